"""Writing into the store's temp copy: loads (one file = one load), batches of first loads, forget.

Every load is one transaction: all of a file or nothing. A file record is never replaced: loading a
file the store already holds is refused (the caller checks ``is_loaded`` under the lock first), so
two writers can never re-attribute each other's values.

Canonical vintages. For each source, series and period the store keeps a value only where it
differs from what the same source said at its previous vintage. Files can arrive in any order (an
archived vintage imported after a newer download), so a load that lands *between* two vintages also
drops the next vintage's values it makes redundant. The store's content is then the same whatever
order its files were loaded in, which is what lets ``forget`` undo one load exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from ustflow.errors import NotFoundError, StoreError
from ustflow.store.schema import has_table, scalar

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ustflow.archive import RawFile
    from ustflow.parse._base import Parsed
    from ustflow.registry import Source


@dataclass
class FileLoad:
    """One parsed file on its way into the store, and what loading it did."""

    source: "Source"
    raw: "RawFile"
    parsed: "Parsed"
    vintage: datetime
    load_id: int | None = None
    rows_added: int = 0
    revisions: "pd.DataFrame | None" = None  # values that changed from the source's previous vintage


@dataclass
class Forgotten:
    """What ``Writer.forget`` removed."""

    load_id: int
    source_id: str
    file_name: str
    sha256: str
    vintage: datetime
    rows_removed: int  # values that only this load said
    rows_kept: int  # values the next vintage of the source also said: kept, now attributed to it
    kept_by: int | None  # that next load's id
    series_dropped: list[str] = field(default_factory=list)  # series left with no value at all


class AlreadyLoaded(StoreError):
    """The store already holds this file (loaded by another writer while this one waited)."""


class NoSuchLoad(NotFoundError):
    """No load with that id (``ustflow loads`` lists them)."""


_PRIOR = """
    SELECT x.series_key, x.period, arg_max(x.value, x.vintage) AS value
    FROM observations x JOIN files f USING (load_id)
    WHERE f.source_id = $src AND x.vintage {op} $v GROUP BY ALL"""


def _newest_day(obs: "pd.DataFrame"):
    """The newest period of a file's observations, as a date (None when it has none)."""
    if obs.empty:
        return None
    newest = obs["period"].max()
    return newest.date() if hasattr(newest, "date") else None


