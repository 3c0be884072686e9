"""Watch mode on real files served on 127.0.0.1: a store missing MoF's last 20 weeks catches up,
the two-week top-5 rule fires exactly for the qualifying windows, once; backoff and restarts."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

import ustflow
from tests.conftest import built_once
from tests.helpers import cli, free_port
from tests.httpserver import MirrorServer
from ustflow import alerts
from ustflow.alerts import JsonLog
from ustflow.store import Store
from ustflow.watch import WatchConfig, Watcher

UTC = timezone.utc
WEEKLY_LT = "mof.weekly.assets.lt_debt.net"
CUT = 20
RULES = """
[channels.file]
type = "jsonl"
path = "fired.jsonl"

[[rules]]
id = "two-week-ltdebt-sale-top5"
type = "window_rank"
title = "two-week long-term debt net sale in the top 5 since 2005"
series = "mof.weekly.assets.lt_debt.net"
window = 2
top = 5
since = "2005-01-01"
channels = ["file"]
"""


def cut_weeks(raw: bytes, n: int) -> bytes:
    """week.csv without its last ``n`` week rows; header and notes footer kept, so it still parses."""
    lines = raw.splitlines(keepends=True)
    weeks = [i for i, line in enumerate(lines) if re.match(rb"\d{4}", line)]
    assert len(weeks) > 1000
    drop = set(weeks[-n:])
    return b"".join(line for i, line in enumerate(lines) if i not in drop)


@pytest.fixture
def behind(tmp_path, tmp_path_factory, mirror):
    """A home whose store was loaded from week.csv minus its last 20 weeks; a rules file beside it.
    Loaded once per run (every worker copies the same home), as each test's own load would be."""
    def load(folder: Path) -> None:
        (folder / "cut").mkdir()
        (folder / "cut" / "week.csv").write_bytes(cut_weeks((mirror / "week.csv").read_bytes(), CUT))
        report = ustflow.update(mirror=folder / "cut", only="mof_its_weekly", store=Store(folder / "home"))
        assert report.ok and report.results[0].outcome == "loaded"

    shutil.copytree(built_once(tmp_path_factory, "watch-behind", load), tmp_path, dirs_exist_ok=True)
    cut_dir, home = tmp_path / "cut", tmp_path / "home"
    store = Store(home)
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES)
    return home, store, rules, cut_dir


def qualifying_windows(s: pd.Series, first_new: pd.Period) -> dict[str, tuple[float, int]]:
    """Brute force: two-week windows containing a new week whose sum was, when it ended, among the 5
    most negative two-week sums since 2005 (ties share the better rank)."""
    vals, ends = list(s.to_numpy()), list(s.index)
    sums = [(ends[i], vals[i - 1] + vals[i]) for i in range(1, len(vals))]
    out = {}
    for j, (end, w) in enumerate(sums):
        rank = 1 + sum(1 for _, w2 in sums[: j + 1] if w2 < w)
        if end >= first_new and w < 0 and rank <= 5:
            out[end.end_time.strftime("%Y-%m-%d")] = (w, rank)
    return out



def _fired(home: Path) -> list[dict]:
    p = home / "fired.jsonl"
    return [json.loads(x) for x in p.read_text().splitlines()] if p.exists() else []


@pytest.mark.slow
def test_watch_once_catches_up_and_fires_each_qualifying_window_once(behind, loaded_store, mirror):
    home, store, rules, _ = behind
    before = ustflow.series(WEEKLY_LT, store=store)
    full = ustflow.series(WEEKLY_LT, store=loaded_store)
    assert len(full) - len(before) == CUT and before.index[-1] == full.index[-CUT - 1]
    with MirrorServer(mirror) as srv:
        args = ["watch", "--once", "--only", "mof_its_weekly", "--base-url", srv.base, "--rules", rules,
                "--format", "json"]
        out = cli(args, home)
        assert out.returncode == 0, out.stderr
        doc = json.loads(out.stdout)
        # the 20 new weeks loaded, equal to the full file
        after = ustflow.series(WEEKLY_LT, store=store)
        pd.testing.assert_series_equal(after, full, check_names=False)
        assert doc["due"] == ["mof_its_weekly"]
        row = doc["rows"][0]
        assert (row["outcome"], row["awaiting"], row["newest"]) == ("loaded", "2026-03-28", "2026-08-08")
        # exactly the qualifying windows fired, once each
        expected = qualifying_windows(full, full.index[-CUT])
        assert expected, "the data should hold at least one such window in its last 20 weeks"
        fired = _fired(home)
        assert sorted(f["period"] for f in fired) == sorted(expected)
        for f in fired:
            w, rank = expected[f["period"]]
            assert (f["value"], f["rank"], f["unit"]) == (w, rank, "JPY 100mn")
            assert f["series"] == WEEKLY_LT and f["rule"] == "two-week-ltdebt-sale-top5"
        assert [a["period"] for a in doc["alerts"]["fired"]] == [f["period"] for f in fired]
        assert doc["alerts"]["armed"] == {}  # armed on the old data, before the update
        # structured logs on stderr
        logs = [json.loads(x) for x in out.stderr.splitlines() if x.startswith("{")]
        events = [r["event"] for r in logs]
        assert "alert.rule_armed" in events and "release.loaded" in events and "alert.fired" in events
        loaded = next(r for r in logs if r["event"] == "release.loaded")
        assert (loaded["source"], loaded["period"], loaded["awaited"]) == ("mof_its_weekly", "2026-08-08", "2026-03-28")
        assert all({"ts", "level", "event"} <= set(r) for r in logs)

        # a second run (the next cron tick) fires nothing; the unchanged file costs a 304
        again = cli(args, home)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["alerts"]["fired"] == []
        assert len(_fired(home)) == len(fired)
        assert [status for name, status, _ in srv.requests] == [200, 304]
    # the persisted state: waiting for the week to 15 August, overdue (the clock is far past it)
    state = json.loads((home / "watch_state.json").read_text())["sources"]["mof_its_weekly"]
    assert state["awaiting"] == "2026-08-15" and state["attempts"] == 1
    assert state["last_outcome"] == "not_modified"


