"""Concurrent writers on one home: the stress run behind tests/test_concurrency.py.

    python -m tests.concurrency --kind updates5 --home full --rounds 20 --work /tmp/x

Each round starts N ``ustflow`` command-line processes on one home (``update``, ``import``, ``watch
--once``), each after a random delay of 0-0.5 s, waits for all, and checks the home against the same
commands run one after another: every process exited 0, each new file was loaded by exactly one
process (the others say another update loaded it, or nothing new), the store's invariants hold, and
its content (every table, every row) equals the sequential result.

The processes are the real command line (``ustflow.cli.main`` with its own ``sys.argv``, store
connections and locks), forked from this launcher after it has imported ustflow, pandas and DuckDB
once: a process costs ~0.1 s instead of ~0.6 s of interpreter and imports, which is what makes 20
rounds of every kind cheap enough for ``make test``. ``--exec`` starts ``python -m ustflow``
instead, for a run that includes interpreter start-up. Prints one JSON object (the rounds' results)
per run; ``--combos`` runs several in turn in one launcher (one import of ustflow for all, and the
full home's starting store loaded once: each run still has its own rounds, homes and sequential
reference).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.conftest import MIRROR, SHARED_DATA

# small real files from every publisher: TIC (two layouts), MoF, FRED (daily and monthly)
NEW_FILES = ["slt_table5.txt", "montha1.csv", "FEDFUNDS.csv", "SOFR.csv", "IORB.csv", "DEXJPUS.csv"]
ONLY = "tic_mfh_current,mof_its_monthly,fred_fedfunds,fred_sofr,fred_iorb,fred_dexjpus"
OLD_ONLY = "mof_its_monthly,fred_fedfunds,fred_sofr,fred_dexjpus"  # what the full home holds before a round
IMPORT_FILE = SHARED_DATA / "vintages" / "DEXJPUS_2020-08-24_2025-08-22.csv"  # an older vintage of DEXJPUS

KINDS = {  # process mix per round, in start order before the random delays
    "updates2": ["update"] * 2,
    "updates5": ["update"] * 5,
    "update_import": ["update", "import"],
    "mixed5": ["update", "import", "watch", "update", "update"],
}


def make_mirrors(work: Path) -> tuple[Path, Path]:
    """``new``: the real files (symlinks); ``old``: an earlier state of them for the full home."""
    new, old = work / "mirror-new", work / "mirror-old"
    for d in (new, old):
        d.mkdir(parents=True, exist_ok=True)
    for name in NEW_FILES:
        if not (new / name).exists():
            (new / name).symlink_to(MIRROR / name)
    # old: FRED files shorter (a year of SOFR and USD/JPY, of FEDFUNDS), no slt_table5 and no IORB yet
    if not (old / "montha1.csv").exists():
        (old / "montha1.csv").symlink_to(MIRROR / "montha1.csv")
        for name, cut in [("FEDFUNDS.csv", 12), ("SOFR.csv", 250), ("DEXJPUS.csv", 250)]:
            lines = (MIRROR / name).read_bytes().splitlines(keepends=True)
            (old / name).write_bytes(b"".join(lines[:-cut]))
    return new, old


def command(kind: str, new: Path) -> list[str]:
    if kind == "update":
        return ["update", "--mirror", str(new), "--only", ONLY, "--format", "json"]
    if kind == "import":
        return ["import", str(IMPORT_FILE), "--format", "json"]
    return ["watch", "--once", "--force", "--mirror", str(new), "--only", ONLY, "--format", "json"]


@dataclass
class Proc:
    kind: str
    delay: float
    code: int | None = None
    report: dict | None = None
    stderr: str = ""


@dataclass
class Round:
    kind: str
    home: str
    run: int
    procs: list[Proc] = field(default_factory=list)
    seconds: float = 0.0
    same_as_sequential: bool = False
    invariants: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _child(args: list[str], home: Path, out: Path, err: Path) -> None:
    """In a forked child: run the command line as ``ustflow ARGS`` would, then exit with its status."""
    code = 1
    try:
        os.environ["USTFLOW_HOME"] = str(home)
        for fd, path in ((1, out), (2, err)):
            f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(f, fd)
            os.close(f)
        sys.argv = ["ustflow", *args]
        from ustflow.cli import main

        try:
            main()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def start(args: list[str], home: Path, out: Path, err: Path, use_exec: bool):
    """Start one command-line process; returns a handle for ``wait``."""
    if use_exec:
        env = dict(os.environ, USTFLOW_HOME=str(home))
        with open(out, "wb") as o, open(err, "wb") as e:
            return subprocess.Popen([sys.executable, "-m", "ustflow", *args], env=env, stdout=o, stderr=e)
    pid = os.fork()
    if pid == 0:
        _child(args, home, out, err)
    return pid


def wait(handle) -> int:
    if isinstance(handle, int):
        _, status = os.waitpid(handle, 0)
        return os.waitstatus_to_exitcode(status)
    return handle.wait()


def run_procs(kinds: list[str], delays: list[float], home: Path, new: Path, logs: Path,
              use_exec: bool) -> list[Proc]:
    """Start the processes at their delays (seconds after the first), wait for all."""
    procs = [Proc(k, round(d, 3)) for k, d in zip(kinds, delays)]
    handles = []
    t0 = time.monotonic()
    for i, p in sorted(enumerate(procs), key=lambda ip: ip[1].delay):
        time.sleep(max(0.0, t0 + p.delay - time.monotonic()))
        handles.append((i, start(command(p.kind, new), home, logs / f"{i}.out", logs / f"{i}.err", use_exec)))
    for i, h in handles:
        procs[i].code = wait(h)
        text = (logs / f"{i}.out").read_text()
        procs[i].stderr = (logs / f"{i}.err").read_text()[-600:]
        try:
            procs[i].report = json.loads(text) if text.strip() else None
        except json.JSONDecodeError:
            procs[i].report = {"unparsed": text[-600:]}
    return procs


def store_state(home: Path) -> tuple[dict, list[str]]:
    """(stable snapshot, invariant violations) of a home's store."""
    import duckdb

    from tests.helpers import snapshot
    from ustflow.store import invariants

    path = home / "store.duckdb"
    if not path.exists():
        return {}, ["no store"]
    con = duckdb.connect(str(path), read_only=True)
    try:
        problems = invariants.violations(con)
    finally:
        con.close()
    return snapshot(path, stable=True), problems


