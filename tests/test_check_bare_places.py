"""`ustflow check` on a holder's place said without the noun "holder" (issue 13, session 18):

    Japan was number two once again in December, as they were reported as owning $883.6 billion in US Treasury securities
    the country is still one of the largest creditors of the United States, second to Japan's holdings of $1.105 trillion
    The UK surpasses China, now second only to Japan in U.S. debt holdings

A place after a verb of being ("was number two", "is No. 3") in a sentence about holdings, and "second (only) to X" in
apposition or after "now" when X's holdings are named right after, are places among TIC's holders. Not "China's economy,
second only to the U.S." (another ranking), nor "the No. 2 buyer" (a rank of trades). Invented sentences; the
expected places are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import a_month_at, by_claim, month_name, released
from ustflow.views.check import check_text


@pytest.mark.parametrize("pattern, claim", [
    ("Japan was number two once again in {m}, holding more US Treasury securities than anyone but China.", "number two"),
    ("In {m} Japan remained No. 2, with its holdings of Treasuries just behind China's.", "No. 2"),
    ("Japan's creditors' position held: Japan is number-two among holders of US Treasuries in {m}.", "number-two"),
])
def test_a_bare_place_after_a_verb_of_being(data, ranks, pattern, claim):
    p = a_month_at(ranks, "japan", 2, "2012-01")
    rec = by_claim(check_text(pattern.format(m=month_name(p)), date=released(p), store=data), claim)
    assert (rec["subject"], rec["measure"], rec["verdict"], rec["official_period"]) == \
        ("Japan", "rank", "supported", str(p))


@pytest.mark.parametrize("pattern", [
    "In {m}, the United Kingdom, second to Japan's holdings of Treasuries, kept buying.",
    "In {m} the UK overtook China, now second only to Japan in U.S. debt holdings.",
    "In {m} Britain stood second to Japan in holdings of US Treasuries.",
])
def test_second_to_a_holder_whose_holdings_are_named(data, ranks, pattern):
    p = a_month_at(ranks, "united_kingdom", 2, "2020-01")
    rec = by_claim(check_text(pattern.format(m=month_name(p)), date=released(p), store=data), "second")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("rank", "supported", str(p))
    assert rec["subject"] == "United Kingdom"


def test_a_wrong_bare_place_is_contradicted(data, ranks):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    rec = by_claim(check_text(f"Japan was number three in {month_name(p)}, by its holdings of US Treasuries.",
                              date=released(p), store=data), "number three")
    assert (rec["measure"], rec["verdict"]) == ("rank", "contradicted")


@pytest.mark.parametrize("text", [
    "China's economy, second only to the U.S. in size, holds $760 billion of Treasuries.",
    "Japan was No. 2 buyer of US Treasuries in March, after the UK.",
])
def test_places_of_another_kind_are_not_holder_places(data, text):
    recs = check_text(text, date="2024-06-20", store=data)
    assert not [r for r in recs if r.get("measure") == "rank" and r["claim"] in ("second", "No. 2")]
