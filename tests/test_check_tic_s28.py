"""`ustflow check` on TIC's monthly flows the checker used to decline (session 28), in real sentences of development
articles (batches 16-21):

- the Japanese wires' name of TIC's headline long-term flow, "対米中長期証券投資" (Bloomberg, 15 Apr 2010), is all
  foreigners' net purchases of long-term securities; a figure after that flow whose sentence names no security
  ("前月は642億ドルの買い越し", "買越額は1月の150億ドル…から拡大した") is the same flow, in the month before when
  前月 says so (Bloomberg, 15 Mar 2013; 16 Nov 2011; Reuters, 16 May 2017);
- an economists' forecast ("エコノミスト予想の中央値は400億ドル") and a first print a revision replaced ("速報値191億ドル")
  are not the release's figures: neither read as the flow nor carried from;
- a Treasury flow whose holder was carried from a sentence about a country ("…ロシアは短期証券を中心に258億ドル売却。
  …3月の米財務省証券投資の買い越し額は259億ドル") is all foreigners' (Bloomberg via fc2, 16 May 2014);
- English: "long-term U.S. assets" names the long-term flow (Reuters, 16 Jul 2015), and the second figure of a pair
  ("…US$140.5 billion in March from US$47.1 billion in February", AFP, 19 May 2010; "down from a 40.7-billion-dollar
  increase", Xinhua, 15 Dec 2009, whose "long- term" a line break split) is the same flow;
- a Japanese figure a line wrap split with a space ("9568 億ドル", "1兆1740億ド ル") is read whole;
- "foreigners scooped up a net US$26.1 billion in equities, U$20.7 billion of corporate debt" (Bloomberg, 17 Sep
  2016): a verb of buying, and the kind a figure is "of" or "in" right after it;
- "6月の米国の長期資本流入は344億ドル" in a story on "米財務省が発表した資料" (People's China, 17 Aug 2017): the long-term
  capital inflow is TIC's headline long-term flow;
- a Japanese trade told by a passive verb ("米社債は8カ月連続で買われ、9月は60億5500万ドルだった", Reuters, 17 Nov 2018) or
  by a verb a list's items share ("機関債を224億8000万ドル、社債を106億8000万ドル購入した", Reuters, 15 Apr 2019).

Expected values are the store's own (Form S gross purchases less gross sales, USD mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, form_s_net, judged, tic_level
from ustflow.views.check import check_text

#: Form S's six kinds (TIC's headline long-term flow, US and foreign securities)
LT = ("treasury", "agency", "corporate_bonds", "us_stocks", "foreign_bonds", "foreign_stocks")
#: TIC's headline long-term flow: all foreigners' net purchases of the six kinds
LT_NET = "tic.forms.grand_total.lt_net"


def _net(store, kinds: tuple[str, ...], month: str) -> float:
    """Form S net purchases in USD mn, the checker's unit for them."""
    return form_s_net(store, kinds, month) * 1e3


def _kind_flow(got: list[dict], store, claim: str, verdict: str, kind: str, month: str) -> dict:
    """The record of ``claim``: ``verdict`` on all foreigners' net purchases of the Form S ``kind`` in ``month``."""
    return judged(got, claim, (verdict, "tic_prose_flow", f"tic.forms.grand_total.{kind}_net", month),
                  _net(store, (kind,), month))


BLOOMBERG_2013 = ("米財務省が15日発表した1月の対米証券投資統計によると、外国の 政府と投資家の中長期金融資産取引額は外国人からみて"
                  "257億ドルの買 い越しとなった。ブルームバーグがまとめたエコノミスト予想の中央値 は400億ドルの買い越しだった。"
                  "前月は642億ドルの買い越し。")
BLOOMBERG_2010 = ("対米中長期証券投資:2月は買越額が471億ドルに増加\n\n"
                  "米財務省が15日に発表した2月の対米証券投資統計によると、 外国の政府と投資家の中長期金融資産取引額は外国人からみて"
                  "471 億ドルの買い越しとなった。買越額は1月の150億ドル(速報値191 億ドル)から拡大した。")
BLOOMBERG_2011 = ("米財務省が発表した9月の対米証券投資統計によると、外国の 政府と投資家の中長期金融資産取引額は外国人からみて686億ドル"
                  "の買い越しとなった。買越額は前月の580億ドルから拡大した。")
