"""`ustflow check` on weekly MoF flow records (session 26), in real release stories' sentences:

- "more than for any week since tracking began in 2005", "the third-highest total since MOF began compiling the data
  in 2005": the year the data begin is no period of the figure (the figure keeps the story's week), and the phrase
  is a record on all the data (Nikkei Asia, 24 Mar 2023; Reuters, 18 May 2017);
- "surpassing a previous record of 2.55 trillion yen set in July 2016", "The previous record set in July 2021 was 2.57
  trillion yen": in a story of weekly flows, the record beaten is the largest week of the month named, not the
  month's total (Bloomberg, 12 Mar 2020; Nikkei Asia, 24 Mar 2023); the month a record was set in does not make the
  story a monthly one.

Expected values are the store's own (``mof.weekly``, JPY 100 mn).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import as_read, by_claim, judged, series
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

NIKKEI = ("TOKYO -- Overseas investors snapped up Japanese bonds at a record pace for the week ended March 18, data "
          "published Friday by the Financial Ministry shows, as a recent move by the Bank of Japan forced short sellers "
          "to square their positions.\n\n"
          "The investors bought 4.1 trillion yen ($31.4 billion) in medium-to long-term Japanese bonds on a net basis, "
          "more than for any week since tracking began in 2005. The previous record set in July 2021 was 2.57 trillion "
          "yen.")

BLOOMBERG = ("As Global Bonds Surged, Japanese Were Buying Like Never Before\n\n"
             "Net buying soared to 4.24 trillion yen ($40.5 billion), surpassing a previous record of 2.55 trillion yen "
             "set in July 2016.\n\n"
             "(Bloomberg) -- The coronavirus pandemic drove Japan's biggest weekly purchase of global debt on record by "
             "its traditionally cautious funds.\n\n"
             "With yields from the U.S. to Germany tumbling at a furious pace, Japanese investors placed orders for 4.24 "
             "trillion yen ($41 billion) of debt last week, according to data from the nation's finance ministry going "
             "back to 2005.\n\n"
             "Preliminary monthly figures showed this week that proxies for Japanese pension funds bought a record "
             "amount of overseas debt for a second month in February.")


@pytest.fixture(scope="module")
def bonds(loaded_store):
    """Weekly net purchases of long-term debt: residents' foreign bonds ("assets"), non-residents' JGBs ("liabilities")."""
    return {side: series(f"mof.weekly.{side}.lt_debt.net", loaded_store) for side in ("assets", "liabilities")}


def _week(s, end: str) -> float:
    return float(s[[p for p in s.index if str(p.end_time.date()) == end][0]])


def _record_week_of(s, month: str) -> tuple[str, float]:
    """The largest week of ``month`` (weeks ending in it) and its value."""
    weeks = s[[p for p in s.index if str(p.end_time.date()).startswith(month)]]
    at = weeks.idxmax()
    return f"{at.start_time.date()}..{at.end_time.date()}", float(weeks[at])


@pytest.mark.parametrize("text", [
    "more than for any week since tracking began in 2005",
    "the third-highest total since MOF began compiling the data in 2005",
    "their longest netselling streak since the Ministry of Finance started compiling the data in 2005",
    "the first time since the ministry began compiling annual statistics in 1996",
])
def test_the_year_the_data_begin_is_no_period(text):
    assert [p.label for p in Resolver(date(2023, 3, 24)).find(text)] == []


def test_a_figure_beside_the_data_start_keeps_the_storys_week(data, bonds):
    results = check_text(NIKKEI, date="2023-03-24", store=data)
    week, sid = _week(bonds["liabilities"], "2023-03-18"), "mof.weekly.liabilities.lt_debt.net"
    judged(results, "4.1 trillion yen", ("supported", "flow", sid, "2023-03-12..2023-03-18"), week)
    rec = judged(results, "more than for any week", ("supported", "extreme", sid, "2023-03-12..2023-03-18"), week)
    assert "on record" in rec["explanation"]


def test_a_rank_since_the_ministry_began_compiling_the_data_is_on_record(data, bonds):
    resident_bonds = bonds["assets"]
    text = ("Ministry of Finance data released early on Thursday showed that Japanese investors bought a net 1.821 "
            "trillion yen ($16.40 billion) of foreign bonds in the week through May 13, accelerating from their net "
            "purchases of 425.8 billion yen the week before.\n\n"
            "That marked the largest amount of foreign buying since the first week of July last year, and the "
            "third-highest total since MOF began compiling the data in 2005.")
    rec = by_claim(check_text(text, date="2017-05-18", store=data),
                   "the third-highest total since MOF began compiling the data in 2005")
    week = _week(resident_bonds, "2017-05-13")
    rank = int((resident_bonds.loc[:"2017-05-13"] >= week).sum())
    assert rank != 3  # the store ranks the week sixth: the article's third is wrong on today's data
    assert (as_read(rec), rec["official_period"]) == ("contradicted", "2017-05-07..2017-05-13"), rec["explanation"]
    assert f"rank {rank} of" in rec["explanation"] and "on record" in rec["explanation"]


@pytest.mark.parametrize("text,claim,month,sid,date_", [
    (NIKKEI, "2.57 trillion yen", "2021-07", "mof.weekly.liabilities.lt_debt.net", "2023-03-24"),
    (BLOOMBERG, "2.55 trillion yen", "2016-07", "mof.weekly.assets.lt_debt.net", "2020-03-12"),
])
def test_a_previous_record_set_in_a_month_is_its_largest_week(data, loaded_store, text, claim, month, sid, date_):
    period, value = _record_week_of(series(sid, loaded_store), month)
    judged(check_text(text, date=date_, store=data), claim, ("supported", "flow", sid, period), value)
    assert round(value / 1e4, 2) == float(claim.split()[0])


def test_the_month_a_record_was_set_in_leaves_the_story_weekly(data, bonds):
    rec = by_claim(check_text(BLOOMBERG, date="2020-03-12", store=data), "4.24 trillion yen")  # the headline's
    assert (rec["series"], rec["official_period"]) == ("mof.weekly.assets.lt_debt.net", "2020-03-01..2020-03-07"), \
        rec["explanation"]
    assert rec["official_value"] == pytest.approx(_week(bonds["assets"], "2020-03-07"))
