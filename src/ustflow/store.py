"""The vintaged store: one DuckDB file, values never overwritten, point-in-time reads.

Tables
- ``series``       id, title, source_id, unit, frequency, country, sector, notes
- ``observations`` series_id, period, value, vintage, load_id (-> ``files``: which file said it)
- ``files``        every file loaded: load_id, sha256, source, URL, fetch time, publisher release
                   date, vintage, and the source's lag and priority at load time
- ``events``       dated events (FX interventions, user events), per file vintage

Vintages. A file's *vintage* is the publisher's release date when the file states one (mfhhis01's
revision footer, MoF's "Final Update"), else the date in an archived file's name, else the HTTP
Last-Modified header, else the fetch time. Loading a file inserts only the values that differ from
what the same source said at that vintage, so an unchanged file adds nothing and a revision adds a
row beside the old one. Nothing is updated or deleted.

Point in time. ``as_of=D`` returns, per period, the newest value whose vintage is on or before D.
The first value we hold of a period was usually published before we loaded it: it is taken as known
from ``least(vintage, est_release)`` where ``est_release`` is the period's end plus the source's
usual publication lag (registry ``lag_days``). Later values count only from their own vintage.
This is what lets ``report --as-of`` show a past state even for files fetched today, while a known
revision (two vintages held) is shown exactly as published.

Concurrency. DuckDB lets one process write a file at a time, and a reader of a file that another
process writes can fail. So writers never touch the live file: ``Store.write()`` takes an exclusive
lock, copies the store to a temp file, writes there, checkpoints, and ``os.replace``-s it over the
live path. Readers open the live path read-only; a reader that opened the old file keeps a valid
(old) inode until it reopens. A crash at any moment leaves either the old or the new file.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from ustflow import config
from ustflow.errors import StoreError

SCHEMA_VERSION = 2  # bump when the tables change; an older store is set aside and rebuilt by update

SCHEMA = """
CREATE TABLE IF NOT EXISTS ustflow_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS series (
    id VARCHAR PRIMARY KEY, title VARCHAR, source_id VARCHAR, unit VARCHAR, frequency VARCHAR,
    country VARCHAR, sector VARCHAR, notes VARCHAR, priority INTEGER DEFAULT 0);
-- a million rows: keep them narrow (the file, source, lag and priority live in ``files``)
CREATE TABLE IF NOT EXISTS observations (
    series_id VARCHAR NOT NULL, period DATE NOT NULL, value DOUBLE NOT NULL,
    vintage TIMESTAMP NOT NULL, load_id INTEGER NOT NULL);
CREATE SEQUENCE IF NOT EXISTS load_ids START 1;
CREATE TABLE IF NOT EXISTS files (
    load_id INTEGER, sha256 VARCHAR, source_id VARCHAR, file_name VARCHAR, url VARCHAR, origin VARCHAR,
    fetched_at TIMESTAMP, loaded_at TIMESTAMP, release_date DATE, vintage TIMESTAMP,
    bytes BIGINT, etag VARCHAR, last_modified VARCHAR, rows_added BIGINT, newest_period DATE,
    meta VARCHAR, lag_days INTEGER, priority INTEGER, PRIMARY KEY (sha256, source_id));
CREATE TABLE IF NOT EXISTS events (
    source_id VARCHAR, vintage TIMESTAMP, file_sha256 VARCHAR, date_start DATE, date_end DATE,
    kind VARCHAR, title VARCHAR, amount DOUBLE, unit VARCHAR, detail VARCHAR, source_ref VARCHAR);
