"""A yen move within one day, told by its two ends (issue 13, session 15):

    The dollar plunged from around ¥161 to around ¥157 on July 11, soon after the release of the U.S. CPI.
    ドルは11日、1ドル=161円台から157円台まで急落した。

Both ends are levels the rate touched during that day; FRED's H.10 series (DEXJPUS) has one rate a day, the noon
rate in New York, which can match at most one of them and by chance. Each end is unverifiable with that reason (the
day's rate was judged against the first; the second, read with no period, was judged against the latest rate and
called false).

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import Judgement, unverifiable

_LEVEL = r"(?:(?:about|around|roughly|some|nearly|almost|just (?:over|under)|above|below)\s+)?(?:¥\s?\d{2,3}(?:\.\d+)?|" \
         r"\d{2,3}(?:\.\d+)?\s*yen)"
#: "from around ¥161 to around ¥157", "from 161 yen to 157 yen"; "161円台から157円台まで"
_FROM_TO = re.compile(rf"\bfrom\s+{_LEVEL}\s+to\s+{_LEVEL}|(?:\d{{2,3}}(?:\.\d+)?円(?:台)?(?:前半|半ば|後半)?)から"
                      r"(?:\d{2,3}(?:\.\d+)?円(?:台)?(?:前半|半ば|後半)?)(?:まで|に|へ)", re.I)
#: the move's day: "on July 11", "the following day", "11日", "on Thursday"; a move over days names a span ("from ... to
#: ... between July 11 and 12", "over the week") and is left alone
_SPAN = re.compile(r"\b(?:between|over the (?:week|month)|in (?:a|the) (?:week|month)|weeks?|months?)\b|週間|カ月|か月",
                   re.I)


#: a move over a span that runs to now, its start day not named: "since January", "this year", "so far this year", "年初来"
_SINCE = re.compile(r"\b(?:since\s+(?:early\s+|late\s+|mid-?)?[A-Z][a-z]+|(?:so far )?this year|year to date|so far)\b|年初来|今年", re.I)
_DAY = re.compile(r"\bon\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|[A-Z][a-z]+day\b)|\b(?:the (?:following|next|previous) day|"
                  r"overnight|intraday)\b|(?<!\d)\d{1,2}日(?!間)")


def intraday_move(c: Claim) -> Judgement | None:
    """Unverifiable when the figure is one end of a move "from X to Y" within one day (the claim's period a day, or
    none stated beside the other end's day); else None."""
    s = c.sentence.text
    m = next((m for m in _FROM_TO.finditer(s) if m.start() <= c.span[0] and c.span[1] <= m.end()), None)
    if m is None:
        return None
    if (c.period is None or c.period.is_latest) and _SINCE.search(s):
        # "has risen from 141 yen to 161 yen since January": the start is a day of the span the article does not name
        # (it was judged as the latest rate and called false)
        return unverifiable(f"one end of a move over a span ('{m.group(0)}', {_SINCE.search(s).group(0)}): the article "
                            f"does not name the day of that level")
    if _SPAN.search(s):
        return None
    if c.period is not None and not c.period.is_latest and c.period.kind != "day":
        return None
    if (c.period is None or c.period.is_latest) and not _DAY.search(s):
        return None  # "fell from ¥150 to ¥140" with no day: a move over some time
    return unverifiable(f"one end of a move within one day ('{m.group(0)}'): levels the rate touched during the day, "
                        f"which FRED's daily noon rate (DEXJPUS) does not show")
