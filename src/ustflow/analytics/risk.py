"""Risk for a holder of US Treasuries, in dollars and in yen.

Pure functions (numpy/pandas in, numbers or DataFrames out); no store, no files.

Conventions (stated once, used everywhere):

- A *portfolio* is a bullet position: market value ``holdings_usd_bn``, modified ``duration``
  (years), ``convexity`` in the market-screen convention (years squared / 100, so 0.5 means 50),
  ``hedge_ratio`` (share of the dollar value sold forward into the base currency, 0..1),
  ``base_currency`` ('JPY' or 'USD') and the spot ``usdjpy`` (JPY per USD).
- Bond return for a yield change ``dy`` (percentage points): ``r = -D*dy/100 + 0.5*(100*C)*(dy/100)**2``
  (second-order Taylor expansion; Fabozzi, *Bond Markets, Analysis and Strategies*, ch. 4).
- Curve shocks move 2y/10y/30y points; the portfolio feels the shock linearly interpolated at its
  duration (a bullet whose maturity is taken equal to its duration: an approximation that ignores
  key-rate differences within the book).
- FX shock ``fx`` is the relative change of USD/JPY (JPY per USD): -0.10 means 150 -> 135, a
  stronger yen. For a yen-based holder with hedge ratio ``h`` (forwards on the initial dollar value):
  ``P&L_JPY = S0*V*[r*(1+fx) + (1-h)*fx]``; the dollar figure is that yen amount at the new rate.
  A dollar-based holder has no FX exposure: ``P&L_USD = V*r`` and the yen figure is a translation.
- Monte Carlo: i.i.d. bootstrap of historical *weekly* vectors (yield changes at 2/10/30y and the
  log change of USD/JPY), drawn jointly so their correlation is kept (Efron and Tibshirani, 1993,
  *An Introduction to the Bootstrap*); ``horizon_weeks`` draws are summed per path. VaR at level a
  is the loss not exceeded with probability a; expected shortfall is the mean loss beyond VaR
  (Acerbi and Tasche, 2002).
- Concentration: Herfindahl-Hirschman index of holders' shares of foreign holdings, in points
  (sum of squared percentage shares, 0..10,000; US DoJ/FTC merger guidelines).
- Cost of selling: square-root market-impact law ``cost/notional = Y*sigma_daily*sqrt(q/V)`` per
  day's child order ``q = Q/N`` (Almgren, Thum, Hauptmann and Li, 2005, "Direct estimation of equity
  market impact", Risk; Toth et al., 2011, Phys. Rev. X 1, 021006), plus half the bid-ask spread,
  plus optionally a permanent yield impact on the holdings left (bp per USD 100bn sold, e.g. the
  literature range in ``ustflow.analytics.impact``). Timing risk is the standard deviation of the
  price moves on the unsold inventory (Almgren and Chriss, 2000, J. of Risk 3(2)).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

CURVE_TENORS = (2.0, 10.0, 30.0)


@dataclass(frozen=True)
class Portfolio:
    """A Treasury position. See the module docstring for the units and the convexity convention."""

    holdings_usd_bn: float
    duration: float = 6.0
    convexity: float = 0.5
    hedge_ratio: float = 0.0
    base_currency: str = "JPY"
    usdjpy: float = 150.0
    label: str = "portfolio"

    def __post_init__(self):
        if not 0.0 <= self.hedge_ratio <= 1.0:
            raise ValueError(f"hedge ratio must be between 0 and 1, got {self.hedge_ratio}")
        if self.base_currency not in ("JPY", "USD"):
            raise ValueError(f"base currency must be JPY or USD, got {self.base_currency!r}")
        bad = [f"{name} must be {rule}, got {v:g}" for name, v, rule, ok in [
            ("holdings (USD bn)", self.holdings_usd_bn, ">= 0", self.holdings_usd_bn >= 0),
            ("duration (years)", self.duration, ">= 0", self.duration >= 0),
            ("USD/JPY", self.usdjpy, "> 0", self.usdjpy > 0)] if not ok]
        if bad:
            raise ValueError("; ".join(bad))

    def as_dict(self) -> dict:
        return asdict(self)


# ------------------------------------------------------------------------------------------ shocks
def bond_return(dy_pp, duration: float, convexity: float):
    """Price return (fraction) for a yield change ``dy_pp`` in percentage points (floats or arrays)."""
    dy = dy_pp / 100.0
    return -duration * dy + 0.5 * (100.0 * convexity) * dy * dy


def curve_shift_at(shock_bp: "float | Mapping[float, float]", tenor: float) -> float:
    """Yield change (bp) at ``tenor`` for a parallel shock (a number) or a curve shock {tenor: bp}.

    Between given tenors the shock is linear; beyond the first/last it is flat.
    """
    import numpy as np

    if not isinstance(shock_bp, Mapping):
        return float(shock_bp)
    pts = sorted((float(k), float(v)) for k, v in shock_bp.items())
    xs, ys = zip(*pts)
    return float(np.interp(tenor, xs, ys))


def shock_pnl(p: Portfolio, shock_bp: "float | Mapping[float, float]" = 0.0, fx: float = 0.0) -> dict:
    """P&L of ``p`` for a rate shock (bp, parallel or {tenor: bp}) and a USD/JPY change ``fx`` (fraction).

    Returns a dict: ``dy_bp`` (felt at the portfolio's duration), ``bond_return_pct``,
    ``rates_pnl_usd_bn`` (duration + convexity, in dollars), ``convexity_usd_bn`` (the convexity term
    alone), ``pnl_usd_bn``, ``pnl_jpy_bn`` (total in the two currencies; see the module docstring
    for the hedge algebra), ``fx_pnl_jpy_bn`` (the part due to the currency) and ``usdjpy_after``.
    """
    dy_bp = curve_shift_at(shock_bp, p.duration)
    r = bond_return(dy_bp / 100.0, p.duration, p.convexity)
    conv = 0.5 * (100.0 * p.convexity) * (dy_bp / 10_000.0) ** 2
    s0, s1 = p.usdjpy, p.usdjpy * (1.0 + fx)
    v = p.holdings_usd_bn
    if p.base_currency == "JPY":
        pnl_jpy = s0 * v * (r * (1.0 + fx) + (1.0 - p.hedge_ratio) * fx)
        pnl_usd = pnl_jpy / s1
        fx_part = pnl_jpy - s0 * v * r
    else:
        pnl_usd = v * r
        pnl_jpy = pnl_usd * s1
        fx_part = 0.0
    return {"dy_bp": dy_bp, "bond_return_pct": 100.0 * r, "rates_pnl_usd_bn": v * r,
            "convexity_usd_bn": v * conv, "pnl_usd_bn": pnl_usd, "pnl_jpy_bn": pnl_jpy,
            "fx_pnl_jpy_bn": fx_part, "usdjpy_after": s1}


def stress_table(p: Portfolio, scenarios: "pd.DataFrame") -> "pd.DataFrame":
    """P&L of ``p`` under each scenario row.

    ``scenarios`` needs columns ``scenario``, ``d2y_bp``, ``d10y_bp``, ``d30y_bp``, ``fx_pct``
    (USD/JPY change in percent; NaN = not known: the yen figures are then NaN too, the dollar rate
    P&L stands); other columns (``kind``, ``window``, ``note``) are carried along.
    """
    import math

    import pandas as pd

    rows = []
    for sc in scenarios.to_dict("records"):
        shock = {2.0: sc["d2y_bp"], 10.0: sc["d10y_bp"], 30.0: sc["d30y_bp"]}
        fx = sc.get("fx_pct")
        missing = fx is None or (isinstance(fx, float) and math.isnan(fx))
        res = shock_pnl(p, shock, 0.0 if missing else fx / 100.0)
        if missing and p.base_currency == "JPY":
            # no FX move known (e.g. no USD/JPY in the store for the window): the rate P&L in dollars
            # stands, anything in yen is unknown; 0% would be a made-up number
            res.update(pnl_jpy_bn=float("nan"), pnl_usd_bn=float("nan"), fx_pnl_jpy_bn=float("nan"),
                       usdjpy_after=float("nan"))
        elif missing:
            res.update(pnl_jpy_bn=float("nan"), usdjpy_after=float("nan"))
        rows.append({**sc, **res})
    out = pd.DataFrame(rows)
    out.attrs["units"] = {"d2y_bp": "bp", "d10y_bp": "bp", "d30y_bp": "bp", "fx_pct": "% change of USD/JPY",
                          "dy_bp": "bp at the portfolio's duration", "pnl_usd_bn": "USD bn",
                          "pnl_jpy_bn": "JPY bn", "rates_pnl_usd_bn": "USD bn", "fx_pnl_jpy_bn": "JPY bn",
                          "convexity_usd_bn": "USD bn", "bond_return_pct": "percent",
                          "usdjpy_after": "JPY per USD"}
    return out


def replay_shock(curve: "pd.DataFrame", usdjpy: "pd.Series | None", start, end) -> dict:
    """Observed changes between two dates (last value on or before each): the shock of a replay.

    ``curve`` has columns 2.0, 10.0, 30.0 (percent). Returns ``d2y_bp``, ``d10y_bp``, ``d30y_bp``,
    ``fx_pct`` (NaN where USD/JPY does not cover the window) and the dates actually used.
    """
    import pandas as pd

    start, end = pd.Timestamp(start), pd.Timestamp(end)

    def at(s: "pd.Series", d):
        s = s.dropna()
        s = s[s.index <= d]
        return (s.index[-1], float(s.iloc[-1])) if len(s) else (None, float("nan"))

    out = {}
    used = []
    for t, name in zip(CURVE_TENORS, ("d2y_bp", "d10y_bp", "d30y_bp")):
        d0, v0 = at(curve[t], start)
        d1, v1 = at(curve[t], end)
        out[name] = (v1 - v0) * 100.0
        used.append((d0, d1))
    fx = float("nan")
    if usdjpy is not None:
        d0, v0 = at(usdjpy, start)
        d1, v1 = at(usdjpy, end)
        if d0 is not None and (start - d0).days <= 7:
            fx = (v1 / v0 - 1.0) * 100.0
    out["fx_pct"] = fx
    out["date_from"] = used[1][0].date().isoformat() if used[1][0] is not None else None
    out["date_to"] = used[1][1].date().isoformat() if used[1][1] is not None else None
    return out


# ---------------------------------------------------------------------------------- real return
def real_return(nominal_yield_pct: float, inflation_path_pct: "list[float]", holdings_usd_bn: float = 1.0) -> "pd.DataFrame":
    """Real value of holding to horizon at a fixed nominal yield under an inflation path.

    One row per year of the path: nominal growth ``(1+y)^t``, price level ``prod(1+pi)``, real value
    index, cumulative and annualised real return (percent) and the real gain in today's USD bn.
    Carry only: no price change from yield moves (hold to maturity), coupons reinvested at ``y``.
    """
    import numpy as np
    import pandas as pd

    pi = np.asarray(inflation_path_pct, dtype="float64") / 100.0
    if pi.size == 0:
        raise ValueError("the inflation path needs at least one year")
    t = np.arange(1, pi.size + 1)
    nominal = (1.0 + nominal_yield_pct / 100.0) ** t
    prices = np.cumprod(1.0 + pi)
    real = nominal / prices
    out = pd.DataFrame({"year": t, "inflation_pct": pi * 100.0, "nominal_index": nominal, "price_index": prices,
                        "real_index": real, "real_return_cum_pct": (real - 1.0) * 100.0,
                        "real_return_ann_pct": (real ** (1.0 / t) - 1.0) * 100.0,
                        "real_gain_usd_bn": holdings_usd_bn * (real - 1.0)})
    out.attrs["units"] = {"real_gain_usd_bn": "USD bn of today's purchasing power", "inflation_pct": "percent"}
    return out


# ---------------------------------------------------------------------------------- Monte Carlo
def weekly_changes(curve: "pd.DataFrame", usdjpy: "pd.Series") -> "pd.DataFrame":
    """Weekly (Friday-close, last observation of each week) changes: yields in pp, USD/JPY as log change.

    Only weeks where every column has a value at both ends count. Columns ``d2y_pp``, ``d10y_pp``,
    ``d30y_pp``, ``dlog_usdjpy``.
    """
    import numpy as np
    import pandas as pd

    df = pd.concat({2.0: curve[2.0], 10.0: curve[10.0], 30.0: curve[30.0], "fx": usdjpy}, axis=1, sort=True)
    wk = df.resample("W-FRI").last()
    out = pd.DataFrame({"d2y_pp": wk[2.0].diff(), "d10y_pp": wk[10.0].diff(), "d30y_pp": wk[30.0].diff(),
                        "dlog_usdjpy": np.log(wk["fx"]).diff()}).dropna()
    out.index.name = "week_ending"
    out.attrs["units"] = {"d2y_pp": "percentage points", "d10y_pp": "percentage points",
                          "d30y_pp": "percentage points", "dlog_usdjpy": "log change"}
    return out


def remove_drift(changes: "pd.DataFrame", *, keep: bool = False) -> tuple["pd.DataFrame", dict]:
    """Weekly changes with their sample means removed (unless ``keep``), and what the means were.

    A bootstrap over a long horizon sums the sample mean ``horizon`` times: 52 weeks of 2018-2026's
    yen depreciation would pose as a forecast. Returns (changes, drift) with ``drift`` holding the
    weekly means in bp (yields) and the annualised USD/JPY drift in percent, ``removed``, ``text``.
    """
    import math

    mean = changes.mean()
    drift = {"d2y_bp_per_week": float(mean["d2y_pp"] * 100), "d10y_bp_per_week": float(mean["d10y_pp"] * 100),
             "d30y_bp_per_week": float(mean["d30y_pp"] * 100),
             "usdjpy_pct_per_year": float((math.exp(mean["dlog_usdjpy"] * 52) - 1) * 100), "removed": not keep}
    drift["text"] = (f"sample means {'KEPT' if keep else 'removed'} (USD/JPY drift {drift['usdjpy_pct_per_year']:+.1f}% "
                     f"a year, 10y {drift['d10y_bp_per_week'] * 52:+.0f} bp a year)")
    return (changes if keep else changes - mean), drift


def monte_carlo_pnl(p: Portfolio, changes: "pd.DataFrame", *, paths: int = 1_000_000, horizon_weeks: int = 1,
                    seed: int | None = 0, currency: str | None = None) -> "np.ndarray":
    """Simulated P&L (bn of ``currency``, default the base currency) of ``p`` over ``horizon_weeks``.

    Each path sums ``horizon_weeks`` weekly vectors drawn with replacement from ``changes`` (see
    :func:`weekly_changes`). Vectorised: the portfolio's weekly yield change (interpolated at its
    duration) and FX log change are computed once, then drawn by index; a million one-week paths take
    a few tens of milliseconds. Same ``seed`` -> same numbers.
    """
    import numpy as np

    if paths < 1 or horizon_weeks < 1:
        raise ValueError("paths and horizon_weeks must be >= 1")
    if len(changes) < 10:
        raise ValueError(f"only {len(changes)} weekly changes to bootstrap from; need at least 10")
    dy, fxl = _portfolio_moves(p, changes)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(dy), size=(paths, horizon_weeks) if horizon_weeks > 1 else paths)
    if horizon_weeks > 1:
        return _pnl(p, dy[idx].sum(axis=1), np.expm1(fxl[idx].sum(axis=1)), currency)
    return _pnl(p, dy[idx], np.expm1(fxl[idx]), currency)


_CHANGE_COLUMNS = ["d2y_pp", "d10y_pp", "d30y_pp", "dlog_usdjpy"]


def _portfolio_moves(p: Portfolio, changes: "pd.DataFrame | np.ndarray") -> tuple["np.ndarray", "np.ndarray"]:
    """Each week's yield change felt by ``p`` (pp, interpolated at its duration) and USD/JPY log change.

    ``changes``: a frame from :func:`weekly_changes` or its ``_CHANGE_COLUMNS`` as a bare array.
    """
    import numpy as np

    d = changes if isinstance(changes, np.ndarray) else changes[_CHANGE_COLUMNS].to_numpy()
    w = np.interp(p.duration, CURVE_TENORS, [0, 1, 2])  # position along the 2-10-30 curve
    dy = d[:, 0] * (1 - w) + d[:, 1] * w if w <= 1 else d[:, 1] * (2 - w) + d[:, 2] * (w - 1)
    return dy, d[:, 3]


def _pnl(p: Portfolio, dy: "np.ndarray", fx: "np.ndarray", currency: str | None) -> "np.ndarray":
    """P&L (bn of ``currency``, default the base currency) for yield changes ``dy`` (pp) and USD/JPY moves ``fx``."""
    r = bond_return(dy, p.duration, p.convexity)
    v, s0 = p.holdings_usd_bn, p.usdjpy
    cur = currency or p.base_currency
    if p.base_currency == "JPY":
        pnl_jpy = s0 * v * (r * (1.0 + fx) + (1.0 - p.hedge_ratio) * fx)
        return pnl_jpy if cur == "JPY" else pnl_jpy / (s0 * (1.0 + fx))
    pnl_usd = v * r
    return pnl_usd if cur == "USD" else pnl_usd * s0 * (1.0 + fx)


def var_es(pnl: "np.ndarray", level: float = 0.99) -> tuple[float, float]:
    """Value at risk and expected shortfall at ``level`` as positive losses (same unit as ``pnl``).

    VaR = -(the (1-level) quantile of P&L, lower empirical order statistic); ES = mean loss of the
    paths at or beyond VaR. ``np.partition`` keeps it O(n).
    """
    import numpy as np

    if not 0.5 <= level < 1.0:
        raise ValueError(f"VaR level must be in [0.5, 1), got {level}")
    n = pnl.size
    k = int(np.floor((1.0 - level) * n))
    k = max(k, 1)
    part = np.partition(pnl, k - 1)
    tail = part[:k]
    var = -float(part[k - 1])
    es = -float(tail.mean())
    return var, es


def var_table(pnl: "np.ndarray", levels=(0.95, 0.99, 0.995)) -> "pd.DataFrame":
    import pandas as pd

    rows = [{"level": lv, "var": v, "es": e} for lv in levels for v, e in [var_es(pnl, lv)]]
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------- concentration
def kupiec_pof(exceedances: int, n: int, level: float) -> float:
    """p-value of Kupiec's (1995) proportion-of-failures test: are ``exceedances`` in ``n`` weeks
    consistent with a VaR at ``level``? Likelihood ratio against the observed rate, chi-squared with
    one degree of freedom (its survival function is ``erfc(sqrt(LR/2))``). Small p: the VaR is wrong
    (too many exceedances: it understates risk; too few: it overstates it)."""
    import math

    p0, x = 1.0 - level, exceedances
    if n <= 0:
        return float("nan")

    def loglik(q: float) -> float:
        return (n - x) * (math.log(1 - q) if x < n else 0.0) + (x * math.log(q) if x else 0.0)

    lr = max(0.0, -2.0 * (loglik(p0) - loglik(x / n)))
    return math.erfc(math.sqrt(lr / 2.0))


def var_backtest(p: Portfolio, changes: "pd.DataFrame", *, levels=(0.95, 0.99, 0.995), min_weeks: int = 104,
                 keep_drift: bool = False, currency: str | None = None) -> "pd.DataFrame":
    """Out-of-sample backtest of the one-week VaR of ``p`` on the weeks of ``changes`` (raw, drift kept).

    At each week t after the first ``min_weeks``, the VaR is computed as :func:`monte_carlo_var` would
    have computed it then: from the weeks before t only (expanding window, their mean removed unless
    ``keep_drift``), as the empirical quantile of the portfolio's one-week P&L (what the bootstrap
    converges to at a one-week horizon). The week's realised P&L (actual changes, nothing removed)
    is an exceedance when the loss is larger. A naive benchmark runs beside it: a normal VaR with the
    same window's mean and standard deviation. Kupiec's test (:func:`kupiec_pof`) says whether the
    exceedance rate is consistent with the level. The portfolio is held fixed (today's holdings,
    duration and hedge), so the test is of the model of weekly market moves, not of the holder's
    past positions. One row per level: ``level``, ``weeks``, ``first_week``, ``last_week``,
    ``exceedances``, ``expected``, ``rate_pct``, ``kupiec_p``, ``normal_exceedances``,
    ``normal_kupiec_p``; ``attrs['text']`` states the result in words.
    """
    from statistics import NormalDist

    import numpy as np
    import pandas as pd

    n = len(changes)
    if n <= min_weeks:
        raise ValueError(f"only {n} weekly changes: a backtest needs more than {min_weeks} (the first window)")
    raw = changes[_CHANGE_COLUMNS].to_numpy()
    dy, fxl = _portfolio_moves(p, changes)
    realised = _pnl(p, dy, np.expm1(fxl), currency)
    hits = {lv: [0, 0] for lv in levels}  # level -> [model exceedances, normal exceedances]
    for t in range(min_weeks, n):
        past = raw[:t] if keep_drift else raw[:t] - raw[:t].mean(axis=0)
        pdy, pfx = _portfolio_moves(p, past)
        hist = _pnl(p, pdy, np.expm1(pfx), currency)
        mu, sd = float(hist.mean()), float(hist.std(ddof=1))
        for lv in levels:
            var = var_es(hist, lv)[0]
            hits[lv][0] += realised[t] < -var
            hits[lv][1] += realised[t] < mu - NormalDist().inv_cdf(lv) * sd
    weeks = n - min_weeks
    out = pd.DataFrame([{"level": lv, "weeks": weeks, "first_week": changes.index[min_weeks].date().isoformat(),
                         "last_week": changes.index[-1].date().isoformat(), "exceedances": m,
                         "expected": weeks * (1 - lv), "rate_pct": 100.0 * m / weeks,
                         "kupiec_p": kupiec_pof(m, weeks, lv), "normal_exceedances": nm,
                         "normal_kupiec_p": kupiec_pof(nm, weeks, lv)} for lv, (m, nm) in hits.items()])
    out.attrs["text"] = backtest_text(out)
    return out


def backtest_text(bt: "pd.DataFrame") -> str:
    """The backtest in words: per level, exceedances against the expected count, Kupiec's verdict at 5%,
    and whether the model did better than the naive normal VaR (closer to the expected count)."""
    parts = []
    for r in bt.itertuples():
        ok = "consistent with" if r.kupiec_p >= 0.05 else "NOT consistent with"
        beat = abs(r.exceedances - r.expected) < abs(r.normal_exceedances - r.expected)
        tie = abs(r.exceedances - r.expected) == abs(r.normal_exceedances - r.expected)
        cmp_ = ("no better than" if tie else "closer to the level than" if beat else "WORSE than")
        parts.append(f"{r.level:.1%} VaR exceeded in {r.exceedances} of {r.weeks} weeks (expected {r.expected:.1f}; "
                     f"Kupiec p = {r.kupiec_p:.2f}, {ok} the level); {cmp_} a normal VaR "
                     f"({r.normal_exceedances} exceedances)")
    first = bt.iloc[0]
    return (f"Out-of-sample backtest of the one-week VaR, weeks {first.first_week}..{first.last_week} "
            "(each week's VaR from the weeks before it only): " + "; ".join(parts) + ".")


def herfindahl(shares_pct: "pd.Series") -> float:
    """Herfindahl-Hirschman index in points from percentage shares (sum of squares, 0..10,000)."""
    s = shares_pct.dropna()
    return float((s * s).sum())


def concentration(holdings: "pd.DataFrame", total: "pd.Series") -> "pd.DataFrame":
    """Per month: HHI of foreign holders' shares of the foreign total, with bounds for the unlisted rest.

    ``holdings``: one column per country (USD bn, aggregates excluded), ``total``: grand total (USD
    bn). TIC lists only the largest holders (about 40 in ``mfhhis01``, 20 in Table 5); the residual
    ``rest`` is split among smaller holders we cannot see, each no bigger than the smallest listed,
    so the HHI lies between ``hhi_listed`` and ``hhi_listed + rest_share * smallest_listed_share``.
    Columns: ``n_listed``, ``top1_share_pct``, ``top5_share_pct``, ``rest_share_pct``,
    ``hhi_listed``, ``hhi_upper`` (points). Shares are by custodian country, not beneficial owner.
    """
    import pandas as pd

    h = holdings.reindex(total.index)
    shares = h.div(total, axis=0) * 100.0
    rows = []
    for period, row in shares.iterrows():
        s = row.dropna()
        s = s[s > 0]
        if s.empty or pd.isna(total.get(period)):
            continue
        srt = s.sort_values(ascending=False)
        rest = max(0.0, 100.0 - float(s.sum()))
        hhi = herfindahl(s)
        rows.append({"period": period, "n_listed": int(s.size), "top1": srt.index[0],
                     "top1_share_pct": float(srt.iloc[0]), "top5_share_pct": float(srt.head(5).sum()),
                     "rest_share_pct": rest, "hhi_listed": hhi, "hhi_upper": hhi + rest * float(srt.iloc[-1])})
    out = pd.DataFrame(rows).set_index("period") if rows else pd.DataFrame()
    out.attrs["units"] = {"hhi_listed": "HHI points (0..10,000)", "hhi_upper": "HHI points (0..10,000)",
                          "top1_share_pct": "percent of foreign holdings"}
    return out


# ---------------------------------------------------------------------------- cost of selling
def selling_cost(amount_usd_bn: float, days: int, *, daily_volume_usd_bn: float, sigma_daily_pct: float,
                 y_coef: float = 1.0, half_spread_bp: float = 0.5, remaining_usd_bn: float = 0.0,
                 duration: float = 6.0, permanent_bp_per_100bn: float = 0.0) -> dict:
    """Cost of selling ``amount_usd_bn`` evenly over ``days`` trading days under the square-root law.

    - temporary impact per day (fraction of the day's notional): ``y_coef * sigma * sqrt(q/V)`` with
      ``q = amount/days``, ``V`` the market's daily volume and ``sigma`` the daily price volatility
      (percent; e.g. duration times the daily yield volatility);
    - spread: ``half_spread_bp`` on every dollar sold;
    - permanent: yields rise by ``permanent_bp_per_100bn`` per USD 100bn sold, marking down the
      ``remaining_usd_bn`` kept (at ``duration``); the sold bonds bear on average half of it;
    - timing risk (1 s.d., USD bn): price noise on the unsold inventory, linear schedule.
    Returns a dict of USD bn amounts (``execution_cost_usd_bn`` on the bonds sold; ``total_with_rest_usd_bn``
    adds the mark-down of the holdings kept) plus ``participation_pct`` and the inputs.
    """
    import math

    if days < 1:
        raise ValueError(f"days must be >= 1, got {days}")
    if daily_volume_usd_bn <= 0:
        raise ValueError("daily volume must be positive")
    q = amount_usd_bn / days
    sigma = sigma_daily_pct / 100.0
    temp_frac = y_coef * sigma * math.sqrt(q / daily_volume_usd_bn)
    temporary = amount_usd_bn * temp_frac
    spread = amount_usd_bn * half_spread_bp / 10_000.0
    dy_perm_bp = permanent_bp_per_100bn * amount_usd_bn / 100.0
    perm_rest = remaining_usd_bn * duration * dy_perm_bp / 10_000.0
    perm_sold = 0.5 * amount_usd_bn * duration * dy_perm_bp / 10_000.0
    # unsold inventory at the start of each day k = 1..days is amount * (1 - (k-1)/days)
    inv2 = sum((amount_usd_bn * (1.0 - (k - 1) / days)) ** 2 for k in range(1, days + 1))
    timing = sigma * math.sqrt(inv2)
    return {"amount_usd_bn": amount_usd_bn, "days": days, "daily_sale_usd_bn": q,
            "participation_pct": 100.0 * q / daily_volume_usd_bn,
            "temporary_impact_usd_bn": temporary, "spread_cost_usd_bn": spread,
            "permanent_on_sold_usd_bn": perm_sold, "permanent_on_rest_usd_bn": perm_rest,
            "yield_rise_bp": dy_perm_bp,
            "execution_cost_usd_bn": temporary + spread + perm_sold,
            "total_with_rest_usd_bn": temporary + spread + perm_sold + perm_rest,
            "timing_risk_sd_usd_bn": timing,
            "model": (f"square-root law: cost = {y_coef:g} * sigma_daily({sigma_daily_pct:.3g}%) * sqrt(q/V), "
                      f"V = {daily_volume_usd_bn:g} USD bn/day; half spread {half_spread_bp:g} bp; "
                      f"permanent {permanent_bp_per_100bn:g} bp per USD 100bn")}
