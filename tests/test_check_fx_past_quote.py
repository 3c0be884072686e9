"""`ustflow check` on a yen level told of a day before the story's own (issue 13, session 20, ``fx_moves.past_quote``):
the level a move reached or a quote at an hour, which New York's noon rate (FRED H.10, one a day) matches only by
chance, is ``unverifiable`` (flag ``past_quote``), keeping the noon rate and day it matched; a level of the story's
own day or the day before, a yield's close on a past day, and a level the noon rate does not fit are judged as they
were. The module docstring's blind evidence is recomputed from ``blind_verdicts.csv``. Invented sentences; the noon
rates are the store's own."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers import by_claim, series
from ustflow.check import fx_moves
from ustflow.views.check import check_text

CORPUS = Path(__file__).resolve().parent / "claims_corpus"


@pytest.fixture(scope="module")
def noon(loaded_store):
    s = series("fred.dexjpus", loaded_store)
    return lambda day: float(s[day])


@pytest.mark.parametrize("text, fig, day", [
    ("円相場は5月2日に1ドル=153円台まで円高が進んだ。", "153円台", "2024-05-02"),  # how far a move went, a past day
    ("The dollar changed hands at around 153 yen on May 2, traders said.", "around 153 yen", "2024-05-02"),
])
def test_a_yen_level_of_a_past_day_is_not_supported_by_the_noon_rate(data, noon, text, fig, day):
    rec = by_claim(check_text(text, date="2024-05-31", store=data), fig)
    assert rec["verdict"] == "unverifiable" and fx_moves.FLAG in rec["flags"], rec
    assert rec["official_value"] == pytest.approx(noon(day)) and "noon rate" in rec["explanation"]


def test_a_yen_level_of_last_month_is_not_supported_either(data):
    rec = by_claim(check_text("円相場は先月、1ドル=154円台まで円高が進んだ。", date="2024-05-31", store=data), "154円台")
    assert rec["verdict"] == "unverifiable" and fx_moves.FLAG in rec["flags"], rec


@pytest.mark.parametrize("text, fig, when", [
    ("円相場は31日、1ドル=157円台で取引されている。", "157円台", "2024-05-31"),  # the story's own day
    ("The dollar traded at around 157 yen on Friday.", "around 157 yen", "2024-06-01"),  # the day before (Saturday's)
])
def test_near_miss_a_level_of_the_story_s_day_or_the_day_before_is_still_supported(data, text, fig, when):
    rec = by_claim(check_text(text, date=when, store=data), fig)
    assert rec["verdict"] == "supported" and fx_moves.FLAG not in rec["flags"], rec


def test_near_miss_a_yield_s_close_on_a_past_day_is_still_supported(data, loaded_store):
    close = series("fred.dgs10", loaded_store)["2024-05-21"]
    text = f"The 10-year Treasury yield ended at {close:.2f}% on May 21."
    rec = by_claim(check_text(text, date="2024-06-10", store=data), f"{close:.2f}%")
    assert rec["verdict"] == "supported" and fx_moves.FLAG not in rec["flags"], rec


def test_near_miss_a_past_level_the_noon_rate_does_not_fit_is_not_flagged(data):
    rec = by_claim(check_text("The dollar traded at around 140 yen on May 2.", date="2024-05-31", store=data),
                   "around 140 yen")
    assert rec["verdict"] != "supported" and fx_moves.FLAG not in rec["flags"], rec


def _story_dates() -> dict[str, date]:
    out = {}
    with (CORPUS / "claims.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not d.get("holdout"):  # the blind hold-out is not read
                out[d["article"]] = date.fromisoformat(d["date"])
    return out


def blind_evidence() -> dict[str, tuple]:
    """The 'supported' yen levels of the blind batches (run with --date) read at a stated period: before the story's
    day and the day before it ('past': given, right, batches of the wrong ones, how many accept 'unverifiable') and
    of those two days ('own': given, right)."""
    when = _story_dates()
    past, own = [], []
    with (CORPUS / "blind_verdicts.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["run"] != "with --date" or r["got_measure"] != "fx_level" or r["got"] != "supported" or \
                    r["period_source"] != "stated" or r["article"] not in when:
                continue
            day = date.fromisoformat(r["got_period"][:10])
            (past if day < when[r["article"]] - timedelta(days=1) else own).append(r)
    wrong = sorted(int(r["batch"]) for r in past if r["correct"] != "1")
    return {"past": (len(past), sum(r["correct"] == "1" for r in past), wrong,
                     sum("unverifiable" in r["expected"].split("|") for r in past)),
            "own": (len(own), sum(r["correct"] == "1" for r in own))}


def test_the_docstring_s_evidence_is_the_blind_verdicts():
    ev = blind_evidence()
    n, right, wrong, accepts = ev["past"]
    assert accepts == n  # every one accepts 'unverifiable': the gate loses no right verdict on the blind batches
    batches = ", ".join(f"{b} ({wrong.count(b)})" if wrong.count(b) > 1 else str(b) for b in sorted(set(wrong)))
    doc = " ".join((fx_moves.__doc__ or "").split())
    assert f"before the day before the story's date: {n}, {right} right, {len(wrong)} wrong (batches {batches})" in doc, (ev, batches)
    assert f"every one of the {n} labelled as accepting 'unverifiable'" in doc
    assert f"those of the story's own day or the day before: {ev['own'][0]}, {ev['own'][1]} right" in doc


def test_a_level_of_the_story_s_month_matched_on_an_early_day_of_it_is_not_supported(data, noon):
    rec = by_claim(check_text("7月に1ドル=161円台後半を付けるなど円安が進んだ。", date="2024-07-31", store=data),
                   "161円台後半")  # the noon rate of 10 July is in the range: a day three weeks before the story's
    assert rec["verdict"] == "unverifiable" and fx_moves.FLAG in rec["flags"], rec
    assert rec["official_value"] == pytest.approx(noon("2024-07-10"))


@pytest.mark.parametrize("text, fig, day", [
    ("The dollar fell from {a:.1f} yen on July 10 to {b:.1f} yen on August 5.", "{a:.1f} yen", "2024-07-10"),
    ("The dollar traded at {a:.2f} yen on July 10.", "{a:.2f} yen", "2024-07-10"),
])
def test_near_miss_a_past_level_to_the_noon_rate_s_own_digits_is_still_supported(data, noon, text, fig, day):
    a, b = noon("2024-07-10"), noon("2024-08-05")
    rec = by_claim(check_text(text.format(a=a, b=b), date="2024-08-20", store=data), fig.format(a=a))
    assert (rec["official_period"], rec["verdict"]) == (day, "supported"), rec
