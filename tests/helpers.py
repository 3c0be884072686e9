"""Small helpers for tests: run the real CLI in a subprocess, snapshot a store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
USTFLOW = [sys.executable, "-m", "ustflow"]


def run_cli(args: list[str], home: Path, *, env: dict | None = None, timeout: float = 120,
            input: str | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e["USTFLOW_HOME"] = str(home)
    e["COLUMNS"] = "200"
    e.update(env or {})
    return subprocess.run(USTFLOW + [str(a) for a in args], capture_output=True, text=True, env=e,
                          timeout=timeout, input=input)


def snapshot(store_path: Path) -> dict:
    """Everything a store holds, as comparable Python values."""
    import duckdb

    if not Path(store_path).exists():
        return {}
    con = duckdb.connect(str(store_path), read_only=True)
    try:
        out = {}
        for t in ("series", "observations", "files", "events"):
            out[t] = sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
        return out
    finally:
        con.close()
