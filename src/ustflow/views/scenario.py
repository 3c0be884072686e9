"""Scenarios: how Japanese investors would reallocate between JGBs and Treasuries, and what it does.

The Python API behind ``ustflow scenario list|model|run`` (and the dashboard's scenario page)::

    from ustflow.views import scenario as sc
    sc.list_scenarios()                          # the presets shipped with ustflow
    m = sc.scenario_model()                      # coefficients, fit, out-of-sample errors by investor
    m["fit"][["investor", "r2", "oos_r2", "weak"]]
    df = sc.run_scenario("boj-1.5-fed-3")        # long DataFrame of monthly paths with bands
    df[(df.variable == "net_jpy_100mn") & (df.investor == "banks")]
    sc.run_scenario("my-scenario.toml", months=24, seed=1)

Data (read through ``ustflow.api``, all with ``store=`` and ``as_of=``):
- flows: MoF monthly net purchases of foreign long-term debt by investor type
  (``mof.monthly.lt_debt.<investor>.net``, JPY 100mn);
- pickups: :func:`ustflow.views.drivers.hedged_yields` at 10 years with 3-month rates (FRED DGS10,
  DTB3/TB3MS; OECD JPY 3-month; MoF JGB 10y), monthly averages; USD/JPY: FRED DEXJPUS (from 2018-01
  in the mirror);
- bands: :mod:`ustflow.views.scenario_bands` (market, share and holdings-residual draws, calibrated
  by a rolling backtest whose coverage and skill every run prints);
- Treasury share: the marginal share of :func:`ustflow.views.flows.treasury_share`;
- Japan's holdings: ``tic.holdings.japan`` (TIC Major Foreign Holders, USD bn), long-term share from
  SLT Table 3, duration from :func:`ustflow.views.holdings.decompose` (fitted on SLT's reported
  valuation changes);
- yield impact: :mod:`ustflow.analytics.impact` (published estimates with citations).

Model and runner: :mod:`ustflow.analytics.scenario_model` and :mod:`ustflow.analytics.scenario`.
The scenario file format is documented in ``docs/scenarios.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Union

from ustflow import api
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.scenario import Scenario
    from ustflow.analytics.scenario_model import ModelSet
    from ustflow.store import Store

StoreLike = Union["Store", str, Path, None]

PRESETS = "ustflow.scenarios"
SOURCES = ("Ministry of Finance Japan, International Transactions in Securities (monthly, by investor type: "
           "monthb3); MoF JGB constant-maturity yields; FRED DGS10, DTB3/TB3MS (3-month bill), EFFR, DEXJPUS; OECD "
           "3-month interbank rate for Japan (via FRED); US Treasury TIC (Major Foreign Holders, SLT Table 3, Form "
           "S); published yield-impact estimates (see citations)")
START_SERIES = {  # scenario variable -> the series whose latest known value is the start level
    "usd_short": "fred.dtb3", "fed_funds": "fred.effr", "jpy_short": "fred.ir3tib01jpm156n", "ust_10y": "fred.dgs10",
    "jgb_10y": "jgb.10y", "usdjpy": "fred.dexjpus",
}
HOLDINGS = "tic.holdings.japan"


# ----------------------------------------------------------------------------------------- files
def preset_files() -> dict[str, object]:
    from importlib import resources

    return {p.name.removesuffix(".toml"): p for p in sorted(resources.files(PRESETS).iterdir(), key=lambda p: p.name)
            if p.name.endswith(".toml")}


def _parse(text: str, name: str, source: str) -> "Scenario":
    from ustflow import tomlmodel
    from ustflow.analytics.scenario import parse_scenario

    return parse_scenario(tomlmodel.parse_text(text, f"scenario {source}"), name=name, source=source, text=text)


def load_scenario(preset_or_path: "str | Path") -> "Scenario":
    """A preset by name (``ustflow scenario list``) or a TOML file by path, checked."""
    presets = preset_files()
    key = str(preset_or_path)
    if key.removesuffix(".toml") in presets and not Path(key).is_file():
        name = key.removesuffix(".toml")
        return _parse(presets[name].read_text(encoding="utf-8"), name, f"preset {name}")
    path = Path(key)
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise NotFoundError(f"cannot read scenario file {path}: {e}") from None
        return _parse(text, path.stem, str(path))
    raise NotFoundError(f"no preset or file {key!r}; presets: {', '.join(presets)} "
                       f"(or give the path of a TOML file, format in docs/scenarios.md)")


def list_scenarios() -> "pd.DataFrame":
    """The presets shipped with ustflow: ``name``, ``title``, ``months``, ``variables`` (what moves),
    ``interventions``, ``description``."""
    import pandas as pd

    rows = []
    for name in preset_files():
        s = load_scenario(name)
        rows.append({"name": name, "title": s.title, "months": s.months,
                     "variables": ", ".join(s.paths) or "none (all held at their latest levels)",
                     "interventions": "; ".join(f"month {i.month}: JPY {i.amount_jpy_bn:,.0f}bn, funded by {i.funded_by}"
                                                for i in s.interventions),
                     "description": s.description})
    out = pd.DataFrame(rows)
    out.attrs.update(title="Scenario presets (ustflow scenario run NAME)", source="ustflow/scenarios/*.toml")
    return out


# ----------------------------------------------------------------------------------------- model
@checked
def model_data(as_of=None, store: StoreLike = None) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """(flows by investor, JPY 100mn; monthly regressors) as the model reads them from the store."""
    from ustflow.analytics import scenario_model as sm
    from ustflow.views import drivers

    ids = [sm.FLOW_SERIES.format(investor=i) for i in sm.INVESTORS]
    flows = api.frame(ids, as_of=as_of, store=store)
    flows.columns = list(sm.INVESTORS)
    hedged = drivers.hedged_yields(10, 0.0, as_of=as_of, store=store, compare=False)
    fx = api.series("fred.dexjpus", as_of=as_of, store=store)
    return flows, sm.monthly_regressors(hedged, fx)


@checked
def fit_models(*, spec: str = "full", train_end: str | None = None, as_of=None, store: StoreLike = None) -> "ModelSet":
    """Every investor's fitted model (see :mod:`ustflow.analytics.scenario_model`), for reuse across scenarios."""
    from ustflow.analytics import scenario_model as sm

    if spec not in sm.SPECS:
        raise InvalidArgument(f"spec must be one of {', '.join(sm.SPECS)}, not {spec!r}")
    if train_end is not None:
        import pandas as pd

        try:
            pd.Period(train_end, "M")
        except (ValueError, TypeError):
            raise InvalidArgument(f"train_end: not a month (YYYY-MM): {train_end!r}") from None
    flows, regs = model_data(as_of, store)
    try:
        return sm.estimate(flows, regs, spec=spec, train_end=train_end or sm.TRAIN_END)
    except sm.TooFewMonths as e:  # nothing wrong with the request: the data is not there (404, exit 3)
        raise NoDataError(f"cannot estimate the flow model: {e}") from None
    except ValueError as e:
        raise InvalidArgument(f"cannot estimate the flow model: {e}") from None


