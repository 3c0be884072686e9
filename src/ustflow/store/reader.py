"""Reading the store: pure functions of a connection (the API, CLI, server and analytics use these).

How ``as_of`` dates a value is explained in ``ustflow.store``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from ustflow.store.schema import has_table, scalar

# est_release = the period's end + the publisher's usual lag (see ``ustflow.store``)
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
    from datetime import datetime, timedelta

    from ustflow.dates import parse_date

    if as_of is None:
        return None
    # a date means "at the end of that day"
    return datetime.combine(parse_date(as_of, "as_of"), datetime.min.time()) + timedelta(days=1)


def read_observations(con, series_ids: Sequence[str], *, start=None, end=None, as_of=None,
                      all_vintages: bool = False):
    """Long DataFrame (series_id, period, value, vintage, source_id, known_from)."""
    import pandas as pd

    from ustflow.dates import parse_date

    ids = list(series_ids)
    if not ids:
        return pd.DataFrame(columns=["series_id", "period", "value", "vintage", "source_id", "known_from"])
    params: dict = {"ids": ids}
    where = "o.series_id IN (SELECT unnest($ids))"
    if start is not None:
        where += " AND o.period >= $start"
        params["start"] = parse_date(start, "start")
    if end is not None:
        where += " AND o.period <= $end"
        params["end"] = parse_date(end, "end")
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
        params["since"] = _as_of_ts(since) - timedelta(days=1)
    return con.execute(sql + " ORDER BY vintage, series_id, period", params).df()


def row_count(con) -> int:
    return scalar(con, "SELECT count(*) FROM observations")


def loads(con, *, source: str | None = None, forgotten: bool = False):
    """One row per load (one loaded file): load_id, source, file, vintage, rows, loaded_at, origin, sha256.

    ``rows`` is the number of values the load holds (only values that differ from the source's
    previous vintage are stored). ``forgotten=True`` lists the loads undone by ``forget`` instead.
    """
    params: dict = {}
    where = "TRUE"
    if source:
        where = "source_id = $src"
        params["src"] = source
    if forgotten:
        if not has_table(con, "forgotten"):
            import pandas as pd

            return pd.DataFrame(columns=["load_id", "source", "file", "vintage", "rows_removed", "rows_kept",
                                         "loaded_at", "forgotten_at", "sha256"])
        sql = f"""SELECT load_id, source_id AS source, file_name AS file, vintage, rows_removed, rows_kept,
                         loaded_at, forgotten_at, sha256 FROM forgotten WHERE {where} ORDER BY load_id"""
    else:
        sql = f"""SELECT load_id, source_id AS source, file_name AS file, vintage, release_date, rows_added AS rows,
                         newest_period, loaded_at, origin, sha256 FROM files WHERE {where} ORDER BY load_id"""
    return con.execute(sql, params).df()
