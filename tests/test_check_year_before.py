"""`ustflow check` on a level named by the adjective "year-before" / "year-earlier" / "year-ago" before its noun ("from
the year-before deficit of ¥180.3 billion", "the year-earlier level of $1.08 trillion"): the same period a year before
the one the sentence tells. Invented sentences; values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _v(store, sid: str, month: str) -> float:
    return float(series(sid, store)[pd.Period(month, "M")])


@pytest.mark.parametrize("words", ["the year-before {w}", "the year-earlier {w}", "the year-ago {w}"])
def test_a_bop_balance_a_year_before(data, loaded_store, words):
    now, before = _v(loaded_store, "boj.bop.bpbp6jyntb", "2024-05"), _v(loaded_store, "boj.bop.bpbp6jyntb", "2023-05")
    w = "surplus" if before > 0 else "deficit"
    fig = f"¥{abs(before) / 10:,.1f} billion"
    text = (f"Japan's current account stayed in surplus in May. The goods trade {'surplus' if now > 0 else 'deficit'} "
            f"came to ¥{abs(now) / 10:,.1f} billion, compared with {words.format(w=w)} of {fig}.")
    rec = by_claim(check_text(text, date="2024-07-09", store=data), fig)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("bop", "supported", "2023-05"), rec


def test_a_holders_year_earlier_level(data, loaded_store):
    now, before = _v(loaded_store, "tic.holdings.japan", "2024-03"), _v(loaded_store, "tic.holdings.japan", "2023-03")
    text = (f"Japan's holdings of US Treasuries stood at ${now / 1000:.4f} trillion in March, against the year-earlier "
            f"level of ${before / 1000:.4f} trillion.")
    rec = by_claim(check_text(text, date="2024-05-15", store=data), f"${before / 1000:.4f} trillion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-03"), rec


def test_the_year_before_last_is_not_a_year_before(data, loaded_store):
    v = _v(loaded_store, "tic.holdings.japan", "2024-03")
    text = f"Japan's holdings of US Treasuries stood at ${v / 1000:.4f} trillion in March, as in the year before last."
    rec = by_claim(check_text(text, date="2024-05-15", store=data), f"${v / 1000:.4f} trillion")
    assert rec["official_period"] == "2024-03", rec
