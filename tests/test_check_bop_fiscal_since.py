"""A fiscal year a Japanese "since" counts from ("2014年度以来の低い水準", "96年度以来、15年ぶりの低水準", "1986年度以降で
最大": ``qualifiers_ja``), and a record or look-back said in a sentence with no figure of its own after a balance of
payments figure ("経常収支の黒字額は17兆9752億円に拡大した。5年ぶりの高水準となった。": ``qualifier_hosts.refer_back``
reads the balance as the level the words rank). Invented sentences; the expected verdicts are computed from the
store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, bop_series, yen_bn, yen_oku
from ustflow.views.check import check_text

_CA = "bpbp6jyncb"  # the current account


def _fiscal_years(store, code: str):
    """The series summed over each fiscal year (April to March) it covers in full, by the year it begins."""
    s = bop_series(store, code)
    fy = s.index.year - (s.index.month < 4)
    full = s.groupby(fy).count() == 12
    return s.groupby(fy).sum()[full]


def _since(store, code: str, high: bool) -> tuple[int, int, float]:
    """A fiscal year F whose balance is the highest (lowest) since an earlier fiscal year X at least 3 years back
    (X's at or beyond it, none between), with X after the series' first year; (F, X, F's balance)."""
    ys = _fiscal_years(store, code)
    for f in sorted(ys.index, reverse=True):
        v = float(ys[f])
        beyond = [x for x in ys.index if x < f and (ys[x] >= v if high else ys[x] <= v)]
        if beyond and 3 <= f - max(beyond) <= 12 and max(beyond) > ys.index[0]:
            return int(f), int(max(beyond)), v
    raise AssertionError("no such fiscal year in the store")


def _qualifier(recs: list[dict]) -> dict:
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got, [(r["claim"], r["measure"], r["explanation"]) for r in recs]
    return got[0]


@pytest.mark.parametrize("high", [True, False])
@pytest.mark.parametrize("text", [
    "財務省が発表した{f}年度の国際収支速報によると、経常収支の黒字額は{ja}となった。{x}年度以来の{lv}となった。",
    "財務省が発表した{f}年度の国際収支によると、経常収支は{ja}の黒字だった。黒字額は{xx}年度以来、{n}年ぶりの{lv}となった。",
    "{f}年度の経常収支は{ja}の黒字で、前年度から変化した。黒字幅は{x}年度以来の{lv2}水準だった。",
])
def test_a_fiscal_years_since_on_the_balance_before_it(data, loaded_store, text, high):
    f, x, v = _since(loaded_store, _CA, high)
    sent = text.format(f=f, x=x, xx=f"{x % 100:02d}", n=f - x, ja=yen_oku(v), lv="高水準" if high else "低水準",
                       lv2="高い" if high else "低い")
    rec = _qualifier(check_text(sent, date=f"{f + 1}-05-20", store=data))
    assert rec["verdict"] == "supported", (sent, rec["explanation"])


def test_a_fiscal_year_too_late_is_not_since(data, loaded_store):
    """The last fiscal year at or above the figure lies before the one named, and not just before it: not since."""
    f, x, v = _since(loaded_store, _CA, True)
    sent = f"財務省が発表した{f}年度の国際収支によると、経常収支の黒字額は{yen_oku(v)}だった。{x + 2}年度以来の高水準となった。"
    rec = _qualifier(check_text(sent, date=f"{f + 1}-05-20", store=data))
    assert as_read(rec) == "contradicted", (sent, rec["explanation"])


def test_an_english_level_said_after_a_move_is_of_the_balance_before(data, loaded_store):
    """"This figure represents an increase of …, marking the highest level in N years": the balance told before."""
    f, x, v = _since(loaded_store, _CA, True)
    sent = (f"Japan's current account surplus for fiscal {f} came to {yen_bn(v)}, the Finance Ministry said. This "
            f"figure represents an increase from the year before, marking the highest level in {f - x} years.")
    rec = _qualifier(check_text(sent, date=f"{f + 1}-05-20", store=data))
    assert rec["verdict"] == "supported", (sent, rec["explanation"])


def test_a_half_of_a_fiscal_year_is_no_fiscal_year(data, loaded_store):
    """Must not fire: "2014年度上半期以来" counts from a half, not from the whole fiscal year."""
    f, x, v = _since(loaded_store, _CA, True)
    sent = f"財務省が発表した{f}年度の国際収支によると、経常収支の黒字額は{yen_oku(v)}だった。{x}年度上半期以来の高水準となった。"
    recs = check_text(sent, date=f"{f + 1}-05-20", store=data)
    assert not any("(12 months)" in r["explanation"] for r in recs), [(r["claim"], r["explanation"]) for r in recs]


def test_a_move_named_by_the_qualifier_is_not_ranked_as_a_level(data, loaded_store):
    """Must not fire: "was the sharpest increase since …" in a sentence with figures of its own ranks a move, never
    the balance told in the sentence before as a level."""
    f, x, v = _since(loaded_store, _CA, True)
    sent = (f"Japan's current account surplus for fiscal {f} came to {yen_bn(v)}. The rise of 12.3%, or ¥1.1 "
            f"trillion, in the surplus was the sharpest increase on a value basis in {f - x} years.")
    recs = check_text(sent, date=f"{f + 1}-05-20", store=data)
    assert not any(r["measure"] == "extreme" and "surplus in" in r["explanation"] and "rise" not in r["explanation"]
                   for r in recs), [(r["claim"], r["explanation"]) for r in recs]


@pytest.mark.parametrize("text", [
    "財務省が発表した{f}年度の国際収支によると、経常収支の黒字額は{ja}だった。原油価格は{n}年ぶりの安値水準となった。",
    "財務省が発表した{f}年度の国際収支によると、経常収支の黒字額は{ja}だった。訪日客の消費額は{x}年度以来の高水準となった。",
    "Japan's current account surplus for fiscal {f} came to {en}. Oil prices were at their lowest level in {n} years.",
])
def test_a_level_said_of_another_thing_is_not_the_balances(data, loaded_store, text):
    """Must not fire: a record or look-back whose sentence names another topic (oil prices, tourists' spending) is not
    ranked on the balance told before it."""
    f, x, v = _since(loaded_store, _CA, True)
    sent = text.format(f=f, x=x, n=f - x, ja=yen_oku(v), en=yen_bn(v))
    recs = check_text(sent, date=f"{f + 1}-05-20", store=data)
    assert not [r for r in recs if r["measure"] == "extreme"], [(r["claim"], r["explanation"]) for r in recs]
