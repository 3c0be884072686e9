"""`ustflow check` on a run said to be the longest ("過去最長となる8週連続で外債を売り越した", "8週連続売り越しは…2005年
以降では最長記録", "統計開始以来最長"): the run the sentence names, as long as stated and longer than every earlier run of
its direction (issue 13, session 14). A run of another length is contradicted; the longest since a year after the
series begins is unverifiable (earlier runs would have to be left out). Invented sentences; MoF weekly data from the
loaded store (residents' foreign long-term debt: net sales in the 8 weeks to 10-16 July 2022; the earlier longest
runs of net sales were 7 weeks)."""

from __future__ import annotations

import pytest

from ustflow.views.check import check_text

DATE = "2022-07-21"


def _q(data, text: str, phrase: str) -> dict:
    recs = [r for r in check_text(text, date=DATE, store=data) if phrase in r["claim"]]
    assert recs, [r["claim"] for r in check_text(text, date=DATE, store=data)]
    return recs[0]


@pytest.mark.parametrize("text, phrase", [
    ("日本の投資家は過去最長となる8週連続で外債を売り越した。", "過去最長"),
    ("対外中長期債投資は8週連続の売り越しで、統計開始以来最長となった。", "最長"),
    ("外債の売り越しは8週連続となり、2005年以降では最長記録となった。", "最長"),
])
def test_the_longest_run_is_supported(data, text, phrase):
    assert _q(data, text, phrase)["verdict"] == "supported"


def test_a_run_of_another_length_is_contradicted(data):
    assert _q(data, "日本の投資家は過去最長となる5週連続で外債を売り越した。", "過去最長")["verdict"] == "contradicted"


def test_the_longest_since_a_later_year_is_unverifiable(data):
    assert _q(data, "外債の売り越しは8週連続となり、2015年以降で最長となった。", "最長")["verdict"] == "unverifiable"


@pytest.mark.parametrize("text", [
    "生保の外債買越額は2〜4月に3.4兆円に上り、2005年以来、最大となった。",
    "生命保険会社の外債買越額は2〜4月で3.4兆円と、統計がさかのぼれる05年以来、最大となっている。",
])
def test_a_since_with_a_comma_before_the_superlative(data, text):
    recs = [r for r in check_text(text, date="2016-05-17", store=data) if "以来" in r["claim"]]
    assert recs and recs[0]["verdict"] == "supported"


def test_a_since_with_no_superlative_is_no_record(data):
    recs = check_text("2010年以来、生保は外債を買い越している。", date="2016-05-17", store=data)
    assert not [r for r in recs if "以来" in r["claim"]]
