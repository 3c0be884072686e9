"""The ``ustflow`` command line: a thin layer over the Python API (``ustflow.api`` and analytics).

Each feature lives in its own module with a ``register(app)`` function; modules import pandas,
DuckDB and the rest inside the commands, so ``ustflow --help`` stays fast.
"""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="ustflow",
    help="Who is buying and selling US Treasuries (above all Japan), from official TIC, MoF, JGB and FRED data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Feature modules, in the order their commands are listed. Each defines register(app).
COMMAND_MODULES = ["data"]

for _name in COMMAND_MODULES:
    importlib.import_module(f"ustflow.cli.{_name}").register(app)


def main() -> None:
    from ustflow.errors import UstflowError

    try:
        app()
    except UstflowError as e:
        from ustflow.cli._output import err_console

        err_console().print(f"[bold red]error:[/] {e}")
        sys.exit(2)
