"""`ustflow check` on a holder's level told beside another: the level a comparative names ("it was lower than $1.25
trillion seen in November"), the holder a "whose" clause is said of ("after China and Brazil, whose holdings stood at
$269.7 billion": Brazil's), and a second level joined by "and" after a parenthesis ("at $116.4 billion (end of
December) and $119.6 billion (at the end of January)"). Invented sentences; values are the store's own (TIC, USD bn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _h(store, slug: str, month: str) -> float:
    return float(series(f"tic.holdings.{slug}", store)[pd.Period(month, "M")])


@pytest.mark.parametrize("text, slug, month", [
    ("China remained the largest holder at ${now:.2f} trillion at the end of December. However, it was lower than "
     "${v:.2f} trillion seen in November.", "china_mainland", "2014-11"),
    ("Japan's holdings stood at ${now:.2f} trillion in December, slightly higher than ${v:.2f} trillion recorded in "
     "November.", "japan", "2014-11"),
    ("Japan held ${now:.2f} trillion of Treasuries in December, smaller than ${v:.2f} trillion a month earlier.", "japan",
     "2014-11"),
])
def test_the_level_a_comparative_names(data, loaded_store, text, slug, month):
    now, v = _h(loaded_store, slug, "2014-12") / 1000, _h(loaded_store, slug, month) / 1000
    rec = by_claim(check_text(text.format(now=now, v=v), date="2015-02-20", store=data), f"${v:.2f} trillion")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", month), rec


def test_less_than_a_figure_stays_a_qualifier(data, loaded_store):
    v = _h(loaded_store, "japan", "2014-11") / 1000
    text = f"Japan held less than ${v + 0.05:.2f} trillion of Treasuries in November."
    rec = by_claim(check_text(text, date="2015-02-20", store=data), f"less than ${v + 0.05:.2f} trillion")
    assert rec["verdict"] == "supported", rec


def test_a_difference_before_the_comparative_is_not_a_level(data, loaded_store):
    d = _h(loaded_store, "japan", "2014-12") - _h(loaded_store, "japan", "2014-11")
    text = f"Japan's holdings were ${abs(d):.1f} billion {'higher' if d > 0 else 'lower'} than in November."
    rec = by_claim(check_text(text, date="2015-02-20", store=data), f"${abs(d):.1f} billion")
    assert rec["measure"] != "holdings_level" or rec["verdict"] != "contradicted", rec


@pytest.mark.parametrize("text, slug", [
    ("India has the third largest exposure after China and {name}, whose holdings stood at ${v:.1f} billion at June end.",
     "brazil"),
    ("Japan came second, after {name}, whose holdings stood at ${v:.1f} billion in June.", "china_mainland"),
    ("Among Gulf states Saudi Arabia led, followed by {name}, whose holdings reached ${v:.1f} billion in June.",
     "united_arab_emirates"),
])
def test_a_whose_clause_is_about_the_holder_before_it(data, loaded_store, text, slug):
    name = {"brazil": "Brazil", "china_mainland": "China", "united_arab_emirates": "the UAE"}[slug]
    v = _h(loaded_store, slug, "2017-06")
    rec = by_claim(check_text(text.format(name=name, v=v), date="2017-08-27", store=data), f"${v:.1f} billion")
    assert (rec["series"], rec["verdict"]) == (f"tic.holdings.{slug}", "supported"), rec


def test_a_which_clause_the_figure_is_not_in_keeps_the_main_holder(data, loaded_store):
    v = _h(loaded_store, "japan", "2019-06")
    text = f"Japan, which overtook China in June, raised its holdings to ${v / 1000:.3f} trillion in June."
    rec = by_claim(check_text(text, date="2019-08-16", store=data), f"${v / 1000:.3f} trillion")
    assert rec["series"] == "tic.holdings.japan", rec


def test_a_second_level_after_a_parenthesis(data, loaded_store):
    dec, jan = _h(loaded_store, "russia", "2008-12"), _h(loaded_store, "russia", "2009-01")
    jul = _h(loaded_store, "russia", "2009-07")
    text = (f"In July 2009, Russia cut its holdings of US Treasuries to ${jul:.1f} billion. This indicator is near the level of the year's "
            f"start at ${dec:.1f} billion (end of December) and ${jan:.1f} billion (at the end of January).")
    rec = by_claim(check_text(text, date="2009-09-17", store=data), f"${jan:.1f} billion")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", "2009-01"), rec
