"""`ustflow check`: a figure compared with a period two years or more before the story, whose year the sentence does
not name, is not signed as the article's error (issue 13, session 17, ``check/period_gate``). "Japan's holdings fell
in 2019. A year earlier, Japan held $1.5 trillion" in a story of 2024 was read at December 2018 through the sentence
before: the period is the checker's inference, so the verdict is `unverifiable`, saying why. The same figure with its
year in the sentence, with its period carried from the sentence before, or of a recent month stays contradicted
(Japan never held $1.5 trillion). Invented sentences; the levels are the store's own."""

from __future__ import annotations

import pytest

from ustflow.check.period_gate import names_year, period_read
from ustflow.check.results import Judgement
from ustflow.views.check import check_text

DATE = "2024-06-01"


def _level(data, text: str) -> dict:
    out = [r for r in check_text(text, date=DATE, store=data) if r["measure"] == "holdings_level"]
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize("text", [
    "Japan's holdings of Treasuries fell in 2019. A year earlier, Japan held $1.5 trillion of Treasuries.",
    "Japan's holdings of Treasuries fell in 2019. Japan held $1.5 trillion of Treasuries a year earlier.",
    "Japan's holdings of Treasuries fell in 2019. A year ago, Japan held $1.5 trillion of Treasuries.",
    "日本の米国債保有額は2019年に減少した。1年前の保有額は1兆5000億ドルだった。",
])
def test_an_old_period_the_sentence_does_not_name_is_not_a_contradiction(data, text):
    rec = _level(data, text)
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "old_period_not_named" in rec["flags"]
    assert "compared with 2018-12" in rec["explanation"] and "names no year of it" in rec["explanation"]
    assert "As read, TIC: Japan's holdings" in rec["explanation"]  # the reading is kept in the explanation


@pytest.mark.parametrize("text", [
    "Japan held $1.5 trillion of Treasuries at the end of 2018.",  # the year is in the sentence
    "Japan's holdings of Treasuries fell in 2019 from $1.5 trillion a year earlier, in 2018.",
    "Japan held $1.5 trillion of Treasuries in March 2024.",  # a recent month: a plain error
    # the period carried from the sentence before is the article's own anchor
    "China's holdings of Treasuries hit a record in November 2013. In the following month, China's holdings were "
    "$1.5 trillion.",
])
def test_a_plain_error_stays_contradicted(data, text):
    rec = _level(data, text)
    assert rec["verdict"] == "contradicted", rec["explanation"]
    assert "old_period_not_named" not in rec["flags"]


def test_period_read_and_years_named():
    assert period_read(Judgement("contradicted", "", period="FY2009 (2009-04..2010-03)")) == ({2009, 2010}, 2010 * 12 + 3)
    assert period_read(Judgement("contradicted", "", period="2019-12 to 2020-02")) == ({2019, 2020}, 2020 * 12 + 2)
    assert period_read(Judgement("contradicted", "", period="2016")) == ({2016}, 2016 * 12 + 12)
    assert period_read(Judgement("contradicted", "", period=None)) is None
    assert names_year("in fiscal 2007", 2007) and names_year("15年度の黒字", 2015) and names_year("since '08", 2008)
    assert not names_year("$2,007 billion", 2008) and not names_year("12007", 2007)


def test_a_peak_is_judged_on_its_own_month(data):
    # "peaked above $1.5 trillion": the month is the data's highest (November 2013), not a reading of the words
    recs = check_text("China's holdings of Treasuries peaked above $1.5 trillion.", date=DATE, store=data)
    rec = next(r for r in recs if "1.5 trillion" in r["claim"])
    assert rec["verdict"] == "contradicted" and "old_period_not_named" not in rec["flags"], rec["explanation"]
