"""Alerts: rules from a TOML file, evaluated on the store, sent once per rule, period and vintage.

    from ustflow import alerts
    rules = alerts.load_rules("examples/alerts.toml")
    alerts.replay(rules, store=...)          # when each rule would have fired over history
    alerts.run(rules, store=...)             # arm new rules, send what is new, persist the state

Modules: ``rules`` (TOML -> Rule/ChannelConfig), ``detect`` (pure pandas: thresholds, point-in-time
window ranks, changes, revisions, zero crossings), ``evaluate`` (store -> Alert with message),
``channels`` (console, jsonl, webhook with HMAC-SHA256 signature, SMTP email; retries), ``state``
(persisted seen keys and pending deliveries), ``log`` (JSON-lines logs).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ustflow.alerts.evaluate import Alert, evaluate_rule, replay
from ustflow.alerts.log import JsonLog, NullLog, as_log
from ustflow.alerts.rules import ChannelConfig, Rule, RuleSet, as_ruleset, load_rules, parse_rules
from ustflow.alerts.state import AlertState
from ustflow.errors import UstflowError
from ustflow.store import as_store

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

__all__ = ["Alert", "AlertState", "ChannelConfig", "JsonLog", "Rule", "RuleSet", "RunResult", "arm", "as_ruleset",
           "evaluate_rule", "fired", "load_rules", "parse_rules", "replay", "run"]


@dataclass
class RunResult:
    fired: list[Alert] = field(default_factory=list)
    armed: dict[str, int] = field(default_factory=dict)  # rule id -> historical alerts recorded silently
    errors: dict[str, str] = field(default_factory=dict)  # rule id -> why it could not be evaluated
    failed_deliveries: list[dict] = field(default_factory=list)
    retried: int = 0

    def to_dict(self) -> dict:
        return {"fired": [a.to_dict() for a in self.fired], "armed": self.armed, "errors": self.errors,
                "failed_deliveries": self.failed_deliveries, "retried": self.retried}


def fired(store: "Store | str | None" = None) -> "pd.DataFrame":
    """Alerts already sent from the store's home (``alerts_state.json``), newest first: ``rule``, ``key``
    (rule | period | vintage), ``at`` (when sent, UTC) and ``channels`` (channel -> result)."""
    import pandas as pd

    st = AlertState.for_home(as_store(store).home).load()
    df = pd.DataFrame(st.fired(), columns=["rule", "key", "at", "channels"])
    df.attrs.update(title="Alerts sent (key = rule | period | vintage)")
    return df


def arm(rules: RuleSet, store: "Store | str | None", state: AlertState, log=None) -> dict[str, int]:
    """Arm every rule not yet armed whose data is in the store: what it finds now is history.

    Called before an update, so the update's new periods are then news. A rule whose series is not
    in the store yet stays unarmed and is armed (silently) after the first load.
    """
    log = log or NullLog()
    out: dict[str, int] = {}
    st = as_store(store)
    if not st.exists():
        return out
    for rule in rules.rules:
        if state.is_armed(rule):
            continue
        try:
            found = evaluate_rule(rule, st)
        except UstflowError as e:
            log("alert.rule_not_armed", "warning", rule=rule.id, error=str(e))
            continue
        out[rule.id] = state.arm(rule, [a.key for a in found])
        log("alert.rule_armed", rule=rule.id, history=len(found))
    return out


def run(rules: "RuleSet | str | Path", store: "Store | str | None" = None, *, state: AlertState | None = None,
        log=None, home: str | Path | None = None, send: bool = True,
        sleep: Callable[[float], None] = time.sleep) -> RunResult:
    """Evaluate every rule, send each new alert on the rule's channels, retry pending deliveries.

    ``rules``: a :class:`RuleSet` or the path of a rules file. ``state``: an ``AlertState`` already
    loaded (and locked) by the caller, else the home's state is loaded, locked and saved here.
    ``send=False`` records without sending (dry run of the state). ``log``: a ``JsonLog``, a stream for
    its JSON lines (``sys.stderr``), or None (kept in memory).
    """
    rules = as_ruleset(rules)
    st = as_store(store)
    home = Path(home) if home else st.home
    log = as_log(log)
    if state is None:
        with AlertState.for_home(home).locked() as s:
            return run(rules, st, state=s, log=log, home=home, send=send, sleep=sleep)
    from ustflow.alerts.delivery import deliver

    result = RunResult()
    for rule in rules.rules:
        try:
            found = evaluate_rule(rule, st)
        except UstflowError as e:
            result.errors[rule.id] = str(e)
            log("alert.rule_failed", "error", rule=rule.id, error=str(e))
            continue
        if not state.is_armed(rule):
            # first evaluation on data (e.g. the store's first load): history, not news
            result.armed[rule.id] = state.arm(rule, [a.key for a in found])
            log("alert.rule_armed", rule=rule.id, history=len(found))
            continue
        for a in found:
            if state.seen(rule.id, a.key):
                continue
            chans = [rules.channels[c] for c in rule.channels]
            log("alert.fired", rule=rule.id, alert=a.id, key=a.key, period=a.period, value=a.value, unit=a.unit,
                rank=a.rank, series=a.series, vintage=a.vintage)
            if send:
                # recorded as pending and saved before anything is sent, each channel's result saved as it
                # comes: a run killed half-way is finished by the next, which re-sends only the unconfirmed
                entry = state.begin(a, [c.name for c in chans])
                results = deliver(a.to_dict(), chans, home, log, sleep=sleep,
                                  on_result=lambda name, res, e=entry: state.update_channel(e, name, res))
            else:
                results = {c.name: "not sent" for c in chans}
                state.record(a, results)
            result.fired.append(a)
            result.failed_deliveries += [{"alert": a.id, "rule": rule.id, "channel": c, "error": v}
                                         for c, v in results.items() if v not in ("ok", "not sent")]
    if send:
        result.retried = _retry_pending(rules, state, home, log, sleep, result)
    return result


def _retry_pending(rules: RuleSet, state: AlertState, home: Path, log, sleep, result: RunResult) -> int:
    """Re-send alerts of earlier runs on the channels that failed then (not on those that worked)."""
    from ustflow.alerts.delivery import deliver

    fired_now = {a.key for a in result.fired}
    n = 0
    for rid, key, entry in state.pending():
        if key in fired_now:
            continue
        failed = [c for c, v in entry["channels"].items() if v != "ok" and c in rules.channels]
        if not failed:
            continue
        n += 1
        log("alert.retry_pending", rule=rid, alert=entry.get("id"), channels=failed, run=entry.get("runs", 1) + 1)
        entry["runs"] = entry.get("runs", 1) + 1
        res = deliver(entry["alert"], [rules.channels[c] for c in failed], home, log, sleep=sleep,
                      on_result=lambda name, r, e=entry: state.update_channel(e, name, r))
        result.failed_deliveries += [{"alert": entry.get("id"), "rule": rid, "channel": c, "error": v}
                                     for c, v in res.items() if v != "ok"]
    return n
