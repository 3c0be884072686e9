"""The charts: each reads the store through ``ustflow.api`` (every read passes ``as_of``) and returns a
``Chart``. Numbers are computed by the analytics/views where those exist; see each ``uses``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.charts import _spec as S
from ustflow.charts._data import _day, _default_start, _events, _holding_ids, _month_rows, _newest, _require, _slice
from ustflow.charts.base import Chart, ChartDef, Param
from ustflow.charts.markets import gauges_chart, hedged_chart, risk_chart, spread_chart, usdjpy_chart
from ustflow.charts.nowcast import (
    nowcast_backtest_chart,
    nowcast_chart,
    params as _nowcast_params,
)
from ustflow.charts.official import custody_chart, custody_tic_chart, japan_chart, japan_cumulative_chart, sectors_chart
from ustflow.charts.scenario import (
    params as _scenario_params,
    scenario_flows_chart,
    scenario_holdings_chart,
    scenario_impact_chart,
    scenario_inputs_chart,
)
from ustflow.errors import ChartParamError, NoDataError

if TYPE_CHECKING:

    from ustflow.store import Store

TIC_MFH = "US Treasury TIC, Major Foreign Holders of Treasury Securities (mfhhis01 + SLT Table 5)"
TIC_SLT3 = "US Treasury TIC, SLT Table 3"
MOF_WEEKLY = "Ministry of Finance Japan, International Transactions in Securities (weekly)"
MOF_INVESTOR = "Ministry of Finance Japan, International Transactions in Securities by investor type (monthly)"
FX_EVENTS = "MoF FX intervention operations (curated table of official figures)"
INSTRUMENT_LABEL = {"lt_debt": "long-term debt", "equity": "equity & fund shares", "st_debt": "short-term debt"}


# ------------------------------------------------------------------ holdings
def holdings_chart(store: "Store", as_of, *, start=None, end=None,
                   countries=("japan", "china_mainland", "united_kingdom"), events: str = "yes") -> Chart:
    """Holdings of US Treasuries by country since 2000 (TIC, USD bn), FX interventions marked."""
    import pandas as pd

    ids = [f"tic.holdings.{c}" for c in countries]
    names = _holding_ids(store)
    known = set(api.search("tic.holdings.", store=store)["id"])
    bad = [c for c, i in zip(countries, ids) if i not in known]
    if bad:
        raise ChartParamError(f"countries: no TIC holdings series for {', '.join(bad)}")
    from ustflow.views.holdings import series_breaks

    start = start or "2000-01-01"
    parts, brk_rows = [], []
    old = series_breaks(as_of, store)
    for c, sid in zip(countries, ids):
        s = _slice(api.series(sid, as_of=as_of, store=store), start, end).dropna()
        name = names.get(c, c)
        date, period = _month_rows(s)
        parts.append(pd.DataFrame({"date": date, "period": period, "country": name, "holdings_usd_bn": s.to_numpy()}))
        for p in old.index[old.index.isin(s.index)]:  # TIC series breaks: the old series' value of that month
            o = old[c].get(p) if c in old.columns else None
            brk_rows.append({"date": p.start_time.strftime("%Y-%m-%d"), "period": str(p), "country": name,
                             "new_usd_bn": float(s[p]), "old_usd_bn": o if o == o else None,
                             "note": old.attrs.get("notes", {}).get(str(p), "")})
    df = pd.concat(parts, ignore_index=True)
    brk = pd.DataFrame(brk_rows, columns=["date", "period", "country", "new_usd_bn", "old_usd_bn", "note"])
    if df.empty:
        raise NoDataError("no holdings data in the chosen dates / as-of date")
    newest = max(df["period"])
    ev = _events(store, as_of, start, end) if events == "yes" else _events(store, as_of).iloc[0:0]
    domain = list(dict.fromkeys(df["country"]))
    layers = [{
        "mark": {"type": "line", "strokeWidth": 2},
        "data": {"name": "holdings"},
        "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("holdings_usd_bn", "USD bn"),
                     "color": {"field": "country", "type": "nominal", "scale": S.country_scale(domain)},
                     "tooltip": [{"field": "country"}, {"field": "period"},
                                 {"field": "holdings_usd_bn", "title": "USD bn", "format": ",.1f"}]}}]
    if not ev.empty:
        layers.append({
            "mark": {"type": "rule", "strokeDash": [3, 3], "color": S.GREY, "opacity": 0.7},
            "data": {"name": "events"},
            "encoding": {"x": {"field": "date", "type": "temporal", "scale": {"type": "utc"}},
                         "tooltip": [{"field": "label", "title": "event"}, {"field": "date"},
                                     {"field": "amount_jpy_bn", "title": "JPY bn", "format": ",.1f"}]}})
    if not brk.empty:
        tip = [{"field": "country"}, {"field": "period", "title": "series break"},
               {"field": "new_usd_bn", "title": "new series, USD bn", "format": ",.1f"},
               {"field": "old_usd_bn", "title": "old series, USD bn", "format": ",.1f"}, {"field": "note"}]
        layers.append({"mark": {"type": "rule", "strokeDash": [1, 3], "color": S.RED, "opacity": 0.6},
                       "data": {"name": "breaks"},
                       "encoding": {"x": {"field": "date", "type": "temporal", "scale": {"type": "utc"}},
                                    "tooltip": tip}})
        layers.append({"mark": {"type": "point", "shape": "diamond", "filled": False, "size": 40},
                       "data": {"name": "breaks"}, "transform": [{"filter": "datum.old_usd_bn != null"}],
                       "encoding": {"x": {"field": "date", "type": "temporal", "scale": {"type": "utc"}},
                                    "y": {"field": "old_usd_bn", "type": "quantitative"},
                                    "color": {"field": "country", "type": "nominal", "scale": S.country_scale(domain)},
                                    "tooltip": tip}})
    unit = "USD bn (end of month, by custodian country)"
    title = "Foreign holdings of US Treasuries: " + ", ".join(domain)
    marks = (["Dashed lines: Japan's FX interventions"] if not ev.empty else []) + (
        ["red dotted lines: TIC series breaks (diamonds: the old series that month; changes across a break "
         "are taken like for like)"] if not brk.empty else [])
    sub = S.subtitle(unit, "US Treasury TIC (Major Foreign Holders)", newest, as_of, "; ".join(marks))
    spec = S.spec(title, sub, {"holdings": S.records(df), "events": S.records(ev), "breaks": S.records(brk)},
                  {"layer": layers})
    return Chart("holdings", title, "USD bn", TIC_MFH, ids, newest, as_of, spec, table=df,
                 notes="By custodian country: the UK, Belgium and Luxembourg hold others' bonds.",
                 uses="ustflow.api.series, ustflow.api.events")


# ------------------------------------------------------------------ MoF weekly flows
def weekly_flows_chart(store: "Store", as_of, *, start=None, end=None, instrument: str = "lt_debt",
                       window: int = 4, top: int = 3) -> Chart:
    """Japanese residents' weekly net purchases of foreign securities (MoF, JPY 100mn), the largest
    buying and selling windows of ``window`` weeks in the shown range highlighted, with their rank
    among every window since 2005 (issue 3's ``views.flows.flows`` and ``analytics.flows.top_episodes``)."""
    import pandas as pd

    from ustflow.analytics.flows import top_episodes
    from ustflow.views import flows as vf

    full = vf.flows(instrument, freq="week", window=window, as_of=as_of, store=store)
    sid = f"mof.weekly.assets.{instrument}.net"
    start = start or _default_start(full.index, 3)
    fl = _slice(full, start, end)
    fl = fl[fl["net_jpy_100mn"].notna()]
    _require(fl["net_jpy_100mn"], sid)
    # only windows lying wholly inside the shown range compete for the highlight
    sums = fl["window_jpy_100mn"].copy()
    sums.iloc[: window - 1] = float("nan")
    eps = []
    for side in ("sell", "buy"):
        for r in top_episodes(sums, window, side=side, top=top).itertuples():
            eps.append({"start": _day(r.first.start_time),
                        "end": _day(r.last.end_time.normalize() + pd.Timedelta(days=1)),
                        "side": "net selling" if side == "sell" else "net buying",
                        "label": f"{'S' if side == 'sell' else 'B'}{r.episode}",
                        "sum_jpy_100mn": r.value,
                        "rank_since_2005": int(fl.at[r.last, "rank_sell" if side == "sell" else "rank_buy"]),
                        "weeks": f"{_day(r.first.start_time)}..{_day(r.last.end_time)}"})
    ep = pd.DataFrame(eps, columns=["start", "end", "side", "label", "sum_jpy_100mn", "rank_since_2005", "weeks"])
    s = fl["net_jpy_100mn"]
    df = pd.DataFrame({"week_start": [_day(p.start_time) for p in s.index],
                       "week_end": [_day(p.end_time.normalize() + pd.Timedelta(days=1)) for p in s.index],
                       "period": [_day(p.end_time) for p in s.index],
                       "net_jpy_100mn": s.to_numpy(),
                       f"sum_{window}w_jpy_100mn": fl["window_jpy_100mn"].to_numpy(),
                       "rank_sell": fl["rank_sell"].astype("float64").to_numpy(),
                       "rank_buy": fl["rank_buy"].astype("float64").to_numpy()})
    df["direction"] = df["net_jpy_100mn"].map(lambda v: "net buying" if v >= 0 else "net selling")
    newest = _newest(s.index)
    side_scale = S.color_scale(["net buying", "net selling"], [S.BLUE, S.RED])
    layers = []
    if not ep.empty:
        layers += [
            {"mark": {"type": "rect", "opacity": 0.18},
             "data": {"name": "episodes"},
             "encoding": {"x": S.x_time("start", fmt="%Y-%m"), "x2": {"field": "end"},
                          "color": {"field": "side", "type": "nominal", "scale": side_scale, "legend": None},
                          "tooltip": [{"field": "label"}, {"field": "weeks"},
                                      {"field": "sum_jpy_100mn", "title": f"{window}-week sum, JPY 100mn",
                                       "format": ",.0f"},
                                      {"field": "rank_since_2005", "title": "rank among all windows since 2005"}]}},
            {"mark": {"type": "text", "dy": -4, "fontSize": 10, "fontWeight": "bold", "baseline": "bottom"},
             "data": {"name": "episodes"},
             "encoding": {"x": {"field": "start", "type": "temporal", "scale": {"type": "utc"}},
                          "y": {"value": 0}, "text": {"field": "label"},
                          "color": {"field": "side", "type": "nominal", "scale": side_scale, "legend": None}}},
        ]
    layers.append({
        "mark": {"type": "rect"},
        "data": {"name": "weekly"},
        "encoding": {"x": S.x_time("week_start", fmt="%Y-%m"), "x2": {"field": "week_end"},
                     "y": S.y_quant("net_jpy_100mn", "JPY 100mn (+ = net purchase)"), "y2": {"datum": 0},
                     "color": {"field": "direction", "type": "nominal", "scale": side_scale},
                     "tooltip": [{"field": "period", "title": "week ending"},
                                 {"field": "net_jpy_100mn", "title": "net, JPY 100mn", "format": ",.0f"},
                                 {"field": f"sum_{window}w_jpy_100mn", "title": f"{window}-week sum", "format": ",.0f"},
                                 {"field": "rank_sell", "title": "rank as a sale since 2005"},
                                 {"field": "rank_buy", "title": "rank as a purchase since 2005"}]}})
    title = f"Japanese residents' weekly net purchases of foreign {INSTRUMENT_LABEL[instrument]}"
    sub = S.subtitle("JPY 100mn, + = net purchase by residents", "MoF International Transactions in Securities",
                     newest, as_of, f"Shaded: the {top} largest {window}-week selling (S) and buying (B) windows "
                     "shown, with their rank since 2005 in the tooltip")
    spec = S.spec(title, sub, {"weekly": S.records(df), "episodes": S.records(ep)}, {"layer": layers})
    table = df.drop(columns=["week_start", "week_end", "direction"]).rename(columns={"period": "week_ending"})
    return Chart("weekly_flows", title, "JPY 100mn", MOF_WEEKLY, list(full.attrs.get("series", [sid])), newest, as_of, spec, table=table,
                 notes="Weeks run Sunday..Saturday. From January 2014 investment funds moved from long-term "
                       "debt to equity (level break).",
                 uses="ustflow.views.flows.flows; ustflow.analytics.flows.top_episodes")


# ------------------------------------------------------------------ MoF monthly by investor
INVESTOR_GROUPS = [  # a partition of "all investors" (checked: the parts sum to it, +-1 for rounding)
    ("banks", "Banks (banking accounts)"),
    ("trust_banks", "Trust banks (banking accounts)"),
    ("trust_accounts", "Trust accounts (pension proxy)"),
    ("life_insurers", "Life insurers"),
    ("investment_trusts", "Investment trusts"),
    ("financial_instruments_firms", "Financial instruments firms"),
]


def investor_flows_chart(store: "Store", as_of, *, start=None, end=None, instrument: str = "lt_debt",
                         investors: tuple[str, ...] = tuple(g for g, _ in INVESTOR_GROUPS)) -> Chart:
    """Monthly net purchases of foreign securities by Japanese investor type (MoF, JPY 100mn).

    ``investors`` picks the types drawn on their own; the rest of "all investors" is one "Other
    investors" bar (so the stack always adds up to MoF's total)."""
    import pandas as pd

    groups = [(g, lab) for g, lab in INVESTOR_GROUPS if g in investors]
    ids = [f"mof.monthly.{instrument}.{g}.net" for g, _ in groups] + [f"mof.monthly.{instrument}.all.net"]
    wide = api.frame(ids, as_of=as_of, store=store)
    if wide.empty:
        raise NoDataError(f"no MoF investor-type data for {instrument}")
    start = start or _default_start(wide.index, 3)
    wide = _slice(wide, start, end)
    total = wide[ids[-1]]
    wide = wide[total.notna()]
    total = total[total.notna()]
    _require(total, ids[-1])
    parts = wide[ids[:-1]].fillna(0.0)
    other = total - parts.sum(axis=1)
    other_label = "Others (incl. public sector)" if len(groups) == len(INVESTOR_GROUPS) else "Other investors"
    date, period = _month_rows(total)
    rows = []
    for (_g, label), sid in zip(groups, ids):
        rows.append(pd.DataFrame({"date": date, "period": period, "investor": label, "net_jpy_100mn": parts[sid].to_numpy()}))
    rows.append(pd.DataFrame({"date": date, "period": period, "investor": other_label,
                              "net_jpy_100mn": other.to_numpy()}))
    df = pd.concat(rows, ignore_index=True)
    tot = pd.DataFrame({"date": date, "period": period, "net_jpy_100mn": total.to_numpy()})
    newest = period[-1]
    domain = [lab for _, lab in groups] + [other_label]
    layers = [
        {"mark": {"type": "bar"},
         "data": {"name": "investors"},
         "encoding": {"x": {"field": "date", "type": "temporal", "timeUnit": "utcyearmonth", "scale": {"type": "utc"},
                            "axis": {"title": None, "format": "%Y-%m", "labelOverlap": True}},
                      "y": {"field": "net_jpy_100mn", "type": "quantitative", "aggregate": "sum",
                            "axis": {"title": "JPY 100mn (+ = net purchase)"}},
                      "color": {"field": "investor", "type": "nominal", "scale": S.color_scale(domain)},
                      "tooltip": [{"field": "period"}, {"field": "investor"},
                                  {"field": "net_jpy_100mn", "aggregate": "sum", "title": "JPY 100mn", "format": ",.0f"}]}},
        {"mark": {"type": "line", "point": True, "color": "black", "strokeWidth": 1.5},
         "data": {"name": "total"},
         "encoding": {"x": {"field": "date", "type": "temporal", "timeUnit": "utcyearmonth", "scale": {"type": "utc"},
                            "bandPosition": 0.5},
                      "y": {"field": "net_jpy_100mn", "type": "quantitative"},
                      "tooltip": [{"field": "period"}, {"field": "net_jpy_100mn", "title": "all investors, JPY 100mn",
                                                        "format": ",.0f"}]}},
    ]
    title = f"Japanese investors' monthly net purchases of foreign {INSTRUMENT_LABEL[instrument]}, by investor type"
    sub = S.subtitle("JPY 100mn, + = net purchase", "MoF International Transactions in Securities by investor type",
                     newest, as_of, "Black line: all investors")
    spec = S.spec(title, sub, {"investors": S.records(df), "total": S.records(tot)}, {"layer": layers})
    table = wide[ids].copy()
    table.columns = [lab for _, lab in groups] + ["All investors"]
    table.insert(len(groups), other_label, other)
    table.insert(0, "period", period)
    return Chart("investor_flows", title, "JPY 100mn", MOF_INVESTOR, ids, newest, as_of, spec,
                 table=table.reset_index(drop=True), notes="Trust accounts of banks and trust banks are the usual "
                 "proxy for pension funds (GPIF and others).", uses="ustflow.api.frame")


# ------------------------------------------------------------------ selling vs valuation (TIC)
def valuation_chart(store: "Store", as_of, *, start=None, end=None, country: str = "japan") -> Chart:
    """Monthly change in a country's Treasury holdings split into net purchases, valuation change and
    other (USD bn): was a fall in holdings selling, or prices? Issue 3's ``views.holdings.decompose``:
    SLT Table 3 as reported from 2023-02; before, an estimate (Form S, duration x yield change)."""
    import pandas as pd

    from ustflow.views import holdings as vh

    known = set(api.search(f"tic.slt.{country}.", store=store)["id"]) | set(
        api.search(f"tic.holdings.{country}", store=store)["id"])
    if not any(i.split(".")[2] == country for i in known):
        raise ChartParamError(f"country: no TIC Treasury holdings series for {country!r}")
    dec = vh.decompose(country, as_of=as_of, store=store)
    dec = dec.dropna(subset=["net_purchases_usd_bn", "valuation_usd_bn", "change_usd_bn"])
    dec = _slice(dec, start or "2023-02-01", end)
    if dec.empty:
        raise NoDataError(f"no net purchase / valuation data for {country} in the chosen dates")
    date, period = _month_rows(dec)
    basis = dec["valuation_basis"].astype(str).to_numpy()
    labels = {"net_purchases_usd_bn": "Net purchases", "valuation_usd_bn": "Valuation change",
              "other_usd_bn": "Other"}
    long = pd.concat([pd.DataFrame({"date": date, "period": period, "component": lab, "usd_bn": dec[c].to_numpy(),
                                    "basis": basis})
                      for c, lab in labels.items()], ignore_index=True)
    chg = pd.DataFrame({"date": date, "period": period, "usd_bn": dec["change_usd_bn"].to_numpy(),
                        "holdings_usd_bn": dec["holdings_usd_bn"].to_numpy(), "basis": basis})
    newest = period[-1]
    name = _holding_ids(store).get(country, country.replace("_", " ").title())
    x = {"field": "date", "type": "temporal", "timeUnit": "utcyearmonth", "scale": {"type": "utc"},
         "axis": {"title": None, "format": "%Y-%m", "labelOverlap": True}}
    layers = [
        {"mark": "bar", "data": {"name": "components"},
         "encoding": {"x": x, "y": {"field": "usd_bn", "type": "quantitative", "aggregate": "sum",
                                    "axis": {"title": "USD bn"}},
                      "color": {"field": "component", "type": "nominal",
                                "scale": S.color_scale(list(labels.values()), [S.BLUE, S.ORANGE, S.GREY])},
                      "tooltip": [{"field": "period"}, {"field": "component"},
                                  {"field": "usd_bn", "aggregate": "sum", "title": "USD bn", "format": ",.1f"},
                                  {"field": "basis", "aggregate": "min", "title": "valuation basis"}]}},
        {"mark": {"type": "point", "shape": "diamond", "filled": True, "color": "black", "size": 40},
         "data": {"name": "change"},
         "encoding": {"x": dict(x, bandPosition=0.5), "y": {"field": "usd_bn", "type": "quantitative"},
                      "tooltip": [{"field": "period"}, {"field": "usd_bn", "title": "change in holdings, USD bn",
                                                        "format": ",.1f"},
                                  {"field": "holdings_usd_bn", "title": "holdings, USD bn", "format": ",.1f"}]}},
    ]
    estimated = int((~dec["valuation_basis"].astype(str).str.startswith("reported")).sum())
    title = f"{name}: change in US Treasury holdings, net purchases vs valuation"
    sub = S.subtitle("USD bn per month", "US Treasury TIC (SLT Table 3; Form S and estimates before 2023-02)", newest,
                     as_of, "Diamonds: change in holdings = net purchases + valuation change + other"
                     + (f"; {estimated} months with estimated valuation" if estimated else ""))
    spec = S.spec(title, sub, {"components": S.records(long), "change": S.records(chg)}, {"layer": layers})
    table = dec.reset_index()
    table["period"] = period
    ids = [f"tic.slt.{country}.{k}" for k in ("treasury_pos", "treasury_net", "lt_treasury_valchg")]
    return Chart("valuation", title, "USD bn", TIC_SLT3, ids, newest, as_of, spec, table=table,
                 notes="Net purchases = net US sales to foreigners (+ = holdings bought). Reported split from 2023-02.",
                 uses="ustflow.views.holdings.decompose")


# ------------------------------------------------------------------ holders table
def holders_chart(store: "Store", as_of, *, start=None, end=None, n: int = 15) -> Chart:
    """Top foreign holders of US Treasuries at the newest month (or the month of ``end``), custodial
    centres marked (issue 3's ``views.holdings.holders``)."""
    from ustflow.views import holdings as vh
    from ustflow.vocab import CUSTODIAL_CENTRES

    tab = vh.holders(end[:7] if end else None, top=n, as_of=as_of, store=store)
    tab = tab[~tab["memo"].astype(bool)].copy()
    period = tab.attrs["month"]
    tab["custodial_centre"] = tab["id"].isin(CUSTODIAL_CENTRES)
    tab["kind"] = tab["custodial_centre"].map({True: "custodial centre (holds for others)", False: "country"})
    sort = {"field": "rank", "op": "min", "order": "ascending"}
    layers = [{"mark": "bar", "data": {"name": "holders"},
               "encoding": {"y": {"field": "country", "type": "nominal", "axis": {"title": None}, "sort": sort},
                            "x": {"field": "holdings_usd_bn", "type": "quantitative", "axis": {"title": "USD bn"}},
                            "color": {"field": "kind", "type": "nominal",
                                      "scale": S.color_scale(["country", "custodial centre (holds for others)"],
                                                             [S.BLUE, S.GREY])},
                            "tooltip": [{"field": "rank"}, {"field": "country"},
                                        {"field": "holdings_usd_bn", "title": "USD bn", "format": ",.1f"},
                                        {"field": "share_pct", "title": "% of foreign total", "format": ".1f"},
                                        {"field": "change_1m_usd_bn", "title": "1-month change", "format": "+,.1f"},
                                        {"field": "change_12m_usd_bn", "title": "12-month change", "format": "+,.1f"},
                                        {"field": "peak_month", "title": "peak month"}]}},
              {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 10}, "data": {"name": "holders"},
               "encoding": {"y": {"field": "country", "type": "nominal", "sort": sort},
                            "x": {"field": "holdings_usd_bn", "type": "quantitative"},
                            "text": {"field": "holdings_usd_bn", "format": ",.0f"}}}]
    total = tab.attrs.get("grand_total_usd_bn")
    title = f"Largest foreign holders of US Treasuries, {period}"
    sub = S.subtitle("USD bn (by custodian country)", "US Treasury TIC (Major Foreign Holders)", period, as_of,
                     f"Foreign total {total:,.1f} USD bn" if total else "")
    spec = S.spec(title, sub, {"holders": S.records(tab.drop(columns=["memo"]))}, {"layer": layers},
                  height=max(200, 22 * len(tab)))
    table = tab.drop(columns=["kind", "memo"])
    table.attrs.update(tab.attrs)
    return Chart("holders", title, "USD bn", TIC_MFH, [f"tic.holdings.{i}" for i in tab["id"]] + ["tic.holdings.grand_total"],
                 period, as_of, spec, table=table, uses="ustflow.views.holdings.holders")


