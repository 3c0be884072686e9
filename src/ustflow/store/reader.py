"""Reading the store: pure functions of a connection (the API, CLI, server and analytics use these).

How ``as_of`` dates a value is explained in ``ustflow.store``.
"""

from __future__ import annotations

import contextvars
import os
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Iterator, Sequence

from ustflow.store.schema import has_table, scalar

# est_release = the period's end + the publisher's usual lag (see ``ustflow.store``). The window is
# partitioned by the series' integer key, one to one with its id: over every observation (the as-of
# status' known steps, ~3 million rows) partitioning by the id string took ~40% more CPU (3.2 -> 1.9 s).
KNOWN_SQL = """
    WITH o AS (
        SELECT s.id AS series_id, o.series_key, o.period, o.value, o.vintage, f.source_id, f.sha256 AS file_sha256,
               f.priority,
               (CASE s.frequency
                    WHEN 'M' THEN last_day(o.period)
                    WHEN 'Q' THEN date_trunc('quarter', o.period) + INTERVAL 3 MONTH - INTERVAL 1 DAY
                    WHEN 'A' THEN date_trunc('year', o.period) + INTERVAL 1 YEAR - INTERVAL 1 DAY
                    ELSE o.period END + to_days(f.lag_days))::TIMESTAMP AS est_release
        FROM observations o JOIN files f USING (load_id) JOIN series s ON s.key = o.series_key
        WHERE {where})
    SELECT o.*, CASE WHEN o.vintage = min(o.vintage) OVER (PARTITION BY o.series_key, o.period)
                     THEN least(o.vintage, o.est_release) ELSE o.vintage END AS known_from
    FROM o
"""


def as_of_timestamp(as_of: date | str | None):
    from datetime import datetime, timedelta

    from ustflow.dates import parse_date

    if as_of is None:
        return None
    # a date means "at the end of that day"
    return datetime.combine(parse_date(as_of, "as_of"), datetime.min.time()) + timedelta(days=1)


ARCHIVED = "archived vintages"
BACKDATED = "latest values, backdated (pseudo real time)"

# Strict as-of reads (only vintages actually archived by the date) for everything in this context;
# the CLI's --strict and ``ustflow.api`` (``strict=``) set it. Default: USTFLOW_STRICT_VINTAGES=1.
STRICT: "contextvars.ContextVar[bool]" = contextvars.ContextVar(
    "ustflow_strict_vintages", default=os.environ.get("USTFLOW_STRICT_VINTAGES") == "1")
# Every as-of read in a context records which kind of vintage each series used (the CLI prints it).
LEDGER: "contextvars.ContextVar[list | None]" = contextvars.ContextVar("ustflow_as_of_ledger", default=None)


@contextmanager
def as_of_ledger() -> Iterator[list]:
    """Collect ``(as_of, series id, kind dict)`` of every as-of read inside the block."""
    entries: list = []
    token = LEDGER.set(entries)
    try:
        yield entries
    finally:
        LEDGER.reset(token)


def describe_vintages(entries: list) -> str:
    """One line on the vintages an as-of result used: how many series of each kind, named."""
    by: dict[tuple, list] = {}
    for as_of, sid, k in entries:
        by.setdefault((as_of, k["kind"]), [])
        if sid not in by[(as_of, k["kind"])]:
            by[(as_of, k["kind"])].append(sid)
    parts = []
    for (as_of, kind), sids in sorted(by.items()):
        names = ", ".join(sids[:6]) + (f" and {len(sids) - 6} more" if len(sids) > 6 else "")
        parts.append(f"as of {as_of}: {kind} for {len(sids)} series ({names})")
    strict = any(k.get("strict") for _, _, k in entries)
    tail = ("" if strict else "; --strict uses archived vintages only") if any(
        k["kind"] == BACKDATED for _, _, k in entries) else ""
    from datetime import date

    today = date.today().isoformat()
    future = sorted({str(a)[:10] for a, _, _ in entries if str(a)[:10] > today})
    if future:  # an as-of date to come is accepted (a scheduled report), but it cannot know more than today
        tail += f"; {', '.join(future)} is after today ({today}): this is what the store holds now"
    return "; ".join(parts) + tail


