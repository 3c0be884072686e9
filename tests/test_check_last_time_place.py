"""`ustflow check` on "the last time" a holder held the first place: "The last time Japan held the largest stockpile of
Treasuries was in February 2015" is the latest month before the story's month (the latest published on its date) in
which the holder ranked first, not a rank in the month named (issue 13, session 17). Invented sentences; expected
months computed here from the loaded store (the first place is Japan's or China's in every month since 2000, so the
holder ranks first when it is ahead of the other)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text


def _last_first(store, a: str, b: str, before: str):
    x, y = series(f"tic.holdings.{a}", store), series(f"tic.holdings.{b}", store)
    both = pd.concat([x, y], axis=1, join="inner")
    both = both[both.index < pd.Period(before, "M")]
    ahead = both[both.iloc[:, 0] > both.iloc[:, 1]]
    return ahead.index[-1] if not ahead.empty else None


def _last_time(recs: list[dict]) -> dict:
    got = [r for r in recs if r["measure"] == "last_since"]
    assert len(got) == 1, recs
    return got[0]


@pytest.mark.parametrize("text, date, a, b, story, named", [
    ("Japan held $1.13 trillion of Treasuries in October. The last time Japan held the largest stockpile of Treasuries "
     "was in February 2015.", "2016-12-18", "japan", "china_mainland", "2016-10", "2015-02"),
    ("Japan's holdings rose to $1.1229 trillion in June. The last time Japan held the position as America's largest "
     "foreign creditor was May 2017.", "2019-08-16", "japan", "china_mainland", "2019-06", "2017-05"),
    ("China held $1.05 trillion in May. The last time China was the top foreign holder of Treasuries was in May 2019.",
     "2021-07-18", "china_mainland", "japan", "2021-05", "2019-05"),
    ("Japan held $1.13 trillion of Treasuries in October. The last time Japan was the No. 1 holder was in March 2015.",
     "2016-12-18", "japan", "china_mainland", "2016-10", "2015-03"),
    ("China held $1.05 trillion in May. The last time China was the biggest foreign holder was back in 2018.",
     "2021-07-18", "china_mainland", "japan", "2021-05", "2018"),
])
def test_the_last_time_a_holder_ranked_first(data, loaded_store, text, date, a, b, story, named):
    last = _last_first(loaded_store, a, b, story)
    rec = _last_time(check_text(text, date=date, store=data))
    assert rec["official_period"] == story  # counted back from the story's month, not from the month named
    ok = last is not None and str(last).startswith(named)
    assert rec["verdict"] == ("supported" if ok else "contradicted"), rec


@pytest.mark.parametrize("text, date", [
    # not fired: no first place among holders in the words between
    ("The 10-year yield rose to 2.5% in October. The last time the Fed raised rates was in December 2015.", "2016-12-18"),
    ("Japan bought $10 billion in October. The last time Japan sold Treasuries was in March 2016.", "2016-12-18"),
])
def test_a_last_time_without_a_place_is_not_read(data, text, date):
    assert not [r for r in check_text(text, date=date, store=data) if r["measure"] == "last_since"]


def test_the_month_named_still_dates_the_other_figures(data):
    recs = check_text("Japan held $1.13 trillion in October. The last time Japan held the largest stockpile of "
                      "Treasuries was in February 2015, when it had $1.224 trillion.", date="2016-12-18", store=data)
    level = [r for r in recs if r["claim"] == "$1.224 trillion"]
    assert level and level[0]["official_period"] == "2015-02" and level[0]["verdict"] == "supported", recs
