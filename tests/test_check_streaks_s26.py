"""`ustflow check` on runs (session 26), in real release stories' sentences; each
was left out or declined before:

- a run of surpluses said of the balance alone, a paragraph after the level it counts ("…経常収支は6074億円の黒字だった。
  …中国向け自動車輸出の増加などが牽引した。\\n黒字は43カ月連続で"): the balance told last, a few sentences back, when no
  other item's figure was told since (sankeibiz, 9 Mar 2018);
- "Japan posted its 14th straight current-account surplus in March": an ordinal run named by the balance and its
  side, with no period word (nhkworld, 10 May 2024);
- "貿易収支は2199億円の赤字で9カ月連続の赤字だった": a run of deficits on a level far from today's (the BPM6 series revised
  it to ¥73.8 bn) but still a deficit: the run counts the side, which the level's size does not enter (nikkei,
  10 May 2013);
- "India has been hiking its holdings since October 2014 when the same stood at $77.5 billion": a run of rises since
  the month whose level the sentence gives started from that level and runs to the story's month (indiajournal, 20 Feb
  2015); hosted on that level set aside as a reference point, it is counted to the month the story reads (pti, March
  2015);
- "down 31.5 percent from the previous year ... and shrank for the third straight year", "16年度比で3.4%増えた。…4年連続で
  前の年度を上回った": a run of years hosted on a year's (fiscal year's) percent change counts those years ("前の年度を
  上回った" names the base, as "前年度を上回った" does) (kuna, 10 Feb 2014; nikkei, 10 May 2018);
- "3月以来のマイナスとなった", "売り越しは2月以来となる": the first fall (net sale) since a month (reuters, 16 Nov 2021;
  agora, 10 Jul 2018);
- "上半期としては2年ぶりの黒字": a first surplus among the same half of other years (kyodo, 10 Aug 2021);
- "returned to March levels": a month named before "levels" is a level compared with, not the period of the runs
  said with it (anbound, 17 Nov 2023);
- "The goods trade balance — exports minus imports — stayed in the red for the fourth year in a row": an item named in
  a dash aside that defines the balance is not the run's item (kyodo, 9 Feb 2015).

Expected values are the store's own (``boj.bop``, JPY 100 mn; TIC holdings, USD bn).
"""

from __future__ import annotations

import pandas as pd

from tests.helpers import bop_series, bop_span, bop_years, by_claim, run_length
from ustflow.views.check import check_text


def _read(recs: list[dict], claim: str) -> tuple:
    """The verdict, series, period and value the checker gave ``claim``."""
    rec = by_claim(recs, claim)
    return rec["verdict"], rec["series"], rec["official_period"], rec["official_value"]


def _run(loaded_store, code: str, month: str, sign: int) -> int:
    return run_length(bop_series(loaded_store, code), pd.Period(month, "M"), sign)


def test_a_run_of_the_balance_alone_a_paragraph_after_its_level(data, loaded_store):
    text = ("財務省が8日発表した1月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支は6074億円の"
            "黒字だった。前年同月の約6.4倍に上り、1月の黒字額としては2011年の東日本大震災後で最大。中国向け自動車輸出の"
            "増加などが牽引(けんいん)した。\n\n"
            "黒字は43カ月連続で、黒字の幅は3カ月ぶりに拡大した。")
    assert _read(check_text(text, date="2018-03-09", store=data), "43カ月連続") == \
        ("supported", "boj.bop.bpbp6jyncb", "2018-01", _run(loaded_store, "bpbp6jyncb", "2018-01", 1))
    assert _run(loaded_store, "bpbp6jyncb", "2018-01", 1) == 43


