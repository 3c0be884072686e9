"""Which period and which item a balance-of-payments figure is about, in the structures every release story uses
(session 16):

- a record "since" a span named in full ("the largest amount of red ink since the first half of fiscal 2007") dates
  the record from that span, and the span is no period of the figure (``since_spans.date_since``);
- "for all of fiscal 2008 through March 31": the span, not the day that ends it (``since_spans.span_ends_dropped``);
- "from ¥1.4 trillion a year earlier to ¥129.8 billion", "to 92.5 billion yen (860 million U.S. dollars) from 152.5
  billion yen (1.41 billion U.S. dollars) booked a year earlier": the period named with the starting level is its own;
- "merchandise trade" is the goods balance, "the balance of trade in goods and services" the goods and services
  balance; "a more than 90% dive in the travel surplus" is the travel balance's; "貿易収支と所得収支の黒字幅が縮小したこと
  が要因で、過去最大の…" names causes, not the record's item.

Invented sentences; expected values from the store's BoJ series (JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text


def _claim(recs: list[dict], start: str) -> dict:
    got = [r for r in recs if r["claim"].startswith(start)]
    assert got, [(r["claim"], r["official_period"]) for r in recs]
    return got[0]


def _half(s: pd.Series, fy: int, first: bool = True) -> float:
    a = pd.Period(f"{fy}-04" if first else f"{fy}-10", "M")
    return float(s[[a + i for i in range(6)]].sum())


@pytest.mark.parametrize("since", ["the first half of fiscal {y0}", "the second half of fiscal {y0}", "fiscal {y0}"])
def test_a_span_named_after_since_is_the_records_not_the_figures(data, loaded_store, since):
    sv = series("boj.bop.bpbp6jynsn", loaded_store)
    v = _half(sv, 2020)
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier.\n\n"
            f"Services trade ran a deficit of ¥{abs(v) / 10000:.2f} trillion, the largest amount of red ink since "
            f"{since.format(y0=2012)}, the ministry said.")
    recs = check_text(text, date="2020-11-10", store=data)
    fig = _claim(recs, f"¥{abs(v) / 10000:.2f}")
    assert fig["official_period"] == "2020-04..2020-09", fig
    rec = [r for r in recs if r["measure"] == "extreme"][0]
    assert "could not be dated" not in rec["explanation"] and "since 2012" in rec["explanation"], rec["explanation"]


def test_a_since_with_no_span_after_it_stays_undated(data, loaded_store):
    """Must not fire: "since" followed by no period the grammar reads."""
    sv = series("boj.bop.bpbp6jynsn", loaded_store)
    v = _half(sv, 2020)
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier.\n\n"
            f"Services trade ran a deficit of ¥{abs(v) / 10000:.2f} trillion, the largest amount of red ink since "
            f"the pandemic began to bite.")
    recs = check_text(text, date="2020-11-10", store=data)
    assert _claim(recs, f"¥{abs(v) / 10000:.2f}")["official_period"] == "2020-04..2020-09"


@pytest.mark.parametrize("lead", ["For all of fiscal {y} through March 31,", "In fiscal {y} ended March 31,",
                                  "For fiscal {y} to March 31,"])
def test_a_fiscal_year_through_its_last_day_is_the_fiscal_year(data, loaded_store, lead):
    s = series("boj.bop.bpbp6jyntb", loaded_store)
    y = 2015
    v = float(s[[pd.Period(f"{y}-04", "M") + i for i in range(12)]].sum())
    text = (f"Japan's current account surplus rose in fiscal {y}, the Finance Ministry said.\n\n"
            + lead.format(y=y) + f" the surplus in merchandise trade came to ¥{v / 10000:.2f} trillion.")
    got = _claim(check_text(text, date=f"{y + 1}-05-14", store=data), f"¥{v / 10000:.2f}")
    assert got["official_period"] == f"{y}-04..{y + 1}-03" and got["series"] == "boj.bop.bpbp6jyntb", got


def test_a_day_that_is_not_the_spans_end_stays(data):
    """Must not fire: "fiscal 2015 ... on March 10" names another day."""
    from datetime import date

    from ustflow.check.period_grammar import Resolver
    from ustflow.check.since_spans import span_ends_dropped

    t = "In fiscal 2015 through March 10, the surplus rose."
    ps = span_ends_dropped(Resolver(date(2016, 5, 1)).find(t), t)
    assert [p.kind for p in ps] == ["fiscal_year", "day"]


@pytest.mark.parametrize("words, sid", [
    ("The balance of trade in goods and services posted a surplus of", "bpbp6jynts"),
    ("The merchandise trade surplus came to", "bpbp6jyntb"),
    ("The surplus in merchandise trade came to", "bpbp6jyntb"),
    ("The balance of trade posted a surplus of", "bpbp6jyntb"),
])
def test_trade_items_by_their_names(data, loaded_store, words, sid):
    s = series(f"boj.bop.{sid}", loaded_store)
    p = pd.Period("2016-08", "M")
    v = float(s[p])
    text = (f"Japan's current account surplus in August 2016 rose from a year earlier.\n\n"
            f"{words} {v / 10:,.1f} billion yen in August.")
    got = _claim(check_text(text, date="2016-10-11", store=data), f"{v / 10:,.1f}")
    assert got["series"] == f"boj.bop.{sid}", got


@pytest.mark.parametrize("move", ["dive", "drop", "plunge"])
def test_a_percent_move_in_the_item_after_it(data, loaded_store, move):
    tr = series("boj.bop.bpbp6jynsn2", loaded_store)
    a, b = _half(tr, 2019), _half(tr, 2020)
    pct = 100 * (1 - b / a)
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier.\n\n"
            f"Services trade ran a deficit, dragged down by a {pct:.1f}% {move} in the travel surplus from "
            f"¥{a / 10000:.1f} trillion a year earlier to ¥{b / 10:,.1f} billion.")
    recs = check_text(text, date="2020-11-10", store=data)
    got = _claim(recs, f"{pct:.1f}%")
    assert got["series"] == "boj.bop.bpbp6jynsn2" and got["verdict"] == "supported", got
    lvl = _claim(recs, f"¥{b / 10:,.1f}")
    assert lvl["official_period"] == "2020-04..2020-09", lvl


def test_a_starting_level_with_its_conversion_keeps_its_period(data, loaded_store):
    sv = series("boj.bop.bpbp6jynsn", loaded_store)
    p = pd.Period("2020-05", "M")
    v, v0 = abs(float(sv[p])), abs(float(sv[p - 12]))
    text = (f"Japan's current account surplus in May fell from a year earlier.\n\n"
            f"The services balance came to {v / 10:,.1f} billion yen (1.00 billion U.S. dollars) from "
            f"{v0 / 10:,.1f} billion yen (1.41 billion U.S. dollars) booked a year earlier.")
    recs = check_text(text, date="2020-07-09", store=data)
    assert _claim(recs, f"{v / 10:,.1f}")["official_period"] == "2020-05"
    assert _claim(recs, f"{v0 / 10:,.1f}")["official_period"] == "2019-05"


def test_items_named_in_a_cause_clause_are_not_the_records(data, loaded_store):
    text = ("財務省は13日、2008年度の国際収支状況(速報)を発表した。経常収支は、12兆2,291億円の黒字で、前年度より50.2%減少。"
            "貿易収支と所得収支の黒字幅がともに縮小に転じたことが要因で、過去最大の減少率となる。")
    rec = [r for r in check_text(text, date="2009-05-13", store=data) if r["measure"] == "extreme"][0]
    assert rec["series"] == "boj.bop.bpbp6jyncb", rec


@pytest.mark.parametrize("clause", ["輸入は08年8月に過去最高値をつけた原油価格が約半額まで下落したため、",
                                    "輸入は2008年7月に最高値を記録した原油価格が急落したことで、"])
def test_a_month_dating_a_causes_record_is_not_the_figures(data, loaded_store, clause):
    im = series("boj.bop.bpbp6jynim", loaded_store)
    p = pd.Period("2009-08", "M")
    v = float(im[p])
    text = (f"財務省が8日発表した8月の国際収支速報によると、経常収支は黒字だった。\n\n"
            f"{clause}前年同月比42.8%減の{int(v) // 10000}兆{int(v) % 10000}億円と輸出より落ち込み幅は大きかった。")
    got = _claim(check_text(text, date="2009-10-08", store=data), f"{int(v) // 10000}兆")
    assert got["official_period"] == "2009-08" and got["series"] == "boj.bop.bpbp6jynim", got


def test_a_since_naming_its_level_and_span(data, loaded_store):
    ca = series("boj.bop.bpbp6jyncb", loaded_store)
    v, v0 = _half(ca, 2020), _half(ca, 2014, first=False)
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell 36.2% from a year earlier to "
            f"¥{v / 10000:.2f} trillion, the smallest since the ¥{v0 / 10000:.2f} trillion logged in the second half of "
            f"fiscal 2014, the Finance Ministry said.")
    recs = check_text(text, date="2020-11-10", store=data)
    assert _claim(recs, f"¥{v0 / 10000:.2f}")["official_period"] == "2014-10..2015-03"
    assert _claim(recs, f"¥{v / 10000:.2f}")["official_period"] == "2020-04..2020-09"
    rec = [r for r in recs if r["measure"] == "extreme"][0]
    assert "since 2014-10" in rec["explanation"], rec["explanation"]


@pytest.mark.parametrize("words", ["the {o} straight six-month period in the black", "the {o} consecutive half-year "
                                   "period of surplus", "its {o} straight half year of surplus"])
def test_a_run_of_halves_counts_halves(data, loaded_store, words):
    ca = series("boj.bop.bpbp6jyncb", loaded_store)
    halves = [_half(ca, y, f) for y in range(1996, 2021) for f in (True, False)][:-1]  # to H1 FY2020
    k = 0
    for h in reversed(halves):
        if h <= 0:
            break
        k += 1
    o = {13: "13th", 14: "14th", 12: "12th"}.get(k, f"{k}th")
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier to "
            f"¥{halves[-1] / 10000:.2f} trillion, the Finance Ministry said.\n\nStill, it marked " + words.format(o=o) + ".")
    got = [r for r in check_text(text, date="2020-11-10", store=data) if r["measure"] == "streak"][0]
    assert got["verdict"] in ("supported", "unverifiable") and "month" not in got["explanation"], got["explanation"]
