"""Runs and firsts of exports or imports counted on their moves from a year before (``bop_flow_runs``, session 33):
a flow has no sign to count, so a run whose words name no move takes the flow's own move; "the first fall in two
months" is a first in two months; "the second monthly rise" a run; "year-on-year" is a base, not a run's grain; a run
said after a month's percent change counts months. Real sentences from the claims corpus; verdicts from the store's
BoJ series (``boj.bop``), as the corpus labels them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import as_read, by_claim
from ustflow.views.check import check_text

_ARTICLES = Path(__file__).parent / "claims_corpus" / "articles"
_KYODO_2012 = ("Compared with a year ago, the current account sank 29.4 percent to ¥376.9 billion in October, the ministry "
               "said. Exports slowed 6.0 percent to ¥4.95 trillion for a fifth consecutive monthly loss, largely affected "
               "by the slowing Chinese economy and the eurozone debt crisis. Imports fell 1.4 percent to ¥5.40 trillion "
               "for the first slide in two months on declining crude oil imports, the ministry said.")
_MNI_2012 = ("The current account surplus stood at Y454.7 billion in August, up 4.2% from a year earlier. Exports declined "
             "5.3% in August from a year earlier, marking a third straight fall, following a 7.4% decline in the previous "
             "month. Imports tumbled 5.4% in August for the first fall in two months, following a 1.9% increase in the "
             "previous month.")


@pytest.mark.parametrize("text, date, claim, verdict, words", [
    # a move named by a noun the run's words did not know ("loss", "slide")
    (_KYODO_2012, "2012-12-11", "for a fifth consecutive monthly", "supported", "5 straight month(s) of falls from a year before"),
    (_KYODO_2012, "2012-12-11", "for the first slide in two months", "supported", "a fall from a year before in 2012-10"),
    # a run told after a month's percent change counts months; "the first fall in two months" is a first in two
    (_MNI_2012, "2012-10-09", "a third straight fall", "supported", "3 straight month(s) of falls from a year before"),
    (_MNI_2012, "2012-10-09", "the first fall in two months", "supported", "the first in 2 months"),
    # "year-on-year" names the base, and "a decline" before the run its move
    ("Japan current account plunges\n\nJapan's exports in January dropped a record 46.3 per cent from a year earlier to "
     "3.28 trillion yen, marking the fourth consecutive month of year-on-year declines as the country grapples with its "
     "worst recession in decades.", "2009-03-09", "the fourth consecutive month", "supported",
     "4 straight month(s) of falls from a year before to 2009-01"),
    (_ARTICLES / "xinhua-chinagate-2009-01-13-november-surplus-plunges.txt", "2009-01-13", "for the first time since September 2007", "supported",
     "a fall from a year before in 2008-11, the first since 2007-09"),
    # an ordinal of a flow's rises read as a run
    ("Japan's current account surplus for January dropped from a year earlier for the first decline in five months, "
     "government data showed Monday. Exports grew 2.7% from the previous year to ¥5.69 trillion for the second monthly "
     "rise.", "2021-03-08", "the second monthly rise", "supported",
     "2 straight month(s) of rises from a year before to 2021-01"),
])
def test_a_flows_run_counts_its_moves(data, text, date, claim, verdict, words):
    text = text.read_text(encoding="utf-8") if isinstance(text, Path) else text  # (a whole article of the corpus)
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert rec["verdict"] == verdict and words in rec["explanation"], rec["explanation"]


def test_a_wrong_count_of_a_flows_moves_is_contradicted(data):
    """The same sentence with the run miscounted: the count is read, not only allowed."""
    text = _KYODO_2012.replace("a fifth consecutive", "an eighth consecutive")
    rec = by_claim(check_text(text, date="2012-12-11", store=data), "eighth consecutive monthly")
    assert as_read(rec) == "contradicted" and "5 straight month(s) of falls" in rec["explanation"], rec["explanation"]


def test_year_on_year_is_no_grain(data):
    """'the sixth straight year-on-year rise' is a run of rises (no grain of years); told before a figure of another
    month ('... after ..., when exports rose 11.8%' in December 2009) it is not counted on that figure."""
    from ustflow.check.qualifiers import STREAK_RX

    m = STREAK_RX.search("It was the sixth straight year-on-year rise in exports")
    assert m and m.group(0).endswith("year-on-year rise") and m.group("grain") is None, m
    text = ("It was the sixth straight year-on-year rise in exports after posting the first y/y gain in 15 months in "
            "December 2009, when exports rose 11.8%.")
    rec = by_claim(check_text(text, date="2010-07-08", store=data), "the sixth straight year-on-year rise")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
