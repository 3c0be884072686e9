"""The store's tables and layout version (see ``ustflow.store`` for what each table means)."""

from __future__ import annotations

from pathlib import Path

SCHEMA_VERSION = 3  # bump when the tables change; an older store is set aside and rebuilt by update
# 3: observations name their series by an integer key (``series.key``), not by its text id

SCHEMA = """
CREATE TABLE IF NOT EXISTS ustflow_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS series (
    id VARCHAR PRIMARY KEY, title VARCHAR, source_id VARCHAR, unit VARCHAR, frequency VARCHAR,
    country VARCHAR, sector VARCHAR, notes VARCHAR, priority INTEGER DEFAULT 0, key INTEGER NOT NULL);
-- a million rows: keep them narrow (the file, source, lag and priority live in ``files``). A value's
-- series is its integer ``series.key`` (given by the writer, one per id, never two ids at once): the
-- text id would be dictionary-compressed at every insert, a third of a full load's insert CPU. A
-- load's rows share one vintage and load id: run-length encoded (what DuckDB picks anyway), named here
-- so that writing a row group does not try every other method on them first (a tenth of a bulk insert)
CREATE TABLE IF NOT EXISTS observations (
    series_key INTEGER NOT NULL, period DATE NOT NULL, value DOUBLE NOT NULL,
    vintage TIMESTAMP NOT NULL USING COMPRESSION rle, load_id INTEGER NOT NULL USING COMPRESSION rle);
CREATE SEQUENCE IF NOT EXISTS load_ids START 1;
CREATE TABLE IF NOT EXISTS files (
    load_id INTEGER, sha256 VARCHAR, source_id VARCHAR, file_name VARCHAR, url VARCHAR, origin VARCHAR,
    fetched_at TIMESTAMP, loaded_at TIMESTAMP, release_date DATE, vintage TIMESTAMP,
    bytes BIGINT, etag VARCHAR, last_modified VARCHAR, rows_added BIGINT, newest_period DATE,
    meta VARCHAR, lag_days INTEGER, priority INTEGER, PRIMARY KEY (sha256, source_id));
CREATE TABLE IF NOT EXISTS events (
    source_id VARCHAR, vintage TIMESTAMP, file_sha256 VARCHAR, date_start DATE, date_end DATE,
    kind VARCHAR, title VARCHAR, amount DOUBLE, unit VARCHAR, detail VARCHAR, source_ref VARCHAR);
-- loads undone by ``ustflow forget``: update skips these files (an explicit import loads one again)
CREATE TABLE IF NOT EXISTS forgotten (
    load_id INTEGER PRIMARY KEY, sha256 VARCHAR, source_id VARCHAR, file_name VARCHAR, vintage TIMESTAMP,
    rows_removed BIGINT, rows_kept BIGINT, loaded_at TIMESTAMP, forgotten_at TIMESTAMP);
"""


def version(con) -> int:
    """The layout version recorded in a store (1 = the first layout, which had no meta table)."""
    try:
        rows = con.execute("SELECT value FROM ustflow_meta WHERE key = 'schema_version'").fetchall()
    except Exception:
        return 1
    return int(rows[0][0]) if rows else 1


def version_of(path: Path) -> int:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return version(con)
    finally:
        con.close()


def has_table(con, name: str) -> bool:
    """Does the store have this table? (``forgotten`` appears at the first write after an upgrade.)"""
    import duckdb

    try:  # a miss raises at once; duckdb_tables() would scan the catalog (20 ms)
        con.execute(f"SELECT 1 FROM {name} LIMIT 0").fetchall()
        return True
    except duckdb.CatalogException:
        return False


def scalar(con, sql: str, params=None):
    # fetchall, not fetchone: DuckDB 2 keeps a half-read result open and refuses the next statement
    return con.execute(sql, params or []).fetchall()[0][0]