REUTERS_JP = ("米財務省が発表した3月の対米証券投資統計によると、海外投資家による米財務省証券投資は、243億9000万ドルの買い越し。\n\n"
              "海外投資家の米長期有価証券投資(株式スワップ等除く)は、598億ドルの買い越しで、買い越し額は前月の531億ドルから"
              "拡大した。")
FC2 = ("米財務省が15日に発表した3月の海外投資家による対米証券投資統計では、米財務省証券投資の買い越し額は前月から大きく"
       "減少したものの、ベルギーが継続的に買い進め、中国と日本に次ぐ3位の保有国に浮上したことが分かった。\n\n"
       "一方、ロシアは短期証券を中心に258億ドル売却。統計に含まれる国のなかで最大となった。3月の米財務省証券投資の買い越し額は"
       "259億ドルとなり、2月の925億ドルから大きく減少した。\n\n"
       "ベルギーは前年11月から今年の3月にかけての5カ月間、短期証券を中心に買い入れた。同期間に68億2000万ドルの米長期債を売却している。")
PEOPLES_CHINA = ("現地時間8月15日、米財務省が発表した資料によると、中国の米国債保有額は5ヶ月連続で増加した。\n\n"
                 "6月の米国の長期資本流入は344億ドルであり、5月に比べ65%が減少した。")


@pytest.mark.parametrize("text,date,claim,month,verdict", [
    (BLOOMBERG_2013, "2013-03-15", "642億ドル", "2012-12", "contradicted"),
    (BLOOMBERG_2010, "2010-04-15", "471億ドル", "2010-02", "contradicted"),
    (BLOOMBERG_2010, "2010-04-15", "150億ドル", "2010-01", "supported"),
    (BLOOMBERG_2011, "2011-11-16", "580億ドル", "2011-08", "supported"),
    (REUTERS_JP, "2017-05-16", "531億ドル", "2017-02", "contradicted"),
    pytest.param(PEOPLES_CHINA, "2017-08-17", "344億ドル", "2017-06", "supported",
                 id="the long-term capital inflow"),  # "6月の米国の長期資本流入は344億ドル"
])
def test_a_japanese_figure_of_the_long_term_flow(data, loaded_store, text, date, claim, month, verdict):
    judged(check_text(text, date=date, store=data), claim, (verdict, "tic_prose_flow", LT_NET, month),
           _net(loaded_store, LT, month))


@pytest.mark.parametrize("text,date,claim", [(BLOOMBERG_2013, "2013-03-15", "400億ドル"),
                                             (BLOOMBERG_2010, "2010-04-15", "191億ドル")])
def test_a_forecast_or_a_first_print_is_not_the_flow(data, text, date, claim):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["measure"]) == ("unverifiable", "flow"), rec
    assert rec["series"] is None, rec


def test_a_treasury_flow_whose_holder_was_carried_from_further_back_is_all_foreigners(data, loaded_store):
    recs = check_text(FC2, date="2014-05-16", store=data)
    rec = judged(recs, "259億ドル", ("contradicted", "flow", "tic.forms.grand_total.treasury_net", "2014-03"),
                 _net(loaded_store, ("treasury",), "2014-03"))
    assert rec["subject"] == "all foreign holders", rec
    assert "possible_revision" in rec["flags"], rec
    # a holder named in the sentence just before stays the flow's ("ベルギーは…買い入れた。同期間に…売却している")
    rec = by_claim(recs, "68億2000万ドル")
    assert (rec["verdict"], rec["subject"], rec["series"]) == ("supported", "Belgium", "tic.forms.belgium.treasury_net"), rec


REUTERS_2015 = ("NEW YORK, July 16 Foreigners bought long-term U.S. securities for a fourth consecutive month in May, data from "
                "the U.S. Treasury Department showed on Thursday.\n\n"
                "Net buying of long-term U.S. assets totaled $93 billion in May from a revised inflow of $54.4 billion in "
                "April.")
AFP = ("Net foreign purchases of US long-term securities leaped to a record US$140.5 billion in March from US$47.1 billion "
       "in February, the Treasury data showed, amid mounting concerns about the Greek sovereign debt crisis.")
