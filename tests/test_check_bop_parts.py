"""`ustflow check` on a balance-of-payments story's figures of another quantity than a line of the balance of payments
(issue 13, session 38, ``bop_parts``): one commodity's trade, a price, a count of people. They are ``unverifiable``
(the store has no customs statistics by commodity, no prices of oil, no visitor counts), never the nearest line's
(exports, imports, travel) contradicted. Sentences from real articles (tests/claims_corpus, development batches 19-31),
and paraphrases; the lines themselves are still judged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text

ARTICLES = Path(__file__).parent / "claims_corpus" / "articles"

# datamax-2022-08-08-ja-first-half-2022-current-account-63pct-down (batch 22)
DATAMAX = ("財務省は8日、2022年上半期の国際収支状況(速報)を発表した。\n\n輸出額は46兆4,079億円と前年同期比7兆1,405億円増(同18.2%増)"
           "で、商品別では鉄鋼が7,422億円増(同45.3%増)、鉱物性燃料が6,475億円増(同176.9%増)、半導体電子部品が4,148億円増(同18.7%増)"
           "だった。", "2022-08-08")
# nhk-2020-01-14-ja-november-2019-current-account-oil-prices (batch 20)
NHK = ("11月の経常収支の黒字額が大きく増えたのは原油価格の下落に伴い原油や石油製品などの輸入額が16.6%の大幅な減少となり、輸出から輸入を"
       "差し引いた貿易収支が黒字になったことなどによるものです。", "2020-01-14")
# kyodo-japantimes-2006-08-11-first-half-2006-current-account-7-8 (batch 31)
KYODO06 = ("Imports of crude oil jumped 57.5 percent as the average price for the reporting period surged 37.8 percent from "
           "the previous year to $62.35 a barrel, the highest on record.", "2006-08-11")
# kyodo-japantimes-2019-06-10-april-surplus-second-decline (batch 23)
KYODO19 = ("The travel surplus stood at ¥256.4 billion, almost unchanged from a year earlier, while inbound tourists in April "
           "rose 0.9 percent to 2.93 million.", "2019-06-10")
# travelvoice-2014-05-19-ja-fy2013-travel-deficit-halved (batch 31)
TRAVEL = ("これら旅行と航空輸送の旅客の赤字幅が縮小したのは、2013年度に訪日旅行者数が前年比26.1%増の1098万人に大幅に増加したのに対し、"
          "日本人出国者数が5.5%減の1728万人と減少したことによるものだ。", "2014-05-19")
# xinhua-newscn-2022-09-08-july-surplus-plummets-86-6 (batch 21)
XINHUA = ("In July, the country's import costs skyrocketed as the dollar strengthened to 136.63 yen from 110.29 yen a year "
          "ago, while the price of crude oil nearly doubled in yen over the same month last year.", "2022-09-08")
# asahi-2016-02-08-ja-2015-current-account-travel-first-surplus-since-1962 (batch 19)
ASAHI = ("財務省が8日発表した2015年の国際収支(速報)によると、経常収支の黒字は16兆6413億円だった。\n\n15年は原油価格(ドル建ての輸入単価)が"
         "前年よりも47・7%下落した。", "2016-02-08")


@pytest.mark.parametrize("text,date,figure", [
    (*DATAMAX, "7,422億円"), (*DATAMAX, "45.3%"), (*DATAMAX, "4,148億円"), (*NHK, "16.6%"), (*KYODO06, "57.5 percent"),
    (*KYODO06, "37.8 percent"), (*KYODO19, "0.9 percent"), (*TRAVEL, "26.1%"), (*XINHUA, "doubled"), (*ASAHI, "47・7%"),
], ids=["steel", "steel-pct", "chips", "oil-imports-ja", "crude-imports", "oil-price", "tourists", "visitors-ja",
        "price-doubled", "price-ja"])
def test_another_quantity_is_not_a_line(data, text, date, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "unverifiable", rec


@pytest.mark.parametrize("text,date,figure", [
    (*DATAMAX, "46兆4,079億円"),  # the goods exports themselves, in the same sentence: still judged
    # the travel line beside the tourists, in its story (the whole excerpt): still read as the travel line
    ((ARTICLES / "kyodo-japantimes-2019-06-10-april-surplus-second-decline.txt").read_text(encoding="utf-8"),
     KYODO19[1], "¥256.4 billion"),
])
def test_the_line_beside_them_is_still_judged(data, text, date, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert (rec.get("series") or "").startswith("boj.bop") and "a count of people" not in rec["explanation"], rec


@pytest.mark.parametrize("text,figure", [
    ("財務省が発表した2023年の国際収支によると、輸入額は前年比で減少した。品目別では液化天然ガスが1兆2000億円減、石炭が8000億円減だった。",
     "1兆2000億円"),
    ("Japan's imports fell in 2023, the finance ministry said. Shipments of coal dropped 31.5 percent, the data showed.",
     "31.5 percent"),
    ("Japan's travel surplus hit a record in 2023, the finance ministry said, as foreign visitors rose 40.2 percent to "
     "25.1 million.", "40.2 percent"),
], ids=["lng-ja", "coal-en", "visitors-en"])
def test_paraphrases(data, text, figure):
    rec = claim_containing(check_text(text, date="2024-02-08", store=data), figure)
    assert rec["verdict"] == "unverifiable", rec


def test_a_price_as_the_cause_of_a_lines_move_leaves_the_line_judged(data):
    # "原油価格の高騰で輸入額が…増": the imports' move, a price its cause
    text = "財務省が8日発表した2022年上半期の国際収支によると、原油価格の高騰で輸入額は前年同期比40.8%増の52兆767億円だった。"
    rec = claim_containing(check_text(text, date="2022-08-08", store=data), "40.8%")
    assert rec["series"].startswith("boj.bop") and rec["verdict"] in ("supported", "contradicted"), rec
