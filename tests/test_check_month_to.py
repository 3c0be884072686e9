"""`ustflow check` on "the month to <date>" (issue 13, session 5): in weekly data it is the four weeks to that
day (a month of days holds five week-ends about as often as four); "the month ended July 31" is July.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


def test_the_month_ended_on_a_month_end_is_that_month():
    (p,) = Resolver(date(2024, 8, 20)).find("in the month ended July 31")
    assert (p.kind, p.windows) == ("month", [(date(2024, 7, 1), date(2024, 7, 31))])
    (q,) = Resolver(date(2024, 8, 20)).find("over the month to August 10")
    assert q.kind == "days" and q.extra.get("month_to") and q.end == date(2024, 8, 10)


def test_four_weeks_of_weekly_flows(data, loaded_store):
    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    end = pd.Period("2024-08-10", "W-SAT")
    four = float(w[end - 3:end].sum())
    five = float(w[end - 4:end].sum())
    assert round(four / 1e3, 2) != round(five / 1e3, 2)
    verb = "bought" if four > 0 else "sold"
    text = f"Japanese investors {verb} a net ¥{abs(four) / 1e4:.3f} trillion of foreign bonds over the month to August 10."
    rec = by_claim(check_text(text, date="2024-08-20", store=data), f"¥{abs(four) / 1e4:.3f} trillion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-07-14..2024-08-10")
    assert rec["official_value"] == pytest.approx(four)


def test_the_month_ended_july_31_in_monthly_flows(data, loaded_store):
    v = float(series("mof.monthly.assets.lt_debt.net", loaded_store)[pd.Period("2024-07", "M")])
    verb = "bought" if v > 0 else "sold"
    text = f"In the month ended July 31, Japanese investors {verb} a net ¥{abs(v) / 10:,.1f} billion of foreign bonds."
    rec = by_claim(check_text(text, date="2024-08-20", store=data), f"¥{abs(v) / 10:,.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-07")
