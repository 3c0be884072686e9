"""`make eval-check`: ustflow's checker against the labelled corpus of real articles.

    python -m tests.claims_corpus.evaluate [--min 0.95] [--json artifacts/eval-check.json] [--cli] [--dev-only]

Runs the checker on every article excerpt twice where it can: with ``--date <publication date>``
(the main measure) and, for articles whose text carries a full dateline, without a date (so date
inference is measured). Matches the checker's claims to the labelled ones, then prints accuracy
overall, per category and for the hold-out articles, a confusion matrix, every miss and the extra
(unlabelled) claims the checker reported. The articles added in the latest session (``added`` in
their TOML) are also scored on their own: the hold-out ones among them are the fresh blind batch.
``--dev-only`` is for whoever tunes the checker: it withholds the hold-out articles entirely (their misses,
extras, log lines, and their counts too: every figure printed or written is on the development articles only,
so that no one can steer by the blind batch's score). Exit status 1 when the main run is under ``--min``, a
unit trap is missed, or more than 2% of true claims are called contradicted.

What the harness needs from the checker (keep this list short; see README.md): a list of dicts
with ``text`` (the sentence), ``claim`` (the figure or phrase), ``verdict``, ``official_value``,
``official_unit`` and ``official_period`` (falling back to ``period``). Nothing else is read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

# the labels are as of 2026-12-01: the checker's "today" (the latest a yearless dateline can be) is held there
os.environ.setdefault("USTFLOW_TODAY", "2026-12-01")

from tests.claims_corpus.match import match_claims, near_period, same_period, same_value

HERE = Path(__file__).resolve().parent
CLAIMS = HERE / "claims.jsonl"
ARTICLES = HERE / "articles"
PRIMARY = ["level", "change", "rank/superlative", "streak", "period resolution", "unit trap", "unverifiable"]
VERDICTS = ["supported", "contradicted", "unverifiable", "(not extracted)"]


def load_labels() -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = defaultdict(list)
    for line in CLAIMS.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        by_article[r["article"]].append(r)
    return by_article


def run_checker(path: Path, date: str | None, cli: bool) -> list[dict]:
    if cli:
        cmd = [str(Path(sys.executable).parent / "ustflow"), "check", str(path), "--format", "json"]
        if date:
            cmd += ["--date", date]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise RuntimeError(f"ustflow check {path.name} failed: {out.stderr.strip()[-400:]}")
        return json.loads(out.stdout or "[]")
    from ustflow.views.check import check_text

    return check_text(path.read_text(encoding="utf-8"), date=date, store=_store_data())


_DATA = None


def _store_data():
    global _DATA
    if _DATA is None:
        from ustflow.views.check import StoreData

        _DATA = StoreData()
    return _DATA


def grade(label: dict, got: dict | None) -> dict:
    """One labelled claim against the checker's matched claim (or None)."""
    res = {"article": label["article"], "figure": label["figure"], "expected": label["accept"],
           "categories": label["categories"], "holdout": label["holdout"], "added": label.get("added"),
           "batch": label.get("batch"), "blind_until": label.get("blind_until"),
           "expected_value": label["official_value"], "expected_unit": label["official_unit"],
           "expected_period": label["period"]}
    if got is None:
        if label.get("optional"):  # outside the checker's domain (a stock index, reserves): leaving it out is right
            return res | {"got": "(not extracted)", "correct": True, "why": "optional"}
        return res | {"got": "(not extracted)", "correct": False, "why": "not extracted"}
    verdict = got.get("verdict")
    res |= {"got": verdict, "got_claim": got.get("claim"), "got_value": got.get("official_value"),
            "got_unit": got.get("official_unit"), "got_period": got.get("official_period") or got.get("period"),
            "flags": got.get("flags") or [], "got_measure": got.get("measure"), "got_kind": got.get("kind"),
            "period_source": got.get("period_source"), "subject_source": got.get("subject_source"),
            "got_claimed": got.get("claimed_value")}
    if verdict not in label["accept"]:
        return res | {"correct": False, "why": "verdict"}
    if verdict == "unverifiable" or label["official_value"] is None:
        return res | {"correct": True, "why": ""}
    # rank / count / "since" labels: the checker reports the underlying value, so only the period is compared
    derived = label["official_unit"] in ("rank", "count", "period")
    fx = (got.get("conversion") or {}).get("fx_rate") if isinstance(got.get("conversion"), dict) else None
    if not derived and not same_value(label["official_value"], label["official_unit"], got.get("official_value"),
                                      got.get("official_unit"), fx):
        return res | {"correct": False, "why": "official value"}
    period_ok = near_period if derived else same_period
    if label["period"] and not any(period_ok(p, res["got_period"]) for p in [label["period"], *label.get("periods_ok", [])]):
        return res | {"correct": False, "why": "period"}
    return res | {"correct": True, "why": ""}


