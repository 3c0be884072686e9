"""The report and the dashboard in a real browser: Debian's Chromium driven by Playwright.

Every page must load with no console error and no request leaving 127.0.0.1 (the report: no request
at all beyond its own file), every chart must draw with data up to the newest period, and a filter
must redraw a chart. Screenshots (and the report) are kept under artifacts/ (git-ignored) for a human to
look at.
`make test` installs Chromium (.ci/install-browser); without it these tests fail, they never skip.
"""

from __future__ import annotations

import shutil
import socket
import threading
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest

import ustflow
from tests.helpers import wait_until_serving
from ustflow.report import build_report

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
NO_OVERFLOW = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
CLIPPED = ("() => [...document.querySelectorAll('figure[data-chart] svg text')].map(t => t.textContent)"
           ".filter(t => t.endsWith('…'))")
ALL_DRAWN = ("() => [...document.querySelectorAll('figure[data-chart] .vis')]"
             ".every(e => e.dataset.rendered === '1' || e.dataset.rendered === 'error')")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run .ci/install-browser (make test does) to install Debian's chromium")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watch:
    """Console errors, page errors and every request URL of one page."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))


@pytest.fixture(scope="module")
def server(loaded_store):
    import uvicorn

    from ustflow.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(loaded_store), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    wait_until_serving(f"http://127.0.0.1:{port}/health", started=lambda: srv.started or not t.is_alive())
    assert srv.started, "the dashboard's server thread ended before serving"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


def _chart_data(page, chart_id: str, dataset: str) -> list[dict]:
    return page.evaluate(f"() => window.ustflowCharts[{chart_id!r}].data({dataset!r})")


def _newest_date(rows: list[dict], field: str) -> str:
    return max(str(r[field])[:10] for r in rows if r.get(field) is not None)


# ------------------------------------------------------------------ the report, offline
def test_report_opens_offline_with_every_chart_drawn(browser, loaded_store, tmp_path):
    rep = build_report(store=loaded_store)
    path = rep.write(tmp_path / "report.html")
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    page = ctx.new_page()
    w = Watch(page)
    page.goto(path.as_uri())
    page.wait_for_function(ALL_DRAWN, timeout=60_000)
    states = page.eval_on_selector_all("figure[data-chart] .vis", "els => els.map(e => e.dataset.rendered)")
    assert len(states) >= 8 and set(states) == {"1"}, states
    assert not w.errors, w.errors
    assert w.requests == [path.as_uri()], w.requests  # nothing but the file itself
    # data up to the newest period, read back from the drawn charts
    jp = ustflow.series("tic.holdings.japan", store=loaded_store)
    wk = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded_store)
    fx = ustflow.series("fred.dexjpus", store=loaded_store)
    assert _newest_date(_chart_data(page, "holdings", "holdings"), "date") == jp.index[-1].strftime("%Y-%m-01")
    assert _newest_date(_chart_data(page, "weekly_flows", "weekly"), "period") == wk.index[-1].end_time.strftime("%Y-%m-%d")
    assert _newest_date(_chart_data(page, "usdjpy", "usdjpy"), "date") == fx.index[-1].strftime("%Y-%m-%d")
    for cid in rep.charts:
        n = page.evaluate(f"() => document.querySelectorAll('#chart-{cid} svg path, #chart-{cid} svg line').length")
        assert n > 5, cid
    # the report itself is kept to open (13,000 px tall: a full-page screenshot took 2-4 s of CPU), and its top
    page.screenshot(path=str(ARTIFACTS / "report.png"))
    shutil.copyfile(path, ARTIFACTS / "report.html")
    ctx.close()


# ------------------------------------------------------------------ the dashboard
PAGES = {"/": ["holdings", "weekly_flows", "usdjpy", "holders"], "/flows": ["weekly_flows", "investor_flows"],
         "/holdings": ["holdings", "valuation", "holders"], "/drivers": ["hedged_yields", "spread_usdjpy", "usdjpy"],
         "/risk": ["risk", "gauges"], "/scenario": ["scenario_flows", "scenario_holdings", "scenario_impact",
                                                    "scenario_inputs"], "/check": [],
         "/custody": ["custody", "custody_tic"], "/japan": ["japan_flows", "japan_cumulative", "sectors"],
         "/nowcast": ["nowcast", "nowcast_backtest"]}


MAIN_DATA = {"holdings": "holdings", "weekly_flows": "weekly", "investor_flows": "investors", "valuation": "components",
             "hedged_yields": "yields", "spread_usdjpy": "drivers", "usdjpy": "usdjpy", "holders": "holders",
             "risk": "stress", "gauges": "gauges", "scenario_flows": "paths", "scenario_holdings": "paths",
             "scenario_impact": "paths", "scenario_inputs": "paths", "custody": "level", "custody_tic": "monthly",
             "japan_flows": "flows", "japan_cumulative": "flows", "sectors": "sectors",
             "nowcast": "published", "nowcast_backtest": "errors"}


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_loads_clean_and_draws_its_charts(browser, server, path):
    """At a desktop width (1,400 px): clean load, every chart drawn with data, nothing wider than the
    window, no clipped label (the phone width is test_no_page_is_wider_than_a_phone)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    w = Watch(page)
    resp = page.goto(server + path, timeout=180_000)  # the scenario page fits its model on first use
    assert resp.status == 200
    assert "default-src 'none'" in resp.headers["content-security-policy"]
    page.wait_for_function(ALL_DRAWN, timeout=60_000)
    drawn = page.eval_on_selector_all("figure[data-chart]", "els => els.map(e => [e.dataset.chart, "
                                      "e.querySelector('.vis').dataset.rendered])")
    assert dict(drawn) == dict.fromkeys(PAGES[path], "1"), drawn
    for c in PAGES[path]:
        assert len(_chart_data(page, c, MAIN_DATA[c])) > 0, c
        meta = page.inner_text(f"#chart-{c} figcaption")
        assert "Unit:" in meta and "Source:" in meta and "Data to" in meta
    assert not w.errors, w.errors
    hosts = {urlparse(u).hostname for u in w.requests}
    assert hosts == {"127.0.0.1"}, hosts
    scroll, client = page.evaluate(NO_OVERFLOW)  # tables scroll in their box, the menu wraps, charts fit
    assert scroll <= client, (path, scroll, client)
    assert page.evaluate(CLIPPED) == [], (path, page.evaluate(CLIPPED))  # legends, axis and gauge labels whole
    page.screenshot(path=str(ARTIFACTS / f"page{path.replace('/', '_') or '_'}.png"), full_page=True)
    page.close()


