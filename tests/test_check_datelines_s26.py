"""`ustflow check` without --date (issue 13, session 26): date lines and datelines in the forms real pages print
them, measured on the corpus's development articles whose date was lost without --date: a byline with the agency
glued to the day, a computer clock's date, a section name before the date, a day and month that read both ways
told apart by the weekday the story names, a yearless dateline dated by the fiscal year the story reports, and a
headline's "2年ぶり" that does not make the release date in the line below a reference to the past."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import by_claim
from ustflow.check import prepare
from ustflow.views.check import check_text


def _found(text: str) -> tuple[date | None, str]:
    _, pub = prepare(text)
    return pub.date, pub.how


@pytest.mark.parametrize("text, want, how", [
    # millenniumpost (PTI), 2013: the agency's name glued to the day by the page's layout
    ("India's US treasury holdings dip for fourth month, reach $57.9 bn\n\nBY PTI18 Feb 2013 7:46 AM IST\n\n"
     "India held American treasury bills worth $57.9 billion in December.", date(2013, 2, 18), "dateline"),
    # econoday, 2015: the date as a computer's clock prints it
    ("US: Treasury International Capital\n\nWed Sep 16 15:00:00 CDT 2015\n\nForeign accounts were not buying "
     "long-term U.S. securities in July.", date(2015, 9, 16), "dateline"),
    # trend.az, 2007: a section's name, then the date and the time
    ("Japan logs biggest current account surplus in FY 2007 1st half\n\nBusiness Materials 12 November 2007 08:01 "
     "(UTC +04:00)\n\nJapan's current account surplus widened, the Finance Ministry said Monday.",
     date(2007, 11, 12), "date line"),
])
def test_date_lines_as_pages_print_them(text, want, how):
    got, why = _found(text)
    assert got == want, why
    assert how in why


def test_a_day_and_month_that_read_both_ways_are_told_apart_by_the_weekday_of_the_release():
    # rttnews, 2020: 09.03.2020 is 9 March (a Monday) or 3 September (a Thursday); the ministry "said on Monday"
    text = ("09.03.2020 01:27:35\n\nJapan Has Y612.3 Billion Current Account Surplus\n\n(RTTNews) - Japan had a "
            "current account surplus of 612.3 billion yen in January, the ministry of Finance said on Monday.")
    got, why = _found(text)
    assert got == date(2020, 3, 9), why
    assert "Monday" in why
    # with no weekday named, it still reads both ways and is not guessed
    got, _ = _found(text.replace(" said on Monday", " said"))
    assert got is None


def test_a_yearless_dateline_takes_its_year_from_the_fiscal_year_the_story_reports():
    # xinhua, 2019: fiscal 2018 ends in March 2019; 14 May 2019 was the Tuesday the report came out
    text = ("Japan's current account surplus in fiscal 2018 declines\n\nTOKYO, May 14 (Xinhua) -- Japan's surplus in "
            "the current account in fiscal 2018 decreased for the first time in five years, amounting to 19.41 "
            "trillion yen, a government report said Tuesday. The Finance Ministry said in a preliminary report ...")
    got, why = _found(text)
    assert got == date(2019, 5, 14), why
    assert "fiscal year" in why
    # a first half ends in September: the November dateline is that year's
    got, why = _found("TOKYO, Nov. 12 (Kyodo) - Japan's current account surplus in the first half of fiscal 2007, "
                      "or FY2007 first half, hit a record, the Finance Ministry said Monday.")
    assert got == date(2007, 11, 12), why
    # no Japanese data named: a fiscal year (whose?) dates nothing
    got, _ = _found("TOKYO, May 14 (Xinhua) -- The budget deficit in fiscal 2018 narrowed, officials said Tuesday.")
    assert got is None


def test_a_headlines_reference_to_the_past_does_not_reach_the_date_below_it(data):
    # jcast, 2010: the headline's "2年ぶり" (the first in two years) is no reference of the release date below it
    text = ("09年度の経常黒字 輸出好調で2年ぶりに増加\n\n財務省が2010年5月13日に発表した2009年度の国際収支(速報)によると、"
            "経常収支は、前年度に比べて26.9%増の15兆6545億円の黒字となった。")
    got, why = _found(text)
    assert got == date(2010, 5, 13), why
    rec = by_claim(check_text(text, store=data), "15兆6545億円")
    assert rec["publication_date"] == "2010-05-13"
    assert rec["official_period"] == "2009-04..2010-03"
    assert rec["verdict"] in ("supported", "contradicted")
