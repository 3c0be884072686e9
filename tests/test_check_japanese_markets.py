"""`ustflow check` on Japanese yield sentences (issue 13, session 9): which market ("新発10年物国債", "長期金利", a bare
"30年債": JGBs; "米10年債", "米国債": Treasuries), the tenor ("10年物", "30年債"; not "11年ぶり"), a day named alone
("22日": of the publication's month; not a dateline's "[東京 22日 ロイター]", nor a release's "17日発表した"), the side
of a line ("1.6%割れ", "1兆ドルを下回った", "4%を突破"; not "前月の…を上回り"), an intraday word (一時), and a hedged
or dividend yield, which is no market's. Invented sentences; the closes from the loaded store (22 May 2024: the
10-year JGB closed at 1.007%, the 30-year at 2.084%; 21 May: the 10-year Treasury at 4.41%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import as_read, by_claim
from ustflow.check.numbers import find_amounts
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

DATE = "2024-05-22"


@pytest.mark.parametrize("text, fig, series", [
    ("新発10年物国債の利回りは22日、1.007%に上昇した。", "1.007%", "jgb.10y"),
    ("長期金利は22日、1.007%となった。", "1.007%", "jgb.10y"),
    ("30年債の利回りは22日、2.084%だった。", "2.084%", "jgb.30y"),
    ("米10年債利回りは21日に4.41%となった。", "4.41%", "fred.dgs10"),
])
def test_a_japanese_yield_is_judged_on_its_market_and_day(data, text, fig, series):
    rec = by_claim(check_text(text, date=DATE, store=data), fig)
    assert rec["series"] == series and rec["verdict"] == "supported"


def test_a_dateline_s_day_is_no_claim_s_day(data):
    rec = by_claim(check_text("[東京 22日 ロイター] - 新発10年物国債の利回りは1.0%に上昇した。", date=DATE, store=data), "1.0%")
    assert rec["series"] == "jgb.10y" and not rec.get("period")  # the latest close published, not a day named


def test_a_wrong_yield_is_contradicted(data):
    rec = by_claim(check_text("新発10年物国債の利回りは22日、1.3%に上昇した。", date=DATE, store=data), "1.3%")
    assert rec["series"] == "jgb.10y" and as_read(rec) == "contradicted"


@pytest.mark.parametrize("text", [
    "為替ヘッジ後の米国債利回りは22日、1.0%程度にとどまる。",
    "日本株の予想配当利回りは22日、2.1%だった。",
])
def test_a_hedged_or_dividend_yield_is_no_market_yield(data, text):
    assert all(not (rec.get("series") or "").startswith(("jgb.", "fred.dgs")) for rec in check_text(text, date=DATE, store=data))


@pytest.mark.parametrize("s, kind, day", [
    ("利回りは22日、1.0%に上昇した。", "day", date(2024, 5, 22)),
    ("利回りは28日に1.0%だった。", "day", date(2024, 4, 28)),  # a day still to come: the month before's
])
def test_a_day_named_alone(s, kind, day):
    p, = Resolver(date(2024, 5, 22)).find(s)
    assert p.kind == kind and p.start == day


@pytest.mark.parametrize("s", ["[ニューヨーク 16日 ロイター] - 米財務省が発表した。", "米財務省が16日発表した統計による。",
                               "財務省が16日の発表で明らかにした。", "3日連続で上昇した。", "10日間で売り越した。"])
def test_no_day_alone(s):
    assert [p for p in Resolver(date(2024, 5, 22)).find(s) if p.kind == "day"] == []


@pytest.mark.parametrize("s, q", [
    ("利回りは一時1.6%割れとなった", "below"),
    ("長期金利は0.2%を割り込んだ", "below"),
    ("中国の保有額は1兆ドルを下回った", "below"),
    ("米10年債利回りは5%を突破した", "above"),
    ("利回りは1%台に乗せた", "at_least"),
    ("前月(調整済み)の5兆8403億ドルを上回り", "exact"),  # the level compared with, not a line
])
def test_the_side_of_a_line(s, q):
    assert find_amounts(s)[0].qualifier == q


@pytest.mark.parametrize("s, value, currency, precision", [
    ("売り越し額は3千億円", 3e11, "JPY", 5e10),
    ("買い越しは1兆2千億円", 1.2e12, "JPY", 5e10),
    ("保有額は7兆6千億ドル", 7.6e12, "USD", 5e10),
    ("保有額は1兆816億米ドル", 1.0816e12, "USD", 5e7),
])
def test_japanese_figures_with_a_kanji_thousand_or_bei_doru(s, value, currency, precision):
    a, = find_amounts(s)
    assert (round(a.value), a.currency, round(a.precision)) == (round(value), currency, round(precision))
