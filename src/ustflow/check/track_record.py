"""How often each verdict of the checker was right on real articles it had never been tuned on, per kind of figure.

Every estimate in ustflow prints the evidence of its own error, out of sample; a verdict of the checker is an
estimate too. The claims corpus (tests/claims_corpus) keeps batches of real, dated articles blind until they are
opened, and ``blind_verdicts.csv`` keeps every verdict the checker gave on batches 8-15 while each was still
blind, graded against labels computed from the official files. From those verdicts
``python -m tests.claims_corpus.track_record`` writes ``track_record_table.py`` (right, given and a Wilson 90%
interval per class); this module only reads it, so ``ustflow check`` parses no CSV, and
``tests/test_check_track_record.py`` recomputes the table from the CSV so that it can never drift.

A **class** is what a reader sees on one result: the verdict, whether a ``contradicted`` carries the
``possible_revision`` flag (the figure may be a first print, revised since), and the family of the figure's
``measure`` (a holdings level, a holdings change, a flow, a rank, record or streak, a balance-of-payments amount
or change, an intervention, a yield or exchange rate, an unrecognised measure). A class with fewer than
``MIN_GIVEN`` verdicts on the blind batches is pooled up to its verdict: the result carries the verdict's record.

Out of sample (``OUT_OF_SAMPLE``; fit on batches 8-14 and scored on batch 15, and each of batches 8-15 left out
in turn and fitted on the others), the per-class rate predicts whether a verdict is right better than the single
per-verdict rate, which beats a constant: on batch 15, Brier score 0.125 (class) vs 0.143 (verdict) vs 0.217
(constant), log loss 0.401 vs 0.446 vs 0.625; leaving one batch out, Brier 0.129 vs 0.143 vs 0.208, log loss
0.404 vs 0.438 vs 0.607; the class's rate won on each of the 7 held-out batches that name measures (9-15;
``BATCHES_WON``). The 90% intervals are for the rate over batches 8-15, not for the next batch: a held-out
batch's rate fell inside the interval fitted on the others in 49 of 117 cells of at least 10 verdicts (class;
the verdict's: 12 of 32), and its count fell in the central 90% the record predicts for that many new verdicts
(its own chance added) in 96 of 117 (verdict: 18 of 32). Batches differ more than chance alone: new wording and
tables, and each was measured with the checker of its own time. ``USE_CLASSES`` records the comparison; were the
classes to lose it, results would carry their verdict's record instead. The README ("Measured accuracy") says
the same.

Caveat, printed in the note under every table (``note``): the verdicts are those of the checker as it was at each batch's blind
measurement (sessions 10-17); it has changed since, so the record is how such verdicts fared on unseen text,
not a measurement of today's checker.
"""

from __future__ import annotations

from typing import NamedTuple

from ustflow.check.track_record_table import (
    BATCHES,
    CLASS_BATCHES,
    CLASSES,
    MIN_GIVEN,
    USE_CLASSES,
    VERDICTS,
)
from ustflow.check.verdict_classes import FAMILY_NAMES, GROUPS, family, group

CAVEAT = "verdicts of the checker as it was when each batch was measured blind; it has changed since"


class Record(NamedTuple):
    """One class's record: what it is, right and given on the blind batches, the Wilson 90% interval."""

    what: str
    batches: str
    right: int
    given: int
    low: float
    high: float

    @property
    def interval(self) -> str:
        return f"{self.low * 100:.0f}-{self.high:.0%}"

    @property
    def short(self) -> str:
        """``49% (40-57%)``: the rate and its 90% interval, for a table column."""
        return f"{self.right / self.given:.0%} ({self.interval})"

    @property
    def text(self) -> str:
        return (f"{self.what}: right {self.right} of {self.given} times ({self.right / self.given:.0%}, "
                f"90% interval {self.interval}) on unseen articles, batches {self.batches}")


def record(result: dict) -> Record | None:
    """The record of the class ``result`` falls in (pooled up to its verdict when the class is small or
    unknown, or when classes did not beat the verdict out of sample); None for a verdict with no record."""
    g = group(result.get("verdict") or "", result.get("flags"))
    if g not in VERDICTS:
        return None
    f = family(result.get("measure"))
    if USE_CLASSES and f is not None and (g, f) in CLASSES:
        return Record(f"{GROUPS[g]} on {FAMILY_NAMES[f]}", CLASS_BATCHES, *CLASSES[g, f])
    pooled = f"{GROUPS[g]} (any figure" + (f"; too few on {FAMILY_NAMES[f]} to tell apart)" if f else ")")
    return Record(pooled, BATCHES, *VERDICTS[g])


def with_track_record(results: list[dict]) -> list[dict]:
    """``results`` with ``track_record``: the sentence of each result's class record (empty when none)."""
    out = []
    for r in results:
        rec = record(r)
        out.append(r | {"track_record": rec.text if rec else ""})
    return out


def note() -> str:
    """The summary sentence: each verdict's record on the articles the checker had never seen."""
    parts = "; ".join(f"{GROUPS[g]} {VERDICTS[g][0]}/{VERDICTS[g][1]} ({VERDICTS[g][0] / VERDICTS[g][1]:.0%})"
                      for g in GROUPS if g in VERDICTS)
    how = (f"Each result's track record is its class's (verdict, revision flag, kind of figure; a class of fewer "
           f"than {MIN_GIVEN} is pooled to its verdict), with its 90% interval: out of sample it predicted a new "
           f"batch better than the verdict's rate alone" if USE_CLASSES else
           "Each result's track record is its verdict's, with its 90% interval (the finer classes did not predict a "
           "new batch better out of sample)")
    return (f"Track record on real articles the checker was never tuned on (blind batches {BATCHES} of the "
            f"claims corpus; {CAVEAT}), right/given: {parts}. {how}. A plain 'contradicted' is a prompt to read "
            f"the official figure it names, not a finding.")
