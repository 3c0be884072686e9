"""`ustflow check` on TIC holdings figures the checker read as the wrong measure (session 29), in real sentences of
development articles (batches 9-21):

- a level in the words of a change or of a rank ("Japan topped the holders of US bonds by 1.258 trillion dollars in
  February, compared to 1.277 trillion in January", Syrializm, 18 Apr 2021; "Kuwait boosted its bond holdings by $2.8
  billion compared to April's $54.2 billion", Times Kuwait, 20 Jul 2025; "中国は1兆1130億ドルと約23億ドルの増加だった",
  China.org.cn, 16 Aug 2019) and a change with no verb of change ("Since July 2016 it has slashed its holdings by $111
  billion, including $16 billion in March", Wolf Street, 16 May 2018): read as the rules first read it, the figure is
  many times the official value (``far_from_official``); read as the other measure, same holder and month, it fits to
  its digits, and it is that measure (``measure_swaps``), not set aside;
- not when a noun after the figure names it a change ("May saw a $136.3 billion increase in Saudi Arabia's holdings",
  Arabian Mirror, 22 Jul 2024: the article's own error), nor for the gap between two holders
  ("保有額2位の日本との差が80億ドルに縮まり", People's Daily, 16 Feb 2011).
- a level whose period the checker carried from an earlier sentence, or read none where its sentence names one, that
  fits the period of its own sentence ("China is followed by Japan with securities to the tune of $ 1.137 trillion"
  after a sentence on February, PTI, 18 May 2016; "$138.4 billion, which was posted in March", Interfax, 17 Sep 2009;
  "In March, India held U.S. securities to the tune of $70.2 billion", PTI, 18 Jul 2014): judged there
  (``own_periods``); a period the figure's own words state keeps the second look's doubt.

Expected values are the store's own (TIC Major Foreign Holders, USD bn).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, judged, tic_level
from ustflow.views.check import check_text

SYRIALIZM = ("US bond holdings fell to $ 7.099 trillion\n\n"
             "According to a survey of US Treasury data released on Sunday, Japan topped the holders of US bonds by "
             "1.258 trillion dollars in February, compared to 1.277 trillion in January.")
TIMESKUWAIT = ("Official data from the U.S. Treasury Department revealed that Kuwait has significantly increased its "
               "holdings of U.S. Treasury bonds, reaching $57.02 billion by the end of May 2025, up from $50.34 billion in "
               "December 2024 — a 13.2% rise, or $6.68 billion.\n\n"
               "In May alone, Kuwait boosted its bond holdings by $2.8 billion compared to April's $54.2 billion, marking "
               "a monthly increase of 5.16%.")
CHINAORG = ("米財務省が15日発表した統計によると、2019年6月末時点の日本の米国債保有額は1兆1230億ドルと、2017年6月以来、約2年ぶりに"
            "中国を抜いて米国債の最大保有国に返り咲いた。\n\n"
            "日本の6月の米国債保有額は1兆1230億ドルと前月比で約219億ドル増加した。中国は1兆1130億ドルと約23億ドルの増加だった。")
WOLFSTREET = ("Japan however has been systematically cutting its exposure to Treasuries. Since July 2016 it has slashed its "
              "holdings by $111 billion, including $16 billion in March, to $1.04 trillion, the lowest since October "
              "2011.")
ARABIANMIRROR = ("May saw a $136.3 billion increase in Saudi Arabia's holdings of US Treasury notes, up from $111.3 billion "
                 "in 2023.")
PEOPLESDAILY = ("米国の財務省が15日発表した報告によると、中国は2010年11月と12月の2カ月連続で保有する米国債を売却し、保有額がふたたび"
                "9千億ドルの大台を割り込んだ。中国はなお世界最大の米国債保有国ではあるが、保有額2位の日本との差が80億ドルに縮まり、"
                "中国の1位は日本に脅かされつつあるという。")




def test_a_change_with_no_verb_of_change_is_the_change(data, loaded_store):
    want = tic_level(loaded_store, "japan", "2018-03") - tic_level(loaded_store, "japan", "2018-02")
    rec = judged(check_text(WOLFSTREET, date="2018-05-16", store=data), "$16 billion",
                 ("supported", "holdings_level", "tic.holdings.japan", "2018-02 to 2018-03"), want)
    assert "other_measure" in rec["flags"], rec


@pytest.mark.parametrize("text,date,claim", [(ARABIANMIRROR, "2024-07-22", "$136.3 billion"),
                                             (PEOPLESDAILY, "2011-02-16", "80億ドル")])
def test_a_change_so_named_or_a_gap_is_not_swapped(data, text, date, claim):
    got = [r for r in check_text(text, date=date, store=data) if r["claim"] == claim]
    assert got, claim
    for rec in got:
        assert rec["verdict"] == "unverifiable" and "other_measure" not in rec["flags"], rec


# --- a period carried from an earlier sentence (or none read) where the figure's own sentence gives one (own_periods)

PTI_2016 = ("China owned bonds valued at $ 1.252 trillion in February. China is followed by Japan with securities to the "
            "tune of $ 1.137 trillion.")
INTERFAX = ("In July 2009, Russia reduced its investments in US Treasuries from $120 billion as of the end of June to $118 "
            "billion, according to information provided by the U.S. Federal Reserve.\n\n"
            "Russia's largest investment in US Treasures came to $138.4 billion, which was posted in March.")
PTI_2014 = ("Latest data from the U.S. Treasury Department show that India's exposure to American government securities "
            "stood at $70.1 billion in May, higher than $68.7 billion seen in April. In March, India held U.S. securities "
            "to the tune of $70.2 billion, more than $67 billion exposure recorded in February while holdings had touched "
            "$68.1 billion in January.")
CHINAORG_2012 = "米財務省は、昨年6月時点の中国の米国債保有高を約1415億ドルから1兆1500億ドルに上方修正した。"


@pytest.mark.parametrize("text,date,claim,slug,month,flag,measure", [
    # a level in the words of a change is the level (measure_swaps; the measure as first read stays)
    (SYRIALIZM, "2021-04-18", "1.258 trillion dollars", "japan", "2021-02", "other_measure", "holdings_change"),
    (SYRIALIZM, "2021-04-18", "1.277 trillion", "japan", "2021-01", "other_measure", "holdings_change"),
    (TIMESKUWAIT, "2025-07-20", "$54.2 billion", "kuwait", "2025-04", "other_measure", "holdings_change"),
    (CHINAORG, "2019-08-16", "1兆1130億ドル", "china_mainland", "2019-06", "other_measure", "holdings_change"),
    # a level fits the period of its own sentence (own_periods)
    (PTI_2016, "2016-05-18", "$ 1.137 trillion", "japan", "2016-03", "own_period", "holdings_level"),
    (INTERFAX, "2009-09-17", "$138.4 billion", "russia", "2009-03", "own_period", "holdings_level"),
    (PTI_2014, "2014-07-18", "$70.2 billion", "india", "2014-03", "own_period", "holdings_level"),
])
def test_a_level_read_as_its_sentence_says(data, loaded_store, text, date, claim, slug, month, flag, measure):
    rec = judged(check_text(text, date=date, store=data), claim, ("supported", measure, f"tic.holdings.{slug}", month),
                 tic_level(loaded_store, slug, month))
    assert flag in rec["flags"], rec


ZEROHEDGE = ("Indeed, while in June China saw its holdings decline by a modest $2 billion, bringing its total to $1.111 "
             "trillion from $1.113TN...")


@pytest.mark.parametrize("text,date,claim", [(CHINAORG_2012, "2012-03-01", "1兆1500億ドル"),
                                             (ZEROHEDGE, "2019-09-17", "$1.113TN")])
def test_a_level_of_a_stated_period_or_a_starting_level_keeps_the_doubt(data, text, date, claim):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert rec["verdict"] != "supported" and "own_period" not in rec["flags"], rec
