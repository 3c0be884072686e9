"""`ustflow check`: the level a 'since' counts from is no host of the records and runs around it, and a record or
first is read on what its words name. Real articles' sentences (batches 10-19); the expected values are the store's
own (``boj.bop``, JPY 100 mn, not seasonally adjusted).

- "07年(24兆9490億円)以来、10年ぶりの高い水準", "14年度(8兆7031億円)以来の低水準", "since it totaled ¥8.70 trillion in fiscal
  2014": the earlier year's level is what the record counts from; the record, the run before it ("増加は3年連続で") and
  the sentences after it ("2007年に次いで2番目の大きさ", "It decreased for the third straight year") are about the story's
  own year (``since_spans.span_refs``); a record said of that level itself stays its ("過去最大だった07年度の24兆3376億円").
- "20兆円台に乗せたのは07年度以来9年ぶり": a balance back across a line, among the same spans (``bop_lines``).
- "the first red ink in seven months" (a deficit), "rose year on year for the first time in three months" (a rise from
  a year before), "a record high for August" (among Augusts): ``bop_records``' reading of the words.
- "sold a record amount of foreign bonds last week, offloading nearly $23 billion": a record of a yen series hosted on
  the sentence's dollar figure is ranked on the series' own value (``qualifier_hosts``).
"""

from __future__ import annotations

import pandas as pd

from tests.helpers import as_read, bop_series, bop_span, by_claim, series
from ustflow.views.check import check_text

_CA, _GOODS, _TRAVEL = "bpbp6jyncb", "bpbp6jyntb", "bpbp6jynsn2"


def _fy(store, code: str, year: int) -> float:
    return bop_span(store, code, f"{year}-04", f"{year + 1}-03")


def test_a_since_years_level_hosts_neither_the_run_nor_the_records_after_it(data, loaded_store):
    # sankeibiz, 9 February 2018 (batch 17)
    text = ("財務省が8日発表した2017年の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支は前年比7.5%増の"
            "21兆8742億円の黒字だった。増加は3年連続で、リーマン・ショック前年の07年(24兆9490億円)以来、10年ぶりの高い水準を記録した。"
            "\n\n経常黒字は、比較可能な1985年以降で2007年に次いで2番目の大きさ。")
    recs = check_text(text, date="2018-02-09", store=data)
    y2017 = bop_span(loaded_store, _CA, "2017-01", "2017-12")
    years = {y: bop_span(loaded_store, _CA, f"{y}-01", f"{y}-12") for y in range(1997, 2018)}
    assert sorted(years, key=years.get, reverse=True)[:2] == [2007, 2017]  # the store agrees: second to 2007
    assert all(years[y] > years[y - 1] for y in (2015, 2016, 2017))
    for claim in ("10年ぶりの高い水準", "2007年に次いで2番目の大きさ"):  # (its year quoted: ja_record_quotes)
        rec = by_claim(recs, claim)
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2017"), rec["explanation"]
        assert round(rec["official_value"], 1) == round(y2017, 1)
    rec = by_claim(recs, "3年連続")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("supported", 3.0, "2017"), rec
    rec = by_claim(recs, "24兆9490億円")  # the level counted from is still checked, as 2007's
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2007-01..2007-12")


def test_a_record_said_of_the_since_level_stays_its_and_the_next_sentence_is_the_storys(data, loaded_store):
    # The Asahi Shimbun, 11 May 2017 (batch 18)
    text = ("財務省が11日発表した2016年度の国際収支(速報)によると、日本と海外のお金の出入りを示す経常収支は前年度より2兆3371億円多い"
            "20兆1990億円の黒字だった。過去最大だったリーマン・ショック前の07年度の24兆3376億円以来9年ぶりに20兆円台に回復。"
            "過去3番目の高水準になった。")
    recs = check_text(text, date="2017-05-11", store=data)
    fy = {y: _fy(loaded_store, _CA, y) for y in range(1997, 2017)}
    rec = by_claim(recs, "過去最大")
    assert (rec["verdict"], round(rec["official_value"], 1)) == ("supported", round(fy[2007], 1))
    assert max(fy, key=fy.get) == 2007
    rec = by_claim(recs, "過去3番目の高水準")
    assert (rec["verdict"], round(rec["official_value"], 1)) == ("supported", round(fy[2016], 1)), rec["explanation"]
    assert sorted(fy, key=fy.get, reverse=True).index(2016) == 2
    rec = by_claim(recs, "9年ぶり")  # back in the 20 trillions: fiscal 2007 the last fiscal year there
    assert (rec["verdict"], rec["official_period"]) == ("supported", "FY2016 (2016-04..2017-03)"), rec["explanation"]
    assert [y for y in fy if fy[y] >= 200_000][-2:] == [2007, 2016]


