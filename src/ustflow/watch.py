"""Watch: wake at each expected release, fetch until the new period appears, load, evaluate alerts.

One *tick* (``Watcher.tick``, and all that ``ustflow watch --once`` does, for cron):

1. arm alert rules that are new (what they find in the data already held is history, not news);
2. pick the *due* sources: those whose next period's expected release (``ustflow.calendar``) has
   passed, or that hold nothing yet, and whose retry time has come;
3. run the ordinary update pipeline (``ustflow.load.update``) on them only;
4. per source: the awaited period arrived -> done until the next release; otherwise retry with
   bounded exponential backoff (``backoff`` doubled per attempt up to ``backoff_cap``); once the
   release is past its grace it is *overdue* and polled every ``overdue_every`` instead;
5. evaluate the alert rules and send what is new (``ustflow.alerts.run``);
6. persist the per-source state (``$USTFLOW_HOME/watch_state.json``), so a restart or the next cron
   run continues the same backoff instead of hammering the publisher.

``Watcher.run`` repeats ticks, sleeping until the earliest expected release or retry (at most
``max_sleep`` at a time, so a suspended laptop or a clock change is noticed). Network failures are
per-source results of the update, logged and retried; any other exception in a tick is logged and
the loop backs off and goes on. Logs are JSON lines (``ustflow.alerts.log``).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ustflow import calendar
from ustflow.alerts.log import JsonLog, NullLog
from ustflow.atomic import atomic_write_json
from ustflow.store import Store

if TYPE_CHECKING:
    from ustflow.alerts import RuleSet

STATE_FILE = "watch_state.json"


@dataclass
class WatchConfig:
    store: Store
    rules: object | None = None  # an ustflow.alerts.RuleSet
    only: list[str] | None = None  # source ids or prefixes; default: every watched source
    base_url: str | None = None
    mirror: str | Path | None = None
    backoff: float = 60.0  # seconds before the first retry of a release not yet out
    backoff_cap: float = 1800.0
    overdue_every: float = 6 * 3600.0
    max_sleep: float = 900.0
    send: bool = True


@dataclass
class TickResult:
    at: datetime
    due: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)  # per due source: outcome, newest, awaited, next try
    alerts: object | None = None  # ustflow.alerts.RunResult
    error: str | None = None
    log: list[dict] = field(default_factory=list, repr=False)  # the tick's JSON log records (watch_releases)

    def to_dict(self) -> dict:
        return {"at": self.at.isoformat(), "due": self.due, "sources": self.sources, "error": self.error,
                "alerts": self.alerts.to_dict() if self.alerts is not None else None}


def _iso(t: datetime | None) -> str | None:
    return t.astimezone(timezone.utc).isoformat() if t is not None else None


def _parse(t: str | None) -> datetime | None:
    return datetime.fromisoformat(t) if t else None


class Watcher:
    def __init__(self, config: WatchConfig, *, log: JsonLog | None = None,
                 clock: Callable[[], datetime] = calendar.now_utc,
                 sleep: Callable[[float], None] | None = None):
        self.cfg = config
        self.log = log or JsonLog()
        self.clock = clock
        self._stop = threading.Event()
        self.sleep = sleep or (lambda s: self._stop.wait(s))
        self.state_path = config.store.home / STATE_FILE
        self.sources = self._watched()

    # ------------------------------------------------------------------ state
    def _watched(self) -> list[str]:
        from ustflow import registry
        from ustflow.registry import select_sources

        watched = set(calendar.watched_sources())
        picked = [s.id for s in select_sources(self.cfg.only)] if self.cfg.only else list(watched)
        out = [s for s in picked if s in watched]
        # a source without an official URL can only come from a mirror or an HTTP mirror
        if self.cfg.base_url is None and self.cfg.mirror is None and not os.environ.get("USTFLOW_BASE_URL"):
            out = [s for s in out if registry.get(s).url]
        return out

    def load_state(self) -> dict:
        try:
            return json.loads(self.state_path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {"sources": {}}

    def save_state(self, state: dict) -> None:
        atomic_write_json(self.state_path, state)

    def newest_periods(self) -> dict[str, date | None]:
        """Newest period held per source (None: nothing loaded)."""
        import pandas as pd

        from ustflow import api

        if not self.cfg.store.exists():
            return dict.fromkeys(self.sources)
        df = api.sources(store=self.cfg.store).set_index("source")
        out = {}
        for s in self.sources:
            v = df.loc[s, "newest_period"] if s in df.index else None
            out[s] = pd.Timestamp(v).date() if v is not None and not pd.isna(v) else None
        return out

    # ------------------------------------------------------------------ scheduling
    def plan(self, now: datetime, state: dict | None = None) -> list[dict]:
        """Per watched source: awaited period, expected release, next try, and whether it is due now."""
        state = state if state is not None else self.load_state()
        newest = self.newest_periods()
        rows = []
        for sid in self.sources:
            period, expected = calendar.expected_next(sid, newest[sid])
            st = state.get("sources", {}).get(sid, {})
            nxt = _parse(st.get("next_try"))
            awaited = period.isoformat() if period else None
            if st.get("awaiting") != awaited:  # a new release to wait for: forget the old backoff
                nxt = None
            due = expected is not None and now >= expected and (nxt is None or now >= nxt)
            rows.append({"source": sid, "newest": newest[sid].isoformat() if newest[sid] else None,
                         "awaiting": awaited, "expected": expected, "next_try": nxt, "due": due,
                         "attempts": st.get("attempts", 0) if st.get("awaiting") == awaited else 0})
        return rows

    def next_wake(self, now: datetime, state: dict | None = None) -> datetime:
        times = []
        for r in self.plan(now, state):
            if r["expected"] is None:
                continue
            t = r["expected"] if r["next_try"] is None else max(r["expected"], r["next_try"])
            times.append(max(t, now))
        cap = now + timedelta(seconds=self.cfg.max_sleep)
        return min([cap, *times])

    def _retry_delay(self, attempts: int, overdue: bool) -> float:
        if overdue:
            return self.cfg.overdue_every
        return min(self.cfg.backoff * 2 ** max(0, attempts - 1), self.cfg.backoff_cap)

    # ------------------------------------------------------------------ one tick
    def tick(self, now: datetime | None = None, force: bool = False) -> TickResult:
        from ustflow import alerts as al, load

        now = now or self.clock()
        result = TickResult(now)
        astate = al.AlertState.for_home(self.cfg.store.home)
        with astate.locked():
            rules = self.cfg.rules
            if rules is not None:
                al.arm(rules, self.cfg.store, astate, self.log)
            state = self.load_state()
            plan = self.plan(now, state)
            due = [r for r in plan if r["due"] or (force and r["expected"] is not None)]
            result.due = [r["source"] for r in due]
            report = None
            if due:
                self.log("watch.fetch", sources=result.due, awaiting={r["source"]: r["awaiting"] for r in due})
                try:
                    report = load.update(mirror=self.cfg.mirror, only=result.due, store=self.cfg.store,
                                         base_url=self.cfg.base_url)
                    # says so when another update held the store ("waited 1.2 s for another update ...")
                    self.log("watch.update", summary=report.summary(), waited=report.waited or None,
                             notes=report.notes or None)
                except Exception as e:
                    result.error = f"{type(e).__name__}: {e}"
                    self.log("watch.update_failed", "error", error=result.error,
                             trace=traceback.format_exc(limit=3))
            newest = self.newest_periods() if due else {}
            outcomes = {r.source_id: r for r in report.results} if report else {}
            for r in due:
                sid = r["source"]
                res = outcomes.get(sid)
                st = state.setdefault("sources", {}).setdefault(sid, {})
                held = newest.get(sid)
                arrived = held is not None and (r["awaiting"] is None or held.isoformat() >= r["awaiting"])
                outcome = res.outcome if res else "error"
                row = {"source": sid, "outcome": outcome, "rows_added": res.rows_added if res else 0,
                       "awaiting": r["awaiting"], "newest": held.isoformat() if held else None,
                       "message": res.message if res else (result.error or "")}
                if arrived:
                    st.clear()
                    st.update(last_loaded=_iso(now), last_outcome=outcome)
                    self.log("release.loaded", source=sid, period=row["newest"], awaited=r["awaiting"],
                             rows_added=row["rows_added"], late_by_s=round((now - r["expected"]).total_seconds())
                             if r["awaiting"] else None)
                    row["next_try"] = None
                else:
                    attempts = r["attempts"] + 1
                    sched = calendar.schedule_for(sid)
                    overdue = sched is not None and now > r["expected"] + sched.grace
                    nxt = now + timedelta(seconds=self._retry_delay(attempts, overdue))
                    st.update(awaiting=r["awaiting"], attempts=attempts, next_try=_iso(nxt), last_try=_iso(now),
                              last_outcome=outcome, last_message=row["message"])
                    level = "error" if outcome == "failed" else "warning" if overdue else "info"
                    event = "fetch.failed" if outcome in ("failed", "error") else \
                        "release.overdue" if overdue else "release.not_yet"
                    self.log(event, level, source=sid, awaiting=r["awaiting"], attempt=attempts,
                             expected=_iso(r["expected"]), next_try=_iso(nxt), outcome=outcome,
                             message=row["message"])
                    row["next_try"] = _iso(nxt)
                result.sources.append(row)
            state["last_tick"] = _iso(now)
            self.save_state(state)
            if rules is not None:
                result.alerts = al.run(rules, self.cfg.store, state=astate, log=self.log, send=self.cfg.send)
                if result.alerts.fired:
                    self.log("watch.alerts", fired=len(result.alerts.fired),
                             rules=sorted({a.rule for a in result.alerts.fired}))
        return result

    # ------------------------------------------------------------------ the loop
    def stop(self, *_args) -> None:
        self._stop.set()

    def run(self, max_ticks: int | None = None) -> int:
        """Tick, sleep until the next expected release or retry, repeat; returns the ticks done."""
        self.log("watch.start", sources=self.sources, pid=os.getpid(), state=str(self.state_path))
        ticks, failures = 0, 0
        while not self._stop.is_set() and (max_ticks is None or ticks < max_ticks):
            now = self.clock()
            try:
                self.tick(now)
                failures = 0
                wake = self.next_wake(self.clock())
            except Exception as e:
                failures += 1
                delay = self._retry_delay(failures, False)
                self.log("watch.tick_failed", "error", error=f"{type(e).__name__}: {e}",
                         trace=traceback.format_exc(limit=5), retry_in_s=delay)
                wake = now + timedelta(seconds=delay)
            ticks += 1
            if max_ticks is not None and ticks >= max_ticks:
                break
            seconds = max(0.0, (wake - self.clock()).total_seconds())
            self.log("watch.sleep", until=_iso(wake), seconds=round(seconds, 1))
            self.sleep(seconds)
        self.log("watch.stop", ticks=ticks)
        return ticks

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self.stop)


def watch_once(config: WatchConfig, *, now: datetime | None = None, force: bool = False,
               log: JsonLog | None = None) -> TickResult:
    """One tick (for cron): fetch what is due, load, evaluate alerts, persist state."""
    return Watcher(config, log=log).tick(now=now or calendar.now_utc(), force=force)


def watch_releases(*, once: bool = False, rules: "RuleSet | str | Path | None" = None, only: list[str] | None = None,
                   base_url: str | None = None, mirror: str | Path | None = None, force: bool = False,
                   now: datetime | str | None = None, backoff: float = 60.0, log_file: str | Path | None = None,
                   log_stream=None, store: Store | str | None = None) -> TickResult | None:
    """Watch the releases: ``once=True`` runs one tick (for cron) and returns its :class:`TickResult`;
    otherwise ticks until SIGTERM or SIGINT and returns None.

    ``rules``: a rules file or :class:`~ustflow.alerts.RuleSet` (default ``$USTFLOW_HOME/alerts.toml``
    when it exists; none: sources are loaded, no alerts). ``only``: source ids or prefixes.
    ``now`` (ISO text or a datetime; a date is its noon UTC) fixes the clock of a single tick.
    The JSON-lines log goes to ``log_stream`` and/or is appended to ``log_file``; a tick's records
    are also on ``TickResult.log``.
    """
    from ustflow.alerts import as_ruleset
    from ustflow.errors import InvalidArgument
    from ustflow.store import as_store

    st = as_store(store)
    path = st.home / "alerts.toml"
    ruleset = as_ruleset(rules) if rules is not None else (as_ruleset(path) if path.exists() else None)
    log = JsonLog(stream=log_stream, path=log_file) if (log_stream or log_file) else NullLog()
    cfg = WatchConfig(store=st, rules=ruleset, only=only, base_url=base_url, mirror=mirror, backoff=backoff)
    watcher = Watcher(cfg, log=log)
    if not once:
        watcher.install_signal_handlers()
        watcher.run()
        return None
    try:
        at = calendar.as_aware(now)
    except ValueError:
        raise InvalidArgument(f"now: not an ISO date or datetime: {now!r}") from None
    res = watcher.tick(now=at, force=force)
    res.log = list(log.records)
    return res
