"""Scenario bands from the data: the histories the simulations resample, the rolling backtest that
calibrates them, and plain explanations of the flow model's surprising signs.

    from ustflow.views import scenario as sc, scenario_bands as sb
    ms = sc.fit_models(); st = sc.start_state(ms)
    st["bands"]["summary"]          # per horizon: coverage (raw, real time), calibration factor, skill

The method is in :mod:`ustflow.analytics.scenario_sim` and :mod:`ustflow.analytics.scenario_backtest`.
Inputs (through ``ustflow.api`` with ``as_of``): month-end levels of the USD and JPY 3-month rates,
the UST and JGB 10-year yields (:func:`ustflow.views.drivers.hedged_yields`) and USD/JPY (FRED
DEXJPUS); Japan's TIC holdings; MoF's all-investor flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.dates import checked

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.scenario_model import ModelSet

RATES_START = "2003-01"  # the 3-month JPY rate (OECD) starts 2002-04; month-end changes from 2003
HOLDINGS = "tic.holdings.japan"


@checked
def month_end_levels(as_of=None, store=None) -> "pd.DataFrame":
    """Month-end levels (PeriodIndex 'M'): ``usd_short_pct``, ``jpy_short_pct`` (the hedge table's
    3-month rates), ``ust_10y_pct`` (FRED DGS10), ``jgb_10y_pct`` (MoF) and ``usdjpy`` (FRED DEXJPUS),
    each the last value of its own series in the month (a month still running: its latest day)."""
    import pandas as pd

    from ustflow.views import drivers

    h = drivers.hedged_yields(10, 0.0, start=f"{RATES_START}-01", as_of=as_of, store=store, compare=False)
    cols = {"usd_short_pct": h["usd_short_pct"], "jpy_short_pct": h["jpy_short_pct"]}
    for col, sid in (("ust_10y_pct", "fred.dgs10"), ("jgb_10y_pct", "jgb.10y"), ("usdjpy", "fred.dexjpus")):
        s = api.series(sid, start=f"{RATES_START}-01", as_of=as_of, store=store).dropna()
        cols[col] = s.set_axis(pd.DatetimeIndex(s.index))
    out = pd.DataFrame({c: s.groupby(s.index.to_period("M")).last() for c, s in cols.items()})
    out.index.name = "period"
    return out


def holdings_residual(holdings: "pd.Series", flow_jpy: "pd.Series", usdjpy_avg: "pd.Series",
                      dy_pp: "pd.Series", *, share: float, lt_share: float, duration: float) -> "pd.Series":
    """Each month's change of TIC holdings (USD bn) not explained by valuation and the Treasury share of
    MoF's flow: ``dH - H[t-1] x lt_share x (-D x dy / 100) - share x flow / USDJPY / 10``."""
    h = holdings.astype("float64")
    val = h.shift(1) * lt_share * (-duration * dy_pp.reindex(h.index) / 100.0)
    flow_usd = (flow_jpy / usdjpy_avg / 10.0).reindex(h.index)
    return (h.diff() - val - share * flow_usd).dropna().rename("holdings_residual_usd_bn")


@checked
def bands(models: "ModelSet", state: dict | None = None, as_of=None, store=None, *, seed: int = 0) -> dict:
    """The histories, the shocks for a live scenario, and the backtest with its calibration.

    Returns ``shocks`` (:class:`ustflow.analytics.scenario_sim.Shocks` from every month known),
    ``summary`` (:func:`ustflow.analytics.scenario_backtest.summary`), ``k_holdings`` / ``k_flows``
    (calibration factors for horizons 1.., real time), ``holdings_residual_sd``, ``first`` (where each
    history starts) and ``method``.
    """
    import numpy as np

    from ustflow.analytics import scenario_backtest as bt, scenario_model as sm, scenario_sim as ss

    if state is None:
        from ustflow.views.scenario import start_state

        state = start_state(models, as_of, store, backtest=False)
    me = month_end_levels(as_of, store)
    hold = api.series(HOLDINGS, as_of=as_of, store=store).dropna()
    d = models.designs["all"]
    u = holdings_residual(hold, d["net_jpy_100mn"], d["usdjpy"], me["ust_10y_pct"].diff(), share=state["share"],
                          lt_share=state["lt_share"], duration=state["duration"])
    shocks = ss.Shocks(rates=ss.demeaned(me.loc[RATES_START:, list(ss.RATES)].diff().to_numpy()[1:]),
                       fx=ss.demeaned(np.log(me["usdjpy"]).diff().to_numpy()[1:]), holdings=ss.demeaned(u.to_numpy()),
                       first={"rates": RATES_START, "usdjpy": str(me["usdjpy"].dropna().index[0]),
                              "holdings_residual": str(u.index[0]) if len(u) else None})
    scores = bt.backtest(d, sm.SPECS[models.spec], me, hold, u, share=state["share"], share_se=state["share_se"],
                         lt_share=state["lt_share"], duration=state["duration"], seed=seed, rates_start=RATES_START)
    summ = bt.summary(scores)
    k_h = tuple(summ["holdings_k"].fillna(1.0)) if "holdings_k" in summ else ()
    k_f = tuple(summ["flow_k"].fillna(1.0)) if "flow_k" in summ else ()
    return {"shocks": shocks, "summary": summ, "k_holdings": k_h, "k_flows": k_f,
            "holdings_residual_sd": float(u.std()) if len(u) else None, "first": shocks.first,
            "method": ("bands draw the flow models' coefficients (HAC covariance) and residuals, month-end changes "
                       f"of the 3-month rates and 10-year yields (resampled from {RATES_START}), of USD/JPY (from "
                       f"{shocks.first['usdjpy']}), the Treasury share, and the monthly TIC holdings residual (from "
                       f"{shocks.first['holdings_residual']}); then each horizon's spread around the median is widened "
                       "by the calibration factor of the rolling backtest (never narrowed)")}


