"""Why the checker said 'unverifiable' on the blind batches (``tests/claims_corpus/declines.py``, session 20): every
'unverifiable' of the blind verdicts is put under one situation, its declines are the CSV's misses, and the corpus
README prints the tables and the exemption figures as the script computes them from ``blind_verdicts.csv``."""

from __future__ import annotations

import csv

from tests.claims_corpus import declines as D


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_unverifiable_is_in_one_situation_and_its_declines_are_the_misses():
    data = D.rows()
    with D.CSV.open(encoding="utf-8", newline="") as f:
        csv_rows = [r for r in csv.DictReader(f) if r["run"] == "with --date" and r["got"] == "unverifiable"]
    assert len(data) == len(csv_rows)
    assert all(r["situation"] for r in data)
    assert sum(r["declined"] for r in data) == sum(r["correct"] == "0" for r in csv_rows)


def test_a_gate_s_counterfactual_needs_the_label_s_verdict_and_value():
    lab = {"official_value": 1131.9, "official_unit": "USD bn", "period": "2019-06"}
    row = {"expected": "contradicted", "got_value": "1131.9", "got_period": "2019-06"}
    assert D.would_be_right(row, lab)
    assert not D.would_be_right(row | {"got_value": "1112.0"}, lab)  # another value read: wrong either way
    assert not D.would_be_right(row | {"got_period": "2019-05"}, lab)
    assert not D.would_be_right(row | {"expected": "supported"}, lab)


def test_the_corpus_readme_prints_the_tables():
    data = D.rows()
    readme = (D.HERE / "README.md").read_text(encoding="utf-8")
    for table in (D.situations(data), D.counterfactual(data), D.far_by_family(data)):
        assert table in readme
    assert _flat(D.exemption_line(data)) in _flat(readme)
