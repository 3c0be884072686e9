"""``/api/custody``, ``/api/japan`` and ``/api/sectors``: the official-sector and Japan tables (custody at
the New York Fed, the MoF/BoP/TIC reconciliation, the Flow of Funds by sector), JSON or CSV; and the
server-rendered tables of the ``/custody`` and ``/japan`` pages (``page_table``)."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, check_date, respond, table_result
from ustflow.web.schemas import DATE

router = APIRouter()
QUARTER = r"^(19|20|21)[0-9]{2}Q[1-4]$"


def _records(df):
    """Period index -> a plain column, nullable ints -> objects (JSON null, CSV blank)."""
    out = df.reset_index() if df.index.name else df.copy()
    for c in out.columns:
        if str(out[c].dtype).startswith("period"):
            out[c] = out[c].astype(str)
        elif str(out[c].dtype) == "Int64":
            out[c] = out[c].astype("object").where(out[c].notna(), None)
    return out


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
        return table_result(_records(df), format, _meta(df, as_of, "agreement", "weeks"))
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
            return table_result(_records(df), format, _meta(df, as_of, "series"))
        if view == "sectors":
            df = jv.bop_sectors(start=a, end=b, currency=currency, as_of=asof, store=s)
            return table_result(_records(df), format, _meta(df, as_of))
        t = jv.reconcile("japan", start=a, end=b, currency=currency, window=window, as_of=asof, store=s)
        df = t if view == "monthly" else t.attrs[view]
        meta = _meta(t, as_of, "labels", "reading", "summary")
        return table_result(_records(df), format, meta)
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
            return table_result(_records(df), format, _meta(df, as_of, "text", "series", "code"))
        df = sv.sectors(quarter=quarter, which=which, as_of=asof, store=s)
        return table_result(_records(df), format, _meta(df, as_of, "quarter"))
    return await respond(request, fn)


# ------------------------------------------------------------------ the pages' tables
PAGE_TABLES = ("custody_weeks", "custody_falls", "japan", "bop_us_sovereign", "sectors")


def page_table(name: str, store: Store, q: dict, as_of) -> dict:
    """A server-rendered table of the /custody or /japan page, with its CSV link (``web.pages``)."""
    from urllib.parse import urlencode

    base = {"as_of": as_of} if as_of else {}
    if name == "custody_weeks":
        from ustflow.views import custody as cv

        df = cv.weekly(weeks=12, as_of=as_of, store=store).iloc[::-1]
        return {"id": name, "title": df.attrs["title"], "caption": cv.summary(as_of=as_of, store=store)["text"],
                "df": df.drop(columns=["n_weeks"]), "units": {"level_usd_bn": "USD bn (face value)"},
                "digits": {"level_usd_bn": 1, "change_1w_usd_bn": 1, "change_1w_pct": 2, "change_4w_usd_bn": 1,
                           "change_52w_usd_bn": 1, "rank_fall_1w": 0, "rank_fall_4w": 0},
                "csv": "/api/custody?" + urlencode(dict(base, view="weeks", weeks=52, format="csv"))}
    if name == "custody_falls":
        from ustflow.views import custody as cv

        df = cv.falls(weeks=4, top=10, as_of=as_of, store=store)
        return {"id": name, "title": df.attrs["title"], "caption": df.attrs["note"], "df": df.drop(columns=["n_windows"]),
                "units": {}, "digits": {"change_usd_bn": 1, "change_pct": 2, "level_before_usd_bn": 1,
                                        "level_after_usd_bn": 1, "rank": 0, "rank_all": 0},
                "csv": "/api/custody?" + urlencode(dict(base, view="falls", weeks=4, format="csv"))}
    if name == "japan":
        from ustflow.views import japan as jv

        start = q.get("start") or "2023-02"
        t = jv.reconcile(start=start, end=q.get("end") or None, as_of=as_of, store=store)
        df = _records(t.round(2)).iloc[::-1]
        return {"id": name, "title": t.attrs["title"], "caption": t.attrs["reading"], "df": df,
                "units": {"usdjpy": "JPY per USD"}, "digits": {"usdjpy": 2},
                "csv": "/api/japan?" + urlencode(dict(base, start=start[:7], format="csv"))}
    if name == "bop_us_sovereign":
        from ustflow.views import japan as jv

        full = jv.bop_us_sovereign(as_of=as_of, store=store)
        df = _records(full.tail(12).iloc[::-1])
        return {"id": name, "title": full.attrs["title"],
                "caption": "rank_sale: rank of the month's net sale among all months since 2014-01 (1 = largest).",
                "df": df.drop(columns=["months"]), "units": {}, "digits": {"net": 0, "acquisition": 0,
                                                                           "disposition": 0, "rank_sale": 0},
                "csv": "/api/japan?" + urlencode(dict(base, view="us_sovereign", format="csv"))}
    if name == "sectors":
        from ustflow.views import sectors as sv

        df = sv.sectors(as_of=as_of, store=store)
        return {"id": name, "title": df.attrs["title"], "caption": df.attrs["note"],
                "df": _records(df.drop(columns=["key"])), "units": {},
                "digits": {"stock": 0, "share_of_total_pct": 1, "flow": 0, "reconciliation": 0, "flow_4q": 0,
                           "change_4q": 0, "rank_sale": 0, "quarters": 0, "from_peak_pct": 1},
                "csv": "/api/sectors?" + urlencode(dict(base, format="csv"))}
    raise KeyError(name)
