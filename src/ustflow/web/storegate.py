"""Read the store while ``ustflow update`` swaps it: readers never fail and never stay stale.

Updates build a new store file and ``os.replace`` it over the live path (see ``ustflow.store``), so
the live path always names a complete file. Two DuckDB facts shape the reader side:

- DuckDB caches database instances by path inside a process: while any connection to a path is
  open, ``duckdb.connect(path)`` returns that *same* instance, i.e. the file that was there when it
  was first opened. A server under steady load always has a connection open, so connecting per
  request would keep serving the old file forever.
- Opening a connection costs ~15 ms, and ~0.3 ms when the instance is already open.

So the gate keeps one read-only connection open per *version* of the file (inode, mtime, size) to
hold the instance, and every request checks the version first (one ``stat``). When the file has
been replaced, new requests wait until requests still reading the old version finish (they are
short), the old instance is closed, and the new file is opened. A reader therefore sees either the
old or the new file, whole, and the first request after a swap sees the new one.

Responses are cached per version (``ResponseCache``), so repeated requests cost a dict lookup, and
a swap invalidates them by changing the key.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ustflow.errors import StoreError
from ustflow.store import Store

Version = tuple[int, int, int]


def file_version(path: Path) -> Version | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class StoreGate:
    """Versioned read access to one store file, safe across threads and across atomic swaps."""

    def __init__(self, store: Store, wait_seconds: float = 30.0):
        self.store = store
        self.path = Path(store.path)
        self.wait_seconds = wait_seconds
        self._cond = threading.Condition()
        self._version: Version | None = None
        self._active = 0
        self._pin = None  # duckdb connection holding the instance of the current version open
        self.swaps = 0

    def version(self) -> Version | None:
        """The live file's version now (None when there is no store yet)."""
        return file_version(self.path)

    @contextmanager
    def reading(self) -> Iterator[tuple[Store, Version]]:
        """Yield (Store, version) pinned to one file version for the duration of a request."""
        import duckdb

        with self._cond:
            while True:
                v = self.version()  # stat inside the lock, so a version is never switched backwards
                if v is None:
                    raise StoreError(f"no store at {self.path}: run `ustflow update` (or `ustflow update --mirror DIR`)")
                if v == self._version and self._pin is not None:
                    break
                if self._active == 0:
                    self._close_pin()
                    try:
                        self._pin = duckdb.connect(str(self.path), read_only=True)
                    except duckdb.Error as e:
                        raise StoreError(f"cannot open store {self.path}: {e}") from e
                    self._version = v
                    self.swaps += 1
                    break
                # readers of the previous version are still running: let them finish (milliseconds)
                if not self._cond.wait(timeout=self.wait_seconds):
                    raise StoreError("timed out waiting for readers of the previous store version")
            self._active += 1
            version = self._version
        try:
            yield self.store, version
        finally:
            with self._cond:
                self._active -= 1
                self._cond.notify_all()

    def _close_pin(self) -> None:
        if self._pin is not None:
            try:
                self._pin.close()
            finally:
                self._pin = None

    def close(self) -> None:
        with self._cond:
            self._close_pin()
            self._version = None


class ResponseCache:
    """A small LRU of finished responses keyed by (store version, path, query)."""

    def __init__(self, max_items: int = 512):
        self.max_items = max_items
        self._d: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._version: Version | None = None
        self.hits = 0
        self.misses = 0

    def get(self, key) -> Any:
        with self._lock:
            hit = self._d.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._d.move_to_end(key)
            self.hits += 1
            return hit

    def put(self, key, value, version: Version | None) -> None:
        with self._lock:
            if version != self._version:  # a new store: everything older is dead weight
                self._d.clear()
                self._version = version
            self._d[key] = value
            while len(self._d) > self.max_items:
                self._d.popitem(last=False)
