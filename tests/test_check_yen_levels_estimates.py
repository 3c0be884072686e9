"""`ustflow check` on yen levels stories name in passing and on estimates made before the official figure: a level the
yen moved from or to ("157円台から153円に急落", "154円まで急激に円高", "138円後半まで"), a pair written "USDJPY" or a
rate after "a low of"; and "had earlier been estimated at", "market estimates put", "estimated by traders at" make a
figure someone's estimate (unverifiable), not the official one. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, claim", [
    ("4月29日は一時160円台まで下落した後に、154円まで急激に円高が進んだ。", "154円"),
    ("5月2日は米FOMCを経た後、157円台から153円に急落した。", "153円"),
    ("10月28日に147円台前半だったが、11月28日には138円後半まで、ドル安/円高が進んだ。", "138円後半"),
])
def test_a_japanese_yen_level_moved_from_or_to_is_read(data, text, claim):
    rec = by_claim(check_text(text, date="2024-06-01", store=data), claim)
    assert rec["measure"] == "fx_level"


def test_a_yen_price_of_something_else_is_not_a_level(data):
    recs = check_text("ガソリン価格は1リットル175円まで上がり、円安が家計を圧迫した。", date="2024-06-01", store=data)
    assert all(r["measure"] != "fx_level" for r in recs)


@pytest.mark.parametrize("text, claim", [
    ("Looking at current levels, USDJPY stood at 147.20 on Friday.", "147.20"),
    ("The yen's value surged, reaching 157.30 to the dollar after dipping to a low of 161.76.", "161.76"),
    ("The USD-JPY pair traded at 150.35 in New York.", "150.35"),
])
def test_english_levels_of_the_pair(data, text, claim):
    rec = by_claim(check_text(text, date="2024-07-19", store=data), claim)
    assert rec["measure"] == "fx_level"


def test_a_low_of_a_number_in_a_story_on_something_else_is_not_a_rate(data):
    recs = check_text("The index fell to a low of 101.25 points on Tuesday.", date="2024-07-19", store=data)
    assert all(r["measure"] != "fx_level" for r in recs)


@pytest.mark.parametrize("text, claim", [
    ("Based on market sources, the size of Japan's yen-buying operations had earlier been estimated at over 8 trillion "
     "yen.", "over 8 trillion yen"),
    ("Market estimates put the intervention at around 5.5 trillion yen.", "around 5.5 trillion yen"),
    ("The intervention, estimated by traders at 3 trillion yen, came on July 11.", "3 trillion yen"),
])
def test_an_estimate_made_before_the_official_figure(data, text, claim):
    rec = by_claim(check_text(text, date="2024-08-01", store=data), claim)
    assert rec["verdict"] == "unverifiable" and "estimate" in rec["explanation"]


def test_the_official_figure_is_no_estimate(data):
    text = "Japan spent 5.53 trillion yen on intervention in July, official data showed."
    assert by_claim(check_text(text, date="2024-08-01", store=data), "5.53 trillion yen")["verdict"] == "supported"
