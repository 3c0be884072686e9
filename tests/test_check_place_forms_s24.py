"""`ustflow check` on places among holders said in forms it did not read: a Japanese place counted with 番目 in the world
or on the list ("世界で10番目くらいの保有高", "リストの一番最後の33番目に掲載"), the holder put "at" a place ("which puts the
Emirates at 20th in the rank of large holders"), and a move by a number of places with the place it ends in ("fell one
position in the global ranking and now occupies the fifth place": fourth the month before). Real articles' sentences
(development batches 9, 12, 18)."""

from __future__ import annotations

from tests.helpers import as_read, by_claim, verdict_value_period
from ustflow.views.check import check_text


def test_a_place_counted_with_banme(data):
    # hattori-blog-2018-07-19: Chile was 32nd in May 2018, not 33rd
    got = check_text("5月版ランキングでは、302億ドルのチリがリストの一番最後の33番目に掲載されており、ロシアの名前は無い。",
                     date="2018-07-19", store=data)
    assert verdict_value_period(got, "33番目") == ("contradicted", 32.0, "2018-05")
    # sunnysapporo-2014-06-15: Russia 12th in January 2014 ("about tenth")
    got = check_text("このレポートによれば、2014年1月末現在のロシアによる米国債の保有高は1318億ドルで、世界で10番目くらいの保有高です。",
                     date="2014-06-15", store=data)
    assert verdict_value_period(got, "10番目くらい") == ("contradicted", 12.0, "2014-01")


def test_a_holder_put_at_a_place(data):
    # thefinance360-2025-12-20: the UAE 20th in October 2025
    got = check_text("Meanwhile, the UAE holdings of US Treasuries were at $110.7 billion in October, which puts the Emirates "
                     "at 20th in the rank of large holders.", date="2025-12-20", store=data)
    assert verdict_value_period(got, "puts the Emirates at 20th") == ("supported", 20.0, "2025-10")


def test_a_move_by_places(data):
    # explica-2020-05-21: Brazil fourth in February 2020, fifth in March
    text = ("The sale of 21.5 billion dollars reduced the stock held by Brazil to 264.4 billion dollars. With that, the "
            "country fell {n} position in the global ranking and now occupies the fifth place, behind Japan, China, the "
            "United Kingdom and Ireland.")
    got = check_text(text.format(n="one"), date="2020-05-21", store=data)
    assert verdict_value_period(got, "fell one position") == ("supported", 4.0, "2020-02")
    assert verdict_value_period(got, "fifth place") == ("supported", 5.0, "2020-03")
    got = check_text(text.format(n="two"), date="2020-05-21", store=data)
    rec = by_claim(got, "fell two position")  # (a plain contradiction of a place: the weak-class gate may hold it back)
    assert (as_read(rec), rec["official_value"], rec["official_period"]) == ("contradicted", 4.0, "2020-02")
