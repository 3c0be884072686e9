"""Market charts: hedged yields, USD/JPY with interventions, the UST-JGB spread, gauges and the risk snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.charts import _spec as S
from ustflow.charts._data import _day, _events, _newest, _require, _slice
from ustflow.charts.base import Chart
from ustflow.errors import NoDataError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

FX_EVENTS = "MoF FX intervention operations (curated table of official figures)"


# ------------------------------------------------------------------ hedged yields
def hedged_chart(store: "Store", as_of, *, start=None, end=None, tenor: str = "10") -> Chart:
    """UST yield, UST yield hedged into yen, and the JGB yield of the same tenor (percent per year),
    from ``views.drivers.hedged_yields`` (hedge cost = 3-month USD - 3-month JPY, basis 0; the overnight
    proxy SOFR - JGB 1y shown beside it)."""
    import pandas as pd

    from ustflow.views import drivers as vd

    tab = vd.hedged_yields(float(tenor), start=start or "2018-01-01", end=end, as_of=as_of, store=store)
    cols = {"ust_yield_pct": f"UST {tenor}y", "hedged_yield_pct": f"UST {tenor}y hedged into yen (3m)",
            "overnight_hedged_yield_pct": "hedged, overnight proxy", "jgb_yield_pct": f"JGB {tenor}y"}
    tab = tab.dropna(subset=[c for c in cols if not c.startswith("overnight")])
    if tab.empty:
        raise NoDataError("no overlapping UST, JGB and short-rate data in the chosen dates")
    dates = [_day(d) for d in tab.index]
    long = pd.concat([pd.DataFrame({"date": dates, "series": lab, "pct": tab[c].to_numpy()}) for c, lab in cols.items()],
                     ignore_index=True)
    newest = _newest(tab.index)
    layer = [{"mark": {"type": "line", "strokeWidth": 1.5}, "data": {"name": "yields"},
              "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("pct", "percent per year"),
                           "color": {"field": "series", "type": "nominal",
                                     "scale": S.color_scale(list(cols.values()), [S.BLUE, S.GREEN, S.GREY, S.RED])},
                           "tooltip": [{"field": "series"}, {"field": "date"},
                                       {"field": "pct", "title": "percent", "format": ".2f"}]}}]
    title = f"UST {tenor}y, hedged into yen, vs JGB {tenor}y"
    sub = S.subtitle("percent per year", "FRED (UST yields, 3m T-bill, SOFR, EFFR); OECD 3m JPY; MoF JGB curve",
                     newest, as_of, "Hedge cost = 3m T-bill (money-market yield) - 3m JPY interbank, cross-currency "
                     "basis 0 (it is usually negative: the true cost is higher); grey: overnight proxy SOFR - 1y JGB")
    spec = S.spec(title, sub, {"yields": S.records(long)}, {"layer": layer})
    table = tab.reset_index()
    table["date"] = dates
    ids = [tab.attrs.get("ust_series", ""), tab.attrs.get("jgb_series", ""), "fred.dtb3", "fred.tb3ms",
           "fred.ir3tib01jpm156n", "fred.sofr", "fred.effr", "jgb.1y"]
    return Chart("hedged_yields", title, "percent",
                 "FRED (UST yields, 3m T-bill, SOFR, EFFR); OECD 3m interbank (Japan); MoF JGB constant-maturity yields",
                 [i for i in ids if i], newest, as_of, spec, table=table,
                 notes=tab.attrs.get("formula", ""), uses="ustflow.views.drivers.hedged_yields")


# ------------------------------------------------------------------ USD/JPY and interventions
def usdjpy_chart(store: "Store", as_of, *, start=None, end=None) -> Chart:
    """USD/JPY (FRED DEXJPUS) with Japan's FX interventions marked (JPY bn), from issue 4's
    ``views.drivers.usdjpy_with_interventions``; a multi-day total is shaded over its period."""
    import pandas as pd

    from ustflow.views import drivers as vd

    tab = vd.usdjpy_with_interventions(start=start, end=end, as_of=as_of, store=store)
    fx = tab["usdjpy"].dropna()
    _require(fx, "fred.dexjpus")
    df = pd.DataFrame({"date": [_day(d) for d in fx.index], "usdjpy": fx.to_numpy()})
    iv = tab[tab["intervention_jpy_bn"].notna()]
    iv = iv[iv.index >= fx.index[0]]
    # a marker sits on the rate of its day, or the last rate before it (a weekend or holiday)
    on = fx.reindex(fx.index.union(iv.index)).ffill().reindex(iv.index)
    marks = pd.DataFrame({"date": [_day(d) for d in iv.index], "usdjpy": on.to_numpy(),
                          "amount_jpy_bn": iv["intervention_jpy_bn"].abs().to_numpy(),
                          "side": ["bought yen (sold USD)" if v > 0 else "sold yen (bought USD)"
                                   for v in iv["intervention_jpy_bn"]],
                          "note": iv["intervention_note"].fillna("").to_numpy()})
    ev = _events(store, as_of, fx.index[0], end)
    spans = ev[ev["date"] != ev["date_end"]]
    newest = _newest(fx.index)
    side_scale = S.color_scale(["bought yen (sold USD)", "sold yen (bought USD)"], [S.RED, S.GREEN])
    layers = []
    if not spans.empty:
        layers.append({"mark": {"type": "rect", "opacity": 0.15, "color": S.RED}, "data": {"name": "spans"},
                       "encoding": {"x": S.x_time("date"), "x2": {"field": "date_end"}}})
    layers.append({"mark": {"type": "line", "strokeWidth": 1.2, "color": S.BLUE}, "data": {"name": "usdjpy"},
                   "encoding": {"x": S.x_time(fmt="%Y"),
                                "y": S.y_quant("usdjpy", "JPY per USD", scale={"zero": False}),
                                "tooltip": [{"field": "date"},
                                            {"field": "usdjpy", "title": "JPY per USD", "format": ".2f"}]}})
    if not marks.empty:
        layers.append({"mark": {"type": "point", "filled": True, "opacity": 0.85, "stroke": "black", "strokeWidth": 0.5},
                       "data": {"name": "interventions"},
                       "encoding": {"x": {"field": "date", "type": "temporal", "scale": {"type": "utc"}},
                                    "y": {"field": "usdjpy", "type": "quantitative"},
                                    "size": {"field": "amount_jpy_bn", "type": "quantitative", "title": "JPY bn",
                                             "scale": {"range": [40, 400]}},
                                    "color": {"field": "side", "type": "nominal", "scale": side_scale},
                                    "tooltip": [{"field": "side", "title": "intervention"}, {"field": "date"},
                                                {"field": "amount_jpy_bn", "title": "JPY bn", "format": ",.1f"},
                                                {"field": "note"}]}})
    title = "USD/JPY and Japan's FX interventions"
    sub = S.subtitle("JPY per USD; intervention amounts in JPY bn", "FRED DEXJPUS; MoF FX intervention operations",
                     newest, as_of, "Shaded: a multi-day total without a daily split")
    spec = S.spec(title, sub, {"usdjpy": S.records(df), "interventions": S.records(marks), "spans": S.records(spans)},
                  {"layer": layers})
    return Chart("usdjpy", title, "JPY per USD", "FRED DEXJPUS; " + FX_EVENTS,
                 ["fred.dexjpus", "mof.fx_intervention.amount"], newest, as_of, spec, table=marks,
                 notes="The mirror holds DEXJPUS from 2018-01 only.",
                 uses="ustflow.views.drivers.usdjpy_with_interventions")


# ------------------------------------------------------------------ spread vs USD/JPY
def spread_chart(store: "Store", as_of, *, start=None, end=None, tenor: str = "10") -> Chart:
    """The UST-JGB yield spread (percentage points) beside USD/JPY: the rate-differential driver.

    The spread is ``unhedged_pickup_pct`` of ``views.drivers.hedged_yields`` (UST dates, JGB carried
    over short holiday gaps)."""
    import pandas as pd

    from ustflow.views import drivers as vd

    start = start or "2018-01-01"
    tab = vd.hedged_yields(float(tenor), start=start, end=end, as_of=as_of, store=store, compare=False)
    spread = tab["unhedged_pickup_pct"].dropna()
    fx = _slice(api.series("fred.dexjpus", as_of=as_of, store=store), start, end).dropna()
    _require(spread, "UST-JGB spread")
    _require(fx, "fred.dexjpus")
    lab = f"UST-JGB {tenor}y spread"
    rows = pd.concat([pd.DataFrame({"date": [_day(d) for d in spread.index], "measure": lab, "value": spread.to_numpy()}),
                      pd.DataFrame({"date": [_day(d) for d in fx.index], "measure": "USD/JPY", "value": fx.to_numpy()})],
                     ignore_index=True)
    newest = max(_newest(spread.index), _newest(fx.index))

    def line(measure, color, title, orient):
        return {"data": {"name": "drivers"}, "transform": [{"filter": {"field": "measure", "equal": measure}}],
                "mark": {"type": "line", "strokeWidth": 1.3, "color": color},
                "encoding": {"x": S.x_time(fmt="%Y"),
                             "y": S.y_quant("value", title, scale={"zero": False},
                                            axis={"title": title, "titleColor": color, "orient": orient}),
                             "tooltip": [{"field": "date"}, {"field": "measure"},
                                         {"field": "value", "format": ".2f"}]}}

    layers = [line(lab, S.BLUE, f"{lab}, pp", "left"), line("USD/JPY", S.RED, "USD/JPY, JPY per USD", "right")]
    title = f"UST-JGB {tenor}y spread (blue, left) and USD/JPY (red, right)"
    sub = S.subtitle("percentage points; JPY per USD", "FRED (UST yields, DEXJPUS); MoF JGB curve", newest, as_of)
    spec = S.spec(title, sub, {"drivers": S.records(rows)}, {"layer": layers, "resolve": {"scale": {"y": "independent"}}})
    return Chart("spread_usdjpy", title, "pp; JPY per USD", "FRED; MoF JGB constant-maturity yields",
                 [tab.attrs.get("ust_series", ""), tab.attrs.get("jgb_series", ""), "fred.dexjpus"], newest, as_of,
                 spec, table=rows, uses="ustflow.views.drivers.hedged_yields (unhedged_pickup_pct), ustflow.api.series")


# ------------------------------------------------------------------ gauges
def gauges_table(store: "Store", as_of, years: int = 5) -> "pd.DataFrame":
    """Where each market and flow gauge stands: latest value and date, change over about a month,
    and its percentile among the values of the last ``years`` years (100 x share <= latest)."""
    import pandas as pd

    from ustflow.views import drivers as vd, flows as vf

    tab = vd.hedged_yields(10.0, as_of=as_of, store=store, compare=False)
    wk = vf.flows("lt_debt", freq="week", window=4, as_of=as_of, store=store)["window_jpy_100mn"].dropna()
    jp = api.series("tic.holdings.japan", as_of=as_of, store=store).dropna()
    fx = api.series("fred.dexjpus", as_of=as_of, store=store).dropna()
    gauges = [  # label, unit, series, steps in about a month, source id(s)
        ("UST 10y yield", "percent", tab["ust_yield_pct"], 21, "fred.dgs10"),
        ("JGB 10y yield", "percent", tab["jgb_yield_pct"], 21, "jgb.10y"),
        ("UST-JGB 10y spread", "pp", tab["unhedged_pickup_pct"], 21, "fred.dgs10 - jgb.10y"),
        ("Hedge cost (3m USD - 3m JPY, basis 0)", "pp", tab["hedge_cost_pct"], 21, "fred.dtb3 - fred.ir3tib01jpm156n"),
        ("Hedged UST 10y pickup over JGB 10y", "pp", tab["hedged_pickup_pct"], 21, "views.drivers.hedged_yields"),
        ("USD/JPY", "JPY per USD", fx, 21, "fred.dexjpus"),
        ("MoF weekly LT debt, 4-week sum", "JPY 100mn", wk, 4, "mof.weekly.assets.lt_debt.net"),
        ("Japan's UST holdings, 12-month change", "USD bn", (jp - jp.shift(12)).dropna(), 1, "tic.holdings.japan"),
    ]
    over = {21: "21 business days", 4: "4 weeks", 1: "1 month"}
    rows = []
    for label, unit, s, step, sid in gauges:
        s = s.dropna()
        if s.empty:
            continue
        ends = s.index.end_time if isinstance(s.index, pd.PeriodIndex) else s.index
        look = s[ends > ends[-1] - pd.DateOffset(years=years)]
        v = float(s.iloc[-1])
        rows.append({"gauge": label, "unit": unit, "date": _newest(s.index), "value": v,
                     "change": v - float(s.iloc[-1 - step]) if len(s) > step else None, "change_over": over[step],
                     "percentile": 100.0 * float((look <= v).mean()), "lookback_years": years, "series": sid})
    out = pd.DataFrame(rows)
    out.attrs.update(units={"percentile": f"% of the last {years} years' values <= latest"})
    return out


def gauges_chart(store: "Store", as_of, *, start=None, end=None, years: int = 5) -> Chart:
    """Each gauge's percentile over the last ``years`` years, with its latest value."""
    tab = gauges_table(store, as_of, years)
    tab["label"] = [f"{v:,.2f} {u} ({d})" if abs(v) < 1000 else f"{v:,.0f} {u} ({d})"
                    for v, u, d in zip(tab["value"], tab["unit"], tab["date"])]
    y = {"field": "gauge", "type": "nominal", "sort": None, "axis": {"title": None}}
    layers = [{"mark": {"type": "bar", "color": S.BLUE}, "data": {"name": "gauges"},
               "encoding": {"y": y, "x": {"field": "percentile", "type": "quantitative", "scale": {"domain": [0, 100]},
                                          "axis": {"title": f"percentile of the last {years} years (100 = highest)"}},
                            "tooltip": [{"field": "gauge"}, {"field": "label", "title": "latest"},
                                        {"field": "change", "title": "change", "format": "+,.2f"},
                                        {"field": "change_over", "title": "over"},
                                        {"field": "percentile", "format": ".0f"}]}},
              {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 10}, "data": {"name": "gauges"},
               "encoding": {"y": y, "x": {"field": "percentile", "type": "quantitative"}, "text": {"field": "label"}}}]
    newest = max(tab["date"]) if len(tab) else None
    title = "Where yields, the yen and flows stand"
    sub = S.subtitle("percentile (latest values in their own units)",
                     "FRED; MoF JGB curve and securities transactions; US Treasury TIC", newest, as_of)
    spec = S.spec(title, sub, {"gauges": S.records(tab)}, {"layer": layers}, height=30 * max(len(tab), 1))
    return Chart("gauges", title, "percentile", "FRED; MoF; US Treasury TIC", list(tab["series"]), newest, as_of, spec,
                 table=tab.drop(columns=["label"]),
                 uses="ustflow.views.drivers.hedged_yields, ustflow.views.flows.flows (percentiles computed here)")


