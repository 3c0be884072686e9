"""A confidence gate for a plain ``contradicted`` read at a period long before the story: does the sentence name it?

A reporter who gives a figure of two or more years before the story says so ("in 2013", "fiscal 2007", "15年度",
"since October 2013, when ..."): an old figure without its year would not be understood. When the checker compared a
figure with a period that ended two years or more before the story's date and no year of that period (nor the year
before or after it, which anchors "a year earlier") appears in the sentence, the period is the checker's inference,
not the article's words: a relative phrase ("a year earlier", "the previous year's") resolved against another date,
a year carried from another sentence or paragraph, a span read as another ("2005" for a week of 2023), a holder's
last listed month. A plain ``contradicted`` on such a reading becomes ``unverifiable``, naming the period read and
the story's date. A figure of an old period whose year the sentence names ("fell to ¥1.17 trillion in fiscal 2008",
"the 2015 peak of ¥21,303.2 billion"), one whose period is carried from the sentence before, and every figure of a
recent period are judged as they were: a plain error in an article stays contradicted. So is a peak ("peaked above
$1.5 trillion"): its month is the data's highest, not a reading of the words.

Evidence: every plain ``contradicted`` of claims-corpus batches 8-14 as judged while each batch was blind, i.e. on
text the rules had never seen (``tests/claims_corpus/blind_verdicts.csv``; batch 8's blind output names no measure or period
source: its period and sentence are enough here). R = right contradictions the gate would lose; W = wrong ones it
sets aside (T = true claims among them); c = claims labelled contradicted whose blind verdict compared another
period (wrong at blind time, and still wrong as ``unverifiable``):

==========================================  =====  =====  =====  =====  =====  =====  =====  ==============
plain contradicted                           b8     b9     b10    b11    b12    b13    b14    total
==========================================  =====  =====  =====  =====  =====  =====  =====  ==============
all                                          R14    R32    R25    R49    R70    R124   R78    R392 W324
                                             W39    W48    W46    W33    W62    W71    W25
period read >= 2 years before the story,     R0 W2  R0 W3  R0 W0  R0 W0  R0 W1  R0 W3  R0 W1  R0 W10 (T10)
no year of it in the sentence, not carried   c1     c1                   c1     c1     c1     c5        gate
the same, carried from another sentence too  R0 W2  R0 W3  R0 W0  R0 W0  R0 W2  R0 W3  R0 W1  R0 W11 (T11)
the same, >= 1.5 years                       R0 W2  R0 W3  R0 W0  R0 W0  R0 W3  R0 W3  R0 W1  R0 W12 (T12)
the same, year not named before the sentence R0 W0  R0 W3  R0 W0  R0 W0  R0 W1  R0 W2  R0 W1  R0 W7 (T7)
==========================================  =====  =====  =====  =====  =====  =====  =====  ==============

The gate loses no right verdict on any of the seven batches and sets aside wrong ones on five of them: ten, all
true claims ("from ¥1.4 trillion a year earlier" read as 2006 in a story of 2020; "売り越しは3カ月連続で" read at May
2009 in a story of 2023; "the Sultanate of Oman, 5.3 billion dollars" read at December 2017, the last month the
table lists Oman on its own, in a story of 2021), and five labelled contradicted that it had compared with the wrong
period. A period carried from the sentence before ("In November 2013 ... In the following month, China held
$1.5 trillion") is the article's own anchor and is left to ``second_look``: the gate does not touch it (touching it
would set aside one more true claim at blind time, on batch 12, and a reporter's error anchored that way).
Requiring the year to be absent from the whole text before the sentence, not only from the sentence, sets aside
fewer wrong ones for no right one kept (a year named paragraphs before is no anchor for a relative phrase: in four
of the eleven the checker had taken its period from just such a year).
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, Judgement, not_judged

#: how many months before the story's date the period read must end for its year to be required in the sentence
MONTHS = 24

#: a year, a month and a day in a period as the checker shows it: "2019-12 to 2020-02", "FY2009 (2009-04..2010-03)",
#: "2014-03-06..2014-03-12", "2016"
_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-(\d\d))?(?:-\d\d)?(?!\d)")


def period_read(j: Judgement) -> tuple[set[int], int] | None:
    """(the years of the period the verdict compared, its last month counted as ``year * 12 + month``), or None when
    the verdict names no period."""
    found = _DATE.findall(j.period or "")
    if not found:
        return None
    y, m = found[-1]
    return {int(a) for a, _ in found}, int(y) * 12 + (int(m) if m else 12)


def names_year(text: str, year: int) -> bool:
    """Whether ``text`` names ``year``: "2013", "fiscal 2013", "13年", "13年度", "'13"."""
    yy = f"{year % 100:02d}"
    return bool(re.search(rf"(?<!\d){year}(?!\d)|(?<!\d){yy}\s*年|[''’]{yy}(?!\d)", text))


#: "the following month", 翌月: read from the month named before it (``relative_periods``), an anchor as a period
#: carried from the sentence before is
_NEXT_MONTH = re.compile(r"\b(?:next|following|subsequent)\s+month\b|翌月", re.I)


def period_gate(c: Claim, j: Judgement | None, ctx) -> Judgement | None:
    """``j`` unchanged unless it is a plain contradiction read at a period that ended ``MONTHS`` or more before the
    story's date, no year of which (nor the year before or after, the anchor of "a year earlier") its sentence names,
    and not carried from another sentence (module docstring); then ``unverifiable``, saying why."""
    if j is None or j.verdict != CONTRADICTED or ctx.date is None or c.period_how == "context" or \
            c.measure.endswith("_peak") or {"possible_revision", "unit_trap"} & set(j.flags):
        return j
    if c.period is not None and c.period.relative and _NEXT_MONTH.search(c.period.label):
        return j  # "In the following month, China held ...": the month after the one named before, as a carried period
    read = period_read(j)
    if read is None:
        return j
    years, end = read
    story = ctx.date.year * 12 + ctx.date.month
    near = range(min(years) - 1, max(years) + 2)  # "fell in 2019, from $1.5 trillion a year earlier": anchored
    if story - end < MONTHS or any(names_year(c.sentence.text, y) for y in near):
        return j
    return not_judged(j, f"the figure was compared with {j.period}, {(story - end) // 12} years or more before the "
                         f"story ({ctx.date:%Y-%m-%d}), but the sentence names no year of it; a reporter gives an old "
                         f"figure with its year, so the period is the checker's inference (a relative phrase, a year "
                         f"carried from elsewhere) and another one is more likely meant", "old_period_not_named")
