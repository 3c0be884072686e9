"""The README stays true: every command is documented, and its example command lines run."""

from __future__ import annotations

import re
import shlex

from tests.helpers import REPO, cli, run_cli

README = (REPO / "README.md").read_text()
# lines that need the network, run forever, change the shared store, or are slow and tested elsewhere
SKIP = ("ustflow update", "ustflow serve", "ustflow watch", "ustflow import", "ustflow forget", "ustflow alerts run",
        "ustflow report", "my-scenario.toml", "USTFLOW_TOKEN")


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
    (tmp_path / "examples").symlink_to(REPO / "examples")
    (tmp_path / "article.txt").write_text(
        "Japanese investors sold a net ¥4.46 trillion of foreign bonds in the week to November 2, 2024.\n")
    examples = _examples()
    assert len(examples) >= 20

    monkeypatch.chdir(tmp_path)
    results = []
    for line in examples:  # in process, one after another (CliRunner swaps sys.stdout: not thread-safe)
        r = cli(shlex.split(line)[1:], loaded_home)
        results.append((line, r.returncode, r.stderr[-500:]))
    failed = [(line, err) for line, code, err in results if code != 0]
    assert failed == []
