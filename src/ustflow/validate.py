"""Plausibility checks on every parsed file before it may enter the store.

A parser checks layout (columns, headers, numbers); this checks meaning: every series has a unit and
a known frequency, values sit in plausible ranges for their unit, and holdings are not negative.
A file that fails is rejected whole (its source fails with a ParseError naming file, series and
period), because one impossible value usually means the layout moved under the parser.
"""

from __future__ import annotations

import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import Parsed

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


def _is_position(series_id: str) -> bool:
    """Holdings (stocks), as opposed to flows: these cannot be negative."""
    return ".holdings." in series_id or series_id.endswith("_pos") or series_id.startswith("tic.mfh_legacy.")


def check(parsed: Parsed, name: str, source=None) -> Parsed:
    s = parsed.series
    bad_unit = s[s["unit"].isna() | (s["unit"].astype(str).str.strip() == "")]
    if not bad_unit.empty:
        raise ParseError(name, None, "a unit for every series", f"no unit for {bad_unit['id'].iloc[0]}")
    bad_freq = s[~s["frequency"].isin(FREQUENCIES)]
    if not bad_freq.empty:
        raise ParseError(name, None, f"a frequency in {sorted(FREQUENCIES)}",
                         f"{bad_freq['id'].iloc[0]}: {bad_freq['frequency'].iloc[0]!r}")
    obs = parsed.observations
    if obs.empty:
        return parsed
    # decide per series (a few thousand ids), then select rows with isin: no per-row Python
    unit_of = dict(zip(s["id"], s["unit"].astype(str)))
    ids = obs["series_id"]
    for prefix, lo, hi in RANGES:
        same = [i for i, u in unit_of.items() if (u.startswith(prefix) if prefix == "index" else u == prefix)]
        if not same:
            continue
        mask = ((obs["value"] < lo) | (obs["value"] > hi)) & ids.isin(same)
        if mask.any():
            row = obs[mask].iloc[0]
            raise ParseError(name, None, f"{prefix} values between {lo:g} and {hi:g}",
                             f"{row['series_id']} {pd.Timestamp(row['period']).date()} = {row['value']:g}")
    positions = [i for i in unit_of if _is_position(i)]
    neg = obs["value"] < 0
    if neg.any() and positions:
        pos = neg & ids.isin(positions)
        if pos.any():
            row = obs[pos].iloc[0]
            raise ParseError(name, None, "holdings that are not negative",
                             f"{row['series_id']} {pd.Timestamp(row['period']).date()} = {row['value']:g}")
    return parsed


def check_revisions(item) -> None:
    return None
