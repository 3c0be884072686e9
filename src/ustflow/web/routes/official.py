"""``/api/custody``, ``/api/japan`` and ``/api/sectors``: the official-sector and Japan tables (custody at
the New York Fed, the MoF/BoP/TIC reconciliation, the Flow of Funds by sector), JSON or CSV. The
``/custody`` and ``/japan`` pages' server-rendered tables are in ``ustflow.web.official_tables``."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.official_tables import records
from ustflow.web.respond import Fmt, Result, check_date, respond, table_result
from ustflow.web.schemas import DATE

router = APIRouter()
QUARTER = r"^(19|20|21)[0-9]{2}Q[1-4]$"


def _meta(df, as_of, *keys) -> dict:
    meta = {k: df.attrs[k] for k in ("title", "unit", "source", "note", *keys) if k in df.attrs}
    meta["units"] = {"value": df.attrs.get("unit")}
    meta["as_of"] = as_of
    return meta


@router.get("/api/custody", tags=["official"], responses=sc.data(sc.Table),
            summary="Foreign official custody at the New York Fed (H.4.1, USD bn face value): weeks, falls or vs TIC")
async def custody(request: Request, view: Literal["weeks", "falls", "tic"] = "weeks",
                  weeks: int = Query(52, ge=1, le=1500, description="weeks listed (view=weeks) or window (falls)"),
                  top: int = Query(10, ge=1, le=100), start: Optional[str] = Query(None, pattern=DATE),
                  end: Optional[str] = Query(None, pattern=DATE), as_of: Optional[str] = Query(None, pattern=DATE),
                  format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views import custody as cv

        a, b, asof = check_date("start", start), check_date("end", end), check_date("as_of", as_of)
        if view == "weeks":
            df = cv.weekly(weeks=None if (a or b) else weeks, start=a, end=b, as_of=asof, store=s)
        elif view == "falls":
            df = cv.falls(weeks=min(weeks, 52), top=top, as_of=asof, store=s)
        else:
            df = cv.versus_tic(start=a, end=b, as_of=asof, store=s)
        return table_result(records(df), format, _meta(df, as_of, "agreement", "weeks"))
    return await respond(request, fn)


@router.get("/api/japan", tags=["official"], responses=sc.data(sc.Table),
            summary="Japan: MoF, BoP (US sovereign bonds) and TIC flows in one currency, with the reading")
async def japan(request: Request, view: Literal["monthly", "cumulative", "rolling", "us_sovereign", "sectors"] = "monthly",
                currency: Literal["usd", "jpy"] = "usd", window: int = Query(12, ge=3, le=60),
                start: Optional[str] = Query(None, pattern=DATE), end: Optional[str] = Query(None, pattern=DATE),
                as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views import japan as jv

        a, b, asof = check_date("start", start), check_date("end", end), check_date("as_of", as_of)
        if view == "us_sovereign":
            df = jv.bop_us_sovereign(start=a, end=b, as_of=asof, store=s)
            return table_result(records(df), format, _meta(df, as_of, "series"))
        if view == "sectors":
            df = jv.bop_sectors(start=a, end=b, currency=currency, as_of=asof, store=s)
            return table_result(records(df), format, _meta(df, as_of))
        t = jv.reconcile("japan", start=a, end=b, currency=currency, window=window, as_of=asof, store=s)
        df = t if view == "monthly" else t.attrs[view]
        meta = _meta(t, as_of, "labels", "reading", "summary")
        return table_result(records(df), format, meta)
    return await respond(request, fn)


@router.get("/api/sectors", tags=["official"], responses=sc.data(sc.Table),
            summary="Japanese sectors' foreign securities (BoJ Flow of Funds, JPY 100mn): all sectors or one")
async def sectors(request: Request, sector: Optional[str] = Query(None, max_length=80, pattern=r"^[A-Za-z0-9_ ,.-]+$",
                                                                 description="name, key or BoJ code; default: the table"),
                  quarter: Optional[str] = Query(None, pattern=QUARTER), which: Literal["main", "all"] = "main",
                  start: Optional[str] = Query(None, pattern=QUARTER), end: Optional[str] = Query(None, pattern=QUARTER),
                  as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views import sectors as sv

        asof = check_date("as_of", as_of)
        if sector:
            df = sv.sector(sector, start=start, end=end, as_of=asof, store=s)
            return table_result(records(df), format, _meta(df, as_of, "text", "series", "code"))
        df = sv.sectors(quarter=quarter, which=which, as_of=asof, store=s)
        return table_result(records(df), format, _meta(df, as_of, "quarter"))
    return await respond(request, fn)
