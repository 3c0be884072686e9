"""`ustflow check` on balance-of-payments changes read as levels (session 26): the right item, but the wrong official
value, in real release stories' sentences:

- "輸出の前年同月比の減少額は1兆8,218億円", "経常黒字の減少額は10兆9265億円": the move named right before the figure (減少額,
  増加幅) makes it a change, not a level (mynavi, 13 Jan 2009; kyodo, 11 May 2023);
- "前の年度に比べて3兆8000億円を超える大幅な減少": a move after "を超える" and "大幅な" is still the figure's (NHK, 14 May 2019);
- "(前年同月比281億円の赤字)。第1次所得収支は1兆8476億円の黒字(同841億円の黒字)": 同 repeats a change from the same month
  a year before, so the bracketed figure is a change too (reuters, 9 Mar 2020);
- "輸出の前年同月比の減少額は1兆8,218億円で過去最大" in January 2009: MoF then ranked a month's change from 1985 on its former
  manual, which the store does not hold (mynavi, 13 Jan 2009).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim
from ustflow.views.check import check_text


def _change(store, code: str, now: tuple[str, str], before: tuple[str, str]) -> float:
    return bop_span(store, code, *now) - bop_span(store, code, *before)


def _judged(got: list[dict], claim: str, want: tuple[str, str, str], value: float, measure: str | None = None) -> dict:
    """The record of ``claim``: its (verdict, BoP series code, official period) are ``want``, its official value
    ``value`` (and its measure ``measure``, when given)."""
    rec = by_claim(got, claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == (want[0], f"boj.bop.{want[1]}", want[2]), rec
    assert rec["official_value"] == pytest.approx(value), rec
    assert measure is None or rec["measure"] == measure, rec
    return rec


def test_a_move_named_before_the_figure_makes_it_a_change(data, loaded_store):
    text = ("財務省が13日発表した昨年11月の国際収支状況速報によると、貿易・サービス、投資の状況を示す経常収支は5,812億円の黒字で"
            "前年同月に比べ65.9%減少した。\n\n「貿易・サービス収支」は-1,842億円で2カ月連続の赤字。内訳をみると、「貿易収支」が"
            "934億円の赤字。輸出が前年同月比26.5%減の5兆623億円、輸入が同13.7%減の5兆1,557億円だった。輸出の前年同月比の減少額は"
            "1兆8,218億円で過去最大。")
    got = check_text(text, date="2009-01-13", store=data)
    _judged(got, "1兆8,218億円", ("contradicted", "bpbp6jynex", "2007-11..2008-11"),
            _change(loaded_store, "bpbp6jynex", ("2008-11", "2008-11"), ("2007-11", "2007-11")), measure="bop_change")


def test_a_fiscal_years_fall_named_before_the_figure(data, loaded_store):
    text = ("財務省が11日発表した2022年度の国際収支速報は、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額が前年度比"
            "54.2%減の9兆2256億円だった。14年度以来8年ぶりの低水準。\n\n経常黒字の減少額は10兆9265億円で、同じく原油高に見舞われた"
            "08年度(13兆6490億円)以来の大きさだった。")
    got = check_text(text, date="2023-05-11", store=data)
    _judged(got, "10兆9265億円", ("contradicted", "bpbp6jyncb", "2021-04..2023-03"),
            _change(loaded_store, "bpbp6jyncb", ("2022-04", "2023-03"), ("2021-04", "2022-03")), measure="bop_change")


def test_a_move_after_more_than_and_large_is_the_figures(data, loaded_store):
    text = ("さて14日の財務省の発表によれば、昨年度1年間の日本の経常収支は、19兆4144億円の黒字でした。\n\n"
            "黒字額が5年ぶり減少(前年度より2兆7605億円減少)した理由は、エネルギー価格の高止まりで輸入額が伸びた一方、輸出が伸び"
            "悩んだことで、貿易収支の黒字額が7068億円と、前の年度に比べて3兆8000億円を超える大幅な減少になったためです。")
    got = check_text(text, date="2019-05-19", store=data)
    _judged(got, "3兆8000億円", ("supported", "bpbp6jyntb", "2017-04..2019-03"),
            _change(loaded_store, "bpbp6jyntb", ("2018-04", "2019-03"), ("2017-04", "2018-03")), measure="bop_change")


def test_the_same_base_in_brackets_repeats_a_change(data, loaded_store):
    text = ("[東京 9日 ロイター] – 財務省が9日発表した国際収支状況速報によると、2020年1月の経常収支は6123億円の黒字となった。"
            "黒字は67カ月連続。\n\n経常収支の内訳をみると、貿易・サービス収支は1兆1478億円の赤字(前年同月比281億円の赤字)。\n\n"
            "第1次所得収支は1兆8476億円の黒字(同841億円の黒字)。企業が受け取る海外子会社からの配当金が増加したことで直接投資収益の"
            "押し上げにつながった。\n\n第2次所得収支は875億円の赤字(同180億円の赤字)だった。")
    got = check_text(text, date="2020-03-09", store=data)
    _judged(got, "841億円", ("contradicted", "bpbp6jynpin", "2019-01..2020-01"),
            _change(loaded_store, "bpbp6jynpin", ("2020-01", "2020-01"), ("2019-01", "2019-01")), measure="bop_change")
    rec = by_claim(got, "180億円")
    assert (rec["measure"], rec["series"], rec["official_period"]) == \
        ("bop_change", "boj.bop.bpbp6jynsin", "2019-01..2020-01"), rec
    assert abs(rec["official_value"]) == pytest.approx(abs(_change(loaded_store, "bpbp6jynsin", ("2020-01", "2020-01"),
                                                                   ("2019-01", "2019-01"))))


def test_a_months_change_on_record_before_bpm6_is_beyond_the_store(data):
    text = ("財務省が13日発表した昨年11月の国際収支状況速報によると、経常収支は5,812億円の黒字で前年同月に比べ65.9%減少した。\n\n"
            "輸出が前年同月比26.5%減の5兆623億円だった。輸出の前年同月比の減少額は1兆8,218億円で過去最大。")
    rec = by_claim(check_text(text, date="2009-01-13", store=data), "過去最大")
    assert (rec["verdict"], rec["series"]) == ("unverifiable", "boj.bop.bpbp6jynex"), rec
    assert "1985" in rec["explanation"], rec
