"""A country's dollar trade that names no securities, in a story about US Treasuries, is a trade in Treasuries (its
change in holdings, or TIC's net purchases): "Norway, which sold $16 billion in October", "中国は6月に113億ドルの売り
越し", "合衆国公債を「77億ドル」売却" (batches 13, 15, 16). Invented sentences; the facts are the store's own: Norway's
holdings fell 15.8 from September to October 2021; China's fell 10.9 from May to June 2023."""

from __future__ import annotations

from tests.helpers import claim_containing
from ustflow.views.check import check_text


def test_a_countrys_trade_in_a_treasury_story(data):
    text = ("Foreign holdings of US Treasuries fell in October. Norway, which shed $15.8 billion in October, was among "
            "the biggest sellers.")
    rec = claim_containing(check_text(text, date="2021-12-17", store=data), "$15.8 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2021-09 to 2021-10"


def test_a_countrys_trade_in_a_japanese_treasury_story(data):
    text = "中国の米国債保有額は3カ月連続で減った。中国は6月に109億ドルを売り越した。"
    rec = claim_containing(check_text(text, date="2023-08-17", store=data), "109億ドル")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2023-05 to 2023-06"


def test_no_treasuries_named_in_the_story_no_reading(data):
    # the boundary: nothing in the story says which securities Norway sold
    rec = claim_containing(check_text("Norway, which shed $15.8 billion in October, was among the biggest sellers.",
                                      date="2021-12-17", store=data), "$15.8 billion")
    assert rec["verdict"] == "unverifiable"


def test_the_level_a_trade_took_holdings_to_is_no_trade(data):
    # the boundary: "8358億ドルに減らした" is where holdings ended, not an amount sold
    text = "中国の米国債保有額は減った。中国は6月に109億ドルを売り越し、8358億ドルに減らした。"
    rec = claim_containing(check_text(text, date="2023-08-17", store=data), "8358億ドル")
    assert not (rec["measure"] == "flow" and rec["verdict"] == "contradicted")
