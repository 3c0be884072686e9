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
             "(tests/test_faults.py, tests/test_crash.py, tests/test_fuzz.py and the server tests); "
             "not written by hand.", ""]
    lost = sum(1 for f in faults if f.get("data_lost")) + sum(1 for c in crash if c.get("state") == "MIXED")
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
              f"- Data lost: {'nothing' if lost == 0 else f'{lost} cases - see below'}.", ""]
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
    Path(out).write_text("\n".join(lines))
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
