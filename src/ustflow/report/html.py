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
    """(header, rows) ready for a template: column names in words with their unit below, one number
    format per column (``digits`` where given, else by unit: ``ustflow.formats``), periods as YYYY-MM."""
    from markupsafe import Markup, escape

    from ustflow import formats

    units = units or {}
    digits = digits or {}
    head = [Markup(f"{escape(formats.header(c))}<br><small>{escape(units[c])}</small>") if units.get(c)
            else formats.header(c) for c in df.columns]
    shown = df.head(max_rows)
    columns = []
    for c in shown.columns:
        values = shown[c].tolist()
        if c in digits and all((isinstance(v, (int, float)) and not isinstance(v, bool)) or formats.is_missing(v)
                               for v in values):
            cells = ["" if formats.is_missing(v) else num(v, digits[c], signed=str(c).startswith("change"))
                     for v in values]
            columns.append([("num", v) for v in cells])
            continue
        if all(isinstance(v, bool) for v in values):
            columns.append([("", "yes" if v else "") for v in values])
            continue
        cells, numeric = formats.column_cells(values, str(c), units.get(c))
        if numeric and str(c).startswith("change"):
            cells = [("+" + v if v and not v.startswith("-") and v.strip("0.,") else v) for v in cells]
        columns.append([("num" if numeric else "", v) for v in cells])
    rows = [list(r) for r in zip(*columns)] if columns else []
    return head, rows


def figure_context(chart: "Chart") -> dict:
    """What a template needs to place one chart: id, spec JSON, caption fields."""
    return {"id": chart.id, "title": chart.title, "unit": chart.unit, "source": chart.source,
            "newest": chart.newest, "as_of": chart.as_of, "series": chart.series, "notes": chart.notes,
            "uses": chart.uses, "spec_json": script_json(chart.spec)}


def stale_sources(store, as_of=None) -> list[dict]:
    """Sources flagged stale (or failed) on ``as_of`` (default today), judged with what was known then."""
    return stale_summary(store, as_of)["sources"]


def stale_summary(store, as_of=None) -> dict:
    """The stale banner: how many sources are older than their cadence allows (or failed) on ``as_of``,
    the newest data held then, and the list (shown one click away)."""
    from ustflow import api
    from ustflow.formats import period_label

    src = api.sources(as_of=as_of, store=store)
    bad = src[src["stale"] | src["status"].str.contains("failed|not loaded")]
    rows = [{"source": r.source, "status": r.status,
             "newest_period": period_label(r.newest_period, r.frequency) if isinstance(r.newest_period, str) else "none",
             "error": r.last_error if isinstance(r.last_error, str) else ""} for r in bad.itertuples()]
    newest = src["newest_period"].dropna()
    return {"sources": rows, "count": len(rows), "newest": newest.max() if len(newest) else None,
            "failed": sum("failed" in r["status"] for r in rows), "as_of": as_of}
