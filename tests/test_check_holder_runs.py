"""`ustflow check` on a run of a holder's buying or selling of Treasuries beside a figure that is no month's change (a
total over the run, a yen restatement): counted on the holder's monthly TIC holdings changes, ending n - 1 months
after a start the words name before the run ("Since March 2025, ... nine consecutive months", "今年2月から…7か月連続"),
else at the month named or the latest published (issue 13, session 17). Invented sentences; expected runs computed
here from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import holdings_run
from ustflow.views.check import check_text


def _streak(recs: list[dict], word: str) -> dict:
    got = [r for r in recs if r["measure"] == "streak" and word in r["claim"]]
    assert len(got) == 1, recs
    return got[0]


@pytest.mark.parametrize("text, date, word, slug, end, sign, n", [
    ("Since March 2025, China has reduced its U.S. Treasury holdings for nine consecutive months, totaling $18.4 "
     "billion.", "2026-01-17", "consecutive", "china_mainland", "2025-11", -1, 9),
    ("今年2月から中国はすでに7か月連続で米国国債を買い増ししており、累計で1494億ドル(約16兆円)にまで到達していた。",
     "2017-10-21", "連続", "china_mainland", "2017-08", 1, 7),
    ("- Since March 2025, China has cut its holdings of Treasuries for nine consecutive months, a total of $18.4 "
     "billion.", "2026-01-17", "consecutive", "china_mainland", "2025-11", -1, 9),
    ("From June, Japan has added to its Treasury holdings for three consecutive months, a total of $60 billion.",
     "2019-10-16", "consecutive", "japan", "2019-08", 1, 3),
    ("昨年11月以降、日本は4カ月連続で米国債を売却し、合計で500億ドル(約7兆円)となった。", "2022-04-18", "連続", "japan",
     "2022-02", -1, 4),
])
def test_a_run_from_a_named_start(data, loaded_store, text, date, word, slug, end, sign, n):
    rec = _streak(check_text(text, date=date, store=data), word)
    assert rec["official_period"] == end
    k, _ = holdings_run(loaded_store, slug, end, sign)
    assert rec["verdict"] == ("supported" if k == n else "contradicted"), rec
    assert rec["official_value"] == k


def test_a_run_with_no_start_ends_at_the_latest_month(data, loaded_store):
    rec = _streak(check_text("中国は5カ月連続で米国債を売却しており、合計で400億ドル(約5兆円)を減らした。", date="2022-06-17",
                             store=data), "連続")
    assert rec["official_period"] == "2022-04"
    k, _ = holdings_run(loaded_store, "china_mainland", "2022-04", -1)
    assert rec["verdict"] == ("supported" if k == 5 else "contradicted"), rec


def test_a_run_of_net_sales_is_not_counted_on_holdings(data):
    # not fired: net sales are SLT's (or Form S) net trades, whose run the holdings' changes do not count
    recs = check_text("China sold a net $27.6 billion of long-term Treasuries for March, marking the fifth straight month "
                      "of net reductions.", date="2025-05-17", store=data)
    assert not [r for r in recs if r["measure"] == "streak" and r["verdict"] == "contradicted"
                and "holdings" in r["explanation"] and "(the run named" in r["explanation"]], recs


def test_a_run_with_no_direction_read_is_not_counted(data):
    # not fired: "保有を減らし" is not read as a direction here, and the sign at the run's end would be a guess
    recs = check_text("昨年11月から日本は4カ月連続で米国債の保有額を減らしており、累計で500億ドル(約7兆円)に達した。",
                      date="2022-04-18", store=data)
    assert not [r for r in recs if r["measure"] == "streak" and r["verdict"] != "unverifiable"], recs


def test_not_a_holders_run_of_treasuries(data):
    # not fired: a run of a stock index is no holder's Treasuries
    recs = check_text("Since March 2025, the Nikkei has risen for nine consecutive months, a total of 4,000 points.",
                      date="2026-01-17", store=data)
    assert not [r for r in recs if r["measure"] == "streak" and r["verdict"] != "unverifiable"], recs
