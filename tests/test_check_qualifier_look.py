"""`ustflow check`: a qualifier (a run, a record, a holder's place) is called contradicted only when the checker is
sure of the figure it judged it on (issue 13, session 9). When the figure was one of several the sentence gives
(bonds or stocks), or the period was the latest published where the article reports its own month, and the
qualifier holds on that other reading, the verdict is `unverifiable` naming it. The count itself is never
loosened: a run that is one short on every reading, a record no reading makes one, stay contradicted.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, ja_oku, series
from ustflow.views.check import check_text

_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}


def _run(s: pd.Series, p) -> int:
    vals = list(s[:p])
    n = 0
    while n < len(vals) and vals[-1 - n] > 0:
        n += 1
    return n


@pytest.fixture(scope="module")
def week(loaded_store):
    """A week when Japanese investors bought both foreign stocks and bonds, the stocks for 3 to 8 straight weeks
    and the bonds for a run of another length (none longer than 9)."""
    eq = series("mof.weekly.assets.equity.net", loaded_store)
    bd = series("mof.weekly.assets.lt_debt.net", loaded_store)
    for p in reversed(eq.index[-300:]):
        if p in bd.index and eq[p] > 0 and bd[p] > 0:
            ne, nb = _run(eq, p), _run(bd, p)
            if 3 <= ne <= 8 and nb < ne - 1:
                return p, float(eq[p]), float(bd[p]), ne
    pytest.skip("no such week in the store")


def _en(v: float) -> str:
    return f"{v / 10:,.1f} billion yen"


def _ja(v: float) -> str:
    return ja_oku(int(v), "円")


def _dates(p):
    a, b = p.start_time.date(), p.end_time.date()
    return a, b, (b + timedelta(days=9)).isoformat()


def test_a_run_true_on_the_stocks_the_sentence_names_read_on_its_bonds(data, week):
    p, eq, bd, n = week
    _, b, when = _dates(p)
    text = (f"Japanese investors bought a net {_en(eq)} of foreign stocks and {_en(bd)} of foreign bonds in the week "
            f"to {b:%B} {b.day}, making it a {_ORD[n]} straight week of net buying.")
    rec = by_claim(check_text(text, date=when, store=data), f"a {_ORD[n]} straight week")
    assert rec["verdict"] == "unverifiable"
    assert "other_reading" in rec["flags"]
    assert f"another figure of the sentence ({_en(eq)})" in rec["explanation"]


def test_a_japanese_run_true_on_stocks_read_on_bonds(data, week):
    p, eq, bd, n = week
    a, b, when = _dates(p)
    text = (f"日本の投資家は{a.month}月{a.day}日～{b.month}月{b.day}日の週に対外株式を{_ja(eq)}、対外中長期債を{_ja(bd)}"
            f"買い越し、{n}週連続の買い越しとなった。")
    rec = by_claim(check_text(text, date=when, store=data), f"{n}週連続")
    assert rec["verdict"] == "unverifiable"
    assert f"({_ja(eq)})" in rec["explanation"]


def test_a_run_one_short_on_every_reading_stays_contradicted(data, week):
    p, eq, bd, n = week
    a, b, when = _dates(p)
    for text in (f"Japanese investors bought a net {_en(eq)} of foreign stocks in the week to {b:%B} {b.day}, a "
                 f"{_ORD[n + 1]} straight week of net buying.",
                 f"Japanese investors bought a net {_en(eq)} of foreign stocks and {_en(bd)} of foreign bonds in the "
                 f"week to {b:%B} {b.day}, making it a {_ORD[n + 1]} straight week of net buying."):
        rec = by_claim(check_text(text, date=when, store=data), f"a {_ORD[n + 1]} straight week")
        assert rec["verdict"] == "contradicted", text
        assert "other_reading" not in rec["flags"]
    text = (f"日本の投資家は{a.month}月{a.day}日～{b.month}月{b.day}日の週に対外株式を{_ja(eq)}買い越した。対外中長期債の"
            f"買い越しは{_ja(bd)}で、{n}週連続の買い越しとなった。")  # the run is said of the bonds, in so many words
    assert as_read(by_claim(check_text(text, date=when, store=data), f"{n}週連続")) == "contradicted"


@pytest.fixture(scope="module")
def top(loaded_store):
    """Two months in a row where the largest holder changed (China, then Japan, in mid-2019)."""
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    may, jun = pd.Period("2019-05", "M"), pd.Period("2019-06", "M")
    if not (cn[may] > jp[may] and jp[jun] > cn[jun]):
        pytest.skip("the store's figures no longer show the change")
    return may, cn[may], jp[may]


def test_a_holder_top_in_the_article_month_read_at_the_latest(data, top):
    _, cn, jp = top
    text = (f"China is the largest foreign holder of Treasuries. Its holdings were ${cn / 1000:.4f} trillion in May, "
            f"while Japan held ${jp / 1000:.4f} trillion.")
    rec = by_claim(check_text(text, date="2019-08-20", store=data), "the largest foreign holder")
    assert rec["verdict"] == "unverifiable"  # read at June, the latest published, Japan was first
    assert "the period the article's figures state (in May)" in rec["explanation"]
    assert "2019-06" in rec["explanation"]


def test_a_japanese_holder_top_in_the_article_month_read_at_the_latest(data, top):
    _, cn, jp = top
    text = f"中国は米国債の最大の保有国となっている。中国の5月末の保有額は{_usd_ja(cn)}、日本は{_usd_ja(jp)}だった。"
    rec = by_claim(check_text(text, date="2019-08-20", store=data), "最大の保有国")
    assert rec["verdict"] == "unverifiable"
    assert "the period the article's figures state (5月)" in rec["explanation"]


def _usd_ja(v: float) -> str:
    oku = round(v * 10)
    return f"{oku // 10000}兆{oku % 10000}億ドル" if oku % 10000 else f"{oku // 10000}兆ドル"


def test_a_holder_not_top_in_the_article_month_stays_contradicted(data, top):
    _, cn, jp = top
    text = (f"Japan is the largest foreign holder of Treasuries. China's holdings were ${cn / 1000:.4f} trillion in "
            f"May, while Japan held ${jp / 1000:.4f} trillion.")
    rec = by_claim(check_text(text, date="2019-07-20", store=data), "the largest foreign holder")
    assert rec["verdict"] == "contradicted"  # May is both the latest and the article's month


@pytest.mark.parametrize("text", [
    "China's holdings of U.S. Treasuries reached a record in 2020.",
    "中国の米国債保有額は2020年に過去最高を記録した。",
])
def test_a_record_no_reading_makes_one_stays_contradicted(data, text):
    rec = [r for r in check_text(text, date="2021-03-20", store=data) if r["verdict"] != "supported"]
    assert rec and rec[0]["verdict"] == "contradicted"
    assert "other_reading" not in rec[0]["flags"]


def test_a_record_with_the_other_holder_named_stays_contradicted(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)[pd.Period("2020-12", "M")]
    jp = series("tic.holdings.japan", loaded_store)[pd.Period("2020-12", "M")]
    text = (f"China's holdings of U.S. Treasuries rose to ${cn / 1000:.4f} trillion in December 2020, a record, while "
            f"Japan held ${jp / 1000:.4f} trillion.")
    rec = by_claim(check_text(text, date="2021-03-20", store=data), "a record")
    assert rec["verdict"] == "contradicted"  # China's peak was in 2013, Japan's not in December 2020 either


def _runs(s: pd.Series):
    """(period, length of the run of net buying to it, the longest such run before it began)."""
    best, k, out = 0, 0, []
    for p, v in s.items():
        k = k + 1 if v > 0 else 0
        if k:
            out.append((p, k, best))
        if not k and out and out[-1][1] > best:
            best = out[-1][1]
    return out


def test_a_record_run_length_is_judged_as_a_run_not_as_the_amount(data, loaded_store):
    eq = series("mof.weekly.assets.equity.net", loaded_store)
    runs = _runs(eq)
    rec = [(p, k) for p, k, best in runs if 5 <= k <= 12 and k > best and p.start_time.year >= 2006]
    short = [(p, k, best) for p, k, best in runs if 4 <= k <= 9 and k < best and p.start_time.year >= 2010]
    if not rec or not short:
        pytest.skip("no such runs in the store")
    for (p, k), want in ((rec[-1], "supported"), (short[-1][:2], "contradicted")):
        _, b, when = _dates(p)
        text = (f"Japanese investors bought a net {_en(float(eq[p]))} of foreign stocks in the week to {b:%B} {b.day}, "
                f"{b.year}, a record {_ORD.get(k, f'{k}th')} week of net buying.")
        got = by_claim(check_text(text, date=when, store=data), "a record")
        assert got["verdict"] == want, (text, got["explanation"])
        assert "week(s) of buying" in got["explanation"]  # the run's length, not the amount, was judged


def test_a_run_in_a_sentence_of_its_own_may_be_the_figure_before_the_last(data, loaded_store):
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    jun = pd.Period("2019-06", "M")
    if not (jp[jun] > jp[jun - 1] > jp[jun - 2] and cn[jun] > cn[jun - 1] < cn[jun - 2]):
        pytest.skip("the store's figures no longer show two rises for Japan, one for China")
    first = (f"Japan raised its holdings of Treasuries to ${jp[jun] / 1000:.4f} trillion in June. China's holdings "
             f"rose to ${cn[jun] / 1000:.4f} trillion. ")
    rec = by_claim(check_text(first + "The holdings rose for a second straight month.", date="2019-08-20",
                              store=data), "for a second straight month")
    assert rec["verdict"] == "unverifiable"  # read on China's, the nearest figure; Japan's rose twice
    assert f"another figure of the sentences before (${jp[jun] / 1000:.4f} trillion)" in rec["explanation"]
    rec = by_claim(check_text(first + "The holdings rose for a third straight month.", date="2019-08-20",
                              store=data), "for a third straight month")
    assert rec["verdict"] == "contradicted"  # neither rose three months running


def test_stocks_whose_side_the_words_do_not_say(data, loaded_store):
    """'Stocks were net sold': residents' foreign stocks or non-residents' Japanese ones; the words do not say."""
    out = series("mof.weekly.assets.equity.net", loaded_store)
    inward = series("mof.weekly.liabilities.equity.net", loaded_store)
    weeks = [p for p in inward.index[-300:] if p in out.index and out[p] > 0 and 2 <= _run(-inward, p) <= 8]
    if not weeks:
        pytest.skip("no such week in the store")
    p = weeks[-1]
    n = _run(-inward, p)
    a, b, when = _dates(p)
    for text, phrase in ((f"Stocks were net sold for a {_ORD[n]} straight week in the week to {b:%B} {b.day}, Ministry "
                          f"of Finance data showed.", f"for a {_ORD[n]} straight week"),
                         (f"株式は{a.month}月{a.day}日～{b.month}月{b.day}日の週に{n}週連続の売り越しとなった。", f"{n}週連続")):
        rec = by_claim(check_text(text, date=when, store=data), phrase)
        assert rec["verdict"] == "unverifiable", text
        assert "the other side (non-residents in Japanese securities" in rec["explanation"]
    text = f"Japanese investors net sold stocks for a {_ORD[n]} straight week in the week to {b:%B} {b.day}."
    assert by_claim(check_text(text, date=when, store=data), f"for a {_ORD[n]} straight week")["verdict"] == "contradicted"


def test_a_high_after_a_change_may_be_the_level_but_not_when_it_names_a_rise(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    jun = pd.Period("2019-06", "M")
    rise = jp[jun] - jp[jun - 1]
    if not (0 < rise < jp[jun - 1] - jp[jun - 2] and jp["2016"].max() > jp[jun] > jp["2017":"2019-05"].max()):
        pytest.skip("the store's figures no longer show a level high since 2016 with a smaller rise than May's")
    text = f"Japan's holdings of Treasuries rose by ${rise:.1f} billion in June, the highest since 2016."
    rec = by_claim(check_text(text, date="2019-08-20", store=data), "the highest since 2016")
    assert rec["verdict"] == "unverifiable"
    assert "the amount rather than its change" in rec["explanation"]
    text = f"Japan's holdings of Treasuries rose by ${rise:.1f} billion in June, the largest increase since 2016."
    rec = by_claim(check_text(text, date="2019-08-20", store=data), "the largest increase since 2016")
    assert rec["verdict"] == "contradicted"  # the words name the rise: May's was larger
