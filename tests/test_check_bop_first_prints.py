"""`ustflow check` on a balance-of-payments figure far from today's official value for the period the release had
just published on the story's date (the latest month, or the calendar / fiscal year or half that ends with it): the
story prints the first print of that very period, and a balance is revised by more than its size, so the figure is
contradicted (a revision or the article's error), not set aside as another measure read. The same figure a year
later, a base it moves from, a percent change of a month with no base named, or a figure whose unit is not yen stay
unverifiable. Invented sentences; expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim, yen_oku
from ustflow.views.check import check_text


def _goods_2011(store) -> float:
    v = bop_span(store, "bpbp6jyntb", "2011-01", "2011-12")
    assert v < 0  # a deficit
    return v


@pytest.mark.parametrize("date,verdict", [
    ("2012-02-09", "contradicted"),   # the release of 2011 (with December): its first print
    ("2013-02-12", "unverifiable"),   # a year later: 2011 is no longer the release's own period
])
def test_a_far_level_of_the_span_just_released_is_contradicted(data, loaded_store, date, verdict):
    fig = 4.6 * _goods_2011(loaded_store)
    text = f"財務省がまとめた2011年の国際収支によると、輸出から輸入を差し引いた貿易収支は{yen_oku(fig)}の赤字となった。"
    rec = by_claim(check_text(text, date=date, store=data), yen_oku(fig))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyntb", verdict), rec


def test_a_far_change_of_the_year_just_released_is_contradicted(data, loaded_store):
    now = bop_span(loaded_store, "bpbp6jyncb", "2020-01", "2020-12")
    before = bop_span(loaded_store, "bpbp6jyncb", "2019-01", "2019-12")
    assert now < before
    fig = 0.25 * (before - now)
    text = f"財務省がまとめた2020年の国際収支によると、経常収支は黒字だった。黒字幅は前年より{yen_oku(fig)}縮小した。"
    rec = by_claim(check_text(text, date="2021-02-09", store=data), yen_oku(fig))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyncb", "contradicted"), rec


def _pct_far(store, code: str, month: str) -> tuple[float, float]:
    import pandas as pd

    p = pd.Period(month, "M")
    now, before = bop_span(store, code, str(p), str(p)), bop_span(store, code, str(p - 12), str(p - 12))
    true_pct = 100 * (now - before) / abs(before)
    return now, round(5 * true_pct, 1) if abs(true_pct) > 0.2 else 5.0


def test_a_far_percent_change_of_the_month_just_released_from_a_year_earlier_is_contradicted(data, loaded_store):
    _now, pct = _pct_far(loaded_store, "bpbp6jynpin", "2017-04")
    word = "rose" if pct > 0 else "fell"
    text = f"Japan's current account surplus grew in April. Primary income {word} {abs(pct)} percent from a year earlier."
    rec = by_claim(check_text(text, date="2017-06-09", store=data), f"{abs(pct)} percent")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "contradicted"), rec


@pytest.mark.parametrize("text,figure,yen", [
    ("The travel surplus rose to 315.8 billion yen, with visitors from abroad up to 10.71 million.", "10.71 million",
     False),  # a count that takes the currency of the figure before it
    ("The travel surplus rose to 315.8 billion yen.", "315.8 billion yen", True),
    ("経常収支は7899億円の黒字となった。", "7899億円", True),
    ("the services deficit shrank to ¥1.48 trillion", "¥1.48 trillion", True),
])
def test_only_a_figure_written_in_yen_is_a_first_print(text, figure, yen):
    from ustflow.check.bop_far import _in_yen
    from ustflow.check.numbers import find_amounts

    got = [a for a in find_amounts(text) if figure in a.text]
    assert got and _in_yen(got[0]) is yen, got


@pytest.mark.parametrize("text", [
    "In 2010, Asia-bound exports grew 24.0 pct to top 9 trillion yen for the first time, while Japan's current account "
    "surplus rose.",
    "In 2010, Japan's current account surplus rose, with U.S.-bound exports growing 24.0 pct to 9 trillion yen.",
])
def test_exports_bound_for_one_region_are_no_bop_exports(data, text):
    recs = check_text(text, date="2011-02-09", store=data)
    for claim in ("24.0 pct", "9 trillion yen"):
        got = [r for r in recs if r["claim"] == claim]
        assert all(not str(r.get("series", "")).startswith("boj.bop.bpbp6jynex") for r in got), got
