"""The README stays true: every command is documented, and its example command lines run."""

from __future__ import annotations

import re
import shlex

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


def test_readme_examples_run(loaded_home, tmp_path, monkeypatch):
    (tmp_path / "examples").symlink_to(REPO / "examples")  # the README's files are real: examples/*
    examples = _examples()
    assert len(examples) >= 20
    assert any("examples/my-scenario.toml" in e for e in examples) and any("ustflow report" in e for e in examples)

    monkeypatch.chdir(tmp_path)
    results = []
    for line in examples:  # in process, one after another (CliRunner swaps sys.stdout: not thread-safe)
        r = cli(shlex.split(line)[1:], loaded_home)
        results.append((line, r.returncode, r.stderr[-500:]))
    failed = [(line, err) for line, code, err in results if code != 0]
    assert failed == []
    written = {"report.html", "june.html", "holdings.png", "japan.xlsx"}
    assert written <= {p.name for p in tmp_path.iterdir()}


def test_version_is_the_packages():
    from importlib.metadata import version

    r = cli(["--version"], REPO / ".no-home")
    assert r.returncode == 0 and r.stdout.strip() == f"ustflow {version('ustflow')}"
    assert f"$ ustflow --version\nustflow {version('ustflow')}\n" in README


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