@checked
def scenario_model(store: StoreLike = None, as_of=None, *, spec: str = "full", train_end: str | None = None,
                   models: "ModelSet | None" = None) -> dict:
    """The flow-response model by investor type, estimated from the store, and how well it predicts.

    Returns a dict:
    - ``coefficients``: one row per investor and term (the fit scenarios use: all months), with HAC
      standard error, t, p, the coefficient of the fit through ``train_end``, and the unit;
    - ``fit``: one row per investor: sample, R2, residual s.d., out-of-sample RMSE/MAE/bias/R2 on the
      months after ``train_end`` (JPY 100mn) against the training-mean benchmark, and ``weak``
      (plain statements of where the model is weak);
    - ``robustness``: the no-FX specification on the whole post-2014 sample;
    - ``caveats``: general limits; ``meta``: spec, sample, method, series, units, sources, as_of;
    - ``models``: the :class:`~ustflow.analytics.scenario_model.ModelSet` (pass it to
      :func:`run_scenario` to avoid fitting again).
    """
    from ustflow.analytics import scenario_model as sm

    ms = models or fit_models(spec=spec, train_end=train_end, as_of=as_of, store=store)
    return {
        "coefficients": ms.coefficients(), "fit": ms.fit_table(), "robustness": ms.robustness_table(),
        "caveats": list(sm.CAVEATS), "models": ms,
        "meta": {"spec": ms.spec, "terms": list(sm.SPECS[ms.spec]), "start": ms.start, "train_end": ms.train_end,
                 "dependent": "MoF monthly net purchases of foreign long-term debt, JPY 100mn (+ = net purchase)",
                 "series": {i: sm.FLOW_SERIES.format(investor=i) for i in sm.INVESTORS},
                 "investors": dict(sm.INVESTORS), "term_units": dict(sm.TERM_UNITS),
                 "method": ("OLS per investor type with Newey-West (HAC) standard errors: flow on the hedged and "
                            "unhedged 10y pickups over JGBs (monthly averages), the % change of USD/JPY, last "
                            "month's flow and an April dummy; fitted through train_end and tested on the months "
                            "after it (one-step-ahead and dynamic), benchmark = training mean"),
                 "sources": SOURCES, "as_of": str(as_of) if as_of is not None else None},
    }


