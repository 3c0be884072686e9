"""Session 15 (issue 13, batch 12's MoF, interventions and 'other' misses): the general mechanisms behind them, each
tried on invented sentences in several wordings (other holders, months, years, word order; English and Japanese) and
on at least one sentence where the rule must not fire. The expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _ja_usd(bn: float) -> str:
    cho, oku = divmod(round(bn * 10), 10000)
    return f"{cho}兆{oku}億ドル" if cho else f"{oku}億ドル"


# TIC's Caribbean grouping in Japanese ("カリブ海沿岸諸国", "カリブの金融センター"): its own row (to December 2011), never
# the country named before it --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "保有残高3位のカリブ海沿岸諸国は{m}月に米国債を{fig}保有していた。",
    "米財務省によると、{m}月末のカリブの金融センターの米国債保有高は{fig}だった。",
    "日本に次ぐのはカリブ海諸国で、{m}月末の保有額は{fig}となった。",
])
def test_the_caribbean_grouping_in_japanese(data, loaded_store, text):
    s = series("tic.holdings.caribbean_banking_centers", loaded_store)
    fig = _ja_usd(float(s[pd.Period("2010-06", "M")]))
    rec = by_claim(check_text(text.format(m=6, fig=fig), date="2010-08-20", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.caribbean_banking_centers", "supported"), rec


def test_the_caribbean_grouping_after_2011_is_not_another_holders(data):
    """The grouping's row ends in 2011: a 2013 figure is unverifiable, never judged as Japan's (named just before)."""
    text = "日本は7月に米国債を520億米ドル買い増した。保有残高3位のカリブ海沿岸諸国は7月に米国債を31億米ドル減らした。"
    rec = by_claim(check_text(text, date="2013-09-18", store=data), "31億米ドル")
    assert rec["verdict"] == "unverifiable", rec


def test_a_caribbean_member_stays_itself(data, loaded_store):
    """Must not fire: "カリブ海のケイマン諸島" is the Cayman Islands."""
    v = float(series("tic.holdings.cayman_islands", loaded_store)[pd.Period("2024-06", "M")])
    fig = _ja_usd(v)
    rec = by_claim(check_text(f"カリブ海のケイマン諸島の6月末の米国債保有額は{fig}だった。", date="2024-08-20", store=data), fig)
    assert rec["series"] == "tic.holdings.cayman_islands", rec
