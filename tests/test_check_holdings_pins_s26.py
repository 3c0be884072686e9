"""`ustflow check` on a holder's change whose sentence gives the level it reached (session 26, ``holdings_pins``), in
real stories' sentences:

- "China's holdings of the U.S. treasuries dropped by about 30.4 billion U.S. dollars to 1.2408 trillion U.S. dollars
  in July" (ecns, 17 Sep 2015) and "taking down their holdings by $30 billion to $1.24 trillion from $1.27 trillion"
  (econoday, 16 Sep 2015): July 2015's change is -2.4 today, more than three times smaller, which alone would be set
  aside as another measure read; but the level reached is China's July level within a first print's revisions, so
  the gap is the change's own (the 2016 benchmark revised July up by 28 bn): contradicted;
- "Chinese holdings rose 0.4 percent to $1.1696 trillion" (Bloomberg, 17 Jul 2012) and "Japan ... pared its holdings
  by USD20.6 billion to USD1.103 trillion" (yicai, 20 Dec 2024): the month read moves the other way, which alone
  would be set aside as another period meant; the level reached pins the month: contradicted;
- "The holdings of China ... fell by $4.4 billion to $1.18 trillion" (vestnikkavkaza, 16 Aug 2018): the level fits the
  month before too (May 2018), so it pins nothing and the change stays unverifiable.

Expected values are the store's own (``tic.holdings``).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, judged, tic_level
from ustflow.views.check import check_text

CHANGES = [
    ("China's holdings of the U.S. treasuries dropped by about 30.4 billion U.S. dollars to 1.2408 trillion U.S. dollars "
     "in July, the latest data from the Treasury Department showed Wednesday.", "2015-09-17",
     "about 30.4 billion U.S. dollars", "china_mainland", "2015-06", "2015-07"),
    ("Chinese accounts were big sellers of U.S. Treasuries in July, taking down their holdings by $30 billion to $1.24 "
     "trillion from $1.27 trillion.", "2015-09-16", "$30 billion", "china_mainland", "2015-06", "2015-07"),
    ("Japan, the US' largest creditor, pared its holdings by USD20.6 billion to USD1.103 trillion.", "2024-12-20",
     "USD20.6 billion", "japan", "2024-09", "2024-10"),
]


@pytest.mark.parametrize("text, date, claim, slug, before, after", CHANGES)
def test_a_change_with_the_level_it_reached_is_contradicted(data, loaded_store, text, date, claim, slug, before, after):
    rec = judged(check_text(text, date=date, store=data), claim,
                 ("contradicted", "holdings_change", f"tic.holdings.{slug}", f"{before} to {after}"),
                 tic_level(loaded_store, slug, after) - tic_level(loaded_store, slug, before))
    assert not {"far_from_official", "direction_against_period"} & set(rec["flags"])
    assert "the level the sentence says it reached" in rec["explanation"]


def test_a_percent_change_against_the_month_read_is_pinned_by_its_level(data, loaded_store):
    text = "Chinese holdings rose 0.4 percent to $1.1696 trillion, Treasury Department data released yesterday show."
    before, after = (tic_level(loaded_store, "china_mainland", m) for m in ("2012-04", "2012-05"))
    rec = judged(check_text(text, date="2012-07-17", store=data), "0.4 percent",
                 ("contradicted", "holdings_pct", "tic.holdings.china_mainland", "2012-04 to 2012-05"),
                 100 * (after - before) / before)
    assert "direction_against_period" not in rec["flags"]


def test_a_level_that_fits_the_month_before_too_pins_nothing(data):
    text = "The holdings of China, the largest foreign holder of U.S. Treasuries, fell by $4.4 billion to $1.18 trillion."
    rec = by_claim(check_text(text, date="2018-08-16", store=data), "$4.4 billion")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("unverifiable", "tic.holdings.china_mainland", "2018-05 to 2018-06"), rec
    assert "direction_against_period" in rec["flags"]