XINHUA = ("WASHINGTON, Dec. 15 (Xinhua) -- Foreign purchases of U.S. long- term securities were 20.7 billion U.S. dollars in "
          "September, down from a 40.7-billion-dollar increase in September, the U.S. Treasury Department said Tuesday.")


@pytest.mark.parametrize("text,date,claim,month", [
    (REUTERS_2015, "2015-07-16", "$93 billion", "2015-05"),
    (REUTERS_2015, "2015-07-16", "$54.4 billion", "2015-04"),
    (AFP, "2010-05-19", "US$47.1 billion", "2010-02"),
    (XINHUA, "2009-12-15", "40.7-billion", "2009-09"),
])
def test_an_english_figure_of_the_long_term_flow(data, loaded_store, text, date, claim, month):
    rec = judged(check_text(text, date=date, store=data), claim, ("contradicted", "tic_prose_flow", LT_NET, month),
                 _net(loaded_store, LT, month))
    assert "possible_revision" in rec["flags"], rec


@pytest.mark.parametrize("text,date,claim,slug,month", [
    ("米財務省が発表した9月の対米証券投資統計によると、米国債保有額2位の日本は前月比202億ドル増加して9568 億ドルとなった。",
     "2011-11-16", "9568億ドル", "japan", "2011-09"),
    ("米財務省が発表した7月の対米証券投資統計によると、中国の米国債保有額は前月から80億ドル増加して1兆1740億ド ル。",
     "2011-09-16", "1兆1740億ドル", "china_mainland", "2011-07"),
])
def test_a_figure_a_line_wrap_split_is_read_whole(data, loaded_store, text, date, claim, slug, month):
    """A Japanese line wrap a scraper turned into a space inside a figure (Bloomberg, 16 Nov and 16 Sep 2011)."""
    judged(check_text(text, date=date, store=data), claim, ("contradicted", "holdings_level", f"tic.holdings.{slug}", month),
           tic_level(loaded_store, slug, month))


REUTERS_2018 = ("UPDATE 1-日本と中国の米国債保有減少=9月対米証券投資統計\n\n"
                "米社債は8カ月連続で買われ、9月は60億5500万ドルだった。")
REUTERS_2019 = ("[ニューヨーク 15日 ロイター] - 米財務省が発表した2月の対米証券投資統計によると、海外投資家の米財務省証券投資が"
                "4カ月ぶりに買い越しに転じた。\n\n"
                "海外投資家は2月に機関債を224億8000万ドル、社債を106億8000万ドル購入した。")


@pytest.mark.parametrize("text,date,claim,kind,month", [
    (REUTERS_2018, "2018-11-17", "60億5500万ドル", "corporate_bonds", "2018-09"),
    (REUTERS_2019, "2019-04-15", "224億8000万ドル", "agency", "2019-02"),
    (REUTERS_2019, "2019-04-15", "106億8000万ドル", "corporate_bonds", "2019-02"),
])
def test_a_japanese_trade_told_by_a_passive_or_a_shared_verb(data, loaded_store, text, date, claim, kind, month):
    _kind_flow(check_text(text, date=date, store=data), loaded_store, claim, "contradicted", kind, month)


BLOOMBERG_2016 = ("The report, which also contains data on international capital flows, showed net foreign buying of long-term "
                  "securities totaling US$103.9 billion in July.\n\n"
                  "Net foreign selling of US Treasuries was US$13.1 billion in July, while foreigners scooped up a net "
                  "US$26.1 billion in equities, U$20.7 billion of corporate debt and US$38.9 billion in agency debt.")


def test_an_english_figure_in_a_kind_named_after_it(data, loaded_store):
    recs = check_text(BLOOMBERG_2016, date="2016-09-17", store=data)
    _kind_flow(recs, loaded_store, "US$26.1 billion", "contradicted", "us_stocks", "2016-07")
    for claim, kind in (("$20.7 billion", "corporate_bonds"), ("US$38.9 billion", "agency")):
        rec = by_claim(recs, claim)
        assert (rec["measure"], rec["series"]) == ("tic_prose_flow", f"tic.forms.grand_total.{kind}_net"), rec
