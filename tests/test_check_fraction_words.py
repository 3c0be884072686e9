"""Figures the checker did not extract at all (session 25): fractions in words, English and Japanese ("shrank nearly a
fifth", "約9割のマイナス", "9割以上減って", "one-third of US government debt held abroad", "7割程度にとどまった"), multiples
with no base named ("2倍近くに膨らんだ", "約2・8倍に増えた", "ほぼ倍の額"), fiscal-year runs ("4年度連続"), the yen's price
said of the yen ("円がドルに対して…151円台後半", "157円台半ばから…円が買い戻される"), a bare "billion" in a sentence about US
debt (dollars). Real articles' sentences; each is reported, judged or unverifiable with its reason, never dropped."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


def test_a_fraction_after_a_verb_of_a_move_is_a_percent_change(data):
    # afp-terradaily-2015-02-09: 2014's current account against 2013's, today's BPM6 file: -12.0%
    rec = by_claim(check_text("Japan's current account surplus shrank nearly a fifth to a record low $22 billion in "
                              "2014, official data showed Monday.", date="2015-02-09", store=data), "nearly a fifth")
    assert rec["verdict"] == "contradicted" and rec["measure"] == "bop_pct", rec
    assert rec["official_value"] == pytest.approx(-12.006, abs=0.01)
    assert rec["official_period"] == "2013-01..2013-12 to 2014-01..2014-12"


def test_a_japanese_fraction_of_a_move_and_the_adjustment_named_last_before_the_figure(data):
    # jbpress-2022-09-09: "約9割のマイナス" is July 2022 against July 2021 on the unadjusted series the paragraph names
    # ("季節ごとの調整を行っていない数字"); the figure after "季節調整済みでは" is the adjusted one
    text = ("財務省が発表した2022年7月の国際収支統計よると、貿易や投資によるお金の出入りを示す経常収支は2290億円の黒字だった。"
            "前年同月比では約9割のマイナスであり、7月の黒字額としては、比較可能な1985年以降、過去最小である。"
            "これは季節ごとの調整を行っていない数字だが、季節調整済みでは6290億円の赤字である。")
    res = check_text(text, date="2022-09-09", store=data)
    pct = by_claim(res, "約9割")
    assert pct["verdict"] == "contradicted" and pct["official_value"] == pytest.approx(-64.86, abs=0.01), pct
    assert pct["official_period"] == "2021-07 to 2022-07"
    assert by_claim(res, "2290億円")["official_value"] == pytest.approx(8196.7, abs=0.1)
    assert by_claim(res, "6290億円")["official_value"] == pytest.approx(536.1, abs=0.1)


def test_at_least_nine_tenths_down(data):
    # kyodo-iwatenippo-2020-11-10: the travel balance, first half of fiscal 2020 against fiscal 2019's: -90.9%
    text = ("財務省が10日発表した2020年度上半期(4~9月)の国際収支速報によると、経常収支の黒字額は、前年同期比36・2%減の6兆6901億円"
            "だった。新型コロナ感染拡大で経済活動が縮小し、人の往来が激減したことで旅行収支は9割以上減って1298億円だった。")
    rec = by_claim(check_text(text, date="2020-11-10", store=data), "9割")
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(-90.87, abs=0.01), rec
    assert rec["official_period"] == "2019-04..2019-09 to 2020-04..2020-09"


def test_a_share_of_debt_held_abroad(data):
    # chinabankingnews-2017-08-16: China and Japan together, June 2017
    rec = by_claim(check_text("US government data further indicates that China and Japan jointly account for one-third "
                              "of US government debt held abroad.", date="2017-08-16", store=data), "one-third")
    assert rec["verdict"] == "supported" and rec["measure"] == "share", rec
    assert rec["official_value"] == pytest.approx(36.36, abs=0.01) and rec["official_period"] == "2017-06"


@pytest.mark.parametrize("text, date, fig", [
    ("経常黒字が増えたのは3年ぶり。ただ、水準はピーク時の07年と比べると7割程度にとどまった。", "2011-02-08", "7割"),
    ("The figure represents an increase of 12.8 percent compared to December 2018 and almost a third of the positive "
     "balance recorded last November.", "2020-02-10", "almost a third"),
])
def test_a_level_as_a_fraction_of_another_is_reported_unverifiable(data, text, date, fig):
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert rec["verdict"] == "unverifiable" and "fraction of another level" in rec["explanation"], rec


@pytest.mark.parametrize("text, fig", [
    ("貿易黒字が2倍近くに膨らんだことが主因だ。", "2倍近く"),
    ("貿易収支は1兆3666億円の黒字で、黒字額は前年同月と比べ約2・8倍に増えた。", "約2・8倍"),
    ("その保有額が3412億ドルと前年同月のほぼ倍の額に達し", "ほぼ倍"),
])
def test_a_multiple_with_no_base_named_is_reported_unverifiable(data, text, fig):
    rec = by_claim(check_text(text, date="2020-04-08", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "multiple of its own level" in rec["explanation"], rec


@pytest.mark.parametrize("text", ["株価は割安で、役割を果たし、割合が高い。", "in the first half of 2025 and the other half",
                                  "half of the gains came in March"])
def test_no_fraction_where_there_is_none(text):
    assert not [a for a in find_amounts(text) if a.kind in ("ratio", "percent")]


def test_a_run_of_fiscal_years_is_read(data):
    # shikihou-blog-2007-05-14: consecutive records among fiscal years, which no rule derives: reported, unverifiable
    text = ("14日に財務省が発表した2006年度の国際収支におきまして、経常収支の黒字は、前年度比11.1%増の21兆2531億円に達したもようです。"
            "現行の統計方式となった1985年度以降で、初めて20兆円を超えることとなり、経常収支黒字の過去最高更新は4年度連続となることが"
            "明らかになりました。")
    rec = by_claim(check_text(text, date="2007-05-14", store=data), "4年度連続")
    assert rec["verdict"] == "unverifiable" and rec["unit"] == "consecutive years", rec


@pytest.mark.parametrize("text, date, fig", [
    ("5月2日早朝にも157円台半ばから153円台まで円が買い戻される場面があり、再び3兆円規模の介入が実施されたとの見方が広がった。",
     "2024-05-31", "157円台半ば"),
    ("政府・日銀は今月21日深夜から22日の未明にかけて円がドルに対して32年ぶりの安値となる151円台後半まで急落した局面で介入した。",
     "2022-10-31", "151円台後半"),
])
def test_the_yens_price_said_of_the_yen_is_read(data, text, date, fig):
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert rec["measure"] == "fx_level" and rec["verdict"] == "unverifiable", rec


def test_a_bare_billion_in_a_sentence_about_us_debt_is_dollars():
    # chinatimes-2012-02-29
    got = find_amounts("Chinese investors (including Hong Kong) had the U.S. government bonds with a value of 1273.6 "
                       "billion, or 7.8% less than the end of September.")
    assert [(a.number, a.currency, a.scale) for a in got if a.kind == "money"] == [(1273.6, "USD", 1e9)]


def test_a_record_after_a_percent_change_is_the_balances(data):
    # cna-afp-2014-02-10: "shrank by nearly a third to a record low in 2013": the percent change is judged (2013
    # against 2012: -6.5%), and the record low is the balance's, 2013 the smallest calendar year in the file
    res = check_text("TOKYO: Japan's current account surplus shrank by nearly a third to a record low in 2013, official "
                     "data showed Monday.", date="2014-02-10", store=data)
    pct, rec = by_claim(res, "nearly a third"), by_claim(res, "a record low")
    assert pct["verdict"] == "contradicted" and pct["official_value"] == pytest.approx(-6.452, abs=0.01), pct
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(44565.8, abs=0.1), rec


def test_a_run_after_a_fraction_counts_the_balances_years(data):
    # afp-terradaily-2015-02-09: the run is the balance's (four calendar years of falls to 2014), as after "19%"
    res = check_text("Japan's current account surplus shrank nearly a fifth to a record low $22 billion in 2014, the "
                     "fourth straight annual fall, official data showed Monday.", date="2015-02-09", store=data)
    rec = by_claim(res, "the fourth straight annual fall")
    assert rec["verdict"] == "supported" and rec["official_value"] == 4.0 and rec["official_period"] == "2014", rec


def test_a_price_as_a_cause_leaves_the_items_move(data):
    # sankeibiz-2018-05-10: "原油価格の上昇を受けて" is why the trade surplus fell 約20% (fiscal 2017: -21.6%)
    rec = by_claim(check_text("財務省が10日発表した2017年度の国際収支速報によると、貿易収支は原油価格の上昇を受けて黒字幅が約20%減少し"
                              "4兆5818億円だった。", date="2018-05-10", store=data), "約20%")
    assert rec["measure"] == "bop_pct" and rec["official_value"] == pytest.approx(-21.645, abs=0.01), rec


def test_a_prices_move_is_no_balance_of_payments_item(data):
    # kantsuu-2019-02-08: oil prices up "3割超", not exports (the item named before it in the sentence)
    rec = by_claim(check_text("自動車輸出が増え、輸出額は81兆2070億円と過去最高だったが、原油価格が前年より3割超上昇して輸入額が増え、"
                              "黒字幅が縮んだ。", date="2019-02-08", store=data), "3割")
    assert rec["verdict"] == "unverifiable" and rec["measure"] == "other", rec


@pytest.mark.parametrize("text, want", [
    ("米国債保有は467億 ドル減った", [(467.0, "USD", 1e8)]),  # bloomberg-jp-2014-04-25: a space before the unit
    ("所得収支の黒字が12.9%増の14兆 2390億円と、3年連続で過去最高を更新した", [(14.239, "JPY", 1e12)]),  # a wrapped line
    ("Japanese Foreign Investment in Bonds declines ¥-84.5B", [(-84.5, "JPY", 1e9)]),  # fxstreet-btceth-2023-11-30
])
def test_a_figure_with_a_space_or_a_sign_inside_is_read_whole(text, want):
    assert [(a.number, a.currency, a.scale) for a in find_amounts(text) if a.kind == "money"] == want


def test_a_headlines_scale_abbreviation_does_not_end_it(data):
    # jiji-japannews-2023-08-09: the headline is one statement, its figure the first half's current account
    res = check_text("Japan Logs ¥8 Tril. Current Account Surplus in Jan.-June\n\nTOKYO (Jiji Press) — Japan's current "
                     "account surplus in the January-June first half of 2023 rose 11.1 pct from a year before to ¥8.013 "
                     "trillion, the Finance Ministry said Tuesday.", date="2023-08-09", store=data)
    rec = by_claim(res, "¥8 Tril.")
    assert rec["text"].startswith("Japan Logs ¥8 Tril. Current Account Surplus")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2023-01..2023-06", rec
