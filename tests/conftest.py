"""Shared fixtures: where the read-only official mirror lives, and throw-away stores."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# pytest keeps each test module's assertion-rewritten code in __pycache__ only where bytecode may be
# written; with PYTHONDONTWRITEBYTECODE set (this machine) every pytest process rewrote the ~80 test
# modules again (a worker collected the suite in 18.4 s of CPU, 10.5 with this line). The plugins'
# ~370 modules are rewritten before this file is read: `make test` unsets the variable (7.5 s).
sys.dont_write_bytecode = False

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("USTFLOW_SHARED_DATA", REPO.parent / "shared" / "data"))
MIRROR = SHARED_DATA / "mirror"
# the checker's "today" (ustflow.check.datelines.today), the latest a story can be from, held at the day the
# tests were written: a yearless dateline's weekday fits one more year every few years
os.environ.setdefault("USTFLOW_TODAY", "2026-12-01")


def pytest_sessionstart(session):
    """Each run writes fresh reliability records (artifacts/reliability/*.jsonl)."""
    import shutil

    from tests.reliability import OUT

    if not hasattr(session.config, "workerinput"):
        shutil.rmtree(OUT, ignore_errors=True)


def pytest_configure(config):
    """typer.testing.CliRunner builds the click command tree of the whole app on every invoke (40 ms of
    CPU for ustflow's 40 commands, ~1,000 invokes per run); the real command line builds it once per
    process (ustflow.cli.lazy_command). Here too: once per app and worker, the same command objects
    reused as by a process that runs the CLI more than once."""
    import typer.testing

    build = typer.testing._get_command
    if getattr(build, "once", False):
        return
    built: dict[int, tuple] = {}

    def once(app):
        if id(app) not in built or built[id(app)][0] is not app:
            built[id(app)] = (app, build(app))
        return built[id(app)][1]

    once.once = True  # type: ignore[attr-defined]
    typer.testing._get_command = once


# USTFLOW_TEST_CPU=PREFIX: each worker writes the CPU and wall seconds of every test, and when it started
# (seconds since the epoch), to PREFIX-<worker>.json, with when the worker read this file and when its
# session finished; the xdist controller writes when it read this file and when it ended to
# PREFIX-controller.json (python -m tests.cputime PREFIX sums them up; see tests/cputime.py).
_CPU: dict[str, tuple[float, float, float]] = {}
_LOADED = __import__("time").time()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if not os.environ.get("USTFLOW_TEST_CPU"):
        yield
        return
    import time

    from tests.cputime import cpu_seconds

    cpu, wall, start = cpu_seconds(), time.monotonic(), time.time()
    yield
    # schemathesis gives all its items one nodeid: they are told apart by their names ("...[GET /api]")
    key = item.nodeid if item.nodeid.endswith(item.name) else f"{item.nodeid.rsplit('::', 1)[0]}::{item.name}"
    _CPU[key] = (round(cpu_seconds() - cpu, 3), round(time.monotonic() - wall, 3), round(start, 3))


def pytest_sessionfinish(session):
    prefix = os.environ.get("USTFLOW_TEST_CPU")
    if prefix and _CPU:
        import json
        import time

        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(f"{prefix}-{worker}.json").write_text(
            json.dumps({"session": [_LOADED, time.time()], "tests": _CPU}, indent=0))


def pytest_unconfigure(config):
    """The xdist controller's times: after its session finished and removed old temporary folders."""
    prefix = os.environ.get("USTFLOW_TEST_CPU")
    if prefix and not _CPU and not hasattr(config, "workerinput") and config.getoption("numprocesses", None):
        import json
        import time

        Path(f"{prefix}-controller.json").write_text(json.dumps({"session": [_LOADED, time.time()], "tests": {}}))


# Modules whose tests are slow by nature (real browsers, API fuzzing, many processes, SIGKILLs, loaded
# servers): `make test` runs them, `make test-fast` (-m "not slow") leaves them out. A single slow
# test elsewhere takes @pytest.mark.slow.
SLOW_MODULES = {"test_browser", "test_schemathesis", "test_concurrency", "test_crash", "test_fuzz", "test_faults",
                "test_web_security"}


def pytest_ignore_collect(collection_path, config):
    """Under -m "not slow" the slow modules are not even imported (schemathesis alone takes seconds)."""
    if config.getoption("markexpr", "") == "not slow" and collection_path.stem in SLOW_MODULES:
        return True
    return None


# Modules holding the suite's longest tests (a test over ~5 s in a full -n 2 run) run before the others;
# each module's tests keep their order. xdist's worksteal gives each worker half of the list and lets an
# idle worker take the end of the other's queue, but a worker keeps the test it is running and its next
# one: a long test left near the end keeps one worker busy while the other idles. Long tests first leave
# short ones to balance the end. The first four need no loaded_store: the worker starting here works
# while the other worker, whose half starts with tests that need it, loads it.
FIRST_MODULES = ("test_concurrency", "test_faults", "test_fuzz", "test_claims_corpus", "test_docs",
                 "test_web_security", "test_browser", "test_alerts_delivery", "test_web", "test_watch",
                 "test_nowcast", "test_asof_view", "test_schemathesis", "test_asof", "test_breaks")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
    rank = {m: i for i, m in enumerate(FIRST_MODULES)}
    items.sort(key=lambda it: rank.get(it.path.stem, len(rank)))  # stable: the rest keep pytest's order


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not MIRROR.is_dir():
        pytest.fail(f"official mirror not found at {MIRROR} (set USTFLOW_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def mirror(shared_data: Path) -> Path:
    return shared_data / "mirror"


def read_mirror(name: str) -> bytes:
    return (MIRROR / name).read_bytes()


def built_once(tmp_path_factory, name: str, build) -> Path:
    """The folder ``name``, made by ``build(folder)`` once per test run and shared by every xdist worker.

    The first worker to ask builds it under a file lock (released when the file closes, also if the
    worker dies); the others wait and get the same folder. Read-only for tests: copy it to change it."""
    import fcntl
    import shutil

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # pytest-N/, above popen-gwN/
    folder = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / f"{name}.built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            (shared / f"{name}.built").write_text("built by one worker, shared by all\n")
    return folder


@pytest.fixture(scope="session")
def loaded_store(tmp_path_factory, shared_data):
    """A store loaded from the whole mirror once per run, shared by every xdist worker (read-only for
    tests: copy it before changing it).

    The mirror is parsed once, not once per worker, and what is cached in the home's ``cache/`` folder
    (the report, as-of reads, backtests, scenario models: ``ustflow.cache``, keyed by the store file's
    identity) is computed by one worker and read by the other. Every write to a store swaps in a new
    file (``ustflow.store``), and no test writes to this one (``test_web_security`` checks it)."""
    import ustflow
    from ustflow.store import Store

    def load(home: Path) -> None:
        report = ustflow.update(mirror=shared_data / "mirror", store=Store(home))
        assert report.ok, [(r.source_id, r.message) for r in report.failed]

    return Store(built_once(tmp_path_factory, "loaded-home", load))


@pytest.fixture(scope="module")
def data(loaded_store):
    """``loaded_store`` read through the checker's cache (``StoreData``), one per test module: the ``store`` the
    checker's tests pass to ``check_text``. A module that needs another reading defines its own ``data``."""
    from ustflow.views.check import StoreData

    return StoreData(loaded_store)


@pytest.fixture(scope="module")
def tic(loaded_store):
    """A holder's TIC holdings in USD bn by month, read from ``loaded_store``: ``tic("japan")``. A module that
    needs another reading defines its own ``tic``."""
    from tests.helpers import series

    return lambda who: series(f"tic.holdings.{who}", loaded_store)


@pytest.fixture(scope="module")
def ranks(loaded_store):
    """Every country's rank among foreign holders, month by month (1 = largest; aggregates left out as the checker
    does)."""
    from ustflow.views.check import StoreData

    return StoreData(loaded_store).holdings().dropna(how="all").rank(axis=1, ascending=False, method="min")


@pytest.fixture(scope="session")
def loaded_home(loaded_store):
    """The folder of ``loaded_store``: pass as USTFLOW_HOME to CLI subprocesses (tests.helpers.run_cli)."""
    return loaded_store.home
