"""`ustflow check` on runs of a place among holders, counted on the TIC ranking (``check/place_runs.py``): a run below
(above) another holder named beside it, and the whole spell at (or off) the top that the words point back to ("この時は
8カ月続き", "a position it gave up for eight months", "after an eight-month reign by Japan"). Real articles' sentences
(development batches 7, 16, 17, 19); before, each was counted as a run of rises or falls."""

from __future__ import annotations

from tests.helpers import verdict_value_period
from ustflow.views.check import check_text

_JA_SPELL = ("日本の6月の米国債保有額は1兆1230億ドルと前月比で約219億ドル増加した。中国は1兆1130億ドルと約23億ドル"
             "の増加だった。\n\n日本はこれまでにも2016年10月に中国を抜いて米国債の最大保有国になったことがある。この時は{n}カ月続き、翌2017年6月に"
             "中国に抜かれた。")


def test_a_spell_at_the_top_told_the_sentence_before(data):
    # chinaorg-ja-2019-08-16: Japan at the top from October 2016 to May 2017
    got = check_text(_JA_SPELL.format(n=8), date="2019-08-16", store=data)
    assert verdict_value_period(got, "8カ月続き") == ("supported", 8.0, "2017-05")
    got = check_text(_JA_SPELL.format(n=6), date="2019-08-16", store=data)
    assert verdict_value_period(got, "6カ月続き") == ("contradicted", 8.0, "2017-05")


def test_a_run_below_another_holder(data):
    # nseikei-2017-02-16: China below Japan in October, November and December 2016
    got = check_text("2016年末の米国債保有額で、日本が年末時点としては9年ぶりに首位になった。中国の保有額は昨年10月以降、3カ月連続で"
                     "日本を下回っていた。", date="2017-02-16", store=data)
    assert verdict_value_period(got, "3カ月連続") == ("supported", 3.0, "2016-12")


def test_a_place_given_up_for_a_spell(data):
    # wolfstreet-2018-05-16: China off the top from October 2016 to May 2017
    text = ("China increased its holdings of US Treasury bonds, notes, and bills by $11 billion in March to $1.19 trillion. "
            "Thus China is the number one holder of US Treasuries, a position it gave up for {n} months during its era of "
            "peak capital-flight from October 2016 through March 2017.")
    got = check_text(text.format(n="eight"), date="2018-05-16", store=data)
    assert verdict_value_period(got, "for eight months") == ("supported", 8.0, "2017-05")
    got = check_text(text.format(n="five"), date="2018-05-16", store=data)
    assert verdict_value_period(got, "for five months") == ("contradicted", 8.0, "2017-05")


def test_a_reign_before_the_month_named(data):
    # newsinnumbers-2017-09-19: Japan at the top from October 2016 to May 2017, China back in June
    got = check_text("In June, China regained its position as the largest foreign holder of US treasury instruments, after "
                     "an eight-month reign by Japan.", date="2017-09-19", store=data)
    assert verdict_value_period(got, "an eight-month reign") == ("supported", 8.0, "2017-05")


def test_a_line_and_a_run_of_cuts_keep_their_readings(data):
    # not fired: a run below a level (a line, not a holder), and a run of cuts with no holder beside it
    got = check_text("中国の米国債保有額は昨年4月から11カ月連続で1兆ドルを下回りました。", date="2023-04-18", store=data)
    rec = next(r for r in got if "連続" in r["claim"])
    assert "below" in rec["explanation"] and "Japan" not in rec["explanation"], rec
    got = check_text("Capping a decline of five straight months, China's holdings fell to $1.12 trillion in October.",
                     date="2016-12-16", store=data)
    rec = next(r for r in got if "five straight months" in r["claim"])
    assert "falls" in rec["explanation"], rec
