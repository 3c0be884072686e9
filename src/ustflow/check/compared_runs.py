"""Runs of one balance beyond another: "所得収支の黒字は3年連続で貿易黒字を上回った", "the income account surplus
surpassed that of merchandise trade surplus for the fifth straight half-year period". The run counts the periods in
which one item of the balance of payments exceeded another, not the item's own surpluses or rises; the checker does
not count such a comparison, so the run is ``unverifiable`` with that reason (before, the first item's own run was
counted and a true run called contradicted).

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import Judgement, unverifiable

#: the item compared with, after a Japanese run: "3年連続で貿易黒字を上回った", "3期連続で輸出額を下回り"
_JA_OVER = re.compile(r"\s*(?:で|、|,)?\s*(?P<item>[^\s、。,]{0,12}?(?:黒字|赤字|収支|輸出|輸入)(?:額|幅)?)を(?:上回|下回)")
#: the same in English, the comparison before the run: "surpassed that of merchandise trade surplus for the fifth
#: straight half-year period", "exceeded the trade surplus for a third year"
_EN_OVER = re.compile(r"\b(?:surpass|exceed|outpac|outstripp?|overtak|overtook|top(?:ped|s)?\b|topping)\w*\s+(?:that\s+of\s+|those\s+of\s+)?"
                      r"(?:the\s+)?(?P<item>(?:[\w-]+\s+){0,4}?(?:surplus|deficit|balance|exports|imports))\b[^.;]{0,20}?$", re.I)


def compared_run(c: Claim) -> Judgement | None:
    """A run of one balance beyond another (module docstring): ``unverifiable`` naming the item compared with, or None."""
    q = c.qualifier
    if q is None or q.kind not in ("streak", "streak_end", "streak_before"):
        return None
    s, (a, b) = c.sentence.text, c.span
    m = _JA_OVER.match(s, b) or _EN_OVER.search(s[max(0, a - 120):a])
    if m is None:
        return None
    return unverifiable(f"'{q.phrase}' counts the periods in which one balance exceeded another ('{m.group('item').strip()}'), "
                        f"a comparison of two items the checker does not count")
