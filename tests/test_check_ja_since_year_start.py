"""Japanese sums since the start of an earlier year (issue 13, session 14): "昨年の年初からの累計" runs from 1 January of
last year to the publication date, "2024年の年初来" from 1 January 2024; "年初から" alone is this year, "昨年" alone last
year. Invented phrases and one weekly story (MoF weekly, non-residents' long-term debt: +195,910 over the weeks
29 December 2024 - 31 January 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import by_claim
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

REF = date(2026, 2, 6)


@pytest.mark.parametrize("text, start", [
    ("買い越し額は昨年の年初からの累計で20兆円に達した", date(2025, 1, 1)),
    ("前年の年初以降の累計は20兆円だった", date(2025, 1, 1)),
    ("2024年の年初来の買い越しは30兆円", date(2024, 1, 1)),
    ("買い越し額は年初から5兆円に達した", date(2026, 1, 1)),
])
def test_since_the_start_of_a_year(text, start):
    p, = Resolver(REF).find(text)
    assert p.windows == [(start, REF)]


def test_last_year_alone_is_last_year():
    p, = Resolver(REF).find("昨年の買い越し額は14兆円だった")
    assert p.windows[0][0] == date(2025, 1, 1) and p.windows[-1][1] == date(2025, 12, 31)


def test_a_sum_since_last_year_s_start(data):
    text = "海外投資家は1月最終週に日本国債を2兆円買い越した。彼らの日本国債の買い越し額は昨年の年初からの累計で約20兆円に達します。"
    rec = by_claim(check_text(text, date="2026-02-06", store=data), "約20兆円")
    assert rec["verdict"] == "supported" and rec["official_value"] == 195910.0
