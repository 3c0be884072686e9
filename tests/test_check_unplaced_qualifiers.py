"""A qualifier the checker reads but cannot place (no figure of its kind before it, and its words name no series the
store holds: ``qualifier_hosts.unplaced``) is reported as unverifiable, with why, not dropped. Real sentences from the
claims corpus (development articles)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, claim", [
    # FX reserves: no series the store holds, no figure of its kind before the run
    ("9月に政府、日銀が外貨準備を使って円買いドル売りの為替介入を実施したことなどが要因で、減少は2カ月連続。", "2022-10-07",
     "2カ月連続"),
    # a record of two flows of the financial account told together, with no figure of either
    ("直接投資と証券投資は過去最高の流出超を記録したが一方で、その他投資は大幅な流入超に転化した。", "2009-03-24", "過去最高"),
    # a record of the balance of payments' current account in a sentence of its own, with no figure in the excerpt
    ("The current account surplus was the smallest in 2014 since comparable data became available in 1985, with the "
     "trade deficit swelling thanks to a surge in gas imports and a weaker yen, government data showed on Monday.",
     "2015-02-09", "the smallest in 2014 since comparable data became available in 1985"),
])
def test_an_unplaced_qualifier_is_reported_unverifiable(data, text, date, claim):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert rec["verdict"] == "unverifiable", rec
    assert "could not be identified" in rec["explanation"], rec


def test_a_placed_qualifier_is_judged_as_before(data):
    recs = check_text("Japan's holdings of U.S. Treasuries rose to $1.3 trillion in November 2014, the highest since "
                      "2012, data showed.", date="2015-01-20", store=data)
    rec = by_claim(recs, "the highest since 2012")
    assert "could not be identified" not in rec["explanation"], rec
    assert len([r for r in recs if r["claim"] == "the highest since 2012"]) == 1, recs


def test_a_headline_repeating_a_judged_qualifier_is_not_said_twice(data):
    # the headline's "過去最大" has no figure of its own; the lead sentence says it again on its figure, judged there
    recs = check_text("2025年1年間の経常収支が、2年連続で過去最大の黒字を更新しました。\n\n"
                      "財務省が発表した2025年の国際収支速報で、「経常収支」の黒字額は、31兆8799億円となり、過去最大となりました。",
                      date="2026-02-09", store=data)
    got = [r for r in recs if r["claim"] == "過去最大"]
    assert got and all("could not be identified" not in r["explanation"] for r in got), recs
