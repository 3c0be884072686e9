"""Paraphrases of the facts behind session 15's balance-of-payments rules (415c231: a record or first said of a BoP
balance with no figure of its own, Japanese record words, runs; dd36884: an English record 'for the month'; 20f651c:
fiscal halves named in part, balances referred back to), as another reporter would write them: other items, years,
months, word order and verbs, English and Japanese (issue 13: a rule that fits one article's words and breaks on a
plain paraphrase is overfit). Each test names the commit it probes; the must-not-fire cases say so. Invented
sentences; the facts and the expected values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import bop_series, bop_years, by_claim, fall_run, first_fall, release_day, same_month_record, yen_oku
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth"}
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def _year_record(store, code: str, low: bool = False) -> int:
    ys = bop_years(store, code)
    best = (lambda y: ys[ys.index <= y].min()) if low else (lambda y: ys[ys.index <= y].max())
    return int(max(y for y in ys.index if ys[y] == best(y) and (ys.index < y).sum() >= 3))


def _kind(recs: list[dict], measure: str) -> list[dict]:
    return [r for r in recs if r["measure"] == measure]


# 415c231: a record with no figure of its own ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan's current account surplus in {y} was the biggest on record, the Finance Ministry said.",
    "For {y}, the current account surplus hit a record high, data showed.",
    "財務省によると、{y}年の経常黒字は史上最大だった。",
    "{y}年の経常収支の黒字額は過去最高を記録した。",
    "{y}年の経常収支は黒字額が過去最大となった。",
])
def test_s15_a_current_account_record_year_told_without_its_figure(data, loaded_store, text):
    """415c231 (bop.hostless_record_item), on the current account rather than primary income, in other words."""
    y = _year_record(loaded_store, "bpbp6jyncb")
    recs = check_text("Japan's balance of payments was released.\n\n" + text.format(y=y), date=f"{y + 1}-02-10",
                      store=data)
    got = _kind(recs, "extreme")
    assert got and got[0]["verdict"] == "supported" and got[0]["official_period"] == str(y), recs


@pytest.mark.parametrize("text", [
    "Japan's current account surplus in {y} was the smallest on record.",
    "財務省によると、{y}年の経常黒字は過去最少となった。",
])
def test_s15_a_smallest_record_on_a_year_that_is_not_the_smallest_is_no_support(data, loaded_store, text):
    """415c231: 'smallest' / 過去最少 on the record year of the largest is never supported."""
    y = _year_record(loaded_store, "bpbp6jyncb")
    got = _kind(check_text("Japan's balance of payments was released.\n\n" + text.format(y=y), date=f"{y + 1}-02-10",
                           store=data), "extreme")
    assert not [r for r in got if r["verdict"] == "supported"], got


@pytest.mark.parametrize("text, ok", [
    ("The current account surplus shrank in {y} for the first time in {n} years.", "supported"),
    ("In {y}, Japan's current account surplus narrowed for the first time in {n} years.", "supported"),
    ("Japan's current account surplus widened in {y} for the first time in {n} years.", "contradicted"),
])
def test_s15_a_first_fall_in_other_verbs_and_order(data, loaded_store, text, ok):
    """415c231: the move before or after its year; 'shrank', 'narrowed' are falls of a surplus, 'widened' a rise."""
    y, n = first_fall(loaded_store, "bpbp6jyncb")
    recs = check_text("Japan's balance of payments was released.\n\n" + text.format(y=y, n=_WORDS[n]),
                      date=f"{y + 1}-02-10", store=data)
    got = _kind(recs, "first_since")
    assert got and got[0]["verdict"] == ok and got[0]["official_period"] == str(y), recs


@pytest.mark.parametrize("text", [
    "Japan's current account surplus shrank in {y} as import costs for crude oil hit a record high.",
    "Japan's current account surplus in {y} was helped by inbound tourists, whose spending was the largest on record.",
    "{y}年の経常黒字は、訪日客の消費額が過去最高となったことで拡大した。",
    "{y}年の経常黒字は、原油の輸入価格が史上最高となったことで縮小した。",
])
def test_s15_a_record_of_something_else_in_a_balances_sentence_is_not_the_balances(data, loaded_store, text):
    """415c231, must not fire: the record is said of oil prices or tourists' spending, not of the balance named before."""
    ys = bop_years(loaded_store, "bpbp6jyncb")
    y = int(next(y for y in ys.index[::-1] if ys[y] < ys[ys.index < y].max()))
    recs = check_text("Japan's balance of payments was released.\n\n" + text.format(y=y), date=f"{y + 1}-02-10",
                      store=data)
    assert not [r for r in _kind(recs, "extreme") if r["verdict"] != "unverifiable"], recs


