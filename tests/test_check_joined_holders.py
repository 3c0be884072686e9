"""`ustflow check` on holders named together (issue 13, session 5): "A and B, the two largest holders" ranks
both; "A and B cut holdings, to $X and $Y" gives the figures to the holders in order; "A and B each hold
more than $X" holds for every one of them. Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

DATE = "2024-06-20"
APR = pd.Period("2024-04", "M")


def test_the_two_largest_holders_ranks_both(data):
    row = data.holdings().loc[APR].dropna()
    first, second, third = row.sort_values(ascending=False).index[:3]
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "Britain"}
    if not {first, second, third} <= set(names):
        pytest.skip("the top three of April 2024 are not the three this test names")
    ok = f"{names[second]} and {names[first]}, the two largest foreign holders of Treasuries, trimmed them in April."
    rec = by_claim(check_text(ok, date=DATE, store=data), "largest foreign holders")
    assert rec["verdict"] == "supported" and "the 2 largest" in rec["explanation"]
    bad = f"{names[first]} and {names[third]}, the two largest foreign holders of Treasuries, trimmed them in April."
    rec = by_claim(check_text(bad, date=DATE, store=data), "largest foreign holders")
    assert rec["verdict"] == "contradicted" and rec["official_value"] == 3.0


def test_figures_go_to_holders_named_together_in_order(data, tic):
    cn, jp = tic("china_mainland")[APR], tic("japan")[APR]
    text = f"China and Japan ended April with Treasury holdings of ${cn:,.1f} billion and ${jp:,.1f} billion."
    r = check_text(text, date=DATE, store=data)
    a, b = by_claim(r, f"${cn:,.1f} billion"), by_claim(r, f"${jp:,.1f} billion")
    assert (a["subject"], a["verdict"]) == ("China (mainland)", "supported")
    assert (b["subject"], b["verdict"]) == ("Japan", "supported")


def test_a_possessive_keeps_its_own_holder(data, tic):
    jp = tic("japan")[APR]
    text = f"China and Japan were in focus: Japan's holdings were ${jp:,.1f} billion in April and $1 billion more."
    rec = by_claim(check_text(text, date=DATE, store=data), f"${jp:,.1f} billion")
    assert rec["subject"] == "Japan"


def test_each_holds_for_every_holder(data, tic):
    jp, cn, uk = tic("japan")[APR], tic("china_mainland")[APR], tic("united_kingdom")[APR]
    floor = int(min(jp, cn) // 10 * 10)
    assert uk < floor
    yes = by_claim(check_text(f"Japan and China each held more than ${floor} billion of Treasuries in April.",
                              date=DATE, store=data), f"more than ${floor} billion")
    assert yes["verdict"] == "supported" and "holds for each of Japan, China" in yes["explanation"]
    no = by_claim(check_text(f"Both Japan and Britain held more than ${floor} billion of Treasuries in April.",
                             date=DATE, store=data), f"more than ${floor} billion")
    assert no["verdict"] == "contradicted" and "for Britain" in no["explanation"]
    assert no["official_value"] == pytest.approx(uk)