def test_a_run_told_after_another_items_figure_is_not_the_balance_before():
    # exports told between the level and the run, a paragraph on: the run is not read as the level's balance (the
    # sentence just before is read as before: "…黒字だった。黒字は42カ月連続だが")
    from ustflow.check import bop_topic
    from ustflow.check.bop import _RUN_OF_SIGN
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    text = "経常収支は6074億円の黒字だった。輸出は6兆2264億円だった。増加が牽引した。\n\n黒字は43カ月連続で、拡大した。"
    claims = extract(split_sentences(text), ref=pd.Timestamp("2018-03-09").date())
    for c, item in zip([c for c in claims if c.kind == "amount"], ("current", "exports")):
        c.measure, c.instrument = "bop", ("bop_item", item)
    run = next(c for c in claims if c.kind == "qualifier")
    assert bop_topic.run_told_before(run, claims, _RUN_OF_SIGN) is None
    claims[1].measure = "other"  # (exports not read as a BoP figure: the current account told before is the run's)
    assert bop_topic.run_told_before(run, claims, _RUN_OF_SIGN) == "current"


def test_an_ordinal_run_of_a_named_balances_surpluses(data, loaded_store):
    text = ("Japan posts record current-account surplus in FY2023\n\n"
            "The primary-income surplus came to a record 35.5 trillion yen, or about 228 billion dollars.\n\n"
            "The figure was up more than one billion dollars from the previous fiscal year due to effects of the weak yen "
            "and higher interest rates of foreign bonds.\n\n"
            "Meanwhile, the ministry officials say Japan posted its 14th straight current-account surplus in March.")
    assert _read(check_text(text, date="2024-05-10", store=data), "its 14th straight current-account") == \
        ("supported", "boj.bop.bpbp6jyncb", "2024-03", _run(loaded_store, "bpbp6jyncb", "2024-03", 1))
    assert _run(loaded_store, "bpbp6jyncb", "2024-03", 1) == 14


