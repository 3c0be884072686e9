"""A figure printed with no scale word takes the scale of a figure of its size before it (``numbers._scale_read``):
"reducing them to $1.24 trillion ... Japan increased its holdings in January to $1.24", "lower than the $1166.2
holding of Jan" after "$1149.6 billion". Invented sentences; expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, tic_level
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


def test_the_scale_of_a_figure_of_its_size_before():
    before = find_amounts("China cut its holdings to $1.26 trillion.")
    got = find_amounts("Japan raised its holdings in March to $1.22.", before=tuple(before))
    assert [(a.text, a.scale, a.unit_inferred) for a in got] == [("$1.22", 1e12, True)]
    got = find_amounts("Its holdings stayed lower than the $1152.4 holding of January.",
                       before=tuple(find_amounts("Japan held $1,130.8 billion in May.")))
    assert [(a.text, a.scale) for a in got] == [("$1152.4", 1e9)]
    got = find_amounts("Foreigners bought more Japanese bonds, up from ¥1.2 the week before.",
                       before=tuple(find_amounts("Foreigners bought ¥1.5 trillion of Japanese bonds.")))
    assert [(a.text, a.scale, a.currency) for a in got] == [("¥1.2", 1e12, "JPY")]


@pytest.mark.parametrize("text,before", [
    ("A hamburger costs $2 in Tokyo.", "Japan holds $1.24 trillion."),  # no word leads into it
    ("Japan raised its holdings to $3.5.", "China cut its holdings to $1.2 trillion."),  # not of its size
    ("Japan raised its holdings to $1.2.", "China cut its holdings by 1.2 percent."),  # no money figure before
    ("Japan raised its holdings to $1.22.", "China cut its holdings to ¥1.26 trillion."),  # another currency
])
def test_no_scale_read_without_a_figure_of_its_size(text, before):
    assert find_amounts(text, before=tuple(find_amounts(before))) == []


def test_end_to_end(data, loaded_store):
    jan = tic_level(loaded_store, "japan", "2015-01")
    china = tic_level(loaded_store, "china_mainland", "2015-01")
    text = (f"China trimmed its holdings, reducing them to ${china / 1000:.2f} trillion.\n\n"
            f"Japan, the No. 2 foreign buyer, increased its holdings in January to ${jan / 1000:.2f}.")
    rec = by_claim(check_text(text, date="2015-03-16", store=data), f"${jan / 1000:.2f}")
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(jan), rec["explanation"]
    jul, jan12 = tic_level(loaded_store, "china_mainland", "2012-07"), tic_level(loaded_store, "china_mainland", "2012-01")
    text = (f"China in July increased its holding of US Treasury securities to ${jul:.1f} billion.\n\n"
            f"China's holding in July was still lower than the ${jan12:.1f} holding of Jan.")
    rec = by_claim(check_text(text, date="2012-09-19", store=data), f"${jan12:.1f}")
    assert (rec["measure"], rec["verdict"]) == ("holdings_level", "supported"), rec["explanation"]
