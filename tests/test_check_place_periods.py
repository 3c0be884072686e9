"""`ustflow check` on the month a holder's place is said of, when the sentence names a month after the place for
something else: a month after a Japanese "が、" is the next clause's ("…ツートップには大きな変化はなかったが、昨年9月あたりから…"),
a month inside a clause that restates the place ("the number one holder, a position it gave up ... from October 2016
through March 2017") is that clause's, and a place said of this release ("今回も2位となっていた日本による3月の…") is the
story's month, not March's. Real articles' sentences (development batches 16, 17, 18)."""

from __future__ import annotations

from tests.helpers import verdict_value_period
from ustflow.views.check import check_text


def test_a_month_after_ga_is_the_next_clauses(data):
    # kubota-yahoo-2014-05-20: the places of the March 2014 table, not September 2013's
    got = check_text("米財務省が発表している米国債国別保有残高(MAJOR FOREIGN HOLDERS OF TREASURY SECURITIES)によると、トップの中国、"
                     "2位の日本のツートップには大きな変化はなかったが、昨年9月あたりからベルギーの米国債保有残高が増加した。",
                     date="2014-05-20", store=data)
    assert verdict_value_period(got, "トップ") == ("supported", 1.0, "2014-03")
    assert verdict_value_period(got, "2位") == ("supported", 2.0, "2014-03")


def test_a_month_in_a_clause_restating_the_place(data):
    # wolfstreet-2018-05-16: "is the number one holder" in March 2018, the story's month
    got = check_text("China increased its holdings of US Treasury bonds, notes, and bills by $11 billion in March to $1.19 "
                     "trillion. Thus China is the number one holder of US Treasuries, a position it gave up for eight months "
                     "during its era of peak capital-flight from October 2016 through March 2017.", date="2018-05-16",
                     store=data)
    assert verdict_value_period(got, "the number one holder") == ("supported", 1.0, "2018-03")


def test_a_place_of_this_release(data):
    # agora-2018-08-16: Japan second in June 2018 (the release), whatever March's level after it
    got = check_text("これによると6月の国別の米国債保有高のトップは引き続き中国となっていた。6月時点の中国の米国債保有額は1兆1787億ドルと"
                     "なった。\n\n今回も2位となっていた日本による3月の米国債保有額は1兆304億ドルとなっていた。", date="2018-08-16",
                     store=data)
    assert verdict_value_period(got, "2位") == ("supported", 2.0, "2018-06")
    assert verdict_value_period(got, "1兆304億ドル")[2] == "2018-03"  # the level keeps its month


def test_a_month_named_for_the_place_keeps_it(data):
    # not fired: the month right after the place is the place's ("ranked second in March")
    got = check_text("Japan was the second-largest holder of US Treasuries in March 2018, with $1.04 trillion.",
                     date="2018-08-16", store=data)
    assert verdict_value_period(got, "the second-largest holder")[2] == "2018-03"