def test_a_run_of_deficits_on_a_level_revised_far_but_still_a_deficit(data, loaded_store):
    text = ("同時に発表した13年3月の経常収支は1兆2512億円の黒字。黒字は2カ月連続だが、前年同月より4.3%減った。"
            "貿易収支は2199億円の赤字で9カ月連続の赤字だった。")
    recs = check_text(text, date="2013-05-10", store=data)
    level = by_claim(recs, "2199億円")
    assert (level["verdict"], level["series"], level["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jyntb", "2013-03"), level
    assert -2199 / 2 < level["official_value"] < 0  # far from the ¥219.9 bn told, but a deficit still
    assert _read(recs, "9カ月連続") == \
        ("supported", "boj.bop.bpbp6jyntb", "2013-03", _run(loaded_store, "bpbp6jyntb", "2013-03", -1))
    assert _run(loaded_store, "bpbp6jyntb", "2013-03", -1) == 9


def _india(loaded_store, month: str) -> float:
    from tests.helpers import tic_level

    return tic_level(loaded_store, "india", month)


def test_a_run_of_rises_since_the_month_whose_level_the_sentence_gives(data, loaded_store):
    # "since October 2014 when the same stood at $77.5 billion": October's level is where the rises started; they
    # run to the story's month, December (indiajournal, 20 Feb 2015)
    text = ("Latest data from the Treasury Department shows that India's holdings rose to $83 billion in December, an "
            "increase of $2.5 billion compared to the previous month. In November last year, the exposure touched $80.5 "
            "billion. India has been hiking its holdings since October 2014 when the same stood at $77.5 billion.")
    assert _read(check_text(text, date="2015-02-20", store=data), "since October 2014") == \
        ("supported", "tic.holdings.india", "2014-12", 2.0)
    assert _india(loaded_store, "2014-10") < _india(loaded_store, "2014-11") < _india(loaded_store, "2014-12")


def test_a_run_since_a_month_hosted_on_that_months_level(data, loaded_store):
    # the level is set aside as a reference point (it is October's, not January's), and the run is counted to
    # January (pti, March 2015)
    text = ("WASHINGTON: Hiking its holding by $8 billion in just a month, India's exposure to U.S. government securities "
            "rose to $91.2 billion at the end of January this year.\n\n"
            "In January, Russia's exposure stood at $82.2 billion. Since October 2014, India has been hiking its exposure "
            "when it stood at $77.5 billion. The next month the same was raised to $80.5 billion.")
    recs = check_text(text, date="2015-03-22", store=data)
    assert by_claim(recs, "$77.5 billion")["verdict"] == "unverifiable"
    assert _read(recs, "Since October 2014") == ("supported", "tic.holdings.india", "2015-01", 3.0)
    assert _india(loaded_store, "2014-12") < _india(loaded_store, "2015-01")


def test_a_run_of_years_hosted_on_a_years_percent_change(data, loaded_store):
    # "down 31.5 percent from the previous year ... and shrank for the third straight year": the percent change is of
    # the year 2013 (a first print far from today's, its level fitting today's: the same balance), so the run counts
    # calendar years (kuna, 10 Feb 2014)
    text = ("The current account surplus for 2013 was JPY 3.31 trillion (USD 32.3 billion), down 31.5 percent from the "
            "previous year, according to a preliminary report released by the ministry. It was the smallest surplus on "
            "record since comparable data became available in 1985, and shrank for the third straight year.")
    years = bop_years(loaded_store, "bpbp6jyncb")
    assert years[2010] > years[2011] > years[2012] > years[2013] and years[2009] < years[2010]
    assert _read(check_text(text, date="2014-02-10", store=data), "for the third straight year") == \
        ("supported", "boj.bop.bpbp6jyncb", "2013", 3.0)


def test_a_run_of_fiscal_years_above_the_year_before(data, loaded_store):
    # "16年度比で3.4%増えた。経常黒字額は14年度以降4年連続で前の年度を上回った": rises of fiscal years ("前の年度を上回った"
    # names the base, as "前年度を上回った" does), counted on the fiscal years the percent change is of (nikkei, 10 May
    # 2018)
    text = ("財務省が10日発表した2017年度の国際収支速報によると、日本が海外との貿易や金融取引でどれだけ稼いだかを示す経常収支は"
            "21兆7362億円の黒字となり、16年度比で3.4%増えた。経常黒字額は14年度以降4年連続で前の年度を上回った。")
    assert _read(check_text(text, date="2018-05-10", store=data), "4年連続") == \
        ("supported", "boj.bop.bpbp6jyncb", "FY2017 (2017-04..2018-03)", 4.0)


def test_the_first_fall_since_a_month_said_as_a_minus(data, tic):
    # "3月以来のマイナスとなった": the first fall of the holdings since March (reuters, 16 Nov 2021)
    text = ("[16日 ロイター] - 米財務省が16日発表した9月の対米証券投資統計は、海外投資家の米国債保有が7兆5490億ドルに減少し、"
            "3月以来のマイナスとなった。")
    total = tic("grand_total")
    moves = total.diff()
    assert moves[pd.Period("2021-09", "M")] < 0 and moves[pd.Period("2021-03", "M")] < 0
    assert all(moves[pd.Period(m, "M")] >= 0 for m in ("2021-04", "2021-05", "2021-06", "2021-07", "2021-08"))
    rec = by_claim(check_text(text, date="2021-11-16", store=data), "3月以来のマイナス")
    assert (rec["verdict"], rec["measure"], rec["series"], rec["official_period"]) == \
        ("supported", "first_since", "tic.holdings.grand_total", "2021-09"), rec


def test_a_trade_first_since_a_month_said_alone():
    # "売り越しは2月以来となる": the first net sale since February (the trade named as the sentence's topic); "以来となる"
    # said alone with no such topic stays no claim (agora, 10 Jul 2018)
    from datetime import date

    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    got = [c.qualifier for c in extract(split_sentences("売り越しは2月以来となる。"), ref=date(2018, 7, 10))
           if c.kind == "qualifier"]
    assert [(q.kind, q.since, q.since_grain, q.direction) for q in got] == [("first_since", date(2018, 2, 1), "month", -1)]
    assert not [c for c in extract(split_sentences("これは2月以来となる。"), ref=date(2018, 7, 10)) if c.kind == "qualifier"]


def test_a_first_surplus_among_the_same_half_of_other_years(data, loaded_store):
    # "上半期としては2年ぶりの黒字": among first halves (the second half of 2020 was a surplus, the first half a deficit)
    # (kyodo, 10 Aug 2021)
    text = ("財務省が10日発表した2021年上半期(1~6月)の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す"
            "経常収支の黒字額は、前年同期比50.3%増の10兆4675億円だった。新型コロナウイルスからの経済回復に伴い、輸出が改善した"
            "ことが寄与した。一方、訪日外国人客数の減少で旅行収支は黒字額が約4分の1に縮小した。\n\n"
            "経常収支のうち、輸出から輸入を差し引いた貿易収支は2兆3143億円の黒字だった。上半期としては2年ぶりの黒字。輸出は22.2%増"
            "の39兆2231億円、自動車や半導体製造装置などが伸びた。")
    goods = {h: bop_span(loaded_store, "bpbp6jyntb", a, b) for h, (a, b) in
             {"2019H1": ("2019-01", "2019-06"), "2020H1": ("2020-01", "2020-06"), "2020H2": ("2020-07", "2020-12"),
              "2021H1": ("2021-01", "2021-06")}.items()}
    assert goods["2019H1"] > 0 > goods["2020H1"] and goods["2020H2"] > 0 and goods["2021H1"] > 0
    rec = by_claim(check_text(text, date="2021-08-10", store=data), "2年ぶり")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "boj.bop.bpbp6jyntb", "2021-01..2021-06"), rec


