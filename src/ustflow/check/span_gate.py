"""A confidence gate for a contradicted change or flow: was it judged over the span its sentence states?

A reporter's change or flow is often a total over several periods, said with a duration or a starting point beside
the figure: "jumped by USD 31.4 billion in eight months starting January", "a cumulative 9.9 trillion yen",
"5カ月間で累計774億ドルを売却", "2025年1月以降、米国債の保有が10%減少", "has added $141 billion since December". When
the checker judged such a figure over a single step (one month's change, one month's or one week's flow), it
compared another quantity: the verdict says nothing about the article. A ``contradicted`` change, percent change or
flow judged over one period, with such a span phrase in its clause (no other number between the phrase and the
figure), becomes ``unverifiable``, naming the phrase. A phrase after a superlative ("the most since 2015", "the
largest in two years", "the first fall since March") is a record's, not the figure's span, and is not one. A figure whose span the checker did
read ("fell $30 billion since January": the change from December on) is judged as it was; a one-month figure in a
sentence naming no span stays contradicted.

Evidence: every plain ``contradicted`` change, percent change and flow of claims-corpus batches 8-13 as judged while
each batch was blind (``tests/claims_corpus/blind_verdicts.csv``; batch 8's blind output names no measure: the claim's measure
today). R = right contradictions a gate would lose; W = wrong ones it sets aside (T = true claims among them):

=======================================  =====  =====  =====  =====  =====  =====  ==================
change or flow, plain contradicted        b8     b9     b10    b11    b12    b13    total
=======================================  =====  =====  =====  =====  =====  =====  ==================
all                                       R10 W10 R11 W7 R8 W7  R2 W5  R9 W9  R14 W5 R54 W43 (T33)
span phrase, judged over one period       R0 W1  R0 W1* R0 W1  R0 W0  R0 W1  R0 W1  R0 W5 (T4)   gate
span phrase, a span judged                R0 W1  R0 W0  R0 W0  R0 W0  R0 W0  R0 W0  R0 W1 (T1)
no span phrase                            R10 W8 R10 W7 R8 W6  R2 W5  R9 W8  R14 W4 R53 W38
=======================================  =====  =====  =====  =====  =====  =====  ==================

(*) batch 9's is labelled contradicted ("5カ月間で累計774億ドルを売却": the five months' sales were $76.9 billion),
but the checker contradicted it with one month's -$37.2 billion: right by accident, wrong in what it compared. The
gate loses no right verdict on any batch and sets aside wrong ones on five of six.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, Judgement, not_judged
from ustflow.check.text import MONTH_NAMES

#: the measures whose figure may be a total over several periods
MEASURES = ("flow", "holdings_change", "holdings_pct")

_N = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
#: a duration or a starting point that makes a figure a total over several periods
SPAN = re.compile(
    r"\bcumulative(?:ly)?\b|累計"
    rf"|\bin (?:the )?(?:(?:first|past|last) )?{_N} (?:weeks|months|years|quarters|decade)\b"
    rf"|\bover the (?:past|last) (?:{_N} )?(?:weeks|months|years|quarters|decade)\b"
    rf"|\b{_N}[- ](?:weeks?|months?|years?) (?:starting|through|ending|since|from)\b"
    r"|\bso far (?:this|in) \w+|\byear[- ]to[- ]date\b|年初来"
    r"|\d+\s*(?:カ月|か月|ヶ月|ケ月|週|年)間で|(?:年|月|日)以降|(?:今年|年明け|\d+月)に入って(?:から)?"
    rf"|\bsince (?:the (?:start|end|beginning) of )?(?:{MONTH_NAMES}|\d{{4}}|(?:this|the) year\b|last(?! (?:month|week)\b)|early|late|mid)",
    re.I)
#: a superlative or "first" just before the phrase: "the most since 2015", "the largest in two years" are a record's
#: reference, not a span
_RECORD_BEFORE = re.compile(r"\b(?:most|largest|biggest|highest|lowest|first|best|worst|smallest|least|steepest|"
                            r"sharpest|fastest|strongest|weakest|record)\b[^.;]{0,25}$", re.I)
#: a superlative or a look-back right after the phrase, as Japanese writes a record: "昨年以降で最大", "2月以降で最も多い",
#: "年初来最大", "今年に入って最高"
_RECORD_AFTER = re.compile(r"\s*(?:で|では|の|としては)?\s*(?:最|初|過去最|一番|もっとも)")
#: how far before and after the figure a span phrase is looked for
BEFORE, AFTER = 60, 40


def stated_span(c: Claim) -> str:
    """The span phrase of the figure's clause ("in eight months starting", "累計", "since December"), or "": one
    with no other number between it and the figure, and no other amount nearer to it."""
    from ustflow.check.numbers import find_amounts

    text, (start, end) = c.sentence.text, c.span
    others = [a.span for a in find_amounts(text) if a.span[1] <= start or a.span[0] >= end]
    for m in SPAN.finditer(text, max(0, start - BEFORE), min(len(text), end + AFTER)):
        if _RECORD_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or _RECORD_AFTER.match(text, m.end()):
            continue  # "the most since 2015", "the largest in two years", "昨年以降で最大": a record's reference
        between = text[m.end():start] if m.end() <= start else text[end:m.start()] if m.start() >= end else ""
        if re.search(r"\d", between) or any(_gap(m.span(), o) < _gap(m.span(), (start, end)) for o in others):
            continue  # another figure between them, or nearer: "sold ¥1.5 trillion in June, bringing its purchases
            # since January to ¥2 trillion": the phrase is that one's
        return m.group(0)
    return ""


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def span_gate(c: Claim, j: Judgement) -> Judgement:
    """``j`` unchanged unless it contradicts a change or flow judged over one period whose clause states a span of
    several (module docstring); then ``unverifiable``, naming the phrase."""
    fig = j.figure
    if j.verdict != CONTRADICTED or c.measure not in MEASURES or fig is None or fig.n != 1 or fig.calendar \
            or fig.agg not in ("change", "sum", "pct") or "unit_trap" in j.flags:
        return j
    phrase = stated_span(c)
    if not phrase:
        return j
    return not_judged(j, f"the sentence gives the figure over a span ('{phrase}'), but it was compared with one "
                         f"period's value ({j.period or 'the period read'}), so the comparison is not the article's",
                      "span_not_read", drop=("possible_revision",))
