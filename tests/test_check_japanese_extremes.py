"""`ustflow check` on Japanese extremes of a holder's moves and levels (issue 13, session 9): "N年ぶりの大幅減少" (the
largest fall in N years: judged on the monthly change, not the level), "2009年半ば以来の低水準" (a part of a year is
that year; "09年末以来" is its December), "今年最大の減少" / "今年に入って最大の売り越し" (the largest move since the year
began). Invented sentences; the official values from the loaded store (China, September 2023: holdings 778.1 USD bn,
down 27.3 USD bn on August, the largest fall since September 2022 and the lowest level since 2009)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers
from ustflow.views.check import check_text

DATE = "2023-11-17"


def _china(store, month: str) -> tuple[float, float]:
    s = series("tic.holdings.china_mainland", store)
    p = pd.Period(month, "M")
    return float(s[p]), round(float(s[p] - s[p - 1]), 1)


@pytest.mark.parametrize("text, phrase", [
    ("中国の米国債保有は9月に1年ぶりの大幅減少となった。", "1年ぶりの大幅減少"),
    ("中国の米国債の保有残高は9月、1年ぶりの大幅な減少を記録した。", "1年ぶりの大幅な減少"),
    ("中国の保有残高は9月に12カ月ぶりの大幅減となった。", "12カ月ぶりの大幅減"),
])
def test_the_largest_fall_in_a_while_is_judged_on_the_change(data, loaded_store, text, phrase):
    _, change = _china(loaded_store, "2023-09")
    rec = by_claim(check_text(text, date=DATE, store=data), phrase)
    assert rec["official_value"] == pytest.approx(change, abs=0.05)  # the month's fall, not the level
    assert rec["verdict"] == "supported"


def test_a_fall_claimed_the_largest_in_too_long_a_while_is_contradicted(data):
    rec = by_claim(check_text("中国の米国債保有は9月に5年ぶりの大幅減少となった。", date=DATE, store=data), "5年ぶりの大幅減少")
    assert rec["verdict"] == "contradicted"


@pytest.mark.parametrize("phrase, since, grain", [
    ("2009年半ば以来の低水準", date(2009, 1, 1), "year"),
    ("2009年初め以来の低水準", date(2009, 1, 1), "year"),
    ("2009年末以来の低水準", date(2009, 12, 1), "month"),
    ("09年末以来の低水準", date(2009, 12, 1), "month"),
])
def test_a_part_of_a_year_in_since(phrase, since, grain):
    s = f"中国の保有残高は{phrase}に落ち込んだ。"
    (span, q), = [(sp, q) for sp, q in find_qualifiers(s, Resolver(date(2023, 11, 17))) if q.kind == "extreme"]
    assert s[span[0]:span[1]] == phrase and q.extreme == "min"
    assert (q.since, q.since_grain) == (since, grain)


def test_a_low_since_part_of_a_year_is_judged(data, loaded_store):
    level, _ = _china(loaded_store, "2023-09")
    rec = by_claim(check_text("中国の米国債の保有残高は9月に2009年半ば以来の低水準に落ち込んだ。", date=DATE, store=data),
                   "2009年半ば以来の低水準")
    assert rec["official_value"] == pytest.approx(level, abs=0.05) and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, phrase", [
    ("中国の米国債保有残高は9月に{chg}億ドル減少し、単月として今年最大の減少を記録した。", "今年最大の減少"),
    ("中国の米国債保有残高は9月に{chg}億ドル減り、今年に入って最大の減少となった。", "今年に入って最大の減少"),
])
def test_the_largest_move_of_the_year(data, loaded_store, text, phrase):
    _, change = _china(loaded_store, "2023-09")
    r = check_text(text.format(chg=round(-change * 10)), date=DATE, store=data)
    rec = by_claim(r, phrase)
    assert rec["official_value"] == pytest.approx(change, abs=0.05)  # judged on the change it names
    ytd = series("tic.holdings.china_mainland", loaded_store).diff()["2023-01":"2023-09"]
    assert rec["verdict"] == ("supported" if ytd.min() == pytest.approx(change, abs=0.05) else "contradicted")


def test_the_largest_trade_of_the_year_is_a_flow_qualifier():
    s = "海外投資家は年初来で最大の売り越しとなった。"
    (span, q), = [(sp, q) for sp, q in find_qualifiers(s, Resolver(date(2024, 6, 10)))]
    assert s[span[0]:span[1]] == "年初来で最大の売り越し"
    assert q.magnitude and q.since == date(2024, 1, 1) and q.since_grain == "window"


@pytest.mark.parametrize("text, claim, n", [
    ("中国の米国債保有残高は7月に拡大した。前月までは{n}カ月連続で減少していた。", "{n}カ月連続", None),
    ("日本の米国債の保有残高は7月に減少した。前月までは{n}カ月連続で増加していた。", "{n}カ月連続", None),
    ("中国の米国債保有残高は7月に拡大した。前月まで{n}カ月連続で減少が続いていた。", "{n}カ月連続", None),
])
def test_a_run_in_a_sentence_that_drops_its_holder(data, loaded_store, text, claim, n):
    slug = "china_mainland" if text.startswith("中国") else "japan"
    d = series(f"tic.holdings.{slug}", loaded_store).diff()[:"2022-06"]
    sign = -1 if "減少" in text.split("。")[1] else 1
    run = 0
    for v in reversed(d.to_list()):
        if v * sign <= 0:
            break
        run += 1
    r = check_text(text.format(n=run), date="2022-09-16", store=data)
    rec = by_claim(r, claim.format(n=run))
    assert rec["subject"] == ("China (mainland)" if slug == "china_mainland" else "Japan")
    if run:
        assert rec["official_period"] == "2022-06" and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, fig, phrase", [
    ("2月の日本の米国債保有残高は1兆807億ドルと、2022年10月以来、約4カ月ぶりの低水準となった。", "1兆807億ドル",
     "2022年10月以来、約4カ月ぶりの低水準"),
    ("2月の中国の保有額は8490億ドルと、2010年6月以来、およそ12年8カ月ぶりの低水準だった。", "8490億ドル",
     "2010年6月以来、およそ12年8カ月ぶりの低水準"),
])
def test_the_month_a_look_back_counts_from_is_not_the_figure_s(data, text, fig, phrase):
    r = check_text(text, date="2023-04-17", store=data)
    rec = by_claim(r, fig)
    assert rec["official_period"] == "2023-02" and rec["verdict"] == "supported"  # February's level, not 2022-10's
    assert by_claim(r, phrase)["official_period"] == "2023-02"
