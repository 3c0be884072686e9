"""`ustflow check` on when a holder last held a place (session 23): "The last time Japan held the position as America's
largest foreign creditor was May 2017" after a story of Japan taking it back (held again now: the last time before the
run that holds it now), "日本が米国債保有残高で首位となったのは2017年5月以来となる" (a place taken for the first time since a
month, "以来となる" said of it), "China was the top holder of Treasurys as recently as 2019" (the last time, before the
story's month). Sentences of the articles of the claims corpus (batches 12, 13, 17), checked at their publication dates
against TIC's table of holders."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text

CASES = [
    # (text, publication date, the claim, its measure, the month the place was last held, the month judged)
    ("... it was Japan that stole the show again with a notable $8 billion increase in its Treasuries, from $1.123TN to "
     "$1.131TN.\n\nAs a reminder, the last time Japan held the position as America's largest foreign creditor was May "
     "2017.", "2019-09-17", "May 2017", "last_since", "2017-05", "2019-07"),
    ("日本が米国債保有残高で首位となったのは2017年5月以来となる。", "2019-08-17", "2017年5月以来", "first_since", "2017-05",
     "2019-06"),
    ("China was the top holder of Treasurys as recently as 2019, when Trump's first-term trade war escalated tensions "
     "between the two countries.", "2025-05-17", "as recently as 2019", "last_since", "2019-05", "2025-03"),
]


@pytest.mark.parametrize("text, day, claim, measure, last, month", CASES)
def test_the_last_time_a_place_was_held(data, text, day, claim, measure, last, month):
    rec = claim_containing(check_text(text, date=day, store=data), claim)
    assert rec["measure"] == measure and rec["verdict"] == "supported", rec["explanation"]
    assert f"last in {last}" in rec["explanation"] and rec["official_period"] == month, rec


def test_a_place_not_held_then_is_contradicted(data):
    # Japan held the first place in 2019-06 and 2019-07 (the story's month): the run before it ended in May 2017,
    # not March 2017
    text = "The last time Japan held the position as America's largest foreign creditor was March 2017."
    rec = claim_containing(check_text(text, date="2019-09-17", store=data), "March 2017")
    assert rec["measure"] == "last_since" and rec["verdict"] == "contradicted", rec
    assert "last in 2017-05" in rec["explanation"], rec
