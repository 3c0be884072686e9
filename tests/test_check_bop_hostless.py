"""A record or a first said of a balance-of-payments item with no figure in its sentence (``bop.hostless_record_item``):
"The current account surplus for 2013 was the smallest in history", "2014年の第一次所得収支の黒字は過去最大となった",
"the surplus declined in 2018 for the first time in four years". Judged on the item its sentence names over the period
its sentence states, ranked among the same spans; left alone when the sentence states no period of its own. Invented
sentences; the expected verdicts are computed from the store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, bop_years, fall_run, first_fall, same_month_record, series
from ustflow.views.check import check_text

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _year_record(store, code: str) -> int:
    ys = bop_years(store, code)
    return int(max(y for y in ys.index if ys[y] == ys[ys.index <= y].max() and (ys.index < y).sum() >= 3))


def _qualifiers(recs: list[dict], measure: str) -> list[dict]:
    return [r for r in recs if r["measure"] == measure]


@pytest.mark.parametrize("text", [
    "Japan's primary income surplus for {y} was the largest in history, the Finance Ministry said.",
    "In {y}, Japan's primary income surplus was the largest on record.",
    "財務省によると、{y}年の第一次所得収支の黒字は過去最大となった。",
])
def test_a_record_with_no_figure_is_the_items_over_its_sentences_year(data, loaded_store, text):
    y = _year_record(loaded_store, "bpbp6jynpin")
    recs = check_text("Japan's balance of payments showed a current account surplus.\n\n" + text.format(y=y),
                      date=f"{y + 1}-02-10", store=data)
    got = _qualifiers(recs, "extreme")
    assert got and got[0]["verdict"] == "supported" and got[0]["official_period"] == str(y), recs
    assert "bpbp6jynpin" in got[0]["series"]


def test_a_record_with_no_figure_and_a_lower_year_is_contradicted(data, loaded_store):
    ys = bop_years(loaded_store, "bpbp6jynpin")
    y = int(next(y for y in ys.index[::-1] if ys[y] < ys[ys.index < y].max()))
    text = f"Japan's current account stayed in surplus.\n\nJapan's primary income surplus for {y} was the largest in history."
    got = _qualifiers(check_text(text, date=f"{y + 1}-02-10", store=data), "extreme")
    assert got and got[0]["verdict"] == "contradicted", got


@pytest.mark.parametrize("text", [
    "Japan's current account stayed in surplus.\n\nJapan's primary income surplus was the largest in history.",
    "Japan's primary income surplus rose in {y}.\n\nAnalysts said the figure was the largest in history.",
])
def test_a_record_with_no_period_of_its_own_or_no_item_is_left_alone(data, loaded_store, text):
    y = _year_record(loaded_store, "bpbp6jynpin")
    recs = check_text(text.format(y=y), date=f"{y + 1}-02-10", store=data)
    assert not [r for r in _qualifiers(recs, "extreme") if r["verdict"] != "unverifiable"], recs


@pytest.mark.parametrize("text, ok", [
    ("Japan's current account surplus declined in {y} for the first time in {n} years, data showed.", "supported"),
    ("The current account surplus fell in {y} for the first time in {n} years.", "supported"),
    ("Japan's current account surplus rose in {y} for the first time in {n} years.", "contradicted"),
])
def test_a_first_fall_in_n_years_with_its_year_between(data, loaded_store, text, ok):
    y, n = first_fall(loaded_store, "bpbp6jyncb")
    recs = check_text("Japan's balance of payments was released on Friday.\n\n" + text.format(y=y, n=_WORDS[n]),
                      date=f"{y + 1}-02-10", store=data)
    got = _qualifiers(recs, "first_since")
    assert got and got[0]["verdict"] == ok and got[0]["official_period"] == str(y), recs


def _fiscal_half_record(store, code: str) -> pd.Period:
    """An April-September half whose sum is the largest among April-September halves so far (its last month)."""
    s = series(f"boj.bop.{code}", store)
    sums = s.rolling(6).sum()
    sep = sums[[p.month == 9 for p in sums.index]].dropna()
    for p in sep.index[::-1]:
        if sep[p] == sep[sep.index <= p].max() and (sep.index < p).sum() >= 3:
            return p
    raise AssertionError("no such half")


def _oku(v: float) -> str:
    cho, rest = divmod(int(abs(v)), 10000)
    return f"{cho}兆{rest}億円" if cho else f"{rest}億円"


@pytest.mark.parametrize("text", [
    "財務省が発表した{y}年1～6月の国際収支によると、第一次所得収支は{ja}の黒字だった。年度の半期分としては過去最大です。",
    "In Japan's balance of payments for January-June {y}, primary income posted a surplus of {ja}, the highest level "
    "for half a fiscal year on record.",
    "財務省によると、{y}年1～6月の第一次所得収支は{ja}の黒字で、年度上半期としては過去最高だった。",
])
def test_a_record_of_fiscal_halves_read_on_another_span_is_unverifiable(data, loaded_store, text):
    p = _fiscal_half_record(loaded_store, "bpbp6jynpin")
    s = series("boj.bop.bpbp6jynpin", loaded_store)
    v = float(s[(s.index.year == p.year) & (s.index.month <= 6)].sum())
    ja = _oku(v) if "財務省" in text else f"{v / 10000:.2f} trillion yen"
    recs = check_text("Japan's balance of payments.\n\n" + text.format(y=p.year, ja=ja), date=f"{p.year}-08-10",
                      store=data)
    got = _qualifiers(recs, "extreme")
    assert got and all(r["verdict"] == "unverifiable" for r in got), recs


@pytest.mark.parametrize("text", [
    "財務省によると、{y}年の第一次所得収支は黒字となり、暦年としては史上最大だった。",
    "財務省によると、{y}年の第一次所得収支は黒字となり、暦年としては最大となった。",
    "財務省によると、{y}年の第一次所得収支の黒字は過去最大となった。",
])
def test_japanese_records_named_by_shijo_or_by_a_frame_alone(data, loaded_store, text):
    y = _year_record(loaded_store, "bpbp6jynpin")
    recs = check_text("国際収支統計が発表された。\n\n" + text.format(y=y), date=f"{y + 1}-02-10", store=data)
    got = _qualifiers(recs, "extreme")
    assert got and got[0]["verdict"] == "supported" and got[0]["official_period"] == str(y), recs


def test_a_frame_record_is_not_read_in_a_holders_sentence():
    from datetime import date

    from ustflow.check.period_grammar import Resolver
    from ustflow.check.qualifiers import find_qualifiers

    found = find_qualifiers("中国が最大の保有国として最大の地位を保った。", Resolver(date(2024, 5, 1)), False)
    assert not [q for _, q in found if q.phrase in ("最大", "は最大")]


@pytest.mark.parametrize("text", [
    "Japan's current account surplus posted the largest on-year drop in {y} in 21 months.",
    "In {y}, Japan's primary income surplus logged its biggest increase on record.",
    "財務省によると、{y}年の第一次所得収支の黒字は過去最大の増加となった。",
])
def test_a_record_of_a_change_with_no_figure_is_not_read_as_the_balances(data, loaded_store, text):
    y = _year_record(loaded_store, "bpbp6jynpin")
    recs = check_text("Japan's balance of payments was released.\n\n" + text.format(y=y), date=f"{y + 1}-02-10",
                      store=data)
    assert not [r for r in _qualifiers(recs, "extreme") if r["verdict"] != "unverifiable"], recs


_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


@pytest.mark.parametrize("text, off, ok", [
    ("Japan's current account surplus shrank to $50 billion in {y}, the {o} straight annual fall.", 0, "supported"),
    ("The current account surplus fell to ¥{t} trillion in {y}, marking {c} straight annual declines.", 0, "supported"),
    ("Japan's current account surplus shrank to $50 billion in {y}, the {o} straight annual fall.", 1, "contradicted"),
])
def test_a_run_of_annual_falls_counts_years_also_on_a_dollar_figure(data, loaded_store, text, off, ok):
    y, k = fall_run(loaded_store, "bpbp6jyncb")
    t = f"{bop_years(loaded_store, 'bpbp6jyncb')[y] / 10000:.2f}"
    cards = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
    recs = check_text("Japan's balance of payments was released.\n\n" +
                      text.format(y=y, o=_ORD[k + off], c=cards[k + off], t=t), date=f"{y + 1}-02-10", store=data)
    got = _qualifiers(recs, "streak")
    assert got and got[0]["verdict"] == ok and got[0]["official_period"] == str(y), recs


@pytest.mark.parametrize("text, ok", [
    ("財務省が発表した{m}月の国際収支によると、旅行収支は{ja}の黒字で、{m}月では過去最大となった。", "supported"),
    ("財務省が発表した{m}月の国際収支によると、旅行収支は{ja}の黒字で{m}月では85年以降最大。", "unverifiable"),
    ("財務省が発表した{m}月の国際収支によると、旅行収支は{ja}の黒字で、単月では過去最大となった。", "contradicted"),
])
def test_a_record_for_the_month_said_with_de_wa(data, loaded_store, text, ok):
    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(series("boj.bop.bpbp6jynsn2", loaded_store)[p])
    recs = check_text(text.format(m=p.month, ja=_oku(v)), date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    got = _qualifiers(recs, "extreme")
    assert got and as_read(got[0]) == ok, got


@pytest.mark.parametrize("text, ok", [
    ("Japan's travel surplus in {month} rose to {en} yen, the highest level for the month, Finance Ministry data showed.",
     "supported"),
    ("The travel surplus reached {en} yen in {month}, the largest for the month of {month}.", "supported"),
    ("The travel surplus reached {en} yen in {month}, the largest for any month on record.", "contradicted"),
    ("The travel surplus reached {en} yen in {month}, the largest for the month of {month} under the current data "
     "format dating back to 1985.", "unverifiable"),
])
def test_an_english_record_for_the_month(data, loaded_store, text, ok):
    from tests.test_check_bop_records import _MONTHS

    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(series("boj.bop.bpbp6jynsn2", loaded_store)[p])
    recs = check_text("Japan's balance of payments showed a current account surplus.\n\n" +
                      text.format(month=_MONTHS[p.month - 1], en=f"{v / 10:,.1f} billion"),
                      date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    got = _qualifiers(recs, "extreme")
    assert got and as_read(got[0]) == ok, got


def test_a_record_for_the_month_of_a_treasury_flow_is_not_ranked(data):
    text = ("Japanese investors bought a net 2.1 trillion yen of foreign bonds in October, the largest for the month, "
            "Ministry of Finance data showed.")
    recs = check_text(text, date="2019-11-10", store=data)
    assert not [r for r in _qualifiers(recs, "extreme") if r["verdict"] != "unverifiable"], recs
