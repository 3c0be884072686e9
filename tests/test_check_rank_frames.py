"""Who holds a place, and what is only the set it is counted in (batch 7's misses, read as general phrasings, issue 13).
Invented sentences; the facts are the store's own: Belgium third after China and Japan in February 2014; the UK
second (779.3) ahead of China (765.4) in March 2025; Saudi Arabia 17th in May 2024, up 0.9 from April."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


@pytest.mark.parametrize("text", [
    "Belgium presently ranks after China and Japan as the third largest foreign holder of US Treasury debt.",
    "Belgium comes after China and Japan as the third-biggest holder of Treasuries.",
    "Belgium now sits just after China and Japan as the No. 3 holder of Treasuries.",
    "Belgium ranked right after China and Japan as the third largest foreign holder of Treasuries in February.",
])
def test_the_holders_ranked_before_a_place_do_not_hold_it(data, text):
    rec = next(r for r in check_text(text, date="2014-04-15", store=data) if "third" in r["claim"] or "No. 3" in r["claim"])
    assert (rec["subject"], rec["verdict"]) == ("Belgium", "supported")


@pytest.mark.parametrize("verb", ["pushing past", "edging past", "vaulting past", "passing"])
def test_a_move_past_another_holders_level(data, verb):
    text = (f"The UK now holds $779.3 billion in US Treasurys, {verb} China's $765.4 billion and taking second place "
            f"among foreign holders.")
    r = check_text(text, date="2025-05-17", store=data)
    china = claim_containing(r, "$765.4 billion")
    assert china["subject"].startswith("China") and china["verdict"] == "supported"
    place = claim_containing(r, "second place")
    assert (place["subject"], place["verdict"]) == ("United Kingdom", "supported")


@pytest.mark.parametrize("text", [
    "Saudi Arabia retained the 17th spot amongst the largest foreign holders of Treasuries, with its holdings rising by "
    "$900 million month-on-month.",
    "Saudi Arabia kept 17th place among the biggest foreign holders of Treasuries, its holdings rising by $900 million "
    "from April.",
    "Saudi Arabia stayed 17th among the top foreign holders of Treasuries, as its holdings rose $900 million in May.",
])
def test_the_largest_holders_a_place_is_counted_among_are_no_claim_nor_subject(data, text):
    r = check_text(text, date="2024-07-22", store=data)
    rise = claim_containing(r, "$900 million")
    assert rise["subject"] == "Saudi Arabia" and rise["verdict"] == "supported"
    assert not any(x["claim"].endswith("foreign holders") for x in r)  # the set, not a claim of a place among them


def test_among_the_largest_with_no_place_before_is_still_a_claim(data):
    r = check_text("Saudi Arabia is among the largest foreign holders of Treasuries.", date="2024-07-22", store=data)
    assert claim_containing(r, "largest foreign holders")["verdict"] == "contradicted"  # 17th: not one of the ten