"""


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

    # ---------------------------------------------------------------- reading
    def exists(self) -> bool:
        return self.path.exists()

    @contextmanager
    def read(self, *, check_version: bool = True) -> Iterator["duckdb.DuckDBPyConnection"]:  # noqa: F821
        import duckdb

        if not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `ustflow update` (or `ustflow update --mirror DIR`) first")
        try:
            con = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error as e:  # pragma: no cover - depends on the file system
            raise StoreError(f"cannot open store {self.path}: {e}") from e
        try:
            if check_version and _version(con) != SCHEMA_VERSION:
                raise StoreError(f"the store at {self.path} has an older layout: run `ustflow update` to rebuild it")
            yield con
        finally:
            con.close()

    # ---------------------------------------------------------------- writing
    @contextmanager
    def write(self) -> Iterator["Writer"]:
        """Exclusive writer on a copy of the store, swapped in atomically on success."""
        import duckdb

        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            # we hold the lock, so any temp copy left here is from a writer that was killed
            for stale in self.path.parent.glob(f".{self.path.name}.*.tmp*"):
                stale.unlink(missing_ok=True)
            if self.path.exists():
                shutil.copyfile(self.path, tmp)
            con = duckdb.connect(str(tmp))
            if self.path.exists() and _version(con) != SCHEMA_VERSION:
                # an older layout: keep it beside the new store, rebuild from the sources
                con.close()
                os.replace(tmp, self.path.with_name(f"{self.path.name}.v{_version_of(self.path)}.old"))
                con = duckdb.connect(str(tmp))
            ok = False
            try:
                con.execute(SCHEMA)
                con.execute("INSERT OR REPLACE INTO ustflow_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
                writer = Writer(con)
                yield writer
                con.execute("CHECKPOINT")
                ok = True
            finally:
                con.close()
                if ok:
                    with open(tmp, "rb") as fh:
                        os.fsync(fh.fileno())
                    os.replace(tmp, self.path)
                    dfd = os.open(self.path.parent, os.O_RDONLY)
                    try:
                        os.fsync(dfd)
                    finally:
                        os.close(dfd)
                else:
                    tmp.unlink(missing_ok=True)
                tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)

    def known_files(self) -> set[tuple[str, str]]:
        """(sha256, source_id) of every file already loaded."""
        if not self.path.exists():
            return set()
        with self.read(check_version=False) as con:
            if _version(con) != SCHEMA_VERSION:
                return set()  # an older layout is rebuilt by the next write: load everything again
            return set(con.execute("SELECT sha256, source_id FROM files").fetchall())


def _version(con) -> int:
    try:
        rows = con.execute("SELECT value FROM ustflow_meta WHERE key = 'schema_version'").fetchall()
    except Exception:  # noqa: BLE001 - no meta table: the first layout
        return 1
    return int(rows[0][0]) if rows else 1


def _version_of(path: Path) -> int:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return _version(con)
    finally:
        con.close()


class Writer:
    """Writes into the temp copy. Each ``ingest`` is one transaction: all of a file or nothing."""

    def __init__(self, con):
        self.con = con
        self.last_revisions = None  # after ingest: values that changed from the previous vintage
        self._held: set[str] | None = None  # sources with a file in the store (see has_files)

    def ingest(self, raw, parsed, source, *, vintage: datetime) -> int:
        """Load one parsed file as one vintage; returns the number of observation rows added."""
        con = self.con
        obs = parsed.observations[["series_id", "period", "value"]]
        # diff against what this source already said (skipped when it has said nothing yet)
        has_prior = self.has_files(source.id)
        con.execute("BEGIN TRANSACTION")
        try:
            self._write_series([(parsed, source)])
            con.register("new_obs", obs)
            load_id = _scalar(con, "SELECT nextval('load_ids')")
            prior = """
                LEFT JOIN (
                    SELECT x.series_id, x.period, arg_max(x.value, x.vintage) AS value
                    FROM observations x JOIN files f USING (load_id) WHERE f.source_id = $src AND x.vintage <= $v
                    GROUP BY ALL) o
                  ON o.series_id = n.series_id AND o.period = n.period
                WHERE o.series_id IS NULL OR o.value <> n.value""" if has_prior else ""
            params = {"v": vintage, "load": load_id}
            if has_prior:
                params["src"] = source.id
            added = _scalar(con, f"""
                INSERT INTO observations
                WITH n AS (
                    SELECT series_id, period::DATE AS period, value::DOUBLE AS value
                    FROM new_obs WHERE value IS NOT NULL AND NOT isnan(value::DOUBLE))
                SELECT n.series_id, n.period, n.value, $v, $load
                FROM n {prior}""", params)
            con.unregister("new_obs")
            self.last_revisions = con.execute("""
                SELECT r.series_id, r.period, p.value AS old_value, r.value AS new_value
                FROM observations r
                JOIN (SELECT x.series_id, x.period, arg_max(x.value, x.vintage) AS value
                      FROM observations x JOIN files f USING (load_id)
                      WHERE f.source_id = $src AND x.vintage < $v GROUP BY ALL) p
                  ON p.series_id = r.series_id AND p.period = r.period
                WHERE r.load_id = $load
                ORDER BY r.series_id, r.period""",
                {"src": source.id, "v": vintage, "load": load_id}).df() if has_prior else None
            self._write_events([(raw, parsed, source, vintage)])
            self._write_files([(load_id, raw, parsed, source, vintage, added)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        if self._held is not None:
            self._held.add(source.id)
        return added

    def has_files(self, source_id: str) -> bool:
        """Does the store hold any file of this source (committed, or earlier in this write)?"""
        if self._held is None:
            self._held = {r[0] for r in self.con.execute("SELECT DISTINCT source_id FROM files").fetchall()}
        return source_id in self._held

    # -- a batch: files of sources the store has never held, in one transaction ------------------
    # With nothing to diff against, every value is new: each file's observations go in with one
    # plain INSERT as soon as it is parsed (overlapping the parsing of the others), and the small
    # tables are written at commit. All or nothing: if anything fails the caller rolls back and
    # loads the files one by one with ``ingest``. A full load from an empty store is one batch.

    def begin_batch(self) -> None:
        self.con.execute("BEGIN TRANSACTION")
        self._batch: list = []

    def add_to_batch(self, raw, parsed, source, vintage: datetime) -> None:
        load_id = _scalar(self.con, "SELECT nextval('load_ids')")
        obs = parsed.observations[["series_id", "period", "value"]]
        self.con.register("new_obs", obs)
        self.con.execute("""
            INSERT INTO observations
            SELECT series_id, period::DATE, value::DOUBLE, $v, $load FROM new_obs
            WHERE value IS NOT NULL AND NOT isnan(value::DOUBLE)""", {"v": vintage, "load": load_id})
        self.con.unregister("new_obs")
        self._batch.append((load_id, raw, parsed, source, vintage))

    def commit_batch(self) -> dict[str, int]:
        """Write the batch's series, events and file records and commit; rows added per source."""
        con, items = self.con, self._batch
        self._write_series([(parsed, source) for _, _, parsed, source, _ in items])
        added = dict(con.execute("SELECT load_id, count(*) FROM observations WHERE load_id IN "
                                 "(SELECT unnest($ids)) GROUP BY ALL", {"ids": [it[0] for it in items]}).fetchall())
        self._write_events([(raw, parsed, source, v) for _, raw, parsed, source, v in items])
        self._write_files([(lid, raw, parsed, source, v, added.get(lid, 0)) for lid, raw, parsed, source, v in items])
        con.execute("COMMIT")
        self.last_revisions = None
        if self._held is not None:
            self._held.update(source.id for _, _, _, source, _ in items)
        return {source.id: added.get(lid, 0) for lid, _, _, source, _ in items}

    # -- the small tables, written the same way by ``ingest`` and by a batch ---------------------

    def _write_series(self, items: list) -> None:
        """Upsert the series of (parsed, source) items; where two describe one id, the higher priority wins."""
        import pandas as pd

        by_priority = sorted(items, key=lambda it: it[1].priority)  # written last: wins
        series = pd.concat([parsed.series.assign(source_id=source.id, priority=source.priority)
                            for parsed, source in by_priority], ignore_index=True)
        self.con.register("new_series", series.drop_duplicates("id", keep="last"))
        self.con.execute("""
            INSERT OR REPLACE INTO series
            SELECT id, title, source_id, unit, frequency, country, sector, notes, priority FROM new_series""")
        self.con.unregister("new_series")

    def _write_events(self, items: list) -> None:
        """Events of (raw, parsed, source, vintage) items, stamped with their file and vintage."""
        import pandas as pd

        events = [parsed.events.assign(source_id=source.id, vintage=v, file_sha256=raw.sha256)
                  for raw, parsed, source, v in items if parsed.events is not None and not parsed.events.empty]
        if not events:
            return
        self.con.register("new_events", pd.concat(events, ignore_index=True))
        self.con.execute("""
            INSERT INTO events SELECT source_id, vintage, file_sha256, date_start::DATE, date_end::DATE,
                kind, title, amount, unit, detail, source_ref FROM new_events""")
        self.con.unregister("new_events")

    def _write_files(self, items: list) -> None:
        """One record per loaded file, from (load_id, raw, parsed, source, vintage, rows_added) items."""
        import json

        import pandas as pd

        now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        cols = ["load_id", "sha256", "source_id", "file_name", "url", "origin", "fetched_at", "loaded_at",
                "release_date", "vintage", "bytes", "etag", "last_modified", "rows_added", "newest_period",
                "meta", "lag_days", "priority"]
        files = pd.DataFrame(
            [[lid, raw.sha256, source.id, raw.file_name, raw.url, raw.origin, raw.fetched_at, now,
              parsed.release_date, v, len(raw.content), raw.etag, raw.last_modified, added,
              parsed.observations["period"].max() if not parsed.observations.empty else None,
              json.dumps(parsed.meta, default=str), source.lag_days, source.priority]
             for lid, raw, parsed, source, v, added in items], columns=cols)
        # one statement (executemany prepares a statement per row: 0.1 s for 27 files)
        self.con.register("new_files", files)
        self.con.execute("""INSERT OR REPLACE INTO files SELECT load_id::INTEGER, sha256, source_id, file_name, url,
            origin, fetched_at::TIMESTAMP, loaded_at::TIMESTAMP, release_date::DATE, vintage::TIMESTAMP,
            bytes::BIGINT, etag::VARCHAR, last_modified::VARCHAR, rows_added::BIGINT, newest_period::DATE, meta,
            lag_days::INTEGER, priority::INTEGER FROM new_files""")
        self.con.unregister("new_files")

    def abort_batch(self) -> None:
        self.con.execute("ROLLBACK")
        self._batch = []

    def vintage_taken(self, source_id: str, vintage: datetime, sha: str) -> bool:
        """Does another file of this source already hold this vintage timestamp?"""
        if not self.has_files(source_id):
            return False
        row = self.con.execute(
            "SELECT count(*) FROM files WHERE source_id = ? AND vintage = ? AND sha256 <> ?",
            [source_id, vintage, sha]).fetchall()
        return row[0][0] > 0


