"""The report: one self-contained HTML file to send after each release.

It opens with no network: the chart library (Vega, Vega-Lite, vega-embed) is embedded once, each
chart's data sits beside it as JSON, and a Content-Security-Policy in the page forbids every fetch.

    from ustflow.report import build_report
    rep = build_report(store=store, as_of="2025-06-30")
    rep.write("report.html"); rep.charts["holdings"].newest   # '2025-04'

``as_of`` reproduces the report as it would have looked on that date: every chart and the brief
read the store as of then (``ustflow.store`` explains how vintages are dated).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ustflow.charts import Chart
    from ustflow.store import Store

# The charts of the report, in reading order.
REPORT_CHARTS = ["holdings", "weekly_flows", "investor_flows", "valuation", "custody", "japan_flows", "sectors",
                 "hedged_yields", "usdjpy", "spread_usdjpy", "holders", "nowcast", "risk", "gauges"]

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"


@dataclass
class Report:
    html: str
    as_of: str | None
    charts: dict[str, "Chart"] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    stale: list[dict] = field(default_factory=list)

    def write(self, out: str | Path) -> Path:
        from ustflow.atomic import atomic_write

        return atomic_write(out, self.html)


def _sources_table(store, as_of):
    import pandas as pd

    from ustflow import api

    src = api.sources(today=pd.Timestamp(as_of).date() if as_of else None, store=store)
    return src[["source", "status", "newest_period", "release_date", "unit", "publisher"]].fillna("")


def _nowcast_table(store, as_of) -> dict:
    """Japan's nowcast of the next TIC releases with its backtest verdict (``ustflow nowcast``)."""
    from ustflow.views.nowcast import nowcast

    nc = nowcast(country="japan", as_of=as_of, store=store, record=False)
    df = nc.estimates.drop(columns=["spec", "inputs", "interval_basis"])
    return {"id": "nowcast", "title": f"Nowcast of the next TIC releases, {nc.name} [USD bn, market value]",
            "caption": f"low/high: 80% interval from past out-of-sample errors. {nc.verdict} {nc.notes[0]}",
            "df": df, "units": {c: "USD bn" for c in df.columns if c.endswith("_usd_bn")},
            "digits": {c: 1 for c in df.columns if c.endswith("_usd_bn")}}


def build_report(*, store: "Store | str | None" = None, as_of=None, charts: list[str] | None = None) -> Report:
    """Build the report HTML. A chart that cannot be drawn (no data at ``as_of``) is listed, not fatal."""
    from ustflow.store import as_store, reading

    with reading():  # one DuckDB connection for the build's ~210 reads (~25 ms of CPU each to open)
        return _build(store=as_store(store), as_of=as_of, charts=charts)


def _build(*, store: "Store", as_of, charts: list[str] | None) -> Report:
    from ustflow import __version__, api, cache, charts as ch
    from ustflow.charts import render
    from ustflow.errors import UstflowError
    from ustflow.report import html
    from ustflow.store.reader import as_of_ledger, describe_vintages

    as_of = ch.param_date("as_of", as_of) if as_of else None
    built: dict[str, Chart] = {}
    failures: dict[str, str] = {}
    with as_of_ledger() as read_log:  # which kind of vintage every as-of read used, for the header
        for cid in charts or REPORT_CHARTS:
            try:
                built[cid] = ch.build(cid, store=store, as_of=as_of)
            except UstflowError as e:
                failures[cid] = str(e)
        brief = api.brief(as_of=as_of, store=store)
    tables = []
    if "holders" in built:
        t = built["holders"].table
        tables.append({"id": "holders", "title": f"Holders table, {built['holders'].newest}",
                       "caption": "Largest foreign holders of US Treasuries (TIC Major Foreign Holders, by custodian "
                                  "country); share of the foreign total.",
                       "df": t.drop(columns=["id"]), "units": t.attrs.get("units", {}),
                       "digits": {"share_pct": 1}})
    if "nowcast" in built:
        tables.append(cache.memo("report.nowcast-table", store, (as_of,), lambda: _nowcast_table(store, as_of)))
    if "risk" in built:
        t = built["risk"].table
        tables.append({"id": "risk", "title": "Risk snapshot: stress scenarios",
                       "caption": f"{t.attrs['portfolio'].get('label', '')}; duration {t.attrs['portfolio'].get('duration')}; "
                                  "P&L of a yen-based unhedged holder (ustflow.views.risk).",
                       "df": t, "units": t.attrs.get("units", {}), "digits": {"fx_pct": 1, "pnl_usd_bn": 1,
                                                                              "pnl_jpy_bn": 0, "d10y_bp": 0}})
        var = t.attrs["var"]
        tables.append({"id": "var", "title": "Value at risk, one week",
                       "caption": f"{var.attrs.get('method', 'bootstrap')}, {var.attrs.get('paths', '')} paths, weeks "
                                  f"{var.attrs.get('first_week', '')}..{var.attrs.get('last_week', '')}; losses. "
                                  f"{var.attrs.get('backtest_text', '')}",
                       "df": var, "units": var.attrs.get("units", {}), "digits": {"level": 3}})
    if "gauges" in built:
        t = built["gauges"].table
        tables.append({"id": "gauges", "title": "Gauges",
                       "caption": "Latest value of each gauge, its change over about a month, and its percentile "
                                  "among the values of the lookback window.",
                       "df": t.drop(columns=["lookback_years"]), "units": {"percentile": "% of lookback <= latest"},
                       "digits": {"value": 2, "change": 2, "percentile": 0}})
    from ustflow.report import official

    # custody, Japan's reconciliation, sectors: read from the store, kept per store version like the charts
    tables += cache.memo("report.official-tables", store, (sorted(built), as_of),
                         lambda: official.tables(built, store, as_of))
    summary = html.stale_summary(store, as_of)
    stale = summary["sources"]
    e = html.env()
    out = e.get_template("report.html").render(
        version=__version__, as_of=as_of,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        brief=brief, vintages=describe_vintages(read_log) if read_log else "", stale=summary,
        failures=list(failures.items()),
        figures=[html.figure_context(c) for c in built.values()], downloads=None, tables=tables,
        sources=_sources_table(store, as_of), versions=render.versions(),
        css=(STATIC / "ustflow.css").read_text(),
        bundle=render.javascript_bundle(Path(store.path).parent / "cache").replace("</script", "<\\/script"),
        charts_js=(STATIC / "ustflow-charts.js").read_text())
    return Report(out, as_of, built, failures, stale)


def write_report(out: str | Path, *, store: "Store | str | None" = None, as_of=None) -> Report:
    """Build the HTML report as known at ``as_of`` and write it to ``out`` (atomically); returns it."""
    rep = build_report(store=store, as_of=as_of)
    rep.write(out)
    return rep