class _Withheld:
    """A logging filter that, while a hold-out article runs under ``--dev-only``, drops the checker's log
    records (a rule's traceback quotes the claim) and counts them: blind articles stay unread."""

    def __init__(self) -> None:
        self.active, self.count = False, 0

    def filter(self, record) -> bool:
        if self.active:
            self.count += 1
            return False
        return True


def evaluate(cli: bool = False, no_date: bool = True, dev_only: bool = False, batches: set[int] | None = None,
             languages: set[str] | None = None) -> dict:
    """The checker on the labelled corpus; ``batches`` / ``languages`` (the tomls' ``language``) keep only those
    articles, for a quick measure while a rule is written (the figures then cover only them)."""
    import logging

    withheld = _Withheld()
    logging.getLogger("ustflow.check").addFilter(withheld)
    try:
        out = _evaluate(cli, no_date, dev_only, withheld, batches, languages)
    finally:
        logging.getLogger("ustflow.check").removeFilter(withheld)
    if withheld.count:
        print(f"{withheld.count} checker error(s) on hold-out articles, text withheld (--dev-only)", file=sys.stderr)
    return out


def _language(art: str) -> str:
    import tomllib

    return tomllib.loads((ARTICLES / f"{art}.toml").read_text(encoding="utf-8")).get("language", "en")


def _evaluate(cli: bool, no_date: bool, dev_only: bool, withheld: _Withheld, batches: set[int] | None = None,
              languages: set[str] | None = None) -> dict:
    labels = load_labels()
    if batches:
        labels = {a: items for a, items in labels.items() if items[0].get("batch") in batches}
    if languages:
        labels = {a: items for a, items in labels.items() if _language(a) in languages}
    runs: dict[str, list[dict]] = {"with --date": [], "without --date (dateline)": []}
    extras: dict[str, list[dict]] = {"with --date": [], "without --date (dateline)": []}
    for art, items in sorted(labels.items()):
        path = ARTICLES / f"{art}.txt"
        modes = [("with --date", items[0]["date"])]
        if no_date and items[0]["dateline"]:
            modes.append(("without --date (dateline)", None))
        withheld.active = dev_only and bool(items[0]["holdout"])
        for mode, date in modes:
            try:
                results = run_checker(path, date, cli)
            except Exception as e:  # a crash on one article is a miss on all its claims, not the end of the run
                where = "a hold-out article" if withheld.active else art
                print(f"checker failed on {where} ({mode}): {type(e).__name__}"
                      + ("" if withheld.active else f": {e}"), file=sys.stderr)
                results = []
            pairs, extra = match_claims(items, results)
            for lab, got in pairs:
                runs[mode].append(grade(lab, got) | {"sentence": lab["sentence"]})
            extras[mode] += [{"article": art, "claim": r.get("claim"), "verdict": r.get("verdict"),
                              "holdout": items[0]["holdout"], "text": (r.get("text") or "")[:120]} for r in extra]
    return {"runs": runs, "extras": extras, "articles": len(labels)}


