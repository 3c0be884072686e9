"""The README stays true: every command is documented, and its example command lines run."""

from __future__ import annotations

import re
import shlex

import pytest

from tests.helpers import REPO, cli, run_cli

README = (REPO / "README.md").read_text()
# lines that need the network, run forever, change the shared store, or are slow and tested elsewhere
SKIP = ("ustflow update", "ustflow serve", "ustflow watch", "ustflow import", "ustflow forget", "ustflow alerts run",
        "USTFLOW_TOKEN")


def _commands() -> list[str]:
    r = run_cli(["--help"], REPO / ".no-home")
    assert r.returncode == 0, r.stderr
    block = r.stdout.split("Commands:")[1]
    return re.findall(r"^\s{2}([a-z][a-z-]+)\s", block, re.M)


def test_every_command_is_in_the_readme():
    cmds = _commands()
    assert len(cmds) >= 25
    missing = [c for c in cmds if f"ustflow {c}" not in README]
    assert missing == [], f"commands not shown in README.md: {missing}"


def _examples() -> list[str]:
    lines = []
    for line in re.findall(r"^\$ (ustflow[^\n]*)$", README, re.M):
        line = re.sub(r"\s+#.*$", "", line).strip()
        if not any(s in line for s in SKIP) and line not in lines:
            lines.append(line)
    return lines


EXAMPLES = _examples()
WRITES = ("report.html", "june.html", "holdings.png", "japan.xlsx")  # files the examples write (--out)


def test_readme_has_the_examples():
    assert len(EXAMPLES) >= 20
    assert any("examples/my-scenario.toml" in e for e in EXAMPLES) and any("ustflow report" in e for e in EXAMPLES)
    assert {w for w in WRITES if any(f"--out {w}" in e for e in EXAMPLES)} == set(WRITES)


# one test per README line, so that the workers of `make test` share them out (one test of all the
# lines was the longest test of the suite); each runs in process, in a folder of its own
@pytest.mark.slow  # every command on the loaded store (the report twice): make test-fast checks the README's coverage
@pytest.mark.parametrize("line", EXAMPLES, ids=[f"{i:02d}-{e.split()[1]}" for i, e in enumerate(EXAMPLES)])
def test_readme_example_runs(line, loaded_home, tmp_path, monkeypatch):
    (tmp_path / "examples").symlink_to(REPO / "examples")  # the README's files are real: examples/*
    monkeypatch.chdir(tmp_path)
    r = cli(shlex.split(line)[1:], loaded_home)
    assert r.returncode == 0, r.stderr[-500:]
    for name in WRITES:
        if f"--out {name}" in line:
            assert (tmp_path / name).stat().st_size > 0, name


def test_version_is_the_packages():
    from importlib.metadata import version

    r = cli(["--version"], REPO / ".no-home")
    assert r.returncode == 0 and r.stdout.strip() == f"ustflow {version('ustflow')}"
    assert f"$ ustflow --version\nustflow {version('ustflow')}\n" in README


@pytest.mark.slow
def test_readme_python_runs_as_documented(loaded_home, tmp_path, monkeypatch):
    """The Python block of the README, on a copy of the loaded store (its update finds nothing new)."""
    import shutil

    from tests.conftest import MIRROR

    block = re.search(r"^The same from Python:\n\n```python\n(.*?)^```", README, re.M | re.S)
    assert block is not None
    code = block.group(1).replace('"../shared/data/mirror"', repr(str(MIRROR)))
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(loaded_home / "store.duckdb", home / "store.duckdb")
    monkeypatch.setenv("USTFLOW_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    exec(compile(code, "README.md", "exec"), names)
    assert names["jp"].attrs["unit"] == "USD bn" and names["jp"].index.freqstr == "M"
    assert names["wk"].index.freqstr == "W-SAT"
    assert names["df"].attrs["series"]["fred.dgs10"]["conversion"] == "mean of the daily values in each quarter"
    assert (tmp_path / "japan.parquet").stat().st_size > 1000
