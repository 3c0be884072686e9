"""`ustflow check` on the level of the year before a Japanese release story tells beside the span's own: in brackets
after 同, repeating the base it named in brackets before ("貿易収支は9兆2334億円の赤字(前年同期は8912億円の黒字)…サービス収支は
3兆1639億円の赤字(同2兆6079億円の赤字)"), after 前年の ("前年の10兆4016億円の約16分の1"), or with its two-digit year
("15年は6288億円の赤字だった", "前年の13年の3兆2343億円"): that span a year before (the year named). Real articles'
sentences (tests/claims_corpus, development batches 18, 19); expected values are the store's own (BoJ ``boj.bop``,
JPY 100 mn)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import bop_span, by_claim
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

# jiji-diamondrm-2022-11-09-ja-first-half-fy2022-current-account (batch 19)
JIJI = ("財務省が9日発表した2022年度上半期(4~9月)の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支の"
        "黒字額は前年同期比58.6%減の4兆8458億円となった。\n\nこの結果、輸出から輸入を差し引いた貿易収支は9兆2334億円の赤字(前年同期は"
        "8912億円の黒字)に転じた。\n\n配当や利子収入などを示す第1次所得収支は25.2%増の18兆2332億円の黒字。輸送や旅行などのサービス収支は"
        "3兆1639億円の赤字(同2兆6079億円の赤字)だった。")
# kantsuu-2017-02-08-ja-2016-current-account-second-highest (batch 18)
KANTSUU = ("財務省が8日に発表した2016年(1~12月)の国際収支(速報)によると、貿易や投資による日本と海外のお金の出入りを示す経常収支は、"
           "前年より25・8%(4兆2370億円)多い20兆6496億円の黒字だった。\n\n貿易収支は5兆5793億円で、6年ぶりに黒字に転換した。15年は"
           "6288億円の赤字だった。")
# asahi-2016-02-08-ja-2015-current-account-travel-first-surplus-since-1962 (batch 19)
ASAHI = ("財務省が8日発表した2015年の国際収支速報によると、経常収支は16兆6413億円の黒字だった。\n\n貿易収支の赤字幅は6434億円と、前年の"
         "10兆4016億円の約16分の1に縮小した。")


def test_a_level_in_brackets_after_the_same_base_is_the_half_a_year_before(data, loaded_store):
    rec = by_claim(check_text(JIJI, date="2022-11-09", store=data), "2兆6079億円")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2021-04..2021-09"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynsn", "2021-04", "2021-09"))


@pytest.mark.parametrize("text,date_,fig,code,year", [
    (KANTSUU, "2017-02-08", "6288億円", "bpbp6jyntb", 2015),
    (ASAHI, "2016-02-08", "10兆4016億円", "bpbp6jyntb", 2014),
])
def test_a_level_of_the_year_before_named_by_its_year_or_by_zennen(data, loaded_store, text, date_, fig, code, year):
    rec = by_claim(check_text(text, date=date_, store=data), fig)
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", f"{year}-01..{year}-12"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, code, f"{year}-01", f"{year}-12"))


@pytest.mark.parametrize("text,label", [("15年は6288億円の赤字だった。", "15年"), ("前年の13年の3兆2343億円だった。", "13年"),
                                        ("過去最大だった07年に", "07年")])
def test_a_two_digit_year_as_a_topic_or_a_figures_is_that_year(text, label):
    (p,) = Resolver(date(2017, 2, 8)).find(text)
    y = 2000 + int(label[:2])
    assert (p.label, p.windows) == (label, [(date(y, 1, 1), date(y, 12, 31))])


@pytest.mark.parametrize("text", ["15年ぶりの黒字", "過去15年の推移", "10年間で", "15年に次いで過去2番目"])
def test_counts_of_years_and_a_ranks_year_are_no_period(text):
    assert [p.label for p in Resolver(date(2017, 2, 8)).find(text) if p.windows] == []
