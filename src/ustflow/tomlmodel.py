"""TOML files checked by pydantic models: one place that reads them and one error format.

The alert rules file (:mod:`ustflow.alerts.schema`) and the scenario file
(:mod:`ustflow.analytics.scenario_schema`) are each one pydantic model. This module reads a file,
validates it against its model and turns pydantic's errors into one ``InvalidArgument`` whose
lines say which file, which line and key, what was expected and what was found::

    examples/alerts.toml, line 41: rules #2 ('mof-2w-ltdebt-sale-top5').window: expected a whole
    number >= 1, found 0

``tomllib`` keeps no positions, so :func:`line_of` finds the line of a key from the table headers
(``[paths]``, ``[[rules]]``, ``[channels.log]``) and ``key =`` lines; a key it cannot place (an
inline array of tables, say) is reported without a line.

The CLI, the web (which offers presets only) and Python callers all go through these models, so a
file means the same thing wherever it is read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from ustflow.errors import InvalidArgument, NotFoundError

if TYPE_CHECKING:
    from pydantic import ValidationError

M = TypeVar("M", bound=BaseModel)


class FileModel(BaseModel):
    """A table of a TOML file: no coercion ('5' is not 5, true is not 1), no NaN or inf, and unknown
    keys refused with the list of allowed ones. ``what`` names the table in that message."""

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, populate_by_name=True)
    what: ClassVar[str] = ""
    kind_of: ClassVar[str] = ""  # with a ``type: Literal[...]`` field: named "<kind_of> <type>" in messages

    @classmethod
    def _name(cls) -> str:
        tag = cls.model_fields.get("type")
        if cls.kind_of and tag is not None and getattr(tag.annotation, "__args__", None):
            return f"{cls.kind_of} {tag.annotation.__args__[0]}"
        return cls.what

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            allowed = {f.alias or n for n, f in cls.model_fields.items()}
            extra = sorted(set(data) - allowed)
            if extra:
                kind = f" for {cls._name()}" if cls._name() else ""
                raise ValueError(f"unknown keys {extra}{kind}; allowed: {', '.join(sorted(allowed - {'type'}))}")
        return data

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_EXPECTED = {  # pydantic error type -> what the file should have held
    "int_type": "a whole number", "int_from_float": "a whole number", "int_parsing": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "finite_number": "a finite number",
    "string_type": "a string in quotes", "bool_type": "true or false", "bool_parsing": "true or false",
    "list_type": "a list [...]", "dict_type": "a table", "model_type": "a table", "model_attributes_type": "a table",
    "missing": "this key (it is required)", "extra_forbidden": "no such key",
    "too_short": "a non-empty list", "string_too_short": "a non-empty string",
    "date_type": "a date such as 2005-01-01", "date_from_datetime_parsing": "a date such as 2005-01-01",
}
_BOUNDS = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<=", "less_than": "<"}


def read(path: str | Path, what: str) -> tuple[dict, str]:
    """The parsed TOML document and its text; ``NotFoundError``/``InvalidArgument`` name the file."""

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFoundError(f"no {what} file at {p}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise NotFoundError(f"cannot read {what} file {p}: {e}") from None
    return parse_text(text, str(p)), text


def parse_text(text: str, where: str) -> dict:
    """``tomllib.loads`` with a message naming the file, its line and column."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InvalidArgument(f"{where}: not valid TOML: {e}") from None


def validate(model: type[M], doc: Any, where: str, text: str = "") -> M:
    """``model`` from the document ``doc`` (parsed from ``text``); ``InvalidArgument`` lists every problem."""
    from pydantic import ValidationError

    try:
        return model.model_validate(doc)
    except ValidationError as e:
        raise InvalidArgument(describe(e, doc, where, text)) from None


