"""A confidence gate for a plain ``contradicted`` run: does the period read go against the run itself?

``qualifier_look`` re-judges a contradicted qualifier on nearby readings of its figure; this gate runs after it, on
what is still a plain contradiction (not one a revision may explain), and asks one question an analyst would ask
before signing "the article miscounts the run": **does the series read move the claimed way in the period the run
ends at?** A run of three or more ("for the fourth straight month", "3カ月連続で売り越し", "after a three-month rising
streak"), in the direction the words state, when the series read moves the other way in that very period (a run of
none) is ``unverifiable``. A reporter who counts a run has the latest period's direction in front of them: a miscount
gives a run of one or two, not none. A run of none says the series, the period or the figure read is not the
reporter's (another holder or series, the month before, a year's balance read for a month's, a first print since
revised). A run of one or more, or of two claimed, against the period read stays contradicted: reporters do miscount
runs ("the fourth straight month" when it was the first), and on the evidence they were as often right as wrong.

Evidence: every plain ``contradicted`` of claims-corpus batches 8-13 as judged while each batch was blind, i.e. on
text the rules had never seen (``tests/claims_corpus/blind_verdicts.csv``; batch 8's blind output names no measure: the claim's
measure today). R = right contradictions a gate would lose; W = wrong ones it sets aside (T = true claims among them,
U = claims labelled unverifiable):

========================================  =====  =====  =====  =====  =====  ======  =====================
plain contradicted run (streak)            b8     b9     b10    b11    b12    b13     total
========================================  =====  =====  =====  =====  =====  ======  =====================
all                                        R2 W3  R2 W5  R3 W3  R1 W7  R3 W4  R8 W10  R19 W32 (T24, U8)
run of >= 3 claimed, official run 0        R0 W1  R0 W1  R0 W0  R0 W2  R0 W2  R0 W2   R0 W8 (T6, U2)  gate
run of >= 3 claimed, official run 1        R1 W0  R1 W2  R0 W1  R0 W0  R0 W0  R0 W2   R2 W5
run of 2 claimed, official run 0           R0 W0  R0 W0  R0 W0  R0 W0  R1 W0  R0 W1   R1 W1
off by one                                 R1 W1  R1 W1  R3 W0  R1 W1  R0 W1  R4 W0   R10 W4
========================================  =====  =====  =====  =====  =====  ======  =====================

The gate loses no right contradiction on any of the six batches and sets aside wrong ones on five of them (eight,
six of them true claims). On development today it turns four contradictions unverifiable: two true claims ("3カ月連続"
of a month of net buying; "the fourth year in a row" of a yearly balance read as a month's), one labelled
unverifiable, and one labelled contradicted, India's "dip for fourth month" of December 2012, which the first print
had as a fourth fall (the survey revision two weeks later made it a rise): an article true when written.

Measured on the same evidence and not made gates (they do not hold on four batches, or lose right verdicts): a
record's look-back ("a one-year high", "the most in two years") the data exceed, a record or a match beyond the
window (R0 W4, on batches 9-11 only; on development it also sets aside a right one); any look-back record (R0 W8 at
blind time on five batches, but the checker has since read most of those right, and on development today the gate
would lose four right ones, such as "4カ月ぶりの低い数値" when the month before last was lower); a "since X" named by a
date (R12 W11); "first time in N years" (R7 W9); a rank of first or second claimed (R2 W7, losing on two batches);
the record's period stated, carried or the latest published (stated R32 W49, latest R20 W23); its holder inherited
(R3 W4).
"""

from __future__ import annotations

from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, Judgement, not_judged

#: the shortest claimed run the gate trusts a reporter to have counted from the latest period: "a second straight
#: month" against a run of none is as often a reporter's slip as a misreading (batch 12: right)
MIN_RUN = 3

#: run qualifiers whose official value is the run counted back from the period read (``streaks``, ``runs``,
#: ``streak_spans``, ``bop_records``): a "streak_end" counts the run before a break, a "count_in" a tally
_RUNS = ("streak", "streak_before")


def run_gate(c: Claim, j: Judgement | None) -> Judgement | None:
    """``j`` unchanged unless it is a plain contradiction of a run of ``MIN_RUN`` or more that the period read goes
    against (module docstring); then ``unverifiable``, saying why."""
    if j is None or j.verdict != CONTRADICTED or c.qualifier is None or "possible_revision" in j.flags:
        return j
    q = c.qualifier
    if q.kind in _RUNS and q.n >= MIN_RUN and j.official_value == 0 and \
            (j.official_unit or "").startswith("consecutive"):
        grain = q.grain or "period"
        return not_judged(j, f"the claim counts a run of {q.n} {grain}s, but the series read moves the other way in "
                         f"{j.period or 'the period read'} itself (a run of none); a reporter counting a run has the "
                         f"latest period before them, so another series, period or direction is more likely meant "
                         f"than a run miscounted", "run_against_period", keep_figure=False)
    return j

