"""`ustflow check` on holders' places the checker did not read (issue 13, session 28): a numbered list of holders
("Ireland (3), Cayman Islands (4), ..."), a place closing its clause ("with Japan ranking second"), a place in
apposition ("China, the leader,", "Japan, the No. 2 foreign buyer,"), the place after the one named before ("Next on
the list, Britain ...", "中国の保有高がそれに続き"), and in Japanese the first place in the world said of the holder
("中国が引き続き世界最大で", "世界最大の米国債保有国") and a place after the holdings figure across a broken line
("7685億ドルで 第2位"); a place within the first n ("Russia was among the top 10 in 2010", "Also listed in the top
ten ... is Luxembourg", "had previously been a top-10 foreign creditor": no longer) and a comparative after a place
("the second-larger holder"); a place asked about ("would come in fifth?"), written with a number sign ("came in at
#4") or among the month's moves ("減額規模で3位": a rank of trades). The sentences are from development articles of the
claims corpus (batches 9, 11, 12, 15, 17, 18, 20 and 21); the places expected are computed from the loaded TIC table."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, judged_place
from ustflow.views.check import check_text

_place = judged_place


def test_holders_listed_with_their_places_in_brackets(ranks, data):
    text = ("In July, Russia had trimmed its exposure to $88.2 billion.\n\nApart from China and Japan, other countries "
            "in the top ten are Ireland (3), Cayman Islands (4), Brazil (5), Switzerland (6), Luxembourg (7), the UK "
            "(8), Taiwan (9) and Hong Kong (10), according to the data.\n\nAt the 11th position is Belgium.")
    got = check_text(text, date="2016-10-11", store=data)
    row = ranks.loc["2016-07"]
    for claim, slug in (("Ireland (3)", "ireland"), ("Cayman Islands (4)", "cayman_islands"),
                        ("the UK (8)", "united_kingdom"), ("Hong Kong (10)", "hong_kong")):
        place = int(claim.split("(")[1].rstrip(")"))
        assert int(row[slug]) == place
        _place(got, claim, "supported", place, "2016-07", slug)
    assert int(row["belgium"]) == 11
    _place(got, "11th position", "supported", 11, "2016-07", "belgium")


def test_places_in_brackets_that_do_not_follow_one_another_are_no_list(data):
    text = "Holdings of Treasuries by Ireland (3), Brazil (7) and Japan (1) changed little in July."
    assert not [r for r in check_text(text, date="2016-10-11", store=data) if r["kind"] == "rank"]


@pytest.mark.parametrize("text,date,claim,place,period,slug", [
    pytest.param("The largest purchasers of U.S. debt were Japan and China, who bought $10.4 billion and $7.7 billion "
                 "in debt, respectively, in May. China is the largest foreign holder of U.S. debt, with Japan ranking "
                 "second.", "2014-07-16", "ranking second", 2, "2014-05", "japan", id="a place closing its clause"),
    pytest.param("Russia is the 12th-biggest owner of U.S. debt. China, the leader, owns Treasury bills worth $1.27 "
                 "trillion.", "2014-11-19", "the leader", 1, "2014-09", "china_mainland",
                 id="the leader in apposition"),
    pytest.param("Japan, the No. 2 foreign buyer, increased its holdings by 0.6 percent in January to $1.24.",
                 "2015-03-16", "the No. 2 foreign buyer", 2, "2015-01", "japan",
                 id="a numbered place of a buyer in apposition is the holder's"),
    pytest.param("米国債の保有額では、中国が引き続き世界最大で前月比441億ドル増加の1兆2600億ドル。"
                 "2位の日本は前月比ほぼ変わらずの1兆1000億ドル。", "2013-03-15", "引き続き世界最大", 1, "2013-01",
                 "china_mainland", id="the first place in the world said in Japanese"),
    pytest.param("日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり、前月同様、米国以外で最大だった。"
                 "中国の保有高がそれに続き、1兆0900億ドルとなった。", "2017-05-16", "それに続き", 2, "2017-03",
                 "china_mainland", id="the holder that follows the one named first in Japanese"),
    pytest.param("China, the top foreign owner of Treasury debt, increased its holdings 0.7 percent to $1.22 trillion. "
                 "Japan, the second-larger holder, trimmed its holdings 0.6 percent to $1.1 trillion.", "2013-04-15",
                 "the second-larger holder", 2, "2013-02", "japan", id="a comparative after a place is the place"),
])
def test_a_place_said_of_one_holder(ranks, data, text, date, claim, place, period, slug):
    assert int(ranks.loc[period, slug]) == place
    _place(check_text(text, date=date, store=data), claim, "supported", place, period, slug)


def test_next_on_the_list_is_the_place_after_the_one_named_before(ranks, data):
    text = ("China, the largest holder, cut its holdings in October. Japan, the second-largest holder, raised its "
            "holdings. Next on the list, Britain decreased its holdings to 230.7 billion dollars from 249.5 billion "
            "dollars.")
    place = int(ranks.loc["2009-10", "united_kingdom"])
    assert place != 3
    rec = _place(check_text(text, date="2009-12-15", store=data), "Next on the list", "contradicted", place, "2009-10",
                 "united_kingdom")
    assert "ranks 3" not in rec["explanation"]


def test_world_largest_holder_and_a_place_after_a_broken_line(ranks, data):
    text = ("中国は引き続き世界最大の米国債保有国だが、保有額は前月比 115 億ドル減少して8775億ドルだった。"
            "日本は前月比31億ドル増の7685億ドルで 第2位だった。")
    got = check_text(text, date="2010-04-15", store=data)
    assert int(ranks.loc["2010-02", "japan"]) == 2
    _place(got, "世界最大の米国債保有国", "supported", 1, "2010-02", "china_mainland")
    _place(got, "第2位", "supported", 2, "2010-02", "japan")


@pytest.mark.parametrize("text,date,claim,period,slug,in_top_ten,said", [
    pytest.param("On Tuesday, the US Treasury released a list of the top 33 investors in US debt. Russia was among the "
                 "top 10 in 2010 with ownership of $176.3 billion but in May ranked below Chile.", "2018-07-19",
                 "among the top 10", "2010-12", "russia", True, "10 largest", id="a holder among the top ten"),
    pytest.param("More than 5.7 trillion are owed to foreign creditors, with China ranking at the top (1.27 trillion "
                 "USD), followed by Japan (1.1 trillion USD) and Brazil (250 billion USD). Also listed in the top ten, "
                 "however, is Luxembourg, which, as of July 2013, is owed 146.8 billion USD.", "2013-10-14",
                 "in the top ten", "2013-07", "luxembourg", True, "",
                 id="a holder listed in the top ten named after it"),
    pytest.param("Russia, which had previously been a top-10 foreign creditor to the U.S., sold most of its "
                 "Treasuries.", "2018-08-15", "a top-10 foreign creditor", "2018-06", "russia", False, "",
                 id="a top-ten place held before is no longer held"),
])
def test_a_place_within_the_top_ten(ranks, data, text, date, claim, period, slug, in_top_ten, said):
    """The place the holder holds at ``period`` is the official value; within the top ten when ``in_top_ten``, else
    beyond it (a place "had previously been" held); ``said``: what the explanation says of it."""
    place = int(ranks.loc[period, slug])
    assert (place <= 10) == in_top_ten
    rec = _place(check_text(text, date=date, store=data), claim, "supported", place, period, slug)
    assert said in rec["explanation"], rec


def test_a_top_ten_of_another_kind_is_no_place_among_holders(data):
    text = "Japan, which holds $1.1 trillion of Treasuries, is among the top 10 buyers of U.S. stocks."
    got = [r for r in check_text(text, date="2018-08-15", store=data) if "top 10" in r["claim"]]
    assert "among the top 10" not in [r["claim"] for r in got]
    assert [r["verdict"] for r in got] == ["unverifiable"] and "buyers or sellers" in got[0]["explanation"]


def test_a_place_asked_about_and_a_place_written_with_a_number_sign(ranks, data):
    text = ("Many Americans know that China holds the most U.S. Treasury debt, followed by Japan. But who would expect a "
            "group of Caribbean countries would collectively come in fifth? Or that Luxembourg would come in eighth?")
    got = check_text(text, date="2009-08-23", store=data)
    for claim in ("come in fifth", "come in eighth"):  # a possibility asked about: no place claimed
        assert by_claim(got, claim)["verdict"] == "unverifiable"
    text = ("The UK came in at #3 on the list of Treasury holders in December. The Oil Exporters, which includes the "
            "likes of Saudi Arabia, Iran and Kuwait, came in at #4 on the list in December.")
    got = check_text(text, date="2011-02-17", store=data)
    assert int(ranks.loc["2010-12", "united_kingdom"]) == 3
    _place(got, "came in at #3", "supported", 3, "2010-12", "united_kingdom")
    # a group's place among the table's rows, the groups counted (session 37, holders._group_row_place): the Oil
    # Exporters' 211.9 after China, Japan and the UK in December 2010
    rec = by_claim(got, "came in at #4")
    assert rec["verdict"] == "supported" and "among the rows of TIC's table" in rec["explanation"], rec


def test_a_place_among_the_months_moves_in_japanese_is_a_rank_of_trades(data):
    text = "カナダは2月に米国債を188億ドル減らし、同月の減額規模で3位でした。"
    rec = by_claim(check_text(text, date="2023-04-20", store=data), "3位")
    assert rec["verdict"] == "unverifiable" and "buyers or sellers" in rec["explanation"]
