"""`ustflow check` on stories of a span's balance-of-payments release (a fiscal year, a half) that tell the span's
figures before they name the month alone: a level before that sentence is the span's first print, though today's
data put the month's value nearer it (a balance is a small difference of large flows, revised since by more than
its size); after it, the month's level keeps the month. A headline that names no period leaves the span to the lede;
"1st half of FY 2019" is the fiscal half. Real articles' sentences (tests/claims_corpus, development batches);
expected values are the store's own (BoJ ``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_value, by_claim
from ustflow.views.check import check_text

# nhk-d1021-2016-05-12-ja-fy2015-current-account (batch 16)
NHK = ("財務省の発表によりますと、海外との貿易や金融取引などでどれだけ稼いだかを示す昨年度の日本の「経常収支」は、前の年度より9兆2507億円"
       "増えて17兆9752億円の黒字となりました。\n\n内訳を見ますと、輸出から輸入を差し引いた「貿易収支」は、原油価格の下落の影響で輸入額が"
       "減ったことなどから6299億円の黒字となり、5年ぶりに黒字に転じました。\n\n一方、ことし3月の「経常収支」は、原油価格の下落によって"
       "貿易収支の黒字幅が拡大したことなどから2兆9804億円と、21か月連続の黒字となりました。")

# xinhua-2019-11-11-fy2019-first-half-current-account (batch 19)
XINHUA = ("Japan's current account surplus drops in 1st half of FY 2019\n\n"
          "TOKYO, Nov. 11 (Xinhua) -- Japan's current account surplus dropped from a year earlier in the first half of "
          "fiscal 2019, owing in part to a slump in exports to other parts of Asia, the government said in a report on "
          "Monday.\n\nServices trade, meanwhile, was in the red at 271.1 billion yen (2.4 billion U.S. dollars), while in "
          "services, the travel surplus was in the black at 1.35 trillion yen (12 billion U.S. dollars), owing to robust "
          "inbound figures for travelers visiting Japan, the ministry's data showed.\n\nJapan logged a current account "
          "surplus of 1.61 trillion yen (14.7 billion U.S. dollars) for September alone, the ministry added, marking the "
          "63rd consecutive month of increase.\n\nServices trade in the period logged a surplus of 40.1 billion yen (368 "
          "million U.S. dollars) and primary income registered was in the black at 1.81 trillion yen (16.6 billion U.S. "
          "dollars).")

# kyodo-nifty-2014-08-08-ja-first-half-2014-deficit (batch 15)
KYODO = ("国際収支、経常赤字5075億円\n\n財務省が8日発表した2014年上半期(1〜6月)の国際収支速報によると、海外とのモノやサービス、投資の"
         "取引状況を示す経常収支は5075億円の赤字だった。")


def test_a_fiscal_years_goods_balance_before_the_month_is_named_is_the_years(data, loaded_store):
    recs = check_text(NHK, date="2016-05-12", store=data)
    rec = by_claim(recs, "6299億円")  # first print of fiscal 2015's goods surplus; March's is nearer today's data
    fy = bop_span(loaded_store, "bpbp6jyntb", "2015-04", "2016-03")
    assert abs(6299 - bop_value(loaded_store, "bpbp6jyntb", "2016-03")) < abs(6299 - fy)
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2015-04..2016-03"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(fy)
    assert by_claim(recs, "2兆9804億円")["official_period"] == "2016-03"  # "ことし3月の": March's own


def test_a_fiscal_half_headline_and_levels_before_and_after_the_month_alone(data, loaded_store):
    recs = check_text(XINHUA, date="2019-11-11", store=data)
    half = ("2019-04", "2019-09")
    rec = by_claim(recs, "271.1 billion yen")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2019-04..2019-09"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynsn", *half))
    rec = by_claim(recs, "1.35 trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2019-04..2019-09"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynsn2", *half))
    # after "for September alone": September's, the surplus called a deficit in the data
    rec = by_claim(recs, "40.1 billion yen")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2019-09"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_value(loaded_store, "bpbp6jynsn", "2019-09"))
    rec = by_claim(recs, "1.81 trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2019-09"), rec["explanation"]


def test_a_headline_without_a_period_leaves_the_span_to_the_lede(data, loaded_store):
    recs = check_text(KYODO, date="2014-08-08", store=data)
    half = bop_span(loaded_store, "bpbp6jyncb", "2014-01", "2014-06")
    assert half > 0  # the half's first-print deficit has been revised to a surplus
    got = [r for r in recs if r["claim"] == "5075億円"]
    assert len(got) == 2  # the headline's and the lede's
    for rec in got:
        assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2014-01..2014-06"), rec["explanation"]
        assert rec["official_value"] == pytest.approx(half)
