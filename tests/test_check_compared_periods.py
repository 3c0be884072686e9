"""`ustflow check` on a period a sentence names for what its figure is compared with, not for the figure: a look-back
told as a clause ("marking the first fall since the balance turned black in fiscal 2014"), the previous record a
figure beat ("surpassing the previous record high, logged in fiscal 2019"), a base of a fraction or multiple
("赤字幅は前年度の半分以下に縮小", "前年度(8兆7245億円の黒字)の2倍超"). The figure keeps the story's span. Real articles'
sentences (tests/claims_corpus, development batches 16, 17, 19); expected values are the store's own (BoJ
``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import bop_span, judged_bop
from ustflow.check.past_clauses import back_clauses
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

# yomiuri-japannews-2024-05-11-fy2023-current-account-record-25-trillion (batch 16)
YOMIURI = ("Japan’s Current Account Surplus Hits Record ¥25 trillion in FY 2023\n\nTOKYO — Japan’s current account surplus in "
           "fiscal 2023 soared 2.8-fold from the previous year to hit a record high of ¥25,339 billion, mainly thanks to a "
           "smaller deficit in goods trade, the Finance Ministry said in a preliminary report Friday.\n\nIn services trade, "
           "Japan posted a deficit of ¥2,450.4 billion , smaller than the previous year’s 5,390.2-billion-yen deficit. "
           "Reflecting the number of visitors to Japan jumping 3.4-fold, the surplus in the travel account stood at "
           "¥4,229.5 billion , surpassing the previous record high, logged in fiscal 2019, before the COVID-19 pandemic.")
# kyodo-japantimes-2021-05-13-fy2020-travel-surplus-plunge (batch 19)
KYODO = ("Japan's travel surplus in fiscal 2020 plunged 89.2% from the previous year, as the number of inbound visitors "
         "nosedived due to strict international travel restrictions by nations in response to the novel coronavirus "
         "pandemic, the Finance Ministry said Thursday.\n\nThe surplus of the travel balance, showing the amount of money "
         "foreign tourists spend in Japan versus Japanese spending abroad, shrank to ¥264.5 billion ($2.4 billion), "
         "marking the first fall since the balance turned black in fiscal 2014, according to the ministry's preliminary "
         "report.\n\nAs for the current account, one of the widest gauges of international trade, its surplus in the "
         "reporting year fell 3.8% to ¥18.20 trillion from a year earlier, marking the lowest level since it totaled ¥8.70 "
         "trillion in fiscal 2014.")
# sankeibiz-2018-05-10-ja-fy2017-current-account-post-lehman-high (batch 17)
SANKEI = ("財務省が10日発表した平成29年度の国際収支(速報)によると、海外とのモノやサービス、投資の取引状況を示す経常収支は前年度比3・4%増の"
          "21兆7362億円の黒字となり、4年連続で黒字幅が拡大した。\n\n旅行や著作権料などモノ以外のやりとりを示すサービス収支の赤字は"
          "6029億円で赤字幅は前年度の半分以下に縮小。")


def test_a_level_that_beat_a_record_of_another_year_is_the_storys_year(data, loaded_store):
    judged_bop(check_text(YOMIURI, date="2024-05-11", store=data), "¥4,229.5 billion",
               ("contradicted", "bpbp6jynsn2", "2023-04..2024-03"), bop_span(loaded_store, "bpbp6jynsn2", "2023-04", "2024-03"),
               measure="bop")


def test_a_level_with_a_look_back_clause_is_the_storys_year(data, loaded_store):
    recs = check_text(KYODO, date="2021-05-13", store=data)
    fy = bop_span(loaded_store, "bpbp6jynsn2", "2020-04", "2021-03")
    judged_bop(recs, "¥264.5 billion", ("contradicted", "bpbp6jynsn2", "2020-04..2021-03"), fy, measure="bop")
    # the first print converted: near the revised balance's dollars
    judged_bop(recs, "$2.4 billion", ("supported", "bpbp6jynsn2", "2020-04..2021-03"), fy, measure="bop")


def test_a_level_beside_a_fraction_of_the_year_before_is_the_storys_year(data, loaded_store):
    judged_bop(check_text(SANKEI, date="2018-05-10", store=data), "6029億円",
               ("contradicted", "bpbp6jynsn", "2017-04..2018-03"), bop_span(loaded_store, "bpbp6jynsn", "2017-04", "2018-03"),
               measure="bop")


@pytest.mark.parametrize("text", ["赤字幅は前年度の半分以下に縮小。", "経常収支の黒字額は前年度(8兆7245億円の黒字)の2倍超となった。"])
def test_the_year_before_of_a_fraction_or_multiple_is_a_base(text):
    (p,) = Resolver(date(2018, 5, 10)).find(text)
    assert (p.label, p.role) == ("前年度", "from")


def test_look_back_and_record_clauses_are_read_only_after_a_figure():
    s = "the surplus stood at ¥4,229.5 billion , surpassing the previous record high, logged in fiscal 2019, before"
    assert [s[a:b] for a, b in back_clauses(s)] == ["surpassing the previous record high, logged in fiscal 2019, before"]
    assert back_clauses("Since the balance turned black in fiscal 2014, it has grown.") == []  # (no figure before)
