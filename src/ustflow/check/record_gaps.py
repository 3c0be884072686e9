"""A figure told as the gap below a record (issue 13, session 15):

    Investors in Ireland owned $264.3 billion at the end of March -- less than $1 billion off a record high of $265.1
    billion in December.
    Japan's holdings stood at $1.13 trillion in May, $200 billion below their peak of $1.33 trillion in November 2021.
    China's stake, at $760 billion, is now some $557 billion short of its 2013 peak.

The figure is the fall from the record's month to the figure's own (a change, down), not a level of the record's
month: read as a level of December it was "not judged" or contradicted. The record's month is the change's base (the
month named right after the record's figure, or the record phrase's own year); the period is the one the sentence
names before the figure (else the story's latest). Only when "off", "below", "short of" or "shy of" is followed by a
record word (record, peak, high, all-time high, previous high); "$1 billion below $265.1 billion" with no record word is
left to the other rules.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.periods import Period

_OFF_RECORD = re.compile(r"\s+(?:off|below|short of|shy of|under)\s+(?:a|an|the|its|their)\s+"
                         r"(?:(?:19|20)\d\d\s+)?(?:record(?:\s+high)?|all-time\s+high|peak|previous\s+high|high)\b", re.I)


def gaps_below_records(figs: list[Claim], periods: list[Period]) -> None:
    """Figures told as the gap below a record: a change down from the record's month (module docstring)."""
    for c in figs:
        if c.amount is None or c.amount.kind != "money":
            continue
        s = c.sentence.text
        m = _OFF_RECORD.match(s, c.span[1])
        if m is None:
            continue
        after = [p for p in periods if p.span[0] >= m.end() and not re.search(r";|\.\s", s[m.end():p.span[0]])]
        before = [p for p in periods if p.span[1] <= c.span[0] and p.kind in ("month", "day", "week")]
        if not after or after[0].kind != "month":
            continue  # the record's month not named: no base to count from
        c.role, c.direction, c.direction_word = "change", -1, m.group(0).strip()
        c.base_period = after[0]
        c.period, c.period_how = (before[-1], "stated") if before else (None, "none")
