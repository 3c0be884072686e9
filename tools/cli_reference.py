"""Write docs/cli.md from the ``--help`` of every ``ustflow`` command, or check that it is current.

    python tools/cli_reference.py docs/cli.md           # regenerate (make docs)
    python tools/cli_reference.py --check docs/cli.md   # exit 1 when the file differs (make lint)

The help is rendered in process at a fixed width, so the file is the same on every machine.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

WIDTH = 100
HEADER = """# Command reference

Generated from `ustflow COMMAND --help` by `tools/cli_reference.py` (run `make docs` after changing a
command; `make test` fails when this file is out of date). Every command is one call to the Python
API: see [python-api.md](python-api.md) for the function behind each.
"""


def _commands(cmd, path=()):
    yield path, cmd
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def render() -> str:
    os.environ["COLUMNS"] = str(WIDTH)
    os.environ["TERMINAL_WIDTH"] = str(WIDTH)
    import typer
    from typer.testing import CliRunner

    from ustflow.cli import app

    root = typer.main.get_command(app)
    runner = CliRunner()
    parts = [HEADER]
    unset = {k: None for k in os.environ if k.startswith("USTFLOW_")}  # defaults, not this machine's settings
    for path, _ in _commands(root):
        r = runner.invoke(app, [*path, "--help"], prog_name="ustflow", terminal_width=WIDTH,
                          env={"COLUMNS": str(WIDTH), "NO_COLOR": "1", **unset})
        if r.exit_code != 0:
            raise SystemExit(f"ustflow {' '.join(path)} --help failed: {r.output}")
        title = "ustflow " + " ".join(path) if path else "ustflow"
        text = "\n".join(line.rstrip() for line in r.output.strip("\n").splitlines())
        parts.append(f"## `{title}`\n\n```text\n{text}\n```\n")
    return "\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    text = render()
    if args.check:
        old = args.out.read_text() if args.out.exists() else ""
        if old != text:
            diff = difflib.unified_diff(old.splitlines(), text.splitlines(), str(args.out), "ustflow --help", lineterm="")
            sys.stderr.write("\n".join(list(diff)[:60]) + f"\n{args.out} is out of date: run `make docs`\n")
            return 1
        return 0
    args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
