"""Scenario charts: a preset's monthly paths with their bands (issue 9's ``ustflow scenario run``).

Four charts share the parameters ``preset``, ``months`` and ``seed`` (``start``/``end`` trim the
months shown): flows by investor type, Japan's implied Treasury holdings, the yield impact and the
input paths. Numbers come from :func:`ustflow.views.scenario_page.scenario_paths` (``run_scenario``
with ``WEB_SIMS`` simulations and the model fitted once per store version)::

    ustflow chart scenario_holdings -p preset=carry-unwind -p months=24 --out holdings.png
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.charts import _spec as S
from ustflow.charts.base import Chart, Param
from ustflow.errors import NoDataError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

INVESTOR_LABELS = {"all": "All investors", "banks": "Banks", "life_insurers": "Life insurers",
                   "trust_accounts": "Trust accounts (pension proxy)", "investment_trusts": "Investment trusts"}
INPUT_LABELS = {"ust_10y_pct": "UST 10y", "jgb_10y_pct": "JGB 10y", "usd_short_pct": "USD 3m rate (T-bill)",
                "jpy_short_pct": "JPY 3m rate (OECD interbank)"}


def _presets() -> tuple[str, ...]:
    from ustflow.views.scenario_page import preset_names

    return preset_names()


def params() -> tuple[Param, ...]:
    from ustflow.views.scenario_page import MAX_MONTHS, MAX_SEED

    return (Param("preset", "choice", "status-quo", "Scenario preset (ustflow scenario list)", choices=_presets()),
            Param("months", "int", 12, "Months simulated", lo=1, hi=MAX_MONTHS),
            Param("seed", "int", 0, "Random seed of the simulations", lo=0, hi=MAX_SEED))


def _run(store, as_of, preset, months, seed, start, end) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """(all paths, with ``date`` and ``period`` strings and a band flag; the rows within start..end)."""
    import pandas as pd

    from ustflow.views.scenario_page import scenario_paths

    df = scenario_paths(preset, months=months, seed=seed, store=store, as_of=as_of).copy()
    df.attrs = dict(df.attrs)
    df["date"] = df["period"].astype(str) + "-01"
    df["period"] = df["period"].astype(str)
    keep = pd.Series(True, index=df.index)
    if start:
        keep &= df["date"] >= start[:7] + "-01"
    if end:
        keep &= df["date"] <= end
    shown = df[keep]
    if shown.empty:
        raise NoDataError(f"no scenario months in the chosen dates ({df['period'].min()}..{df['period'].max()})")
    return df, shown


def _notes(df: "pd.DataFrame") -> str:
    a = df.attrs
    lines = [f"Bands: {a['level']:.0%} of {a['n_sims']} simulations (seed {a['seed']}); month 0 = last observed "
             f"state ({a.get('last_flow_month')})."]
    lines += [f"Warning: {w}" for w in a.get("warnings", [])]
    return " ".join(lines)


def _meta(df: "pd.DataFrame", shown: "pd.DataFrame") -> tuple[str, str]:
    return str(shown["period"].max()), str(df.attrs.get("title", ""))


def _band_layers(data: str, y_title: str, color: dict | None, tooltip_title: str, fmt: str,
                 zero: bool = True) -> list[dict]:
    x = S.x_time(fmt="%Y-%m")
    enc_c = {"color": color} if color else {}
    line_color = {} if color else {"color": S.BLUE}
    return [
        {"mark": {"type": "area", "opacity": 0.15, **({} if color else {"color": S.BLUE})}, "data": {"name": data},
         "encoding": {"x": x, "y": {"field": "lower", "type": "quantitative"}, "y2": {"field": "upper"}, **enc_c}},
        {"mark": {"type": "line", "strokeWidth": 2, "point": True, **line_color}, "data": {"name": data},
         "encoding": {"x": x, "y": S.y_quant("value", y_title, scale={"zero": zero}), **enc_c,
                      "tooltip": [{"field": "period"}, {"field": "label"},
                                  {"field": "value", "title": tooltip_title, "format": fmt},
                                  {"field": "lower", "title": "band low", "format": fmt},
                                  {"field": "upper", "title": "band high", "format": fmt}]}},
    ]


def _records(rows: "pd.DataFrame", label) -> list[dict]:
    out = rows[["date", "period", "month", "variable", "investor", "value", "lower", "upper"]].copy()
    out["label"] = [label(r) for r in out.itertuples()]
    return S.records(out)


def _table(rows: "pd.DataFrame") -> "pd.DataFrame":
    return rows[["period", "month", "group", "variable", "investor", "value", "lower", "upper", "unit"]].reset_index(drop=True)


# ------------------------------------------------------------------ flows by investor
def scenario_flows_chart(store: "Store", as_of, *, start=None, end=None, preset: str = "status-quo", months: int = 12,
                         seed: int = 0, unit: str = "jpy_100mn") -> Chart:
    """Monthly net purchases of foreign long-term debt by Japanese investor type under a preset, with bands
    (JPY 100mn or USD bn at the scenario's USD/JPY)."""
    df, shown = _run(store, as_of, preset, months, seed, start, end)
    var = "net_jpy_100mn" if unit == "jpy_100mn" else "net_usd_bn"
    rows = shown[shown["variable"] == var]
    u = df.attrs["units"][var]
    domain = [INVESTOR_LABELS.get(i, i) for i in dict.fromkeys(rows["investor"])]
    color = {"field": "label", "type": "nominal", "scale": S.color_scale(domain)}
    layers = _band_layers("paths", "JPY 100mn per month (+ = net purchase)" if unit == "jpy_100mn" else "USD bn per month",
                          color, "JPY 100mn" if unit == "jpy_100mn" else "USD bn", ",.0f" if unit == "jpy_100mn" else ",.1f")
    layers.append({"mark": {"type": "rule", "color": S.GREY}, "data": {"values": [{"y": 0}]},
                   "encoding": {"y": {"field": "y", "type": "quantitative"}}})
    newest, stitle = _meta(df, shown)
    title = f"Scenario {preset}: net purchases of foreign bonds by Japanese investor type"
    sub = S.subtitle(u, "scenario model on MoF monthly flows by investor type", newest, as_of, stitle)
    spec = S.spec(title, sub, {"paths": _records(rows, lambda r: INVESTOR_LABELS.get(r.investor, r.investor))},
                  {"layer": layers})
    ids = [f"mof.monthly.lt_debt.{i}.net" for i in INVESTOR_LABELS]
    return Chart("scenario_flows", title, "JPY 100mn" if unit == "jpy_100mn" else "USD bn", df.attrs["sources"], ids,
                 newest, as_of, spec, table=_table(rows), notes=_notes(df),
                 uses="ustflow.views.scenario_page.scenario_paths (ustflow.views.scenario.run_scenario)")


# ------------------------------------------------------------------ holdings
def scenario_holdings_chart(store: "Store", as_of, *, start=None, end=None, preset: str = "status-quo",
                            months: int = 12, seed: int = 0) -> Chart:
    """Japan's implied holdings of US Treasuries under a preset (USD bn, band), after the last two years of
    TIC Major Foreign Holders."""
    import pandas as pd

    df, shown = _run(store, as_of, preset, months, seed, start, end)
    rows = shown[shown["variable"] == "holdings_usd_bn"]
    hist = api.series("tic.holdings.japan", as_of=as_of, store=store).dropna()
    first = pd.Period(df["period"].min(), "M")
    hist = hist[(hist.index < first) & (hist.index >= first - 24)]
    if start:
        hist = hist[hist.index.end_time >= pd.Timestamp(start)]
    h = pd.DataFrame({"date": [p.strftime("%Y-%m-01") for p in hist.index], "period": [str(p) for p in hist.index],
                      "value": hist.to_numpy(), "label": "TIC, reported"})
    x = S.x_time(fmt="%Y-%m")
    layers = _band_layers("paths", "USD bn", None, "USD bn", ",.1f", zero=False)
    layers.insert(0, {"mark": {"type": "line", "strokeWidth": 2, "color": S.GREY, "point": {"color": S.GREY}},
                      "data": {"name": "history"},
                      "encoding": {"x": x, "y": {"field": "value", "type": "quantitative"},
                                   "tooltip": [{"field": "period"}, {"field": "label"},
                                               {"field": "value", "title": "USD bn", "format": ",.1f"}]}})
    newest, stitle = _meta(df, shown)
    title = f"Scenario {preset}: Japan's implied holdings of US Treasuries"
    sub = S.subtitle(df.attrs["units"]["holdings_usd_bn"], "scenario model; US Treasury TIC (Major Foreign Holders)",
                     newest, as_of, f"Grey: TIC as reported; blue: the scenario with its band. {stitle}")
    spec = S.spec(title, sub, {"paths": _records(rows, lambda r: "scenario"), "history": S.records(h)},
                  {"layer": layers})
    return Chart("scenario_holdings", title, "USD bn", df.attrs["sources"], ["tic.holdings.japan"], newest, as_of,
                 spec, table=_table(rows), notes=_notes(df) + f" Holdings start from TIC {df.attrs['holdings_month']}.",
                 uses="ustflow.views.scenario_page.scenario_paths; ustflow.api.series")


# ------------------------------------------------------------------ yield impact
def scenario_impact_chart(store: "Store", as_of, *, start=None, end=None, preset: str = "status-quo",
                          months: int = 12, seed: int = 0) -> Chart:
    """The change in US Treasury yields implied by Japan's net Treasury sales under a preset (bp, band):
    short run from the month's flow, persistent from the cumulative flow (published estimates)."""
    df, shown = _run(store, as_of, preset, months, seed, start, end)
    labels = {"yield_impact_short_run_bp": "short run (this month's flow)",
              "yield_impact_persistent_bp": "persistent (cumulative flow)"}
    rows = shown[shown["variable"].isin(list(labels))]
    color = {"field": "label", "type": "nominal", "scale": S.color_scale(list(labels.values()), [S.ORANGE, S.RED])}
    layers = _band_layers("paths", "bp of Treasury yields (+ = higher)", color, "bp", ",.2f")
    layers.append({"mark": {"type": "rule", "color": S.GREY}, "data": {"values": [{"y": 0}]},
                   "encoding": {"y": {"field": "y", "type": "quantitative"}}})
    newest, stitle = _meta(df, shown)
    title = f"Scenario {preset}: yield impact of Japan's Treasury flows"
    cites = "; ".join(dict.fromkeys(f"{c.get('estimate')} ({c.get('horizon')})" if isinstance(c, dict) else str(c)
                                    for c in df.attrs.get("citations") or []))
    sub = S.subtitle("bp of US Treasury yields (+ = higher)", "scenario model; published yield-impact estimates",
                     newest, as_of, stitle)
    spec = S.spec(title, sub, {"paths": _records(rows, lambda r: labels[r.variable])}, {"layer": layers})
    return Chart("scenario_impact", title, "bp", df.attrs["sources"], ["tic.holdings.japan"], newest, as_of, spec,
                 table=_table(rows), notes=_notes(df) + (f" Estimates: {cites}." if cites else ""),
                 uses="ustflow.views.scenario_page.scenario_paths (ustflow.analytics.impact)")


# ------------------------------------------------------------------ inputs
def scenario_inputs_chart(store: "Store", as_of, *, start=None, end=None, preset: str = "status-quo",
                          months: int = 12, seed: int = 0) -> Chart:
    """The preset's input paths: US and Japanese 10-year yields and short rates (percent, left axis) and
    USD/JPY (JPY per USD, right axis); month 0 is the latest monthly average."""
    df, shown = _run(store, as_of, preset, months, seed, start, end)
    rates = shown[shown["variable"].isin(list(INPUT_LABELS))]
    fx = shown[shown["variable"] == "usdjpy"]
    x = S.x_time(fmt="%Y-%m")
    domain = list(INPUT_LABELS.values())
    layers = [
        {"mark": {"type": "line", "strokeWidth": 2, "point": True}, "data": {"name": "paths"},
         "encoding": {"x": x, "y": S.y_quant("value", "percent"),
                      "color": {"field": "label", "type": "nominal", "scale": S.color_scale(domain)},
                      "tooltip": [{"field": "period"}, {"field": "label"},
                                  {"field": "value", "title": "percent", "format": ".3f"}]}},
        {"mark": {"type": "line", "strokeWidth": 2, "strokeDash": [5, 3], "color": "black"}, "data": {"name": "usdjpy"},
         "encoding": {"x": x, "y": S.y_quant("value", "USD/JPY, JPY per USD (dashed)", scale={"zero": False}),
                      "tooltip": [{"field": "period"}, {"field": "value", "title": "USD/JPY", "format": ".2f"}]}},
    ]
    newest, stitle = _meta(df, shown)
    title = f"Scenario {preset}: input paths (yields, short rates, USD/JPY)"
    sub = S.subtitle("percent (monthly averages); USD/JPY in JPY per USD", "FRED DGS10, DTB3/TB3MS, DEXJPUS; OECD JPY 3m; MoF JGB yields",
                     newest, as_of, stitle)
    spec = S.spec(title, sub, {"paths": _records(rates, lambda r: INPUT_LABELS[r.variable]),
                               "usdjpy": _records(fx, lambda r: "USD/JPY")},
                  {"layer": layers, "resolve": {"scale": {"y": "independent"}}})
    rows = shown[shown["variable"].isin(list(INPUT_LABELS) + ["usdjpy"])]
    ids = ["fred.dgs10", "jgb.10y", "fred.sofr", "jgb.1y", "fred.dexjpus"]
    return Chart("scenario_inputs", title, "percent; JPY per USD", df.attrs["sources"], ids, newest, as_of, spec,
                 table=_table(rows), notes=_notes(df), uses="ustflow.views.scenario_page.scenario_paths")
