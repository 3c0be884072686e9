"""Crash safety: SIGKILL an update at random moments; the store is always the state before or after.

Each run starts from the same store, starts `ustflow update` in a subprocess on a changed mirror
(a revised week.csv, a new FRED day, a whole new source), kills it after a random delay, and then
opens the store: it must equal the state before the update or the state after it, never a mix; and
the next update must complete and give the state after.

The kill moments are stratified: run i of N dies at a random moment inside the i-th of N equal
slices of the update's duration (plus 10%), so the default 8 runs cover start-up, parsing, the
write and the swap evenly. ``make stress`` (``USTFLOW_CRASH_RUNS=20``) cuts the window finer.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import MIRROR
from tests.helpers import cli, run_cli, snapshot
from tests.reliability import record

RUNS = int(os.environ.get("USTFLOW_CRASH_RUNS", "8"))  # make stress: 20
ONLY = "mof_its_weekly,mof_its_monthly,tic_mfh_history,fred_dgs10,mof_jgb_curve"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """The starting store, the changed mirror, both stores' snapshots and the full update's duration:
    built once per test run (tests.conftest.built_once), shared by the xdist workers that take some of
    the runs (read-only: each run copies the base)."""
    import pickle

    from tests.conftest import built_once

    root = built_once(tmp_path_factory, "crash-setup", _build_setup)
    before, after, duration = pickle.loads((root / "setup.pickle").read_bytes())
    return root / "base", root / "mirror", before, after, duration


def _build_setup(root):
    import pickle

    base = root / "base"
    r = cli(["update", "--mirror", MIRROR, "--only", "mof_its_weekly,mof_its_monthly,tic_mfh_history,fred_dgs10",
             "-q"], base)  # in process: the starting store (the update that is killed is a real process)
    assert r.returncode == 0, r.stderr
    changed = root / "mirror"
    changed.mkdir()
    for name in ["week.csv", "montha1.csv", "mfhhis01.txt", "jgbcm_all.csv"]:
        shutil.copy(MIRROR / name, changed / name)
    text = (MIRROR / "week.csv").read_bytes().decode("cp932")
    text = text.replace('"174,732 ","-25,726 "', '"174,706 ","-25,700 "').replace("August  14 , 2026", "August  21 , 2026")
    (changed / "week.csv").write_bytes(text.encode("cp932"))
    (changed / "DGS10.csv").write_bytes((MIRROR / "DGS10.csv").read_bytes() + b"2026-08-21,4.33\n")
    # the state after: the same update run to completion on a copy, a real process as the killed ones
    # (its duration sets the kill moments)
    done = root / "done"
    shutil.copytree(base, done)
    t0 = time.monotonic()
    r = run_cli(["update", "--mirror", changed, "--only", ONLY, "-q"], done)
    duration = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    before = snapshot(base / "store.duckdb", stable=True)
    after = snapshot(done / "store.duckdb", stable=True)
    assert before != after
    (root / "setup.pickle").write_bytes(pickle.dumps((before, after, duration)))


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_leaves_before_or_after(setup, tmp_path, run):
    base, changed, before, after, duration = setup
    home = tmp_path / "home"
    shutil.copytree(base, home)
    rng = random.Random(run)
    delay = duration * 1.1 * (run + rng.random()) / RUNS  # one moment in each slice of the update
    env = dict(os.environ, USTFLOW_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "ustflow", "update", "--mirror", str(changed), "--only", ONLY,
                             "-q"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    code = proc.wait(timeout=60)
    state = snapshot(home / "store.duckdb", stable=True)
    which = "before" if state == before else "after" if state == after else "MIXED"
    # the next update completes and reaches the state after (in process: what it finds on disk is what
    # the killed process left; the command is the same)
    r = cli(["update", "--mirror", changed, "--only", ONLY, "-q"], home)
    final = snapshot(home / "store.duckdb", stable=True)
    leftovers = sorted(p.name for p in home.glob(".store.duckdb.*.tmp*"))
    record("crash", run=run, delay_s=round(delay, 3), exit_code=code, state=which,
           recovered=r.returncode == 0 and final == after, leftovers=leftovers)
    assert which in ("before", "after")
    assert r.returncode == 0, r.stderr
    assert final == after
    assert leftovers == []
