"""`ustflow check` on a sentence that opens on a time named in the sentence before (issue 13, session 18):
"... the lowest since May 2009. At that time, the level was $776.4 billion", "... since October 2013, when holdings
reached $149.9 billion. Then Russia was ranked tenth". The level or place is that month's, not the story's latest.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import a_month_at, by_claim, month_name, usd_bn
from ustflow.views.check import check_text

DATE = "2024-06-20"  # TIC for April 2024 was out (mid-June)


@pytest.mark.parametrize("opener", ["At that time,", "At the time,", "Back then,"])
def test_a_level_at_the_month_a_look_back_reached(data, tic, opener):
    cn = tic("china_mainland")
    then = pd.Period("2009-05", "M")
    text = (f"China's holdings of US Treasuries fell in April, to their lowest since {month_name(then)}. "
            f"{opener} its holdings of Treasuries were {usd_bn(cn[then])}.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(cn[then]))
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", str(then), "supported")


def test_a_place_at_the_month_of_a_when_clause(data, ranks):
    p = a_month_at(ranks, "united_kingdom", 3, "2015-01")
    text = (f"Britain has been adding to its Treasuries since {month_name(p)}, when its holdings were far smaller. "
            f"Then Britain was ranked third among foreign holders of US Treasuries.")
    rec = by_claim(check_text(text, date=DATE, store=data), "ranked third")
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("rank", str(p), "supported")


def test_a_past_level_told_against_today_is_contradicted_at_that_month(data, tic):
    jp = tic("japan")
    then, now = pd.Period("2013-11", "M"), pd.Period("2024-04", "M")
    text = (f"Japan's holdings of Treasuries were last this low in {month_name(then)}. "
            f"At that time, Japan held {usd_bn(jp[now])} of US Treasuries.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(jp[now]))
    assert rec["official_period"] == str(then)
    assert round(jp[then], 1) != round(jp[now], 1) and rec["verdict"] != "supported"  # (a gate may leave it unverifiable)


def test_a_sentence_that_names_its_own_month_keeps_it(data, tic):
    jp = tic("japan")
    then, own = pd.Period("2013-11", "M"), pd.Period("2024-03", "M")
    text = (f"Japan's holdings of Treasuries were last this low in {month_name(then)}. "
            f"Then, in {month_name(own)}, Japan held {usd_bn(jp[own])} of US Treasuries.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(jp[own]))
    assert (rec["official_period"], rec["verdict"]) == (str(own), "supported")


def test_then_opening_a_sentence_after_no_month_year_changes_nothing(data, tic):
    jp = tic("japan")
    now = pd.Period("2024-04", "M")
    text = f"Japan trimmed its holdings of US Treasuries. Then Japan held {usd_bn(jp[now])} of US Treasuries."
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(jp[now]))
    assert (rec["official_period"], rec["verdict"]) == (str(now), "supported")
