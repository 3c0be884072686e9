"""What a chart is: its parameters (``Param``), its definition (``ChartDef``), the built ``Chart``, and
``validate`` for parameters given as strings (CLI, query string) or typed values (Python).

The chart modules (``catalog``, ``markets``, ``official``, ...) import these from here, never from the
package ``ustflow.charts``, whose ``build`` imports them: so the package and its modules form no cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

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


def _parse_date(name: str, value: str) -> str:
    """``YYYY-MM-DD`` for a date or month (``ustflow.dates``: one parser, one message); ChartParamError if none."""
    from ustflow.dates import parse_date
    from ustflow.errors import InvalidArgument

    try:
        return parse_date(value, name).isoformat()
    except InvalidArgument as e:
        raise ChartParamError(str(e)) from None


def validate(defn: ChartDef, raw: dict[str, Any]) -> dict[str, Any]:
    """Typed parameters from strings (CLI, query string); unknown or bad values raise ChartParamError."""
    out: dict[str, Any] = {}
    known = {p.name: p for p in COMMON + defn.params}
    for k in raw:
        if k not in known:
            raise ChartParamError(f"chart {defn.id!r} has no parameter {k!r}; it takes: {', '.join(known)}")
    for p in known.values():
        v = raw.get(p.name)
        if v is None or v == "":
            out[p.name] = p.default
            continue
        if p.kind == "date":
            out[p.name] = _parse_date(p.name, v)
        elif p.kind == "int":
            try:
                n = int(str(v).strip())
            except ValueError:
                raise ChartParamError(f"{p.name}: expected a whole number, got {v!r}") from None
            if (p.lo is not None and n < p.lo) or (p.hi is not None and n > p.hi):
                raise ChartParamError(f"{p.name}: must be between {p.lo} and {p.hi}, got {n}")
            out[p.name] = n
        elif p.kind == "float":
            try:
                x = float(str(v).strip())
            except ValueError:
                raise ChartParamError(f"{p.name}: expected a number, got {v!r}") from None
            if x != x or (p.lo is not None and x < p.lo) or (p.hi is not None and x > p.hi):
                raise ChartParamError(f"{p.name}: must be between {p.lo:g} and {p.hi:g}, got {x:g}")
            out[p.name] = x
        elif p.kind == "slug":
            v = str(v).strip()
            if not (0 < len(v) <= 60 and v.replace("_", "").isalnum() and v.isascii()):
                raise ChartParamError(f"{p.name}: expected an id like 'japan', got {v!r}")
            out[p.name] = v
        elif p.kind == "choice":
            if str(v) not in p.choices:
                raise ChartParamError(f"{p.name}: expected one of {', '.join(p.choices)}, got {v!r}")
            out[p.name] = str(v)
        elif p.kind == "list":
            items = [x.strip() for x in (v if isinstance(v, (list, tuple)) else str(v).split(",")) if x.strip()]
            if not items or len(items) > (p.hi or 12):
                raise ChartParamError(f"{p.name}: expected 1 to {p.hi or 12} comma-separated values, got {v!r}")
            bad = [x for x in items if p.choices and x not in p.choices]
            bad += [x for x in items if not p.choices and not (x.replace("_", "").isalnum() and x.isascii())]
            if bad:
                raise ChartParamError(f"{p.name}: unknown value(s) {', '.join(bad)}"
                                      + (f"; expected among {', '.join(p.choices)}" if p.choices else ""))
            out[p.name] = tuple(items)
    if out.get("start") and out.get("end") and out["start"] > out["end"]:
        raise ChartParamError(f"start {out['start']} is after end {out['end']}")
    return out


