"""`ustflow check` on the yen's level in Japanese (issue 13, session 10): "1ドル=160円", "147円台" (anywhere in 147.00-
147.99), "157円台半ば" (about 157.5), "153円前後", "145円80銭前後" are USD/JPY quotes of Tokyo's market. The official series
is New York's noon rate (FRED H.10): a quote it shows on the day (or the New York day before, Tokyo's night) is
supported; one it does not show is unverifiable (a Tokyo quote at another hour), never contradicted. "きょうは",
"現在は" date a quote at the publication day. Invented sentences; values from the loaded store (H.10: 147.08 on 8
August 2024, 152.58 on 8 November 2024, 158.58 on 11 July 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


@pytest.mark.parametrize("s, number, precision, qualifier", [
    ("円相場はきょう1ドル=147円台で取引されている。", 147.5, 0.5, "exact"),
    ("円相場は157円台半ばから円高が進んだ。", 157.5, 0.25, "exact"),
    ("現在は1ドル153円前後で取り引きされている。", 153.0, 0.5, "approx"),
    ("円相場は一時1ドル=145円80銭前後まで円高が進んだ。", 145.8, 0.005, "approx"),
])
def test_a_japanese_yen_quote_is_a_price_of_the_dollar(s, number, precision, qualifier):
    got = [a for a in find_amounts(s) if a.kind == "fx"]
    assert [(a.number, a.precision, a.qualifier) for a in got] == [(number, precision, qualifier)]


@pytest.mark.parametrize("s", ["円高が4円以上進んだ。", "株価は3万8000円台を回復した。", "1兆160円の買い越しだった。",
                               "この商品は150円で売られている。", "円安でガソリン価格は1リットル175円となった。"])
def test_other_yen_figures_are_no_quote(s):
    assert not [a for a in find_amounts(s) if a.kind == "fx"]


@pytest.mark.parametrize("text, day, figure", [
    ("日銀の利上げを背景に円高が進み、きょうは1ドル=147円台での取引となっている。", "2024-08-08", "147円台"),
    ("円相場は再び円安が進み、現在は1ドル153円前後で取り引きされている。", "2024-11-08", "153円"),
])
def test_a_quote_the_noon_rate_shows_on_the_publication_day_is_supported(data, text, day, figure):
    rec = by_claim(check_text(text, date=day, store=data), figure)
    assert rec["verdict"] == "supported" and rec["official_period"] == day, rec["explanation"]


@pytest.mark.parametrize("text, day, figure", [
    ("円相場はきょう1ドル=150円台で取引されている。", "2024-08-08", "150円台"),
    ("7月11日に1ドル=155円台まで円高が進んだ。", "2024-11-08", "155円台"),
    ("円相場は現在、1ドル=145円80銭前後で推移している。", "2024-11-08", "145円80銭"),
])
def test_a_tokyo_quote_the_noon_rate_does_not_show_is_unverifiable_not_contradicted(data, text, day, figure):
    rec = by_claim(check_text(text, date=day, store=data), figure)
    assert rec["verdict"] == "unverifiable", rec["explanation"]


@pytest.mark.parametrize("s", ["きょうは円安が進んだ", "本日の円相場は", "現在は153円前後", "現在、1ドル=150円"])
def test_today_in_japanese_is_the_publication_day(s):
    got = [p for p in Resolver(date(2024, 11, 8)).find(s) if p.kind == "day"]
    assert got and got[0].start == date(2024, 11, 8)


def test_as_of_a_date_is_not_today():
    assert not [p for p in Resolver(date(2024, 11, 8)).find("2月末現在の保有額は") if p.label.startswith("現在")]


def test_today_dates_a_quote_but_not_a_holding(data, loaded_store):
    # "現在" of a TIC level is the latest month published, not the publication day
    from tests.helpers import tic_level, usd_bn_ja

    fig = usd_bn_ja(tic_level(loaded_store, "china_mainland", "2025-06"))
    rec = by_claim(check_text(f"中国の米国債保有額は現在、{fig}となっている。", date="2025-08-20", store=data), fig)
    assert rec["verdict"] == "supported" and rec["official_period"] == "2025-06", rec["explanation"]


@pytest.mark.parametrize("s, day", [("09年4月18日に", date(2009, 4, 18)), ("2008年9月21日~09年4月18日", date(2009, 4, 18))])
def test_a_japanese_day_with_a_two_digit_year(s, day):
    got = [p for p in Resolver(date(2015, 3, 12)).find(s) if p.kind == "day"]
    assert got and got[-1].start == day
