"""`ustflow check` on the TIC release's lines on foreigners' short-term holdings (issue 13, session 16): "Foreign
residents decreased their holdings of U.S. Treasury bills by $10.8 billion", "Foreign holdings of dollar-denominated
short-term U.S. securities, including U.S. Treasury bills and other custody liabilities, decreased $18.3 billion":
all foreigners' bills (or short-term securities), which the store does not hold, so ``unverifiable`` with that
reason, never compared with all their Treasuries. A holder's "treasury bills" and all foreigners' Treasuries are
judged as before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, figure", [
    ("Foreign residents increased their holdings of U.S. Treasury bills by $14.2 billion in June 2016.", "$14.2 billion"),
    ("Foreign holdings of dollar-denominated short-term U.S. securities, including U.S. Treasury bills and other custody "
     "liabilities, rose $27.5 billion in June 2016.", "$27.5 billion"),
    ("In June 2016, foreign holdings of U.S. Treasury bills decreased $9.6 billion.", "$9.6 billion"),
    ("Foreigners' holdings of short-term U.S. securities fell $3.1 billion in June 2016.", "$3.1 billion"),
])
def test_the_release_line_on_foreign_bills_is_unverifiable(data, text, figure):
    rec = claim_containing(check_text(text, date="2016-08-20", store=data), figure)
    assert rec["verdict"] == "unverifiable", (text, rec["explanation"])
    assert "does not hold" in rec["explanation"] or "not in the store" in rec["explanation"], rec["explanation"]


@pytest.mark.parametrize("text, figure", [
    ("Foreign holdings of U.S. Treasuries rose $26.3 billion in June 2016.", "$26.3 billion"),
    ("China's holdings of treasury bills fell $5.3 billion in June 2016.", "$5.3 billion"),
])
def test_all_treasuries_and_a_holders_bills_are_judged(data, text, figure):
    rec = claim_containing(check_text(text, date="2016-08-20", store=data), figure)
    assert "short-term holdings" not in rec["explanation"], rec["explanation"]
    assert rec["verdict"] in ("supported", "contradicted"), rec["explanation"]
