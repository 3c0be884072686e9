"""Other spans for a change in holdings whose span is the checker's reading, for ``second_look``.

"Belgium added $88.1 billion", with no span of its own, is read as the month's change (to the latest month
published). Stories on TIC's data as often compare with a year before ("米国債への投資を増やした国もある。ベルギー
は881億ドル増加させた" in a story that compares January with January), or between the two dates the sentence names
("$111 billion in January 2023, after $119.4 billion in January 2022 ... reduced its holdings by $8.4 billion").
A change that is wrong over the month but fits one of these is the checker's misreading as likely as the
article's error: ``second_look`` then makes it ``unverifiable``, naming the span that fits. A change whose span
the article states ("from November", "from a year earlier") is not re-read.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Iterator

from ustflow.check.periods import Period, month_window
from ustflow.check.windows import YEAR_BACK

if TYPE_CHECKING:
    from ustflow.check.claims import Claim
    from ustflow.check.results import Judgement


def _month(p) -> Period:
    return Period("month", [month_window(p.year, p.month)], f"{p.year}-{p.month:02d}")


def change_spans(c: "Claim", j: "Judgement", named: list[Period]) -> Iterator[tuple[str, "Claim"]]:
    """(what the span is, the claim read over it): the twelve months to the month read; the span between the
    earliest and the latest month the sentence names (``named``: the sentence's other dated periods)."""
    import pandas as pd

    fig = j.figure
    if c.measure != "holdings_change" or c.base_period is not None or c.pair is not None or fig is None or \
            not fig.periods or not isinstance(fig.end, pd.Period) or not fig.end.freqstr.startswith("M") or \
            YEAR_BACK.search(c.clause or c.sentence.text):
        return
    end = fig.end
    if fig.n == 1:  # read over one month: over the year to that month
        alt = copy.copy(c)
        alt.period, alt.period_how, alt.base_period = _month(end), "stated", _month(end - 12)
        yield f"the change over the year to {end} (no span stated)", alt
    months = sorted({(p.end.year, p.end.month) for p in named if p.kind == "month"})
    if len(months) >= 2:
        (y0, m0), (y1, m1) = months[0], months[-1]
        alt = copy.copy(c)
        alt.period, alt.period_how = Period("month", [month_window(y1, m1)], f"{y1}-{m1:02d}"), "stated"
        alt.base_period = Period("month", [month_window(y0, m0)], f"{y0}-{m0:02d}")
        yield f"the change between the months the sentence names ({y0}-{m0:02d} to {y1}-{m1:02d})", alt
