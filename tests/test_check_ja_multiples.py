"""A Japanese figure told as a multiple of its own level of a period before ("前年同月の約6.4倍", "前年度の2.8倍",
"前の年の同じ月の2倍以上", "約5倍の1兆2731億円"): reported, as ``unverifiable`` with the reason (a ratio of two levels, which
the checker does not judge), never dropped; a multiple of another holder's ("日本の約2倍") is no such figure."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, fig", [
    ("財務省が発表した1月の国際収支速報によると、経常収支は6074億円の黒字だった。前年同月の約6.4倍に上った。", "約6.4倍"),
    ("経常収支の黒字額は前の年の同じ月の2倍以上になりました。", "2倍以上"),
    ("2015年度の国際収支によると、旅行収支の黒字は約5倍の1兆2731億円に膨らんだ。", "約5倍"),
    ("経常黒字は前年度の2・8倍になった。", "2・8倍"),
])
def test_a_multiple_of_its_own_past_is_reported_unverifiable(data, text, fig):
    rec = by_claim(check_text(text, date="2021-02-08", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "multiple of its own level" in rec["explanation"], rec


@pytest.mark.parametrize("text", ["中国の保有額は日本の約2倍だった。", "利回りは2倍速で動いた。"])
def test_a_multiple_of_something_else_is_no_such_figure(text):
    assert not [a for a in find_amounts(text) if a.kind == "ratio" and a.multiplier]
