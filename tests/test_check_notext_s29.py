"""`ustflow check` on balance-of-payments records and firsts it used not to read at all (session 29), in real release
stories' sentences (development batches 13, 18, 20, 21):

- a headline's record or first of the balance it names, with no figure and no period ("Japan posts first current
  account deficit in five months", "経常収支、単月赤字額が1996年以降で最大"): the story's first figure of that balance gives
  its period (``bop_hostless.headline_balance``); a first of a move ("logs first decline in 5 months") is that figure's
  move from a year before;
- a headline's run said with no article ("Japan posts third straight current account deficit");
- a record in a sentence that opens on the bare balance ("The deficit was the largest since January 2014") is about the
  balance the sentence before spoke of, over its period (``bop_hostless.balance_told_before``).
- Japanese records and places in shapes with no noun after them ("過去3番目となる水準です"), with their figure right after
  ("半期として最大の3兆6065億円"), or with the span compared by では ("85年以来、半期では最高") (``qualifiers_ja``).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

from tests.helpers import bop_span, by_claim
from ustflow.views.check import check_text

AFP_2014 = ("Japan posts first current account deficit in five months\n\n"
            "TOKYO: Japan posted its first current account deficit in five months in June as growing imports of fossil "
            "fuels inflated the country's trade shortfall, government data showed on Friday (Aug 8). The deficit of "
            "399.1 billion yen (US$3.9 billion) reversed a surplus of 377.7 billion yen a year earlier.")
AFP_2013 = ("Japan posts third straight current account deficit\n\n"
            "TOKYO (AFP) - Japan posted its third straight current account deficit in January, as trade losses swelled "
            "on the weakening yen and strong energy imports, the government said on Friday.")
NIKKEI_2018 = ("Japan's current-account surplus logs first decline in 5 months\n\n"
               "TOKYO — Japan’s current-account surplus narrowed 5.6% on the year in November, to 1.34 trillion yen ($12 "
               "billion), marking the first decline since June, according to preliminary data released by the Ministry "
               "of Finance on Friday.")
REUTERS_2023 = ("経常収支、単月赤字額が1996年以降で最大 春節で\n\n"
                "[東京 8日 ロイター] – 財務省が8日発表した国際収支状況速報によると、2023年1月の経常収支は1兆9766億円の赤字"
                "だった。単月の赤字額としては14年1月(1兆4561億円の赤字)を超え、比較可能な1996年1月以降で最大となった。")
JAPANTIMES_2018 = ("Japan posts biggest January current account surplus since 2011\n\n"
                   "The current account surplus grew to ¥607.4 billion ($5.7 billion) in January, its highest for the "
                   "month since 2011, thanks to strong exports in Asia, government data showed Thursday.")
KYODO_2022 = ("Japan logs 2nd largest current account deficit on record in Jan.\n\n"
              "The country's current account balance, one of the widest gauges of international trade, remained in the "
              "red for the second consecutive month. The deficit was the largest since January 2014, according to a "
              "preliminary report released by the Finance Ministry.")


def _judged(text: str, date: str, claim: str, verdict: str, month: str, data) -> dict:
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == (verdict, "boj.bop.bpbp6jyncb", month), rec
    return rec


def test_a_headlines_first_takes_the_lead_figures_month(data):
    rec = _judged(AFP_2014, "2014-08-08", "first current account deficit in five months", "supported", "2014-06", data)
    assert rec["measure"] == "first_since" and "the first in 5 months" in rec["explanation"], rec


def test_a_headlines_run_with_no_article(data):
    rec = _judged(AFP_2013, "2013-03-08", "third straight current account", "supported", "2013-01", data)
    assert rec["measure"] == "streak" and rec["quantity"] == 3, rec


def test_a_headlines_first_decline_is_the_lead_figures_move(data):
    rec = _judged(NIKKEI_2018, "2018-01-12", "first decline in 5 months", "supported", "2017-11", data)
    assert "a fall from a year before in 2017-11" in rec["explanation"], rec


def test_a_japanese_headlines_record_is_the_lead_months(data, loaded_store):
    rec = _judged(REUTERS_2023, "2023-03-08", "1996年以降で最大", "supported", "2023-01", data)
    assert rec["official_value"] == bop_span(loaded_store, "bpbp6jyncb", "2023-01", "2023-01"), rec


def test_a_headlines_record_for_the_month_is_judged(data, loaded_store):
    # January 2016's surplus beat January 2018's (today's data): not the biggest January since 2011
    rec = _judged(JAPANTIMES_2018, "2018-03-08", "biggest January current account surplus since 2011", "contradicted",
                  "2018-01", data)
    assert rec["official_value"] == bop_span(loaded_store, "bpbp6jyncb", "2018-01", "2018-01"), rec
    assert "2016-01" in rec["explanation"], rec


def test_a_bare_deficits_record_is_the_balance_told_before(data, loaded_store):
    rec = _judged(KYODO_2022, "2022-03-08", "the largest since January 2014", "supported", "2022-01", data)
    assert rec["official_value"] == bop_span(loaded_store, "bpbp6jyncb", "2022-01", "2022-01"), rec
    assert "largest deficit since 2014-01" in rec["explanation"], rec


# Japanese records and places in the shapes the release stories use with no noun after them (``qualifiers_ja``):
# "過去3番目となる水準です", "黒字額が半期として最大の3兆6065億円に達した" (the figure right after the record),
# "統計が比較可能な85年以来、半期では最高になった" (the span compared, では).
KHB_2024 = ("今年上半期の日本の経常収支はおよそ12兆7000億円で、前の年より4兆7000億円余り黒字幅を拡大しました。過去3番目となる水準"
            "です。")
JIJI_2025 = ("配当金や利子の収支を示す第1次所得収支は20兆7668億円の黒字で、3.3%増えた。一方、旅行収支は訪日外国人旅行者の増加を背景"
             "に、黒字額が半期として最大の3兆6065億円に達した。")
MAINICHI_2007 = ("財務省が13日発表した07年上半期(1〜6月)の国際収支(速報)によると、海外とのモノやサービスなどの取引の状況を示す経常"
                 "収支の黒字は前年同期比31.3%増の12兆4702億円と4期連続で黒字幅が増加し、統計が比較可能な85年以来、半期では最高に"
                 "なった。")


def test_a_place_on_record_with_no_noun_after_it_is_read(data):
    rec = by_claim(check_text(KHB_2024, date="2024-08-08", store=data), "過去3番目")
    assert rec["measure"] == "extreme" and rec["verdict"] in ("unverifiable", "contradicted"), rec


def test_a_half_years_record_with_its_figure_right_after(data, loaded_store):
    rec = by_claim(check_text(JIJI_2025, date="2025-08-08", store=data), "最大")
    assert (rec["verdict"], rec["series"]) == ("supported", "boj.bop.bpbp6jynsn2"), rec
    assert rec["official_value"] == bop_span(loaded_store, "bpbp6jynsn2", "2025-01", "2025-06"), rec


def test_a_record_since_a_year_among_half_years(data, loaded_store):
    # the largest half-year surplus in the data, which begin in 1996: 1985 is beyond them
    rec = by_claim(check_text(MAINICHI_2007, date="2007-08-14", store=data), "85年以来、半期では最高")
    assert (rec["verdict"], rec["measure"], rec["series"]) == ("unverifiable", "extreme", "boj.bop.bpbp6jyncb"), rec
    assert "never above it before in the data" in rec["explanation"], rec
    assert rec["official_value"] == bop_span(loaded_store, "bpbp6jyncb", "2007-01", "2007-06"), rec
