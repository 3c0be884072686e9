"""Alert delivery under a slow or dead receiver (issue 12): a deadline per channel, channels in
parallel, a delivery id kept across runs, and `alerts run` saying so when a delivery is pending.

Real listeners on 127.0.0.1: a webhook that answers one byte every two seconds (its read timeout
never fires), a normal webhook, a JSON-lines file. Outcomes are asserted (delivered, pending, exit
status, which ids arrived), never durations.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.helpers import cli, run_cli, serve_in_thread
from tests.reliability import record
from tests.test_alerts import WEEKLY_LT, Listener
from ustflow.alerts import AlertState, parse_rules

REPLY = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class Trickle:
    """A webhook that reads the alert, then answers one byte every ``interval`` seconds (0: at once)."""

    def __init__(self, interval: float = 2.0):
        self.interval = interval
        self.requests: list[tuple[dict, bytes]] = []
        self.stop = threading.Event()
        owner = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.requests.append((dict(self.headers.items()), body))
                try:
                    if owner.interval <= 0:
                        self.wfile.write(REPLY)
                        return
                    for b in REPLY:  # never finishes within a short deadline: 60 bytes x 2 s
                        self.wfile.write(bytes([b]))
                        self.wfile.flush()
                        if owner.stop.wait(owner.interval):
                            return
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its deadline): what this test wants
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        serve_in_thread(self.httpd)

    def close(self):
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def home(loaded_store, tmp_path):
    """A home with a copy of the loaded store and the 2-week rule armed minus its newest finding."""
    h = tmp_path / "home"
    h.mkdir()
    shutil.copyfile(loaded_store.path, h / "store.duckdb")
    return h


def _rules_file(home, trickle_url: str, hook_url: str, deadline: float) -> tuple:
    text = f"""
