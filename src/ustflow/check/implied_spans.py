"""A holdings change told between the two levels its sentence gives: the span is theirs ("reaching $57.02 billion by
the end of May 2025, up from $50.34 billion in December 2024 — a 13.2% rise, or $6.68 billion").

A reporter who gives a holder's level at two stated months and a change in the same sentence usually gives the change
between them: "1月の保有残高1,318億ドルが、3月には1,004億ドルへと、314億ドル減少しています". Where the change sits (a dash
aside, a clause after the levels, "or $6.68 billion") often hides that from the clause reading, which then takes the
month before the later month as its base. ``levels_span`` gives such a change the two levels' months as its base and
end, only when the change's figure IS their difference (in dollars) or their ratio (in percent), to the figure's
printed precision (and the levels'): the article's own arithmetic, not a guess. A change whose figure is not the
levels' difference, levels of two holders, a level whose month is not stated, a change that names its own base or
month-on-month / year-on-year words, and a sentence with more than two levels of the holder are left as they were.
"""

from __future__ import annotations

from dataclasses import replace

from ustflow.check import windows as W
from ustflow.check.claims import MONTH_OWN, YEAR_FRAME, Claim

_MOVES = ("holdings_change", "holdings_pct")
#: said of the change read this way
NOTE = "the span of the two levels its sentence gives"


def _holder(c: Claim):
    return None if c.subject is None else (c.subject.kind, c.subject.slug)


def _stated_level(o: Claim, c: Claim) -> bool:
    return (o.sentence is c.sentence and o.kind == "amount" and o.measure == "holdings_level" and o.amount is not None
            and o.amount.currency == "USD" and not o.amount.parenthetical and o.period is not None
            and o.period_how == "stated" and not o.period.is_search and o.period.kind == "month"
            and _holder(o) is not None and _holder(o) == _holder(c))


def _fits(c: Claim, lo: Claim, hi: Claim) -> bool:
    """``c``'s figure is the move from level ``lo`` to level ``hi`` (to the printed precision of all three)."""
    a, b = lo.amount.value, hi.amount.value
    if a <= 0:
        return False
    slack = lo.amount.precision + hi.amount.precision
    if c.amount.kind == "money" and c.amount.currency == "USD":
        return abs(abs(c.amount.value) - abs(b - a)) <= c.amount.precision + slack
    if c.amount.kind == "percent":
        pct = (b / a - 1) * 100
        return abs(abs(c.amount.value) - abs(pct)) <= c.amount.precision + 100 * slack / a
    return False


def levels_span(claims: list[Claim]) -> None:
    """Give each holdings change that is the difference of its sentence's two stated levels of its holder their
    months (base: the earlier level's, end: the later's)."""
    for c in claims:
        if c.kind != "amount" or c.measure not in _MOVES or c.amount is None or c.amount.parenthetical or \
                _holder(c) is None or MONTH_OWN in c.notes or YEAR_FRAME in c.notes or \
                W.YEAR_BACK.search(c.clause or ""):
            continue
        levels = [o for o in claims if _stated_level(o, c)]
        if len(levels) != 2 or levels[0].period.end == levels[1].period.end:
            continue
        lo, hi = sorted(levels, key=lambda o: o.period.end)
        if not _fits(c, lo, hi):
            continue
        c.base_period = replace(lo.period, role="from")
        c.period, c.period_how = replace(hi.period, role=""), "stated"
        c.notes.append(NOTE)
