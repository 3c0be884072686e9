"""`ustflow check` on balance-of-payments figures whose sentence names no item (the item named last in the sentence
before), yen changes told after 前年比 (their sign from +/▲ or the balance's move after them: 赤字幅拡大, 黒字幅は縮小),
and levels of the year before (前年は…, …だった前年度から). Invented sentences; expected values are the store's own
(``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series, yen_oku
from ustflow.views.check import check_text


@pytest.mark.parametrize("text", [
    "財務省が発表した2017年の国際収支によると、経常収支は黒字だった。寄与が大きかったのは第一次所得収支。"
    "前年比+{chg}と、大幅な黒字を計上した。",
    "2017年の国際収支では第1次所得収支が目立った。前年比は+{chg}となり、黒字幅は拡大した。",
    "2017年の国際収支によると、第一次所得収支が大きく伸びた。黒字は前年比{chg}増えた。",
])
def test_a_change_whose_sentence_names_no_item_is_the_item_named_before(data, loaded_store, text):
    v = bop_span(loaded_store, "bpbp6jynpin", "2017-01", "2017-12") - bop_span(loaded_store, "bpbp6jynpin", "2016-01", "2016-12")
    fig = ("+" if "+{chg}" in text else "") + yen_oku(v)
    rec = by_claim(check_text(text.format(chg=yen_oku(v)), date="2018-02-08", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "supported"), rec


@pytest.mark.parametrize("text,sign", [
    ("2013年の国際収支によると、貿易収支は大幅な赤字で、前年比{chg}の赤字幅拡大となった。", 1),
    ("2013年の国際収支によると、貿易収支は赤字となり、前年比で{chg}赤字幅が拡大した。", 1),
    ("2013年の国際収支によると、貿易収支は赤字で、前年比▲{chg}となった。", -1),
])
def test_a_change_after_zennenhi_told_by_the_deficits_size_or_its_sign(data, loaded_store, text, sign):
    now = bop_span(loaded_store, "bpbp6jyntb", "2013-01", "2013-12")
    before = bop_span(loaded_store, "bpbp6jyntb", "2012-01", "2012-12")
    assert now < before < 0  # the deficit grew: its size by abs(now) - abs(before), the balance by now - before
    fig = yen_oku(abs(now) - abs(before))
    claim = ("▲" if sign < 0 else "") + fig
    rec = by_claim(check_text(text.format(chg=fig), date="2014-02-10", store=data), claim)
    assert rec["series"] == "boj.bop.bpbp6jyntb" and rec["verdict"] == "supported", rec


def test_a_wrong_sign_after_zennenhi_is_contradicted(data, loaded_store):
    now = bop_span(loaded_store, "bpbp6jyntb", "2013-01", "2013-12")
    before = bop_span(loaded_store, "bpbp6jyntb", "2012-01", "2012-12")
    fig = "+" + yen_oku(now - before)
    text = f"2013年の国際収支によると、貿易収支は赤字で、前年比{fig}となった。"
    rec = by_claim(check_text(text, date="2014-02-10", store=data), fig)
    assert rec["series"] == "boj.bop.bpbp6jyntb" and rec["verdict"] == "contradicted", rec


@pytest.mark.parametrize("text", [
    "2019年の国際収支で、サービス収支は旅行や運輸などの状況を示す。2019年は{now}の赤字(前年は{prior}の赤字)となった。",
    "2019年の国際収支によると、サービス収支は{now}の赤字だった。前年は{prior}の赤字だった。",
])
def test_a_level_of_the_year_before(data, loaded_store, text):
    now = bop_span(loaded_store, "bpbp6jynsn", "2019-01", "2019-12")
    prior = bop_span(loaded_store, "bpbp6jynsn", "2018-01", "2018-12")
    assert now < 0 and prior < 0
    got = check_text(text.format(now=yen_oku(now), prior=yen_oku(prior)), date="2020-02-10", store=data)
    rec = by_claim(got, yen_oku(prior))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn", "supported"), rec


def test_a_level_of_the_fiscal_year_before(data, loaded_store):
    now = bop_span(loaded_store, "bpbp6jyntb", "2015-04", "2016-03")
    prior = bop_span(loaded_store, "bpbp6jyntb", "2014-04", "2015-03")
    assert prior < 0
    text = (f"2015年度の国際収支によると、貿易収支は{yen_oku(now)}の{'黒字' if now > 0 else '赤字'}だった。"
            f"{yen_oku(prior)}の赤字だった前年度から改善した。")
    rec = by_claim(check_text(text, date="2016-05-12", store=data), yen_oku(prior))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyntb", "supported"), rec


@pytest.mark.parametrize("text", [
    "2019年の経常収支は黒字だった。訪日客の消費額は{fig}に達した。",
    "2019年の経常収支は黒字だった。対米黒字は{fig}だった。",
])
def test_a_figure_that_is_no_balance_or_another_partners_takes_no_item(data, loaded_store, text):
    fig = yen_oku(bop_span(loaded_store, "bpbp6jyncb", "2019-01", "2019-12"))
    rec = by_claim(check_text(text.format(fig=fig), date="2020-02-10", store=data), fig)
    assert not str(rec.get("series") or "").startswith("boj.bop"), rec


def test_an_item_named_only_as_a_flows_table_is_no_topic(data, loaded_store):
    fig = yen_oku(bop_span(loaded_store, "bpbp6jyntb", "2016-01", "2016-06"))
    text = (f"今年1月から6月の経常収支は黒字となった。原油安で、貿易収支の輸入額が減少したことが要因。"
            f"黒字が{fig}を超えるのは9年ぶり。")
    rec = by_claim(check_text(text, date="2016-08-08", store=data), fig)
    assert rec.get("series") != "boj.bop.bpbp6jyntb", rec


@pytest.mark.parametrize("text", [
    "Japan posted a current account surplus in May, as the trade deficit narrowed.\n\nThe surplus stood at {fig}.",
    "Japan's current account stayed in surplus in May while the goods balance was in deficit. It was a surplus of "
    "{fig}, the ministry said.",
])
def test_an_english_sentence_naming_no_item_is_about_the_main_clauses_balance(data, loaded_store, text):
    v = float(series("boj.bop.bpbp6jyncb", loaded_store)[pd.Period("2014-05", "M")])
    fig = f"JPY {v / 10:,.1f} billion"
    rec = by_claim(check_text(text.format(fig=fig), date="2014-07-08", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyncb", "supported"), rec
