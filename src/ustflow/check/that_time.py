"""A sentence that opens on a time named before it (issue 13, session 18):

    China's holdings hit a 14-year low, the lowest since May 2009. At that time, the level was 776.4 billion dollars.
    The decline began in October 2013, when holdings reached $149.9 billion. Then Russia was ranked tenth.

"At that time", "At the time", "Back then", "Then" opening a sentence point at the last month (with its year) the
sentence before named, whatever that month was to it (the month a look-back reaches back to, the month of a "when"
clause): a level or a place in such a sentence that states no period of its own is that month's. Without the pointer
the claim took the story's latest month (or the period of a figure before it) and judged a past level against today's.
Only a month named with its year, in the sentence right before (in the same paragraph), and only TIC holdings (a level, a place); a sentence
whose "then" is a step in a sequence ("Then, in March, ...") states its own period and keeps it.

When the sentence before names no month at all (neither with its year nor without: "China's stood at $651.1 billion,
down $92.5 billion over the same period. Back then, China held $743.6 billion"), "At that time", "At the time" and
"Back then" still point back to a time the story told before, which the checker cannot place: such a level or place is
left undated (unverifiable, saying so), not judged on the story's latest month. A bare "Then" (often a step in a
sequence) and a sentence before that names a month without its year ("in April. At the time, ...": the story's own
month) keep the latest.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim, family
from ustflow.check.periods import Period, month_window
from ustflow.check.text import MONTH_RE, month_number

#: not "At the time of writing" (now), nor "Then again" (a turn of the argument, no time)
_BACK_WORDS = r"At\s+(?:that|the)\s+(?:time|point)(?!\s+of\b)|Back\s+then"
_OPENER = re.compile(rf"\s*(?:{_BACK_WORDS}|Then(?!\s+again\b))\b,?\s", re.I)


def opens_on_earlier_time(text: str) -> bool:
    """Whether the sentence opens on a time named before it ("At that time", "Back then", "Then"): its period is the
    sentence's own words, pointing back, not one the checker carried."""
    return _OPENER.match(text) is not None


#: the openers that point back to a time even when the sentence before names no month ("Then" alone does not)
_BACK = re.compile(rf"\s*(?:{_BACK_WORDS})\b", re.I)
_MONTH = re.compile(rf"\b(?:{MONTH_RE})\b")
#: "Then they fell to $1,126.1 billion": a bare "Then" before a move is the next step, not the time named before
_SEQUENCE = re.compile(r"\s*Then\b(?=[^.;]*?\b(?:fell|rose|dropped|declined|climbed|increased|decreased|jumped|slid|"
                       r"slipped|cut|added|raised|reduced|trimmed|boosted|shed|sold|bought|grew|shrank|surged|plunged)\b)",
                       re.I)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)\b")


def that_time(claims: list[Claim], sentences: list) -> None:
    """Give a TIC level or place in a sentence opening on "At that time" (module docstring) the month its sentence
    before named last, when it states no period of its own."""
    by_index = {s.index: s for s in sentences}
    for c in claims:
        if c.period is not None or not c.measure or family(c.measure) != "tic" or \
                c.measure not in ("holdings_level", "rank") or not _OPENER.match(c.sentence.text) or \
                _SEQUENCE.match(c.sentence.text):
            continue
        before = by_index.get(c.sentence.index - 1)
        named = list(_MONTH_YEAR.finditer(before.text)) if before is not None and \
            before.paragraph == c.sentence.paragraph else []
        if not named:
            back = _BACK.match(c.sentence.text)
            if back is not None and before is not None and before.paragraph == c.sentence.paragraph and \
                    not _MONTH.search(before.text):
                c.undated = back.group(0).strip()  # a time told before that the checker cannot place
            continue
        m = named[-1]
        c.period = Period("month", [month_window(int(m.group("y")), month_number(m.group("m")))], m.group(0), relative=True,
                          note=f"'{_OPENER.match(c.sentence.text).group(0).strip(' ,')}': the month the sentence before named")
        c.period_how = "context"
