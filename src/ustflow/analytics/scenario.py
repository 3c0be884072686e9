"""Scenario runner: paths for rates and the yen -> Japanese flows by investor type, Treasuries, yields.

Pure functions on plain Python and pandas objects; no store, no files (the TOML is read by
``ustflow.views.scenario`` and handed over as a dict). Units: yields and rates in percent, USD/JPY in
JPY per USD, MoF flows in JPY 100mn per month (+ = net purchase of foreign long-term debt), Treasury
flows and holdings in USD bn, yield impacts in basis points (+ = higher yields).

Steps, one function each:

1. :func:`parse_scenario` checks a scenario document (the TOML format of ``docs/scenarios.md``).
2. :func:`build_paths` turns it into monthly paths of the USD 3-month rate (a Fed funds path moves
   it one for one), the JPY 3-month rate (the BOJ-rate channel), the UST and JGB 10-year yields,
   USD/JPY and the quoted hedge basis, from the latest known levels; the hedged and unhedged pickups
   follow with :func:`ustflow.analytics.hedge.hedged_yield` (hedged = UST - (USD 3m - JPY 3m - basis)).
3. :func:`simulate_flows` runs each investor's flow model
   (:mod:`ustflow.analytics.scenario_model`) forward, feeding back its own lagged flow. The point
   path uses the estimated coefficients and no shocks; the bands come from ``n_sims`` simulations
   that draw the coefficients from a normal with the HAC covariance, residuals resampled from the
   estimation sample and, with an :class:`Uncertainty`, market paths around the scenario's, a
   holdings residual and a calibration from the rolling backtest
   (:mod:`ustflow.analytics.scenario_sim`; fixed ``seed``).
4. :func:`treasury_paths`: the share of MoF flows that shows up as US Treasuries (the marginal share
   of :mod:`ustflow.analytics.treasury_share`, drawn from a normal with its standard error) times
   the all-investor flow in dollars; official sales of Treasuries to fund a yen-buying intervention
   (``amount_jpy_bn / USD/JPY`` of that month, USD bn); valuation of the holdings as the 10-year
   yield path moves (duration approximation, ``ustflow.analytics.risk.bond_return`` on the
   long-term share); Japan's implied holdings ``H[t] = H[t-1] + valuation[t] + private[t] + official[t]``.
5. :func:`yield_impact`: published estimates of the yield effect of foreign flows
   (:data:`ustflow.analytics.impact.LITERATURE`), scaled linearly to the implied net sales: the
   short-run range on each month's flow, the persistent range on the cumulative flow.

The yield impact is reported beside the UST path the user gave; it is not fed back into it (the
path is the scenario's assumption, the impact shows what the implied flows would add to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ustflow.analytics.scenario_schema import ALIASES, MAX_MONTHS, VARIABLES  # noqa: F401 (MAX_MONTHS for callers)
from ustflow.analytics.scenario_sim import Uncertainty

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ustflow.analytics.scenario_model import FlowModel

# The names a scenario file may move, their aliases and the file's model: ustflow.analytics.scenario_schema.
SPREAD_START = {"fed_funds": "fed_funds", "effr": "fed_funds"}  # start level read from another input

UNITS: dict[str, str] = {
    "usd_short_pct": "percent (monthly average)", "jpy_short_pct": "percent (monthly average)",
    "ust_10y_pct": "percent (monthly average)", "jgb_10y_pct": "percent (monthly average)",
    "usdjpy": "JPY per USD (monthly average)", "hedge_basis_pct": "percentage points",
    "hedge_cost_pct": "percent per year", "hedged_pickup_pct": "percent per year (hedged UST 10y - JGB 10y)",
    "unhedged_pickup_pct": "percent per year (UST 10y - JGB 10y)",
    "usdjpy_change_pct": "percent change of USD/JPY from the month before",
    "net_jpy_100mn": "JPY 100mn per month (+ = net purchase of foreign long-term debt)",
    "net_usd_bn": "USD bn per month at the scenario's USD/JPY",
    "cumulative_net_jpy_100mn": "JPY 100mn, sum since the scenario started",
    "private_treasury_net_usd_bn": "USD bn per month (+ = net purchase of US Treasuries)",
    "official_treasury_net_usd_bn": "USD bn per month (- = sales funding an intervention)",
    "treasury_net_usd_bn": "USD bn per month (private + official)",
    "valuation_usd_bn": "USD bn per month (price change of the holdings)",
    "holdings_usd_bn": "USD bn, end of month",
    "yield_impact_short_run_bp": "bp of Treasury yields (+ = higher), from this month's flow",
    "yield_impact_persistent_bp": "bp of Treasury yields (+ = higher), from the cumulative flow",
}
INPUT_COLUMNS = ("usd_short_pct", "jpy_short_pct", "ust_10y_pct", "jgb_10y_pct", "usdjpy", "hedge_basis_pct",
                 "hedge_cost_pct", "hedged_pickup_pct", "unhedged_pickup_pct", "usdjpy_change_pct")


@dataclass(frozen=True)
class Intervention:
    """A Ministry of Finance FX operation in scenario month ``month`` (1 = first month)."""

    month: int
    amount_jpy_bn: float  # + = yen bought, dollars sold (the kind Japan did in 2022, 2024, 2026)
    funded_by: str = "treasuries"  # treasuries: the dollars come from selling Treasuries; deposits: they do not


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    description: str
    months: int
    paths: dict[str, dict]
    interventions: tuple[Intervention, ...] = ()
    source: str = ""


# ------------------------------------------------------------------------------------------ parse
def parse_scenario(doc: dict, *, name: str, source: str = "", text: str = "") -> Scenario:
    """Check a scenario document (parsed TOML) with :class:`~ustflow.analytics.scenario_schema.ScenarioFile`.

    Raises ``InvalidArgument`` (a ``ValueError``) naming ``source``, the line (when ``text``, the
    file's TOML, is given) and the key, with what was expected and what was found.
    """
    from ustflow import tomlmodel
    from ustflow.analytics.scenario_schema import ScenarioFile
    from ustflow.errors import InvalidArgument

    where = f"scenario {source or name}"
    if not isinstance(doc, dict):
        raise InvalidArgument(f"{where}: a scenario is a TOML document with [scenario], [paths] and optional "
                              "[[interventions]]")
    f = tomlmodel.validate(ScenarioFile, doc, where, text)
    problems = [tomlmodel.problem(where, text, doc, loc, msg) for loc, msg in f.path_problems()]
    if problems:
        raise InvalidArgument("\n".join(problems))
    head = f.scenario
    return Scenario(name=head.name or name, title=head.title or name, description=head.description,
                    months=head.months, paths={k: p.spec() for k, p in f.paths.items()},
                    interventions=tuple(Intervention(i.month, float(i.amount_jpy_bn), i.funded_by)
                                        for i in f.interventions), source=source)


# ------------------------------------------------------------------------------------------ paths
def path_levels(spec: dict, start: float, months: int) -> "np.ndarray":
    """Monthly levels 1..``months`` of one variable from its start level (see ``docs/scenarios.md``).

    ``values`` are the months' levels (the last one holds after the list ends); otherwise the target
    (``to``, ``start + change``, ``start + change_bp/100``, ``start * (1 + change_pct/100)``) is reached
    in a straight line over ``over`` months beginning in ``start_month`` and then held.
    """
    import numpy as np

    if spec["kind"] == "values":
        v = spec["values"]
        return np.array([v[min(i, len(v) - 1)] for i in range(months)], dtype="float64")
    a = spec["amount"]
    target = {"to": a, "change": start + a, "change_bp": start + a / 100.0,
              "change_pct": start * (1.0 + a / 100.0)}[spec["kind"]]
    j = np.arange(1, months + 1, dtype="float64")
    frac = np.clip((j - spec["start_month"] + 1) / spec["over"], 0.0, 1.0)
    return start + (target - start) * frac


def build_paths(scn: Scenario, starts: dict[str, float], first_period, months: int | None = None) -> "pd.DataFrame":
    """Monthly input paths (PeriodIndex 'M' from ``first_period``) and the pickups they imply.

    ``starts``: the latest observed monthly averages, keyed by variable (``usd_short``, ``jpy_short``,
    ``ust_10y``, ``jgb_10y``, ``usdjpy``; ``fed_funds`` for a Fed funds path; ``hedge_basis`` defaults
    to 0). Variables the scenario does not mention stay at their start level. Returns the columns of
    ``INPUT_COLUMNS`` plus ``april`` (1.0 in April).
    """
    import numpy as np
    import pandas as pd

    from ustflow.analytics.hedge import hedge_cost

    n = months or scn.months
    idx = pd.period_range(pd.Period(first_period, "M"), periods=n, freq="M", name="period")
    base = dict(starts)
    base.setdefault("hedge_basis", 0.0)
    missing = [v for v in VARIABLES if v not in base or base[v] is None or base[v] != base[v]]
    if missing:
        raise ValueError(f"no start level for {', '.join(missing)}")
    levels = {v: np.full(n, float(base[v])) for v in VARIABLES}
    for key, spec in scn.paths.items():
        target = ALIASES.get(key, key)
        own = SPREAD_START.get(key)
        s0 = float(base[own]) if own else float(base[target])
        if own and own not in base:
            raise ValueError(f"no start level for {key}")
        levels[target] = float(base[target]) + (path_levels(spec, s0, n) - s0)
    if (levels["usdjpy"] <= 0).any():
        raise ValueError("the USD/JPY path must stay above zero")
    df = pd.DataFrame({VARIABLES[v][0]: levels[v] for v in VARIABLES}, index=idx)
    df["hedge_cost_pct"] = hedge_cost(df["usd_short_pct"], df["jpy_short_pct"], df["hedge_basis_pct"])
    df["hedged_pickup_pct"] = df["ust_10y_pct"] - df["hedge_cost_pct"] - df["jgb_10y_pct"]
    df["unhedged_pickup_pct"] = df["ust_10y_pct"] - df["jgb_10y_pct"]
    prev = np.concatenate([[float(base["usdjpy"])], df["usdjpy"].to_numpy()[:-1]])
    df["usdjpy_change_pct"] = (df["usdjpy"].to_numpy() / prev - 1.0) * 100.0
    df["april"] = (idx.month == 4).astype("float64")
    df.attrs["units"] = {c: UNITS[c] for c in INPUT_COLUMNS} | {"april": "dummy"}
    return df


def start_inputs(starts: dict[str, float]) -> dict[str, float]:
    """The inputs at the start (month 0), with the hedge cost and pickups computed as in :func:`build_paths`."""
    from ustflow.analytics.hedge import hedge_cost

    out = {VARIABLES[v][0]: float(starts.get(v, 0.0 if v == "hedge_basis" else float("nan"))) for v in VARIABLES}
    out["hedge_cost_pct"] = hedge_cost(out["usd_short_pct"], out["jpy_short_pct"], out["hedge_basis_pct"])
    out["hedged_pickup_pct"] = out["ust_10y_pct"] - out["hedge_cost_pct"] - out["jgb_10y_pct"]
    out["unhedged_pickup_pct"] = out["ust_10y_pct"] - out["jgb_10y_pct"]
    return out


# ------------------------------------------------------------------------------------------ flows
def simulate_flows(models: dict[str, "FlowModel"], paths: "pd.DataFrame", last_flows: dict[str, float], *,
                   n_sims: int, rng: "np.random.Generator", dev: "np.ndarray | None" = None
                   ) -> dict[str, tuple["np.ndarray", "np.ndarray"]]:
    """Each investor's monthly flows (JPY 100mn): (point path, simulations of shape (n_sims, months)).

    The point path uses the estimated coefficients, the scenario's paths and no shocks. Each
    simulation draws one set of coefficients from N(estimate, HAC covariance), one resampled residual
    per month and, with ``dev`` (:meth:`ustflow.analytics.scenario_sim.Shocks.market`), market paths
    around the scenario's (the same draws for every investor); both feed their own flow back as next
    month's lag, starting from ``last_flows`` (the last observed month).
    """
    import numpy as np

    from ustflow.analytics import scenario_sim as ss

    n = len(paths)
    fx = paths["usdjpy"].to_numpy(dtype="float64")
    fx0 = float(fx[0] / (1.0 + paths["usdjpy_change_pct"].iloc[0] / 100.0))
    point_regs = {t: paths[t].to_numpy(dtype="float64")[None, :] for t in ("hedged_pickup_pct", "unhedged_pickup_pct",
                                                                          "usdjpy_change_pct", "april")}
    point_regs["const"] = np.ones((1, n))
    sim_regs = ss.regressors(paths, dev, fx0) if dev is not None else point_regs
    out = {}
    for inv, m in models.items():
        point = ss.run_flow(m.params[None, :], list(m.terms), point_regs, float(last_flows[inv]))[0]
        B = rng.multivariate_normal(m.params, m.cov, size=n_sims, method="eigh")
        E = rng.choice(m.resid, size=(n_sims, n), replace=True)
        out[inv] = (point, ss.run_flow(B, list(m.terms), sim_regs, float(last_flows[inv]), E))
    return out


# ------------------------------------------------------------------------------------- treasuries
def official_sales(interventions, usdjpy: "np.ndarray") -> "np.ndarray":
    """Official Treasury net purchases per month (USD bn) from interventions funded by Treasuries.

    Buying ``amount_jpy_bn`` yen takes ``amount_jpy_bn / USD/JPY`` dollars (USD bn, since both are in
    billions), raised by selling that many Treasuries: a negative net purchase. Interventions after
    the horizon are left out (the caller warns).
    """
    import numpy as np

    out = np.zeros(len(usdjpy))
    for iv in interventions:
        if iv.funded_by == "treasuries" and iv.month <= len(usdjpy):
            out[iv.month - 1] -= iv.amount_jpy_bn / float(usdjpy[iv.month - 1])
    return out


def treasury_paths(all_flows: tuple["np.ndarray", "np.ndarray"], paths: "pd.DataFrame", *, share: float,
                   share_se: float, interventions, ust_10y_start: float, holdings0_usd_bn,
                   lt_share: float, duration: float, rng: "np.random.Generator", market: dict | None = None,
                   resid: "np.ndarray | None" = None, holdings0_sims: "np.ndarray | None" = None,
                   shares: "np.ndarray | None" = None) -> dict[str, tuple["np.ndarray", "np.ndarray"]]:
    """Japan's implied Treasury flows and holdings (USD bn): {name: (point, simulations)}.

    ``all_flows``: the all-investor flow (point, simulations) in JPY 100mn. Names:
    ``net_usd_bn`` (that flow in dollars), ``private_treasury_net_usd_bn`` (share x that),
    ``official_treasury_net_usd_bn``, ``treasury_net_usd_bn``, ``valuation_usd_bn``, ``holdings_usd_bn``.
    Valuation: ``H[t-1] x lt_share x (-duration x dUST10y)`` (no convexity, like the decomposition
    this duration was fitted in). The simulations use ``market`` (shocked ``ust_10y_pct`` and
    ``usdjpy`` arrays, :func:`ustflow.analytics.scenario_sim.regressors`) for the dollar value and the
    valuation, ``resid`` (the holdings residual draws) and ``holdings0_sims`` (a start with its own
    uncertainty, e.g. after bridging months TIC has not published yet).
    """
    import numpy as np

    from ustflow.analytics import scenario_sim as ss
    from ustflow.analytics.flows import JPY_100MN_PER_USD_BN_AT_1

    point_jpy, sims_jpy = all_flows
    n_sims = sims_jpy.shape[0]
    fx = paths["usdjpy"].to_numpy(dtype="float64")
    ust = paths["ust_10y_pct"].to_numpy(dtype="float64")
    fx_s = market["usdjpy"] if market is not None else fx[None, :]
    ust_s = market["ust_10y_pct"] if market is not None else ust[None, :]
    usd_p = point_jpy / fx / JPY_100MN_PER_USD_BN_AT_1
    usd_s = sims_jpy / fx_s / JPY_100MN_PER_USD_BN_AT_1
    if shares is None:
        shares = rng.normal(share, share_se, size=n_sims) if share_se and share_se > 0 else np.full(n_sims, share)
    off = official_sales(interventions, fx)
    dy_p = np.diff(np.concatenate([[ust_10y_start], ust]))[None, :]
    dy_s = np.diff(np.concatenate([np.full((ust_s.shape[0], 1), ust_10y_start), ust_s], axis=1), axis=1)
    dy_s = np.broadcast_to(dy_s, usd_s.shape)
    h_p, v_p = ss.holdings_path(holdings0_usd_bn, usd_p[None, :], share, dy_p, lt_share, duration, off)
    h_s, v_s = ss.holdings_path(holdings0_sims if holdings0_sims is not None else holdings0_usd_bn, usd_s, shares,
                                dy_s, lt_share, duration, off, resid)
    off_s = np.broadcast_to(off, usd_s.shape)
    priv_p, priv_s = share * usd_p, shares[:, None] * usd_s
    return {"net_usd_bn": (usd_p, usd_s), "private_treasury_net_usd_bn": (priv_p, priv_s),
            "official_treasury_net_usd_bn": (off, off_s), "treasury_net_usd_bn": (priv_p + off, priv_s + off_s),
            "valuation_usd_bn": (v_p[0], v_s), "holdings_usd_bn": (h_p[0], h_s)}


# ----------------------------------------------------------------------------------------- impact
def impact_rates() -> dict[str, tuple[float, float]]:
    """Yield rise (bp) per USD 1bn of net sales: the short-run and persistent ranges of the literature."""
    from ustflow.analytics.impact import literature_range, scale_literature

    lit = scale_literature(1.0, 1)
    return {"short": literature_range(lit, "short"), "persistent": literature_range(lit, "persistent")}


def citations() -> list[dict]:
    """The published estimates behind :func:`impact_rates` (key, short name, horizon, citation, URL)."""
    from ustflow.analytics.impact import LITERATURE

    return [{"key": e.key, "estimate": e.short, "horizon": e.horizon, "citation": e.citation, "url": e.url}
            for e in LITERATURE if e.scalable and e.per_usd_bn]


def yield_impact(net_usd_bn: tuple["np.ndarray", "np.ndarray"], level: float) -> dict[str, tuple["np.ndarray", "np.ndarray", "np.ndarray"]]:
    """Yield impact (bp, + = higher yields) of Japan's implied Treasury net purchases: {name: (value, lower, upper)}.

    Net sales ``s = -net``; short run ``s[t] x rate`` (the month's flow), persistent ``cumsum(s) x rate``.
    ``value`` uses the middle of the literature range on the point path; ``lower``/``upper`` are the
    band quantiles of the lower and upper literature rate applied to each simulation.
    """
    import numpy as np

    point, sims = net_usd_bn
    q = ((1 - level) / 2, (1 + level) / 2)
    out = {}
    for name, horizon, cum in (("yield_impact_short_run_bp", "short", False),
                               ("yield_impact_persistent_bp", "persistent", True)):
        lo, hi = impact_rates()[horizon]
        s_p = -np.cumsum(point) if cum else -point
        s_s = -np.cumsum(sims, axis=1) if cum else -sims
        a, b = lo * s_s, hi * s_s
        out[name] = ((lo + hi) / 2 * s_p, np.quantile(np.minimum(a, b), q[0], axis=0),
                     np.quantile(np.maximum(a, b), q[1], axis=0))
    return out


# ---------------------------------------------------------------------------------------- assemble
def _simulate(scn: Scenario, models, paths, *, starts, last_flows, share, share_se, holdings0_usd_bn, lt_share,
              duration, n_sims, seed, unc: Uncertainty):
    """Flows by investor, Treasuries and holdings, each (point, simulations), calibrated; and the
    holdings start (point, simulations) after the bridge."""
    import numpy as np

    from ustflow.analytics import scenario_sim as ss

    n = len(paths)
    rng = np.random.default_rng(seed)
    dev = unc.shocks.market(n_sims, n, rng) if unc.shocks is not None else None
    flows = simulate_flows(models, paths, last_flows, n_sims=n_sims, rng=rng, dev=dev)
    if "all" not in flows:
        raise ValueError("the 'all' investors model is needed for the Treasury share")
    fx0 = float(starts["usdjpy"])
    market = ss.regressors(paths, dev, fx0) if dev is not None else None
    shares = rng.normal(share, share_se, size=n_sims) if share_se and share_se > 0 else np.full(n_sims, share)
    h0, h0_sims = ss.bridge(unc, holdings0_usd_bn, share, shares, lt_share, duration, rng)
    resid = unc.shocks.residuals(n_sims, n, rng) if unc.shocks is not None else None
    tre = treasury_paths(flows["all"], paths, share=share, share_se=share_se, interventions=scn.interventions,
                         ust_10y_start=float(starts["ust_10y"]), holdings0_usd_bn=h0, lt_share=lt_share,
                         duration=duration, rng=rng, market=market, resid=resid, holdings0_sims=h0_sims,
                         shares=shares)
    kh, kf = unc.k("holdings", n), unc.k("flows", n)
    if (kh > 1).any():
        p, sims = tre["holdings_usd_bn"]
        tre["holdings_usd_bn"] = (p, np.column_stack([ss.widen(sims[:, t], kh[t]) for t in range(n)]))
    cums = {}
    for inv, (p, sims) in flows.items():
        cum = np.cumsum(sims, axis=1)
        if (kf > 1).any():
            sims = np.column_stack([ss.widen(sims[:, t], kf[t]) for t in range(n)])
            cum = np.column_stack([ss.widen(cum[:, t], kf[t]) for t in range(n)])
        flows[inv], cums[inv] = (p, sims), cum
    return flows, cums, tre, (h0, h0_sims), market


def run(scn: Scenario, models: dict[str, "FlowModel"], *, starts: dict[str, float], first_period,
        last_flows: dict[str, float], share: float, share_se: float, holdings0_usd_bn: float, lt_share: float,
        duration: float, months: int | None = None, n_sims: int = 2000, seed: int = 0,
        level: float = 0.9, uncertainty: "Uncertainty | None" = None) -> "pd.DataFrame":
    """Run a scenario: a long DataFrame of monthly paths with bands, ready to chart.

    Columns: ``period`` ('YYYY-MM'), ``month`` (0 = the last observed state, 1..N the scenario),
    ``group`` (inputs, flows, treasuries, impact), ``variable``, ``investor`` ('' unless a flow),
    ``value`` (point path), ``lower``/``upper`` (``level`` simulation band; equal to ``value`` for
    inputs and month 0, except holdings bridged from an earlier TIC month), ``unit``. ``attrs``:
    units, level, n_sims, seed, scenario, summary, warnings, impact_rates, citations.
    ``uncertainty`` adds market, share and holdings-residual draws and the calibration (see
    :class:`Uncertainty`); without it the bands hold the flow models' own errors only.
    """
    import numpy as np
    import pandas as pd

    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, got {level}")
    if n_sims < 100:
        raise ValueError(f"n_sims must be at least 100 for a band, got {n_sims}")
    n = months or scn.months
    unc = uncertainty or Uncertainty()
    paths = build_paths(scn, starts, first_period, n)
    flows, cums, tre, (h0, h0_sims), _ = _simulate(
        scn, models, paths, starts=starts, last_flows=last_flows, share=share, share_se=share_se,
        holdings0_usd_bn=holdings0_usd_bn, lt_share=lt_share, duration=duration, n_sims=n_sims, seed=seed, unc=unc)
    imp = yield_impact(tre["treasury_net_usd_bn"], level)
    q = ((1 - level) / 2, (1 + level) / 2)
    p0 = paths.index[0] - 1
    labels = [str(p0)] + [str(p) for p in paths.index]
    rows: list[pd.DataFrame] = []

    def band(sims):
        return np.quantile(sims, q[0], axis=0), np.quantile(sims, q[1], axis=0)

    def add(group, variable, investor, value, lower=None, upper=None, start=None, start_band=None):
        v = np.asarray(value, dtype="float64")
        lo = v if lower is None else np.asarray(lower, dtype="float64")
        hi = v if upper is None else np.asarray(upper, dtype="float64")
        if start is not None:
            s_lo, s_hi = start_band if start_band is not None else (start, start)
            v, lo, hi = np.concatenate([[start], v]), np.concatenate([[s_lo], lo]), np.concatenate([[s_hi], hi])
            per, mon = labels, range(0, n + 1)
        else:
            per, mon = labels[1:], range(1, n + 1)
        rows.append(pd.DataFrame({"period": per, "month": list(mon), "group": group, "variable": variable,
                                  "investor": investor, "value": v, "lower": lo, "upper": hi,
                                  "unit": UNITS[variable]}))

    start_of = start_inputs(starts)
    for col in INPUT_COLUMNS:
        add("inputs", col, "", paths[col], start=start_of.get(col))
    fx = paths["usdjpy"].to_numpy()
    summary = []
    for inv, (point, sims) in flows.items():
        add("flows", "net_jpy_100mn", inv, point, *band(sims), start=last_flows[inv])
        add("flows", "net_usd_bn", inv, point / fx / 10.0, *band(sims / fx / 10.0))
        add("flows", "cumulative_net_jpy_100mn", inv, np.cumsum(point), *band(cums[inv]))
        tot = cums[inv][:, -1]
        summary.append({"item": f"net purchases of foreign LT debt, {inv}", "investor": inv,
                        "value": float(point.sum()), "lower": float(np.quantile(tot, q[0])),
                        "upper": float(np.quantile(tot, q[1])), "unit": f"JPY 100mn over {n} months"})
    h_band = tuple(float(x) for x in np.quantile(h0_sims, q)) if h0_sims is not None else None
    for name in ("private_treasury_net_usd_bn", "official_treasury_net_usd_bn", "treasury_net_usd_bn",
                 "valuation_usd_bn", "holdings_usd_bn"):
        point, sims = tre[name]
        hold = name == "holdings_usd_bn"
        add("treasuries", name, "", point, *band(sims), start=h0 if hold else None, start_band=h_band if hold else None)
    for name, (v, lo, hi) in imp.items():
        add("impact", name, "", v, lo, hi)
    summary += _summary_rows(tre, imp, n, q)
    out = pd.concat(rows, ignore_index=True)
    out.attrs.update(units=dict(UNITS), level=level, n_sims=n_sims, seed=seed, months=n,
                     first_period=str(paths.index[0]), summary=summary, impact_rates_bp_per_usd_bn=impact_rates(),
                     citations=citations(), share=share, share_se=share_se, holdings0_usd_bn=holdings0_usd_bn,
                     holdings_start_usd_bn=h0, lt_share=lt_share, duration=duration, **_run_attrs(scn, unc, n))
    return out


def _run_attrs(scn: Scenario, unc: Uncertainty, n: int) -> dict:
    return {"scenario": {"name": scn.name, "title": scn.title, "description": scn.description, "source": scn.source,
                         "interventions": [iv.__dict__ for iv in scn.interventions]},
            "calibration": {"holdings": unc.k("holdings", n).tolist(), "flows": unc.k("flows", n).tolist()},
            "warnings": [f"intervention in month {iv.month} is after the {n}-month horizon and left out"
                         for iv in scn.interventions if iv.month > n]}


def _summary_rows(tre: dict, imp: dict, n: int, q) -> list[dict]:
    import numpy as np

    point, sims = tre["treasury_net_usd_bn"]
    tot = sims.sum(axis=1)
    h_p, h_s = tre["holdings_usd_bn"]
    v, lo, hi = imp["yield_impact_persistent_bp"]
    return [{"item": "Japan's implied net purchases of US Treasuries (private + official)", "investor": "",
             "value": float(point.sum()), "lower": float(np.quantile(tot, q[0])),
             "upper": float(np.quantile(tot, q[1])), "unit": f"USD bn over {n} months"},
            {"item": f"Japan's implied Treasury holdings after {n} months", "investor": "",
             "value": float(h_p[-1]), "lower": float(np.quantile(h_s[:, -1], q[0])),
             "upper": float(np.quantile(h_s[:, -1], q[1])), "unit": "USD bn"},
            {"item": f"persistent yield impact after {n} months (literature range)", "investor": "",
             "value": float(v[-1]), "lower": float(lo[-1]), "upper": float(hi[-1]),
             "unit": "bp (+ = higher Treasury yields)"}]


def wide(df: "pd.DataFrame", variables: list[str], investor: str = "") -> "pd.DataFrame":
    """Some variables of a :func:`run` result side by side, one row per month (values only, no bands)."""
    sub = df[df["variable"].isin(variables) & (df["investor"] == investor)]
    out = sub.pivot_table(index=["month", "period"], columns="variable", values="value", sort=True).reset_index()
    out.columns.name = None
    return out[["month", "period"] + [v for v in variables if v in out.columns]]
