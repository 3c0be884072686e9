"""``/api/nowcast`` and ``/api/nowcast/backtest``: the TIC nowcast with its intervals, backtest scores,
inputs' tracking and track record; and the backtest row by row (``ustflow nowcast``)."""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict

from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, check_date, json_result, json_safe, respond, table_result
from ustflow.web.schemas import DATE

#: the holders ``ustflow nowcast --country`` takes (an unknown one is a 404 that names the known ones)
_COUNTRY = Query("japan", description="japan | china_mainland | all (TIC's Grand Total) | official (foreign official "
                                      "holders) | any country of the Major Foreign Holders table (e.g. taiwan, uk)")
Table = Literal["estimates", "backtest", "specs", "inputs", "track"]

router = APIRouter(tags=["nowcast"])


class NowcastOut(BaseModel):
    """``ustflow.nowcast(...).to_dict()``: every table as a list of rows (USD bn, market value)."""

    model_config = ConfigDict(extra="allow")

    country: str
    name: str
    as_of: Optional[str]
    origin: str
    unit: str
    measure: str
    source: str
    last_published: dict[str, Any]
    estimates: list[dict[str, Any]]
    backtest: list[dict[str, Any]]
    specs: list[dict[str, Any]]
    inputs: list[dict[str, Any]]
    track: list[dict[str, Any]]
    verdict: str
    notes: list[str]


@router.get("/api/nowcast", responses=sc.data(NowcastOut),
            summary="Nowcast of TIC holdings (USD bn, market value) for the months after the last published one, "
                    "with 80% intervals; JSON: estimates, backtest by horizon, inputs' tracking, track record, verdict; "
                    "CSV: the table named by `table`")
async def nowcast(request: Request, country: str = _COUNTRY,
                  as_of: Optional[str] = Query(None, pattern=DATE, description="What was known at the end of this day"),
                  table: Table = Query("estimates", description="The table given as CSV"),
                  format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views.nowcast import nowcast as build

        nc = build(country=country, as_of=check_date("as_of", as_of), store=s, record=False)
        if format == "csv":
            df = getattr(nc, table)
            return table_result(df, "csv", {"title": f"{nc.name}: nowcast, {table}", "units": {"*_usd_bn": "USD bn"},
                                            "source": nc.source, "as_of": as_of})
        return json_result(json_safe(nc.to_dict()))
    return await respond(request, fn)


@router.get("/api/nowcast/backtest", responses=sc.data(sc.Table),
            summary="The nowcast's real-time backtest, one row per origin (the day before each TIC release) and "
                    "horizon: estimate, 80% interval, published value, naive forecast, errors (USD bn)")
async def nowcast_backtest(request: Request, country: str = _COUNTRY, format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views.nowcast import nowcast_backtest as build

        df = build(country=country, store=s)
        a = df.attrs
        return table_result(df, format, {"title": a.get("title"), "units": {"*_usd_bn": a.get("unit")},
                                         "source": "ustflow nowcast backtest", "as_of": None,
                                         "score": json_safe(a.get("score"))})
    return await respond(request, fn)
