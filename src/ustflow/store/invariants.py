"""The writer's invariants: checked at the end of every write, which fails if one is broken.

What they protect: a value is only meaningful with the file that said it (its source, vintage,
URL and bytes in the raw archive). An observation without a file record is invisible to every read
(reads join ``files``), so losing the record loses the data; a file record whose row count does
not match what it holds means a write replaced or half-wrote it. Both happened when two updates ran
at once (issue 12); both are now impossible to commit.

1. every observation belongs to a file record (``observations.load_id`` in ``files``);
2. every file record is one load: its ``load_id`` is set and used by no other record;
3. every file record holds exactly ``rows_added`` observations;
4. every observation's series is described in ``series``;
5. every event belongs to a file record (same source and file hash).

All five are one or two scans of narrow columns: about 20 ms on the full store (a million rows).
"""

from __future__ import annotations

from ustflow.errors import StoreError


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
    undescribed = con.execute("SELECT count(DISTINCT series_id) FROM observations o "
                              "WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = o.series_id)").fetchall()[0][0]
    if undescribed:
        problems.append(f"{undescribed} series have observations but no description")
    stray = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM files f "
                        "WHERE f.source_id = e.source_id AND f.sha256 = e.file_sha256)").fetchall()[0][0]
    if stray:
        problems.append(f"{stray} events belong to no file record")
    return problems


def looks_intact(con) -> bool:
    """A cheap necessary condition for the invariants (a millisecond, for reads such as ``known_files``):
    the observations counted equal the rows the file records say they hold. A store damaged by a
    lost or replaced file record fails it; ``violations`` (run by every write) is the full check."""
    held, recorded = con.execute("SELECT (SELECT count(*) FROM observations), "
                                 "(SELECT coalesce(sum(rows_added), 0) FROM files)").fetchall()[0]
    return held == recorded


def check(con) -> None:
    """Raise InvariantError if any invariant is broken."""
    problems = violations(con)
    if problems:
        raise InvariantError(problems)
