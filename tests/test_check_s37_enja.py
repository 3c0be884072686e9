"""`ustflow check` on three families of English and Japanese claims (issue 13, session 37), on real articles' sentences
(tests/claims_corpus, development batches 18-30; the values are the store's own, computed here):

- a Japanese first of a place among holders: "中国を抜いて世界一になりました" (世界一 the top place, as トップ), and the first
  time at the top "8カ月ぶり" counted in month labels or in the months away from it;
- a balance's first surplus (deficit) whose sentence names exports or imports as the cause ("輸入額の減少が輸出額のマイナス分を
  上回った結果、4カ月ぶりに黒字転換した"): the balance's, never a gross flow's;
- a holder's percent change whose sentence prints its dollars to the USD 10 mn or finer ("an 18.90 percent increase
  compared to $43.06 billion"): computed from SLT Table 3's USD mn, as the story did, not from the Major Foreign
  Holders table's 0.1 bn.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, claim_containing
from ustflow.views.check import check_text

# nhk-4jpg-2019-08-16-ja-june-2019-japan-top-again (batch 25)
NHK = "アメリカ財務省が発表した、アメリカ国債の6月末時点の保有額で、日本がおよそ2年ぶりに中国を抜いて世界一になりました。"
# zuuonline-2017-08-17-ja-june-2017-china-top-after-eight-months (batch 25)
ZUU = "中国が8カ月ぶりに最大の米国債保有国 となったことが、米国財務省の6月のデータから分かった。"
# jiji-equity-2020-09-08-ja-july-2020-current-account-27pct-down (batch 30)
JIJI = ("財務省が8日発表した7月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は、前年同月比27.4%"
        "減の1兆4683億円の黒字となった。\n\n貿易収支は1373億円の黒字。輸入額の減少が輸出額のマイナス分を上回った結果、4カ月ぶりに黒字転換"
        "した。")
# mynavi-2015-11-10-ja-september-2015-and-first-half-fy2015 (batch 20)
MYNAVI = ("財務省は10日、2015年9月の国際収支状況(速報)を発表した。\n\n貿易収支は823億円の黒字。原油の輸入額が減少したことなどにより、"
          "3カ月ぶりに黒字転化した。")
# zawya-2025-01-21-kuwait-51-20-november (batch 26)
ZAWYA = ("KUWAIT CITY - Kuwait’s holdings of US Treasury bonds surged to approximately $51.20 billion in November 2024, "
         "marking an 18.90 percent increase compared to $43.06 billion in November 2023, according to the latest data from "
         "the US Treasury Department, reports Al-Seyassah daily.")
# timeskuwait-2025-07-20-kuwait-surge-saudi-uae-dip (batch 18)
TIMES = ("Official data from the U.S. Treasury Department revealed that Kuwait has significantly increased its holdings of "
         "U.S. Treasury bonds, reaching $57.02 billion by the end of May 2025, up from $50.34 billion in December 2024 — a "
         "13.2% rise, or $6.68 billion.")


def test_sekaiichi_is_the_top_place_and_its_first(data):
    got = check_text(NHK, date="2019-08-16", store=data)
    rec = by_claim(got, "世界一")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("supported", 1.0, "2019-06"), rec
    rec = claim_containing(got, "2年ぶり")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert "rank 1 among foreign holders" in rec["explanation"] and "last in 2017-05" in rec["explanation"]


def test_a_place_regained_counts_the_months_away(data):
    rec = claim_containing(check_text(ZUU, date="2017-08-17", store=data), "8カ月ぶり")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert "last in 2016-09" in rec["explanation"]  # nine month labels back, eight months away from the top


def test_a_first_surplus_is_the_balance_s_not_exports(data):
    for text, when, month, last in ((JIJI, "2020-09-08", "2020-07", "2020-03"), (MYNAVI, "2015-11-10", "2015-09", "2015-06")):
        rec = claim_containing(check_text(text, date=when, store=data), "ぶり")
        assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyntb", month), rec
        assert f"last in {last}" in rec["explanation"]


def test_a_percent_as_precise_as_the_sentence_s_dollars(data):
    # the story's levels are SLT Table 3's USD mn ($43.06 billion, $51.20 billion): its percent is theirs
    fine = (data.series("tic.slt.kuwait.treasury_pos").dropna() / 1000)
    for text, when, claim, (b, e) in ((ZAWYA, "2025-01-21", "18.90 percent", ("2023-11", "2024-11")),
                                      (TIMES, "2025-07-20", "13.2%", ("2024-12", "2025-05"))):
        rec = by_claim(check_text(text, date=when, store=data), claim)
        a, z = float(fine[pd.Period(b, "M")]), float(fine[pd.Period(e, "M")])
        assert rec["verdict"] == "supported", rec["explanation"]
        assert rec["official_value"] == pytest.approx(100 * (z - a) / a) and "SLT Table 3" in rec["explanation"]


def test_a_percent_of_table_precision_stays_on_the_table(data):
    # arabnews-pk-2025-12-19-saudi-134-4-october (batch 18): $134.4 billion, the table's own 0.1 bn
    text = ("Saudi Arabia's holdings of US Treasury bonds rose to $134.4 billion in October 2025, up 5.91 percent "
            "from January.")
    rec = by_claim(check_text(text, date="2025-12-19", store=data), "5.91 percent")
    h = data.holdings()["saudi_arabia"]
    a, z = float(h[pd.Period("2025-01", "M")]), float(h[pd.Period("2025-10", "M")])
    assert rec["official_value"] == pytest.approx(100 * (z - a) / a) and "SLT" not in rec["explanation"], rec
