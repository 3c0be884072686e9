"""`ustflow check` on English roles and periods of figures (issue 13, session 7): "in the month" after a release
day named in the same sentence, a level "to reach" or "had", a change "compared with" another change, years listed
"respectively" (with a translation's "will" about past years). Invented
sentences in the shapes of real wire and state-media stories; official values from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def change(store, slug: str, start: str, end: str) -> float:
    s = series(f"tic.holdings.{slug}", store)
    return round(float(s[pd.Period(end, "M")] - s[pd.Period(start, "M")]), 1)


def test_in_the_month_is_the_month_named_before_not_the_release_day(data):
    r = check_text("China's holdings of U.S. Treasuries fell in February. The latest data released by the U.S. Treasury "
                   "Department on Wednesday showed that China's holdings fell by $10.6 billion to $848.8 billion in the month.",
                   date="2023-04-19", store=data)
    assert by_claim(r, "$848.8 billion")["official_period"] == "2023-02"
    assert by_claim(r, "$10.6 billion")["official_period"] == "2023-01 to 2023-02"


def test_a_level_to_reach_and_a_level_held(data):
    r = check_text("In August, Japan's holdings of US Treasuries increased by USD43.9 billion to reach USD1.1747 trillion. "
                   "Overall, foreign holders of US Treasuries had USD6.8575 trillion of government debt in August.",
                   date="2019-10-17", store=data)
    assert by_claim(r, "USD1.1747 trillion")["measure"] == "holdings_level"
    rec = by_claim(r, "USD6.8575 trillion")
    assert rec["measure"] == "holdings_level" and rec["series"] == "tic.holdings.grand_total"


def test_a_change_compared_with_another_change(data, loaded_store):
    r = check_text("In January 2025, China increased its holdings of U.S. Treasuries by $1.8 billion, compared with "
                   "$23.5 billion in February.", date="2025-05-17", store=data)
    rec = by_claim(r, "$23.5 billion")
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2025-01 to 2025-02"
    assert rec["official_value"] == pytest.approx(change(loaded_store, "china_mainland", "2025-01", "2025-02"), abs=0.05)


def test_years_listed_respectively_and_a_translated_will_about_the_past(data, loaded_store):
    r = check_text("In 2022, 2023, and 2024, China will reduce its holdings of U.S. Treasury bonds by US$173.2 billion, "
                   "US$50.8 billion, and US$57.3 billion, respectively.", date="2025-05-17", store=data)
    for fig, y in (("US$173.2 billion", 2022), ("US$50.8 billion", 2023), ("US$57.3 billion", 2024)):
        rec = by_claim(r, fig)
        assert rec["measure"] == "holdings_change"  # the verb governs the whole list
        assert rec["official_period"] == f"{y - 1}-12 to {y}-12"
        assert rec["official_value"] == pytest.approx(change(loaded_store, "china_mainland", f"{y - 1}-12", f"{y}-12"),
                                                      abs=0.05)
    r = check_text("China will reduce its holdings by $50 billion in 2027.", date="2025-05-17", store=data)
    assert "forecast" in by_claim(r, "$50 billion")["explanation"]  # a future year stays a forecast


def test_a_lede_in_capitals_official_ownership_and_an_earlier_print(data):
    r = check_text("CHINA'S holdings of U.S. Treasuries fell in July to their lowest since early 2013 as official "
                   "ownership of U.S. government debt declined for a fourth straight month. The June sales figure was "
                   "previously reported at US$3.6 billion.", date="2016-09-19", store=data)
    assert by_claim(r, "fell")["subject"] == "China (mainland)"  # 'CHINA'S' read as 'China's'
    assert by_claim(r, "for a fourth straight month")["series"] == "tic.holdings.foreign_official"
    rec = by_claim(r, "US$3.6 billion")
    assert rec["verdict"] == "unverifiable" and "earlier print" in rec["explanation"]


def test_the_level_a_since_counts_from_and_the_level_when_it_was(data, loaded_store):
    r = check_text("China owned US$1.219 trillion of U.S. government debt in July. This was the lowest level since "
                   "US$1.214 trillion in January 2013. Japan held US$1.155 trillion, which was the most since September "
                   "2015 when it was US$1.177 trillion.", date="2016-09-19", store=data)
    since = by_claim(r, "the lowest level since")
    assert since["official_period"] == "2016-07" and since["subject"] == "China (mainland)"  # July's level, not 2013's
    ref = by_claim(r, "US$1.214 trillion")
    assert ref["measure"] == "holdings_level" and ref["official_period"] == "2013-01"
    assert ref["official_value"] == pytest.approx(float(series("tic.holdings.china_mainland", loaded_store)
                                                        [pd.Period("2013-01", "M")]))
    assert by_claim(r, "the most since September 2015")["official_period"] == "2016-07"
    assert by_claim(r, "US$1.177 trillion")["official_period"] == "2015-09"  # 'when it was': that month's level


def test_the_first_quarters_of_the_year_and_a_total_invested(data, loaded_store):
    r = check_text("In the first three quarters of the year, China invested in a total of US$107.4 billion of US Treasury bonds.",
                   date="2008-11-19", store=data)
    rec = by_claim(r, "US$107.4 billion")
    assert rec["measure"] == "flow"  # the sum of its purchases, not a level
    assert rec["official_period"] == "2007-12 to 2008-09"  # (chained like for like across the 2008 benchmark)


def test_long_term_securities_bought_by_japanese_insurers_are_mofs_long_term_debt(data):
    r = check_text("Conversely, insurance companies bought 182.8 billion yen worth of long-term securities in June.",
                   date="2024-07-08", store=data)
    rec = by_claim(r, "182.8 billion yen")
    assert rec["series"] == "mof.monthly.lt_debt.life_insurers.net" and rec["verdict"] == "supported"


def test_a_holding_move_beside_a_rank_and_a_figure_net_of_other_securities(data):
    r = check_text("China, the top buyer of U.S. Treasury securities, cut its holding in March.", date="2016-05-17",
                   store=data)
    rec = by_claim(r, "cut its holding")
    assert rec["official_period"] == "2016-02 to 2016-03" and rec["direction"] == "down/sold"
    r = check_text("Japanese investors repatriated a total of 1.063 trillion yen in the week through April 6, according "
                   "to data from the Ministry of Finance after deducting net buying in foreign equities and money market "
                   "instruments.", date="2013-04-11", store=data)
    assert by_claim(r, "1.063 trillion yen")["series"] == "mof.weekly.assets.total.net"


def test_a_figure_said_of_a_pronoun_for_reserves_is_out_of_scope(data):
    r = check_text("Official Chinese data show that the nation's foreign-exchange reserves were little changed in July at "
                   "US$3.2 trillion, though they're down from a peak of close to US$4 trillion in 2014.",
                   date="2016-09-19", store=data)
    rec = by_claim(r, "close to US$4 trillion")
    assert rec["verdict"] == "unverifiable" and rec["series"] is None  # the reserves', not China's Treasuries
