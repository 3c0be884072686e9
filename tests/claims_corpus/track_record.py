"""The checker's track record per verdict class, from the verdicts it gave on blind batches.

    python -m tests.claims_corpus.track_record            # write src/ustflow/check/track_record_table.py
    python -m tests.claims_corpus.track_record --check    # exit 1 if the table is stale
    python -m tests.claims_corpus.track_record --oos      # the out-of-sample comparison at 10, 20, 40 per class,
                                                          # and the coverage of the new-batch ranges
    python -m tests.claims_corpus.track_record --readme   # the README's table (README, "Measured accuracy")
    python -m tests.claims_corpus.track_record --partly-read  # the record of the readers of the languages read
                                                          # in part (``partly_read``; written into the table too)

It lives here, next to ``blind_verdicts.csv`` and the harness that wrote it, because it reads the corpus
(which ``ustflow`` itself never does); the class of a result (``ustflow.check.track_record``) is the checker's,
so that a result at check time and a row here fall in the same class by the same code.

Rows: the ``with --date`` run (one verdict per claim, the run of the blind figures), claims the checker gave a
verdict on (``(not extracted)`` is no verdict). Batch 8's rows name no measure: they count for their verdict,
never for a class. Intervals: Wilson, 90% (z = 1.645), for the rate over the blind batches; and the one
``ustflow check`` shows, for the rate a NEW batch will show (``new_batch``: a random-effects model of the batches,
its coverage measured leaving one batch out, ``coverage``).
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import tomllib
from collections import Counter
from pathlib import Path

from tests.claims_corpus import new_batch as nb
from tests.claims_corpus.generated import write_or_check
from ustflow.check.verdict_classes import family, group

HERE = Path(__file__).resolve().parent
CSV = HERE / "blind_verdicts.csv"
TABLE = HERE.parents[1] / "src" / "ustflow" / "check" / "track_record_table.py"
MIN_GIVEN = 20  # a class with fewer verdicts is pooled up to its verdict
Z90 = 1.6448536269514722
MIN_CELL = 10  # interval coverage is counted on held-out cells with at least this many verdicts

Row = tuple[int, str, str | None, int]  # batch, verdict group, family, right (1/0)
#: the languages ``ustflow check`` reads in part (``ustflow.check.language``: Chinese and Korean through the Japanese
#: grammar, Spanish, Portuguese and German through ``check.european``), and the first batch measured blind after
#: their readers were written (session 33, from batch 26's articles only): the batches ``partly_read`` counts
PARTLY_READ_LANGUAGES = ("zh", "ko", "es", "pt", "de")
PARTLY_READ_FROM = 27


def rows(path: Path = CSV) -> list[Row]:
    """One row per verdict given in the ``with --date`` run."""
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["run"] != "with --date" or r["got"] == "(not extracted)":
                continue
            flags = r["flags"].split("|") if r["flags"] else []
            out.append((int(r["batch"]), group(r["got"], flags), family(r["got_measure"]), int(r["correct"])))
    return out


def partly_read(path: Path = CSV, articles: Path = HERE / "articles") -> tuple[str, dict[str, tuple[int, int]]]:
    """How the readers of the languages read in part did on blind text they had not been written from: over the
    ``with --date`` rows of batches ``PARTLY_READ_FROM`` on whose article (its toml's ``language``) is in one of
    ``PARTLY_READ_LANGUAGES``, (right, given) of the 'contradicted' verdicts (flagged or not), and (true claims
    called contradicted, true claims: those labelled 'supported' only, read or not); and the batches counted
    ("27", "27-28"). The notice for those languages ends with these figures (``ustflow.check.language.caution``)."""
    lang: dict[str, str] = {}
    batches: set[int] = set()
    right = given = wrong = true = 0
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["run"] != "with --date" or int(r["batch"]) < PARTLY_READ_FROM:
                continue
            a = r["article"]
            if a not in lang:
                meta = tomllib.loads((articles / f"{a}.toml").read_text(encoding="utf-8"))
                lang[a] = meta.get("language", "en")
            if lang[a] not in PARTLY_READ_LANGUAGES:
                continue
            batches.add(int(r["batch"]))
            if r["got"] == "contradicted":
                given += 1
                right += r["correct"] == "1"
            if r["expected"] == "supported":
                true += 1
                wrong += r["got"] == "contradicted"
    span = f"{min(batches)}" + (f"-{max(batches)}" if max(batches) > min(batches) else "")
    return span, {"contradicted": (right, given), "true_called_contradicted": (wrong, true)}


def wilson(right: int, given: int, z: float = Z90) -> tuple[float, float]:
    """The Wilson score interval of a proportion, rounded to 3 decimals."""
    p, n = right / given, given
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return round(max(0.0, mid - half), 3), round(min(1.0, mid + half), 3)


def fit(data: list[Row], min_given: int = MIN_GIVEN) -> tuple[dict, dict]:
    """(per verdict group, per class of at least ``min_given``): (right, given)."""
    verdicts: Counter = Counter()
    classes: Counter = Counter()
    for _, g, f, ok in data:
        verdicts[g, "given"] += 1
        verdicts[g, "right"] += ok
        if f is not None:
            classes[g, f, "given"] += 1
            classes[g, f, "right"] += ok
    vs = {g: (verdicts[g, "right"], verdicts[g, "given"]) for g in sorted({k[0] for k in verdicts})}
    cs = {(g, f): (classes[g, f, "right"], classes[g, f, "given"])
          for g, f in sorted({k[:2] for k in classes}) if classes[g, f, "given"] >= min_given}
    return vs, cs


def _rate(rn: tuple[int, int]) -> float:
    return (rn[0] + 0.5) / (rn[1] + 1)  # Jeffreys: never 0 or 1, so a log loss stays finite


def predict(model: tuple[dict, dict], how: str, g: str, f: str | None, const: float) -> tuple[float, tuple]:
    """The predicted chance that a verdict is right, and the (right, given) it comes from."""
    verdicts, classes = model
    if how == "constant":
        return const, ()
    if how == "class" and (g, f) in classes:
        return _rate(classes[g, f]), classes[g, f]
    if g in verdicts:
        return _rate(verdicts[g]), verdicts[g]
    return const, ()


def score(train: list[Row], test: list[Row], min_given: int = MIN_GIVEN) -> dict:
    """Brier score and log loss of each way of predicting ``test`` from ``train``, and interval coverage."""
    model = fit(train, min_given)
    const = _rate((sum(r[3] for r in train), len(train)))
    out: dict = {}
    for how in ("constant", "verdict", "class"):
        brier = loss = 0.0
        cells: dict = {}
        for _, g, f, ok in test:
            p, src = predict(model, how, g, f, const)
            brier += (p - ok) ** 2
            loss -= math.log(p if ok else 1 - p)
            cell = cells.setdefault(src, [0, 0])
            cell[0] += ok
            cell[1] += 1
        big = [(src, r, n) for src, (r, n) in cells.items() if src and n >= MIN_CELL]
        out[how] = {"brier": brier, "logloss": loss, "n": len(test), "cells": len(big),
                    "covered": sum(wilson(*src)[0] <= r / n <= wilson(*src)[1] for src, r, n in big),
                    "predicted": sum(_predicted(src, r, n) for src, r, n in big)}
    return out


def _predicted(src: tuple[int, int], right: int, given: int) -> bool:
    """Whether ``right`` of ``given`` new verdicts falls in the central 90% of what the class's record
    predicts for ``given`` new ones (beta-binomial: the record's uncertainty and the new cell's own chance)."""
    a, b = src[0] + 0.5, src[1] - src[0] + 0.5
    lpmf = [math.lgamma(given + 1) - math.lgamma(k + 1) - math.lgamma(given - k + 1) + math.lgamma(k + a)
            + math.lgamma(given - k + b) - math.lgamma(given + a + b) - math.lgamma(a) - math.lgamma(b)
            + math.lgamma(a + b) for k in range(given + 1)]
    below = sum(math.exp(v) for v in lpmf[:right])
    return below <= 0.95 and below + math.exp(lpmf[right]) >= 0.05


def out_of_sample(data: list[Row], min_given: int = MIN_GIVEN) -> dict:
    """Batch 15 from batches 8-14, and each batch left out in turn (scores summed over the batches)."""
    batches = sorted({r[0] for r in data})
    last = batches[-1]
    res = {"last": score([r for r in data if r[0] != last], [r for r in data if r[0] == last], min_given)}
    total: dict = {}
    for b in batches:
        s = score([r for r in data if r[0] != b], [r for r in data if r[0] == b], min_given)
        for how, v in s.items():
            t = total.setdefault(how, dict.fromkeys(v, 0))
            for k in v:
                t[k] += v[k]
    res["lobo"] = total
    return res


def batches_won(data: list[Row], min_given: int = MIN_GIVEN) -> tuple[int, int]:
    """(held-out batches where the class's rate scored a lower Brier than the verdict's, batches where the two
    differ at all): is the gain in every batch or in a few?"""
    won = differ = 0
    for b in sorted({r[0] for r in data}):
        s = score([r for r in data if r[0] != b], [r for r in data if r[0] == b], min_given)
        c, v = s["class"]["brier"], s["verdict"]["brier"]
        differ += abs(c - v) > 1e-12
        won += c < v - 1e-12
    return won, differ


def _cells(data: list[Row], classes: bool) -> dict:
    """Per class (or per verdict group): [(right, given)] of each batch it occurs in."""
    out: dict = {}
    for b, g, f, ok in data:
        if classes and f is None:
            continue
        cell = out.setdefault((g, f) if classes else g, {}).setdefault(b, [0, 0])
        cell[0] += ok
        cell[1] += 1
    return {k: [tuple(v) for _, v in sorted(bs.items())] for k, bs in out.items()}


def new_batch(data: list[Row], min_given: int = MIN_GIVEN) -> tuple[dict, dict, tuple[float, float]]:
    """(per verdict group, per class of at least ``min_given``): (low, high, n), the 90% range of the rate among
    ``n`` verdicts (the typical count in a batch) of a new batch; and the between-batch spreads (classes,
    verdicts) on the logit scale. The model and why: ``tests/claims_corpus/new_batch.py``."""
    verdicts, classes = fit(data, min_given)
    cc = {k: v for k, v in _cells(data, True).items() if k in classes}
    vc = _cells(data, False)
    tau = nb.fit_tau(cc), nb.fit_tau(vc)

    def one(cells: list, t: float) -> tuple[float, float, int]:
        n = nb.typical(cells)
        return (*nb.predictive(cells, t, n), n)

    return ({g: one(vc[g], tau[1]) for g in verdicts}, {k: one(cc[k], tau[0]) for k in classes}, tau)


def coverage(data: list[Row], min_given: int = MIN_GIVEN) -> dict:
    """Each batch that names measures left out in turn, everything fitted on the others: of the held-out cells
    (the verdicts that share a record, class or pooled verdict) of at least MIN_CELL verdicts, how many had their
    rate inside the Wilson 90% interval (``wilson``), inside the new-batch range ``ustflow check`` shows
    (``new_batch``, at the class's typical count) and inside the model's range for a batch of that cell's own
    count (``at_size``); over all cells (``all``) and per verdict group."""
    out: dict = {}
    for held in sorted({r[0] for r in data if r[2] is not None}):
        train = [r for r in data if r[0] != held]
        verdicts, classes = fit(train, min_given)
        cc, vc = _cells(train, True), _cells(train, False)
        tau = nb.fit_tau({k: cc[k] for k in classes}), nb.fit_tau(vc)
        cells: dict = {}
        for _, g, f, ok in (r for r in data if r[0] == held):
            cell = cells.setdefault((g, f) if (g, f) in classes else g, [0, 0])
            cell[0] += ok
            cell[1] += 1
        for key, (right, given) in cells.items():
            if given < MIN_CELL:
                continue
            pooled = isinstance(key, str)
            rn, src, t = (verdicts[key], vc[key], tau[1]) if pooled else (classes[key], cc[key], tau[0])
            rate = right / given
            hits = {"cells": True, "wilson": wilson(*rn)[0] <= rate <= wilson(*rn)[1]}
            low, high = nb.predictive(src, t, nb.typical(src))
            hits["new_batch"] = low <= rate <= high
            low, high = nb.predictive(src, t, given)
            hits["at_size"] = low <= rate <= high
            for part in ("all", key if pooled else key[0]):
                tally = out.setdefault(part, dict.fromkeys(hits, 0))
                for k, v in hits.items():
                    tally[k] += v
    return {"all": out.pop("all"), **dict(sorted(out.items()))}


def summary(oos: dict) -> dict:
    """Per way of predicting: (mean Brier, mean log loss) on the last batch and leave-one-batch-out, and
    interval coverage (cells inside, cells)."""
    out: dict = {}
    for part, s in oos.items():
        out[part] = {how: (round(v["brier"] / v["n"], 3), round(v["logloss"] / v["n"], 3), v["covered"],
                           v["predicted"], v["cells"]) for how, v in s.items()}
    return out


def render(data: list[Row]) -> str:
    """The text of ``track_record_table.py``."""
    verdicts, classes = fit(data)
    new_v, new_c, spread = new_batch(data)
    oos = summary(out_of_sample(data))
    use = all(oos[p]["class"][i] < oos[p]["verdict"][i] for p in oos for i in (0, 1))  # Brier and log loss
    batches = sorted({r[0] for r in data})
    named = sorted({r[0] for r in data if r[2] is not None})
    span, partly = partly_read()
    lines = [
        '"""The checker\'s track record per verdict class on blind batches: GENERATED by',
        "``python -m tests.claims_corpus.track_record`` from tests/claims_corpus/blind_verdicts.csv (never edit by",
        "hand; ``tests/test_check_track_record.py`` fails when it differs from the CSV). See ``track_record``.\"\"\"",
        "",
        f'BATCHES = "{batches[0]}-{batches[-1]}"',
        "#: the batches whose rows name a measure, so count in a class (batch 8's name none)",
        f'CLASS_BATCHES = "{named[0]}-{named[-1]}"',
        f"MIN_GIVEN = {MIN_GIVEN}",
        "#: the per-class rate beat the per-verdict rate out of sample (Brier and log loss, on the last batch and",
        "#: leave-one-batch-out); when False, results carry their verdict's record",
        f"USE_CLASSES = {use}",
        "#: verdict group: (right, given, low, high), the interval Wilson 90%",
        "VERDICTS: dict[str, tuple[int, int, float, float]] = {",
        *(f'    "{g}": ({r}, {n}, {wilson(r, n)[0]}, {wilson(r, n)[1]}),' for g, (r, n) in verdicts.items()),
        "}",
        f"#: (verdict group, measure family): (right, given, low, high), for classes of at least {MIN_GIVEN}",
        "CLASSES: dict[tuple[str, str], tuple[int, int, float, float]] = {",
        *(f'    ("{g}", "{f}"): ({r}, {n}, {wilson(r, n)[0]}, {wilson(r, n)[1]}),'
          for (g, f), (r, n) in classes.items()),
        "}",
        "#: out of sample, per way of predicting (a constant, the verdict's rate, the class's rate): mean Brier score,",
        "#: mean log loss, held-out cells whose rate fell inside the record's 90% interval, cells whose count fell in",
        f"#: the central 90% the record predicts for that many (beta-binomial), cells (of at least {MIN_CELL} verdicts);",
        f"#: 'last': batch {batches[-1]} from batches {batches[0]}-{batches[-2]}, 'lobo': each batch left out in turn",
        "OUT_OF_SAMPLE: dict[str, dict[str, tuple[float, float, int, int, int]]] = {",
        *(line for p, s in oos.items()
          for line in (f'    "{p}": {{', *(f'        "{h}": {v},' for h, v in s.items()), "    },")),
        "}",
        "#: (held-out batches where the class's rate had the lower Brier score, batches where the two differ:",
        "#: batch 8's rows name no measure, so there the two are the same)",
        f"BATCHES_WON = {batches_won(data)}",
        "#: what ustflow check shows: the 90% range of the rate a NEW batch will show among n verdicts of the record",
        "#: (n: its typical count in a batch), from a binomial-logit-normal model of the batches",
        "#: (tests/claims_corpus/new_batch.py); the between-batch spread (logit scale) of the classes, the verdicts",
        f"NEW_BATCH_SPREAD = {spread}",
        "NEW_BATCH_VERDICTS: dict[str, tuple[float, float, int]] = {",
        *(f'    "{g}": {v},' for g, v in new_v.items()),
        "}",
        "#: (low, high, n) per class",
        "NEW_BATCH_CLASSES: dict[tuple[str, str], tuple[float, float, int]] = {",
        *(f'    ("{g}", "{f}"): {v},' for (g, f), v in new_c.items()),
        "}",
        f"#: each of batches {named[0]}-{named[-1]} left out in turn, all fitted on the others: held-out cells of at least",
        f"#: {MIN_CELL} verdicts, those whose rate fell inside the Wilson 90% interval, inside the new-batch range shown,",
        "#: and inside the model's range for a batch of the cell's own count; over all cells and per verdict group",
        "NEW_BATCH_COVERAGE: dict[str, dict[str, int]] = {",
        *(f'    "{part}": {{' + ", ".join(f'"{k}": {v}' for k, v in tally.items()) + "},"
          for part, tally in coverage(data).items()),
        "}",
        "#: the readers of the languages read in part (Chinese, Korean, Spanish, Portuguese, German; written in session",
        f"#: 33 from batch 26's articles) on the blind batches measured after they were written ({PARTLY_READ_FROM} on):",
        "#: the batches counted; (right, given) of their 'contradicted' verdicts, and (true claims called contradicted,",
        "#: true claims); ``language.caution`` prints them (``partly_read``)",
        f'PARTLY_READ_BATCHES = "{span}"',
        "PARTLY_READ_RECORD: dict[str, tuple[int, int]] = {",
        *(f'    "{k}": {v},' for k, v in partly.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def markdown(verdicts: dict, classes: dict, new_v: dict, new_c: dict) -> str:
    """The README's table: a row per measure family, a column per verdict (``right/given rate (new-batch 90%
    range)``; a blank cell is a class of fewer than MIN_GIVEN, pooled to its verdict), and the verdicts' own rows."""
    from ustflow.check.verdict_classes import FAMILY_NAMES, GROUPS

    def cell(rn: tuple[int, int] | None, new: tuple[float, float, int] | None) -> str:
        if rn is None or new is None:
            return ""
        return f"{rn[0]}/{rn[1]} {rn[0] / rn[1]:.0%} ({new[0] * 100:.0f}-{new[1]:.0%})"

    out = ["| figure | " + " | ".join(GROUPS.values()) + " |", "| --- |" + " --- |" * len(GROUPS)]
    for f, name in FAMILY_NAMES.items():
        out.append(f"| {name} | " + " | ".join(cell(classes.get((g, f)), new_c.get((g, f))) for g in GROUPS) + " |")
    out.append("| **any figure** (the verdict's record) | "
               + " | ".join(cell(verdicts.get(g), new_v.get(g)) for g in GROUPS) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the checked-in table is stale")
    ap.add_argument("--oos", action="store_true", help="print the out-of-sample comparison")
    ap.add_argument("--readme", action="store_true", help="print the README's table of classes")
    ap.add_argument("--partly-read", action="store_true",
                    help="print the record of the readers of the languages read in part")
    args = ap.parse_args(argv)
    data = rows()
    if args.oos:
        for n in (10, 20, 40):
            print(f"classes of at least {n}:", summary(out_of_sample(data, n)))
        print("new-batch ranges, each batch left out:", coverage(data))
        return 0
    if args.partly_read:
        print("batches", *partly_read())
        return 0
    if args.readme:
        print(markdown(*fit(data), *new_batch(data)[:2]))
        return 0
    return write_or_check(TABLE, render(data), args.check, "track_record")


if __name__ == "__main__":
    sys.exit(main())
