"""`ustflow check` on changes of rank ("became the largest holder", "overtook Japan as") and on look-backs
the store cannot reach (issue 13, session 4). Invented sentences; the months a holder became number
one are computed here from the loaded TIC table."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def china_first(loaded_store):
    """The months in which China (mainland) became the largest holder (ahead of Japan, the other of the top two,
    after a month it was not)."""
    cn = ustflow.series("tic.holdings.china_mainland", store=loaded_store).dropna()
    jp = ustflow.series("tic.holdings.japan", store=loaded_store).dropna()
    top = (cn > jp).reindex(cn.index.intersection(jp.index))
    return [p for i, p in enumerate(top.index) if top[p] and (i == 0 or not top.iloc[i - 1])]


def test_became_the_largest_in_the_month_it_did(data, china_first):
    p = next(p for p in china_first if p.year == 2008)
    r = check_text(f"In {p.strftime('%B %Y')}, China became the largest holder of U.S. Treasuries.",
                   date=str((p + 2).end_time.date()), store=data)
    rec = by_claim(r, f"In {p.strftime('%B %Y')}, China became the largest holder")  # the place with its time
    assert rec["verdict"] == "supported"
    assert rec["official_period"] == str(p)


def test_overtook_a_month_later_is_contradicted(data, china_first, loaded_store):
    p = next(p for p in china_first if p.year == 2008)
    later = p + 1
    cn = ustflow.series("tic.holdings.china_mainland", store=loaded_store).dropna()
    jp = ustflow.series("tic.holdings.japan", store=loaded_store).dropna()
    assert cn[later] > jp[later]  # still number one the month after: "became" then is wrong
    r = check_text(f"China overtook Japan as the largest foreign holder of Treasuries in {later.strftime('%B %Y')}.",
                   date=str((later + 2).end_time.date()), store=data)
    rec = by_claim(r, f"as the largest foreign holder of Treasuries in {later.strftime('%B %Y')}")
    assert rec["verdict"] == "contradicted"
    assert f"it became number 1 in {p}" in rec["explanation"]


def test_being_the_largest_needs_no_change(data, china_first):
    # "is the largest holder" (no change of rank) is only the rank in the month
    p = next(p for p in china_first if p.year == 2008) + 1
    r = check_text(f"China was the largest holder of Treasuries in {p.strftime('%B %Y')}.",
                   date=str((p + 2).end_time.date()), store=data)
    assert by_claim(r, "the largest holder")["verdict"] == "supported"


def test_look_back_beyond_the_intervention_table(data, loaded_store):
    # the date inside "the first ... intervention on September 22 in 24 years" stays the figure's period; the
    # look-back reaches before the table's first day, so it cannot be checked
    first = ustflow.series("mof.fx_intervention.amount", store=loaded_store).dropna().index[0]
    r = check_text("The government carried out the first yen-buying intervention on September 22 in 24 years, and "
                   "the amount of funds used was 2.8382 trillion yen.", date="2022-11-08", store=data)
    rec = by_claim(r, "in 24 years")
    assert rec["verdict"] == "unverifiable"
    assert pd.Timestamp(first).year > 1998
    fig = by_claim(r, "2.8382 trillion yen")
    assert fig["official_period"] == "2022-09-22"
    assert fig["verdict"] == "supported"
    r = check_text("Japan carried out its first yen-buying intervention since 1998.", date="2022-11-08", store=data)
    rec = by_claim(r, "its first yen-buying intervention since 1998")
    assert rec["verdict"] == "unverifiable"
    assert "intervention table begins" in rec["explanation"]


def test_first_time_ahead_of_another_holder(data, loaded_store):
    # "Japan's holdings surpassed China's in June for the first time in two years": the condition is being ahead
    # of China, not a rise in Japan's holdings
    jp = ustflow.series("tic.holdings.japan", store=loaded_store).dropna()
    cn = ustflow.series("tic.holdings.china_mainland", store=loaded_store).dropna()
    jun = pd.Period("2019-06", "M")
    ahead = (jp - cn).dropna()
    last = ahead[(ahead.index < jun) & (ahead > 0)].index[-1]
    gap_years = round((jun - last).n / 12)
    r = check_text("Japan's holdings surpassed China's in June for the first time in two years.", date="2019-08-20",
                   store=data)
    rec = by_claim(r, "for the first time in two years")
    assert "above China" in rec["explanation"]
    assert rec["verdict"] == ("supported" if ahead[jun] > 0 and gap_years == 2 else "contradicted")
