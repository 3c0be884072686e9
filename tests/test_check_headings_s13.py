"""`ustflow check` on a figure-less line that names the investors and securities of the figures after it (issue 13,
session 13: ``check/headings.py``): "居住者による中長期債売買契約の時系列推移を確認しましょう。 … ネットは1兆4163億円の取得超".
Invented sentences; the expected values are the store's own (MoF weekly, the week of 11-17 May 2014)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, ja_oku, series
from ustflow.views.check import check_text

_WEEK = pd.Period("2014-05-17", "W-SAT")


def _net(store, item: str) -> int:
    return int(series(f"mof.weekly.{item}.net", store)[_WEEK])


@pytest.mark.parametrize("heading, item", [
    ("居住者による中長期債売買契約の時系列推移を確認しましょう。", "assets.lt_debt"),
    ("次に、居住者の株式・投資ファンド持分の売買を見ます。", "assets.equity"),
    ("非居住者による対内株式投資の推移は以下の通りです。", "liabilities.equity"),
    ("Next, Japanese investors' trades in foreign stocks.", "assets.equity"),
    ("続いて対外短期債投資の推移です。", "assets.st_debt"),  # 対外: the securities say whose
])
def test_a_heading_gives_its_investors_and_securities_to_the_figures_after_it(data, loaded_store, heading, item):
    v = _net(loaded_store, item)
    word = "取得超" if v > 0 else "処分超"
    text = f"{heading}\n\n5月11日の週のネットは{ja_oku(abs(v), '円')}の{word}となりました。"
    rec = by_claim(check_text(text, date="2014-05-22", store=data), ja_oku(abs(v), "円"))
    assert rec["series"] == f"mof.weekly.{item}.net" and rec["verdict"] == "supported", rec["explanation"]


def test_a_figure_naming_its_own_securities_keeps_them(data, loaded_store):
    v = _net(loaded_store, "assets.st_debt")
    text = ("居住者による中長期債売買契約の時系列推移を確認しましょう。\n\n"
            f"5月11日の週の対外短期債投資は{ja_oku(v, '円')}の取得超となりました。")
    rec = by_claim(check_text(text, date="2014-05-22", store=data), ja_oku(v, "円"))
    assert rec["series"] == "mof.weekly.assets.st_debt.net", rec["explanation"]


def test_a_heading_two_paragraphs_back_sets_nothing(data, loaded_store):
    v = _net(loaded_store, "assets.equity")
    text = ("居住者による株式・投資ファンド持分売買契約の時系列推移を確認しましょう。\n\n図は省略します。\n\n以上です。\n\n"
            f"5月11日の週のネットは{ja_oku(v, '円')}の取得超となりました。")
    rec = by_claim(check_text(text, date="2014-05-22", store=data), ja_oku(v, "円"))
    assert rec["series"] != "mof.weekly.assets.equity.net" or rec["verdict"] != "supported", rec["explanation"]


def test_a_heading_that_does_not_say_whose_securities_sets_nothing(data, loaded_store):
    v = _net(loaded_store, "liabilities.equity")  # 株式 alone: residents' (対外) or non-residents' (対内)?
    text = f"株式の推移を見てみましょう。\n\n5月11日の週のネットは{ja_oku(abs(v), '円')}の処分超となりました。"
    rec = by_claim(check_text(text, date="2014-05-22", store=data), ja_oku(abs(v), "円"))
    assert rec["verdict"] != "supported", rec["explanation"]
