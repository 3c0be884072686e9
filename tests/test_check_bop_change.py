"""`ustflow check` on a change of a balance of payments item between two periods ("黒字額は前の年度より3兆6231億円
減って", "黒字額は去年の同じ月より689億円増えました", "up 500 billion yen from a year earlier"): the balance in the
claim's period less the base period's; the surplus named without its item is the item of the sentence before; a
change with no period of its own is of the level told just before it. Invented sentences; values are the store's own
(``boj.bop``, JPY 100 mn, not seasonally adjusted)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, yen_oku
from ustflow.views.check import check_text


def _sum(store, code: str, lo: str, hi: str) -> float:
    s = series(f"boj.bop.{code}", store)
    return float(s[(s.index >= pd.Period(lo, "M")) & (s.index <= pd.Period(hi, "M"))].sum())


def test_a_fiscal_years_change_told_after_its_level(data, loaded_store):
    now, before = _sum(loaded_store, "bpbp6jyncb", "2021-04", "2022-03"), _sum(loaded_store, "bpbp6jyncb", "2020-04", "2021-03")
    d = now - before
    text = (f"財務省が発表した国際収支統計によりますと、昨年度1年間の日本の経常収支は{yen_oku(now)}の黒字でした。"
            f"黒字額は前の年度より{yen_oku(d)}{'増えました' if d > 0 else '減りました'}。")
    rec = by_claim(check_text(text, date="2022-05-13", store=data), yen_oku(d))
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec
    wrong = text.replace(yen_oku(d), yen_oku(d * 1.2))
    assert by_claim(check_text(wrong, date="2022-05-13", store=data), yen_oku(d * 1.2))["verdict"] == "contradicted"


def test_a_months_change_from_the_same_month_a_year_before(data, loaded_store):
    now, before = _sum(loaded_store, "bpbp6jyncb", "2022-03", "2022-03"), _sum(loaded_store, "bpbp6jyncb", "2021-03", "2021-03")
    d = now - before
    text = (f"また、ことし3月の経常収支は、{yen_oku(now)}の黒字で、黒字額は去年の同じ月より{yen_oku(d)}"
            f"{'増えました' if d > 0 else '減りました'}。")
    rec = by_claim(check_text(text, date="2022-05-13", store=data), yen_oku(d))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("bop_change", "supported", "2021-03..2022-03"), rec


def test_an_english_change_from_a_year_earlier(data, loaded_store):
    now, before = _sum(loaded_store, "bpbp6jyncb", "2019-03", "2019-03"), _sum(loaded_store, "bpbp6jyncb", "2018-03", "2018-03")
    d = now - before
    text = (f"Japan's current account surplus {'grew' if d > 0 else 'shrank'} by {abs(d) / 10:,.1f} billion yen from a year "
            f"earlier in March before seasonal adjustment.")
    rec = by_claim(check_text(text, date="2019-05-13", store=data), f"{abs(d) / 10:,.1f} billion yen")
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec


@pytest.mark.parametrize("text", [
    "Japan's current account surplus came to {fig} in March before seasonal adjustment.",
    "3月の経常収支は{oku}の黒字だった。",
])
def test_a_level_stays_a_level(data, loaded_store, text):
    v = _sum(loaded_store, "bpbp6jyncb", "2019-03", "2019-03")
    fig, oku = f"{v / 10:,.1f} billion yen", yen_oku(v)
    rec = by_claim(check_text(text.format(fig=fig, oku=oku), date="2019-05-13", store=data), fig if "{fig}" in text else oku)
    assert (rec["measure"], rec["verdict"]) == ("bop", "supported"), rec


@pytest.mark.parametrize("middle", [
    "輸入が減り、赤字幅は前年同月の{fig}から大幅に縮小した。",
    "赤字額は前年同月の{fig}から縮小した。",
])
def test_the_deficit_alone_is_the_balance_named_before(data, loaded_store, middle):
    now, before = _sum(loaded_store, "bpbp6jyntb", "2016-01", "2016-01"), _sum(loaded_store, "bpbp6jyntb", "2015-01", "2015-01")
    assert now < 0 and before < 0  # the fact behind the sentence
    text = (f"1月の国際収支速報によると、経常収支は黒字だった。内訳は、貿易収支が{yen_oku(now)}の赤字。" +
            middle.format(fig=yen_oku(before)))
    rec = by_claim(check_text(text, date="2016-03-09", store=data), yen_oku(before))
    assert (rec["series"], rec["verdict"], rec["official_period"]) == ("boj.bop.bpbp6jyntb", "supported", "2015-01"), rec