# ------------------------------------------------------------------------------------------ run
def _latest(var: str, sid: str, as_of, store) -> tuple[float, str]:
    """The latest known level of a scenario input: (value, date). The 3-month bill is read from
    DTB3 (daily) or TB3MS (monthly, when newer) and converted from its discount quote."""
    import pandas as pd

    from ustflow.analytics.hedge import discount_to_money_market

    s = api.series(sid, as_of=as_of, store=store).dropna()
    if var == "usd_short":
        m = api.series("fred.tb3ms", as_of=as_of, store=store).dropna()
        if len(m) and (s.empty or m.index[-1].end_time > pd.Timestamp(s.index[-1]) + pd.Timedelta(days=31)):
            return float(discount_to_money_market(m.iloc[-1])), f"{m.index[-1]} (TB3MS monthly average)"
        if len(s):
            return float(discount_to_money_market(s.iloc[-1])), f"{pd.Timestamp(s.index[-1]).date()}"
    if s.empty:
        raise NoDataError(f"no {sid} data to start a scenario from")
    last = s.index[-1]
    return float(s.iloc[-1]), (str(last) if isinstance(last, pd.Period) else f"{pd.Timestamp(last).date()}")


def _bridge(models: "ModelSet", holdings_month, last_flow_month, as_of, store) -> dict:
    """Months TIC has not published yet but MoF has: their all-investor flow in USD bn and 10y change."""
    import pandas as pd

    from ustflow.views import scenario_bands as sb

    d = models.designs["all"]
    months = pd.period_range(pd.Period(holdings_month, "M") + 1, pd.Period(last_flow_month, "M"), freq="M")
    if not len(months):
        return {"months": [], "flows_usd": [], "dy_pp": []}
    me = sb.month_end_levels(as_of, store)
    dy = me["ust_10y_pct"].diff().reindex(months)
    flows = (d["net_jpy_100mn"] / d["usdjpy"] / 10.0).reindex(months)
    ok = dy.notna() & flows.notna()
    return {"months": [str(p) for p in months[ok.to_numpy()]], "flows_usd": flows[ok].tolist(), "dy_pp": dy[ok].tolist()}


