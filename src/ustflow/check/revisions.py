"""How far a first print of a TIC holdings figure may be from today's value: the revision room.

A level quoted in an old story is the first print; TIC has revised it since. When the claim misses
today's value by no more than TIC's own revisions of that series explain, it is still
``contradicted`` by current data, but flagged ``possible_revision`` ("may be the first print,
revised since") instead of read as a plain error. The room is measured from the official files, not
guessed:

* **Benchmark revisions** (the annual surveys). Up to 2011 mfhhis01 prints, at each benchmark month,
  the level on the old basis next to the new one ("shown for comparison only"): the relative gap is
  how much that benchmark moved the series. Measured on the mirror's file (eleven benchmarks,
  2000-03 .. 2011-06): Japan at most 7.6% (median 3.3%), China (mainland) at most 24.1% (median
  15.1%: holdings held through custodians in London and Brussels were reassigned to China), the
  grand total at most 15.4% (median 2.3%), the United Kingdom up to 285% (the reverse of China's).
  A month's first print went through the benchmarks that followed it, so a level up to the last
  benchmark printed (2011-06) gets the largest gap of *its own series* at the benchmarks from a year
  before it on (the benchmark whose survey it lies between included); a month after the last printed
  gap but not after the last break (2011-07 .. 2011-12: the December 2011 break prints no old
  basis) the largest of the series' last three gaps.
* **Revisions since** (annual revisions no longer printed as a break). The two archived vintages of
  mfhhis01 (``vintages/mfhhis01_2026-03-18.txt`` and the mirror's) differ on 76 cells; for holders
  of at least $50 bn by at most 1.05% of the level (99th percentile 0.7%): ``MONTHLY_ROOM``. Annual
  revisions after 2011 are at least as large as the grand total's most recent printed benchmarks
  (1.6-3.3% at 2009-06 .. 2011-06), so a later level gets the grand total's largest gap at its last
  three benchmarks (3.3%).
* **Changes** are measured against revised levels: both ends move, so the room of a change is
  relative to the *level*, not to the change: ``MONTHLY_ROOM`` of each end (a change of -$22 bn in
  a $1.1 trillion holding revised to -$20.1 bn is a 0.2% revision of the level, though 9% of the
  change); a percent change the same, in points of the base level.

Real errors stay plain: a figure off by more than the room (a unit error, a transposed digit on a
large number, a wrong month in a year of big moves) gets no flag.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: The largest revision of a TIC holdings level (holders of $50 bn or more) between two archived
#: vintages of mfhhis01 (2026-03-18 and 2026-05-18): 1.05% of the level.
MONTHLY_ROOM = 0.0105
#: How many of the latest printed benchmarks measure the annual revisions since.
RECENT_BENCHMARKS = 3
TOTAL = "tic.holdings.grand_total"


def benchmark_gaps(data, sid: str) -> "pd.Series | None":
    """|old - new| / new at the benchmark months where mfhhis01 prints both (index: the months)."""
    old = data.breaks(sid)
    s = data.series(sid)
    if old is None or s is None:
        return None
    old = old.dropna()
    both = [p for p in old.index if p in s.index and float(s[p]) > 0]
    if not both:
        return None
    return (old[both] - s[both]).abs() / s[both]


def level_room(data, sid: str, p) -> float:
    """The share of a TIC holdings level in month ``p`` that revisions since its first print explain."""
    gaps = benchmark_gaps(data, sid)
    breaks = data.breaks(sid)
    if gaps is not None and len(gaps) and breaks is not None and p <= breaks.index.max():
        # up to the last break (December 2011 prints no old basis: the series' latest printed gaps)
        since = gaps[gaps.index >= p - 12]
        return max(MONTHLY_ROOM, float((since if len(since) else gaps.iloc[-RECENT_BENCHMARKS:]).max()))
    total = benchmark_gaps(data, TOTAL)
    recent = float(total.iloc[-RECENT_BENCHMARKS:].max()) if total is not None and len(total) else 0.0
    return max(MONTHLY_ROOM, recent)


def change_room(level_end: float, level_base: float, pct: bool = False) -> float:
    """The revision room of a change between two TIC levels, in USD bn (or percentage points of the
    base for a percent change): each end may have moved by ``MONTHLY_ROOM`` of its level."""
    room = MONTHLY_ROOM * (abs(level_end) + abs(level_base))
    if pct:
        return 100 * room / abs(level_base) if level_base else 0.0
    return room


#: a level the words say is on the old basis: "旧シリーズによる外国保有総額", "on the old series", "before the benchmark
#: revision" (TIC prints it at a benchmark month beside the new one)
_BASIS = re.compile(r"(?P<old>旧シリーズ|旧系列|旧基準|改定前|改訂前|\bold (?:series|basis)\b|\bprevious (?:series|basis)\b|"
                    r"\bbefore the (?:benchmark |annual )?revisions?\b|\bpre-(?:revision|benchmark)\b|"
                    # the figure published until the revision: "それまで発表してきた8437億ドル", "the previously reported $843.7bn"
                    r"(?:それ|これ)まで(?:に)?(?:発表|公表)(?:して)?(?:き|い)た|"
                    r"\b(?:previously|originally|initially|first) (?:reported|published|announced|stated)\b)|"
                    r"新シリーズ|新系列|新基準|改定後|改訂後|\bnew (?:series|basis)\b|\bafter the (?:benchmark |annual )?revisions?\b",
                    re.I)


def says_old_series(s: str, pos: int) -> bool:
    """Whether the last basis sentence ``s`` names before ``pos`` is the old one ("旧シリーズでは…、新シリーズでは…")."""
    named = list(_BASIS.finditer(s, 0, pos))
    return bool(named) and named[-1].group("old") is not None


def on_old_series(j, old: float, matches: bool, unit: str, label: str) -> None:
    """Judge ``j`` (a level the words put on the old basis) against the old-series value TIC printed for the month."""
    from ustflow.check.results import CONTRADICTED, SUPPORTED

    j.official_value, j.verdict = old, SUPPORTED if matches else CONTRADICTED
    j.flags = [f for f in j.flags if f != "possible_revision"] + ["old_basis_named"]
    j.explanation = (f"TIC: {old:,.1f} {unit} in {label} on the old basis (the level printed before that month's benchmark "
                     f"revision, as the claim says){'' if matches else '; the claim does not match it'}")
