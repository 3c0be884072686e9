"""`ustflow check` on English TIC holdings stories (issue 13, session 11): a country's "official holdings" are
the country's TIC holdings, not the foreign official sector's; "foreign official purchasers/buyers" are the
official sector. Invented sentences; the values expected are read here from the loaded TIC table."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


@pytest.fixture(scope="module")
def holdings(data):
    return data.holdings()


def _released(month: str) -> str:
    return str((pd.Period(month, "M") + 2).end_time.date())


def _bn(v: float) -> str:
    return f"${v:,.1f} billion"


@pytest.mark.parametrize("slug,name,month", [("china_mainland", "China's", "2010-05"),
                                             ("japan", "Japan's", "2015-03"),
                                             ("united_kingdom", "Britain's", "2021-07")])
def test_a_countrys_official_holdings_are_the_countrys(data, holdings, slug, name, month):
    v = holdings.loc[pd.Period(month, "M"), slug]
    words = pd.Period(month, "M").strftime("%B")
    for text in (f"{name} official holdings of U.S. government bonds stood at {_bn(v)} in {words}, Treasury said.",
                 f"In {words}, {name} official ownership of Treasuries came to {_bn(v)}."):
        rec = by_claim(check_text(text, date=_released(month), store=data), _bn(v))
        assert rec["subject"] != "foreign official holders", text
        assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_foreign_official_purchasers_are_the_official_sector(data):
    for text, claim in (("The Treasury holdings of all foreign official purchasers, such as central banks, dropped "
                         "to $2.7 trillion in May.", "$2.7 trillion"),
                        ("Holdings of foreign official buyers slipped to $2.7 trillion in May.", "$2.7 trillion")):
        rec = by_claim(check_text(text, date="2010-07-16", store=data), claim)
        assert rec["subject"] == "foreign official holders", text
        assert rec["verdict"] == "supported", (text, rec["explanation"])
