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
    ``ustflow.errors.exit_code`` gives its class, in a terminal and under ``typer.testing.CliRunner``.

    Every command also takes ``--strict`` (with ``--as-of``: archived vintages only; taken off the
    arguments here so no command has to declare it), and after a command that read the store as of
    a date, one line on stderr says which kind of vintage each series used ("archived vintages" or
    "latest values, backdated (pseudo real time)")."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands.keys())  # the names only: commands are built when used (lazy_command)

    def invoke(self, ctx: Any) -> Any:
        from ustflow.errors import UstflowError, exit_code
        from ustflow.store.reader import as_of_ledger, describe_vintages

        strict = "--strict" in ctx.args
        if strict:  # accepted by every command, meaningful with --as-of (see ustflow.store.reader.STRICT)
            ctx.args = [a for a in ctx.args if a != "--strict"]
        try:
            from ustflow.store.reader import STRICT

            token = STRICT.set(True) if strict else None
            try:
                with as_of_ledger() as entries:
                    out = super().invoke(ctx)
            finally:
                if token is not None:
                    STRICT.reset(token)
            if entries:
                from ustflow.cli._output import err_console

                err_console().print(f"vintages: {describe_vintages(entries)}", highlight=False, markup=False,
                                    soft_wrap=True)
            return out
        except UstflowError as e:
            from rich.markup import escape

            from ustflow.cli._output import err_console

            # the message is text, not markup: "[defaults]", "[[rules]]" or "[USD bn]" must print as written
            err_console().print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, markup=True,
                                soft_wrap=True)
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


def _print_version(value: bool) -> None:
    if value:
        from ustflow import __version__

        typer.echo(f"ustflow {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                       help="Print ustflow's version and exit.")) -> None:
    pass


for _name in _feature_modules():
    importlib.import_module(f"ustflow.cli.{_name}").register(app)


class _LazyCommands(dict):
    """name -> click command, built on first use: typer builds every command's options up front (~0.1 s
    for 40 commands), and a run needs one. ``--help`` and "did you mean" list the names only."""

    def __init__(self, builders: dict[str, Any]):
        super().__init__(dict.fromkeys(builders))
        self._builders = builders

    def __getitem__(self, name: str) -> Any:
        cmd = dict.__getitem__(self, name)
        if cmd is None:
            cmd = self._builders[name]()
            dict.__setitem__(self, name, cmd)
        return cmd

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self else default

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[k] for k in self]

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(k, self[k]) for k in self]


def lazy_command() -> Any:
    """The click group of ``app`` with its commands built when first used (same options, help, errors)."""
    from functools import partial

    from typer import main as tm

    opts = {"pretty_exceptions_short": app.pretty_exceptions_short, "rich_markup_mode": app.rich_markup_mode}
    builders: dict[str, Any] = {}
    for info in app.registered_commands:
        builders[info.name or tm.get_command_name(info.callback.__name__)] = partial(tm.get_command_from_info, info, **opts)
    for group in app.registered_groups:
        builders[group.name or group.typer_instance.info.name] = partial(
            tm.get_group_from_info, group, suggest_commands=app.suggest_commands, **opts)
    saved = app.registered_commands, app.registered_groups
    app.registered_commands, app.registered_groups = [], []
    try:
        root = tm.get_group(app)
    finally:
        app.registered_commands, app.registered_groups = saved
    root.commands = _LazyCommands(builders)
    return root


STANDALONE = False  # while ``main`` runs: this process is the command line itself (not a test's CliRunner)


def main() -> None:
    from ustflow.store import share_readers

    global STANDALONE
    STANDALONE = True
    share_readers()  # one DuckDB connection per store version for the whole command (see Store.read)
    try:
        lazy_command()(prog_name="ustflow")
    finally:
        STANDALONE = False  # a caller that ran main() in its own process (a harness) keeps its teardown
