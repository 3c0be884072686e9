"""`ustflow check` on the Fed's custody holdings (issue 13, session 5): a change "in the month to June 17" or
"in the four weeks to June 17" runs from the last Wednesday before the span to its last one; a total of all
securities in custody, or custody holdings the sentence does not say are Treasuries, is `unverifiable`
(the store holds the Treasuries part, WMTSECL1). Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text

DATE = "2024-06-21"  # the H.4.1 for the week to Wednesday June 19, 2024 came out on June 20


@pytest.fixture(scope="module")
def wk(loaded_store):
    return series("fred.wmtsecl1", loaded_store)


def _at(wk, day: str) -> float:
    return float(wk[pd.Period(day, "W-WED")])


def test_four_weeks_to_a_wednesday(data, wk):
    ch = _at(wk, "2024-06-19") - _at(wk, "2024-05-22")
    text = f"Treasuries the New York Fed keeps in custody for foreign central banks {'rose' if ch > 0 else 'fell'} " \
           f"${abs(ch) / 1e3:.1f} billion in the four weeks to June 19."
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(ch) / 1e3:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-05-22 to 2024-06-19")
    assert rec["official_value"] == pytest.approx(ch)


def test_the_month_to_a_day(data, wk):
    ch = _at(wk, "2024-06-19") - _at(wk, "2024-05-22")  # the month to June 19: the four weeks to it
    text = f"Custody holdings of Treasuries for foreign official accounts at the Fed {'rose' if ch > 0 else 'fell'} " \
           f"${abs(ch) / 1e3:.1f} billion in the month to June 19."
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(ch) / 1e3:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-05-22 to 2024-06-19")


def test_a_week_is_still_one_week(data, wk):
    ch = _at(wk, "2024-06-19") - _at(wk, "2024-06-12")
    text = f"Treasuries held in custody at the Fed for foreign official accounts {'rose' if ch > 0 else 'fell'} " \
           f"${abs(ch) / 1e3:.2f} billion in the week ended June 19."
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(ch) / 1e3:.2f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-06-12 to 2024-06-19")


@pytest.mark.parametrize("sentence", [
    "Total securities held in custody for foreign official accounts at the Fed stood at $3.2 trillion.",
    "Custody holdings at the New York Fed for foreign central banks were $3.3 trillion last week.",
    "All securities the Fed holds in custody for overseas central banks, including MBS, totaled $3.4 trillion.",
])
def test_totals_of_all_custody_are_out_of_scope(data, sentence):
    rec = [r for r in check_text(sentence, date=DATE, store=data) if "trillion" in r["claim"]][0]
    assert rec["verdict"] == "unverifiable"
    assert "Treasuries" in rec["explanation"]  # what the store holds is said
