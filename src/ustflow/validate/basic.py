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
    # a file has a handful of distinct units: each is looked at once (missing ones get code -1)
    codes, distinct = pd.factorize(s["unit"].to_numpy(dtype=object))
    blank = np.array([not str(u).strip() for u in distinct] + [True], dtype=bool)  # the last one: code -1
    bad_unit = np.flatnonzero(blank[codes])
    if len(bad_unit):
        fail("unit_and_frequency", name, None, "a unit for every series", f"no unit for {s['id'].iloc[bad_unit[0]]}")
    bad_freq = np.flatnonzero(~pd.Series(s["frequency"].to_numpy(dtype=object)).isin(FREQUENCIES).to_numpy())
    if len(bad_freq):
        fail("unit_and_frequency", name, None, f"a frequency in {sorted(FREQUENCIES)}",
             f"{s['id'].iloc[bad_freq[0]]}: {s['frequency'].iloc[bad_freq[0]]!r}")


def _codes(ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(integer code per row, the distinct ids as an object array): a categorical's own codes, else factorized."""
    if isinstance(ids.dtype, pd.CategoricalDtype):
        codes = ids.cat.codes.to_numpy()
        if len(codes) == 0 or codes.min() >= 0:
            return codes, np.asarray(ids.cat.categories, dtype=object)
    codes, uniques = pd.factorize(ids.to_numpy(dtype=object), sort=False)
    return codes, np.asarray(uniques, dtype=object)


def summary(obs: pd.DataFrame) -> pd.DataFrame:
    """Per series: lowest and highest value, newest period (one pass over the file, no groupby).

    Rows are put in series order (parsers mostly emit them so: then no sort at all) and reduced per
    run of one series with numpy's ``reduceat``; missing values and periods are ignored, as a groupby does.
    """
    codes, ids = _codes(obs["series_id"])
    period = obs["period"]
    if period.dtype.kind != "M":  # not the parsers' contract; the slow general path
        g = pd.DataFrame({"value": obs["value"].to_numpy(), "period": period.to_numpy()}).groupby(codes)
        per = pd.DataFrame({"lo": g["value"].min(), "hi": g["value"].max(), "newest": g["period"].max()})
        per.index = pd.Index(ids[per.index.to_numpy()], name="series_id")
        return per
    values, ticks = obs["value"].to_numpy(dtype="float64"), period.to_numpy().view("int64")
    if len(codes) > 1 and (codes[1:] < codes[:-1]).any():
        order = np.argsort(codes, kind="stable")
        codes, values, ticks = codes[order], values[order], ticks[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else np.array([], dtype=np.intp)
    newest = np.maximum.reduceat(ticks, starts) if len(starts) else ticks[:0]  # NaT is the smallest int64
    return pd.DataFrame({
        "lo": np.fmin.reduceat(values, starts) if len(starts) else values[:0],
        "hi": np.fmax.reduceat(values, starts) if len(starts) else values[:0],
        "newest": newest.view(period.dtype)}, index=pd.Index(ids[codes[starts]], name="series_id"))


def describe(per: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """``summary`` with each series' unit and frequency (None where an id is not described; the last
    row of a repeated id), looked up once for the rules that need them."""
    table = series.drop_duplicates("id", keep="last") if not series["id"].is_unique else series
    pos = pd.Index(table["id"].to_numpy(dtype=object)).get_indexer(per.index)
    for column in ("unit", "frequency"):
        per[column] = np.append(table[column].to_numpy(dtype=object), None)[pos]  # -1 picks the None
    return per


def _aligned(parsed: Parsed, per: pd.DataFrame, column: str) -> np.ndarray:
    if column not in per.columns:
        per = describe(per.copy(), parsed.series)
    return per[column].to_numpy(dtype=object)


def _range_of(unit: str) -> tuple[str, float, float] | None:
    for prefix, lo, hi in RANGES:
        if unit.startswith(prefix) if prefix == "index" else unit == prefix:
            return prefix, lo, hi
    return None


def check_ranges(parsed: Parsed, name: str, per: pd.DataFrame) -> None:
    """Values inside their unit's range; holdings not negative. Decided per series from ``summary``."""
    obs = parsed.observations
    unit_codes, units = pd.factorize(_aligned(parsed, per, "unit"))  # an undescribed series (None): -1, no range
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
    negative = per.index[lo_v < 0].to_numpy(dtype=object)
    text = "\n" + "\n".join(negative) + "\n"  # one search in the joined ids first: thousands of BoJ net flows
    positions = [sid for sid in negative
                 if ".holdings." in sid or sid.endswith("_pos") or sid.startswith("tic.mfh_legacy.")] \
        if ".holdings." in text or "_pos\n" in text or "\ntic.mfh_legacy." in text else []
    if positions:
        mask = (obs["series_id"] == positions[0]) & (obs["value"] < 0)
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
    freq = _aligned(parsed, per, "frequency")
    limits = {f: _limit(f, vintage) for f in set(freq)}
    bound = np.empty(len(freq), dtype="datetime64[ns]")
    for f, limit in limits.items():  # a file has one or two frequencies
        bound[freq == f] = limit.to_datetime64()
    late = np.flatnonzero(per["newest"].to_numpy() > bound)
    if not len(late):
        return
    sid, f = per.index[late[0]], freq[late[0]]
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
