"""Commands: every command of issue 16's table as a ratio to `python -c "import pandas, duckdb"` in the same run.

The floor for a pandas tool is that import: a command that reads a few thousand rows from DuckDB should
cost little more. Each command runs on a store loaded from the mirror, output to a pipe (80 columns),
as the installed `ustflow` script with its bytecode compiled (as `pip install` leaves it). Results
computed from the store are kept per store version (``ustflow.cache``), so each command is run once
before it is timed: the median is what a user sees from the second run on after an update; the first
run (``cold``, caches empty) is reported beside it. The import baseline is timed between the commands
too, and its median over the whole run is the denominator, so a noisy minute does not pick a side.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# (arguments, target ratio), as in issue 16
COMMANDS: list[tuple[list[str], float]] = [
    (["show", "tic.holdings.japan"], 1.3),
    (["holders"], 1.5),
    (["hedge"], 1.5),
    (["brief"], 1.5),
    (["flows", "--window", "2", "--rank"], 1.5),
    (["check", str(REPO / "examples" / "article.txt")], 1.5),
    (["decompose", "--country", "japan"], 2.0),
    (["impact"], 2.0),
    (["scenario", "run", "status-quo", "--months", "12"], 3.0),
    (["report", "--out", "{scratch}/report.html"], 4.0),
]


CPU: dict[str, list[float]] = {}  # command -> CPU seconds (user + system) of each timed run


def _time(cmd: list[str], env: dict) -> float:
    """Wall seconds of one run; its CPU seconds go to ``CPU`` (steadier than wall on a shared machine)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(" ".join(cmd), []).append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return wall


def run(ctx, repeat: int = 5) -> list[dict]:
    import ustflow

    home = ctx.scratch / "commands-home"
    shutil.rmtree(home, ignore_errors=True)
    report = ustflow.update(mirror=ctx.mirror, store=home)
    if not report.ok:
        raise RuntimeError(f"could not load the mirror: {[r.message for r in report.failed]}")
    # bytecode for ustflow's own modules, as an installed package has (site-packages have theirs)
    subprocess.run([ctx.python, "-m", "compileall", "-q", str(REPO / "src" / "ustflow")], check=True,
                   stdout=subprocess.DEVNULL)
    script = str(Path(ctx.python).with_name("ustflow"))
    exe = [script] if os.path.exists(script) else [ctx.python, "-m", "ustflow"]
    # the user-level cache (the Vega bundle, one per vl-convert version) starts empty too: first runs are cold
    user_cache = ctx.scratch / "commands-user-cache"
    shutil.rmtree(user_cache, ignore_errors=True)
    env = dict(os.environ, USTFLOW_HOME=str(home), COLUMNS="80", USTFLOW_CACHE_DIR=str(user_cache))
    env.pop("USTFLOW_NO_CACHE", None)
    baseline_cmd = [ctx.python, "-c", "import pandas, duckdb"]
    base: list[float] = [_time(baseline_cmd, env) for _ in range(3)]
    rows = []
    for args, target in COMMANDS:
        args = [a.replace("{scratch}", str(ctx.scratch)) for a in args]
        cold = _time(exe + args, env)  # caches empty for this command's results
        times = []
        for _ in range(repeat):
            times.append(_time(exe + args, env))
            base.append(_time(baseline_cmd, env))
        rows.append((args, target, cold, statistics.median(times)))
        print(f"  ustflow {' '.join(args)}: {statistics.median(times):.2f} s", file=sys.stderr)
    imp = statistics.median(base)
    imp_cpu = statistics.median(CPU[" ".join(baseline_cmd)])
    out = [{"name": f"`python -c 'import pandas, duckdb'` (median over the run; CPU {imp_cpu:.2f} s)", "value": imp,
            "unit": "s"}]
    for args, target, cold, warm in rows:
        shown = " ".join(a if not a.startswith(str(ctx.scratch)) else Path(a).name for a in args)
        shown = shown.replace(str(REPO) + "/", "")
        cpu = CPU[" ".join(exe + args)]  # the first is the cold run
        out.append({"name": f"`ustflow {shown}`: {warm / imp:.2f}x import (first run {cold:.2f} s, "
                            f"{cold / imp:.1f}x; CPU {statistics.median(cpu[1:]):.2f} s, "
                            f"{statistics.median(cpu[1:]) / imp_cpu:.2f}x, first run {cpu[0]:.2f} s)",
                    "value": warm, "unit": "s", "baseline": imp,
                    "target": f"<= {target:g}x import", "ok": warm <= target * imp})
    return out