class Writer:
    """Writes into the temp copy (see ``Store.write``); ``wait`` says how the lock was obtained."""

    def __init__(self, con, wait=None, set_aside: str | None = None):
        self.con = con
        self.wait = wait  # a store.lock.LockWait
        self.set_aside = set_aside  # what happened to an older or damaged store, if it was moved aside
        self._held: set[str] | None = None  # sources with a file in the store (see has_files)
        self._files: set[tuple[str, str]] | None = None  # (sha256, source) of the file records (is_loaded)
        self._forgot: dict[tuple[str, str], dict] | None = None  # the forgotten loads (see forgotten)
        self._batch: list[FileLoad] = []
        self._waiting: list[FileLoad] = []  # small files of the batch not inserted yet (see SMALL_FILE_ROWS)
        self._keys: dict[str, int] | None = None  # series id -> its key (see keys_of)
        self._next_key = 0

    # -- questions asked under the lock ----------------------------------------------------------
    # The file and forgotten records are read once per write (one query, not one per file) and read
    # again after this writer changes them (``_write_files``, ``forget``): the lock is held, so
    # nothing else changes them meanwhile.
    def is_loaded(self, sha256: str, source_id: str) -> bool:
        if self._files is None:
            self._files = set(self.con.execute("SELECT sha256, source_id FROM files").fetchall())
        return (sha256, source_id) in self._files

    def forgotten(self, sha256: str, source_id: str) -> dict | None:
        """The record of this file's forgotten load, if ``ustflow forget`` removed it."""
        if self._forgot is None:
            self._forgot = {(sha, src): {"load_id": lid, "forgotten_at": at} for sha, src, lid, at in self.con.execute(
                "SELECT sha256, source_id, load_id, forgotten_at FROM forgotten ORDER BY forgotten_at").fetchall()}
        return self._forgot.get((sha256, source_id))  # the latest, when forgotten more than once

    def has_files(self, source_id: str) -> bool:
        """Does the store hold any file of this source (committed, or earlier in this write)?"""
        if self._held is None:
            self._held = {r[0] for r in self.con.execute("SELECT DISTINCT source_id FROM files").fetchall()}
        return source_id in self._held

    def vintage_taken(self, source_id: str, vintage: datetime, sha: str) -> bool:
        """Does another file of this source already hold this vintage timestamp?"""
        if not self.has_files(source_id):
            return False
        return scalar(self.con, "SELECT count(*) FROM files WHERE source_id = ? AND vintage = ? AND sha256 <> ?",
                      [source_id, vintage, sha]) > 0

    def keys_of(self, ids) -> "np.ndarray":
        """The integer keys (``series.key``) of these series ids; an id the store has never held gets the
        next free key. The store's keys are read once per write, under the lock, and read again after
        ``forget`` drops series: a key is never given to two ids. A key given in a write that is rolled
        back stays this id's for the rest of the write (the file loads again on its own, same key)."""
        import numpy as np

        if self._keys is None:
            self._keys = dict(self.con.execute("SELECT id, key FROM series").fetchall())
            self._next_key = max(self._keys.values(), default=0) + 1
        keys, out = self._keys, np.empty(len(ids), dtype=np.int32)
        for i, sid in enumerate(ids):
            k = keys.get(sid)
            if k is None:
                k = keys[sid] = self._next_key
                self._next_key += 1
            out[i] = k
        return out

    def _keyed(self, obs: "pd.DataFrame") -> "pd.DataFrame":
        """A file's observations with their series' keys (``series_key``) beside the ids: one look-up
        per series, not per value (the parse workers make ``series_id`` categorical)."""
        ids = obs["series_id"]
        cat = ids.array if ids.dtype == "category" else ids.astype("category").array
        return obs.assign(series_key=self.keys_of(cat.categories)[cat.codes])

    # -- one file, diffed against what its source said before ------------------------------------
    def ingest(self, item: FileLoad, check_revisions: Callable[[FileLoad], None] | None = None) -> int:
        """Load one parsed file as one vintage; returns the number of observation rows added.

        ``check_revisions(item)`` runs inside the transaction once ``item.revisions`` is known; if it
        raises, nothing of the file is kept.
        """
        con, src = self.con, item.source.id
        if self.is_loaded(item.raw.sha256, src):
            raise AlreadyLoaded(f"{item.raw.file_name}: already loaded ({src})")
        has_prior = self.has_files(src)
        con.execute("BEGIN TRANSACTION")
        try:
            self._write_series([item])
            item.load_id = scalar(con, "SELECT nextval('load_ids')")
            con.register("new_obs", self._keyed(item.parsed.observations))  # the SQL reads only the columns it names
            prior = f"LEFT JOIN ({_PRIOR.format(op='<=')}) o ON o.series_key = n.series_key AND o.period = n.period " \
                    "WHERE o.series_key IS NULL OR o.value <> n.value" if has_prior else ""
            params = {"v": item.vintage, "load": item.load_id, **({"src": src} if has_prior else {})}
            item.rows_added = scalar(con, f"""
                INSERT INTO observations
                WITH n AS (
                    SELECT series_key, period::DATE AS period, value::DOUBLE AS value
                    FROM new_obs WHERE value IS NOT NULL AND NOT isnan(value::DOUBLE))
                SELECT n.series_key, n.period, n.value, $v, $load FROM n {prior}""", params)
            con.unregister("new_obs")
            item.revisions = con.execute(f"""
                SELECT s.id AS series_id, r.period, p.value AS old_value, r.value AS new_value
                FROM observations r JOIN ({_PRIOR.format(op='<')}) p ON p.series_key = r.series_key AND p.period = r.period
                JOIN series s ON s.key = r.series_key
                WHERE r.load_id = $load ORDER BY s.id, r.period""",
                {"src": src, "v": item.vintage, "load": item.load_id}).df() if has_prior else None
            if check_revisions is not None and item.revisions is not None and not item.revisions.empty:
                check_revisions(item)
            self._write_events([item])
            self._write_files([item])
            if has_prior:
                self._drop_redundant_later(item)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            item.load_id, item.rows_added, item.revisions = None, 0, None
            raise
        if self._held is not None:
            self._held.add(src)
        return item.rows_added

    def _drop_redundant_later(self, item: FileLoad) -> None:
        """After loading a vintage older than one already held: drop the later values it makes redundant."""
        params = {"src": item.source.id, "v": item.vintage, "load": item.load_id}
        if not scalar(self.con, "SELECT count(*) FROM files WHERE source_id = ? AND vintage > ?",
                      [item.source.id, item.vintage]):
            return
        rows = self.con.execute("""
            WITH later AS (
                SELECT x.rowid AS rid, x.series_key, x.period, x.value, x.load_id
                FROM observations x JOIN files f USING (load_id)
                WHERE f.source_id = $src AND x.vintage > $v
                QUALIFY row_number() OVER (PARTITION BY x.series_key, x.period ORDER BY x.vintage) = 1)
            SELECT l.rid, l.load_id FROM later l JOIN observations n
              ON n.load_id = $load AND n.series_key = l.series_key AND n.period = l.period AND n.value = l.value""",
            params).fetchall()
        if rows:
            self.con.execute("DELETE FROM observations WHERE rowid IN (SELECT unnest($r))", {"r": [r[0] for r in rows]})
            self._recount(sorted({r[1] for r in rows}))

    def _recount(self, load_ids: list[int]) -> None:
        self.con.execute("""UPDATE files SET rows_added = (SELECT count(*) FROM observations o
                            WHERE o.load_id = files.load_id) WHERE load_id IN (SELECT unnest($ids))""",
                         {"ids": load_ids})

    # -- a batch: files of sources the store has never held, in one transaction ------------------
    # With nothing to diff against, every value is new: each file's observations go in with one
    # plain INSERT as soon as it is parsed (overlapping the parsing of the others), and the small
    # tables are written at commit. All or nothing: if anything fails the caller rolls back and
    # loads the files one by one with ``ingest``. A full load from an empty store is one batch, or
    # one for its big files and one for the small files still being parsed once those are in
    # (``load._Load.commit_batch``).

    # The batch's plain INSERTs run on one DuckDB thread: they overlap the parse workers, which use
    # the cores, and a second thread only adds contention (a third less CPU for the 3 million values of
    # a full load). The diffing queries of ``ingest`` keep every thread.

    # Each full row group (122,880 rows) is written to the file as soon as it is complete (DuckDB's
    # default buffers 5): the commit, which nothing overlaps, then writes at most one partial row group
    # instead of up to 600,000 rows.

    # An INSERT from a registered DataFrame costs ~4 ms whatever its size (registering, binding): the
    # files of fewer than SMALL_FILE_ROWS values (two thirds of a full load's 36) wait and go in
    # together, one INSERT per SMALL_FILE_ROWS values, each row with its own load id and vintage.
    SMALL_FILE_ROWS = 100_000

    def begin_batch(self) -> None:
        self.con.execute("SET threads = 1")
        self.con.execute("SET write_buffer_row_group_count = 1")
        self.con.execute("BEGIN TRANSACTION")
        self._batch, self._waiting = [], []

    def add_to_batch(self, item: FileLoad) -> None:
        item.load_id = scalar(self.con, "SELECT nextval('load_ids')")
        self._batch.append(item)
        if len(item.parsed.observations) < self.SMALL_FILE_ROWS:
            self._waiting.append(item)
            if sum(len(it.parsed.observations) for it in self._waiting) >= self.SMALL_FILE_ROWS:
                self._insert_waiting()
            return
        # registered whole: DuckDB scans only the columns the INSERT names (no copy of 3 million rows)
        self.con.register("new_obs", self._keyed(item.parsed.observations))
        item.rows_added = scalar(self.con, """
            INSERT INTO observations
            SELECT series_key, period::DATE, value::DOUBLE, $v, $load FROM new_obs
            WHERE value IS NOT NULL AND NOT isnan(value::DOUBLE)""", {"v": item.vintage, "load": item.load_id})
        self.con.unregister("new_obs")

    def _insert_waiting(self) -> None:
        """The small files waiting, in one INSERT; each one's ``rows_added`` is its values that are not NaN."""
        import numpy as np
        import pandas as pd

        items, self._waiting = self._waiting, []
        if not items:
            return
        cols: dict[str, list[np.ndarray]] = {"series_key": [], "period": [], "value": [], "load_id": [],
                                             "vintage": []}
        for it in items:
            obs = it.parsed.observations
            values = obs["value"].to_numpy(dtype="float64", na_value=np.nan)
            keep = ~np.isnan(values)
            it.rows_added = int(keep.sum())
            cols["series_key"].append(self._keyed(obs)["series_key"].to_numpy()[keep])
            cols["period"].append(obs["period"].to_numpy()[keep])
            cols["value"].append(values[keep])
            cols["load_id"].append(np.full(it.rows_added, it.load_id, dtype=np.int32))
            cols["vintage"].append(np.full(it.rows_added, np.datetime64(it.vintage, "us")))
        waiting = pd.DataFrame({k: np.concatenate(v) for k, v in cols.items()})
        self.con.register("new_obs", waiting)
        n = scalar(self.con, "INSERT INTO observations SELECT series_key, period::DATE, value, vintage, load_id "
                             "FROM new_obs")
        self.con.unregister("new_obs")
        if n != sum(it.rows_added for it in items):  # the invariants would refuse the write anyway
            raise StoreError(f"inserted {n} values of small files, expected {sum(it.rows_added for it in items)}")

    def commit_batch(self) -> None:
        """Write the batch's series, events and file records and commit.

        Each item's ``rows_added`` is what its INSERT reported (the invariants check them against
        the rows held before the store is swapped in)."""
        con, items = self.con, self._batch
        self._insert_waiting()
        self._write_series(items)
        for it in items:
            it.revisions = None
        self._write_events(items)
        self._write_files(items)
        # a batch is most of the store: written to the file at once, not to the WAL and then again at
        # the write's checkpoint
        con.execute("SET checkpoint_threshold = '0b'")
        con.execute("COMMIT")
        con.execute("RESET checkpoint_threshold")
        con.execute("RESET write_buffer_row_group_count")
        con.execute("RESET threads")
        if self._held is not None:
            self._held.update(it.source.id for it in items)
        self._batch = []

    def abort_batch(self) -> None:
        self.con.execute("ROLLBACK")
        self.con.execute("RESET checkpoint_threshold")
        self.con.execute("RESET write_buffer_row_group_count")
        self.con.execute("RESET threads")
        for it in self._batch:
            it.load_id, it.rows_added = None, 0
        self._batch, self._waiting = [], []

    # -- the small tables, written the same way by ``ingest`` and by a batch ---------------------

    def _write_series(self, items: list[FileLoad]) -> None:
        """Upsert the items' series; where two describe one id, the higher priority wins."""
        import pandas as pd

        by_priority = sorted(items, key=lambda it: it.source.priority)  # written last: wins
        series = pd.concat([it.parsed.series.assign(source_id=it.source.id, priority=it.source.priority)
                            for it in by_priority], ignore_index=True)
        series = series.drop_duplicates("id", keep="last")
        self.con.register("new_series", series.assign(key=self.keys_of(series["id"].to_numpy())))
        # into an empty table (a first load) a plain INSERT does the same in half the time
        verb = "INSERT" if scalar(self.con, "SELECT count(*) FROM series") == 0 else "INSERT OR REPLACE"
        self.con.execute(f"""
            {verb} INTO series
            SELECT id, title, source_id, unit, frequency, country, sector, notes, priority, key FROM new_series""")
        self.con.unregister("new_series")

    def _write_events(self, items: list[FileLoad]) -> None:
        """The items' events, stamped with their file and vintage."""
        import pandas as pd

        events = [it.parsed.events.assign(source_id=it.source.id, vintage=it.vintage, file_sha256=it.raw.sha256)
                  for it in items if it.parsed.events is not None and not it.parsed.events.empty]
        if not events:
            return
        self.con.register("new_events", pd.concat(events, ignore_index=True))
        self.con.execute("""
            INSERT INTO events SELECT source_id, vintage, file_sha256, date_start::DATE, date_end::DATE,
                kind, title, amount, unit, detail, source_ref FROM new_events""")
        self.con.unregister("new_events")

    def _write_files(self, items: list[FileLoad]) -> None:
        """One record per loaded file. A plain INSERT: a file already held fails the write (never replaced)."""
        self._files = self._forgot = None  # read again on the next question (committed or rolled back)

        now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        rows = [(it.load_id, it.raw.sha256, it.source.id, it.raw.file_name, it.raw.url, it.raw.origin,
                 it.raw.fetched_at, now, it.parsed.release_date, it.vintage, len(it.raw.content), it.raw.etag,
                 it.raw.last_modified, it.rows_added, _newest_day(it.parsed.observations),
                 json.dumps(it.parsed.meta, default=str), it.source.lag_days, it.source.priority) for it in items]
        # one statement with a row of parameters per file (executemany prepares a statement per row: 0.1 s
        # for 27 files; a registered DataFrame costs 20 ms to build)
        row = "(" + ", ".join(["?"] * len(rows[0])) + ")"
        self.con.execute(f"INSERT INTO files VALUES {', '.join([row] * len(rows))}", [v for r in rows for v in r])
        if has_table(self.con, "forgotten"):  # loaded again on purpose (import): no longer forgotten
            self.con.execute("DELETE FROM forgotten WHERE (sha256, source_id) IN (SELECT unnest($sha), unnest($src))",
                             {"sha": [r[1] for r in rows], "src": [r[2] for r in rows]})

    # -- undo one load ------------------------------------------------------------------------------
    def forget(self, load_id: int) -> Forgotten:
        """Remove one load and the values only it said, in one transaction.

        Values of this load that the source's next vintage also stated (it held no row of its own
        for them because they had not changed) are kept, attributed to that next load: forgetting an
        old vintage never changes what later vintages read. Series left with no value are dropped.
        The previous vintage of the source becomes current again.
        """
        con = self.con
        rec = con.execute("SELECT source_id, vintage, sha256, file_name, rows_added, loaded_at FROM files "
                          "WHERE load_id = ?", [load_id]).fetchall()
        if not rec:
            raise NoSuchLoad(f"no load {load_id} in the store: list them with `ustflow loads`")
        src, vintage, sha, file_name, rows, loaded_at = rec[0]
        nxt = con.execute("SELECT load_id, vintage FROM files WHERE source_id = ? AND load_id <> ? AND "
                          "(vintage > ? OR (vintage = ? AND load_id > ?)) ORDER BY vintage, load_id LIMIT 1",
                          [src, load_id, vintage, vintage, load_id]).fetchall()
        con.execute("BEGIN TRANSACTION")
        try:
            kept = 0
            if nxt:
                kept = scalar(con, """
                    INSERT INTO observations
                    SELECT x.series_key, x.period, x.value, $nv, $nl FROM observations x
                    WHERE x.load_id = $load AND NOT EXISTS (
                        SELECT 1 FROM observations y JOIN files f USING (load_id)
                        WHERE f.source_id = $src AND y.series_key = x.series_key AND y.period = x.period
                          AND y.load_id <> $load AND y.vintage >= $v AND y.vintage <= $nv)""",
                    {"nv": nxt[0][1], "nl": nxt[0][0], "load": load_id, "src": src, "v": vintage})
            con.execute("DELETE FROM observations WHERE load_id = ?", [load_id])
            con.execute("DELETE FROM events WHERE source_id = ? AND file_sha256 = ?", [src, sha])
            con.execute("DELETE FROM files WHERE load_id = ?", [load_id])
            if nxt:
                self._recount([nxt[0][0]])
            dropped = [r[0] for r in con.execute(
                "DELETE FROM series s WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.series_key = s.key) "
                "RETURNING id").fetchall()]
            con.execute("INSERT INTO forgotten VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [load_id, sha, src, file_name, vintage, rows - kept, kept, loaded_at,
                         datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self._held = self._files = self._forgot = self._keys = None
        return Forgotten(load_id, src, file_name, sha, vintage, rows - kept, kept, nxt[0][0] if nxt else None,
                         sorted(dropped))

