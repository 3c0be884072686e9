"""The track record of live nowcasts: what was estimated, when, from which inputs, and the error once
TIC published the month.

One JSON line per event in ``HOME/nowcast/track.jsonl``: ``{"kind": "nowcast", ...}`` when a live
nowcast is made (once per store version, holder and month: re-running on the same data adds
nothing), ``{"kind": "score", ...}`` when a later store holds the published value. The published
value is the *first* one the store holds for the month (the earliest vintage loaded), so a record
is scored against what TIC first said as far as the store knows. Appends take an exclusive lock on
``track.jsonl.lock``, so concurrent runs never interleave lines.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store
    from ustflow.views.nowcast import Nowcast

COLUMNS = ["recorded_at", "country", "month", "horizon_months", "estimate_usd_bn", "low_usd_bn", "high_usd_bn",
           "published_usd_bn", "published_vintage", "error_usd_bn", "naive_error_usd_bn", "covered", "status",
           "last_published", "spec", "inputs"]


def path(store: "Store") -> Path:
    return store.home / "nowcast" / "track.jsonl"


@contextmanager
def _locked(p: Path) -> Iterator[None]:
    import fcntl

    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p.with_name(p.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _read(p: Path) -> list[dict]:
    if not p.exists():
        return []
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:  # a torn line from a killed writer: skip it, keep the rest
            continue
    return out


def _append(p: Path, events: list[dict]) -> None:
    if not events:
        return
    with open(p, "a", encoding="utf-8") as f:
        f.write("".join(json.dumps(e, sort_keys=True, default=str) + "\n" for e in events))
        f.flush()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record(store: "Store", nc: "Nowcast", version: str) -> int:
    """Append the nowcast's estimates not yet recorded for this store version; returns how many."""
    p = path(store)
    est = nc.estimates[nc.estimates["status"] == "estimate"]
    if est.empty:
        return 0
    with _locked(p):
        seen = {e["id"] for e in _read(p) if e.get("kind") == "nowcast"}
        new = []
        for r in est.itertuples(index=False):
            rid = f"{nc.country}:{r.month}:{version}"
            if rid in seen:
                continue
            new.append({"kind": "nowcast", "id": rid, "recorded_at": _now(), "country": nc.country,
                        "month": r.month, "horizon_months": int(r.horizon_months), "estimate_usd_bn": r.estimate_usd_bn,
                        "low_usd_bn": _num(r.low_usd_bn), "high_usd_bn": _num(r.high_usd_bn),
                        "valuation_usd_bn": r.valuation_usd_bn, "flows_usd_bn": r.flows_usd_bn,
                        "drift_usd_bn": r.drift_usd_bn, "spec": r.spec, "inputs": r.inputs,
                        "last_published": nc.last_published["month"],
                        "last_published_usd_bn": nc.last_published["value_usd_bn"], "store_version": version})
        _append(p, new)
    return len(new)


def _num(x):
    return None if x is None or x != x else float(x)


def score(store: "Store") -> int:
    """Score every recorded nowcast whose month the store now holds; returns how many were new."""
    import pandas as pd

    from ustflow import store as st

    p = path(store)
    events = _read(p)
    pending = [e for e in events if e.get("kind") == "nowcast"]
    done = {e["id"] for e in events if e.get("kind") == "score"}
    pending = [e for e in pending if e["id"] not in done]
    if not pending:
        return 0
    ids = sorted({f"tic.holdings.{e['country']}" for e in pending})
    with store.read() as con:
        obs = st.read_observations(con, ids, all_vintages=True)
    if obs.empty:
        return 0
    obs["month"] = pd.to_datetime(obs["period"]).dt.strftime("%Y-%m")
    first = obs.sort_values("vintage").groupby(["series_id", "month"]).first()
    new = []
    for e in pending:
        key = (f"tic.holdings.{e['country']}", e["month"])
        if key not in first.index:
            continue
        row = first.loc[key]
        pub = float(row["value"])
        lo, hi = e.get("low_usd_bn"), e.get("high_usd_bn")
        new.append({"kind": "score", "id": e["id"], "scored_at": _now(), "published_usd_bn": pub,
                    "published_vintage": str(row["vintage"])[:10], "source": row["source_id"],
                    "error_usd_bn": pub - e["estimate_usd_bn"],
                    "naive_error_usd_bn": pub - e["last_published_usd_bn"],
                    "covered": (lo <= pub <= hi) if lo is not None and hi is not None else None})
    if new:
        with _locked(p):
            done = {x["id"] for x in _read(p) if x.get("kind") == "score"}  # another process may have scored
            _append(p, [x for x in new if x["id"] not in done])
    return len(new)


def table(store: "Store", country: str | None = None) -> "pd.DataFrame":
    """Recorded nowcasts (newest first) with their scores; scores any that TIC has published since."""
    import pandas as pd

    score(store)
    events = _read(path(store))
    scores = {e["id"]: e for e in events if e.get("kind") == "score"}
    rows = []
    for e in events:
        if e.get("kind") != "nowcast" or (country and e.get("country") != country):
            continue
        s = scores.get(e["id"], {})
        rows.append({"recorded_at": e["recorded_at"], "country": e["country"], "month": e["month"],
                     "horizon_months": e["horizon_months"], "estimate_usd_bn": e["estimate_usd_bn"],
                     "low_usd_bn": e.get("low_usd_bn"), "high_usd_bn": e.get("high_usd_bn"),
                     "published_usd_bn": s.get("published_usd_bn"), "published_vintage": s.get("published_vintage"),
                     "error_usd_bn": s.get("error_usd_bn"), "naive_error_usd_bn": s.get("naive_error_usd_bn"),
                     "covered": s.get("covered"), "status": "scored" if s else "pending",
                     "last_published": e.get("last_published"), "spec": e.get("spec"), "inputs": e.get("inputs")})
    df = pd.DataFrame(rows, columns=COLUMNS)
    if len(df):
        df = df.iloc[::-1].reset_index(drop=True)
    df.attrs.update(unit="USD bn", path=str(path(store)), summary=summary(df))
    return df


def summary(df: "pd.DataFrame") -> dict:
    """MAE of the scored live nowcasts against naive, and interval coverage."""
    s = df[df["status"] == "scored"] if len(df) else df
    if not len(s):
        return {"scored": 0, "pending": len(df)}
    cov = s["covered"].dropna()
    mae = float(s["error_usd_bn"].abs().mean())
    nmae = float(s["naive_error_usd_bn"].abs().mean())
    return {"scored": len(s), "pending": int(len(df) - len(s)), "mae_usd_bn": mae, "naive_mae_usd_bn": nmae,
            "skill": 1 - mae / nmae if nmae else None, "coverage": float(cov.mean()) if len(cov) else None}
