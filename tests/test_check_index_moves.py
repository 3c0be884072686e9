"""`ustflow check` on a percentage that is a stock index's move ("Japan's Nikkei share average has fallen more than 10
percent so far this year"): unverifiable (the store holds no stock index), never judged as a share of holdings or a
flow (issue 13, session 14). A percentage of the store's own figures in a sentence that also names an index is still
judged. Invented sentences; TIC data from the loaded store (Japan 18.2% of foreign holdings in January 2016)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, fig", [
    ("Japan's Nikkei share average has fallen more than 10 percent so far this year.", "more than 10 percent"),
    ("The Topix index rose 2.5% last week while foreign investors bought 415.2 billion yen of Japanese shares.", "2.5%"),
    ("The benchmark S&P 500 has gained 4 percent since January.", "4 percent"),
])
def test_an_index_move_is_unverifiable(data, text, fig):
    rec = by_claim(check_text(text, date="2016-04-07", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "stock index" in rec["explanation"]


def test_a_share_of_holdings_beside_an_index_is_judged(data):
    text = "As the Nikkei fell, Japan's share of foreign holdings of Treasuries slipped to 18 percent in January."
    rec = by_claim(check_text(text, date="2016-04-07", store=data), "18 percent")
    assert rec["verdict"] == "supported"
