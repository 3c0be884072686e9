"""Structured logs: one JSON object per line (``ts``, ``level``, ``event`` and the event's fields).

Used by the watcher and by alert delivery, so a cron job's stderr or a ``--log-file`` can be read
by machines (``jq 'select(.level=="warning")'``) as well as by people.
"""

from __future__ import annotations

import json
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import IO


class JsonLog:
    """Write JSON lines to a stream (default stderr) or append them to a file; keeps the last records."""

    LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40}

    def __init__(self, stream: IO[str] | None = None, path: str | Path | None = None, keep: int = 1000,
                 stream_level: str = "info"):
        """``stream_level``: the least level written to the stream (the file and ``records`` get every line)."""
        self.stream = stream
        self.stream_level = self.LEVELS.get(stream_level, 20)
        self.path = Path(path) if path else None
        self.records: list[dict] = []
        self.keep = keep
        self._lock = threading.Lock()
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def __call__(self, event: str, level: str = "info", **fields) -> dict:
        rec = {"ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
               "level": level, "event": event, **fields}
        line = json.dumps(rec, default=str, ensure_ascii=False)
        with self._lock:
            self.records.append(rec)
            del self.records[:-self.keep]
            if self.path:
                with open(self.path, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            out = self.stream if self.stream is not None else (None if self.path else sys.stderr)
            if out is not None and self.LEVELS.get(level, 20) >= self.stream_level:
                out.write(line + "\n")
                out.flush()
        return rec

    def info(self, event: str, **fields) -> dict:
        return self(event, "info", **fields)

    def warning(self, event: str, **fields) -> dict:
        return self(event, "warning", **fields)

    def error(self, event: str, **fields) -> dict:
        return self(event, "error", **fields)


def as_log(log) -> "JsonLog":
    """A log from what a caller passed: None keeps records in memory only, a stream (``sys.stderr``)
    gets the JSON lines, a ``JsonLog`` is used as it is."""
    if log is None:
        return NullLog()
    return log if callable(log) else JsonLog(stream=log)


class NullLog(JsonLog):
    """Keeps records in memory only (for library callers that did not ask for logs)."""

    def __init__(self):
        super().__init__(stream=None, path=None)
        self.stream = _Devnull()


class _Devnull:
    def write(self, _s: str) -> None:
        pass

    def flush(self) -> None:
        pass
