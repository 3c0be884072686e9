"""`ustflow check` on two English period readings of balance-of-payments stories: "the 2023 fiscal year" is Japan's
fiscal year (April 2023 to March 2024), not the calendar year; and a time told in a cause after the figure ("...,
as exports ... rebounded ... from a pandemic-induced slump in early 2020") is the cause's, not the figure's, which
keeps the story's span. Real articles' sentences (tests/claims_corpus, development batches 14, 16); expected values
are the store's own (BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import bop_span, by_claim
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

# ecbnnews-2024-05-10-fy2023-current-account-new-high (batch 16)
ECBN = ("Japan’s 2023 fiscal year current account surplus reached a new high\n\nIn the fiscal year 2023, Japan’s current "
        "account surplus was 25.34 trillion yen, an increase of 16.26 trillion yen from the previous fiscal year.\n\nIn "
        "terms of goods trade, due to the favorable situation of automobile exports to the United States, the export "
        "volume increased by 2.1% to 101.87 trillion yen; Benefiting from the decline in energy and resource prices in "
        "the international market, imports decreased by 10.3% to 105.44 trillion yen.")
# kyodo-japantimes-2021-08-10-first-half-surplus-up-50 (batch 14)
KYODO = ("Japan’s current account surplus grew 50.3% in the first half of 2021 from a year earlier to ¥10.5 trillion ($95 "
         "billion), boosted by a remarkable improvement in exports from a slump caused by the coronavirus pandemic, "
         "government data showed Tuesday.\n\nAmong key components, the goods trade balance marked a ¥2.3 trillion "
         "surplus, a turnaround from the previous year’s ¥973.5 billion deficit, as exports of cars, auto parts and other "
         "items rebounded in line with a strong recovery in the global economy from a pandemic-induced slump in early "
         "2020.\n\nAlso lifted by brisk shipments of semiconductor-producing equipment amid a global chip crunch, exports "
         "soared 22.2% to ¥39.2 trillion.")


@pytest.mark.parametrize("text", ["Japan’s 2023 fiscal year current account surplus", "in the 2023 fiscal year"])
def test_a_year_before_fiscal_year_is_the_fiscal_year(text):
    (p,) = Resolver(date(2024, 5, 10)).find(text)
    assert p.windows == [(date(2023, 4, 1), date(2024, 3, 31))]


def test_figures_of_a_story_headed_by_the_2023_fiscal_year(data, loaded_store):
    recs = check_text(ECBN, date="2024-05-10", store=data)
    rec = by_claim(recs, "101.87 trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2023-04..2024-03"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynex", "2023-04", "2024-03"))
    rec = by_claim(recs, "10.3%")
    assert rec["official_period"] == "2022-04..2023-03 to 2023-04..2024-03", rec["explanation"]


def test_a_time_in_a_cause_after_the_figure_is_not_the_figures(data, loaded_store):
    recs = check_text(KYODO, date="2021-08-10", store=data)
    half = ("2021-01", "2021-06")
    rec = by_claim(recs, "¥2.3 trillion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2021-01..2021-06"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyntb", *half))
    rec = by_claim(recs, "¥39.2 trillion")  # (the sentence after it takes no time from the cause)
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2021-01..2021-06"), rec["explanation"]
    rec = by_claim(recs, "¥973.5 billion")  # the previous year's: the first half of 2020
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2020-01..2020-06"), rec["explanation"]
