"""Nowcast charts: the estimates after the last published TIC month with their 80% intervals, and the
real-time backtest's errors against the naive "no change" forecast (``ustflow nowcast``).

    ustflow chart nowcast -p country=japan --out nowcast.png
    ustflow chart nowcast_backtest -p country=all -p horizon=1
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow.charts import _spec as S
from ustflow.charts.base import Chart, Param
from ustflow.errors import NoDataError

if TYPE_CHECKING:
    from ustflow.store import Store

HOLDERS = ("japan", "china_mainland", "all", "official")
SOURCE = ("US Treasury TIC (Major Foreign Holders); nowcast from FRED H.15 yields, Fed H.4.1 custody, MoF "
          "interventions, Japan BoP and MoF flows (ustflow nowcast)")


def params() -> tuple[Param, ...]:
    return (Param("country", "choice", "japan", "Holder: japan, china_mainland, all (all foreign holders) or "
                  "official (foreign official)", choices=HOLDERS),)


def nowcast_chart(store: "Store", as_of, *, start=None, end=None, country: str = "japan") -> Chart:
    """Published TIC holdings (USD bn, market value) and the nowcast of the months after the last
    published one, with 80% intervals (``ustflow.views.nowcast.nowcast``)."""
    import pandas as pd

    from ustflow.charts._data import _slice
    from ustflow.views.nowcast import nowcast

    nc = nowcast(country=country, as_of=as_of, store=store, record=False)
    sid = f"tic.holdings.{nc.country}"
    from ustflow import api

    pub = api.series(sid, as_of=as_of, store=store).dropna()
    pub = pub[pub.index <= pd.Period(nc.last_published["month"], "M")]
    pub = _slice(pub, start or str(pub.index[-1] - 35), end)
    if pub.empty:
        raise NoDataError(f"no published TIC holdings of {nc.name} in the chosen dates")
    est = nc.estimates[nc.estimates["status"] == "estimate"]
    rows = [{"date": p.strftime("%Y-%m-01"), "period": str(p), "kind": "published", "usd_bn": float(v),
             "low": None, "high": None} for p, v in pub.items()]
    last = rows[-1]
    path = [dict(last, kind="nowcast")] + [
        {"date": f"{m}-01", "period": m, "kind": "nowcast", "usd_bn": e, "low": lo, "high": hi}
        for m, e, lo, hi in zip(est["month"], est["estimate_usd_bn"], est["low_usd_bn"], est["high_usd_bn"])]
    df = pd.DataFrame(rows + path[1:])
    kinds = S.color_scale(["published", "nowcast"], [S.BLUE, S.ORANGE])
    tip = [{"field": "period"}, {"field": "kind"}, {"field": "usd_bn", "title": "USD bn", "format": ",.1f"},
           {"field": "low", "title": "80% low", "format": ",.1f"}, {"field": "high", "title": "80% high", "format": ",.1f"}]
    layers = [
        {"mark": {"type": "area", "opacity": 0.2, "color": S.ORANGE}, "data": {"name": "path"},
         "transform": [{"filter": "datum.low != null"}],
         "encoding": {"x": S.x_time(fmt="%Y-%m"), "y": {"field": "low", "type": "quantitative"},
                      "y2": {"field": "high"}}},
        {"mark": {"type": "line", "strokeWidth": 2}, "data": {"name": "published"},
         "encoding": {"x": S.x_time(fmt="%Y-%m"), "y": S.y_quant("usd_bn", "USD bn", scale={"zero": False}),
                      "color": {"field": "kind", "type": "nominal", "scale": kinds}, "tooltip": tip}},
        {"mark": {"type": "line", "strokeDash": [5, 3], "point": True, "strokeWidth": 2}, "data": {"name": "path"},
         "encoding": {"x": S.x_time(fmt="%Y-%m"), "y": {"field": "usd_bn", "type": "quantitative"},
                      "color": {"field": "kind", "type": "nominal", "scale": kinds}, "tooltip": tip}},
    ]
    b = nc.backtest
    score = ", ".join(f"{r.horizon_months}m {r.mae_usd_bn:.1f} vs {r.naive_mae_usd_bn:.1f}" for r in b.itertuples())
    title = f"{nc.name}: TIC holdings of US Treasuries and the nowcast"
    newest = est["month"].iloc[-1] if len(est) else nc.last_published["month"]
    sub = S.subtitle("USD bn, market value, end of month (by custodian country)", "US Treasury TIC; ustflow nowcast",
                     newest, as_of, f"Dashed: nowcast, shaded: 80% interval. Backtest MAE vs naive: {score}")
    spec = S.spec(title, sub, {"published": S.records(df[df["kind"] == "published"]), "path": S.records(pd.DataFrame(path))},
                  {"layer": layers})
    return Chart("nowcast", title, "USD bn", SOURCE, [sid], newest, as_of, spec, table=df,
                 notes=nc.verdict, params={"country": country}, uses="ustflow.views.nowcast.nowcast")


def nowcast_backtest_chart(store: "Store", as_of, *, start=None, end=None, country: str = "japan",
                           horizon: int = 1) -> Chart:
    """The backtest at one horizon: each month's nowcast error with its 80% interval, and the naive
    error (USD bn, published minus forecast), from origins since 2015."""
    import pandas as pd

    from ustflow.views.nowcast import nowcast_backtest

    bt = nowcast_backtest(country=country, store=store)
    b = bt[(bt["horizon_months"] == horizon) & (bt["origin"] >= "2015-01-01")]
    if as_of:
        b = b[b["origin"] < as_of]
    if start:
        b = b[b["month"] >= start[:7]]
    if end:
        b = b[b["month"] <= end[:7]]
    if b.empty:
        raise NoDataError(f"no backtest rows for {country} at horizon {horizon} in the chosen dates")
    df = pd.DataFrame({"date": b["month"] + "-01", "period": b["month"], "origin": b["origin"],
                       "error_usd_bn": b["error_usd_bn"], "naive_error_usd_bn": b["naive_error_usd_bn"],
                       "band_low": b["low_usd_bn"] - b["estimate_usd_bn"],
                       "band_high": b["high_usd_bn"] - b["estimate_usd_bn"], "covered": b["covered"]})
    long = pd.concat([df.assign(kind="nowcast error", usd_bn=df["error_usd_bn"]),
                      df.assign(kind="naive error (no change)", usd_bn=df["naive_error_usd_bn"])])
    kinds = S.color_scale(["nowcast error", "naive error (no change)"], [S.ORANGE, S.GREY])
    layers = [
        {"mark": {"type": "area", "opacity": 0.18, "color": S.ORANGE}, "data": {"name": "errors"},
         "encoding": {"x": S.x_time(fmt="%Y"), "y": {"field": "band_low", "type": "quantitative"},
                      "y2": {"field": "band_high"}}},
        {"mark": {"type": "line", "strokeWidth": 1.5}, "data": {"name": "long"},
         "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("usd_bn", "USD bn (published minus forecast)"),
                      "color": {"field": "kind", "type": "nominal", "scale": kinds},
                      "tooltip": [{"field": "period"}, {"field": "origin", "title": "nowcast made on"},
                                  {"field": "kind"}, {"field": "usd_bn", "title": "USD bn", "format": ",.1f"}]}},
    ]
    sc = [r for r in bt.attrs["score"] if r["h"] == horizon]
    extra = ""
    if sc:
        r = sc[0]
        extra = (f"MAE {r['mae']:.1f} vs naive {r['naive_mae']:.1f} USD bn (skill {r['skill']:.0%}); 80% interval "
                 f"(shaded, around the estimate) held {r['coverage']:.0%} of {r['n_intervals']} months")
    title = f"{bt.attrs['country']}: nowcast errors {horizon} month{'s' if horizon > 1 else ''} ahead vs no change"
    sub = S.subtitle("USD bn, market value (published minus forecast; revised TIC values)", "ustflow nowcast backtest",
                     df["period"].iloc[-1], as_of, extra)
    spec = S.spec(title, sub, {"errors": S.records(df), "long": S.records(long)}, {"layer": layers})
    return Chart("nowcast_backtest", title, "USD bn", SOURCE, [f"tic.holdings.{bt.attrs['id']}"], df["period"].iloc[-1],
                 as_of, spec, table=df.drop(columns=["date"]), params={"country": country, "horizon": horizon},
                 notes="Origins: the day before each TIC release, inputs cut to their release dates.",
                 uses="ustflow.views.nowcast.nowcast_backtest")