def describe(error: "ValidationError", doc: Any, where: str, text: str = "") -> str:
    """One line per problem: ``file, line N: key: expected X, found Y``."""
    by_loc: dict[tuple, str] = {}  # a value refused by each member of a union (int | float) is one problem
    for err in error.errors(include_url=False):
        loc = _data_loc(err["loc"], doc)
        by_loc[loc] = problem(where, text, doc, loc, _expected(err), err.get("input"), err["type"])
    return "\n".join(by_loc.values())


def problem(where: str, text: str, doc: Any, loc: tuple, message: str, found: Any = None,
            kind: str = "value_error") -> str:
    """``file, line N: key: message[, found Y]`` for the value at ``loc`` of ``doc``."""
    n = line_of(text, loc) if text else None
    place = f"{where}, line {n}" if n else where
    key = name_of(loc, doc)
    shown = "" if kind in ("missing", "extra_forbidden", "value_error") or found is None or isinstance(found, dict) \
        else f", found {found!r}"
    return f"{place}: {key + ': ' if key else ''}{message}{shown}"


def _expected(err: dict) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind in _BOUNDS:
        bound = next(iter(ctx.values()), "?")
        return f"expected a number {_BOUNDS[kind]} {bound}"
    if kind == "literal_error":
        return "expected " + err["msg"].removeprefix("Input should be ")
    if kind == "value_error":
        return str(ctx.get("error", err["msg"].removeprefix("Value error, ")))
    if kind == "missing":
        return "missing (required)"
    if kind == "union_tag_invalid":
        return f"unknown type {ctx.get('tag')!r}; known: {ctx.get('expected_tags', '').replace(chr(39), '')}"
    if kind == "union_tag_not_found":
        return "needs a type"
    if kind == "extra_forbidden":
        return "unknown key"
    return "expected " + _EXPECTED.get(kind, err["msg"].removeprefix("Input should be ").lower())


def _data_loc(loc: tuple, doc: Any) -> tuple:
    """``loc`` without the union tags pydantic inserts (``('rules', 0, 'window_rank', 'window')``)."""
    out: list = []
    node = doc
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part not in node and node.get("type") == part:
            continue  # a discriminated union's tag
        if isinstance(part, str) and not isinstance(node, (dict, list)):
            continue  # a union member's name ('int', 'float') below a scalar value
        out.append(part)
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
    return tuple(out)


def name_of(loc: tuple, doc: Any) -> str:
    """``rules #2 ('an-id').window``: array items counted from 1 as a reader counts tables, with their id."""
    out = ""
    node = doc
    for part in loc:
        if isinstance(part, int):
            out += f" #{part + 1}"
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                node = None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" ({node['id']!r})"
        else:
            out += ("." if out else "") + str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def line_of(text: str, loc: tuple) -> int | None:
    """The 1-based line of the key at ``loc`` in the TOML ``text`` (its table's header when the key is absent)."""
    lines = text.splitlines()
    headers = []
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m:
            headers.append((i, m.group(2).replace(" ", "").replace('"', ""), m.group(1) == "[["))
    start, end = -1, len(lines)
    first_header = headers[0][0] if headers else len(lines)
    end = first_header
    dotted: list[str] = []
    array: list[int] = []

    def section(at: int) -> tuple[int, int]:
        nxt = [h for h, _, _ in headers if h > at]
        return at, (nxt[0] if nxt else len(lines))

    for part in loc:
        if isinstance(part, int):
            if array and part < len(array):
                start, end = section(array[part])
            array = []
            continue
        name = ".".join([*dotted, str(part)])
        tables = [h for h, n, arr in headers if n == name and not arr]
        arrays = [h for h, n, arr in headers if n == name and arr]
        if tables:
            start, end = section(tables[0])
            dotted.append(str(part))
            continue
        if arrays:
            array = arrays
            dotted.append(str(part))
            continue
        if any(n.startswith(name + ".") for _, n, _ in headers):
            dotted.append(str(part))
            continue
        key = re.compile(rf"^\s*[\"']?{re.escape(str(part))}[\"']?\s*=")
        for i in range(start + 1, end):
            if key.match(lines[i]):
                return i + 1
        break
    return start + 1 if start >= 0 else None
