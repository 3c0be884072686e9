"""`ustflow check` on a figure set in brackets right after another with a month or a year of its own: "$27 million ($68
million in March) in April", "$5.45 billion ($3.4 billion in January)". The bracketed figure is the same quantity at
that other time (the holder's, the same securities'), not the figure before it restated in another currency: it is
judged at its own month, on the securities the figure before names. Corpus sentences (batches 19 and 22) and an
invented one in another wording; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim
from ustflow.views.check import check_text


def test_a_bracketed_figure_of_the_month_before_is_that_months(data):
    # tass-2023-06-16-russia-35-million-april (batch 22): March's long-term holdings, not April's total
    text = ("Russia's long-term US Treasury securities stood at $27 million ($68 million in March) in April, while "
            "short-term amounted to $8 million (8 million in March).")
    r = check_text(text, date="2023-06-16", store=data)
    rec = by_claim(r, "$68 million")
    assert (rec["verdict"], rec["official_period"], round(rec["official_value"], 3)) == ("supported", "2023-03", 0.068), \
        rec["explanation"]
    assert by_claim(r, "$27 million")["official_period"] == "2023-04"  # the figure before keeps its own month
    assert by_claim(r, "8 million")["official_period"] == "2023-03"


def test_a_bracketed_figure_of_an_earlier_month_takes_the_holder_before(data):
    # balthazarkorab-2021-04-15-russia-february-5-756 (batch 19): Russia's short-term bills in January
    text = ("Russia has reduced the volume of investments in US government securities from $ 6.145 billion in January "
            "to $ 5.756 billion in February, follows from data on the website of the US Treasury, published on Thursday, "
            "April 15.\n\nAt the same time, the share of long-term bonds decreased almost nine times: from 2.7 billion to "
            "306 million, the share of short-term bonds was $ 5.45 billion ($ 3.4 billion in January).")
    rec = by_claim(check_text(text, date="2021-04-15", store=data), "$ 3.4 billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2021-01"), rec["explanation"]


def test_a_bracketed_level_at_a_months_end(data, tic):
    china = tic("china_mainland")
    p = pd.Period("2023-04", "M")
    text = (f"China's holdings of US Treasuries were ${china[p]:.1f} billion (${china[p - 1]:.1f} billion at end-March) "
            f"in April 2023.")
    r = check_text(text, date="2023-06-20", store=data)
    rec = by_claim(r, f"${china[p - 1]:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-03"), rec["explanation"]
    assert by_claim(r, f"${china[p]:.1f} billion")["official_period"] == "2023-04"


def test_a_bracketed_restatement_in_another_currency_is_still_the_same_figure(data, tic):
    japan = tic("japan")
    p = pd.Period("2023-04", "M")
    text = f"Japan held ${japan[p]:.1f} billion (about ¥150 trillion) of US Treasuries in April 2023."
    r = check_text(text, date="2023-06-20", store=data)
    assert by_claim(r, f"${japan[p]:.1f} billion")["verdict"] == "supported"
    assert not [x for x in r if x["claim"] == "about ¥150 trillion" and x["verdict"] == "contradicted"]
