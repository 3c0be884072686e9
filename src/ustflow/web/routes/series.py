"""``/api/series`` and ``/api/series/{id}``: the stored series, and one series with its unit and source."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Path as PathParam, Query, Request
from fastapi.responses import Response

from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, check_date, period_labels, respond, table_result
from ustflow.web.schemas import DATE, SERIES_ID

router = APIRouter(tags=["series"])


@router.get("/api/series", summary="The stored series: id, title, unit, frequency, coverage",
            responses=sc.data(sc.Table))
async def list_series(request: Request,
                      search: Optional[str] = Query(None, max_length=100, description="Text in id/title/country"),
                      format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow import api

        df = api.search(search, store=s)
        for c in ("first", "last"):
            df[c] = df[c].astype(str)
        return table_result(df, format, {"title": "Stored series", "units": {"n": "observations"},
                                         "source": "ustflow store"})
    return await respond(request, fn)


@router.get("/api/series/{series_id}", responses=sc.data(sc.SeriesOut),
            summary="One series: period and value, with unit, title, source and the as-of date")
async def get_series(request: Request,
                     series_id: str = PathParam(..., pattern=SERIES_ID, description="e.g. tic.holdings.japan"),
                     start: Optional[str] = Query(None, pattern=DATE, description="First period, YYYY-MM[-DD]"),
                     end: Optional[str] = Query(None, pattern=DATE, description="Last period, YYYY-MM[-DD]"),
                     as_of: Optional[str] = Query(None, pattern=DATE, description="As known on this date"),
                     format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        import pandas as pd

        from ustflow import api

        a, b, asof = check_date("start", start), check_date("end", end), check_date("as_of", as_of)
        ser = api.series(series_id, start=a, end=b, as_of=asof, store=s)
        df = pd.DataFrame({"period": period_labels(ser.index), "value": ser.to_numpy()})
        meta = {"id": series_id, "title": ser.attrs.get("title"), "unit": ser.attrs.get("unit"),
                "frequency": ser.attrs.get("frequency"), "source": ser.attrs.get("source"),
                "notes": ser.attrs.get("notes"), "as_of": asof, "count": len(df),
                "units": {"value": ser.attrs.get("unit")}}
        if ser.attrs.get("frequency") == "W":
            meta["period_note"] = "weeks run Sunday..Saturday, named by the Saturday"
        return table_result(df, format, meta)
    return await respond(request, fn)
