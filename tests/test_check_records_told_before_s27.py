"""`ustflow check` on Japanese balance-of-payments records and look-backs said of the balance alone (session 27), in
real sentences of development release stories: a record whose sentence names no item and tells no level of its own
is the record of the balance whose level was told last before it, up to three sentences back, as a run of surpluses
said alone is (``bop_topic.record_told_before``):

- "経常収支は1兆9256億円の黒字だった。黒字は10カ月連続。…が要因。11月として過去最大の黒字幅となった": the current
  account's November, among the Novembers (jiji, 12 Jan 2024);
- "経常収支は1兆8086億円の黒字だった。…黒字は13カ月連続で、7月としては2010年以来5年ぶりの高水準だった": among the Julys
  (nqn, 8 Sep 2015);
- "経常収支は2兆8億円の黒字だった。前年同月に比べて23.1%増え、8月としては9年ぶりの高水準となった": the percent move in the
  clause before the record is how the balance got there, not what the record is of (shijyukukai, 12 Oct 2016);
- "第1次所得収支は2兆8949億円の黒字。…20.3%減となったが、11月としては前年に次ぐ過去2番目の水準だった": a place among the
  Novembers, the percent beside it read as no BoP figure (jiji, 12 Jan 2024).

A record of a move ("過去最大の減少幅") or of an item the sentence names is not taken this way.

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

from tests.helpers import bop_span, by_claim, judged_bop
from ustflow.views.check import check_text


def test_a_record_for_the_month_three_sentences_after_the_level(data, loaded_store):
    text = ("財務省が12日発表した2023年11月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は"
            "1兆9256億円の黒字だった。黒字は10カ月連続。資源価格の高騰が一服し、貿易赤字が縮小したことなどが要因。"
            "11月として過去最大の黒字幅となった。")
    judged_bop(check_text(text, date="2024-01-12", store=data), "過去最大", ("supported", "bpbp6jyncb", "2023-11"),
               bop_span(loaded_store, "bpbp6jyncb", "2023-11", "2023-11"))


def test_a_look_back_for_the_month_after_a_run(data):
    text = ("財務省が8日発表した7月の国際収支状況(速報)によると、モノやサービスなど海外との総合的な取引状況を表す経常収支は"
            "1兆8086億円の黒字だった。黒字額は前年同月の4036億円から大幅に拡大した。黒字は13カ月連続で、7月としては2010年以来"
            "5年ぶりの高水準だった。")
    rec = by_claim(check_text(text, date="2015-09-08", store=data), "2010年以来5年ぶりの高水準")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", "2015-07"), rec
    assert "2010-07" in rec["explanation"], rec


def test_a_look_back_after_the_percent_the_balance_rose_by(data, loaded_store):
    text = ("財務省が10月11日発表した8月の国際収支統計(速報)によると、海外とのモノやサービスなどの取引状況を表す経常収支は"
            "2兆8億円の黒字だった。前年同月に比べて23.1%増え、8月としては9年ぶりの高水準となった。")
    rec = judged_bop(check_text(text, date="2016-10-12", store=data), "9年ぶりの高水準", ("supported", "bpbp6jyncb", "2016-08"),
                     bop_span(loaded_store, "bpbp6jyncb", "2016-08", "2016-08"))
    assert "2007-08" in rec["explanation"], rec


def test_a_record_of_a_move_is_not_taken_as_the_balance_told_before(data):
    text = ("財務省が8日発表した国際収支によると、経常収支は1兆8086億円の黒字だった。黒字は13カ月連続。"
            "7月としては過去最大の減少幅となった。")
    got = check_text(text, date="2015-09-08", store=data)
    assert not any(r["measure"] == "extreme" and r.get("series") == "boj.bop.bpbp6jyncb" and r["verdict"] == "supported"
                   for r in got), got


def test_a_place_for_the_month_after_a_percent_read_as_no_bop_figure(data, loaded_store):
    text = ("財務省が12日発表した2023年11月の国際収支速報によると、経常収支は1兆9256億円の黒字だった。\n"
            "配当金や利子の収支を示す第1次所得収支は2兆8949億円の黒字。前年に海運業の業績が好調だった反動で20.3%減となったが、"
            "11月としては前年に次ぐ過去2番目の水準だった。")
    rec = judged_bop(check_text(text, date="2024-01-12", store=data), "過去2番目の水準", ("supported", "bpbp6jynpin", "2023-11"),
                     bop_span(loaded_store, "bpbp6jynpin", "2023-11", "2023-11"))
    assert "1996-11" in rec["explanation"], rec  # among the Novembers
