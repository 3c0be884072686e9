"""Where the suite's time goes: CPU seconds per test, the measure a busy machine disturbs least.

    USTFLOW_TEST_CPU=/tmp/t .venv/bin/pytest -q -n 2      # each worker writes /tmp/t-<worker>.json
    python -m tests.cputime /tmp/t                          # modules and tests by CPU, and by idle time,
                                                            # and when each worker started and ended

Each test is charged the CPU of its process and of the child processes it waited for (subprocess
CLIs, parse workers, chromium when its fixture closes) from its setup to its teardown, beside its
wall time; wall minus CPU is time the worker sat waiting (timeouts, sleeps, servers). A fixture
shared by a module or a session is charged to the first test that asks for it.
"""

from __future__ import annotations

import collections
import glob
import json
import sys


def cpu_seconds() -> float:
    import resource

    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def _load(prefix: str) -> tuple[dict[str, list[float]], dict[str, dict]]:
    """Every test's [cpu, wall(, start)], and per process file {"session": [loaded, finished], "tests"}."""
    rec: dict[str, list[float]] = {}
    files: dict[str, dict] = {}
    for path in sorted(glob.glob(f"{prefix}-*.json")):
        with open(path) as fh:
            data = json.load(fh)
        if "tests" not in data:  # written before the session times were kept
            data = {"session": None, "tests": data}
        files[path[len(prefix) + 1:-len(".json")]] = data
        rec.update(data["tests"])
    return rec, files


def timeline(files: dict[str, dict]) -> list[str]:
    """When each worker read conftest, ran its first test, finished its last, and its last tests:
    a worker that ends long before the other waited for it (a long test started late)."""
    t0 = min([d["session"][0] for d in files.values() if d["session"]], default=None)
    if t0 is None:
        return []
    lines = ["", "seconds from the first process's start: conftest read, first test, last test ended, "
             "session ended; busy = sum of test walls"]
    for name, d in files.items():
        loaded, finished = d["session"]
        tests = sorted(((v[2], v[1], k) for k, v in d["tests"].items() if len(v) > 2))
        if not tests:
            lines.append(f"  {name:10s} {loaded - t0:6.1f} {'':>6s} {'':>6s} {finished - t0:6.1f}")
            continue
        end = max(s + w for s, w, _ in tests)
        lines.append(f"  {name:10s} {loaded - t0:6.1f} {tests[0][0] - t0:6.1f} {end - t0:6.1f} "
                     f"{finished - t0:6.1f}  busy {sum(w for _, w, _ in tests):6.1f}  last: "
                     + ", ".join(f"{k.split('::')[-1][:50]} ({w:.1f} s)" for _, w, k in tests[-3:]))
    return lines


def report(prefix: str, top: int = 30) -> str:
    rec, files = _load(prefix)
    lines = [f"{len(rec)} tests: {sum(v[0] for v in rec.values()):.0f} s CPU, "
             f"{sum(v[1] for v in rec.values()):.0f} s wall (summed over the workers)", "",
             "   CPU s  wall s  tests  module"]
    mods: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for nodeid, (cpu, wall, *_) in rec.items():
        m = mods[nodeid.split("::")[0]]
        m[0], m[1], m[2] = m[0] + cpu, m[1] + wall, m[2] + 1
    for name, (cpu, wall, n) in sorted(mods.items(), key=lambda kv: -kv[1][0])[:top]:
        lines.append(f"{cpu:8.1f} {wall:7.1f} {n:6d}  {name}")
    lines += ["", "   CPU s  wall s  test (by CPU)"]
    lines += [f"{c:8.1f} {w:7.1f}  {k}" for k, (c, w, *_) in sorted(rec.items(), key=lambda kv: -kv[1][0])[:top]]
    lines += ["", "   CPU s  wall s  test (by time waiting: wall - CPU)"]
    lines += [f"{c:8.1f} {w:7.1f}  {k}" for k, (c, w, *_) in
              sorted(rec.items(), key=lambda kv: kv[1][0] - kv[1][1])[:top]]
    return "\n".join(lines + timeline(files))


if __name__ == "__main__":
    print(report(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30))