def loaded_files(procs: list[Proc]) -> dict[tuple[str, str], int]:
    """(source, file) -> how many processes report they loaded it."""
    from ustflow import registry

    loaded: dict[tuple[str, str], int] = {}
    for p in procs:
        rep = p.report or {}
        if p.kind == "watch":  # the tick summary: one row per due source
            keys = [(row["source"], registry.get(row["source"]).file) for row in rep.get("rows", [])
                    if row.get("outcome") == "loaded"]
        else:
            keys = [(res["source_id"], res["file"]) for res in rep.get("results", []) if res["outcome"] == "loaded"]
        for key in keys:
            loaded[key] = loaded.get(key, 0) + 1
    return loaded


def truthful(r: Round, expected: set) -> list[str]:
    """What the processes' own reports got wrong (empty: every report tells what happened).

    ``expected``: the (source, file) pairs the sequential run loaded; each must be loaded by exactly
    one process of the round, and every other process must say why it did not load it.
    """
    problems = []
    for i, p in enumerate(r.procs):
        if p.code != 0:
            problems.append(f"process {i} ({p.kind}) exited {p.code}: {p.stderr[-300:]}")
            continue
        rep = p.report or {}
        if p.kind == "watch":
            continue
        for res in rep.get("results", []):
            if res["outcome"] not in ("loaded", "unchanged", "skipped"):
                problems.append(f"process {i}: {res['source_id']} {res['outcome']}: {res['message']}")
            if res["outcome"] != "loaded" and not res["message"]:
                problems.append(f"process {i}: {res['source_id']} {res['outcome']} without a reason")
        if rep.get("nothing_new") != (not any(x["outcome"] == "loaded" for x in rep.get("results", []))):
            problems.append(f"process {i}: nothing_new does not match its results")
        if rep.get("nothing_new") and not rep.get("summary", "").startswith("Nothing new"):
            problems.append(f"process {i}: summary {rep.get('summary')!r} for a run that added nothing")
    loaded = loaded_files(r.procs)
    twice = {f"{s}/{f}": n for (s, f), n in loaded.items() if n > 1}
    if twice:
        problems.append(f"files loaded more than once: {twice}")
    if set(loaded) != expected:
        problems.append(f"loaded {sorted(loaded)}, the sequential run {sorted(expected)}")
    return problems


