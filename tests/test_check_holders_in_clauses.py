"""`ustflow check`: which holder and which starting level a figure takes when a sentence names several (issue 13,
session 6): names that end in a full stop ("the U.K."), a holder named by its region ("the Asian nation"), a
class of holders that is no holder ("the ranking of top foreign holders"), "from $X to $Y" pairs kept inside
their clause, and a pronoun after a connective ("However, they ..."). Invented sentences and the shapes of real
articles of the corpus; official values from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


@pytest.mark.parametrize("text", [
    "Japan increased its pile to $1.08T from $1.07T, and the U.K. increased its holdings to $317B from $284B.",
    "Japan's holdings rose to $1.08T, while the U.K. held $317B.",
])
def test_a_name_ending_in_a_full_stop_is_a_holder(data, loaded_store, text):
    rec = by_claim(check_text(text, date="2019-05-16", store=data), "$317B")
    assert rec["subject"] == "United Kingdom"
    uk = series("tic.holdings.united_kingdom", loaded_store)
    assert rec["official_value"] == pytest.approx(float(uk[uk.index.astype(str) == "2019-03"].iloc[0]))
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("text, figure, holder", [
    ("China and the UK have flipped places in the ranking of top foreign holders of US Treasuries, with the Asian "
     "nation's holdings shrinking from $784bn to $765bn from February and March, while Britain's grew from $749bn "
     "to $779bn during the same period.", "$765bn", "China (mainland)"),
    ("Japan and Ireland both added Treasuries in March, with the European country's holdings rising to $340bn.",
     "$340bn", "Ireland"),
])
def test_a_holder_named_by_its_region(data, text, figure, holder):
    assert by_claim(check_text(text, date="2025-05-17", store=data), figure)["subject"] == holder


def test_a_ranking_of_holders_is_no_rank_claim_nor_a_holder(data):
    r = check_text("China and the UK have flipped places in the ranking of top foreign holders of US Treasuries, "
                   "with the Asian nation's holdings shrinking to $765bn.", date="2025-05-17", store=data)
    assert not [x for x in r if x["kind"] == "rank"]
    assert by_claim(r, "$765bn")["subject"] == "China (mainland)"


def test_a_starting_level_pairs_with_the_level_of_its_own_clause(data, loaded_store):
    r = check_text("China's holdings shrank from $784bn to $765bn in March, while Britain's grew from $749bn to "
                   "$779bn during the same period.", date="2025-05-17", store=data)
    base = by_claim(r, "$749bn")
    assert base["subject"] == "United Kingdom"
    uk = series("tic.holdings.united_kingdom", loaded_store)
    assert base["official_period"] == "2025-02"  # the month before its own level, not "during the same period"
    assert base["official_value"] == pytest.approx(float(uk[uk.index.astype(str) == "2025-02"].iloc[0]))


@pytest.mark.parametrize("connective", ["However, they", "Meanwhile, they", "But they"])
def test_a_pronoun_after_a_connective_takes_the_holder_before(data, connective):
    r = check_text("Overseas investors bought 25.8 billion yen of long-term Japanese bonds last week. "
                   f"{connective} withdrew almost 1.05 trillion yen from short-term debt securities, extending "
                   "outflows for the third week in a row.", date="2023-10-05", store=data)
    rec = by_claim(r, "almost 1.05 trillion yen")
    assert rec["subject"] == "non-residents (foreign investors)"
    assert rec["official_value"] < 0 and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, figure, sign", [
    ("Within the bond market, Japanese investors acquired long-term papers amounting to 2.39 trillion yen, while "
     "divesting short-term bonds worth 177.7 billion yen.", "2.39 trillion yen", 1),
    ("Japanese investors acquired long-term papers amounting to 2.39 trillion yen, while divesting short-term bonds "
     "worth 177.7 billion yen.", "177.7 billion yen", -1),
])
def test_papers_acquired_and_bonds_divested(data, loaded_store, text, figure, sign):
    rec = by_claim(check_text(text, date="2023-07-10", store=data), figure)
    sid = "mof.monthly.assets.lt_debt.net" if sign > 0 else "mof.monthly.assets.st_debt.net"
    assert rec["series"] == sid  # long-term papers are long-term debt; each figure its own clause's securities
    assert "direction not stated" not in rec["explanation"]
    assert rec["verdict"] == "supported"


def test_the_periods_of_figures_beyond_the_data_do_not_set_the_articles_frequency(data):
    r = check_text("Foreign investors bought Japanese bonds, the first weekly inflow in three weeks through January 3. "
                   "Data released on Thursday showed the purchase of approximately ¥273.5 billion in Japanese long-term "
                   "debt securities by foreigners. This comes after a plan to issue the smallest amount of super-long "
                   "government bonds in 17 years, totaling ¥17.4 trillion for the fiscal year beginning April 2026.",
                   date="2026-01-08", store=data)
    rec = by_claim(r, "approximately ¥273.5 billion")
    assert rec["official_period"].startswith("2025-12-28")  # the week published that Thursday, not a month


@pytest.mark.parametrize("written", ["US $573.2 billion", "US$573.2 billion", "U.S. $573.2 billion"])
def test_a_currency_written_apart_is_part_of_the_figure(data, loaded_store, written):
    r = check_text(f"Japan decreased its holdings from US$586 billion to {written} in September 2008.", date="2008-11-19",
                   store=data)
    rec = by_claim(r, written)
    assert rec["measure"] == "holdings_level" and rec["official_period"] == "2008-09"
