"""Nowcast: `ustflow nowcast` cold (fit and backtest built) and warm (cached per store version), against `python -c "import pandas, duckdb"`."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

SOURCES = ["tic_mfh_history", "tic_mfh_current", "tic_slt_table3", "tic_slt3d_legacy", "fred_dgs2", "fred_dgs10",
           "fred_dgs30", "fred_wmtsecl1", "fred_dexjpus", "mof_fx_intervention_curated", "boj_bop_monthly",
           "mof_its_monthly", "mof_its_investor_ltdebt"]


def run(ctx) -> list[dict]:
    import ustflow

    home = Path(ctx.scratch) / "nowcast-home"
    report = ustflow.update(mirror=ctx.mirror, only=SOURCES, store=home)
    if not report.ok:
        raise RuntimeError(f"could not load the nowcast's sources from {ctx.mirror}: {[r.message for r in report.failed]}")
    env = {"USTFLOW_HOME": str(home), "COLUMNS": "120"}
    cmd = [sys.executable, "-m", "ustflow", "nowcast", "--country", "japan"]

    def drop_cache():
        shutil.rmtree(home / "cache", ignore_errors=True)

    base = ctx.timeit([sys.executable, "-c", "import pandas, duckdb"])
    cold = ctx.timeit(cmd, repeat=3, env=env, setup=drop_cache)
    ctx.timeit(cmd, repeat=1, env=env)  # build the cache once
    warm = ctx.timeit(cmd, env=env)
    allf = ctx.timeit(cmd[:-1] + ["all"], env=env)
    return [
        {"name": "`ustflow nowcast --country japan`, cached fit and backtest (same store version)", "value": warm,
         "unit": "s", "baseline": base, "target": "<= 3x the import baseline", "ok": warm <= 3 * base},
        {"name": "`ustflow nowcast --country all`, cached", "value": allf, "unit": "s", "baseline": base,
         "target": "<= 3x the import baseline", "ok": allf <= 3 * base},
        {"name": "`ustflow nowcast --country japan`, cold: panel, 7 specifications x 2 horizons at 196 origins",
         "value": cold, "unit": "s", "baseline": base, "target": "once per store version"},
    ]
