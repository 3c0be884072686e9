"""Per-source status: what we hold, when it was fetched and released, and whether it is stale.

A source is *stale* when its newest period is older than its cadence allows. Where the release
calendar (``ustflow.calendar``) knows the source, that means: the release that should have carried
the period after the newest one we hold is past its grace (MoF weekly: two days after the expected
Thursday; TIC: ten days after the expected 18th). Sources without a schedule (discontinued ones) fall
back to the registry: the period's end, plus the publisher's usual lag, plus the longest gap between
releases (``cadence_days``), plus a grace of a few days, is before today. The legacy TIC ``mfh.txt``
is the classic case: it still answers with status 200 but has not moved since January 2023.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from ustflow import cache, registry
from ustflow.cache import per_store_version, today_and_state
from ustflow.store import Store

GRACE_DAYS = 3


def _latest(con, as_of: date | None, store: Store | None = None):
    """Per source: release date, vintage, newest period, files, rows; as known on ``as_of`` when given.

    As of a date, a row counts from when it was known (its first vintage, or its usual release:
    ``ustflow.store``). Finding that takes a window over every observation (~3 million rows, ~2.5 s
    of CPU), so it is done once per store version (``_known_steps``, cached with ``store``) and each
    as-of date sums the steps before it (~0.02 s)."""
    from ustflow.store import reader

    if as_of is None:
        latest = con.execute("""
            SELECT f.source_id, arg_max(f.release_date, f.vintage) AS release_date, max(f.vintage) AS vintage,
                   max(f.newest_period) AS newest_period, max(f.loaded_at) AS loaded_at, count(*) AS files
            FROM files f GROUP BY ALL""").df().set_index("source_id")
        rows = con.execute("SELECT f.source_id, count(*) AS n FROM observations JOIN files f USING (load_id) "
                           "GROUP BY ALL").df()
        return latest.join(rows.set_index("source_id"), how="left")
    cut = reader.as_of_timestamp(as_of)
    steps = (cache.memo("status.known_steps", store, None, lambda: _known_steps(con))
             if store is not None else _known_steps(con))
    known = (steps[steps["known_from"] < cut].groupby("source_id")
             .agg(newest_period=("newest_period", "max"), n=("n", "sum")))
    files = con.execute("""
        SELECT f.source_id, arg_max(f.release_date, f.vintage) AS release_date, max(f.vintage) AS vintage,
               max(f.loaded_at) AS loaded_at, count(*) AS files
        FROM files f WHERE f.vintage < $cut GROUP BY ALL""", {"cut": cut}).df().set_index("source_id")
    return known.join(files, how="left")


def _known_steps(con):
    """Per source and instant a row became known (``known_from``): how many rows, their newest period."""
    from ustflow.store import reader

    return con.execute(f"""
        WITH k AS ({reader.KNOWN_SQL.format(where="TRUE")})
        SELECT source_id, known_from, max(period) AS newest_period, count(*) AS n FROM k GROUP BY ALL""").df()


def period_end(period: date, frequency: str) -> date:
    import pandas as pd

    ts = pd.Timestamp(period)
    if frequency == "M":
        return (ts + pd.offsets.MonthEnd(0)).date()
    if frequency == "Q":
        return (ts + pd.offsets.QuarterEnd(0)).date()
    if frequency == "A":
        return (ts + pd.offsets.YearEnd(0)).date()
    return ts.date()


def is_stale(source: registry.Source, newest_period: date | None, today: date | datetime) -> bool:
    """Stale by the release calendar where it knows the source, else by the registry's cadence.

    ``today``: a date (taken at noon UTC) or a tz-aware instant.
    """
    from ustflow import calendar

    if newest_period is None:
        return False
    verdict = calendar.is_stale(source.id, newest_period, today)
    if verdict is not None:
        return verdict
    if calendar.schedule_for(source.id) is not None:  # scheduled, but irregular (events): never stale
        return False
    day = today.date() if isinstance(today, datetime) else today
    due = period_end(newest_period, source.frequency) + timedelta(days=source.lag_days + source.cadence_days + GRACE_DAYS)
    return day > due


@per_store_version(extra=today_and_state)
def sources_table(store: Store, today: date | None = None, now: datetime | None = None, as_of=None):
    """One row per registry source: status, newest period, release, staleness and the next expected release.

    ``today`` (a date) or ``now`` (a tz-aware instant) fixes the clock; default: now. ``as_of``: the
    store as it was known on that date (newest period known then, files released by then), judged
    against that date's clock (``today`` defaults to it), without today's fetch state.
    """
    import pandas as pd

    from ustflow import calendar
    from ustflow.dates import parse_date

    if as_of is not None:
        as_of = parse_date(as_of, "as_of")
        today = today if today is not None or now is not None else as_of
    when = calendar.as_aware(now if now is not None else today)
    try:
        state = {} if as_of is not None else json.loads(store.state_path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        state = {}
    latest = pd.DataFrame()
    if store.exists():
        with store.read() as con:
            latest = _latest(con, as_of, store)
    out = []
    for s in registry.SOURCES.values():
        st = state.get(s.id, {})
        rec = latest.loc[s.id] if s.id in latest.index else None
        newest = rec["newest_period"] if rec is not None else None
        newest = pd.Timestamp(newest).date() if newest is not None and not pd.isna(newest) else None
        stale = is_stale(s, newest, when)
        exp_period, exp_at = calendar.expected_next(s.id, newest) if s.status not in ("discontinued",) else (None, None)
        sched = calendar.schedule_for(s.id)
        if rec is None:
            status = "failed" if st.get("last_status") == "failed" else "not loaded"
        elif s.status == "legacy":
            status = "legacy, stale" if stale else "legacy"
        elif s.status in ("discontinued",):
            status = "discontinued"
        elif stale:
            status = "stale"
        else:
            status = s.status if s.status != "live" else "ok"
        if rec is not None and st.get("last_status") == "failed":
            status += " (last update failed)"
        out.append({
            "source": s.id, "file": s.file, "status": status,
            "newest_period": newest.isoformat() if newest else None,
            "frequency": s.frequency,
            "release_date": (pd.Timestamp(rec["release_date"]).date().isoformat()
                             if rec is not None and not pd.isna(rec["release_date"]) else None),
            "vintage": str(rec["vintage"]) if rec is not None and not pd.isna(rec["vintage"]) else None,
            "last_fetch": st.get("last_fetch"),
            "rows": int(rec["n"]) if rec is not None and not pd.isna(rec["n"]) else 0,
            "files": int(rec["files"]) if rec is not None and not pd.isna(rec["files"]) else 0,
            "unit": s.unit, "publisher": s.publisher, "url": s.url,
            "stale": bool(stale or (s.status == "legacy" and stale)),
            "last_error": st.get("last_error"),
            "cadence": sched.cadence if sched is not None and s.status != "discontinued" else "discontinued",
            "expected_period": sched.label(exp_period) if sched is not None and exp_period is not None else None,
            "expected_release": (exp_at.isoformat() if exp_period is not None and exp_at is not None else None),
        })
    return pd.DataFrame(out)
