"""`ustflow check` on figures whose period the readers missed (session 24): foreign central banks' Treasury trades
over weeks (the Fed's weekly custody series, TIC's being monthly: "Monetary authorities around the world sold more
than $100 billion in US Treasuries in the three weeks ended March 25"), "the final quarter of 2011" (the fourth, and
"on five days" in it is a count, no window), and a day in weekly MoF data ("into November 24th": the MoF week holding
it). Real articles' sentences (Business Insider, MNI, FXStreet); the store's series."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, verdict_value_period
from ustflow.views.check import check_text

BI = ("Monetary authorities around the world sold more than $100 billion in US Treasuries in the three weeks ended March "
      "25, Bloomberg first reported Wednesday.")
BI2 = ("Foreign monetary institutions sold off more than $100 billion in Treasury notes in the three weeks ended March 25, "
       "according to Federal Reserve data.")
MNI = ("Japan spent a total of Y9.092 trillion on foreign exchange market interventions to buy dollars for yen on five "
       "days in the final quarter of 2011.")


@pytest.mark.parametrize("text, day, fig, value, period", [
    (BI, "2020-04-01", "more than $100 billion", -114622.0, "2020-03-04 to 2020-03-25"),
    (BI2, "2020-04-01", "more than $100 billion", -114622.0, "2020-03-04 to 2020-03-25"),
    (MNI, "2012-02-07", "Y9.092 trillion", 9091.5, "2011-10-31..2011-11-04"),
])
def test_a_period_told_in_these_words_is_read(data, text, day, fig, value, period):
    assert verdict_value_period(check_text(text, date=day, store=data), fig) == ("supported", value, period)


def test_a_day_in_weekly_data_is_the_mof_week_holding_it(data):
    text = ("Foreign Investment in Japanese Stocks into November 24th saw a minor capital inflow of ¥4.2 billion.")
    rec = by_claim(check_text(text, date="2023-11-30", store=data), "¥4.2 billion")
    assert (rec["official_value"], rec["official_period"]) == (45.0, "2023-11-19..2023-11-25")
