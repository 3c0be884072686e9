"""`ustflow check` on figures beyond the official data (issue 13, session 4): a figure about securities the
tables do not break out (super-long JGBs, corporate bonds, US stocks or agency debt, a stock of foreign
assets) is `unverifiable` with the reason, never judged against the total it happens to sit near.
Invented sentences; the in-scope controls are checked against the store's own values."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, claim, why", [
    ("Foreign investors bought a net 1.2 trillion yen of super-long JGBs last week.", "1.2 trillion yen",
     "super-long JGBs alone"),
    ("Overseas investors sold 300 billion yen of Japanese corporate bonds in October.", "300 billion yen",
     "corporate bonds alone"),
    ("Japan's holdings of U.S. agency debt rose to $250 billion in September.", "$250 billion",
     "Treasuries only"),
    ("China's holdings of U.S. assets, including stocks and corporate bonds, total about $1.6 trillion.",
     "about $1.6 trillion", "Treasuries only"),
    ("Japanese investors hold some $2.5 trillion of foreign securities.", "some $2.5 trillion",
     "international investment position"),
    ("Foreign investors bought $20 billion of mortgage-backed securities in September.", "$20 billion",
     "not this kind of security"),
])
def test_securities_the_tables_do_not_break_out(data, text, claim, why):
    rec = by_claim(check_text(text, date="2024-11-20", store=data), claim)
    assert rec["verdict"] == "unverifiable"
    assert why in rec["explanation"]
    assert rec["official_value"] is None


def test_in_scope_figures_are_still_judged(data, loaded_store):
    # the same shapes about what the tables do hold: long-term debt as a whole, Treasuries
    wk = ustflow.series("mof.weekly.liabilities.lt_debt.net", store=loaded_store).dropna()
    v = wk[pd.Period("2024-11-16", "W-SAT")]
    r = check_text(f"Foreign investors bought a net {v / 10000:.4f} trillion yen of Japanese bonds last week.",
                   date="2024-11-20", store=data)
    rec = by_claim(r, f"{v / 10000:.4f} trillion yen")
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == v
    jp = ustflow.series("tic.holdings.japan", store=loaded_store).dropna()[pd.Period("2024-09", "M")]
    r = check_text(f"Japan's holdings of Treasuries stood at ${jp:,.1f} billion in September, while its investors "
                   f"also bought corporate bonds in Europe.", date="2024-11-20", store=data)
    rec = by_claim(r, f"${jp:,.1f} billion")
    assert rec["verdict"] == "supported"


def test_a_change_in_an_out_of_scope_level_is_out_of_scope_too(data, loaded_store):
    # "reserves fell to $3.56 trillion ..., down $93.9 billion": the change is the reserves', not a holder's
    r = check_text("China's foreign exchange reserves fell to 3.56 trillion U.S. dollars at the end of August, down 93.9 "
                   "billion U.S. dollars. China's holdings of Treasuries fell in July.", date="2015-09-17", store=data)
    assert by_claim(r, "93.9 billion U.S. dollars")["verdict"] == "unverifiable"
    assert by_claim(r, "3.56 trillion U.S. dollars")["verdict"] == "unverifiable"


@pytest.mark.parametrize("text, claim", [
    ("Overseas investors bought a net 120.5 billion yen of cash equities and 30.2 billion yen of index futures last week.",
     "120.5 billion yen"),
    ("Overseas investors bought a net 120.5 billion yen of cash equities and 30.2 billion yen of index futures last week.",
     "30.2 billion yen"),
])
def test_the_exchange_s_own_categories_are_not_mof_flows(data, text, claim):
    rec = by_claim(check_text(text, date="2024-11-20", store=data), claim)
    assert rec["verdict"] == "unverifiable" and "stock exchange" in rec["explanation"]


def test_the_base_of_an_out_of_scope_flow_stays_out_of_scope(data):
    text = ("Foreign accounts sold a net $9.1 billion of long-term U.S. securities in September, compared with a net "
            "purchase of $41.3 billion in August.")
    rec = by_claim(check_text(text, date="2024-11-20", store=data), "$41.3 billion")
    # long-term US securities are TIC Form S's (tic_prose), which ends in January 2023
    assert rec["verdict"] == "unverifiable" and rec["measure"] in ("other", "tic_prose_flow")
