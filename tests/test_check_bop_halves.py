"""`ustflow check` on balance-of-payments stories about a half of the fiscal year (April-September), named in full once
("2019年度上半期", "今年度上半期", "the April-to-September period") and then by its side alone ("上半期"), or only by
the release calendar (a November story's "上半期" is the fiscal first half just released); and on how such stories
refer back to a balance ("This figure represents an increase of ...", "貿易収支が改善したことで…黒字幅を拡大し"), give
it in dollars, or name a trade partner or a news agency that is not the balance's owner. Invented sentences, in
several wordings, and sentences where a rule must not fire; values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import bop_sign, by_claim, series, yen_oku
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


def _sum(store, code: str, lo: str, hi: str) -> float:
    s = series(f"boj.bop.{code}", store)
    return float(s[(s.index >= pd.Period(lo, "M")) & (s.index <= pd.Period(hi, "M"))].sum())


def _periods(ref: str, *texts: str) -> list[list[tuple[str, date, date]]]:
    r = Resolver(date.fromisoformat(ref))
    return [[(p.label, p.start, p.end) for p in r.find(t)] for t in texts]


@pytest.mark.parametrize("phrase, ref, start, end", [
    ("今年度上半期の経常収支は", "2024-11-08", date(2024, 4, 1), date(2024, 9, 30)),
    ("本年度上期の貿易収支は", "2021-11-09", date(2021, 4, 1), date(2021, 9, 30)),
    ("前年度上半期は1兆円の黒字", "2019-11-11", date(2018, 4, 1), date(2018, 9, 30)),
    ("昨年度下期の赤字は", "2023-06-01", date(2022, 10, 1), date(2023, 3, 31)),
    ("昨年上半期の経常黒字は", "2024-03-08", date(2023, 1, 1), date(2023, 6, 30)),
    ("2022年度の上半期は", "2023-05-10", date(2022, 4, 1), date(2022, 9, 30)),
])
def test_a_half_named_relative_to_the_publication(phrase, ref, start, end):
    (got,) = _periods(ref, phrase)
    assert [(p[1], p[2]) for p in got] == [(start, end)], got


def test_a_half_named_by_its_side_alone_is_the_kind_the_story_named_first():
    lede, later = _periods("2019-11-11", "財務省は11日、2019年度上半期(4〜9月)の国際収支を発表した。",
                           "前年同期比3%減の10兆円の黒字で、上半期ベースでは2年連続で減少した。")
    assert (date(2019, 4, 1), date(2019, 9, 30)) in [(p[1], p[2]) for p in lede]
    assert [(p[1], p[2]) for p in later] == [(date(2019, 4, 1), date(2019, 9, 30))]
    # English: "the first half" after "the first half of fiscal 2023" is that fiscal half
    _, en = _periods("2023-11-09", "The surplus in the first half of fiscal 2023 tripled.",
                     "The first half saw record income.")
    assert [(p[1], p[2]) for p in en] == [(date(2023, 4, 1), date(2023, 9, 30))]


def test_a_half_alone_stays_a_calendar_half_when_the_story_named_one():
    """Not fired: the story named a calendar half ("2017年上半期"), or none."""
    _, later = _periods("2017-08-08", "2017年上半期(1~6月)の国際収支によると", "上半期の黒字は10年ぶりの高水準")
    assert [(p[1], p[2]) for p in later] == [(date(2017, 1, 1), date(2017, 6, 30))]
    (alone,) = _periods("2017-08-08", "上半期の経常黒字は")
    assert [(p[1], p[2]) for p in alone] == [(date(2017, 1, 1), date(2017, 6, 30))]
    (en,) = _periods("2017-08-08", "in the first half, the surplus rose")
    assert [(p[1], p[2]) for p in en] == [(date(2017, 1, 1), date(2017, 6, 30))]


@pytest.mark.parametrize("text, ref, start, end", [
    ("上半期として過去最高だった15年度(11兆円の黒字)とほぼ同水準", "2019-11-11", date(2015, 4, 1), date(2015, 9, 30)),
    ("上期ベースでは2016年度以来の低水準", "2022-11-09", date(2016, 4, 1), date(2016, 9, 30)),
    ("下半期としては2014年の8兆円以来", "2020-02-10", date(2014, 7, 1), date(2014, 12, 31)),
])
def test_a_year_named_as_a_halfs_basis_is_that_years_half(text, ref, start, end):
    (got,) = _periods(ref, text)
    assert (start, end) in [(p[1], p[2]) for p in got], got


def test_a_year_without_a_half_basis_stays_a_year():
    (got,) = _periods("2019-11-11", "経常黒字は15年度(21兆円)以来の高水準")
    assert (date(2015, 4, 1), date(2016, 3, 31)) in [(p[1], p[2]) for p in got], got


@pytest.mark.parametrize("phrase, start, end", [
    ("the surplus for the April-to-September period was", date(2024, 4, 1), date(2024, 9, 30)),
    ("in the January-through-June period", date(2024, 1, 1), date(2024, 6, 30)),
    ("for the October-to-December quarter", date(2023, 10, 1), date(2023, 12, 31)),
])
def test_a_span_of_months_written_as_a_compound_adjective(phrase, start, end):
    (got,) = _periods("2024-11-08", phrase)
    assert [(p[1], p[2]) for p in got] == [(start, end)], got


@pytest.mark.parametrize("phrase", ["去年の同じ時期に比べて", "前の年の同じ月より", "前年の同じ期間と比べ"])
def test_the_same_period_a_year_before_in_words_is_a_base_not_last_year(phrase):
    got = Resolver(date(2023, 11, 9)).find(phrase + "8兆円増えた")
    assert [(p.role, p.kind) for p in got] == [("from", "latest")], got


def test_a_fiscal_half_story_in_japanese(data, loaded_store):
    ca = _sum(loaded_store, "bpbp6jyncb", "2024-04", "2024-09")
    pi = _sum(loaded_store, "bpbp6jynpin", "2024-04", "2024-09")
    text = (f"財務省が発表した国際収支統計によると、今年度上半期の経常収支は{yen_oku(ca)}の{bop_sign(ca, True)}となった。"
            f"第一次所得収支は{yen_oku(pi)}の{bop_sign(pi, True)}と、上半期として最大だった。")
    recs = check_text(text, date="2024-11-08", store=data)
    for fig in (yen_oku(ca), yen_oku(pi)):
        rec = by_claim(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-04..2024-09"), rec["explanation"]


def test_a_headline_half_by_its_side_alone_is_the_half_just_released(data, loaded_store):
    ca, ca0 = _sum(loaded_store, "bpbp6jyncb", "2019-04", "2019-09"), _sum(loaded_store, "bpbp6jyncb", "2018-04", "2018-09")
    pct = 100 * (ca - ca0) / abs(ca0)
    word = "増" if pct > 0 else "減"
    text = f"経常黒字{abs(pct):.1f}%{word}の{yen_oku(ca)} 上半期で2年ぶり\n\n財務省が11日発表した国際収支速報によると、経常収支は黒字だった。"
    recs = check_text(text, date="2019-11-11", store=data)
    rec = by_claim(recs, f"{abs(pct):.1f}%")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2018-04..2018-09 to 2019-04..2019-09"), rec
    assert by_claim(recs, yen_oku(ca))["official_period"] == "2019-04..2019-09"


def test_a_half_by_its_side_alone_in_an_august_story_is_the_calendar_half(data, loaded_store):
    """Not fired: the half released in August is the calendar first half."""
    ca = _sum(loaded_store, "bpbp6jyncb", "2017-01", "2017-06")
    text = f"経常黒字{yen_oku(ca)} 上半期で10年ぶり高水準\n\n財務省が8日発表した国際収支速報によると、経常収支は黒字だった。"
    rec = by_claim(check_text(text, date="2017-08-08", store=data), yen_oku(ca))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2017-01..2017-06"), rec


def test_an_english_fiscal_half_a_news_agency_and_a_change_in_yen_and_dollars(data, loaded_store):
    ca, ca0 = _sum(loaded_store, "bpbp6jyncb", "2024-04", "2024-09"), _sum(loaded_store, "bpbp6jyncb", "2023-04", "2023-09")
    d = ca - ca0
    text = (f"According to Qatar News Agency, the current account surplus for the April-to-September period was more "
            f"than {abs(ca) / 1e4 - 0.05:.1f} trillion yen, Japan's Finance Ministry said. This figure represents an "
            f"{'increase' if d > 0 else 'decrease'} of {abs(d) / 1e4:.1f} trillion yen, or over "
            f"{int(abs(d) * 1e8 / 160 / 1e9)} billion dollars from last year.")
    recs = check_text(text, date="2024-11-08", store=data)
    rec = by_claim(recs, f"more than {abs(ca) / 1e4 - 0.05:.1f} trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-04..2024-09"), rec["explanation"]
    rec = by_claim(recs, f"{abs(d) / 1e4:.1f} trillion yen")
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]
    rec = by_claim(recs, f"over {int(abs(d) * 1e8 / 160 / 1e9)} billion dollars")
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]


def test_the_amount_of_a_month_changed_in_dollars(data, loaded_store):
    now, before = _sum(loaded_store, "bpbp6jyncb", "2024-09", "2024-09"), _sum(loaded_store, "bpbp6jyncb", "2023-09", "2023-09")
    d = now - before
    usd = abs(d) * 1e8 / 143 / 1e9
    text = (f"September alone shows a current account surplus of {now / 1e4:.1f} trillion yen. However, the amount "
            f"{'rose' if d > 0 else 'plunged'} by {usd:.0f} billion dollars from last year.")
    rec = by_claim(check_text(text, date="2024-11-08", store=data), f"{usd:.0f} billion dollars")
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]
    wrong = text.replace(f"by {usd:.0f} billion", f"by {usd * 1.4:.0f} billion")
    rec = by_claim(check_text(wrong, date="2024-11-08", store=data), f"{usd * 1.4:.0f} billion dollars")
    assert rec["verdict"] == "contradicted", rec["explanation"]


def test_a_news_agency_named_for_a_country_is_no_owner_but_the_country_itself_is(data, loaded_store):
    ca = _sum(loaded_store, "bpbp6jyncb", "2024-09", "2024-09")
    own = f"China's current account surplus was {ca / 1e4:.2f} trillion yen in September, the balance of payments showed."
    assert by_claim(check_text(own, date="2024-11-08", store=data), f"{ca / 1e4:.2f} trillion yen")["measure"] != "bop"
    for agency in ("China Daily", "the Korea Herald", "Saudi Press Agency"):
        text = (f"Japan's current account surplus was {ca / 1e4:.2f} trillion yen in September, {agency} reported, "
                f"citing the balance of payments.")
        rec = by_claim(check_text(text, date="2024-11-08", store=data), f"{ca / 1e4:.2f} trillion yen")
        assert (rec["measure"], rec["verdict"]) == ("bop", "supported"), (agency, rec["explanation"])


@pytest.mark.parametrize("partner", ["中国などアジア向けの輸出が減少し、", "米国への輸出が伸び悩み、", "中東からの原油輸入が増え、"])
def test_a_trade_partner_before_the_balance_is_no_owner(data, loaded_store, partner):
    g = _sum(loaded_store, "bpbp6jyntb", "2019-09", "2019-09")
    text = f"9月の国際収支によると、{partner}貿易収支は{yen_oku(g)}の{bop_sign(g, True)}だった。"
    rec = by_claim(check_text(text, date="2019-11-11", store=data), yen_oku(g))
    assert (rec["measure"], rec["verdict"]) == ("bop", "supported"), rec["explanation"]


def test_a_country_that_owns_the_balance_is_still_not_japan(data, loaded_store):
    """Not fired: "中国の貿易収支" is China's, whatever partner words come before it."""
    g = _sum(loaded_store, "bpbp6jyntb", "2019-09", "2019-09")
    text = f"9月の国際収支によると、中国の貿易収支は{yen_oku(g)}の{bop_sign(g, True)}だった。"
    assert by_claim(check_text(text, date="2019-11-11", store=data), yen_oku(g))["measure"] != "bop"


