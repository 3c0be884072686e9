"""Generality audit of this session's checker rules (issue 13, session 9): each rule was written for one
article's wording, so here the same facts are written as other reporters would (another verb or noun, holder,
month, word order, English or Japanese). Invented sentences; the expected values come from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import StoreData, check_text

D = "2024-05-16"  # March 2024's TIC data were out


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def _level(store, slug: str, month: str) -> float:
    return float(series(f"tic.holdings.{slug}", store)[pd.Period(month, "M")])


def _oku(bn: float) -> str:
    n = round(bn * 10)
    return f"{n // 10000}兆{n % 10000}億ドル" if n >= 10000 else f"{n}億ドル"


# -- the gap between two holders (e4b7284 handled "日中間の差", "the gap between China and Japan") --------------
@pytest.mark.parametrize("template", [
    "日本と中国の保有額の差は3月に{ja}に拡大した。",
    "中国と日本の米国債保有額の差は、3月時点で{ja}となった。",
    "日中の保有額の差は{ja}だった。",
    "The gap between the holdings of Japan and those of China was {en} in March.",
    "The difference between Japanese and Chinese holdings was {en} at the end of March.",
    "The spread between Japan and China stood at {en} in March.",
    "Japan's lead over China grew to {en} in March.",
    "Japan is ahead of China by {en}, the data for March showed.",
    "China trailed Japan by {en} in March.",
    "China lagged Japan by {en} in March.",
])
def test_a_gap_between_two_holders_in_other_words(data, loaded_store, template):
    gap = _level(loaded_store, "japan", "2024-03") - _level(loaded_store, "china_mainland", "2024-03")
    en = f"${gap:.1f} billion"
    r = check_text(template.format(ja=_oku(gap), en=en), date=D, store=data)
    rec = by_claim(r, _oku(gap) if "{ja}" in template else en)
    assert rec["measure"] == "holdings_gap" and rec["official_period"] == "2024-03"
    assert rec["official_value"] == pytest.approx(gap) and rec["verdict"] == "supported"


def test_a_lead_said_of_the_holder_behind_is_contradicted(data, loaded_store):
    gap = _level(loaded_store, "japan", "2024-03") - _level(loaded_store, "china_mainland", "2024-03")
    rec = by_claim(check_text(f"China's margin over Japan was ${gap:.1f} billion in March.", date=D, store=data),
                   f"${gap:.1f} billion")
    assert rec["measure"] == "holdings_gap" and rec["verdict"] == "contradicted"


@pytest.mark.parametrize("text, claim, slug", [
    ("日中間の差は縮小し、中国の保有額は{cn}となった。", "{cn}", "china_mainland"),
])
def test_a_level_after_the_gap_is_the_holders_own(data, loaded_store, text, claim, slug):
    cn = _oku(_level(loaded_store, slug, "2024-03"))
    rec = by_claim(check_text(text.format(cn=cn), date=D, store=data), claim.format(cn=cn))
    assert rec["measure"] == "holdings_level" and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, claim, slug", [
    ("Japan's lead over China as the largest holder grew in March.", "as the largest holder", "japan"),
    ("Japan's edge over China as the top foreign holder widened in March.", "as the top foreign holder", "japan"),
    ("China, which trails Japan as the second-largest holder, cut its holdings in March.",
     "as the second-largest holder", "china_mainland"),
])
def test_a_place_said_after_a_lead_is_the_leaders(data, text, claim, slug):
    rec = by_claim(check_text(text, date=D, store=data), claim)
    assert rec["series"] == f"tic.holdings.{slug}" and rec["verdict"] == "supported"
