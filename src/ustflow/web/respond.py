"""The one response helper every dashboard route uses: read the store, cache, serialise, map errors.

A route hands ``respond`` a function of the store that returns a ``Result`` (JSON, CSV or HTML bytes):

    @router.get("/api/sources")
    async def sources(request: Request, format: Fmt = "json") -> Response:
        def fn(s: Store) -> Result:
            return table_result(api.sources(store=s), format, {"title": "Sources"})
        return await respond(request, fn)

``respond`` refuses query parameters the route does not declare, runs ``fn`` in a worker thread
against the store pinned by the app's ``StoreGate`` (``request.app.state.gate``), caches the
result per store version (``request.app.state.cache``) with an ETag, and turns a ``UstflowError``
into a JSON ``{"detail": message}`` with the status of its class (``error_response``).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from typing import Any, Callable, Literal

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from ustflow.errors import UstflowError, http_status
from ustflow.store import Store

Fmt = Literal["json", "csv"]
HTML = "text/html; charset=utf-8"
CSV = "text/csv; charset=utf-8"


class Result:
    """A finished response body (cached per store version, so it must not depend on anything else)."""

    __slots__ = ("body", "etag", "media_type", "status", "vintages")

    def __init__(self, body: bytes, media_type: str, status: int = 200, etag: str = ""):
        self.body, self.media_type, self.status, self.etag = body, media_type, status, etag
        self.vintages = ""  # as-of reads: which kind of vintage each series used (X-Ustflow-Vintages)


# ------------------------------------------------------------------ serialising
def dumps(obj: Any) -> bytes:
    return json.dumps(obj, default=str, separators=(",", ":"), allow_nan=False).encode()


def records(df) -> list[dict]:
    """DataFrame rows as JSON-safe dicts (NaN -> null, periods and dates -> ISO strings)."""
    return json.loads(df.to_json(orient="records", date_format="iso", double_precision=10, default_handler=str))


def json_safe(obj: Any) -> Any:
    """Nested dicts/lists with NaN and infinities as None and numpy scalars as Python numbers."""
    if isinstance(obj, dict):
        return {str(k): json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [json_safe(v) for v in obj]
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):
        obj = obj.item()
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None
    return obj


def csv_bytes(df, comments: list[str]) -> bytes:
    """CSV with ``# comment`` lines first (read it with ``pandas.read_csv(..., comment="#")``)."""
    from ustflow.formats import without_float_noise

    buf = io.StringIO()
    for c in comments:
        if c:
            buf.write(f"# {c}\n")
    without_float_noise(df).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode()


def period_labels(index) -> list[str]:
    """YYYY-MM for monthly periods, YYYY-MM-DD for days and weeks (a week by its last day)."""
    import pandas as pd

    if isinstance(index, pd.PeriodIndex):
        if index.freqstr.startswith("M"):
            return [p.strftime("%Y-%m") for p in index]
        return [p.end_time.strftime("%Y-%m-%d") for p in index]
    return [pd.Timestamp(d).strftime("%Y-%m-%d") for d in index]


def check_date(name: str, v: str | None) -> str | None:
    """A calendar date from the query (YYYY-MM-DD or YYYY-MM, as the schema's pattern), or None."""
    from ustflow.charts import param_date

    return param_date(name, v) if v else None


def json_result(obj: Any) -> Result:
    return Result(dumps(obj), "application/json")


def csv_result(df, comments: list[str]) -> Result:
    return Result(csv_bytes(df, comments), CSV)


def table_result(df, fmt: str, meta: dict) -> Result:
    """A table as JSON (``meta`` plus ``rows``) or CSV (title, units, source and as-of in comments)."""
    if fmt == "csv":
        comments = [meta.get("title", ""), "units: " + json.dumps(meta.get("units", {}), default=str),
                    f"source: {meta.get('source', '')}", f"as_of: {meta.get('as_of') or 'latest'}"]
        return csv_result(df, comments)
    return json_result(dict(meta, rows=records(df)))


# ------------------------------------------------------------------ errors
def error_response(e: UstflowError) -> JSONResponse:
    """The status comes from the error's class (``ustflow.errors.STATUS``)."""
    return JSONResponse({"detail": str(e)}, status_code=http_status(e))


