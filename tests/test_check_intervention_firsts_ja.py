"""`ustflow check` on a Japanese intervention said to be the first since a date or in a span (issue 13, session 20):
"為替介入は2022年10月以来となる", "為替介入は約1年半ぶり", "約1年半ぶりに円買い介入を実施した" are read as the English "its
first intervention since October 2022" is (a claim about intervention days, which the checker reports and does not
judge); "X以来となる" said alone is read so of an intervention only, not of holdings. Invented sentences."""

from __future__ import annotations

import pytest

from ustflow.views.check import check_text


@pytest.mark.parametrize("text, phrase", [
    ("政府・日銀は4月29日に円買い介入を実施した。為替介入は2022年10月以来となる。", "2022年10月以来"),
    ("政府・日銀による為替介入は2022年秋以来、約1年半ぶり。", "1年半ぶり"),
    ("政府・日銀は約1年半ぶりに円買い介入に踏み切った。", "1年半ぶり"),
])
def test_a_first_intervention_since_is_read(data, text, phrase):
    recs = [r for r in check_text(text, date="2024-05-31", store=data) if phrase in r["claim"]]
    assert recs and recs[0]["measure"] == "first_since" and recs[0]["verdict"] == "unverifiable", recs
    assert "intervention" in recs[0]["explanation"]


def test_since_said_alone_of_holdings_is_not_read(data):
    """The near miss: "以来となる" with no intervention in the sentence is no claim of its own."""
    recs = check_text("中国の米国債保有額は2022年10月以来となる水準だった。日本の保有額は2022年10月以来となる。",
                      date="2024-05-31", store=data)
    assert not [r for r in recs if "以来" in r["claim"]], recs
