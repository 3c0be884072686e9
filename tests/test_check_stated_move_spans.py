"""`ustflow check` on a holder's move over a span of months its words state (session 24, helper ticdecl): "between
June 2022 to June 2023" runs from June 2022's level (as "between ... and ..."), "in just three months ended June"
is the three months to June (as "in the three months ended June"), a figure after a move with a span of its own ("and
a whopping $58.9 billion in May and June") is the move again, "the increase in February and March of nearly $20
billion" is a move's size, "accumulated" is a rise, "and 2.8 percent from July last year" after a percentage move is a
percentage move, "annually by" the move over the year. A two-month move "the biggest since June 2013" that only a move
from June 2013's level beats is unverifiable (the words may count that move or not). Real sentences of development
articles (batches 15, 17, 18, 19); the values are the store's."""

from __future__ import annotations

from tests.helpers import as_read, by_claim, verdict_value_period as _got
from ustflow.views.check import check_text


def test_between_a_month_to_a_month_runs_from_the_first(data):
    # batch 15 (The Daily Hodl, 21 August 2023)
    text = "India accumulated $26.6 billion worth of US debt securities between June 2022 to June 2023."
    res = check_text(text, date="2023-08-21", store=data)
    assert _got(res, "$26.6 billion") == ("supported", 26.6, "2022-06 to 2023-06"), res


def test_in_just_three_months_ended(data):
    # batch 19 (The Indian Express, 23 August 2021)
    text = ("India's holding of US government securities surged by more than $20 billion in just three months ended June "
            "to $220.2 billion amid rising foreign exchange reserves.")
    res = check_text(text, date="2021-08-23", store=data)
    assert _got(res, "more than $20 billion") == ("supported", 20.2, "2021-03 to 2021-06"), res
    assert _got(res, "$220.2 billion") == ("supported", 220.2, "2021-06"), res


def test_the_move_again_over_a_span_of_its_own(data):
    # batch 17 (Anti-Empire, 16 August 2019): the two months' rise, 58.8 in the store (the article's 58.9 a first print)
    text = ("But it was Japan that stole the show with a whopping $21.9 billion in Treasuries added in June, and a whopping "
            "$58.9 billion in May and June, the biggest two month increase since June 2013.")
    res = check_text(text, date="2019-08-16", store=data)
    rec = by_claim(res, "$58.9 billion")
    assert (as_read(rec), round(rec["official_value"], 1), rec["official_period"]) == \
        ("contradicted", 58.8, "2019-04 to 2019-06"), rec
    # the one larger two-month rise, June to August 2013, starts from June 2013's level: "since June 2013" may count
    # it or not (``history._since_inside``)
    rec = by_claim(res, "the biggest two month increase since June 2013")
    assert rec["verdict"] == "unverifiable" and "2013-06 to 2013-08" in rec["explanation"], rec


def test_the_increase_in_months_of_a_figure(data):
    # batch 17 (Wolf Street, 16 May 2018)
    text = ("China's holdings rose to $1.19 trillion in March. The increase in February and March of nearly $20 billion "
            "might have been a goodwill gesture.")
    res = check_text(text, date="2018-05-16", store=data)
    assert _got(res, "nearly $20 billion") == ("supported", 19.5, "2018-01 to 2018-03"), res


def test_a_second_percentage_after_a_percentage_move(data):
    # batch 15 (Arab News, 19 September 2021)
    text = ("Saudi Arabia's holdings of US Treasuries rose to $128.1 billion in July. The holdings increased by 0.2 percent "
            "from June, and 2.8 percent from July last year.")
    res = check_text(text, date="2021-09-19", store=data)
    assert _got(res, "2.8 percent") == ("supported", 2.8, "2020-07 to 2021-07"), res


def test_annually_by_is_the_move_over_the_year(data):
    # batch 18 (Times Kuwait, 20 November 2022): the rise from September 2021 (3.9 and 8.4% in the store: the
    # article's first prints, revised since)
    text = ("Kuwait's holdings of US Treasury bonds rose to $50.2 billion in September. Kuwait also increased its "
            "holdings of US bonds annually by $3.6 billion, or by 7.8%, compared to $46.3 billion in September of last "
            "year.")
    res = check_text(text, date="2022-11-20", store=data)
    for claim, value in (("$3.6 billion", 3.9), ("7.8%", 8.4)):
        rec = by_claim(res, claim)
        assert (as_read(rec), round(rec["official_value"], 1), rec["official_period"]) == \
            ("contradicted", value, "2021-09 to 2022-09"), rec
