"""What a chart is: its parameters (``Param``), its definition (``ChartDef``), the built ``Chart``, and
the parameters' pydantic models (``params_model``: ``validate`` for the command line and Python, and the
dashboard's query schema), from one declaration per parameter.

The chart modules (``catalog``, ``markets``, ``official``, ...) import these from here, never from the
package ``ustflow.charts``, whose ``build`` imports them: so the package and its modules form no cycle.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, NoReturn

from ustflow.errors import ChartParamError

if TYPE_CHECKING:
    import pandas as pd



@dataclass(frozen=True)
class Param:
    """One parameter of a chart: ``kind`` is date | int | float | choice | slug | list."""

    name: str
    kind: str
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] = ()
    lo: float | None = None
    hi: float | None = None


@dataclass
class Chart:
    """A built chart: the Vega-Lite ``spec`` with its data inline, and what it shows."""

    id: str
    title: str
    unit: str
    source: str
    series: list[str]
    newest: str | None
    as_of: str | None
    spec: dict
    table: "pd.DataFrame | None" = None
    notes: str = ""
    params: dict = field(default_factory=dict)
    uses: str = ""  # which functions computed the numbers (view/analytics), for the record

    def meta(self) -> dict:
        """Everything but the spec and table, JSON-ready."""
        return {"id": self.id, "title": self.title, "unit": self.unit, "source": self.source,
                "series": list(self.series), "newest": self.newest, "as_of": self.as_of, "notes": self.notes,
                "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.params.items()},
                "uses": self.uses}


@dataclass(frozen=True)
class ChartDef:
    id: str
    title: str
    page: str  # dashboard page it belongs to: overview, flows, holdings, drivers, risk
    builder: Callable[..., Chart]
    params: tuple[Param, ...] = ()
    description: str = ""

    @property
    def all_params(self) -> tuple[Param, ...]:
        """The chart's own parameters after the ones every chart takes (start, end)."""
        return COMMON + self.params


COMMON = (
    Param("start", "date", None, "First period shown (YYYY-MM-DD or YYYY-MM); default depends on the chart."),
    Param("end", "date", None, "Last period shown (YYYY-MM-DD or YYYY-MM); default: the newest."),
)


def param_date(name: str, value: str) -> str:
    """``YYYY-MM-DD`` for a date or month (``ustflow.dates``: one parser, one message); ChartParamError if none."""
    from ustflow.dates import parse_date
    from ustflow.errors import InvalidArgument

    try:
        return parse_date(value, name).isoformat()
    except InvalidArgument as e:
        raise ChartParamError(str(e)) from None


# ------------------------------------------------------------------ the parameters as pydantic models
# One declaration per parameter (``Param``) gives both models: ``params_model(defn)`` validates for the
# command line and Python (strings or typed values in, typed values out, one message per mistake that
# starts with the parameter's name), and ``params_model(defn, query=True)`` is the dashboard's query
# schema (``ustflow.web.routes.charts``): the same names, bounds, enums and patterns, so /openapi.json
# declares exactly what ``ustflow chart`` takes. The query model is the narrower: a date must be written
# YYYY-MM-DD or YYYY-MM there (``ustflow.dates`` also reads ``2024-1-5``), and its defaults are left to
# the chart (a parameter not given is None), and start after end is the chart's to refuse (its message).
SLUG = "^[a-z0-9_]{1,60}$"
_SLUG = re.compile(SLUG)


def list_pattern(choices: tuple[str, ...] | None, max_items: int) -> str:
    """A comma-separated list of 1..max_items values: one of ``choices``, or slugs when there are none."""
    item = "(?:" + "|".join(choices) + ")" if choices else "[a-z0-9_]{1,60}"
    return f"^{item}(?:,{item}){{0,{max_items - 1}}}$"


def _refuse(message: str) -> NoReturn:
    raise ChartParamError(message)  # a ValueError: pydantic keeps it as the error's ctx["error"]


