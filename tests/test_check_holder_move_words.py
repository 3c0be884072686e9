"""`ustflow check` on a holder's move of its Treasury holdings said by a verb beside the level it reached (issue 13,
session 37, ``holder_moves.HOLDINGS_MOVE``, ``moves_at_levels``): the sign of the month's change is a claim of its own,
whatever the noun ("its exposure", "its U.S. debt securities"), the holdings the verb's object or its subject with
their holder named after them ("the holdings of Russia climbed to $X"); the move is the level's month, not a month
named after the level; "Japan's holdings rose to $X" stays the level's own move (with its record or not). Real corpus sentences (batches 21, 22, 25), real TIC data."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.holder_moves import HOLDINGS_MOVE
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, claim, holder, period", [
    # pti-businessstandard-2016-10-11 (batch 21): the noun "exposure"
    ("In July, Russia had trimmed its exposure to $88.2 billion.", "2016-10-11", "trimmed its exposure", "Russia",
     "2016-06 to 2016-07"),
    # ap-nbcnews-2010-01-19 (batch 22): the holdings as subject, their holder named after them
    ("Foreign demand for long-term U.S. financial assets jumped sharply in November. U.S. Treasuries held by Britain "
     "were also up, rising to $277.5 billion, while the holdings of Russia climbed to $128.1 billion.", "2010-01-19",
     "climbed", "Russia", "2009-10 to 2009-11"),
    # bloomberg-stardogger-2011-09-17 (batch 25): the noun "U.S. debt securities"; the level's month (the latest), not
    # May's record after it
    ("China increased its U.S. debt securities to $1.17 trillion after reaching a record $1.16 trillion in May.",
     "2011-09-17", "increased its U.S. debt securities", "China (mainland)", "2011-06 to 2011-07"),
])
def test_a_move_beside_its_level_is_a_claim_of_its_own(data, text, date, claim, holder, period):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["measure"], rec["subject"], rec["official_period"]) == \
        ("supported", "holdings_move", holder, period), rec


@pytest.mark.parametrize("text, move", [
    ("China cut back its holdings", "cut back its holdings"),
    ("Japan boosted holdings to a record $1.096 trillion", "boosted holdings"),
    ("The world's second-largest economy increased its U.S. debt securities to $1.17 trillion",
     "increased its U.S. debt securities"),
    ("In October, their holdings dipped to $7.56 trillion", "holdings dipped"),
    ("Japan's holdings of U.S. Treasuries fell further in April", "holdings of U.S. Treasuries fell"),
])
def test_the_verbs_and_nouns_of_a_move(text, move):
    assert HOLDINGS_MOVE.search(text).group(0) == move


@pytest.mark.parametrize("text", [
    "Japan's holdings of U.S. Treasuries rose to $1.3 trillion, the highest on record.",  # a level with its record
    "Japan's holdings of U.S. Treasuries rose to $1.3 trillion in October.",  # the holdings its holder's, said before
])
def test_a_level_the_holders_holdings_rose_to_is_no_move_of_its_own(data, text):
    assert not [r for r in check_text(text, date="2021-12-16", store=data) if r["measure"] == "holdings_move"]
