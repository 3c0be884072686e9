"""`ustflow check` on balance-of-payments figures it used to decline (session 23), in real release stories' sentences:

- a story that names only items the balance of payments alone has (サービス収支, 所得収支) is a BoP story, though it never
  names the current account (mynavi, 9 Nov 2010);
- a Japanese percent change whose move follows it ("28.5%拡大した", "98.2%と大幅に縮小した", "(53.2%)黒字幅が拡大");
- a Japanese sentence with no topic of its own goes on about the exports (imports) the sentence before is about (jcast,
  10 Mar 2014);
- a country named in a cause clause ("中国の工場停止などの影響で", "due to weak demand ... in the United States and China")
  or as a trade partner ("on falling exports to China") is not the balance's owner; "これに対して" names no partner;
- a first said of an annual percent change counts years, not months ("経常黒字の拡大は3年ぶり").

Expected values are the store's own (``boj.bop``, JPY 100 mn; percent changes recomputed from it).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim
from ustflow.views.check import check_text

_MYNAVI = ("「貿易収支」は9,269億円の黒字。輸出、輸入ともに増加しているが、輸出の増加幅が輸入の増加幅を上回り、前年同月比で3,220億円"
           "(53.2%)黒字幅が拡大した。輸出は5兆5,474億円(15.9%)の増加。輸入は4兆6,205億円で同4,391億円(10.5%)の増加だった。\n\n"
           "サービス収支は699億円の赤字。前年同月比では367億円の赤字幅拡大となった。\n\n"
           "所得収支は1兆1,810億円の黒字。前年同月比では1,016億円(9.4%)の黒字幅拡大。")


def _pct(store, code: str, first: str, last: str, first0: str, last0: str) -> float:
    now, before = bop_span(store, code, first, last), bop_span(store, code, first0, last0)
    return 100 * (now - before) / abs(before)


def test_a_story_naming_only_bop_items_is_a_bop_story(data, loaded_store):
    recs = check_text(_MYNAVI, date="2010-11-09", store=data)
    goods = by_claim(recs, "9,269億円")
    assert (goods["series"], goods["verdict"]) == ("boj.bop.bpbp6jyntb", "contradicted"), goods
    assert goods["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyntb", "2010-09", "2010-09")), goods
    services = by_claim(recs, "699億円")
    assert (services["series"], services["verdict"]) == ("boj.bop.bpbp6jynsn", "contradicted"), services
    assert services["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynsn", "2010-09", "2010-09"))
    imports = by_claim(recs, "10.5%")
    assert (imports["series"], imports["verdict"]) == ("boj.bop.bpbp6jynim", "contradicted"), imports
    assert imports["official_value"] == pytest.approx(_pct(loaded_store, "bpbp6jynim", "2010-09", "2010-09",
                                                           "2009-09", "2009-09")), imports
    # the change and its bracketed rate told before "黒字幅が拡大": the goods balance of the sentence before, not imports
    rate = by_claim(recs, "53.2%")
    assert (rate["series"], rate["verdict"]) == ("boj.bop.bpbp6jyntb", "contradicted"), rate
    assert rate["official_value"] == pytest.approx(_pct(loaded_store, "bpbp6jyntb", "2010-09", "2010-09",
                                                        "2009-09", "2009-09")), rate
    assert by_claim(recs, "3,220億円")["series"] == "boj.bop.bpbp6jyntb"


@pytest.mark.parametrize("text,date,claim,code,span", [
    ("財務省が8日発表した2010年の国際収支速報によると、モノやサービス、配当、利子など海外との総合的な取引状況を示す経常収支は17兆801億円"
     "の黒字で、黒字額は前年に比べ28.5%拡大した。", "2011-02-08", "28.5%", "bpbp6jyncb", ("2010-01", "2010-12")),
    ("財務省が10日発表した3月の国際収支状況(速報)によると、経常収支は1兆5894億円の黒字だった。貿易収支は42億円の黒字で、黒字幅は98.2%と"
     "大幅に縮小した。", "2012-05-10", "98.2%", "bpbp6jyntb", ("2012-03", "2012-03")),
])
def test_a_japanese_percent_change_with_its_move_after_it(data, loaded_store, text, date, claim, code, span):
    got = by_claim(check_text(text, date=date, store=data), claim)
    first, last = span
    y0, y1 = str(int(first[:4]) - 1) + first[4:], str(int(last[:4]) - 1) + last[4:]
    assert (got["series"], got["verdict"]) == (f"boj.bop.{code}", "contradicted"), got
    assert got["official_value"] == pytest.approx(_pct(loaded_store, code, first, last, y0, y1)), got


def test_a_first_of_an_annual_change_counts_years(data):
    text = ("財務省が8日発表した2010年の国際収支速報によると、モノやサービス、配当、利子など海外との総合的な取引状況を示す経常収支は17兆801億円"
            "の黒字で、黒字額は前年に比べ28.5%拡大した。経常黒字の拡大は3年ぶり。")
    recs = [r for r in check_text(text, date="2011-02-08", store=data) if r["claim"] == "3年ぶり"]
    assert recs and all(r["verdict"] == "supported" and r["series"] == "boj.bop.bpbp6jyncb" for r in recs), recs


def test_exports_and_imports_carried_to_a_sentence_with_no_topic(data, loaded_store):
    text = ("財務省が2014年3月10日に発表した1月の国際収支状況(速報)によると、海外との総合的な取引状況を示す経常収支は1兆5890億円の赤字だった。\n\n"
            "輸出から輸入を差し引いた貿易収支の赤字額が1兆384億円増えて2兆3454億円に達した。輸出は自動車や化学製品が好調で、11か月連続で"
            "増加。前年同月比16.7%、7902億円増の5兆5167億円となった。\n\n"
            "しかし、輸入は原油や液化天然ガス(LNG)などの燃料や半導体電子部品などが引き続き拡大。円安加速もあって、前年同月比では30.3%、"
            "1兆8286億円も増えて7兆8620億円となり、輸出の伸びを大きく上回った。")
    recs = check_text(text, date="2014-03-10", store=data)
    for claim, code in (("5兆5167億円", "bpbp6jynex"), ("7兆8620億円", "bpbp6jynim")):
        got = by_claim(recs, claim)
        assert (got["series"], got["verdict"]) == (f"boj.bop.{code}", "contradicted"), got
        assert got["official_value"] == pytest.approx(bop_span(loaded_store, code, "2014-01", "2014-01")), got
    rate = by_claim(recs, "16.7%")
    assert rate["series"] == "boj.bop.bpbp6jynex" and rate["official_value"] == pytest.approx(
        _pct(loaded_store, "bpbp6jynex", "2014-01", "2014-01", "2013-01", "2013-01")), rate


def test_a_country_in_a_cause_clause_is_not_the_owner(data, loaded_store):
    ja = ("財務省が8日発表した2月の国際収支速報によると、経常収支は前年同月比21.2%増の3兆1688億円の黒字となった。"
          "中国の工場停止などの影響で衣類や携帯電話の輸入が大幅に減り、輸入額は14.6%減の4兆9656億円となった。")
    got = by_claim(check_text(ja, date="2020-04-08", store=data), "4兆9656億円")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jynim", "contradicted"), got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynim", "2020-02", "2020-02")), got
    en = ("Japan's current account surplus in October rose 38.0 percent from a year earlier. Exports fell 7.9 percent to "
          "6.54 trillion yen due to weak demand for automobiles and iron products in the United States and China, while "
          "imports plunged 15.3 percent to 6.29 trillion yen, reflecting cheaper crude oil prices.")
    got = by_claim(check_text(en, date="2019-12-09", store=data), "6.29 trillion yen")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jynim", "contradicted"), got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynim", "2019-10", "2019-10")), got


def test_a_trade_partner_is_not_the_owner_and_a_base_rate_is_left(data, loaded_store):
    text = ("The surplus in the current account shrank for the first time in five years in fiscal 2018 to ¥19.41 trillion. "
            "Exports grew 2.6 percent to ¥80.32 trillion last fiscal year, but the increase was down from 10.6 percent the "
            "previous year on falling exports to China.")
    recs = check_text(text, date="2019-05-14", store=data)
    level = by_claim(recs, "¥80.32 trillion")
    assert (level["series"], level["verdict"]) == ("boj.bop.bpbp6jynex", "contradicted"), level
    assert level["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynex", "2018-04", "2019-03")), level
    # "down from 10.6 percent the previous year": the year before's rate, not a fall of 10.6 percent
    assert by_claim(recs, "10.6 percent")["verdict"] != "contradicted"


def test_in_contrast_names_no_partner(data, loaded_store):
    text = ("財務省の発表によると、日本の2005年度の経常収支黒字は前年度比5.0%増の19兆1233億円で、3年連続の過去最高更新となった。"
            "しかし、その内訳では貿易収支黒字が減少(-27.3%)となり、これに対して所得収支の黒字が前年度比30.7%も増加して12兆6094億円になり、"
            "初めて所得収支黒字が貿易収支黒字を上回った。")
    got = by_claim(check_text(text, date="2006-05-31", store=data), "12兆6094億円")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jynpin", "contradicted"), got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynpin", "2005-04", "2006-03")), got
