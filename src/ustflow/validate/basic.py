"""Rules for every file: units and frequencies, plausible ranges, periods, revisions (see ``rules``)."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd

from ustflow.parse._base import Parsed
from ustflow.validate.rules import fail, located

FREQUENCIES = {"D", "W", "M", "Q", "A"}

# (unit, low, high): a value outside is not a number the publisher could have meant. Units match
# exactly, except "index" which is followed by its base ("index, Jan 2006 = 100").
RANGES: list[tuple[str, float, float]] = [
    ("percentage points", -10.0, 10.0),
    ("percent", -2.0, 25.0),
    ("JPY per USD", 50.0, 400.0),
    ("index", 1.0, 1000.0),
    ("USD per BTC", 0.0, 10_000_000.0),
]

REVISION_FACTOR = 5.0  # a value moving by this factor or more (either way) is not a revision
REVISION_MATERIAL = 0.5  # ... when the change is at least this share of the series' median |value|


def _row(obs: pd.DataFrame, mask) -> str:
    row = obs[mask].iloc[0]
    return f"{row['series_id']} {pd.Timestamp(row['period']).date()} = {row['value']:g}"


def _n(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def check_series(parsed: Parsed, name: str) -> None:
    s = parsed.series
    bad_unit = s[s["unit"].isna() | (s["unit"].astype(str).str.strip() == "")]
    if not bad_unit.empty:
        fail("unit_and_frequency", name, None, "a unit for every series", f"no unit for {bad_unit['id'].iloc[0]}")
    bad_freq = s[~s["frequency"].isin(FREQUENCIES)]
    if not bad_freq.empty:
        fail("unit_and_frequency", name, None, f"a frequency in {sorted(FREQUENCIES)}",
             f"{bad_freq['id'].iloc[0]}: {bad_freq['frequency'].iloc[0]!r}")


def summary(obs: pd.DataFrame) -> pd.DataFrame:
    """Per series: lowest and highest value, newest period (one grouped pass over the file)."""
    codes, ids = pd.factorize(obs["series_id"], sort=False)  # integer keys: a million rows, one pass
    g = pd.DataFrame({"value": obs["value"].to_numpy(), "period": obs["period"].to_numpy()}).groupby(codes)
    per = pd.DataFrame({"lo": g["value"].min(), "hi": g["value"].max(), "newest": g["period"].max()})
    per.index = pd.Index(np.asarray(ids, dtype=object)[per.index.to_numpy()], name="series_id")
    return per


def _range_of(unit: str) -> tuple[str, float, float] | None:
    for prefix, lo, hi in RANGES:
        if unit.startswith(prefix) if prefix == "index" else unit == prefix:
            return prefix, lo, hi
    return None


def check_ranges(parsed: Parsed, name: str, per: pd.DataFrame) -> None:
    """Values inside their unit's range; holdings not negative. Decided per series from ``summary``."""
    obs = parsed.observations
    unit_codes, units = pd.factorize(per.index.map(dict(zip(parsed.series["id"], parsed.series["unit"].astype(str)))))
    lo_v, hi_v = per["lo"].to_numpy(), per["hi"].to_numpy()
    for k, unit in enumerate(units):  # a file has a handful of units
        rng = _range_of(str(unit))
        if rng is None:
            continue
        prefix, lo, hi = rng
        out = (unit_codes == k) & ((lo_v < lo) | (hi_v > hi))
        if out.any():
            sid = per.index[out][0]
            mask = (obs["series_id"] == sid) & ((obs["value"] < lo) | (obs["value"] > hi))
            fail("plausible_range", *located(name, obs, mask), f"{prefix} values between {lo:g} and {hi:g}",
                 _row(obs, mask))
    negative = pd.Series(per.index[lo_v < 0])
    positions = negative[negative.str.contains(".holdings.", regex=False) | negative.str.endswith("_pos")
                         | negative.str.startswith("tic.mfh_legacy.")]
    if not positions.empty:
        mask = (obs["series_id"] == positions.iloc[0]) & (obs["value"] < 0)
        fail("holdings_not_negative", *located(name, obs, mask), "holdings that are not negative", _row(obs, mask))


