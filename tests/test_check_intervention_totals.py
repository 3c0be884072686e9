"""`ustflow check` on intervention totals over a span: "9月からの累計で" (from that month to the latest), "between April 26
and Wednesday" (to the latest such weekday by the publication date), and the amount as the topic with a comma after
は ("介入総額は、月間で過去最大の…"). Invented sentences; expected values are the store's own
(``mof.fx_intervention.amount``, JPY bn)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


def _ops(store, first: str, last: str) -> float:
    s = series("mof.fx_intervention.amount", store)
    idx = pd.to_datetime(s.index.to_timestamp() if hasattr(s.index, "to_timestamp") else s.index)
    return float(s[(idx >= pd.Timestamp(first)) & (idx <= pd.Timestamp(last))].abs().sum())


def _oku(bn: float) -> str:
    cho, rest = divmod(round(bn * 10), 10000)
    return f"{cho}兆{rest}億円" if cho else f"{rest}億円"


def test_a_total_since_a_month(data, loaded_store):
    v = _ops(loaded_store, "2022-09-01", "2022-10-31")
    for text in (f"今回の円安局面での介入額は、9月からの累計で{_oku(v)}となった。",
                 f"政府・日銀による円買い介入は2022年9月以降の合計で{_oku(v)}にのぼる。"):
        rec = by_claim(check_text(text, date="2022-10-31", store=data), _oku(v))
        assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), (text, rec["explanation"])


def test_a_span_to_a_weekday(data, loaded_store):
    v = _ops(loaded_store, "2024-04-26", "2024-05-29")
    for text in (f"Japan spent ¥{v:,.1f} billion on foreign exchange market interventions between April 26 and "
                 f"Wednesday, a record amount based on monthly reports.",
                 f"The government spent {v / 1000:.2f} trillion yen to support the yen from April 26 through Wednesday, "
                 f"in yen-buying intervention."):
        rec = by_claim(check_text(text, date="2024-05-31", store=data), f"¥{v:,.1f} billion" if "¥" in text else
                       f"{v / 1000:.2f} trillion yen")
        assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), (text, rec["explanation"])


def test_the_total_as_a_topic_after_a_comma(data, loaded_store):
    v = _ops(loaded_store, "2022-09-29", "2022-10-27")
    text = f"9月29日から10月27日までに実施した介入総額は、月間で過去最大の{_oku(v)}に上った。"
    rec = by_claim(check_text(text, date="2022-11-08", store=data), _oku(v))
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


@pytest.mark.parametrize("text", ["9月から増加した", "3月からの1カ月で", "between April 26 and the end of the week"])
def test_a_base_month_or_an_open_end_is_no_total_since(text):
    got = Resolver(date(2024, 5, 31)).find(text)
    assert all(p.kind != "since" for p in got) and all(p.label != "between April 26 and Wednesday" for p in got)


# A running total (``intervention_runs``): a period the total is said to add to ("4~5月の介入と合わせて"), or a total
# with no period ("the total amount ... has reached"), is judged on the campaign's, the year's or the fiscal year's
# operations to the publication date.

def test_a_part_added_to_is_not_the_totals_period(data, loaded_store):
    whole = _ops(loaded_store, "2024-04-01", "2024-07-31")
    part = _ops(loaded_store, "2024-04-01", "2024-05-31")
    assert whole > part
    for text in (f"為替介入は4~5月の介入と合わせて計{_oku(whole)}が投入されたことになる。",
                 f"7月の円買い介入の額は、4~5月の分と合わせると総額{_oku(whole)}に上った。",
                 f"政府・日銀の介入額は4~5月の介入とあわせて合計{_oku(whole)}になった。"):
        rec = by_claim(check_text(text, date="2024-07-31", store=data), _oku(whole))
        assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), (text, rec["explanation"])
    # the part's own figure, in the same words, stays the part's: no running total is read into it
    rec = by_claim(check_text(f"4~5月の為替介入は計{_oku(part)}だった。", date="2024-07-31", store=data), _oku(part))
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(part), rec["explanation"]


def test_a_total_with_no_period_is_also_the_running_total(data, loaded_store):
    run = _ops(loaded_store, "2022-09-01", "2022-10-31")
    for text, fig in ((f"As a result, the total amount of yen-buying interventions to stem the currency's ongoing "
                       f"downward march has reached nearly {run / 1000:.1f} trillion yen.", f"nearly {run / 1000:.1f} trillion yen"),
                      (f"The cumulative amount Japan has spent on yen-buying intervention so far stands at {run / 1000:.2f} trillion yen.",
                       f"{run / 1000:.2f} trillion yen"),
                      (f"円買い介入の累計は{_oku(run)}にのぼる。", _oku(run))):
        rec = by_claim(check_text(text, date="2022-10-31", store=data), fig)
        assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), (text, rec["explanation"])


def test_a_named_fiscal_year_to_date(data, loaded_store):
    fy = _ops(loaded_store, "2024-04-01", "2024-07-31")
    for text in (f"24年度に入ってからの介入総額は{_oku(fy)}となった。", f"2024年度に入って、介入額は計{_oku(fy)}に膨らんだ。"):
        rec = by_claim(check_text(text, date="2024-07-31", store=data), _oku(fy))
        assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), (text, rec["explanation"])
    got = Resolver(date(2024, 7, 31)).find("2023年度に入ってから")
    assert [(p.start, p.end) for p in got] == [(date(2023, 4, 1), date(2024, 3, 31))]
    assert Resolver(date(2024, 7, 31)).find("25年度に入って") == []  # a fiscal year still to come


def test_a_total_whose_part_is_wrong_is_not_supported_by_the_run(data, loaded_store):
    # a total that fits neither the run nor anything else is not made to fit: still no 'supported'
    whole = _ops(loaded_store, "2024-04-01", "2024-07-31")
    text = f"為替介入は4~5月の介入と合わせて計{_oku(whole * 1.5)}が投入された。"
    rec = by_claim(check_text(text, date="2024-07-31", store=data), _oku(whole * 1.5))
    assert rec["verdict"] != "supported", rec["explanation"]


def test_lowercase_march_is_no_month():
    got = Resolver(date(2022, 10, 31)).find("the currency's ongoing downward march has reached")
    assert got == []
    assert [p.label for p in Resolver(date(2022, 10, 31)).find("sold in March")] == ["in March"]
    assert [p.label for p in Resolver(date(2022, 10, 31)).find("MARCH DATA")] != []
