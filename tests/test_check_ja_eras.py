"""Japanese years named by the era (``ja_eras``): "平成28年度" is fiscal 2016; a bare two-digit year that read as 20YY
would be after a story of the Heisei era ("27年度" in June 2016) is the Heisei year; other two-digit years keep the
reader's own rule. Invented sentences; expected values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import bop_span, by_claim, yen_oku


@pytest.mark.parametrize(("text", "ref", "first", "last"), [
    ("平成27年度の経常収支は黒字だった。", date(2016, 6, 9), date(2015, 4, 1), date(2016, 3, 31)),
    ("27年度の経常収支は黒字だった。", date(2016, 6, 9), date(2015, 4, 1), date(2016, 3, 31)),  # 2027: after the story
    ("同時に発表した28年11月の経常収支は黒字だった。", date(2017, 1, 12), date(2016, 11, 1), date(2016, 11, 30)),
    ("昭和62年度以来の水準。", date(2017, 1, 12), date(1987, 4, 1), date(1988, 3, 31)),
    ("令和4年度の経常収支は黒字だった。", date(2023, 6, 9), date(2022, 4, 1), date(2023, 3, 31)),
    ("平成25年中の経常収支は黒字だった。", date(2014, 2, 10), date(2013, 1, 1), date(2013, 12, 31)),
    ("令和元年の経常収支は黒字だった。", date(2020, 2, 10), date(2019, 1, 1), date(2019, 12, 31)),
])
def test_an_era_year_is_read_as_that_eras(text, ref, first, last):
    from ustflow.check.period_grammar import Resolver

    p = [p for p in Resolver(ref).find(text) if not p.is_latest][0]
    assert (p.windows[0][0], p.windows[0][1]) == (first, last), p
    assert p.label in text  # the label is the story's own words


@pytest.mark.parametrize(("text", "ref", "year"), [
    ("16年度の経常収支は黒字だった。", date(2017, 6, 9), 2016),  # 2016 is no later than the story: as before
    ("31年度の目標を掲げた。", date(2025, 6, 9), None),  # after the Heisei era: a year to come, no Heisei year
    ("98年末の水準。", date(2016, 6, 9), 1998),  # past 31: the century before, as before
])
def test_a_two_digit_year_outside_the_rule_keeps_the_readers_own(text, ref, year):
    from ustflow.check.ja_eras import western_year
    from ustflow.check.period_grammar import Resolver

    digits = text[:2]
    assert western_year(text, 0, digits, ref) is None
    found = [p for p in Resolver(ref).find(text) if not p.is_latest]
    if year is not None:
        assert found and found[0].end.year in (year, year + 1), found


def test_a_heisei_fiscal_year_story_is_judged_on_its_year(data, loaded_store):
    """A story of fiscal 2015 that names it by the era (headline without the era's name, lede with it): its levels are
    the fiscal year's, not a fiscal year to come."""
    from ustflow.views.check import check_text

    ca = bop_span(loaded_store, "bpbp6jyncb", "2015-04", "2016-03")
    text = (f"27年度の経常収支、{yen_oku(ca)}の黒字\n\n"
            f"財務省が12日発表した平成27年度の国際収支(速報)によると、経常収支は{yen_oku(ca)}の黒字だった。")
    recs = check_text(text, date="2016-05-12", store=data)
    for rec in (r for r in recs if r["claim"] == yen_oku(ca)):
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2015-04..2016-03"), rec["explanation"]
    assert by_claim(recs, yen_oku(ca))


@pytest.mark.parametrize("text", ["企業の3年3月期決算にも反映された。", "2021年3月期の決算で増益となった。"])
def test_a_companys_business_year_is_no_month(text):
    """"3年3月期" (a company's business year ending in March 2021, 令和3年) dates no figure of the story: once a story's
    fiscal year is read from its era ("令和2年度"), a month of it would be taken as a record's own period."""
    from ustflow.check.period_grammar import Resolver

    assert [p for p in Resolver(date(2021, 5, 14)).find(text) if p.kind == "month"] == []
