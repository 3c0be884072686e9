"""A change of a balance-of-payments item in yen whose move word comes after its rate (``bop_change.move_of``): the rate
in brackets between the amount and the move ("輸入額は同7兆8,839億円(10.3%)増の84兆4,862億円", "1兆5957億円(率にして9.7%)
増加した"), or after it ("前年に比べ6兆2936億円、率にして9.3%増加した"); the bracketed rate is that change's rate
(``bop._rate_of_change``), the base named once before ("同": the same as the figure before it). Invented sentences; the
expected verdicts are computed from the store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import bop_years, yen_oku
from ustflow.views.check import check_text

_LEAD = "財務省が発表した{y}年の国際収支によると、経常収支は黒字だった。"


def _year(store, code: str, up: bool) -> tuple[int, float, float, float]:
    """The latest full calendar year whose balance of ``code`` moved the way ``up`` says from the year before by at
    least 2%: (year, its balance, the change, the change in percent)."""
    ys = bop_years(store, code)
    for y in sorted(ys.index, reverse=True):
        if y - 1 in ys.index and ys[y - 1] > 0:
            d = float(ys[y] - ys[y - 1])
            pct = 100 * d / float(ys[y - 1])
            if (d > 0) == up and abs(pct) >= 2:
                return int(y), float(ys[y]), d, pct
    raise AssertionError("no such year in the store")


def _of(recs: list[dict], measure: str) -> list[dict]:
    return [r for r in recs if r["measure"] == measure]


@pytest.mark.parametrize(("code", "up", "text"), [
    ("bpbp6jynim", True, "輸出額は前年比で増加した。輸入額は同{d}({p}%){w}の{lv}となった。"),
    ("bpbp6jynex", False, "輸出額は前年比{d}({p}%){w}の{lv}と、2年ぶりの減少。"),
    ("bpbp6jynpin", True, "第1次所得収支は{lv}と前年に比べ{d}(率にして{p}%){w}した。"),
    ("bpbp6jynex", True, "輸出額は{lv}と前年に比べ{d}、率にして{p}%{w}した。"),
])
def test_a_change_told_with_its_rate_is_the_years_change(data, loaded_store, code, up, text):
    y, lv, d, pct = _year(loaded_store, code, up)
    w = ("増" if "の{lv}" in text else "増加") if up else ("減" if "の{lv}" in text else "減少")
    sent = _LEAD.format(y=y) + text.format(d=yen_oku(d), p=f"{abs(pct):.1f}", w=w, lv=yen_oku(lv))
    recs = check_text(sent, date=f"{y + 1}-02-10", store=data)
    ch, pc = _of(recs, "bop_change"), _of(recs, "bop_pct")
    assert ch and ch[0]["verdict"] == "supported", (sent, [(r["claim"], r["measure"], r["explanation"]) for r in recs])
    assert pc and pc[0]["verdict"] == "supported", (sent, [(r["claim"], r["measure"], r["explanation"]) for r in recs])


def test_a_wrong_change_told_with_its_rate_is_contradicted(data, loaded_store):
    y, lv, d, pct = _year(loaded_store, "bpbp6jynim", True)
    sent = _LEAD.format(y=y) + f"輸出額は前年比で増加した。輸入額は同{yen_oku(d * 1.5)}({abs(pct) * 1.5:.1f}%)増の{yen_oku(lv)}となった。"
    ch = _of(check_text(sent, date=f"{y + 1}-02-10", store=data), "bop_change")
    assert ch and ch[0]["verdict"] == "contradicted", sent


def test_a_level_with_its_rate_in_brackets_stays_a_level(data, loaded_store):
    """Must not fire: "輸出額は74兆1225億円(9.3%増)": the move inside the brackets is the rate's; the yen figure is the
    year's exports, not their change."""
    y, lv, _d, pct = _year(loaded_store, "bpbp6jynex", True)
    sent = _LEAD.format(y=y) + f"輸出額は{yen_oku(lv)}({pct:.1f}%増)となった。"
    recs = check_text(sent, date=f"{y + 1}-02-10", store=data)
    assert not _of(recs, "bop_change"), [(r["claim"], r["measure"]) for r in recs]
    lvl = [r for r in recs if r["measure"] == "bop" and r["claim"].startswith(yen_oku(lv)[:3])]
    assert lvl and lvl[0]["verdict"] == "supported", [(r["claim"], r["measure"], r["explanation"]) for r in recs]
