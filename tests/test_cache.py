"""Results kept per store version (``ustflow.cache``): reused while the store is unchanged, never after."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from ustflow import cache
from ustflow.store import Store


@pytest.fixture
def store(loaded_store, tmp_path):
    """A private copy of the loaded store (this module writes to it)."""
    shutil.copyfile(loaded_store.path, tmp_path / "store.duckdb")
    return Store(tmp_path)


def test_memo_computes_once_per_store_version_and_hands_out_copies(store):
    calls = []

    def compute():
        calls.append(1)
        return pd.DataFrame({"x": [1.0, 2.0]})

    a = cache.memo("t", store, ("k",), compute)
    a.loc[0, "x"] = 99.0  # a caller changing its copy changes nothing kept
    b = cache.memo("t", store, ("k",), compute)
    assert calls == [1] and b["x"].tolist() == [1.0, 2.0]
    assert len(list((store.home / "cache").glob("t.*.pickle"))) == 1
    cache.memo("t", store, ("other",), compute)
    assert len(calls) == 2
    # a new store version (every write replaces the file): computed again, the old version's file removed
    shutil.copyfile(store.path, store.home / "new.duckdb")
    (store.home / "new.duckdb").replace(store.path)
    cache.memo("t", store, ("k",), compute)
    assert len(calls) == 3 and len(list((store.home / "cache").glob("t.*.pickle"))) == 1


def test_a_cached_view_equals_the_computation_and_survives_the_process(store):
    from ustflow.views import holdings as vh

    first = vh.decompose("japan", start="2025-01", store=store)
    direct = vh.decompose.uncached("japan", start="2025-01", store=store)
    pd.testing.assert_frame_equal(first, direct)
    assert first.attrs == direct.attrs
    cache._MEM.clear()  # as a new process: from the file
    again = vh.decompose("japan", start="2025-01", store=store)
    pd.testing.assert_frame_equal(again, direct)
    assert round(again.loc[pd.Period("2026-04", "M"), "holdings_usd_bn"], 1) == 1209.9  # SLT: 1,209,889 USD mn


def test_no_cache_when_switched_off(store, monkeypatch):
    monkeypatch.setenv("USTFLOW_NO_CACHE", "1")
    calls = []
    for _ in range(2):
        cache.memo("t2", store, (), lambda: calls.append(1))
    assert calls == [1, 1] and not list((store.home / "cache").glob("t2.*"))


def test_a_file_argument_is_keyed_by_its_content(store, tmp_path):
    from ustflow.cache import per_store_version

    calls = []

    @per_store_version(name="filearg")
    def read(path, store=None):
        calls.append(1)
        return open(path).read()

    f = tmp_path / "basis.csv"
    f.write_text("date,basis\n2025-01-02,-0.3\n")
    assert read(str(f), store=store) == read(str(f), store=store) and len(calls) == 1
    f.write_text("date,basis\n2025-01-02,-0.35\n")
    assert read(str(f), store=store).endswith("-0.35\n") and len(calls) == 2


def test_a_dotted_name_keeps_every_key_of_one_version_on_disk(store):
    """``charts.build`` is one name with many keys (one per chart): all of them stay for the next process."""
    for k in ("holdings", "sectors", "risk"):
        cache.memo("charts.build", store, (k,), lambda k=k: k)
    assert len(list((store.home / "cache").glob("charts.build.*.pickle"))) == 3
    cache._MEM.clear()  # as a new process: each from its file, none recomputed
    assert [cache.memo("charts.build", store, (k,), lambda: pytest.fail("recomputed")) for k in ("holdings", "risk")] \
        == ["holdings", "risk"]
    shutil.copyfile(store.path, store.home / "new.duckdb")  # a new version replaces all three
    (store.home / "new.duckdb").replace(store.path)
    cache.memo("charts.build", store, ("holdings",), lambda: "new")
    assert len(list((store.home / "cache").glob("charts.build.*.pickle"))) == 1


def test_series_reads_are_kept_in_memory_only_and_follow_the_store(store):
    """``ustflow.series`` / ``frame`` / ``search`` keep a read per store version for the process (the report
    reads one series many times): an equal copy each time, nothing on disk, a new version read afresh."""
    import ustflow

    a = ustflow.series("tic.holdings.japan", start="2025-01", store=store)
    a.iloc[0] = -1.0  # a caller's copy
    b = ustflow.series("tic.holdings.japan", start="2025-01", store=store)
    assert b[pd.Period("2025-04", "M")] == 1134.5 and b.iloc[0] != -1.0 and b.attrs["unit"] == "USD bn"
    assert not list((store.home / "cache").glob("api.*"))
    shutil.copyfile(store.path, store.home / "new.duckdb")
    (store.home / "new.duckdb").replace(store.path)
    keys = [k for k in cache._MEM if ":api.series." in k]
    c = ustflow.series("tic.holdings.japan", start="2025-01", store=store)
    assert len([k for k in cache._MEM if ":api.series." in k]) == len(keys) + 1  # a new version, a new read
    pd.testing.assert_series_equal(b, c)


def test_a_checked_article_is_kept_per_store_version(store):
    from ustflow.views.check import StoreData, check_text, publication_date

    text = "Japanese investors sold a net ¥4.46 trillion of foreign bonds in the week to November 2, 2024."
    first = check_text(text, date="2024-11-07", store=store)
    assert [r["verdict"] for r in first] == ["supported"] and first[0]["official_value"] == -44579.0
    assert len(list((store.home / "cache").glob("check.article.*.pickle"))) == 1
    cache._MEM.clear()  # as a new process: from the file, equal to a fresh computation
    assert check_text(text, date="2024-11-07", store=store) == first
    assert check_text(text, date="2024-11-07", store=StoreData(store)) == first  # not kept: computed
    assert len(list((store.home / "cache").glob("check.article.*.pickle"))) == 1
    assert check_text(text, date="2024-11-08", store=store)[0]["verdict"] == "supported"  # another key
    assert len(list((store.home / "cache").glob("check.article.*.pickle"))) == 2
    own = publication_date("TOKYO, November 7, 2024 - " + text, store=store)
    assert str(own.date) == "2024-11-07"


def test_memory_keeps_the_newest_results_within_its_size(monkeypatch):
    monkeypatch.setattr(cache, "_MEM", cache.OrderedDict())
    monkeypatch.setattr(cache, "_MEM_BYTES", 3000)
    for i in range(5):
        cache._remember(f"k{i}", bytes(1000))
    assert list(cache._MEM) == ["k2", "k3", "k4"]  # the oldest went first
    cache._remember("big", bytes(10_000))  # larger than the whole budget: kept alone, the newest
    assert list(cache._MEM) == ["big"]


_COMPUTE_ONCE = """
import pathlib, sys, time
from ustflow import cache
from ustflow.store import Store
home, who = pathlib.Path(sys.argv[1]), sys.argv[2]
def compute():
    with open(home / "computed", "a") as fh:
        fh.write(who + "\\n")
    (home / f"started-{who}").touch()
    while not (home / "go").exists():
        time.sleep(0.02)
    return 42
