"""`ustflow check` on the n-th move of a holder's Treasury holdings counted in a window the words name, not as a run:
"the eighth time Japan has reduced its holdings of U.S. debt in the last ten months" (what moved said between "time"
and the window), "a ninth month of declines in China's holdings of US government debt in 2024" (a calendar year) and
"今年初めての買い増し" (the figure's year to its month); and the run before a turn: "Since April, ... rising after
declining for five straight months" (the falls that ended in March), "その前の3ケ月は連続して減少", "After experiencing a
three-month decline". Real articles' sentences (development batches 7, 9, 13, 14, 16)."""

from __future__ import annotations

from tests.helpers import verdict_value_period
from ustflow.views.check import check_text


def test_the_nth_time_in_the_last_months(data):
    # tellerreport-2021-07-18: Japan cut its holdings in 8 of the 10 months from August 2020 to May 2021
    got = check_text("Japan, the largest overseas holder of U.S. debt, reduced its holdings by US$10.6 billion in May to "
                     "US$1.266 trillion. This is also the eighth time Japan has reduced its holdings of U.S. debt in the "
                     "last ten months.", date="2021-07-18", store=data)
    rec = verdict_value_period(got, "the eighth time Japan has reduced its holdings of U.S. debt in the last ten months")
    assert rec == ("supported", 8.0, "2021-05")


def test_the_nth_month_of_a_year(data):
    # peoplesdaily-en-2025-02-19: nine monthly falls in 2024, December one of them
    text = ("China's holdings of US Treasuries fell to $759 billion in December. It marked a {n} month of declines in "
            "China's holdings of US government debt in 2024.")
    got = check_text(text.format(n="ninth"), date="2025-02-19", store=data)
    assert verdict_value_period(got, "a ninth month of declines") == ("supported", 9.0, "2024-12")
    got = check_text(text.format(n="sixth"), date="2025-02-19", store=data)
    assert verdict_value_period(got, "a sixth month of declines") == ("contradicted", 9.0, "2024-12")


def test_the_first_move_this_year(data):
    # peoplesdaily-ja-2014-07-17: China's holdings also rose in January 2014, so May's was not the year's first
    got = check_text("米財務省が16日に発表したデータによると、米国の最大の債権国である中国は5月、米国債保有額を77億ドル追加し、今年初めての"
                     "買い増しとなった。", date="2014-07-17", store=data)
    assert verdict_value_period(got, "今年初めての買い増し") == ("contradicted", 2.0, "2014-05")


def test_a_run_keeps_its_reading(data):
    # not fired: "straight" says a run, whatever year follows
    got = check_text("China's holdings of US Treasuries fell to $759 billion in December, a second straight month of "
                     "declines in 2024.", date="2025-02-19", store=data)
    rec = next(r for r in got if "second straight month" in r["claim"])
    assert "straight period" in rec["explanation"], rec


def test_the_run_before_a_turn_since_a_month(data):
    # cntv-chinaorg-2011-09-19: rises from April 2011, after five monthly falls to March
    got = check_text("According to a monthly report released online by the U.S. Department of Treasury, China's holdings of "
                     "U.S. government debt rose to US$1.17 trillion in July, up $8 billion from the previous month.\n\n"
                     "Since April, China's U.S. dollar assets have been rising after declining for five straight months.",
                     date="2011-09-19", store=data)
    assert verdict_value_period(got, "for five straight months") == ("supported", 5.0, "2011-03")


def test_the_run_before_said_in_japanese(data):
    # visiontimes-ja-2019-08-16: China's holdings fell in March, April and May 2019, rose in June
    got = check_text("同じく6月、中国の米国債残高は23億米ドル増加したが、その前の3ケ月は連続して減少傾向のあった。", date="2019-08-16",
                     store=data)
    assert verdict_value_period(got, "その前の3ケ月は連続して") == ("supported", 3.0, "2019-05")


def test_the_run_before_said_as_a_span(data):
    # "After experiencing a three-month decline" (thecontrolplan-2023-08-18's words): Saudi Arabia's falls to June 2023
    got = check_text("After experiencing a three-month decline, Saudi Arabia's holdings of US Treasuries rose to $109.2 "
                     "billion in July.", date="2023-09-20", store=data)
    assert verdict_value_period(got, "a three-month decline") == ("supported", 3.0, "2023-06")
