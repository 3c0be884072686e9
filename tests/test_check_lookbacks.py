"""`ustflow check` on look-back windows written as "going back to <date>", "in data going back to <year>" and
"a level last seen in <year>", and on a holder's "stake" (issue 13, session 5). Invented sentences; the months
compared are computed here from the loaded TIC table, never typed in."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


@pytest.fixture(scope="module")
def china(loaded_store):
    """China's holdings, the latest month, its value and the last earlier month at or below it."""
    s = series("tic.holdings.china_mainland", loaded_store).dropna()
    p = s.index[-1]
    before = s[(s.index < p) & (s <= s[p])]
    assert not before.empty  # the test needs a month to look back to
    return s, p, before.index[-1]


def by_claim(results: list[dict], part: str) -> dict:
    """The first checked claim whose text contains ``part``."""
    got = [r for r in results if part in r["claim"]]
    assert got, [(r["claim"], r["verdict"]) for r in results]
    return got[0]


def _pub(p: pd.Period) -> str:
    return str((p + 2).end_time.date())


def _bn(v: float) -> str:
    return f"${v:,.1f} billion"


def test_going_back_to_a_month_is_since_that_month(data, china):
    s, p, last = china
    text = (f"Beijing's pile of U.S. Treasuries shrank to {_bn(s[p])} in {p.strftime('%B %Y')}, the smallest "
            f"going back to {last.strftime('%B %Y')}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "going back to")
    assert rec["verdict"] == "supported"
    assert last.strftime("%Y-%m") in rec["explanation"]


def test_going_back_to_a_later_month_is_contradicted(data, china):
    s, p, last = china
    later = last + 24
    assert later < p and (s[(s.index >= later) & (s.index < p)] > s[p]).all()
    text = (f"Beijing's pile of U.S. Treasuries shrank to {_bn(s[p])} in {p.strftime('%B %Y')}, the smallest "
            f"going back to {later.strftime('%B %Y')}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "going back to")
    assert rec["verdict"] == "contradicted"  # it goes back further: to last, not to later
    assert f"last at or below it in {last.strftime('%Y-%m')}" in rec["explanation"]


def test_in_data_going_back_to_a_year_is_nothing_lower_since(data, china):
    # the article's data begin then: nothing since was lower; a lower month before it does not matter
    s, p, last = china
    start = last.year + 1
    text = (f"Chinese holdings of Treasuries were {_bn(s[p])} in {p.strftime('%B %Y')}, the lowest in records "
            f"dating back to {start}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "dating back to")
    assert rec["verdict"] == "supported"
    text = text.replace(str(start), str(last.year))  # the lower month falls inside the records named
    rec = by_claim(check_text(text, date=_pub(p), store=data), "dating back to")
    assert rec["verdict"] == "contradicted"


def test_a_level_last_seen_after_a_fall_is_a_low(data, china):
    # "dipped to $X, a level last seen in <year>": the verb says it is a low, not a high
    s, p, last = china
    text = (f"China's Treasury holdings dipped to {_bn(s[p])} in {p.strftime('%B %Y')}, a level last seen in "
            f"{last.year}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "last seen in")
    assert rec["verdict"] == "supported"
    assert "lowest" in rec["explanation"]


def test_a_stake_trimmed_is_a_change_of_holdings(data, china):
    # "which trimmed its stake by $X": TIC holdings (a change), not a trade no series reports for China
    s, p, _ = china
    ch = s[p] - s[p - 1]
    verb = "pared" if ch < 0 else "lifted"
    text = (f"Japan kept the top spot in {p.strftime('%B %Y')}, while China, which {verb} its stake by "
            f"{_bn(abs(ch))}, held {_bn(s[p])}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), _bn(abs(ch)))
    assert rec["measure"] == "holdings_change"
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == pytest.approx(ch, abs=0.05)
