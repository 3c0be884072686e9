"""A table's month, pinned by its own level cells: what the direction gate asks of a change cell.

``reading_gate.direction_gate`` sets aside a change (or percent change) whose period the checker inferred when the
official value moves the other way and by another amount: the period read may not be the reporter's. A change cell of
a holder table (``holder_tables``) whose table names no month is read at the latest month published, an inference
too; but the table's level cells say which month it is. The table is the month the change was read at when
- at least one of its levels is that month's exactly (a copied first print matches to its last digit),
- more of them are exactly that month's than the month before's (a table of the month before, copied the day the next
  month came out, is not pinned), and
- most of them (two at least) fit it, exactly or within the revisions of a first print (``possible_revision``).
Then a change cell moving the other way is the table's own error, and the gate does not apply.
"""

from __future__ import annotations

import copy
from typing import Callable

from ustflow.check.claims import Claim
from ustflow.check.holder_tables import ROW_NOTE, row_table_levels
from ustflow.check.periods import Period, month_window
from ustflow.check.results import SUPPORTED, Judgement
from ustflow.check.rulekit import NoPeriod


def table_pin(c: Claim, j: Judgement, ctx, judge: Callable[[Claim, object], Judgement]) -> str:
    """A note saying the month of ``c``'s table is pinned by its level cells (module docstring), else ""."""
    if ROW_NOTE not in c.notes or not ctx.article or j.figure is None or not hasattr(j.figure.end, "month"):
        return ""
    levels = row_table_levels(ctx.article, ctx.date, c.sentence.text)
    if len(levels) < 2:
        return ""
    exact, fit = _fits(levels, c.period, c.period_how, ctx, judge)
    e = j.figure.end - 1
    before, _ = _fits(levels, Period("month", [month_window(e.year, e.month)], str(e)), "stated", ctx, judge)
    if exact < 1 or exact <= before or 2 * fit <= len(levels):
        return ""
    return (f"the table's month is pinned by its own levels ({exact} of {len(levels)} exactly that month's, {fit} "
            f"within the revisions of a first print): the change cell is the table's, not a period the checker guessed")


def _fits(levels: list[Claim], period, how: str, ctx, judge) -> tuple[int, int]:
    """(how many of ``levels`` are supported at ``period``, how many are supported or within a first print's
    revisions)."""
    exact = fit = 0
    for lv in levels:
        alt = copy.copy(lv)
        alt.period, alt.period_how, alt.measure = period, how, "holdings_level"
        try:
            k = judge(alt, ctx)
        except (NoPeriod, LookupError):  # a level no rule can place at ``period``, or a series or month the store
            continue  # lacks, pins nothing; any other error is a bug, reported on the change cell (pipeline._safely)
        exact += k.verdict == SUPPORTED
        fit += k.verdict == SUPPORTED or "possible_revision" in k.flags
    return exact, fit
