"""The vintaged store: one DuckDB file, values never overwritten, point-in-time reads.

Tables
- ``series``       id, title, source_id, unit, frequency, country, sector, notes, key (an integer, one per id)
- ``observations`` series_key (-> ``series.key``), period, value, vintage, load_id (-> ``files``: which file
                   said it); the readers return the series' text id
- ``files``        every file loaded (one *load*): load_id, sha256, source, URL, fetch time, publisher
                   release date, vintage, rows held, and the source's lag and priority at load time
- ``events``       dated events (FX interventions, user events), per file vintage
- ``forgotten``    loads undone by ``ustflow forget`` (so ``update`` does not load them again)

Vintages. A file's *vintage* is the publisher's release date when the file states one (mfhhis01's
revision footer, MoF's "Final Update"), else the date in an archived file's name, else the HTTP
Last-Modified header, else the fetch time. Loading a file inserts only the values that differ from
what the same source said at that vintage, so an unchanged file adds nothing and a revision adds a
row beside the old one. Values are never updated; they are deleted only by ``forget`` (one load,
on purpose) and when an older vintage loaded later makes a newer row redundant (see ``writer``).

Point in time. ``as_of=D`` returns, per period, the newest value whose vintage is on or before D.
The first value we hold of a period was usually published before we loaded it: it is taken as known
from ``least(vintage, est_release)`` where ``est_release`` is the period's end plus the source's
usual publication lag (registry ``lag_days``). Later values count only from their own vintage.
This is what lets ``report --as-of`` show a past state even for files fetched today, while a known
revision (two vintages held) is shown exactly as published.

Concurrency: one writer at a time, any number of readers. DuckDB lets one process write a file at
a time, and a reader of a file that another process writes can fail. So writers never touch the
live file: ``Store.write()`` takes the exclusive lock (``store.lock``: a waiting writer learns who it
waits for), copies the store to a temp file, writes there, checks the invariants
(``store.invariants``: every value belongs to a file record, every file record is one load holding
the rows it records), checkpoints, and ``os.replace``-s the copy over the live path. A writer decides
what is new *under the lock* (``Writer.is_loaded``), so a file another process loaded while this one
waited is reported as such, never loaded twice. Readers open the live path read-only; a reader that
opened the old file keeps a valid (old) inode until it reopens. A crash at any moment leaves either
the old or the new file.

Modules: ``schema`` (tables), ``lock``, ``writer`` (loads, batches, forget), ``invariants``,
``reader`` (the queries).
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Union

from ustflow import config
from ustflow.errors import StoreError
from ustflow.store import invariants
from ustflow.store.lock import LockWait, exclusive
from ustflow.store.reader import (  # noqa: F401 - the read API, as before the package split
    ARCHIVED,
    BACKDATED,
    STRICT,
    as_of_ledger,
    as_of_timestamp,
    describe_vintages,
    files,
    loads,
    read_events,
    read_file_meta,
    read_observations,
    read_revisions,
    row_count,
    search_series,
    series_meta,
    series_sources,
)
from ustflow.store.schema import (
    SCHEMA,
    SCHEMA_VERSION,
    has_table,
    scalar as _scalar,  # noqa: F401
    version,
)
from ustflow.store.writer import AlreadyLoaded, FileLoad, Forgotten, NoSuchLoad, Writer

if TYPE_CHECKING:
    import duckdb


@dataclass
class KnownFiles:
    """(sha256, source id) of the files a store holds, and of those forgotten (-> load id, when)."""

    loaded: set[tuple[str, str]] = field(default_factory=set)
    forgotten: dict[tuple[str, str], tuple[int, datetime]] = field(default_factory=dict)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.loaded

    @property
    def sources(self) -> set[str]:
        return {src for _, src in self.loaded}


class Store:
    """A store file on disk. Cheap to create; connections are opened per use."""

    def __init__(self, path: str | Path | None = None):
        """``path`` is the DuckDB file or a folder (the store is then ``folder/store.duckdb``).

        The raw archive and the fetch state live beside the store file.
        """
        p = Path(path) if path else config.store_path()
        if p.is_dir() or (not p.suffix and not p.exists()):
            p = p / "store.duckdb"
        self.path = p

    @property
    def home(self) -> Path:
        return self.path.parent

    @property
    def raw_dir(self) -> Path:
        return self.home / "raw"

    @property
    def state_path(self) -> Path:
        return self.home / "fetch_state.json"

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    # ---------------------------------------------------------------- reading
    def exists(self) -> bool:
        return self.path.exists()

    @contextmanager
    def read(self, *, check_version: bool = True) -> Iterator["duckdb.DuckDBPyConnection"]:
        import duckdb

        readers = _shared or _SCOPE.get()
        if readers is not None:  # one connection per store version, a cursor per read (see ``reading``)
            held = readers.acquire(self, check_version)
            if held is not None:
                try:
                    yield held[0]
                finally:
                    readers.release(self, held)
                return
        if not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `ustflow update` (or `ustflow update --mirror DIR`) first")
        try:
            con = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error as e:  # pragma: no cover - depends on the file system
            raise StoreError(f"cannot open store {self.path}: {e}") from e
        try:
            if check_version and version(con) != SCHEMA_VERSION:
                raise StoreError(f"the store at {self.path} has an older layout: run `ustflow update` to rebuild it")
            yield con
        finally:
            con.close()

    def known_files(self) -> "KnownFiles":
        """The files already loaded and those forgotten: what an update need not parse.

        Only a first guess, read without the lock: the writer checks again under it. A store whose
        invariants are broken (damaged by an update of an older ustflow that raced another) knows
        nothing, so the next update reloads every file and rebuilds it (see ``write``).
        """
        known = KnownFiles()
        if not self.path.exists():
            return known
        with self.read(check_version=False) as con:
            if version(con) != SCHEMA_VERSION or not invariants.looks_intact(con):
                return known  # an older layout or a damaged store is rebuilt by the next write
            known.loaded = set(con.execute("SELECT sha256, source_id FROM files").fetchall())
            if has_table(con, "forgotten"):
                known.forgotten = {(sha, src): (lid, at) for sha, src, lid, at in con.execute(
                    "SELECT sha256, source_id, load_id, forgotten_at FROM forgotten").fetchall()}
        return known

    # ---------------------------------------------------------------- writing
    @contextmanager
    def locked(self, command: str | None = None) -> Iterator[LockWait]:
        """Hold the single-writer lock (waiting for another writer if need be); yields how it was got."""
        with exclusive(self.lock_path, command) as wait:
            yield wait

    @contextmanager
    def write(self, command: str | None = None, *, locked: LockWait | None = None) -> Iterator[Writer]:
        """The single writer: lock, copy, write, check the invariants, swap in atomically.

        ``locked``: the caller already holds the lock (``with store.locked() as wait``), e.g. to decide
        what is new before parsing. ``Writer.wait`` says whether this writer waited for another (and
        for whom); ``Writer.set_aside`` names a damaged or older store moved out of the way and rebuilt.
        Raises ``InvariantError`` (and leaves the live store as it was) if the write broke an invariant.
        """
        if locked is None:
            with self.locked(command) as wait:
                with self.write(command, locked=wait) as w:
                    yield w
            return
        yield from self._write(locked)

    def _write(self, wait: LockWait) -> Iterator[Writer]:
        """Copy, yield a Writer on the copy, check the invariants, swap in (the lock is held)."""
        import duckdb

        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        # we hold the lock, so any temp copy left here is from a writer that was killed
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp*"):
            stale.unlink(missing_ok=True)
        if self.path.exists():
            shutil.copyfile(self.path, tmp)
        con = duckdb.connect(str(tmp))
        set_aside = None
        try:
            con, set_aside = self._fresh_if_unusable(con, tmp)
            con.execute(SCHEMA)
            con.execute("INSERT OR REPLACE INTO ustflow_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            before = invariants.Before.of(con)
            yield Writer(con, wait, set_aside)
            invariants.check(con, before)
            con.execute("INSERT OR REPLACE INTO ustflow_meta VALUES (?, 'checked')", [invariants.MARK])
            con.execute("CHECKPOINT")
        except BaseException:
            con.close()
            tmp.unlink(missing_ok=True)
            tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
            raise
        con.close()
        self._swap_in(tmp)

    def _fresh_if_unusable(self, con, tmp: Path):
        """An older layout or a damaged store is moved aside (kept) and the write starts from empty."""
        import duckdb

        if not self.path.exists():
            return con, None
        old = version(con)
        if old == SCHEMA_VERSION:
            if invariants.marked(con) and invariants.looks_intact(con):
                return con, None  # its writer checked the invariants: the cheap test finds a lost file record
            problems = invariants.violations(con)
            if not problems:
                return con, None
            aside = self.path.with_name(f"{self.path.name}.damaged-{datetime.now():%Y%m%dT%H%M%S}")
            why = "damaged (" + "; ".join(problems) + ")"
        else:
            aside = self.path.with_name(f"{self.path.name}.v{old}.old")
            why = f"of an older layout (version {old})"
        con.close()
        os.replace(tmp, aside)
        return duckdb.connect(str(tmp)), f"the store was {why}: kept as {aside.name} and rebuilt"

    def _swap_in(self, tmp: Path) -> None:
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        dfd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


class _SharedReaders:
    """One read-only connection per store file, reopened when the file is replaced.

    Opening a DuckDB connection costs ~25 ms of CPU, a cursor on an open one ~0.3 ms, and a command
    or a report reads the store 5 to 400 times (a report build: ~210). So within a command (the
    command line, ``share_readers``) or one computation (``reading``: every cached result, a report
    build) the connection is kept: every read stats the file, and a new version (an update swapped
    it in) closes the old connection before opening the new file, unless a read of the old one is
    still open (a generator, another thread), when the read opens a connection of its own as
    without sharing. Connections are released when the scope ends: nothing outlives the command or
    the computation, so a later ``duckdb.connect(path)`` elsewhere in the process never gets a
    stale instance (DuckDB shares one instance per open path; see ``ustflow.web.storegate``)."""

    def __init__(self) -> None:
        import threading

        # path -> [version, connection, current layout, cursors open]
        self._open: dict[Path, list] = {}
        self._lock = threading.Lock()

    def acquire(self, store: "Store", check_version: bool):
        """(cursor, held entry) for one read, or None when the read must open its own connection."""
        import duckdb

        try:
            st = os.stat(store.path)
        except FileNotFoundError:
            raise StoreError(f"no store at {store.path}: run `ustflow update` (or `ustflow update --mirror DIR`) "
                             "first") from None
        v = (st.st_ino, st.st_mtime_ns, st.st_size)
        with self._lock:
            held = self._open.get(store.path)
            if held is None or held[0] != v:
                if held is not None:
                    if held[3]:
                        return None  # a read of the old version is still open: closing would cut it
                    held[1].close()
                    del self._open[store.path]
                try:
                    con = duckdb.connect(str(store.path), read_only=True)
                except duckdb.Error as e:  # pragma: no cover - depends on the file system
                    raise StoreError(f"cannot open store {store.path}: {e}") from e
                held = [v, con, version(con) == SCHEMA_VERSION, 0]
                self._open[store.path] = held
            if check_version and not held[2]:
                raise StoreError(f"the store at {store.path} has an older layout: run `ustflow update` to rebuild it")
            held[3] += 1
            return held[1].cursor(), held

    def release(self, store: "Store", acquired) -> None:
        cur, held = acquired
        cur.close()
        with self._lock:
            held[3] -= 1

    def close(self) -> None:
        with self._lock:
            for held in self._open.values():
                held[1].close()
            self._open.clear()


_shared: _SharedReaders | None = None
_SCOPE: "ContextVar[_SharedReaders | None]" = ContextVar("ustflow_store_readers", default=None)


def share_readers(on: bool = True) -> None:
    """Keep one read connection per store version for the rest of this process (the command line calls
    this; ``serve``, tests and the dashboard do not: ``share_readers(False)`` closes them)."""
    global _shared
    if on and _shared is None:
        _shared = _SharedReaders()
    elif not on and _shared is not None:
        _shared.close()
        _shared = None


@contextmanager
def reading() -> Iterator[None]:
    """Share one read connection per store version among the reads inside the block (this thread and
    context), closed at its end: a computation that reads the store hundreds of times (a report, a
    cached view: ``ustflow.cache.memo``) opens it once. Nested blocks use the outermost one."""
    if _shared is not None or _SCOPE.get() is not None:
        yield
        return
    readers = _SharedReaders()
    token = _SCOPE.set(readers)
    try:
        yield
    finally:
        _SCOPE.reset(token)
        readers.close()


StoreLike = Union[Store, str, Path, None]


def as_store(store: StoreLike) -> Store:
    """A ``Store`` from what a caller passed: a ``Store`` as is, a folder (``USTFLOW_HOME``), or None
    for the default home. Every public function that takes ``store=`` goes through this."""
    return store if isinstance(store, Store) else Store(store)


__all__ = ["AlreadyLoaded", "reading", "FileLoad", "Forgotten", "KnownFiles", "LockWait", "NoSuchLoad", "SCHEMA_VERSION", "Store", "StoreLike", "as_store",
           "Writer", "files", "invariants", "loads", "read_events", "read_file_meta", "read_observations", "read_revisions",
           "row_count", "search_series", "series_meta", "ARCHIVED", "BACKDATED", "STRICT", "as_of_ledger",
           "describe_vintages"]
