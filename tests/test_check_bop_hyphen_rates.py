"""A rate of change written with hyphens ("a 3-per-cent fall", "the latest 10-percent drop") is a percentage; the move
of "its surplus" is the balance the sentence names, and a move named after the rate ("drop in the current account
surplus") is that item's, whatever flow the sentence named before. Real sentences from the claims corpus (development
batches 15, 16); the values asserted are the store's (BoJ ``boj.bop``)."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.views.check import check_text

# dpa-topnews-2009-02-09-2008-current-account-down-34 (batch 15)
DPA = ("Tokyo - Japan's current account surplus shrank by 34.3 per cent in 2008 from a year before, the Finance Ministry "
       "said Monday.\n\nThe income account, covering income from Japanese investment in foreign securities and payments "
       "by foreign employers in Japan, saw a 3-per-cent fall in its surplus to\n15.83 trillion yen.")
# xinhua-xfafinance-2019-05-14-fy2018-current-account-declines (batch 16; dropped as a repeat in session 39, text kept here)
XINHUA = ("TOKYO, May 14 (Xinhua) -- Japan's surplus in the current account in fiscal 2018 decreased for the first time in "
          "five years.\n\nThe world economic situation affected Japan's exports, which was reflected in the latest "
          "10-percent drop in the current account surplus in March compared to a year earlier.")


def test_hyphenated_per_cent_fall_in_its_surplus(data):
    res = check_text(DPA, date="2009-02-09", store=data)
    assert _got(res, "3-per-cent") == ("contradicted", -13.0, "2007-01..2007-12 to 2008-01..2008-12"), res


def test_hyphenated_percent_drop_in_the_item_named_after_it(data):
    res = check_text(XINHUA, date="2019-05-14", store=data)
    assert _got(res, "10-percent") == ("contradicted", -11.6, "2018-03 to 2019-03"), res


def test_hyphenated_rates_are_read():
    from ustflow.check.numbers import find_amounts

    got = [(a.number, a.kind) for a in find_amounts("a 3-per-cent fall, a roughly 80-percent decrease, 5-per cent")]
    assert got == [(3.0, "percent"), (80.0, "percent"), (5.0, "percent")], got
