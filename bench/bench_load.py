"""Loading: full load from the mirror, no-op update, `ustflow --help`, against `import pandas, duckdb`."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess

# ``python -m ustflow update ...`` that writes, at exit, the CPU seconds of the updating process and of
# the parse workers it forked and waited for (the two run in parallel on a 2-core machine)
_SPLIT = """import atexit, os, resource, runpy, sys
def _cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    open(os.environ["CPU_OUT"], "w").write(f"{s.ru_utime + s.ru_stime} {c.ru_utime + c.ru_stime}")
atexit.register(_cpu)
sys.argv = ["ustflow", "update", "--mirror", sys.argv[1], "--quiet"]
runpy.run_module("ustflow", run_name="__main__")
"""


def _cpu_split(ctx, env: dict, empty_store, repeat: int = 3) -> tuple[float, float]:
    """Median CPU seconds of the updating process and of its parse workers over full loads."""
    out = ctx.scratch / "cpu_split"
    main, workers = [], []
    for _ in range(repeat):
        empty_store()
        subprocess.run([ctx.python, "-c", _SPLIT, str(ctx.mirror)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env={**os.environ, **env, "CPU_OUT": str(out)})
        m, w = map(float, out.read_text().split())
        main.append(m)
        workers.append(w)
    return statistics.median(main), statistics.median(workers)


def run(ctx) -> list[dict]:
    py = ctx.python
    ustflow = [py, "-m", "ustflow"]
    home = ctx.scratch / "home"
    env = {"USTFLOW_HOME": str(home)}

    def empty_store():
        shutil.rmtree(home, ignore_errors=True)

    imp = ctx.timeit([py, "-c", "import pandas, duckdb"], repeat=7)
    imp_cpu = ctx.cpu
    full = ctx.timeit(ustflow + ["update", "--mirror", str(ctx.mirror), "--quiet"], repeat=5, env=env,
                      setup=empty_store)
    full_cpu = ctx.cpu
    main_cpu, workers_cpu = _cpu_split(ctx, env, empty_store)
    noop = ctx.timeit(ustflow + ["update", "--mirror", str(ctx.mirror), "--quiet"], repeat=5, env=env)
    helpt = ctx.timeit(ustflow + ["--help"], repeat=7)
    show = ctx.timeit(ustflow + ["show", "tic.holdings.japan", "--start", "2025-01", "--format", "csv"],
                      repeat=5, env=env)
    size = (home / "store.duckdb").stat().st_size / 1e6
    return [
        {"name": "`python -c 'import pandas, duckdb'`", "value": imp, "unit": "s"},
        {"name": "full load from the mirror into an empty store", "value": full, "unit": "s", "baseline": imp,
         "target": "<= 4x import", "ok": full <= 4 * imp},
        {"name": "CPU of the full load (user + system, the parse workers included)", "value": full_cpu,
         "unit": "s", "baseline": imp_cpu},
        {"name": "CPU of the full load: the updating process (imports, archive, DuckDB inserts, commit, "
                 "invariants)", "value": main_cpu, "unit": "s"},
        {"name": "CPU of the full load: the parse workers (both, in parallel with the updating process)",
         "value": workers_cpu, "unit": "s"},
        {"name": "full load / import: wall", "value": full / imp, "unit": "x"},
        {"name": "full load / import: CPU (the load uses both cores, so above the wall ratio)",
         "value": full_cpu / imp_cpu, "unit": "x"},
        {"name": "no-op update (nothing changed)", "value": noop, "unit": "s", "baseline": imp,
         "target": "<= 1.5x import", "ok": noop <= 1.5 * imp},
        {"name": "`ustflow --help`", "value": helpt, "unit": "s", "target": "< 0.3 s", "ok": helpt < 0.3},
        {"name": "`ustflow show tic.holdings.japan` (quick query)", "value": show, "unit": "s", "baseline": imp},
        {"name": "store size after full load", "value": size, "unit": "MB"},
    ]
