"""`ustflow check` on TIC Treasury flows told in words the readers missed (session 24): "Net foreign sales of U.S.
government securities" (all foreigners, Reuters' name for Treasuries), "net foreign capital inflows" (a trade, not a
level), "Treasury notes and bonds" (one kind, not "bonds" alone), 米長期債 (long-term Treasuries), a period pointed back
at ("Over that period", "同期間に": the one the sentence before named, "前年11月から今年の3月にかけて"), and a qualifier in
the next sentence about the month's figure, not the previous month's beside it. Real articles' sentences (Reuters,
WSJ, Bloomberg Japan); TIC Form S net purchases of Treasury bonds and notes from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, verdict_value_period
from ustflow.views.check import check_text

REUTERS = ("Net foreign sales of U.S. government securities totaled $4.92 billion in March, compared with $43.19 billion "
           "in net purchases in February.")
INFLOWS = ("On a transaction basis, US Treasuries recorded net foreign capital inflows of $23.12 billion in July, "
           "compared with $58.9 billion the previous month. US Treasuries saw inflows of foreign capital for a third "
           "consecutive month.")
WSJ = ("The net increase in China's purchases of Treasury notes and bonds, those maturing in two to 30 years, soared by "
       "$185.683 billion last year.")
EUROCLEAR = ("The purchases from Belgium were mainly in short-term bills from November to March. Over that period, "
             "Belgian institutions sold $6.82 billion in long-term U.S. Treasury notes and bonds, the Treasury data shows.")
FC2 = ("3月時点のベルギーの米財務省証券保有高は3814億ドル。\n\nベルギーは前年11月から今年の3月にかけての5カ月間、短期証券を中心に"
       "買い入れた。同期間に68億2000万ドルの米長期債を売却している。")


@pytest.mark.parametrize("text, day, fig, value, period", [
    (REUTERS, "2018-05-15", "$4.92 billion", -4923.0, "2018-03"),
    (REUTERS, "2018-05-15", "$43.19 billion", 43186.0, "2018-02"),
    (INFLOWS, "2022-09-16", "$58.9 billion", 58898.0, "2022-06"),
    (WSJ, "2015-02-20", "$185.683 billion", 185683.0, "2014-01..2014-12"),
    (EUROCLEAR, "2014-05-16", "$6.82 billion", -6819.0, "2013-11..2014-03"),
    (FC2, "2014-05-16", "68億2000万ドル", -6819.0, "2013-11..2014-03"),
])
def test_a_treasury_flow_in_these_words_is_tics_net_purchases(data, text, day, fig, value, period):
    assert verdict_value_period(check_text(text, date=day, store=data), fig) == ("supported", value, period)


def test_a_capital_inflow_is_a_trade_and_its_streak_is_the_months(data):
    got = check_text(INFLOWS, date="2022-09-16", store=data)
    rec = by_claim(got, "$23.12 billion")
    assert rec["measure"] == "flow" and (round(rec["official_value"], 1), rec["official_period"]) == (23019.0, "2022-07")
    streak = by_claim(got, "for a third consecutive month")
    assert (streak["verdict"], streak["official_period"]) == ("supported", "2022-07")
