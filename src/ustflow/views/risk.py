"""Risk for a holder of Treasuries (Japan by default): shocks, replays, real return, Monte Carlo, concentration.

The Python API behind ``ustflow risk`` and the report's risk snapshot. Functions read the store through
``ustflow.api`` and call the pure analytics in ``ustflow.analytics.risk``; results carry units and
sources in ``attrs`` (or in a ``meta`` dict).

Defaults (stated assumptions, override any of them):
- holder: Japan's latest holdings ``tic.holdings.japan`` (USD bn, TIC Major Foreign Holders; by
  custodian country, includes the MoF's reserves and private holders);
- duration: the holdings' own fitted duration (:func:`fitted_duration`: the decomposition's duration
  of Japan's long-term Treasuries, fitted on SLT's reported valuation changes, times their long-term
  share; about 4.4), printed with its fit; convexity 0.5 (market-screen convention, = 50 years
  squared), hedge ratio 0, base currency JPY, USD/JPY the latest ``fred.dexjpus``;
- historical data for replays and the bootstrap: FRED 2y/10y/30y yields and USD/JPY; USD/JPY starts
  in 2018-01 in this mirror, so the bootstrap sample starts there, and a replay before 2018 has its FX
  move and yen P&L MISSING (NaN), not 0%;
- VaR: the bootstrap resamples weekly changes with their sample mean removed (the 2018-2026 yen drift
  would otherwise compound over a long horizon into a forecast); ``keep_drift=True`` keeps it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Union

from ustflow import api
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.risk import Portfolio
    from ustflow.store import Store

StoreLike = Union["Store", str, Path, None]

DURATION_HOLDER = "japan"  # whose fitted duration is the default
DEFAULT_CONVEXITY = 0.5
DEFAULT_HEDGE_RATIO = 0.0
CURVE_IDS = {2.0: "fred.dgs2", 10.0: "fred.dgs10", 30.0: "fred.dgs30"}
SOURCES = "US Treasury TIC (holdings); FRED H.15 yields and H.10 USD/JPY"

# Hypothetical scenarios: shocks in bp at 2y/10y/30y and USD/JPY change in percent.
HYPOTHETICAL = [
    ("rates_up_100", "parallel +100 bp", 100, 100, 100, 0.0),
    ("rates_down_100", "parallel -100 bp", -100, -100, -100, 0.0),
    ("bear_steepener", "2y +25, 10y +75, 30y +100 bp", 25, 75, 100, 0.0),
    ("bear_flattener", "2y +100, 10y +50, 30y +25 bp", 100, 50, 25, 0.0),
    ("bull_steepener", "2y -100, 10y -50, 30y -25 bp", -100, -50, -25, 0.0),
    ("bull_flattener", "2y -25, 10y -75, 30y -100 bp", -25, -75, -100, 0.0),
    ("yen_up_10", "USD/JPY -10% (stronger yen)", 0, 0, 0, -10.0),
    ("yen_down_10", "USD/JPY +10% (weaker yen)", 0, 0, 0, 10.0),
    ("rates_up_100_yen_up_10", "parallel +100 bp and USD/JPY -10%", 100, 100, 100, -10.0),
    ("risk_off", "parallel -100 bp and USD/JPY -10% (flight to safety)", -100, -100, -100, -10.0),
]
# Historical replays: observed changes between two dates (last close on or before each).
HISTORICAL = [
    ("hist_2022", "2022: Fed hikes, yen slide", "2021-12-31", "2022-12-30"),
    ("hist_covid_2020", "Feb-Mar 2020: Covid rally and dash for cash", "2020-02-21", "2020-03-09"),
    ("hist_taper_2013", "May-Sep 2013: taper tantrum (no USD/JPY in this mirror)", "2013-05-01", "2013-09-05"),
    ("hist_svb_2023", "March 2023: SVB, 2y collapse", "2023-03-08", "2023-03-17"),
    ("hist_fall_2023", "Aug-Oct 2023: 10y to 5%", "2023-07-31", "2023-10-19"),
    ("hist_jul_2024", "July 2024: intervention and carry-trade unwind", "2024-07-10", "2024-08-05"),
    ("hist_apr_2025", "April 2025: tariff shock, Treasury sell-off", "2025-04-02", "2025-04-11"),
    ("hist_apr_may_2026", "Apr-May 2026: MoF intervention", "2026-04-27", "2026-05-08"),
    ("hist_jul_aug_2026", "Jul-Aug 2026: MoF intervention", "2026-07-28", "2026-08-07"),
]


def _daily(ids: list[str], start=None, end=None, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    import pandas as pd

    df = api.frame(ids, start=start, end=end, as_of=as_of, store=store)
    df.index = pd.DatetimeIndex(df.index, name="date")
    return df


def _curve_and_fx(start=None, end=None, as_of=None, store: StoreLike = None) -> tuple["pd.DataFrame", "pd.Series"]:
    df = _daily(list(CURVE_IDS.values()) + ["fred.dexjpus"], start, end, as_of, store)
    curve = df[list(CURVE_IDS.values())].rename(columns={v: k for k, v in CURVE_IDS.items()})
    return curve, df["fred.dexjpus"].dropna()


@checked
def fitted_duration(country: str = DURATION_HOLDER, *, as_of=None, store: StoreLike = None) -> dict:
    """The modified duration of a holder's Treasury holdings, as the data fit it.

    The decomposition (:func:`ustflow.views.holdings.decompose`) fits the duration ``D`` of the
    long-term position against SLT's reported valuation changes (least squares through the origin,
    2023-02 onwards); bills carry next to none, so the whole position's duration is ``D x`` the
    long-term share of the latest month. Returns ``duration`` (whole position), ``duration_lt``,
    ``lt_share``, ``months``, ``mae_usd_bn`` and ``mae_loo_usd_bn`` (the fit's errors on the
    reported valuation), ``aggregate_duration_lt`` (all foreign holders, for comparison) and ``text``.
    """
    from ustflow.views import holdings as hv

    d = hv.decompose(country, as_of=as_of, store=store)
    v = d.attrs["validation"]
    lt = api.series(f"tic.slt.{d.attrs['id']}.lt_treasury_pos", as_of=as_of, store=store)
    tot = api.series(f"tic.slt.{d.attrs['id']}.treasury_pos", as_of=as_of, store=store)
    both = (lt / tot).dropna()
    if both.empty:
        raise NoDataError(f"no SLT Table 3 positions for {country}: cannot fit a duration")
    share = float(both.iloc[-1])
    agg = hv.decompose("grand_total", as_of=as_of, store=store).attrs["duration"]
    out = {"country": d.attrs["country"], "duration": d.attrs["duration"] * share, "duration_lt": d.attrs["duration"],
           "lt_share": share, "months": v["months"], "mae_usd_bn": v["mae"], "mae_loo_usd_bn": v["mae_loo"],
           "aggregate_duration_lt": agg}
    out["text"] = (f"duration {out['duration']:.2f} fitted: {d.attrs['country']}'s long-term Treasuries "
                   f"{out['duration_lt']:.2f} (against SLT's reported valuation changes, {v['months']} months, "
                   f"leave-one-out MAE {v['mae_loo']:.2f} USD bn) x long-term share {share:.3f}; all foreign "
                   f"holders' long-term duration {agg:.2f}")
    return out


@checked
def default_portfolio(holdings_usd_bn: float | None = None, duration: float | None = None,
                      convexity: float = DEFAULT_CONVEXITY, hedge_ratio: float = DEFAULT_HEDGE_RATIO,
                      base_currency: str = "JPY", usdjpy: float | None = None, *, as_of=None,
                      store: StoreLike = None) -> "Portfolio":
    """A portfolio: Japan's latest TIC holdings, their fitted duration and the latest USD/JPY unless given.

    The label says where the numbers came from (e.g. "Japan, TIC 2026-04: 1,209.9 USD bn; duration
    4.41 fitted: ..."); a duration given by the caller is labelled as given.
    """
    from ustflow.analytics.risk import Portfolio

    label = "custom portfolio"
    if holdings_usd_bn is None:
        jp = api.series("tic.holdings.japan", as_of=as_of, store=store).dropna()
        if jp.empty:
            raise NoDataError("no Japan holdings in the store (tic.holdings.japan); run `ustflow update`")
        holdings_usd_bn = float(jp.iloc[-1])
        label = f"Japan, TIC {jp.index[-1]}: {holdings_usd_bn:,.1f} USD bn (tic.holdings.japan)"
    if usdjpy is None:
        fx = api.series("fred.dexjpus", as_of=as_of, store=store).dropna()
        if fx.empty:
            raise NoDataError("no USD/JPY in the store (fred.dexjpus); pass usdjpy")
        usdjpy = float(fx.iloc[-1])
        label += f"; USD/JPY {usdjpy:.2f} on {fx.index[-1].date()}"
    if duration is None:
        fit = fitted_duration(as_of=as_of, store=store)
        duration = fit["duration"]
        label += f"; {fit['text']}"
    else:
        label += f"; duration {float(duration):g} (given)"
    try:
        return Portfolio(holdings_usd_bn=float(holdings_usd_bn), duration=float(duration),
                         convexity=float(convexity), hedge_ratio=float(hedge_ratio),
                         base_currency=base_currency.upper(), usdjpy=float(usdjpy), label=label)
    except ValueError as e:
        raise InvalidArgument(str(e)) from e


@checked
def scenarios(*, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    """Every named scenario with its shocks: ``scenario``, ``kind`` (hypothetical/historical), ``description``,
    ``window`` (historical), ``d2y_bp``, ``d10y_bp``, ``d30y_bp``, ``fx_pct`` (USD/JPY change, percent).

    Historical shocks are the observed changes over their window, read from the store; a window
    before 2018 has no USD/JPY in this mirror (``fx_pct`` NaN: missing, said in ``note``).
    """
    import math

    import pandas as pd

    from ustflow.analytics import risk as rk

    rows = [{"scenario": k, "kind": "hypothetical", "description": d, "window": "", "d2y_bp": float(a),
             "d10y_bp": float(b), "d30y_bp": float(c), "fx_pct": float(f), "note": ""}
            for k, d, a, b, c, f in HYPOTHETICAL]
    curve, fx = _curve_and_fx(start="2013-01-01", as_of=as_of, store=store)
    for k, d, s, e in HISTORICAL:
        if curve.dropna().empty or pd.Timestamp(e) > curve.dropna().index[-1]:
            continue  # not yet in the data (e.g. an as_of before the window)
        sh = rk.replay_shock(curve, fx, s, e)
        note = ""
        if math.isnan(sh["fx_pct"]):
            note = "no USD/JPY for this window in the store: the FX move and the yen P&L are missing, not 0"
        rows.append({"scenario": k, "kind": "historical", "description": d,
                     "window": f"{sh['date_from']}..{sh['date_to']}", "d2y_bp": sh["d2y_bp"],
                     "d10y_bp": sh["d10y_bp"], "d30y_bp": sh["d30y_bp"], "fx_pct": sh["fx_pct"], "note": note})
    out = pd.DataFrame(rows)
    out.attrs.update(units={"d2y_bp": "bp", "d10y_bp": "bp", "d30y_bp": "bp", "fx_pct": "% change of USD/JPY"},
                     sources="FRED DGS2/DGS10/DGS30, DEXJPUS", as_of=str(as_of) if as_of else None)
    return out


@checked
def stress(p: "Portfolio", names: list[str] | None = None, *, shock_rates_bp: float | None = None,
           shock_fx_pct: float | None = None, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    """P&L of ``p`` under named scenarios (all by default) and/or a custom shock.

    A custom shock (``shock_rates_bp`` parallel, ``shock_fx_pct`` USD/JPY change) is reported as
    three rows: rates only, FX only and combined. Columns: the scenario's shocks plus ``dy_bp``,
    ``pnl_usd_bn``, ``pnl_jpy_bn``, ``rates_pnl_usd_bn``, ``convexity_usd_bn``, ``fx_pnl_jpy_bn``,
    ``usdjpy_after`` (see :func:`ustflow.analytics.risk.shock_pnl`).
    """
    import pandas as pd

    from ustflow.analytics import risk as rk

    custom = shock_rates_bp is not None or shock_fx_pct is not None
    parts = []
    if names or not custom:
        sc = scenarios(as_of=as_of, store=store)
        if names:
            unknown = [n for n in names if n not in set(sc["scenario"])]
            if unknown:
                raise NotFoundError(f"unknown scenario(s) {', '.join(unknown)}; known: {', '.join(sc['scenario'])}")
            sc = sc[sc["scenario"].isin(names)]
        parts.append(sc)
    if custom:
        r, f = float(shock_rates_bp or 0.0), float(shock_fx_pct or 0.0)
        rows = []
        if r:
            rows.append(("custom_rates", f"parallel {r:+g} bp", r, 0.0))
        if f:
            rows.append(("custom_fx", f"USD/JPY {f:+g}%", 0.0, f))
        if r and f:
            rows.append(("custom_combined", f"parallel {r:+g} bp and USD/JPY {f:+g}%", r, f))
        parts.append(pd.DataFrame([{"scenario": k, "kind": "custom", "description": d, "window": "",
                                    "d2y_bp": rr, "d10y_bp": rr, "d30y_bp": rr, "fx_pct": ff, "note": ""}
                                   for k, d, rr, ff in rows]))
    table = rk.stress_table(p, pd.concat(parts, ignore_index=True))
    table.attrs.update(portfolio=p.as_dict(), sources=SOURCES, as_of=str(as_of) if as_of else None)
    return table


@checked
def monte_carlo_var(p: "Portfolio", *, levels=(0.95, 0.99, 0.995), paths: int = 1_000_000, horizon_weeks: int = 1,
                    seed: int | None = 0, start: str = "2018-01-01", keep_drift: bool = False, as_of=None,
                    store: StoreLike = None) -> "pd.DataFrame":
    """Bootstrap VaR and expected shortfall of ``p`` over ``horizon_weeks``, in USD bn and JPY bn.

    Resamples whole weekly vectors (2y/10y/30y yield changes and the USD/JPY log change) since
    ``start`` (USD/JPY begins 2018-01 in this mirror), with their sample means removed unless
    ``keep_drift``: a 52-week VaR would otherwise carry 2018-2026's yen depreciation and rate rises
    as a forecast. Returns one row per level: ``level``, ``var_usd_bn``, ``es_usd_bn``,
    ``var_jpy_bn``, ``es_jpy_bn`` (positive = loss). ``attrs`` give the sample (weeks, first/last),
    paths, seed, horizon and ``drift`` (the weekly means, removed or kept). Same seed, same numbers.
    """
    import pandas as pd

    from ustflow.analytics import risk as rk

    curve, fx = _curve_and_fx(start=start, as_of=as_of, store=store)
    ch = rk.weekly_changes(curve, fx)
    if len(ch) < 10:
        raise NoDataError(f"only {len(ch)} weeks with yields and USD/JPY since {start}: too few to bootstrap")
    bt_text, bt_rows = _backtest(p, ch, levels, keep_drift, horizon_weeks)
    ch, drift = rk.remove_drift(ch, keep=keep_drift)
    rows = []
    sims = {}
    for cur in ("USD", "JPY"):
        sims[cur] = rk.monte_carlo_pnl(p, ch, paths=paths, horizon_weeks=horizon_weeks, seed=seed, currency=cur)
    for lv in levels:
        vu, eu = rk.var_es(sims["USD"], lv)
        vj, ej = rk.var_es(sims["JPY"], lv)
        rows.append({"level": lv, "var_usd_bn": vu, "es_usd_bn": eu, "var_jpy_bn": vj, "es_jpy_bn": ej})
    out = pd.DataFrame(rows)
    out.attrs.update(units={"var_usd_bn": "USD bn loss", "es_usd_bn": "USD bn loss", "var_jpy_bn": "JPY bn loss",
                            "es_jpy_bn": "JPY bn loss"},
                     weeks=len(ch), first_week=ch.index[0].date().isoformat(), last_week=ch.index[-1].date().isoformat(),
                     paths=paths, seed=seed, horizon_weeks=horizon_weeks, portfolio=p.as_dict(), drift=drift,
                     method=("i.i.d. bootstrap of joint weekly changes (2y/10y/30y yields, log USD/JPY); " + drift["text"]),
                     backtest=bt_rows, backtest_text=bt_text, sources=SOURCES, as_of=str(as_of) if as_of else None)
    return out


def _backtest(p: "Portfolio", ch: "pd.DataFrame", levels, keep_drift: bool, horizon_weeks: int) -> tuple[str, list]:
    """The VaR's out-of-sample record (:func:`ustflow.analytics.risk.var_backtest`) as words and rows."""
    from ustflow.analytics import risk as rk

    try:
        bt = rk.var_backtest(p, ch, levels=levels, keep_drift=keep_drift)
    except ValueError as e:  # too few weeks for a first window
        return f"No out-of-sample backtest: {e}.", []
    text = bt.attrs["text"]
    if horizon_weeks > 1:
        text += (f" The {horizon_weeks}-week VaR sums one-week draws; only the one-week model is backtested "
                 "(overlapping multi-week windows would give too few independent exceedances).")
    return text, bt.to_dict(orient="records")


@checked
def real_return(p: "Portfolio", inflation_path_pct: list[float], *, nominal_yield_pct: float | None = None,
                as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    """Real return of holding ``p`` to horizon under an inflation path (percent per year, one value per year).

    The nominal yield defaults to the latest UST yield at the portfolio's duration (interpolated
    between FRED's 2y/10y/30y). See :func:`ustflow.analytics.risk.real_return` for the columns.
    """
    import numpy as np

    from ustflow.analytics import risk as rk

    if nominal_yield_pct is None:
        import pandas as pd

        # the newest curve known at as_of (a fixed start date would leave nothing for an earlier as_of)
        start = (pd.Timestamp(as_of) - pd.DateOffset(months=3)).strftime("%Y-%m-%d") if as_of else "2024-01-01"
        curve, _ = _curve_and_fx(start=start, as_of=as_of, store=store)
        if curve.dropna().empty:
            raise NoDataError("no UST yield curve (fred.dgs2/10/30) known at this as-of date")
        last = curve.dropna().iloc[-1]
        nominal_yield_pct = float(np.interp(p.duration, list(CURVE_IDS), last.to_numpy()))
        when = curve.dropna().index[-1].date().isoformat()
    else:
        when = "given"
    try:
        out = rk.real_return(nominal_yield_pct, inflation_path_pct, p.holdings_usd_bn)
    except ValueError as e:
        raise InvalidArgument(str(e)) from e
    out.attrs.update(nominal_yield_pct=nominal_yield_pct, yield_date=when,
                     units={"real_gain_usd_bn": "USD bn of today's purchasing power", "inflation_pct": "percent per year",
                            "real_return_cum_pct": "percent", "real_return_ann_pct": "percent per year"},
                     note="hold to horizon at a fixed nominal yield (carry only), inflation of the holder's choosing",
                     sources="FRED H.15 yields", as_of=str(as_of) if as_of else None)
    return out


@checked
def concentration(*, top: int = 10, as_of=None, store: StoreLike = None) -> dict:
    """Foreign holders' shares and the Herfindahl index of foreign holdings of Treasuries.

    Returns ``{"latest": DataFrame(rank, country, series, holdings_usd_bn, share_pct, custodial),
    "history": DataFrame per month (see :func:`ustflow.analytics.risk.concentration`), "period",
    "grand_total_usd_bn", "hhi_listed", "hhi_upper", "meta"}``. Country figures are by custodian:
    custodial centres (UK, Belgium, Luxembourg, Cayman, ...) hold bonds owned by others.
    """
    import pandas as pd

    from ustflow.analytics import risk as rk
    from ustflow.vocab import CUSTODIAL_CENTRES, is_aggregate

    ids = [i for i in api.search("tic.holdings.", store=store)["id"]
           if i.startswith("tic.holdings.") and not is_aggregate(i.removeprefix("tic.holdings."))]
    wide = api.frame(ids, as_of=as_of, store=store)
    total = api.series("tic.holdings.grand_total", as_of=as_of, store=store).dropna()
    if total.empty:
        raise NoDataError("no foreign total (tic.holdings.grand_total) in the store")
    hist = rk.concentration(wide.rename(columns=lambda c: c.removeprefix("tic.holdings.")), total)
    period = total.index[-1]
    cur = wide.loc[period].dropna().sort_values(ascending=False)
    gt = float(total.iloc[-1])
    latest = pd.DataFrame({"rank": range(1, len(cur) + 1),
                           "country": [c.removeprefix("tic.holdings.") for c in cur.index],
                           "series": list(cur.index), "holdings_usd_bn": cur.to_numpy(),
                           "share_pct": cur.to_numpy() / gt * 100.0})
    latest["custodial"] = latest["country"].isin(CUSTODIAL_CENTRES)
    h = hist.loc[period]
    return {"latest": latest.head(top).reset_index(drop=True), "history": hist, "period": str(period),
            "grand_total_usd_bn": gt, "hhi_listed": float(h["hhi_listed"]), "hhi_upper": float(h["hhi_upper"]),
            "n_listed": int(h["n_listed"]),
            "meta": {"units": "USD bn; shares in percent of foreign holdings; HHI in points (0..10,000)",
                     "sources": "US Treasury TIC Major Foreign Holders (mfhhis01 + SLT Table 5)",
                     "note": "by custodian country, not beneficial owner; TIC lists only the largest holders "
                             "(about 40 to 2025, 20 in Table 5), the unlisted rest bounds the HHI",
                     "as_of": str(as_of) if as_of else None}}


@checked
def selling_cost(p: "Portfolio", amount_usd_bn: float, days: int, *, daily_volume_usd_bn: float = 900.0,
                 y_coef: float = 1.0, half_spread_bp: float = 0.5, permanent_bp_per_100bn: float | None = None,
                 vol_window_days: int = 250, as_of=None, store: StoreLike = None) -> dict:
    """Cost of selling ``amount_usd_bn`` of ``p`` evenly over ``days`` under the square-root impact model.

    Daily price volatility = duration x the standard deviation of daily 10y yield changes over the
    last ``vol_window_days`` observations. Defaults (stated assumptions): market volume 900 USD bn a
    day (the order of recent SIFMA-reported average daily Treasury trading), Y = 1, half spread 0.5 bp,
    permanent impact per USD 100bn = Beltran et al.'s (2013) long-run 20 bp scaled to today's market (marketable
    debt then / now, :func:`ustflow.analytics.impact.scale_literature`: about 6 bp), applied to the holdings kept.
    Returns the dict of :func:`ustflow.analytics.risk.selling_cost` plus ``sigma_daily_pct``.
    """
    from ustflow.analytics import risk as rk

    if amount_usd_bn <= 0:
        raise InvalidArgument(f"amount to sell must be positive, got {amount_usd_bn}")
    if amount_usd_bn > p.holdings_usd_bn:
        raise InvalidArgument(f"cannot sell {amount_usd_bn:,.1f} USD bn out of holdings of {p.holdings_usd_bn:,.1f} USD bn")
    if permanent_bp_per_100bn is None:
        from ustflow.analytics.impact import scale_literature

        permanent_bp_per_100bn = float(scale_literature(100.0, 1).set_index("key").loc["bkmt2013_long", "low_bp"])
    y = api.series("fred.dgs10", as_of=as_of, store=store).dropna()
    dy_sd_bp = float(y.diff().dropna().tail(vol_window_days).std() * 100.0)
    sigma_pct = p.duration * dy_sd_bp / 100.0
    try:
        out = rk.selling_cost(amount_usd_bn, days, daily_volume_usd_bn=daily_volume_usd_bn, sigma_daily_pct=sigma_pct,
                              y_coef=y_coef, half_spread_bp=half_spread_bp,
                              remaining_usd_bn=p.holdings_usd_bn - amount_usd_bn, duration=p.duration,
                              permanent_bp_per_100bn=permanent_bp_per_100bn)
    except ValueError as e:
        raise InvalidArgument(str(e)) from e
    out.update(sigma_daily_pct=sigma_pct, daily_yield_sd_bp=dy_sd_bp, vol_window_days=vol_window_days,
               vol_source=f"fred.dgs10 daily changes, last {vol_window_days} observations to {y.index[-1].date()}")
    return out


SECTIONS = ("stress", "var", "real_return", "concentration", "selling_cost")
_SECTION_ALIASES = {"real": "real_return", "selling": "selling_cost"}


@checked
def risk_report(holdings_usd_bn: float | None = None, duration: float | None = None,
                convexity: float = DEFAULT_CONVEXITY, hedge_ratio: float = DEFAULT_HEDGE_RATIO,
                base_currency: str = "JPY", usdjpy: float | None = None, *, sections=None,
                scenario: str | None = None, shock_rates_bp: float | None = None, shock_fx_pct: float | None = None,
                var_levels=(0.95, 0.99, 0.995), paths: int = 1_000_000, horizon_weeks: int = 1,
                seed: int | None = 0, keep_drift: bool = False, inflation_path_pct: list[float] | None = None,
                sell_usd_bn: float = 100.0, sell_days: int = 20, daily_volume_usd_bn: float = 900.0,
                permanent_bp_per_100bn: float | None = None, as_of=None, store: StoreLike = None) -> dict:
    """Everything ``ustflow risk`` shows, as a dict: the risk snapshot for the report.

    Keys: ``portfolio`` (dict, see :class:`ustflow.analytics.risk.Portfolio`), then the ``sections`` asked
    for (default all of ``SECTIONS``; ``real`` and ``selling`` are accepted for the last two): ``stress``
    (DataFrame, see :func:`stress`), ``var`` (:func:`monte_carlo_var` at ``var_levels``, each in [0.5, 1)),
    ``real_return`` (:func:`real_return`, default inflation 3, 2.5, 2, 2, 2 percent), ``concentration``
    (:func:`concentration`), ``selling_cost`` (:func:`selling_cost` of ``sell_usd_bn``, at most the
    holdings); and ``meta`` (units, sources, as_of). Bad sections or levels raise ``InvalidArgument``.
    """
    wanted = [_SECTION_ALIASES.get(x, x) for x in ([sections] if isinstance(sections, str) else sections or SECTIONS)]
    unknown = [x for x in wanted if x not in SECTIONS]
    if unknown:
        raise InvalidArgument(f"unknown risk section(s) {', '.join(unknown)}; use {', '.join(SECTIONS)} "
                              "(real and selling for short)")
    levels = tuple(sorted(set(var_levels)))
    if not levels or not all(0.5 <= v < 1 for v in levels):
        raise InvalidArgument(f"VaR confidence levels must be between 0.5 and 1, got {', '.join(map(str, levels))}")
    p = default_portfolio(holdings_usd_bn, duration, convexity, hedge_ratio, base_currency, usdjpy,
                          as_of=as_of, store=store)
    out: dict = {"portfolio": p.as_dict()}
    if "stress" in wanted:
        out["stress"] = stress(p, [scenario] if scenario else None, shock_rates_bp=shock_rates_bp,
                               shock_fx_pct=shock_fx_pct, as_of=as_of, store=store)
    if "var" in wanted:
        out["var"] = monte_carlo_var(p, levels=levels, paths=paths, horizon_weeks=horizon_weeks, seed=seed,
                                     keep_drift=keep_drift, as_of=as_of, store=store)
    if "real_return" in wanted:
        out["real_return"] = real_return(p, inflation_path_pct or [3.0, 2.5, 2.0, 2.0, 2.0], as_of=as_of,
                                         store=store)
    if "concentration" in wanted:
        out["concentration"] = concentration(as_of=as_of, store=store)
    if "selling_cost" in wanted:
        out["selling_cost"] = selling_cost(p, min(sell_usd_bn, p.holdings_usd_bn), sell_days,
                                           daily_volume_usd_bn=daily_volume_usd_bn,
                                           permanent_bp_per_100bn=permanent_bp_per_100bn, as_of=as_of, store=store)
    out["meta"] = {"units": "USD bn and JPY bn; yields in bp; positive P&L = gain, VaR/ES = loss",
                   "sources": SOURCES, "as_of": str(as_of) if as_of else None}
    return out
