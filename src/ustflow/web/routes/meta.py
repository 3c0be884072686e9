"""``/health``, ``/api/brief``, ``/api/sources``, ``/api/events``: the store's state and its dated events."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, check_date, json_result, respond, table_result
from ustflow.web.schemas import DATE

router = APIRouter(tags=["meta"])


@router.get("/health", summary="Liveness (does not touch the store)", responses=sc.plain(sc.Health))
async def health() -> dict:
    return {"status": "ok"}


@router.get("/api", summary="This index: every endpoint of the JSON API with what it returns and takes",
            responses=sc.plain(sc.ApiIndex))
async def index(request: Request) -> dict:
    """The JSON API the README promises: the operations of ``/openapi.json`` in one short list."""
    doc = request.app.openapi()
    endpoints = []
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "parameters": [p["name"] for p in op.get("parameters", [])],
                              "formats": ["json", "csv"] if "text/csv" in str(op.get("responses", {}).get("200", {}))
                              else ["json"]})
    return {"title": doc["info"]["title"], "description": doc["info"].get("description", ""),
            "openapi": "/openapi.json", "endpoints": endpoints,
            "notes": ["every data endpoint takes format=csv for CSV (units and source in # comments) and "
                      "as_of=YYYY-MM-DD for what was known on that date",
                      "errors are JSON {\"detail\": message} with 404 (no such series or data), 422 (a bad "
                      "parameter) or 503 (no store yet)"]}


@router.get("/api/brief", responses=sc.data(csv=False), summary="The one-screen brief (as `ustflow brief`)")
async def brief(request: Request, as_of: Optional[str] = Query(None, pattern=DATE)) -> Response:
    def fn(s: Store) -> Result:
        from ustflow import api

        return json_result(api.brief(as_of=check_date("as_of", as_of), store=s))
    return await respond(request, fn)


@router.get("/api/sources", responses=sc.data(sc.Table),
            summary="Per source: status (ok, stale, legacy, failed), newest period, release date")
async def sources(request: Request, format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow import api

        return table_result(api.sources(store=s), format, {"title": "Sources", "source": "ustflow registry"})
    return await respond(request, fn)


@router.get("/api/events", responses=sc.data(sc.Table), summary="Dated events (FX interventions: JPY bn)")
async def events(request: Request, kind: Optional[str] = Query(None, max_length=40, pattern=r"^[a-z_]+$"),
                 as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow import api

        df = api.events(kind=kind, as_of=check_date("as_of", as_of), store=s)
        for c in ("vintage", "date_start", "date_end"):
            if c in df:
                df[c] = df[c].astype(str)
        return table_result(df, format, {"title": "Events", "units": {"amount": "see unit column"},
                                         "source": "curated official figures", "as_of": as_of})
    return await respond(request, fn)
