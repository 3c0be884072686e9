"""Charts of the official-sector and Japan views: custody at the New York Fed, the Japan
reconciliation (MoF, BoP, TIC) and Japanese sectors' foreign securities (Flow of Funds).

Each builder reads through the views (``ustflow.views.custody``, ``japan``, ``sectors``), which do
the arithmetic; here the numbers only become Vega-Lite specs with their unit, source and dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow.charts import _spec as S
from ustflow.charts._data import _slice
from ustflow.charts.base import Chart
from ustflow.errors import ChartParamError, NoDataError

if TYPE_CHECKING:
    from ustflow.store import Store

H41 = "Federal Reserve H.4.1 via FRED WMTSECL1"
JAPAN = "BoJ/MoF balance of payments, MoF ITS, US Treasury TIC, FRED DEXJPUS"
FOF = "Bank of Japan, Flow of Funds Accounts"
_X_MONTH = {"field": "date", "type": "temporal", "timeUnit": "utcyearmonth", "scale": {"type": "utc"},
            "axis": {"title": None, "format": "%Y-%m", "labelOverlap": True}}


def custody_chart(store: "Store", as_of, *, start=None, end=None, top: int = 5) -> Chart:
    """Weekly custody holdings (USD bn, face value) with the ``top`` largest 4-week falls since 2007
    marked where they end (``views.custody.weekly`` and ``falls``)."""
    import pandas as pd

    from ustflow.views import custody as cv

    weeks = cv.weekly(as_of=as_of, store=store)
    days = pd.to_datetime(weeks["week_ending"])
    shown = weeks[(days >= pd.Timestamp(start or "2007-07-01")) & (days <= pd.Timestamp(end or "2199-12-31"))]
    if shown.empty:
        raise NoDataError("no custody week in the chosen dates")
    falls = cv.falls(weeks=4, top=max(top, 1), as_of=as_of, store=store).head(top)
    falls = falls[falls["to_week"].isin(set(shown["week_ending"]))]
    level = pd.DataFrame({"date": shown["week_ending"], "level_usd_bn": shown["level_usd_bn"],
                          "change_4w_usd_bn": shown["change_4w_usd_bn"]})
    marks = pd.DataFrame({"date": falls["to_week"], "from": falls["from_week"], "rank": falls["rank"],
                          "level_usd_bn": falls["level_after_usd_bn"], "change_usd_bn": falls["change_usd_bn"]})
    layers = [
        {"mark": {"type": "line", "strokeWidth": 1.5}, "data": {"name": "level"},
         "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("level_usd_bn", "USD bn (face value)",
                                                              scale={"zero": False}),
                      "tooltip": [{"field": "date", "title": "Wednesday"},
                                  {"field": "level_usd_bn", "title": "USD bn", "format": ",.1f"},
                                  {"field": "change_4w_usd_bn", "title": "4-week change", "format": "+,.1f"}]}},
        {"mark": {"type": "point", "filled": True, "color": S.RED, "size": 60}, "data": {"name": "falls"},
         "encoding": {"x": {"field": "date", "type": "temporal", "scale": {"type": "utc"}},
                      "y": {"field": "level_usd_bn", "type": "quantitative"},
                      "tooltip": [{"field": "rank", "title": "largest 4-week falls, rank"}, {"field": "from"},
                                  {"field": "date", "title": "to"},
                                  {"field": "change_usd_bn", "title": "USD bn", "format": "+,.1f"}]}},
    ]
    newest = str(shown["week_ending"].iloc[-1])
    title = "Treasuries held in custody at the New York Fed for foreign official accounts"
    sub = S.subtitle("USD bn, face value, Wednesday level", H41, newest, as_of,
                     f"Red points: the {top} largest 4-week falls since July 2007 (non-overlapping)")
    spec = S.spec(title, sub, {"level": S.records(level), "falls": S.records(marks)}, {"layer": layers})
    return Chart("custody", title, "USD bn (face value)", H41, [cv.CUSTODY_ID], newest, as_of, spec, table=level,
                 notes=cv.NOTE, uses="ustflow.views.custody.weekly, ustflow.views.custody.falls")


def custody_tic_chart(store: "Store", as_of, *, start=None, end=None) -> Chart:
    """Custody at each month's last Wednesday (face value) against TIC foreign official holdings
    (market value), USD bn (``views.custody.versus_tic``)."""
    import pandas as pd

    from ustflow.views import custody as cv

    t = cv.versus_tic(start=(start or "2015-01")[:7], end=end[:7] if end else None, as_of=as_of, store=store)
    long = pd.concat([pd.DataFrame({"date": t["month"] + "-01", "period": t["month"], "measure": label,
                                    "usd_bn": t[col]})
                      for col, label in (("custody_usd_bn", "Custody at the New York Fed (face value)"),
                                         ("tic_official_usd_bn", "TIC foreign official (market value)"))],
                     ignore_index=True)
    domain = list(dict.fromkeys(long["measure"]))
    layer = [{"mark": {"type": "line", "strokeWidth": 2}, "data": {"name": "monthly"},
              "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("usd_bn", "USD bn", scale={"zero": False}),
                           "color": {"field": "measure", "type": "nominal", "scale": S.color_scale(domain)},
                           "tooltip": [{"field": "period"}, {"field": "measure"},
                                       {"field": "usd_bn", "title": "USD bn", "format": ",.1f"}]}}]
    a = t.attrs["agreement"]["all"]
    newest = str(t["month"].iloc[-1])
    title = "Foreign official Treasuries: New York Fed custody vs TIC"
    sub = S.subtitle("USD bn; custody at face value (last Wednesday), TIC at market value (month end)",
                     f"{H41}; US Treasury TIC", newest, as_of,
                     f"Monthly changes correlate {a['correlation']:.2f} ({a['first']}..{a['last']})")
    spec = S.spec(title, sub, {"monthly": S.records(long)}, {"layer": layer})
    return Chart("custody_tic", title, "USD bn", f"{H41}; US Treasury TIC", [cv.CUSTODY_ID, cv.TIC_OFFICIAL_ID],
                 newest, as_of, spec, table=t, notes=cv.NOTE, uses="ustflow.views.custody.versus_tic")


_JAPAN_SERIES = (("bop_us_sovereign_lt", "BoP: US sovereign LT bonds"),
                 ("mof_lt_debt", "MoF: all foreign LT bonds"),
                 ("tic_lt_treasury_net", "TIC: LT Treasuries, holders in Japan"))


def japan_chart(store: "Store", as_of, *, start=None, end=None, view: str = "monthly") -> Chart:
    """Japan's monthly net purchases, USD bn: the BoP's US sovereign bonds, MoF's all foreign bonds,
    TIC's holders in Japan; ``view='cumulative'`` shows the cumulative sums (``views.japan.reconcile``)."""
    import pandas as pd

    from ustflow.views import japan as jv

    if view not in ("monthly", "cumulative"):
        raise ChartParamError(f"view: expected monthly or cumulative, got {view!r}")
    t = jv.reconcile(start=(start or "2023-02")[:7], end=end[:7] if end else None, as_of=as_of, store=store)
    data = t if view == "monthly" else t.attrs["cumulative"]
    date = [p.strftime("%Y-%m-01") for p in data.index]
    long = pd.concat([pd.DataFrame({"date": date, "period": [str(p) for p in data.index], "measure": label,
                                    "usd_bn": data[col].to_numpy()}) for col, label in _JAPAN_SERIES],
                     ignore_index=True).dropna(subset=["usd_bn"])
    domain = [label for _, label in _JAPAN_SERIES]
    color = {"field": "measure", "type": "nominal", "scale": S.color_scale(domain, [S.BLUE, S.GREY, S.ORANGE])}
    tip = [{"field": "period"}, {"field": "measure"}, {"field": "usd_bn", "title": "USD bn", "format": "+,.1f"}]
    if view == "monthly":
        layer = [{"mark": "bar", "data": {"name": "flows"},
                  "encoding": {"x": _X_MONTH, "xOffset": {"field": "measure", "sort": domain},
                               "y": S.y_quant("usd_bn", "USD bn per month"), "color": color, "tooltip": tip}}]
    else:
        layer = [{"mark": {"type": "line", "strokeWidth": 2}, "data": {"name": "flows"},
                  "encoding": {"x": S.x_time(fmt="%Y-%m"), "y": S.y_quant("usd_bn", "USD bn, cumulative"),
                               "color": color, "tooltip": tip}}]
    s = t.attrs["summary"]
    r = s["correlations"]["bop_us_sovereign_vs_tic"]["correlation"]
    newest = s["last"]
    word = "Monthly" if view == "monthly" else "Cumulative"
    title = f"Japan and US Treasuries: {word.lower()} net purchases in three official sources"
    sub = S.subtitle("USD bn at the month's average USD/JPY; + = net purchase", JAPAN, newest, as_of,
                     f"BoP vs TIC monthly correlation {r:.2f}" if r is not None else "")
    spec = S.spec(title, sub, {"flows": S.records(long)}, {"layer": layer})
    table = data.reset_index()
    table["month"] = table["month"].astype(str)
    return Chart("japan_flows" if view == "monthly" else "japan_cumulative", title, "USD bn", JAPAN,
                 [jv.BOP["bop_us_sovereign_lt"], jv.MOF, jv.TIC_SLT_NET], newest, as_of, spec, table=table,
                 notes=t.attrs["note"], uses="ustflow.views.japan.reconcile")


