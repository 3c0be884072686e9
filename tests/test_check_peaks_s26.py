"""`ustflow check` on a past peak named by its figure or its year (session 26), in real sentences of development
articles the checker used to leave out:

- "still down from their peak of $184.4 billion in February 2020" (Arab News, 19 Sep 2021);
- "the second highest on record after the 2015 peak of ¥21,303.2 billion": the year in the phrase stays the figure's
  (Jiji, 8 Feb 2019);
- "ピークの07年(24兆9341億円)の5分の1の水準", "ピークの2007年度の5分の1以下": the year named right after "ピークの" was the
  peak (SankeiBiz, 9 Feb 2013; J-CAST, 10 May 2013).
"""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text


def test_their_peak_of_a_figure(data):
    text = "However, analysis showed that Saudi holdings are still down from their peak of $184.4 billion in February 2020."
    got = check_text(text, date="2021-09-19", store=data)
    rec = by_claim(got, "their peak of")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "tic.holdings.saudi_arabia", "2020-02"), rec
    assert by_claim(got, "$184.4 billion")["official_period"] == "2020-02"


def test_the_year_of_a_peak_stays_its_figures(data):
    text = ("TOKYO (Jiji Press) — Japan's current account surplus declined in 2018 for the first time in four years, as "
            "higher crude oil prices helped reduce the surplus in goods trade, government data showed on Friday.\n\n"
            "The surplus in the primary income account, which covers cross-border dividend and interest payments, went up "
            "4.9 percent to ¥20,810.2 billion, thanks to an increase in companies' dividend receipts from overseas "
            "subsidiaries. The surplus was the second highest on record after the 2015 peak of ¥21,303.2 billion.")
    got = check_text(text, date="2019-02-08", store=data)
    rec = by_claim(got, "¥21,303.2 billion")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "boj.bop.bpbp6jynpin", "2015-01..2015-12"), rec
    peak = by_claim(got, "the 2015 peak of")
    assert (peak["series"], peak["official_period"]) == ("boj.bop.bpbp6jynpin", "2015"), peak


def test_the_peak_year_named_after_it_in_japanese(data):
    text = ("日本経済の「稼ぐ力」が落ちている。財務省が8日発表した2012年国際収支速報によると、経常収支の黒字額が比較可能な1985年"
            "以降、過去最少となった。\n\n海外とのモノやサービス、投資などの取引状況を示す12年の経常収支は前年比50.8%減の4兆7036"
            "億円と、2年連続で減少した。これまで年間最少の経常黒字だった1990年の6兆4736億円を22年ぶりに下回り、ピークの07年(24兆"
            "9341億円)の5分の1の水準にまで落ち込んだ。")
    rec = by_claim(check_text(text, date="2013-02-09", store=data), "ピーク")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", "2007"), rec


def test_the_peak_fiscal_year_named_after_it(data):
    text = ("財務省が2013年5月10日に発表した12年度の国際収支(速報)によると、海外とのモノやサービス、投資などの取引を示す経常収支"
            "は前年度より43.6%減の4兆2931億円となった。"
            "黒字幅は現行の統計がはじまった1985年以降で最低で、ピークの2007年度の5分の1以下に落ち込んだ。")
    rec = by_claim(check_text(text, date="2013-05-10", store=data), "ピーク")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "boj.bop.bpbp6jyncb", "FY2007 (2007-04..2008-03)"), rec


def test_an_all_time_high_written_with_hyphens():
    from datetime import date

    from ustflow.check.period_grammar import Resolver
    from ustflow.check.qualifiers import find_qualifiers

    s = ("The income account, covering income from Japanese investments in foreign securities and payments by foreign "
         "employers in Japan, marked an all-time-high surplus of 8,208.5 billion yen, up 22.5 percent from a year earlier "
         "and growing for the ninth straight half year.")
    found = [(s[a:b], q.kind, q.extreme) for (a, b), q in find_qualifiers(s, Resolver(date(2007, 11, 12)))]
    assert ("an all-time-high", "extreme", "max") in found, found
    s2 = "Net selling hit an all-time monthly high in September at just over ¥6 trillion."
    found2 = [(s2[a:b], q.kind) for (a, b), q in find_qualifiers(s2, Resolver(date(2023, 1, 13)))]
    assert ("an all-time monthly high", "extreme") in found2, found2


def test_an_all_time_high_surplus_of_the_half(data):
    text = ("Japan's current account surplus widened 34.1 percent in the April-September period from a year earlier to a "
            "record 12,424.1 billion yen, fueled by growing income account surplus and firm exports, the Finance Ministry "
            "said Monday.\n\nThe income account, covering income from Japanese investments in foreign securities and "
            "payments by foreign employers in Japan, marked an all-time-high surplus of 8,208.5 billion yen, up 22.5 "
            "percent from a year earlier and growing for the ninth straight half year.")
    rec = by_claim(check_text(text, date="2007-11-12", store=data), "an all-time-high")
    assert (rec["verdict"], rec["series"]) == ("supported", "boj.bop.bpbp6jynpin"), rec
