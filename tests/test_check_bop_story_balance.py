"""A balance-of-payments figure whose sentence names no item but calls it a surplus, deficit, excess or reading
(``bop_hostless.story_balance``): "Japan logged a surplus of 7.893 trillion yen ($99.0 billion) in the 2011-12 fiscal
year, down 52.6 percent from a year earlier", "The 8.7 trillion yen excess for April-September was well up from the
2.0 trillion yen a year earlier", "Japan's deficit amounted to 172.8 billion yen (1.76 billion dollars) in January"
(real sentences of the claims corpus, batches 23-25). It is the story's own balance, the one its headline or lead names
first, unless the sentence just before names another balance first. Expected values are the store's (``boj.bop``)."""

from __future__ import annotations

import pytest

from tests.helpers import bop_sign, bop_span, bop_value, by_claim, yen_bn
from ustflow.views.check import check_text


def _pct(now: float, before: float) -> float:
    return 100 * (now - before) / abs(before)


def _read(data, text: str, date: str, v: float) -> tuple:
    """How the figure of ``v`` in ``text`` was judged: (verdict, series, official period), and the record."""
    rec = by_claim(check_text(text, date=date, store=data), yen_bn(v))
    return (rec["verdict"], rec["series"], rec["official_period"]), rec


def test_a_surplus_of_the_country_after_a_lead_on_the_current_account(data, loaded_store):
    fy11, fy10 = bop_span(loaded_store, "bpbp6jyncb", "2011-04", "2012-03"), bop_span(loaded_store, "bpbp6jyncb", "2010-04", "2011-03")
    pct = _pct(fy11, fy10)
    text = ("Japan sees record drop in current account surplus\n\n"
            "Japan's current account surplus fell in the year to March on higher fuel costs and weak exports. "
            f"Japan logged a {bop_sign(fy11)} of {yen_bn(fy11)} in the 2011-12 fiscal year, down {abs(pct):.1f} percent "
            "from a year earlier, data from the finance ministry showed.")
    recs = check_text(text, date="2012-05-10", store=data)
    lvl = by_claim(recs, yen_bn(fy11))
    assert (lvl["verdict"], lvl["series"], lvl["measure"]) == ("supported", "boj.bop.bpbp6jyncb", "bop"), lvl
    assert lvl["official_value"] == pytest.approx(fy11)
    chg = by_claim(recs, f"{abs(pct):.1f} percent")
    assert (chg["verdict"], chg["series"], chg["measure"]) == ("supported", "boj.bop.bpbp6jyncb", "bop_pct"), chg


def test_the_figure_named_by_its_own_noun_after_a_bracket(data, loaded_store):
    now, before = bop_value(loaded_store, "bpbp6jyncb", "2015-03"), bop_value(loaded_store, "bpbp6jyncb", "2014-03")
    text = ("Japan current account surplus surges in March\n\n"
            "Japan on Wednesday logged a surge in its current account surplus in March thanks to an improving trade "
            f"picture. The {yen_bn(now)} ($23 billion) figure was well up from the {yen_bn(before)} a year earlier, "
            "according to official data.")
    got, rec = _read(data, text, "2015-05-13", now)
    assert got == ("supported", "boj.bop.bpbp6jyncb", "2015-03"), rec
    assert rec["official_value"] == pytest.approx(now)


@pytest.mark.parametrize("code, month, date, text, story", [
    # "Japan's deficit" after a lead naming the current account first, then the trade balance: the story's balance
    ("bpbp6jyncb", "2009-01", "2009-03-09",
     "Japan logs record current-account deficit in January\n\nTokyo - Japan saw the first current-account deficit in 13 "
     "years in January as the trade balance widened due to declining exports, the Finance Ministry said Monday.\n\n"
     "Japan's {side} amounted to {fig} in January.", True),
    # a bare "The surplus" after a sentence on the trade balance: not the story's (the headline's) balance
    ("bpbp6jyntb", "2015-03", "2015-05-13",
     "Japan current account surplus surges in March\n\nJapan's current account surplus grew in March, the finance "
     "ministry said.\n\nExports of cars recovered as the trade balance improved.\n\nThe {side} came to {fig} in March.",
     False),
])
def test_the_story_balance_unless_the_sentence_before_names_another(data, loaded_store, code, month, date, text, story):
    v = bop_value(loaded_store, code, month)
    got, rec = _read(data, text.format(side=bop_sign(v), fig=yen_bn(v)), date, v)
    if story:
        assert got == ("supported", f"boj.bop.{code}", month), rec
    else:
        assert got[1] != "boj.bop.bpbp6jyncb", rec