def test_s15_a_frame_record_in_a_trade_partners_phrase_is_no_balances_record(data, loaded_store):
    """415c231 (JA_FRAME_RECORD_RX), must not fire: '日本として最大の貿易相手国' ranks partners, not the balance."""
    s = bop_series(loaded_store, "bpbp6jyntb")
    p = s.index[-14]
    text = (f"財務省が発表した{p.year}年{p.month}月の国際収支によると、貿易収支は、日本として最大の貿易相手国である"
            f"中国向けの輸出が伸び、{yen_oku(float(s[p]))}の{'黒字' if s[p] > 0 else '赤字'}となった。")
    recs = check_text(text, date=release_day(p), store=data)
    assert not [r for r in _kind(recs, "extreme") if r["verdict"] != "unverifiable"], recs


# 415c231: runs counted in years and in spelled-out tens --------------------------------------------------------------


def _surplus_run(store, code: str) -> pd.Period:
    """A month ending a run of 21-99 monthly surpluses whose length is not a multiple of ten."""
    s = bop_series(store, code)
    k = 0
    for p in s.index:
        k = k + 1 if s[p] > 0 else 0
        if 21 <= k <= 99 and k % 10 and p.year >= 2016:
            return p, k
    raise AssertionError("no such run")


@pytest.mark.parametrize("text, off, ok", [
    ("Japan's current account stayed in surplus for the {tens}-{o} consecutive month in {month} {y}.", 0, "supported"),
    ("The current account logged a surplus in {month} {y}, its {tens}-{o} straight month in the black.", 0, "supported"),
    ("Japan's current account stayed in surplus for the {tens}-{o} consecutive month in {month} {y}.", 2, "contradicted"),
])
def test_s15_a_run_of_months_spelled_with_its_tens(data, loaded_store, text, off, ok):
    """415c231 (_TENS_BEFORE): 'the twenty-third straight month' is 23, in another wording; a wrong count contradicts."""
    p, k = _surplus_run(loaded_store, "bpbp6jyncb")
    k += off
    if k % 10 == 0:
        k += 1
    recs = check_text("Japan's balance of payments was released.\n\n" +
                      text.format(tens=_TENS[k // 10], o=_ORD[k % 10], month=_MONTHS[p.month - 1], y=p.year),
                      date=release_day(p), store=data)
    got = _kind(recs, "streak")
    assert got and got[0]["verdict"] == ok, recs


# dd36884: an English record 'for the month' ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In {month}, the travel surplus rose to {en} yen, the biggest surplus for the month of {month}.",
    "The travel account showed a surplus of {en} yen in {month}, its highest for the month, the ministry said.",
    "The travel surplus reached {en} yen in {month}, a record for the month of {month}.",
    "The travel surplus reached {en} yen in {month}, the highest {month} figure on record.",
])
def test_s15_a_same_month_record_in_other_words_is_never_contradicted(data, loaded_store, text):
    """dd36884: a record among the same month of each year, said in other words, is not ranked among all months."""
    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(bop_series(loaded_store, "bpbp6jynsn2")[p])
    recs = check_text("Japan's balance of payments showed a current account surplus.\n\n" +
                      text.format(month=_MONTHS[p.month - 1], en=f"{v / 10:,.1f} billion"), date=release_day(p), store=data)
    assert not [r for r in _kind(recs, "extreme") if r["verdict"] == "contradicted"], recs


