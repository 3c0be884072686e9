"""Write RELIABILITY.md from the records the reliability tests left in artifacts/reliability/.

Run by `make test` after the suite; never edited by hand. Usage: python -m tests.reliability_report [OUT]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from tests.reliability import OUT


def _load(name: str) -> list[dict]:
    path = OUT / f"{name}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def main(out: str = "RELIABILITY.md") -> None:
    faults, crash, fuzz = _load("faults"), _load("crash"), _load("fuzz")
    schema, server = _load("schemathesis"), _load("server")
    lines = ["# Reliability", "",
             f"Generated from the test run of {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by `make test` "
             "(tests/test_faults.py, test_crash.py, test_concurrency.py, test_validation.py, test_loads.py, "
             "test_alerts_delivery.py, test_fuzz.py and the server tests); "
             "not written by hand.", ""]
    conc = _load("concurrency")
    lost = sum(1 for f in faults if f.get("data_lost")) + sum(1 for c in crash if c.get("state") == "MIXED")
    lost += sum(1 for r in conc if not r["same_as_sequential"])
    lines += ["## Summary", "",
              f"- Faults injected: {len(faults)} ({len({f['fault'] for f in faults})} kinds, "
              f"{len({f['source'] for f in faults})} sources); contained: "
              f"{sum(1 for f in faults if not f.get('data_lost') and f.get('others_loaded'))}.",
              f"- Update processes killed with SIGKILL: {len(crash)}; store left before: "
              f"{sum(1 for c in crash if c['state'] == 'before')}, after: "
              f"{sum(1 for c in crash if c['state'] == 'after')}, mixed: "
              f"{sum(1 for c in crash if c['state'] == 'MIXED')}; recovered by the next update: "
              f"{sum(1 for c in crash if c.get('recovered'))}.",
              f"- Fuzz examples run: {sum(f['examples'] for f in fuzz):,} over {len(fuzz)} parsers "
              f"(parsed: {sum(f['parsed'] for f in fuzz):,}; ParseError: {sum(f['parse_error'] for f in fuzz):,}; "
              "any other exception: 0, or the suite would have failed).",
              f"- Schemathesis cases against the OpenAPI document: "
              f"{sum(s.get('cases', 0) for s in schema):,}" + ("" if schema else " (not recorded in this run)") + ".",
              *_new_summary(), f"- Data lost: {'nothing' if lost == 0 else f'{lost} cases - see below'}.", ""]
    lines += _concurrency() + _validation() + _forgotten() + _alerts()
    if faults:
        lines += ["## Faults (one source misbehaves; the other sources update in the same run)", "",
                  "| fault | source | outcome | seconds | message | others loaded | data lost |",
                  "|---|---|---|---|---|---|---|"]
        for f in sorted(faults, key=lambda f: (f["fault"], f["source"])):
            msg = f["message"].replace("|", "/")
            msg = msg if len(msg) <= 140 else msg[:137] + "..."
            lines.append(f"| {f['fault']} | {f['source']} | {f['outcome']} | {f['seconds']} | {msg} | "
                         f"{'yes' if f['others_loaded'] else 'NO'} | {'YES' if f['data_lost'] else 'no'} |")
        lines.append("")
    if crash:
        states = Counter(c["state"] for c in crash)
        lines += ["## Crash safety (SIGKILL at a random moment of an update)", "",
                  f"{len(crash)} runs; states found after the kill: {dict(states)}. "
                  f"Killed before finishing: {sum(1 for c in crash if c['exit_code'] == -9)}.", "",
                  "| run | kill after (s) | exit code | store state | next update recovered | leftover temp files |",
                  "|---|---|---|---|---|---|"]
        for c in sorted(crash, key=lambda c: c["run"]):
            lines.append(f"| {c['run']} | {c['delay_s']} | {c['exit_code']} | {c['state']} | "
                         f"{'yes' if c['recovered'] else 'NO'} | {len(c['leftovers'])} |")
        lines.append("")
    if fuzz:
        lines += ["## Fuzzing (hypothesis mutations of the real files)", "",
                  "| source | file | bytes fuzzed | examples | parsed | ParseError |", "|---|---|---|---|---|---|"]
        for f in sorted(fuzz, key=lambda f: f["source"]):
            lines.append(f"| {f['source']} | {f['file']} | {f['bytes']:,} | {f['examples']} | {f['parsed']} | "
                         f"{f['parse_error']} |")
        lines.append("")
    if schema:
        lines += ["## Server (schemathesis)", ""]
        for s in schema:
            lines.append(f"- {s.get('summary', json.dumps(s))}")
        lines.append("")
    if server:
        lines += ["## Server (security checks, tests/test_web_security.py)", "", "| check | requests | outcome |",
                  "|---|---|---|"]
        for s in server:
            lines.append(f"| {s['check']} | {s['requests']:,} | {s['outcome'].replace('|', '/')} |")
        lines.append("")
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text("\n".join(lines))
    print(f"wrote {out}", file=sys.stderr)


def _new_summary() -> list[str]:
    conc, val, forg, alerts = _load("concurrency"), _load("validation"), _load("forget"), _load("alerts")
    out = []
    if conc:
        good = sum(1 for r in conc if r["same_as_sequential"] and r["invariants_hold"] and not r["problems"])
        out.append(f"- Concurrent writers: {len(conc)} rounds, {sum(r['processes'] for r in conc):,} `ustflow` "
                   f"processes (update, import, watch) on one home; rounds with all data present, invariants "
                   f"holding and every report truthful: {good} of {len(conc)}.")
    if val:
        rejected = sum(1 for v in val if v["exit_code"] != 0 and v["line"] and v["store_unchanged"])
        out.append(f"- Bad files tried: {len(val)} ({len({v['kind'] for v in val})} kinds, "
                   f"{len({v['file'] for v in val})} files); rejected with file and line, store unchanged, other "
                   f"sources loaded: {rejected}.")
    if forg:
        out.append(f"- Loads forgotten: {len(forg)}; store afterwards as expected: "
                   f"{sum(1 for f in forg if f.get('as_expected', True))}.")
    if alerts:
        out.append(f"- Alert deliveries under a trickling or killed receiver: {len(alerts)} cases; duplicates: "
                   f"{sum(a['duplicates'] for a in alerts)}.")
    return out


def _concurrency() -> list[str]:
    conc, total = _load("concurrency"), _load("concurrency_total")
    if not conc:
        return []
    lines = ["## Concurrent writers (tests/test_concurrency.py)", "",
             "N `ustflow` processes on one home, started 0-0.5 s apart (forked from a warm launcher; `exec` "
             "rows start `python -m ustflow`), each round checked against the same commands run one after "
             "another: store content (every table, every row), the store's invariants, and each process's "
             "own report (each new file loaded by exactly one process; the others say another update loaded "
             "it, and whether they waited)."]
    if total:
        t = total[-1]
        lines.append(f"Whole stress run: {t['rounds']} rounds, {t['processes']:,} processes, {t['seconds']} s "
                     "wall time (two launchers at a time).")
    lines += ["", "| processes | home | start | rounds | all data present | invariants hold | reports truthful | "
                  "rounds where a process waited | median round (s) |", "|---|---|---|---|---|---|---|---|---|"]
    groups: dict[tuple, list[dict]] = {}
    for r in conc:
        groups.setdefault((r["kind"], r["home"], r["exec"]), []).append(r)
    for (kind, home, exe), rs in sorted(groups.items()):
        secs = sorted(r["seconds"] for r in rs)
        lines.append(f"| {kind} | {home} | {'exec' if exe else 'fork'} | {len(rs)} | "
                     f"{sum(r['same_as_sequential'] for r in rs)} | {sum(r['invariants_hold'] for r in rs)} | "
                     f"{sum(not r['problems'] for r in rs)} | {sum(r['waited'] > 0 for r in rs)} | "
                     f"{secs[len(secs) // 2]} |")
    return lines + [""]


def _validation() -> list[str]:
    from ustflow.validate import RULES

    val = _load("validation")
    lines = ["## Validation rules (ustflow/validate/rules.py)", "",
             "A file that breaks a rule is rejected whole: its source fails with file, line and rule; the store "
             "keeps what it had; the other sources still load.", "",
             "| rule | applies to | checks | why |", "|---|---|---|---|"]
    for r in RULES:
        lines.append(f"| {r.id} | {r.applies_to} | {r.check} | {r.reason} |".replace("\n", " "))
    lines.append("")
    if val:
        lines += ["## Bad files tried (tests/test_validation.py: a real file with one thing altered)", "",
                  "| kind | file | exit code | line | rule (or the parser) | store unchanged | other source loaded |",
                  "|---|---|---|---|---|---|---|"]
        for v in sorted(val, key=lambda v: (v["kind"], v["file"])):
            lines.append(f"| {v['kind']} | {v['file']} | {v['exit_code']} | {v['line']} | {v['rule']} | "
                         f"{'yes' if v['store_unchanged'] else 'NO'} | {'yes' if v['others_loaded'] else 'NO'} |")
        lines.append("")
    return lines


def _forgotten() -> list[str]:
    forg = _load("forget")
    if not forg:
        return []
    lines = ["## Loads forgotten (`ustflow forget`, tests/test_loads.py)", "",
             "| case | values removed | values kept (in the next vintage) | store afterwards | update loads it again | "
             "import loads it again |", "|---|---|---|---|---|---|"]
    for f in forg:
        yn = {True: "yes", False: "no", None: "-"}
        lines.append(f"| {f['case']} | {f['rows_removed']:,} | {f['rows_kept']:,} | {f['store_after']} | "
                     f"{yn[f['reloaded_by_update']]} | {yn[f['reloaded_by_import']]} |")
    return lines + [""]


def _alerts() -> list[str]:
    alerts = _load("alerts")
    if not alerts:
        return []
    lines = ["## Alert delivery (tests/test_alerts_delivery.py, real listeners on 127.0.0.1)", "",
             "| case | first run exit | other channels | slow channel | next run exit | duplicates |",
             "|---|---|---|---|---|---|"]
    for a in alerts:
        lines.append(f"| {a['case']} | {a['first_run_exit']} | {a['other_channels']} | {a['slow_channel']} | "
                     f"{a['second_run_exit']} | {a['duplicates']} |")
    return lines + [""]


if __name__ == "__main__":
    main(*sys.argv[1:])
