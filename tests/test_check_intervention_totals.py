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