# ---------------------------------------------------------------------- queries
# Pure functions of a connection: the API, CLI, server and analytics all read through these.

# est_release = the period's end + the publisher's usual lag (see the module docstring)
_KNOWN = """
    WITH o AS (
        SELECT o.series_id, o.period, o.value, o.vintage, f.source_id, f.sha256 AS file_sha256, f.priority,
               (CASE s.frequency
                    WHEN 'M' THEN last_day(o.period)
                    WHEN 'Q' THEN date_trunc('quarter', o.period) + INTERVAL 3 MONTH - INTERVAL 1 DAY
                    WHEN 'A' THEN date_trunc('year', o.period) + INTERVAL 1 YEAR - INTERVAL 1 DAY
                    ELSE o.period END + to_days(f.lag_days))::TIMESTAMP AS est_release
        FROM observations o JOIN files f USING (load_id) JOIN series s ON s.id = o.series_id
        WHERE {where})
    SELECT o.*, CASE WHEN o.vintage = min(o.vintage) OVER (PARTITION BY o.series_id, o.period)
                     THEN least(o.vintage, o.est_release) ELSE o.vintage END AS known_from
    FROM o
"""


def _as_of_ts(as_of: date | str | None):
    import pandas as pd

    if as_of is None:
        return None
    # a date means "at the end of that day"
    return (pd.Timestamp(as_of).normalize() + pd.Timedelta(days=1)).to_pydatetime()