[channels.slow]
type = "webhook"
url = "{trickle_url}"
retries = 0
deadline = {deadline}
[channels.hook]
type = "webhook"
url = "{hook_url}"
retries = 0
[channels.file]
type = "jsonl"
path = "alerts.jsonl"
[[rules]]
id = "two-week-sale"
type = "window_rank"
series = "{WEEKLY_LT}"
window = 2
top = 5
channels = ["slow", "hook", "file"]
"""
    path = home / "rules.toml"
    path.write_text(text)
    from ustflow import alerts
    from ustflow.store import Store

    rs = parse_rules(__import__("tomllib").loads(text), str(path))
    with AlertState.for_home(home).locked() as st:  # armed on history; the newest finding is then news
        alerts.arm(rs, Store(home), st)
        seen = st.rule("two-week-sale")["seen"]
        newest = sorted(seen)[-1]
        del seen[newest]
    return path, newest


def _ids(requests) -> list[str]:
    """Delivery ids received (Trickle keeps (headers, body), Listener (status, headers, body))."""
    return [next(x for x in req if isinstance(x, dict))["X-Ustflow-Delivery"] for req in requests]


@pytest.mark.slow  # a listener that answers slowly on purpose
def test_a_trickling_webhook_is_cut_at_its_deadline_and_the_others_are_delivered(home):
    slow, hook = Trickle(interval=2.0), Listener()
    try:
        rules, key = _rules_file(home, slow.url, hook.url, deadline=3)
        r = run_cli(["alerts", "run", rules, "--format", "json"], home)
        # finished (the subprocess returned), said so, and exited non-zero
        assert r.returncode != 0
        assert "1 delivery still pending" in r.stderr and "slow" in r.stderr and "same delivery id" in r.stderr
        fired = json.loads(r.stdout)["fired"]
        assert len(fired) == 1
        alert_id = fired[0]["id"]
        assert _ids(hook.requests) == [alert_id]  # the other channels were delivered
        lines = (home / "alerts.jsonl").read_text().splitlines()
        assert [json.loads(x)["id"] for x in lines] == [alert_id]
        assert _ids(slow.requests) == [alert_id]
        entry = AlertState.for_home(home).load().rule("two-week-sale")["seen"][key]
        assert entry["channels"]["hook"] == "ok" and entry["channels"]["file"] == "ok"
        assert entry["channels"]["slow"].startswith("pending: no answer within the 3 s deadline")
        # the receiver recovers: the next run sends only the pending channel, with the same id
        slow.interval = 0
        again = cli(["alerts", "run", rules, "--format", "json"], home)  # in process: nothing trickles now
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["fired"] == [] and json.loads(again.stdout)["retried"] == 1
        assert _ids(slow.requests) == [alert_id, alert_id]
        assert _ids(hook.requests) == [alert_id]
        assert len((home / "alerts.jsonl").read_text().splitlines()) == 1
        record("alerts", case="webhook answering 1 byte / 2 s, deadline 3 s, two other channels",
               first_run_exit=r.returncode, other_channels="delivered", slow_channel="pending",
               second_run_exit=again.returncode, duplicates=0)
    finally:
        slow.close()
        hook.close()


@pytest.mark.slow  # a listener that answers slowly on purpose
def test_a_killed_run_is_finished_by_the_next_without_duplicates(home):
    slow, hook = Trickle(interval=2.0), Listener()
    try:
        rules, key = _rules_file(home, slow.url, hook.url, deadline=600)
        env = dict(os.environ, USTFLOW_HOME=str(home))
        proc = subprocess.Popen([sys.executable, "-m", "ustflow", "alerts", "run", str(rules)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        state = home / "alerts_state.json"

        def hook_recorded() -> bool:  # the other channels delivered and saved, the slow one still sending
            try:
                ch = json.loads(state.read_text())["rules"]["two-week-sale"]["seen"][key]["channels"]
            except (FileNotFoundError, KeyError, json.JSONDecodeError):
                return False
            return ch.get("hook") == "ok" and ch.get("file") == "ok" and ch.get("slow") == "pending"

        waited = threading.Event()
        for _ in range(6000):  # an event to wait for, not a duration to assert
            if hook_recorded() and slow.requests:
                break
            waited.wait(0.05)
        assert hook_recorded() and slow.requests, proc.poll()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        slow.interval = 0
        r = cli(["alerts", "run", rules, "--format", "json"], home)  # in process: nothing trickles now
        assert r.returncode == 0, r.stderr
        alert_id = _ids(slow.requests)[0]
        assert _ids(hook.requests) == [alert_id]  # not sent twice
        assert [json.loads(x)["id"] for x in (home / "alerts.jsonl").read_text().splitlines()] == [alert_id]
        assert _ids(slow.requests) == [alert_id, alert_id]  # the unconfirmed one again, with the same id
        assert json.loads(r.stdout)["retried"] == 1
        record("alerts", case="alerts run killed (SIGKILL) while one webhook trickled; next run",
               first_run_exit=-9, other_channels="delivered once", slow_channel="re-sent with the same id",
               second_run_exit=r.returncode, duplicates=0)
    finally:
        slow.close()
        hook.close()


def test_channels_are_delivered_in_parallel_each_within_its_deadline(tmp_path):
    """Two slow webhooks and a file: both webhooks get the alert before either finishes (parallel)."""
    from ustflow.alerts.delivery import deliver
    from ustflow.alerts.log import JsonLog

    a, b = Trickle(interval=2.0), Trickle(interval=2.0)
    try:
        rs = parse_rules({"channels": {"a": {"type": "webhook", "url": a.url, "retries": 0, "deadline": 2},
                                       "b": {"type": "webhook", "url": b.url, "retries": 0, "deadline": 2},
                                       "f": {"type": "jsonl", "path": "x.jsonl"}}}, "t")
        alert = {"id": "abc123", "rule": "r", "message": "m", "title": "t", "period_label": "p"}
        got = []
        out = deliver(alert, [rs.channels[n] for n in ("a", "b", "f")], tmp_path, JsonLog(path=tmp_path / "log"),
                      on_result=lambda n, res: got.append((n, res)))
        assert out["f"] == "ok"
        assert out["a"].startswith("pending") and out["b"].startswith("pending")
        assert len(a.requests) == 1 and len(b.requests) == 1  # the second was not kept waiting by the first
        assert sorted(n for n, _ in got) == ["a", "b", "f"]
    finally:
        a.close()
        b.close()


def test_a_bad_deadline_is_refused():
    from ustflow.errors import InvalidArgument

    with pytest.raises(InvalidArgument, match=re.escape("t: channels.a.deadline: expected a number > 0, found 0")):
        parse_rules({"channels": {"a": {"type": "webhook", "url": "http://127.0.0.1:9/", "deadline": 0}}}, "t")
