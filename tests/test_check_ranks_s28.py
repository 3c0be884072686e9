"""`ustflow check` on holders' places the checker did not read (issue 13, session 28): a numbered list of holders
("Ireland (3), Cayman Islands (4), ..."), a place closing its clause ("with Japan ranking second"), a place in
apposition ("China, the leader,", "Japan, the No. 2 foreign buyer,"), the place after the one named before ("Next on
the list, Britain ...", "中国の保有高がそれに続き"), and in Japanese the first place in the world said of the holder
("中国が引き続き世界最大で", "世界最大の米国債保有国") and a place after the holdings figure across a broken line
("7685億ドルで 第2位"). The sentences are from development articles of the claims corpus (batches 9, 18, 20 and 21);
the places expected are computed from the loaded TIC table."""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text


def _place(got: list[dict], claim: str, verdict: str, place: int, period: str, slug: str) -> dict:
    rec = by_claim(got, claim)
    assert (rec["verdict"], rec["official_value"], rec["official_period"], rec["series"]) == \
        (verdict, float(place), period, f"tic.holdings.{slug}"), rec
    return rec


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


def test_a_place_closing_its_clause(ranks, data):
    text = ("The largest purchasers of U.S. debt were Japan and China, who bought $10.4 billion and $7.7 billion in "
            "debt, respectively, in May. China is the largest foreign holder of U.S. debt, with Japan ranking second.")
    assert int(ranks.loc["2014-05", "japan"]) == 2
    _place(check_text(text, date="2014-07-16", store=data), "ranking second", "supported", 2, "2014-05", "japan")


def test_the_leader_in_apposition(ranks, data):
    text = "Russia is the 12th-biggest owner of U.S. debt. China, the leader, owns Treasury bills worth $1.27 trillion."
    assert int(ranks.loc["2014-09", "china_mainland"]) == 1
    _place(check_text(text, date="2014-11-19", store=data), "the leader", "supported", 1, "2014-09", "china_mainland")


def test_a_numbered_place_of_a_buyer_in_apposition_is_the_holders(ranks, data):
    text = "Japan, the No. 2 foreign buyer, increased its holdings by 0.6 percent in January to $1.24."
    assert int(ranks.loc["2015-01", "japan"]) == 2
    _place(check_text(text, date="2015-03-16", store=data), "the No. 2 foreign buyer", "supported", 2, "2015-01",
           "japan")


def test_next_on_the_list_is_the_place_after_the_one_named_before(ranks, data):
    text = ("China, the largest holder, cut its holdings in October. Japan, the second-largest holder, raised its "
            "holdings. Next on the list, Britain decreased its holdings to 230.7 billion dollars from 249.5 billion "
            "dollars.")
    place = int(ranks.loc["2009-10", "united_kingdom"])
    assert place != 3
    rec = _place(check_text(text, date="2009-12-15", store=data), "Next on the list", "contradicted", place, "2009-10",
                 "united_kingdom")
    assert "ranks 3" not in rec["explanation"]


def test_the_first_place_in_the_world_said_in_japanese(ranks, data):
    text = ("米国債の保有額では、中国が引き続き世界最大で前月比441億ドル増加の1兆2600億ドル。"
            "2位の日本は前月比ほぼ変わらずの1兆1000億ドル。")
    assert int(ranks.loc["2013-01", "china_mainland"]) == 1
    _place(check_text(text, date="2013-03-15", store=data), "引き続き世界最大", "supported", 1, "2013-01",
           "china_mainland")


def test_world_largest_holder_and_a_place_after_a_broken_line(ranks, data):
    text = ("中国は引き続き世界最大の米国債保有国だが、保有額は前月比 115 億ドル減少して8775億ドルだった。"
            "日本は前月比31億ドル増の7685億ドルで 第2位だった。")
    got = check_text(text, date="2010-04-15", store=data)
    assert int(ranks.loc["2010-02", "japan"]) == 2
    _place(got, "世界最大の米国債保有国", "supported", 1, "2010-02", "china_mainland")
    _place(got, "第2位", "supported", 2, "2010-02", "japan")


def test_the_holder_that_follows_the_one_named_first_in_japanese(ranks, data):
    text = ("日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり、前月同様、米国以外で最大だった。"
            "中国の保有高がそれに続き、1兆0900億ドルとなった。")
    assert int(ranks.loc["2017-03", "china_mainland"]) == 2
    _place(check_text(text, date="2017-05-16", store=data), "それに続き", "supported", 2, "2017-03", "china_mainland")