def test_s15_a_same_month_record_in_japanese_with_toshite(data, loaded_store):
    """dd36884 / 415c231: '<m>月としては過去最大' is the same record in Japanese."""
    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(bop_series(loaded_store, "bpbp6jynsn2")[p])
    text = f"財務省が発表した{p.month}月の国際収支によると、旅行収支は{yen_oku(v)}の黒字で、{p.month}月としては過去最大だった。"
    got = _kind(check_text(text, date=release_day(p), store=data), "extreme")
    assert got and got[0]["verdict"] == "supported", got


# 20f651c: fiscal halves named in part ---------------------------------------------------------------------------------


def _spans(ref: str, *texts: str) -> list[list[tuple[date, date]]]:
    r = Resolver(date.fromisoformat(ref))
    return [[(p.start, p.end) for p in r.find(t)] for t in texts]


@pytest.mark.parametrize("lede, later", [
    ("財務省は8日、2021年度上期(4～9月)の国際収支を発表した。", "上期の経常黒字は3年ぶりの高水準だった。"),
    ("財務省が発表した2021年度上半期の国際収支によると、経常収支は黒字だった。", "上半期としては3年ぶりの高水準だった。"),
    ("The surplus in the first half of fiscal 2021 grew.", "In the first half, primary income rose."),
])
def test_s15_a_half_named_by_its_side_alone_after_a_fiscal_half(lede, later):
    """20f651c (halves): 上期 / 上半期 / 'the first half' after the story named a fiscal half is that fiscal half."""
    _, got = _spans("2021-11-08", lede, later)
    assert got == [(date(2021, 4, 1), date(2021, 9, 30))], got


@pytest.mark.parametrize("lede, later", [
    ("The surplus in the first half of 2021 grew.", "In the first half, primary income rose."),
    ("2021年上半期(1～6月)の国際収支によると", "上半期の黒字は拡大した。"),
])
def test_s15_a_half_alone_after_a_calendar_half_stays_calendar(lede, later):
    """20f651c, must not fire: after a calendar half the side alone is that calendar half."""
    _, got = _spans("2021-08-10", lede, later)
    assert got == [(date(2021, 1, 1), date(2021, 6, 30))], got


@pytest.mark.parametrize("phrase", ["the April-to-September period", "the April-September period",
                                    "the six months from April to September"])
def test_s15_the_april_september_half_in_other_words(phrase):
    """20f651c: 'the April-to-September period' and its paraphrases are the half just ended."""
    (got,) = _spans("2024-11-08", f"The current account surplus for {phrase} rose.")
    assert got == [(date(2024, 4, 1), date(2024, 9, 30))], got


# 20f651c: a balance referred back to -----------------------------------------------------------------------------------


def _sum(store, code: str, lo: str, hi: str) -> float:
    s = bop_series(store, code)
    return float(s[(s.index >= pd.Period(lo, "M")) & (s.index <= pd.Period(hi, "M"))].sum())


@pytest.mark.parametrize("second", [
    "That was {w} {d} trillion yen from a year earlier.",
    "The figure was {d} trillion yen {hl} than a year before.",
    "This amount marks {an} {wn} of {d} trillion yen from the same period last year.",
])
def test_s15_a_change_referred_back_to_the_half(data, loaded_store, second):
    """20f651c: a sentence going on about the balance by 'that', 'the figure', 'this amount'."""
    ca, ca0 = _sum(loaded_store, "bpbp6jyncb", "2024-04", "2024-09"), _sum(loaded_store, "bpbp6jyncb", "2023-04", "2023-09")
    d = ca - ca0
    up = d > 0
    text = (f"Japan's current account surplus for the April-September half of fiscal 2024 was {ca / 1e4:.2f} trillion "
            f"yen, the Finance Ministry said. " +
            second.format(w="up" if up else "down", d=f"{abs(d) / 1e4:.2f}", hl="higher" if up else "lower",
                          an="an" if up else "a", wn="increase" if up else "decrease"))
    rec = by_claim(check_text(text, date="2024-11-08", store=data), f"{abs(d) / 1e4:.2f} trillion yen")
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]


