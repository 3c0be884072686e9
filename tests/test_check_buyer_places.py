"""`ustflow check` on a buyer's place set in apposition to a holder (issue 13, session 18): "China, the largest foreign
buyer of Treasury debt, ...", "Japan, the second-largest buyer, ...", "the largest buyer and holder". Judged as the
holder's place among holders and kept only when it holds (supported); otherwise unverifiable (it may be a place among
buyers), never contradicted. A buyer's place said of a month's trades ("Japan was the largest buyer in March") stays
a rank of trades. Invented sentences; the expected places are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import a_month_at, by_claim, month_name, released
from ustflow.views.check import check_text


@pytest.mark.parametrize("pattern, claim", [
    ("Japan, the largest foreign buyer of Treasury debt, increased its holdings in {m}.", "the largest foreign buyer"),
    ("In {m} Japan, the top buyer of U.S. Treasury securities, trimmed its holding.", "the top buyer"),
    ("Japan is the biggest buyer and holder of US Treasury bonds, the data for {m} show.", "the biggest buyer"),
])
def test_a_buyer_place_in_apposition_that_holds_among_holders(data, ranks, pattern, claim):
    p = a_month_at(ranks, "japan", 1, "2019-06")
    rec = by_claim(check_text(pattern.format(m=month_name(p)), date=released(p), store=data), claim)
    assert (rec["subject"], rec["measure"], rec["verdict"], rec["official_period"]) == ("Japan", "rank", "supported", str(p))


def test_a_second_place_among_buyers_in_apposition(data, ranks):
    p = a_month_at(ranks, "china_mainland", 2, "2019-06")
    text = f"China, the second-largest buyer of US debt, trimmed its holdings in {month_name(p)}."
    rec = by_claim(check_text(text, date=released(p), store=data), "the second-largest buyer")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("rank", "supported", str(p))


def test_a_buyer_place_that_does_not_hold_stays_unverifiable(data, ranks):
    p = a_month_at(ranks, "china_mainland", 2, "2019-06")
    text = f"China, the third-largest buyer of US debt, trimmed its holdings in {month_name(p)}."
    rec = by_claim(check_text(text, date=released(p), store=data), "the third-largest buyer")
    assert rec["verdict"] == "unverifiable" and "buyers or sellers" in rec["explanation"]


def test_a_months_top_buyer_is_a_rank_of_trades(data, ranks):
    p = a_month_at(ranks, "japan", 1, "2019-06")
    text = f"Japan was the largest buyer of US Treasuries in {month_name(p)}."
    rec = by_claim(check_text(text, date=released(p), store=data), "the largest buyer")
    assert rec["verdict"] == "unverifiable" and "buyers or sellers" in rec["explanation"]
