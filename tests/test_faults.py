"""Fault injection: a real HTTP server on 127.0.0.1 misbehaves for one source at a time.

For each fault the update must end in bounded time with a clear message for that source, leave that
source's data in the store exactly as it was, and still load the other sources' new data.
"""

from __future__ import annotations

import shutil
import socket
import time
from datetime import date, timedelta

import pytest

import ustflow
from tests.conftest import MIRROR, SHARED_DATA, built_once
from tests.helpers import snapshot
from tests.httpserver import MirrorServer
from tests.reliability import record
from ustflow import registry
from ustflow.fetch import FetchPolicy
from ustflow.store import Store

# Timeouts with room for a busy 2-core CI machine: a normal answer from the loopback server is never cut.
POLICY = dict(retries=2, backoff=0.05, timeout=3.0, connect_timeout=3.0, max_bytes=20 * 1024 * 1024)
# A "slow" source gets no answer while the client waits (the server holds it for SLOW_SECONDS or until
# it closes), so each attempt is cut by the read timeout: the slow cases use a shorter one, which
# costs them 3 attempts x 1.5 s instead of 3 x 3 s; the other sources' answers still have a second and a
# half per read, and two retries, on a loopback server.
SLOW_TIMEOUT = 1.5
SLOW_SECONDS = 10.0
# Every update ends in bounded time because every fetch is: at most retries + 1 attempts, each of at
# most 1 + 5 requests (redirects), each cut by the timeouts. Counted, not timed (the time is recorded).
MAX_REQUESTS = (POLICY["retries"] + 1) * (1 + 5)

# (fault, expected words in the message): every fault the issue lists
FAULTS = [
    ("refuse", "cannot connect"),
    ("slow", "ReadTimeout"),
    ("storm500", "HTTP 500"),
    ("storm503", "HTTP 503"),
    ("truncate", "attempts"),
    ("wrong_length", "attempts"),
    ("html200", "HTML page"),
    ("latin1", "expected"),
    ("redirect_loop", "redirects"),
    ("huge", "byte cap"),
]
SOURCES = [s.id for s in registry.SOURCES.values()]
# every source meets a fault, every fault is tried: fault i goes to sources i, i+10, i+20
CASES = [(fault, words, SOURCES[j]) for i, (fault, words) in enumerate(FAULTS)
         for j in range(i, len(SOURCES), len(FAULTS))]


@pytest.fixture(scope="module")
def base_home(tmp_path_factory):
    """A store loaded over HTTP from the mirror (all sources), copied by each test; loaded once per run."""
    def load(home):
        with MirrorServer(MIRROR, SHARED_DATA / "extra") as server:
            rep = ustflow.update(store=Store(home), base_url=server.base, policy=FetchPolicy(**POLICY))
        assert rep.ok, [(r.source_id, r.message) for r in rep.failed]

    return built_once(tmp_path_factory, "fault-base", load)


@pytest.fixture(scope="module")
def base_snapshot(base_home):
    """What the base store holds: each test's copy holds the same bytes, so the same data."""
    return snapshot(Store(base_home).path)


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _source_rows(snap: dict, source_id: str) -> list:
    return [snap[t].get(source_id) for t in ("series", "observations", "files", "events")]


@pytest.mark.parametrize("fault,words,target", CASES, ids=[f"{f}-{t}" for f, _, t in CASES])
def test_fault_is_contained(base_home, base_snapshot, tmp_path, fault, words, target):
    home = tmp_path / "home"
    shutil.copytree(base_home, home)
    store = Store(home)
    before = base_snapshot
    policy = FetchPolicy(**({**POLICY, "timeout": SLOW_TIMEOUT} if fault == "slow" else POLICY))
    # another source has new data in the same run and must load
    other = "fred_dgs10" if target != "fred_dgs10" else "fred_dgs2"
    other_file = registry.get(other).file
    with MirrorServer(MIRROR, SHARED_DATA / "extra") as server:
        server.slow_seconds = SLOW_SECONDS
        server.huge_bytes = 40 * 1024 * 1024
        server.set_file(other_file, (MIRROR / other_file).read_bytes() + b"2026-08-21,4.33\n")
        target_file = registry.get(target).file
        # the target's file must have changed too, or a 304 would hide the fault
        server.set_file(target_file, server.body(target_file) + b"\n")
        urls = {}
        if fault == "refuse":
            urls[target] = f"http://127.0.0.1:{_closed_port()}/{target_file}"
        elif fault == "storm500":
            server.script(target_file, [500] * 10)
        elif fault == "storm503":
            server.script(target_file, [503] * 10)
        else:
            server.script(target_file, [fault] * 10)
        t0 = time.monotonic()
        rep = ustflow.update(store=store, base_url=server.base, urls=urls, policy=policy)
        elapsed = time.monotonic() - t0
    res = {r.source_id: r for r in rep.results}
    after = snapshot(store.path, sources=[target])  # the target's rows; the other source's changed
    lost = _source_rows(before, target) != _source_rows(after, target)
    record("faults", fault=fault, source=target, outcome=res[target].outcome, seconds=round(elapsed, 2),
           message=res[target].message, others_loaded=res[other].outcome == "loaded", data_lost=lost)
    assert len([1 for name, _, _ in server.requests if name == target_file]) <= MAX_REQUESTS
    assert res[target].outcome == "failed"
    assert words in res[target].message, res[target].message
    assert target_file in res[target].message or target in res[target].message
    assert not lost
    assert res[other].outcome == "loaded" and res[other].rows_added == 1
    assert not rep.ok


def test_stale_file_is_flagged(base_home, tmp_path):
    """A file that has stopped changing: updates succeed (304) but the source is reported stale."""
    home = tmp_path / "home"
    shutil.copytree(base_home, home)
    store = Store(home)
    with MirrorServer(MIRROR, SHARED_DATA / "extra") as server:
        rep = ustflow.update(store=store, base_url=server.base, only="mof_its_weekly,tic_mfh_legacy",
                             policy=FetchPolicy(**POLICY))
    assert rep.ok and {r.outcome for r in rep.results} == {"unchanged"}  # same bytes as loaded
    newest = date(2026, 8, 8)  # week.csv's last week
    table = ustflow.sources(today=newest + timedelta(days=10), store=store).set_index("source")
    assert table.loc["mof_its_weekly", "status"] == "ok"
    table = ustflow.sources(today=newest + timedelta(days=30), store=store).set_index("source")
    assert table.loc["mof_its_weekly", "status"] == "stale"
    assert "stale" in table.loc["tic_mfh_legacy", "status"]
    record("faults", fault="stale", source="mof_its_weekly", outcome="flagged stale", seconds=0,
           message="newest period 2026-08-08 older than weekly cadence allows 30 days later",
           others_loaded=True, data_lost=False)