def test_a_filter_redraws_the_chart(browser, server, loaded_store):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    w = Watch(page)
    page.goto(server + "/holdings")
    page.wait_for_function(ALL_DRAWN, timeout=60_000)
    before = {r["country"] for r in _chart_data(page, "holdings", "holdings")}
    assert before == {"Japan", "China, Mainland", "United Kingdom"}
    page.select_option("select[name=countries]", ["belgium", "luxembourg"])
    page.wait_for_function("() => { const v = window.ustflowCharts['holdings']; if (!v) return false;"
                           " const c = new Set(v.data('holdings').map(r => r.country));"
                           " return c.size === 2 && c.has('Belgium') && c.has('Luxembourg'); }", timeout=30_000)
    rows = pd.DataFrame(_chart_data(page, "holdings", "holdings"))
    be = rows[rows["country"] == "Belgium"].sort_values("date")
    want = ustflow.series("tic.holdings.belgium", store=loaded_store).loc["2000-01":]
    assert be["holdings_usd_bn"].tolist() == want.tolist()
    assert "countries=belgium%2Cluxembourg" in page.url or "countries=belgium,luxembourg" in page.url
    # a date filter on another page redraws the weekly chart over the new range
    page.goto(server + "/flows")
    page.wait_for_function(ALL_DRAWN, timeout=60_000)
    page.fill("input[name=start]", "2025-01-05")
    page.fill("input[name=end]", "2025-06-28")
    page.dispatch_event("input[name=end]", "change")
    page.wait_for_function("() => { const v = window.ustflowCharts['weekly_flows']; if (!v) return false;"
                           " const d = v.data('weekly'); return d.length > 0 && d[d.length - 1].period === '2025-06-28'; }",
                           timeout=30_000)
    first = _chart_data(page, "weekly_flows", "weekly")[0]["period"]
    assert first == "2025-01-11"
    assert not w.errors, w.errors
    page.screenshot(path=str(ARTIFACTS / "filter_flows.png"), full_page=True)
    page.close()