@pytest.mark.parametrize("cause", ["貿易収支が改善したことで", "貿易赤字が縮小したため、", "貿易収支の改善を背景に"])
def test_a_balance_named_as_a_cause_is_not_the_changed_balance(data, loaded_store, cause):
    ca, ca0 = _sum(loaded_store, "bpbp6jyncb", "2023-04", "2023-09"), _sum(loaded_store, "bpbp6jyncb", "2022-04", "2022-09")
    d = ca - ca0
    assert d > 0
    text = (f"財務省が発表した、ことし4月から9月までの国際収支によりますと、経常収支は{yen_oku(ca)}の黒字でした。"
            f"{cause}去年の同じ時期に比べて{int(d // 10000)}兆円以上、黒字幅を拡大しました。")
    rec = by_claim(check_text(text, date="2023-11-09", store=data), f"{int(d // 10000)}兆円")
    assert (rec["measure"], rec["series"], rec["verdict"]) == ("bop_change", "boj.bop.bpbp6jyncb", "supported"), rec


def test_a_balance_as_the_topic_before_a_cause_is_the_figures(data, loaded_store):
    """Not fired: "旅行収支は春節の影響で…": the travel balance is the topic, the cause is the holiday's."""
    t = _sum(loaded_store, "bpbp6jynsn2", "2024-02", "2024-02")
    text = f"2月の国際収支によると、旅行収支は旧正月の春節の影響で外国人旅行者が増えて{yen_oku(t)}の黒字となった。"
    rec = by_claim(check_text(text, date="2024-04-08", store=data), yen_oku(t))
    assert (rec["measure"], rec["series"], rec["verdict"]) == ("bop", "boj.bop.bpbp6jynsn2", "supported"), rec


def test_yoyu_amari_is_more_than(data, loaded_store):
    ca = _sum(loaded_store, "bpbp6jyncb", "2023-04", "2023-09")
    low = int(ca // 10000) - 2  # two trillion yen and more below it: still "more than"
    for word in ("あまり", "余り"):
        text = f"財務省が発表した今年度上半期の国際収支によりますと、経常収支は{low}兆円{word}の黒字となりました。"
        rec = by_claim(check_text(text, date="2023-11-09", store=data), f"{low}兆円")
        assert rec["verdict"] == "supported", rec["explanation"]
    above = f"財務省が発表した今年度上半期の国際収支によりますと、経常収支は{int(ca // 10000) + 1}兆円余りの黒字となりました。"
    assert by_claim(check_text(above, date="2023-11-09", store=data), f"{int(ca // 10000) + 1}兆円")["verdict"] == "contradicted"
