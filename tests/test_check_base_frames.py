"""`ustflow check` on a sentence that opens on its comparison base (issue 13, session 21, ``base_frames``):
"前年同月比では、0.5%の増加でした", "On a year-over-year basis, ..., while China's declined $X": the holdings changes
after the opening comma are from a year before (or, after "前月比で、" / "On a monthly basis,", the month before, even
in a story that compared with a year before first); a change whose own clause names its base, one before the
opening, and a sentence that names the base after its first words are read as they were. Invented sentences; the
expected values are the store's own (TIC)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, oku, released
from ustflow.check.base_frames import opening_base
from ustflow.check.claims import MONTH_OWN, YEAR_FRAME
from ustflow.views.check import check_text

P = pd.Period("2019-06", "M")



def _pct(s: pd.Series, p: pd.Period, k: int) -> float:
    return (s[p] / s[p - k] - 1) * 100


def _ja_move(v: float) -> str:
    return "増加" if v >= 0 else "減少"


@pytest.mark.parametrize("text, base", [
    ("前年同月比では、0.5%の増加でした。", YEAR_FRAME),
    ("対前年比で、保有額は増えた。", YEAR_FRAME),
    ("On a year-over-year basis, holdings rose.", YEAR_FRAME),
    ("Compared with a year earlier, holdings rose.", YEAR_FRAME),
    ("前月比で、0.2%の増加でした。", MONTH_OWN),
    ("On a monthly basis, holdings fell.", MONTH_OWN),
    ("Holdings rose 3 percent year-on-year.", None),  # the base after the first words: the clause's own
    ("Over the year, holdings rose.", None),  # a span, not a base
])
def test_the_base_a_sentence_opens_on(text, base):
    assert opening_base(text) == base


def test_a_japanese_percent_after_an_opening_year_base(data, tic):
    s = tic("grand_total")
    yoy, mom = _pct(s, P, 12), _pct(s, P, 1)
    assert abs(round(yoy, 1) - round(mom, 1)) > 0.3  # the month's reading would contradict it
    text = (f"米財務省から、{P.year}年{P.month}月末時点での海外保有分の米国債残高が発表され、{oku(s[P])}となりました。"
            f"前年同月比では、{abs(yoy):.1f}%の{_ja_move(yoy)}でした。")
    rec = by_claim(check_text(text, date=released(P), store=data), f"{abs(yoy):.1f}%")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 12} to {P}", rec


def test_an_english_change_after_the_opening_base_and_a_while(data, tic):
    jp, cn = tic("japan"), tic("china_mainland")
    dj, dc = jp[P] - jp[P - 12], cn[P] - cn[P - 12]
    assert abs(dc - (cn[P] - cn[P - 1])) > 2
    mj = jp[P] - jp[P - 1]  # the story's first change is the month's: no comparison with a year before to carry
    text = (f"Japan's holdings {'rose' if mj >= 0 else 'fell'} ${abs(mj):.1f} billion to ${jp[P]:,.1f} billion in "
            f"{P.strftime('%B')}. On a year-over-year basis, "
            f"Japan's holdings {'increased' if dj >= 0 else 'decreased'} ${abs(dj):.1f} billion, while China's "
            f"{'rose' if dc >= 0 else 'declined'} ${abs(dc):.1f} billion.")
    rec = by_claim(check_text(text, date=released(P), store=data), f"${abs(dc):.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 12} to {P}", rec


def test_an_opening_month_base_wins_over_the_story_s_year_comparison(data, tic):
    cn = tic("china_mainland")
    dy, dm = cn[P] - cn[P - 12], cn[P] - cn[P - 1]
    assert abs(dy - dm) > 2
    text = (f"China's holdings were down ${abs(dy):.1f} billion from a year earlier, at ${cn[P]:,.1f} billion in "
            f"{P.strftime('%B')}. On a monthly basis, China {'added' if dm >= 0 else 'cut'} ${abs(dm):.1f} billion.")
    rec = by_claim(check_text(text, date=released(P), store=data), f"${abs(dm):.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 1} to {P}", rec


def test_near_miss_a_change_naming_its_own_base_after_an_opening_year_base(data, tic):
    """"前年同月比では…。…3月から…": the frame does not reach a change whose own clause names where it is from."""
    cn = tic("china_mainland")
    dm = cn[P] - cn[P - 1]
    text = (f"米財務省によると、中国の{P.year}年{P.month}月末の米国債保有額は{oku(cn[P])}だった。"
            f"前年同月比では、中国は{P.month - 1}月から{oku(dm)}{'増やした' if dm >= 0 else '減らした'}。")
    rec = by_claim(check_text(text, date=released(P), store=data), oku(dm))
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 1} to {P}", rec


def test_near_miss_a_level_in_a_sentence_opening_on_a_year_base_is_the_month_s(data, tic):
    """"前年同月比では、…減り、保有残高は…となった": the frame is a change's base; the level beside it is the month's."""
    cn = tic("china_mainland")
    dy = cn[P] - cn[P - 12]
    text = (f"米財務省が{P.year}年{P.month}月末の国別の米国債保有残高を発表した。前年同月比では、中国は{oku(dy)}"
            f"{'増やし' if dy >= 0 else '減らし'}、保有残高は{oku(cn[P])}となった。")
    r = check_text(text, date=released(P), store=data)
    level = by_claim(r, oku(cn[P]))
    assert level["verdict"] == "supported" and level["official_period"] == str(P), level
    rec = by_claim(r, oku(dy))
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 12} to {P}", rec
