"""`ustflow check` on "the largest in data from 2005", "the biggest monthly sale in records since 2005": the data the
article used begin then (as "in data going back to 2005"), so nothing since beat the figure (issue 13, session 14).
"in data released on Thursday" is no look-back. Invented sentences; MoF monthly data from the loaded store (residents'
foreign long-term debt: -29,578 in June 2013, the largest net sale since the data begin in January 2005)."""

from __future__ import annotations

import pytest

from ustflow.views.check import check_text

DATE = "2013-07-08"


@pytest.mark.parametrize("text, phrase", [
    ("In June, Japanese investors sold a net 2.96 trillion yen of foreign bonds, the largest in data from 2005.",
     "the largest in data from 2005"),
    ("Japanese investors sold a net 2.96 trillion yen of foreign bonds in June, the biggest monthly sale in records "
     "since 2005.", "in records since 2005"),
    ("Japanese investors sold a net 2.96 trillion yen of foreign bonds in June, the largest in the ministry's data "
     "starting in 2005.", "starting in 2005"),
])
def test_the_largest_in_data_from_a_year(data, text, phrase):
    recs = [r for r in check_text(text, date=DATE, store=data) if phrase in r["claim"]]
    assert recs and recs[0]["verdict"] == "supported"


def test_data_released_on_a_day_is_no_look_back(data):
    text = "Japanese investors sold a net 2.96 trillion yen of foreign bonds in June, data released on Monday showed."
    assert not [r for r in check_text(text, date=DATE, store=data) if "data released" in r["claim"]]
