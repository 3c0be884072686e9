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
    import numpy as np
    import pandas as pd

BACKTEST_SIMS = 400
MAX_HORIZON = 36


def _status_quo(start: "np.ndarray", origin, months: int) -> "pd.DataFrame":
    """Inputs held at their levels of ``origin`` (usd, jpy, ust, jgb, usdjpy) for ``months`` months
    (build_paths' columns)."""
    import pandas as pd

    idx = pd.period_range(origin + 1, periods=months, freq="M", name="period")
    df = pd.DataFrame({c: float(v) for c, v in zip(("usd_short_pct", "jpy_short_pct", "ust_10y_pct", "jgb_10y_pct",
                                                    "usdjpy"), start)}, index=idx)
    df["hedge_basis_pct"] = 0.0
    df["april"] = (idx.month == 4).astype("float64")
    return df


class _Data:
    """The inputs as numpy arrays on one monthly grid (position = month), built once per backtest."""

    def __init__(self, design, terms, month_end, holdings, u, rates_start, est_start):
        import numpy as np
        import pandas as pd

        from ustflow.analytics.scenario_sim import RATES

        idx = design.index.union(month_end.index).union(holdings.index).union(u.index)
        self.grid = pd.period_range(idx.min(), idx.max(), freq="M")
        self.pos = {p: i for i, p in enumerate(self.grid)}
        d = design.reindex(self.grid)
        self.y = d["net_jpy_100mn"].to_numpy(dtype="float64")
        self.X = d[list(terms)].to_numpy(dtype="float64")
        self.fx_avg = d["usdjpy"].to_numpy(dtype="float64")
        self.est = self.grid >= pd.Period(est_start, "M")
        me = month_end.reindex(self.grid)
        self.levels = me[[*RATES, "usdjpy"]].to_numpy(dtype="float64")
        rates_ok = self.grid >= pd.Period(rates_start, "M")
        self.rate_chg = np.where(rates_ok[:, None], np.diff(self.levels[:, :4], axis=0, prepend=np.nan), np.nan)
        self.fx_chg = np.diff(np.log(self.levels[:, 4]), prepend=np.nan)
        self.hold = holdings.reindex(self.grid).to_numpy(dtype="float64")
        self.u = u.reindex(self.grid).to_numpy(dtype="float64")
        self.cum_flow = np.concatenate([[0.0], np.cumsum(np.nan_to_num(self.y))])
        self.flow_known = np.concatenate([[0], np.cumsum(~np.isnan(self.y))])


def _one_origin(o, data: _Data, terms, share, share_se, lt_share, duration, months, n_sims, level, rng):
    import numpy as np

    from ustflow.analytics import scenario_sim as ss
    from ustflow.analytics.impact import newey_west_lags

    i = data.pos[o]
    rows = data.est.copy()
    rows[i + 1:] = False
    rows &= ~np.isnan(data.y) & ~np.isnan(data.X).any(axis=1)
    if rows.sum() < 3 * len(terms):
        return None
    y, X = data.y[rows], data.X[rows]
    b, cov, e = ss.ols_hac(y, X, newey_west_lags(len(y)))
    shocks = ss.Shocks(rates=ss.demeaned(data.rate_chg[:i + 1]), fx=ss.demeaned(data.fx_chg[:i + 1]),
                       holdings=ss.demeaned(data.u[:i + 1]))
    paths = _status_quo(data.levels[i], o, months)
    dev = shocks.market(n_sims, months, rng)
    regs = ss.regressors(paths, dev, float(data.fx_avg[i]))
    B = rng.multivariate_normal(b, cov, size=n_sims, method="eigh")
    flows = ss.run_flow(B, list(terms), regs, data.y[i], rng.choice(e, size=(n_sims, months)))
    ust = regs["ust_10y_pct"]
    dy = np.diff(np.concatenate([np.full((n_sims, 1), data.levels[i, 2]), ust], axis=1), axis=1)
    hold, _ = ss.holdings_path(data.hold[i], flows / regs["usdjpy"] / 10.0, rng.normal(share, share_se, n_sims), dy,
                               lt_share, duration, np.zeros(months), shocks.residuals(n_sims, months, rng))
    cum = np.cumsum(flows, axis=1)
    out = []
    for h in range(1, min(months, len(data.grid) - 1 - i) + 1):
        rec = {"origin": o, "horizon": h}
        actual = data.hold[i + h]
        if actual == actual:
            rec.update(holdings_actual=float(actual), holdings_start=float(data.hold[i]),
                       holdings_median=float(np.median(hold[:, h - 1])),
                       holdings_score=ss.band_score(hold[:, h - 1], float(actual), level))
        if data.flow_known[i + h + 1] - data.flow_known[i + 1] == h:
            got = data.cum_flow[i + h + 1] - data.cum_flow[i + 1]
            rec.update(flow_actual=float(got), flow_median=float(np.median(cum[:, h - 1])),
                       flow_naive=float(y.mean() * h), flow_score=ss.band_score(cum[:, h - 1], float(got), level))
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
    Everything an origin uses is cut at that origin (positions on one monthly grid).
    """
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    data = _Data(design, terms, month_end, holdings, u, rates_start, est_start)
    first = pd.Period(first_origin, "M") if first_origin is not None else None
    rows = []
    for o in data.grid:
        i = data.pos[o]
        if (first is not None and o < first) or np.isnan(data.fx_avg[i]) or np.isnan(data.y[i]) \
                or np.isnan(data.hold[i]) or np.isnan(data.levels[i]).any():
            continue
        r = _one_origin(o, data, terms, share, share_se, lt_share, duration, months, n_sims, level, rng)
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
