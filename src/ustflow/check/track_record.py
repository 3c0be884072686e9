"""How often each verdict of the checker was right on real articles it had never been tuned on, per kind of figure.

Every estimate in ustflow prints the evidence of its own error, out of sample; a verdict of the checker is an
estimate too. The claims corpus (tests/claims_corpus) keeps batches of real, dated articles blind until they are
opened, and ``blind_verdicts.csv`` keeps every verdict the checker gave on batches 8-32 while each was still
blind, graded against labels computed from the official files. From those verdicts
``python -m tests.claims_corpus.track_record`` writes ``track_record_table.py`` (right, given, a Wilson 90%
interval and the new-batch range per class); this module only reads it, so ``ustflow check`` parses no CSV, and
``tests/test_check_track_record.py`` recomputes the table from the CSV so that it can never drift.

A **class** is what a reader sees on one result: the verdict, whether a ``contradicted`` carries the
``possible_revision`` flag (the figure may be a first print, revised since), and the family of the figure's
``measure`` (a holdings level, a holdings change, a flow, a rank, record or streak, a balance-of-payments amount
or change, an intervention, a yield or exchange rate, an unrecognised measure). A class with fewer than
``MIN_GIVEN`` verdicts on the blind batches is pooled up to its verdict: the result carries the verdict's record.

Out of sample (``OUT_OF_SAMPLE``; fit on batches 8-31 and scored on batch 32, and each of batches 8-32 left out
in turn and fitted on the others), the per-class rate predicts whether a verdict is right better than the single
per-verdict rate: on batch 32, Brier score 0.170 (class) vs 0.180 (verdict) vs 0.197 (constant), log loss 0.493
vs 0.523 vs 0.582 (batch 32, in seven languages, had 53 of its 369 figures unread, its 'unverifiable' right 80
of 138 times, its 'supported' 77 of 81; on batch 31 it was 0.161 vs 0.171 vs 0.223; on batch 30 0.125 vs 0.149 vs 0.195; on batch 29 0.167 vs 0.177 vs
0.281; on batch 28 0.159 vs 0.171 vs 0.278; on batch 27 0.162 vs 0.193 vs 0.264; on batch 26 0.121 vs 0.122 vs 0.223, the class's rate beating the
verdict's only just; on batch 25 0.172 vs 0.194 vs 0.175, the verdict's rate worse than one rate for all); leaving
one batch out, Brier 0.131 vs 0.146 vs 0.201, log loss 0.407 vs 0.445 vs 0.591; the class's rate won on each of the
24 held-out batches that name measures (9-32; ``BATCHES_WON``). ``USE_CLASSES`` records the comparison; were the classes to lose it, results would carry their
verdict's record instead.

**The range shown is for a new batch** (``NEW_BATCH_*``): "on a new batch expect 10-90% (90%)" is where the rate
of a new batch of articles should fall, 9 times in 10, among as many verdicts of the class as a batch typically
has. A Wilson interval for the rate over the blind batches is not that: batches differ by more than chance (new
wording and tables, and each was measured with the checker of its own time), so leaving each of batches 9-32 out
in turn and fitting on the others, the held-out batch's rate fell inside the Wilson 90% interval in only 73 of 367
cells of at least 10 verdicts (20%). The range comes from a binomial-logit-normal model of the batches (each class its
own mean, a batch effect whose spread is common to the classes, fitted by marginal likelihood;
``tests/claims_corpus/new_batch.py`` says why this model), and left out the same way it held the held-out rate in
343 of 367 cells (93%); for a batch of each cell's own count, 335 of 367 (91%). By verdict, 'supported'
86 of 89 (97%, if anything too wide; 84 of 87, 97%, with batches 9-31; 81 of 85, 95%, with batches 9-30; 78 of 81, 96%, with batches 9-29; 74 of 78,
95%, with batches 9-28, 70 of 73, 96%, before batch 28 joined), 'contradicted' flagged possible_revision 69 of 73
(95%; 66 of 71 with batches 9-31; 66 of 70 with batches 9-30; 63 of 67 with batches 9-29; 61 of 63, 97%, too wide, before batch 29 joined), plain
'contradicted' 73 of 79 (92%; 71 of 77 with batches 9-31; 69 of 75 with batches 9-30; 65 of 71 with batches 9-29; 33 of 40, still too narrow, before batch 20 joined, 23 of 28 before batch 16: a class can swing from 1 in 15 right in one
batch to 14 of 14 in another, heavier tails than the model's normal batch effect), 'unverifiable' 115 of 126 (91%; 110 of 121 with batches 9-31; 106 of 117 with batches 9-30; 105 of 114 with batches 9-29). ``NEW_BATCH_COVERAGE`` records these, the note
under every table prints them (``coverage_by_verdict``), and the README ("Measured accuracy") says the same.

Caveat, printed in the note under every table (``note``): the verdicts are those of the checker as it was at each batch's blind
measurement (sessions 10-38); it has changed since, so the record is how such verdicts fared on unseen text,
not a measurement of today's checker.
"""

from __future__ import annotations

from typing import NamedTuple

