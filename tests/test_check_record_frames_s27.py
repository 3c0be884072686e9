"""`ustflow check` on the frames of Japanese balance-of-payments records (session 27), in real sentences of development
release stories:

- "4月の黒字額としては、比較可能な1985年以降で最大となった", "この時期として過去最大の黒字": a month's amount framed so, or
  "this time of the year", ranks the month among the same month of each year (jiji, 8 Jun 2023; KHB, 9 Jun 2025);
- "輸入額が統計が比較可能な平成8年以降で最大となり", "統計が比較可能な昭和60年以降でもっとも大きく": a 'since' year named by its
  era, one digit too, and "もっとも" in kana (NHK, 8 Jun 2022; NHK, 8 Nov 2012);
- "黒字額は比較可能な1985年以降で8月としては最少": a record "since 1985" still reaches before the store's BPM6 series
  (from 1996): unverifiable (kyodo, 8 Oct 2013).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import bop_span, by_claim, judged_bop
from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers
from ustflow.views.check import check_text


def test_a_months_amount_framed_as_the_month(data, loaded_store):
    text = ("財務省が8日発表した4月の国際収支速報によると、経常収支は1兆8951億円の黒字だった。"
            "配当金や利子の収支を示す第1次所得収支は3.1%増の3兆663億円の黒字だった。債券利子の受け取り増加で、証券投資収益が"
            "膨らんだ。4月の黒字額としては、比較可能な1985年以降で最大となった。")
    rec = by_claim(check_text(text, date="2023-06-08", store=data), "1985年以降で最大となった")  # (ja_record_quotes)
    assert (rec["series"], rec["official_period"]) == ("boj.bop.bpbp6jynpin", "2023-04"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynpin", "2023-04", "2023-04"))
    # ranked among the Aprils (from April 1996), not every month: no month beats it, though March 2023 was larger
    assert "data begin 1996-04" in rec["explanation"] and "2023-03" not in rec["explanation"], rec
    assert rec["verdict"] == "unverifiable" and "1985" in rec["explanation"], rec  # (a reach before 1996)


def test_this_time_of_the_year(data):
    text = ("4月の日本の経常収支は、エネルギー価格の下落などを背景に、この時期として過去最大の黒字となりました。\n\n"
            "海外との総合的な取引を示す経常収支は、前の年の同じ月より702億円、黒字幅を拡大し2兆2580億円の黒字でした。")
    rec = by_claim(check_text(text, date="2025-06-09", store=data), "過去最大")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", "2025-04"), rec


def test_a_since_year_named_by_its_era():
    s = "輸入額が統計が比較可能な平成8年以降で最大となり、6884億円の赤字でした。"
    found = [(s[a:b], q.kind, q.since) for (a, b), q in find_qualifiers(s, Resolver(date(2022, 6, 8)))]
    assert ("8年以降で最大", "extreme", date(1996, 1, 1)) in found, found
    s2 = "赤字額は半年間としては、統計が比較可能な昭和60年以降でもっとも大きくなっています。"
    found2 = [(s2[a:b], q.kind, q.since, q.extreme) for (a, b), q in find_qualifiers(s2, Resolver(date(2012, 11, 8)))]
    assert ("60年以降でもっとも大きく", "extreme", date(1985, 1, 1), "max") in found2, found2


def test_imports_the_largest_since_heisei_8(data, loaded_store):
    text = ("財務省が発表した国際収支統計によりますと、ことし4月の日本の経常収支は5011億円の黒字となりました。\n\n"
            "輸出から輸入を差し引いた「貿易収支」は原油などの価格上昇の影響で、輸入額が統計が比較可能な平成8年以降で最大となり、"
            "6884億円の赤字でした。")
    judged_bop(check_text(text, date="2022-06-08", store=data), "8年以降で最大", ("supported", "bpbp6jynim", "2022-04"),
               bop_span(loaded_store, "bpbp6jynim", "2022-04", "2022-04"))


def test_a_record_low_since_1985_stays_unverifiable(data):
    text = ("財務省が8日発表した8月の国際収支速報によると、経常収支は2824億円の黒字だった。"
            "黒字額は比較可能な1985年以降で8月としては最少。")
    rec = by_claim(check_text(text, date="2013-10-08", store=data), "1985年以降で8月としては最少")
    assert (rec["verdict"], rec["series"]) == ("unverifiable", "boj.bop.bpbp6jyncb"), rec
    assert "1985" in rec["explanation"], rec
