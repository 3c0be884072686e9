"""`ustflow check` on the income balance named without 収支 ("第1次所得は…", "所得黒字は…"): read as the balance of
payments' primary income (its level and percent change). Household income (雇用者所得) is no balance. Invented
sentences; expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim, yen_oku
from ustflow.views.check import check_text

_STORY = "財務省がまとめた2015年度の国際収支によると、経常収支は黒字だった。"


@pytest.mark.parametrize("name,code", [("第1次所得", "bpbp6jynpin"), ("第一次所得", "bpbp6jynpin"),
                                       ("所得黒字", "bpbp6jynpin")])
def test_an_income_balance_named_without_its_suffix(data, loaded_store, name, code):
    now = bop_span(loaded_store, code, "2015-04", "2016-03")
    before = bop_span(loaded_store, code, "2014-04", "2015-03")
    pct = round(100 * (abs(now) - abs(before)) / abs(before), 1)
    move = "増" if pct >= 0 else "減"
    text = _STORY + f"{name}は{abs(pct)}%{move}の{yen_oku(now)}だった。"
    recs = check_text(text, date="2016-05-13", store=data)
    level = by_claim(recs, yen_oku(now))
    change = by_claim(recs, f"{abs(pct)}%")
    assert (level["series"], level["verdict"]) == (f"boj.bop.{code}", "supported"), level
    assert (change["series"], change["verdict"]) == (f"boj.bop.{code}", "supported"), change


def test_household_income_is_no_balance(data):
    text = _STORY + "雇用者所得は2.1%増の280兆円だった。"
    for r in check_text(text, date="2016-05-13", store=data):
        assert not str(r.get("series", "")).startswith("boj.bop"), r
