"""Yen levels the daily noon rate cannot confirm: a move within one day told by its two ends (issue 13, session 15),
and a level told of a day before the story's own (session 20).

    The dollar plunged from around ¥161 to around ¥157 on July 11, soon after the release of the U.S. CPI.
    ドルは11日、1ドル=161円台から157円台まで急落した。

Both ends are levels the rate touched during that day; FRED's H.10 series (DEXJPUS) has one rate a day, the noon
rate in New York, which can match at most one of them and by chance. Each end is unverifiable with that reason (the
day's rate was judged against the first; the second, read with no period, was judged against the latest rate and
called false).

    外国為替市場では7月11日に1ドル161円台まで円安が加速していた      (a story of 8 November)
    先月29日には円相場が160円をつけた後、154円台まで一気に円高が進んだ
    Japan intervened on Oct. 21, 2022, when the dollar was rising close to 152 yen

A loose yen level ("161円台", "138円後半", "153円", "around ¥157", "close to 152 yen": to the yen or coarser, or
hedged) told of a stated day before the story's day and the day before it, or of a stated month or week whose matching
day is that early ("7月に161円台後半を付けるなど" in a story of 31 July, the noon rate of 10 July in the range), is, in
a story, the level a move reached or a quote at an hour: where the yen went, not where New York's noon rate stood.
The noon rate of some day may fall in the range by chance, and a Tokyo quote is never called contradicted by it
(``markets.market``): so its agreement is not called ``supported`` either. The result is ``unverifiable`` (flag
``past_quote``), keeping the noon rate and day it matched. A level of the story's own day or the day before
("31日午後7時時点で148円台半ば", "現在は144円台", "On Friday, the dollar was trading in the lower 157 yen zone" in
Friday's story), of no day stated, or to the noon rate's own digits ("The dollar fell from 161.7 yen on July 10",
"158.58 yen on July 11, 2024") is judged as it was.

Evidence: the 'supported' yen levels of claims-corpus batches 9-32 while each was blind (``blind_verdicts.csv``, run
with --date) read at a stated period, the day compared before the day before the story's date: 10, 3 right, 7 wrong
(batches 11, 12, 13 (3), 14, 31), and every one of the 10 labelled as accepting 'unverifiable' (the corpus rule: an
intraday level the daily series does not show; none from batch 17 to batch 30; batch 31's, a Korean '155엔대에서
거래됐다' in a story of Monday 20 May 2024, compared with the noon rate of Friday 17 May, its label accepting
'unverifiable' or 'contradicted', was 'supported' while blind: this rule did not set it aside); those of the story's
own day or the day before: 7, 5 right (6, 5 right over batches 9-24; batch 25's, 'around 148.48 per dollar' on the
story's own day, labelled 'unverifiable', was wrong; batches 26-32 had none either way: batch 27's two yen levels, a
Korean and a Spanish one, were 'unverifiable', rightly; batch 28 read no yen level; batch 29's three, a Korean, an
English and a German one, were 'unverifiable', rightly; batch 30's four, all Spanish, were 'unverifiable', rightly;
batch 31's other, a Spanish one, was 'unverifiable', rightly; batch 32 read no yen level). Yields
are left alone: their series are closes, which reporters quote for past days ("ended 2021 at 0.73%", labelled
'supported').

Nothing here reads data.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ustflow.check.claims import Claim
from ustflow.check.results import SUPPORTED, Judgement, set_aside, unverifiable

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


FLAG = "past_quote"
#: a level told to the yen or coarser (half its last digit, in yen): "153円" (0.5), "161円台" (0.5), "138円後半" (0.25);
#: "161.7 yen" (0.05) and "158.58 yen" are the noon rate's own digits
LOOSE = 0.25


def past_quote(c: Claim, j: Judgement, when: date | None) -> Judgement:
    """``j`` unchanged unless it supports a loose yen level (to the yen or coarser, or hedged: ``LOOSE``) of a stated
    period whose day compared (the later of the period's first day and the noon rate's day: a day named, or the day
    of a month or week the rate matched) is before the day before ``when`` (the story's date); then
    ``unverifiable``, flagged ``past_quote``, keeping the noon rate and day it matched (module docstring)."""
    p, a = c.period, c.amount
    if j.verdict != SUPPORTED or when is None or p is None or p.is_latest or not p.windows or a is None or \
            (a.precision < LOOSE and a.qualifier == "exact"):
        return j  # "158.58 yen on July 11", "161.7 yen": the noon rate's own digits, quoted from it
    day = max(p.start, j.figure.end.date()) if j.figure is not None and hasattr(j.figure.end, "date") else p.end
    if day >= when - timedelta(days=1):
        return j
    out = set_aside(j, f"not judged: {c.amount.text} is given for '{p.label}' ({j.period or day}), before the story's "
                       f"own day ({when:%Y-%m-%d}): a level the yen reached or a quote at an hour, which New York's "
                       f"noon rate, one a day, matches only by chance. As read, {j.explanation}", [*j.flags, FLAG],
                    tolerance=j.tolerance)
    out.figure = j.figure  # a qualifier on the level ("a 34-year low") is still judged on the series read
    return out
