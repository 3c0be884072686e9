"""The server-rendered tables of the ``/custody`` and ``/japan`` pages (``ustflow.web.pages``), each with
the CSV link of its ``/api/custody``, ``/api/japan`` or ``/api/sectors`` twin."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ustflow.store import Store

PAGE_TABLES = ("custody_weeks", "custody_falls", "japan", "bop_us_sovereign", "sectors")


def records(df):
    """Period index -> a plain column, nullable ints -> objects (blank cells)."""
    out = df.reset_index() if df.index.name else df.copy()
    for c in out.columns:
        if str(out[c].dtype).startswith("period"):
            out[c] = out[c].astype(str)
        elif str(out[c].dtype) == "Int64":
            out[c] = out[c].astype("object").where(out[c].notna(), None)
    return out


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
        df = records(t.round(2)).iloc[::-1]
        return {"id": name, "title": t.attrs["title"], "caption": t.attrs["reading"], "df": df,
                "units": {"usdjpy": "JPY per USD"}, "digits": {"usdjpy": 2},
                "csv": "/api/japan?" + urlencode(dict(base, start=start[:7], format="csv"))}
    if name == "bop_us_sovereign":
        from ustflow.views import japan as jv

        full = jv.bop_us_sovereign(as_of=as_of, store=store)
        df = records(full.tail(12).iloc[::-1])
        return {"id": name, "title": full.attrs["title"],
                "caption": "rank_sale: rank of the month's net sale among all months since 2014-01 (1 = largest).",
                "df": df.drop(columns=["months"]), "units": {}, "digits": {"net": 0, "acquisition": 0,
                                                                           "disposition": 0, "rank_sale": 0},
                "csv": "/api/japan?" + urlencode(dict(base, view="us_sovereign", format="csv"))}
    if name == "sectors":
        from ustflow.views import sectors as sv

        df = sv.sectors(as_of=as_of, store=store)
        return {"id": name, "title": df.attrs["title"], "caption": df.attrs["note"],
                "df": records(df.drop(columns=["key"])), "units": {},
                "digits": {"stock": 0, "share_of_total_pct": 1, "flow": 0, "reconciliation": 0, "flow_4q": 0,
                           "change_4q": 0, "rank_sale": 0, "quarters": 0, "from_peak_pct": 1},
                "csv": "/api/sectors?" + urlencode(dict(base, format="csv"))}
    raise KeyError(name)
