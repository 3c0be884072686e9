"""Runs of half-years in a half-year balance-of-payments story (``bop_records``): a half-year release counts its runs
in 期 ("11期連続増加", "黒字幅の拡大は4期連続", "4期連続で減少"), halves that rose (fell) on the half before or on the same half a
year before; reporters count both ways, so a run is judged only where both readings agree. A run of periods one
balance beat another ("3期連続で貿易黒字を上回った") is not counted; a run of 期 read on one month's figure is not counted
on months. Invented sentences in several wordings; the expected verdicts are computed from the store's own BoJ series
(``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, series, yoy_run_end
from ustflow.views.check import check_text


def _oku(v: float) -> str:
    n = int(abs(v))
    cho, rest = divmod(n, 10000)
    return f"{cho}兆{rest}億円" if cho else f"{rest}億円"


def _halves(store, code: str) -> pd.Series:
    """Calendar halves (January-June, July-December), complete ones only, labelled (year, 1 or 2) in order."""
    s = series(f"boj.bop.{code}", store)
    out: dict[tuple[int, int], list[float]] = {}
    for p, v in s.dropna().items():
        out.setdefault((p.year, 1 if p.month <= 6 else 2), []).append(float(v))
    full = {k: sum(v) for k, v in sorted(out.items()) if len(v) == 6}
    return pd.Series(list(full.values()), index=pd.Index(list(full), tupleize_cols=False))


def _run(h: pd.Series, i: int, back: int, up: bool) -> int:
    k = 0
    while i - k - back >= 0 and ((h.iloc[i - k] > h.iloc[i - k - back]) == up):
        k += 1
    return k


def _agreeing_half(h: pd.Series, up: bool, first: bool) -> tuple[int, int, int]:
    """A first (second) half, after 2004, ending a run of rises (falls) of the same length (>= 2) on the half before and
    on the same half a year before, which stops inside the data: (year, index, length)."""
    for i in range(len(h) - 1, 5, -1):
        y, half = h.index[i]
        if y < 2004 or (half == 1) != first:
            continue
        a, b = _run(h, i, 1, up), _run(h, i, 2, up)
        if a == b >= 2 and i - a - 2 >= 0:
            return y, i, a
    raise AssertionError("no such half in the store")


def _streak(recs: list[dict]) -> dict:
    got = [r for r in recs if r["measure"] == "streak"]
    assert got, [(r["claim"], r["measure"], r["verdict"]) for r in recs]
    return got[0]


@pytest.mark.parametrize("code, text, up", [
    ("bpbp6jynex", "財務省が発表した{y}年上半期(1~6月)の国際収支によると、輸出は{ja}と{k}期連続の増加となった。", True),
    ("bpbp6jyncb", "{y}年1~6月の国際収支速報によると、経常収支の黒字は{ja}で、黒字幅の拡大は{k}期連続。", True),
    ("bpbp6jynim", "{y}年上半期の国際収支で、輸入は{ja}で、{k}期連続で減少した。", False),
])
def test_a_run_of_halves_counts_halves(data, loaded_store, code, text, up):
    h = _halves(loaded_store, code)
    y, i, k = _agreeing_half(h, up, first=True)
    recs = check_text(text.format(y=y, ja=_oku(float(h.iloc[i])), k=k), date=f"{y}-08-10", store=data)
    rec = _streak(recs)
    assert rec["verdict"] == "supported" and "half-year" in rec["explanation"], rec["explanation"]
    wrong = check_text(text.format(y=y, ja=_oku(float(h.iloc[i])), k=k + 1), date=f"{y}-08-10", store=data)
    rec = _streak(wrong)
    assert as_read(rec) == "contradicted", rec["explanation"]


def test_a_run_of_halves_the_two_readings_disagree_on_is_unverifiable(data, loaded_store):
    h = _halves(loaded_store, "bpbp6jynex")
    i = next(j for j in range(len(h) - 1, 5, -1) if h.index[j][1] == 1 and h.index[j][0] >= 2004 and
             _run(h, j, 1, True) != _run(h, j, 2, True) and _run(h, j, 2, True) >= 2)
    y, k = h.index[i][0], _run(h, i, 2, True)
    text = f"{y}年上半期の国際収支によると、輸出は{_oku(float(h.iloc[i]))}と{k}期連続で増加した。"
    rec = _streak(check_text(text, date=f"{y}-08-10", store=data))
    assert rec["verdict"] == "unverifiable" and "one reading and not on another" in rec["explanation"], rec["explanation"]


def test_a_run_of_one_balance_above_another_is_not_counted(data, loaded_store):
    h = _halves(loaded_store, "bpbp6jynpin")
    y = h.index[-1][0] if h.index[-1][1] == 1 else h.index[-2][0]
    v = float(h[(y, 1)])
    text = f"{y}年上半期の国際収支によると、第1次所得収支の黒字は{_oku(v)}で、3期連続で貿易黒字を上回った。"
    rec = _streak(check_text(text, date=f"{y}-08-10", store=data))
    assert rec["verdict"] == "unverifiable" and "another" in rec["explanation"], rec["explanation"]


def test_a_run_of_halves_on_a_months_figure_is_not_counted(data, loaded_store):
    s = series("boj.bop.bpbp6jynex", loaded_store)
    p = s.index[-13]
    text = f"{p.month}月の国際収支によると、輸出は{_oku(float(s[p]))}で、3期連続で増加した。"
    rec = _streak(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data))
    assert rec["verdict"] == "unverifiable", rec["explanation"]


def test_a_run_restated_in_brackets_is_read(data, loaded_store):
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    p = next(x for x in reversed(s.index) if s[x] > 0 and s[x - 1] > 0 and s[x - 2] > 0 and s[x - 3] < 0)
    text = f"{p.year}年{p.month}月の経常収支は{_oku(float(s[p]))}の黒字だった。黒字は3カ月(約3カ月)連続で、前年同月を上回った。"
    rec = _streak(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data))
    assert rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("code, text, up", [
    ("bpbp6jyncb", "{m}月の国際収支によると、経常収支は{ja}の黒字で、{k}カ月連続で黒字幅が前年同月の水準を上回った。", True),
    ("bpbp6jynim", "{m}月の国際収支速報によると、輸入は{ja}となり、{k}カ月連続で前年同月の水準を下回った。", False),
    ("bpbp6jynex", "{m}月の国際収支によると、輸出は前年同月比で増え{ja}で、増加は{k}カ月連続となった。", True),
])
def test_a_run_above_its_own_level_a_year_before_is_a_run_of_rises(data, loaded_store, code, text, up):
    s = series(f"boj.bop.{code}", loaded_store)
    p, k = yoy_run_end(s, up, at_least=2)
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    rec = _streak(check_text(text.format(m=p.month, ja=_oku(float(s[p])), k=k), date=when, store=data))
    assert rec["verdict"] == "supported" and "from a year before" in rec["explanation"], rec["explanation"]
