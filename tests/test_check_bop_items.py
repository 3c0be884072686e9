"""`ustflow check` on the parts of Japan's balance of payments a release story quotes beside its balances (exports
and imports and percent changes: tests/test_check_bop_flows.py): the travel balance, services trade, exports to one
partner or of one kind of goods (no series), a run said of exports, and the dollar restatement of a yen balance at
the article's rate or FRED's. Invented sentences; expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_value, by_claim, yen_bn, yen_oku
from ustflow.check.article import article_fx_rate
from ustflow.views.check import check_text


@pytest.mark.parametrize("text", [
    "Japan's current account surplus rose in May. Customs data showed exports of {fig}.",
    "Japan's current account surplus rose in May, while car exports to the United States reached {fig}.",
    "Japan's current account surplus rose in May; exports to China were {fig}.",
])
def test_customs_figures_and_parts_of_exports_are_not_the_bops(data, loaded_store, text):
    v = bop_value(loaded_store, "bpbp6jynex", "2021-05")
    rec = by_claim(check_text(text.format(fig=yen_bn(v)), date="2021-07-08", store=data), yen_bn(v))
    assert rec["series"] != "boj.bop.bpbp6jynex" and rec["verdict"] != "contradicted", rec


@pytest.mark.parametrize("text", [
    "Japan's current account surplus grew in April. The travel surplus totaled {fig}, the most on record.",
    "The current account stayed in surplus as the travel balance showed a surplus of {fig} in April.",
    "4月の経常収支は黒字だった。旅行収支は{oku}の黒字だった。",
])
def test_the_travel_balance(data, loaded_store, text):
    v = bop_value(loaded_store, "bpbp6jynsn2", "2019-04")
    fig = yen_bn(v) if "{fig}" in text else yen_oku(v)
    rec = by_claim(check_text(text.format(fig=fig, oku=fig), date="2019-06-10", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn2", "supported"), rec


def test_a_dollar_restatement_at_the_articles_rate_or_the_days(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jyncb", "2023-09")
    usd = v * 1e8 / 150.0 / 1e9
    own = (f"Japan's current account surplus stood at {yen_bn(v)} (${usd:.2f} billion) in September.\n\n"
           f"($1 = 150.00 yen)")
    assert by_claim(check_text(own, date="2023-11-09", store=data), f"${usd:.2f} billion")["verdict"] == "supported"
    off = own.replace(f"${usd:.2f} billion", f"${usd * 0.9:.2f} billion")
    assert by_claim(check_text(off, date="2023-11-09", store=data), f"${usd * 0.9:.2f} billion")["verdict"] == \
        "contradicted"
    inverse = own.replace("($1 = 150.00 yen)", "(1 yen equals 0.00667 U.S. dollar)")
    assert by_claim(check_text(inverse, date="2023-11-09", store=data), f"${usd:.2f} billion")["verdict"] == "supported"


def test_a_dollar_restatement_before_the_stores_usdjpy_is_unverifiable(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jyncb", "2016-04")
    text = f"Japan's current account surplus was {yen_bn(v)} ({v * 1e8 / 110 / 1e9:.1f} billion U.S. dollars) in April."
    rec = by_claim(check_text(text, date="2016-06-08", store=data), f"{v * 1e8 / 110 / 1e9:.1f} billion U.S. dollars")
    assert (rec["measure"], rec["verdict"]) == ("bop", "unverifiable") and "2018" in rec["explanation"], rec


@pytest.mark.parametrize("text, rate", [
    ("(1 yen equals 0.007 U.S. dollar)", 1 / 0.007),
    ("(1 yen = 0.0068 dollars)", 1 / 0.0068),
    ("($1 = 150.88 yen)", 150.88),
    ("(one dollar buys a lot)", None),
])
def test_the_articles_rate_either_way_round(text, rate):
    got = article_fx_rate(f"Japan's surplus grew. {text}")
    assert got == pytest.approx(rate) if rate else got is None


def test_a_run_said_of_exports_is_not_counted_as_signs(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jynex", "2023-05")
    text = (f"Japan posted a current account surplus in May. Exports fell to {yen_bn(v)}, down for the first time in 27 "
            f"months.")
    rec = by_claim(check_text(text, date="2023-07-10", store=data), "for the first time in 27 months")
    assert rec["verdict"] == "unverifiable", rec


@pytest.mark.parametrize("text", [
    "Japan's current account surplus grew in May. Services trade turned to a {word} of {fig}.",
    "Japan's current account surplus grew in May, while trade in services showed a {word} of {fig}.",
    "Japan's current account surplus grew in May; the services trade {word} was {fig}.",
])
def test_services_trade_is_the_services_balance(data, loaded_store, text):
    v = bop_value(loaded_store, "bpbp6jynsn", "2024-05")
    word = "surplus" if v > 0 else "deficit"
    rec = by_claim(check_text(text.format(word=word, fig=yen_bn(v)), date="2024-07-09", store=data), yen_bn(v))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn", "supported"), rec
