"""Rules about the code base that no linter checks for us."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "ustflow"


def _python_files(root: Path):
    return sorted(p for p in root.rglob("*.py") if "claims_corpus" not in p.parts)


def test_every_pytest_raises_says_which_error():
    """``match=`` on every ``pytest.raises``: without it a test passes for the wrong error of the right class."""
    missing = []
    for path in _python_files(REPO / "tests"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "raises" \
                    and getattr(node.func.value, "id", None) == "pytest" \
                    and not any(k.arg == "match" for k in node.keywords):
                missing.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert missing == [], "pytest.raises without match=: " + ", ".join(missing)


def _declared() -> set[str]:
    meta = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    names = set()
    for req in meta["dependencies"]:
        names.add(req.split(">")[0].split("=")[0].split("<")[0].split("[")[0].strip().lower().replace("_", "-"))
    return names


def test_every_third_party_import_is_declared():
    """What src/ imports must be in pyproject's dependencies, not arrive by chance through another package."""
    dists = packages_distributions()
    declared = _declared()
    undeclared = set()
    for path in _python_files(SRC):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                mods = [node.module]
            else:
                continue
            for mod in mods:
                top = mod.split(".")[0]
                if top == "ustflow" or top in sys.stdlib_module_names:
                    continue
                owners = {d.lower().replace("_", "-") for d in dists.get(top, [top])}
                if not owners & declared:
                    undeclared.add(f"{top} ({path.relative_to(REPO)})")
    assert not undeclared, f"imported but not declared in pyproject.toml: {sorted(undeclared)}"


def test_declared_dependencies_are_used():
    """A dependency nobody imports (scipy was one) only slows installs."""
    dists = packages_distributions()
    imported = set()
    for path in _python_files(SRC):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    used = {d.lower().replace("_", "-") for m in imported for d in dists.get(m, [])}
    assert _declared() - used == set()


MAX_FILE_LINES = 600  # split by concept before a module passes 600 lines
MAX_FUNCTION_LINES = 90  # "about 80": a function growing past 90 lines is split or says why


def test_no_file_over_about_600_lines():
    """Split by concept before a file passes ~600 lines (sqlite-utils' db.py is the warning)."""
    long = {str(p.relative_to(REPO)): n for p in _python_files(SRC)
            if (n := len(p.read_text().splitlines())) > MAX_FILE_LINES}
    assert long == {}, f"files over {MAX_FILE_LINES} lines: {long}"


def test_no_function_over_about_80_lines_without_a_reason():
    """A function over ~80 lines says in its docstring why it is one function ("Why one function: ...")."""
    long = []
    for path in _python_files(SRC):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES and "Why one function:" not in (ast.get_docstring(node) or ""):
                    long.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name} ({n} lines)")
    assert long == [], f"functions over {MAX_FUNCTION_LINES} lines with no 'Why one function:' in their docstring: " + ", ".join(long)


def test_no_module_imports_its_own_package():
    """``from ustflow.charts import Chart`` inside ``ustflow/charts/catalog.py`` is a cycle with the
    package's ``__init__`` (which builds charts from the catalog); the shared names live in a module of
    their own (``charts/base.py``). import-linter's sibling contract does not see parent-child cycles."""
    import pkgutil

    found = []
    for path in _python_files(SRC):
        if path.name == "__init__.py" or path.parent == SRC:
            continue
        package = ".".join(("ustflow", *path.relative_to(SRC).parent.parts))
        modules = {m.name for m in pkgutil.iter_modules([str(path.parent)])}
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == package:
                names = [a.name for a in node.names if a.name not in modules]
                if names:
                    found.append(f"{path.relative_to(REPO)}:{node.lineno} imports {names} from {package}")
    assert found == [], "; ".join(found)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_module_imports_another_modules_private_name():
    """A name with a leading underscore is its module's own: once another module uses it, it is part of an
    interface and is named as one (``bop.balance_sign``, not ``bop._sign``), whether imported by name or reached
    through the module (``reader._as_of_ts``). A package may share its private modules between its own modules
    (``charts/_data.py``, ``from ustflow.charts import _spec``)."""
    modules = {_module_name(p) for p in _python_files(SRC)}
    found = []
    for path in _python_files(SRC):
        tree = ast.parse(path.read_text(), str(path))
        bound = {}  # local name -> the ustflow module it stands for
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                bound.update({a.asname: a.name for a in node.names if a.asname and a.name.startswith("ustflow")})
            if not (isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("ustflow")):
                continue
            bound.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names
                          if f"{node.module}.{a.name}" in modules})
            if node.module.rsplit(".", 1)[-1].startswith("_"):
                continue
            private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")
                       and f"{node.module}.{a.name}" not in modules]
            if private:
                found.append(f"{path.relative_to(REPO)}:{node.lineno} imports {private} from {node.module}")
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound
                    and node.attr.startswith("_") and not node.attr.startswith("__")
                    and not bound[node.value.id].rsplit(".", 1)[-1].startswith("_")):
                found.append(f"{path.relative_to(REPO)}:{node.lineno} uses {bound[node.value.id]}.{node.attr}")
    assert found == [], "; ".join(found)


def test_every_module_imports():
    """Each module of the package imports on its own: a name imported from a sibling that no longer defines it
    (after a rename) fails here at once, not in whichever test first loads the module."""
    import importlib
    import pkgutil

    import ustflow

    broken = []
    for m in pkgutil.walk_packages(ustflow.__path__, "ustflow."):
        if m.name.endswith("__main__"):
            continue  # runs the CLI
        try:
            importlib.import_module(m.name)
        except Exception as e:  # every failure is reported with its module
            broken.append(f"{m.name}: {e!r}")
    assert broken == [], "; ".join(broken)
