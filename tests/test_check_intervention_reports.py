"""`ustflow check` on intervention totals as MoF's reports and the stories on them put them: MoF's own name for the
amount ("外国為替平衡操作額(介入額)が…"), the amount as a clause's topic with words between ("この日の介入額は1日当たりで
過去最大規模となる…", "10-12月の介入合計額は…"), "この日" / "同日" as the day named before (and "1日当たり", per day, no
date), and "the previous high ... in the preceding month": the MoF monthly report before the latest one. Invented
sentences; expected values are the store's own curated operations (``mof.fx_intervention.amount``, JPY bn)."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, by_claim, series
from ustflow.views.check import check_text


def _sum(store, lo: str, hi: str) -> float:
    s = series("mof.fx_intervention.amount", store)
    return abs(float(s[(s.index >= lo) & (s.index <= hi)].sum()))  # yen-selling operations are negative


def _oku(jpy_bn: float) -> str:
    cho, oku = divmod(round(jpy_bn * 10), 10000)
    return f"{cho}兆{oku:04d}億円" if cho else f"{oku}億円"


@pytest.mark.parametrize("text, lo, hi, date", [
    ("財務省は、2022年9月29日から10月27日までの外国為替平衡操作額(介入額)が{fig}だったと発表した。",
     "2022-09-29", "2022-10-27", "2022-10-31"),
    ("財務省によると、2011年10-12月の介入合計額は{fig}に膨らんだ。", "2011-10-01", "2011-12-31", "2012-02-08"),
    ("政府・日銀は2011年10月31日に円売り介入に踏み切った。この日の介入額は1日当たりで過去最大となる{fig}に達した。",
     "2011-10-31", "2011-10-31", "2012-02-08"),
    ("2024年4月29日、政府は円買い介入を実施した。同日の介入額は{fig}だった。", "2024-04-29", "2024-04-29", "2024-05-31"),
])
def test_japanese_intervention_amounts(data, loaded_store, text, lo, hi, date):
    v = _sum(loaded_store, lo, hi)
    rec = by_claim(check_text(text.format(fig=_oku(v)), date=date, store=data), _oku(v))
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec
    wrong = _oku(v * 1.3)
    assert as_read(by_claim(check_text(text.format(fig=wrong), date=date, store=data), wrong)) == "contradicted"


def test_an_estimate_of_the_amount_is_not_the_report(data):
    text = "政府・日銀は10月31日に円売り介入を実施した。市場では、この時の介入額を7兆円規模とする試算が出ていた。"
    rec = by_claim(check_text(text, date="2011-11-30", store=data), "7兆円")
    assert rec["verdict"] != "contradicted", rec


@pytest.mark.parametrize("tail", [
    "The previous high was {fig} recorded just in the preceding month.",
    "The prior record was {fig}, in the previous month.",
    "That topped the previous monthly high of {fig} set in the preceding month.",
])
def test_the_previous_high_of_the_preceding_month(data, loaded_store, tail):
    v = _sum(loaded_store, "2022-08-30", "2022-09-28")
    fig = f"{v:,.1f} billion yen"
    text = ("Japan spent 6,349.9 billion yen on foreign exchange market interventions in the past month, a record, a "
            "Finance Ministry report showed Monday. " + tail.format(fig=fig))
    rec = by_claim(check_text(text, date="2022-10-31", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec
    wrong = f"{v * 1.3:,.1f} billion yen"
    rec = by_claim(check_text(text.replace(fig, wrong), date="2022-10-31", store=data), wrong)
    assert as_read(rec) == "contradicted", rec


def test_a_previous_high_of_bond_buying_is_no_intervention(data):
    text = ("Japan spent 6,349.9 billion yen on foreign exchange market interventions in the past month. The previous "
            "high for foreign bond purchases was 2,800 billion yen in the preceding month.")
    rec = by_claim(check_text(text, date="2022-10-31", store=data), "2,800 billion yen")
    assert rec["measure"] != "intervention", rec
