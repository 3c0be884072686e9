"""`ustflow check` on an intervention figure told as one day's within a longer period (issue 13, session 14): "a record
single-day intervention in April, selling ¥5.92 trillion", "¥3.87 trillion in a single day in May", "4月に1日で…",
and its bracketed dollar restatement; not a period's total beside a single-day record ("¥9.79 trillion, including
a single-day record of ¥5.92 trillion"). Invented sentences; MoF's operations from the loaded store (29 April 2024:
¥5,918.5 bn; 1 May 2024: ¥3,870 bn)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, fig, value", [
    ("Japan conducted a record single-day yen-buying intervention in April, selling ¥5.92 trillion.", "¥5.92 trillion",
     5918.5),
    ("Japan intervened in the currency market with ¥3.87 trillion in a single day in May 2024.", "¥3.87 trillion",
     3870.0),
    ("Tokyo's one-day yen-buying intervention in April came to ¥5.92 trillion.", "¥5.92 trillion", 5918.5),
    ("Japan made a record one-day intervention in April, spending ¥5.92 trillion ($40.83 billion).", "$40.83 billion",
     5918.5),
])
def test_a_single_day_figure_is_one_operation_day(data, text, fig, value):
    rec = by_claim(check_text(text, date="2024-08-07", store=data), fig)
    assert rec["verdict"] == "supported" and rec["official_value"] == value


@pytest.mark.parametrize("text, fig", [
    ("Japan spent ¥9.79 trillion on intervention from April 26 to May 29, including a single-day record of ¥5.92 "
     "trillion.", "¥9.79 trillion"),
    ("Japan spent ¥9.79 trillion on yen-buying intervention in April and May.", "¥9.79 trillion"),
])
def test_a_period_total_stays_the_sum(data, text, fig):
    rec = by_claim(check_text(text, date="2024-08-07", store=data), fig)
    assert rec["verdict"] == "supported" and rec["official_value"] == 9788.5
