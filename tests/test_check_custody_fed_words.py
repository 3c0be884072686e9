"""`ustflow check` on the Fed's custody holdings (issue 13, session 20): the words that put a figure on the H.4.1's
weekly series (FRED WMTSECL1) and the words that say which custody holdings it is.

- The Fed keeping them ("FRBが保管する外国中銀の米国債", "連銀が各国の中銀から預かっている米国債"), or the Fed
  publishing the foreign central banks' holdings ("FRBが発表した…外国中央銀行の…保有高"); "外国中銀" is the short form
  of 外国中央銀行. Not TIC's (the Treasury's) monthly foreign official holdings.
- Treasuries ("Treasurys", "財務省証券") against all securities ("市場性証券類", "米証券"); a sentence naming neither
  goes on with the holdings the story named last.
- A record or peak of a month or of the latest months ("3月には同保有高が過去最高の…", "過去1年のピーク") is the
  extreme Wednesday of that span, and a record fall in a month the week that set it.
- "2年余りぶり": a look-back of a little over two years; "N年ぶりの高い伸び": the largest rise in N years.

Invented sentences; expected values are the store's own (USD mn, Wednesday levels)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def wk(loaded_store):
    return series("fred.wmtsecl1", loaded_store)


def _ja(usd_mn: float) -> str:
    cho, oku = divmod(round(usd_mn / 100), 10000)
    return f"{cho}兆{oku:04d}億ドル"


def _at(wk, day: str) -> float:
    return float(wk[pd.Period(day, "W-WED")])


@pytest.mark.parametrize("text", [
    "FRBが保管する外国中銀の米国債保有高は{fig}に増えた。",
    "米連邦準備理事会(FRB)が12日発表した11日時点の外国中央銀行の財務省証券保有高は{fig}だった。",
    "ニューヨーク連銀が各国の中央銀行から預かっている米国債の残高は{fig}と、前週から増えた。",
])
def test_the_fed_keeping_or_publishing_them_is_custody(data, wk, text):
    fig = _ja(_at(wk, "2025-06-11"))
    rec = by_claim(check_text(text.format(fig=fig), date="2025-06-13", store=data), fig)
    assert (rec["series"], rec["verdict"], rec["official_period"]) == ("fred.wmtsecl1", "supported", "2025-06-11"), rec


def test_the_treasurys_own_figures_stay_tic(data):
    """The near miss: foreign central banks' holdings from the Treasury (米財務省) are TIC's."""
    text = "米財務省によると、外国中銀の米国債保有高は3兆8000億ドルだった。"
    rec = by_claim(check_text(text, date="2025-06-20", store=data), "3兆8000億ドル")
    assert rec["series"] != "fred.wmtsecl1", rec


@pytest.mark.parametrize("text,fig", [
    ("FRBが発表した外国中銀の市場性証券類保有高は3兆4000億ドルに減った。", "3兆4000億ドル"),
    ("FRBが保管する外国中銀の米証券保有高は3兆4100億ドルだった。", "3兆4100億ドル"),
])
def test_all_securities_in_custody_are_out_of_scope(data, text, fig):
    rec = by_claim(check_text(text, date="2025-06-13", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "Treasuries" in rec["explanation"], rec


def test_a_sentence_going_on_with_all_securities(data):
    """The near miss of the story's holdings: the story's last named were all securities ("U.S. securities"), so a
    sentence naming neither goes on with those, out of scope."""
    text = ("Foreign central banks' holdings of marketable securities at the Fed fell, data from the Fed showed. "
            "The Fed said its holdings of U.S. securities kept for overseas central banks fell $21 billion in the week "
            "ended June 11, to stand at $3.3 trillion. The tumble brings the total on deposit with the Fed to the lowest "
            "since December 2024.")
    recs = check_text(text, date="2025-06-13", store=data)
    assert by_claim(recs, "$3.3 trillion")["verdict"] == "unverifiable"
    assert next(r for r in recs if "lowest since" in r["claim"])["verdict"] == "unverifiable"


def test_treasurys_spelt_so_are_treasuries(data, wk):
    v = _at(wk, "2025-06-11")
    text = f"Treasurys held in custody by the Fed for foreign central banks rose to ${v / 1e6:.3f} trillion."
    rec = by_claim(check_text(text, date="2025-06-13", store=data), f"${v / 1e6:.3f} trillion")
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec


def test_a_sentence_naming_neither_goes_on_with_the_storys_holdings(data, wk):
    ch = _at(wk, "2025-06-11") - _at(wk, "2025-06-04")
    fig = f"{round(abs(ch) / 100)}億ドル"
    text = (f"FRBが保管する外国中銀の米国債保有高は{_ja(_at(wk, '2025-06-11'))}だった。"
            f"{'増加' if ch > 0 else '減少'}幅は{fig}だった。")
    rec = by_claim(check_text(text, date="2025-06-13", store=data), fig)
    assert rec["series"] == "fred.wmtsecl1" and "all securities" not in rec["explanation"], rec


def test_a_record_in_a_month_is_the_months_extreme_week(data, wk):
    march = wk[(wk.index.end_time >= "2018-03-01") & (wk.index.end_time <= "2018-03-31 23:59")]
    top, last = float(march.max()), float(march.iloc[-1])
    assert _ja(top) != _ja(last)  # the month's peak is not its last Wednesday
    lead = f"FRBが保管する外国中銀の米国債保有高は{_ja(_at(wk, '2018-08-01'))}だった。"
    rec = by_claim(check_text(lead + f"3月には同保有高が過去最高の{_ja(top)}に達していた。", date="2018-08-02",
                              store=data), _ja(top))
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec
    # the near miss: no record said, the month's level is its last Wednesday
    rec = by_claim(check_text(lead + f"3月には同保有高が{_ja(last)}だった。", date="2018-08-02", store=data), _ja(last))
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec


def test_over_two_years_and_a_high_rise(data, wk):
    text = (f"FRBが保管する外国中央銀行の米国債保有高は1日までの1週間に2年余りぶりの大幅な伸びを記録した。"
            f"1日時点の外国中銀の米国債保有高は{_ja(_at(wk, '2018-08-01'))}だった。")
    recs = check_text(text, date="2018-08-02", store=data)
    rec = next(r for r in recs if "余りぶり" in r["claim"])
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec
    assert rec["official_value"] == pytest.approx(_at(wk, "2018-08-01") - _at(wk, "2018-07-25"))  # the rise, not the level
