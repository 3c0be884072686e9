"""`ustflow check` on a percent move of a holder's Treasury holdings told in shapes that named no holdings words beside
it, so it was left unclassified ("no official series covers this figure"): a sentence pointing back with "That's" (or
これは) to the sentence before, which ends on a TIC holdings figure, in a story that also tells a flow; the dollar level
the percent moved to right after it ("tumbled 1.77% to $7.098 trillion"); the dollar change it restates after a dash
or "in paper" ("dumped $47.8 billion in paper—equal to about 3.6% of its Treasury holdings"); and a Japanese peak it
counts from ("2013年のピークから43%の減少"). Real sentences from the claims corpus (foxnews 2010-11-16, seenews
2021-04-18, endtimeheadlines 2014-02-18, phemex 2025-11-25)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


def _pct(recs: list[dict], claim: str) -> dict:
    rec = by_claim(recs, claim)
    assert rec["measure"] == "holdings_pct", rec
    return rec


def test_thats_points_back_to_the_holdings_of_the_sentence_before(data):
    """A story with a flow in it too: "That" is the figure the sentence before ends on, China's level."""
    recs = check_text("China's holdings of Treasury debt rose to $883.5 billion in September, the Treasury Department "
                      "said in a report. That's a 1.7 percent increase from August. Overall, foreign governments "
                      "increased their purchases of Treasury securities by $39.5 billion in September, a record high.",
                      date="2010-11-16", store=data)
    rec = _pct(recs, "1.7 percent")
    assert (rec["series"], rec["official_period"]) == ("tic.holdings.china_mainland", "2010-08 to 2010-09"), rec
    assert rec["official_value"] == pytest.approx(1.328, abs=0.001) and rec["verdict"] == "contradicted", rec


def test_thats_after_a_flow_is_no_holdings_move(data):
    """The sentence before ends on a flow: "That" is not a holder's stock."""
    rec = by_claim(check_text("Japanese investors bought ¥2.1 trillion of foreign bonds last week, the Finance Ministry "
                              "said. That's a 20 percent rise from the week before. China's holdings of Treasuries were "
                              "$1.1 trillion in August.", date="2024-10-17", store=data), "20 percent")
    assert rec["measure"] != "holdings_pct", rec


def test_a_japanese_sentence_pointing_back_counts_from_the_peak_it_names(data):
    recs = check_text("中国の米国債保有額は9月にわずかに減少し、7,005億ドルとなり、数年ぶりの低水準近くを維持しました。"
                      "これは2013年のピークから43%の減少を示しており、中国が「リスク軽減」戦略を継続していることを示しています。",
                      date="2025-11-25", store=data)
    rec = _pct(recs, "43%")
    assert (rec["series"], rec["official_period"]) == ("tic.holdings.china_mainland", "2013-11 to 2025-09"), rec
    assert rec["verdict"] == "contradicted" and "peak of 2013" in rec["explanation"], rec


def test_a_percent_move_to_a_dollar_level_is_the_holdings_move(data):
    recs = check_text("At the global level, Japan topped the list in possessing US T-bills by about $1.258 trillion, "
                      "followed by China with $1.104 trillion. Overall, February US Treasury bonds tumbled 1.77% to "
                      "$7.098 trillion compared to $7.226 trillion a year earlier, with a monthly decline of 0.29%.",
                      date="2021-04-18", store=data)
    rec = _pct(recs, "1.77%")
    assert (rec["series"], rec["official_period"]) == ("tic.holdings.grand_total", "2020-02 to 2021-02"), rec
    assert rec["official_value"] == pytest.approx(-1.622, abs=0.001), rec


def test_a_percent_restating_a_dollar_change_after_a_dash(data):
    recs = check_text("China’s holdings of US Treasuries dropped to the lowest levels in two years after China dumped "
                      "$47.8 billion in paper—equal to about 3.6% of its Treasury holdings as of November—bringing its "
                      "total holdings to $1.27 trillion.", date="2014-02-18", store=data)
    rec = _pct(recs, "about 3.6%")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "tic.holdings.china_mainland", "2013-11 to 2013-12"), rec
