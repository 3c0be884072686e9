"""`ustflow check`: a run of three or more that the period read goes against is not signed as the article's error
(issue 13, session 16, ``check/run_gate``). "Fell for a third straight month" in a month the holder's holdings
rose (a run of none in the direction the words state) is `unverifiable`, saying why; a run miscounted ("a fourth
straight month" when the falls began that month), a short run against the month ("a second straight month") and a
run that holds keep their verdicts. Invented sentences; the months are chosen on the store's own series."""

from __future__ import annotations

import pandas as pd
import pytest

from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def japan(data):
    s = data.series("tic.holdings.japan").dropna().diff()
    # Japan's holdings: rose in 2024-07 and 2024-08, fell in 2024-04..06 and 2024-09
    assert s[pd.Period("2024-08", "M")] > 0 and s[pd.Period("2024-07", "M")] > 0
    assert (s[pd.period_range("2024-04", "2024-06", freq="M")] < 0).all() and s[pd.Period("2024-03", "M")] > 0
    assert s[pd.Period("2024-09", "M")] < 0
    return s


def _run(data, text: str, date: str = "2024-11-20") -> dict:
    out = [r for r in check_text(text, date=date, store=data) if r["measure"] in ("streak", "streak_before")]
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize("text", [
    "Japan's holdings of US Treasuries fell for a third straight month in August 2024, the Treasury said.",
    "Japan cut its holdings of Treasuries in August 2024, the fourth consecutive month of declines.",
    "Japan trimmed its Treasury holdings for a fifth month in a row in August 2024.",
    "日本の米国債保有額は2024年8月に3カ月連続で減少した。",
])
def test_a_run_the_month_read_goes_against_is_not_a_contradiction(data, japan, text):
    rec = _run(data, text)
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "run_against_period" in rec["flags"]
    assert "moves the other way in 2024-08" in rec["explanation"]
    assert "As read, not a" in rec["explanation"]  # the reading is kept in the explanation


def test_a_miscounted_run_stays_contradicted(data, japan):
    # the falls began in September (August rose): "a fourth straight month" is a run of one, a reporter's miscount
    rec = _run(data, "Japan's holdings of US Treasuries fell for a fourth straight month in September 2024.")
    assert rec["verdict"] == "contradicted", rec["explanation"]
    assert rec["official_value"] == 1


def test_a_second_month_against_the_month_stays_contradicted(data, japan):
    # a run of two against the month read: as often a reporter's slip as a misreading (``MIN_RUN``)
    rec = _run(data, "Japan's holdings of US Treasuries rose for a second straight month in September 2024.")
    assert rec["verdict"] == "contradicted", rec["explanation"]


def test_a_run_that_holds_is_supported(data, japan):
    rec = _run(data, "Japan's holdings of US Treasuries fell for a third straight month in June 2024.")
    assert rec["verdict"] == "supported", rec["explanation"]
