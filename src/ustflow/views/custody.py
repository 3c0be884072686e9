"""Foreign official custody holdings at the New York Fed, weekly, against TIC's monthly figure.

The Python API behind ``ustflow custody``::

    from ustflow.views import custody as cv
    cv.weekly(weeks=8)            # Wednesday levels and 1/4/52-week changes, USD bn face value, ranks
    cv.falls(weeks=4, top=10)     # the largest 4-week falls since 2007 (non-overlapping), with ranks
    cv.versus_tic(start="2024-01")  # custody at the last Wednesday vs TIC foreign official, monthly
    cv.summary()                  # the latest week in one dict (also used by the report and alerts)
    cv.month_end()                # custody at each month's last Wednesday, USD bn (nowcast input)

Sources: Federal Reserve H.4.1 via FRED ``fred.wmtsecl1`` (USD mn, face value, Wednesday levels, from
2007-07-04) and US Treasury TIC Major Foreign Holders ``tic.holdings.foreign_official`` (USD bn,
market value, end of month). See ``ustflow.analytics.custody`` for what the two measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NoDataError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

CUSTODY_ID = "fred.wmtsecl1"
TIC_OFFICIAL_ID = "tic.holdings.foreign_official"
UNIT = "USD bn, face value"
SOURCE = "Federal Reserve H.4.1 memorandum item via FRED WMTSECL1 (Wednesday level)"
TIC_SOURCE = "US Treasury TIC, Major Foreign Holders: foreign official (end of month, market value)"
NOTE = ("custody = marketable Treasuries the New York Fed holds for foreign official and international accounts, "
        "at FACE value; it leaves out official holdings at other custodians, and TIC values at MARKET prices")


def _levels(as_of=None, store=None) -> "pd.Series":
    s = api.series(CUSTODY_ID, as_of=as_of, store=store)
    if s.dropna().empty:
        raise NoDataError(f"no H.4.1 custody data (fred.wmtsecl1) known on {as_of} (it starts 2007-07-04)"
                          if as_of is not None else
                          "no H.4.1 custody data (fred.wmtsecl1) in the store: run `ustflow update`")
    return s


def _weeks(df: "pd.DataFrame") -> "pd.DataFrame":
    """Weekly PeriodIndex -> a ``week_ending`` column of Wednesday dates (YYYY-MM-DD)."""
    out = df.copy()
    out.insert(0, "week_ending", [p.end_time.strftime("%Y-%m-%d") for p in out.index])
    return out.reset_index(drop=True)


@checked
def weekly(weeks: int | None = None, start=None, end=None, as_of=None,
           store: "Store | str | None" = None) -> "pd.DataFrame":
    """Wednesday levels with 1-, 4- and 52-week changes (USD bn, face value) and fall ranks since 2007.

    ``weeks``: only the last N weeks (after ``start``/``end``). Ranks are among all weeks since
    2007-07-04 whatever is shown.
    """
    import pandas as pd

    from ustflow.analytics import custody as ca

    if weeks is not None and weeks < 1:
        raise InvalidArgument(f"weeks must be at least 1, got {weeks}")
    table = ca.weekly_table(_levels(as_of, store))
    days = table.index.end_time.normalize()
    keep = pd.Series(True, index=table.index)
    if start is not None:
        keep &= days >= pd.Timestamp(start)
    if end is not None:
        keep &= days <= pd.Timestamp(end)
    table = table[keep.to_numpy()]
    if weeks is not None:
        table = table.tail(weeks)
    if table.empty:
        raise NoDataError(f"no custody week between {start} and {end}")
    out = _weeks(table.round(3))
    for c in ("rank_fall_1w", "rank_fall_4w"):  # blank, not <NA>, where the week was not a fall
        out[c] = out[c].astype("object").where(out[c].notna(), None)
    out.attrs.update(unit=UNIT, source=SOURCE, note=NOTE, as_of=None if as_of is None else str(as_of),
                     title=f"Foreign official custody holdings at the New York Fed, weekly [{UNIT}; ranks: 1 = "
                           f"largest fall since 2007-07-04, out of {int(table['n_weeks'].iloc[-1])} weeks]")
    return out


@checked
def falls(weeks: int = 1, top: int = 10, as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """The ``top`` largest falls over ``weeks`` weeks since 2007 (non-overlapping), USD bn face value."""
    from ustflow.analytics import custody as ca

    if weeks < 1 or top < 1:
        raise InvalidArgument(f"weeks and top must be at least 1, got {weeks} and {top}")
    df = ca.largest_falls(_levels(as_of, store), weeks=weeks, top=top)
    for c in ("from_week", "to_week"):
        df[c] = [p.end_time.strftime("%Y-%m-%d") for p in df[c]]
    df = df.round({"change_usd_bn": 3, "change_pct": 2, "level_before_usd_bn": 3, "level_after_usd_bn": 3})
    span = "one week" if weeks == 1 else f"{weeks} weeks"
    n = int(df["n_windows"].iloc[0]) if not df.empty else 0
    df.attrs.update(unit=UNIT, source=SOURCE, note=NOTE, weeks=weeks,
                    title=f"Largest falls in foreign official custody holdings over {span} since 2007-07-04 "
                          f"[{UNIT}; rank_all among {n:,} overlapping windows]")
    return df


@checked
def month_end(as_of=None, store: "Store | str | None" = None) -> "pd.Series":
    """Custody at each month's last Wednesday (USD bn, face value), monthly PeriodIndex."""
    from ustflow.analytics import custody as ca

    s = ca.month_end_levels(_levels(as_of, store))
    s.attrs.update(unit=UNIT, source=SOURCE, note="last Wednesday of each month (H.4.1 has no month-end level)")
    return s


