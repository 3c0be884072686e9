"""The writer's invariants: checked at the end of every write, which fails if one is broken.

What they protect: a value is only meaningful with the file that said it (its source, vintage,
URL and bytes in the raw archive). An observation without a file record is invisible to every read
(reads join ``files``), so losing the record loses the data; a file record whose row count does
not match what it holds means a write replaced or half-wrote it. Both happened when two updates ran
at once (issue 12); both are now impossible to commit.

1. every observation belongs to a file record (``observations.load_id`` in ``files``);
2. every file record is one load: its ``load_id`` is set and used by no other record;
3. every file record holds exactly ``rows_added`` observations;
4. every observation's series is described in ``series`` (by its key; no two series share a key);
5. every event belongs to a file record (same source and file hash).

Checked in full (one or two scans of the whole store) on a store this code has not written (no
``invariants`` mark in ``ustflow_meta``) or that fails the cheap ``looks_intact``; at the end of a
write, over what the write changed (``Before`` / ``changed``): the loads it added, recounted or
removed, the series it removed, plus the totals of the whole store. The store held them all before
the write, so that is enough, and a write that adds one weekly file to three million values reads
its own rows, not the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from ustflow.errors import StoreError

MARK = "invariants"  # ustflow_meta key: the store was written by a writer that checks them


class InvariantError(StoreError):
    """A write would leave the store inconsistent; the write is refused and the store left as it was."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("the store's invariants do not hold, so this write was refused and the store left "
                         "as it was: " + "; ".join(problems))


def violations(con) -> list[str]:
    """What is wrong with the store behind ``con`` (empty list: nothing)."""
    problems: list[str] = []
    rows = con.execute("""
        WITH o AS (SELECT load_id, count(*) AS n FROM observations GROUP BY load_id)
        SELECT count(*) FILTER (WHERE f.load_id IS NULL) AS orphan_loads,
               coalesce(sum(o.n) FILTER (WHERE f.load_id IS NULL), 0) AS orphan_rows,
               count(*) FILTER (WHERE f.load_id IS NOT NULL AND f.rows_added IS DISTINCT FROM coalesce(o.n, 0))
                   AS miscounted,
               any_value(f.source_id || ' load ' || f.load_id || ': ' || coalesce(f.rows_added, 0) || ' recorded, '
                         || coalesce(o.n, 0) || ' held')
                   FILTER (WHERE f.load_id IS NOT NULL AND f.rows_added IS DISTINCT FROM coalesce(o.n, 0)) AS example
        FROM o FULL OUTER JOIN (SELECT load_id, source_id, rows_added FROM files) f USING (load_id)""").fetchall()
    orphan_loads, orphan_rows, miscounted, example = rows[0]
    if orphan_rows:
        problems.append(f"{orphan_rows:,} observations (in {orphan_loads} load ids) belong to no file record")
    if miscounted:
        problems.append(f"{miscounted} file records do not hold the rows they record (e.g. {example})")
    dup = con.execute("SELECT count(*) - count(DISTINCT load_id), count(*) FILTER (WHERE load_id IS NULL) "
                      "FROM files").fetchall()[0]
    if dup[0] or dup[1]:
        problems.append(f"{dup[0]} file records share a load id, {dup[1]} have none")
    undescribed = con.execute("SELECT count(DISTINCT series_key) FROM observations o "
                              "WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.key = o.series_key)").fetchall()[0][0]
    _described_and_no_stray_events(con, undescribed, problems)
    return problems


def _described_and_no_stray_events(con, undescribed: int, problems: list[str]) -> None:
    """The last checks of the full and the write-scoped invariants: observations of ``undescribed``
    series without a description, series that share a key, and events whose file record is gone (the
    series and events tables are small)."""
    if undescribed:
        problems.append(f"{undescribed} series have observations but no description")
    shared = con.execute("SELECT count(*) - count(DISTINCT key) FROM series").fetchall()[0][0]
    if shared:
        problems.append(f"{shared} series share a key with another")
    stray = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM files f "
                        "WHERE f.source_id = e.source_id AND f.sha256 = e.file_sha256)").fetchall()[0][0]
    if stray:
        problems.append(f"{stray} events belong to no file record")


