"""Write a file so that a reader sees the old content or the new, never half of one.

Every small file ustflow writes outside the store (the raw archive, update and watch state, alert
state, reports, chart images) goes through ``atomic_write``: the bytes go to a hidden temp file in
the same folder (same file system, so the rename is atomic), which then replaces the target with
``os.replace``. A process killed mid-write leaves at most a stray ``.NAME.PID.tmp`` beside the target.
The store itself is a DuckDB file swapped by ``ustflow.store`` under its own lock (it fsyncs).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["atomic_write", "atomic_write_json"]


def atomic_write(path: str | Path, data: bytes | str, *, encoding: str = "utf-8", fsync: bool = False) -> Path:
    """Replace ``path`` with ``data`` (bytes, or text in ``encoding``), creating its folder.

    No fsync by default: these files are caches or state that the next run can rebuild; pass
    ``fsync=True`` where a power cut must not lose the new content.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    raw = data.encode(encoding) if isinstance(data, str) else data
    try:
        with open(tmp, "wb") as f:
            f.write(raw)
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def atomic_write_json(path: str | Path, obj: Any, *, indent: int = 1, sort_keys: bool = True) -> Path:
    """``atomic_write`` of ``obj`` as JSON (dates and other objects as ``str``)."""
    return atomic_write(path, json.dumps(obj, indent=indent, sort_keys=sort_keys, default=str))