def _limit(freq: str, vintage: datetime) -> pd.Timestamp:
    """The last period a file of this vintage may hold: the vintage's own period plus one."""
    v = pd.Timestamp(vintage).normalize()
    if freq == "D":
        return v + pd.Timedelta(days=1)
    if freq == "W":
        return v + pd.Timedelta(days=7)  # weeks are dated by their last day
    if freq == "M":
        return v.to_period("M").start_time + pd.DateOffset(months=1)
    if freq == "Q":
        return v.to_period("Q").start_time + pd.DateOffset(months=3)
    return v.to_period("Y").start_time + pd.DateOffset(years=1)


_WORD = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "A": "year"}


def check_periods(parsed: Parsed, name: str, vintage: datetime, per: pd.DataFrame,
                  label: str = "the file's vintage") -> None:
    """No period after the file's vintage (``label`` says what the date is) plus one period (rule future_period)."""
    obs = parsed.observations
    freq = pd.Series(per.index.map(dict(zip(parsed.series["id"], parsed.series["frequency"]))), index=per.index)
    limits = {f: _limit(f, vintage) for f in set(freq)}
    late = per.index[(per["newest"] > freq.map(limits)).to_numpy()]
    if late.empty:
        return
    sid = late[0]
    f = freq[sid]
    mask = (obs["series_id"] == sid) & (obs["period"] > limits[f])
    shown = limits[f].strftime("%Y-%m" if f in "MQA" else "%Y-%m-%d")
    fail("future_period", *located(name, obs, mask),
         f"periods no later than {shown} ({label} {pd.Timestamp(vintage):%Y-%m-%d} plus one "
         f"{_WORD.get(f, 'period')})", _row(obs, mask))


def check_revisions(revisions: pd.DataFrame | None, parsed: Parsed, name: str) -> None:
    """No value moves by REVISION_FACTOR or more against the previous vintage (rule revision_factor).

    Only changes that are material next to the file's typical value count: half the median absolute
    value of the file's series in the same unit. A small holder's benchmark revision (0.5 -> 3.0 bn)
    or a flow near zero may move by a large factor; Japan's holdings cannot.
    """
    if revisions is None or revisions.empty:
        return
    obs = parsed.observations
    old, new = revisions["old_value"].abs(), revisions["new_value"].abs()
    small = np.minimum(old, new)
    ratio = np.where(small > 0, np.maximum(old, new) / small.where(small > 0, 1.0), np.inf)
    unit_of = dict(zip(parsed.series["id"], parsed.series["unit"].astype(str)))
    codes, ids = pd.factorize(obs["series_id"], sort=False)
    units = pd.Index(ids).map(unit_of)
    typical = pd.Series(obs["value"].abs().to_numpy()).groupby(np.asarray(units)[codes]).median()
    scale = revisions["series_id"].map(unit_of).map(typical).fillna(0.0).astype(float)
    change = (revisions["new_value"] - revisions["old_value"]).abs()
    bad = (ratio >= REVISION_FACTOR) & (change >= REVISION_MATERIAL * scale) & (change > 0)
    if not bad.any():
        return
    r = revisions[bad].iloc[0]
    mask = (obs["series_id"] == r["series_id"]) & (pd.to_datetime(obs["period"]) == pd.Timestamp(r["period"]))
    factor = max(abs(r["old_value"]), abs(r["new_value"])) / max(min(abs(r["old_value"]), abs(r["new_value"])), 1e-12)
    fail("revision_factor", *located(name, obs, mask),
         f"revisions by less than a factor of {REVISION_FACTOR:g} against the previous vintage "
         f"({_n(int(bad.sum()), 'value moves', 'values move')} more)",
         f"{r['series_id']} {pd.Timestamp(r['period']).date()}: {r['old_value']:g} -> {r['new_value']:g} "
         f"(x{factor:.3g})")
