"""The simulation engine behind scenario bands, and the rolling-origin backtest that calibrates them.

Pure numpy/pandas; no store, no files. Units as in :mod:`ustflow.analytics.scenario`.

Why bands need more than the flow model's own errors: the first version drew only the flow
model's coefficients and residuals, and its "90% band" for Japan's holdings after 12 months excluded
most of Japan's actual 12-month changes. What moves TIC Japan's holdings is mostly not MoF's
flows (their monthly correlation with TIC Japan's transactions is near zero): it is prices, the
dollar, and custody noise. So each simulation draws, besides the flow model's parameters (normal
with the HAC covariance) and residuals (resampled):

- market paths around the scenario's path: month-end changes of the USD and JPY 3-month rates and
  the UST and JGB 10-year yields, resampled jointly from their history (from 2003), and log changes
  of USD/JPY resampled from theirs (from 2018 in this mirror, so their correlation with rates is
  not kept), demeaned and cumulated; they move the pickups and the yen in the flow models, the
  dollar value of the flows, and the valuation of the holdings;
- the Treasury share of MoF flows, normal with its standard error;
- the holdings residual: each month's TIC change not explained by valuation and the share of MoF
  flows (custody moves, official accounts, other investors), resampled from its history;
- a calibration factor ``k`` (>= 1) that widens the spread around the median where the rolling
  backtest shows the bands too narrow (:func:`calibration`).

Backtest (:func:`backtest`): at every origin month, fit the all-investor flow model on data up to
that month only, simulate a status-quo horizon with shocks drawn from history up to that month, and
check whether Japan's actual holdings (and the actual cumulative MoF flow) fall inside the band.
The calibration factor at an origin uses only bands whose outcome was known by then (real time),
so the coverage it reports is out of sample. The duration, long-term share and Treasury share are
estimated once on the whole sample (stated as a limit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

RATES = ("usd_short_pct", "jpy_short_pct", "ust_10y_pct", "jgb_10y_pct")
MIN_RESOLVED = 12  # resolved backtest bands needed before a real-time calibration factor is used
CALIBRATION_Q = 0.9  # the k that would have put this share of past outcomes inside the band


def ols_hac(y: "np.ndarray", X: "np.ndarray", lags: int) -> tuple["np.ndarray", "np.ndarray", "np.ndarray"]:
    """OLS with Newey-West (Bartlett) HAC covariance, as statsmodels' ``cov_type="HAC"`` (no small-sample factor).

    Returns (params, covariance, residuals). Plain numpy: the backtest refits at every origin.
    """
    import numpy as np

    xtx_inv = np.linalg.inv(X.T @ X)
    b = xtx_inv @ (X.T @ y)
    e = y - X @ b
    xe = X * e[:, None]
    s = xe.T @ xe
    for lag in range(1, lags + 1):
        g = xe[lag:].T @ xe[:-lag]
        s += (1 - lag / (lags + 1)) * (g + g.T)
    return b, xtx_inv @ s @ xtx_inv, e


@dataclass
class Shocks:
    """Histories the simulations resample (each demeaned): ``rates`` (T, 4) month-end changes of
    ``RATES`` in percentage points, ``fx`` (T,) log changes of USD/JPY, ``holdings`` (T,) the
    holdings residual in USD bn. Empty arrays switch a source off."""

    rates: "np.ndarray"
    fx: "np.ndarray"
    holdings: "np.ndarray"
    first: dict = field(default_factory=dict)  # where each history starts (for the printout)

    def market(self, n_sims: int, months: int, rng: "np.random.Generator") -> "np.ndarray":
        """Cumulative deviations (n_sims, months, 5): 4 rates (pp) and log USD/JPY."""
        import numpy as np

        out = np.zeros((n_sims, months, 5))
        if len(self.rates):
            out[:, :, :4] = np.cumsum(self.rates[rng.integers(0, len(self.rates), (n_sims, months))], axis=1)
        if len(self.fx):
            out[:, :, 4] = np.cumsum(self.fx[rng.integers(0, len(self.fx), (n_sims, months))], axis=1)
        return out

    def residuals(self, n_sims: int, months: int, rng: "np.random.Generator") -> "np.ndarray":
        import numpy as np

        if not len(self.holdings):
            return np.zeros((n_sims, months))
        return self.holdings[rng.integers(0, len(self.holdings), (n_sims, months))]


def demeaned(x) -> "np.ndarray":
    import numpy as np

    a = np.asarray(x, dtype="float64")
    a = a[~np.isnan(a).any(axis=1)] if a.ndim == 2 else a[~np.isnan(a)]
    return a - a.mean(axis=0) if len(a) else a


def regressors(paths: "pd.DataFrame", dev: "np.ndarray | None", usdjpy0: float) -> dict[str, "np.ndarray"]:
    """The model's regressors per simulation (n_sims, months) from the point paths plus deviations.

    ``paths``: :func:`ustflow.analytics.scenario.build_paths` output; ``dev``: :meth:`Shocks.market`
    (None: no market shocks, one row). Pickups follow from the shocked rates as in ``build_paths``.
    """
    import numpy as np

    n = len(paths)
    dev = np.zeros((1, n, 5)) if dev is None else dev
    lv = {c: paths[c].to_numpy(dtype="float64")[None, :] + dev[:, :, i] for i, c in enumerate(RATES)}
    fx = paths["usdjpy"].to_numpy(dtype="float64")[None, :] * np.exp(dev[:, :, 4])
    basis = paths["hedge_basis_pct"].to_numpy(dtype="float64")[None, :]
    cost = lv["usd_short_pct"] - lv["jpy_short_pct"] - basis
    prev = np.concatenate([np.full((fx.shape[0], 1), usdjpy0), fx[:, :-1]], axis=1)
    s = fx.shape[0]
    return {"const": np.ones((s, n)), "hedged_pickup_pct": lv["ust_10y_pct"] - cost - lv["jgb_10y_pct"],
            "unhedged_pickup_pct": lv["ust_10y_pct"] - lv["jgb_10y_pct"],
            "usdjpy_change_pct": (fx / prev - 1.0) * 100.0,
            "april": np.broadcast_to(paths["april"].to_numpy(dtype="float64")[None, :], (s, n)),
            "ust_10y_pct": lv["ust_10y_pct"], "usdjpy": fx}


def run_flow(params: "np.ndarray", terms, regs: dict, lag0, resid: "np.ndarray | None" = None) -> "np.ndarray":
    """One investor's flows (sims, months) fed back as next month's lag; ``params`` (sims or 1, k)."""
    import numpy as np

    li = terms.index("lag_net_jpy_100mn")
    other = [i for i in range(len(terms)) if i != li]
    base = sum(params[:, i:i + 1] * regs[terms[i]] for i in other)
    sims, n = base.shape
    out = np.empty((sims, n))
    lag = np.broadcast_to(np.asarray(lag0, dtype="float64"), (sims,))
    for t in range(n):
        out[:, t] = base[:, t] + params[:, li] * lag + (resid[:, t] if resid is not None else 0.0)
        lag = out[:, t]
    return out


def holdings_path(h0, flows_usd: "np.ndarray", share, dy_pp: "np.ndarray", lt_share: float, duration: float,
                  official: "np.ndarray", resid: "np.ndarray | None" = None) -> tuple["np.ndarray", "np.ndarray"]:
    """(holdings, valuation), each (sims, months): ``H[t] = H[t-1] (1 + lt_share x r[t]) + share x flow[t]
    + official[t] + resid[t]`` with ``r = -duration x dy / 100`` (the duration approximation the
    decomposition fitted; no convexity)."""
    import numpy as np

    sims, n = flows_usd.shape
    h = np.broadcast_to(np.asarray(h0, dtype="float64"), (sims,)).copy()
    share = np.broadcast_to(np.asarray(share, dtype="float64"), (sims,))
    hold, val = np.empty((sims, n)), np.empty((sims, n))
    for t in range(n):
        val[:, t] = h * lt_share * (-duration * dy_pp[:, t] / 100.0)
        h = h + val[:, t] + share * flows_usd[:, t] + official[t] + (resid[:, t] if resid is not None else 0.0)
        hold[:, t] = h
    return hold, val


def widen(sims: "np.ndarray", k: float) -> "np.ndarray":
    """Spread the simulations around their median by ``k`` (calibration; k = 1 leaves them as they are)."""
    import numpy as np

    if k == 1.0:
        return sims
    med = np.median(sims, axis=0)
    return med + (sims - med) * k


def band_score(draws: "np.ndarray", actual: float, level: float) -> float:
    """How far ``actual`` lies from the median in units of the band's half-width on its side
    (<= 1: inside the ``level`` band); the calibration factor is a quantile of these scores."""
    import numpy as np

    lo, med, hi = np.quantile(draws, [(1 - level) / 2, 0.5, (1 + level) / 2])
    if actual >= med:
        return float((actual - med) / (hi - med)) if hi > med else float("inf")
    return float((med - actual) / (med - lo)) if med > lo else float("inf")


def calibration(scores: "pd.Series", horizon: int) -> tuple[float, "pd.Series"]:
    """Real-time calibration of one horizon's bands from backtest scores indexed by origin month.

    At each origin, ``k`` = the ``CALIBRATION_Q`` quantile of the scores of bands already resolved
    (origin + horizon <= this origin; at least ``MIN_RESOLVED`` of them, else 1), never below 1.
    Returns (k from every resolved band: the factor for bands issued now, per-origin k).
    """
    import numpy as np
    import pandas as pd

    sc = scores.to_numpy(dtype="float64")
    ords = np.array([p.ordinal for p in scores.index])
    ks = np.ones(len(sc))
    for j, o in enumerate(ords):
        done = sc[ords + horizon <= o]
        if len(done) >= MIN_RESOLVED:
            ks[j] = max(1.0, float(np.quantile(done, CALIBRATION_Q)))
    k_now = max(1.0, float(np.quantile(sc, CALIBRATION_Q))) if len(sc) >= MIN_RESOLVED else 1.0
    return k_now, pd.Series(ks, index=scores.index, dtype="float64")


@dataclass
class Uncertainty:
    """What the bands draw on besides the flow models' own errors (see
    :mod:`ustflow.analytics.scenario_sim`): ``shocks`` (market and holdings-residual histories),
    ``k_holdings`` / ``k_flows`` (calibration factors by horizon 1..N from the rolling backtest; the
    last applies beyond), and ``bridge``: months between TIC's last month and the scenario's start,
    with their known all-investor flows in USD bn (``flows_usd``) and 10-year changes (``dy_pp``)."""

    shocks: Any = None
    k_holdings: tuple[float, ...] = ()
    k_flows: tuple[float, ...] = ()
    bridge: dict | None = None

    def k(self, which: str, months: int) -> "np.ndarray":
        import numpy as np

        ks = self.k_holdings if which == "holdings" else self.k_flows
        return np.array([ks[min(t, len(ks) - 1)] if ks else 1.0 for t in range(months)])


def bridge(unc: Uncertainty, h0: float, share: float, shares: "np.ndarray", lt_share: float, duration: float,
            rng) -> tuple[float, "np.ndarray | None"]:
    """Holdings carried from TIC's last month to the scenario's start with the known flows and yields:
    (point, simulations with the share and holdings-residual draws), or (h0, None) without a bridge."""
    import numpy as np

    b = unc.bridge
    if not b or not len(b["flows_usd"]):
        return h0, None
    f, dy = np.asarray(b["flows_usd"], dtype="float64")[None, :], np.asarray(b["dy_pp"], dtype="float64")[None, :]
    zero = np.zeros(f.shape[1])
    point = holdings_path(h0, f, share, dy, lt_share, duration, zero)[0][0, -1]
    res = unc.shocks.residuals(len(shares), f.shape[1], rng) if unc.shocks is not None else None
    sims = holdings_path(h0, np.broadcast_to(f, (len(shares), f.shape[1])), shares,
                            np.broadcast_to(dy, (len(shares), f.shape[1])), lt_share, duration, zero, res)[0][:, -1]
    return float(point), sims
