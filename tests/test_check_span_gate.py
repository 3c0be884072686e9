"""`ustflow check`: a change or flow whose sentence gives it over a span ("in three months starting January",
"a cumulative", "3カ月間で", "累計") but that was judged over one period is not signed as the article's error (issue
13, session 16, ``check/span_gate``): `unverifiable`, naming the phrase. A span the checker read is judged as read, a
record's "in two years" is no span, and a wrong one-month figure stays contradicted. Invented sentences; the values
are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def three_months(data) -> float:
    """Japan's change in holdings from December 2023 to March 2024 (three rises), far from January's alone."""
    jp = data.series("tic.holdings.japan").dropna()
    v = round(float(jp[pd.Period("2024-03", "M")] - jp[pd.Period("2023-12", "M")]), 1)
    jan = float(jp[pd.Period("2024-01", "M")] - jp[pd.Period("2023-12", "M")])
    assert v - jan > 20
    return v


def _change(data, text: str, date: str) -> dict:
    out = [r for r in check_text(text, date=date, store=data) if r["measure"] == "holdings_change"]
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize("wording,date,phrase", [
    ("Japan's holdings of Treasuries have jumped by ${v} billion in three months starting January 2024.", "2024-05-20",
     "in three months"),
    ("Japan has added a cumulative ${v} billion of Treasuries, the Treasury said in January 2024.", "2024-03-20",
     "cumulative"),
    ("日本の米国債保有額は3カ月間で{oku}億ドル増えた。", "2024-05-20", "3カ月間で"),
    ("日本は米国債を累計{oku}億ドル買い増した。", "2024-03-20", "累計"),
])
def test_a_span_judged_over_one_period_is_not_a_contradiction(data, three_months, wording, date, phrase):
    rec = _change(data, wording.format(v=three_months, oku=round(three_months * 10)), date)
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "span_not_read" in rec["flags"] and "possible_revision" not in rec["flags"]
    assert f"over a span ('{phrase}')" in rec["explanation"]


@pytest.mark.parametrize("wording", [
    "Japan's holdings of Treasuries rose ${v} billion in the first three months of 2024.",
    # "in three months through March" (no "the") is the three months to March since session 24 (period_phrases)
    "Japan added ${v} billion of Treasuries in three months through March 2024.",
])
def test_a_span_the_checker_reads_is_judged(data, three_months, wording):
    rec = _change(data, wording.format(v=three_months), "2024-05-20")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_period"] == "2023-12 to 2024-03", rec


def test_a_wrong_month_with_a_record_phrase_stays_contradicted(data):
    # "the most in two years" is the record's look-back, not the figure's span: a wrong May figure is an error
    flow = data.series("mof.monthly.assets.lt_debt.net").dropna()[pd.Period("2024-05", "M")]
    assert 20000 < flow < 25000  # 100 million yen: about ¥2.3 trillion
    out = check_text("Japanese investors bought a net ¥3.2 trillion of foreign bonds in May 2024, the most in two "
                     "years.", date="2024-07-20", store=data)
    rec = next(r for r in out if r["measure"] == "flow")
    assert as_read(rec) == "contradicted", rec["explanation"]
    assert "span_not_read" not in rec["flags"]


def test_a_span_phrase_of_another_figure_is_not_this_ones():
    from ustflow.check.claims import Claim
    from ustflow.check.span_gate import stated_span
    from ustflow.check.text import Sentence

    text = "Japan sold ¥1.5 trillion of foreign bonds in June, bringing its net purchases since January to ¥2 trillion."
    sentence = Sentence(text, 0, 0)
    first = Claim(sentence, "amount", (text.index("¥1.5"), text.index(" of foreign")))
    last = Claim(sentence, "amount", (text.index("¥2 "), text.index("¥2 ") + len("¥2 trillion")))
    assert stated_span(first) == ""
    assert stated_span(last) == "since January"
