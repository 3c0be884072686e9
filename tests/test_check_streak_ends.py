"""`ustflow check` on how reporters end a run and name a year's last week (issue 13, session 14): "bringing an end to
12 straight weeks of net selling" (the run before the figure's week), and "the last week of 2015", which wires use
both for the last MoF week ending in the year and for the week across New Year (27 Dec 2015 - 2 Jan 2016). Invented
sentences; MoF weekly data from the loaded store (foreigners' Japanese stocks: +4,152 in the week to 2 April 2016
after 12 weeks of net sales; +1,357 in 27 Dec 2015 - 2 Jan 2016, -884 in 20-26 Dec 2015)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import by_claim
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, fig, verdict", [
    ("Foreign investors bought a net 415.2 billion yen of Japanese shares in the week to April 2, bringing an end to "
     "12 straight weeks of net selling.", "12 straight weeks", "supported"),
    ("Overseas investors were net buyers of Japanese stocks in the week ended April 2, which brought an end to 12 "
     "consecutive weeks of net selling.", "12 consecutive weeks", "supported"),
    ("Foreign investors bought a net 415.2 billion yen of Japanese equities in the week to April 2, putting an end to "
     "a 12-week selling streak.", "12-week", "supported"),
    ("Foreign investors bought a net 415.2 billion yen of Japanese shares in the week to April 2, bringing an end to "
     "nine straight weeks of net selling.", "nine straight weeks", "contradicted"),  # the run was 12 weeks
])
def test_an_end_brought_to_a_run_is_the_run_before(data, text, fig, verdict):
    recs = [r for r in check_text(text, date="2016-04-07", store=data) if fig in r["claim"]]
    assert recs and recs[0]["verdict"] == verdict, recs


@pytest.mark.parametrize("text, fig, verdict", [
    ("Foreign investors bought 135.7 billion yen of Japanese stocks in the last week of 2015.", "135.7 billion yen",
     "supported"),
    ("During the final week of 2015 overseas investors bought a net 135.7 billion yen worth of Japanese shares.",
     "135.7 billion yen", "supported"),
    ("Foreign investors sold 88.4 billion yen of Japanese stocks in the last week of 2015.", "88.4 billion yen",
     "supported"),
])
def test_the_last_week_of_a_year_is_either_reading(data, text, fig, verdict):
    assert by_claim(check_text(text, date="2016-01-14", store=data), fig)["verdict"] == verdict


def test_a_year_ending_on_a_saturday_has_one_last_week():
    p, = Resolver(date(2023, 1, 12)).find("in the last week of 2022")
    assert p.windows == [(date(2022, 12, 25), date(2022, 12, 31))]


def test_the_last_week_of_a_month_is_unchanged():
    p, = Resolver(date(2016, 1, 14)).find("in the last week of December 2015")
    assert len(p.windows) == 1


def test_a_period_ended_on_a_friday_is_mof_s_week():
    p, = Resolver(date(2025, 6, 26)).find("in the period that ended on June 20")
    assert p.windows == [(date(2025, 6, 15), date(2025, 6, 21))]


def test_a_period_ended_on_another_day_is_not_a_week():
    assert not [p for p in Resolver(date(2025, 4, 10)).find("in the period ended March 31") if p.kind == "week"]


def test_a_flow_in_the_period_ended_on_a_friday(data):
    text = "Data from the Finance Ministry shows foreign investors sold a net ¥524.1 billion of Japanese shares in the " \
           "period that ended on June 20."
    rec = by_claim(check_text(text, date="2025-06-26", store=data), "¥524.1 billion")
    assert rec["verdict"] == "supported"