def test_a_line_crossed_for_the_first_time_in_years_counts_fiscal_years(data, loaded_store):
    # Reuters, 11 May 2017 (batch 18)
    text = ("財務省が11日発表した国際収支状況によると、2016年度の経常収支は20兆1990億円の黒字だった。"
            "年度累計の黒字額が20兆円台に乗せたのは07年度以来9年ぶり。")
    rec = by_claim(check_text(text, date="2017-05-11", store=data), "07年度以来9年ぶり")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "FY2016 (2016-04..2017-03)"), rec["explanation"]
    assert round(rec["official_value"], 1) == round(_fy(loaded_store, _CA, 2016), 1)
    assert "before that last in FY2007" in rec["explanation"]


def test_the_since_level_in_brackets_leaves_the_low_to_the_storys_fiscal_year(data, loaded_store):
    # Reuters, 11 May 2023 (batch 19)
    text = ("[東京 11日 ロイター] – 財務省が11日発表した国際収支状況速報によると、2022年度の経常収支は9兆2256億円の黒字となった。"
            "エネルギー関連の輸入額が増え、黒字額は21年度の20兆1522億円から大幅に縮小した。"
            "年度ベースの黒字額は14年度(8兆7031億円)以来の低水準で、縮小幅は過去2番目の大きさ。")
    recs = check_text(text, date="2023-05-11", store=data)
    rec = by_claim(recs, "14年度(8兆7031億円)以来の低水準")
    fy = {y: _fy(loaded_store, _CA, y) for y in range(2014, 2023)}
    assert (rec["verdict"], round(rec["official_value"], 1)) == ("supported", round(fy[2022], 1)), rec["explanation"]
    assert min(fy, key=fy.get) == 2014 and sorted(fy, key=fy.get)[1] == 2022


def test_the_lowest_since_a_level_it_totaled_in_a_fiscal_year(data, loaded_store):
    # Kyodo (The Japan Times), 13 May 2021 (batch 19)
    text = ("Japan's travel surplus in fiscal 2020 plunged 89.2% from the previous year, as the number of inbound visitors "
            "nosedived due to strict international travel restrictions by nations in response to the novel coronavirus "
            "pandemic, the Finance Ministry said Thursday.\n\nAs for the current account, one of the widest gauges of "
            "international trade, its surplus in the reporting year fell 3.8% to ¥18.20 trillion from a year earlier, "
            "marking the lowest level since it totaled ¥8.70 trillion in fiscal 2014. It decreased for the third "
            "straight year.")
    recs = check_text(text, date="2021-05-13", store=data)
    fy = {y: _fy(loaded_store, _CA, y) for y in range(2014, 2021)}
    rec = [r for r in recs if r["claim"].startswith("the lowest level since")][0]
    assert (rec["verdict"], round(rec["official_value"], 1)) == ("supported", round(fy[2020], 1)), rec["explanation"]
    assert min(fy, key=fy.get) == 2014 and sorted(fy, key=fy.get)[1] == 2020
    rec = by_claim(recs, "for the third straight year")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == \
        ("supported", 3.0, "FY2020 (2020-04..2021-03)"), rec["explanation"]
    assert fy[2020] < fy[2019] < fy[2018] < fy[2017] > fy[2016]
    assert by_claim(recs, "¥8.70 trillion")["official_period"] == "2014-04..2015-03"


