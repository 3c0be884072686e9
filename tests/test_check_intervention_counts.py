"""`ustflow check` on a count of intervention days (``intervention_counts``): "7月に2日連続で為替介入", "この期間の介入は
2日間だった", "three rounds of yen-buying interventions". Invented sentences; the counts are the store's own
(``mof.fx_intervention.amount``, one row per operation day)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _days(store, first: str, last: str) -> list[pd.Timestamp]:
    s = series("mof.fx_intervention.amount", store)
    idx = pd.to_datetime(s.index.to_timestamp() if hasattr(s.index, "to_timestamp") else s.index)
    return [d for d, v in zip(idx, s.values) if pd.Timestamp(first) <= d <= pd.Timestamp(last) and v != 0]


def _run(days: list[pd.Timestamp]) -> int:
    best = run = 1
    for a, b in zip(days, days[1:]):
        run = run + 1 if (b - a).days == 1 else 1
        best = max(best, run)
    return best


def test_a_count_of_operation_days_is_judged(data, loaded_store):
    july = _days(loaded_store, "2024-07-01", "2024-07-31")
    spring = _days(loaded_store, "2024-04-26", "2024-05-29")
    autumn = _days(loaded_store, "2022-09-01", "2022-10-31")
    cases = [(f"政府・日銀は7月に{_run(july)}日連続で為替介入を実施した。", f"{_run(july)}日連続", "2024-11-08"),
             (f"4月26日~5月29日の為替介入は{len(spring)}日間だった。", f"{len(spring)}日間", "2024-08-07"),
             (f"In September and October 2022 Japan spent 9.2 trillion yen on {len(autumn)} rounds of yen-buying "
              f"interventions.", f"{len(autumn)} rounds", "2024-05-31"),
             (f"2022年9~10月には{len(autumn)}回の円買い介入を実施した。", f"{len(autumn)}回", "2024-05-31")]
    for text, fig, day in cases:
        rec = by_claim(check_text(text, date=day, store=data), fig)
        assert (rec["measure"], rec["verdict"]) == ("intervention_days", "supported"), (text, rec["explanation"])


def test_the_period_of_the_total_before_is_the_counts(data, loaded_store):
    spring = _days(loaded_store, "2024-04-26", "2024-05-29")
    text = f"4月26日~5月29日の為替介入の総額は9兆7885億円だった。この期間の介入は{len(spring)}日間だった。"
    rec = by_claim(check_text(text, date="2024-08-07", store=data), f"{len(spring)}日間")
    assert (rec["measure"], rec["verdict"]) == ("intervention_days", "supported"), rec["explanation"]


def test_a_count_that_does_not_fit_is_not_called_wrong(data, loaded_store):
    july = _days(loaded_store, "2024-07-01", "2024-07-31")
    n = len(july) + 2
    rec = by_claim(check_text(f"政府・日銀は7月に{n}日連続で為替介入を実施した。", date="2024-11-08", store=data),
                   f"{n}日連続")
    assert rec["verdict"] == "unverifiable" and str(len(july)) in rec["explanation"], rec["explanation"]


@pytest.mark.parametrize("text", ["利回りは2日連続で上昇した。", "Yields rose for three days in a row.",
                                  "Foreigners bought Japanese bonds for three straight weeks."])
def test_no_count_without_an_intervention(data, text):
    got = check_text(text, date="2024-08-07", store=data)
    assert all(r["measure"] != "intervention_days" for r in got), got


def test_a_count_before_the_table_is_not_counted(data):
    rec = by_claim(check_text("2010年9月には2回の円売り介入を実施した。", date="2011-01-10", store=data), "2回")
    assert rec["verdict"] == "unverifiable" and "begins" in rec["explanation"], rec["explanation"]
