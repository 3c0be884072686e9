"""HTML pieces shared by the report and the dashboard: the brief, tables with units, chart figures.

Everything goes through Jinja2 with autoescaping; numbers are formatted here so both outputs agree.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.charts import Chart

TEMPLATES = Path(__file__).parent / "templates"


def env(*folders: Path):
    import jinja2

    e = jinja2.Environment(loader=jinja2.FileSystemLoader([str(f) for f in (*folders, TEMPLATES)]),
                           autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    e.filters["num"] = num
    e.filters["signed"] = lambda v, d=1: num(v, d, signed=True)
    e.globals["table"] = table
    return e


def num(v: Any, digits: int = 1, signed: bool = False) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return f"{f:{'+' if signed else ''},.{digits}f}"


def script_json(obj: Any) -> str:
    """JSON safe inside <script type="application/json"> (no '</script>' can close it early)."""
    return (json.dumps(obj, separators=(",", ":"), default=str)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def table(df: "pd.DataFrame", units: dict | None = None, digits: dict | None = None, max_rows: int = 200):
    """(header, rows) ready for a template: numbers formatted, units appended to headers."""
    import pandas as pd
    from markupsafe import Markup, escape

    units = units or {}
    digits = digits or {}
    head = [Markup(f"{escape(str(c))}<br><small>{escape(units[c])}</small>") if units.get(c) else str(c)
            for c in df.columns]
    rows = []
    for rec in df.head(max_rows).itertuples(index=False):
        cells = []
        for c, v in zip(df.columns, rec):
            if isinstance(v, bool):
                cells.append(("", "yes" if v else ""))
            elif isinstance(v, (int, float)) and not isinstance(v, bool) and pd.api.types.is_number(v):
                d = digits.get(c, 0 if isinstance(v, int) or "jpy_100mn" in c or "rank" in c
                               else (1 if abs(float(v)) >= 10 or v == 0 else 2))
                cells.append(("num", num(v, d, signed=c.startswith("change"))))
            else:
                cells.append(("", "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)))
        rows.append(cells)
    return head, rows


def figure_context(chart: "Chart") -> dict:
    """What a template needs to place one chart: id, spec JSON, caption fields."""
    return {"id": chart.id, "title": chart.title, "unit": chart.unit, "source": chart.source,
            "newest": chart.newest, "as_of": chart.as_of, "series": chart.series, "notes": chart.notes,
            "uses": chart.uses, "spec_json": script_json(chart.spec)}


def stale_sources(store, as_of=None) -> list[dict]:
    """Sources flagged stale (or failed) on ``as_of`` (default today), for a visible warning."""
    import pandas as pd

    from ustflow import api

    today = pd.Timestamp(as_of).date() if as_of else None
    src = api.sources(today=today, store=store)
    bad = src[src["stale"] | src["status"].str.contains("failed|not loaded")]
    return [{"source": r.source, "status": r.status, "newest_period": r.newest_period if isinstance(r.newest_period, str) else "none",
             "error": r.last_error if isinstance(r.last_error, str) else ""} for r in bad.itertuples()]