def read_observations(con, series_ids: Sequence[str], *, start=None, end=None, as_of=None,
                      all_vintages: bool = False, strict: bool | None = None):
    """Long DataFrame (series_id, period, value, vintage, source_id, known_from, file_sha256).

    With ``as_of`` (and not ``all_vintages``) each series is read in one of two ways, named in
    ``df.attrs['vintage_kinds']`` (series id -> dict with ``kind``, ``vintage``, ``note``):

    - ``archived vintages``: the newest value of each period among the files whose vintage is on or
      before ``as_of`` (what was published by then, as far as the store archived it);
    - ``latest values, backdated (pseudo real time)``: when a period expected to be published by
      ``as_of`` (period end + the publisher's usual lag) is held only in a later file, the series is
      read as of the earliest vintage ``V`` that holds every such period, for every period, and cut
      to the periods expected by ``as_of``. One vintage for the whole series: new periods never sit
      next to values that the release carrying them had already revised (a combination never
      published); the price is that older periods carry ``V``'s revisions.

    ``strict`` (default: the ``STRICT`` context, set by ``--strict``) keeps to archived vintages only:
    periods no archived file held by ``as_of`` are missing, and the note says how many.
    """
    import pandas as pd

    from ustflow.dates import parse_date

    ids = list(series_ids)
    if not ids:
        return pd.DataFrame(columns=["series_id", "period", "value", "vintage", "source_id", "known_from"])
    params: dict = {"ids": ids}
    where = "s.id IN (SELECT unnest($ids))"
    if start is not None:
        where += " AND o.period >= $start"
        params["start"] = parse_date(start, "start")
    if end is not None:
        where += " AND o.period <= $end"
        params["end"] = parse_date(end, "end")
    cols = "series_id, period, value, vintage, source_id, known_from, file_sha256"
    if as_of is not None and not all_vintages:
        sql = f"WITH k AS ({KNOWN_SQL.format(where=where)}) SELECT {cols}, priority, est_release FROM k"
        df = con.execute(sql + " ORDER BY series_id, period, vintage", params).df()
        df["period"] = pd.to_datetime(df["period"])
        return as_of_view(df, as_of_timestamp(as_of), STRICT.get() if strict is None else strict)
    sql = f"WITH k AS ({KNOWN_SQL.format(where=where)}) SELECT {cols} FROM k"
    if as_of is not None:
        sql += " WHERE known_from < $asof"
        params["asof"] = as_of_timestamp(as_of)
    if not all_vintages:
        sql += " QUALIFY row_number() OVER (PARTITION BY series_id, period ORDER BY vintage DESC, priority DESC) = 1"
    sql += " ORDER BY series_id, period, vintage"
    df = con.execute(sql, params).df()
    df["period"] = pd.to_datetime(df["period"])
    return df


def as_of_view(rows, cut, strict: bool):
    """Every vintage's rows (with ``priority`` and ``est_release``) -> one value per series and period
    as known at ``cut`` (see :func:`read_observations`), with ``attrs['vintage_kinds']``.

    Array operations over the rows sorted by series, period, vintage and priority (no loop over
    series: 1,500 series and 500,000 rows in 0.2 s, where a pandas groupby per series took 7 s): per
    (series, period) its first vintage (the group's first row), whether that first release was due by
    ``cut`` and whether a vintage before ``cut`` holds it; per series which reading applies."""
    import numpy as np
    import pandas as pd

    out_cols = ["series_id", "period", "value", "vintage", "source_id", "known_from", "file_sha256"]
    if rows.empty:
        return _finish(rows.iloc[:0][out_cols], {}, cut, strict)
    # the query's order among equal keys is kept (stable), so the newest row of a period is its last
    g = rows.sort_values(["series_id", "period", "vintage", "priority"], kind="stable", ignore_index=True)
    sid, per = g["series_id"].to_numpy(), g["period"].to_numpy()
    vint, est = g["vintage"].to_numpy(), g["est_release"].to_numpy()
    at = np.datetime64(pd.Timestamp(cut).to_datetime64())
    new_s = np.ones(len(g), dtype=bool)
    new_s[1:] = sid[1:] != sid[:-1]
    new_p = new_s.copy()
    new_p[1:] |= per[1:] != per[:-1]
    gid, srow = np.cumsum(new_p) - 1, np.cumsum(new_s) - 1  # each row's (series, period) and series
    gs, ss = np.flatnonzero(new_p), np.flatnonzero(new_s)  # their first rows
    v8 = vint.view("i8")
    first = v8[gs]  # each period's first vintage
    arch = vint < at
    have = arch[gs]  # a vintage before the cut holds the period (its first one does)
    due = np.logical_or.reduceat((v8 == first[gid]) & ~np.isnat(est) & (est < at), gs)  # first release due
    needed = due & ~have
    g_of_s = gid[ss]
    n_needed = np.add.reduceat(needed.astype(np.int64), g_of_s)
    low = np.iinfo(np.int64).min
    arch_max = np.maximum.reduceat(np.where(arch, v8, low), ss)
    v_back = np.maximum.reduceat(np.where(needed, first, low), g_of_s)  # the earliest vintage holding all due
    back = (n_needed > 0) & (not strict)
    keep = np.where(back[srow], (v8 <= v_back[srow]) & (due | have)[gid], arch)
    kept = np.flatnonzero(keep)
    last = kept[np.r_[gid[kept][1:] != gid[kept][:-1], True]] if len(kept) else kept
    at_ts = lambda i: pd.Timestamp(np.int64(i).view(vint.dtype))  # noqa: E731
    pos = {s: i for i, s in enumerate(sid[ss])}
    kinds: dict[str, dict] = {}
    for s in pd.unique(rows["series_id"]):
        i = pos[s]
        need = int(n_needed[i])
        if back[i]:
            v = at_ts(v_back[i])
            kinds[s] = {"kind": BACKDATED, "vintage": str(v),
                        "note": (f"{need} period(s) due by then held only in a later file: the series as of "
                                 f"its vintage {v.date()}, dated to the periods' usual release")}
        else:
            kinds[s] = {"kind": ARCHIVED, "vintage": str(at_ts(arch_max[i])) if arch_max[i] != low else None,
                        "note": (f"{need} period(s) due by then are in no vintage archived by then: left out"
                                 if strict and need else "")}
    return _finish(g.loc[last, out_cols], kinds, cut, strict)