def _typed(p: Param) -> Callable[[Any], Any]:
    """``p``'s value from a string (CLI, query string) or a typed value (Python), or its message."""
    def date_(v: Any) -> str:
        return param_date(p.name, v)

    def int_(v: Any) -> int:
        try:
            n = int(str(v).strip())
        except ValueError:
            _refuse(f"{p.name}: expected a whole number, got {v!r}")
        if (p.lo is not None and n < p.lo) or (p.hi is not None and n > p.hi):
            _refuse(f"{p.name}: must be between {p.lo} and {p.hi}, got {n}")
        return n

    def float_(v: Any) -> float:
        try:
            x = float(str(v).strip())
        except ValueError:
            _refuse(f"{p.name}: expected a number, got {v!r}")
        if x != x or (p.lo is not None and x < p.lo) or (p.hi is not None and x > p.hi):
            _refuse(f"{p.name}: must be between {p.lo:g} and {p.hi:g}, got {x:g}")
        return x

    def slug(v: Any) -> str:
        v = str(v).strip()
        if not _SLUG.match(v):
            _refuse(f"{p.name}: expected an id like 'japan', got {v!r}")
        return v

    def choice(v: Any) -> str:
        if str(v) not in p.choices:
            _refuse(f"{p.name}: expected one of {', '.join(p.choices)}, got {v!r}")
        return str(v)

    def list_(v: Any) -> tuple[str, ...]:
        items = [x.strip() for x in (v if isinstance(v, (list, tuple)) else str(v).split(",")) if x.strip()]
        if not items or len(items) > (p.hi or 12):
            _refuse(f"{p.name}: expected 1 to {p.hi or 12} comma-separated values, got {v!r}")
        bad = [x for x in items if (x not in p.choices if p.choices else not _SLUG.match(x))]
        if bad:
            _refuse(f"{p.name}: unknown value(s) {', '.join(bad)}"
                    + (f"; expected among {', '.join(p.choices)}" if p.choices else ""))
        return tuple(items)

    return {"date": date_, "int": int_, "float": float_, "slug": slug, "choice": choice, "list": list_}[p.kind]


def _field(p: Param, query: bool) -> tuple[Any, Any]:
    """The (annotation, Field) of ``p``: its schema (pattern, bounds, enum) and, for the command line and
    Python, the validator that reads it (``_typed``)."""
    from typing import Annotated, Literal, Optional

    from pydantic import BeforeValidator, Field

    from ustflow.dates import DATE

    n = p.hi or 12
    schema: dict[str, tuple[Any, dict]] = {
        "date": (str, dict(pattern=DATE)),
        "int": (int, dict(ge=p.lo, le=p.hi)),
        "float": (float, dict(ge=p.lo, le=p.hi, allow_inf_nan=False)),
        "choice": (Literal[p.choices] if p.choices else str, {}),  # type: ignore[valid-type]
        "slug": (str, dict(pattern=SLUG)),
        "list": (str, dict(pattern=list_pattern(p.choices, n), max_length=61 * n)),
    }
    if p.kind not in schema:
        raise TypeError(f"chart parameter kind {p.kind!r} has no schema")  # pragma: no cover
    kind, constraints = schema[p.kind]
    help_ = f"{p.help}; 1 to {n}" if p.kind == "list" else p.help
    if query:  # FastAPI checks the raw query value against the schema itself
        return Optional[kind], Field(None, description=help_, **constraints)
    # from strings or Python values: the validator reads and checks the value (its messages), and the
    # constraints only describe it (a list comes out as a tuple: no string constraint applies to it)
    out = tuple[str, ...] if p.kind == "list" else kind
    return Annotated[out, BeforeValidator(_typed(p))], Field(p.default, description=help_)


@functools.cache
def params_model(defn: ChartDef, query: bool = False) -> type:
    """The pydantic model of chart ``defn``'s parameters (see above); ``query=True``: the dashboard's."""
    from pydantic import BaseModel, ConfigDict, create_model, model_validator

    class _Params(BaseModel):
        model_config = ConfigDict(extra="ignore" if query else "forbid", frozen=True)

        if not query:
            @model_validator(mode="after")
            def _ordered(self) -> Any:
                start, end = getattr(self, "start", None), getattr(self, "end", None)
                if start and end and start > end:
                    _refuse(f"start {start} is after end {end}")
                return self

    fields: dict[str, Any] = {p.name: _field(p, query) for p in defn.all_params}
    return create_model(f"Chart_{defn.id}", __base__=_Params, **fields)


def validate(defn: ChartDef, raw: dict[str, Any]) -> dict[str, Any]:
    """Typed parameters from strings (CLI, query string) or typed values (Python), through the chart's
    pydantic model (``params_model``); an unknown or bad value raises ChartParamError, which names the
    parameter (``.param``) and starts its message with it."""
    from pydantic import ValidationError

    known = [p.name for p in defn.all_params]
    for k in raw:
        if k not in known:
            err = ChartParamError(f"chart {defn.id!r} has no parameter {k!r}; it takes: {', '.join(known)}")
            err.param = k  # type: ignore[attr-defined]
            raise err
    given = {k: v for k, v in raw.items() if v is not None and v != ""}  # empty: the default
    try:
        model = params_model(defn).model_validate(given)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        mine = (first.get("ctx") or {}).get("error")
        msg = str(mine) if isinstance(mine, ChartParamError) else f"{where}: {first['msg']}"
        err = ChartParamError(msg)
        err.param = where or None  # type: ignore[attr-defined]
        raise err from None
    return {name: getattr(model, name) for name in known}
