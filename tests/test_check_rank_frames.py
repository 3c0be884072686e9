"""Who holds a place, and what is only the set it is counted in (batch 7's misses, read as general phrasings, issue 13).
Invented sentences; the facts are the store's own: Belgium third after China and Japan in February 2014; the UK
second (779.3) ahead of China (765.4) in March 2025; Saudi Arabia 17th in May 2024, up 0.9 from April."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


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


# the holder said inside a superlative, and a superlative with its own month after another month's figure ----------


@pytest.mark.parametrize("text", [
    "Treasury holdings in April were the lowest for Russia since March 2008.",
    "The amount of American government securities owned in April was the lowest for Russia since March 2008.",
    "Russia held $96.1 billion in March 2018. Holdings in April were the lowest for Russia since March 2008.",
    "In March 2018 Russia owned $96.1 billion. In April its holdings were the lowest for Russia since March 2008, "
    "when the financial crisis began.",
])
def test_a_superlative_for_a_holder_in_its_own_month(data, text):
    rec = claim_containing(check_text(text, date="2018-06-16", store=data), "since March 2008")
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("Russia", "supported", "2018-04")
    wrong = claim_containing(check_text(text.replace("March 2008", "March 2017"), date="2018-06-16", store=data),
                             "since March 2017")
    assert wrong["verdict"] == "contradicted"  # the last lower month was March 2008


def test_a_superlative_with_no_month_of_its_own_still_refers_back(data):
    text = "Russia's holdings fell to $48.7 billion in April 2018. That was the lowest since March 2008."
    rec = claim_containing(check_text(text, date="2018-06-16", store=data), "since March 2008")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2018-04"


# a comma that may be a decimal comma ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In April Japan's holdings of US Treasuries amounted to 1,031 trillion dollars.",
    "Japan held 1,031 trillion dollars of Treasuries in April.",
    "China's holdings stood at $1,181 trillion in April.",
])
def test_one_comma_before_three_digits_may_be_a_decimal_comma(data, text):
    r = check_text(text, date="2018-06-16", store=data)
    rec = next(x for x in r if "trillion" in x["claim"])
    assert rec["verdict"] == "unverifiable" and "decimal comma" in rec["explanation"]


@pytest.mark.parametrize("figure", ["$1,031.8 trillion", "$1,031,800 billion"])
def test_a_thousands_separator_with_a_point_or_a_second_group_is_a_unit_slip(data, figure):
    r = check_text(f"Japan held {figure} of Treasuries in April.", date="2018-06-16", store=data)
    rec = claim_containing(r, figure)
    assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"]


# "pc" for per cent (the Gulf and British press) -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan's holdings rose 0.9pc in October.",
    "Japan's holdings of Treasuries were up 0.9 pc in October from September.",
    "In October Japan's holdings posted a 0.9pc rise.",
])
def test_pc_is_per_cent(data, text):
    r = check_text(text, date="2025-12-17", store=data)
    assert claim_containing(r, "pc")["verdict"] == "supported"
    wrong = check_text(text.replace("0.9", "1.7"), date="2025-12-17", store=data)
    assert claim_containing(wrong, "pc")["verdict"] == "contradicted"


@pytest.mark.parametrize("text", [
    "Japan remained the largest foreign holder of US Treasury securities, totalling $1.20 trillion, up {p} from the "
    "previous month.",
    "Japan, the top holder of Treasuries, saw a {p} increase from September.",
    "Japan stayed the biggest foreign creditor in Treasuries in October, a {p} rise from September.",
])
def test_a_percent_move_of_a_holder_of_treasuries_is_its_holdings(data, text):
    r = check_text(text.format(p="0.9pc"), date="2025-12-17", store=data)
    assert claim_containing(r, "0.9pc")["verdict"] == "supported"
    wrong = check_text(text.format(p="1.69pc"), date="2025-12-17", store=data)
    assert claim_containing(wrong, "1.69pc")["verdict"] == "contradicted"


# more ways to say a place ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In October, the UAE's holdings of US Treasuries stood at $110.7bn, placing the Emirates 20th on the list of major "
    "holders.",
    "The UAE's holdings of Treasuries rose to $110.7 billion in October, putting the UAE 20th among foreign holders.",
    "The United Arab Emirates was ranked 20th among the largest investors in Treasuries in October.",
])
def test_a_place_put_by_a_participle_or_among_investors(data, text):
    r = check_text(text, date="2025-12-17", store=data)
    rec = claim_containing(r, "20th")
    assert (rec["subject"], rec["verdict"]) == ("United Arab Emirates", "supported")


@pytest.mark.parametrize("second", [
    "The kingdom overtook South Korea as the 17th-largest shareholder of the asset.",
    "The kingdom overtook South Korea as the 17th-largest holder of Treasuries.",
    "The kingdom edged past South Korea as the 17th-largest foreign holder of Treasuries.",
])
def test_the_holder_overtaken_for_a_place_is_not_its_holder(data, second):
    text = "Saudi Arabia's holdings of US Treasuries rose in November. " + second
    rec = claim_containing(check_text(text, date="2026-01-15", store=data), "17")
    assert rec["subject"] != "South Korea" and rec["verdict"] != "contradicted"
    alone = claim_containing(check_text(second, date="2026-01-15", store=data), "17")
    assert alone["verdict"] == "unverifiable"  # the sentence names no holder for the place


def test_the_overtaking_holder_keeps_its_place(data):
    rec = claim_containing(check_text("Japan overtook China as the largest holder in June 2019.", date="2019-08-16",
                                      store=data), "largest holder")
    assert (rec["subject"], rec["verdict"]) == ("Japan", "supported")


# "compared to" opens a clause, as "compared with" does ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In February, Saudi Arabia's holdings stood at $131.1bn, compared to $133.5bn in January.",
    "In February, Saudi Arabia's holdings of Treasuries were $131.1 billion, compared to $133.5 billion in January.",
    "In February, Saudi Arabia held $131.1bn of Treasuries, compared with $133.5bn in January.",
])
def test_a_leading_month_is_the_main_figures_and_the_compared_month_the_others(data, text):
    r = check_text(text, date="2024-05-30", store=data)
    feb = claim_containing(r, "131.1")
    jan = claim_containing(r, "133.5")
    assert (feb["verdict"], feb["official_period"]) == ("supported", "2024-02")
    assert (jan["verdict"], jan["official_period"]) == ("supported", "2024-01")


# "respectively" in a later clause of a sentence with other figures -----------------------------------------------


@pytest.mark.parametrize("text", [
    "The Cayman Islands ranked seventh with $418.7bn, while France and Ireland placed eighth and ninth with portfolios "
    "valued at $390.2bn and $339.9bn, respectively.",
    "Belgium held $465.5 billion, while France and Ireland held $390.2 billion and $339.9 billion respectively.",
    "Canada came next with $419.4bn, followed by France and Ireland, which had holdings worth $390.2bn and $339.9bn, "
    "respectively.",
])
def test_respectively_pairs_the_figures_and_holders_of_its_own_clause(data, text):
    r = check_text(text, date="2025-12-17", store=data)
    fr, ie = claim_containing(r, "390.2"), claim_containing(r, "339.9")
    assert (fr["subject"], fr["verdict"]) == ("France", "supported")
    assert (ie["subject"], ie["verdict"]) == ("Ireland", "supported")


# a country's "foreign holdings" are its own ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Meanwhile, China's foreign holdings fell by $3.8 billion from October to $683.9 billion.",
    "China's total foreign holdings of Treasuries were $683.9 billion in November.",
    "China’s overseas holdings of US Treasuries dropped to $683.9 billion in November.",
])
def test_a_countrys_foreign_holdings_are_its_own(data, text):
    rec = claim_containing(check_text(text, date="2026-01-15", store=data), "683.9")
    assert rec["subject"].startswith("China") and rec["verdict"] == "supported"


def test_total_foreign_holdings_are_still_all_holders(data):
    rec = claim_containing(check_text("Total foreign holdings rose to $9.35 trillion in November.", date="2026-01-15",
                                      store=data), "9.35")
    assert rec["subject"] == "all foreign holders" and rec["verdict"] == "supported"


# a decimal comma (one or two digits after it) -------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, verdict", [
    ("China slashed its holdings of Treasuries by 34,2 billion dollars in December 2009.", "34,2 billion dollars",
     "supported"),
    ("Japan's holdings of US Treasuries rose by 11,4 billion dollars in December 2009.", "11,4 billion dollars",
     "supported"),
    ("Japan's holdings of US Treasuries rose to 768,8 billion dollars in December 2009.", "768,8 billion dollars",
     "contradicted"),  # 765.7: read whole, not as '8 billion dollars'
    ("Japan's holdings of US Treasuries rose 1,5% in December 2009.", "1,5%", "supported"),
])
def test_a_decimal_comma_is_read_whole(data, text, figure, verdict):
    rec = claim_containing(check_text(text, date="2010-02-18", store=data), figure)
    assert rec["claim"] == figure and rec["verdict"] == verdict


def test_a_thousands_comma_is_still_one(data):
    rec = claim_containing(check_text("Japan held $1,130 billion of Treasuries in March 2025.", date="2025-05-17",
                                      store=data), "$1,130 billion")
    assert rec["verdict"] == "supported"  # 1,130.8
