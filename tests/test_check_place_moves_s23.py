"""`ustflow check` on a holder's move of place (session 23): a move written with an arrow in a list of moves
("英国・・・6位→8位", after "前月からの順位の変動は以下の通りです。": the place left is the month before's, the place taken
the story's month), the place a holder was in before, said in a clause of its own before the holder ("5月には20位だった
ノルウェー"), and a place said as a line of the table ("moved to the fourth line"). Sentences of the articles of the
claims corpus (batches 10, 16, 18), checked at their publication dates against TIC's table of holders."""

from __future__ import annotations

import pytest

from tests.helpers import as_read
from ustflow.views.check import check_text

_ARROWS = ("財務省から、2015年9月末時点での海外保有分の米国債残高が発表され、6兆1017億ドルとなりました。\n\n"
           "前月からの順位の変動は以下の通りです。\n英国・・・6位→8位\nスイス・・・7位→6位\nアイルランド・・・8位→7位\n")


def test_a_list_of_moves_with_arrows(data):
    got = [r for r in check_text(_ARROWS, date="2015-11-18", store=data) if r["measure"] == "rank"]
    # (holder, place left in August, place taken in September): the official places, all others than said
    want = [("United Kingdom", 7, 7), ("Switzerland", 5, 4), ("Ireland", 6, 6)]
    assert len(got) == 6, [(r["claim"], r["subject"]) for r in got]
    for (left, taken), (holder, before, now) in zip(zip(got[::2], got[1::2]), want):
        assert (left["subject"], taken["subject"]) == (holder, holder)
        assert (as_read(left), left["official_value"], left["official_period"]) == ("contradicted", before, "2015-08")
        assert (as_read(taken), taken["official_value"], taken["official_period"]) == ("contradicted", now, "2015-09")


def test_a_move_with_an_arrow_is_read_as_one_with_kara(data):
    text = "米国債の保有額で英国は6位→8位に後退した。"
    places = [(r["claim"], r["official_period"]) for r in check_text(text, date="2015-11-18", store=data)
              if r["measure"] == "rank"]
    assert [p for _, p in places] == ["2015-08", "2015-09"], places


def test_the_place_a_holder_was_in_said_before_it(data):
    text = ("多くの国が5月よりも保有量を増やしたのに対し、中国、香港、インド、シンガポール、サウジアラビアの5カ国・地域は8億ドルから"
            "81億ドル(約814億5600万円から8247億4200万円)減らしている。また5月には20位だったノルウェーも、1月間で79億ドル"
            "(約8043億7800万円)減らし圏外へ。")
    rec = next(r for r in check_text(text, date="2016-08-18", store=data) if r["claim"].startswith("20位"))
    assert (rec["subject"], rec["verdict"], rec["official_value"], rec["official_period"]) == \
        ("Norway", "supported", 20, "2016-05"), rec["explanation"]


def test_a_place_said_as_a_line_of_the_table(data):
    text = ("At the same time, China, occupying the second place, reduced the portfolio of US Treasuries by $5.3 billion "
            "– up to $1 trillion 54.8 billion. The third position with a large gap from the leaders continues to be occupied by Great Britain ($625.2 "
            "billion), Ireland ($314.8 billion) moved to the fourth line, which displaced down Luxembourg ($314 billion).")
    rec = next(r for r in check_text(text, date="2022-04-19", store=data) if "fourth" in r["claim"])
    # Ireland was fifth in February 2022, behind Luxembourg
    assert (rec["subject"], as_read(rec), rec["official_value"], rec["official_period"]) == \
        ("Ireland", "contradicted", 5, "2022-02"), rec["explanation"]


@pytest.mark.parametrize("text", ["The runner moved to the fourth line of the queue.",
                                  "前月からの順位の変動は以下の通りです。"])
def test_no_place_without_a_holder(data, text):
    assert not [r for r in check_text(text, date="2022-04-19", store=data) if r["measure"] == "rank"]
