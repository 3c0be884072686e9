"""`ustflow check`: a balance-of-payments figure that names no period of its own is read at the month or at the span
released with it (issue 13, session 14). One that is wrong on the month read but right over the span released with
that month (the calendar year with December) is `unverifiable`, naming the span; a figure that fits neither stays
contradicted, and so does one whose sentence states its month. Invented sentences; the expected values are the
store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, series
from ustflow.views.check import check_text

DATE = "2017-02-08"  # December 2016 and the calendar year 2016 came out that day


@pytest.fixture(scope="module")
def current(loaded_store):
    return series("boj.bop.bpbp6jyncb", loaded_store)


def _year_pct(current) -> float:
    year, before = current.loc["2016-01":"2016-12"].sum(), current.loc["2015-01":"2015-12"].sum()
    dec, dec0 = current[pd.Period("2016-12", "M")], current[pd.Period("2015-12", "M")]
    pct, month_pct = (year / before - 1) * 100, (dec / dec0 - 1) * 100
    assert 3 < abs(pct - month_pct) and max(pct, month_pct) / min(pct, month_pct) < 2  # near, not far apart
    return round(pct, 1)


def _december(current) -> float:
    return round(current[pd.Period("2016-12", "M")] / 1e4, 2)


@pytest.mark.parametrize("second", [
    "The current account surplus grew {x:.1f}% from a year earlier, the Finance Ministry said.",
    "The current-account surplus was up {x:.1f}% on the year.",
    "経常黒字は前年比{x:.1f}%増えた。",
])
def test_the_span_released_with_the_month_is_a_reading(data, current, second):
    x = _year_pct(current)
    text = f"Japan's current account surplus in December was {_december(current):.2f} trillion yen. " + \
        second.format(x=x)
    rec = claim_containing(check_text(text, date=DATE, store=data), f"{x:.1f}%")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "other_reading" in rec["flags"]
    assert "the calendar year released with 2016-12" in rec["explanation"]


def test_a_percent_change_that_fits_neither_stays_contradicted(data, current):
    x = _year_pct(current) + 4.2  # neither the month's change nor the year's
    text = f"Japan's current account surplus in December was {_december(current):.2f} trillion yen. The current " \
           f"account surplus grew {x:.1f}% from a year earlier, the Finance Ministry said."
    rec = claim_containing(check_text(text, date=DATE, store=data), f"{x:.1f}%")
    assert rec["verdict"] == "contradicted"
    assert "other_reading" not in rec["flags"]


def test_a_month_the_sentence_states_is_not_moved(data, current):
    x = _year_pct(current)
    text = f"Japan's current account surplus in December was {_december(current):.2f} trillion yen. The current " \
           f"account surplus for the month grew {x:.1f}% from a year earlier, the Finance Ministry said."
    rec = claim_containing(check_text(text, date=DATE, store=data), f"{x:.1f}%")
    assert rec["verdict"] == "contradicted"