@checked
def start_state(models: "ModelSet", as_of=None, store: StoreLike = None, *, backtest: bool = True) -> dict:
    """Where a scenario starts: the last month with every investor's flow, the latest known level of
    each input (the last fixing, not a monthly average), Japan's latest TIC holdings carried to that
    month with the known flows and yields (``bridge``), its long-term share and duration, the Treasury
    share estimate, and (with ``backtest``) the bands' histories and rolling backtest (``bands``)."""
    import pandas as pd

    from ustflow.views import flows as fl, holdings as hv, scenario_bands as sb

    flows = pd.DataFrame({inv: d["net_jpy_100mn"] for inv, d in models.designs.items()}).dropna()
    if flows.empty:
        raise NoDataError("no month with every investor type's flow")
    last = flows.index[-1]
    starts, assumptions = {}, []
    for var, sid in START_SERIES.items():
        value, when = _latest(var, sid, as_of, store)
        starts[var] = value
        assumptions.append({"variable": var, "start_level": value, "date": when, "series": sid,
                            "note": "latest known value" + (", money-market yield" if var == "usd_short" else "")})
    h = api.series(HOLDINGS, as_of=as_of, store=store).dropna()
    lt = api.series("tic.slt.japan.lt_treasury_pos", as_of=as_of, store=store).dropna()
    tot = api.series("tic.slt.japan.treasury_pos", as_of=as_of, store=store).dropna()
    both = (lt / tot).dropna()
    if h.empty or both.empty:
        raise NoDataError("no TIC holdings for Japan in the store: run `ustflow update` first")
    dec = hv.decompose("japan", as_of=as_of, store=store)
    ts = fl.treasury_share(as_of=as_of, store=store, n_boot=200)  # the share and its s.e. do not use the bootstrap
    est = ts.attrs["estimate"]
    if est.get("marginal_share") is None:
        raise NoDataError("too few quarters to estimate the Treasury share of MoF flows")
    state = {"last_flow_month": str(last), "first_period": str(last + 1),
             "last_flows": {inv: float(flows.loc[last, inv]) for inv in flows.columns},
             "starts": starts, "assumptions": assumptions,
             "holdings0_usd_bn": float(h.iloc[-1]), "holdings_month": str(h.index[-1]),
             "lt_share": float(both.iloc[-1]), "lt_share_month": str(both.index[-1]),
             "duration": float(dec.attrs["duration"]),
             "share": float(est["marginal_share"]), "share_se": float(est["marginal_share_se"] or 0.0),
             "share_estimate": est}
    state["bridge"] = _bridge(models, h.index[-1], last, as_of, store)
    if backtest:
        state["bands"] = sb.bands(models, state, as_of, store)
    return state


@checked
def run_scenario(preset_or_path: "str | Path", months: int | None = None, seed: int = 0,
                 store: StoreLike = None, *, as_of=None, n_sims: int = 2000, level: float = 0.9,
                 models: "ModelSet | None" = None, state: dict | None = None) -> "pd.DataFrame":
    """Run a preset (see :func:`list_scenarios`) or a TOML scenario file; monthly paths with bands.

    ``months``: the horizon (default: the scenario's own, 12 unless its file says otherwise).
    Returns the long DataFrame of :func:`ustflow.analytics.scenario.run` (one row per month,
    variable and investor: ``period``, ``month`` (0 = last observed state), ``group``, ``variable``,
    ``investor``, ``value``, ``lower``, ``upper``, ``unit``): filter ``variable`` (and ``investor``)
    and chart ``value`` with the ``lower``..``upper`` band. ``attrs``: units, level, seed, n_sims,
    scenario, assumptions (start levels and their dates), holdings/share/duration used, summary,
    ``backtest`` (the bands' rolling-backtest coverage and skill at this horizon), ``explanations``
    (of the model's surprising signs), model (per investor pickup effect, R2, out-of-sample skill,
    weak points), citations, warnings, sources, as_of.

    Without ``models``/``state`` the fit, start and backtest come from the cache kept per store
    version (:func:`ustflow.views.scenario_page.fitted`).
    """
    from ustflow.analytics import scenario as sa

    if not 0 < level < 1:
        raise InvalidArgument(f"level must be between 0 and 1 (0.9 = a 90% band), got {level}")
    if n_sims < 100:
        raise InvalidArgument(f"n_sims must be at least 100, got {n_sims}")
    scn = load_scenario(preset_or_path)
    if months is not None and not 1 <= months <= sa.MAX_MONTHS:
        raise InvalidArgument(f"months must be from 1 to {sa.MAX_MONTHS}, got {months}")
    if models is None or state is None:
        from ustflow.views import scenario_page

        ms, st = scenario_page.fitted(store, as_of)
        ms, st = models or ms, state or st
    else:
        ms, st = models, state
    b = st.get("bands") or {}
    unc = sa.Uncertainty(shocks=b.get("shocks"), k_holdings=tuple(b.get("k_holdings", ())),
                         k_flows=tuple(b.get("k_flows", ())), bridge=st.get("bridge"))
    try:
        out = sa.run(scn, ms.scenario, starts=st["starts"], first_period=st["first_period"],
                     last_flows=st["last_flows"], share=st["share"], share_se=st["share_se"],
                     holdings0_usd_bn=st["holdings0_usd_bn"], lt_share=st["lt_share"], duration=st["duration"],
                     months=months, n_sims=n_sims, seed=seed, level=level, uncertainty=unc)
    except ValueError as e:
        raise InvalidArgument(f"scenario {scn.source}: {e}") from None
    _describe(out, ms, st, b, scn, level)
    out.attrs["sources"], out.attrs["as_of"] = SOURCES, str(as_of) if as_of is not None else None
    return out


