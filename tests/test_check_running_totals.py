"""`ustflow check` on a figure followed by a running total ("sold a record 2.96 trillion yen in June, taking the total
to 10.6 trillion yen this year"): the period after the total ("this year") is the total's, not the first figure's
(issue 13, session 14). Invented sentences; MoF monthly data from the loaded store (residents' foreign long-term
debt: -29,578 in June 2013, -105,689 over January-June 2013)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

DATE = "2013-07-08"


@pytest.mark.parametrize("text, fig, value", [
    ("In June, Japanese investors were net sellers of overseas debt valued at 2.96 trillion yen, taking the total to "
     "10.6 trillion yen this year.", "2.96 trillion yen", -29578.0),
    ("In June, Japanese investors were net sellers of overseas debt valued at 2.96 trillion yen, taking the total to "
     "10.6 trillion yen this year.", "10.6 trillion yen", -105689.0),
    ("Japanese investors sold a net 2.96 trillion yen of foreign bonds in June, bringing their cumulative sales to "
     "10.6 trillion yen so far this year.", "2.96 trillion yen", -29578.0),
    ("In June Japanese investors dumped 2.96 trillion yen of foreign bonds, pushing the year's tally to 10.6 trillion "
     "yen in 2013.", "2.96 trillion yen", -29578.0),
])
def test_a_running_total_s_period_is_its_own(data, text, fig, value):
    rec = by_claim(check_text(text, date=DATE, store=data), fig)
    assert rec["official_value"] == value and rec["verdict"] == "supported"


def test_a_period_after_a_figure_with_no_total_between_is_its_own(data):
    rec = by_claim(check_text("Japanese investors sold 10.6 trillion yen of foreign bonds this year.", date=DATE,
                              store=data), "10.6 trillion yen")
    assert rec["official_value"] == -105689.0
