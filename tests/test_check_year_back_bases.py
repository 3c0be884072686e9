"""`ustflow check` on a holdings change whose base is told as a year back ("rose 9.15% year-over-year in March",
"down by 3.1 percent year-on-year") after an earlier sentence names another date ("Chart of the week for June 22,
2018", "In July last year, ..."; issue 13, session 21, ``holdings_months.year_back_base``): the base is twelve months
before the figure's own month, not a year before the date named earlier (which the words resolve to); a base naming
its month ("from December 2017") is read as it was. Invented sentences; the expected values are the store's own
(TIC)."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim
from ustflow.views.check import check_text

P = pd.Period("2018-03", "M")
LATE = "2018-06-22"  # three months after March's data was out: a year before the story is June 2017


def _pct(s: pd.Series, p: pd.Period, k: int) -> float:
    return (s[p] / s[p - k] - 1) * 100


def test_a_year_over_year_percent_of_a_named_month(data, tic):
    cn = tic("china_mainland")
    yoy = _pct(cn, P, 12)
    assert abs(yoy - (cn[P] / cn[pd.Period("2017-06", "M")] - 1) * 100) > 1  # a year before June 2018 would contradict
    text = (f"Chart of the week for June 22, 2018. China's holdings {'increased' if yoy >= 0 else 'decreased'} by "
            f"{abs(yoy):.2f}% year-over-year in March.")
    rec = by_claim(check_text(text, date=LATE, store=data), f"{abs(yoy):.2f}%")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 12} to {P}", rec


def test_a_year_on_year_percent_of_the_latest_month(data, tic):
    """No month named: the latest published month by the story's date, and the same month a year before it."""
    jp = tic("japan")
    latest = pd.Period("2018-04", "M")  # April 2018's TIC data was out by 22 June 2018
    yoy = _pct(jp, latest, 12)
    text = (f"In July last year, Japan began to trim its holdings. Japan holds ${jp[latest]:,.1f} billion, "
            f"{'up' if yoy >= 0 else 'down'} by {abs(yoy):.1f} percent year-on-year.")
    rec = by_claim(check_text(text, date=LATE, store=data), f"{abs(yoy):.1f} percent")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{latest - 12} to {latest}", rec


def test_near_miss_a_base_naming_its_month_is_that_month(data, tic):
    cn = tic("china_mainland")
    b = P - 3
    pct = _pct(cn, P, 3)
    text = (f"Chart of the week for June 22, 2018. China's holdings {'rose' if pct >= 0 else 'fell'} {abs(pct):.2f}% "
            f"in March from {b.strftime('%B %Y')}.")
    rec = by_claim(check_text(text, date=LATE, store=data), f"{abs(pct):.2f}%")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{b} to {P}", rec
