"""`ustflow check` on a holder's long- and short-term Treasuries (SLT Table 3) in the forms session 25 (helper
holddecl) read: the part set off by a comma and the figure's own "valued at" ("primarily in long-term bonds, valued at
$107.3 billion"), with "totaling of" ("consist of long-term bonds totaling of $106.3 billion"), after a colon and
"from ... to" without dollar signs ("the share of long-term bonds decreased ...: from 2.7 billion to 306 million"),
and told as where the money went after a sentence on the holder's holdings ("Of the invested amount, $6.9 billion went
to long-term bonds", "Some $3.75 billion were invested into long-term obligations": ``term_parts``), not as Japanese
investors' flows. Real sentences of development articles (batches 11, 17, 18, 19); the values are the store's."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.views.check import check_text


def test_part_valued_at_after_a_comma_and_totaling_of(data):
    # batch 18 (Siolla, 31 May 2024)
    text = ("Saudi Arabia's holdings in US treasuries rose for the eighth consecutive month in March, reaching "
            "$135.9 billion—a 3.66 percent increase from the previous month. The report highlighted that Saudi Arabia's "
            "US Treasuries were primarily in long-term bonds, valued at $107.3 billion, representing 79 percent of the "
            "total, with the remaining 21 percent, worth $28.6 billion, in short-term bonds.")
    res = check_text(text, date="2024-05-31", store=data)
    assert _got(res, "$107.3 billion") == ("supported", 107.3, "2024-03"), res
    assert _got(res, "$28.6 billion") == ("supported", 28.6, "2024-03"), res
    # batch 18 (The Finance 360, 20 December 2025)
    text = ("The official data reported that Saudi Arabia raised its US Treasury securities to $134.4 billion in "
            "October.\n\nTherefore, the holdings consist of long-term bonds totaling of $106.3 billion, which represent "
            "79 percent overall.")
    res = check_text(text, date="2025-12-20", store=data)
    assert _got(res, "$106.3 billion") == ("supported", 106.3, "2025-10"), res


def test_part_moved_from_one_level_to_another_after_a_colon(data):
    # batch 19 (Balthazar Korab, 15 April 2021): both figures of the pair are the long-term part's, no dollar signs
    text = ("Russia has reduced the volume of investments in US government securities from $ 6.145 billion in January "
            "to $ 5.756 billion in February, follows from data on the website of the US Treasury.\n\n"
            "At the same time, the share of long-term bonds decreased almost nine times: from 2.7 billion to 306 million, "
            "the share of short-term bonds was $ 5.45 billion ($ 3.4 billion in January).")
    res = check_text(text, date="2021-04-15", store=data)
    assert _got(res, "2.7 billion") == ("supported", 2.7, "2021-01"), res
    assert _got(res, "306 million") == ("supported", 0.3, "2021-02"), res
    rec = next(r for r in res if r["claim"] == "$ 5.45 billion")
    assert rec["series"] == "tic.holdings_term.russia.st", rec  # its own part, not the long-term one before it


def test_parts_told_as_where_the_money_went(data):
    # batch 17 (UAWire, 16 April 2019)
    text = ("In February, Russia increased its investment in US government securities to $ 14.5 billion according to "
            "data from the US Department of the Treasury. Of the invested amount, $ 6.9 billion went to long-term bonds "
            "and $7.5 billion to short-term bonds.")
    res = check_text(text, date="2019-04-16", store=data)
    assert _got(res, "$ 6.9 billion") == ("supported", 6.9, "2019-02"), res
    assert _got(res, "$7.5 billion") == ("supported", 7.6, "2019-02"), res
    # batch 11 (The Nation, 2 February 2019)
    text = ("The freshly released data from the US Treasury Department indicates that Russia reduced its holdings of "
            "American debt by $1.815 billion last November to $12.814 billion from October. Some $3.75 billion were "
            "invested into long-term obligations, while $9.1 billion poured into short-term ones.")
    res = check_text(text, date="2019-02-02", store=data)
    assert _got(res, "Some $3.75 billion") == ("supported", 3.8, "2018-11"), res
    assert _got(res, "$9.1 billion") == ("supported", 9.1, "2018-11"), res


def test_money_placed_by_japanese_investors_stays_a_flow(data):
    # no country's holdings in the sentence before: a MoF story's flow is not a TIC holder's part
    text = ("Japanese investors bought a net 1.2 trillion yen of foreign bonds in February. Some $3.75 billion were "
            "invested into long-term obligations.")
    res = check_text(text, date="2019-04-08", store=data)
    rec = next(r for r in res if r["claim"] == "Some $3.75 billion")
    assert rec["measure"] == "flow", rec