def test_watch_loop_wakes_at_the_release_and_backs_off_until_the_week_appears(behind, mirror, tmp_path, loaded_store):
    home, store, rules, cut_dir = behind
    full = (mirror / "week.csv").read_bytes()
    clock = [datetime(2026, 4, 1, 0, 0, tzinfo=UTC)]
    sleeps: list[float] = []
    with MirrorServer(cut_dir) as srv:  # at first the publisher still serves the old file

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            clock[0] += timedelta(seconds=seconds)
            if len(sleeps) == 3:
                srv.set_file("week.csv", full)  # the release appears during the third wait

        log = JsonLog(path=tmp_path / "watch.log")
        cfg = WatchConfig(store=store, rules=alerts.load_rules(rules), only=["mof_its_weekly"], base_url=srv.base,
                          backoff=60, backoff_cap=1800, max_sleep=7 * 86400)
        w = Watcher(cfg, log=log, clock=lambda: clock[0], sleep=sleep)
        assert w.run(max_ticks=5) == 5
    # week to 28 March 2026: due Thursday 2 April 08:50 Tokyo = 1 April 23:50 UTC
    assert sleeps[0] == (23 * 60 + 50) * 60
    assert sleeps[1:3] == [60, 120]  # not out yet: retry after 60 s, then 120 s
    assert sleeps[3] == 7 * 86400  # loaded; next release (20 August) is further than max_sleep
    events = [(r["event"], r.get("attempt")) for r in log.records if r["event"].startswith("release.")]
    assert events == [("release.not_yet", 1), ("release.not_yet", 2), ("release.loaded", None)]
    loaded = next(r for r in log.records if r["event"] == "release.loaded")
    assert loaded["late_by_s"] == 180  # loaded three minutes after the expected release
    assert ustflow.series(WEEKLY_LT, store=store).index[-1] == pd.Period("2026-08-08", "W-SAT")
    full_s = ustflow.series(WEEKLY_LT, store=loaded_store)
    assert sorted(f["period"] for f in _fired(home)) == sorted(qualifying_windows(full_s, full_s.index[-CUT]))


@pytest.mark.slow
def test_watch_survives_a_network_failure_and_a_restart(behind, mirror):
    home, _store, rules, _ = behind
    dead = f"http://127.0.0.1:{free_port()}/"
    base = ["watch", "--once", "--only", "mof_its_weekly", "--rules", rules, "--format", "json"]
    first = cli(base + ["--base-url", dead, "--now", "2026-04-02T00:00:00Z"], home)
    assert first.returncode == 0, first.stderr
    row = json.loads(first.stdout)["rows"][0]
    assert row["outcome"] == "failed" and row["next_try"].startswith("2026-04-02T00:01:00")
    failed = [json.loads(x) for x in first.stderr.splitlines() if '"fetch.failed"' in x]
    assert failed and failed[0]["level"] == "error" and failed[0]["attempt"] == 1
    # a restart 30 s later respects the persisted backoff: nothing is fetched
    second = cli(base + ["--base-url", dead, "--now", "2026-04-02T00:00:30Z"], home)
    assert second.returncode == 0 and json.loads(second.stdout)["due"] == []
    assert '"watch.fetch"' not in second.stderr
    # after the backoff, with the network back, the release loads and the alert fires
    with MirrorServer(mirror) as srv:
        third = cli(base + ["--base-url", srv.base, "--now", "2026-04-02T00:01:01Z"], home)
    assert third.returncode == 0, third.stderr
    doc = json.loads(third.stdout)
    assert doc["rows"][0]["outcome"] == "loaded" and doc["rows"][0]["newest"] == "2026-08-08"
    assert "2026-04-04" in [f["period"] for f in _fired(home)]


def test_retry_delays_are_bounded():
    w = Watcher.__new__(Watcher)
    w.cfg = WatchConfig(store=Store("/nonexistent-ustflow"), backoff=60, backoff_cap=1800, overdue_every=21600)
    assert [w._retry_delay(n, False) for n in range(1, 9)] == [60, 120, 240, 480, 960, 1800, 1800, 1800]
    assert w._retry_delay(3, True) == 21600


def test_watch_once_for_a_person_prints_one_line_of_problems(behind):
    """With the summary table on stdout, stderr says what went wrong in one line, not a JSON line per source."""
    home, _store, rules, _ = behind
    dead = f"http://127.0.0.1:{free_port()}/"
    out = cli(["watch", "--once", "--only", "mof_its", "--rules", rules, "--base-url", dead, "--force"], home)
    assert out.returncode == 0, out.stderr
    assert "failed" in out.stdout and not any(ln.startswith("{") for ln in out.stderr.splitlines())
    err = " ".join(out.stderr.split())
    assert err.startswith("5 problem(s) in this tick (fetch.failed x5); first: mof_its_") and "--log-file" in err
