"""A record whose words rank half-years ("its largest current account surplus for a half-year period", "for a
six-month period") read on a figure that is not a half-year's (a headline with no figure, a month) is not ranked on
another span: unverifiable (session 16). Invented sentences."""

from __future__ import annotations

import pytest

from ustflow.views.check import check_text


@pytest.mark.parametrize("head", [
    "Japan has posted its largest current account surplus for a half-year period since 2007, the government said.",
    "Japan logged its biggest current account surplus for a six-month period since 2010, data showed.",
    "Japan has posted its largest current account surplus for a half year since 2008.",
])
def test_a_half_year_record_on_no_half_is_not_ranked(data, head):
    recs = check_text(head, date="2016-08-08", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert all(r["verdict"] != "contradicted" for r in got), [(r["claim"], r["explanation"]) for r in got]


def test_a_months_record_is_still_ranked(data):
    """Must not fire: a record with no half-year words."""
    recs = check_text("Japan's current account surplus hit a record 4,000.0 billion yen in August 2016.",
                      date="2016-10-11", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and "ranks half-years" not in got[0]["explanation"]