def japan_cumulative_chart(store: "Store", as_of, *, start=None, end=None) -> Chart:
    """The cumulative sums of ``japan_chart``."""
    return japan_chart(store, as_of, start=start, end=end, view="cumulative")


def sectors_chart(store: "Store", as_of, *, start=None, end=None,
                  sectors=("life_insurance", "domestically_licensed_banks",
                           "financial_institutions_for_agriculture_forestry_and_fisheries", "pension_funds",
                           "securities_investment_trusts", "public_pensions")) -> Chart:
    """Foreign securities held by Japanese sectors, quarterly, JPY tn (``views.sectors.sector``)."""
    import pandas as pd

    from ustflow.views import sectors as sv

    parts = []
    for key in sectors:
        h = sv.sector(key, as_of=as_of, store=store)  # an unknown or ambiguous name: NotFoundError (404)
        st = _slice(h["stock"], start or "2005-01-01", end).dropna()
        parts.append(pd.DataFrame({"date": [p.start_time.strftime("%Y-%m-%d") for p in st.index],
                                   "quarter": [str(p) for p in st.index], "sector": h.attrs["sector"],
                                   "stock_jpy_tn": st.to_numpy() / 1e4}))
    df = pd.concat(parts, ignore_index=True)
    if df.empty:
        raise NoDataError("no Flow of Funds quarter in the chosen dates")
    domain = list(dict.fromkeys(df["sector"]))
    layer = [{"mark": {"type": "line", "strokeWidth": 2}, "data": {"name": "sectors"},
              "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("stock_jpy_tn", "JPY tn"),
                           "color": {"field": "sector", "type": "nominal", "scale": S.color_scale(domain)},
                           "tooltip": [{"field": "sector"}, {"field": "quarter"},
                                       {"field": "stock_jpy_tn", "title": "JPY tn", "format": ",.1f"}]}}]
    newest = max(df["quarter"])
    title = "Foreign securities held by Japanese sectors"
    sub = S.subtitle("JPY tn (100 million yen / 10,000), end of quarter", FOF, newest, as_of,
                     "Bonds, equities and fund shares; a sector, never a single firm")
    spec = S.spec(title, sub, {"sectors": S.records(df)}, {"layer": layer})
    return Chart("sectors", title, "JPY tn", FOF, [f"boj.fof.ffas{sv.resolve(k, store)['code']}a540" for k in sectors],
                 newest, as_of, spec, table=df, notes=sv.NOTE, uses="ustflow.views.sectors.sector")
