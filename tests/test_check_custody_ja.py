"""`ustflow check` on the New York Fed's custody holdings for foreign official accounts as Japanese stories name them:
"外国の中銀がニューヨーク連銀に預ける米国債", "NY連銀による外国中銀の米国債預かり残高": the Fed's weekly series (H.4.1 via
FRED WMTSECL1), never TIC; the custody total with MBS and agency debt ("預かり資産", 住宅ローン担保証券) is not in the
store. Invented sentences; expected values are the store's own (USD mn, Wednesday levels)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _ja(usd_mn: float) -> str:
    cho, oku = divmod(round(usd_mn / 100), 10000)
    return f"{cho}兆{oku}億ドル"


@pytest.mark.parametrize("text", [
    "ニューヨーク連銀が発表したデータによると、外国の中銀がニューヨーク連銀に預ける米国債は{fig}だった。",
    "NY連銀による外国中銀の米国債預かり残高は{fig}に減った。",
    "外国中央銀行が米連銀に預けている米国債は{fig}と、前週から減少した。",
])
def test_japanese_words_for_the_feds_custody(data, loaded_store, text):
    s = series("fred.wmtsecl1", loaded_store)
    day = pd.Period("2025-06-11", s.index.freq)  # the week ending Wednesday 11 June 2025
    fig = _ja(float(s[day]))
    rec = by_claim(check_text(text.format(fig=fig), date="2025-06-13", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec
    wrong = _ja(float(s[day]) * 1.1)
    assert by_claim(check_text(text.format(fig=wrong), date="2025-06-13", store=data), wrong)["verdict"] == \
        "contradicted"


def test_the_custody_total_with_mbs_is_not_in_the_store(data):
    text = ("住宅ローン担保証券(MBS)などを含めたニューヨーク連銀による外国中銀の米国預かり資産は先週で総額3兆2200億ドル"
            "だった。")
    rec = by_claim(check_text(text, date="2025-06-17", store=data), "3兆2200億ドル")
    assert rec["verdict"] == "unverifiable", rec


def test_a_countrys_tic_holdings_are_not_custody(data, loaded_store):
    v = float(series("tic.holdings.japan", loaded_store)[pd.Period("2025-03", "M")])
    fig = f"{int(v // 1000)}兆{round(v % 1000 * 10)}億ドル"
    text = f"米財務省によると、日本の3月末の米国債保有額は{fig}だった。"
    rec = by_claim(check_text(text, date="2025-05-20", store=data), fig)
    assert rec["series"] == "tic.holdings.japan", rec
