"""`ustflow check` on a Japanese chain of a holder's levels (issue 13, session 9): "3月のAからBを売り越し、Cとなった"
(a starting level, the move, the level reached) with 買い越し/売り越し/増加/減少 naming the move: B is the change in the
holder's holdings between the two months, not TIC's transactions table, also in a sentence that does not say 保有;
the level reached may come first ("保有額はCで、3月のAからBの買い越し"). A yen flow compared with the month before is
no chain. Invented sentences; the levels from the loaded store, written as Japanese reporters round them."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, usd_bn_ja
from ustflow.views.check import check_text


def _levels(store, slug: str, month: str) -> tuple[float, float]:
    s = series(f"tic.holdings.{slug}", store)
    p = pd.Period(month, "M")
    return float(s[p - 1]), float(s[p])


@pytest.mark.parametrize("slug, holder, word_up, word_down", [
    ("united_kingdom", "英国", "買い越し", "売り越し"),
    ("japan", "日本", "買い増し", "売り越し"),
    ("china_mainland", "中国", "増加", "減少"),
])
def test_from_a_level_a_move_to_a_level(data, loaded_store, slug, holder, word_up, word_down):
    before, after = _levels(loaded_store, slug, "2011-04")
    move = round(abs(after - before) * 10)
    word = word_up if after >= before else word_down
    text = (f"4月の米国債の国別統計が発表された。{holder}は、3月の{usd_bn_ja(before)}から{move}億ドルを{word}し、"
            f"{usd_bn_ja(after)}となった。")
    r = check_text(text, date="2011-06-16", store=data)
    rec = by_claim(r, f"{move}億ドル")
    assert rec["measure"] == "holdings_change"  # the holdings moved: not TIC's transactions (a flow)
    assert rec["official_period"] == "2011-03 to 2011-04"
    assert rec["verdict"] == "supported"
    assert by_claim(r, usd_bn_ja(before))["official_period"] == "2011-03"
    level = by_claim(r, usd_bn_ja(after))
    assert level["measure"] == "holdings_level" and level["official_period"] == "2011-04"
    assert level["verdict"] == "supported"


def test_the_level_reached_named_first(data, loaded_store):
    before, after = _levels(loaded_store, "china_mainland", "2011-04")
    move = round((after - before) * 10)
    r = check_text(f"2011年4月の中国の米国債保有額は{usd_bn_ja(after)}で、3月の{usd_bn_ja(before)}から{move}億ドルの買い越しとなった。",
                   date="2011-06-16", store=data)
    rec = by_claim(r, f"{move}億ドル")
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2011-03 to 2011-04"
    assert rec["verdict"] == "supported"


def test_a_wrong_move_in_a_chain_is_contradicted(data, loaded_store):
    before, after = _levels(loaded_store, "united_kingdom", "2011-04")
    move = round((after - before) * 10) + 40  # the levels do not add up: the move is misprinted
    r = check_text(f"4月の統計によると、英国は3月の{usd_bn_ja(before)}から{move}億ドルを買い越し、{usd_bn_ja(after)}となった。",
                   date="2011-06-16", store=data)
    rec = by_claim(r, f"{move}億ドル")
    assert rec["measure"] == "holdings_change" and rec["verdict"] == "contradicted"


def test_a_yen_flow_from_the_month_before_is_no_chain(data):
    r = check_text("海外投資家の日本株の買い越し額は、前月の3000億円から5000億円に拡大した。", date="2012-09-11", store=data)
    assert all(rec["measure"] != "holdings_change" for rec in r)


@pytest.mark.parametrize("text", [
    "米財務省の2月の統計で、日本の保有残高は{chg}億ドル減り{lvl}となった。",
    "米財務省の2月の統計で、外国勢の米国債保有残高は減った。首位の日本は{chg}億ドル減り{lvl}。",
    "米財務省の2月の統計で、日本の米国債保有高は{lvl}(約140兆円)と前月比{chg}億ドル減少した。",
    "米財務省の2月の統計で、日本の保有残高は{lvl}と、前月から{chg}億ドル減った。",
])
def test_a_level_after_a_move_or_set_against_the_month_before(data, loaded_store, text):
    before, after = _levels(loaded_store, "japan", "2023-02")
    chg, lvl = round((before - after) * 10), usd_bn_ja(after)
    r = check_text(text.format(chg=chg, lvl=lvl), date="2023-04-17", store=data)
    level = by_claim(r, lvl)
    assert level["measure"] == "holdings_level" and level["official_period"] == "2023-02"
    assert level["verdict"] == "supported"
    move = by_claim(r, f"{chg}億ドル")
    assert move["measure"] == "holdings_change" and move["verdict"] == "supported"


def test_a_low_since_is_the_level_s_not_the_move_s(data, loaded_store):
    before, after = _levels(loaded_store, "china_mainland", "2023-02")
    r = check_text(f"米財務省の2月の統計で、中国の保有残高は{usd_bn_ja(after)}と前月比{round((before - after) * 10)}億ドル減少し、"
                   "2010年6月以来の低水準となった。", date="2023-04-17", store=data)
    rec = by_claim(r, "2010年6月以来の低水準")
    assert rec["official_value"] == pytest.approx(after, abs=0.05)  # judged on the level, not on the change


@pytest.mark.parametrize("s, phrase, hint", [
    ("中国の保有残高は前月比106億ドル減少し、2010年6月以来の低水準となった。", "2010年6月以来の低水準", "level"),
    ("今回の買い越し額は過去3番目の水準だ。", "過去3番目の水準", ""),  # the size of a trade: no stock's level
    ("生保の売り越しは2008年以来の高水準だった。", "2008年以来の高水準", ""),
    ("海外勢の売り越しは過去最大の売り越しとなった。", "過去最大の売り越し", "flow"),
])
def test_what_a_japanese_qualifier_is_about(s, phrase, hint):
    from ustflow.check.claims import Qualifier
    from ustflow.check.hosts import qualifier_hint

    start = s.index(phrase)
    assert qualifier_hint(Qualifier("extreme", phrase), s, (start, start + len(phrase))) == hint


@pytest.mark.parametrize("tail, claim, verdict", [
    ("中国の米国債買い越しは6カ月ぶり。", "6カ月ぶり", "supported"),
    ("中国による買い越しは昨年10月以来6カ月ぶりとなった。", "6カ月ぶり", "supported"),
    ("中国の米国債の買い越しは2カ月ぶりだった。", "2カ月ぶり", "contradicted"),
])
def test_a_trade_word_after_a_chain_means_the_same_move(data, loaded_store, tail, claim, verdict):
    before, after = _levels(loaded_store, "china_mainland", "2011-04")
    text = f"4月の中国の米国債保有額は3月の{usd_bn_ja(before)}から{round((after - before) * 10)}億ドルの買い越しとなった。{tail}"
    rec = next(r for r in check_text(text, date="2011-06-16", store=data) if claim in r["claim"])
    assert rec["official_value"] == pytest.approx(after - before, abs=0.05)  # the holdings' move, not TIC's trades
    assert rec["verdict"] == verdict


@pytest.mark.parametrize("text, fig, period", [
    ("日本の米国債保有残高は2月末時点で1兆807億ドルと、前月末から222億ドル減少した。", "222億ドル", "2023-01 to 2023-02"),
    ("日本の米国債保有高は2月末で1兆807億ドルとなり、昨年末から56億ドル増えた。", "56億ドル", "2022-12 to 2023-02"),
    ("中国の保有残高は2月末に8490億ドルと、前年末比で181億ドル減少した。", "181億ドル", "2022-12 to 2023-02"),
    ("英国の米国債保有額は昨年末に5737億ドルだった。", "5737億ドル", "2022-12"),
])
def test_a_month_s_end_as_the_base_or_the_period(data, text, fig, period):
    rec = by_claim(check_text(text, date="2023-04-17", store=data), fig)
    assert rec["official_period"] == period and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, other", [
    ("6月末の日本の保有額は1兆1228億ドルで、中国の1兆1125億ドルを上回った。", "1兆1125億ドル"),
    ("6月の日本の米国債保有額は1兆1228億ドルとなり、中国の約1兆1125億ドルを上回った。", "約1兆1125億ドル"),
    ("6月の中国の米国債保有高は1兆1125億ドルで、日本の1兆1228億ドルを下回った。", "1兆1228億ドル"),
])
def test_another_holders_level_compared_with(data, text, other):
    rec = by_claim(check_text(text, date="2019-08-16", store=data), other)
    assert rec["official_period"] == "2019-06" and rec["verdict"] == "supported"  # that holder's June level
    assert rec["subject"] == ("Japan" if "日本の1兆" in text else "China (mainland)")


@pytest.mark.parametrize("text, fig", [
    ("2018年9月末時点の中国の米国債保有残高は1兆1514億米ドルと、前月から137億米ドル減少した。", "137億米ドル"),
    ("2018年9月末時点の中国の米国債保有残高は1兆1514億米ドルと、前月から137億米ドル減少した。", "1兆1514億米ドル"),
])
def test_us_dollars_written_as_bei_doru(data, text, fig):
    rec = by_claim(check_text(text, date="2018-11-19", store=data), fig)
    assert rec["subject"] == "China (mainland)" and rec["official_period"].endswith("2018-09")
    assert rec["verdict"] in ("supported", "contradicted")  # judged (a dollar figure), not skipped


@pytest.mark.parametrize("text, fig, subject", [
    ("米財務省が17日発表した2月の統計によると、日本の保有額は外国勢全体の約15%を占める。", "約15%", "Japan"),
    ("2月の統計で、中国の米国債保有額は外国勢の保有総額の11.7%を占めた。", "11.7%", "China (mainland)"),
    ("2月の統計で、外国勢の保有額に占める英国のシェアは7.9%だった。", "7.9%", "United Kingdom"),
])
def test_a_holder_s_share_of_foreign_holdings(data, text, fig, subject):
    rec = by_claim(check_text(text, date="2023-04-17", store=data), fig)
    assert rec["subject"] == subject and rec["official_period"] == "2023-02" and rec["verdict"] == "supported"
