"""Numbers written in words (session 23): "sixteen point seven billion dollars" is 16.7 billion, "twenty-five billion
dollars" 25 billion; a word number whose start is not read ("one hundred twenty billion") is left unread, never read as
its end ("twenty billion"). Real sentences from the claims corpus (development batch 15); the values asserted are the
store's."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.views.check import check_text


def test_spelled_number_read_whole(data):
    # batch 15 (Catenaa, 7 December 2025): "sixteen point seven billion" is 16.7, never its end ("seven billion")
    text = ("Figures from the Treasury International Capital system showed India moved first, cutting sixteen point seven "
            "billion dollars during the last month of the third quarter. Brazil followed, scaling back by eleven point "
            "eight billion dollars.")
    res = check_text(text, date="2025-12-07", store=data)
    assert _got(res, "sixteen point seven billion dollars") == ("supported", -16.7, "2025-08 to 2025-09"), res
    assert _got(res, "eleven point eight billion dollars") == ("supported", -11.8, "2025-08 to 2025-09"), res


def test_spelled_number_read_in_part_is_left_unread():
    # a word number whose start the reader does not take ("one hundred twenty billion dollars") is not read as 20
    from ustflow.check.numbers import find_amounts

    assert not [a for a in find_amounts("Japan holds one hundred twenty billion dollars of them.") if a.number == 20]


def test_tens_and_ones_read_whole():
    from ustflow.check.numbers import find_amounts

    got = [(a.number, a.scale) for a in find_amounts("Japan bought twenty-five billion dollars of them.")]
    assert got == [(25.0, 1e9)], got