def read_observations(con, series_ids: Sequence[str], *, start=None, end=None, as_of=None,
                      all_vintages: bool = False):
    """Long DataFrame (series_id, period, value, vintage, source_id, known_from)."""
    import pandas as pd

    ids = list(series_ids)
    if not ids:
        return pd.DataFrame(columns=["series_id", "period", "value", "vintage", "source_id", "known_from"])
    params: dict = {"ids": ids}
    where = "o.series_id IN (SELECT unnest($ids))"
    if start is not None:
        where += " AND o.period >= $start"
        params["start"] = pd.Timestamp(start).date()
    if end is not None:
        where += " AND o.period <= $end"
        params["end"] = pd.Timestamp(end).date()
    sql = f"WITH k AS ({_KNOWN.format(where=where)}) SELECT series_id, period, value, vintage, source_id, known_from, file_sha256 FROM k"
    if as_of is not None:
        sql += " WHERE known_from < $asof"
        params["asof"] = _as_of_ts(as_of)
    if not all_vintages:
        sql += " QUALIFY row_number() OVER (PARTITION BY series_id, period ORDER BY vintage DESC, priority DESC) = 1"
    sql += " ORDER BY series_id, period, vintage"
    df = con.execute(sql, params).df()
    df["period"] = pd.to_datetime(df["period"])
    return df


