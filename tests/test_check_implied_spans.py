"""`ustflow check` on a holdings change told between the two levels its sentence gives (issue 13, session 21,
``implied_spans.levels_span``): "reaching $X billion at the end of May, up from $Y billion in December — a rise of $D
billion", "1月の保有残高…が、3月には…へと、…減少": when the change's figure is the levels' difference (or their ratio), it
is read from the earlier level's month to the later's; a figure that is not their difference, and levels of two
holders, are read as they were. Invented sentences; the expected values are the store's own (TIC)."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim, oku, released
from ustflow.views.check import check_text

P, B = pd.Period("2019-05", "M"), pd.Period("2018-12", "M")



def test_a_change_in_a_dash_aside_between_two_levels(data, tic):
    jp = tic("japan")
    d = jp[P] - jp[B]
    assert abs(d - (jp[P] - jp[P - 1])) > 2  # the month's change would contradict it
    text = (f"Japan's holdings of US Treasuries reached ${jp[P]:,.1f} billion at the end of May 2019, "
            f"{'up' if d >= 0 else 'down'} from ${jp[B]:,.1f} billion in December 2018 — a "
            f"{'rise' if d >= 0 else 'fall'} of ${abs(d):.1f} billion.")
    rec = by_claim(check_text(text, date=released(P), store=data), f"${abs(d):.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{B} to {P}", rec


def test_a_percent_between_two_levels(data, tic):
    jp = tic("japan")
    pct = (jp[P] / jp[B] - 1) * 100
    text = (f"Japan's holdings of US Treasuries reached ${jp[P]:,.1f} billion at the end of May 2019, "
            f"{'up' if pct >= 0 else 'down'} from ${jp[B]:,.1f} billion in December 2018 — a change of {abs(pct):.1f}%.")
    rec = by_claim(check_text(text, date=released(P), store=data), f"{abs(pct):.1f}%")
    assert rec["official_period"] == f"{B} to {P}", rec


def test_a_japanese_change_after_two_months_levels(data, tic):
    jp = tic("japan")
    a, b = pd.Period("2019-01", "M"), pd.Period("2019-03", "M")
    d = jp[b] - jp[a]
    assert abs(d - (jp[b] - jp[b - 1])) > 2
    text = (f"日本の米国債保有残高は、2019年1月の{oku(jp[a])}が、3月には{oku(jp[b])}へと、{oku(d)}"
            f"{'増加' if d >= 0 else '減少'}しています。")
    rec = by_claim(check_text(text, date=released(b), store=data), oku(d))
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{a} to {b}", rec


def test_near_miss_a_change_that_is_not_the_levels_difference(data, tic):
    """"… — a rise of $D billion in May": D is the month's move, not the levels' difference: read as it was."""
    jp = tic("japan")
    m = jp[P] - jp[P - 1]
    assert abs(m - (jp[P] - jp[B])) > 2
    text = (f"Japan's holdings of US Treasuries reached ${jp[P]:,.1f} billion at the end of May 2019, compared with "
            f"${jp[B]:,.1f} billion in December 2018, after a {'rise' if m >= 0 else 'fall'} of ${abs(m):.1f} billion "
            f"in May.")
    rec = by_claim(check_text(text, date=released(P), store=data), f"${abs(m):.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 1} to {P}", rec


def test_near_miss_levels_of_two_holders(data, tic):
    """Japan's level and China's: no span of one holder; the change is read as it was."""
    jp, cn = tic("japan"), tic("china_mainland")
    d = cn[P] - jp[B]
    text = (f"China's holdings were ${cn[P]:,.1f} billion at the end of May 2019, against Japan's ${jp[B]:,.1f} billion "
            f"in December 2018, and China's rose ${abs(d):.1f} billion.")
    rec = by_claim(check_text(text, date=released(P), store=data), f"${abs(d):.1f} billion")
    assert rec["official_period"] != f"{B} to {P}", rec
