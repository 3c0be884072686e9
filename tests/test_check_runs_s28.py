"""`ustflow check` on runs, firsts and look-backs (session 28), in real stories' sentences:

- "China increased its holdings of Treasuries in July for the first time in eight months" when the last rise was in
  October (nine months back): an English "first ... in N months (weeks)" counts the month (week) labels that far apart,
  as "8カ月ぶり" does, not "about eight" (reuters / benimreklam, 16 Sep 2022); "for the first time in six months in
  March" when the last rise was in September is supported (AFP / Taipei Times, 19 May 2010);
- "The nation sold a net $4.8 billion of longer-term U.S. government securities, but added a net $15.1 billion of
  short-term Treasuries": a net figure in a clause set against the one before ("but", "while", "whereas", ";") takes
  its own clause's verb, not the other clause's "sold" (Bloomberg via BNN, 16 Apr 2025);
- "the biggest since Sept. 23" in a story of September 20: an abbreviated month with its day, a day not yet come this
  year being last year's (Reuters / NST, 20 Sep 2024);
- "It is the first time UK holdings have been higher than China's since October 2000" read on China's figure, "China's
  holdings fell below those of the UK for the first time since 2000" read on the UK's: the holder before the verb is the
  one ahead (behind), the figure's holder the one compared with (FT / Bulawayo24, Epoch Times, 17 May 2025);
- "今年の4-7月、中国は4ヶ月連続で米国債を小幅に買い増ししたが、8月に365億ドル分を手放した": a run or first is not the figure of
  the clause after "が、" (here the span's own run: April to July) (China.org.cn, 18 Nov 2011).

Official values are the store's own (TIC holdings in USD bn, TIC SLT net purchases in USD mn).
"""

from __future__ import annotations

import pandas as pd

from tests.helpers import series, tic_level
from ustflow.views.check import check_text


def _judged(text: str, day: str, data, claim: str, want: tuple[str, str | None, str], *said: str) -> dict:
    """The checked claim starting with ``claim`` in ``text`` published on ``day``: its (verdict, series, official period)
    are ``want`` (series None: not asserted), and its explanation says each of ``said``."""
    got = check_text(text, date=day, store=data)
    recs = [r for r in got if r["claim"].startswith(claim)]
    assert recs, [(r["claim"], r["verdict"]) for r in got]
    rec = recs[0]
    assert (rec["verdict"], rec["series"] if want[1] else None, rec["official_period"]) == want, rec
    assert all(w in rec["explanation"] for w in said), rec
    return rec


def test_first_time_in_eight_months_counts_the_month_labels(data, loaded_store):
    rec = _judged("China increased its holdings of Treasuries in July for the first time in eight months, Treasury "
                  "Department data showed on Thursday.", "2022-09-16", data, "for the first time in eight months",
                  ("contradicted", "tic.holdings.china_mainland", "2022-07"), "before that last in 2021-10")
    assert rec["official_value"] == tic_level(loaded_store, "china_mainland", "2022-07")


def test_first_time_in_six_months_when_the_last_rise_was_six_labels_back(data):
    _judged("China raised its massive US government debt holdings for the first time in six months in March, official "
            "data showed on Monday.", "2010-05-19", data, "for the first time in six months",
            ("supported", "tic.holdings.china_mainland", "2010-03"), "before that last in 2009-09")


def test_a_net_figure_after_but_takes_its_own_clauses_verb(data, loaded_store):
    sid = "tic.slt.china_mainland.st_treasury_net"
    rec = _judged("China's Treasuries holdings also climbed in February. The nation sold a net $4.8 billion of "
                  "longer-term U.S. government securities, but added a net $15.1 billion of short-term Treasuries.",
                  "2025-04-16", data, "$15.1 billion", ("supported", sid, "2025-02"))
    assert rec["official_value"] == series(sid, loaded_store)[pd.Period("2025-02", "M")] > 0


def test_since_an_abbreviated_month_and_day_past_is_last_years(data):
    rec = _judged("Overseas investors withdrew heavily out of Japanese stocks in the week ended Sept. 14.\n\nForeigners "
                  "were net sellers of Japanese stocks for an eighth week in nine as they pulled out a robust 3.01 "
                  "trillion yen (US$21.13 billion), the biggest since Sept. 23, according to data from the Ministry of "
                  "Finance.", "2024-09-20", data, "the biggest since Sept. 23",
                  ("supported", "mof.weekly.liabilities.equity.net", "2024-09-08..2024-09-14"),
                  "last at or below it in 2023-09-17..2023-09-23")
    assert rec["claim"] == "the biggest since Sept. 23"  # (not its comma)


def test_first_time_one_holder_above_another_read_on_the_other_holders_figure(data):
    _judged("The value of Treasuries held by Chinese investors fell to $765bn at the end of March, down from $784bn in "
            "the previous month. Those held by UK investors rose almost $30bn to $779bn.\n\nIt is the first time UK "
            "holdings have been higher than China's since October 2000.", "2025-05-17", data,
            "the first time UK holdings", ("supported", None, "2025-03"),
            "United Kingdom's holdings above China (mainland)'s in 2025-03", "before that last in 2000-10")


def test_first_time_one_holder_below_another(data, loaded_store):
    _judged("Foreign holdings of Treasuries rose to a record in March. Notably, China's holdings fell below those of the "
            "UK for the first time since 2000.", "2025-05-17", data, "for the first time since 2000",
            ("supported", None, "2025-03"), "China (mainland)'s holdings below United Kingdom's in 2025-03")
    assert tic_level(loaded_store, "china_mainland", "2025-03") < tic_level(loaded_store, "united_kingdom", "2025-03")


def test_a_run_before_ga_is_not_the_next_clauses_figure(data):
    rec = _judged("データによると、9月に中国が保有する米国債は1兆1483億ドルに達し、8月の1兆1370億ドルから1%増加した。今年の"
                  "4-7月、中国は4ヶ月連続で米国債を小幅に買い増ししたが、8月に365億ドル分を手放した。", "2011-11-18", data,
                  "4ヶ月連続", ("supported", "tic.holdings.china_mainland", "2011-07"), "within '4-7月'")
    assert rec["official_value"] == 4.0
