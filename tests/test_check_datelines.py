"""`ustflow check` without --date: the publication date read from datelines in the forms wires and Japanese
papers print (issue 13, session 5). Invented headers; each says what was found and how."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import by_claim
from ustflow.check import prepare
from ustflow.views.check import StoreData, check_text


def _found(text: str) -> tuple[date | None, str]:
    _, pub = prepare(text)
    return pub.date, pub.how


@pytest.mark.parametrize("head, want", [
    ("2024/11/07 18:05\nMinistry figures out today show residents buying overseas debt.", date(2024, 11, 7)),
    ("2024.11.7\n財務省が発表した対外証券投資", date(2024, 11, 7)),
    ("2024-11-7\nResidents bought overseas debt.", date(2024, 11, 7)),
    ("令和6年11月7日 18時05分\n財務省が発表した対外証券投資", date(2024, 11, 7)),
    ("平成元年3月2日\n大蔵省が発表した", date(1989, 3, 2)),
    ("Posted: 7th November 2024\nResidents bought overseas debt.", date(2024, 11, 7)),
    ("OSAKA, 7th of November, 2024 (Kyodo) - Residents bought overseas debt.", date(2024, 11, 7)),
    ("Last updated 11/27/2024\nResidents bought overseas debt.", date(2024, 11, 27)),
    ("Last updated 27.11.2024\nResidents bought overseas debt.", date(2024, 11, 27)),
])
def test_dateline_formats(head, want):
    got, how = _found(head)
    assert got == want, how


def test_a_day_and_month_that_could_be_either_are_not_guessed():
    # 07/11/2024 is 7 November or July 11: no date is better than a wrong one
    got, _ = _found("Last updated 07/11/2024\nResidents bought overseas debt.")
    assert got is None


def test_a_dateline_is_dated_by_its_own_day_not_a_later_date_in_the_line():
    # the week named in the lead is not the dateline: the year comes from it, the day from the dateline
    got, how = _found("SHANGHAI, Nov 8 (Xinhua) -- Residents bought overseas debt in the week to November 2, 2024.")
    assert got == date(2024, 11, 8)
    assert "dateline" in how


@pytest.mark.parametrize("head, want", [
    # the year is the first one that puts the dateline after the latest month the story names
    ("LONDON, Jan 14 (Reuters) - Residents bought overseas debt in November 2024, the ministry said.",
     date(2025, 1, 14)),
    ("LONDON, Nov 14 (Reuters) - Residents bought overseas debt in September 2024, the ministry said.",
     date(2024, 11, 14)),
    ("[ロンドン 11月14日 ロイター] - 財務省が発表した2024年9月の対外証券投資", date(2024, 11, 14)),
    ("11月14日 (ブルームバーグ) - 財務省が発表した2024年9月の対外証券投資", date(2024, 11, 14)),
])
def test_a_dateline_without_its_year_takes_it_from_the_months_named(head, want):
    got, how = _found(head)
    assert got == want
    assert "latest month mentioned" in how


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def test_a_japanese_era_dateline_resolves_last_month(data):
    # 先月 (last month) in a story dated 令和7年5月20日 (2025-05-20) is April 2025, whatever the store's latest month
    r = check_text("令和7年5月20日\n財務省によると、日本の投資家は先月、対外中長期債を1兆円買い越した。", store=data)
    rec = by_claim(r, "1兆円")
    assert rec["publication_date"] == "2025-05-20"
    assert rec["publication_date_source"].startswith("the dateline")
    assert rec["official_period"] == "2025-04"
