"""A holder's change pinned by the level the sentence says it moved to.

    Chinese holdings rose 0.4 percent to $1.1696 trillion            (May 2012: 1,164.0 today, a fall of 0.03%)
    Japan ... pared its holdings by USD20.6 billion to USD1.103 trillion   (October 2024: 1,101.5, a rise of 6.0)
    第3位の英国の保有高は304億ドル減の6807億ドル。                   (April 2023: a fall of 8.0 today)

A contradicted TIC change (or percent change) is set aside as ``unverifiable`` when the checker may have read
another measure than the article's: a gap of more than three times the official value (``compare.far_from_official``,
``second_look``) or, of a period the sentence does not state, a move the other way (``reading_gate.direction_gate``).
But when the same holder's level that the change is said to reach, told right after it ("by $X to $Y", "X減のY",
"X増加しY"), is that holder's level at the month the change was read at (exactly, or within the revisions of a
first print) and not the month before's, the sentence itself shows the checker read the article's holder and month:
the gap is the change's own (first prints of TIC changes are revised by several times their size, or the article
is wrong), and the contradiction stands, saying so.
"""

from __future__ import annotations

import copy
import re
from typing import Callable

from ustflow.check.claims import Claim
from ustflow.check.numbers import find_amounts
from ustflow.check.periods import Period, month_window
from ustflow.check.results import SUPPORTED, Judgement
from ustflow.check.rulekit import NoPeriod, possessive, subject_label

#: the measures a level can pin
MEASURES = ("holdings_change", "holdings_pct")
#: between a change and the level it reaches: "by $4.4 billion to $1.18 trillion", "30.4 billion U.S. dollars to",
#: "304億ドル減の", "18億ドル増加し", "64億ドル減少して"
_TO = re.compile(r"(?:\s*(?:U\.?S\.?\s*)?dollars?)?,?\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?"
                 r"|\s*(?:減|増)(?:少|加)?(?:の|し(?:て)?、?)", re.I)


def reached_level(c: Claim):
    """The dollar level the sentence says ``c``'s change reached, told right after it (module docstring), or None."""
    s, a = c.sentence.text, c.amount
    for o in find_amounts(s):
        if o.span[0] < a.span[1] or o.kind != "money" or o.currency not in ("USD", None) or o.parenthetical:
            continue
        return o if _TO.fullmatch(s, a.span[1], o.span[0]) else None
    return None


def level_pin(c: Claim, j: Judgement, ctx, judge: Callable[[Claim, object], Judgement]) -> str:
    """A note saying the level ``c`` reached pins the holder and month ``j`` was read at, else ""."""
    if c.measure not in MEASURES or c.amount is None or j.figure is None or not hasattr(j.figure.end, "month"):
        return ""
    lv = reached_level(c)
    if lv is None:
        return ""
    e = j.figure.end
    at = _level(c, lv, e, ctx, judge)
    before = _level(c, lv, e - 1, ctx, judge)
    if at is None or before is None or before.verdict == SUPPORTED or \
            not (at.verdict == SUPPORTED or "possible_revision" in at.flags):
        return ""
    how = "exactly" if at.verdict == SUPPORTED else "within the revisions of a first print"
    return (f"the level the sentence says it reached, {lv.text}, is {possessive(subject_label(c))} level in {e} ({how}; "
            f"{at.official_value:,.1f} USD bn today): the holder and month read are the article's, so the gap is the change's own")


def _level(c: Claim, lv, month, ctx, judge) -> Judgement | None:
    """``c``'s holder's level ``lv`` judged at ``month``, or None if no rule can place it there."""
    alt = copy.copy(c)
    alt.amount, alt.span, alt.measure, alt.role, alt.kind = lv, lv.span, "holdings_level", "level", "amount"
    alt.direction, alt.pair, alt.change_hint, alt.notes = None, None, None, []
    alt.period, alt.period_how = Period("month", [month_window(month.year, month.month)], str(month)), "stated"
    try:
        return judge(alt, ctx)
    except (NoPeriod, LookupError):
        return None
