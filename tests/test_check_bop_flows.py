"""`ustflow check` on the balance of payments' exports and imports and on percent changes as release stories put
them: goods exports and imports on a BoP basis ("exports rose 12.1% to ¥8.1 trillion", 輸入は19.8%減), a percentage
with no comparison stated read as a change from the same month a year before, a deficit that "shrank 38.8%" as a
change of its size, 第1次所得収支 written with a numeral, a figure called a surplus or deficit never read as exports
or imports. Invented sentences in several wordings (English and Japanese); the expected values are the store's own
(BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, yen_bn
from ustflow.views.check import check_text


def _s(store, code: str) -> pd.Series:
    s = series(f"boj.bop.{code}", store)
    return s[s.index >= pd.Period("2014-01", "M")]


def _yoy(s: pd.Series, p: pd.Period) -> float:
    return 100 * (s[p] - s[p - 12]) / abs(s[p - 12])


def _oku(v: float) -> str:
    cho, rest = divmod(round(abs(v)), 10000)
    return f"{cho}兆{rest}億円" if cho and rest else (f"{cho}兆円" if cho else f"{rest}億円")


def _date(p: pd.Period) -> str:
    return (p + 2).strftime("%Y-%m-28")  # after the release of month p


@pytest.mark.parametrize("code, text", [
    ("bpbp6jynex", "Japan's current account surplus widened in {month}. Exports {verb} {pct}% to {fig}, the ministry said."),
    ("bpbp6jynim", "Japan logged a current account surplus in {month}, as imports {verb} {pct}% to {fig}."),
    ("bpbp6jynex", "In {month}, exports {verb} {pct} percent to {fig}, balance of payments data showed."),
])
def test_exports_and_imports_percent_with_no_comparison_is_from_a_year_before(data, loaded_store, code, text):
    s = _s(loaded_store, code)
    p = s.index[-13]
    pct = _yoy(s, p)
    txt = text.format(month=p.strftime("%B"), verb="rose" if pct > 0 else "fell", pct=f"{abs(pct):.1f}", fig=yen_bn(s[p]))
    recs = check_text(txt, date=_date(p), store=data)
    rec = by_claim(recs, f"{abs(pct):.1f}%" if "%" in text else f"{abs(pct):.1f} percent")
    assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported"), rec["explanation"]
    assert rec["official_period"] == f"{p - 12} to {p}" and "not seasonally adjusted" in rec["explanation"]
    level = by_claim(recs, yen_bn(s[p]))
    assert (level["measure"], level["verdict"]) == ("bop", "supported"), level["explanation"]
    wrong = txt.replace(f"{abs(pct):.1f}", f"{abs(pct) + 5:.1f}")
    rec = by_claim(check_text(wrong, date=_date(p), store=data), f"{abs(pct) + 5:.1f}" + ("%" if "%" in text else " percent"))
    assert rec["verdict"] == "contradicted"


def test_japanese_bare_up_and_down_after_a_percent(data, loaded_store):
    s = _s(loaded_store, "bpbp6jynim")
    p = next(p for p in reversed(s.index[12:]) if _yoy(s, p) < -3)  # a month imports fell from a year before
    pct = f"{abs(_yoy(s, p)):.1f}"
    txt = f"{p.month}月の国際収支速報によると、経常収支は黒字だった。輸入は{pct}%減の{_oku(s[p])}にとどまった。"
    rec = by_claim(check_text(txt, date=_date(p), store=data), f"{pct}%")
    assert (rec["measure"], rec["verdict"], rec["direction"]) == ("bop_pct", "supported", "down/sold"), rec["explanation"]
    up = txt.replace(f"{pct}%減", f"{pct}%増")  # the same size the other way: a rise it was not
    assert by_claim(check_text(up, date=_date(p), store=data), f"{pct}%")["verdict"] == "contradicted"


def test_a_deficit_that_shrank_is_a_change_of_its_size(data, loaded_store):
    s = _s(loaded_store, "bpbp6jyntb")
    p = next(p for p in reversed(s.index[12:]) if s[p] < 0 and s[p - 12] < 0 and abs(s[p]) < 0.8 * abs(s[p - 12]))
    shrink = 100 * (abs(s[p - 12]) - abs(s[p])) / abs(s[p - 12])
    for text in (f"Japan's current account stayed in surplus. In goods trade, the country's deficit shrank {shrink:.1f} "
                 f"percent to {yen_bn(s[p])} in {p.strftime('%B')}.",
                 f"Japan's current account surplus grew in {p.strftime('%B')} as the trade deficit narrowed "
                 f"{shrink:.1f} percent from a year earlier."):
        rec = by_claim(check_text(text, date=_date(p), store=data), f"{shrink:.1f} percent")
        assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported"), rec["explanation"]


def test_primary_income_with_a_numeral_and_the_year_before_in_japanese(data, loaded_store):
    s = _s(loaded_store, "bpbp6jynpin")
    p = s.index[-14]
    pct = _yoy(s, p)
    word = "増えました" if pct > 0 else "減りました"
    for text in (f"経常収支は黒字でした。第1次所得収支の黒字は前の年の同じ月と比べ{abs(pct):.1f}%{word}。",
                 f"経常収支が黒字となった。「第1次所得収支」が{_oku(s[p])}で、{abs(pct):.1f}%{'増加' if pct > 0 else '減少'}した。"):
        recs = check_text(text, date=_date(p), store=data)
        rec = by_claim(recs, f"{abs(pct):.1f}%")
        assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported"), rec["explanation"]


@pytest.mark.parametrize("text", [
    "経常収支は黒字だった。内訳は、輸出から輸入を差し引いた貿易収支が{fig}の赤字。",
    "経常収支は黒字でした。「貿易収支」は、原油価格の上昇で輸入額が増えたことで、{fig}の赤字となりました。",
    "Japan's current account surplus narrowed, as imports jumped and left a {bn} trade deficit.",
])
def test_a_figure_called_a_deficit_is_the_balance_not_exports_or_imports(data, loaded_store, text):
    s = _s(loaded_store, "bpbp6jyntb")
    p = next(p for p in reversed(s.index) if s[p] < -1000)
    rec = by_claim(check_text(text.format(fig=_oku(s[p]), bn=yen_bn(s[p])), date=_date(p), store=data),
                   _oku(s[p]) if "{fig}" in text else yen_bn(s[p]))
    assert (rec["measure"], rec["verdict"]) == ("bop", "supported"), rec["explanation"]
    assert "goods (trade) balance" in rec["explanation"]


@pytest.mark.parametrize("text, fig", [
    # customs-based trade statistics are not the BoP's exports
    ("Customs data showed exports rose 7.3% in May; the current account data are due next month.", "7.3%"),
    ("Japan's trade statistics showed imports fell 4.1% in May, while the current account stayed in surplus.", "4.1%"),
    # exports of goods and services: no series of it here
    ("Japan's current account was in surplus as exports of goods and services were 9.1 trillion yen.", "9.1 trillion yen"),
    # a ratio to GDP is no change
    ("Japan's current account surplus rose to 3.5% of GDP, the ministry said.", "3.5%"),
])
def test_not_bop_exports_nor_a_percent_change(data, text, fig):
    rec = by_claim(check_text(text, date="2019-07-09", store=data), fig)
    assert rec["measure"] not in ("bop", "bop_pct"), rec


def test_a_run_of_surpluses_before_a_percent_change_is_not_a_run_of_falls(data, loaded_store):
    s = _s(loaded_store, "bpbp6jyncb")
    p = next(p for p in reversed(s.index[12:]) if s[p] > 0 and s[p - 1] > 0 and s[p - 2] > 0 and s[p - 3] <= 0
             and 0 < s[p] < s[p - 12])
    pct = f"{100 * (s[p - 12] - s[p]) / s[p - 12]:.1f}"
    text = f"経常収支の黒字は3カ月連続ですが、前の年の同じ月と比べ黒字幅は{pct}%減りました。"
    recs = check_text(text, date=_date(p), store=data)
    assert by_claim(recs, f"{pct}%")["verdict"] == "supported"
    rec = next(r for r in recs if r["measure"] == "streak")
    assert rec["verdict"] == "supported" and "surplus" in rec["explanation"], rec["explanation"]


def test_a_total_over_months_is_the_unadjusted_figures_unless_the_story_says(data, loaded_store):
    nsa, sa = _s(loaded_store, "bpbp6jyncb"), _s(loaded_store, "bpbp6jyacbx12")
    y = next(y for y in range(2024, 2015, -1)
             if abs(sum(nsa[pd.Period(f"{y}-{m:02d}", "M")] for m in range(4, 10)) -
                    sum(sa[pd.Period(f"{y}-{m:02d}", "M")] for m in range(4, 10))) > 2000)
    tot = {k: sum(s[pd.Period(f"{y}-{m:02d}", "M")] for m in range(4, 10)) for k, s in (("nsa", nsa), ("sa", sa))}
    fig = {k: f"{v / 10000:.2f} trillion yen" for k, v in tot.items()}
    date = f"{y}-11-28"
    text = "For the first half of fiscal {y}, Japan reported a current account surplus of {fig}."
    rec = by_claim(check_text(text.format(y=y, fig=fig["nsa"]), date=date, store=data), fig["nsa"])
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{y}-04..{y}-09"), rec["explanation"]
    rec = by_claim(check_text(text.format(y=y, fig=fig["sa"]), date=date, store=data), fig["sa"])
    assert rec["verdict"] != "supported" and "not seasonally adjusted" in rec["explanation"]
    adjusted = "On a seasonally adjusted basis, the current account surplus for the first half of fiscal {y} was {fig}."
    rec = by_claim(check_text(adjusted.format(y=y, fig=fig["sa"]), date=date, store=data), fig["sa"])
    assert rec["verdict"] == "supported", rec["explanation"]
