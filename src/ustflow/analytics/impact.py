"""Yield impact of a sale of US Treasuries: published estimates, scaled, and our own regression.

Pure functions; no store, no files. Yield changes are in basis points (``*_bp``), amounts in USD bn.

Published estimates (``LITERATURE``) each carry the citation, the number as published and what it
rests on (which flow, which tenor, which horizon, which sample). Scaling to the amount asked is
*linear* in the amount, as the papers' own models are, and by the size of the market: a published
"X bp per USD 100bn" was measured when marketable Treasury debt was a fraction of today's, and a
sale moves yields by its share of the market, not by its dollar amount (the portfolio-balance logic
the papers rest on). So the effect today is ``published x (amount / per) x (D_then / D_now)``, with
``D`` the marketable Treasury debt outstanding (``MARKETABLE_DEBT``: Monthly Statement of the Public
Debt, Table I, "Total Marketable"; no official file in the data mirror holds it, so the figures are
a small curated table with their sources). ``D_then`` is the figure nearest the end of the paper's
sample (the largest market of the sample, so the least shrinkage); ``D_now`` the latest figure in
the table unless given. An amount far outside the flows the paper observed is an extrapolation, and
the scaled row says so. Estimates whose published number cannot be turned into "bp per USD bn"
without a figure the paper does not state in its abstract are listed for context and not scaled
(``scalable=False``).

Our own estimate (:func:`flow_regression`) regresses the monthly change of the 10-year yield
(month-end to month-end, bp) on foreign net purchases of Treasuries in the same month (USD bn),
OLS with Newey-West (HAC) standard errors (Newey and West, 1987, Econometrica 55(3); lag length
``floor(4*(n/100)^(2/9))``, Newey and West, 1994). It is a correlation: yields and foreign flows
respond to the same news (and foreigners buy when yields rise), so the coefficient is not the causal
effect of a sale. The warning travels with every result.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

NOT_CAUSAL = ("Not causal: this is a correlation between monthly foreign net purchases and the monthly change "
              "of the 10-year yield. Both respond to the same news (and foreign buyers add when yields rise), "
              "so the slope is not the effect a sale would have.")


@dataclass(frozen=True)
class Estimate:
    """One published estimate of the yield effect of foreign flows."""

    key: str
    short: str  # "Beltran et al. (2013)"
    citation: str
    url: str
    flow: str  # what flow the estimate is about
    tenor: str
    horizon: str  # 'short run' / 'long run' / 'stock' / ...
    low_bp: float  # published effect (bp), low end
    high_bp: float  # published effect (bp), high end
    per_usd_bn: float | None  # the flow size the effect is stated for (None: not stated in USD)
    per_month: bool  # True: effect of a flow within one month (scale by the monthly pace)
    rests_on: str  # the numbers and sample the estimate rests on
    scalable: bool = True
    market_then: str | None = None  # month of MARKETABLE_DEBT used as the market size of the paper's sample


@dataclass(frozen=True)
class DebtFigure:
    """Marketable Treasury debt outstanding at a month end, as the Treasury published it."""

    month: str
    usd_bn: float
    source: str


# Monthly Statement of the Public Debt (MSPD), Table I "Summary of Treasury securities outstanding",
# line "Total Marketable" (debt held by the public + intragovernmental holdings), millions of USD / 1000.
MSPD = "US Treasury, Monthly Statement of the Public Debt, Table I, Total Marketable"
MARKETABLE_DEBT: tuple[DebtFigure, ...] = (
    DebtFigure("2005-01", 3974.965, f"{MSPD}, January 31, 2005 (treasurydirect opdm012005)"),
    DebtFigure("2006-12", 4341.958, f"{MSPD}, December 31, 2006 (treasurydirect opdm122006)"),
    DebtFigure("2007-12", 4536.585, f"{MSPD}, December 31, 2007"),
    DebtFigure("2009-12", 7272.496, f"{MSPD}, December 31, 2009"),
    DebtFigure("2011-01", 8964.705, f"{MSPD}, January 31, 2011"),
    DebtFigure("2012-06", 10521.984, f"{MSPD}, June 30, 2012 (as corrected by the Bureau of the Public Debt, "
                                     f"July 10, 2012)"),
    DebtFigure("2013-10", 11694.997, f"{MSPD}, October 31, 2013"),
    DebtFigure("2017-08", 14093.563, f"{MSPD}, August 31, 2017"),
    DebtFigure("2025-04", 28575.758, f"{MSPD}, April 30, 2025"),
)


# A data table of cited estimates, one entry per paper: alike in shape on purpose.
LITERATURE: tuple[Estimate, ...] = (
    Estimate(
        key="bkmt2013_short", short="Beltran et al. (2013)",
        citation=("Beltran, Kretchmer, Marquez and Thomas (2013), 'Foreign holdings of U.S. Treasuries and U.S. "
                  "Treasury yields', Journal of International Money and Finance 32, 1120-1143 "
                  "(FRB International Finance Discussion Paper 1041, 2012)"),
        url="https://www.federalreserve.gov/pubs/ifdp/2012/1041/default.htm",
        flow="foreign official inflows into Treasury notes and bonds", tenor="5-year", horizon="short run",
        low_bp=40.0, high_bp=60.0, per_usd_bn=100.0, per_month=True,
        rests_on=("a USD 100bn fall of foreign official inflows in a given month raises 5-year yields by about "
                  "40-60 bp in the short run; monthly data 1994-2010, when foreign official holdings grew from "
                  "about USD 400bn to about USD 3tn (sample to 2010-06; marketable debt USD 9.0tn in 2011-01)"),
        market_then="2011-01"),
    Estimate(
        key="bkmt2013_long", short="Beltran et al. (2013)",
        citation="Beltran, Kretchmer, Marquez and Thomas (2013), as above",
        url="https://www.federalreserve.gov/pubs/ifdp/2012/1041/default.htm",
        flow="foreign official inflows into Treasury notes and bonds", tenor="5-year",
        horizon="long run (after private investors react)",
        low_bp=20.0, high_bp=20.0, per_usd_bn=100.0, per_month=False,
        rests_on=("once foreign private investors respond to the yield change, the effect of the USD 100bn shock "
                  "is about 20 bp in the long run"), market_then="2011-01"),
    Estimate(
        key="warnock2009", short="Warnock and Warnock (2009)",
        citation=("Warnock and Warnock (2009), 'International capital flows and U.S. interest rates', Journal of "
                  "International Money and Finance 28(6), 903-919 (NBER Working Paper 12560, 2006)"),
        url="https://www.nber.org/papers/w12560",
        flow="foreign official flows into US government bonds over 12 months (share of GDP)", tenor="10-year",
        horizon="one year of flows", low_bp=90.0, high_bp=90.0, per_usd_bn=None, per_month=False,
        rests_on=("had there been no foreign official flows into US government bonds over the year to mid-2005, "
                  "the 10-year yield would have been about 90 bp higher; the regressor is 12-month flows as a "
                  "share of GDP, and the abstract does not state the dollar amount, so we do not convert it"),
        scalable=False),
    Estimate(
        key="damico_king2013", short="D'Amico and King (2013)",
        citation=("D'Amico and King (2013), 'Flow and stock effects of large-scale Treasury purchases: Evidence "
                  "on the importance of local supply', Journal of Financial Economics 108(2), 425-448"),
        url="https://ssrn.com/abstract=1702314",
        flow="Federal Reserve purchases of USD 300bn of Treasury coupons (2009)", tenor="10-year sector",
        horizon="stock effect (persistent)", low_bp=30.0, high_bp=30.0, per_usd_bn=300.0, per_month=False,
        rests_on=("the USD 300bn program shifted yields down by about 30 bp on average (stock effect); each purchase "
                  "operation also lowered yields in the sector bought by 3.5 bp on the day (flow effect)"),
        market_then="2009-12"),
    Estimate(
        key="gagnon2011", short="Gagnon et al. (2011)",
        citation=("Gagnon, Raskin, Remache and Sack (2011), 'Large-scale asset purchases by the Federal Reserve: "
                  "Did they work?', FRBNY Economic Policy Review 17(1), 41-59 (FRBNY Staff Report 441, 2010)"),
        url="https://www.newyorkfed.org/research/staff_reports/sr441.html",
        flow="Federal Reserve purchases of USD 1.75tn of Treasuries, agency debt and MBS (2009-10)",
        tenor="10-year term premium", horizon="announcement effect (stock)", low_bp=50.0, high_bp=100.0,
        per_usd_bn=1750.0, per_month=False,
        rests_on=("LSAP announcements lowered the 10-year term premium by 50-100 bp for purchases of up to USD 1.75tn "
                  "(mostly MBS); a price-insensitive buyer, the mirror image of a price-insensitive seller"),
        market_then="2009-12"),
)


def marketable_debt(month: str | None = None) -> DebtFigure:
    """The curated marketable-debt figure for ``month`` (YYYY-MM), or the latest one."""
    if month is None:
        return MARKETABLE_DEBT[-1]
    for f in MARKETABLE_DEBT:
        if f.month == month:
            return f
    raise KeyError(f"no marketable debt figure for {month}; the table has {', '.join(f.month for f in MARKETABLE_DEBT)}")


def scale_literature(sell_usd_bn: float, months: int = 1, estimates=LITERATURE, *,
                     market_now_usd_bn: float | None = None) -> "pd.DataFrame":
    """The published estimates scaled to a sale of ``sell_usd_bn`` spread evenly over ``months``.

    Per-month estimates (a flow within one month) are scaled by the monthly pace ``sell/months``;
    stock and long-run estimates by the total. Then by market size: ``x D_then / D_now`` (see the
    module docstring; ``market_now_usd_bn`` overrides the latest curated figure). Columns: ``key``,
    ``tenor``, ``horizon``, ``low_bp``, ``high_bp`` (scaled yield rise, bp, market-size adjusted;
    NaN when not scalable), ``linear_low_bp``/``linear_high_bp`` (per dollar, as published),
    ``market_then_usd_bn``, ``market_then``, ``market_now_usd_bn``, ``market_factor`` (D_then/D_now),
    ``published_low_bp``, ``published_high_bp``, ``published_per_usd_bn``, ``scaled_on_usd_bn``
    (amount used), ``rests_on``, ``scaling``, ``citation``, ``url``. Positive = yields rise.
    """
    import pandas as pd

    if sell_usd_bn < 0:
        raise ValueError("the amount sold must be >= 0 (USD bn)")
    if months < 1:
        raise ValueError("months must be >= 1")
    now = float(market_now_usd_bn) if market_now_usd_bn else marketable_debt().usd_bn
    if now <= 0:
        raise ValueError("marketable debt outstanding must be positive (USD bn)")
    rows = []
    for e in estimates:
        base = sell_usd_bn / months if e.per_month else sell_usd_bn
        then = marketable_debt(e.market_then) if e.market_then else None
        factor = then.usd_bn / now if then else float("nan")
        if e.scalable and e.per_usd_bn:
            f = base / e.per_usd_bn
            lin_lo, lin_hi = e.low_bp * f, e.high_bp * f
            lo, hi = (lin_lo * factor, lin_hi * factor) if then else (lin_lo, lin_hi)
            scaling = (f"{base:,.1f} / {e.per_usd_bn:,.0f} USD bn {'per month ' if e.per_month else ''}x published "
                       f"effect" + (f" x market then/now {then.usd_bn:,.0f} / {now:,.0f} USD bn = {factor:.3f}"
                                    if then else ""))
            if base > 2 * e.per_usd_bn:
                scaling += "; extrapolated beyond the size the paper describes"
        else:
            lin_lo = lin_hi = lo = hi = float("nan")
            scaling = "not scaled (published effect not stated per dollar amount)"
        rows.append({"key": e.key, "estimate": e.short, "tenor": e.tenor, "horizon": e.horizon, "low_bp": lo,
                     "high_bp": hi, "linear_low_bp": lin_lo, "linear_high_bp": lin_hi,
                     "market_then": e.market_then, "market_then_usd_bn": then.usd_bn if then else float("nan"),
                     "market_now_usd_bn": now, "market_factor": factor,
                     "published_low_bp": e.low_bp, "published_high_bp": e.high_bp,
                     "published_per_usd_bn": e.per_usd_bn, "scaled_on_usd_bn": base if e.scalable else float("nan"),
                     "flow": e.flow, "rests_on": e.rests_on, "scaling": scaling, "citation": e.citation,
                     "url": e.url})
    out = pd.DataFrame(rows)
    out.attrs["units"] = {"low_bp": "bp (yield rise), market-size scaled", "high_bp": "bp (yield rise), market-size scaled",
                          "linear_low_bp": "bp, per dollar as published", "linear_high_bp": "bp, per dollar as published",
                          "scaled_on_usd_bn": "USD bn", "market_then_usd_bn": "USD bn", "market_now_usd_bn": "USD bn"}
    out.attrs["market_now"] = (f"{now:,.1f} USD bn (given)" if market_now_usd_bn else
                               f"{now:,.1f} USD bn, {marketable_debt().source}")
    return out


def literature_range(table: "pd.DataFrame", horizon: str | None = None) -> tuple[float, float]:
    """Lowest and highest scaled yield rise (bp) across the scalable published estimates.

    ``horizon='short'`` keeps the within-a-month flow estimates, ``'persistent'`` the long-run and
    stock estimates; None keeps all.
    """
    t = table.dropna(subset=["low_bp", "high_bp"])
    if horizon == "short":
        t = t[t["horizon"].str.startswith("short")]
    elif horizon == "persistent":
        t = t[~t["horizon"].str.startswith("short")]
    if t.empty:
        return float("nan"), float("nan")
    return float(t["low_bp"].min()), float(t["high_bp"].max())


def month_end_changes_bp(daily_pct: "pd.Series") -> "pd.Series":
    """Month-end to month-end change of a daily yield (percent) in bp, PeriodIndex 'M'."""
    d = daily_pct.dropna()
    m = d.groupby(d.index.to_period("M")).last()
    out = m.diff() * 100.0
    out.index.name = "period"
    return out.dropna()


def newey_west_lags(n: int) -> int:
    """Newey-West (1994) rule of thumb: floor(4 * (n/100)^(2/9))."""
    return max(1, int(math.floor(4 * (n / 100.0) ** (2.0 / 9.0))))


def flow_regression(dy_bp: "pd.Series", net_usd_bn: "pd.Series", *, level: float = 0.95,
                    label: str = "", lags: int | None = None) -> dict:
    """OLS of monthly yield change (bp) on foreign net purchases (USD bn) with HAC standard errors.

    Both series on a monthly PeriodIndex; only months in both count. Returns a dict with ``slope_bp_per_usd_bn``
    (change of the yield per USD 1bn of net purchases), ``intercept_bp``, ``se``, ``t``, ``p_value``,
    ``ci_low``/``ci_high`` (at ``level``), ``r_squared``, ``n``, ``lags``, ``first``/``last`` month,
    and ``warning`` (:data:`NOT_CAUSAL`).
    """
    import numpy as np
    import pandas as pd

    # the submodule, not statsmodels.api: the latter imports every model and takes seconds
    from statsmodels.regression.linear_model import OLS

    df = pd.concat({"dy": dy_bp, "x": net_usd_bn}, axis=1, join="inner", sort=True).dropna()
    n = len(df)
    if n < 12:
        raise ValueError(f"only {n} months with both a yield change and a flow: too few to regress")
    L = lags if lags is not None else newey_west_lags(n)
    X = np.column_stack([np.ones(n), df["x"].to_numpy()])
    fit = OLS(df["dy"].to_numpy(), X).fit(cov_type="HAC", cov_kwds={"maxlags": L})
    ci = fit.conf_int(alpha=1 - level)
    return {"label": label, "slope_bp_per_usd_bn": float(fit.params[1]), "intercept_bp": float(fit.params[0]),
            "se": float(fit.bse[1]), "t": float(fit.tvalues[1]), "p_value": float(fit.pvalues[1]),
            "ci_low": float(ci[1][0]), "ci_high": float(ci[1][1]), "level": level,
            "r_squared": float(fit.rsquared), "n": n, "lags": L,
            "first": str(df.index[0]), "last": str(df.index[-1]), "warning": NOT_CAUSAL}


def flow_regression_oos(dy_bp: "pd.Series", net_usd_bn: "pd.Series", *, level: float = 0.95,
                        min_months: int = 24) -> dict:
    """Out-of-sample record of :func:`flow_regression`: does the flow explain yield changes it was not fitted on?

    Expanding window: for each month t after the first ``min_months`` months in both series, OLS on the
    months before t only, then the yield change the month's flow implies, with its ``level`` prediction
    interval (normal, residual variance plus the coefficients' uncertainty). Against two naive
    benchmarks: no change (0 bp) and the training mean (the intercept-only model). Returns ``n``,
    ``mae_bp`` (the regression), ``mae_mean_bp``, ``mae_zero_bp``, ``coverage_pct`` (share of months
    inside the interval), ``beats_naive`` (MAE below both benchmarks), ``first``/``last`` tested month
    and ``text``; with too few months, ``n`` = 0 and ``text`` says so.
    """
    from statistics import NormalDist

    import numpy as np
    import pandas as pd

    df = pd.concat({"dy": dy_bp, "x": net_usd_bn}, axis=1, join="inner", sort=True).dropna()
    y, x = df["dy"].to_numpy(), df["x"].to_numpy()
    if len(df) <= min_months + 2:
        return {"n": 0, "text": f"no out-of-sample test: {len(df)} months, the first fit needs {min_months}"}
    z = NormalDist().inv_cdf(0.5 + level / 2.0)
    err, err_mean, inside = [], [], 0
    for t in range(min_months, len(df)):
        X = np.column_stack([np.ones(t), x[:t]])
        beta, *_ = np.linalg.lstsq(X, y[:t], rcond=None)
        resid = y[:t] - X @ beta
        s2 = float(resid @ resid) / (t - 2)
        x0 = np.array([1.0, x[t]])
        half = z * np.sqrt(s2 * (1.0 + x0 @ np.linalg.pinv(X.T @ X) @ x0))
        pred = float(x0 @ beta)
        err.append(abs(y[t] - pred))
        err_mean.append(abs(y[t] - y[:t].mean()))
        inside += abs(y[t] - pred) <= half
    n = len(err)
    out = {"n": n, "mae_bp": float(np.mean(err)), "mae_mean_bp": float(np.mean(err_mean)),
           "mae_zero_bp": float(np.mean(np.abs(y[min_months:]))), "coverage_pct": 100.0 * inside / n,
           "first": str(df.index[min_months]), "last": str(df.index[-1])}
    out["beats_naive"] = out["mae_bp"] < min(out["mae_mean_bp"], out["mae_zero_bp"])
    verdict = "beats" if out["beats_naive"] else "does NOT beat"
    out["text"] = (f"out of sample ({out['first']}..{out['last']}, {n} months, each fitted on the months before it): "
                   f"MAE {out['mae_bp']:.1f} bp against {out['mae_mean_bp']:.1f} for the training mean and "
                   f"{out['mae_zero_bp']:.1f} for no change, so it {verdict} the naive benchmarks; its {level:.0%} "
                   f"intervals held {out['coverage_pct']:.0f}% of the months")
    return out


def apply_regression(reg: dict, sell_usd_bn: float, months: int = 1) -> dict:
    """Yield change (bp) the regression associates with net *sales* of ``sell_usd_bn`` over ``months``.

    A sale is negative net purchases, spread evenly; the monthly associations add up over the
    months (no dynamics in the model). The CI bounds are the slope's CI times the same amount.
    """
    x = -float(sell_usd_bn)
    lo, hi = sorted((reg["ci_low"] * x, reg["ci_high"] * x))
    return {"estimate_bp": reg["slope_bp_per_usd_bn"] * x, "ci_low_bp": lo, "ci_high_bp": hi,
            "per_month_bp": reg["slope_bp_per_usd_bn"] * x / months}
