"""N writers at once on one home (issue 12): nothing lost, every report truthful, invariants hold.

Two and five concurrent ``ustflow update`` and ``update`` + ``import``, each on an empty and on a full
home; a mix of three updates, an import and ``watch --once``; processes started 0-0.5 s apart
(tests/concurrency.py does the rounds: two launchers at once, to keep both cores busy while processes
wait for their start, each running half of the combinations in turn, a kind on a home and its --exec
twin held to one sequential reference). After every round the store must equal the same commands run
one after another, every new file must have been loaded by exactly one process, and the store's
invariants must hold.

Rounds: ``make test`` runs every combination of kind and home, 2 rounds each (1 of the costliest
mix, 1 with interpreter start-up): each round draws new start delays, so its 16 rounds mix the
orders that matter (first writer wins, a writer waiting on the lock, an import between updates).
``make stress`` (``USTFLOW_STRESS_ROUNDS=20``) runs 20 rounds of each, 132 in all, for the record in
RELIABILITY.md and after any change to the store's locking or swap.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers import REPO
from tests.reliability import record

ROUNDS = int(os.environ.get("USTFLOW_STRESS_ROUNDS", "2"))  # make stress: 20
COMBOS = [(kind, home, False, ROUNDS) for kind in ("updates2", "updates5", "update_import") for home in ("empty", "full")]
# updates, an import and a watch together: fewer rounds (the costliest mix, and the same protocol)
COMBOS += [("mixed5", home, False, max(1, ROUNDS // 4)) for home in ("empty", "full")]
# `python -m ustflow` processes (interpreter start-up included) instead of forked ones: one round each
COMBOS += [("updates5", "full", True, 1), ("update_import", "empty", True, 1)]


def _launch(work, combos):
    """One launcher process for several combinations in turn (its imports and starting store paid once)."""
    spec = ",".join(f"{k}:{h}:{n}{':exec' if e else ''}" for k, h, e, n in combos)
    args = [sys.executable, "-m", "tests.concurrency", "--combos", spec, "--work", str(work)]
    r = subprocess.run(args, capture_output=True, text=True, cwd=REPO, timeout=1800)
    done = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return [(c, done[i] if i < len(done) else {"error": f"launcher exited {r.returncode}: {r.stderr[-3000:]}"})
            for i, c in enumerate(combos)]


def _processes(combos) -> int:
    """How many command-line processes the rounds of ``combos`` start."""
    from tests.concurrency import KINDS

    return sum(len(KINDS[kind]) * rounds for kind, _, _, rounds in combos)


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    """The rounds of every combination, run once per test run (built_once: a worker that takes some of
    this module's tests waits for the other's results instead of running every round again)."""
    from tests.conftest import built_once

    def build(work):
        t0 = time.monotonic()
        # two launchers at once (two cores), each running half of the processes in turn; a kind on a home
        # and its --exec twin in the same launcher, which computes their sequential reference once
        units = [[c for c in COMBOS if c[:2] == k] for k in dict.fromkeys(c[:2] for c in COMBOS)]
        halves: list[list] = [[], []]
        for unit in sorted(units, key=_processes, reverse=True):
            min(halves, key=_processes).extend(unit)
        with ThreadPoolExecutor(max_workers=2) as pool:
            pairs = [pair for half in pool.map(lambda ih: _launch(work / f"launcher-{ih[0]}", ih[1]),
                                               enumerate(halves)) for pair in half]
        results = dict(pairs)
        record("concurrency_total", seconds=round(time.monotonic() - t0, 1), combos=len(COMBOS),
               rounds=sum(len(r.get("rounds", [])) for r in results.values()),
               processes=sum(len(x["procs"]) for r in results.values() for x in r.get("rounds", [])))
        (work / "results.json").write_text(json.dumps(pairs))

    work = built_once(tmp_path_factory, "concurrency", build)
    return {tuple(c): r for c, r in json.loads((work / "results.json").read_text())}


@pytest.mark.parametrize("combo", COMBOS, ids=lambda c: f"{c[0]}-{c[1]}{'-exec' if c[2] else ''}")
def test_concurrent_writers_lose_nothing_and_report_truthfully(stress, combo):
    res = stress[combo]
    assert "error" not in res, res.get("error")
    rounds = res["rounds"]
    assert len(rounds) == combo[3]
    for r in rounds:
        procs = r["procs"]
        summaries = [(p["report"] or {}).get("summary", "") for p in procs]
        record("concurrency", kind=r["kind"], home=r["home"], run=r["run"], exec=res["exec"],
               processes=len(procs), delays=[p["delay"] for p in procs], exit_codes=[p["code"] for p in procs],
               waited=sum(1 for s in summaries if "waited" in s), nothing_new=sum(1 for s in summaries
                                                                                   if s.startswith("Nothing new")),
               same_as_sequential=r["same_as_sequential"], invariants_hold=not r["invariants"],
               problems=r["problems"], seconds=r["seconds"])
    bad = [(r["run"], r["problems"], r["invariants"]) for r in rounds
           if r["problems"] or r["invariants"] or not r["same_as_sequential"]]
    assert bad == []