def test_check_an_article_page(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    w = Watch(page)
    page.goto(server + "/check")
    page.fill("textarea[name=text]", "Japan's holdings of US Treasuries rose to $1,209.9 billion in April 2026, "
                                     "while China held $900 billion in April 2026.")
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#check-results tr.verdict-contradicted", timeout=30_000)
    page.wait_for_selector("#check-csv:not([hidden])", timeout=30_000)
    verdicts = page.eval_on_selector_all("#check-results tr[class^=verdict]", "rs => rs.map(r => r.className)")
    assert verdicts == ["verdict-supported", "verdict-contradicted"]
    assert "1 supported, 1 contradicted" in page.inner_text("#check-summary")
    assert page.inner_text("#check-record").startswith("Track record on real articles")  # as the CLI's caption
    # the same fields as the CLI: official value and period, vintage, conversion, explanation
    head = page.eval_on_selector_all("#check-results tr:first-child th", "hs => hs.map(h => h.textContent)")
    for col in ("official value", "official period", "vintage", "conversion", "explanation"):
        assert col in head, head
    first = page.eval_on_selector_all("#check-results tr.verdict-supported td", "ds => ds.map(d => d.textContent)")
    assert first[head.index("official value")] == "1209.9" and first[head.index("official period")] == "2026-04"
    # each row: the record of its class on blind articles, as the CLI's "track record" column
    assert first[head.index("track record")].startswith("'supported' on a holdings level: right ")
    assert first[head.index("vintage")]  # the file the value came from
    # a dollar figure of a yen flow shows its conversion
    page.fill("textarea[name=text]", "Japanese investors sold $17.5 billion of foreign bonds in the week ending "
                                     "April 4, 2025.")
    page.click("#check-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#check-summary').textContent.startsWith('1 claims')",
                           timeout=30_000)
    row = page.eval_on_selector_all("#check-results tr.verdict-supported td", "ds => ds.map(d => d.textContent)")
    assert "JPY/USD" in row[head.index("conversion")] and "fred.dexjpus" in row[head.index("conversion")]
    assert "looks like" not in page.inner_text("#check-summary")
    # an article in a language the checker does not read: the summary says so instead of a bare "0 claims"
    page.fill("textarea[name=text]", "Le Japon a enregistré un excédent courant de 2 000 milliards de yens au premier "
                                     "semestre, selon les chiffres publiés par le ministère des Finances à Tokyo.")
    page.click("#check-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#check-summary').textContent.startsWith('0 claims')",
                           timeout=30_000)
    assert "Note: the text looks like French: the checker reads English and Japanese (Spanish, Portuguese, German, " \
           "Korean and Chinese in part) only" in \
        page.inner_text("#check-summary")
    assert not w.errors, w.errors
    assert {urlparse(u).hostname for u in w.requests if not u.startswith("blob:")} == {"127.0.0.1"}
    page.screenshot(path=str(ARTIFACTS / "check.png"), full_page=True)
    page.close()


def test_scenario_page_redraws_on_preset_and_months(browser, server, loaded_store):
    from ustflow.views.scenario_page import scenario_paths

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    w = Watch(page)
    page.goto(server + "/scenario")
    page.wait_for_function(ALL_DRAWN, timeout=60_000)
    rows = _chart_data(page, "scenario_holdings", "paths")
    assert len(rows) == 13  # status quo, 12 months and month 0
    page.select_option("select[name=preset]", "carry-unwind")
    page.wait_for_function("() => { const v = window.ustflowCharts['scenario_inputs']; if (!v) return false;"
                           " const d = v.data('usdjpy'); return d.length > 1 && d[1].value < 0.9 * d[0].value; }",
                           timeout=30_000)
    page.fill("input[name=months]", "24")
    page.dispatch_event("input[name=months]", "change")
    page.wait_for_function("() => { const v = window.ustflowCharts['scenario_holdings'];"
                           " return v && v.data('paths').length === 25; }", timeout=30_000)
    want = scenario_paths("carry-unwind", months=24, seed=0, store=loaded_store)
    h = want[want["variable"] == "holdings_usd_bn"]
    got = _chart_data(page, "scenario_holdings", "paths")
    assert [r["period"] for r in got] == h["period"].astype(str).tolist()
    assert [r["value"] for r in got] == pytest.approx(h["value"].tolist(), rel=1e-5)
    assert "preset=carry-unwind" in page.url and "months=24" in page.url
    assert page.eval_on_selector_all("figure[data-chart] .vis", "els => els.map(e => e.dataset.rendered)") == ["1"] * 4
    n = page.evaluate("() => document.querySelectorAll('#chart-scenario_flows svg path').length")
    assert n > 5
    assert "worse than the training mean" in page.inner_text("table.data")
    assert not w.errors, w.errors
    assert {urlparse(u).hostname for u in w.requests} == {"127.0.0.1"}
    page.screenshot(path=str(ARTIFACTS / "scenario.png"), full_page=True)
    page.close()


# ------------------------------------------------------------------ a desk tool (issue 16)
def test_no_page_is_wider_than_a_phone(browser, server):
    """Every page at a phone width (390 px): tables scroll in their box, the menu wraps, charts fit.
    The desktop width is checked where each page is first loaded (test_every_page_loads_clean...)."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    w = Watch(page)
    for path in PAGES:
        page.goto(server + path, timeout=180_000)
        page.wait_for_function(ALL_DRAWN, timeout=120_000)
        scroll, client = page.evaluate(NO_OVERFLOW)
        assert scroll <= client, (path, 390, scroll, client)
        states = page.eval_on_selector_all("figure[data-chart] .vis", "els => els.map(e => e.dataset.rendered)")
        assert set(states) <= {"1"}, (path, states)
        page.screenshot(path=str(ARTIFACTS / f"width390{path.replace('/', '_') or '_'}.png"), full_page=True)
    assert not w.errors, w.errors
    page.close()


def test_api_errors_are_shown_as_messages(browser, server):
    """A bad date or an out-of-range horizon: every chart says why, nothing stays 'Loading…'."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for path, want in [("/flows?start=2025-13", "start: '2025-13' is not a date: there is no month 13"),
                       ("/holdings?end=2025-04-31", "end: '2025-04-31' is not a date: April 2025 has 30 days"),
                       ("/scenario?months=48", "months: Input should be less than or equal to 36")]:
        page.goto(server + path, timeout=180_000)
        page.wait_for_function("() => [...document.querySelectorAll('figure[data-chart] .vis')]"
                               ".some(e => e.dataset.rendered === 'error')", timeout=120_000)
        page.wait_for_function(ALL_DRAWN, timeout=120_000)
        errors = page.eval_on_selector_all("figure[data-chart]", "fs => fs.filter(f => f.querySelector('.vis')"
                                           ".dataset.rendered === 'error').map(f => f.querySelector('figcaption')"
                                           ".innerText)")
        assert errors and all(f"No chart: {want}" in e for e in errors), (path, errors)
        text = page.inner_text("main")
        assert "[object Object]" not in text and "Loading…" not in text, path
    page.close()


