"""`ustflow check` on a balance-of-payments level far from today's official value (a small balance revised by more
than its size) whose own sentence corroborates the reading: the percent change it states puts the year before at
the official value, or the level it starts from fits. Such a level is contradicted (a revision), not set aside as
another measure read; without that corroboration it stays unverifiable. Invented sentences; expected values are the
store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series, yen_bn, yen_oku
from ustflow.views.check import check_text


def _goods(store, year: int) -> float:
    return float(series("boj.bop.bpbp6jyntb", store)[pd.period_range(f"{year}-01", f"{year}-12", freq="M")].sum())


def _far_2019(store) -> tuple[float, float]:
    """A first print 3.7 times 2019's official goods surplus, and the fall from 2018 that puts 2018 at its value."""
    now, before = _goods(store, 2019), _goods(store, 2018)
    assert 0 < now < before
    fig = 3.7 * now
    return fig, round(100 * (1 - fig / before), 1)


@pytest.mark.parametrize("text", [
    "財務省が発表した2019年の国際収支によると、経常収支は黒字だった。貿易収支の黒字は{oku}と前年比{pct}%減った。",
    "Japan's current account surplus grew in 2019. In 2019, the surplus in goods trade decreased {pct} percent from "
    "the previous year to {bn}.",
    "Japan's current account surplus grew in 2019. In 2019, the goods trade surplus stood at {bn} ($5.04 billion), "
    "down {pct} per cent compared to 2018.",
])
def test_a_far_level_whose_stated_change_fits_the_year_before_is_contradicted(data, loaded_store, text):
    fig, pct = _far_2019(loaded_store)
    claim = yen_oku(fig) if "{oku}" in text else yen_bn(fig)
    rec = by_claim(check_text(text.format(oku=yen_oku(fig), bn=yen_bn(fig), pct=pct), date="2020-02-10", store=data),
                   claim)
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyntb", "contradicted"), rec


def test_a_far_level_whose_starting_level_fits_is_contradicted(data, loaded_store):
    s = series("boj.bop.bpbp6jynsn", loaded_store)
    now, before = float(s[pd.Period("2019-02", "M")]), float(s[pd.Period("2018-02", "M")])
    assert now > 0 and before > 0
    fig, base = f"JPY {3.5 * now / 1e4:.2f} trillion", f"JPY {before / 1e4:.2f} trillion"
    text = f"Japan's current account surplus grew in February. The service account surplus rose to {fig} from {base}."
    rec = by_claim(check_text(text, date="2019-04-08", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn", "contradicted"), rec


@pytest.mark.parametrize("text", [
    # the stated change does not put 2018 near its official value
    "Japan's current account surplus grew in 2019. In 2019, the surplus in goods trade decreased 10.0 percent from "
    "the previous year to {bn}.",
    # the percentage is the exports', not the balance's
    "Japan's current account surplus grew in 2019. In 2019, the goods trade surplus was {bn}, with exports sliding "
    "{pct} percent.",
    "Japan's current account surplus grew in 2019. In 2019, the goods trade surplus was {bn}.",
])
def test_a_far_level_without_corroboration_stays_unverifiable(data, loaded_store, text):
    # (dated a year after the release of 2019: not the release's own period, ``test_check_bop_first_prints``)
    fig, pct = _far_2019(loaded_store)
    rec = by_claim(check_text(text.format(bn=yen_bn(fig), pct=pct), date="2021-02-10", store=data), yen_bn(fig))
    assert rec["verdict"] == "unverifiable", rec


@pytest.mark.parametrize("text,first,last,date", [
    ("財務省が発表した2012年度の国際収支によると、経常収支は黒字だった。第一次所得収支は前年度に比べて{pct}%増えて{oku}の黒字"
     "だった。", "2012-04", "2013-03", "2013-05-13"),
    ("Japan's current account surplus grew in April. Primary income came to {bn}, rising {pct} percent from a year "
     "earlier.", "2017-04", "2017-04", "2017-06-08"),
    ("財務省が発表した2019年上半期の国際収支によると、経常収支は黒字だった。第1次所得収支は{pct}%増の{oku}の黒字だった。",
     "2019-01", "2019-06", "2019-08-08"),
])
def test_a_far_percent_change_whose_level_fits_is_contradicted(data, loaded_store, text, first, last, date):
    now = bop_span(loaded_store, "bpbp6jynpin", first, last)
    p0, p1 = pd.Period(first, "M") - 12, pd.Period(last, "M") - 12
    before = bop_span(loaded_store, "bpbp6jynpin", str(p0), str(p1))
    true_pct = 100 * (now - before) / abs(before)
    pct = round(4 * true_pct, 1)  # a first print four times today's change
    rec = by_claim(check_text(text.format(pct=pct, oku=yen_oku(now), bn=yen_bn(now)), date=date, store=data),
                   f"{pct}%" if "%" in text else f"{pct} percent")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "contradicted"), rec


def test_a_far_month_percent_change_with_no_base_named_stays_unverifiable(data, loaded_store):
    now, before = bop_span(loaded_store, "bpbp6jynpin", "2017-04", "2017-04"), bop_span(loaded_store, "bpbp6jynpin", "2016-04", "2016-04")
    pct = round(4 * 100 * (now - before) / abs(before), 1)
    text = f"Japan's current account surplus grew in April. Primary income came to {yen_bn(now)}, rising {pct} percent."
    rec = by_claim(check_text(text, date="2017-06-08", store=data), f"{pct} percent")
    assert rec["verdict"] == "unverifiable", rec
