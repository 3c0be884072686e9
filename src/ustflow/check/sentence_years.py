"""The year a sentence opens with, for the months it names later without one (issue 13, session 13):

    In September and October 2022, Japan's Treasury holdings declined $131.6 billion from $1.196 trillion in August.
    In 2022, China's holdings fell to $867.1 billion in December from $1,042.5 billion in January.

A month without a year takes the publication's year (the latest such month before the article), which in a story
of 2024 made "in August" August 2023 and judged a true 2022 figure against it. A sentence that opens with a dated
period (its first words, after at most a discourse marker: "However,", "For example,") frames the months named after
it: a bare month is of that year (a base month after the framing month, "from $X in December" after "In March
2024", is of the year before; a later month that is not a base, "and in January" after "In December 2023",
may be of the next year, and is left to the publication's year). Only an opening period stated with its year counts: one later in the sentence may be
background ("Japan, which overtook China in June 2019, ...") or a base ("up from $X in March 2023").

Nothing here reads data.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ustflow.check.periods import Period, month_window

_OPENER = re.compile(r"(?i)\s*(?:(?:however|meanwhile|for example|for instance|in addition|also|but|and|still|yet|"
                     r"by contrast|in contrast|overall|in total|notably)\s*,?\s*)?(?:the\s+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def frame(p: Period, m: re.Match, text: str, start: int, ref: date | None) -> tuple[int, int | None] | None:
    """(year, last month or None) of the dated period ``p`` (matched by ``m`` at ``start``) when it opens the
    sentence ``text``, else None."""
    if not _OPENER.fullmatch(text[:start]) or p.relative or p.is_search or p.role == "from" or \
            not _YEAR.search(m.group(0)) or p.kind not in ("month", "months", "year", "quarter"):
        return None
    if ref is not None and p.end > ref:
        return None
    return p.end.year, (None if p.kind == "year" else p.end.month)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?!\s*,?\s*(?:19|20)\d\d)")
_FROM_BEFORE = re.compile(r"\bfrom\b[^,;]{0,40}$", re.I)


def framed(p: Period, m: re.Match, text: str, opened: tuple[int, int | None] | None, ref: date | None) -> Period:
    """A month named without its year (``p``, matched by ``m`` in ``text``) in a sentence ``opened`` by a dated
    period: that year's month; else ``p`` as it is."""
    if opened is None or p.kind not in ("month", "months") or p.relative or _YEAR.search(m.group(0)):
        return p
    if p.kind == "months" and (len(p.windows) != 1 or p.start.year != p.end.year):
        return p  # "from November to February": a span across a year end is left to the publication's year
    y0, m0 = opened
    mo = p.end.month
    base = p.role == "from" or _FROM_BEFORE.search(text[:m.start()])  # "from $X in December": where a move began
    if m0 is not None and not base and mo < m0:
        return p  # "In December 2023, ... and in January they rose again": the January after, or the one before
    before = [_MONTHS.index(x.group(1)[:3].lower()) + 1 for x in _MONTH_NAME.finditer(text[:m.start()])]
    if m0 is None and not base and before and mo < before[-1]:
        # "In 2024, China sold ...; its holdings were $759.0 billion in December and $784.3 billion in February": a
        # month earlier in the calendar than the one named before it is of a later year, not the opening year's
        return p
    y = y0 - 1 if (m0 is not None and base and mo > m0) else y0
    if y == p.end.year or (ref is not None and date(y, mo, 1) > ref):
        return p
    if p.kind == "months":  # "The 2022 interventions ... in September and October": that year's two months
        return replace(p, windows=[(month_window(y, p.start.month)[0], month_window(y, mo)[1])],
                       note="the year of the period the sentence opens with")
    return replace(p, windows=[month_window(y, mo)], note="the year of the period the sentence opens with")