# ------------------------------------------------------------------ any series
def series_chart(store: "Store", as_of, *, series_id: str, start=None, end=None) -> Chart:
    """A plain line chart of one stored series (``ustflow chart SERIES_ID``)."""
    import pandas as pd

    s = _slice(api.series(series_id, as_of=as_of, store=store), start, end).dropna()
    _require(s, series_id)
    if isinstance(s.index, pd.PeriodIndex):
        dates = [_day(p.start_time) if p.freqstr.startswith("M") else _day(p.end_time) for p in s.index]
    else:
        dates = [_day(d) for d in s.index]
    df = pd.DataFrame({"date": dates, "value": s.to_numpy()})
    unit, newest = s.attrs.get("unit") or "", _newest(s.index)
    mark = "bar" if s.attrs.get("frequency") in ("W", "M") and (s < 0).any() else "line"
    layer = [{"mark": {"type": mark, "strokeWidth": 1.5} if mark == "line" else {"type": mark},
              "data": {"name": "series"},
              "encoding": {"x": S.x_time(fmt="%Y"), "y": S.y_quant("value", unit),
                           "tooltip": [{"field": "date"}, {"field": "value", "title": unit, "format": ",.4~f"}]}}]
    title = f"{s.attrs.get('title') or series_id}"
    sub = S.subtitle(unit, f"{s.attrs.get('source')} ({series_id})", newest, as_of)
    spec = S.spec(title, sub, {"series": S.records(df)}, {"layer": layer})
    return Chart(series_id, title, unit, str(s.attrs.get("source")), [series_id], newest, as_of, spec, table=df,
                 uses="ustflow.api.series")


