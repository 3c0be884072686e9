"""`ustflow check`: what the extractor reads as a claim's period and subject, in shapes real articles use (issue 13,
session 9): a dateline after its source tag is no period, a run said of a yield is the yield's, not the flow's in
the same sentence. Invented sentences, several wordings each, English and Japanese."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


@pytest.mark.parametrize("head", ["(Yicai) Dec. 18 --", "(Yicai Global) Dec. 18 -- ", "[Wire] Dec. 18 —",
                                  "BEIJING (Xinhua) Dec. 18 --"])
def test_a_dateline_after_its_source_tag_is_no_period(data, head):
    # the dateline's day is the publication date: no December figure is claimed
    r = check_text(f"{head} China cut its holdings of US Treasuries by $8.5 billion, data showed.",
                   date="2023-12-18", store=data)
    rec = claim_containing(r, "8.5 billion")
    assert rec["official_period"].startswith("2023-09 to 2023-10"), rec
    assert "Dec" not in (rec["period"] or "")


@pytest.mark.parametrize("text", [
    "Japanese investors bought a net 1.2 trillion yen of foreign bonds in October as Treasury yields fell for a "
    "second straight month.",
    "Japanese investors bought a net 1.2 trillion yen of foreign bonds in October, while the 10-year yield rose for "
    "a third consecutive month.",
])
def test_a_run_said_of_a_yield_is_not_the_flows(data, text):
    r = check_text(text, date="2023-11-09", store=data)
    rec = claim_containing(r, "month")
    assert not (rec.get("series") or "").startswith("mof."), rec


@pytest.mark.parametrize("text", [
    "財務省が発表した10月の対外証券投資で、国内投資家は中長期債を1兆2000億円買い越した。国債利回りが2カ月連続で低下した。",
    "国内投資家は10月に中長期債を1兆2000億円買い越した。米国債利回りは3カ月連続で上昇し、買い越しも続いた。",
    "Japanese investors bought a net 1.2 trillion yen of foreign bonds in October. Treasury yields fell for a second "
    "straight month.",
])
def test_a_run_of_a_yield_the_checker_cannot_place_is_unverifiable_not_the_flows(data, text):
    # Japanese yield words name no market the checker reads; with no period, which months a run counts is not said
    r = check_text(text, date="2023-11-09", store=data)
    rec = claim_containing(r, "連続") if "連続" in text else claim_containing(r, "straight")
    assert rec["verdict"] == "unverifiable" and "yield" in rec["explanation"], rec


def test_a_flows_own_run_beside_a_yield_is_still_the_flows(data):
    r = check_text("Japanese investors bought a net 1.2 trillion yen of foreign bonds in October, their third "
                   "straight month of buying, as yields rose.", date="2023-11-09", store=data)
    rec = claim_containing(r, "third straight month")
    assert rec["series"] == "mof.monthly.assets.lt_debt.net", rec
