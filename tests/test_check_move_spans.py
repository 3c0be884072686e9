"""A move over a span its sentence states right after the figure: "cut by more than 40 percent in one year", "a
decrease of $103.4 billion in just 12 months", "年間で59億ドルの減少", "1年間で43%減った" (batches 13-16): the latest
that many months, as "over the past year" is. Invented sentences; the facts are the store's own: Russia 116.4 in April
2014, 69.9 in March 2015, 66.5 in April 2015; Japan 1,079.3 in January 2025 and 1,189.3 in September 2025."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, figure", [
    ("Russia's stock of Treasuries shrank by more than 40 percent in one year.", "40 percent"),
    ("Russia trimmed its Treasury holdings by about $50 billion within a year.", "$50 billion"),
    ("Russia cut its holdings of US Treasuries by 42.9% in just 12 months.", "42.9%"),
    ("ロシアの米国債保有額は1年間で約43%減った。", "43%"),
])
def test_a_move_over_the_span_said_after_its_figure(data, text, figure):
    rec = claim_containing(check_text(text, date="2015-06-16", store=data), figure)
    assert rec["verdict"] == "supported" and rec["official_period"] == "2014-04 to 2015-04"


def test_a_superlative_in_a_year_is_no_span_of_the_figure(data):
    # the boundary: "the most in a year" looks back; the figure is the month's move
    rec = claim_containing(check_text("Russia's holdings fell by $3.4 billion, the most in a year.", date="2015-06-16",
                                      store=data), "$3.4 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2015-03 to 2015-04"


def test_a_start_stated_with_its_level_is_the_spans_start(data):
    # the boundary: "from $X in January 2025" states where the nine months run from (nine months counted inclusively)
    rec = claim_containing(check_text("Japan held $1.189 trillion in September 2025. That is a steady climb from $1.079 "
                                      "trillion in January 2025, a gain of about $110 billion over nine months.",
                                      date="2025-12-04", store=data), "$110 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2025-01 to 2025-09"