def _describe(out: "pd.DataFrame", ms: "ModelSet", st: dict, b: dict, scn, level: float) -> None:
    """The run's attrs beyond the numbers: backtest record, sign explanations, skill, warnings, method."""
    from ustflow.views import scenario_bands as sb

    fit = ms.fit_table().set_index("investor")
    n = out.attrs["months"]
    warnings = list(out.attrs["warnings"])
    bridge = st.get("bridge") or {}
    if bridge.get("months"):
        warnings.append(f"Japan's holdings start from TIC {st['holdings_month']} ({st['holdings0_usd_bn']:,.1f} USD bn), "
                        f"carried through {bridge['months'][0]}..{bridge['months'][-1]} with MoF's known flows and the "
                        f"known 10-year yield (month 0: {out.attrs['holdings_start_usd_bn']:,.1f}, with its band)")
    negative = [inv for inv, m in ms.scenario.items() if m.pickup_effect < 0]
    if negative:
        m0 = ms.scenario[negative[0]]
        warnings.append(f"negative pickup effect for {', '.join(negative)}: wider pickups went with less buying in "
                        f"{m0.first}..{m0.last}, so in these scenarios a higher JGB (or lower UST) yield path RAISES "
                        f"predicted foreign bond buying (why: see the explanations)")
    losers = [inv for inv in fit.index if fit.loc[inv, "oos_r2"] is not None and fit.loc[inv, "oos_r2"] < 0]
    if losers:
        warnings.append(f"out of sample the flow model does NOT beat the training mean for {', '.join(losers)} "
                        f"({len(losers)} of {len(fit)} investor types); see `ustflow scenario model`")
    bt = sb.backtest_line(b.get("summary"), n, level) if b else {"text": "no backtest (bands without calibration)"}
    out.attrs.update(
        assumptions=st["assumptions"], last_flow_month=st["last_flow_month"], holdings_month=st["holdings_month"],
        lt_share_month=st["lt_share_month"], share_estimate=st["share_estimate"], bridge=bridge,
        backtest=bt, explanations=sb.sign_explanations(ms), bands_method=b.get("method"),
        model={"spec": ms.spec, "sample": f"{ms.start}..", "investors": {
            inv: {"pickup_effect_jpy_100mn_per_pp": m.pickup_effect, "lag_coef": m.coef("lag_net_jpy_100mn"),
                  "r2": m.r2, "n": m.n, "first": m.first, "last": m.last, "oos_r2": _finite(fit.loc[inv, "oos_r2"]),
                  "beats_naive": None if _finite(fit.loc[inv, "oos_r2"]) is None else bool(fit.loc[inv, "oos_r2"] > 0),
                  "weak": fit.loc[inv, "weak"]} for inv, m in ms.scenario.items()}},
        warnings=warnings, title=f"{scn.title} (scenario {scn.name})",
        method=("flows: each investor's model run forward with its own lag; Treasuries: marginal share x "
                "all-investor flow in USD (Treasury share estimate), plus official sales = intervention yen / "
                "USD/JPY; holdings: previous + valuation (duration x 10y change on the long-term share) + net "
                "purchases + a residual; yield impact: published estimates scaled to the implied net sales and "
                "to today's market; bands: " + (b.get("method") or "the flow models' own errors only")))


def _finite(v) -> float | None:
    """A number for JSON: None instead of NaN (no out-of-sample months yet)."""
    return None if v is None or v != v else float(v)


def paths_wide(result: "pd.DataFrame", variables: list[str], investor: str = "") -> "pd.DataFrame":
    """Selected variables of a :func:`run_scenario` result side by side (values only), one row per month."""
    from ustflow.analytics.scenario import wide

    return wide(result, variables, investor)
