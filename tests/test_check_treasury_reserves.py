"""A holder's bare "reserves" in a sentence that cites the US Treasury's data is its Treasury holdings (issue 13,
session 10): the Treasury publishes no reserves. Foreign-exchange reserves, or reserves with no such source, stay
beyond the store. Invented sentences; the expected values come from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing, tic_level
from ustflow.views.check import check_text

D = "2024-05-16"  # March 2024's TIC data were out that day


@pytest.mark.parametrize("template", [
    "China's holdings fell again. The country's reserves decreased to {x} in March, based on data from the US "
    "Treasury Department released Thursday.",
    "China's reserves stood at {x} in March, according to figures from the Treasury.",
    "Japan trimmed its Treasuries. Its reserves were {x} in March, U.S. Treasury data showed.",
])
def test_bare_reserves_cited_to_the_treasury_are_holdings(data, loaded_store, template):
    holder = "japan" if "Japan" in template else "china_mainland"
    x = f"${tic_level(loaded_store, holder, '2024-03'):.1f} billion"
    rec = claim_containing(check_text(template.format(x=x), date=D, store=data), x)
    assert rec["series"] == f"tic.holdings.{holder}"
    assert rec["official_period"] == "2024-03" and rec["verdict"] == "supported"


@pytest.mark.parametrize("text", [
    "China's foreign exchange reserves fell to $3.2 trillion in March, according to data from the US Treasury.",
    "China's reserves fell to $3.2 trillion in March, the central bank said.",
])
def test_other_reserves_stay_beyond_the_store(data, text):
    rec = claim_containing(check_text(text, date=D, store=data), "$3.2 trillion")
    assert rec["verdict"] == "unverifiable" and rec["series"] is None
