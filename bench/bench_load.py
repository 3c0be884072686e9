"""Loading: full load from the mirror, no-op update, `ustflow --help`, against `import pandas, duckdb`."""

from __future__ import annotations

import shutil


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
        {"name": "full load / import: wall", "value": full / imp, "unit": "x"},
        {"name": "full load / import: CPU (the load uses both cores, so above the wall ratio)",
         "value": full_cpu / imp_cpu, "unit": "x"},
        {"name": "no-op update (nothing changed)", "value": noop, "unit": "s", "baseline": imp,
         "target": "<= 1.5x import", "ok": noop <= 1.5 * imp},
        {"name": "`ustflow --help`", "value": helpt, "unit": "s", "target": "< 0.3 s", "ok": helpt < 0.3},
        {"name": "`ustflow show tic.holdings.japan` (quick query)", "value": show, "unit": "s", "baseline": imp},
        {"name": "store size after full load", "value": size, "unit": "MB"},
    ]
