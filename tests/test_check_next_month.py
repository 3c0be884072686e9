"""`ustflow check` on "the next month", "the following month", 翌月 (issue 13, session 18): the month after the one
named before it ("after reducing the exposure in March to $156.5 billion, India hiked the holding by $0.9 billion to
$157.4 billion the next month": April), as "a month later" is. Not "next month" alone (a month after the
publication's). Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim, month_name, oku, usd_bn
from ustflow.views.check import check_text

DATE = "2024-06-20"  # TIC for April 2024 was out (mid-June)
MAR, APR = pd.Period("2024-03", "M"), pd.Period("2024-04", "M")


def test_a_change_and_level_the_next_month_after_a_month_named(data, tic):
    jp = tic("japan")
    ch = jp[APR] - jp[MAR]
    verb = "raised" if ch > 0 else "cut"
    text = (f"After holding {usd_bn(jp[MAR])} of US Treasuries in {month_name(MAR)}, Japan {verb} its holdings by "
            f"{usd_bn(ch)} to {usd_bn(jp[APR])} the next month.")
    r = check_text(text, date=DATE, store=data)
    move, level = by_claim(r, usd_bn(ch)), by_claim(r, usd_bn(jp[APR]))
    assert (move["official_period"], move["verdict"]) == (f"{MAR} to {APR}", "supported")
    assert (level["official_period"], level["verdict"]) == (str(APR), "supported")


def test_the_following_month_opening_the_next_sentence(data, tic):
    uk = tic("united_kingdom")
    feb = pd.Period("2024-02", "M")
    text = (f"Britain's holdings of US Treasuries rose in {month_name(feb)}. "
            f"The following month, Britain held {usd_bn(uk[MAR])} of US Treasuries.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(uk[MAR]))
    assert (rec["official_period"], rec["verdict"]) == (str(MAR), "supported")


def test_yokugetsu_in_japanese(data, tic):
    cn = tic("china_mainland")
    text = f"中国の米国債保有残高は2024年2月に{oku(cn[MAR - 1])}だった。翌月には保有残高が{oku(cn[MAR])}となった。"
    rec = by_claim(check_text(text, date=DATE, store=data), oku(cn[MAR]))
    assert (rec["official_period"], rec["verdict"]) == (str(MAR), "supported")


def test_next_month_alone_is_no_month_after_the_one_named(data, tic):
    jp = tic("japan")
    text = f"Japan holds {usd_bn(jp[APR])} of US Treasuries, and the Treasury will publish new data next month."
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(jp[APR]))
    assert (rec["official_period"], rec["verdict"]) == (str(APR), "supported")
