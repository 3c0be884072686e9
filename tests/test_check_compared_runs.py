"""`ustflow check` on runs of one balance beyond another (issue 13, session 16): "所得収支の黒字は3年連続で貿易黒字を
上回った", "the income account surplus surpassed that of merchandise trade surplus for the fifth straight half-year
period": the run counts periods in which one item exceeded another, which the checker does not count, so it is
``unverifiable`` with that reason, never the first item's own run judged. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, phrase, item", [
    ("財務省が発表した2012年の国際収支によると、所得収支の黒字は14兆3億円で、4年連続で貿易黒字を上回った。", "4年連続",
     "貿易黒字"),
    ("財務省によると、2014年度の第一次所得収支の黒字は20兆円となり、3年連続で貿易収支を上回った。", "3年連続", "貿易収支"),
    ("In 2013, Japan's primary income surplus of 16.5 trillion yen exceeded the trade surplus for a third straight year.",
     "third straight year", "trade surplus"),
    ("In 2012, Japan's income account surplus of 14.3 trillion yen surpassed that of the goods trade surplus for the "
     "sixth consecutive year, the Finance Ministry said.", "sixth consecutive year", "goods trade surplus"),
])
def test_a_run_of_one_balance_beyond_another_is_unverifiable(data, text, phrase, item):
    rec = claim_containing(check_text(text, date="2016-06-15", store=data), phrase)
    assert rec["verdict"] == "unverifiable", text
    assert "exceeded another" in rec["explanation"] and item in rec["explanation"], rec["explanation"]


@pytest.mark.parametrize("text, phrase", [
    ("Japan's current account surplus in 2013 fell to 3.3 trillion yen, down for the third straight year.",
     "third straight year"),
    ("財務省によると、2013年の経常黒字は3兆3061億円で、3年連続で減少した。", "3年連続"),
    ("China's holdings topped $1.2 trillion for the third straight month in March 2014.", "third straight month"),
])
def test_a_run_of_one_item_is_counted_as_before(data, text, phrase):
    rec = claim_containing(check_text(text, date="2016-06-15", store=data), phrase)
    assert "exceeded another" not in rec["explanation"], rec["explanation"]
