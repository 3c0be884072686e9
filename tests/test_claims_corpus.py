"""The claims corpus (tests/claims_corpus): well-formed, and its labels are what label.py computes.

The checker's accuracy on the corpus is measured by `make eval-check`, not here: these tests keep
the measure itself honest (a change to a label must be deliberate: edit the article's TOML, rerun
`python -m tests.claims_corpus.label`, commit both).
"""

from __future__ import annotations

import json
import tomllib

import pytest

from tests.claims_corpus import evaluate, label
from tests.claims_corpus.figures import parse
from tests.claims_corpus.match import match_claims, same_period, same_value

CORPUS = label.HERE


@pytest.fixture(scope="module")
def records(shared_data):
    return label.label_all()


def test_every_article_has_excerpt_and_metadata():
    tomls = sorted(p.stem for p in (CORPUS / "articles").glob("*.toml"))
    txts = sorted(p.stem for p in (CORPUS / "articles").glob("*.txt"))
    assert tomls and tomls == txts
    for stem in tomls:
        meta = tomllib.loads((CORPUS / "articles" / f"{stem}.toml").read_text(encoding="utf-8"))
        assert meta["id"] == stem
        for key in ("publication", "url", "headline", "date", "claim"):
            assert meta.get(key), f"{stem}: {key} missing"
        text = (CORPUS / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        assert len(text) < 6000, f"{stem}: keep excerpts short (headline, date line, the claim sentences)"


def test_labels_reproduce_the_stored_corpus(records):
    stored = (CORPUS / "claims.jsonl").read_text(encoding="utf-8")
    assert label.dumps(records) == stored, "claims.jsonl is stale: run python -m tests.claims_corpus.label"
    dis = (CORPUS / "disagreements.md").read_text(encoding="utf-8")
    assert label.disagreements_md(records) == dis, "disagreements.md is stale: rerun label.py"


def test_every_record_is_complete(records):
    for r in records:
        assert r["accept"] and set(r["accept"]) <= set(label.VERDICTS)
        assert r["categories"] and set(r["categories"]) <= label.CATEGORIES
        if r["computed_verdict"] not in r["accept"]:
            assert r.get("disagreement"), r
        if r["official_value"] is not None:
            assert r["source_file"] and r["series"] and r["period"]


def test_known_official_values(records):
    """Spot checks against shared/data/reference_checks.csv (mof12 is the unit trap)."""
    by = {(r["article"], r["figure"]): r for r in records}
    trap = by[("reuters-2023-05-15-net-sellers-april", "629 billion yen")]
    assert trap["official_value"] == 629 and trap["computed_verdict"] == "contradicted"
    assert by[("reuters-2023-05-15-net-sellers-april", "2.1 trillion yen")]["official_value"] == -20769
    assert by[("kyodo-2016-12-16-japan-top-holder", "$1,131.9 billion")]["official_value"] == 1131.9


def test_figure_reading():
    assert parse("2兆5726億円").value == 25726
    assert parse("¥629 billion").value == 6290
    assert parse("$1,131.9 billion").value == 1131.9
    assert parse("$759.3 billion").unit == "USD bn"
    assert parse("42.4 basis points").unit == "bp"


def test_harness_scores_a_perfect_checker_perfectly(records):
    """Feed the labels back as if a checker had produced them: every claim matches and is correct;
    flip the verdicts and every claim is a miss."""
    for art in {r["article"] for r in records}:
        labs = [r for r in records if r["article"] == art]
        fake = [{"text": "... " + r["sentence"] + " ...", "claim": r["figure"], "verdict": r["accept"][0],
                 "official_value": r["official_value"] if r.get("official_unit") != "period" else None,
                 "official_unit": r["official_unit"], "official_period": r["period"]} for r in labs]
        pairs, extra = match_claims(labs, list(reversed(fake)))
        assert not extra
        for lab, got in pairs:
            g = evaluate.grade(lab, got)
            assert g["correct"], g
            wrong = dict(got, verdict=next(v for v in label.VERDICTS if v not in lab["accept"]))
            assert not evaluate.grade(lab, wrong)["correct"]


def test_value_and_period_comparison():
    assert same_value(-25726, "JPY 100mn", -2572.6, "JPY bn")
    assert same_value(1209.9, "USD bn", 1209889, "USD mn")
    assert not same_value(629, "JPY 100mn", 629, "JPY bn")
    assert same_period("2025-03-30..2025-04-05", "2025-04-05")
    assert same_period("2016-09..2016-10", "2016-10")
    assert not same_period("2025-03-30..2025-04-05", "2025-04-12")
    assert not same_period("2023-04", "2023-03")


def test_corpus_json_lines_parse():
    for line in (CORPUS / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