# ------------------------------------------------------------------ risk snapshot
def _num(v, digits: int) -> str:
    try:
        return f"{float(v):,.{digits}f}"
    except (TypeError, ValueError):
        return str(v)


def risk_snapshot(store: "Store", as_of, paths: int = 100_000, *, holdings=None, duration=None,
                  hedge_ratio=0.0) -> dict:
    """Issue 4's ``views.risk.risk_report`` for Japan's holdings, or the holdings, duration and hedge ratio
    given (fewer bootstrap paths: a page, not a study)."""
    from ustflow.views import risk as vr

    return vr.risk_report(holdings_usd_bn=holdings, duration=duration, hedge_ratio=hedge_ratio or 0.0,
                          paths=paths, as_of=as_of, store=store)


def risk_chart(store: "Store", as_of, *, start=None, end=None, paths: int = 100_000, holdings=None, duration=None,
               hedge_ratio=0.0) -> Chart:
    """Risk snapshot: P&L of Japan's Treasury holdings (or the portfolio given) under each stress scenario
    (JPY bn for a yen holder, ``hedge_ratio`` of the dollar exposure hedged), with the bootstrap VaR."""

    rep = risk_snapshot(store, as_of, paths, holdings=holdings, duration=duration, hedge_ratio=hedge_ratio)
    st = rep["stress"].copy()
    port = rep["portfolio"]
    st["direction"] = ["gain" if v >= 0 else "loss" for v in st["pnl_jpy_bn"]]
    y = {"field": "description", "type": "nominal", "sort": None, "axis": {"title": None}}  # words, not ids
    layers = [{"mark": "bar", "data": {"name": "stress"},
               "encoding": {"y": y, "x": {"field": "pnl_jpy_bn", "type": "quantitative",
                                          "axis": {"title": "P&L, JPY bn (+ = gain)"}},
                            "color": {"field": "direction", "type": "nominal", "legend": None,
                                      "scale": S.color_scale(["gain", "loss"], [S.BLUE, S.RED])},
                            "tooltip": [{"field": "scenario"}, {"field": "description"},
                                        {"field": "pnl_jpy_bn", "title": "P&L, JPY bn", "format": "+,.0f"},
                                        {"field": "pnl_usd_bn", "title": "P&L, USD bn", "format": "+,.1f"},
                                        {"field": "d10y_bp", "title": "10y move, bp"},
                                        {"field": "fx_pct", "title": "USD/JPY move, %", "format": "+.1f"}]}}]
    var = rep["var"]
    v99 = var[var["level"].round(3) == 0.99]
    extra = (f"1-week 99% VaR {float(v99['var_jpy_bn'].iloc[0]):,.0f} JPY bn" if len(v99) else "")
    as_text = str(port.get("label", ""))
    title = ("Risk snapshot: Japan's Treasury holdings under stress" if holdings is None else
             f"Risk snapshot: a {holdings:,.0f} USD bn Treasury portfolio under stress")
    newest = None
    try:
        newest = as_text.split("TIC ")[1].split(":")[0]
    except IndexError:
        pass
    hedged = f"{hedge_ratio:.0%} hedged" if hedge_ratio else "unhedged"
    sub = S.subtitle(f"JPY bn (yen-based holder, {hedged})", "US Treasury TIC holdings; FRED yields and USD/JPY",
                     newest, as_of, f"{as_text}. Duration {_num(port.get('duration'), 2)} years. {extra}")
    spec = S.spec(title, sub, {"stress": S.records(st[["scenario", "description", "pnl_jpy_bn", "pnl_usd_bn",
                                                       "d10y_bp", "fx_pct", "direction"]])},
                  {"layer": layers}, height=24 * max(len(st), 1))
    table = st[["scenario", "kind", "description", "d10y_bp", "fx_pct", "pnl_usd_bn", "pnl_jpy_bn"]].copy()
    table.attrs.update(var=var, portfolio=port, units={"d10y_bp": "bp", "fx_pct": "% change of USD/JPY",
                                                       "pnl_usd_bn": "USD bn", "pnl_jpy_bn": "JPY bn"})
    return Chart("risk", title, "JPY bn", "US Treasury TIC; FRED", ["tic.holdings.japan", "fred.dgs2", "fred.dgs10",
                                                                    "fred.dgs30", "fred.dexjpus"],
                 newest, as_of, spec, table=table,
                 notes=str(rep.get("meta", {}).get("units", "")), uses="ustflow.views.risk.risk_report")
