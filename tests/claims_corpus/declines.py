"""Why the checker said 'unverifiable' on the blind batches, and what each gate would have said instead.

    python -m tests.claims_corpus.declines             # both tables (reStructuredText)

Rows: the ``with --date`` run of ``blind_verdicts.csv`` (every verdict the checker gave on batches 8-18 while each was
blind), those whose verdict is 'unverifiable'. Each is put in one **situation**: the first of ``GATES`` among its
flags (the gate or look that set a reading aside: the far-from-official gap, another reading that fits, a holder not
stated, the weak class, ...), else what was missing: no official value read (a measure it did not recognise, a
rule that gave up), neither a value nor a period, or a value read with no flag (an intraday level, a figure finer
than its series, ...).

``situations``: per batch, the declined ones (the label expects a verdict: it does not accept 'unverifiable') and
the right ones (it does). ``counterfactual``: for the gates, which keep the official value and period read, what the
contradiction they set aside would have scored: ``gain`` when the label accepts 'contradicted' and the value and
period read are the label's (the harness's test, the unit taken as any the label's unit converts from: the CSV
does not keep the checker's unit), ``loss`` when the 'unverifiable' was right and the contradiction would not be,
``true`` when the claim was true (labelled 'supported' only): a true claim called contradicted, the worst error.
The labels are read from ``claims.jsonl``, hold-out claims left out (a blind batch's rows are not in the CSV).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from tests.claims_corpus.generated import rst_table
from tests.claims_corpus.match import _TO_LABEL_UNIT, near_period, same_period, same_value
from tests.claims_corpus.weak_classes import LAMBDA

HERE = Path(__file__).resolve().parent
CSV = HERE / "blind_verdicts.csv"
#: the flags of a set-aside reading, in the order a row is put under one
GATES = ("weak_class", "holder_not_stated", "direction_against_period", "run_against_period", "other_value",
         "old_period_not_named", "span_not_read", "decimal_comma", "intraday", "press_release_basis", "past_quote",
         "other_reading", "far_from_official")


def labels() -> dict[tuple[str, str], dict]:
    """(article, figure) -> its label, for the figures labelled once in their article (hold-out claims left out)."""
    seen: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with (HERE / "claims.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not d.get("holdout"):
                seen[(d["article"], d["figure"])].append(d)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def situation(r: dict) -> str:
    flags = r["flags"].split("|") if r["flags"] else []
    for g in GATES:
        if g in flags:
            return "other_reading, far" if g == "other_reading" and "far_from_official" in flags else g
    if not r["got_value"]:
        return "no value, no period" if not r["got_period"] else "no official value"
    return "value read, no flag"


def would_be_right(r: dict, lab: dict | None) -> bool:
    """Whether the contradiction set aside would have been graded right: its label accepts it and the value and
    period read are the label's."""
    if lab is None or "contradicted" not in r["expected"].split("|"):
        return False
    if lab["official_value"] is None:
        return True
    periods = [lab["period"], *lab.get("periods_ok", [])]
    if lab["official_unit"] in ("rank", "count", "period"):
        return not lab["period"] or any(near_period(p, r["got_period"]) for p in periods)
    units = [u for e, u in _TO_LABEL_UNIT if e == lab["official_unit"]]
    return any(same_value(lab["official_value"], lab["official_unit"], r["got_value"], u) for u in units) and \
        (not lab["period"] or any(same_period(p, r["got_period"]) for p in periods))


def rows(path: Path = CSV) -> list[dict]:
    """The 'unverifiable' rows of the ``with --date`` run, each with its situation and, for a gate, its label."""
    labs = labels()
    with path.open(encoding="utf-8", newline="") as f:
        out = [r for r in csv.DictReader(f) if r["run"] == "with --date" and r["got"] == "unverifiable"]
    for r in out:
        r["situation"] = situation(r)
        r["declined"] = "unverifiable" not in r["expected"].split("|")
        r["lab"] = labs.get((r["article"], r["figure"]))
    return out


