"""tests/claims_corpus/blind_verdicts.csv keeps the checker's verdicts on each batch as they were while the batch was
still blind: the only record of how the checker did on text it had never seen (the checker has changed since, so
they cannot be recomputed). The confidence gates' evidence tables count them; they must agree with the corpus and
with the figures of the corpus README's "Blind measurements" table."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "claims_corpus"


def _rows() -> list[dict]:
    with open(CORPUS / "blind_verdicts.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _claims() -> list[dict]:
    with open(CORPUS / "claims.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_every_blind_verdict_is_a_claim_of_its_batch_and_every_claim_has_one():
    rows = [r for r in _rows() if r["run"] == "with --date"]
    batches = {int(r["batch"]) for r in rows}
    assert batches >= set(range(8, 16))
    claims = Counter((str(c.get("batch")), c["article"]) for c in _claims() if c.get("batch") in batches)
    kept = Counter((r["batch"], r["article"]) for r in rows)
    assert kept == claims


def test_a_right_verdict_is_one_the_labels_accept():
    for r in _rows():
        assert r["correct"] in ("0", "1"), r
        if r["correct"] == "1":  # or an optional figure (a label may leave it unread) that was not read
            assert r["got"] in r["expected"].split("|") or (r["why"], r["got"]) == ("optional", "(not extracted)"), r


def test_each_batch_scores_as_the_readme_says_it_did_blind():
    readme = " ".join((CORPUS / "README.md").read_text(encoding="utf-8").split())
    table = readme[readme.index("**Blind measurements.**"):]
    right, n = Counter(), Counter()
    for r in _rows():
        if r["run"] == "with --date":
            n[r["batch"]] += 1
            right[r["batch"]] += int(r["correct"])
    for b in n:
        row = table[table.index(f"| {b} (`batch = {b}`)"):]
        nxt = row.find(f"| {int(b) + 1} (`batch = ")
        row = row[:nxt] if nxt > 0 else row[:row.index("**Fresh batch.**")]
        assert f"{right[b]}/{n[b]}" in row, (b, right[b], n[b])
