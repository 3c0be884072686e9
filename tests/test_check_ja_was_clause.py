"""`ustflow check` on a Japanese past clause that modifies the topic of a figure ("[前年同期に421億円の黒字だった]サービス
収支は525億円の赤字に転化", "[2017年度に2桁増だった]輸出は2.6%増にとどまりました"): the period at the start of that clause is
the clause's, not the figure's after the topic, which keeps the story's own period (the month or the span just
released). Real articles' sentences (tests/claims_corpus, development batches 17, 18, 19); expected values are the
store's own (BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_value, by_claim
from ustflow.check.attach import ja_was_clause
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

# jcast-2016-10-11-ja-august-2016-current-account-26-months (batch 18)
JCAST_AUG = ("財務省が2016年10月11日に発表した8月の国際収支状況によると、海外との貿易や金融取引で稼いだ額を示す経常収支は2兆8億円で、"
             "前年同期に比べ黒字幅を3759億円拡大した。\n\n一方、前年同期に421億円の黒字だったサービス収支は525億円の赤字に転化。")
# jcast-2017-06-08-ja-april-2017-current-account-travel-record (batch 19)
JCAST_APR = ("財務省が2017年6月8日に発表した4月の国際収支状況(速報)によると、海外とのモノやサービス、配当金などの総合的な取引状況を"
             "示す「経常収支」は1兆9519億円の黒字だった。\n\n一方、前年同期に4114億円の赤字だったサービス収支は2947億円と赤字幅が縮小。")
# meaer-hatena-2019-05-14-ja-fy2018-current-account (batch 17)
MEAER = ("2018年度の経常黒字は19.4兆円\n\n財務省が14日発表した2018年度の国際収支速報によると、海外とのモノやサービスの取引、投資収益の"
         "状況を示す経常収支の黒字額は、前年度比12.4%減の19兆4144億円となりました。\n\n"
         "輸入は原油高などで8.0%増えましたが、2017年度に2桁増だった輸出は2.6%増にとどまりました。")


@pytest.mark.parametrize("text,fig,code,month", [
    (JCAST_AUG, "525億円", "bpbp6jynsn", "2016-08"),
    (JCAST_APR, "2947億円", "bpbp6jynsn", "2017-04"),
])
def test_a_level_after_a_past_clause_of_the_year_before_is_the_months(data, loaded_store, text, fig, code, month):
    date = "2016-10-11" if month == "2016-08" else "2017-06-08"
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", month), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_value(loaded_store, code, month))


def test_a_percent_change_after_a_past_clause_of_another_year_is_the_story_spans(data, loaded_store):
    rec = by_claim(check_text(MEAER, date="2019-05-14", store=data), "2.6%")
    now, before = (bop_span(loaded_store, "bpbp6jynex", f"{y}-04", f"{y + 1}-03") for y in (2018, 2017))
    assert (rec["measure"], rec["verdict"]) == ("bop_pct", "contradicted"), rec["explanation"]
    assert rec["official_period"] == "2017-04..2018-03 to 2018-04..2019-03"
    assert rec["official_value"] == pytest.approx(100 * (now - before) / abs(before))


def test_the_clause_is_read_only_when_it_ends_in_a_topic_before_the_figure():
    from datetime import date

    s = "一方、前年同期に421億円の黒字だったサービス収支は525億円の赤字に転化。"
    p = Resolver(date(2016, 10, 11)).find(s)[0]
    assert ja_was_clause(s, p, s.index("525")) and not ja_was_clause(s, p, s.index("421"))
    s = "4月の経常収支は1兆9519億円の黒字だった。"  # (the period of the figure's own clause)
    p = Resolver(date(2017, 6, 8)).find(s)[0]
    assert not ja_was_clause(s, p, s.index("1兆"))
