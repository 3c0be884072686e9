"""The ``ustflow`` command line: a thin layer over the Python API (``ustflow.api`` and analytics).

Each feature lives in its own module with a ``register(app)`` function; modules import pandas,
DuckDB and the rest inside the commands, so ``ustflow --help`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperGroup


class _Group(TyperGroup):
    """Every command's ``UstflowError`` becomes one ``error: ...`` line and the exit status that
    ``ustflow.errors.exit_code`` gives its class, in a terminal and under ``typer.testing.CliRunner``."""

    def invoke(self, ctx: Any) -> Any:
        from ustflow.errors import UstflowError, exit_code

        try:
            return super().invoke(ctx)
        except UstflowError as e:
            from ustflow.cli._output import err_console

            err_console().print(f"[bold red]error:[/] {e}", highlight=False, markup=True, soft_wrap=True)
            raise typer.Exit(exit_code(e)) from None


app = typer.Typer(
    cls=_Group,
    name="ustflow",
    help="Who is buying and selling US Treasuries (above all Japan), from official TIC, MoF, JGB and FRED data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Every module of this package not starting with "_" is a feature module defining register(app).
# Listed first in this order, the rest alphabetically.
ORDER = ["data", "flows", "holdings", "drivers", "risk", "scenario", "check", "report", "serve", "watch"]


def _feature_modules() -> list[str]:
    import pkgutil
    from pathlib import Path

    names = [m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if not m.name.startswith("_")]
    return sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


for _name in _feature_modules():
    importlib.import_module(f"ustflow.cli.{_name}").register(app)


def main() -> None:
    app()
