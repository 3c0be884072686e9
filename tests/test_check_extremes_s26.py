"""`ustflow check` on records and ranks read on the wrong figure, item, sign or span (session 26), in real stories'
sentences:

- "the deficit in the balance, which covers such transactions as ..., shrank to ¥1.48 trillion, its lowest level
  ever": a low said of a deficit named before a long relative clause is the smallest deficit (kyodo, 9 Feb 2011);
  "as the trade deficit hit a record high": a high said of a deficit is the largest deficit, and the record is the
  goods balance's though the sentence's figure is the current account's percent (asahi, 12 May 2023);
- "縮小幅は過去2番目の大きさ": a place (not only a record) of a move of a fiscal year's balance, among the fiscal years'
  moves (reuters, 11 May 2023);
- "Foreign buyers of U.S. Treasury securities increased their holdings in January to another record high": all
  foreign holders (AP, 18 Mar 2014);
- "rose to $970 billion in July from $967.8 billion in June, the lowest since May 2010": a low after a rise
  describes the level moved from (benimreklam, 16 Sep 2022);
- "driven by a record goods trade deficit": the item the record's own noun names, not the sentence's current account
  (kyodo, 11 May 2023);
- "dumped foreign bonds at a record pace in 2022": a calendar year among calendar years, not among every
  twelve-month window (Nikkei Asia, 25 Jan 2023);
- "The previous record was ¥2,015.1 billion in December 2005": the record's figure after its verb (Haver, 13 Dec 2006);
- "As the second largest overseas debtor of U.S. Treasury bonds, China reduced": a place fronted before its holder
  is that holder's (hawkinsight, 16 Aug 2024); "the largest deficit for the reporting month": among the same month of
  each year (kuna, 10 Feb 2014).

Expected values are the store's own (``boj.bop`` in JPY 100 mn, ``tic.holdings`` in USD bn, MoF's flows in JPY
100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, claim_containing, judged
from ustflow.views.check import check_text

CASES = {
    # a low of a deficit named before a long relative clause: the smallest deficit
    "deficit_low": (
        "Japan's current account surplus expanded for the first time in three years in 2010, government data showed "
        "Tuesday. The nation's balance of trade in services also improved. In 2010, the deficit in the balance, which "
        "covers such transactions as the payment of travel and transport costs, shrank to ¥1.48 trillion, its lowest "
        "level ever.", "2011-02-09", "its lowest level ever", "boj.bop.bpbp6jynsn", "2010", -26588.5),
    # a high of a deficit: the largest; the goods balance's, not the current account percent's
    "deficit_high": (
        "Japan's current account surplus in fiscal 2022 shrank 54 percent from the previous year as the trade deficit "
        "hit a record high due to the weaker yen and a spike in energy prices.", "2023-05-12", "a record high",
        "boj.bop.bpbp6jyntb", "FY2022", -178716.5),
    # the item a record's own noun names
    "item_after": (
        "TOKYO (Kyodo) -- Japan's current account surplus in fiscal 2022 shrank 54.2 percent from a year earlier to "
        "9.23 trillion yen ($68.8 billion), the lowest level since fiscal 2014, driven by a record goods trade deficit "
        "as energy prices soared.", "2023-05-11", "a record", "boj.bop.bpbp6jyntb", "FY2022", -178716.5),
    # all foreign holders
    "foreign_buyers": (
        "WASHINGTON (AP) -- Foreign buyers of U.S. Treasury securities increased their holdings in January to another "
        "record high.", "2014-03-18", "record high", "tic.holdings.grand_total", "2014-01", 5841.3),
    # a low after a rise: the level moved from
    "low_after_rise": (
        "China's treasury bill reserve rose to $970 billion in July from $967.8 billion in June, the lowest since May "
        "2010, when it was $843.7 billion.", "2022-09-16", "the lowest since May 2010", "tic.holdings.china_mainland",
        "2022-06", 938.8),
    # a calendar year among calendar years
    "record_pace": (
        "TOKYO -- Japanese investors dumped foreign bonds at a record pace in 2022, ending a yearslong buying spree as "
        "increased currency hedging costs eat into returns from overseas assets.", "2023-01-25", "a record pace",
        "mof.monthly.assets.lt_debt.net", "2022", -217418.0),
    # the same month of each year
    "reporting_month": (
        "In December alone, Japan posted a current account deficit of JPY 638.6 billion (USD 6.2 billion), the largest "
        "deficit for the reporting month.", "2014-02-10", "the largest deficit for the reporting month",
        "boj.bop.bpbp6jyncb", "2013-12", -5422.0),
    # a place fronted before its holder
    "fronted_place": (
        "Japan is the largest holder. As the second largest overseas debtor of U.S. Treasury bonds, China reduced its "
        "holdings of U.S. debt by $18.6 billion in January 2024.", "2024-08-16", "As the second largest overseas debtor",
        "tic.holdings.china_mainland", "2024-06", 2.0),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_record_or_rank_read_on_its_own_figure(data, case):
    text, date, claim, sid, period, value = CASES[case]
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["series"]) == ("supported", sid), rec
    assert rec["official_period"].startswith(period), rec
    assert rec["official_value"] == pytest.approx(value, abs=0.1)


def test_a_high_of_a_deficit_says_so(data):
    rec = by_claim(check_text(CASES["deficit_high"][0], date="2023-05-12", store=data), "a record high")
    assert "largest deficit on record" in rec["explanation"]


def test_a_record_for_the_reporting_month_is_ranked_among_decembers(data):
    rec = by_claim(check_text(CASES["reporting_month"][0], date="2014-02-10", store=data),
                   "the largest deficit for the reporting month")
    assert "previous record -2,478.3 in 2012-12" in rec["explanation"]  # the December before, not November 2013


def test_the_second_largest_narrowing_of_a_fiscal_years_surplus(data):
    text = ("財務省が11日発表した国際収支状況速報によると、2022年度の経常収支は9兆2256億円の黒字となった。エネルギー関連の輸入額が"
            "増え、黒字額は21年度の20兆1522億円から大幅に縮小した。年度ベースの黒字額は14年度(8兆7031億円)以来の低水準で、"
            "縮小幅は過去2番目の大きさ。")
    rec = by_claim(check_text(text, date="2023-05-11", store=data), "過去2番目の大きさ")
    assert (rec["verdict"], rec["series"]) == ("supported", "boj.bop.bpbp6jyncb"), rec
    assert rec["official_period"].startswith("FY2022")
    assert "rank 2 on record" in rec["explanation"] and "FY2008" in rec["explanation"]


def test_a_low_after_a_fall_stays_with_the_level_reached():
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    s = "China's holdings fell to $940 billion in July from $967.8 billion in June, the lowest since May 2010."
    q = next(c for c in extract(split_sentences(s)) if c.kind == "qualifier")
    assert q.host is not None and s[q.host.span[0]:q.host.span[1]] == "$940 billion"


def test_the_previous_records_figure_follows_its_verb(data):
    text = ("Japan's current account surplus rose ¥611.4 billion in October, according to data reported December 13 by "
            "the Ministry of Finance, reaching a record ¥2,020.1 billion (seasonally adjusted).The previous record was "
            "¥2,015.1 billion in December 2005.")
    got = [r for r in check_text(text, date="2006-12-13", store=data)
           if r["claim"] == "record" and "The previous record" in r["text"]]
    assert got, "no claim 'record'"
    assert (got[0]["verdict"], got[0]["series"], got[0]["official_period"]) == \
        ("supported", "boj.bop.bpbp6jyacbx12", "2005-12"), got[0]
    assert got[0]["official_value"] == pytest.approx(19965.7, abs=0.1)


def test_a_yen_figure_after_an_equals_sign_restates_the_dollars():
    from ustflow.check.numbers import find_amounts

    got = [(a.text, a.currency, a.parenthetical) for a in find_amounts("3月末の保有残高は998億ドル=10兆円を超え、2年半ぶりの高い水準となっています。")]
    assert got == [("998億ドル", "USD", False), ("10兆円", "JPY", True)]


def test_a_look_back_after_a_restated_level_is_the_dollar_levels(data):
    text = "ロシアの米国債保有額は3カ月連続で増えました。3月末の保有残高は998億ドル=10兆円を超え、2年半ぶりの高い水準となっています。"
    rec = by_claim(check_text(text, date="2017-05-19", store=data), "2年半ぶりの高い水準")
    assert (rec["series"], rec["official_period"]) == ("tic.holdings.russia", "2017-03"), rec
    assert rec["official_value"] == pytest.approx(99.8, abs=0.05)


def test_a_records_own_noun_names_the_deficit(data):
    text = ("財務省が発表した2015年度の国際収支速報によると、サービス収支は1兆2,109億円の赤字。旅行収支が1996年度以降で過去最大の黒字と"
            "なったことなどから、サービス収支は1996年度以降で過去最少の赤字となった。")
    rec = by_claim(check_text(text, date="2016-05-13", store=data), "1996年度以降で過去最少の赤字")
    assert (rec["verdict"], rec["series"]) == ("supported", "boj.bop.bpbp6jynsn"), rec
    assert rec["official_period"].startswith("FY2015")
    assert rec["official_value"] == pytest.approx(-13140.4, abs=0.1)
    assert "the smallest deficit" in rec["explanation"]


def test_a_records_noun_may_run_to_eight_words(data):
    text = ("Foreigners Sell A Record Amount Of Treasurys Held By The Fed In Past Week\n\n"
            "In the week ended March 12, Treasurys held in custody at the Fed for foreign official and international "
            "accounts fell by $104.5 billion to $2.855 trillion. This was the biggest drop of Treasurys held by the Fed "
            "on record, i.e., foreigners were really busy selling.")
    judged(check_text(text, date="2014-03-14", store=data), "the biggest drop of Treasurys held by the Fed on record",
           ("supported", "extreme", "fred.wmtsecl1", "2014-03-06..2014-03-12"), -104535)


def test_a_record_referring_back_skips_the_bracketed_base(data):
    text = ("財務省が8日発表した2022年の国際収支速報によると、経常収支の黒字額は11兆4432億円となった。\n\n"
            "輸出額から輸入額を差し引いた貿易収支は15兆7808億円の赤字(前年は1兆6701億円の黒字)。原油などの資源価格が高騰し、"
            "赤字幅は過去最大となった。")
    rec = by_claim(check_text(text, date="2023-02-08", store=data), "過去最大")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyntb", "2022"), rec
    assert rec["official_value"] == pytest.approx(-155106.7, abs=0.1)


def test_an_amount_as_the_topic_ranks_the_amount_not_its_percent(data):
    text = ("2011年の経常黒字は前年比43.9%減の9兆6289億円となった。\n\n東日本大震災の影響などから輸出が62兆7234億円と前年比1.9%減少した"
            "一方、輸入は64兆3323億円と同15.0%増加。\n輸入額は過去3位を記録した。")
    rec = claim_containing(check_text(text, date="2012-02-09", store=data), "過去3位")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jynim", "2011"), rec
    assert rec["official_value"] == pytest.approx(632954.8, abs=0.1)
