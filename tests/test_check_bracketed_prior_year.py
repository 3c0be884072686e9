"""`ustflow check` on a Japanese balance-of-payments level of the year before set in brackets beside the year or beside
the figure it is compared with: "前年(5兆5176億円)に比べ減少", "前年(10兆4016億円の赤字)から赤字幅を大きく縮めた",
"経常収支が18.0兆円(前年18.6兆円)の黒字". The bracketed figure is the item's level a year before the period of the
level told just before it (the same item, in its sentence or the one before), as "前年は…だった" is; not the story's
year. Corpus sentences (batches 23 and 31) and an invented one; the periods are checked, not the values."""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text


def test_a_year_before_glossed_in_brackets_after_the_year_word(data):
    # nippon-com-2018-04-10-ja-2017-current-account-21-9-trillion (batch 23)
    text = ("財務省が発表した2017年の国際収支状況によると、経常収支は21兆9514億円の黒字となった。\n\n"
            "17年の経常収支のうち、貿易収支は4兆9554億円の黒字。前年(5兆5176億円)に比べ減少したものの2年連続で黒字を維持した。")
    r = check_text(text, date="2018-04-10", store=data)
    rec = by_claim(r, "5兆5176億円")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2016-01..2016-12"), rec["explanation"]
    assert by_claim(r, "4兆9554億円")["official_period"] == "2017-01..2017-12"


def test_a_year_before_deficit_in_brackets_in_the_next_sentence(data):
    # sankeibiz-2016-02-08-ja-2015-current-account-travel-53-years (batch 23): 2014's trade deficit
    text = ("財務省が8日発表した平成27年の国際収支(速報)によると、経常収支は16兆6413億円の黒字だった。\n\n"
            "輸出から輸入を差し引いた貿易収支は6434億円の赤字だった。赤字は5年連続だが、前年(10兆4016億円の赤字)から"
            "赤字幅を大きく縮めた。")
    rec = by_claim(check_text(text, date="2016-02-08", store=data), "10兆4016億円")
    assert rec["official_period"] == "2014-01..2014-12", rec["explanation"]


def test_a_year_before_opening_the_brackets_after_the_figure(data):
    # boj-2006-03-ja-2005-balance-of-payments-review (batch 31)
    text = "2005年の国際収支(速報)は、経常収支が18.0兆円(前年18.6兆円)の黒字と、黒字幅が前年比若干縮小した。"
    r = check_text(text, date="2006-03-01", store=data)
    assert by_claim(r, "18.6兆円")["official_period"] == "2004-01..2004-12"
    assert by_claim(r, "18.0兆円")["official_period"] == "2005-01..2005-12"


def test_a_fiscal_year_before_in_brackets(data):
    text = "2016年度の経常収支は20兆1975億円の黒字で、前年度(17兆9752億円)から拡大した。"
    r = check_text(text, date="2017-05-15", store=data)
    assert by_claim(r, "17兆9752億円")["official_period"] == "2015-04..2016-03"


def test_a_year_before_in_brackets_after_a_figure_that_is_no_bop_item_is_left_alone(data):
    # mynavi-2014-02-10-ja-2013-current-account-smallest-since-1985 (batch 22): the BPM5 capital account (資本収支), no
    # series of the mirror's; its bracketed year before is no sign of a BoP item, nor the item of the sentence before
    text = ("財務省が10日発表した2013年の国際収支によると、第1次所得収支は16兆5318億円の黒字だった。"
            "資本収支は4兆6,090億円の流入超(前年8兆1,878億円の流出超)となった。")
    rec = by_claim(check_text(text, date="2014-02-10", store=data), "8兆1,878億円")
    assert rec["verdict"] != "contradicted", rec["explanation"]
