"""`ustflow check` on JGB yield sentences (issue 13, session 10): the subject of a yield sentence is the yield, never a
flow ("the sale of Japanese government bonds intensified, and long-term interest rates rose to 0.75%, the highest level
in 10 years" was judged as MoF's net purchases of Japanese bonds); a qualifier on an intraday level is judged on the
day's close, which can confirm it but not refute it; a "highest since" that closes within a day's intraday range
stop is a close call. Invented sentences; official values from the loaded store (MoF's 10-year JGB closes: 0.765% on
28 September 2023, last matched in September 2013; 1.588% on 15 July 2025, matched on 27 March 2025, last passed by
more than 3 bp in 2008)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import as_read, by_claim
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, figure", [
    ("In the bond market on the 28th, the sale of Japan government bonds intensified, and long-term interest rates "
     "rose to 0.765%, the highest level in 10 years.", "0.765%"),
    ("Foreign investors sold Japanese government bonds on the 28th, and the long-term interest rate rose to 0.765%.",
     "0.765%"),
    ("Japan's long-term rate climbed to 0.765% on Thursday as investors sold bonds.", "0.765%"),
])
def test_long_term_interest_rates_are_a_yield_not_a_flow(data, text, figure):
    rec = by_claim(check_text(text, date="2023-09-28", store=data), figure)
    assert rec["series"] == "jgb.10y" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "In the Tokyo bond market on the 28th, Japan's long-term interest rates rose to 0.75% in trading, the highest level "
    "in 10 years.",
    "As JGBs were sold, long-term interest rates temporarily rose to 0.75% on Thursday, the highest level in 10 years.",
])
def test_a_qualifier_on_an_intraday_yield_is_judged_on_the_days_close(data, text):
    got = check_text(text, date="2023-09-28", store=data)
    assert by_claim(got, "0.75%")["verdict"] == "unverifiable"  # the close was 0.765%
    rec = by_claim(got, "the highest level in 10 years")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2023-09-28", rec["explanation"]


def test_a_qualifier_on_an_intraday_yield_that_fails_on_the_close_is_unverifiable(data):
    text = ("In the bond market on the 28th, Japan's long-term interest rates rose to 0.75% in trading, the highest level "
            "in 20 years.")
    rec = by_claim(check_text(text, date="2023-09-28", store=data), "the highest level in 20 years")
    assert rec["verdict"] == "unverifiable" and "intraday" in rec["explanation"]


def test_a_yield_in_a_us_sentence_is_the_treasury_yield(data):
    text = ("In the bond market on the 28th, Japan government bonds were sold. In the United States, U.S. government "
            "bonds were sold and long-term interest rates closed at 4.61% on the 27th.")
    rec = by_claim(check_text(text, date="2023-09-28", store=data), "4.61%")
    assert rec["series"] == "fred.dgs10"


@pytest.mark.parametrize("phrase, verdict", [
    ("its highest level since 2008", "unverifiable"),  # 27 March 2025 closed at the same 1.588%
    ("its highest level since 2000", "contradicted"),  # July 2008 closed more than 3 bp above
])
def test_a_highest_since_stopped_only_by_closes_within_the_intraday_range_is_a_close_call(data, phrase, verdict):
    text = f"Japan's 10-year government bond yield climbed to {phrase} on Tuesday amid concerns over fiscal spending."
    rec = by_claim(check_text(text, date="2025-07-15", store=data), phrase)
    assert rec["verdict"] == verdict, rec["explanation"]


@pytest.mark.parametrize("s, day", [
    ("rose to 2.230 pct in Tokyo interdealer bond trading Monday morning", date(2026, 1, 19)),
    ("the yield fell on Friday afternoon", date(2026, 1, 16)),
    ("In the bond market on the 8th, yields rose", date(2026, 1, 8)),
])
def test_a_weekday_with_a_time_of_day_and_a_bare_day_of_the_month_are_days(s, day):
    got = [p for p in Resolver(date(2026, 1, 19)).find(s) if p.kind == "day"]
    assert got and got[0].start == day


@pytest.mark.parametrize("s", ["the highest level in about 15 years and 11 months", "a 16-year high"])
def test_a_look_back_in_years_is_no_tenor(s):
    from ustflow.check.markets import _TENOR

    assert not _TENOR.search(s)


def test_a_release_on_a_bare_day_of_the_month_dates_the_release_not_the_data(data, loaded_store):
    # "data released by the Treasury on the 15th": when the data came out, not the month they are about
    text = ("According to data released by the U.S. Department of the Treasury on the 15th, as of June, China's holdings "
            "of U.S. Treasuries stood at $938.8 billion.")
    rec = by_claim(check_text(text, date="2022-08-16", store=data), "$938.8 billion")
    assert rec["official_period"] == "2022-06"


@pytest.mark.parametrize("move, verdict", [
    ("climbed 1.5 basis points", "supported"),  # closes: +1.4 bp on 15 July 2025
    ("climbed 2 basis points", "unverifiable"),  # the same move, measured at the desk's hour
    ("climbed 10 basis points", "contradicted"),
    ("fell 2 basis points", "contradicted"),
])
def test_a_yield_move_near_the_closes_move_is_measured_at_another_hour(data, move, verdict):
    text = f"The yield on the 10-year JGB {move} to 1.588% on Tuesday."
    rec = by_claim(check_text(text, date="2025-07-16", store=data), move.split(" ", 1)[1])
    assert as_read(rec) == verdict, rec["explanation"]
