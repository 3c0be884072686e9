"""Where the suite's time goes: CPU seconds per test, the measure a busy machine disturbs least.

    USTFLOW_TEST_CPU=/tmp/t .venv/bin/pytest -q -n 2      # each worker writes /tmp/t-<worker>.json
    python -m tests.cputime /tmp/t                          # modules and tests by CPU, and by idle time

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


def report(prefix: str, top: int = 30) -> str:
    rec: dict[str, list[float]] = {}
    for path in sorted(glob.glob(f"{prefix}-*.json")):
        with open(path) as fh:
            rec.update(json.load(fh))
    lines = [f"{len(rec)} tests: {sum(v[0] for v in rec.values()):.0f} s CPU, "
             f"{sum(v[1] for v in rec.values()):.0f} s wall (summed over the workers)", "",
             "   CPU s  wall s  tests  module"]
    mods: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for nodeid, (cpu, wall) in rec.items():
        m = mods[nodeid.split("::")[0]]
        m[0], m[1], m[2] = m[0] + cpu, m[1] + wall, m[2] + 1
    for name, (cpu, wall, n) in sorted(mods.items(), key=lambda kv: -kv[1][0])[:top]:
        lines.append(f"{cpu:8.1f} {wall:7.1f} {n:6d}  {name}")
    lines += ["", "   CPU s  wall s  test (by CPU)"]
    lines += [f"{c:8.1f} {w:7.1f}  {k}" for k, (c, w) in sorted(rec.items(), key=lambda kv: -kv[1][0])[:top]]
    lines += ["", "   CPU s  wall s  test (by time waiting: wall - CPU)"]
    lines += [f"{c:8.1f} {w:7.1f}  {k}" for k, (c, w) in
              sorted(rec.items(), key=lambda kv: kv[1][0] - kv[1][1])[:top]]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30))
