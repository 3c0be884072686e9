"""Other periods for a balance-of-payments figure whose period is the checker's reading, for ``second_look``.

A balance-of-payments story is about a month or about the span released with it (the calendar year with December,
the first half with June, the fiscal year with March, the fiscal first half with September), and its figures seldom
name their own period: the checker decides between the two from the story (``bop_frame``), and decides wrong when
the story mixes them ("the surplus for the half was ..., while June's ..."). A figure that names no period of its own
is also, now and then, the same period's a year before (the comparison a story gives beside it).

``bop_spans`` offers, for a contradicted BoP figure whose period the words do not state: the span released with
the month read (for a month), the last month alone (for a span), and the same period a year before (for a level).
When one fits, ``second_look`` makes the verdict ``unverifiable``, naming it. A figure that fits none keeps its
verdict: a plain error stays an error, and a period the sentence states is never moved.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import TYPE_CHECKING, Iterator

from ustflow.check.bop_frame import MEASURES, RELEASED_SPANS
from ustflow.check.periods import Period, month_window, shift

if TYPE_CHECKING:
    from ustflow.check.claims import Claim
    from ustflow.check.results import Judgement


def _months(y0: int, m0: int, y1: int, m1: int, label: str) -> Period:
    return Period("months", [(date(y0, m0, 1), month_window(y1, m1)[1])], label)


def bop_spans(c: "Claim", j: "Judgement") -> Iterator[tuple[str, "Claim"]]:
    """(what the period is, the claim read at it) for a BoP figure read at a period the sentence does not state."""
    import pandas as pd

    fig = j.figure
    if c.measure not in MEASURES or c.period_how == "stated" or fig is None or not fig.periods or not isinstance(fig.end, pd.Period) or \
            not fig.end.freqstr.startswith("M"):
        return
    end = fig.end
    alts: list[tuple[str, Period]] = []
    p0 = c.period
    months = 1 if p0 is None or p0.is_latest else \
        (p0.end.year - p0.start.year) * 12 + p0.end.month - p0.start.month + 1
    if months == 1 and end.month in RELEASED_SPANS:
        back, what = RELEASED_SPANS[end.month]
        name = f"the {what}"
        first = end - back
        alts.append((f"{name} released with {end}", _months(first.year, first.month, end.year, end.month,
                                                            f"{name} to {end}")))
    elif months > 1:
        alts.append((f"the span's last month alone ({end})", Period("month", [month_window(end.year, end.month)],
                                                                   f"{end}")))
    if c.measure == "bop" and c.period is not None and not c.period.is_latest:
        alts.append(("the same period a year before", shift(c.period, months=-12, label="a year before")))
    for what, p in alts:
        alt = copy.copy(c)
        alt.period, alt.period_how, alt.base_period = p, "stated", None
        yield f"{what} (the sentence states no period)", alt
