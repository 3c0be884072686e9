"""`ustflow check` on runs told from the stock exchange's statistics ("Foreign investors were net buyers of Japanese
stocks for the 12th consecutive week, according to data released Thursday from Tokyo Stock Exchange operator the
Japan Exchange Group"): the exchange's trading by investor type, which the store does not hold, so unverifiable, not
counted on MoF's weekly series (issue 13, session 14). A run in a sentence that names MoF's data is still counted.
Invented sentences; MoF weekly data from the loaded store (foreigners' Japanese stocks: net sales of -5,241 in the week
to 21 June 2025)."""

from __future__ import annotations

import pytest

from ustflow.views.check import check_text

DATE = "2025-06-26"


def _q(data, text: str, phrase: str) -> dict:
    recs = [r for r in check_text(text, date=DATE, store=data) if phrase in r["claim"]]
    assert recs, [r["claim"] for r in check_text(text, date=DATE, store=data)]
    return recs[0]


@pytest.mark.parametrize("text, phrase", [
    ("Foreign investors were net buyers of Japanese stocks for the 12th consecutive week, according to data released "
     "Thursday from Tokyo Stock Exchange operator the Japan Exchange Group.", "12th consecutive week"),
    ("Overseas investors bought Japanese shares for a fifth straight week, data from the Japan Exchange Group showed.",
     "fifth straight week"),
    ("According to Tokyo Stock Exchange data, foreigners were net buyers for the third week in a row.", "third week"),
])
def test_a_run_in_exchange_data_is_unverifiable(data, text, phrase):
    rec = _q(data, text, phrase)
    assert rec["verdict"] == "unverifiable" and "exchange" in rec["explanation"]


def test_a_run_in_mof_data_is_counted(data):
    text = "Foreign investors were net sellers of Japanese stocks for the first week in four, Finance Ministry data showed."
    assert all("exchange" not in (r.get("explanation") or "") for r in check_text(text, date=DATE, store=data))