@pytest.mark.parametrize("phrase, lo, hi", [
    ("the April-September half of fiscal {y}", "{y}-04", "{y}-09"),
    ("the April-to-September period of fiscal year {y}", "{y}-04", "{y}-09"),
    ("the October-March half of fiscal {y0}", "{y0}-10", "{y}-03"),
])
def test_s15_a_fiscal_halfs_months_named_with_the_fiscal_year_are_that_half(data, loaded_store, phrase, lo, hi):
    """20f651c (found by this audit): 'the April-September half of fiscal 2024' was read as fiscal 2024 to date (April to
    August) and a true level called contradicted; the months of the fiscal year named are one span."""
    y = 2024
    lo, hi = lo.format(y=y, y0=y - 1), hi.format(y=y, y0=y - 1)
    v = _sum(loaded_store, "bpbp6jyncb", lo, hi)
    when = "2024-11-08" if "April" in phrase else "2024-05-10"
    text = f"Japan's current account surplus for {phrase.format(y=y, y0=y - 1)} was {v / 1e4:.2f} trillion yen."
    rec = by_claim(check_text(text, date=when, store=data), f"{v / 1e4:.2f} trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{lo}..{hi}"), rec["explanation"]


# 859b560: investment income, "the latest surplus", a year-ago base beside a span ---------------------------------------


@pytest.mark.parametrize("subject", ["Income from investments abroad", "Returns on overseas investment",
                                     "Japan's earnings from overseas investments"])
def test_s15_investment_income_in_other_words(data, loaded_store, subject):
    """859b560: the income on investments abroad, in other words, is primary income (never another balance)."""
    pi = _sum(loaded_store, "bpbp6jynpin", "2013-04", "2014-03")
    text = (f"Japan's current account surplus in fiscal 2013 was the lowest on record, the balance of payments showed. "
            f"{subject} rose to {pi / 1e4:.2f} trillion yen.")
    rec = by_claim(check_text(text, date="2014-05-12", store=data), f"{pi / 1e4:.2f} trillion yen")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "supported"), rec["explanation"]


def test_s15_a_holders_earnings_from_foreign_investments_are_not_the_countrys_primary_income(data, loaded_store):
    """859b560, must not fire: one holder's earnings ('life insurers'') are no balance of payments item."""
    text = ("Japan's current account surplus in fiscal 2013 was the lowest on record, the balance of payments showed. "
            "Life insurers' earnings from foreign investments rose to 1.20 trillion yen.")
    rec = by_claim(check_text(text, date="2014-05-12", store=data), "1.20 trillion yen")
    assert rec["verdict"] != "contradicted", rec["explanation"]


def test_s15_the_overall_surplus_after_a_trade_deficit_is_not_the_trade_balance(data, loaded_store):
    """859b560, must not fire: 'the overall surplus' after a goods deficit is the current account, not the goods balance
    named in the sentence before."""
    g, ca = _sum(loaded_store, "bpbp6jyntb", "2023-01", "2023-12"), _sum(loaded_store, "bpbp6jyncb", "2023-01", "2023-12")
    assert g < 0 < ca
    text = (f"Japan's goods trade showed a deficit of {abs(g) / 1e4:.2f} trillion yen in 2023, the balance of payments "
            f"showed. The overall surplus was {ca / 1e4:.2f} trillion yen.")
    rec = by_claim(check_text(text, date="2024-02-10", store=data), f"{ca / 1e4:.2f} trillion yen")
    assert rec["verdict"] != "contradicted", rec["explanation"]


