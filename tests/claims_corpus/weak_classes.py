"""Which classes of 'contradicted' were more often wrong than right on unseen articles: the weak-class gate's table.

    python -m tests.claims_corpus.weak_classes            # write src/ustflow/check/weak_class_table.py
    python -m tests.claims_corpus.weak_classes --check    # exit 1 if the table is stale
    python -m tests.claims_corpus.weak_classes --table    # print the evidence table (docstring and README)

A class here is finer than the track record's: the verdict group (plain 'contradicted', or flagged
possible_revision), the family of the figure's measure, and how the checker found the holder (``subject_source``:
stated in the sentence, inherited from an earlier one, or none, as for a yield, an intervention or a
balance-of-payments item). Rows: the ``with --date`` run of ``blind_verdicts.csv`` (every verdict the checker gave on
batches 8-16 while each was blind), the contradictions of the batches that name measures (9 on); a contradiction
flagged ``unit_trap`` or ``first_print_old_basis`` is not plain and is left out (the gate leaves it alone too).

Per contradiction, set aside as ``unverifiable``: ``gain`` when it was wrong and its label accepts 'unverifiable',
``loss`` when it was right and its label does not, ``true`` when the claim was true (labelled 'supported' only). A
class is **weak** when ``gain + LAMBDA * true > loss`` over its verdicts, among classes of at least ``MIN_GIVEN``.

The evidence is leave-one-batch-out: each of batches 9-16 in turn, the weak classes fitted on the other batches are
set aside in the held-out batch, and what that changes there (accuracy, true claims called contradicted) is counted.
A row of a later CSV flagged ``weak_class`` (a contradiction the gate set aside) counts again as the contradiction
it was, right when its label accepts 'contradicted' (its value and period, kept on the result, are not regraded).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from tests.claims_corpus import new_batch as nb
from tests.claims_corpus.generated import rst_table, write_or_check
from ustflow.check.verdict_classes import LEFT_ALONE, family, group, weak_name

HERE = Path(__file__).resolve().parent
CSV = HERE / "blind_verdicts.csv"
TABLE = HERE.parents[1] / "src" / "ustflow" / "check" / "weak_class_table.py"
#: how much a true claim called contradicted weighs against a right contradiction lost (see ``SENSITIVITY``)
LAMBDA = 0.5
#: a class with fewer contradictions on the blind batches is never weak: too few to tell
MIN_GIVEN = 5
#: the weights the evidence table also shows
SENSITIVITY = (0.0, 0.25, 0.5, 1.0)

Key = tuple[str, str, str]  # verdict group, measure family, subject source


class Row(NamedTuple):
    batch: int
    key: Key
    right: int  # right as 'contradicted'
    accepts: int  # its label accepts 'unverifiable'
    true: int  # a true claim (labelled 'supported' only)


def rows(path: Path = CSV) -> list[Row]:
    """One row per plain or flagged contradiction of the ``with --date`` run, batches that name measures."""
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            flags = r["flags"].split("|") if r["flags"] else []
            weak = "weak_class" in flags
            if r["run"] != "with --date" or not (r["got"] == "contradicted" or weak) or LEFT_ALONE & set(flags):
                continue
            fam = family(r["got_measure"])
            if fam is None:
                continue
            labels = r["expected"].split("|")
            right = "contradicted" in labels if weak else r["correct"] == "1"
            out.append(Row(int(r["batch"]), (group("contradicted", flags), fam, r["subject_source"] or ""),
                           int(right), int("unverifiable" in labels), int(r["expected"] == "supported")))
    return out


def tally(rs: list[Row]) -> tuple[int, int, int, int, int]:
    """(right, given, gain, loss, true) of ``rs`` set aside."""
    return (sum(r.right for r in rs), len(rs), sum(r.accepts and not r.right for r in rs),
            sum(r.right and not r.accepts for r in rs), sum(r.true for r in rs))


def classes(data: list[Row]) -> dict[Key, tuple[int, int, int, int, int]]:
    by: dict[Key, list[Row]] = defaultdict(list)
    for r in data:
        by[r.key].append(r)
    return {k: tally(v) for k, v in sorted(by.items())}


def weak(data: list[Row], lam: float = LAMBDA, min_given: int = MIN_GIVEN) -> dict[Key, tuple]:
    """The weak classes of ``data``: (right, given, gain, loss, true) of each."""
    return {k: t for k, t in classes(data).items() if t[1] >= min_given and t[2] + lam * t[4] > t[3]}


def new_batch(data: list[Row]) -> dict[Key, tuple[float, float, int]]:
    """Per weak class: (low, high, n), the 90% range of the rate at which its contradictions, set aside, are right
    as 'unverifiable' (the label accepting it) among ``n`` of them (the typical count in a batch) in a new batch:
    the track record's model (``new_batch``), its batch spread fitted on the weak classes' own cells."""
    w = weak(data)
    cells: dict[Key, list[tuple[int, int]]] = {}
    for k in w:
        per: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for r in data:
            if r.key == k:
                per[r.batch][0] += r.accepts
                per[r.batch][1] += 1
        cells[k] = [(a, n) for _, (a, n) in sorted(per.items())]
    tau = nb.fit_tau(cells)
    out = {}
    for k, c in cells.items():
        n = nb.typical(c)
        out[k] = (*nb.predictive(c, tau, n), n)
    return out


def lobo(data: list[Row], lam: float = LAMBDA, min_given: int = MIN_GIVEN) -> dict[int, tuple[int, int, int, int]]:
    """Per held-out batch: (contradictions set aside, gain, loss, true claims among them), the weak classes fitted on
    the other batches."""
    out = {}
    for b in sorted({r.batch for r in data}):
        gate = weak([r for r in data if r.batch != b], lam, min_given)
        _, n, gain, loss, true = tally([r for r in data if r.batch == b and r.key in gate])
        out[b] = (n, gain, loss, true)
    return out


def evidence(data: list[Row]) -> str:
    """The evidence table (reStructuredText, for the docstring and the README): per held-out batch, what the gate
    fitted on the other batches sets aside there, and the totals at each weight in ``SENSITIVITY``."""
    per = lobo(data)
    batches = list(per)
    cells = [f"b{b}" for b in batches] + ["total"]
    tot = [sum(v[i] for v in per.values()) for i in range(4)]
    rowz = [("set aside", [str(per[b][0]) for b in batches] + [str(tot[0])]),
            ("gain (label accepts unverifiable)", [str(per[b][1]) for b in batches] + [str(tot[1])]),
            ("loss (right contradiction lost)", [str(per[b][2]) for b in batches] + [str(tot[2])]),
            ("accuracy", [f"{per[b][1] - per[b][2]:+d}" for b in batches] + [f"{tot[1] - tot[2]:+d}"]),
            ("true claims no longer contradicted", [str(per[b][3]) for b in batches] + [str(tot[3])])]
    for lam in SENSITIVITY:
        s = lobo(data, lam)
        acc = [s[b][1] - s[b][2] for b in batches]
        rowz.append((f"accuracy / true saved, weight {lam:g}",
                     [f"{a:+d}/{s[b][3]}" for a, b in zip(acc, batches)]
                     + [f"{sum(acc):+d}/{sum(v[3] for v in s.values())}"]))
    return rst_table(["held-out batch", *cells], [[a, *b] for a, b in rowz])


def weak_table(data: list[Row]) -> str:
    """The weak classes fitted on every batch (reStructuredText)."""
    w = weak(data)
    return rst_table(["weak class (set aside as unverifiable)", "right/given", "gain", "loss", "true"],
                     [[weak_name(k), f"{t[0]}/{t[1]}", str(t[2]), str(t[3]), str(t[4])] for k, t in w.items()])


def render(data: list[Row]) -> str:
    """The text of ``weak_class_table.py``."""
    batches = sorted({r.batch for r in data})
    w = weak(data)
    per = lobo(data)
    lines = [
        '"""The weak classes of \'contradicted\': GENERATED by ``python -m tests.claims_corpus.weak_classes`` from',
        "tests/claims_corpus/blind_verdicts.csv (never edit by hand; ``tests/test_check_weak_class.py`` fails when it",
        'differs from the CSV). See ``weak_class``."""',
        "",
        f'BATCHES = "{batches[0]}-{batches[-1]}"',
        f"LAMBDA = {LAMBDA}",
        f"MIN_GIVEN = {MIN_GIVEN}",
        "#: (verdict group, measure family, subject source): (right as contradicted, given, wrong whose label accepts",
        "#: unverifiable, right whose label does not, true claims), over the blind batches",
        "WEAK: dict[tuple[str, str, str], tuple[int, int, int, int, int]] = {",
        *(f'    ("{k[0]}", "{k[1]}", "{k[2]}"): {t},' for k, t in w.items()),
        "}",
        "#: per weak class, what a contradiction set aside shows: right as 'unverifiable' (its label accepting it),",
        "#: given, and the 90% range of that rate among n of them in a new batch (low, high, n)",
        "WEAK_RECORD: dict[tuple[str, str, str], tuple[int, int, float, float, int]] = {",
        *(f'    ("{k[0]}", "{k[1]}", "{k[2]}"): ({sum(r.accepts for r in data if r.key == k)}, {w[k][1]}, {v[0]}, '
          f'{v[1]}, {v[2]}),' for k, v in new_batch(data).items()),
        "}",
        "#: each batch left out, the weak classes fitted on the others: (set aside, gain, loss, true claims)",
        "LOBO: dict[int, tuple[int, int, int, int]] = {",
        *(f"    {b}: {v}," for b, v in per.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the checked-in table is stale")
    ap.add_argument("--table", action="store_true", help="print the evidence tables")
    args = ap.parse_args(argv)
    data = rows()
    if args.table:
        print(evidence(data), "", weak_table(data), sep="\n")
        return 0
    return write_or_check(TABLE, render(data), args.check, "weak_classes")


if __name__ == "__main__":
    sys.exit(main())
