"""A confidence gate for a plain ``contradicted`` holdings level: is the reading unambiguous?

``second_look`` re-judges a contradicted figure on nearby readings that the sentence's words allow (the adjacent
period, the other holders it names, ...). This gate runs after it, on what is still a plain contradiction (not one a
revision may explain, not a unit slip), and asks two questions an analyst would ask before signing "the article is
wrong" about a holder's level of Treasuries:

* **Is the figure a reference point that is another month's level, or a part, of the same holder?** A level given as
  a reference point ("from $1.196 trillion", "when it stood at $147.3 billion", "the September level, which amounted
  to ...", "961億ドルから") whose month is the sentence's other period, and that is exactly (to half its last digit,
  precise to 0.25% or better) the holder's level in another month within a year of the month read, is that month's
  level: the checker read the wrong month. A precise figure that is exactly the holder's long-term or short-term
  part near the month read, in a sentence with a word of maturity, is that part ("$107.3 billion worth of long-term
  bonds", "mostly long-dated debt"); said of "Treasuries" alone it is the whole (session 14's reading of the words),
  and a part within 5% of the whole says nothing. A round figure ("$48 billion")
  fits too many months by chance and is not searched; a figure given as the sentence's news ("Japan held $X in
  April") that is another month's level is a reporter's stale figure and stays contradicted.
* **Does the sentence state the holder?** A level whose holder the checker carried from an earlier sentence ("At the
  end of January, the exposure was just USD 113.7 billion") may be another holder's, a group's, or another table's:
  the sentence does not say. A level that matches the holder's first print on TIC's old basis fits its holder, and
  is left alone.

When either holds, the verdict becomes ``unverifiable``, saying what the figure does not match and why another
reading may be meant. A level whose holder the sentence states and that fits no other reading stays
``contradicted``: a plain error in an article (a transposed digit, a wrong total, a stale month) stays an error.

Evidence: the plain ``contradicted`` holdings levels of claims-corpus batches 9-12 as judged while each batch was
blind, i.e. on text the rules had never seen (batch 8's blind output has no claimed values or reading sources).
R = right contradictions a gate would lose; W = wrong ones it sets aside; T = of those, true claims called
contradicted; fix = wrong ones whose label accepts ``unverifiable``:

=============================================  ===========  ========  ========  ========  ==================
feature (holdings level, plain contradicted)    b9           b10       b11       b12       total
=============================================  ===========  ========  ========  ========  ==================
all                                             R10 W16      R8 W6     R1 W6     R1 W14    R20 W42 (T25)
reference point = another month's level         R0 W7        R0 W1     R0 W0     R0 W1     R0 W9 (T9)
another part of the holder                      R0 W3        R0 W0     R0 W1     R0 W0     R0 W4 (T4)
both, without the reference-point condition   R1 W11       R0 W1     R0 W1     R0 W1     R1 W14 (T13)
holder inherited from an earlier sentence       R0 W2 fix2   R0 W2     R0 W2     R0 W2     R0 W8 (T5, fix 3)
=============================================  ===========  ========  ========  ========  ==================

Both gates lose no right verdict on any of the four batches, and each sets aside wrong ones on at least three of
them: 21 contradictions, 18 of them true claims, for none lost. Without the reference-point condition the month
search also loses reporters' stale figures ("US$1.137 trillion", equal to the level a year before; on development
today 5 right contradictions, such as a table of April printing February's level, for 1 true claim saved).

Features measured and not made gates (same evidence, all plain contradictions of batches 8-12): the period stated in
the sentence or not (levels: stated R8 W20, latest published R7 W14, earlier sentence R4 W7: no separation); a gap
under 5% (R6 W4: plain errors are near, but so are misread months); one figure in the sentence (R7 W26) against two
or more (R13 W16: a "from X to Y" sentence is read right more often); a hedged figure ("about", "約": R3 W23 over all
measures, but the wrong ones are wrong for other reasons); for changes, another span of the same holder (R4 W5:
small changes such as "$1.1 billion" fit some other span by chance) and an inherited holder (R1 W5, no true claim,
gains on two batches only); for MoF flows, the same series over another span (a year's total, the next week: W3 on
two batches only); streaks and records (a count off by one in 4 of the 9 right streaks; no feature separates).
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.period_gate import period_gate
from ustflow.check.results import CONTRADICTED, NOT_PLAIN, Judgement, not_judged
from ustflow.check.second_look import NEAR_WHOLE
from ustflow.check.span_gate import span_gate

#: a figure searched over other months must be at least this precise (half its last digit over its value):
#: "$112.3 billion" (0.04%) and "9336億ドル" (0.005%) are; "$48 billion" (1%) and "$1.15 trillion" (0.4%) are not
PRECISION = 0.0025

#: how many months either side of the month read are searched for the same holder's level
MONTHS = 12


def confidence_gate(c: Claim, j: Judgement, ctx) -> Judgement:
    """``j`` unchanged unless it is a plain contradiction of a holdings level whose reading is not sure (see the
    module docstring); then ``unverifiable``, saying why. A level that matches the holder's first print on TIC's
    old basis (``first_print_old_basis``) fits its reading: it is left alone. A change or flow first goes through
    ``span_gate`` (a span stated, one period judged), and every figure through ``period_gate`` (a period two years
    or more before the story whose year the sentence does not name)."""
    j = period_gate(c, span_gate(c, j), ctx)  # a period long before the story, its year not in the sentence
    if j.verdict != CONTRADICTED or c.measure != "holdings_level" or c.amount is None or c.amount.kind != "money" \
            or c.combined or NOT_PLAIN & set(j.flags):
        return j
    fit = other_level(c, j, ctx)
    if fit is not None:
        what, value = fit
        why = "the figure is a reference point in its sentence (a level 'from' or 'when'), whose month is the " \
              "checker's reading" if "level in" in what else "a precise figure landing on another part of the " \
              "holder's Treasuries is more likely that part than a misprint"
        return not_judged(j, f"the figure does not match {_read(j)}, but it is {what} ({value:,.1f}); {why}, so "
                         f"another reading may be meant", "other_value")
    if c.subject is not None and c.subject_how == "inherited":
        return not_judged(j, f"the figure does not match {_read(j)}; the sentence does not state the holder (it was "
                         f"taken from an earlier sentence), so another holder may be meant", "holder_not_stated")
    return j


#: words between the last number before a figure and the figure that make it a reference point, not the sentence's
#: news: "from $1.196 trillion", "when it stood at $147.3 billion", "the September level, which amounted to ...",
#: "前月の1兆0920億ドルから"
_REFERENCE_BEFORE = re.compile(r"\b(?:from|when|level|previous|prior|earlier|ago|compared)\b|前月|前年|当時", re.I)
#: "961億ドル(約10兆6000億円)から487億ドルに": Japanese puts "from" after the figure
_REFERENCE_AFTER = re.compile(r"\s*(?:[(（][^)）]*[)）])?\s*から")


def reference_point(c: Claim) -> bool:
    """Whether the figure is given as a reference point in its sentence ("from $X", "when it stood at $X", "the
    October level, which stood at $X", "X億ドルから"): its month is the sentence's other period, the one whose
    reading is least sure. The words count only after the last number before the figure: in "fell from the
    previous month by US$36.5 billion to US$1.137 trillion" the "from" is the change's."""
    text, (start, end) = c.sentence.text, c.span
    before = text[:start]
    last = max((i for i, ch in enumerate(before) if ch.isdigit()), default=-1)
    return bool(_REFERENCE_BEFORE.search(before[last + 1:]) or _REFERENCE_AFTER.match(text, end))


def _read(j: Judgement) -> str:
    label = j.figure.label if j.figure is not None and j.figure.label else "the holdings"
    official = f" ({j.official_value:,.1f} {j.official_unit or ''})".replace(" )", ")") \
        if j.official_value is not None else ""
    return f"{label} in {j.period or 'the period read'}{official}"


def other_level(c: Claim, j: Judgement, ctx) -> tuple[str, float] | None:
    """(what it is, its value) when the claimed level is, within half its last digit, the same holder's level in
    another month within ``MONTHS`` of the one read (and released by the article's date) and the figure is given as
    a reference point (``reference_point``), or, in a sentence with a word of maturity ("long-term", "bonds",
    "長期"), its long-term or short-term part (or, for a part, the whole) in the month read or one next to it, unless
    that part is within 5% of the value read; None otherwise, or when the figure is too round to tell
    (``PRECISION``)."""
    import pandas as pd

    from ustflow.check import compare as C
    from ustflow.check.rulekit import series
    from ustflow.check.windows import release_date

    fig = j.figure
    if fig is None or fig.agg != "level" or not fig.periods or j.claimed_value is None:
        return None
    p, sid = fig.end, fig.series
    if not isinstance(p, pd.Period) or not p.freqstr.startswith("M") or not sid.startswith("tic.holdings"):
        return None
    claimed, tol = abs(j.claimed_value), C.tolerance(c.amount, 1e9)
    if not claimed or tol > PRECISION * claimed:
        return None

    def fits(v) -> bool:
        return v is not None and not pd.isna(v) and abs(float(v) - claimed) <= C.table_tolerance(tol, sid)

    def released(q) -> bool:  # the month read and those before it were out when the checker read it; a later month
        return q <= p or (ctx.date is not None and release_date(sid, q) <= ctx.date)  # by TIC's release calendar

    s = series(ctx, sid) if reference_point(c) else None
    if s is not None:
        s = s.dropna()
        for k in sorted(range(-MONTHS, MONTHS + 1), key=abs):
            q = p + k
            if k and q in s.index and released(q) and fits(s[q]):
                return f"the same holder's level in {q.year}-{q.month:02d}", float(s[q])
    if not _TERM_WORDS.search(c.sentence.text):
        return None  # "Japan's holdings of Treasuries stood at ...": the whole, as the words say (session 14)
    for other, word in _parts(sid):
        t = series(ctx, other)
        if t is None:
            continue
        for q in (p, p - 1, p + 1):
            if q in t.index and released(q) and fits(t[q]) and \
                    abs(float(t[q]) - fig.value) > NEAR_WHOLE * abs(fig.value):
                return f"the same holder's {word} in {q.year}-{q.month:02d}", float(t[q])
    return None


#: words for a maturity part, or that some stories use for one: "long-term", "long-dated", "bonds", "bills", "notes",
#: "長期債", "短期証券"
_TERM_WORDS = re.compile(r"\b(?:long|short)[- ](?:term|dated)\b|\b(?:bonds?|bills?|notes)\b|長期|短期", re.I)



def _parts(sid: str) -> list[tuple[str, str]]:
    """The other series of one holder's Treasuries: the long-term and short-term parts of a total, the total and the
    other part of a part."""
    from ustflow.check.holdings_terms import term_id

    words = {"lt": "long-term part (bonds and notes)", "st": "short-term part (bills)"}
    kind = sid.rsplit(".", 1)[-1]
    if sid.startswith("tic.holdings_term.") and kind in words:
        slug = sid.split(".")[2]
        other = "st" if kind == "lt" else "lt"
        return [(f"tic.holdings.{slug}", "total holdings"), (term_id(slug, other), words[other])]
    if sid.startswith(("tic.holdings.", "tic.holdings_ext.")):
        slug = sid.split(".", 2)[2]
        return [(term_id(slug, k), w) for k, w in words.items()]
    return []
