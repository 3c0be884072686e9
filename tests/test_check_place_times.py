"""`ustflow check` on a change of place and the time it happened, said next to it (session 23): "Japan, which replaced
China as the US’ biggest Treasury securities holder last October", "In September 2008 China became the biggest
foreign creditor", "when in June, Japan finally surpassed China as the top foreign US creditor", "日本は昨年10月に外国勢の
米国債保有で中国を抜いて首位となっていた", "中国は17年6月に日本を抜き返して以降トップを保ち": the claim is the place with
its time (one span), judged in that month. Sentences of the articles of the claims corpus (batches 7, 13, 15, 17, 18),
checked at their publication dates."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text

CASES = [
    # (sentence, publication date, the time the claim must quote, the holder, its place, the month)
    ("Japan, which replaced China as the US’ biggest Treasury securities holder last October, sold about $20 billion "
     "of Treasuries in June.", "2017-08-17", "last October", "Japan", 1, "2016-10"),
    ("Japan, which overtakes China as the largest holder of US treasuries last October, raised its holding by 4.4 "
     "billion dollars to 1.1113 trillion dollars in May.", "2017-07-19", "the largest holder of US treasuries last October", "Japan", 1,
     "2016-10"),
    ("In September 2008 China became the biggest foreign creditor of the United States, surpassing Japan.",
     "2013-07-17", "In September 2008", "China (mainland)", 1, "2008-09"),
    ("The answer was revealed last month, when in June, Japan finally surpassed China as the top foreign US creditor, "
     "however due to a plunge in Chinese TSY holdings, but due to a jump in Japanese holdings of US paper.",
     "2019-09-17", "in June, Japan finally surpassed China", "Japan", 1, "2019-06"),
    ("日本は昨年10月に外国勢の米国債保有で中国を抜いて首位となっていた。", "2017-12-26", "昨年10月", "Japan", 1, "2016-10"),
    ("日本は昨年10月に中国を抜いて米国債保有額でトップとなっていたが、ここにきて中国による米国債保有高が増加してきたことで、"
     "中国に抜かれた格好となった。", "2017-08-17", "昨年10月に中国を抜いて", "Japan", 1, "2016-10"),
    ("中国は17年6月に日本を抜き返して以降トップを保ち、保有額は1兆2千億ドルに達した時期もあった。", "2019-08-22", "17年6月", "China (mainland)", 1,
     "2017-06"),
]


@pytest.mark.parametrize("text, day, when, holder, place, month", CASES)
def test_a_place_taken_is_judged_in_the_month_said_next_to_it(data, text, day, when, holder, place, month):
    rec = claim_containing(check_text(text, date=day, store=data), when)
    assert rec["measure"] == "rank", rec
    assert rec["subject"] == holder, rec
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_period"] == month and rec["official_value"] == place, rec


def test_a_year_said_after_the_place_is_its_time(data):
    # "in 2006": China was already the second-largest holder before 2006 (the official table), so it did not take the
    # place that year
    text = ("China replaced the United Kingdom as the second-largest foreign holder in 2006 when it increased its "
            "holdings to $699 billion.")
    rec = claim_containing(check_text(text, date="2021-03-16", store=data), "in 2006")
    assert rec["subject"] == "China (mainland)" and rec["verdict"] == "contradicted", rec
    assert rec["official_value"] == 2, rec
