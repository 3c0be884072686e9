"""`ustflow check` on whose place a rank phrase names when the overtaking verb is bare or the place follows "and
become" (issue 13, session 16): "allowing the UK to surpass China and become the second-largest holder", "to
overtake China as the United States' second-biggest creditor", and the Japanese holder replaced ("日本が中国に
代わって最大の債権国となった", "中国に取って代わり"): the place is the overtaker's, not the holder overtaken. Invented
sentences; the months and ranks are computed here from the loaded TIC table."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing, month_name, rank_pass, released
from ustflow.views.check import check_text

_EN = {"united_kingdom": "the United Kingdom", "japan": "Japan", "china_mainland": "China"}
_JA = {"united_kingdom": "英国", "japan": "日本", "china_mainland": "中国"}


_ORD = {1: "largest", 2: "second-largest", 3: "third-largest"}
_ORD_JA = {1: "最大の", 2: "2位の", 3: "3位の"}


@pytest.mark.parametrize("winner, loser, after", [("japan", "china_mainland", "2019-01"),
                                                   ("united_kingdom", "china_mainland", "2024-06")])
def test_a_bare_overtaking_verb_gives_the_place_to_the_overtaker(data, ranks, winner, loser, after):
    p, place = rank_pass(ranks, winner, loser, after)
    w, lo, when = _EN[winner], _EN[loser], month_name(p)
    for text in (f"In {when}, {lo} cut its holdings of US Treasury bonds, allowing {w} to surpass {lo} and become the "
                 f"{_ORD[place]} foreign holder of US Treasury bonds.",
                 f"{w} raised its holdings in {when} to overtake {lo} as the United States' {_ORD[place]} foreign creditor.",
                 f"In {when} {w} went on to pass {lo} and rank as the {_ORD[place]} holder of Treasuries."):
        rec = claim_containing(check_text(text, date=released(p), store=data), _ORD[place])
        assert rec["subject"].startswith(w.replace("the ", "")), text
        assert rec["verdict"] == "supported", text


@pytest.mark.parametrize("winner, loser, after", [("japan", "china_mainland", "2019-01"),
                                                   ("united_kingdom", "china_mainland", "2024-06")])
def test_the_japanese_holder_replaced_is_not_the_places(data, ranks, winner, loser, after):
    p, place = rank_pass(ranks, winner, loser, after)
    w, lo, when = _JA[winner], _JA[loser], f"{p.year}年{p.month}月"
    for text in (f"{when}、{w}の米国債保有額は{lo}を上回り、{w}が{lo}に代わって米国{_ORD_JA[place]}債権国となった。",
                 f"{when}には{w}が{lo}に取って代わり、{_ORD_JA[place]}米国債保有国となった。",
                 f"{when}、{lo}に代わって{w}が{_ORD_JA[place]}保有国となった。"):
        rec = claim_containing(check_text(text, date=released(p), store=data), _ORD_JA[place])
        assert rec["subject"] == {"united_kingdom": "United Kingdom", "japan": "Japan"}[winner], text
        assert rec["verdict"] == "supported", text


def test_without_a_replacement_the_place_stays_the_subjects(data, ranks):
    p, _ = rank_pass(ranks, "united_kingdom", "china_mainland", "2024-06")
    china = int(ranks.loc[p, "china_mainland"])
    for text in (f"In {month_name(p)}, China stayed the {_ORD[china]} holder of Treasuries as Britain kept buying.",
                 f"{p.year}年{p.month}月、中国は{_ORD_JA[china]}保有国となった。"):
        rec = claim_containing(check_text(text, date=released(p), store=data), _ORD[china] if "In" in text else _ORD_JA[china])
        assert rec["subject"] == "China (mainland)", text
        assert rec["verdict"] == "supported", text
