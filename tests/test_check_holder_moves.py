"""`ustflow check` on holders listed as making one move of their holdings (``check.holder_moves``, issue 13, session
12): each holder listed is a claim of the sign of its own change. Invented sentences; the signs expected are computed
here from the loaded TIC table."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from ustflow.check.extract import extract
from ustflow.check.text import split_sentences
from ustflow.views.check import check_text

_NAMES = {"switzerland": "Switzerland", "belgium": "Belgium", "india": "India", "ireland": "Ireland",
          "japan": "Japan", "brazil": "Brazil", "canada": "Canada", "taiwan": "Taiwan"}


@pytest.fixture(scope="module")
def moves(loaded_store):
    """Each holder's month-on-month change in 2016-01 (USD bn)."""
    p = pd.Period("2016-01", "M")
    out = {}
    for slug in _NAMES:
        s = ustflow.series(f"tic.holdings.{slug}", store=loaded_store).dropna()
        out[slug] = float(s[p] - s[p - 1])
    return out


@pytest.mark.parametrize("pattern, up", [
    ("Other countries increasing their holdings in January 2016 were {who}.", True),
    ("{who} also increased their holdings in January 2016.", True),
    ("Countries whose holdings of U.S. Treasuries fell in January 2016 included {who}.", False),
    ("Holders that cut their holdings in January 2016 included {who}.", False),
])
def test_each_holder_listed_is_a_move_of_its_own(data, moves, pattern, up):
    chosen = [s for s, v in moves.items() if (v > 0) == up][:3]
    assert len(chosen) >= 2
    who = ", ".join(_NAMES[s] for s in chosen[:-1]) + " and " + _NAMES[chosen[-1]]
    r = check_text(pattern.format(who=who), date="2016-03-15", store=data)
    for slug in chosen:
        rec = next(x for x in r if x["claim"] == _NAMES[slug])
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2015-12 to 2016-01")


@pytest.mark.parametrize("text", [
    "Analysts said Japan and China could increase their holdings next year.",
    "Japan and China are the largest holders of Treasuries.",
])
def test_no_listed_move_without_a_move_done(text):
    assert not [c for c in extract(split_sentences(text)) if c.kind == "direction"]


@pytest.mark.parametrize("text, date, period", [
    # ap-fool-2013-08-15 (batch 24): the move alone, after "with both", in a sentence on Treasury holdings
    ("Foreign holdings of U.S. Treasury securities fell for a third consecutive month in June, with both China and "
     "Japan cutting back.", "2013-08-15", "2013-05 to 2013-06"),
    # ap-sltrib-2016-11-16 (batch 24): an apposition between the list and its move
    ("Foreign holdings of U.S. Treasury securities fell for a third straight month in September as China and Japan, "
     "the two biggest foreign owners of Treasury debt, both trimmed their portfolios.", "2016-11-16",
     "2016-08 to 2016-09"),
])
def test_a_list_with_its_move_after_an_apposition_or_alone(data, text, date, period):
    r = check_text(text, date=date, store=data)
    for name in ("China", "Japan"):
        rec = next(x for x in r if x["claim"] == name and x["measure"] == "holdings_move")
        assert (rec["verdict"], rec["official_period"]) == ("supported", period), rec


def test_a_list_among_the_movers(data):
    # ap-newsmax-2014-08-15 (batch 30)
    r = check_text("Foreign buyers of U.S. Treasury securities increased their holdings in June, topping $6 trillion "
                   "for the first time. Belgium, Brazil and Taiwan were among the countries increasing their holdings.",
                   date="2014-08-15", store=data)
    for name in ("Belgium", "Brazil", "Taiwan"):
        rec = next(x for x in r if x["claim"] == name)
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2014-05 to 2014-06"), rec


def test_a_bare_move_needs_a_sentence_on_treasury_holdings():
    assert not [c for c in extract(split_sentences("Exports slowed, with both China and Japan cutting back."))
                if c.kind == "direction"]
