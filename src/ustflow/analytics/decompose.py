"""Selling versus price moves: change in Treasury holdings = net purchases + valuation change + other.

For a country's month-end holdings H (USD mn, market value for long-term securities):

    H[t] - H[t-1] = net_purchases[t] + valuation[t] + other[t]

From February 2023 TIC's SLT Table 3 reports net purchases (long- and short-term) and the
valuation change of long-term Treasuries, so ``other`` is what Treasury itself leaves unexplained
(reporting changes, custody transfers between countries, revisions). Bills are carried at face
value: in SLT their position change equals their net purchases exactly, every month.

Before February 2023 no valuation change is published. It is estimated the way Bertaut and Tryon
(2007) build monthly positions between benchmark surveys: last month's long-term position is
revalued with a price index for the securities held, here a duration approximation of the price
change implied by Treasury yields,

    valuation_est[t] = -D x (y[t] - y[t-1]) / 100 x LT_position[t-1]

where y is the mean of the month-end 2-, 10- and 30-year constant-maturity yields (FRED DGS2,
DGS10, DGS30; only tenors present in both months enter a change) and D an effective modified
duration. D is fitted per country on the months with a reported valuation change (least squares
through the origin) and checked by leave-one-out; with fewer than six such months D = 5 years.
Net purchases before 2023-02 are Form S net purchases of Treasury bonds and notes (a transactions
basis: not the same as SLT, never spliced silently, see ``net_basis``) plus the change in bill
holdings (which is what SLT's bill net purchases equal); ``other`` takes the rest.

Reference: Carol C. Bertaut and Ralph W. Tryon (2007), "Monthly Estimates of U.S. Cross-Border
Securities Positions", Board of Governors of the Federal Reserve System, International Finance
Discussion Papers No. 910.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DURATION = 5.0  # years; a typical modified duration of foreign-held notes and bonds
MIN_CALIBRATION_MONTHS = 6
SLT_START = "2023-02"
METHOD = ("change in holdings = net purchases + valuation change + other. From 2023-02: SLT Table 3 as reported. "
          "Before: valuation = -D x change in mean month-end UST 2y/10y/30y yield x previous long-term position "
          "(duration approximation in the spirit of Bertaut and Tryon 2007, D fitted on the reported months), "
          "net purchases = Form S bonds & notes + change in bills; other = the rest.")
UNITS = dict.fromkeys(("holdings_usd_bn", "change_usd_bn", "net_purchases_usd_bn", "net_lt_usd_bn", "net_st_usd_bn", "valuation_usd_bn", "other_usd_bn", "valuation_estimate_usd_bn", "lt_position_prev_usd_bn"), "USD bn")
UNITS["yield_change_pp"] = "percentage points (mean of month-end UST 2y/10y/30y)"


def month_end(daily: "pd.Series") -> "pd.Series":
    """Last observation of each calendar month of a daily series (PeriodIndex 'M')."""
    d = daily.dropna()
    return d.groupby(d.index.to_period("M")).last()


def yield_change(tenors: dict[str, "pd.Series"]) -> "pd.Series":
    """Monthly change (percentage points) of the mean month-end yield across tenors.

    Each month averages only the tenors observed at both month-ends, so a tenor entering or leaving
    the data (FRED's 30-year gap of 2002-2006) does not show up as a jump.
    """
    import pandas as pd

    ends = pd.DataFrame({k: month_end(v) for k, v in tenors.items()})
    return ends.diff().mean(axis=1, skipna=True).rename("yield_change_pp")


def valuation_estimate(lt_prev: "pd.Series", dy_pp: "pd.Series", duration: float) -> "pd.Series":
    """Duration approximation of the valuation change of a long-term position: -D x dy x position."""
    return -duration * dy_pp / 100.0 * lt_prev


def calibrate_duration(reported: "pd.Series", lt_prev: "pd.Series", dy_pp: "pd.Series") -> tuple[float, int]:
    """Least-squares D through the origin on the months with all three inputs: (D, months used)."""
    import pandas as pd

    d = pd.concat([reported, -dy_pp / 100.0 * lt_prev], axis=1).dropna()
    if len(d) < MIN_CALIBRATION_MONTHS or (d.iloc[:, 1] ** 2).sum() == 0:
        return DEFAULT_DURATION, len(d)
    x, y = d.iloc[:, 1], d.iloc[:, 0]
    return float((x * y).sum() / (x * x).sum()), len(d)


def validate(reported: "pd.Series", lt_prev: "pd.Series", dy_pp: "pd.Series") -> dict:
    """How well the estimator reproduces reported valuation changes (USD, in the inputs' unit).

    ``mae`` uses D fitted on all months (in-sample); ``mae_loo`` refits D without the month being
    predicted (out-of-sample, the honest error for months before 2023); ``mae_default`` uses D = 5;
    ``mae_zero`` is the error of assuming no valuation change at all, the baseline to beat.
    Errors are estimate minus reported. A small mean absolute error can hide a drift that adds up
    over a long pre-2023 history, so the bias is reported too: ``bias`` (mean error, in-sample D),
    ``bias_loo``, ``bias_cum`` and ``bias_cum_loo`` (summed over the months), ``bias_cum_zero``
    (the no-valuation baseline's, = minus the reported total), ``reported_cum`` and ``estimate_cum``.
    """
    import numpy as np
    import pandas as pd

    d = pd.concat({"rep": reported, "x": -dy_pp / 100.0 * lt_prev}, axis=1).dropna()
    out = {"months": len(d), "duration": None, "mae": None, "mae_loo": None, "mae_default": None,
           "mae_zero": None, "corr": None, "mean_abs_reported": None, "bias": None, "bias_loo": None,
           "bias_cum": None, "bias_cum_loo": None, "bias_cum_zero": None, "reported_cum": None, "estimate_cum": None}
    if len(d) < 2:
        return out
    x, y = d["x"].to_numpy(), d["rep"].to_numpy()
    sxx, sxy = (x * x).sum(), (x * y).sum()
    D = sxy / sxx if sxx > 0 else DEFAULT_DURATION
    loo = (sxy - x * y) / np.where(sxx - x * x > 0, sxx - x * x, np.nan)
    out.update(duration=float(D), mae=float(np.abs(D * x - y).mean()),
               mae_loo=float(np.nanmean(np.abs(loo * x - y))),
               mae_default=float(np.abs(DEFAULT_DURATION * x - y).mean()), mae_zero=float(np.abs(y).mean()),
               corr=float(np.corrcoef(x, y)[0, 1]) if x.std() > 0 and y.std() > 0 else None,
               mean_abs_reported=float(np.abs(y).mean()), bias=float((D * x - y).mean()),
               bias_loo=float(np.nanmean(loo * x - y)), bias_cum=float((D * x - y).sum()),
               bias_cum_loo=float(np.nansum(loo * x - y)), bias_cum_zero=float(-y.sum()),
               reported_cum=float(y.sum()), estimate_cum=float((D * x).sum()))
    return out


def splice_positions(sources: list[tuple]) -> "pd.DataFrame":
    """Holdings and their monthly change from the first source (in order) holding both months.

    ``sources``: (label, series in USD mn) or (label, series, old) by preference, where ``old``
    holds the old-series values at the source's series breaks (TIC's benchmark months, see
    :func:`ustflow.analytics.holdings.like_for_like_change`): the change at a break is taken like
    for like. The change is never taken across two sources, so a level difference between tables
    cannot pose as a flow. Returns ``position``, ``change`` and ``position_source``.
    """
    import pandas as pd

    from ustflow.analytics.holdings import like_for_like_change

    idx = sorted(set().union(*[src[1].dropna().index for src in sources]))
    idx = pd.period_range(idx[0], idx[-1], freq="M") if idx else pd.PeriodIndex([], freq="M")
    aligned = [(src[0], src[1].dropna().reindex(idx),
                like_for_like_change(src[1], src[2] if len(src) > 2 else None).reindex(idx)) for src in sources]
    pos, chg, src_of = [], [], []
    for t in idx:
        # the first source with both months gives position and change; else the first with this month
        pick = next(((lab, s, d) for lab, s, d in aligned if s[t] == s[t] and t - 1 in s.index and s[t - 1] == s[t - 1]),
                    None) or next(((lab, s, d) for lab, s, d in aligned if s[t] == s[t]), (None, None, None))
        lab, s, d = pick
        pos.append(s[t] if s is not None else float("nan"))
        chg.append(d[t] if s is not None and t - 1 in s.index and s[t - 1] == s[t - 1] else float("nan"))
        src_of.append(lab)
    pos = pd.Series(pos, index=idx, dtype="float64")
    chg = pd.Series(chg, index=idx, dtype="float64")
    src_of = pd.Series(src_of, index=idx, dtype="object")
    return pd.DataFrame({"position": pos, "change": chg, "position_source": src_of})


def decompose(position: "pd.DataFrame", *, lt_position: "pd.Series", st_position: "pd.Series",
              slt_net: "pd.Series", slt_valuation: "pd.Series", form_s_net: "pd.Series",
              dy_pp: "pd.Series", duration: float) -> "pd.DataFrame":
    """The monthly decomposition in USD bn (inputs in USD mn as TIC publishes them).

    ``position``: from :func:`splice_positions`. From 2023-02 (where ``slt_net`` exists) net
    purchases and valuation are SLT's; before, net = Form S bonds & notes + change in bills and
    valuation is :func:`valuation_estimate`. ``other`` = change - net - valuation, so the identity
    holds by construction; its size is the information. ``valuation_estimate_usd_bn`` is shown in
    every month so it can be compared with the reported figure.
    """
    import numpy as np
    import pandas as pd

    idx = position.index
    lt_prev = lt_position.reindex(idx).shift(1)
    est = valuation_estimate(lt_prev, dy_pp.reindex(idx), duration)
    slt_n = slt_net.reindex(idx)
    slt_v = slt_valuation.reindex(idx)
    fs = form_s_net.reindex(idx)
    st = st_position.reindex(idx)
    st_chg = st - st.shift(1)
    brk = pd.Period(SLT_START, "M")
    reported = (idx >= brk) & slt_n.notna().to_numpy()
    net_lt = np.where(reported, np.nan, fs)
    net_st = np.where(reported, np.nan, st_chg)
    net = np.where(reported, slt_n, fs + np.nan_to_num(st_chg.to_numpy(), nan=0.0))
    net = np.where(~reported & fs.isna().to_numpy(), np.nan, net)
    val = np.where(reported, slt_v.fillna(0.0), est)
    out = pd.DataFrame(index=idx)
    out.index.name = "period"
    out["holdings_usd_bn"] = position["position"] / 1000
    out["change_usd_bn"] = position["change"] / 1000
    out["net_purchases_usd_bn"] = net / 1000
    out["net_lt_usd_bn"] = net_lt / 1000
    out["net_st_usd_bn"] = net_st / 1000
    out["valuation_usd_bn"] = val / 1000
    out["other_usd_bn"] = out["change_usd_bn"] - out["net_purchases_usd_bn"] - out["valuation_usd_bn"]
    out["valuation_estimate_usd_bn"] = est / 1000
    out["lt_position_prev_usd_bn"] = lt_prev / 1000
    out["yield_change_pp"] = dy_pp.reindex(idx)
    out["valuation_basis"] = np.where(reported, "reported (SLT Table 3)",
                                      np.where(est.notna(), f"estimated (duration {duration:.2f} x yield change)",
                                               "n/a"))
    bills = st_chg.notna().to_numpy()
    out["net_basis"] = np.where(
        reported, "SLT Table 3 (LT + bills)",
        np.where(fs.notna().to_numpy(),
                 np.where(bills, "Form S bonds & notes + change in bills", "Form S bonds & notes only (bills in other)"),
                 "n/a"))
    out["position_source"] = position["position_source"]
    return out.dropna(subset=["change_usd_bn"])
