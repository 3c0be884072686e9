"""An English figure told as a multiple of its own level of a period before ("soared 2.8-fold from the previous year",
"a roughly 15-fold increase", "up nearly three-fold", "up 2.8 times compared to a year earlier"): read as a ratio; a
balance of payments item's multiple is judged as the item's level over its level a year (a month) before (session 38,
``bop_judge._bop_multiple``), any other is reported as ``unverifiable`` with the reason (a ratio of two levels), never
dropped, as the Japanese 倍 are (``test_check_ja_multiples``); a multiple of another thing ("three times that of
Britain") or a count of times ("cut rates three times") is no such figure."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, fig, n, qualifier, verdict, official", [
    # (fiscal 2022's current account fell: 20.1 -> 9.1 trillion yen)
    ("Japan's current account surplus in fiscal 2022 jumped 3.1-fold from the previous year to 21 trillion yen.",
     "3.1-fold", 3.1, "exact", "contradicted", 0.453),
    ("The travel surplus posted a roughly 12-fold increase to 0.9 trillion yen, Japan's current account data showed.",
     "roughly 12-fold", 12.0, "approx", "contradicted", 5.705),
    ("Japan's current account surplus was up 2.6 times compared to a year earlier.", "2.6 times", 2.6, "exact",
     "contradicted", 0.713),
])
def test_a_bop_multiple_of_its_own_past_is_judged(data, text, fig, n, qualifier, verdict, official):
    got = [a for a in find_amounts(text) if a.kind == "ratio" and a.multiplier]
    assert [(a.text, a.number, a.qualifier) for a in got] == [(fig, n, qualifier)]
    rec = by_claim(check_text(text, date="2023-05-12", store=data), fig)
    assert rec["verdict"] == verdict and "a multiple of" in rec["explanation"], rec
    assert round(rec["official_value"], 3) == official, rec


def test_another_multiple_of_its_own_past_is_reported_unverifiable(data):
    text = "The goods deficit of Japan's current account was up nearly four-fold from a year earlier."
    assert [(a.text, a.number, a.qualifier) for a in find_amounts(text) if a.kind == "ratio" and a.multiplier] == \
        [("nearly four-fold", 4.0, "just_below")]
    text = "Japan's holdings of U.S. Treasuries rose 2.8-fold from a year earlier, the Treasury said."
    rec = by_claim(check_text(text, date="2023-05-12", store=data), "2.8-fold")
    assert rec["verdict"] == "unverifiable" and "multiple of its own level" in rec["explanation"], rec


@pytest.mark.parametrize("text", ["China's holdings were three times that of Britain.",
                                  "The Fed cut rates three times last year.",
                                  "Exports rose 3 times as fast as imports."])
def test_a_multiple_of_something_else_is_no_such_figure(text):
    assert not [a for a in find_amounts(text) if a.kind == "ratio" and a.multiplier]
