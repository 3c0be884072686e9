"""`ustflow check` on a peak named by its figure and month ("from the peak of $1.32 trillion in November 2013", "the
$1.25 trillion high reached in November 2011", "less than $1 billion off a record high of $265.1 billion in December")
and "an all-time peak" said after a level: the month named must be the highest of the data published by the story's
date. Invented sentences; every level and peak is read from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text

_NAMES = {"china_mainland": "China", "japan": "Japan", "ireland": "Ireland", "united_kingdom": "Britain"}


def _money(v: float) -> str:
    return f"${v / 1000:.2f} trillion" if v >= 1000 else f"${v:.1f} billion"


def _peak_verdict(r: list[dict]) -> str:
    got = [x for x in r if x["kind"] == "superlative"]
    assert len(got) == 1, [(x["claim"], x["kind"], x["measure"]) for x in r]
    return got[0]["verdict"]


@pytest.mark.parametrize("who, template", [
    ("china_mainland", "{w}'s holdings fell to {now} in {nm}, a decline from the peak of {v} in {pm}."),
    ("japan", "{w}'s holdings of US Treasurys shrank from the {v} high reached in {pm}."),
    ("ireland", "{w}'s holdings of Treasuries were {now} in {nm}, less than $1 billion off a record high of {v} in {pm}."),
])
def test_a_peak_named_by_its_figure_and_month(who, template, data, loaded_store):
    day = "2023-08-20"
    s = series(f"tic.holdings.{who}", loaded_store).dropna()
    s = s[s.index <= pd.Period("2023-06", "M")]
    top = s.idxmax()
    now = s.index[-1]
    said = template.format(w=_NAMES[who], now=_money(s[now]), nm=f"{now:%B %Y}", v=_money(s[top]), pm=f"{top:%B %Y}")
    assert _peak_verdict(check_text(said, date=day, store=data)) == "supported", said
    low = s[(s.index > top) & (s < 0.95 * s[top])].index[0]  # below a month before it: no record, no peak
    said = template.format(w=_NAMES[who], now=_money(s[now]), nm=f"{now:%B %Y}", v=_money(s[low]), pm=f"{low:%B %Y}")
    assert _peak_verdict(check_text(said, date=day, store=data)) == "contradicted", said


def test_an_all_time_peak_after_a_level(data, loaded_store):
    s = series("tic.holdings.grand_total", loaded_store).dropna()
    rec = s[s > s.cummax().shift(1)].index  # months that set a record when they were published
    p = rec[-1]
    said = f"Foreign holdings of US Treasuries surged to {_money(s[p])} in {p:%B %Y}, an all-time peak."
    assert _peak_verdict(check_text(said, date=str(p + 2) + "-20", store=data)) == "supported"
    q = s[s.index < p].idxmin()
    said = f"Foreign holdings of US Treasuries rose to {_money(s[q])} in {q:%B %Y}, an all-time peak."
    assert _peak_verdict(check_text(said, date=str(q + 2) + "-20", store=data)) == "contradicted"


@pytest.mark.parametrize("text", ["Japan's holdings of Treasuries stood near a record high.",
                                  "Holdings of Treasuries rose after the peak of the crisis in 2008.",
                                  "China bought into the $1.2 trillion high-yield market in March."])
def test_no_peak_claimed(text, data, loaded_store):
    assert not [x for x in check_text(text, date="2020-05-20", store=data) if x["kind"] == "superlative"]