def situations(data: list[dict]) -> str:
    """Per situation and batch: declined/right ('unverifiable' where the label expects a verdict / accepts it)."""
    batches = sorted({int(r["batch"]) for r in data})
    cell: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for r in data:
        cell[r["situation"]][int(r["batch"])][0 if r["declined"] else 1] += 1
    tot = {s: [sum(v[0] for v in d.values()), sum(v[1] for v in d.values())] for s, d in cell.items()}
    body = [[s, *(f"{cell[s][b][0]}/{cell[s][b][1]}" for b in batches),
             f"{tot[s][0]}/{tot[s][1]}", f"{tot[s][1] / sum(tot[s]):.0%}"]
            for s in sorted(cell, key=lambda s: (-tot[s][0], s))]
    body.append(["all", *(f"{sum(cell[s][b][0] for s in cell)}/{sum(cell[s][b][1] for s in cell)}" for b in batches),
                 f"{sum(t[0] for t in tot.values())}/{sum(t[1] for t in tot.values())}",
                 f"{sum(t[1] for t in tot.values()) / sum(sum(t) for t in tot.values()):.0%}"])
    return rst_table(["unverifiable: declined/right", *(f"b{b}" for b in batches), "total", "right"], body)


def counterfactual(data: list[dict]) -> str:
    """Per gate and batch: set aside / gain / loss / true claims, had the gate let the contradiction stand."""
    batches = sorted({int(r["batch"]) for r in data})
    cell: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    for r in data:
        if r["situation"].startswith(("no ", "value read")):
            continue
        now, then = not r["declined"], would_be_right(r, r["lab"])
        c = cell[r["situation"]][int(r["batch"])]
        c[0] += 1
        c[1] += then and not now
        c[2] += now and not then
        c[3] += r["expected"] == "supported"
    tot = {s: [sum(v[i] for v in d.values()) for i in range(4)] for s, d in cell.items()}
    body = [[s, *("/".join(map(str, cell[s][b])) for b in batches), "/".join(map(str, tot[s]))]
            for s in sorted(cell, key=lambda s: (-tot[s][0], s))]
    return rst_table(["gate: aside/gain/loss/true", *(f"b{b}" for b in batches), "total"], body)


def far_by_family(data: list[dict]) -> str:
    """The far-from-official gate by the family of the measure read: set aside, gain, loss, true claims (as in
    ``counterfactual``), and the wrong either way (labelled contradicted, but another value or period read)."""
    from ustflow.check.verdict_classes import family

    cell: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in data:
        if r["situation"] != "far_from_official":
            continue
        now, then = not r["declined"], would_be_right(r, r["lab"])
        c = cell[family(r["got_measure"]) or "(batch 8: no measure)"]
        for i, v in enumerate((1, then and not now, now and not then, r["expected"] == "supported",
                               "contradicted" in r["expected"].split("|") and not then)):
            c[i] += v
    body = [[f, *map(str, v)] for f, v in sorted(cell.items(), key=lambda kv: -kv[1][0])]
    return rst_table(["far_from_official by family", "aside", "gain", "loss", "true", "contradicted, read wrong"], body)


#: the least rows a family is judged on (a true claim called contradicted weighs as in the weak-class gate: LAMBDA)
MIN_ROWS = 5


def far_exemption(data: list[dict]) -> tuple[int, int, int, int, int]:
    """Each of batches 9 on left out in turn: the families exempt from the far-from-official gate fitted on the
    others (``gain - LAMBDA * true > loss``, at least ``MIN_ROWS``), what letting their far readings stand in the
    held-out batch does: (let stand, gain, loss, true claims called contradicted, wrong contradictions)."""
    from ustflow.check.verdict_classes import family

    far = [(int(r["batch"]), family(r["got_measure"]), not r["declined"], would_be_right(r, r["lab"]),
            r["expected"] == "supported") for r in data if r["situation"] == "far_from_official" and r["got_measure"]]
    tot = [0, 0, 0, 0, 0]
    for b in sorted({x[0] for x in far}):
        by: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for _, f, now, then, true in (x for x in far if x[0] != b):
            for i, v in enumerate((1, then and not now, now and not then, true)):
                by[f][i] += v
        exempt = {f for f, v in by.items() if v[0] >= MIN_ROWS and v[1] - LAMBDA * v[3] > v[2]}
        for _, _f, now, then, true in (x for x in far if x[0] == b and x[1] in exempt):
            for i, v in enumerate((1, then and not now, now and not then, true, not then)):
                tot[i] += v
    return tuple(tot)


def exemption_line(data: list[dict]) -> str:
    n, gain, loss, true, wrong = far_exemption(data)
    return (f"letting them stand ({n} far readings) gains {gain - loss:+d} on the held-out batches ({gain} made right, "
            f"{loss} lost), calls {true} true claims contradicted and gives {wrong} wrong contradictions")


def main() -> int:
    data = rows()
    print(situations(data), "", counterfactual(data), "", far_by_family(data), "", exemption_line(data), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
