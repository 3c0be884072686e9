"""The month of a record, for a figure called a record with no month of its own, for ``second_look``.

"Net sales ... hit a monthly record of 4.2 trillion yen", "bringing the total to a record $341.2 billion": the figure
is the record's, and the record may have been set months before the story's own month (a story about a later month
recalling the peak). Read at the story's month, such a figure is called contradicted though it is the series' record
to the digit. ``record_readings`` offers the month of the record (the series' highest, or lowest for "a record low"
or a record of net sales, up to the article's date) as a reading; when the figure fits it, ``second_look`` makes the
verdict ``unverifiable``, naming the record month. A figure that is not the record stays contradicted.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Iterator

from ustflow.check.periods import Period, month_window

if TYPE_CHECKING:
    from ustflow.check.claims import Claim
    from ustflow.check.results import Judgement

#: "a record $341.2 billion", "a monthly record of 4.2 trillion yen", "a record low of $X", "an all-time high of $X"
_RECORD_BEFORE = re.compile(r"\b(?:(?:new|fresh|all-time|monthly|weekly|historic)\s+)*(?:record(?:[- ](?P<hl>high|low))?|"
                            r"all-time\s+(?P<hl2>high|low)|peak)\s+(?:of\s+|at\s+)?(?:about\s+|some\s+|nearly\s+|around\s+)?$",
                            re.I)


def record_readings(c: "Claim", j: "Judgement", ctx) -> Iterator[tuple[str, "Claim"]]:
    import pandas as pd

    fig = j.figure
    if c.amount is None or c.amount.qualifier not in ("exact", "approx") or fig is None or not fig.series or \
            fig.agg not in ("level", "flow", "sum") or not fig.periods or not isinstance(fig.end, pd.Period) or \
            not fig.end.freqstr.startswith("M"):
        return
    if c.period is not None and not c.period.is_latest and c.period_how == "stated":
        return  # "the peak of $1.3 trillion in January 2013": the record's month is the article's
    m = _RECORD_BEFORE.search(c.sentence.text[max(0, c.span[0] - 45):c.span[0]])
    if m is None:
        return
    s = ctx.data.series(fig.series)
    if s is None:
        return
    s = s.dropna()
    if ctx.date is not None:
        s = s[s.index.end_time.date < ctx.date]
    if s.empty:
        return
    word = (m.group("hl") or m.group("hl2") or "").lower()
    low = word == "low" or (not word and c.direction == -1 and c.measure == "flow")
    p = s.idxmin() if low else s.idxmax()
    if p == fig.end:
        return
    alt = copy.copy(c)
    alt.period, alt.period_how = Period("month", [month_window(p.year, p.month)], f"{p.year}-{p.month:02d}"), "stated"
    yield f"the month of the series' record {'low' if low else 'high'} ({p.year}-{p.month:02d})", alt