def backtest_line(summary: "pd.DataFrame", months: int, level: float = 0.9) -> dict:
    """The backtest's record at ``months`` (or the longest horizon tested) for a scenario printout."""
    if summary is None or summary.empty:
        return {"text": "no backtest: too little history"}
    row = summary[summary["horizon"] <= months].iloc[-1].to_dict()
    h = int(row["horizon"])

    def judge(cov) -> str:
        lo, hi = level - 0.05, level + 0.05
        return "within" if lo <= cov <= hi else ("BELOW" if cov < lo else "ABOVE")

    parts = []
    for what, label, naive in (("holdings", "Japan's TIC holdings", "no change"),
                               ("flow", "MoF all-investor cumulative flow", "the training mean")):
        if f"{what}_coverage" not in row or row[f"{what}_coverage"] != row[f"{what}_coverage"]:
            continue
        cov, skill = row[f"{what}_coverage"], row[f"{what}_skill"]
        parts.append(
            f"{label}: the {level:.0%} band covered {cov:.0%} of {int(row[f'{what}_n'])} outcomes "
            f"({row[f'{what}_first']}..{row[f'{what}_last']} origins; {judge(cov)} the {level - 0.05:.0%}-"
            f"{level + 0.05:.0%} target; {row[f'{what}_coverage_raw']:.0%} before calibration, factor "
            f"{row[f'{what}_k']:.2f}); median error {row[f'{what}_rmse']:,.1f} RMSE vs {row[f'{what}_rmse_naive']:,.1f} "
            f"for {naive} (skill {skill:+.2f}: {'beats' if skill > 0 else 'does NOT beat'} the naive benchmark)")
    note = "" if h == months else f" (tested to {h} months; the {months}-month band is not backtested)"
    return {"horizon": h, **row, "text": f"Rolling backtest at {h} months{note}: " + "; ".join(parts)}


def sign_explanations(models: "ModelSet") -> list[str]:
    """Plain explanations of coefficients whose sign surprises (not only a flag), with the numbers."""
    out = []
    m = models.scenario.get("all")
    if m is None:
        return out
    span = f"{m.first}..{m.last}"
    if m.pickup_effect < 0:
        out.append(
            f"Why wider pickups go with LESS buying here ({m.pickup_effect:+,.0f} JPY 100mn a month per pp, all "
            f"investors, {span}): the sample is dominated by 2022, when US yields and the unhedged pickup rose "
            "while Japanese investors sold foreign bonds (losses on existing holdings, and hedge costs that turned "
            "hedged returns negative), and 2023, when they bought back near the peak in yields. The regression "
            "reads that timing, not a preference for lower yields; scenarios inherit it.")
    if "usdjpy_change_pct" in m.terms:
        b = m.coef("usdjpy_change_pct")
        if b < 0:
            out.append(
                f"Why a stronger yen RAISES Japanese buying here ({b:+,.0f} JPY 100mn per 1% rise of USD/JPY): in the "
                "same month, a falling USD/JPY makes dollar bonds cheaper in yen and investors with yen budgets or "
                "hedge-ratio targets top up; and the causality also runs the other way (heavy selling of foreign "
                "bonds, as in 2022, pushes the yen down with it). Read it as an association, not a lever.")
        else:
            out.append(
                f"Why a weaker yen goes with MORE buying here ({b:+,.0f} JPY 100mn per 1% rise of USD/JPY): buying "
                "foreign bonds means buying dollars, which itself weakens the yen in the same month, and a "
                "weakening yen raises the yen value of unhedged holdings. Read it as an association, not a lever.")
    return out