@checked
def versus_tic(start=None, end=None, as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """Monthly: custody at the last Wednesday (face value) beside TIC foreign official holdings at
    month end (market value), both USD bn; ``attrs['agreement']`` on monthly changes (all months and
    the last 36)."""
    import pandas as pd

    from ustflow.analytics import custody as ca

    tic = api.series(TIC_OFFICIAL_ID, as_of=as_of, store=store)
    me = month_end(as_of=as_of, store=store)
    table = ca.compare_with_tic(me, tic)
    agreement = {"all": ca.change_agreement(table), "last_36_months": ca.change_agreement(table, 36)}
    if start is not None:
        table = table[table.index >= pd.Period(str(start)[:7], "M")]
    if end is not None:
        table = table[table.index <= pd.Period(str(end)[:7], "M")]
    if table.empty:
        raise NoDataError("no month with both custody and TIC foreign official holdings in that range")
    out = table.round(3)
    out.insert(0, "custody_wednesday", [me.attrs["day"][str(p)] for p in out.index])
    out.index.name = "month"
    out = out.reset_index()
    out["month"] = out["month"].astype(str)
    out.attrs.update(unit="USD bn (custody at face value, TIC at market value)", source=f"{SOURCE}; {TIC_SOURCE}",
                     note=NOTE, agreement=agreement,
                     title="Custody at the New York Fed (last Wednesday, face value) vs TIC foreign official "
                           "holdings (month end, market value) [USD bn]")
    return out


@checked
def summary(as_of=None, store: "Store | str | None" = None) -> dict:
    """The latest week: level, changes, ranks and a one-line reading (numbers in USD bn, face value)."""
    t = weekly(as_of=as_of, store=store)
    last = t.iloc[-1]
    n = int(last["n_weeks"])

    def rank(col):
        v = last[col]
        return None if v is None else int(v)

    out = {"week_ending": last["week_ending"], "level_usd_bn": float(last["level_usd_bn"]),
           "change_1w_usd_bn": float(last["change_1w_usd_bn"]), "change_4w_usd_bn": float(last["change_4w_usd_bn"]),
           "change_52w_usd_bn": float(last["change_52w_usd_bn"]), "rank_fall_1w": rank("rank_fall_1w"),
           "rank_fall_4w": rank("rank_fall_4w"), "n_weeks": n, "unit": UNIT, "source": SOURCE,
           "series": CUSTODY_ID}
    parts = [f"Foreign official custody holdings at the New York Fed: {out['level_usd_bn']:,.1f} USD bn (face "
             f"value) on Wednesday {out['week_ending']}, {out['change_1w_usd_bn']:+,.1f} on the week"]
    if out["rank_fall_1w"]:
        parts.append(f"the {_ordinal(out['rank_fall_1w'])} largest weekly fall of {n:,} since July 2007")
    parts.append(f"{out['change_4w_usd_bn']:+,.1f} over 4 weeks"
                 + (f" ({_ordinal(out['rank_fall_4w'])} largest 4-week fall)" if out["rank_fall_4w"] else ""))
    parts.append(f"{out['change_52w_usd_bn']:+,.1f} over 52 weeks")
    out["text"] = ", ".join(parts) + "."
    return out


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"
