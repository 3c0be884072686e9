"""`ustflow check` on two dollar figures sharing one scale word (issue 13, session 27): "$50.578 and $44.788 billion"
and "$5.297 and $3.733 billion each" left the first figure unread (a dollar sign and no scale: not a claim), and a
list "Saudi Arabia ... with $116.7 billion, followed by Kuwait and the United Arab Emirates with $50.6 and $46.3
billion" gave the pair's figures to the last holder. The first figure of a pair takes the second's scale when both
carry the same currency sign; the last figures joined by "and" go to the holders coordinated right before them,
as they already did after "respectively". Sentences from development articles of the claims corpus (shafaq,
2022, batch 20); the values expected are read from the loaded TIC table."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


@pytest.mark.parametrize("sentence, first, scale", [
    ("Kuwait and the United Arab Emirates with $50.578 and $44.788 billion", "$50.578", 1e9),
    ("Oman and Morocco's holdings stood at $5.297 and $3.733 billion each", "$5.297", 1e9),
    ("holdings ranged from $5 to $6 trillion", "$5", 1e12),
])
def test_the_first_figure_of_a_pair_takes_the_second_figure_s_scale(sentence, first, scale):
    got = find_amounts(sentence)
    assert got[0].text == first and got[0].scale == scale and got[0].currency == "USD"
    assert got[0].unit_inferred


def test_a_figure_with_no_scale_and_no_pair_is_still_not_read():
    assert not [a for a in find_amounts("The euro rose to $1.08 and the pound to $1.27 on Tuesday") if a.kind == "money"]


def test_the_last_pair_of_a_list_goes_to_the_holders_named_before_it(tic, data):
    text = ("Iraq's holdings of US Treasuries rose in February 2022. Saudi Arabia keeps the top holdings among Arabs "
            "with $116.722 billion, followed by Kuwait and the United Arab Emirates with $50.571 and $46.299 billion.")
    got = check_text(text, date="2022-04-18", store=data)
    kuwait = by_claim(got, "$50.571")
    assert kuwait["subject"] == "Kuwait" and kuwait["official_period"] == "2022-02"
    assert kuwait["official_value"] == pytest.approx(tic("kuwait")["2022-02"])
    assert kuwait["verdict"] == "supported"
    uae = by_claim(got, "$46.299 billion")
    assert uae["subject"] == "United Arab Emirates"
    assert uae["official_value"] == pytest.approx(tic("united_arab_emirates")["2022-02"])
