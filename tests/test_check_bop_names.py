"""`ustflow check` on the names a balance-of-payments story gives its items: the names before BPM6 (所得収支 for
primary income, 経常移転収支 for secondary income), "goods trade" / "services trade" as nouns with an aside between
the noun and its figure, a country named after the figure as a cause (not the balance's owner), a balance named
after an exports word, and マイナス as a deficit's sign. Invented sentences; expected values are the store's own
(``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_value, by_claim, series, yen_bn, yen_oku
from ustflow.views.check import check_text


@pytest.mark.parametrize("text", [
    "2010年5月の経常収支は黒字だった。所得収支は{oku}の黒字だった。",
    "財務省が発表した5月の国際収支によると、海外からの利子や配当を示す所得収支が{oku}の黒字となった。",
    "5月の経常収支は黒字を保った。所得収支の黒字は{oku}で、前年同月を上回った。",
])
def test_the_name_before_bpm6_of_primary_income(data, loaded_store, text):
    v = bop_value(loaded_store, "bpbp6jynpin", "2010-05")
    rec = by_claim(check_text(text.format(oku=yen_oku(v)), date="2010-07-08", store=data), yen_oku(v))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "supported"), rec


def test_the_first_primary_income_is_not_read_as_the_old_name(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jynsin", "2010-05")
    text = f"5月の経常収支は黒字だった。第二次所得収支は{yen_oku(v)}の赤字だった。"
    rec = by_claim(check_text(text, date="2010-07-08", store=data), yen_oku(v))
    assert rec["series"] == "boj.bop.bpbp6jynsin", rec


@pytest.mark.parametrize("text", [
    "Japan's current account surplus grew in January despite a goods trade deficit of {fig}.",
    "Japan's current account surplus grew in January. Goods trade, a key component of the current account "
    "balance, registered a deficit of {fig}.",
    "Japan's current account surplus grew in January. Goods trade, which includes crude oil and cars, logged a "
    "deficit of {fig}.",
])
def test_goods_trade_as_a_noun_and_an_aside_before_its_figure(data, loaded_store, text):
    v = bop_value(loaded_store, "bpbp6jyntb", "2019-01")
    rec = by_claim(check_text(text.format(fig=yen_bn(abs(v))), date="2019-03-08", store=data), yen_bn(abs(v)))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyntb", "supported"), rec


def test_services_trade_as_a_noun(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jynsn", "2019-01")
    text = (f"Japan's current account surplus grew in January. Services trade, which includes cargo shipping, "
            f"registered a deficit of {yen_bn(abs(v))}.")
    rec = by_claim(check_text(text, date="2019-03-08", store=data), yen_bn(abs(v)))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn", "supported"), rec


def test_goods_trade_data_is_not_the_bop(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jyntb", "2019-01")
    text = f"Japan's current account surplus grew in January. Goods trade data showed exports of {yen_bn(abs(v))}."
    rec = by_claim(check_text(text, date="2019-03-08", store=data), yen_bn(abs(v)))
    assert rec["series"] != "boj.bop.bpbp6jyntb", rec


@pytest.mark.parametrize("text", [
    "Japan's current account surplus grew in 2019. The travel balance registered a surplus of {fig}, helped by "
    "spending by Chinese tourists.",
    "Japan's current account surplus grew in 2019, and the travel surplus came to {fig} due to more visitors from "
    "China.",
])
def test_a_country_named_after_the_figure_as_a_cause(data, loaded_store, text):
    v = float(series("boj.bop.bpbp6jynsn2", loaded_store)[pd.period_range("2019-01", "2019-12", freq="M")].sum())
    rec = by_claim(check_text(text.format(fig=yen_bn(v)), date="2020-02-10", store=data), yen_bn(v))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn2", "supported"), rec


def test_a_balance_with_a_country_named_before_is_still_not_japans(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jyntb", "2019-01")
    text = f"Japan's current account surplus grew in January. China's trade deficit was {yen_bn(abs(v))}."
    rec = by_claim(check_text(text, date="2019-03-08", store=data), yen_bn(abs(v)))
    assert rec["series"] != "boj.bop.bpbp6jyntb", rec


def test_a_balance_named_after_an_imports_word_and_a_minus_sign(data, loaded_store):
    s = series("boj.bop.bpbp6jynts", loaded_store)
    v = float(s[pd.period_range("2013-01", "2013-12", freq="M")].sum())
    text = (f"2013年の経常収支は黒字だった。所得収支は黒字幅を拡大した一方で、原油などの輸入が増加したことなどから"
            f"貿易・サービス収支がマイナス{yen_oku(abs(v))}となった。")
    rec = by_claim(check_text(text, date="2014-02-10", store=data), yen_oku(abs(v)))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynts", "supported"), rec
