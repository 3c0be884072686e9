"""Bases and sides of balance-of-payments figures as release stories state them (session 16):

- "the deficit shrank to a record low", "赤字額は過去最小": the smallest deficit, not the most negative balance;
- "compared with the previous year's deficit of X": X is the year before's level;
- "down 30 pct from the level in 2007" (a story on 2010): the change from 2007's level;
- "led by a 30 pct rise in crude oil prices": no balance-of-payments figure;
- "前年同月では1兆1,127億円(89.3%)の減少": 前年同月 is the base, not the period;
- a percent change told in a sentence with a month's level of the same item ("輸出は前年同月比…(46.5%)減の3兆9,298億円")
  is the month's, in a story whose frame is the fiscal year.

Invented sentences; expected values from the store's BoJ series (JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text


def _cy(store, code: str) -> pd.Series:
    s = series(f"boj.bop.{code}", store)
    g = s.groupby([p.year for p in s.index]).agg(["sum", "count"])
    return g[g["count"] == 12]["sum"]


def _claim(recs: list[dict], start: str) -> dict:
    got = [r for r in recs if r["claim"].startswith(start)]
    assert got, [(r["claim"], r["official_period"]) for r in recs]
    return got[0]


def _smallest_deficit_year(store) -> int:
    sv = _cy(store, "bpbp6jynsn")
    for y in sv.index[::-1]:
        h = sv[sv.index <= y]
        if sv[y] < 0 and h.max() == sv[y] and y < 2014:
            return int(y)
    raise AssertionError("no such year")


@pytest.mark.parametrize("words", ["In services trade, Japan's deficit shrank to a record low of {v} billion yen in {y}.",
                                   "In {y}, the services deficit narrowed to {v} billion yen, its lowest level ever."])
def test_a_record_low_of_a_deficit_is_its_smallest(data, loaded_store, words):
    y = _smallest_deficit_year(loaded_store)
    v = abs(float(_cy(loaded_store, "bpbp6jynsn")[y]))
    text = "Japan's current account surplus rose in {y}, data showed.\n\n".format(y=y) + words.format(v=f"{v / 10:,.1f}", y=y)
    rec = [r for r in check_text(text, date=f"{y + 1}-02-10", store=data) if r["measure"] == "extreme"][0]
    assert rec["verdict"] == "supported" and "smallest deficit" in rec["explanation"], rec["explanation"]


def test_a_record_low_of_a_deficit_that_is_not_is_contradicted(data, loaded_store):
    sv = _cy(loaded_store, "bpbp6jynsn")
    y = next(int(y) for y in sv.index if y > 2000 and sv[y] < 0 and sv[sv.index < y].max() > sv[y])
    text = (f"Japan's current account surplus changed in {y}, data showed.\n\nIn services trade, Japan's deficit "
            f"shrank to a record low of {abs(sv[y]) / 10:,.1f} billion yen in {y}.")
    rec = [r for r in check_text(text, date=f"{y + 1}-02-10", store=data) if r["measure"] == "extreme"][0]
    assert rec["verdict"] == "contradicted", rec["explanation"]


def test_a_record_low_of_a_surplus_is_still_the_lowest_balance(data, loaded_store):
    """Must not fire: a record low said of a surplus."""
    ca = _cy(loaded_store, "bpbp6jyncb")
    y = int(ca[ca.index >= 2005].idxmin())
    text = f"Japan's current account surplus shrank to a record low of {ca[y] / 10:,.1f} billion yen in {y}."
    rec = [r for r in check_text(text, date=f"{y + 1}-02-10", store=data) if r["measure"] == "extreme"][0]
    assert "smallest deficit" not in rec["explanation"]


@pytest.mark.parametrize("words", ["compared with the previous year's deficit of {v} billion yen",
                                   "against the prior year's deficit of {v} billion yen"])
def test_the_previous_years_own_level(data, loaded_store, words):
    sv = _cy(loaded_store, "bpbp6jynsn")
    y = 2010
    text = (f"Japan's current account surplus rose in {y}, data showed.\n\nIn services trade, Japan's deficit shrank "
            f"to {abs(sv[y]) / 10:,.1f} billion yen, " + words.format(v=f"{abs(sv[y - 1]) / 10:,.1f}") + ".")
    got = _claim(check_text(text, date=f"{y + 1}-02-08", store=data), f"{abs(sv[y - 1]) / 10:,.1f}")
    assert got["official_period"] == f"{y - 1}-01..{y - 1}-12" and got["verdict"] == "supported", got


@pytest.mark.parametrize("y0", [2007, 2006])
def test_a_change_from_the_level_in_a_named_year(data, loaded_store, y0):
    tb = _cy(loaded_store, "bpbp6jyntb")
    y = 2010
    pct = 100 * (tb[y] / tb[y0] - 1)
    text = (f"Japan's current account surplus in {y} rose, data showed.\n\nJapan's goods trade surplus jumped in {y}.\n\n"
            f"Still, the trade surplus was down {abs(pct):.0f} pct from the level in {y0}.")
    got = _claim(check_text(text, date=f"{y + 1}-02-08", store=data), f"{abs(pct):.0f} pct")
    assert got["verdict"] == "supported" and got["official_period"].startswith(f"{y0}-01"), got


@pytest.mark.parametrize("noun", ["crude oil prices", "the price of crude oil", "oil import costs"])
def test_a_move_of_something_else_is_no_bop_figure(data, noun):
    text = ("Japan's current account surplus in 2010 rose, data showed.\n\n"
            f"Imports grew 19.4 pct to 55,923.4 billion yen, led by a 30 pct rise in {noun}.")
    got = _claim(check_text(text, date="2011-02-08", store=data), "30 pct")
    assert got["verdict"] == "unverifiable" and not (got["series"] or "").startswith("boj."), got


def test_a_story_fiscal_year_and_its_months_changes(data, loaded_store):
    ex = series("boj.bop.bpbp6jynex", loaded_store)
    tb = series("boj.bop.bpbp6jyntb", loaded_store)
    p = pd.Period("2009-03", "M")
    fy = [pd.Period("2008-04", "M") + i for i in range(12)]
    pct = 100 * (1 - ex[p] / ex[p - 12])
    pct_tb = 100 * (1 - tb[p] / tb[p - 12])
    text = (f"財務省は13日、2008年度の国際収支状況(速報)を発表した。経常収支は{int(series('boj.bop.bpbp6jyncb', loaded_store)[fy].sum())}"
            f"億円の黒字。\n\nまた同日、財務省は3月の国際収支状況(速報)を発表。\n\n"
            f"貿易収支は{int(tb[p])}億円の黒字だったが、前年同月では{int(tb[p - 12] - tb[p])}億円({pct_tb:.1f}%)の減少。\n\n"
            f"輸出は前年同月比{int(ex[p - 12] - ex[p])}億円({pct:.1f}%)減の{int(ex[p])}億円。")
    recs = check_text(text, date="2009-05-13", store=data)
    assert _claim(recs, f"{pct:.1f}%")["official_period"] == "2008-03 to 2009-03"
    assert _claim(recs, f"{pct_tb:.1f}%")["official_period"] == "2008-03 to 2009-03"