def test_red_ink_black_ink_and_a_year_on_year_rise_are_read_as_worded(data, loaded_store):
    # Kyodo (The Japan Times), 8 March 2021 (batch 13)
    text = ("Japan's current account surplus for January dropped from a year earlier for the first decline in five "
            "months, government data showed Monday.\n\nMeanwhile, the country's goods trade balance improved to a "
            "deficit of ¥130.1 billion, shrinking 86.9% from a ¥990.4 billion deficit the previous year, but the "
            "January figure marked the first red ink in seven months.")
    rec = by_claim(check_text(text, date="2021-03-08", store=data), "the first red ink in seven months")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2021-01"), rec["explanation"]
    goods = bop_series(loaded_store, _GOODS)
    assert goods[pd.Period("2021-01", "M")] < 0 and goods[pd.Period("2020-06", "M")] < 0
    assert all(goods[pd.Period(f"2020-{m:02d}", "M")] > 0 for m in range(7, 13))
    # The Japan Times, 8 March 2018 (batch 18)
    text = ("The current account surplus grew to ¥607.4 billion ($5.7 billion) in January, its highest for the month "
            "since 2011, thanks to strong exports in Asia, government data showed Thursday.\n\nThe surplus rose year on "
            "year for the first time in three months, marking a more than sixfold rise from the same month last year.")
    rec = by_claim(check_text(text, date="2018-03-08", store=data), "for the first time in three months")
    assert (as_read(rec), rec["official_period"]) == ("supported", "2018-01"), rec["explanation"]
    ca = bop_series(loaded_store, _CA)
    yoy = [ca[pd.Period(m, "M")] - ca[pd.Period(m, "M") - 12] for m in ("2017-10", "2017-11", "2017-12", "2018-01")]
    assert yoy[0] > 0 and yoy[1] < 0 and yoy[2] < 0 and yoy[3] > 0


def test_a_record_high_for_a_named_month_is_among_that_month_of_each_year(data, loaded_store):
    # Jiji Press (The Japan News), 9 October 2024 (batch 16)
    text = ("TOKYO (Jiji Press) — Japan's current account surplus in August rose 65.8% from a year earlier to "
            "¥3,803.6 billion, a record high for a single month, Finance Ministry data showed Tuesday.\n\nThe services "
            "trade deficit decreased to ¥104.9 billion from ¥301.9 billion a year ago, as the travel account surplus "
            "reached a record high for August at ¥404.5 billion.")
    recs = [r for r in check_text(text, date="2024-10-09", store=data) if r["claim"] == "a record high"]
    travel = bop_series(loaded_store, _TRAVEL)
    augusts = travel[[p.month == 8 and p <= pd.Period("2024-08", "M") for p in travel.index]]
    rec = recs[-1]
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-08"), rec["explanation"]
    assert round(rec["official_value"], 1) == round(float(augusts.max()), 1) == round(float(augusts.iloc[-1]), 1)
    assert float(travel[travel.index <= pd.Period("2024-08", "M")].max()) > float(augusts.iloc[-1])  # not of all months


def test_a_record_hosted_on_a_dollar_figure_is_ranked_on_the_yen_series(data, loaded_store):
    # Reuters, 10 October 2013 (batch 10): MoF's weekly yen series, its week ranked on its own value
    text = ("TOKYO Oct 10 Japanese investors sold a record amount of foreign bonds on a net basis last week, offloading "
            "nearly $23 billion worth, amid concerns over whether U.S. lawmakers would reach a deal to raise the federal "
            "debt limit by mid-October and avoid a historic default.")
    rec = by_claim(check_text(text, date="2013-10-10", store=data), "a record amount")
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    week = pd.Period("2013-10-05", "W-SAT")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2013-09-29..2013-10-05"), rec["explanation"]
    assert rec["official_value"] == float(s[week]) == float(s[s.index <= week].min())
    # AFP, 9 February 2015 (batch 12): the BoJ's yen balance of the calendar year
    text = ("Japan's current account surplus shrank nearly a fifth to a record low $22 billion in 2014, the fourth "
            "straight annual fall, as its trade deficit swelled amid a weak yen, official data showed Monday.")
    rec = by_claim(check_text(text, date="2015-02-09", store=data), "a record low")
    years = {y: bop_span(loaded_store, _CA, f"{y}-01", f"{y}-12") for y in range(1997, 2015)}
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2014"), rec["explanation"]
    assert round(rec["official_value"], 1) == round(years[2014], 1) == round(min(years.values()), 1)

