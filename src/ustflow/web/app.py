"""The dashboard: a read-only FastAPI app with pages, a JSON API (see ``/openapi.json``) and CSV downloads.

    from ustflow.web.app import create_app
    app = create_app(store="~/.ustflow")          # then: uvicorn.run(app, host="127.0.0.1", port=8000)

Every read goes through ``StoreGate`` (see ``storegate``: safe while ``ustflow update`` swaps the
store) and every response is cached per store version. Nothing here writes anywhere.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import threading
from pathlib import Path
from typing import Any, Callable, Literal, Optional

from fastapi import FastAPI, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from ustflow.charts import COMMON, ChartDef, Param
from ustflow.charts import catalog as cat
from ustflow.errors import NotFoundError, UstflowError, http_status
from ustflow.parse.mof_its import SECTORS
from ustflow.store import Store
from ustflow.views.scenario_page import MAX_MONTHS, MAX_SEED, WEB_SIMS, preset_names
from ustflow.web import schemas as sc
from ustflow.web.schemas import DATE, MONTH, SERIES_ID, SLUG
from ustflow.web.security import SecurityMiddleware, is_loopback
from ustflow.web.storegate import ResponseCache, StoreGate

STATIC = Path(__file__).parent / "static"
Fmt = Literal["json", "csv"]
Investor = Literal[tuple(SECTORS)]  # type: ignore[valid-type]  # MoF's investor types ("all" included)
Preset = Literal[preset_names()]  # type: ignore[valid-type]  # scenario presets: an enum, no file paths from the web


class CheckRequest(BaseModel):
    """An article to check (``POST /api/check``)."""

    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored

    text: str = Field(..., min_length=1, max_length=200_000, description="Article text or HTML")
    date: Optional[str] = Field(None, pattern=DATE, description="The article's date (YYYY-MM-DD)")
    as_of: Optional[str] = Field(None, pattern=DATE, description="Judge against the data known on this date")


class _Result:
    __slots__ = ("body", "media_type", "status", "etag")

    def __init__(self, body: bytes, media_type: str, status: int = 200, etag: str = ""):
        self.body, self.media_type, self.status, self.etag = body, media_type, status, etag


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, default=str, separators=(",", ":"), allow_nan=False).encode()


def _records(df) -> list[dict]:
    """DataFrame rows as JSON-safe dicts (NaN -> null, periods and dates -> ISO strings)."""
    return json.loads(df.to_json(orient="records", date_format="iso", double_precision=10, default_handler=str))


def _json_safe(obj: Any) -> Any:
    """Nested dicts/lists with NaN and infinities as None and numpy scalars as Python numbers."""
    import math

    if isinstance(obj, dict):
        return {str(k): _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_safe(v) for v in obj]
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):
        obj = obj.item()
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None
    return obj


def _csv(df, comments: list[str]) -> bytes:
    import io

    buf = io.StringIO()
    for c in comments:
        if c:
            buf.write(f"# {c}\n")
    df.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode()


def _period_labels(index) -> list[str]:
    import pandas as pd

    if isinstance(index, pd.PeriodIndex):
        if index.freqstr.startswith("M"):
            return [p.strftime("%Y-%m") for p in index]
        return [p.end_time.strftime("%Y-%m-%d") for p in index]
    return [pd.Timestamp(d).strftime("%Y-%m-%d") for d in index]


def _check_date(name: str, v: str | None) -> str | None:
    from ustflow.charts import _parse_date

    return _parse_date(name, v) if v else None


def _chart_param(p: Param) -> inspect.Parameter:
    """The query parameter that accepts exactly the values ``ustflow.charts.validate`` takes for ``p``."""
    if p.kind == "date":
        ann, q = Optional[str], Query(None, pattern=DATE, description=p.help)
    elif p.kind == "int":
        ann, q = Optional[int], Query(None, ge=p.lo, le=p.hi, description=p.help)
    elif p.kind == "choice":
        ann, q = Optional[Literal[p.choices]], Query(None, description=p.help)  # type: ignore[valid-type]
    elif p.kind == "slug":
        ann, q = Optional[str], Query(None, pattern=SLUG, description=p.help)
    elif p.kind == "list":
        n = p.hi or 12
        ann, q = Optional[str], Query(None, pattern=sc.list_pattern(p.choices, n), max_length=61 * n,
                                      description=f"{p.help}; 1 to {n}")
    else:  # pragma: no cover - a new kind must be described here before the dashboard serves it
        raise TypeError(f"chart parameter kind {p.kind!r} has no query schema")
    return inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, annotation=ann, default=q)


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


def _error_response(e: UstflowError) -> JSONResponse:
    """The status comes from the error's class (``ustflow.errors.STATUS``)."""
    return JSONResponse({"detail": str(e)}, status_code=http_status(e))