@pytest.mark.parametrize("tail", ["from ¥{b} billion a year earlier", "up from ¥{b} billion a year before",
                                  "compared with ¥{b} billion a year ago"])
def test_s15_a_year_ago_base_beside_a_spans_level_in_other_words(data, loaded_store, tail):
    """859b560: a base a year before, beside a level that took the story's span, is that span a year before."""
    t, t0 = _sum(loaded_store, "bpbp6jynsn2", "2017-01", "2017-06"), _sum(loaded_store, "bpbp6jynsn2", "2016-01", "2016-06")
    ca = _sum(loaded_store, "bpbp6jyncb", "2017-01", "2017-06")
    text = (f"The current account surplus came to ¥{ca / 1e4:.2f} trillion in the January-June period, government data "
            f"showed. The surplus was the largest since the second half of 2007.\n\nThe travel surplus grew to "
            f"¥{t / 10:.1f} billion, " + tail.format(b=f"{t0 / 10:.1f}") + ".")
    rec = by_claim(check_text(text, date="2017-08-08", store=data), f"¥{t0 / 10:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2016-01..2016-06"), rec["explanation"]


@pytest.mark.parametrize("verb", ["shrank", "plunged", "declined"])
def test_s15_a_since_months_own_move_in_a_when_clause(data, loaded_store, verb):
    """415c231 (_WHEN_IT_WAS): 'since <month>, when the surplus <verb> Y percent' is that month's own move, never the
    month the story is about."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    yoy = (s / s.shift(12) - 1).dropna()
    p0 = next(p for p in yoy.index if p.year >= 2015 and s[p - 12] > 0 < s[p] and yoy[p] < -0.3)
    p = next(q for q in yoy.index if q > p0 + 12 and s[q - 12] > 0 < s[q] and yoy[q] < -0.1)
    text = (f"Japan's current account surplus fell {abs(yoy[p]) * 100:.1f} percent in {_MONTHS[p.month - 1]} {p.year} "
            f"from a year earlier, the steepest drop since {_MONTHS[p0.month - 1]} {p0.year}, when the surplus {verb} "
            f"{abs(yoy[p0]) * 100:.1f} percent.")
    rec = by_claim(check_text(text, date=release_day(p), store=data), f"{abs(yoy[p0]) * 100:.1f} percent")
    assert rec["verdict"] != "contradicted", rec["explanation"]
    assert rec["verdict"] != "supported" or rec["official_period"].endswith(str(p0)), rec["explanation"]


@pytest.mark.parametrize("text", [
    "Japan's current account surplus narrowed in {y}, its {o} successive annual drop.",
    "In {y} the current account surplus shrank for a {o} straight year.",
    "The current account surplus declined in {y}, marking {c} consecutive annual decreases.",
])
def test_s15_a_run_of_annual_falls_in_other_words(data, loaded_store, text):
    """415c231 ('annual' runs count years): other verbs, 'successive', 'for a <n>th straight year', 'decreases'."""
    y, k = fall_run(loaded_store, "bpbp6jyncb")
    recs = check_text("Japan's balance of payments was released.\n\n" + text.format(y=y, o=_ORD[k], c=_WORDS[k]),
                      date=f"{y + 1}-02-10", store=data)
    got = _kind(recs, "streak")
    assert got and got[0]["verdict"] == "supported" and got[0]["official_period"] == str(y), recs


# 20f651c: what dates no figure; a bare half read against the release calendar -------------------------------------------


@pytest.mark.parametrize("lede", [
    "財務省が{d}日に公表した{m}月の国際収支統計(速報)によると、経常収支は{oku}の{sign}だった。",
    "{m}月の経常収支は{oku}の{sign}だった。財務省が{d}日、国際収支速報として発表した。",
    # (found by this audit: the release's month in a sentence of its own was not carried to the next sentence's
    # figure, and on the real release day the calendar's latest month is the month before: a true level contradicted)
    "財務省は{d}日午前、{m}月の国際収支を発表した。経常収支は{oku}の{sign}となった。",
    "The Finance Ministry released the balance of payments for {mon} on Friday. The current account showed a surplus "
    "of {en} trillion yen.",
])
def test_s15_the_day_a_release_came_out_dates_no_figure(data, loaded_store, lede):
    """20f651c: the day of the release ('財務省が8日に公表した') is not the figure's period; the month is."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    p = s.index[-20]
    v = float(s[p])
    text = lede.format(d=8, m=p.month, oku=yen_oku(v), sign="黒字" if v > 0 else "赤字", mon=_MONTHS[p.month - 1],
                       en=f"{v / 1e4:.2f}")
    rec = by_claim(check_text(text, date=release_day(p).replace("-10", "-08"), store=data), yen_oku(v) if "財務省" in lede
                   else f"{v / 1e4:.2f} trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(p)), rec["explanation"]


@pytest.mark.parametrize("text, when, lo, hi", [
    ("財務省が発表した国際収支によると、上半期の経常黒字は{oku}だった。", "2023-11-09", "2023-04", "2023-09"),
    ("財務省によると、上期の経常収支は{oku}の黒字で、前年同期を上回った。", "2023-11-09", "2023-04", "2023-09"),
    ("財務省が発表した国際収支によると、上半期の経常黒字は{oku}だった。", "2023-08-09", "2023-01", "2023-06"),
])
def test_s15_a_bare_half_is_the_half_the_release_calendar_just_published(data, loaded_store, text, when, lo, hi):
    """20f651c (bop_frame): 上半期 / 上期 alone in November is April-September; in August it is January-June."""
    v = _sum(loaded_store, "bpbp6jyncb", lo, hi)
    rec = by_claim(check_text(text.format(oku=yen_oku(v)), date=when, store=data), yen_oku(v))
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{lo}..{hi}"), rec["explanation"]


@pytest.mark.parametrize("lede", [
    "Japan's current account surplus was the smallest since {mon0} {y0}, the balance of payments showed.",
    "経常黒字は{y0}年{m0}月以来の低水準となった。財務省が国際収支を発表した。",
])
def test_s15_a_since_month_in_the_lede_is_no_release_month(data, loaded_store, lede):
    """Must not fire (the release's month, found by this audit): a month the lede names as a look-back's start is not
    the month of the figures after it."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    p = s.index[-20]
    p0 = p - 30
    v = float(s[p])
    ja = "経常" in lede
    text = lede.format(mon0=_MONTHS[p0.month - 1], y0=p0.year, m0=p0.month) + \
        (f"経常収支の黒字額は{yen_oku(v)}だった。" if ja else f" The surplus came to {v / 1e4:.2f} trillion yen.")
    rec = by_claim(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-20"), store=data),
                   yen_oku(v) if ja else f"{v / 1e4:.2f} trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(p)), rec["explanation"]


@pytest.mark.parametrize("poll", [
    "市場予想の中央値は{f}の黒字だった。",
    "事前の市場予測(中央値)は{f}の黒字だった。",
])
def test_s15_a_polls_median_is_no_official_figure(data, loaded_store, poll):
    """20f651c: a poll's median in other words is a forecast, never contradicted by the release."""
    ca = _sum(loaded_store, "bpbp6jyncb", "2024-01", "2024-01")
    far = ca * 1.6
    text = f"財務省が8日発表した国際収支状況速報によると、1月の経常収支は{yen_oku(ca)}の黒字となった。" + poll.format(f=yen_oku(far))
    rec = by_claim(check_text(text, date="2024-03-08", store=data), yen_oku(far))
    assert rec["verdict"] != "contradicted", rec["explanation"]
