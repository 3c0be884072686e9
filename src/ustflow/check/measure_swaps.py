"""A holdings figure read as the wrong measure: a level taken for a change, or a change for a level (session 29).

Stories put a holder's level and its change in the same words: "Japan topped the holders of US bonds by 1.258 trillion
dollars" (a level after "by"), "the Kingdom's holdings of bonds increased by about $121.6 billion at the end of July"
(the level, after a verb of change), "In February, Canada added a stunning $55 billion" or "including $16 billion in
March" (changes the grammar gives no verb of change to), "中国は1兆1130億ドルと約23億ドルの増加だった" (the level, paired
with its change). When the rules read the figure as one measure and it lands more than three times away from it
(``compare.far_from_official``: a gap that size is "more often another measure than a misprint"), while the other
measure, same holder, same month, fits the figure to its digits, the figure is that other measure: a level and a
change of one holder differ by a factor of ten or more, so both cannot fit, and the one that fits is the article's.
``second_look`` then reports the other measure's verdict instead of setting the figure aside as unverifiable.

Not when the figure is named a change by the noun after it ("a $136.3 billion increase in Saudi Arabia's holdings"):
the article then says it is a change, and a level stated as a change is the article's error. Nor in a sentence about
the gap between two holders ("日本との差が80億ドルに縮まり"), whose figure is neither. Nor for the readings of
longer spans, other periods or other holders: only the swap of level and change on the same holder and month.

Evidence (development, batches 1-21, session 29, dev-only evaluation): 11 true figures of 8 batches (9, 12, 15, 17, 18,
19, 20, 21) that were set aside as unverifiable are now supported; no verdict broken, none of the 55 true claims called
contradicted added.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import SUPPORTED, Judgement

#: ``second_look.readings``' names of the two swaps
SWAPS = ("the level rather than the change", "the change over the month rather than the level")

#: a noun of change right after the figure: "a $136.3 billion increase", "$5 billion drop"
_CHANGE_NOUN = re.compile(r"\s*(?:[-‐]?\s*)?(?:increase|decrease|rise|fall|drop|decline|gain|jump|cut|reduction|"
                          r"surge|plunge|addition)s?\b", re.I)

#: a figure that is the gap between two holders ("日本との差が80億ドルに縮まり"): neither a level nor a change
_GAP_WORD = re.compile(r"差|\b(?:gap|difference|margin)\b", re.I)


def swapped_measure(c: Claim, j: Judgement, k: Judgement, what: str) -> Judgement | None:
    """``k`` (the other measure's verdict), saying why, when ``j`` is a far contradiction of a holdings level or change
    and ``k``, the same figure read as the other measure (``what``, one of ``SWAPS``), supports it (module docstring);
    None otherwise."""
    if k.verdict != SUPPORTED or not what.startswith(SWAPS) or "far_from_official" not in j.flags:
        return None
    end = c.amount.span[1] if c.amount is not None else c.span[1]
    if _CHANGE_NOUN.match(c.sentence.text, end) or _GAP_WORD.search(c.sentence.text):
        return None
    k.explanation = f"read as {what}: {k.explanation} (as first read, {j.explanation})"
    k.flags = [*k.flags, "other_measure"]
    return k
