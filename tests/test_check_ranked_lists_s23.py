"""`ustflow check` on holders listed in order (session 23): a numbered list with no figures ("保有国の上位は、1.中国、2.日本、
3.アイルランド、4.ブラジル、5.英国、などと続いている": three or more numbered 1, 2, 3... in a row), a list after the order it
is in ("トップ5は、上から順に日本、中国、イギリス、ブラジル、アイルランドとなっている"), the top n as a group when the list
follows ("the top five foreign holders of US federal debt are Japan (...), ..., and Canada (...)"), and two places for the
last two holders named before them ("while France and Ireland placed eighth and ninth", "followed by Brazil (...) and
Cayman Islands (...) at fourth and fifth places"). Sentences of the articles of the claims corpus (batches 13, 17, 18,
19), checked at their publication dates against TIC's table of holders."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, claim_containing
from ustflow.views.check import check_text

_NUMBERED = "保有国の上位は、1.中国、2.日本、3.アイルランド、4.ブラジル、5.英国、などと続いている。"
_IN_ORDER = ("なお、2019年6月末時点の米国債保有額ランキングのトップ5は、上から順に日本、中国、イギリス、ブラジル、アイルランドと"
             "なっている。")


@pytest.mark.parametrize("text, day, month, items", [
    (_NUMBERED, "2018-07-19", "2018-05", [("1.中国", "China (mainland)", 1), ("2.日本", "Japan", 2),
                                          ("3.アイルランド", "Ireland", 3), ("4.ブラジル", "Brazil", 4),
                                          ("5.英国", "United Kingdom", 5)]),
    (_IN_ORDER, "2019-08-16", "2019-06", [("日本", "Japan", 1), ("中国", "China (mainland)", 2),
                                          ("イギリス", "United Kingdom", 3), ("ブラジル", "Brazil", 4),
                                          ("アイルランド", "Ireland", 5)]),
])
def test_each_holder_listed_in_order_is_in_its_place(data, text, day, month, items):
    got = [r for r in check_text(text, date=day, store=data) if r["measure"] == "rank"]
    for claim, holder, place in items:
        rec = next(r for r in got if r["claim"] == claim)
        assert rec["subject"] == holder and rec["verdict"] == "supported", rec
        assert rec["official_value"] == place and rec["official_period"] == month, rec


def test_a_numbered_pair_alone_is_no_list(data):
    # two numbers and two countries may be footnotes: a list with no figures needs three items in a row from 1
    got = check_text("1.中国、2.日本。", date="2018-07-19", store=data)
    assert not [r for r in got if r["measure"] == "rank"], got


def test_the_top_five_with_the_list_after_it(data):
    text = ("As of May 2024, the top five foreign holders of US federal debt are Japan ($1.128trn), China ($768bn), the "
            "United Kingdom ($723bn), Luxembourg ($385bn) and Canada ($355bn), representing 13.9%, 9.5%, 8.9%, 4.7% and "
            "4.4% of foreign investment in US publicly held federal debt, respectively.")
    rec = claim_containing(check_text(text, date="2024-07-18", store=data), "the top five")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_value"] == 5 and rec["official_period"] == "2024-05", rec  # Canada, fifth


@pytest.mark.parametrize("text, day, month, pair", [
    ("The Cayman Islands ranked seventh with holdings of $418.5 billion, while France and Ireland placed eighth and "
     "ninth with portfolios valued at $390.2 billion and $340.4 billion, respectively.", "2025-12-19", "2025-10",
     [("eighth", "France", 8, "supported"), ("ninth", "Ireland", 9, "supported")]),
    # the Cayman Islands were sixth in September 2017, not fifth
    ("With holdings to the tune of USD 310.8 billion, Ireland was at the third place followed by Brazil (USD 272.8 "
     "billion) and Cayman Islands (USD 267.6 billion) at fourth and fifth places, respectively.", "2017-11-19",
     "2017-09", [("fourth", "Brazil", 4, "supported"), ("fifth places", "Cayman Islands", 6, "contradicted")]),
])
def test_two_places_go_to_the_last_two_holders_named(data, text, day, month, pair):
    got = check_text(text, date=day, store=data)
    for claim, holder, place, verdict in pair:
        rec = next(r for r in got if r["claim"] == claim)
        assert rec["subject"] == holder and as_read(rec) == verdict, rec
        assert rec["official_value"] == place and rec["official_period"] == month, rec
