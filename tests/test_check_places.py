"""`ustflow check` on the grammar of holder places and of "since" / "last held" / "as of" phrases (issue 13,
session 8): a place among holders said as a place, spot or rank; a rank regained; "a position X last held in
<month>"; Japanese places (債権者, トップを維持, 返り咲いた), look-backs with 半 and 以来、, two-digit years,
"時点" (as of a day), lists of "label: value" lines, and streaks said with "a record n-th week". Invented
sentences; the ranks, runs and months expected are computed here from the loaded TIC and MoF tables."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from tests.helpers import a_month_at, by_claim, month_name, released, series
from ustflow.check.extract import extract
from ustflow.check.text import split_sentences
from ustflow.views.check import check_text


@pytest.mark.parametrize("words, n", [("in second place", 2), ("in third place", 3), ("in the top spot", 1)])
def test_a_place_said_as_place_or_spot(data, ranks, words, n):
    # "keeping that country in second place": a rank among holders when the sentence is about their holdings
    p = a_month_at(ranks, "japan", n) if n != 3 else a_month_at(ranks, "united_kingdom", 3)
    who = "Japan" if n != 3 else "Britain"
    text = f"{who}'s holdings of Treasuries in {month_name(p)} kept that country {words}."
    rec = by_claim(check_text(text, date=released(p), store=data), words.removeprefix("in ").removeprefix("the "))
    assert rec["verdict"] == "supported"
    assert rec["official_period"] == str(p)


def test_a_place_needs_holders_in_the_sentence():
    # a place in a sentence about no holdings is not a holder's rank
    claims = extract(split_sentences("The team finished in second place in the league."))
    assert not [c for c in claims if c.kind == "rank"]


@pytest.mark.parametrize("phrase", ["the biggest official holder", "the US's largest creditor",
                                    "America's largest single foreign creditor"])
def test_a_rank_with_words_of_kind_or_whose(data, ranks, phrase):
    p = a_month_at(ranks, "china_mainland", 1, after="2010-01")
    r = check_text(f"In {month_name(p)} China was {phrase} of US Treasuries.", date=released(p), store=data)
    rec = next(x for x in r if x["claim"].endswith(phrase.split(" ", 1)[1]) or phrase in x["claim"])
    assert rec["verdict"] == "supported"
    assert rec["official_period"] == str(p)


def test_a_rank_since_does_not_reach_over_another_superlative(data, loaded_store):
    # "the largest creditor with its lowest balance since May 2017": the 'since' is the low's, not the rank's
    cn = series("tic.holdings.china_mainland", loaded_store)
    claims = extract(split_sentences("China cut its holdings in October, leaving the largest creditor with its lowest "
                                     "Treasury balance since May 2017."), ref=pd.Timestamp("2018-12-18").date())
    rank = next(c for c in claims if c.kind == "rank")
    assert rank.rank_since is None
    low = next(c for c in claims if c.kind == "qualifier")
    assert low.qualifier.kind == "extreme" and low.qualifier.since.isoformat() == "2017-05-01"
    assert not cn.empty


def test_reclaims_the_top_spot_when_it_never_lost_it(data, ranks):
    # "reclaims" says the holder had lost the place just before: with no period, the latest month, whose
    # predecessor must show another holder on top
    jp = ranks["japan"].dropna()
    p = next(q for q in jp.index[1:] if jp[q] == 1 and jp[q - 1] == 1 and q.year >= 2020)
    r = check_text("Japan Reclaims Top Spot as Largest Foreign Holder of U.S. Debt", date=released(p), store=data)
    rec = by_claim(r, "Top Spot")
    assert rec["verdict"] == "contradicted"
    assert "already number 1" in rec["explanation"]
    first = next(q for q in jp.index[1:] if jp[q] == 1 and jp[q - 1] != 1)
    r = check_text(f"Japan reclaimed the top spot among foreign holders of Treasuries in {month_name(first)}.",
                   date=released(first), store=data)
    assert by_claim(r, "top spot")["verdict"] == "supported"


def test_a_position_last_held_in_a_month(data, ranks):
    # "a position Japan last held in <month>": the first month at rank 1 since then, the month being the last before
    jp = ranks["japan"].dropna()
    now = next(q for q in jp.index[1:] if jp[q] == 1 and jp[q - 1] != 1 and q.year > 2010)
    last = jp[(jp.index < now) & (jp == 1)].index[-1]
    text = (f"Japan has surpassed China as the biggest holder of US Treasuries in {month_name(now)}, a position Japan "
            f"last held in {month_name(last)}.")
    r = check_text(text, date=released(now), store=data)
    rec = by_claim(r, f"a position Japan last held in {month_name(last)}")
    assert rec["verdict"] == "supported"
    assert rec["official_period"] == str(now)
    assert by_claim(r, f"as the biggest holder of US Treasuries in {month_name(now)}")["official_period"] == str(now)  # not the month it last held it
    wrong = last - 3
    r = check_text(text.replace(month_name(last), month_name(wrong)), date=released(now), store=data)
    assert by_claim(r, f"a position Japan last held in {month_name(wrong)}")["verdict"] == "contradicted"


def test_japanese_places_kept_and_regained(data, ranks):
    jp = ranks["japan"].dropna()
    first = next(q for q in jp.index[1:] if jp[q] == 1 and jp[q - 1] != 1 and q.year > 2010)
    r = check_text(f"{first.year}年{first.month}月に日本はトップに返り咲いた。", date=released(first), store=data)
    rec = by_claim(r, "トップ")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(first)
    kept = next(q for q in jp.index[1:] if jp[q] == 1 and jp[q - 1] == 1 and q.year > 2020)
    r = check_text(f"{kept.year}年{kept.month}月に日本はトップに返り咲いた。", date=released(kept), store=data)
    assert by_claim(r, "トップ")["verdict"] == "contradicted"  # it had not lost it
    r = check_text("日本は保有額を増やし、引き続きトップを維持した。", date=released(kept), store=data)
    assert by_claim(r, "トップ")["verdict"] == "supported"
    cn = ranks["china_mainland"].dropna()
    p = cn[cn == 2].index[-1]
    r = check_text(f"{p.year}年{p.month}月、中国は米国にとって2番目の債権者だった。米国の最大の「債権者」は日本だった。",
                   date=released(p), store=data)
    assert by_claim(r, "2番目の債権者")["verdict"] == "supported"
    assert by_claim(r, "最大の「債権者」")["official_period"] == str(p)


def test_japanese_look_back_with_a_half_and_the_month_it_counts_from(data, ranks):
    # "08年8月以来、6年半ぶりに首位": the first month at the top in six and a half years; the month named stays out of
    # the rank's period
    jp = ranks["japan"].dropna()
    now = next(q for q in jp.index[1:] if jp[q] == 1 and jp[q - 1] != 1 and q.year > 2010)
    last = jp[(jp.index < now) & (jp == 1)].index[-1]
    years, months = divmod((now - last).n, 12)
    half = "半" if 3 <= months <= 9 else ""
    years = years + (1 if months > 9 else 0)
    text = (f"{now.year}年{now.month}月末の米国債保有額は日本が{last.year % 100:02d}年{last.month}月以来、"
            f"{years}年{half}ぶりに中国を抜いて首位になった。")
    r = check_text(text, date=released(now), store=data)
    assert by_claim(r, "首位")["official_period"] == str(now)
    look = next(x for x in r if x["claim"].endswith("ぶり"))
    assert look["verdict"] == "supported"


def test_japanese_since_a_two_digit_year(data, loaded_store):
    # "17年4月以来の大きさ": the largest (net sale) since April 2017
    s = series("mof.monthly.lt_debt.banks.net", loaded_store)
    p = pd.Period("2018-02", "M")
    v = s[p]
    last = s[(s.index < p) & (s <= v)].index[-1]
    r = check_text(f"銀行は外債(中長期債)を{p.year}年{p.month}月に{-v:.0f}億円売り越した。{last.year % 100}年{last.month}月以来の大きさだ。",
                   date="2018-03-08", store=data)
    rec = by_claim(r, f"{last.year % 100}年{last.month}月以来の大きさ")
    assert rec["verdict"] == "supported"
    assert rec["official_period"] == str(p)


def test_label_value_lines_are_statements_of_their_own(data, loaded_store):
    # a data note's "item: value" lines: each line's item names its own figure (not the next line's)
    eq = series("mof.weekly.liabilities.equity.net", loaded_store)
    bd = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    wk = eq.index[eq.index.year == 2008][-6]
    text = (f"対内株式投資:{abs(eq[wk]):.0f}億円の資本{'流出' if eq[wk] < 0 else '流入'}超\n"
            f"対内債券投資:{abs(bd[wk]):.0f}億円の資本{'流出' if bd[wk] < 0 else '流入'}超")
    sents = split_sentences(text)
    assert len(sents) == 2
    r = check_text(text, date=str((wk.end_time + pd.Timedelta(days=6)).date()), store=data)
    assert [x["official_value"] for x in r[:2]] == [eq[wk], bd[wk]]


def test_as_of_a_day_is_the_data_published_by_then(data, loaded_store):
    # "11月20日時点で5週連続資本流出超": the run to the latest week published by that day (not the day's own week)
    eq = series("mof.weekly.liabilities.equity.net", loaded_store)
    wk = pd.Period("2008-11-15", "W-SAT")
    k = 0
    for v in reversed(eq[eq.index <= wk].tolist()):
        if v >= 0:
            break
        k += 1
    r = check_text(f"対内株式投資は2008年11月20日時点で{k}週連続資本流出超となった。", date="2008-11-26", store=data)
    rec = by_claim(r, f"{k}週連続")
    assert rec["verdict"] == "supported"
    assert rec["official_period"] == "2008-11-09..2008-11-15"


def test_a_record_nth_week_is_a_streak(data, loaded_store):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2022-07-16", "W-SAT")
    k = 0
    for v in reversed(s[s.index <= wk].tolist()):
        if v >= 0:
            break
        k += 1
    ords = {7: "seventh", 8: "eighth", 9: "ninth"}
    r = check_text(f"Japanese investors cut holdings of overseas bonds for a record {ords[k]} week.", date="2022-07-22",
                   store=data)
    rec = by_claim(r, f"for a record {ords[k]} week")
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == k


def test_japanese_level_moved_to_and_other_holders(data, loaded_store):
    # "1318億ドルから1262億ドルに減少": the second figure is the level it fell to; ロシア and 外国主要債権者 are holders
    ru = series("tic.holdings.russia", loaded_store)
    tot = series("tic.holdings.grand_total", loaded_store)
    p = pd.Period("2014-02", "M")
    text = (f"ロシアの米国債保有高は、1月の{ru[p - 1] * 10:.0f}億ドルから{ru[p] * 10:.0f}億ドルに減少した。"
            f"外国主要債権者の米国債保有高は、2月末の時点で約{int(tot[p] * 10) // 10000}兆{int(tot[p] * 10) % 10000}億ドルに達した。")
    r = check_text(text, date="2014-04-16", store=data)
    lvl = by_claim(r, f"{ru[p] * 10:.0f}億ドル")
    assert (lvl["verdict"], lvl["official_period"], lvl["official_value"]) == ("supported", "2014-02", ru[p])
    total = next(x for x in r if x["claim"].startswith("約"))
    assert total["official_value"] == tot[p]
    assert ustflow is not None


def test_two_holders_sharing_a_plural_place(data, ranks):
    # "China and Japan are the biggest foreign holders": the two largest, not each one the largest
    p = pd.Period("2013-03", "M")
    top2 = set(ranks.loc[p][ranks.loc[p] <= 2].index)
    assert top2 == {"china_mainland", "japan"}
    r = check_text("China and Japan are the biggest foreign holders of Treasuries.", date="2013-05-23", store=data)
    rec = by_claim(r, "the biggest foreign holders")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(p)
    r = check_text("China and Brazil are the biggest foreign holders of Treasuries.", date="2013-05-23", store=data)
    assert by_claim(r, "the biggest foreign holders")["verdict"] == "contradicted"


def test_a_fraction_of_marketable_treasuries_is_a_share_not_in_the_store(data):
    r = check_text("Overseas central banks own more than a quarter of marketable Treasuries.", date="2013-05-23",
                   store=data)
    assert by_claim(r, "more than a quarter")["verdict"] == "unverifiable"