print(cache.memo("t.once", Store(home), ("k",), compute))
"""


def _waits_for_a_lock(pid: int) -> bool:
    """True while process ``pid`` is blocked on a file lock (Linux lists it in /proc/locks as '->')."""
    from pathlib import Path

    return any(line.split()[1] == "->" and line.split()[5] == str(pid)
               for line in Path("/proc/locks").read_text().splitlines() if len(line.split()) > 5)


def test_two_processes_asking_at_once_compute_once(tmp_path):
    """Two pytest workers (or a command beside a server) asking for one result at the same moment: the
    second waits for the first's lock and reads its file instead of computing it again."""
    import subprocess
    import sys
    import time

    from tests.helpers import HANG_SECONDS

    (tmp_path / "store.duckdb").write_bytes(b"")  # memo keys on the file's identity; compute() reads nothing

    def start(who):
        return subprocess.Popen([sys.executable, "-c", _COMPUTE_ONCE, str(tmp_path), who], stdout=subprocess.PIPE,
                                text=True)

    first = start("1")
    deadline = time.monotonic() + HANG_SECONDS
    while not (tmp_path / "started-1").exists():
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    second = start("2")
    # the first finishes once the second waits for its lock (a "->" waiter in /proc/locks), or computes
    # itself (no lock: the assertion below fails), or ends
    while not (_waits_for_a_lock(second.pid) or (tmp_path / "started-2").exists() or second.poll() is not None):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    (tmp_path / "go").touch()
    assert [p.communicate(timeout=HANG_SECONDS)[0].strip() for p in (first, second)] == ["42", "42"]
    assert (tmp_path / "computed").read_text().split() == ["1"]