def series_meta(con, ids: Sequence[str] | None = None):
    sql = "SELECT id, title, source_id, unit, frequency, country, sector, notes FROM series"
    if ids is not None:
        return con.execute(sql + " WHERE id IN (SELECT unnest($ids)) ORDER BY id", {"ids": list(ids)}).df()
    return con.execute(sql + " ORDER BY id").df()


def search_series(con, text: str | None = None):
    sql = """SELECT s.id, s.title, s.unit, s.frequency, s.source_id, count(o.period) AS n,
                    min(o.period) AS first, max(o.period) AS last
             FROM series s LEFT JOIN observations o ON o.series_id = s.id"""
    params: dict = {}
    if text:
        sql += " WHERE s.id ILIKE $q OR s.title ILIKE $q OR s.country ILIKE $q OR s.sector ILIKE $q"
        params["q"] = f"%{text}%"
    sql += " GROUP BY ALL ORDER BY s.id"
    return con.execute(sql, params).df()


def files(con):
    return con.execute("SELECT * FROM files ORDER BY source_id, vintage").df()


def read_file_meta(con, source_id: str, *, as_of=None) -> dict | None:
    """The parser's ``meta`` (a dict) of the newest file of ``source_id`` (vintage on or before
    ``as_of`` when one is, else the oldest held: facts such as mfhhis01's series breaks are about
    past months and hold for every vintage), or None when the store holds no file of it."""
    import json

    rows = con.execute("SELECT meta, vintage FROM files WHERE source_id = ? ORDER BY vintage",
                       [source_id]).fetchall()
    if not rows:
        return None
    if as_of is not None:
        cut = _as_of_ts(as_of)
        known = [r for r in rows if r[1] < cut]
        rows = known or rows[:1]
    return json.loads(rows[-1][0]) if rows[-1][0] else {}


def read_events(con, *, kind: str | None = None, as_of=None):
    """Events from the newest file of each source, limited to those that started by ``as_of``.

    Events are dated facts (an intervention on 2024-07-11 happened then, whenever we learnt of it),
    so a past ``as_of`` shows the events up to that date from the best list we hold.
    """
    params: dict = {}
    where = "TRUE"
    if as_of is not None:
        where += " AND date_start < $asof"
        params["asof"] = _as_of_ts(as_of)
    if kind:
        where += " AND kind = $kind"
        params["kind"] = kind
    sql = f"""
        WITH latest AS (SELECT source_id, max(vintage) AS v FROM events GROUP BY ALL)
        SELECT e.* EXCLUDE (file_sha256) FROM events e
        JOIN latest l ON l.source_id = e.source_id AND l.v = e.vintage
        WHERE {where} ORDER BY date_start"""
    return con.execute(sql, params).df()


def read_revisions(con, *, series_ids: Sequence[str] | None = None, since=None, min_share: float = 0.0):
    """Every revision: a value that differs from what the same source said at its previous vintage.

    Columns: series_id, period, source_id, old_value, new_value, change, share (|change| / |old|),
    old_vintage, vintage. ``min_share`` keeps only revisions at least that large (0.05 = 5%).
    """
    params: dict = {"min": min_share}
    where = "TRUE"
    if series_ids is not None:
        where += " AND series_id IN (SELECT unnest($ids))"
        params["ids"] = list(series_ids)
    sql = f"""
        WITH o AS (
            SELECT series_id, period, f.source_id, value, o.vintage,
                   lag(value) OVER w AS old_value, lag(o.vintage) OVER w AS old_vintage
            FROM observations o JOIN files f USING (load_id) WHERE {where}
            WINDOW w AS (PARTITION BY series_id, period, f.source_id ORDER BY o.vintage))
        SELECT series_id, period, source_id, old_value, value AS new_value, value - old_value AS change,
               abs(value - old_value) / nullif(abs(old_value), 0) AS share, old_vintage, vintage
        FROM o WHERE old_value IS NOT NULL AND value <> old_value
          AND coalesce(abs(value - old_value) / nullif(abs(old_value), 0), 1e9) >= $min"""
    if since is not None:
        sql += " AND vintage >= $since"
        params["since"] = _as_of_ts(since) - __import__("datetime").timedelta(days=1)
    return con.execute(sql + " ORDER BY vintage, series_id, period", params).df()


def row_count(con) -> int:
    return _scalar(con, "SELECT count(*) FROM observations")


def _scalar(con, sql: str, params=None):
    # fetchall, not fetchone: DuckDB 2 keeps a half-read result open and refuses the next statement
    return con.execute(sql, params or []).fetchall()[0][0]
