"""Generality audit (issue 13) of four checker commits that landed late in session 16: paraphrases of the facts
their rules read, as another reporter would write them, and must-not-fire cases on text they were not written for.

- f89bd87b ``unit_slips.bracket_slip``: a bracketed restatement in the wrong unit is a contradicted unit slip. Must
  not fire: a bracket that restates another quantity ("(¥25.0 billion a year earlier)", "($1.72 billion in March
  2023)"), a "¥" that is the yuan ("¥7.23 trillion ($1.012 trillion)" in a Chinese story: 7.1 yuan per dollar is no
  slipped yen rate), true conversions, Japanese 約/兆/億 forms, a rate stated in the bracket.
- d8117952 ``holdings._direction_check``: a level's verb counted over a year is no month's move.
- 255eafd6 ``roles``/``japanese_chains._gap_subject``: a Japanese gap over another holder's level.
- e39c2f7b ``compare.unit_trap``: three or more significant digits may be truncated.

Facts and expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, oku
from ustflow.check import compare as C
from ustflow.views.check import check_text

APRIL18 = pd.Period("2018-04", "M")
DAY18 = "2018-06-16"  # TIC had published April 2018
APRIL = pd.Period("2026-04", "M")
TIC_DAY = "2026-06-18"
DEC = pd.Period("2025-12", "M")
DEC_DAY = "2026-02-20"  # TIC had published December 2025 by then


def _rec(data, text, figure, date=DAY18):
    return claim_containing(check_text(text, date=date, store=data), figure)


# -- f89bd87b: a bracket in the wrong unit -------------------------------------------------------------------------------
def _jp18(tic):
    v = float(tic("japan")[APRIL18])  # USD bn; ~110 yen per dollar in 2018
    return v, v * 110.1 / 1000  # and the yen trillions at a plausible rate


def test_paraphrased_bracket_slips_still_fire(data, tic):
    # paraphrases of the slip: other word order, 'dollars'/'yen' words, Japanese 兆/億 forms, both directions
    usd, yen = _jp18(tic)
    cases = [
        (f"Japan held ¥{yen:.1f} trillion (${usd * 10 / 1000:.3f} billion) of Treasuries in April.",
         f"${usd * 10 / 1000:.3f} billion"),
        (f"In April, Japan's Treasury holdings were {yen:.1f} trillion yen ({usd / 10:.2f} billion dollars).",
         f"{usd / 10:.2f} billion dollars"),
        (f"Japan's holdings stood at {usd:,.1f} billion dollars ({yen:.1f} billion yen) in April.",
         f"{yen:.1f} billion yen"),
    ]
    for text, fig in cases:
        rec = _rec(data, text, fig)
        assert rec["verdict"] == "contradicted" and rec["flags"].count("unit_trap") == 1, rec


@pytest.mark.parametrize("text, figure", [
    # another quantity in the bracket: a year before, another month (a flow can swing 100-fold)
    ("Japan's current account surplus was ¥2.58 trillion (¥25.0 billion a year earlier) in March.", "¥25.0 billion"),
    ("Japan's current account surplus was ¥2.58 trillion ($1.72 billion in March 2023).", "$1.72 billion"),
    ("The surplus came to 2.58 trillion yen (25.0 billion yen in the previous month).", "25.0 billion yen"),
    # '¥' as the yuan in a Chinese story: 7.1 yuan per dollar is no yen rate slipped by ten
    ("China's foreign exchange reserves stood at ¥7.23 trillion ($1.012 trillion), the central bank said.",
     "$1.012 trillion"),
])
def test_a_bracket_restating_another_quantity_is_no_slip(data, text, figure):
    # must not fire: each was contradicted as a unit slip before the audit
    rec = _rec(data, text, figure, date="2024-05-10")
    assert "unit_trap" not in rec["flags"] and rec["verdict"] != "contradicted", rec


def test_true_conversions_in_brackets_are_no_slip(data, tic):
    # must not fire: true conversions, English and Japanese, with the rate in the bracket, with 約
    usd, yen = _jp18(tic)
    ja_yen = f"{int(yen)}兆{round((yen - int(yen)) * 10) * 1000}億円"
    for text, fig in [
        (f"Japan held ${usd:,.1f} billion (¥{yen:.1f} trillion at 110.1 yen to the dollar) of Treasuries in April.",
         f"¥{yen:.1f} trillion"),
        (f"In April Japan held Treasuries worth ¥{yen:.1f} trillion, or ${usd / 1000:.4f} trillion.",
         f"${usd / 1000:.4f} trillion"),
        (f"日本の4月の米国債保有額は{oku(usd)}(約{ja_yen})だった。", ja_yen),
        (f"日本の4月の米国債保有額は{ja_yen}({oku(usd)})だった。", oku(usd)),
    ]:
        rec = _rec(data, text, fig)
        assert "unit_trap" not in rec["flags"], (text, rec)


def test_an_old_rate_is_no_slip():
    # must not fire: 1980s rates (240, 360 yen) land in no plausible range at any power of ten
    from ustflow.check.unit_slips import PLAUSIBLE, SLIPS

    for rate in (240.0, 250.0, 360.0, 200.0):
        assert not any(PLAUSIBLE[0] <= r <= PLAUSIBLE[1] for f in SLIPS for r in (rate * f, rate / f)), rate


# -- d8117952: a level's move counted over a year --------------------------------------------------------------------------
def _year_words(tic, who):
    s = tic(who)
    return float(s[DEC]), float(s[DEC] - s[DEC - 12]), float(s[DEC] - s[DEC - 1])


@pytest.mark.parametrize("template", [
    "{name}'s holdings {verb} {move} over the year to {level} in December.",
    "{name}'s holdings of Treasuries {verb} by {move} during the year, to {level} at the end of December.",
    "Over the year {name}'s holdings {verb} {move} to {level}.",
])
def test_a_years_move_paraphrased(data, tic, template):
    # a holder whose December moved against its year: the level must not be contradicted by December's move
    name, who = next(((n, w) for n, w in (("Japan", "japan"), ("China", "china_mainland"),
                                           ("Britain", "united_kingdom"), ("Canada", "canada"), ("Belgium", "belgium"))
                      if _year_words(tic, w)[1] * _year_words(tic, w)[2] < 0), (None, None))
    if name is None:
        pytest.skip("no holder whose December moved against its year")
    level, year, _ = _year_words(tic, who)
    text = template.format(name=name, verb="rose" if year > 0 else "fell", move=f"${abs(year):,.1f} billion",
                           level=f"${level:,.1f} billion")
    rec = claim_containing(check_text(text, date=DEC_DAY, store=data), f"${level:,.1f} billion")
    assert rec["verdict"] != "contradicted", rec


def test_a_months_wrong_direction_is_said_not_held_against_the_level(data, tic):
    # 'rose to $X in December' for a December that fell (no year words): the level matches, so it is supported, and
    # the explanation says the month moved the other way (session 38: the move is a claim of its own, not the level's;
    # the claims corpus labels every such level supported)
    for who, name in (("japan", "Japan"), ("china_mainland", "China"), ("united_kingdom", "Britain")):
        level, _, month = _year_words(tic, who)
        if month < -1:
            text = f"{name}'s holdings rose to ${level:,.1f} billion in December."
            rec = claim_containing(check_text(text, date=DEC_DAY, store=data), f"${level:,.1f} billion")
            assert rec["verdict"] == "supported", rec
            assert "not as 'rose' says" in rec["explanation"], rec
            return
    pytest.skip("no holder fell in December")


# -- 255eafd6: a Japanese gap over another holder's level -------------------------------------------------------------------
@pytest.mark.parametrize("template", [
    "4月末時点で{a}の米国債保有額は{la}となり、{b}の{lb}を{gap}{word}。",
    "{a}の保有残高は4月末に{la}で、{b}の約{lb}を約{gap}{word}。",
])
def test_a_japanese_gap_paraphrased(data, tic, template):
    ja = {"japan": "日本", "united_kingdom": "英国", "china_mainland": "中国"}
    for lead, other in (("japan", "united_kingdom"), ("united_kingdom", "china_mainland")):
        a, b = float(tic(lead)[APRIL]), float(tic(other)[APRIL])
        text = template.format(a=ja[lead], b=ja[other], la=oku(a), lb=oku(b), gap=oku(a - b),
                               word="上回った" if a > b else "下回った")
        rec = claim_containing(check_text(text, date=TIC_DAY, store=data), oku(a - b))
        assert rec["verdict"] == "supported" and rec["series"] == f"tic.holdings.{lead}", (text, rec)


def test_a_japanese_level_after_another_holder_is_no_gap(data, tic):
    # must not fire: the compared holder's own level ('中国の…を上回った', no gap figure) stays that holder's level
    a, b = float(tic("japan")[APRIL]), float(tic("china_mainland")[APRIL])
    text = f"日本の保有額は{oku(a)}で、中国の{oku(b)}を上回った。"
    rec = claim_containing(check_text(text, date=TIC_DAY, store=data), oku(b))
    assert rec["verdict"] == "supported" and rec["series"] == "tic.holdings.china_mainland", rec


# -- e39c2f7b: truncation in unit_trap -------------------------------------------------------------------------------------
@pytest.mark.parametrize("claimed, official, tol", [
    (10600.0, 104652.8, 50.0),  # "1.06 trillion" against ¥10.465 trillion: 10.6 neither rounds nor truncates to 10.46
    (1030.0, 104652.8, 5.0),  # "¥1,030 billion" (100x off) with three digits that do not truncate to 1,046
    (2.0, 20.9, 0.5),  # two... one digit: never
    (15.0, 159.0, 0.5),  # two digits must round: 15 vs 15.9
])
def test_truncation_needs_the_digits(claimed, official, tol):
    # must not fire: digits that neither round nor truncate to the official value at a power of ten
    assert C.unit_trap(claimed, official, tol) is None


@pytest.mark.parametrize("claimed, official, tol, factor", [
    (1049.0, 104.98, 0.5, 10),  # "¥1,049 billion" for MoF's 104.98: truncated
    (3.129, 3129.9, 0.0005, 0.001),  # "$3.129 billion" for $3,129.9 billion: billion for trillion, truncated
])
def test_truncated_digits_paraphrased(claimed, official, tol, factor):
    assert C.unit_trap(claimed, official, tol) == factor


@pytest.mark.parametrize("text, figure", [
    # other dollars (the rate of HK$ or NT$ is no slipped yen rate), the yuan written 元, a '¥' yuan flow, and Japanese
    # brackets that restate another quantity (a year before, the move)
    ("Sony's overseas bond sale of ¥1.23 trillion (HK$65.2 billion) was the largest.", "65.2 billion"),
    ("Japan's investors bought ¥1.23 trillion (NT$258 billion) of Taiwanese stocks.", "258 billion"),
    ("中国の外貨準備は7兆2300億元(1兆120億ドル)だった。", "1兆120億ドル"),
    ("China's yuan loans rose ¥7.23 trillion ($1.012 trillion) in the first half.", "$1.012 trillion"),
    ("日本の経常黒字は2兆5800億円(前年同月は250億円)だった。", "250億円"),
    ("日本の経常黒字は2兆5800億円(250億円の増加)だった。", "250億円"),
])
def test_other_currencies_and_quantities_in_brackets_are_no_slip(data, text, figure):
    # must not fire (these passed as landed and after the narrowing; kept as guards)
    rec = _rec(data, text, figure, date="2024-05-10")
    assert "unit_trap" not in rec["flags"] and rec["verdict"] != "contradicted", rec
