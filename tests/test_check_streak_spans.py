"""`ustflow check` on runs counted on another footing than the figure's own months (``streak_spans``, issue 13,
session 14): a run of calendar years of a monthly stock, a run of months beyond a line named beside the streak, a
run before the figure that reaches a TIC series break, and a run of months at the top said later in its clause.
Invented sentences; expected counts computed here from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _year_run(store, slug: str, year: int, sign: int) -> int:
    s = series(f"tic.holdings.{slug}", store)
    dec = s[[p.month == 12 for p in s.index]]
    ch = dec.diff().dropna()
    k = 0
    for v in reversed(ch[[p.year <= year for p in ch.index]].tolist()):
        if v * sign <= 0:
            break
        k += 1
    return k


def _below_run(store, slug: str, month: str, line: float) -> int:
    s = series(f"tic.holdings.{slug}", store)
    vals = s[s.index <= pd.Period(month, "M")].tolist()
    k = 0
    while k < len(vals) and vals[-1 - k] < line:
        k += 1
    return k


@pytest.mark.parametrize("text, date, slug, phrase, sign", [
    ("日本が保有する米国債残高も2年連続で減少した。", "2017-02-16", "japan", "2年連続", -1),
    ("中国の米国債保有残高は3年連続で減少した。", "2017-02-16", "china_mainland", "3年連続", -1),
    ("Japan's holdings of U.S. Treasuries fell for a second straight year.", "2017-02-16", "japan",
     "fell for a second straight year", -1),
])
def test_a_run_of_years_counts_december_to_december(data, loaded_store, text, date, slug, phrase, sign):
    # the figure is December's (latest published by mid-February): each year's change is December to December
    year = int(date[:4]) - 1
    n = _year_run(loaded_store, slug, year, sign)
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["official_value"] == n
    assert "calendar year" in rec["explanation"]
    want = int("".join(ch for ch in phrase if ch.isdigit()) or 2)
    assert rec["verdict"] == ("supported" if n == want else "contradicted")


def test_a_run_of_years_said_of_another_month_is_not_counted(data):
    # the latest month published by mid-May is March: which months each year's change compares is not said
    rec = by_claim(check_text("日本の米国債保有残高は2年連続で減少した。", date="2017-05-20", store=data), "2年連続")
    assert rec["verdict"] == "unverifiable"


def test_a_run_of_months_stays_monthly(data, loaded_store):
    # not fired: "3カ月連続" counts months, not years
    rec = by_claim(check_text("日本の米国債保有残高は3カ月連続で減少した。", date="2017-02-16", store=data), "3カ月連続")
    assert "calendar year" not in rec["explanation"]


@pytest.mark.parametrize("text, date, month, phrase", [
    ("中国の米国債保有額は昨年4月から11カ月連続で1兆ドルを下回りました。", "2023-04-20", "2023-02", "11カ月連続"),
    ("中国の米国債保有額は6カ月連続して1兆ドルを下回った。", "2022-12-15", "2022-10", "6カ月連続"),
    ("China's holdings of Treasuries stayed below $1 trillion for the tenth straight month.", "2023-03-16",
     "2023-01", "for the tenth straight month"),
])
def test_a_run_of_months_below_a_line_named_beside_it(data, loaded_store, text, date, month, phrase):
    n = _below_run(loaded_store, "china_mainland", month, 1000.0)
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["official_value"] == n
    want = {"11カ月連続": 11, "6カ月連続": 6, "for the tenth straight month": 10}[phrase]
    assert rec["verdict"] == "supported" if n == want else rec["verdict"] in ("contradicted", "unverifiable")


def test_a_count_off_by_a_month_at_a_revised_edge_is_unverifiable(data, loaded_store):
    # China's April 2022 (976) lies within TIC's usual revisions of $1 trillion: a count one short may be the first print's
    n = _below_run(loaded_store, "china_mainland", "2022-12", 1000.0)
    rec = by_claim(check_text("22年4月以降、中国の保有残高は8ヶ月連続で1兆ドルを下回った。", date="2023-02-16", store=data),
                   "8ヶ月連続")
    assert n == 9 and rec["verdict"] == "unverifiable"
    assert "possible_revision" in rec["flags"]


def test_a_line_after_a_move_is_not_the_run(data):
    # not fired: the run is of cuts ("保有を減らし"), the line is crossed after it
    rec = by_claim(check_text("中国は3カ月連続で保有を減らし、1兆ドルを下回った。", date="2022-07-20", store=data), "3カ月連続")
    assert "below 1,000" not in rec["explanation"]


def test_a_run_before_a_series_break_is_unverifiable(data):
    # December 2011 is a TIC series break with no like-for-like change: the run before January 2012 cannot be counted
    rec = by_claim(check_text("China increased its holdings of US Treasuries to $1.16 trillion in January after cutting "
                              "them for five consecutive months.", date="2012-03-17", store=data),
                   "for five consecutive months")
    assert rec["verdict"] == "unverifiable"
    assert "series break" in rec["explanation"]


def test_a_run_before_without_a_break_is_counted(data):
    # not fired: no break before March 2024, the run is counted
    rec = by_claim(check_text("Japan raised its holdings of Treasuries in March after cutting them for two "
                              "consecutive months.", date="2024-05-20", store=data), "for two consecutive months")
    assert rec["verdict"] in ("supported", "contradicted")
    assert "series break" not in rec["explanation"]


@pytest.mark.parametrize("text, date, phrase", [
    ("日本の保有残高は1兆908億ドルで、直近3カ月連続で中国に代わって米国の最大債権国となっている。", "2017-02-16", "3カ月連続"),
    ("日本の保有残高は1兆908億ドルで、3カ月連続で米国債の最大保有国となった。", "2017-02-16", "3カ月連続"),
])
def test_a_run_at_the_top_said_later_in_its_clause(data, loaded_store, text, date, phrase):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert "largest foreign holder" in rec["explanation"]


def test_a_move_between_the_run_and_the_place_is_a_run_of_moves(data):
    rec = by_claim(check_text("日本の保有残高は1兆908億ドルで、3カ月連続で保有を減らした最大の保有国だ。", date="2017-02-16", store=data), "3カ月連続")
    assert "largest foreign holder" not in rec["explanation"]
