"""`ustflow check` on a Japanese balance-of-payments figure in a sentence whose only "は" is a frame's ("3月の国際収支
(速報)では", "前年同月比では"): the sentence names no topic of its own and goes on about the balance named in the sentence
before (``bop_topic.names_topic``); a part's frame ("輸出では", "対米では") is not that balance. Invented sentences;
expected values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series, yen_billion, yen_oku


def _month(store, code: str, month: str) -> tuple[float, float]:
    s = series(f"boj.bop.{code}", store)
    p = pd.Period(month, "M")
    return float(s[p]), float(s[p - 12])


def _pct(now: float, before: float) -> tuple[str, bool]:
    return f"{abs(now / before - 1) * 100:.1f}", now > before


@pytest.mark.parametrize(("code", "month", "pub", "text"), [
    ("bpbp6jyncb", "2009-03", "2009-05-13",
     "財務省が発表した2008年度の国際収支によると、経常収支は黒字だった。同日発表した3月の国際収支(速報)では、前年同月比"
     "{pct}%{dir}の{lvl}となり、黒字額が減っている。"),
    ("bpbp6jyntb", "2017-10", "2017-12-08",
     "財務省は8日、10月の国際収支統計を発表した。貿易収支は黒字を保った。前年同月比では{pct}%{dir}の{lvl}だった。"),
    ("bpbp6jynpin", "2019-07", "2019-09-09",
     "財務省が9日発表した7月の国際収支統計で、第一次所得収支は黒字を保った。同月の速報では、前年同月比{pct}%{dir}の"
     "{lvl}となった。"),
])
def test_a_frame_is_no_topic_the_figure_is_the_balance_before(data, loaded_store, code, month, pub, text):
    from ustflow.views.check import check_text

    now, before = _month(loaded_store, code, month)
    pct, up = _pct(now, before)
    lvl = yen_oku(now)
    recs = check_text(text.format(pct=pct, dir="増" if up else "減", lvl=lvl), date=pub, store=data)
    for claim in (f"{pct}%", lvl):
        rec = by_claim(recs, claim)
        assert (rec["series"], rec["verdict"]) == (f"boj.bop.{code}", "supported"), rec


@pytest.mark.parametrize("frame", ["輸出では", "対米では", "アジア向けでは"])
def test_a_part_named_in_the_frame_is_not_the_balance_before(data, loaded_store, frame):
    from ustflow.views.check import check_text

    now, before = _month(loaded_store, "bpbp6jyncb", "2009-03")
    pct, up = _pct(now, before)
    text = ("財務省は13日、3月の国際収支(速報)を発表した。経常収支は黒字を保った。"
            f"{frame}、前年同月比{pct}%{'増' if up else '減'}となった。")
    rec = by_claim(check_text(text, date="2009-05-13", store=data), f"{pct}%")
    assert rec["series"] != "boj.bop.bpbp6jyncb" or rec["verdict"] == "unverifiable", rec


@pytest.mark.parametrize(("code", "first", "last", "pub", "text"), [
    ("bpbp6jyntb", "2022-01", "2022-06", "2022-08-08",
     "In the first half of this year, the current account surplus plunged as the country posted a {side} of {fig} in "
     "goods trade, the Finance Ministry said."),
    ("bpbp6jynsn2", "2019-03", "2019-03", "2019-05-13",
     "Japan's current account surplus grew in March 2019. Spending by foreign visitors, net of what Japanese spent "
     "abroad, logged a {side} of {fig} (about 1.0 billion U.S. dollars) in Japan's travel balance."),
    ("bpbp6jynsn", "2018-10", "2018-10", "2018-12-10",
     "The current account stayed in surplus in October 2018 despite a {side} of {fig} in the services balance."),
])
def test_a_figure_in_an_item_named_right_after_it_is_that_items(data, loaded_store, code, first, last, pub, text):
    from ustflow.views.check import check_text

    v = bop_span(loaded_store, code, first, last)
    fig = yen_billion(v)
    recs = check_text(text.format(side="surplus" if v > 0 else "deficit", fig=fig), date=pub, store=data)
    rec = by_claim(recs, fig)
    assert (rec["series"], rec["verdict"]) == (f"boj.bop.{code}", "supported"), rec


def test_a_figure_in_a_trade_with_one_partner_is_not_the_goods_balance(data, loaded_store):
    from ustflow.views.check import check_text

    v = bop_span(loaded_store, "bpbp6jyntb", "2022-01", "2022-06")
    text = (f"In the first half of this year, the current account surplus plunged as the country posted a deficit of "
            f"{yen_billion(v)} in trade with China, the Finance Ministry said.")
    rec = by_claim(check_text(text, date="2022-08-08", store=data), yen_billion(v))
    assert rec["series"] != "boj.bop.bpbp6jyntb" or rec["verdict"] == "unverifiable", rec
