"""`ustflow check` on balance-of-payments figures read at the wrong period or item (session 25), in real release
stories' sentences:

- "21年度の経常黒字12兆円=…22%減 2022年05月12日": the date pasted after a headline is the article's, not its
  figures' period (jiji, 12 May 2022);
- "昨年11月の経常黒字、29%増=輸入減少": the item a headline gives after its "=" is the cause, not the figure's item
  (jiji, 12 Jan 2021);
- "2010年上期の貿易収支は4兆747億円の黒字" in a story of November (MoF has just released the fiscal first half): a half
  named with its year but not its kind is the fiscal one (mynavi, 9 Nov 2010; NHK, 8 Nov 2012 "今年上半期"); one in a
  story of August stays the calendar one.

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_span_pct, by_claim
from ustflow.views.check import check_text


def test_a_date_pasted_after_the_headline_is_not_its_period(data, loaded_store):
    text = ("21年度の経常黒字12兆円=7年ぶり低水準、資源高響き22%減 2022年05月12日\n\n"
            "財務省が12日発表した2021年度の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支の"
            "黒字額は、前年度比22.3%減の12兆6442億円となった。")
    rec = by_claim(check_text(text, date="2022-05-12", store=data), "22%")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jyncb", "2020-04..2021-03 to 2021-04..2022-03"), rec
    assert rec["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jyncb", ("2021-04", "2022-03"),
                                                               ("2020-04", "2021-03")))


def test_the_cause_after_a_headlines_equals_sign_is_not_the_figures_item(data, loaded_store):
    text = ("昨年11月の経常黒字、29%増=輸入減少、3カ月連続プラス 2021年01月12日\n\n"
            "財務省が12日発表した2020年11月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は、"
            "前年同月比29.0%増の1兆8784億円の黒字となった。")
    rec = by_claim(check_text(text, date="2021-01-12", store=data), "29%")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jyncb", "2019-11 to 2020-11"), rec
    assert rec["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jyncb", ("2020-11", "2020-11"),
                                                               ("2019-11", "2019-11")))


def test_a_headline_half_with_its_cause(data, loaded_store):
    text = ("21年上期経常黒字、50.3%増=輸出回復がけん引―財務省 2021年08月10日\n\n"
            "財務省が10日発表した2021年上半期(1~6月)の国際収支速報によると、経常収支は、前年同期比50.3%増の10兆4675億円の"
            "黒字となった。")
    rec = by_claim(check_text(text, date="2021-08-10", store=data), "50.3%")
    assert (rec["verdict"], rec["series"]) == ("contradicted", "boj.bop.bpbp6jyncb"), rec
    assert rec["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jyncb", ("2021-01", "2021-06"),
                                                               ("2020-01", "2020-06")))


_MYNAVI = ("サービス収支は699億円の赤字。前年同月比では367億円の赤字幅拡大となった。\n\n"
           "2010年上期の貿易収支は4兆747億円の黒字で、前年同期比で1兆5,637億円(62.3%)の黒字幅拡大となっている。"
           "輸出は32兆3,259億円で同6兆7,918億円(26.6%)の増加。")


def test_a_half_named_with_its_year_in_a_story_of_the_fiscal_half(data, loaded_store):
    recs = check_text(_MYNAVI, date="2010-11-09", store=data)
    level = by_claim(recs, "4兆747億円")
    assert (level["verdict"], level["series"], level["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jyntb", "2010-04..2010-09"), level
    assert level["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyntb", "2010-04", "2010-09"))
    pct = by_claim(recs, "62.3%")
    assert (pct["verdict"], pct["series"]) == ("contradicted", "boj.bop.bpbp6jyntb"), pct
    assert pct["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jyntb", ("2010-04", "2010-09"),
                                                               ("2009-04", "2009-09")))
    exports = by_claim(recs, "32兆3,259億円")  # (the half carried to the next sentence)
    assert (exports["verdict"], exports["series"], exports["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jynex", "2010-04..2010-09"), exports
    assert exports["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynex", "2010-04", "2010-09"))


def test_this_years_first_half_in_a_story_of_november(data, loaded_store):
    text = "この結果、今年上半期の経常収支は2兆7214億円の黒字にとどまり、去年に比べて41.3%減って、黒字額は上半期でこれまででもっとも少なくなりました。"
    rec = by_claim(check_text(text, date="2012-11-08", store=data), "2兆7214億円")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jyncb", "2012-04..2012-09"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2012-04", "2012-09"))


def test_a_half_named_with_its_year_in_a_story_of_august_stays_the_calendar_one(data, loaded_store):
    text = "財務省が10日発表した2015年上半期の国際収支によると、経常収支は8兆1835億円の黒字となった。"
    rec = by_claim(check_text(text, date="2015-08-10", store=data), "8兆1835億円")
    assert (rec["series"], rec["official_period"]) == ("boj.bop.bpbp6jyncb", "2015-01..2015-06"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2015-01", "2015-06"))


def test_a_half_with_its_months_said_keeps_them(data, loaded_store):
    text = "財務省が9日発表した国際収支統計では、2010年上期(1~6月)の貿易収支は4兆8000億円の黒字だった。"
    rec = by_claim(check_text(text, date="2010-11-09", store=data), "4兆8000億円")
    assert (rec["series"], rec["official_period"]) == ("boj.bop.bpbp6jyntb", "2010-01..2010-06"), rec
