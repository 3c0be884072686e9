"""The public surface: ``ustflow.__all__`` lists the API, every CLI command is one call to it."""

from __future__ import annotations

import ast
import inspect
import pkgutil
import subprocess
import sys
import textwrap

import pytest
import typer

import ustflow
from ustflow.cli import app

# Modules a command must not reach into: it calls the public function instead (docs/python-api.md).
PRIVATE = ("ustflow.views", "ustflow.analytics", "ustflow.store", "ustflow.api", "ustflow.check",
           "ustflow.load", "ustflow.charts", "ustflow.report", "ustflow.alerts", "ustflow.watch",
           "ustflow.calendar", "ustflow.web")

# Commands not yet moved onto the public API, with who is moving them (remove an entry when it lands).
PENDING: set[str] = set()


def _commands(cmd, path=()):
    if hasattr(cmd, "commands"):
        for name, sub in cmd.commands.items():
            yield from _commands(sub, (*path, name))
    else:
        yield " ".join(path), inspect.unwrap(cmd.callback)


COMMANDS = dict(_commands(typer.main.get_command(app)))


def test_all_lists_callables_and_the_errors():
    assert "Store" in ustflow.__all__ and "UstflowError" in ustflow.__all__
    for name in ustflow.__all__:
        obj = getattr(ustflow, name)
        assert callable(obj) or name == "__version__", name
        if not name[0].isupper() and not name.startswith("_"):
            assert (obj.__doc__ or "").strip(), f"ustflow.{name} has no docstring"
    assert sorted(dir(ustflow)) == dir(ustflow) and set(ustflow.__all__) <= set(dir(ustflow))


def test_no_public_name_is_shadowed_by_a_submodule():
    """``import ustflow.check`` sets the attribute ``ustflow.check``: a function of that name would vanish."""
    submodules = {m.name for m in pkgutil.iter_modules(ustflow.__path__)}
    assert submodules.isdisjoint(ustflow.__all__)


def test_import_is_cheap():
    code = "import sys, ustflow; print(sorted({'pandas', 'duckdb', 'numpy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'holder'"):
        ustflow.holder  # noqa: B018


def _public_calls(fn) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    return {n.func.attr for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "ustflow"}


def _private_imports(fn) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    names = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and n.module:
            names |= {n.module} if n.module != "ustflow" else {f"ustflow.{a.name}" for a in n.names}
        elif isinstance(n, ast.Import):
            names |= {a.name for a in n.names}
    return {m for m in names if m.startswith(PRIVATE)}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_a_call_to_the_public_api(command):
    fn = COMMANDS[command]
    if command in PENDING:
        pytest.skip("not yet moved onto the public API")
    calls = _public_calls(fn)
    assert calls & set(ustflow.__all__), f"`ustflow {command}` calls no function of ustflow.__all__"
    assert not calls - set(ustflow.__all__), f"`ustflow {command}` calls private {calls - set(ustflow.__all__)}"
    assert not _private_imports(fn), f"`ustflow {command}` imports {_private_imports(fn)}"


def test_pending_lists_only_real_commands():
    assert PENDING <= set(COMMANDS)
