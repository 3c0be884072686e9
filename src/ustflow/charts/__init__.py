"""Charts shared by the HTML report, the dashboard and ``ustflow chart``: one Vega-Lite spec per chart.

A chart is built from the store (through ``ustflow.api`` and the views) for an ``as_of`` date and a
few validated parameters, and carries everything a reader needs to trust it: title, unit, source,
the series ids it used, the newest period shown, and the table behind it (for CSV download).

    from ustflow import charts
    c = charts.build("holdings", store=store, as_of="2025-06-30", countries="japan,china_mainland")
    c.spec            # Vega-Lite (data inline), rendered by vega-embed in a page or by vl-convert
    c.newest          # '2025-04': the newest period known on 2025-06-30
    charts.render.to_png(c, "holdings.png")

Why Vega-Lite: one declarative spec renders in the browser (vega-embed, bundled into the page, no
CDN) and to PNG/SVG without a browser (vl-convert), so the report, the dashboard and the static
images are the same chart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow.cache import per_store_version
from ustflow.charts.base import COMMON, Chart, ChartDef, Param, param_date, validate
from ustflow.errors import ChartParamError, NotFoundError

if TYPE_CHECKING:
    from ustflow.store import Store

__all__ = ["COMMON", "Chart", "ChartDef", "ChartParamError", "Param", "build", "definitions", "validate"]


def definitions() -> dict[str, ChartDef]:
    """Every chart, in report order (the definitions live in ``ustflow.charts.catalog``)."""
    from ustflow.charts.catalog import CHARTS

    return CHARTS


@per_store_version  # the report, the dashboard and `ustflow chart` build the same charts again and again
def build(chart_id: str, *, store: "Store | str | None" = None, as_of=None, **params) -> Chart:
    """Build one chart. ``params`` are strings or typed values (validated either way).

    ``chart_id`` is a catalog id (``ustflow.charts.definitions()``) or any series id, which gives a
    plain line chart of that series.
    """
    from ustflow.charts import catalog as cat
    from ustflow.store import as_store

    s = as_store(store)
    as_of = param_date("as_of", as_of) if as_of else None
    defs = cat.CHARTS
    if chart_id in defs:
        d = defs[chart_id]
        p = validate(d, {k: v for k, v in params.items() if v is not None})
        chart = d.builder(s, as_of, **p)
        chart.params = p
        return chart
    if "." in chart_id:
        p = validate(cat.SERIES_DEF, {k: v for k, v in params.items() if v is not None})
        chart = cat.series_chart(s, as_of, series_id=chart_id, **p)
        chart.params = p
        return chart
    raise NotFoundError(f"unknown chart {chart_id!r}; charts: {', '.join(defs)} (or a series id such as "
                       "tic.holdings.japan)")
