"""A Japanese figure told as a multiple of its own level of a period before ("前年同月比約3.4倍", "前年比5.5倍",
"約5倍の1兆2731億円", "前年同月の約6.4倍"): a balance of payments item's is judged as the item's level over its level a
year (a month) before (session 38, ``bop_judge._bop_multiple``), unless its base is named as a period right before it
("前年同月の約6.4倍", "前年度の2.8倍": that period is read as the figure's) or it is a count of people ("訪日客数が1.6倍"):
those are reported, as ``unverifiable`` with the reason (a ratio of two levels), never dropped; 以上 / 超 / 近く bound it
("2倍近く" takes no half-step below 2); a multiple of another holder's ("日本の約2倍") is no such figure."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, fig, verdict, official, periods", [
    ("財務省が発表した2023年8月の国際収支速報によると、経常収支は前年同月比約3.8倍の2兆2797億円の黒字だった。", "2023-10-10",
     "約3.8倍", "supported", 3.849, "2022-08 to 2023-08"),
    ("2015年度の国際収支によると、旅行収支の黒字は約5倍の1兆2731億円に膨らんだ。", "2021-02-08", "約5倍", "supported", 4.994,
     "2014-04..2015-03 to 2015-04..2016-03"),
    # (2倍近く: within 5% below 2; fiscal 2010's goods surplus was 1.77 times fiscal 2009's... calendar here: 2010 on 2009)
    ("2010年の国際収支速報によると、経常収支は17兆801億円の黒字。貿易黒字が前年比2倍近くに膨らんだ。", "2011-02-08", "2倍近く",
     "contradicted", 1.766, "2009-01..2009-12 to 2010-01..2010-12"),
])
def test_a_bop_multiple_of_its_own_past_is_judged(data, text, date, fig, verdict, official, periods):
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert rec["verdict"] == verdict and "a multiple of" in rec["explanation"] and periods in rec["explanation"], rec
    assert round(rec["official_value"], 3) == official, rec


@pytest.mark.parametrize("text, fig", [
    ("財務省が発表した1月の国際収支速報によると、経常収支は6074億円の黒字だった。前年同月の約6.4倍に上った。", "約6.4倍"),
    ("経常収支の黒字額は前の年の同じ月の2倍以上になりました。", "2倍以上"),
    ("経常黒字は前年度の2・8倍になった。", "2・8倍"),
    ("国際収支によると、旅行収支は訪日客数が1.6倍に増加したことで2兆5939億円の黒字となった。", "1.6倍"),
])
def test_a_multiple_whose_base_is_read_as_its_period_is_reported_unverifiable(data, text, fig):
    rec = by_claim(check_text(text, date="2021-02-08", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "multiple of its own level" in rec["explanation"], rec


@pytest.mark.parametrize("text, fig, qualifier", [("貿易黒字が2倍近くに膨らんだ", "2倍近く", "just_below"),
                                                 ("黒字額は前の年の同じ月の2倍以上になりました", "2倍以上", "at_least"),
                                                 ("2倍超となった", "2倍超", "above")])
def test_the_words_after_bai_bound_the_multiple(text, fig, qualifier):
    assert [(a.text, a.qualifier) for a in find_amounts(text) if a.kind == "ratio"] == [(fig, qualifier)]


@pytest.mark.parametrize("text", ["中国の保有額は日本の約2倍だった。", "利回りは2倍速で動いた。"])
def test_a_multiple_of_something_else_is_no_such_figure(text):
    assert not [a for a in find_amounts(text) if a.kind == "ratio" and a.multiplier]
