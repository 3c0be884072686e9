"""Rolling-origin backtest of the scenario bands (see :mod:`ustflow.analytics.scenario_sim`).

At each origin month ``o``: fit the all-investor flow model on the rows up to ``o`` (numpy OLS with
HAC errors), draw market shocks, holdings residuals, coefficients and the Treasury share from what
was known at ``o``, run a status-quo horizon (every input held at its month-end level of ``o``), and
score Japan's actual holdings and the actual cumulative MoF flow against the bands. The point of
comparison for skill is naive: holdings unchanged, flows at their training mean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

BACKTEST_SIMS = 400
MAX_HORIZON = 36


def _status_quo(start: "pd.Series", origin, months: int) -> "pd.DataFrame":
    """Inputs held at their levels of ``origin`` for ``months`` months (build_paths' columns)."""
    import pandas as pd

    idx = pd.period_range(origin + 1, periods=months, freq="M", name="period")
    df = pd.DataFrame({c: float(start[c]) for c in ("usd_short_pct", "jpy_short_pct", "ust_10y_pct", "jgb_10y_pct",
                                                    "usdjpy")}, index=idx)
    df["hedge_basis_pct"] = 0.0
    df["april"] = (idx.month == 4).astype("float64")
    return df


def _one_origin(o, design, terms, month_end, holdings, u, share, share_se, lt_share, duration, months, n_sims,
                level, rng, rates_start, est_start):
    import numpy as np

    from ustflow.analytics import scenario_sim as ss
    from ustflow.analytics.impact import newey_west_lags

    rows = design[list(dict.fromkeys(["net_jpy_100mn", *terms]))]
    rows = rows[(rows.index >= est_start) & (rows.index <= o)].dropna()
    if len(rows) < 3 * len(terms):
        return None
    y, X = rows["net_jpy_100mn"].to_numpy(), rows[list(terms)].to_numpy()
    b, cov, e = ss.ols_hac(y, X, newey_west_lags(len(y)))
    hist = month_end.loc[:o]
    shocks = ss.Shocks(rates=ss.demeaned(hist.loc[rates_start:, list(ss.RATES)].diff().to_numpy()[1:]),
                       fx=ss.demeaned(np.log(hist["usdjpy"]).diff().to_numpy()[1:]),
                       holdings=ss.demeaned(u.loc[:o].to_numpy()))
    paths = _status_quo(hist.iloc[-1], o, months)
    dev = shocks.market(n_sims, months, rng)
    regs = ss.regressors(paths, dev, float(design.at[o, "usdjpy"]))
    B = rng.multivariate_normal(b, cov, size=n_sims, method="eigh")
    flows = ss.run_flow(B, list(terms), regs, design.at[o, "net_jpy_100mn"], rng.choice(e, size=(n_sims, months)))
    ust = regs["ust_10y_pct"]
    dy = np.diff(np.concatenate([np.full((n_sims, 1), paths["ust_10y_pct"].iloc[0]), ust], axis=1), axis=1)
    hold, _ = ss.holdings_path(holdings[o], flows / regs["usdjpy"] / 10.0, rng.normal(share, share_se, n_sims), dy,
                               lt_share, duration, np.zeros(months), shocks.residuals(n_sims, months, rng))
    out = []
    actual_flows = design["net_jpy_100mn"]
    for h in range(1, months + 1):
        t = o + h
        rec = {"origin": o, "horizon": h}
        if t in holdings.index and holdings[t] == holdings[t]:
            rec.update(holdings_actual=float(holdings[t]), holdings_start=float(holdings[o]),
                       holdings_median=float(np.median(hold[:, h - 1])),
                       holdings_score=ss.band_score(hold[:, h - 1], float(holdings[t]), level))
        got = actual_flows.reindex([o + j for j in range(1, h + 1)])
        if got.notna().all():
            cum = np.cumsum(flows, axis=1)[:, h - 1]
            rec.update(flow_actual=float(got.sum()), flow_median=float(np.median(cum)),
                       flow_naive=float(y.mean() * h), flow_score=ss.band_score(cum, float(got.sum()), level))
        if len(rec) > 2:
            out.append(rec)
    return out


def backtest(design: "pd.DataFrame", terms, month_end: "pd.DataFrame", holdings: "pd.Series", u: "pd.Series", *,
             share: float, share_se: float, lt_share: float, duration: float, months: int = MAX_HORIZON,
             n_sims: int = BACKTEST_SIMS, level: float = 0.9, seed: int = 0, first_origin=None,
             rates_start: str = "2003-01", est_start: str = "2014-02") -> "pd.DataFrame":
    """Scores of every (origin, horizon): one row each, columns ``origin``, ``horizon``,
    ``holdings_actual``, ``holdings_start``, ``holdings_median``, ``holdings_score``, ``flow_actual``,
    ``flow_median``, ``flow_naive``, ``flow_score`` (a score <= 1 means inside the ``level`` band).

    ``design``: the all-investor design (:func:`ustflow.analytics.scenario_model.design`, with the
    monthly-average ``usdjpy``); ``month_end``: month-end levels of the four rates and ``usdjpy``;
    ``holdings``: Japan's TIC holdings (USD bn); ``u``: the holdings residual history (USD bn).
    """
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    est = pd.Period(est_start, "M")
    cands = design.index[design[["usdjpy", "net_jpy_100mn"]].notna().all(axis=1)]
    cands = [o for o in cands if o in holdings.index and o in month_end.index
             and month_end.loc[o].notna().all() and (first_origin is None or o >= pd.Period(first_origin, "M"))]
    rows = []
    for o in cands:
        r = _one_origin(o, design, terms, month_end, holdings, u, share, share_se, lt_share, duration, months,
                        n_sims, level, rng, rates_start, est)
        if r:
            rows.extend(r)
    return pd.DataFrame(rows)


def summary(scores: "pd.DataFrame", level: float = 0.9) -> "pd.DataFrame":
    """Per horizon: origins, first/last origin, raw and real-time-calibrated coverage of the holdings and
    flow bands, the calibration factor for bands issued now, and the median's RMSE against the naive
    benchmark (holdings unchanged; flows at their training mean) with the skill ``1 - MSE/MSE_naive``."""
    import numpy as np
    import pandas as pd

    from ustflow.analytics.scenario_sim import calibration

    out = []
    for h, g in scores.groupby("horizon"):
        rec = {"horizon": int(h)}
        for what, naive in (("holdings", "holdings_start"), ("flow", "flow_naive")):
            s = g.dropna(subset=[f"{what}_score"]).set_index("origin")
            if s.empty:
                continue
            k_now, k_o = calibration(s[f"{what}_score"], int(h))
            err = s[f"{what}_median"] - s[f"{what}_actual"]
            nerr = s[naive] - s[f"{what}_actual"]
            half = len(s) // 2
            rec.update({f"{what}_n": len(s), f"{what}_first": str(s.index[0]), f"{what}_last": str(s.index[-1]),
                        f"{what}_coverage_raw": float((s[f"{what}_score"] <= 1).mean()),
                        f"{what}_coverage": float((s[f"{what}_score"] <= k_o).mean()),
                        f"{what}_coverage_first_half": float((s[f"{what}_score"] <= k_o).iloc[:half].mean()),
                        f"{what}_coverage_second_half": float((s[f"{what}_score"] <= k_o).iloc[half:].mean()),
                        f"{what}_k": k_now, f"{what}_rmse": float(np.sqrt((err ** 2).mean())),
                        f"{what}_rmse_naive": float(np.sqrt((nerr ** 2).mean())),
                        f"{what}_skill": float(1 - (err ** 2).mean() / (nerr ** 2).mean())
                        if (nerr ** 2).mean() > 0 else float("nan")})
        out.append(rec)
    df = pd.DataFrame(out)
    df.attrs["level"] = level
    return df
