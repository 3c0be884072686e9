"""`ustflow check` without --date (issue 13, session 32): the date lines real pages print that the reader missed,
measured on the corpus's development articles whose date was lost without --date: a Japanese board's or page's date
with its two-digit year first, a date pasted after the headline, a source glued to an ISO date, a source and the date
in brackets after the place, a date that opens a line before its "Updated" one, a Portuguese "Postado" line; a
release day placed by the year or fiscal year whose balance of payments it released; a yearless dateline dated by
"the first half of its fiscal year"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_check_datelines import _found


@pytest.mark.parametrize("text, want, how", [
    # kyodo on 2ch, 2012: the board's post time above the story, year first in two digits
    ("12/05/10 10:07:41.06\n財務省が10日発表した2011年度の国際収支速報によると、\n経常収支の黒字額は、\n前年度比52・6%減の"
     "7兆8934億円となった。", date(2012, 5, 10), "two-digit year first"),
    # nikkei on 2ch, 2010: posted at 01:18 on the 17th, after the US release of the 16th
    ("10/02/17 01:18:52\n\n米財務省が16日発表した2009年12月末の国際資本統計によると、日本の官民が保有する米国債残高が7688億ドル"
     "(約69兆円)となり、", date(2010, 2, 17), "two-digit year first"),
    # googooinvest, 2017: the date before the headline
    ("17/01/12 11月の経常収支、1兆4155億円の黒字 07年以来9年ぶり高水準\n 財務省発表\n2016年11月の国際収支状況(速報)によると、"
     "\n海外との総合的な取引状況を示す経常収支は1兆4155億円の黒字。", date(2017, 1, 12), "two-digit year first"),
    # jiji, 2022: the date pasted after the headline
    ("21年度の経常黒字12兆円=7年ぶり低水準、資源高響き22%減 2022年05月12日\n\n財務省が12日発表した2021年度の国際収支速報によると、"
     "経常収支の黒字額は、前年度比22.3%減の12兆6442億円となった。", date(2022, 5, 12), "closing the headline"),
    # CRI's Japanese service, 2024: the source's name glued to the date
    ("日本と中国が米国債の保有量を減らす\n\nCRI2024-11-20 15:23:39\n\n米財務省が現地時間18日、2024年9月の最新データを発表し、",
     date(2024, 11, 20), "dateline"),
    # urdupoint, 2019: the place, then the source and the date in brackets
    ("WASHINGTON, (UrduPoint / Pakistan Point News - 18th Sep, 2019 ) :Japan remained the largest foreign holder of "
     "U.S. Treasuries in July, U.S. Treasury Department said Tuesday.", date(2019, 9, 18), "dateline"),
    # AP on huffingtonpost.ca, 2015: the date the line opens with is the published one (its "Updated" is mistyped)
    ("Foreign holdings of US Treasury securities slipped 0.1 per cent in May\n\n07/16/2015 05:41 EDT | Updated "
     "07/16/2016 05:59 EDT\n\nWASHINGTON - Foreign holdings of U.S. Treasury securities fell in May.",
     date(2015, 7, 16), "date line"),
    # bulhufas, 2017: Portuguese "Postado" (posted), the month named first
    ("China's United States bond holdings grew in April\n\nPostado Junho 16, 2017\n\nChina increased its holding of "
     "U.S. Treasury securities in April for the third consecutive month.", date(2017, 6, 16), "date line"),
])
def test_date_lines_as_pages_print_them(text, want, how):
    got, why = _found(text)
    assert (got, how in why) == (want, True), why


def test_a_two_digit_year_first_is_read_on_japanese_pages_only():
    # an English page's "10/02/17" may be day first or month first: not read year first
    got, _ = _found("10/02/17 01:18:52\n\nJapan's holdings of U.S. Treasuries rose in December, the Treasury said.")
    assert got is None


@pytest.mark.parametrize("text, want", [
    # jiji, 2024: a calendar year's balance of payments comes out with December's, in February
    ("財務省が8日発表した2023年の国際収支速報によると、経常収支の黒字額は前年比92.5%増の20兆6295億円と、ほぼ倍増となった。",
     date(2024, 2, 8)),
    # a fiscal year's with March's, in May
    ("財務省が12日発表した2021年度の国際収支速報によると、経常収支の黒字額は、前年度比22.3%減の12兆6442億円となった。",
     date(2022, 5, 12)),
    # a fiscal year's first half with September's, in November
    ("財務省が9日発表した2023年度上期の国際収支速報によると、経常収支の黒字額は12兆7064億円となった。", date(2023, 11, 9)),
])
def test_a_release_day_is_placed_by_the_year_whose_data_it_released(text, want):
    got, why = _found(text)
    assert (got, "release day" in why) == (want, True), why
    # a look-back's fiscal year is no data of the release: undated
    got, _ = _found(text.replace("年度の国際収支", "年度以来の国際収支").replace("年の国際収支", "年以来の国際収支")
                    .replace("年度上期の国際収支", "年度上期以来の国際収支"))
    assert got is None