def summarize(graded: list[dict]) -> dict:
    n = len(graded)
    ok = sum(g["correct"] for g in graded)
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g in graded:
        for c in set(g["categories"]):
            cats[c][0] += g["correct"]
            cats[c][1] += 1
    conf = Counter((g["expected"][0], g["got"]) for g in graded)
    true_claims = [g for g in graded if g["expected"] == ["supported"]]
    true_contra = sum(g["got"] == "contradicted" for g in true_claims)
    traps = [g for g in graded if "unit trap" in g["categories"]]
    hold = [g for g in graded if g["holdout"]]
    former = [g for g in graded if g.get("blind_until")]
    batches = _batches(graded)
    latest = batches[0]["label"] if batches else None
    fresh = [g for g in graded if batches and _batch_key(g) == batches[0]["key"]]
    return {"n": n, "correct": ok, "accuracy": ok / n if n else 0.0, "categories": dict(cats),
            "confusion": {f"{a} -> {b}": v for (a, b), v in sorted(conf.items())},
            "true_claims": len(true_claims), "true_called_contradicted": true_contra,
            "unit_traps": len(traps), "unit_traps_caught": sum(g["correct"] for g in traps),
            "holdout_n": len(hold), "holdout_correct": sum(g["correct"] for g in hold),
            "former_holdout_n": len(former), "former_holdout_correct": sum(g["correct"] for g in former),
            "former_holdout_since": sorted({str(g["blind_until"]) for g in former}),
            "latest_added": latest,
            "fresh_holdout_n": sum(g["holdout"] for g in fresh),
            "fresh_holdout_correct": sum(g["correct"] for g in fresh if g["holdout"]),
            "fresh_dev_n": sum(not g["holdout"] for g in fresh),
            "fresh_dev_correct": sum(g["correct"] for g in fresh if not g["holdout"]),
            "batches": [{k: v for k, v in b.items() if k != "key"} for b in batches]}


def _batch_key(g: dict) -> tuple[str, int] | None:
    """Which session batch a claim's article belongs to: its ``added`` date, and its ``batch`` number when
    several sessions added articles on the same day."""
    return (str(g["added"]), int(g.get("batch") or 0)) if g.get("added") else None


def _batches(graded: list[dict]) -> list[dict]:
    """Per-batch counts, newest batch first (the first is "the fresh batch")."""
    out = []
    for key in sorted({k for k in map(_batch_key, graded) if k}, reverse=True):
        gs = [g for g in graded if _batch_key(g) == key]
        out.append({"key": key, "label": (f"batch {key[1]}, added {key[0]}" if key[1] else f"added {key[0]}"),
                    "holdout_n": sum(g["holdout"] for g in gs),
                    "holdout_correct": sum(g["correct"] for g in gs if g["holdout"]),
                    "dev_n": sum(not g["holdout"] for g in gs),
                    "dev_correct": sum(g["correct"] for g in gs if not g["holdout"]),
                    "former_n": sum(bool(g.get("blind_until")) for g in gs),
                    "former_correct": sum(g["correct"] for g in gs if g.get("blind_until"))})
    return out


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"


def print_report(ev: dict, show_misses: bool = True, dev_only: bool = False) -> dict:
    sums = {}
    for mode, graded in ev["runs"].items():
        if not graded:
            continue
        s = sums[mode] = summarize(graded)
        print(f"\n=== {mode}: {s['n']} labelled claims" + (f" in {ev['articles']} articles" if mode == "with --date" else ""))
        print(f"accuracy {_pct(s['correct'], s['n'])}   hold-out {_pct(s['holdout_correct'], s['holdout_n'])}")
        if s["former_holdout_n"]:  # so that nobody reads today's figure on them as a blind one
            print(f"former hold-out, development articles since {', '.join(s['former_holdout_since'])} "
                  f"(NOT blind: their blind figures are in README's 'Blind measurements'): "
                  f"{_pct(s['former_holdout_correct'], s['former_holdout_n'])}")
        for i, b in enumerate(s["batches"]):  # the newest batch first: the fresh blind batch, if it still is one
            former = (f" (of which former hold-out, now development, not blind: "
                      f"{_pct(b['former_correct'], b['former_n'])})" if b["former_n"] else "")
            # a newest batch with no hold-out left (opened, or none added yet) is not fresh: nothing on it is blind
            word = "earlier" if i else "fresh" if b["holdout_n"] else "newest (opened, not blind)"
            print(f"{word} batch ({b['label']}): blind hold-out "
                  f"{_pct(b['holdout_correct'], b['holdout_n'])}   "
                  f"not hold-out {_pct(b['dev_correct'], b['dev_n'])}{former}")
        print(f"true claims called contradicted: {_pct(s['true_called_contradicted'], s['true_claims'])} (goal <= 2%)")
        print(f"unit traps caught: {s['unit_traps_caught']}/{s['unit_traps']}")
        print("\nper category (a claim counts in each of its categories):")
        order = PRIMARY + sorted(c for c in s["categories"] if c not in PRIMARY)
        for c in order:
            if c in s["categories"]:
                a, b = s["categories"][c]
                print(f"  {c:<20} {_pct(a, b)}")
        print("\nconfusion (expected = first accepted verdict; rows expected, columns got):")
        print("  " + " " * 14 + "".join(f"{v[:14]:>16}" for v in VERDICTS))
        for e in VERDICTS[:3]:
            row = [s["confusion"].get(f"{e} -> {g}", 0) for g in VERDICTS]
            print(f"  {e:<14}" + "".join(f"{x:>16}" for x in row))
        if show_misses:
            misses = [g for g in graded if not g["correct"]]
            hidden = [g for g in misses if dev_only and g["holdout"]]
            misses = [g for g in misses if g not in hidden]
            print(f"\nmisses ({len(misses)}" + (f"; {len(hidden)} on hold-out articles not shown (--dev-only)"
                                               if dev_only else "") + "):")
            for g in misses:
                exp_v = f"{g['expected_value']} {g['expected_unit'] or ''} {g['expected_period'] or ''}".strip()
                got_v = f"{g.get('got_value')} {g.get('got_unit') or ''} {g.get('got_period') or ''}".strip()
                print(f"  [{g['article']}] {g['figure']!r}: expected {'/'.join(g['expected'])} ({exp_v}); "
                      f"got {g['got']} ({got_v}) [{g['why']}]")
        extra = [x for x in ev["extras"][mode] if not (dev_only and x.get("holdout"))]
        print(f"\nextra claims reported by the checker, not labelled ({len(extra)}):")
        for x in extra[:40 if show_misses else 0]:
            print(f"  [{x['article']}] {x['claim']!r}: {x['verdict']}")
        if len(extra) > 40 and show_misses:
            print(f"  ... {len(extra) - 40} more")
    return sums