def test_a_month_named_before_levels_is_not_the_runs_period(data, tic):
    # "reduced for the first time in four months and returned to March levels, while China sold US debt for the sixth
    # month in a row": March is the level compared with; the runs end in September, the story's month (anbound,
    # 17 Nov 2023)
    text = ("In September, the US debt held by Japan and China both fell by more than 27 billion US dollars, while the "
            "Cayman Islands and Saudi Arabia each increased by more than 5 billion US dollars. Japan's US debt holdings "
            "were reduced for the first time in four months and returned to March levels, while China sold US debt for "
            "the sixth month in a row, and its total holdings hit a 14-year low for four consecutive months.")
    recs = check_text(text, date="2023-11-17", store=data)
    china = tic("china_mainland").diff()
    assert all(china[pd.Period(m, "M")] < 0 for m in ("2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"))
    assert china[pd.Period("2023-03", "M")] > 0
    assert _read(recs, "for the sixth month in a row") == ("supported", "tic.holdings.china_mainland", "2023-09", 6.0)
    first = by_claim(recs, "for the first time in four months")
    assert (first["verdict"], first["series"], first["official_period"]) == \
        ("supported", "tic.holdings.japan", "2023-09"), first


def test_a_dash_aside_defining_the_balance_names_no_item(data, loaded_store):
    # "The goods trade balance — exports minus imports — stayed in the red for the fourth year in a row": the run is
    # of the goods balance, not of imports named last in the aside (kyodo, 9 Feb 2015)
    text = ("The current account surplus, one of the widest gauges of international trade, fell 18.8 percent from a year "
            "earlier to ¥2.63 trillion last year, with trade in goods reaching a record deficit of ¥10.37 trillion, the "
            "Finance Ministry said in a preliminary report.\n\n"
            "Exports gained 9.3 percent from the previous year to ¥74.12 trillion in 2014, but imports jumped 10.3 percent "
            "to ¥84.49 trillion. The goods trade balance — exports minus imports — stayed in the red for the fourth year "
            "in a row.")
    years = bop_years(loaded_store, "bpbp6jyntb")
    assert all(years[y] < 0 for y in (2011, 2012, 2013, 2014)) and years[2010] > 0
    assert _read(check_text(text, date="2015-02-09", store=data), "for the fourth year in a row") == \
        ("supported", "boj.bop.bpbp6jyntb", "2014", 4.0)
