"""`ustflow check` on balance-of-payments figures read at the wrong period or item (session 25), in real release
stories' sentences:

- "21年度の経常黒字12兆円=…22%減 2022年05月12日": the date pasted after a headline is the article's, not its
  figures' period (jiji, 12 May 2022);
- "昨年11月の経常黒字、29%増=輸入減少": the item a headline gives after its "=" is the cause, not the figure's item
  (jiji, 12 Jan 2021);
- "2010年上期の貿易収支は4兆747億円の黒字" in a story of November (MoF has just released the fiscal first half): a half
  named with its year but not its kind is the fiscal one (mynavi, 9 Nov 2010; NHK, 8 Nov 2012 "今年上半期"); one in a
  story of August stays the calendar one;
- "following the March 2011 quake-tsunami disaster", "the second-biggest ... after the fall recorded in the latter half
  of 2008", "the lowest level since it totaled ¥8.70 trillion in fiscal 2014": an event's date, the earlier time a
  rank counts after, a since clause's past level are not the figure's period (kuna, 10 Feb 2014; jiji, 8 Aug 2022;
  kyodo, 13 May 2021);
- "ただし、季節調整済みでは2259億円の黒字に": the adjusted figure told as the other basis leaves the story's figures
  unadjusted (kubota, 16 Jan 2013; jbpress, 9 Sep 2022); "The adjusted current account saw a surplus of": that
  sentence's figure is the seasonally adjusted one, the headline's stays unadjusted (rttnews, 9 Mar 2020);
- "increased to ¥852.7 billion from ¥437.2 billion, more than reversing September's shrinkage": the earlier move the
  figure undoes is no time of the figure's (haver, 13 Dec 2006); "減少率も、11年(46.6%減)を上回り": a two-digit year
  with its own figure in brackets (sankeibiz, 9 Feb 2013);
- "surpassed that of an 11.4% slip in exports": a move's noun names the item after it (kyodo, 8 Feb 2021);
- "far below the ¥1.4 trillion and ¥420.7 billion logged in the first halves of 2019 and 2020, respectively": each
  figure its own half, and no "below" bound on a figure recorded; "the ¥2.3 trillion of red ink in the latter half of
  2012": the second half (kyodo, 10 Aug 2021).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_span_pct, by_claim, judged_bop
from ustflow.views.check import check_text


@pytest.mark.parametrize("text,date,claim,now,before", [
    pytest.param("21年度の経常黒字12兆円=7年ぶり低水準、資源高響き22%減 2022年05月12日\n\n"
                 "財務省が12日発表した2021年度の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支の"
                 "黒字額は、前年度比22.3%減の12兆6442億円となった。", "2022-05-12", "22%", ("2021-04", "2022-03"),
                 ("2020-04", "2021-03"), id="a date pasted after the headline is not its period"),
    pytest.param("昨年11月の経常黒字、29%増=輸入減少、3カ月連続プラス 2021年01月12日\n\n"
                 "財務省が12日発表した2020年11月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は、"
                 "前年同月比29.0%増の1兆8784億円の黒字となった。", "2021-01-12", "29%", ("2020-11", "2020-11"),
                 ("2019-11", "2019-11"), id="the cause after a headline's equals sign is not the figure's item"),
    pytest.param("21年上期経常黒字、50.3%増=輸出回復がけん引―財務省 2021年08月10日\n\n"
                 "財務省が10日発表した2021年上半期(1~6月)の国際収支速報によると、経常収支は、前年同期比50.3%増の10兆4675億円の"
                 "黒字となった。", "2021-08-10", "50.3%", ("2021-01", "2021-06"), ("2020-01", "2020-06"),
                 id="a headline half with its cause"),
])
def test_a_headlines_percent_change_of_the_current_account(data, loaded_store, text, date, claim, now, before):
    """The current account's percent change a headline gives, on the span of the story's release and the same span a
    year before."""
    def span(p):
        return p[0] if p[0] == p[1] else f"{p[0]}..{p[1]}"

    judged_bop(check_text(text, date=date, store=data), claim,
               ("contradicted", "bpbp6jyncb", f"{span(before)} to {span(now)}"),
               bop_span_pct(loaded_store, "bpbp6jyncb", now, before))


_MYNAVI = ("サービス収支は699億円の赤字。前年同月比では367億円の赤字幅拡大となった。\n\n"
           "2010年上期の貿易収支は4兆747億円の黒字で、前年同期比で1兆5,637億円(62.3%)の黒字幅拡大となっている。"
           "輸出は32兆3,259億円で同6兆7,918億円(26.6%)の増加。")


def test_a_half_named_with_its_year_in_a_story_of_the_fiscal_half(data, loaded_store):
    recs = check_text(_MYNAVI, date="2010-11-09", store=data)
    judged_bop(recs, "4兆747億円", ("contradicted", "bpbp6jyntb", "2010-04..2010-09"),
               bop_span(loaded_store, "bpbp6jyntb", "2010-04", "2010-09"))
    pct = by_claim(recs, "62.3%")
    assert (pct["verdict"], pct["series"]) == ("contradicted", "boj.bop.bpbp6jyntb"), pct
    assert pct["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jyntb", ("2010-04", "2010-09"),
                                                               ("2009-04", "2009-09")))
    exports = by_claim(recs, "32兆3,259億円")  # (the half carried to the next sentence)
    assert (exports["verdict"], exports["series"], exports["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jynex", "2010-04..2010-09"), exports
    assert exports["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynex", "2010-04", "2010-09"))


def test_this_years_first_half_in_a_story_of_november(data, loaded_store):
    text = "この結果、今年上半期の経常収支は2兆7214億円の黒字にとどまり、去年に比べて41.3%減って、黒字額は上半期でこれまででもっとも少なくなりました。"
    got = check_text(text, date="2012-11-08", store=data)
    judged_bop(got, "2兆7214億円", ("contradicted", "bpbp6jyncb", "2012-04..2012-09"),
               bop_span(loaded_store, "bpbp6jyncb", "2012-04", "2012-09"))


def test_a_half_named_with_its_year_in_a_story_of_august_stays_the_calendar_one(data, loaded_store):
    text = "財務省が10日発表した2015年上半期の国際収支によると、経常収支は8兆1835億円の黒字となった。"
    rec = by_claim(check_text(text, date="2015-08-10", store=data), "8兆1835億円")
    assert (rec["series"], rec["official_period"]) == ("boj.bop.bpbp6jyncb", "2015-01..2015-06"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2015-01", "2015-06"))


def test_a_half_with_its_months_said_keeps_them(data, loaded_store):
    text = "財務省が9日発表した国際収支統計では、2010年上期(1~6月)の貿易収支は4兆8000億円の黒字だった。"
    rec = by_claim(check_text(text, date="2010-11-09", store=data), "4兆8000億円")
    assert (rec["series"], rec["official_period"]) == ("boj.bop.bpbp6jyntb", "2010-01..2010-06"), rec


def test_a_date_that_names_an_event_is_no_period_of_the_figure(data, loaded_store):
    text = ("The current account surplus for 2013 was JPY 3.31 trillion (USD 32.3 billion), down 31.5 percent from the "
            "previous year, according to a preliminary report released by the ministry.\n\n"
            "Imports, meanwhile, surged 15.4 percent on heavy dependence on purchases of crude oil and liquefied natural gas "
            "to make up for shutdowns of nuclear reactors in the aftermath of the radiation crisis at the Fukushima Daiichi "
            "nuclear power plant following the March 2011 quake-tsunami disaster.")
    rec = by_claim(check_text(text, date="2014-02-10", store=data), "15.4 percent")
    assert (rec["verdict"], rec["series"]) == ("contradicted", "boj.bop.bpbp6jynim"), rec
    assert rec["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jynim", ("2013-01", "2013-12"),
                                                               ("2012-01", "2012-12")))


def test_a_rank_counted_after_an_earlier_half_is_not_that_halfs(data, loaded_store):
    text = ("Japan's current account surplus in January-June narrowed 63.1% from a year before to ¥3,505.7 billion, the "
            "smallest since 2014 on a first-half basis, the Ministry of Finance said Monday.\n\n"
            "The surplus in the current account, the broadest measure of trade, dropped by ¥6,002.1 billion, the "
            "second-biggest amount on a half-year basis after the fall recorded in the latter half of 2008 on the heels "
            "of the collapse of U.S. investment bank Lehman Brothers.")
    rec = by_claim(check_text(text, date="2022-08-08", store=data), "¥6,002.1 billion")
    assert (rec["verdict"], rec["series"]) == ("contradicted", "boj.bop.bpbp6jyncb"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2022-01", "2022-06")
                                                  - bop_span(loaded_store, "bpbp6jyncb", "2021-01", "2021-06"))


def test_a_since_clause_of_the_balances_past_level(data, loaded_store):
    text = ("Japan's travel surplus in fiscal 2020 plunged 89.2% from the previous year, the Finance Ministry said "
            "Thursday.\n\n"
            "As for the current account, one of the widest gauges of international trade, its surplus in the reporting "
            "year fell 3.8% to ¥18.20 trillion from a year earlier, marking the lowest level since it totaled ¥8.70 "
            "trillion in fiscal 2014.")
    recs = check_text(text, date="2021-05-13", store=data)
    judged_bop(recs, "3.8%", ("contradicted", "bpbp6jyncb", "2019-04..2020-03 to 2020-04..2021-03"),
               bop_span_pct(loaded_store, "bpbp6jyncb", ("2020-04", "2021-03"), ("2019-04", "2020-03")))
    past = by_claim(recs, "¥8.70 trillion")  # (the since clause's own figure keeps its fiscal year)
    assert (past["verdict"], past["official_period"]) == ("supported", "2014-04..2015-03"), past


def test_the_adjusted_figure_told_as_the_other_basis(data, loaded_store):
    text = ("財務省は1月11日に11月の国際収支(速報)を発表した。これによると、経常収支は2224億円の赤字と10か月ぶりの赤字となった。"
            "1月以外では1985年以降初の赤字となる。ただし、季節調整済みでは2259億円の黒字に。")
    recs = check_text(text, date="2013-01-16", store=data)
    judged_bop(recs, "2224億円", ("contradicted", "bpbp6jyncb", "2012-11"),
               bop_span(loaded_store, "bpbp6jyncb", "2012-11", "2012-11"))
    adjusted = by_claim(recs, "2259億円")
    assert (adjusted["series"], adjusted["official_period"]) == ("boj.bop.bpbp6jyacbx12", "2012-11"), adjusted


def test_a_figure_said_adjusted_without_seasonally(data, loaded_store):
    text = ("(RTTNews) - Japan had a current account surplus of 612.3 billion yen in January, the ministry of Finance said "
            "on Monday - up 6.6 percent on year.\n\n"
            "The adjusted current account saw a surplus of 1,626.8 billion yen, shy of forecasts for 1,664.1 billion yen and "
            "down from 1,852.0 billion yen a month earlier.")
    recs = check_text(text, date="2020-03-09", store=data)
    judged_bop(recs, "1,626.8 billion yen", ("contradicted", "bpbp6jyacbx12", "2020-01"),
               bop_span(loaded_store, "bpbp6jyacbx12", "2020-01", "2020-01"))
    plain = by_claim(recs, "612.3 billion yen")
    assert (plain["series"], plain["official_period"]) == ("boj.bop.bpbp6jyncb", "2020-01"), plain


def test_an_earlier_move_the_figure_reverses(data, loaded_store):
    text = ("Japan's current account surplus rose ¥611.4 billion in October, according to data reported December 13 by the "
            "Ministry of Finance, reaching a record ¥2,020.1 billion (seasonally adjusted).\n\n"
            "The goods balance increased to ¥852.7 billion from ¥437.2 billion, more than reversing September's shrinkage."
            "Exports rose ¥113.0 billion or 1.9% and imports fell ¥302.5 billion or 5.4%.")
    recs = check_text(text, date="2006-12-13", store=data)
    to, frm = by_claim(recs, "¥852.7 billion"), by_claim(recs, "¥437.2 billion")
    assert (to["series"], to["official_period"], frm["official_period"]) == \
        ("boj.bop.bpbp6jyatbx12", "2006-10", "2006-09"), (to, frm)
    assert to["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyatbx12", "2006-10", "2006-10"))
    exports = by_claim(recs, "¥113.0 billion")
    assert (exports["series"], exports["official_period"]) == ("boj.bop.bpbp6jyaexx12", "2006-09..2006-10"), exports
    assert exports["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyaexx12", "2006-10", "2006-10")
                                                      - bop_span(loaded_store, "bpbp6jyaexx12", "2006-09", "2006-09"))


def test_a_two_digit_year_with_its_figure_in_brackets(data, loaded_store):
    text = ("海外とのモノやサービス、投資などの取引状況を示す12年の経常収支は前年比50.8%減の4兆7036億円と、2年連続で減少した。"
            "減少率も、11年(46.6%減)を上回り過去最大だった。")
    got = check_text(text, date="2013-02-09", store=data)
    judged_bop(got, "46.6%", ("contradicted", "bpbp6jyncb", "2010-01..2010-12 to 2011-01..2011-12"),
               bop_span_pct(loaded_store, "bpbp6jyncb", ("2011-01", "2011-12"), ("2010-01", "2010-12")))


def test_a_slip_in_the_item_named_after_it(data, loaded_store):
    text = ("The reporting year's surplus in the current account, one of the widest gauges of international trade, fell "
            "13.8% from 2019 to ¥17.70 trillion.\n\n"
            "The impact of a 15.0% decline in imports due to falls in prices of crude oil and other energy resources "
            "surpassed that of an 11.4% slip in exports amid sluggish demand for Japanese products such as cars.")
    recs = check_text(text, date="2021-02-08", store=data)
    for claim, code in (("11.4%", "bpbp6jynex"), ("15.0%", "bpbp6jynim")):
        rec = by_claim(recs, claim)
        assert (rec["verdict"], rec["series"]) == ("contradicted", f"boj.bop.{code}"), rec
        assert rec["official_value"] == pytest.approx(bop_span_pct(loaded_store, code, ("2020-01", "2020-12"),
                                                                   ("2019-01", "2019-12")))


_KYODO_HALVES = ("Japan's current account surplus in the January-June period rose 50.3 percent from a year earlier to "
                 "¥10.5 trillion, the Finance Ministry said Tuesday.\n\n"
                 "The latest services trade deficit was the worst since the ¥2.3 trillion of red ink in the latter half of "
                 "2012.\n\n"
                 "The travel surplus of ¥105.5 billion was far below the ¥1.4 trillion and ¥420.7 billion logged in the first "
                 "halves of 2019 and 2020, respectively, as many countries have kept tight international travel "
                 "restrictions in place due to the pandemic.")


def test_two_figures_and_two_halves_respectively(data, loaded_store):
    recs = check_text(_KYODO_HALVES, date="2021-08-10", store=data)
    for claim, (first, last) in (("¥1.4 trillion", ("2019-01", "2019-06")), ("¥420.7 billion", ("2020-01", "2020-06"))):
        judged_bop(recs, claim, ("supported", "bpbp6jynsn2", f"{first}..{last}"), bop_span(loaded_store, "bpbp6jynsn2", first, last))


def test_the_latter_half_of_a_year(data, loaded_store):
    got = check_text(_KYODO_HALVES, date="2021-08-10", store=data)
    judged_bop(got, "¥2.3 trillion", ("supported", "bpbp6jynsn", "2012-07..2012-12"),
               bop_span(loaded_store, "bpbp6jynsn", "2012-07", "2012-12"))


def test_two_months_respectively():
    from datetime import date

    from ustflow.check.extract import extract
    from ustflow.check.respective_periods import periods_respectively
    from ustflow.check.text import split_sentences

    text = ("The portfolio of the Kingdom had reached at $133.1 billion and $131.7 billion in August and July, "
            "respectively.")
    claims = [c for c in extract(split_sentences(text), ref=date(2025, 12, 20)) if c.kind == "amount"]
    periods_respectively(claims, date(2025, 12, 20))
    got = {c.claim_text: (c.period.start.isoformat(), c.period.end.isoformat()) for c in claims}
    assert got == {"$133.1 billion": ("2025-08-01", "2025-08-31"), "$131.7 billion": ("2025-07-01", "2025-07-31")}
