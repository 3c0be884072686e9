"""Delivering one alert: every channel at once, each within an overall deadline, retried inside it.

Why a deadline: a channel's own timeouts bound each network read, not the whole delivery. A webhook
that answers one byte every two seconds never trips a 10 s read timeout and would hold ``alerts
run`` (and ``watch``) forever. Each channel therefore gets ``deadline`` seconds (channel option,
default ``DEADLINE``) for all its attempts together; when they are up, the channel's connection is
closed and the channel is reported *pending*, to be retried by the next run with the same delivery
id. Channels run in parallel threads, so a slow one never delays the others.

``deliver`` reports each channel's result through ``on_result`` as soon as it is known, so the
caller can persist it at once: a run killed half-way then leaves every finished channel recorded,
and the next run re-sends only what was not confirmed (with the same ``X-Ustflow-Delivery`` id,
which receivers use to drop a repeat).
"""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from typing import Callable

from ustflow.alerts.channels import SENDERS, Deadline
from ustflow.alerts.rules import ChannelConfig
from ustflow.errors import UstflowError

DEADLINE = 30.0  # seconds for all attempts on one channel
MAX_BACKOFF = 30.0
__all__ = ["DEADLINE", "PENDING", "Deadline", "deliver"]
PENDING = "pending"  # a channel's state before it has answered (persisted, so a killed run retries it)
ABORT_GRACE = 2.0  # seconds an aborted sender has to stop and say how it ended


def _channel(alert: dict, ch: ChannelConfig, home: Path, log, sleep, deadline: Deadline) -> str:
    """All attempts on one channel within its deadline; returns 'ok' or why not."""
    attempts = 1 + max(0, ch.retries)
    delay, result = ch.backoff, PENDING
    for attempt in range(1, attempts + 1):
        try:
            SENDERS[ch.type](alert, ch.options, home, deadline)
        except Exception as e:
            result = str(e) if isinstance(e, UstflowError) else f"{type(e).__name__}: {e}"
            if deadline.expired:
                result = f"{PENDING}: no answer within the {deadline.seconds:g} s deadline ({result})"
            last = attempt == attempts or deadline.remaining() <= 0
            log("alert.delivery_failed", "error" if last else "warning", alert=alert["id"], rule=alert["rule"],
                channel=ch.name, channel_type=ch.type, attempt=attempt, attempts=attempts, error=result,
                will_retry=not last)
            if last:
                break
            sleep(min(delay, MAX_BACKOFF, deadline.remaining()))
            delay *= 2
        else:
            log("alert.delivered", alert=alert["id"], rule=alert["rule"], channel=ch.name, channel_type=ch.type,
                attempt=attempt)
            return "ok"
    return result


def deliver(alert: dict, channels: list[ChannelConfig], home: Path, log,
            sleep: Callable[[float], None] = time.sleep,
            on_result: Callable[[str, str], None] | None = None) -> dict[str, str]:
    """Send ``alert`` on every channel at once; returns {channel: 'ok' | why not}. Never raises.

    A channel still busy at its deadline is aborted and reported ``pending: ...``. ``on_result(name,
    result)`` is called in this thread as each channel finishes (for the caller to persist it).
    """
    done: queue.Queue = queue.Queue()
    deadlines = {ch.name: Deadline(float(ch.options.get("deadline", DEADLINE))) for ch in channels}

    def run(ch: ChannelConfig) -> None:
        try:
            res = _channel(alert, ch, home, log, sleep, deadlines[ch.name])
        except BaseException as e:
            res = f"{type(e).__name__}: {e}"
        done.put((ch.name, res))

    for ch in channels:  # daemon threads: a sender stuck past its abort never keeps the process alive
        threading.Thread(target=run, args=(ch,), name=f"deliver-{ch.name}", daemon=True).start()
    results: dict[str, str] = {}
    grace: dict[str, float] = {}  # aborted channels: until when their thread may still report
    while len(results) < len(channels):
        now = time.monotonic()
        waits = [grace[c.name] - now if c.name in grace else deadlines[c.name].remaining()
                 for c in channels if c.name not in results]
        try:
            name, res = done.get(timeout=max(0.0, min(waits)) + 0.01)
        except queue.Empty:
            for ch in channels:
                if ch.name in results:
                    continue
                d = deadlines[ch.name]
                if ch.name not in grace and d.remaining() <= 0:  # time is up: close its connection
                    d.abort()
                    grace[ch.name] = time.monotonic() + ABORT_GRACE
                elif ch.name in grace and time.monotonic() >= grace[ch.name]:  # it did not even stop
                    _finish(results, ch, f"{PENDING}: no answer within the {d.seconds:g} s deadline", alert, log,
                            on_result)
            continue
        if name not in results:
            ch = next(c for c in channels if c.name == name)
            _finish(results, ch, res, alert, log, on_result)
    return {ch.name: results[ch.name] for ch in channels}


def _finish(results: dict, ch: ChannelConfig, res: str, alert: dict, log, on_result) -> None:
    results[ch.name] = res
    if res.startswith(PENDING):
        log("alert.delivery_pending", "error", alert=alert["id"], rule=alert["rule"], channel=ch.name,
            channel_type=ch.type, error=res)
    if on_result is not None:
        on_result(ch.name, res)
