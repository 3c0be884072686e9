"""`ustflow check` on MoF's gross columns named as amounts in Japanese: "売却額は…", "取得額も…", "購入額は…" (a sale or
purchase amount is a gross column; 売り越し額 / 買い越し額 is the net). Invented sentences; expected values are the
store's own (MoF weekly, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, yen_oku
from ustflow.views.check import check_text


def _week(store, sid: str) -> float:
    s = series(sid, store)
    return float(s[pd.Period("2015-08-29", s.index.freq)])


@pytest.mark.parametrize("text, col", [
    ("財務省によると、8月23日~29日の海外投資家による日本株の売却額は{fig}で、過去最大だった。", "disp"),
    ("財務省によると、8月23日~29日の海外投資家による日本株の取得額は{fig}だった。", "acq"),
    ("財務省の週間データでは、8月23日~29日、海外投資家の日本株の購入額も{fig}に上った。", "acq"),
])
def test_a_purchase_or_sale_amount_is_a_gross_column(data, loaded_store, text, col):
    v = _week(loaded_store, f"mof.weekly.liabilities.equity.{col}")
    rec = by_claim(check_text(text.format(fig=yen_oku(v)), date="2015-09-03", store=data), yen_oku(v))
    assert (rec["series"], rec["verdict"]) == (f"mof.weekly.liabilities.equity.{col}", "supported"), rec


def test_a_net_sale_amount_stays_net(data, loaded_store):
    v = _week(loaded_store, "mof.weekly.liabilities.equity.net")
    text = f"財務省によると、8月23日~29日の海外投資家による日本株の売り越し額は{yen_oku(v)}だった。"
    rec = by_claim(check_text(text, date="2015-09-03", store=data), yen_oku(v))
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.liabilities.equity.net", "supported"), rec


@pytest.mark.parametrize("tail, col", [
    ("売却額は{fig}で、2005年に統計を開始して以来、過去最大。", "disp"),
    ("取得額は{fig}で、2005年に集計を始めて以来の最大だった。", "acq"),
    ("購入額は{fig}と、2005年に統計を取り始めて以来の最高となった。", "acq"),
])
def test_a_gross_amount_and_the_year_a_since_counts_from(data, loaded_store, tail, col):
    v = _week(loaded_store, f"mof.weekly.liabilities.equity.{col}")
    text = "財務省の週間データによると、8月23日~29日の海外投資家による日本株の" + tail.format(fig=yen_oku(v))
    rec = by_claim(check_text(text, date="2015-09-03", store=data), yen_oku(v))
    assert (rec["series"], rec["verdict"], rec["official_period"]) == (
        f"mof.weekly.liabilities.equity.{col}", "supported", "2015-08-23..2015-08-29"), rec


def test_the_other_gross_column_told_after_the_first(data, loaded_store):
    acq, disp = (_week(loaded_store, f"mof.weekly.liabilities.equity.{k}") for k in ("acq", "disp"))
    net = _week(loaded_store, "mof.weekly.liabilities.equity.net")
    text = (f"財務省の週間データによると、8月23日~29日の海外投資家による日本株への投資は売り越しだった。売り越し額は{yen_oku(net)}。\n\n"
            f"株式相場が乱高下するなか、海外投資家の売買は活発。売却額は{yen_oku(disp)}で、過去最大。一方の取得額も{yen_oku(acq)}と、"
            f"最大となった。")
    rec = by_claim(check_text(text, date="2015-09-03", store=data), yen_oku(acq))
    # a gross acquisitions column, never a net figure (which of the story's instruments is not carried this far: the
    # corpus story names it in the sentence before; left unverifiable here, not called wrong)
    assert rec["series"].endswith(".acq") and rec["verdict"] != "contradicted", rec
