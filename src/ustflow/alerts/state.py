"""Persisted alert state: which alerts each rule has already seen, and deliveries still pending.

``$USTFLOW_HOME/alerts_state.json``::

    {"version": 1,
     "rules": {"<rule id>": {"fingerprint": "...", "armed_at": "...",
                             "seen": {"<key>": {"at": "...", "silent": false, "id": "...",
                                                "channels": {"hook": "ok", "mail": "error text"},
                                                "runs": 1, "alert": {...}}}}}}

A rule is *armed* the first time it is evaluated on data: everything it finds then is history and
is recorded as seen without being sent (``silent``). After that each new key (rule | period |
vintage) is sent once. An alert is recorded with every channel ``pending`` and saved *before* it is
sent, and each channel's result is saved as it arrives; deliveries not confirmed (failed, past their
deadline, or cut short by a killed run) keep the alert (``alert``) so later runs retry those channels
only, with the same delivery id, for ``PENDING_HOURS``. Writes are atomic (temp file + rename) and a
run holds an exclusive lock, so two watchers never send the same alert twice.
"""

from __future__ import annotations

import fcntl
import json
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from ustflow.atomic import atomic_write_json

PENDING_HOURS = 24
MAX_RUNS = 10  # runs that retry a failed channel before it is given up


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class AlertState:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.data: dict = {"version": 1, "rules": {}}

    @classmethod
    def for_home(cls, home: str | Path) -> "AlertState":
        return cls(Path(home) / "alerts_state.json")

    def load(self) -> "AlertState":
        try:
            self.data = json.loads(self.path.read_text())
        except FileNotFoundError:
            pass
        except json.JSONDecodeError:
            # a corrupt state must not silence alerts forever: keep it aside and start again
            self.path.replace(self.path.with_suffix(".corrupt.json"))
        self.data.setdefault("rules", {})
        return self

    def save(self) -> None:
        atomic_write_json(self.path, self.data)

    @contextmanager
    def locked(self) -> Iterator["AlertState"]:
        """Load under an exclusive lock, yield, save."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self.load()
            yield self
            self.save()

    # ------------------------------------------------------------------ per rule
    def rule(self, rule_id: str) -> dict:
        return self.data["rules"].setdefault(rule_id, {"fingerprint": None, "armed_at": None, "seen": {}})

    def is_armed(self, rule) -> bool:
        r = self.data["rules"].get(rule.id)
        return bool(r and r.get("armed_at") and r.get("fingerprint") == rule.fingerprint)

    def arm(self, rule, keys) -> int:
        """Record ``keys`` as seen without sending them; returns how many."""
        r = self.rule(rule.id)
        if r.get("fingerprint") != rule.fingerprint:
            r["seen"] = {}
        r["fingerprint"], r["armed_at"] = rule.fingerprint, _now()
        n = 0
        for k in keys:
            if k not in r["seen"]:
                r["seen"][k] = {"at": r["armed_at"], "silent": True}
                n += 1
        return n

    def seen(self, rule_id: str, key: str) -> bool:
        return key in self.rule(rule_id)["seen"]

    def begin(self, alert, channels: list[str]) -> dict:
        """Record ``alert`` as pending on ``channels`` and save, before anything is sent."""
        entry = {"at": _now(), "silent": False, "id": alert.id, "channels": dict.fromkeys(channels, "pending"),
                 "runs": 1, "alert": alert.to_dict()}
        self.rule(alert.rule)["seen"][alert.key] = entry
        self.save()
        return entry

    def update_channel(self, entry: dict, channel: str, result: str) -> None:
        """One channel's result, saved at once; a fully delivered alert no longer keeps its body."""
        entry["channels"][channel] = result
        if all(v == "ok" for v in entry["channels"].values()):
            entry.pop("alert", None)
        self.save()

    def record(self, alert, results: dict[str, str]) -> None:
        entry = {"at": _now(), "silent": False, "id": alert.id, "channels": results, "runs": 1}
        if any(v != "ok" for v in results.values()):
            entry["alert"] = alert.to_dict()
        self.rule(alert.rule)["seen"][alert.key] = entry

    def pending(self, now: datetime | None = None) -> list[tuple[str, str, dict]]:
        """(rule id, key, entry) of alerts with a channel still failing, young enough to retry."""
        now = now or datetime.now(timezone.utc)
        out = []
        for rid, r in self.data["rules"].items():
            for key, e in r["seen"].items():
                if e.get("silent") or "alert" not in e:
                    continue
                failed = [c for c, v in e.get("channels", {}).items() if v != "ok"]
                age = now - datetime.fromisoformat(e["at"])
                if failed and e.get("runs", 1) < MAX_RUNS and age < timedelta(hours=PENDING_HOURS):
                    out.append((rid, key, e))
        return out

    def fired(self) -> list[dict]:
        """Every alert sent (not the silent history), newest first."""
        rows = []
        for rid, r in self.data["rules"].items():
            for key, e in r["seen"].items():
                if not e.get("silent"):
                    rows.append({"rule": rid, "key": key, "at": e["at"], "channels": e.get("channels", {})})
        return sorted(rows, key=lambda x: x["at"], reverse=True)
