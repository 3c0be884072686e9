"""`ustflow check` on MoF's gross columns named as amounts in Japanese: "売却額は…", "取得額も…", "購入額は…" (a sale or
purchase amount is a gross column; 売り越し額 / 買い越し額 is the net). Invented sentences; expected values are the
store's own (MoF weekly, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def _oku(v: float) -> str:
    cho, oku = divmod(round(abs(v)), 10000)
    return f"{cho}兆{oku}億円" if cho else f"{oku}億円"


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
    rec = by_claim(check_text(text.format(fig=_oku(v)), date="2015-09-03", store=data), _oku(v))
    assert (rec["series"], rec["verdict"]) == (f"mof.weekly.liabilities.equity.{col}", "supported"), rec


def test_a_net_sale_amount_stays_net(data, loaded_store):
    v = _week(loaded_store, "mof.weekly.liabilities.equity.net")
    text = f"財務省によると、8月23日~29日の海外投資家による日本株の売り越し額は{_oku(v)}だった。"
    rec = by_claim(check_text(text, date="2015-09-03", store=data), _oku(v))
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.liabilities.equity.net", "supported"), rec
