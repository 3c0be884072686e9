"""`ustflow check`: a contradiction of a class that was more often wrong than right on unseen articles is set aside
(issue 13, session 19, ``check/weak_class``): ``unverifiable``, flagged ``weak_class``, keeping the official value and
period it compared and saying why; a contradiction of another class stays, and so does one flagged a unit trap. The
classes are recomputed here from the blind verdicts, and the docstring and the README print the same evidence.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims_corpus import weak_classes as wc
from ustflow.check import weak_class as gate
from ustflow.check.track_record import with_track_record
from ustflow.check.verdict_classes import weak_name
from ustflow.check.weak_class_table import LAMBDA, LOBO, MIN_GIVEN, WEAK, WEAK_RECORD
from ustflow.views.check import check_text

REPO = Path(__file__).resolve().parents[1]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_checked_in_table_is_the_blind_verdicts():
    assert wc.TABLE.read_text(encoding="utf-8") == wc.render(wc.rows()), \
        "stale: run python -m tests.claims_corpus.weak_classes"


def test_every_weak_class_meets_the_rule_and_no_other_does():
    data = wc.rows()
    for key, (right, given, gain, loss, true) in wc.classes(data).items():
        weak = given >= MIN_GIVEN and gain + LAMBDA * true > loss
        assert (key in WEAK) == weak, key
        if weak:
            assert WEAK[key] == (right, given, gain, loss, true)


def test_the_docstring_and_the_readme_print_the_evidence():
    data = wc.rows()
    doc, readme = _flat(gate.__doc__ or ""), _flat((REPO / "README.md").read_text(encoding="utf-8"))
    for table in (wc.evidence(data), wc.weak_table(data)):
        assert _flat(table) in doc
        assert _flat(table) in readme
    assert set(LOBO) == {r.batch for r in data}


def _result(key: tuple[str, str, str], **kw) -> dict:
    measure = {"flow": "flow", "holdings_change": "holdings_change", "holdings_level": "holdings_level",
               "intervention": "intervention", "market": "yield_level", "record": "extreme", "bop": "bop",
               "bop_change": "bop_change", "other": "other"}[key[1]]
    flags = ["possible_revision"] if key[0] == "contradicted_revision" else []
    return {"verdict": "contradicted", "flags": flags, "measure": measure, "subject_source": key[2],
            "official_value": 123.4, "official_unit": "USD bn", "official_period": "2023-04",
            "explanation": "as read: 123.4 in 2023-04"} | kw


@pytest.mark.parametrize("key", sorted(WEAK))
def test_a_contradiction_of_a_weak_class_is_set_aside_keeping_what_it_compared(key):
    out = gate.weak_class(_result(key))
    right, given = WEAK[key][:2]
    assert out["verdict"] == "unverifiable" and "weak_class" in out["flags"]
    assert out["official_value"] == 123.4 and out["official_period"] == "2023-04"
    assert "the official figure is 123.4 USD bn (2023-04)" in out["explanation"]
    assert f"right only {right} of {given} times on unseen articles" in out["explanation"]
    assert out["explanation"].endswith("As read, as read: 123.4 in 2023-04")
    accepted = WEAK_RECORD[key][0]  # set aside, right as 'unverifiable': its own record, not an ordinary one's
    shown = with_track_record([out])[0]["track_record"]
    assert shown.startswith(f"'unverifiable' set aside from a {weak_name(key)}, which was right {right} of {given}")
    assert f"right {accepted} of {given} times" in shown and "on a new batch expect" in shown


def test_other_classes_unit_traps_and_other_verdicts_are_left_alone():
    strong = [k for k in wc.classes(wc.rows()) if k not in WEAK]
    assert strong  # e.g. a balance-of-payments item, a holdings level whose holder the sentence states
    for key in strong:
        r = _result(key)
        assert gate.weak_class(r) is r
    key = sorted(WEAK)[0]
    for r in (_result(key, flags=["unit_trap"]), _result(key, verdict="supported"), _result(key, verdict="unverifiable")):
        assert gate.weak_class(r) is r


def test_a_yield_contradicted_is_set_aside_and_a_holders_stated_level_is_not(data):
    text = ("The 10-year JGB yield ended at 1.85% on March 6, 2023, traders said.\n\n"
            "Japan's holdings of Treasuries were $1,480.0 billion at the end of April 2023, the Treasury said.")
    recs = check_text(text, date="2023-06-20", store=data)
    yld = next(r for r in recs if r["measure"] == "yield_level")
    assert yld["verdict"] == "unverifiable" and "weak_class" in yld["flags"], yld["explanation"]
    assert yld["official_value"] is not None and abs(yld["official_value"] - 1.85) > 0.5
    assert "a plain 'contradicted' on a yield or exchange rate (no holder) was right only" in yld["explanation"]
    level = next(r for r in recs if r["measure"] == "holdings_level")  # near miss: its class is not weak
    assert level["verdict"] == "contradicted" and "weak_class" not in level["flags"], level["explanation"]