from ustflow.check.track_record_table import (
    BATCHES,
    CLASS_BATCHES,
    CLASSES,
    MIN_GIVEN,
    NEW_BATCH_CLASSES,
    NEW_BATCH_COVERAGE,
    NEW_BATCH_VERDICTS,
    USE_CLASSES,
    VERDICTS,
)
from ustflow.check.verdict_classes import FAMILY_NAMES, GROUPS, contradiction_class, family, group, weak_name
from ustflow.check.weak_class_table import BATCHES as WEAK_BATCHES, WEAK, WEAK_RECORD

CAVEAT = "verdicts of the checker as it was when each batch was measured blind; it has changed since"


class Record(NamedTuple):
    """One class's record: what it is, right and given on the blind batches, and the 90% range of the rate a new
    batch shows among ``per_batch`` verdicts of the class (its typical count in a batch)."""

    what: str
    batches: str
    right: int
    given: int
    low: float
    high: float
    per_batch: int

    @property
    def interval(self) -> str:
        return f"{self.low * 100:.0f}-{self.high:.0%}"

    @property
    def short(self) -> str:
        """``49% (new batch 14-86%)``: the rate and the new-batch 90% range, for a table column."""
        return f"{self.right / self.given:.0%} (new batch {self.interval})"

    @property
    def text(self) -> str:
        return (f"{self.what}: right {self.right} of {self.given} times ({self.right / self.given:.0%}) on unseen "
                f"articles, batches {self.batches}; on a new batch expect {self.interval} (90%)")


def record(result: dict) -> Record | None:
    """The record of the class ``result`` falls in (pooled up to its verdict when the class is small or
    unknown, or when classes did not beat the verdict out of sample); None for a verdict with no record."""
    if "weak_class" in (result.get("flags") or ()):
        return weak_record(result)
    g = group(result.get("verdict") or "", result.get("flags"))
    if g not in VERDICTS:
        return None
    f = family(result.get("measure"))
    if USE_CLASSES and f is not None and (g, f) in CLASSES:
        return Record(f"{GROUPS[g]} on {FAMILY_NAMES[f]}", CLASS_BATCHES, *CLASSES[g, f][:2], *NEW_BATCH_CLASSES[g, f])
    pooled = f"{GROUPS[g]} (any figure" + (f"; too few on {FAMILY_NAMES[f]} to tell apart)" if f else ")")
    return Record(pooled, BATCHES, *VERDICTS[g][:2], *NEW_BATCH_VERDICTS[g])


def weak_record(result: dict) -> Record | None:
    """The record of a contradiction the weak-class gate set aside (``weak_class``): how often one of its class,
    set aside, was right as 'unverifiable' on the blind batches (its label accepting it), and the new-batch range."""
    key = contradiction_class(result)
    if key not in WEAK_RECORD:
        return None
    right, given = WEAK[key][:2]
    what = (f"'unverifiable' set aside from a {weak_name(key)}, which was right {right} of {given} times as a "
            f"contradiction")
    return Record(what, WEAK_BATCHES, *WEAK_RECORD[key])


def with_track_record(results: list[dict]) -> list[dict]:
    """``results`` with ``track_record``: the sentence of each result's class record (empty when none)."""
    out = []
    for r in results:
        rec = record(r)
        out.append(r | {"track_record": rec.text if rec else ""})
    return out


def coverage_by_verdict() -> str:
    """How often each verdict's new-batch ranges held a held-out batch's rate, saying which are still too narrow
    (under 85%) or, if anything, too wide (over 95%)."""
    parts = []
    for g, name in GROUPS.items():
        if g not in NEW_BATCH_COVERAGE:
            continue
        inside, cells = NEW_BATCH_COVERAGE[g]["new_batch"], NEW_BATCH_COVERAGE[g]["cells"]
        rate = inside / cells
        verdict = ": still too narrow" if rate < 0.85 else (": if anything too wide" if rate > 0.95 else "")
        parts.append(f"{name} {inside} of {cells} ({rate:.0%}{verdict})")
    return ", ".join(parts)


def note() -> str:
    """The summary sentence: each verdict's record on the articles the checker had never seen."""
    parts = "; ".join(f"{GROUPS[g]} {VERDICTS[g][0]}/{VERDICTS[g][1]} ({VERDICTS[g][0] / VERDICTS[g][1]:.0%})"
                      for g in GROUPS if g in VERDICTS)
    how = (f"Each result's track record is its class's (verdict, revision flag, kind of figure; a class of fewer "
           f"than {MIN_GIVEN} is pooled to its verdict): out of sample it predicted a new batch better than the "
           f"verdict's rate alone" if USE_CLASSES else
           "Each result's track record is its verdict's (the finer classes did not predict a new batch better out "
           "of sample)")
    cov = NEW_BATCH_COVERAGE["all"]
    ranges = (f"Its 'new batch' range is where 90% of new batches should put the rate (batches differ by more than "
              f"chance): leaving one batch out, the held-out rate fell inside it in {cov['new_batch']} of "
              f"{cov['cells']} cases ({cov['new_batch'] / cov['cells']:.0%}; a plain 90% interval for the rate held "
              f"it in only {cov['wilson']}); by verdict, {coverage_by_verdict()}")
    return (f"Track record on real articles the checker was never tuned on (blind batches {BATCHES} of the "
            f"claims corpus; {CAVEAT}), right/given: {parts}. {how}. {ranges}. A plain 'contradicted' is a prompt "
            f"to read the official figure it names, not a finding.")
