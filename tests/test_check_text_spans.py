"""check.text.overlaps: the one test of whether a span shares a character with others, which the readers of
fractions, multiples, Japanese unit words, places and rank pairs ask of the figures already read."""

import re

from ustflow.check.text import overlaps


class _Figure:
    def __init__(self, span):
        self.span = span


def test_overlaps_of_pairs_matches_and_figures():
    m = re.search(r"third", "shrank by a third to ¥2 trillion")
    assert m is not None
    assert overlaps((0, 5), [(4, 9)])  # one shared character
    assert not overlaps((0, 5), [(5, 9)])  # touching ends share none
    assert not overlaps((3, 4), [])
    assert overlaps(m.span(), [_Figure((10, 20))])  # objects with .span
    assert overlaps((0, 13), [m])  # re.Match with .span()
    assert not overlaps((0, 12), [m, _Figure((30, 40)), (20, 25)])