# ------------------------------------------------------------------ the catalog
_SCENARIO = _scenario_params()
_INSTR = Param("instrument", "choice", "lt_debt", "MoF instrument", choices=("lt_debt", "equity", "st_debt"))
_TENOR = Param("tenor", "choice", "10", "Tenor in years", choices=("2", "10", "30"))

CHARTS: dict[str, ChartDef] = {d.id: d for d in [
    ChartDef("holdings", "Holdings of Japan, China and the UK since 2000", "holdings", holdings_chart,
             (Param("countries", "list", ("japan", "china_mainland", "united_kingdom"),
                    "Comma-separated TIC country slugs (tic.holdings.<slug>)", hi=8),
              Param("events", "choice", "yes", "Mark FX interventions", choices=("yes", "no")))),
    ChartDef("weekly_flows", "MoF weekly flows with the largest windows highlighted", "flows", weekly_flows_chart,
             (_INSTR, Param("window", "int", 4, "Window length in weeks", lo=1, hi=52),
              Param("top", "int", 3, "Windows highlighted per side", lo=0, hi=10))),
    ChartDef("investor_flows", "Monthly flows by investor type", "flows", investor_flows_chart,
             (_INSTR, Param("investors", "list", tuple(g for g, _ in INVESTOR_GROUPS),
                            "Investor types drawn on their own (the rest is one bar)",
                            choices=tuple(g for g, _ in INVESTOR_GROUPS), hi=len(INVESTOR_GROUPS)))),
    ChartDef("valuation", "Selling versus valuation", "holdings", valuation_chart,
             (Param("country", "slug", "japan", "TIC country slug (tic.slt.<slug>.* / tic.holdings.<slug>)"),)),
    ChartDef("hedged_yields", "Hedged UST versus JGB yields", "drivers", hedged_chart, (_TENOR,)),
    ChartDef("usdjpy", "USD/JPY with interventions", "drivers", usdjpy_chart),
    ChartDef("spread_usdjpy", "UST-JGB spread and USD/JPY", "drivers", spread_chart, (_TENOR,)),
    ChartDef("holders", "Largest foreign holders", "holdings", holders_chart,
             (Param("n", "int", 15, "How many holders", lo=3, hi=40),)),
    ChartDef("risk", "Risk snapshot: stress scenarios", "risk", risk_chart,
             (Param("holdings", "float", None, "Holdings, USD bn (default: Japan's, TIC)", lo=1, hi=50_000),
              Param("duration", "float", None, "Modified duration, years (default: fitted to SLT)", lo=0.1, hi=30),
              Param("hedge_ratio", "float", 0.0, "Share of the dollar exposure hedged into yen, 0 to 1", lo=0, hi=1))),
    ChartDef("gauges", "Where yields, the yen and flows stand", "risk", gauges_chart,
             (Param("years", "int", 5, "Lookback for percentiles, years", lo=1, hi=20),)),
    ChartDef("custody", "Foreign official custody at the New York Fed, weekly", "custody", custody_chart,
             (Param("top", "int", 5, "Largest 4-week falls marked", lo=0, hi=20),)),
    ChartDef("custody_tic", "Custody at the New York Fed vs TIC foreign official", "custody", custody_tic_chart),
    ChartDef("japan_flows", "Japan: BoP, MoF and TIC net purchases, monthly", "japan", japan_chart),
    ChartDef("japan_cumulative", "Japan: BoP, MoF and TIC net purchases, cumulative", "japan",
             japan_cumulative_chart),
    ChartDef("sectors", "Japanese sectors' foreign securities (Flow of Funds)", "japan", sectors_chart,
             (Param("sectors", "list", ("life_insurance", "domestically_licensed_banks",
                                        "financial_institutions_for_agriculture_forestry_and_fisheries",
                                        "pension_funds", "securities_investment_trusts", "public_pensions"),
                    "Comma-separated sector keys or BoJ codes (ustflow sectors --all)", hi=8),)),
    ChartDef("scenario_flows", "Scenario: flows by investor type, with bands", "scenario", scenario_flows_chart,
             _SCENARIO + (Param("unit", "choice", "jpy_100mn", "Flow unit", choices=("jpy_100mn", "usd_bn")),)),
    ChartDef("scenario_holdings", "Scenario: Japan's implied Treasury holdings", "scenario", scenario_holdings_chart,
             _SCENARIO),
    ChartDef("scenario_impact", "Scenario: yield impact (bp)", "scenario", scenario_impact_chart, _SCENARIO),
    ChartDef("scenario_inputs", "Scenario: input paths (rates, USD/JPY)", "scenario", scenario_inputs_chart, _SCENARIO),
    ChartDef("nowcast", "Nowcast of the next TIC releases, with 80% intervals", "nowcast", nowcast_chart,
             _nowcast_params()),
    ChartDef("nowcast_backtest", "Nowcast backtest: errors against no change", "nowcast", nowcast_backtest_chart,
             _nowcast_params() + (Param("horizon", "int", 1, "Months ahead (1 or 2)", lo=1, hi=2),)),
]}
SERIES_DEF = ChartDef("series", "One series", "overview", series_chart)
