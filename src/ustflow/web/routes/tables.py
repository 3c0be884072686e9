"""``/api/flows`` and ``/api/holders``: the MoF flows table with ranks, and the TIC holders table."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ustflow.store import Store
from ustflow.vocab import MOF_SECTORS as SECTORS
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, check_date, period_labels, respond, table_result
from ustflow.web.schemas import DATE, MONTH

Investor = Literal[tuple(SECTORS)]  # type: ignore[valid-type]  # MoF's investor types ("all" included)
Instrument = Literal["lt_debt", "equity", "st_debt", "long_term", "total"]

router = APIRouter()


@router.get("/api/flows", tags=["flows"], responses=sc.data(sc.Table),
            summary="MoF net purchases per period with rolling windows, ranks since 2005 (JPY 100mn, USD bn)")
async def flows(request: Request, instrument: Instrument = "lt_debt",
                investor: Investor = Query("all", description="MoF investor type (monthly only)"),
                freq: Literal["week", "month"] = "week", window: int = Query(1, ge=1, le=104),
                start: Optional[str] = Query(None, pattern=DATE), end: Optional[str] = Query(None, pattern=DATE),
                as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views import flows as vf

        df = vf.flows(instrument, investor, freq, window, start=check_date("start", start),
                      end=check_date("end", end), as_of=check_date("as_of", as_of), store=s)
        out = df.reset_index()
        out["period"] = period_labels(df.index)
        return table_result(out, format, {"title": df.attrs.get("title"), "units": df.attrs.get("units"),
                                          "source": df.attrs.get("source"), "as_of": as_of,
                                          "rank_note": df.attrs.get("rank_note")})
    return await respond(request, fn)


@router.get("/api/holders", tags=["holdings"], responses=sc.data(sc.Table),
            summary="The Major Foreign Holders table for a month (USD bn, share of the foreign total)")
async def holders(request: Request,
                  month: Optional[str] = Query(None, pattern=MONTH, description="YYYY-MM; default: the newest"),
                  top: Optional[int] = Query(None, ge=1, le=60), view: Literal["reported", "custodial"] = "reported",
                  as_of: Optional[str] = Query(None, pattern=DATE), format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views import holdings as vh

        check_date("month", month)
        df = vh.holders(month, top=top, view=view, as_of=check_date("as_of", as_of), store=s)
        return table_result(df, format, {"title": df.attrs.get("title"), "units": df.attrs.get("units"),
                                         "source": df.attrs.get("source"), "as_of": as_of,
                                         "month": df.attrs.get("month"),
                                         "grand_total_usd_bn": df.attrs.get("grand_total_usd_bn")})
    return await respond(request, fn)
