"""Reliability tests record what they tried here; `make test` turns the records into RELIABILITY.md."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = Path(os.environ.get("USTFLOW_ARTIFACTS", REPO / "artifacts")) / "reliability"
_lock = threading.Lock()


def record(category: str, **fields) -> None:
    """Append one outcome (a dict of JSON-able fields) to artifacts/reliability/<category>.jsonl."""
    OUT.mkdir(parents=True, exist_ok=True)
    with _lock, open(OUT / f"{category}.jsonl", "a") as fh:
        fh.write(json.dumps(fields, default=str) + "\n")
