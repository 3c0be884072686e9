"""A record or first told of an earlier month in a Japanese relative clause: "<qualifier>だった<month>".

Japanese puts the month a record or first belongs to after it, as the noun the clause describes:

    1年9カ月ぶりの黒字だった3月から再び赤字に戻った     (the first surplus in 21 months was March's, not April's)
    黒字幅は過去最大だった前年同月から縮小した           (the record was the month a year before)

The qualifier is about that month, not the month of the figure it was hosted on: the figure is moved to that month
of the same series (``told_of``) and judged there. Months only: 前年同月 (twelve months back), 前月 (one back), and a
month named by number (the latest such month at or before the figure's). Not a month with a year or a fiscal span
("過去最高だった15年度"), which carry other words of their own. Nothing here is specific to a series: any monthly
figure with its series in the store.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check.claims import Claim
from ustflow.check.results import Figure
from ustflow.check.rulekit import Context, series

#: the words between the qualifier and だった ("の黒字", "の高水準"), then the month the clause describes
_TOLD_OF = re.compile(r"(?:の(?:黒字|赤字|高水準|低水準|水準|大きさ|規模))?(?:だった|であった)\s*"
                      r"(?:(?P<year_back>前年同月)|(?P<month_back>前月)|(?P<month>\d{1,2})月)(?!\d|期|末)")


def told_of(c: Claim, fig: Figure, ctx: Context) -> Figure | None:
    """``fig`` moved to the month the qualifier's relative clause names (module docstring); None when the words name
    none, the figure is not one month of a monthly series, or the store has no value there."""
    import pandas as pd

    m = _TOLD_OF.match(c.sentence.text, c.span[1])
    if m is None or len(fig.periods) != 1 or not isinstance(fig.end, pd.Period) or not fig.end.freqstr.startswith("M"):
        return None
    end = fig.end
    if m.group("year_back"):
        p = end - 12
    elif m.group("month_back"):
        p = end - 1
    else:
        k = int(m.group("month"))
        if not 1 <= k <= 12:
            return None
        p = pd.Period(year=end.year if k <= end.month else end.year - 1, month=k, freq="M")
    if p == end:
        return None
    s = series(ctx, fig.series)
    if s is None or p not in s.index or pd.isna(s[p]):
        return None
    return replace(fig, periods=[p], value=float(s[p]))
