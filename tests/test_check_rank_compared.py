"""A place's holder is not the holder it is compared with (batches 14 and 16: "Japan tops China as ...", "edged out
China as the largest holder", "首位を維持した日本に次いで2位", "中国(…)、日本(…)に次ぐ3位", "..., followed by Japan").
Invented sentences; the facts are the store's own: Japan first (1,122.8) ahead of China (1,112.5) in June 2019; China
first ahead of Japan in July 2009; Japan first, China second in January 2020; Belgium third (381.4) after China
(1,272.1) and Japan (1,200.2) in March 2014."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize("verb", ["nudged out", "topped", "squeezed out", "tops"])
def test_the_holder_beaten_for_a_place_does_not_hold_it(data, verb):
    r = check_text(f"Japan {verb} China as the biggest foreign holder of Treasuries in June.", date="2019-08-20",
                   store=data)
    place = claim_containing(r, "biggest foreign holder")
    assert (place["subject"], place["verdict"]) == ("Japan", "supported")


def test_the_figure_held_by_the_holder_beaten_is_its_own(data):
    # the boundary: "worth held by China" names the figure's holder, though China is the one beaten for the place
    r = check_text("Japan nudged out China as the top holder in June with $1.12 trillion worth, against $1.11 trillion "
                   "worth held by China.", date="2019-08-20", store=data)
    china = claim_containing(r, "$1.11 trillion")
    assert china["subject"].startswith("China") and china["verdict"] == "supported"


def test_the_holder_that_follows_a_place_does_not_hold_it(data):
    r = check_text("China is still the biggest foreign owner of the securities, followed by Japan, according to the "
                   "Treasury data for July.", date="2009-09-20", store=data)
    place = claim_containing(r, "biggest foreign owner")
    assert place["subject"].startswith("China") and place["verdict"] == "supported"


def test_a_place_said_of_the_holder_right_after_it_in_japanese(data):
    r = check_text("1月の中国の米国債保有額は1兆800億ドルで、首位を保った日本に次いで2位だった。", date="2020-03-18",
                   store=data)
    top = claim_containing(r, "首位")
    assert (top["subject"], top["verdict"]) == ("Japan", "supported")
    second = claim_containing(r, "2位")
    assert second["subject"].startswith("China") and second["verdict"] == "supported"


def test_holders_ranked_before_with_their_figures_in_brackets(data):
    r = check_text("3月のベルギーの米国債保有額は3814億ドル。中国(1兆2721億ドル)、日本(1兆2002億ドル)に次ぐ3位だった。",
                   date="2014-05-18", store=data)
    place = claim_containing(r, "3位")
    assert (place["subject"], place["verdict"]) == ("Belgium", "supported")
    # the boundary: each figure in brackets stays the holder's it follows, though that holder is ranked before
    china, japan = claim_containing(r, "1兆2721億ドル"), claim_containing(r, "1兆2002億ドル")
    assert china["subject"].startswith("China") and china["verdict"] == "supported"
    assert (japan["subject"], japan["verdict"]) == ("Japan", "supported")
