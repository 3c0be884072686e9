"""A misfire hunt over session 14's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, market wraps) stating TRUE facts computed from the store,
in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the checker called
contradicted (or judged on the wrong period) before the fix named in the test. The facts and the expected values
are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing as claim_with, dollars_bn
from ustflow.views.check import check_text

# attach: "up $X from a year before at $Y" -- the level after the base is the one reached ------------------------------


@pytest.mark.parametrize("template", [
    "China held {cn} at the end of April. Japan's holdings were up {chg} from a year before at {now}.",
    "Japan's holdings, by contrast, rose {chg} from a year earlier at {now}.",
    "Japan's holdings rose {pct}% from a year earlier at {now} in April.",
])
def test_a_level_after_a_changes_base_is_the_level_reached(data, tic, template):
    # must not fire: "at $Y" after "up $X from a year before" is April's level (it was judged on April 2025)
    jp, cn = tic("japan"), tic("china_mainland")
    e = pd.Period("2026-04", "M")
    text = template.format(cn=dollars_bn(cn[e]), chg=dollars_bn(jp[e] - jp[e - 12]), now=dollars_bn(jp[e]),
                           pct=f"{(jp[e] / jp[e - 12] - 1) * 100:.1f}")
    rec = by_claim(check_text(text, date="2026-06-19", store=data), dollars_bn(jp[e]))
    assert (rec["official_period"], rec["verdict"]) == ("2026-04", "supported"), rec


def test_a_level_after_a_bare_base_is_the_bases(data, tic):
    # must still read: "down from a year earlier at $Y" names the level a year before (no change figure before it)
    cn = tic("china_mainland")
    e = pd.Period("2026-04", "M")
    text = f"China held {dollars_bn(cn[e])} at the end of April, down from a year earlier at {dollars_bn(cn[e - 12])}."
    rec = by_claim(check_text(text, date="2026-06-19", store=data), dollars_bn(cn[e - 12]))
    assert (rec["official_period"], rec["verdict"]) == ("2025-04", "supported"), rec


# bop_records: a run of records ("5年連続で過去最大", "the second straight year of record surpluses") counts records ------


def _fy_records_run(s: pd.Series, last_fy: int) -> int:
    """How many fiscal years in a row up to ``last_fy`` were each the largest so far (data from 1996)."""
    fy = {y: float(s[(s.index >= pd.Period(f"{y}-04", "M")) & (s.index <= pd.Period(f"{y + 1}-03", "M"))].sum())
          for y in range(1996, last_fy + 1)}
    n = 0
    for y in range(last_fy, 1996, -1):
        if fy[y] > max(fy[x] for x in range(1996, y)):
            n += 1
        else:
            break
    return n


@pytest.mark.parametrize("template", [
    "2025年度の国際収支統計によると、第1次所得収支の黒字は{v}で{n}年連続で過去最大を更新した。",
    "2025年度の国際収支統計によると、第1次所得収支の黒字は{v}と{n}年連続の過去最高となった。",
])
def test_a_japanese_run_of_records_counts_records(data, loaded_store, template):
    # must not fire: N年連続で過去最大 is N records in a row, not N years of surplus (it counted 30 surpluses)
    from tests.helpers import series, yen_oku

    pi = series("boj.bop.bpbp6jynpin", loaded_store)
    fy25 = float(pi[(pi.index >= pd.Period("2025-04", "M")) & (pi.index <= pd.Period("2026-03", "M"))].sum())
    n = _fy_records_run(pi, 2025)
    assert 1 < n < 29  # not the run of surpluses
    rec = by_claim(check_text(template.format(v=yen_oku(fy25), n=n), date="2026-05-14", store=data), f"{n}年連続")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "supported"), rec


@pytest.mark.parametrize("template", [
    "Japan's current account surplus for 2025 was a record {v}, the second straight year of record surpluses.",
    "Japan's current account surplus hit a record for the second straight year in 2025, at {v}.",
])
def test_an_english_run_of_records_counts_records(data, loaded_store, template):
    # must not fire: the second year of records (2024, 2025), not the second year of surpluses (it counted 30)
    from tests.helpers import series

    ca = series("boj.bop.bpbp6jyncb", loaded_store)
    cy = {y: float(ca[ca.index.year == y].sum()) for y in range(1996, 2026)}
    assert cy[2025] > cy[2024] > max(cy[y] for y in range(1996, 2024))  # two records in a row, the third year not
    v = f"{cy[2025] / 10000:.2f} trillion yen"
    rec = claim_with(check_text(template.format(v=v), date="2026-02-09", store=data), "second straight year")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyncb", "supported"), rec


def test_a_run_of_surpluses_beside_a_record_is_still_surpluses(data, loaded_store):
    # must still read: "30年連続の黒字" counts surpluses even with 過去最大 later in the sentence
    from tests.helpers import series, yen_oku

    ca = series("boj.bop.bpbp6jyncb", loaded_store)
    years = [y for y in range(1996, 2026) if ca[ca.index.year == y].sum() > 0]
    assert years == list(range(1996, 2026))
    v = float(ca[ca.index.year == 2025].sum())
    text = f"2025年の経常収支は{yen_oku(v)}の黒字で、11年連続の黒字となり、過去最大だった。"
    rec = by_claim(check_text(text, date="2026-02-09", store=data), "11年連続")
    assert as_read(rec) == "contradicted" and "surpluses" in rec["explanation"], rec


# markets: a yield whose sentence names no market is the market of the sentence before ---------------------------------


@pytest.mark.parametrize("first, bare, sid", [
    ("The yield on Japan's benchmark 10-year government bond rose to {jp10}% on {day}.", "The 30-year yield stood at "
     "{jp30}%.", "jgb.30y"),
    ("The benchmark 10-year JGB yield climbed to {jp10}% on {day}.", "The 30-year yield was {jp30}%.", "jgb.30y"),
    ("The 10-year Treasury yield ended at {us10}% on {day}.", "The 30-year yield was {us30}%.", "fred.dgs30"),
])
def test_a_bare_yield_is_the_market_of_the_sentence_before(data, loaded_store, first, bare, sid):
    # must not fire: "The 30-year yield" after a sentence on JGBs is the JGB's (it was judged on the US 30-year: the
    # article named Treasuries more often, later)
    from tests.helpers import series

    jp10, jp30, us10, us30 = (series(k, loaded_store) for k in ("jgb.10y", "jgb.30y", "fred.dgs10", "fred.dgs30"))
    day = jp10.index.intersection(us10.index).intersection(jp30.index).intersection(us30.index)[-30]
    v = {"jp10": f"{jp10[day]:.3f}", "jp30": f"{jp30[day]:.3f}", "us10": f"{us10[day]:.2f}", "us30": f"{us30[day]:.2f}",
         "day": f"{day:%B} {day.day}"}
    tail = "In New York, the 10-year Treasury yield ended at {us10}%, and Treasuries rallied. U.S. yields fell."
    text = " ".join(x.format(**v) for x in (first, bare, tail))
    want = v["jp30"] if sid == "jgb.30y" else v["us30"]
    rec = by_claim(check_text(text, date=str((day + pd.Timedelta(days=1)).date()), store=data), f"{want}%")
    assert (rec["series"], rec["verdict"]) == (sid, "supported"), rec


# interventions: an episode across a month's end told month by month; a Japanese span of seven days not MoF's week ------


def _interventions(loaded_store) -> pd.Series:
    from tests.helpers import series

    iv = series("mof.fx_intervention.amount", loaded_store)
    apr, may = iv["2026-04-01":"2026-04-30"], iv["2026-05-01":"2026-05-31"]
    assert len(apr) and len(may) and (iv.index[iv.index.get_loc(apr.index[-1]) + 1] - apr.index[-1]).days < 7
    return iv


@pytest.mark.parametrize("template", [
    "Japan's Ministry of Finance said it spent {apr} on yen-buying intervention in April and {may} in May.",
    "Japan spent {may} on intervention in May, after {apr} in April.",
])
def test_an_episode_across_a_months_end_told_by_calendar_month(data, loaded_store, template):
    # must not fire: each month's operations (the episode of 30 April to 6 May was summed whole for each: contradicted)
    iv = _interventions(loaded_store)
    apr, may = (f"{v / 1000:.2f} trillion yen" for v in (iv["2026-04"].sum(), iv["2026-05"].sum()))
    res = check_text(template.format(apr=apr, may=may), date="2026-08-31", store=data)
    assert [by_claim(res, x)["verdict"] for x in (apr, may)] == ["supported", "supported"], res


@pytest.mark.parametrize("span", ["4月30日から5月6日までに", "4月30日～5月6日に", "4月30日から5月6日にかけて"])
def test_a_japanese_span_of_seven_days_to_a_weekday_is_those_days(data, loaded_store, span):
    # must not fire: 30 April to 6 May (a Wednesday) is those days, not MoF's week of 3-9 May
    from tests.helpers import yen_oku

    iv = _interventions(loaded_store)
    v = yen_oku(iv["2026-04-30":"2026-05-06"].sum() * 10)
    rec = by_claim(check_text(f"財務省は{span}{v}の円買い介入を実施した。", date="2026-08-31", store=data), v)
    assert (rec["official_period"], rec["verdict"]) == ("2026-04-30..2026-05-06", "supported"), rec


def test_a_japanese_span_of_seven_days_to_a_saturday_is_mofs_week(data, loaded_store):
    # must still read: 2 to 8 August (Sunday to Saturday) is MoF's week
    from tests.helpers import series, yen_oku

    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    k = w.index[-1]
    a, b = k.start_time.date(), k.end_time.date()
    assert b.weekday() == 5
    text = f"{a.month}月{a.day}日～{b.day}日の週に国内投資家は海外中長期債を{yen_oku(w[k])}{'買い越し' if w[k] > 0 else '売り越し'}した。"
    rec = by_claim(check_text(text, date=str(b + pd.Timedelta(days=5)), store=data), yen_oku(w[k]))
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.assets.lt_debt.net", "supported"), rec


# japanese_ranks / carry: a holder overtaken after another holder's place; the date of a move of place ------------------


def _uk_passed_china(tic) -> pd.Period:
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    m = next(p for p in uk.index if p >= pd.Period("2024-01", "M") and uk[p] > cn[p] and uk[p - 1] < cn[p - 1])
    return m


def test_overtaken_after_another_holders_place_is_not_that_place(data, tic):
    # must not fire: China lost its own place, not Japan's first place named in the sentence before (UK judged at 1st)
    m = _uk_passed_china(tic)
    text = f"日本は最大の米国債保有国の座を維持している。中国は{m.year}年{m.month}月に英国に抜かれ3位に後退した。"
    res = check_text(text, date="2026-06-19", store=data)
    assert not [r for r in res if r["verdict"] == "contradicted"], res
    assert by_claim(res, "3位に")["verdict"] == "supported"


@pytest.mark.parametrize("tail", ["ベルギーは{be}で5位だった。カナダは{ca}で7位。", "ベルギーの保有額は{be}で5位、カナダは7位だった。"])
def test_the_date_of_a_move_of_place_is_not_carried_to_other_holders_places(data, tic, ranks, tail):
    # must not fire: the month China fell to third is not the month of the places told next (judged on it: contradicted)
    from tests.helpers import oku

    m, e = _uk_passed_china(tic), pd.Period("2026-04", "M")
    assert (ranks.loc[e, "belgium"], ranks.loc[e, "canada"]) == (5, 7) and ranks.loc[m, "belgium"] != 5
    text = (f"中国は{m.year}年{m.month}月に英国に抜かれ3位に後退した。"
            + tail.format(be=oku(tic("belgium")[e]), ca=oku(tic("canada")[e])))
    res = check_text(text, date="2026-06-19", store=data)
    got = [(r["claim"], r["official_period"], r["verdict"]) for r in res if r["claim"] in ("5位", "7位")]
    assert got and all(p == "2026-04" and v == "supported" for _, p, v in got), res


# bop_topic.prior_years: a MoF flow told of 前年 after a year's flow is the year before's -----------------------------


@pytest.mark.parametrize("prior", ["前年は{v}の{side}だった。", "前年には{v}の{side}だった。"])
def test_a_mof_flow_of_the_year_before(data, loaded_store, prior):
    # must not fire: 前年は after a year's total is the year before's total (it was judged on 2025's: contradicted)
    from tests.helpers import series, yen_oku

    lt = series("mof.monthly.assets.lt_debt.net", loaded_store)
    y25, y24 = (float(lt[lt.index.year == y].sum()) for y in (2025, 2024))

    def side(v: float) -> str:
        return "買い越し" if v > 0 else "売り越し"

    text = (f"2025年の1年間で、国内投資家は海外中長期債を{yen_oku(y25)}{side(y25)}た。"
            + prior.format(v=yen_oku(y24), side=side(y24)))
    rec = by_claim(check_text(text, date="2026-02-10", store=data), yen_oku(y24))
    assert (rec["official_period"], rec["verdict"]) == ("2024-01..2024-12", "supported"), rec
