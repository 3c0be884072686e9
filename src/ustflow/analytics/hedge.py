"""Hedged and unhedged Treasury yields for a yen-based investor, pickups over JGBs, sign changes.

Pure functions on pandas objects (or plain floats); no store, no files. Every rate is in percent
per year (``*_pct``); changes of sign are listed with their dates.

Method (the textbook covered-interest-parity approximation used in the press and by the BoJ's
Financial System Report when it discusses Japanese life insurers' foreign bond holdings):

    hedge cost     = (USD short rate - JPY short rate) + basis
    hedged yield   = UST yield - hedge cost
    hedged pickup  = hedged yield - JGB yield of the same tenor
    unhedged pickup = UST yield - JGB yield of the same tenor

- USD short rate: SOFR from its first print (2018-04-03), the effective federal funds rate (EFFR)
  before; JPY short rate: the 1-year JGB yield (MoF curve) as a proxy for a yen deposit/TIBOR rate,
  which this project does not hold. A rolling 3-month hedge would use 3-month rates; the 1-year JGB
  is the closest official yen rate we have, so the level of our hedge cost differs from a dealer's
  3-month quote by the term spread and by the basis.
- ``basis`` is a cost add-on in percentage points, *added* to the hedge cost as the formula above
  says: positive makes hedging dearer, negative cheaper. The quoted USD/JPY cross-currency basis
  swap spread is usually negative when dollars are scarce, and such a quote makes hedging *dearer*
  for a yen investor: to model a quoted basis of -0.30 pass ``basis=+0.30``.
- Breakeven yen move: the fall of USD/JPY over one year that leaves an unhedged holder with the
  same yen return as the JGB: ``(1 + ust) * S1/S0 = 1 + jgb``, so USD/JPY may fall by
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
    """Annual cost (percent) of hedging dollars into yen: rate differential plus ``basis_pct``.

    Works on floats or aligned Series (a dated basis Series is aligned by index).
    """
    return (usd_short_pct - jpy_short_pct) + basis_pct


def hedged_yield(ust_pct, usd_short_pct, jpy_short_pct, basis_pct=0.0):
    """UST yield after the cost of hedging the dollar back into yen (percent per year).

    Example (hand-computed): UST 4.50, SOFR 5.30, JGB 1y 0.10, basis 0.25 -> cost 5.45, hedged -0.95.
    """
    return ust_pct - hedge_cost(usd_short_pct, jpy_short_pct, basis_pct)


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
    out.attrs["units"] = {c: "percent per year (monthly average of daily values)" for c in cols}
    return out
