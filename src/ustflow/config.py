"""Where ustflow keeps its files: ``$USTFLOW_HOME`` or the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

USER_AGENT = "ustflow/0.1 (official-data monitor of US Treasury holdings and flows; python-httpx)"


def home() -> Path:
    env = os.environ.get("USTFLOW_HOME")
    if env:
        p = Path(env).expanduser()
    else:
        from platformdirs import user_data_dir

        p = Path(user_data_dir("ustflow", appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def store_path() -> Path:
    return home() / "store.duckdb"