def _unknown_params(request: Request) -> list[str]:
    """Query parameters an API endpoint does not declare (``token`` is the security layer's). Pages
    (not in the schema) keep any query: their filter form reports what it cannot use."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not getattr(route, "include_in_schema", False):
        return []
    known = {p.alias for p in dependant.query_params} | {"token"}
    return sorted(set(request.query_params) - known)


def create_app(store: Store | str | Path | None = None, *, token: str | None = None,
               host: str = "127.0.0.1", warm: bool = True) -> FastAPI:
    """The dashboard app for ``store`` (default ``$USTFLOW_HOME``). ``token``: required from every
    request when set (and ``serve`` sets it for any non-loopback ``host``)."""
    from ustflow.api import _store
    from ustflow.web import pages

    st = _store(store)
    gate = StoreGate(st)
    cache = ResponseCache()
    app = FastAPI(title="ustflow dashboard API",
                  description="Read-only access to the ustflow store: series with their units and vintages, "
                              "charts (Vega-Lite specs with data inline), MoF flows, the TIC holders table. "
                              "Every data endpoint takes `format=csv` for a CSV download and `as_of=YYYY-MM-DD` "
                              "for what was known on that date.",
                  version="1", docs_url=None, redoc_url=None)
    app.state.gate, app.state.cache = gate, cache
    static: dict[str, tuple[bytes, str]] = {}

    def _bundle() -> None:
        from ustflow.charts import render

        static["vega.js"] = (render.javascript_bundle().encode(), "text/javascript; charset=utf-8")

    for name, media in [("ustflow-charts.js", "text/javascript; charset=utf-8"),
                        ("app.js", "text/javascript; charset=utf-8"), ("ustflow.css", "text/css; charset=utf-8")]:
        static[name] = ((STATIC / name).read_bytes(), media)
    if warm:  # the Vega bundle takes seconds to build: start now, so the first page does not wait
        threading.Thread(target=_bundle, daemon=True).start()

    # ------------------------------------------------------------ the cached, versioned responder
    def _compute(fn: Callable[[Store], _Result]) -> tuple[Any, _Result]:
        with gate.reading() as (s, version):
            return version, fn(s)

    async def respond(request: Request, fn: Callable[[Store], _Result]) -> Response:
        from starlette.concurrency import run_in_threadpool

        unknown = _unknown_params(request)
        if unknown:  # a misspelt filter would otherwise be silently ignored (and the default shown)
            return JSONResponse({"detail": f"unknown parameter(s) {', '.join(map(repr, unknown))} for "
                                           f"{request.url.path}: see /openapi.json"}, status_code=422)
        v = gate.version()
        if v is None:
            return JSONResponse({"detail": f"no store at {gate.path}: run `ustflow update`"}, status_code=503)
        key = (v, request.url.path, request.url.query)
        hit = cache.get(key)
        if hit is None:
            try:
                version, hit = await run_in_threadpool(_compute, fn)
            except UstflowError as e:
                return _error_response(e)
            hit.etag = '"' + hashlib.sha1(repr((version, key[1:])).encode()).hexdigest()[:20] + '"'
            cache.put((version, key[1], key[2]), hit, version)
        if request.headers.get("if-none-match") == hit.etag:
            return Response(status_code=304, headers={"etag": hit.etag})
        return Response(hit.body, status_code=hit.status, media_type=hit.media_type,
                        headers={"etag": hit.etag, "cache-control": "no-cache"})

    def json_result(obj: Any) -> _Result:
        return _Result(_dumps(obj), "application/json")

    def table_result(df, fmt: str, meta: dict) -> _Result:
        if fmt == "csv":
            comments = [meta.get("title", ""), "units: " + json.dumps(meta.get("units", {}), default=str),
                        f"source: {meta.get('source', '')}", f"as_of: {meta.get('as_of') or 'latest'}"]
            return _Result(_csv(df, comments), "text/csv; charset=utf-8")
        return json_result(dict(meta, rows=_records(df)))

    # ------------------------------------------------------------ health and static
    @app.get("/health", tags=["meta"], summary="Liveness (does not touch the store)",
             responses=sc.plain(sc.Health))
    async def health() -> dict:
        return {"status": "ok"}

    @app.get("/static/{name}", include_in_schema=False)
    async def static_file(name: str) -> Response:
        if name == "vega.js" and name not in static:
            from starlette.concurrency import run_in_threadpool

            await run_in_threadpool(_bundle)
        if name not in static:
            return Response(b"not found", status_code=404, media_type="text/plain")
        body, media = static[name]
        return Response(body, media_type=media, headers={"cache-control": "public, max-age=3600"})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    # ------------------------------------------------------------ series
    @app.get("/api/series", tags=["series"], summary="The stored series: id, title, unit, frequency, coverage",
             responses=sc.data(sc.Table))
    async def list_series(request: Request,
                          search: Optional[str] = Query(None, max_length=100, description="Text in id/title/country"),
                          format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            from ustflow import api

            df = api.search(search, store=s)
            for c in ("first", "last"):
                df[c] = df[c].astype(str)
            return table_result(df, format, {"title": "Stored series", "units": {"n": "observations"},
                                             "source": "ustflow store"})
        return await respond(request, fn)

    @app.get("/api/series/{series_id}", tags=["series"], responses=sc.data(sc.SeriesOut),
             summary="One series: period and value, with unit, title, source and the as-of date")
    async def get_series(request: Request,
                         series_id: str = PathParam(..., pattern=SERIES_ID, description="e.g. tic.holdings.japan"),
                         start: Optional[str] = Query(None, pattern=DATE, description="First period, YYYY-MM[-DD]"),
                         end: Optional[str] = Query(None, pattern=DATE, description="Last period, YYYY-MM[-DD]"),
                         as_of: Optional[str] = Query(None, pattern=DATE, description="As known on this date"),
                         format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            import pandas as pd

            from ustflow import api

            a, b, asof = _check_date("start", start), _check_date("end", end), _check_date("as_of", as_of)
            ser = api.series(series_id, start=a, end=b, as_of=asof, store=s)
            df = pd.DataFrame({"period": _period_labels(ser.index), "value": ser.to_numpy()})
            meta = {"id": series_id, "title": ser.attrs.get("title"), "unit": ser.attrs.get("unit"),
                    "frequency": ser.attrs.get("frequency"), "source": ser.attrs.get("source"),
                    "notes": ser.attrs.get("notes"), "as_of": asof, "count": len(df),
                    "units": {"value": ser.attrs.get("unit")}}
            if ser.attrs.get("frequency") == "W":
                meta["period_note"] = "weeks run Sunday..Saturday, named by the Saturday"
            return table_result(df, format, meta)
        return await respond(request, fn)

    # ------------------------------------------------------------ charts
    @app.get("/api/charts", tags=["charts"], summary="The charts and their parameters",
             responses=sc.plain(sc.ChartList))
    async def list_charts() -> dict:
        from ustflow.charts import COMMON

        return {"charts": [{"id": d.id, "title": d.title, "page": d.page,
                            "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help,
                                        "choices": list(p.choices), "min": p.lo, "max": p.hi}
                                       for p in COMMON + d.params]} for d in cat.CHARTS.values()]}

    def chart_view(defn: ChartDef) -> Callable:
        async def view(request: Request, **given: Any) -> Response:
            as_of, fmt = given.pop("as_of"), given.pop("format")
            given = {k: v for k, v in given.items() if v is not None}

            def fn(s: Store) -> _Result:
                from ustflow import charts

                _require_countries(s, defn.id, given)
                c = charts.build(defn.id, store=s, as_of=as_of, **{k: str(v) for k, v in given.items()})
                if fmt == "csv":
                    if c.table is None:
                        raise NotFoundError(f"chart {defn.id} has no table")
                    return _Result(_csv(c.table.reset_index(drop=True),
                                        [f"{c.title} [{c.unit}]", f"source: {c.source}", f"data to: {c.newest}",
                                         f"as_of: {c.as_of or 'latest'}", "series: " + ", ".join(c.series)]),
                                   "text/csv; charset=utf-8")
                return json_result({"meta": c.meta(), "spec": c.spec})
            return await respond(request, fn)

        # one operation per chart, with exactly that chart's parameters, so the schema says what is accepted
        view.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request)]
            + [_chart_param(p) for p in COMMON + defn.params]
            + [inspect.Parameter("as_of", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str],
                                 default=Query(None, pattern=DATE, description="As known on this date")),
               inspect.Parameter("format", inspect.Parameter.KEYWORD_ONLY, annotation=Fmt, default="json")])
        view.__name__ = f"chart_{defn.id}"
        return view

    for defn in cat.CHARTS.values():
        app.get(f"/api/charts/{defn.id}", tags=["charts"], responses=sc.data(sc.ChartOut),
                summary=f"Chart: {defn.title} (Vega-Lite spec with its data inline and its meta: unit, source, "
                        "newest period; format=csv gives the table behind it)")(chart_view(defn))

    @app.get("/api/charts/{chart_id}", include_in_schema=False)
    async def unknown_chart(chart_id: str) -> Response:
        return JSONResponse({"detail": f"unknown chart {chart_id!r}; charts: {', '.join(cat.CHARTS)}"},
                            status_code=422)

    # ------------------------------------------------------------ flows, holders, brief, sources, events
    @app.get("/api/flows", tags=["flows"], responses=sc.data(sc.Table),
             summary="MoF net purchases per period with rolling windows, ranks since 2005 (JPY 100mn, USD bn)")
    async def flows(request: Request, instrument: Literal["lt_debt", "equity", "st_debt", "long_term", "total"] = "lt_debt",
                    investor: Investor = Query("all", description="MoF investor type (monthly only)"),
                    freq: Literal["week", "month"] = "week", window: int = Query(1, ge=1, le=104),
                    start: Optional[str] = Query(None, pattern=DATE), end: Optional[str] = Query(None, pattern=DATE),
                    as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            from ustflow.views import flows as vf

            df = vf.flows(instrument, investor, freq, window, start=_check_date("start", start),
                          end=_check_date("end", end), as_of=_check_date("as_of", as_of), store=s)
            out = df.reset_index()
            out["period"] = _period_labels(df.index)
            return table_result(out, format, {"title": df.attrs.get("title"), "units": df.attrs.get("units"),
                                              "source": df.attrs.get("source"), "as_of": as_of,
                                              "rank_note": df.attrs.get("rank_note")})
        return await respond(request, fn)

    @app.get("/api/holders", tags=["holdings"], responses=sc.data(sc.Table),
             summary="The Major Foreign Holders table for a month (USD bn, share of the foreign total)")
    async def holders(request: Request,
                      month: Optional[str] = Query(None, pattern=MONTH, description="YYYY-MM; default: the newest"),
                      top: Optional[int] = Query(None, ge=1, le=60), view: Literal["reported", "custodial"] = "reported",
                      as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            from ustflow.views import holdings as vh

            _check_date("month", month)
            df = vh.holders(month, top=top, view=view, as_of=_check_date("as_of", as_of), store=s)
            return table_result(df, format, {"title": df.attrs.get("title"), "units": df.attrs.get("units"),
                                             "source": df.attrs.get("source"), "as_of": as_of,
                                             "month": df.attrs.get("month"),
                                             "grand_total_usd_bn": df.attrs.get("grand_total_usd_bn")})
        return await respond(request, fn)

    # ------------------------------------------------------------ scenarios (issue 9): presets only
    @app.get("/api/scenario/{preset}", tags=["scenario"], responses=sc.data(sc.Table),
             summary=f"A preset scenario's monthly paths with bands ({WEB_SIMS} simulations; as `ustflow scenario "
                     "run PRESET --sims 500`): flows by investor type, Treasuries, Japan's holdings, yield impact, "
                     "inputs; one row per month, variable and investor, units per variable")
    async def scenario(request: Request, preset: Preset = PathParam(..., description="Preset (`ustflow scenario list`)"),
                       months: Optional[int] = Query(None, ge=1, le=MAX_MONTHS,
                                                     description="Horizon in months (default: the preset's own)"),
                       seed: int = Query(0, ge=0, le=MAX_SEED, description="Random seed of the simulations"),
                       format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            from ustflow.views.scenario_page import scenario_paths

            df = scenario_paths(preset, months=months, seed=seed, store=s)
            out = df.assign(period=df["period"].astype(str))
            a = df.attrs
            meta = {"title": a.get("title"), "preset": preset, "months": a.get("months"), "seed": seed,
                    "n_sims": a.get("n_sims"), "level": a.get("level"), "first_period": a.get("first_period"),
                    "units": a.get("units"), "warnings": a.get("warnings"), "assumptions": a.get("assumptions"),
                    "summary": a.get("summary"), "citations": a.get("citations"), "method": a.get("method"),
                    "source": a.get("sources"), "as_of": None}
            if format == "csv":
                comments = [f"{meta['title']}: {WEB_SIMS} simulations, seed {seed}, {a.get('level', 0.9):.0%} bands",
                            "units: " + json.dumps(meta["units"]), f"source: {meta['source']}",
                            *(f"warning: {w}" for w in meta["warnings"] or [])]
                return _Result(_csv(out, comments), "text/csv; charset=utf-8")
            # attrs may hold NaN (a band with no draws, no out-of-sample months): null in JSON
            meta = _json_safe(meta)
            return json_result(dict(meta, rows=_records(out)))
        return await respond(request, fn)

    @app.get("/api/brief", tags=["meta"], responses=sc.data(csv=False),
             summary="The one-screen brief (as `ustflow brief`)")
    async def brief(request: Request, as_of: Optional[str] = Query(None, pattern=DATE)) -> Response:
        def fn(s: Store) -> _Result:
            from ustflow import api

            return json_result(api.brief(as_of=_check_date("as_of", as_of), store=s))
        return await respond(request, fn)

    @app.get("/api/sources", tags=["meta"], responses=sc.data(sc.Table),
             summary="Per source: status (ok, stale, legacy, failed), newest period, release date")
    async def sources(request: Request, format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            from ustflow import api

            return table_result(api.sources(store=s), format, {"title": "Sources", "source": "ustflow registry"})
        return await respond(request, fn)

    @app.get("/api/events", tags=["meta"], responses=sc.data(sc.Table),
             summary="Dated events (FX interventions: JPY bn)")
    async def events(request: Request, kind: Optional[str] = Query(None, max_length=40, pattern=r"^[a-z_]+$"),
                     as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
        def fn(s: Store) -> _Result:
            from ustflow import api

            df = api.events(kind=kind, as_of=_check_date("as_of", as_of), store=s)
            for c in ("vintage", "date_start", "date_end"):
                if c in df:
                    df[c] = df[c].astype(str)
            return table_result(df, format, {"title": "Events", "units": {"amount": "see unit column"},
                                             "source": "curated official figures", "as_of": as_of})
        return await respond(request, fn)

    # ------------------------------------------------------------ article check (issue 7)
    @app.post("/api/check", tags=["check"], responses=sc.check_responses(sc.Table),
              summary="Check the numbers of an article against the official data (reads only; nothing is stored)")
    async def check(body: CheckRequest, format: Fmt = "json") -> Response:
        from starlette.concurrency import run_in_threadpool

        def fn(s: Store) -> _Result:
            from ustflow.views import check as vc

            res = vc.check_text(body.text, date=_check_date("date", body.date), store=s,
                                as_of=_check_date("as_of", body.as_of))
            df = vc.claims_frame(res)
            meta = {"title": "Claims checked against the official data", "counts": df.attrs.get("counts"),
                    "source": df.attrs.get("sources"), "as_of": body.as_of}
            if format == "csv":
                return table_result(df, "csv", meta)
            return json_result(dict(meta, rows=_records(df)))
        try:
            _, res = await run_in_threadpool(_compute, fn)
        except UstflowError as e:
            return _error_response(e)
        return Response(res.body, media_type=res.media_type, headers={"cache-control": "no-store"})

    # ------------------------------------------------------------ pages
    for page in pages.PAGES.values():
        def make(page=page):
            async def view(request: Request) -> Response:
                def fn(s: Store) -> _Result:
                    return _Result(pages.render(page, request.query_params, s).encode(), "text/html; charset=utf-8")
                return await respond(request, fn)
            view.__name__ = f"page_{page.id}"
            return view
        app.get(page.path, include_in_schema=False, response_class=HTMLResponse)(make())

    # Outermost, around Starlette's error handler too (add_middleware would sit inside it), so the
    # token and size checks come first and even an unexpected 500 carries the security headers.
    build = app.build_middleware_stack
    app.build_middleware_stack = lambda: SecurityMiddleware(  # type: ignore[method-assign]
        build(), token=token, loopback_only=is_loopback(host))
    return app
