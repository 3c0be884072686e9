"""A balance-of-payments story of a span (a fiscal year): a level with no period of its own that is of the size of the
span's last month, told in one sentence with its change, is the span's first print (revised since) when the change is
the span's (``bop_frame._change_nearer_span``): "貿易黒字は84.4%減の7068億円" of fiscal 2018. Invented sentences; expected
values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series, yen_billion, yen_oku

_CODE, _FIRST, _LAST, _PUB = "bpbp6jyntb", "2018-04", "2019-03", "2019-05-14"


def _figures(store) -> tuple[float, float, float, float]:
    """The goods balance over fiscal 2018 and a year before, March 2019's and March 2018's."""
    s = series(f"boj.bop.{_CODE}", store)
    now, before = bop_span(store, _CODE, _FIRST, _LAST), bop_span(store, _CODE, "2017-04", "2018-03")
    m = pd.Period(_LAST, "M")
    return now, before, float(s[m]), float(s[m - 12])


@pytest.mark.parametrize("template", [
    "2018年度の国際収支によると、経常収支は黒字だった。貿易黒字は{pct}%減の{ja}だった。",
    "Japan's current account surplus shrank in fiscal 2018. The goods trade surplus tumbled {pct} percent to {en}.",
    "Japan's current account surplus shrank in fiscal 2018. The goods trade surplus stood at {en}, down {pct} percent.",
])
def test_a_level_of_the_months_size_told_with_the_spans_change_is_the_spans(data, loaded_store, template):
    from ustflow.views.check import check_text

    now, before, month, _ = _figures(loaded_store)
    pct = f"{abs(100 * (now - before) / before):.1f}"
    assert abs(month / now - 1) < abs(now / month - 1) + 1  # (the month's value stands in for a first print)
    text = template.format(pct=pct, ja=yen_oku(month), en=yen_billion(month))
    recs = check_text(text, date=_PUB, store=data)
    lvl = by_claim(recs, yen_oku(month) if "{ja}" in template else yen_billion(month))
    assert lvl["official_period"] == f"{_FIRST}..{_LAST}", lvl["explanation"]
    rate = next(r for r in recs if r["claim"].startswith(pct))
    assert rate["verdict"] == "supported", rate["explanation"]


def test_a_level_told_with_the_months_change_keeps_the_month(data, loaded_store):
    """Must not fire: a level of the month's size told with the month's own change from a year before is the month's."""
    from ustflow.views.check import check_text

    _, _, month, month0 = _figures(loaded_store)
    pct = f"{abs(100 * (month - month0) / month0):.1f}"
    text = f"2018年度の国際収支によると、経常収支は黒字だった。貿易黒字は{pct}%減の{yen_oku(month)}だった。"
    rec = by_claim(check_text(text, date=_PUB, store=data), yen_oku(month))
    assert (rec["verdict"], rec["official_period"]) == ("supported", _LAST), rec["explanation"]


def test_a_level_told_with_a_change_near_neither_keeps_the_month(data, loaded_store):
    """Must not fire: a change far from the span's (by more than a quarter of it and two points) does not move a level
    of the month's size to the span: "the deficit expanded 3.8 per cent" of a balance whose size fell 10% on the year and
    11% on the month."""
    from ustflow.views.check import check_text

    now, before, month, _ = _figures(loaded_store)
    far = abs(100 * (now - before) / before) / 2  # half the span's fall: near neither
    text = f"2018年度の国際収支によると、経常収支は黒字だった。貿易黒字は{far:.1f}%減の{yen_oku(month)}だった。"
    rec = by_claim(check_text(text, date=_PUB, store=data), yen_oku(month))
    assert rec["official_period"] == _LAST, rec["explanation"]



def _month_pct(store, code: str, month: str) -> tuple[float, float, float]:
    s = series(f"boj.bop.{code}", store)
    p = pd.Period(month, "M")
    return float(s[p]), float(s[p - 12]), 100 * (float(s[p]) - float(s[p - 12])) / abs(float(s[p - 12]))


@pytest.mark.parametrize("template", [
    "2018年度の国際収支によると、経常収支は黒字だった。同時に発表した3月の経常収支は黒字だった。黒字額は前年同月比{pct}%{dir}した。",
    "2018年度の国際収支によると、経常収支は黒字だった。黒字額は去年の同じ月より{pct}%{dir}した。",
])
def test_a_change_from_the_same_month_a_year_before_is_a_months(data, loaded_store, template):
    """A change said from the same month a year before (前年同月比) with no level of the span's size in its sentence is
    the latest month's change, not the fiscal year's, in a story framed by the fiscal year."""
    from ustflow.views.check import check_text

    _, _, pct = _month_pct(loaded_store, "bpbp6jyncb", _LAST)
    text = template.format(pct=f"{abs(pct):.1f}", dir="増加" if pct > 0 else "減少")
    rec = by_claim(check_text(text, date=_PUB, store=data), f"{abs(pct):.1f}%")
    assert (rec["verdict"], rec["official_period"].split(" to ")[-1]) == ("supported", _LAST), rec["explanation"]


def test_a_change_from_the_same_month_told_with_a_spans_level_stays_the_spans(data, loaded_store):
    """Must not fire: "輸出は…(前年同月比…減)" with a level of the fiscal year's size in its sentence (an article that says
    前年同月 of a fiscal year's figures) keeps the fiscal year, as its level does."""
    from ustflow.views.check import check_text

    code = "bpbp6jynex"
    now, before = bop_span(loaded_store, code, _FIRST, _LAST), bop_span(loaded_store, code, "2017-04", "2018-03")
    d = now - before
    text = (f"2018年度の国際収支によると、経常収支は黒字だった。輸出は{yen_oku(now)}(前年同月比{yen_oku(d)}"
            f"{'増' if d > 0 else '減'})だった。")
    rec = by_claim(check_text(text, date=_PUB, store=data), yen_oku(d))
    assert rec["official_period"] == f"2017-04..{_LAST}", rec["explanation"]
