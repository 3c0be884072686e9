"""The single-writer lock: one process writes a store at a time; the others wait, and say so.

An exclusive ``flock`` on ``store.duckdb.lock`` beside the store. The holder writes who it is (pid,
command, since when) into the lock file, so a process that finds the lock taken can report what it
waited for. The kernel releases a flock when its holder dies, even on SIGKILL, so a killed writer
never leaves the store locked.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


@dataclass
class LockWait:
    """How this writer got the lock: at once, or after waiting for another writer."""

    waited: bool = False
    seconds: float = 0.0
    holder: dict | None = None  # {"pid", "command", "since"} of the writer we waited for, if it said

    def describe(self) -> str:
        """'' when there was no wait, else e.g. 'waited 1.2 s for another update (pid 4242, since 10:00:01)'."""
        if not self.waited:
            return ""
        h = self.holder or {}
        who = f"another {h.get('command') or 'writer'}"
        if h.get("pid"):
            who += f" (pid {h['pid']}" + (f", since {h['since'][11:19]}" if h.get("since") else "") + ")"
        return f"waited {self.seconds:.1f} s for {who}"


def _command() -> str:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    return args[0] if args else "write"


@contextmanager
def exclusive(path: Path, command: str | None = None) -> Iterator[LockWait]:
    """Hold the exclusive lock at ``path`` for the block; yields how it was obtained."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        wait = LockWait()
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            try:
                wait.holder = json.loads(fh.read() or "null")
            except json.JSONDecodeError:
                wait.holder = None
            t0 = time.monotonic()
            fcntl.flock(fh, fcntl.LOCK_EX)
            wait.waited, wait.seconds = True, time.monotonic() - t0
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "command": command or _command(),
                             "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}))
        fh.flush()
        try:
            yield wait
        finally:
            fh.seek(0)
            fh.truncate()
            fh.flush()
