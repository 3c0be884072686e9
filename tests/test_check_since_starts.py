"""A sentence that opens with the time it counts from ("As recently as August, ...", "Since last August, ...", "Since
August last year, ...") is read as that period, not as a leading clause of another time; and a starting level with no
month of its own under such a span ("surged from $160bn") is the level at the span's start (batches 7 and 16).
Invented sentences; the facts are the store's own: Belgium 166.8 in August 2013, 341.2 in February 2014."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


def test_as_recently_as_a_month_is_that_months(data):
    rec = claim_containing(check_text("As recently as August, Belgium held about $167 billion of US Treasuries.",
                                      date="2014-04-15", store=data), "$167 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2013-08"


@pytest.mark.parametrize("text", [
    "Since last August, Belgium's holdings of Treasuries have jumped from $166.8 billion to $341.2 billion.",
    "Since August last year, Belgium's holdings of Treasuries have jumped from $166.8 billion.",
    "Belgium's holdings of Treasuries have jumped from $166.8 billion since August.",
])
def test_a_starting_level_under_a_since_span_is_its_first_months(data, text):
    rec = claim_containing(check_text(text, date="2014-04-16", store=data), "$166.8 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2013-08"


def test_a_move_since_a_month_of_last_year(data):
    rec = claim_containing(check_text("Since August last year, Belgium's Treasury holdings have soared by 105%.",
                                      date="2014-04-16", store=data), "105%")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2013-08 to 2014-02"


def test_since_last_month_of_this_year_is_not_read(data):
    # the boundary: "since last February" in April may be this February or the one before: no span is guessed
    rec = claim_containing(check_text("Since last February, Belgium's Treasury holdings have soared by 105%.",
                                      date="2014-04-16", store=data), "105%")
    assert rec["period"] != "Since last February" and rec["verdict"] != "supported"