def test_every_chart_downloads_as_png_and_csv(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.goto(server + "/holdings")
    page.wait_for_function(ALL_DRAWN, timeout=120_000)
    figs = page.eval_on_selector_all("figure[data-chart]", "fs => fs.map(f => f.dataset.chart)")
    for cid in figs:
        assert page.locator(f"#chart-{cid} a.png").count() == 1 and page.locator(f"#chart-{cid} a.csv").count() == 1
    with page.expect_download() as dl:
        page.click("#chart-holdings a.png")
    png = Path(dl.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000 and dl.value.suggested_filename == "ustflow-holdings.png"
    with page.expect_download() as dl:
        page.click("#chart-holdings a.csv")
    csv = Path(dl.value.path()).read_text()
    assert "holdings_usd_bn" in csv and "USD bn" in csv.splitlines()[0]
    page.close()


def test_risk_page_takes_holdings_duration_and_hedge_ratio(browser, server, loaded_store):
    from ustflow.views.risk import risk_report

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/risk?holdings=1000&duration=5&hedge_ratio=0.5", timeout=180_000)
    page.wait_for_function(ALL_DRAWN, timeout=120_000)
    got = {r["scenario"]: r["pnl_jpy_bn"] for r in _chart_data(page, "risk", "stress")}
    want = risk_report(holdings_usd_bn=1000, duration=5, hedge_ratio=0.5, paths=100_000, store=loaded_store)["stress"]
    want = want.dropna(subset=["pnl_jpy_bn"])  # a historical window the mirror does not cover: no bar
    assert {k: v for k, v in got.items() if v is not None} == pytest.approx(
        dict(zip(want["scenario"], want["pnl_jpy_bn"])), rel=1e-5)
    assert "50% hedged" in page.inner_text("#chart-risk")
    assert page.input_value("input[name=holdings]") == "1000"
    # the server-rendered table follows the same inputs
    rows = page.eval_on_selector_all("#table-risk + p + .table-wrap tr", "rs => rs.map(r => r.innerText)")
    row = next(r for r in rows if r.startswith("rates_up_100\t"))
    assert row.split("\t")[-1] == f"{want.set_index('scenario').loc['rates_up_100', 'pnl_jpy_bn']:,.1f}"
    page.close()
