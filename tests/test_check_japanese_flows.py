"""`ustflow check` on Japanese MoF flow stories (issue 13, session 9): the country money goes to is not the investor
("海外投資家による日本への株式投資", "日本に対する投資", "日本向けの投資": non-residents' trades in Japanese securities,
not Japanese investors'). Invented sentences; the official values from the loaded store (August 2012: non-residents
sold a net 245.3 billion yen of Japanese equity; residents sold a net 166.6 billion yen of foreign equity)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.subjects import find_subjects
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


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
