"""`ustflow check` on the year of a Japanese span of months named without a Western year (issue 13, session 20):
an era year before it ("令和4年9~10月", "平成23年10~11月") is that year; a span the publication date falls in
("6~7月" in a story of July 31, as "7月" is) is this year's, not the year before's; a span that ended before the
publication's month is still the latest such span. Invented sentences; the amounts are MoF's (the curated table)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, claim, day, period", [
    ("令和4年9~10月に政府・日銀は円買い介入を行い、総額9兆1880億円を投じた。", "9兆1880億円", "2024-06-01",
     "2022-09-22..2022-10-24"),
    ("平成23年10~11月の為替介入の総額は9兆916億円だった。", "9兆916億円", "2012-02-01", "2011-10-31..2011-11-04"),
])
def test_an_era_year_names_the_spans_year(data, text, claim, day, period):
    rec = by_claim(check_text(text, date=day, store=data), claim)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("intervention", "supported", period), rec


def test_a_span_the_story_is_in_is_this_years(data):
    text = "財務省は31日、政府・日銀が6~7月に実施した為替介入の総額が5兆5348億円だったと発表した。"
    rec = by_claim(check_text(text, date="2024-07-31", store=data), "5兆5348億円")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-07-11..2024-07-12"), rec


def test_a_span_ended_before_the_storys_month_is_the_latest_one(data):
    """The boundary: in November, "4~5月" is this year's April and May (ended); in March, a span not yet begun is
    last year's."""
    rec = by_claim(check_text("政府・日銀は4~5月に9兆7885億円の円買い介入を実施した。", date="2024-11-08", store=data),
                   "9兆7885億円")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-04-29..2024-05-01"), rec
    rec = by_claim(check_text("政府・日銀は4~5月に9兆7885億円の円買い介入を実施した。", date="2024-03-20", store=data),
                   "9兆7885億円")
    assert rec["official_period"] != "2024-04-29..2024-05-01", rec  # in March, April-May is last year's
