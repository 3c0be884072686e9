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
