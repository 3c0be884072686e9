"""`ustflow check`: a MoF flow's span is often the checker's reading (issue 13, session 14). A figure wrong on the
one week (or the year) read but right over the weeks the sentence counts ("ended three straight weeks of net buying
totalling ...") or over the span between the periods it names ("Over 2015 and 2016 ...") is `unverifiable`, naming
the span that fits; a figure that fits none of them stays contradicted. Invented sentences; the expected values
are the store's own."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import as_read, claim_containing, series
from ustflow.check.flow_spans import week_out, weeks_counted
from ustflow.views.check import check_text

DATE = "2024-09-06"  # the latest week published: 2024-08-25..08-31


@pytest.fixture(scope="module")
def weekly(loaded_store):
    return series("mof.weekly.liabilities.lt_debt.net", loaded_store)


@pytest.fixture(scope="module")
def yearly(loaded_store):
    return series("mof.monthly.assets.lt_debt.net", loaded_store)


def _three_before(weekly) -> float:
    """The three weeks before the latest one published by DATE (2024-08-04..08-24), in trillions of yen."""
    three = weekly.loc["2024-08-04":"2024-08-24"]
    assert len(three) == 3 and three.sum() > 0 and weekly.loc["2024-08-25":"2024-08-31"].iloc[0] < 0
    return round(three.sum() / 10000, 2)


@pytest.mark.parametrize("text", [
    "Foreign investors ended three straight weeks of net buying of Japanese bonds totalling {x:.2f} trillion yen.",
    "Overseas investors bought a net {x:.2f} trillion yen of Japanese bonds over three weeks of buying that ended "
    "last week.",
    "海外投資家は3週連続で日本の中長期債を買い越し、買越額は合計{x:.2f}兆円だった。",
])
def test_the_total_of_the_weeks_the_sentence_counts_is_a_reading(data, weekly, text):
    x = _three_before(weekly)
    body = text.format(x=x)
    rec = claim_containing(check_text(body, date=DATE, store=data), f"{x:.2f}")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "other_reading" in rec["flags"]
    assert "the total of the 3 weeks the sentence counts (2024-08-04 to 2024-08-24)" in rec["explanation"]


def test_a_total_that_fits_no_span_of_the_weeks_counted_stays_contradicted(data, weekly):
    x = _three_before(weekly) + 0.6  # neither the week read nor any three weeks ending at it or the week before
    body = f"Foreign investors ended three straight weeks of net buying of Japanese bonds totalling {x:.2f} trillion yen."
    rec = claim_containing(check_text(body, date=DATE, store=data), f"{x:.2f}")
    # no span fits; the week read (the sale that ended the run) goes the other way, so it is not signed as an error
    # either (check/reading_gate, session 18)
    assert rec["verdict"] == "contradicted" or "direction_against_period" in rec["flags"]
    assert "other_reading" not in rec["flags"]


@pytest.mark.parametrize("text", [
    "Over 2015 and 2016, in contrast, Japanese investors bought {x:.1f} trillion yen more foreign bonds than they sold.",
    "Japanese investors were net buyers of foreign bonds of {x:.1f} trillion yen in 2015 and 2016 combined.",
    "Japanese investors' net purchases of foreign bonds came to {x:.1f} trillion yen between 2015 and 2016.",
])
def test_the_total_over_the_years_the_sentence_names_is_a_reading(data, yearly, text):
    two = yearly.loc["2015-01":"2016-12"]
    assert len(two) == 24
    x = round(two.sum() / 10000, 1)
    for year in ("2015", "2016"):
        assert abs(yearly.loc[year].sum() / 10000 - x) > 3  # neither year alone fits
    rec = claim_containing(check_text(text.format(x=x), date="2017-02-10", store=data), f"{x:.1f} trillion")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "the total over the span the sentence names (2015-01 to 2016-12)" in rec["explanation"]


def test_a_total_that_fits_neither_year_nor_both_stays_contradicted(data, yearly):
    x = round(yearly.loc["2015-01":"2016-12"].sum() / 10000 + 3, 1)
    body = f"Over 2015 and 2016, in contrast, Japanese investors bought {x:.1f} trillion yen more foreign bonds than " \
           f"they sold."
    rec = claim_containing(check_text(body, date="2017-02-10", store=data), f"{x:.1f} trillion")
    assert as_read(rec) == "contradicted"
    assert "other_reading" not in rec["flags"]


def test_the_count_of_weeks_is_the_sentences_own():
    assert weeks_counted("ended three straight weeks of net buying") == 3
    assert weeks_counted("6週間続いた売り越し") == 6
    assert weeks_counted("買い越しは3週連続") == 3
    assert weeks_counted("the 12 consecutive weeks to June") == 12
    assert weeks_counted("bought bonds last week") is None  # no count
    assert weeks_counted("a week after two weeks of selling and three weeks of buying") is None  # two counts
    assert weeks_counted("the most in 52 weeks") is None  # beyond a run of weeks


@pytest.mark.parametrize("week, when, out", [
    ("2024-11-02", "2024-11-07", True),  # an ordinary week: out on the Thursday after it (08:50 in Tokyo)
    ("2024-11-02", "2024-11-06", True),  # ... which is Wednesday evening in the Americas
    ("2024-11-02", "2024-11-05", False),
    ("2024-12-28", "2025-01-02", False),  # New Year holidays: the Thursday is not a business day in Tokyo,
    ("2024-12-28", "2025-01-03", False),  # so a fixed Saturday-plus-five lag would call it out too early
    ("2024-12-28", "2025-01-06", True),
])
def test_a_week_is_out_by_the_release_calendar_not_a_fixed_lag(week, when, out):
    assert week_out(pd.Period(week, freq="W-SAT"), date.fromisoformat(when)) is out
