"""`ustflow check` on a Japanese chain of a holder's levels (issue 13, session 9): "3月のAからBを売り越し、Cとなった"
(a starting level, the move, the level reached) with 買い越し/売り越し/増加/減少 naming the move: B is the change in the
holder's holdings between the two months, not TIC's transactions table, also in a sentence that does not say 保有;
the level reached may come first ("保有額はCで、3月のAからBの買い越し"). A yen flow compared with the month before is
no chain. Invented sentences; the levels from the loaded store, written as Japanese reporters round them."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def _oku(bn: float) -> str:
    """USD billions as a Japanese figure of 億ドル: 1152.5 -> '1兆1525億ドル', 906.7 -> '9067億ドル'."""
    n = round(bn * 10)
    return f"{n // 10000}兆{n % 10000}億ドル" if n >= 10000 else f"{n}億ドル"


def _levels(store, slug: str, month: str) -> tuple[float, float]:
    s = series(f"tic.holdings.{slug}", store)
    p = pd.Period(month, "M")
    return float(s[p - 1]), float(s[p])


@pytest.mark.parametrize("slug, holder, word_up, word_down", [
    ("united_kingdom", "英国", "買い越し", "売り越し"),
    ("japan", "日本", "買い増し", "売り越し"),
    ("china_mainland", "中国", "増加", "減少"),
])
def test_from_a_level_a_move_to_a_level(data, loaded_store, slug, holder, word_up, word_down):
    before, after = _levels(loaded_store, slug, "2011-04")
    move = round(abs(after - before) * 10)
    word = word_up if after >= before else word_down
    text = (f"4月の米国債の国別統計が発表された。{holder}は、3月の{_oku(before)}から{move}億ドルを{word}し、"
            f"{_oku(after)}となった。")
    r = check_text(text, date="2011-06-16", store=data)
    rec = by_claim(r, f"{move}億ドル")
    assert rec["measure"] == "holdings_change"  # the holdings moved: not TIC's transactions (a flow)
    assert rec["official_period"] == "2011-03 to 2011-04"
    assert rec["verdict"] == "supported"
    assert by_claim(r, _oku(before))["official_period"] == "2011-03"
    level = by_claim(r, _oku(after))
    assert level["measure"] == "holdings_level" and level["official_period"] == "2011-04"
    assert level["verdict"] == "supported"


def test_the_level_reached_named_first(data, loaded_store):
    before, after = _levels(loaded_store, "china_mainland", "2011-04")
    move = round((after - before) * 10)
    r = check_text(f"2011年4月の中国の米国債保有額は{_oku(after)}で、3月の{_oku(before)}から{move}億ドルの買い越しとなった。",
                   date="2011-06-16", store=data)
    rec = by_claim(r, f"{move}億ドル")
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2011-03 to 2011-04"
    assert rec["verdict"] == "supported"


def test_a_wrong_move_in_a_chain_is_contradicted(data, loaded_store):
    before, after = _levels(loaded_store, "united_kingdom", "2011-04")
    move = round((after - before) * 10) + 40  # the levels do not add up: the move is misprinted
    r = check_text(f"4月の統計によると、英国は3月の{_oku(before)}から{move}億ドルを買い越し、{_oku(after)}となった。",
                   date="2011-06-16", store=data)
    rec = by_claim(r, f"{move}億ドル")
    assert rec["measure"] == "holdings_change" and rec["verdict"] == "contradicted"


def test_a_yen_flow_from_the_month_before_is_no_chain(data):
    r = check_text("海外投資家の日本株の買い越し額は、前月の3000億円から5000億円に拡大した。", date="2012-09-11", store=data)
    assert all(rec["measure"] != "holdings_change" for rec in r)