def withhold_holdout(ev: dict) -> tuple[dict, int]:
    """The evaluation without the hold-out articles' claims and extras (for ``--dev-only``), and how many
    labelled claims were withheld (in the main run)."""
    runs = {m: [g for g in gs if not g["holdout"]] for m, gs in ev["runs"].items()}
    extras = {m: [x for x in xs if not x.get("holdout")] for m, xs in ev["extras"].items()}
    main_run = next(iter(ev["runs"]), None)
    n = len(ev["runs"][main_run]) - len(runs[main_run]) if main_run else 0
    return {**ev, "runs": runs, "extras": extras}, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Measure ustflow check on the labelled corpus of real articles")
    ap.add_argument("--min", type=float, default=0.95, help="accuracy the main run must reach (default 0.95)")
    ap.add_argument("--json", help="also write the full result to this file")
    ap.add_argument("--cli", action="store_true", help="run `ustflow check --format json` per article "
                    "instead of the in-process API (slower; the same checker)")
    ap.add_argument("--quiet", action="store_true", help="no list of misses and extras")
    ap.add_argument("--dev-only", "--hide-holdout", dest="dev_only", action="store_true",
                    help="withhold the hold-out articles: their misses, extras, log lines and counts (every figure "
                         "printed or written in --json is on the development articles only)")
    ap.add_argument("--batch", type=int, action="append", help="only this batch's articles (repeatable)")
    ap.add_argument("--language", action="append", help="only articles in this language, by the tomls' code: en, ja, "
                    "zh, ko, es, pt, de (repeatable)")
    args = ap.parse_args(argv)
    ev = evaluate(cli=args.cli, dev_only=args.dev_only, batches=set(args.batch or ()),
                  languages=set(args.language or ()))
    if args.dev_only:
        ev, n = withhold_holdout(ev)
        print(f"--dev-only: {n} labelled claims of hold-out articles withheld (not run through the report, "
              f"not counted in any figure below)")
    sums = print_report(ev, show_misses=not args.quiet, dev_only=args.dev_only)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"summary": sums, **ev}, indent=1, default=str, sort_keys=True), encoding="utf-8")
    main_run = sums.get("with --date")
    fails = []
    if main_run["accuracy"] < args.min:
        fails.append(f"accuracy {main_run['accuracy']:.1%} < {args.min:.0%}")
    if main_run["unit_traps_caught"] < main_run["unit_traps"]:
        fails.append("unit traps missed")
    if main_run["true_claims"] and main_run["true_called_contradicted"] / main_run["true_claims"] > 0.02:
        fails.append("more than 2% of true claims called contradicted")
    print("\neval-check: " + ("PASS" if not fails else "FAIL: " + "; ".join(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
