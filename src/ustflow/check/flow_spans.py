"""Other spans for a MoF flow whose span is the checker's reading, for ``second_look``.

A flow figure is a total over some span, and which span is often the checker's reading, not the article's words:

- "ended three straight weeks of net buying totalling 1.77 trillion yen", "6週間続いた売り越しによる資金流出が7兆
  1,500億円": the figure is the total of the weeks the sentence counts, not the one week (or the month) it was read
  at. The weeks counted end at the week read (or, for a run the sentence says has ended, the week before), or, for a
  figure read at a month, at one of that month's weeks.
- "Over 2015 and 2016, in contrast, they bought 20.6 trillion yen more than they sold": the figure is the total over
  the span between the first and the last period the sentence names, not one of them.

A figure that is wrong on the span read but fits one of these is as likely the checker's misreading as the article's
error: ``second_look`` then makes it ``unverifiable``, naming the span that fits. The count of weeks is the
sentence's own: no count is searched for, and a figure that fits none of the spans keeps its verdict.
"""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterator

from ustflow.check.periods import NUMBERS, Period

if TYPE_CHECKING:
    from ustflow.check.claims import Claim
    from ustflow.check.results import Judgement

_WORDS = "|".join(sorted((w for w in NUMBERS if w not in ("a", "one")), key=len, reverse=True))
#: "three straight weeks", "12 consecutive weeks", "six weeks", "6週間", "3週連続"
_WEEKS = re.compile(rf"\b(?P<n>\d{{1,2}}|{_WORDS})(?:[- ](?:straight|consecutive|successive|running))?[- ]weeks?\b|"
                    r"(?P<nj>\d{1,2})\s?週(?:間|連続)", re.I)


def weeks_counted(text: str) -> int | None:
    """The one count of weeks the sentence states (2 to 12), or None (none, or several different ones)."""
    counts = set()
    for m in _WEEKS.finditer(text):
        raw = (m.group("n") or m.group("nj")).lower()
        counts.add(int(raw) if raw.isdigit() else NUMBERS[raw])
    return counts.pop() if len(counts) == 1 and 2 <= next(iter(counts)) <= 12 else None


def week_out(week, when: date) -> bool:
    """Whether MoF had published ``week`` (a ``W-SAT`` period) by a story dated ``when``, by the project's release
    calendar: the Thursday after the week, later when a Japanese holiday falls on it (the week to 28 December 2024
    came out on 6 January 2025), and counted on the day it came out in the Americas (Thursday 08:50 in Tokyo is
    Wednesday evening in New York), as ``second_look`` counts the adjacent periods."""
    from ustflow.check.windows import release_date_in_americas

    out = release_date_in_americas("mof.weekly", week)
    return out is not None and out <= when


def _weeks(start: date, end: date, n: int) -> Period:
    return Period("weeks", [(start, end)], f"the {n} weeks to {end:%Y-%m-%d}")


def counted_weeks(c: "Claim", j: "Judgement", when: date | None, read: bool) -> Iterator[tuple[str, "Claim"]]:
    """The totals of the ``n`` weeks the sentence counts, ending at the week read (or the week before it), or at a
    week of the month read; only weeks published by the article's date ``when``. ``read``: whether the claim's period
    is the checker's reading (``second_look.period_is_reading``) rather than the sentence's words."""
    import pandas as pd

    fig = j.figure
    n = weeks_counted(c.sentence.text)
    if n is None or fig is None or not fig.periods or not isinstance(fig.end, pd.Period):
        return
    end = fig.end
    if end.freqstr.startswith("W"):
        if fig.n == n and not read:
            return  # "the three weeks to September 28" read as those: a stated span is not moved
        ends = [end, end - 1]
    elif end.freqstr.startswith("M"):  # a month's weeks: those whose Saturday falls in it
        ends = [w for w in pd.period_range(end.start_time, end.end_time + timedelta(days=6), freq="W-SAT")
                if w.end_time.month == end.month and w.end_time.year == end.year]
    else:
        return
    seen = set()
    for e in ends:
        first = e - (n - 1)
        key = (first.start_time.date(), e.end_time.date())
        if key in seen or (when is not None and not week_out(e, when)):
            continue
        seen.add(key)
        if fig.n == n and (fig.periods[0].start_time.date(), fig.end.end_time.date()) == key:
            continue  # the span already read
        alt = copy.copy(c)
        alt.period, alt.period_how = _weeks(key[0], key[1], n), "stated"
        yield f"the total of the {n} weeks the sentence counts ({key[0]:%Y-%m-%d} to {key[1]:%Y-%m-%d})", alt


def named_span(c: "Claim", named: list[Period]) -> Iterator[tuple[str, "Claim"]]:
    """The total over the span from the first to the last of the years or months the sentence names ("Over 2015 and
    2016"), when the figure was read at one of them (or at none)."""
    spans = [p for p in named if p.kind in ("month", "year", "fiscal_year", "quarter")]
    if c.period is not None and not c.period.is_latest:
        spans.append(c.period)
    kinds = {p.kind for p in spans}
    if len(spans) < 2 or len(kinds) != 1:
        return
    start, end = min(p.start for p in spans), max(p.end for p in spans)
    if c.period is not None and not c.period.is_latest and (c.period.start, c.period.end) == (start, end):
        return
    alt = copy.copy(c)
    alt.period = Period("months", [(start, end)], f"{start:%Y-%m} to {end:%Y-%m}")
    alt.period_how = "stated"
    yield f"the total over the span the sentence names ({start:%Y-%m} to {end:%Y-%m})", alt
