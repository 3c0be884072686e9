"""``/api/charts`` and ``/api/charts/{id}``: every chart of the catalog as its own operation.

Each chart's query parameters are its pydantic model (``ustflow.charts.base.params_model``, the one
the command line and Python validate with) in its query form, so ``/openapi.json`` declares exactly
what that chart accepts (pattern, bounds, enum) and FastAPI refuses anything else with 422 before the
chart is built. ``charts.build`` then validates again with the full model, which also states the one
rule OpenAPI cannot (start after end).
"""

# no ``from __future__ import annotations``: each view's annotation names its own chart's model
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, create_model

from ustflow.charts import COMMON, ChartDef, catalog as cat
from ustflow.charts.base import params_model
from ustflow.errors import NotFoundError
from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, csv_result, json_result, respond
from ustflow.web.schemas import DATE

router = APIRouter(tags=["charts"])


def query_model(defn: ChartDef) -> type[BaseModel]:
    """The query parameters of chart ``defn``: its own and the common ones (``charts.params_model``, the
    same model the command line validates with, in its query form), ``as_of`` and ``format``."""
    fields: dict[str, Any] = {
        "as_of": (Optional[str], Field(None, pattern=DATE, description="As known on this date")),
        "format": (Fmt, "json"),
    }
    return create_model(f"Query_{defn.id}", __base__=params_model(defn, query=True), **fields)


def _require_countries(s: Store, chart_id: str, given: dict) -> None:
    """A well-formed country slug the store has no series for is Not Found (404), not a bad request."""
    from ustflow import api

    if chart_id == "holdings" and given.get("countries"):
        known = set(api.search("tic.holdings.", store=s)["id"])
        missing = [c for c in given["countries"].split(",") if f"tic.holdings.{c}" not in known]
    elif chart_id == "valuation" and given.get("country"):
        c = given["country"]
        ids = set(api.search(f"tic.holdings.{c}", store=s)["id"]) | set(api.search(f"tic.slt.{c}.", store=s)["id"])
        missing = [] if any(i.split(".")[2] == c for i in ids) else [c]
    else:
        return
    if missing:
        raise NotFoundError(f"no TIC Treasury holdings series for {', '.join(missing)} "
                            "(see /api/series?search=tic.holdings.)")


def chart_result(defn: ChartDef, s: Store, params: dict) -> Result:
    """The chart as JSON (meta and Vega-Lite spec), or with ``format=csv`` the table behind it."""
    from ustflow import charts

    given = {k: v for k, v in params.items() if v is not None and k not in ("as_of", "format")}
    _require_countries(s, defn.id, given)
    c = charts.build(defn.id, store=s, as_of=params.get("as_of"), **{k: str(v) for k, v in given.items()})
    if params.get("format") == "csv":
        if c.table is None:
            raise NotFoundError(f"chart {defn.id} has no table")
        return csv_result(c.table.reset_index(drop=True),
                          [f"{c.title} [{c.unit}]", f"source: {c.source}", f"data to: {c.newest}",
                           f"as_of: {c.as_of or 'latest'}", "series: " + ", ".join(c.series)])
    return json_result({"meta": c.meta(), "spec": c.spec})


def _chart_view(defn: ChartDef):
    Query_ = query_model(defn)

    async def view(request: Request, q: Annotated[Query_, Query()]) -> Response:  # type: ignore[valid-type]
        params = q.model_dump()
        return await respond(request, lambda s: chart_result(defn, s, params))
    view.__name__ = f"chart_{defn.id}"
    return view


@router.get("/api/charts", summary="The charts and their parameters", responses=sc.plain(sc.ChartList))
async def list_charts() -> dict:
    return {"charts": [{"id": d.id, "title": d.title, "page": d.page,
                        "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help,
                                    "choices": list(p.choices), "min": p.lo, "max": p.hi}
                                   for p in COMMON + d.params]} for d in cat.CHARTS.values()]}


for _defn in cat.CHARTS.values():
    router.add_api_route(
        f"/api/charts/{_defn.id}", _chart_view(_defn), methods=["GET"], name=f"chart_{_defn.id}",
        responses=sc.data(sc.ChartOut),
        summary=f"Chart: {_defn.title} (Vega-Lite spec with its data inline and its meta: unit, source, "
                "newest period; format=csv gives the table behind it)")


@router.get("/api/charts/{chart_id}", include_in_schema=False)
async def unknown_chart(chart_id: str) -> Response:
    """After every known chart: an unknown id is a bad parameter (422), with the list of charts."""
    return JSONResponse({"detail": f"unknown chart {chart_id!r}; charts: {', '.join(cat.CHARTS)}"},
                        status_code=422)
