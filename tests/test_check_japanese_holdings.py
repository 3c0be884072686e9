"""`ustflow check` on Japanese stories about Treasury holdings (issue 13, session 6): the subject a sentence drops
(the topic carries over), a list of figures sharing one verb, a year set as the topic (昨年は…), 購入 (purchase),
starting levels named after their month (10月の…から), ranks (保有残高トップ, 1番目の債権国, 保有額が最大の中国),
"since" and "first since" with a month alone (5月以来の低水準, 4月以来初めて), and a run counted within a span.
Invented sentences and the shapes of real articles of the corpus; official values from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def change(store, slug: str, month: str) -> float:
    s = series(f"tic.holdings.{slug}", store)
    p = pd.Period(month, "M")
    return round(float(s[p] - s[p - 1]), 1)


def test_a_dropped_subject_and_a_shared_verb(data, loaded_store):
    r = check_text("英国は3月に米国債を50億ドル売却した。今年に入ってから、1月に20億ドル、2月に30億ドルを購入した。",
                   date="2020-05-20", store=data)
    for fig, month in (("20億ドル", "2020-01"), ("30億ドル", "2020-02")):
        rec = by_claim(r, fig)
        assert rec["subject"] == "United Kingdom"  # the holder of the sentence before
        assert rec["official_period"].endswith(month)
        assert rec["direction"] == "up/bought"  # 購入した after the list
        assert rec["official_value"] == pytest.approx(change(loaded_store, "united_kingdom", month), abs=0.05)


def test_the_corpus_list_of_purchases_and_sales(data, loaded_store):
    r = check_text("中国は6月に米国債を93億ドル売却した。今年に入ってから、1月に87億ドル、2月に137億ドル、5月に109億ドルを"
                   "購入し、3月に107億ドル、4月に88億ドルを売却した。", date="2020-08-18", store=data)
    for fig, month, sign in (("87億ドル", "2020-01", "up/bought"), ("107億ドル", "2020-03", "down/sold"),
                             ("88億ドル", "2020-04", "down/sold")):
        rec = by_claim(r, fig)
        assert rec["subject"] == "China (mainland)" and rec["direction"] == sign
        assert rec["official_value"] == pytest.approx(change(loaded_store, "china_mainland", month), abs=0.05)
        assert rec["verdict"] == "supported"


def test_a_year_set_as_the_topic_dates_the_months(data, loaded_store):
    r = check_text("中国は6月に米国債を93億ドル売却した。昨年は1月、2月に購入し、1月は31億ドルを購入した。それ以外の月は売却し"
                   "ており、3月に104億ドルを売却した。", date="2020-08-18", store=data)
    assert by_claim(r, "31億ドル")["official_period"].endswith("2019-01")
    rec = by_claim(r, "104億ドル")
    assert rec["official_period"].endswith("2019-03")  # the rest of the same year's months
    assert rec["official_value"] == pytest.approx(change(loaded_store, "china_mainland", "2019-03"), abs=0.05)


def test_a_purchase_size_is_a_change_not_the_level(data, loaded_store):
    r = check_text("日本は6月に米国債を小幅に9億ドル購入し、保有残高は1兆2613億ドルに達した。2月の購入規模は566億ドルに達した。",
                   date="2020-08-18", store=data)
    assert by_claim(r, "9億ドル")["official_value"] == pytest.approx(change(loaded_store, "japan", "2020-06"), abs=0.05)
    assert by_claim(r, "566億ドル")["official_value"] == pytest.approx(change(loaded_store, "japan", "2020-02"),
                                                                      abs=0.05)


@pytest.mark.parametrize("text, date, fig, month", [
    ("11月の中国の米国債保有高は1兆1760億ドルとなり、4カ月ぶり低水準。10月の1兆1890億ドルから減少した。", "2018-01-17",
     "1兆1890億ドル", "2017-10"),
    ("日本の保有額は1兆2000億ドルとなった。前月の1兆1900億ドルから増えた。", "2020-08-18", "1兆1900億ドル", None),
])
def test_a_holdings_topic_carries_to_a_sentence_without_holder(data, text, date, fig, month):
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert rec["measure"] == "holdings_level"
    if month:
        assert rec["official_period"] == month


def test_a_starting_level_relative_to_an_unresolved_period_is_not_judged_at_the_latest(data):
    r = check_text("中国の保有額は7781億ドルとなった。ただ、前年同期の8500億ドルからは減少した。", date="2023-11-16", store=data)
    # 前年同期: the same month a year before the latest published (September 2023), never the latest itself
    assert by_claim(r, "8500億ドル")["official_period"] == "2022-09"


@pytest.mark.parametrize("text, date, phrase, rank, holder", [
    ("日本の米国債保有残高は8月に146億ドル減少し、1兆2800億ドル。引き続き外国勢の保有残高トップだった。", "2020-10-16",
     "トップ", 1, "Japan"),
    ("日本は昨年6月には中国を抜いて米国の1番目の債権国になった。", "2020-08-18", "1番目の債権国", 1, "Japan"),
    ("中国は6月に米国債を93億ドル売却したが、それでも2番目の米国債保有国だ。", "2020-08-18", "2番目の米国債保有国", 2,
     "China (mainland)"),
    ("米財務省証券保有額が最大の中国と第2位の日本がそれぞれ保有額を減らした。", "2018-01-17", "最大の", 1, "China (mainland)"),
])
def test_japanese_ranks(data, text, date, phrase, rank, holder):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["subject"] == holder
    assert rec["verdict"] == ("supported" if rec["official_value"] == rank else "contradicted")


def test_since_a_month_alone_and_first_since(data, loaded_store):
    r = check_text("海外勢の米国債保有額は7兆6050億ドルと、前月から減少した。5月以来の低水準となった。", date="2023-11-16",
                   store=data)
    rec = by_claim(r, "5月以来の低水準")
    total = series(rec["series"], loaded_store)
    end = pd.Period("2023-09", "M")
    lower = total[(total.index < end) & (total <= total[end])]
    assert rec["verdict"] == ("supported" if str(lower.index[-1]) == "2023-05" else "contradicted")
    r = check_text("米国外で保有される米国債残高が8月に138億ドル減少して7兆800億ドルとなった。減少は4月以来初めて。",
                   date="2020-10-16", store=data)
    lvl = by_claim(r, "7兆800億ドル")
    assert lvl["measure"] == "holdings_level" and lvl["subject"] == "all foreign holders"
    first = by_claim(r, "減少は4月以来初めて")
    assert first["kind"] == "superlative" and first["verdict"] in ("supported", "contradicted")


def test_a_since_phrase_naming_its_own_figure(data):
    r = check_text("保有高2位の日本は1兆0840億ドルで、3カ月連続で減少。2013年6月の1兆0830億ドル以来の低水準を記録した。",
                   date="2018-01-17", store=data)
    ref = by_claim(r, "1兆0830億ドル")
    assert ref["official_period"] == "2013-06"  # the reference keeps its month and is judged as a level
    q = [x for x in r if x["kind"] == "superlative" and "以来の低水準" in x["claim"]][0]
    assert q["official_period"] == "2017-11"  # about Japan's November figure, not the reference's own


def test_a_run_within_a_span_is_not_tied_to_another_figure(data):
    r = check_text("日本は今年に入って3ヶ月連続で米国債を購入し、2月の購入規模は566億ドルに達した。", date="2020-08-18", store=data)
    rec = by_claim(r, "3ヶ月連続")
    # judged on the runs inside the year (January-March 2020), not on February's figure
    assert rec["verdict"] == "supported" and "within" in rec["explanation"]
    assert rec["official_period"] == "2020-03"
