"""`ustflow check` on all foreign holders named as countries together (session 25, helper holddecl): "Foreign
countries, among them Brazil, China and Japan, hold ...", "world countries raised their holdings", "... are owed to
foreign creditors": TIC's grand total, not the first country the sentence lists (and ", with China ranking at the top"
after them China's own phrase). Not "among foreign countries" (whom a
holder is ranked among). Real sentences of development articles (batches 10, 15, 17); the values are the store's."""

from __future__ import annotations

from tests.helpers import as_read, verdict_value_period as _got
from ustflow.views.check import check_text


def test_foreign_countries_hold(data):
    # batch 10 (Brazzil, 25 July 2011): the countries after "among them" are examples of the group
    text = "Foreign countries, among them Brazil, China and Japan,  hold 4.5 trillion dollars of US debt."
    res = check_text(text, date="2011-07-25", store=data)
    assert _got(res, "4.5 trillion dollars") == ("supported", 4536.6, "2011-05"), res


def test_owed_to_foreign_creditors(data):
    # batch 17 (Luxembourg Times, 14 October 2013): more than 5.7 trillion against TIC's 5,592.8 in July 2013
    # (the headline makes it a story of holdings in dollars)
    text = ("US owes Luxembourg 150 billion dollars\n\nCurrently, the US runs a debt of more than 16.9 trillion USD.\n\n"
            "More than 5.7 trillion are owed to foreign creditors, with China ranking at the top (1.27 trillion USD), "
            "followed by Japan (1.1 trillion USD) and Brazil (250 billion USD).")
    res = check_text(text, date="2013-10-14", store=data)
    rec = next(r for r in res if r["claim"] == "More than 5.7 trillion")
    assert (as_read(rec), rec["series"], round(rec["official_value"], 1), rec["official_period"]) == \
        ("contradicted", "tic.holdings.grand_total", 5592.8, "2013-07"), rec
    # ", with China ranking at the top": China's own figure, the phrase no appositive of the creditors
    assert _got(res, "1.27 trillion") == ("supported", 1279.3, "2013-07"), res


def test_world_countries_raised_their_holdings(data):
    # batch 15 (Arab News, 21 July 2021): all foreign holders' move, not Saudi Arabia's (the story's holder)
    text = ("Saudi Arabia's holdings of US Treasuries fell to $127.3 billion in May. The yearly growth follows the global "
            "trends, as world countries raised their holdings by 2.25% in the year that leads up to May 2021.")
    res = check_text(text, date="2021-07-21", store=data)
    rec = next(r for r in res if r["claim"] == "2.25%")
    assert rec["series"] == "tic.holdings.grand_total", rec


def test_ranked_among_foreign_countries_is_no_subject(data):
    # batch 17 (Delano, 18 July 2024): the holder ranked, not the group it is ranked among
    text = "Luxembourg is the fourth largest holder of United States debt among foreign countries, with $385.4bn in May."
    res = check_text(text, date="2024-07-18", store=data)
    rec = next(r for r in res if r["claim"] == "$385.4bn")
    assert rec["series"] == "tic.holdings.luxembourg", rec


def test_level_against_another_months_keeps_its_own_month(data):
    # batch 18 (US Daily, 16 August 2018): "in May" is the compared figure's, June the first one's
    text = ("Turkey in June reduced its investments in the US public debt to $ 28.8 billion against $ 32.6 billion in May, "
            "according to the US Treasury.")
    res = check_text(text, date="2018-08-16", store=data)
    assert _got(res, "$ 28.8 billion") == ("supported", 28.8, "2018-06"), res
    assert _got(res, "$ 32.6 billion") == ("supported", 32.6, "2018-05"), res