def reference(kind: str, base: Path | None, new: Path, work: Path, use_exec: bool) -> tuple[dict, set]:
    """The store after the round's commands run one after another, and the files they loaded."""
    home = work / f"ref-{kind}-{'full' if base else 'empty'}"
    shutil.rmtree(home, ignore_errors=True)
    if base:
        shutil.copytree(base, home, symlinks=True)
    else:
        home.mkdir(parents=True)
    logs = home / "logs"
    logs.mkdir()
    done: list[Proc] = []
    for k in KINDS[kind]:
        procs = run_procs([k], [0.0], home, new, logs, use_exec)
        if procs[0].code != 0:
            raise RuntimeError(f"sequential {k} failed: {procs[0].stderr}")
        done += procs
    snap, problems = store_state(home)
    if problems:
        raise RuntimeError(f"sequential run broke an invariant: {problems}")
    return snap, set(loaded_files(done))


def full_base(old: Path, work: Path, use_exec: bool) -> Path:
    """A home loaded from the old mirror: the starting point of the 'full' rounds."""
    base = work / "base-full"
    if not (base / "store.duckdb").exists():
        base.mkdir(parents=True, exist_ok=True)
        logs = work / "base-logs"
        logs.mkdir(exist_ok=True)
        args = ["update", "--mirror", str(old), "--only", OLD_ONLY, "--format", "json"]
        code = wait(start(args, base, logs / "out", logs / "err", use_exec))
        if code != 0:
            raise RuntimeError((logs / "err").read_text())
    return base


_REFERENCES: dict[tuple[str, str], tuple[dict, set]] = {}


def stress(kind: str, home_state: str, rounds: int, work: Path, seed: int = 12, use_exec: bool = False) -> dict:
    new, old = make_mirrors(work)
    base = full_base(old, work, use_exec) if home_state == "full" else None
    # the sequential result of a kind on a home, computed once per launcher: a run of `python -m
    # ustflow` processes (--exec) is held to the same store as forked ones
    if (kind, home_state) not in _REFERENCES:
        _REFERENCES[(kind, home_state)] = reference(kind, base, new, work, use_exec)
    ref, expected = _REFERENCES[(kind, home_state)]
    rng = random.Random(f"{seed}-{kind}-{home_state}")
    out = []
    t_all = time.monotonic()
    for run in range(rounds):
        home = work / f"{kind}-{home_state}-{run}"
        shutil.rmtree(home, ignore_errors=True)
        if base:
            shutil.copytree(base, home, symlinks=True)
        else:
            home.mkdir(parents=True)
        logs = work / f"logs-{kind}-{home_state}-{run}"
        logs.mkdir(exist_ok=True)
        delays = [0.0] + [rng.uniform(0.0, 0.5) for _ in KINDS[kind][1:]]
        t0 = time.monotonic()
        r = Round(kind, home_state, run, run_procs(KINDS[kind], delays, home, new, logs, use_exec))
        r.seconds = round(time.monotonic() - t0, 2)
        snap, r.invariants = store_state(home)
        r.same_as_sequential = snap == ref
        r.problems = truthful(r, expected) + ([] if r.same_as_sequential else ["store differs from the sequential run"])
        out.append(r)
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(logs, ignore_errors=True)
    return {"kind": kind, "home": home_state, "rounds": [asdict(r) for r in out],
            "seconds": round(time.monotonic() - t_all, 1), "exec": use_exec}


def warm_up() -> None:
    """Import once what every process needs, so the forked processes share it."""
    import duckdb  # noqa: F401
    import pandas  # noqa: F401
    import rich.console
    import rich.table  # noqa: F401

    import ustflow.cli
    import ustflow.load
    import ustflow.validate
    import ustflow.watch  # noqa: F401
    from ustflow import registry

    for sid in ONLY.split(","):
        registry.get(sid).parse_function()
    # one parse of each command line (--help): imports what typer loads lazily on first use
    import contextlib
    import io

    from ustflow.cli import main

    for cmd in ("update", "import", "watch"):
        sys.argv = ["ustflow", cmd, "--help"]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            main()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=sorted(KINDS))
    ap.add_argument("--home", choices=["empty", "full"])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--exec", action="store_true", help="start `python -m ustflow` processes instead of forking")
    ap.add_argument("--combos", help="instead of --kind/--home/--rounds/--exec: several runs in turn, "
                                     "KIND:HOME:ROUNDS[:exec],... (one launcher's imports for all; a JSON line each)")
    a = ap.parse_args()
    if a.combos:
        combos = [(c.split(":")[0], c.split(":")[1], int(c.split(":")[2]), c.endswith(":exec"))
                  for c in a.combos.split(",")]
    elif a.kind and a.home:
        combos = [(a.kind, a.home, a.rounds, a.exec)]
    else:
        ap.error("give --kind and --home, or --combos")
    warm_up()
    for kind, home, rounds, use_exec in combos:
        result = stress(kind, home, rounds, a.work, a.seed, use_exec)
        sys.stdout.write(json.dumps(result, default=str) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
