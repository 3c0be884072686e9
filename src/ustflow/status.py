"""Per-source status: what we hold, when it was fetched and released, and whether it is stale.

A source is *stale* when its newest period is older than its cadence allows: the period's end, plus
the publisher's usual lag, plus the longest gap between releases (``cadence_days``), plus a grace
of a few days, is before today. The legacy TIC ``mfh.txt`` is the classic case: it still answers
with status 200 but has not moved since January 2023.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from ustflow import registry
from ustflow.store import Store

GRACE_DAYS = 3


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


def is_stale(source: registry.Source, newest_period: date | None, today: date) -> bool:
    if newest_period is None:
        return False
    due = period_end(newest_period, source.frequency) + timedelta(days=source.lag_days + source.cadence_days + GRACE_DAYS)
    return today > due


def sources_table(store: Store, today: date | None = None):
    import pandas as pd

    today = today or date.today()
    try:
        state = json.loads(store.state_path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        state = {}
    latest = pd.DataFrame()
    if store.exists():
        with store.read() as con:
            latest = con.execute("""
                SELECT f.source_id, arg_max(f.release_date, f.vintage) AS release_date, max(f.vintage) AS vintage,
                       max(f.newest_period) AS newest_period, max(f.loaded_at) AS loaded_at, count(*) AS files
                FROM files f GROUP BY ALL""").df().set_index("source_id")
            rows = con.execute("SELECT source_id, count(*) AS n FROM observations GROUP BY ALL").df()
            latest = latest.join(rows.set_index("source_id"), how="left")
    out = []
    for s in registry.SOURCES.values():
        st = state.get(s.id, {})
        rec = latest.loc[s.id] if s.id in latest.index else None
        newest = rec["newest_period"] if rec is not None else None
        newest = pd.Timestamp(newest).date() if newest is not None and not pd.isna(newest) else None
        stale = is_stale(s, newest, today)
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
            "vintage": str(rec["vintage"]) if rec is not None else None,
            "last_fetch": st.get("last_fetch"),
            "rows": int(rec["n"]) if rec is not None and not pd.isna(rec["n"]) else 0,
            "files": int(rec["files"]) if rec is not None else 0,
            "unit": s.unit, "publisher": s.publisher, "url": s.url,
            "stale": bool(stale or s.status == "legacy" and stale),
            "last_error": st.get("last_error"),
        })
    return pd.DataFrame(out)