def _problem(err: dict) -> str:
    """One of FastAPI's validation errors as a sentence; a date gets ``ustflow.dates``'s message."""
    from ustflow import dates
    from ustflow.errors import InvalidArgument
    from ustflow.web.schemas import DATE, MONTH

    if err.get("type") == "json_invalid":
        return f"body: not valid JSON ({(err.get('ctx') or {}).get('error', 'decode error')})"
    loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
    name, given = ".".join(loc) or "request", err.get("input")
    pattern = (err.get("ctx") or {}).get("pattern")
    if err.get("type") == "string_pattern_mismatch" and pattern in (DATE, MONTH):
        try:
            (dates.parse_month if pattern == MONTH else dates.normalize)(given, name)
        except InvalidArgument as e:
            return str(e)
        what = "a month YYYY-MM" if pattern == MONTH else f"a date {dates.FORMAT}"
        return f"{name}: expected {what} (years {dates.FIRST_YEAR} to {dates.LAST_YEAR}), got {given!r}"
    shown = f", got {given!r}" if isinstance(given, (str, int, float)) and len(repr(given)) <= 60 else ""
    return f"{name}: {err.get('msg', 'invalid')}{shown}"


async def validation_error(request: Request, exc) -> JSONResponse:
    """FastAPI's 422 for a request its schema refuses, as one readable message (the dashboard shows it):
    ``start: '2025-04-31' is not a date: April 2025 has 30 days``."""
    return JSONResponse({"detail": "; ".join(_problem(e) for e in exc.errors())}, status_code=422)


def unknown_params(request: Request) -> list[str]:
    """Query parameters an API endpoint does not declare (``token`` is the security layer's). Pages
    (not in the schema) keep any query: their filter form reports what it cannot use."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not getattr(route, "include_in_schema", False):
        return []
    known = declared_query(route) | {"token"}
    return sorted(set(request.query_params) - known)


def declared_query(route) -> set[str]:
    """The query parameter names a route declares, including the fields of a query model."""
    names = set()
    for p in route.dependant.query_params:
        fields = getattr(p.field_info.annotation, "model_fields", None)
        names |= {f.alias or n for n, f in fields.items()} if fields else {p.alias}
    return names


# ------------------------------------------------------------------ the responder
def compute(request: Request, fn: Callable[[Store], Result]) -> tuple[Any, Result]:
    """Run ``fn`` on the store version pinned for this request (in the caller's thread); an as-of
    result records which kind of vintage its series used (``ustflow.store.reader.describe_vintages``)."""
    from ustflow.store.reader import as_of_ledger, describe_vintages

    with request.app.state.gate.reading() as (s, version), as_of_ledger() as entries:
        res = fn(s)
    if entries:
        res.vintages = describe_vintages(entries)
    return version, res


async def respond(request: Request, fn: Callable[[Store], Result]) -> Response:
    """``fn(store)``'s result for this request, from the cache when the store has not changed."""
    from starlette.concurrency import run_in_threadpool

    unknown = unknown_params(request)
    if unknown:  # a misspelt filter would otherwise be silently ignored (and the default shown)
        return JSONResponse({"detail": f"unknown parameter(s) {', '.join(map(repr, unknown))} for "
                                       f"{request.url.path}: see /openapi.json"}, status_code=422)
    gate, cache = request.app.state.gate, request.app.state.cache
    v = gate.version()
    if v is None:
        return JSONResponse({"detail": f"no store at {gate.path}: run `ustflow update`"}, status_code=503)
    key = (v, request.url.path, request.url.query)
    hit = cache.get(key)
    if hit is None:
        try:
            version, hit = await run_in_threadpool(compute, request, fn)
        except UstflowError as e:
            return error_response(e)
        hit.etag = '"' + hashlib.sha1(repr((version, key[1:])).encode()).hexdigest()[:20] + '"'
        cache.put((version, key[1], key[2]), hit, version)
    if request.headers.get("if-none-match") == hit.etag:
        return Response(status_code=304, headers={"etag": hit.etag})
    headers = {"etag": hit.etag, "cache-control": "no-cache"}
    if hit.vintages:
        headers["x-ustflow-vintages"] = hit.vintages
    return Response(hit.body, status_code=hit.status, media_type=hit.media_type, headers=headers)


async def respond_uncached(request: Request, fn: Callable[[Store], Result]) -> Response:
    """``fn(store)``'s result, computed for this request only (POST bodies: nothing is cached)."""
    from starlette.concurrency import run_in_threadpool

    try:
        _, res = await run_in_threadpool(compute, request, fn)
    except UstflowError as e:
        return error_response(e)
    return Response(res.body, status_code=res.status, media_type=res.media_type,
                    headers={"cache-control": "no-store"})
