"""`ustflow check` on Japanese MoF flow stories (issue 13, session 9): the country money goes to is not the investor
("海外投資家による日本への株式投資", "日本に対する投資", "日本向けの投資": non-residents' trades in Japanese securities,
not Japanese investors'). Invented sentences; the official values from the loaded store (August 2012: non-residents
sold a net 245.3 billion yen of Japanese equity; residents sold a net 166.6 billion yen of foreign equity)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.subjects import find_subjects
from ustflow.views.check import check_text


@pytest.mark.parametrize("text", [
    "財務省が発表した8月の対外・対内証券投資によると、海外投資家による日本への株式投資は2453億円の売り越しとなった。",
    "財務省の8月の統計で、海外投資家の日本に対する株式投資は2453億円の売り越しだった。",
    "8月の対内証券投資では、外国人投資家の日本向け株式投資が2453億円の売り越しとなった。",
])
def test_the_country_money_goes_to_is_not_the_investor(data, text):
    rec = by_claim(check_text(text, date="2012-09-11", store=data), "2453億円")
    assert rec["subject"] == "non-residents (foreign investors)"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("s, kinds", [
    ("海外投資家による日本への株式投資", ["foreign_investors"]),
    ("日本の投資家による中国への投資", ["japan"]),
    ("日本は米国債を買い越した", ["japan"]),
])
def test_subjects_without_the_destination(s, kinds):
    assert [m.kind for m in find_subjects(s) if m.kind in ("japan", "country", "foreign_investors")] == kinds


@pytest.mark.parametrize("s, start, end", [
    ("昨年11月~今年3月までの中国の米国債売り越し額は304億ドルだった。", "2010-11-01", "2011-03-31"),
    ("昨年10～12月の対外証券投資は買い越しだった。", "2010-10-01", "2010-12-31"),
    ("今年1～3月の売り越し額は大きかった。", "2011-01-01", "2011-03-31"),
    ("2010年11月～2月の合計は買い越しだった。", "2010-11-01", "2011-02-28"),
])
def test_a_span_of_months_with_a_relative_year(s, start, end):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    p = next(p for p in Resolver(date(2011, 6, 16)).find(s) if p.kind == "months")
    assert (str(p.start), str(p.end)) == (start, end)


def test_a_sum_over_a_span_of_months_with_a_relative_year(data):
    rec = by_claim(check_text("中国は昨年11月~今年3月に米国債を売り越した。昨年11月~今年3月までの中国の米国債売り越し額は304億ドル"
                              "だった。", date="2011-06-16", store=data), "304億ドル")
    assert rec["official_period"] == "2010-10 to 2011-03" and rec["verdict"] == "supported"


@pytest.mark.parametrize("span", ["7月12~18日", "7月12日~18日", "7月12-18日", "7月12日から18日まで", "7月12～18日"])
def test_a_week_written_as_its_days(data, span):
    r = check_text(f"財務省によると、{span}の週に海外投資家は日本株を819億円売り越した。売り越しは2週ぶり。",
                   date="2026-07-23", store=data)
    for claim in ("819億円", "2週ぶり"):
        rec = by_claim(r, claim)
        assert rec["official_period"] == "2026-07-12..2026-07-18" and rec["verdict"] == "supported"


def test_a_week_across_two_months_written_as_its_days():
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    p = next(p for p in Resolver(date(2026, 7, 9)).find("6月28~7月4日の週に海外投資家は売り越した") if p.kind in ("days", "week"))
    assert (str(p.start), str(p.end)) == ("2026-06-28", "2026-07-04")


@pytest.mark.parametrize("text", [
    "財務省によると、国内投資家は昨年1年間で外国中長期債を4兆1883億円買い越した。",
    "国内投資家による昨年の外国中長期債の買い越し額は4兆1883億円だった。",
    "国内投資家は去年、外国中長期債を4兆1883億円買い越した。",
])
def test_last_year_alone_is_the_publication_s_year_before(data, text):
    rec = by_claim(check_text(text, date="2025-02-10", store=data), "4兆1883億円")
    assert rec["official_period"] == "2024-01..2024-12" and rec["verdict"] == "supported"


@pytest.mark.parametrize("s, label", [("昨年11月に", "昨年11月"), ("昨年末から", "昨年末"), ("今年に入って", "今年に入って"),
                                      ("昨年度の", "昨年度"), ("今年の累計で", "今年")])
def test_last_or_this_year_before_a_month_an_end_or_a_fiscal_year(s, label):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    assert [p.label for p in Resolver(date(2025, 2, 10)).find(s)] == [label]
