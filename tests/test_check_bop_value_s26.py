"""`ustflow check` on balance-of-payments figures judged on the wrong official value (session 26): the right item and
verdict family, but the wrong period frame or a level read for a change, in real release stories' sentences:

- "輸出の前年同月比の減少額は1兆8,218億円", "経常黒字の減少額は10兆9265億円": the move named right before the figure (減少額,
  増加幅) makes it a change, not a level (mynavi, 13 Jan 2009; kyodo, 11 May 2023);
- "前の年度に比べて3兆8000億円を超える大幅な減少": a move after "を超える" and "大幅な" is still the figure's (NHK, 14 May 2019);
- "(前年同月比281億円の赤字)。第1次所得収支は1兆8476億円の黒字(同841億円の黒字)": 同 repeats a change from the same month
  a year before, so the bracketed figure is a change too (reuters, 9 Mar 2020);
- "96年度(7兆2890億円の黒字)以来" in 2012: a two-digit fiscal year after the story's is of the century before
  (nikkei, 10 May 2012);
- "前年度(8兆7245億円の黒字)の2倍超となった。…20兆円を超えた": a base named alone is not the next sentence's period (nikkei,
  12 May 2016); "単月での経常黒字は39カ月連続。…貿易・サービス収支は7764億円の黒字": a half is not the period of a sentence
  about the month alone (reuters, 9 Nov 2017);
- "所得収支は黒字幅が24.1%拡大して8843億円のプラス": a change told with a level of its balance is of the level's period
  (sankeibiz, 10 Feb 2014);
- "compared with a deficit of 320.7 billion yen from the previous year": the compared level is a year before the story's
  month (kyodo, 9 Dec 2019); "against a surplus of 9.1 trillion yen the year before": a year before the story's fiscal
  year (dpa, 13 May 2009);
- "plunging from 270.1 billion yen (2.51 billion U.S. dollars) booked in the previous year": the figure restated in
  brackets is at the period of the one before it (cgtn, 9 Jul 2020);
- "which is a 47.3 percent increase from the same period a year earlier": a change told with a level of the same balance
  in its sentence is of that level's half (xinhua, 9 Aug 2010);
- "第1次所得収支は21兆5883億円の黒字で、比較可能な1985年度以降、過去2番目の大きさだった": a fiscal year a place counts from is
  not the figure's (reuters, 12 May 2022); "Since 2011, when ... helped slightly widen a travel deficit to ¥1.30
  trillion": a 'since' year's when-clause is of that year, not its January (kyodo, 8 Feb 2021);
- "missing forecasts for a shortfall of 962.0 billion yen following the 120.7 billion yen surplus in the previous month":
  the actual figure set against a forecast's is no forecast (rttnews, 9 Mar 2020);
- "registered a ¥2.1 trillion deficit, deteriorating from a ¥1.9 trillion deficit a year ago": a year before the half the
  story gave the level it moved to, not before the half the sentence before named (kyodo, 10 Aug 2021);
- "the services balance swung from a surplus of ¥152.5 billion a year before to a deficit of ¥92.5 billion": the side
  swung from is a year before the side swung to, the story's May, not before the April an aside named (kyodo, 8 Jul
  2020); the side swung to keeps the story's month;
- "経常黒字の減少額は10兆9265億円で、…08年度(13兆6490億円)以来の大きさ": the bracketed figure a change's 'since' counts from
  is that year's change too (kyodo, 11 May 2023);
- "同年度の貿易収支は3兆4495億円の赤字": the fiscal year named before, not the month of the release (nikkei, 10 May 2012);
- "輸出の前年同月比の減少額は1兆8,218億円で過去最大" in January 2009: MoF then ranked a month's change from 1985 on its former
  manual, which the store does not hold (mynavi, 13 Jan 2009).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_span_pct, by_claim, judged_bop
from ustflow.views.check import check_text


def _change(store, code: str, now: tuple[str, str], before: tuple[str, str]) -> float:
    return bop_span(store, code, *now) - bop_span(store, code, *before)


_judged = judged_bop


@pytest.mark.parametrize("text,date,claim,verdict,code,period,now,before", [
    pytest.param(
        ("財務省が13日発表した昨年11月の国際収支状況速報によると、貿易・サービス、投資の状況を示す経常収支は5,812億円の黒字で"
         "前年同月に比べ65.9%減少した。\n\n「貿易・サービス収支」は-1,842億円で2カ月連続の赤字。内訳をみると、「貿易収支」が"
         "934億円の赤字。輸出が前年同月比26.5%減の5兆623億円、輸入が同13.7%減の5兆1,557億円だった。輸出の前年同月比の減少額は"
         "1兆8,218億円で過去最大。"),
        "2009-01-13", "1兆8,218億円", "contradicted", "bpbp6jynex", "2007-11..2008-11", ("2008-11", "2008-11"), ("2007-11", "2007-11"),
        id="a_move_named_before_the_figure_makes_it_a_change"),
    pytest.param(
        ("財務省が11日発表した2022年度の国際収支速報は、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額が前年度比"
         "54.2%減の9兆2256億円だった。14年度以来8年ぶりの低水準。\n\n経常黒字の減少額は10兆9265億円で、同じく原油高に見舞われた"
         "08年度(13兆6490億円)以来の大きさだった。"),
        "2023-05-11", "10兆9265億円", "contradicted", "bpbp6jyncb", "2021-04..2023-03", ("2022-04", "2023-03"), ("2021-04", "2022-03"),
        id="a_fiscal_years_fall_named_before_the_figure"),
    pytest.param(
        ("さて14日の財務省の発表によれば、昨年度1年間の日本の経常収支は、19兆4144億円の黒字でした。\n\n"
         "黒字額が5年ぶり減少(前年度より2兆7605億円減少)した理由は、エネルギー価格の高止まりで輸入額が伸びた一方、輸出が伸び"
         "悩んだことで、貿易収支の黒字額が7068億円と、前の年度に比べて3兆8000億円を超える大幅な減少になったためです。"),
        "2019-05-19", "3兆8000億円", "supported", "bpbp6jyntb", "2017-04..2019-03", ("2018-04", "2019-03"), ("2017-04", "2018-03"),
        id="a_move_after_more_than_and_large_is_the_figures"),
    pytest.param(
        ("財務省が11日発表した2022年度の国際収支速報は、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額が前年度比"
         "54.2%減の9兆2256億円だった。\n\n経常黒字の減少額は10兆9265億円で、同じく原油高に見舞われた08年度(13兆6490億円)以来の"
         "大きさだった。"),
        "2023-05-11", "13兆6490億円", "supported", "bpbp6jyncb", "2007-04..2009-03", ("2008-04", "2009-03"), ("2007-04", "2008-03"),
        id="the_change_a_since_counts_from_is_a_change"),
])
def test_a_change_is_read_on_its_own_periods(data, loaded_store, text, date, claim, verdict, code, period, now, before):
    """A balance's change between the periods the case names (the case's id says what the sentence does)."""
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, period),
               _change(loaded_store, code, now, before), measure="bop_change")


def test_the_same_base_in_brackets_repeats_a_change(data, loaded_store):
    text = ("[東京 9日 ロイター] – 財務省が9日発表した国際収支状況速報によると、2020年1月の経常収支は6123億円の黒字となった。"
            "黒字は67カ月連続。\n\n経常収支の内訳をみると、貿易・サービス収支は1兆1478億円の赤字(前年同月比281億円の赤字)。\n\n"
            "第1次所得収支は1兆8476億円の黒字(同841億円の黒字)。企業が受け取る海外子会社からの配当金が増加したことで直接投資収益の"
            "押し上げにつながった。\n\n第2次所得収支は875億円の赤字(同180億円の赤字)だった。")
    got = check_text(text, date="2020-03-09", store=data)
    _judged(got, "841億円", ("contradicted", "bpbp6jynpin", "2019-01..2020-01"),
            _change(loaded_store, "bpbp6jynpin", ("2020-01", "2020-01"), ("2019-01", "2019-01")), measure="bop_change")
    rec = by_claim(got, "180億円")
    assert (rec["measure"], rec["series"], rec["official_period"]) == \
        ("bop_change", "boj.bop.bpbp6jynsin", "2019-01..2020-01"), rec
    assert abs(rec["official_value"]) == pytest.approx(abs(_change(loaded_store, "bpbp6jynsin", ("2020-01", "2020-01"),
                                                                   ("2019-01", "2019-01"))))


@pytest.mark.parametrize("text,date,claim,verdict,code,first,last", [
    pytest.param(
        ("同時に発表した2011年度の経常収支は前年度と比べて52.6%減の7兆8934億円の黒字だった。黒字の減少幅は比較可能な1985年以降"
         "最大で、水準としては96年度(7兆2890億円の黒字)以来15年ぶりの低さに落ち込んだ。"),
        "2012-05-10", "7兆2890億円", "contradicted", "bpbp6jyncb", "1996-04", "1997-03",
        id="a_two_digit_fiscal_year_after_the_story_is_of_the_century_before"),
    pytest.param(
        ("財務省が12日発表した2015年度の国際収支状況(速報)によると、海外との総合的な取引状況を示す経常収支は 17兆9752億円の"
         "黒字だった。原油価格の下落を受けて貿易収支が5年ぶりに黒字転換し、 経常収支の黒字額は前年度(8兆7245億円の黒字)の2倍超と"
         "なった。企業が海外事業への 投資で受け取る配当金などの第1次所得収支は比較可能な1985年度以降で過去最大となり、20兆円を"
         "超えた。"),
        "2016-05-12", "20兆円", "supported", "bpbp6jynpin", "2015-04", "2016-03",
        id="a_base_named_alone_is_not_the_next_sentences_period"),
    pytest.param(
        ("Japan's current account surplus rose 38.0 percent in October from a year earlier, as imports dropped faster "
         "than exports, government data showed Monday.\n\nThe country's surplus in the current account came to 1.82 "
         "trillion yen ($17 billion), marking the 64th straight month of black ink, the Finance Ministry said in a "
         "preliminary report.\n\nAmong key components, the goods trade surplus was 254.0 billion yen, compared with a "
         "deficit of 320.7 billion yen from the previous year."),
        "2019-12-09", "320.7 billion yen", "contradicted", "bpbp6jyntb", "2018-10", "2018-10",
        id="a_level_compared_from_the_previous_year"),
    pytest.param(
        ("Japan's Current-account Surplus Shrinks for First time in 7 Years\n\n"
         "Tokyo, May 13 (DPA): Japan's current-account surplus narrowed for the first time in seven years for the year "
         "ending March 31, after the global economic downturn caused sharp decline in exports, the Finance Ministry "
         "said Wednesday.\n\nThe current account surplus fell 50.2 percent year-on-year in fiscal 2008, to 12.23 "
         "trillion yen ($125.95 billion), the largest drop recorded since 1985, the ministry said in a preliminary "
         "report.\n\nGoods and services trade marked a deficit of 1 trillion yen against a surplus of 9.1 trillion "
         "yen the year before.\n\nThe surplus in goods plunged 90 percent to 1.17 trillion yen. Exports dropped a "
         "record 16.3 percent to 67.72 trillion yen, and imports also dipped 3.9 percent to 66.55 trillion yen in "
         "fiscal 2008.\n\nServices trade narrowed a deficit to 2.17 trillion yen from 2.6 trillion yen."),
        "2009-05-13", "9.1 trillion yen", "supported", "bpbp6jynts", "2007-04", "2008-03",
        id="a_level_the_year_before_a_fiscal_years"),
    pytest.param(
        ("[東京 12日 ロイター] - 財務省が12日発表した国際収支状況速報によると、2021年度の経常収支は、12兆6442億円の黒字で、"
         "前年度比22.3%減となった。\n\n一方、海外の投資に伴う利子や配当の収支を示す第1次所得収支は21兆5883億円の黒字で、"
         "比較可能な1985年度以降、過去2番目の大きさだった。"),
        "2022-05-12", "21兆5883億円", "contradicted", "bpbp6jynpin", "2021-04", "2022-03",
        id="a_fiscal_year_a_place_counts_from_is_not_the_figures"),
    pytest.param(
        ("Japan's travel surplus in 2020 shrank to nearly one-fifth of the previous year, the first drop since the "
         "balance turned into the black in 2015, as international travel bans amid the coronavirus pandemic had a huge "
         "impact on the number of inbound visitors, government data showed Monday.\n\nThe travel balance, which "
         "reflects the amount of money foreign visitors spend in Japan versus Japanese spending abroad, tumbled 79.2% "
         "to ¥562.1 billion ($5.3 billion) from a record ¥2.70 trillion in 2019, the Finance Ministry said in a "
         "preliminary report.\n\nSince 2011, when a massive earthquake, tsunami and the subsequent Fukushima nuclear crisis in "
         "northeastern Japan helped slightly widen a travel deficit to ¥1.30 trillion, the country's annual travel "
         "balance had continued to improve until 2019 with a steady increase in the number of foreign visitors.\n\n"
         "The reporting year's surplus in the current account, one of the widest gauges of international trade, fell "
         "13.8% from 2019 to ¥17.70 trillion, its lowest level since the ¥16.52 trillion recorded in 2015."),
        "2021-02-08", "¥1.30 trillion", "supported", "bpbp6jynsn2", "2011-01", "2011-12",
        id="a_since_years_when_clause_is_of_that_year"),
    pytest.param(
        ("Japan’s current account surplus grew 50.3% in the first half of 2021 from a year earlier to ¥10.5 trillion "
         "($95 billion), government data showed Tuesday.\n\nThe surplus of ¥10.5 trillion in the current account "
         "balance, one of the widest gauges of international trade, surpassed the pre-pandemic level of a ¥10.3 "
         "trillion surplus in the first half of 2019, the ministry said.\n\nMeanwhile, the services trade balance, "
         "which includes cargo shipping and passenger transportation, registered a ¥2.1 trillion deficit, "
         "deteriorating from a ¥1.9 trillion deficit a year ago."),
        "2021-08-10", "¥1.9 trillion", "supported", "bpbp6jynsn", "2020-01", "2020-06",
        id="a_level_moved_from_a_year_ago_is_a_year_before_the_storys_half"),
    pytest.param(
        ("同時に発表した2011年度の経常収支は前年度と比べて52.6%減の7兆8934億円の黒字だった。黒字の減少幅は比較可能な1985年以降"
         "最大で、水準としては96年度(7兆2890億円の黒字)以来15年ぶりの低さに落ち込んだ。\n\n同年度の貿易収支は3兆4495億円の赤字。"),
        "2012-05-10", "3兆4495億円", "contradicted", "bpbp6jyntb", "2011-04", "2012-03",
        id="the_same_fiscal_year_named_before"),
])
def test_a_level_is_read_on_its_own_period(data, loaded_store, text, date, claim, verdict, code, first, last):
    """A balance's level, judged on the item and period the case names (the case's id says what the sentence does)."""
    period = first if first == last else f"{first}..{last}"
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, period),
               bop_span(loaded_store, code, first, last))


def test_a_sentence_about_the_month_alone_does_not_pass_on_the_half(data, loaded_store):
    text = ("[東京 9日 ロイター] - 財務省が9日発表した国際収支状況速報によると、9月の経常収支は2兆2712億円の黒字となった。"
            "この結果、2017年4─9月の年度上期では11兆5339億円の黒字と、07年上期(12兆4816億円)以来、10年ぶりの水準に戻った。\n\n"
            "単月での経常黒字は39カ月連続。経常収支のうち、貿易・サービス収支は7764億円の黒字だった。貿易収支が8522億円の黒字、"
            "サービス収支は758億円の赤字。")
    got = check_text(text, date="2017-11-09", store=data)
    for claim, code in (("7764億円", "bpbp6jynts"), ("8522億円", "bpbp6jyntb"), ("758億円", "bpbp6jynsn")):
        _judged(got, claim, ("contradicted", code, "2017-09"), bop_span(loaded_store, code, "2017-09", "2017-09"))
    assert by_claim(got, "11兆5339億円")["official_period"] == "2017-04..2017-09"


def test_a_change_told_with_a_level_is_of_the_levels_period(data, loaded_store):
    text = ("財務省が10日発表した2013年の国際収支速報によると、経常収支の黒字額が前年比31.5%減の3兆3061億円となり、比較可能な"
            "1985年以降で最少の黒字幅となった。\n\n一方、昨年12月の国際収支は、貿易収支の入超がとまらず、経常収支の赤字幅が4079億円"
            "拡大し、6386億円の経常赤字となった。サービス収支は赤字幅が縮小したが、2324億円の赤字。所得収支は黒字幅が24.1%拡大して"
            "8843億円のプラスとなったが、貿易サービス収支の赤字をカバーできなかった。")
    got = check_text(text, date="2014-02-10", store=data)
    _judged(got, "24.1%", ("contradicted", "bpbp6jynpin", "2012-12 to 2013-12"),
            bop_span_pct(loaded_store, "bpbp6jynpin", ("2013-12", "2013-12"), ("2012-12", "2012-12")))


def test_a_figure_restated_in_brackets_takes_the_period_before_it(data, loaded_store):
    text = ("Japan's current account surplus in May fell 27.9 percent from a year earlier as the tourism sector was hit "
            "hard by a continued slump in overseas visitors due to the coronavirus pandemic, government data showed "
            "Wednesday.\n\nMoney spent by overseas visitors in Japan compared to that spent by Japanese in foreign "
            "countries, logged a surplus of 22.4 billion yen (208.30 million U.S. dollars) in Japan's travel balance, "
            "plunging from 270.1 billion yen (2.51 billion U.S. dollars) booked in the previous year, the figures also "
            "showed.")
    got = check_text(text, date="2020-07-09", store=data)
    for claim in ("270.1 billion yen", "2.51 billion U.S. dollars"):
        _judged(got, claim, ("supported", "bpbp6jynsn2", "2019-05"), bop_span(loaded_store, "bpbp6jynsn2", "2019-05", "2019-05"))


def test_a_change_in_a_which_clause_is_of_its_levels_half(data, loaded_store):
    text = ("Japan's current account surplus fell 18.2 in June on year, the Ministry of Finance said in a report on "
            "Monday.\n\nAccording to the report, the surplus stood at 1,047.1 billion yen (12.25 billion U.S. dollars) "
            "in the recording and for the first six months of 2010, the balance totaled a surplus of 8.53 trillion yen "
            "(99.82 billion U.S. dollars), which is a 47.3 percent increase from the same period a year earlier.")
    got = check_text(text, date="2010-08-09", store=data)
    _judged(got, "47.3 percent", ("contradicted", "bpbp6jyncb", "2009-01..2009-06 to 2010-01..2010-06"),
            bop_span_pct(loaded_store, "bpbp6jyncb", ("2010-01", "2010-06"), ("2009-01", "2009-06")))


def test_a_months_change_on_record_before_bpm6_is_beyond_the_store(data):
    text = ("財務省が13日発表した昨年11月の国際収支状況速報によると、経常収支は5,812億円の黒字で前年同月に比べ65.9%減少した。\n\n"
            "輸出が前年同月比26.5%減の5兆623億円だった。輸出の前年同月比の減少額は1兆8,218億円で過去最大。")
    rec = by_claim(check_text(text, date="2009-01-13", store=data), "過去最大")
    assert (rec["verdict"], rec["series"]) == ("unverifiable", "boj.bop.bpbp6jynex"), rec
    assert "1985" in rec["explanation"], rec


def test_an_actual_after_a_forecasts_figure_is_no_forecast(data, loaded_store):
    text = ("Japan Has Y612.3 Billion Current Account Surplus\n\n(RTTNews) - Japan had a current account surplus of 612.3 "
            "billion yen in January, the ministry of Finance said on Monday - up 6.6 percent on year.\n\nThat was shy of "
            "expectations for 623.5 billion yen and up from 524.0 billion yen in December.\n\nThe trade balance reflected "
            "a deficit of 985.1 billion yen - also missing forecasts for a shortfall of 962.0 billion yen following the "
            "120.7 billion yen surplus in the previous month.\n\nThe adjusted current account saw a surplus of 1,626.8 "
            "billion yen, shy of forecasts for 1,664.1 billion yen and down from 1,852.0 billion yen a month earlier.")
    got = check_text(text, date="2020-03-09", store=data)
    _judged(got, "120.7 billion yen", ("contradicted", "bpbp6jyntb", "2019-12"),
            bop_span(loaded_store, "bpbp6jyntb", "2019-12", "2019-12"))
    _judged(got, "1,852.0 billion yen", ("contradicted", "bpbp6jyacbx12", "2019-12"),
            bop_span(loaded_store, "bpbp6jyacbx12", "2019-12", "2019-12"))
    assert by_claim(got, "962.0 billion yen")["verdict"] == "unverifiable"  # (the forecast itself)


def test_a_balance_swung_from_a_year_before(data, loaded_store):
    text = ("Japan's current account surplus in May dropped 27.9 percent from a year earlier as a continued rapid fall in "
            "the number of foreign visitors due to the coronavirus pandemic worsened the travel balance, government data "
            "showed Wednesday.\n\nThe balance, one of the widest gauges of international trade, stood at ¥1.18 trillion "
            "($11 billion), remaining in the black for the 71st straight month, the Finance Ministry said in a "
            "preliminary report.\n\nThe surplus shrank for the third month in a row. It declined 84.2 percent in April."
            "\n\nAmong key components, the country's goods trade deficit narrowed 18.1 percent to ¥556.8 billion but the "
            "services balance swung from a surplus of ¥152.5 billion a year before to a deficit of ¥92.5 billion.")
    got = check_text(text, date="2020-07-08", store=data)
    _judged(got, "¥152.5 billion", ("contradicted", "bpbp6jynsn", "2019-05"),
            bop_span(loaded_store, "bpbp6jynsn", "2019-05", "2019-05"))
    _judged(got, "¥92.5 billion", ("contradicted", "bpbp6jynsn", "2020-05"),
            bop_span(loaded_store, "bpbp6jynsn", "2020-05", "2020-05"))
