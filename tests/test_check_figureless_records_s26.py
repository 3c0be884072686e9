"""`ustflow check` on records written in forms it did not read (session 26), in real sentences of development
articles the checker used to leave out altogether:

- "a current account deficit of JPY 638.6 billion ..., the largest deficit for the reporting month": a record among
  the same month of each year (KUNA, 10 Feb 2014);
- "黒字額は上半期でこれまででもっとも少なくなりました": "the smallest so far", in kana (NHK, 8 Nov 2012);
- "rose to a 14month high": a look-back written with no hyphen (Reuters, 2 Apr 2021).
"""

from __future__ import annotations

from datetime import date

from tests.helpers import by_claim
from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers
from ustflow.views.check import check_text


def test_the_largest_for_the_reporting_month(data):
    text = ("The current account surplus for 2013 was JPY 3.31 trillion (USD 32.3 billion), down 31.5 percent from the "
            "previous year.\n\nIn December alone, Japan posted a current account deficit of JPY 638.6 billion "
            "(USD 6.2 billion), the largest deficit for the reporting month.")
    rec = by_claim(check_text(text, date="2014-02-10", store=data), "the largest deficit for the reporting month")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", "2013-12"), rec


def test_the_smallest_so_far_in_kana():
    s = "この結果、今年上半期の経常収支は2兆7214億円の黒字にとどまり、去年に比べて41.3%減って、黒字額は上半期でこれまででもっとも少なくなりました。"
    found = [(s[a:b], q.kind, q.extreme) for (a, b), q in find_qualifiers(s, Resolver(date(2012, 11, 8)))]
    assert ("これまででもっとも少なく", "extreme", "min") in found, found
    s2 = "赤字額は今までで最も大きくなった。"
    found2 = [(s2[a:b], q.kind, q.extreme, q.magnitude) for (a, b), q in find_qualifiers(s2, Resolver(date(2012, 11, 8)))]
    assert ("今までで最も大きく", "extreme", "max", True) in found2, found2


def test_a_look_back_with_no_hyphen():
    s = "The 10year U.S. Treasury yield rose to a 14month high of 1.776 earlier this week from around 0.90 in December."
    found = [(s[a:b], q.kind, q.extreme, q.lookback) for (a, b), q in find_qualifiers(s, Resolver(date(2021, 4, 2)))]
    assert ("a 14month high", "extreme", "max", (14, "month", "about")) in found, found
