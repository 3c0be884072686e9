"""Runs and firsts of exports or imports (``bop_items.FLOWS``), which have no sign to count: only their moves.

Exports and imports are gross flows, never negative, so "a fifth consecutive monthly loss", "the first slide in two
months", "marking a decline for the first time since September 2007", "for the second monthly rise" count rises or
falls of the flow (from the same month a year before, as the release compares them: ``bop_records.change_bases``), never
surpluses. When the run's own words name no move the checker knows, the flow's move in its figure's sentence names it
("Imports fell 1.4 percent to ¥5.40 trillion for the first slide in two months": falls), ``flow_move``; a run that
names a side ("fell into the red for a second straight year") is a balance's, not the flow's, and is left alone.

"The first rise in two months" read as a count of one period in two (``count_in``) is the first such period in two
months (``as_first``): the last rise two months back, as ``bop_records.first_since`` counts it (an exact look-back,
as "2カ月ぶり").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check.claims import Claim


def flow_move(c: Claim) -> tuple[str, int] | None:
    """("change", +1/-1) for a run or first said of an export or import figure whose words name neither a move nor a
    side: the direction of the flow's own move (``Claim.direction`` of its figure); None otherwise."""
    from ustflow.check.bop import is_flow

    h = c.host
    if h is None or not is_flow(h) or not h.direction:
        return None
    return "change", 1 if h.direction > 0 else -1


def as_first(c: Claim) -> Claim | None:
    """'the first rise in two months' (``count_in``, one period in a window of m): the same claim as a first in m
    months (``first_since`` with an exact look-back of m of its grain); None for any other count."""
    q = c.qualifier
    unit = re.search(r"\b(week|month)s?$", q.phrase, re.I) if q is not None else None
    if unit is None or q.kind != "count_in" or q.n != 1 or not q.lookback or q.since is not None:
        return None  # (the window's unit in the phrase: "the first rise in three [years]" is left as read)
    return replace(c, qualifier=replace(q, kind="first_since", lookback=(q.lookback[0], unit.group(1).lower(), "exact")))


def month_pct(c: Claim, fig) -> bool:
    """Whether ``fig`` is the percent change of one month (its figure's sentence names a single month: "Exports declined
    5.3% in August from a year earlier, marking a third straight fall"), so a run said after it counts months."""
    import pandas as pd

    h = c.host
    p = h.period if h is not None and h.sentence is c.sentence and h.span[1] <= c.span[0] else None
    if fig.agg != "pct" or p is None or p.is_latest or len(p.windows) != 1:  # (not a figure told after the run: "the
        return False  # sixth straight year-on-year rise ... after ..., when exports rose 11.8%" is an earlier month's)
    a, b = p.windows[0]
    return len(pd.period_range(a, b, freq="M")) == 1 and pd.Period(b, freq="M") == fig.end
