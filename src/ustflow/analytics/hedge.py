"""Hedged and unhedged Treasury yields for a yen-based investor, pickups over JGBs, sign changes.

Pure functions on pandas objects (or plain floats); no store, no files. Every rate is in percent
per year (``*_pct``); changes of sign are listed with their dates.

Method: covered interest parity (CIP) with a cross-currency basis. A yen investor who holds a
Treasury and sells the dollars forward (rolling 3-month FX forwards, as Japanese life insurers do)
earns the Treasury yield minus the annualised forward discount, which CIP prices from the two
currencies' money-market rates plus the basis::

    hedge cost      = (USD 3m rate - JPY 3m rate) - basis
    hedged yield    = UST yield - hedge cost
    hedged pickup   = hedged yield - JGB yield of the same tenor
    unhedged pickup = UST yield - JGB yield of the same tenor

``basis`` is the USD/JPY cross-currency basis in the market's quoting convention: the spread added
to the yen rate so that CIP holds at the forward actually traded (Du, Tepper and Verdelhan 2018,
"Deviations from Covered Interest Rate Parity", Journal of Finance 73(3), 915-957; Borio, McCauley,
McGuire and Sushko 2016, "Covered interest parity lost: understanding the cross-currency basis",
BIS Quarterly Review, September). It has been negative against the dollar in most years since 2008,
so a quoted -0.30 makes hedging 0.30 pp DEARER: it is subtracted. The rate differential is the
linear (simple-interest) approximation of the forward discount; the exact 3-month figure differs by
about the product of the rates times a quarter (a few bp when US rates are at 5%).

Rates:
- 3-month (default): USD = the 3-month Treasury bill (FRED DTB3, daily; TB3MS, monthly, after DTB3
  ends), converted from its bank-discount quote to a money-market (actual/360 simple) yield, the
  basis of the deposit and OIS rates that forward points are priced from; bills trade below OIS,
  so the bill understates the dollar leg by their spread. Or ``interbank``: the OECD's 3-month
  interbank rate for the US (monthly). JPY = the OECD's 3-month interbank rate for Japan (FRED
  IR3TIB01JPM156N, monthly averages; each day takes its month's average).
- overnight proxy (the former default, kept as an option and labelled so): USD = SOFR from its
  first print (2018-04-03), EFFR before; JPY = the 1-year JGB yield. While the Fed hiked (2022) the
  overnight rate ran well below 3-month rates, so this proxy understated the cost of a 3-month hedge.

Breakeven yen move: the fall of USD/JPY over one year that leaves an unhedged holder with the same
yen return as the JGB: ``(1 + ust) * S1/S0 = 1 + jgb``, so USD/JPY may fall by
``1 - (1 + jgb) / (1 + ust)`` (about the unhedged pickup) before the pickup is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SOFR_START = "2018-04-03"  # first SOFR print (FRBNY); EFFR stands in before it

# Tenors (years) with an official constant-maturity series in the store.
UST_TENORS = {2: "fred.dgs2", 10: "fred.dgs10", 30: "fred.dgs30"}
JGB_TENORS = {t: f"jgb.{t}y" for t in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40)}


def hedge_cost(usd_short_pct, jpy_short_pct, basis_pct=0.0):
    """Annual cost (percent) of hedging dollars into yen: rate differential minus the quoted basis.

    ``basis_pct`` in the market's quoting convention (negative = dollars dear): a quoted -0.30 adds
    0.30 to the cost. Works on floats or aligned Series (a dated basis Series is aligned by index).
    """
    return (usd_short_pct - jpy_short_pct) - basis_pct


def hedged_yield(ust_pct, usd_short_pct, jpy_short_pct, basis_pct=0.0):
    """UST yield after the cost of hedging the dollar back into yen (percent per year).

    Example (hand-computed): UST 4.50, USD 3m 5.30, JPY 3m 0.10, quoted basis -0.25 -> cost 5.45,
    hedged -0.95.
    """
    return ust_pct - hedge_cost(usd_short_pct, jpy_short_pct, basis_pct)


def discount_to_money_market(discount_pct, days: int = 91):
    """A Treasury bill's bank-discount rate (H.15, DTB3/TB3MS) as a money-market yield (actual/360, simple).

    Price per 100 = 100 - d x t / 360, so the simple yield is ``360 d / (360 - d t)`` (the standard
    conversion of a bill quote; Stigum and Crescenzi 2007, *Stigum's Money Market*, 4th ed.).
    5.00 discount -> 5.064 for a 91-day bill.
    """
    d = discount_pct / 100.0
    return 100.0 * 360.0 * d / (360.0 - d * days)


def discount_to_bond_equivalent(discount_pct, days: int = 91):
    """A bill's bank-discount rate as a bond-equivalent (coupon-equivalent) yield, for bills of up to
    half a year: ``365 d / (360 - d t)`` (the H.15 "investment yield"; same source)."""
    d = discount_pct / 100.0
    return 100.0 * 365.0 * d / (360.0 - d * days)


def monthly_on_days(monthly: "pd.Series", dates: "pd.DatetimeIndex", *, carry_days: int = 31) -> "pd.DataFrame":
    """A monthly-average rate on daily dates: each date takes its own month's average.

    ``monthly``: values indexed by month (PeriodIndex 'M' or month-start dates). Dates in a month with
    no value take the last month's value for at most ``carry_days`` past that month's end (``carried``
    True), then nothing. Returns ``value``, ``month`` (the month used) and ``carried``.
    """
    import numpy as np
    import pandas as pd

    m = monthly.dropna().copy()
    m.index = pd.PeriodIndex(m.index, freq="M") if not isinstance(m.index, pd.PeriodIndex) else m.index
    m = m.sort_index()
    dates = pd.DatetimeIndex(dates)
    months = dates.to_period("M")
    own = m.reindex(months)
    pos = m.index.searchsorted(months, side="right") - 1  # last month at or before each date's month
    has_prev = pos >= 0
    value = own.to_numpy(dtype="float64").copy()
    if len(m):  # whole arrays at once: the report asks for ten thousand days
        at = np.where(has_prev, pos, 0)
        prev_val = np.where(has_prev, m.to_numpy(dtype="float64")[at], np.nan)
        ends = pd.DatetimeIndex(m.index.end_time.normalize()[at]).where(has_prev)
        labels = np.asarray(m.index.strftime("%Y-%m"), dtype=object)[at]
    else:
        prev_val = np.full(len(dates), np.nan)
        ends = pd.DatetimeIndex([pd.NaT] * len(dates))
        labels = np.full(len(dates), None, dtype=object)
    carried = np.isnan(value) & np.asarray((dates - ends).days <= carry_days) & has_prev
    value[carried] = prev_val[carried]
    month = np.where(has_prev & ~np.isnan(value), labels, None)
    return pd.DataFrame({"value": value, "month": month, "carried": carried}, index=dates)


def cost_from_forward_points(points_jpy, spot_usdjpy, months: int = 3):
    """Annualised hedge cost (percent) from an outright forward: ``-(F - S) / S x 12 / months``.

    ``points_jpy`` = F - S in yen (-1.05, not pips); the cost holds the rate differential and the
    basis together (whatever the dealer charged).
    """
    return -(points_jpy / spot_usdjpy) * (12.0 / months) * 100.0


def breakeven_yen_move_pct(ust_pct, jgb_pct):
    """Fall of USD/JPY over one year (percent, positive = yen stronger) that wipes out the unhedged pickup.

    From ``(1 + ust) * S1/S0 = 1 + jgb``. Negative when the JGB already yields more (the yen would
    have to *weaken* for the Treasury to catch up).
    """
    return (1.0 - (1.0 + jgb_pct / 100.0) / (1.0 + ust_pct / 100.0)) * 100.0


def usd_short_rate(sofr: "pd.Series", effr: "pd.Series", sofr_start: str = SOFR_START) -> "pd.DataFrame":
    """One daily USD short rate: SOFR from ``sofr_start``, EFFR before. Columns ``rate_pct``, ``source``."""
    import pandas as pd

    start = pd.Timestamp(sofr_start)
    s = sofr.dropna()
    e = effr.dropna()
    e = e[e.index < start]
    s = s[s.index >= start]
    out = pd.concat([pd.DataFrame({"rate_pct": e, "source": "EFFR"}),
                     pd.DataFrame({"rate_pct": s, "source": "SOFR"})]).sort_index()
    out.index.name = "date"
    return out


def interpolate_tenor(curve: "pd.DataFrame", tenor: float) -> "pd.Series":
    """Linear interpolation across the columns of ``curve`` (columns = tenors in years) at ``tenor``.

    Used for tenors without their own official series (e.g. a 5-year UST between FRED's 2y and 10y).
    Raises ``ValueError`` outside the covered tenors: we do not extrapolate a curve.
    """
    import numpy as np

    tenors = sorted(float(c) for c in curve.columns)
    if tenor in tenors:
        return curve[[c for c in curve.columns if float(c) == tenor][0]].astype("float64")
    if not tenors or tenor < tenors[0] or tenor > tenors[-1]:
        raise ValueError(f"tenor {tenor:g}y is outside the curve's tenors {tenors[0]:g}y..{tenors[-1]:g}y")
    hi = next(t for t in tenors if t > tenor)
    lo = max(t for t in tenors if t < tenor)
    w = (tenor - lo) / (hi - lo)
    col = {float(c): c for c in curve.columns}
    out = curve[col[lo]] * (1 - w) + curve[col[hi]] * w
    return out.astype("float64").where(~(curve[col[lo]].isna() | curve[col[hi]].isna()), np.nan)


def align_daily(columns: dict[str, "pd.Series"], *, ffill_limit: int = 3, anchor: str | None = None) -> "pd.DataFrame":
    """Put daily series side by side on common dates.

    US (FRED) and Japanese (MoF) business days differ (Golden Week, Thanksgiving, ...), so each
    series is forward-filled over at most ``ffill_limit`` missing dates of the union calendar, and
    only dates where ``anchor`` (default: the first column) has its own observation are kept. Rows
    still missing any column are dropped: a gap longer than ``ffill_limit`` is a gap, not a value.
    """
    import pandas as pd

    anchor = anchor or next(iter(columns))
    df = pd.concat(columns, axis=1, sort=True)
    own = df[anchor].notna()
    filled = df.ffill(limit=ffill_limit)
    out = filled[own].dropna()
    out.index.name = "date"
    return out


def hedged_table(ust_pct: "pd.Series", jgb_pct: "pd.Series", usd_short_pct: "pd.Series",
                 jpy_short_pct: "pd.Series", basis_pct: "float | pd.Series" = 0.0,
                 usdjpy: "pd.Series | None" = None, *, ffill_limit: int = 3) -> "pd.DataFrame":
    """Daily hedged/unhedged yields and pickups on the dates the UST yield is observed.

    Returns columns (percent per year unless said): ``ust_yield_pct``, ``jgb_yield_pct``,
    ``usd_short_pct``, ``jpy_short_pct``, ``basis_pct``, ``hedge_cost_pct``, ``hedged_yield_pct``,
    ``hedged_pickup_pct`` (hedged UST minus JGB), ``unhedged_pickup_pct``,
    ``breakeven_yen_move_pct`` (USD/JPY fall over a year that wipes out the unhedged pickup) and,
    with ``usdjpy``, ``usdjpy`` and ``breakeven_usdjpy`` (the level one year on). A dated ``basis_pct``
    Series is forward-filled (a basis is quoted when it changes) and is 0 before its first date.
    """
    import pandas as pd

    cols = {"ust_yield_pct": ust_pct, "jgb_yield_pct": jgb_pct, "usd_short_pct": usd_short_pct,
            "jpy_short_pct": jpy_short_pct}
    df = align_daily(cols, ffill_limit=ffill_limit)
    if isinstance(basis_pct, pd.Series):
        b = basis_pct.sort_index()
        b.index = pd.DatetimeIndex(b.index)
        df["basis_pct"] = b.reindex(df.index.union(b.index)).ffill().reindex(df.index).fillna(0.0)
    else:
        df["basis_pct"] = float(basis_pct)
    df["hedge_cost_pct"] = hedge_cost(df["usd_short_pct"], df["jpy_short_pct"], df["basis_pct"])
    df["hedged_yield_pct"] = df["ust_yield_pct"] - df["hedge_cost_pct"]
    df["hedged_pickup_pct"] = df["hedged_yield_pct"] - df["jgb_yield_pct"]
    df["unhedged_pickup_pct"] = df["ust_yield_pct"] - df["jgb_yield_pct"]
    df["breakeven_yen_move_pct"] = breakeven_yen_move_pct(df["ust_yield_pct"], df["jgb_yield_pct"])
    if usdjpy is not None:
        fx = usdjpy.dropna().sort_index()
        df["usdjpy"] = fx.reindex(df.index.union(fx.index)).ffill(limit=ffill_limit).reindex(df.index)
        df["breakeven_usdjpy"] = df["usdjpy"] * (1 - df["breakeven_yen_move_pct"] / 100.0)
    # Differences of 3-decimal quotes carry binary noise (0.001000000000000334): round it away.
    derived = ["hedge_cost_pct", "hedged_yield_pct", "hedged_pickup_pct", "unhedged_pickup_pct"]
    df[derived] = df[derived].round(10)
    units = {c: ("JPY per USD" if "usdjpy" in c else "percent per year") for c in df.columns}
    units["breakeven_yen_move_pct"] = "percent fall of USD/JPY over one year"
    df.attrs["units"] = units
    return df


def sign_changes(s: "pd.Series", *, min_run: int = 1) -> "pd.DataFrame":
    """Dates where ``s`` changes sign, keeping only signs that then last at least ``min_run`` observations.

    Daily spreads near zero flip back and forth; ``min_run`` (e.g. 20 business days, about a month)
    keeps the changes that stuck. Zero counts as no sign (the previous sign continues). Returns
    ``date`` (first day of the new sign), ``from_sign``, ``to_sign`` ('+'/'-'), ``value`` (on that
    date), ``previous_date`` (last day of the old run) and ``run_length`` (observations the new sign
    lasted; the last run may still be going on).
    """
    import numpy as np
    import pandas as pd

    x = s.dropna()
    sign = np.sign(x.to_numpy())
    # zeros carry the previous sign: they are not a crossing
    sign = pd.Series(np.where(sign == 0, np.nan, sign), index=x.index).ffill().bfill()
    cols = ["date", "from_sign", "to_sign", "value", "previous_date", "run_length"]
    if sign.empty:
        return pd.DataFrame(columns=cols)
    run_id = (sign != sign.shift()).cumsum()
    runs = pd.DataFrame({"sign": sign, "run": run_id}).reset_index(names="date")
    runs = runs.groupby("run").agg(start=("date", "first"), end=("date", "last"), sign=("sign", "first"),
                                   n=("date", "size")).reset_index(drop=True)
    # Runs shorter than min_run are noise: merge them into the surrounding sign.
    keep = runs[runs["n"] >= min_run].reset_index(drop=True) if min_run > 1 else runs
    if keep.empty:
        return pd.DataFrame(columns=cols)
    # Coalesce consecutive kept runs with the same sign (a short opposite blip removed between them).
    merged = [keep.iloc[0].to_dict()]
    for r in keep.iloc[1:].to_dict("records"):
        if r["sign"] == merged[-1]["sign"]:
            merged[-1]["end"] = r["end"]
            merged[-1]["n"] += r["n"]
        else:
            merged.append(r)
    rows = []
    for prev, cur in zip(merged, merged[1:]):
        rows.append({"date": cur["start"], "from_sign": "+" if prev["sign"] > 0 else "-",
                     "to_sign": "+" if cur["sign"] > 0 else "-", "value": round(float(x.loc[cur["start"]]), 10),
                     "previous_date": prev["end"], "run_length": int(cur["n"])})
    return pd.DataFrame(rows, columns=cols)


def monthly_summary(table: "pd.DataFrame", columns: list[str] | None = None) -> "pd.DataFrame":
    """Monthly averages of the daily hedged table (PeriodIndex 'M'), for charts and quick reading."""
    cols = columns or ["ust_yield_pct", "jgb_yield_pct", "hedge_cost_pct", "hedged_yield_pct",
                       "hedged_pickup_pct", "unhedged_pickup_pct"]
    out = table[cols].groupby(table.index.to_period("M")).mean()
    out.index.name = "period"
    out.attrs["units"] = dict.fromkeys(cols, "percent per year (monthly average of daily values)")
    return out