def _finish(view, kinds: dict, cut, strict: bool):
    """Sorted by series and period, with its kinds in ``attrs``; the as-of ledger is told."""
    import pandas as pd

    df = view.sort_values(["series_id", "period"], ignore_index=True)
    for k in kinds.values():
        k["strict"] = strict
    df.attrs["vintage_kinds"] = kinds
    ledger = LEDGER.get()
    if ledger is not None:
        day = (pd.Timestamp(cut) - pd.Timedelta(days=1)).date().isoformat()
        ledger.extend((day, sid, k) for sid, k in kinds.items())
    return df


def series_meta(con, ids: Sequence[str] | None = None):
    sql = "SELECT id, title, source_id, unit, frequency, country, sector, notes FROM series"
    if ids is not None:
        return con.execute(sql + " WHERE id IN (SELECT unnest($ids)) ORDER BY id", {"ids": list(ids)}).df()
    return con.execute(sql + " ORDER BY id").df()


def series_sources(con) -> dict[str, str]:
    """Every series id -> its source id (0.02 s for 31,000 series, where ``series_meta`` takes 0.4)."""
    return dict(con.execute("SELECT id, source_id FROM series").fetchall())


def search_series(con, text: str | None = None):
    sql = """SELECT s.id, s.title, s.unit, s.frequency, s.source_id, count(o.period) AS n,
                    min(o.period) AS first, max(o.period) AS last
             FROM series s LEFT JOIN observations o ON o.series_key = s.key"""
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
        cut = as_of_timestamp(as_of)
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
        params["asof"] = as_of_timestamp(as_of)
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
        where += " AND s.id IN (SELECT unnest($ids))"
        params["ids"] = list(series_ids)
    sql = f"""
        WITH o AS (
            SELECT s.id AS series_id, period, f.source_id, value, o.vintage,
                   lag(value) OVER w AS old_value, lag(o.vintage) OVER w AS old_vintage
            FROM observations o JOIN files f USING (load_id) JOIN series s ON s.key = o.series_key WHERE {where}
            WINDOW w AS (PARTITION BY o.series_key, period, f.source_id ORDER BY o.vintage))
        SELECT series_id, period, source_id, old_value, value AS new_value, value - old_value AS change,
               abs(value - old_value) / nullif(abs(old_value), 0) AS share, old_vintage, vintage
        FROM o WHERE old_value IS NOT NULL AND value <> old_value
          AND coalesce(abs(value - old_value) / nullif(abs(old_value), 0), 1e9) >= $min"""
    if since is not None:
        sql += " AND vintage >= $since"
        params["since"] = as_of_timestamp(since) - timedelta(days=1)
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