def looks_intact(con) -> bool:
    """A cheap necessary condition for the invariants (a millisecond, for reads such as ``known_files``):
    the observations counted equal the rows the file records say they hold. A store damaged by a
    lost or replaced file record fails it; ``violations`` (run by every write) is the full check."""
    held, recorded = con.execute("SELECT (SELECT count(*) FROM observations), "
                                 "(SELECT coalesce(sum(rows_added), 0) FROM files)").fetchall()[0]
    return held == recorded


@dataclass
class Before:
    """The store at the start of a write (it held the invariants then): its file records."""

    loads: dict[int, int]  # load id -> rows recorded
    max_load: int

    @classmethod
    def of(cls, con) -> "Before":
        loads = dict(con.execute("SELECT load_id, rows_added FROM files").fetchall())
        con.execute("CREATE OR REPLACE TEMP TABLE _series_before AS SELECT key FROM series")
        return cls(loads, max((k for k in loads if k is not None), default=0))


def changed(con, before: Before) -> list[str]:
    """What is wrong with what the write changed since ``before`` (empty list: nothing).

    The whole store is read only through totals (its rows against the rows its file records hold);
    the rows read are those of the loads the write added, recounted or removed.
    """
    problems = []
    dup, no_id = con.execute("SELECT count(*) - count(DISTINCT load_id), count(*) FILTER (WHERE load_id IS NULL) "
                             "FROM files").fetchall()[0]
    if dup or no_id:
        problems.append(f"{dup} file records share a load id, {no_id} have none")
    files = {k: n for k, n in con.execute("SELECT load_id, rows_added FROM files").fetchall() if k is not None}
    recounted = {k for k, n in files.items() if k <= before.max_load and before.loads.get(k) != n}
    old = sorted(recounted | (before.loads.keys() - files.keys()))  # recounted or removed by this write
    ids = {"max": before.max_load, "old": old or [-1]}
    held = dict(con.execute("SELECT load_id, count(*) FROM observations WHERE load_id > $max GROUP BY ALL",
                            {"max": before.max_load}).fetchall())
    held.update(con.execute("SELECT load_id, count(*) FROM observations WHERE load_id IN (SELECT unnest($old)) "
                            "GROUP BY ALL", {"old": ids["old"]}).fetchall())
    orphans = sum(n for k, n in held.items() if k not in files)
    if orphans:
        problems.append(f"{orphans:,} observations belong to no file record")
    mine = {k for k in files if k > before.max_load} | set(old)
    wrong = [k for k in mine if k in files and files[k] != held.get(k, 0)]
    if wrong:
        problems.append(f"{len(wrong)} file records do not hold the rows they record")
    rows, recorded = con.execute("SELECT (SELECT count(*) FROM observations), "
                                 "(SELECT coalesce(sum(rows_added), 0) FROM files)").fetchall()[0]
    if rows != recorded:
        problems.append(f"the store holds {rows:,} observations and its file records {recorded:,}")
    undescribed = con.execute("""
        SELECT count(DISTINCT series_key) FROM observations o
        WHERE (o.load_id > $max OR o.load_id IN (SELECT unnest($old)))
          AND NOT EXISTS (SELECT 1 FROM series s WHERE s.key = o.series_key)""", ids).fetchall()[0][0]
    removed = [r[0] for r in con.execute("SELECT key FROM _series_before EXCEPT SELECT key FROM series").fetchall()]
    if removed:  # only ``forget`` removes series (those left with no value)
        undescribed += con.execute("SELECT count(DISTINCT series_key) FROM observations "
                                   "WHERE series_key IN (SELECT unnest($r))", {"r": removed}).fetchall()[0][0]
    _described_and_no_stray_events(con, undescribed, problems)
    con.execute("DROP TABLE IF EXISTS _series_before")
    return problems


def marked(con) -> bool:
    """Was this store written by a writer that checks the invariants at the end of every write?"""
    return bool(con.execute("SELECT count(*) FROM ustflow_meta WHERE key = ? AND value = 'checked'",
                            [MARK]).fetchall()[0][0])


def check(con, before: Before | None = None) -> None:
    """Raise InvariantError if any invariant is broken: over what the write changed since ``before``
    (the full check names the problems when that finds one), or over the whole store."""
    problems = changed(con, before) if before is not None else violations(con)
    if problems and before is not None:
        problems = violations(con) or problems
    if problems:
        raise InvariantError(problems)
