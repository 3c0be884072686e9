"""The HTML report and the static charts, on the real loaded store."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow import charts
from ustflow.analytics.flows import rolling_sum
from ustflow.charts import ChartParamError, render
from ustflow.report import REPORT_CHARTS, build_report


@pytest.fixture(scope="module")
def report(loaded_store):
    return build_report(store=loaded_store)


def _newest(store, sid, as_of=None) -> str:
    s = ustflow.series(sid, as_of=as_of, store=store).dropna()
    p = s.index[-1]
    if isinstance(p, pd.Period):
        return str(p) if p.freqstr.startswith("M") else p.end_time.strftime("%Y-%m-%d")
    return p.strftime("%Y-%m-%d")


def test_report_has_every_chart_with_data_to_the_newest_period(report, loaded_store):
    assert not report.failures
    assert list(report.charts) == REPORT_CHARTS and len(report.charts) >= 8
    newest = {"holdings": _newest(loaded_store, "tic.holdings.japan"),
              "weekly_flows": _newest(loaded_store, "mof.weekly.assets.lt_debt.net"),
              "investor_flows": _newest(loaded_store, "mof.monthly.lt_debt.all.net"),
              "valuation": _newest(loaded_store, "tic.slt.japan.lt_treasury_valchg"),
              "usdjpy": _newest(loaded_store, "fred.dexjpus"),
              "holders": _newest(loaded_store, "tic.holdings.grand_total")}
    assert newest["holdings"] == "2026-04" and newest["weekly_flows"] == "2026-08-08"
    for cid, want in newest.items():
        assert report.charts[cid].newest == want, cid
    for c in report.charts.values():
        assert c.unit and c.source and c.series, c.id
        assert sum(len(v) for v in c.spec["datasets"].values()) > 0, c.id
        assert f'data-newest="{c.newest}"' in report.html


def test_report_is_self_contained(report):
    html = report.html
    # nothing is loaded from anywhere: no src/href pointing out, a CSP forbidding every fetch
    assert not re.findall(r'\b(?:src|href)\s*=\s*["\']?(?:https?:)?//', html)
    assert "default-src 'none'" in html and "connect-src 'none'" in html
    assert html.count("window.vegaEmbed=") == 1  # the chart library is embedded exactly once
    assert html.count('<figure class="chart"') == len(report.charts)
    # each chart's spec parses and names its unit and source
    for m in re.finditer(r'<script type="application/json" class="spec">(.*?)</script>', html, re.S):
        spec = json.loads(m.group(1))
        assert spec["title"]["subtitle"][0].startswith("Unit: ")


def test_report_states_stale_sources_and_units(report):
    assert "sources older than their release cadence allows" in report.html  # the legacy mfh.txt is stale whatever the date
    assert "tic_mfh_legacy" in report.html
    assert "JPY 100mn" in report.html and "USD bn" in report.html


@pytest.mark.slow  # the whole report as of a past date (test_asof's quick tests cover as-of reads)
def test_report_as_of_reproduces_the_past(loaded_store):
    as_of = "2024-06-30"
    rep = build_report(store=loaded_store, as_of=as_of)
    assert not rep.failures
    h = rep.charts["holdings"]
    assert h.as_of == as_of and h.newest == _newest(loaded_store, "tic.holdings.japan", as_of) == "2024-04"
    rows = pd.DataFrame(h.spec["datasets"]["holdings"])
    jp = rows[rows["country"] == "Japan"].set_index("period")["holdings_usd_bn"]
    want = ustflow.series("tic.holdings.japan", as_of=as_of, store=loaded_store)
    assert jp.tolist() == want.loc["2000-01":].tolist()
    assert rep.charts["weekly_flows"].newest == _newest(loaded_store, "mof.weekly.assets.lt_debt.net", as_of)
    assert rep.charts["usdjpy"].newest <= as_of
    assert "as known on 2024-06-30" in rep.html
    # no event after the as-of date is marked
    ev = pd.DataFrame(rep.charts["usdjpy"].spec["datasets"]["interventions"])
    assert (ev["date"] <= as_of).all() and "2024-04-29" in set(ev["date"])


def test_weekly_flows_highlights_the_largest_windows(loaded_store):
    """Brute force: the largest 4-week sale inside the shown range is the one marked S1."""
    c = charts.build("weekly_flows", store=loaded_store, start="2024-01-01", end="2025-12-31", window="4", top="2")
    s = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded_store)
    sums = rolling_sum(s, 4)
    shown = sums[(sums.index.start_time >= pd.Timestamp("2024-01-01") + pd.Timedelta(weeks=3))
                 & (sums.index.end_time <= pd.Timestamp("2025-12-31 23:59"))]
    ep = pd.DataFrame(c.spec["datasets"]["episodes"]).set_index("label")
    assert ep.loc["S1", "sum_jpy_100mn"] == shown.min()
    assert ep.loc["B1", "sum_jpy_100mn"] == shown.max()
    worst = shown.idxmin()
    assert ep.loc["S1", "weeks"].endswith(worst.end_time.strftime("%Y-%m-%d"))
    all_rank = 1 + int((sums.dropna() < shown.min()).sum())
    assert ep.loc["S1", "rank_since_2005"] == all_rank


def test_valuation_chart_adds_up(loaded_store):
    c = charts.build("valuation", store=loaded_store, country="japan")
    t = c.table.set_index("period")
    parts = t["net_purchases_usd_bn"] + t["valuation_usd_bn"] + t["other_usd_bn"]
    assert (parts - t["change_usd_bn"]).abs().max() < 1e-9
    # 2026-04 from SLT Table 3 (USD mn): net 16,283, valuation -3,238 -> USD bn
    assert t.loc["2026-04", "net_purchases_usd_bn"] == pytest.approx(16.283)
    assert t.loc["2026-04", "valuation_usd_bn"] == pytest.approx(-3.238)


def test_investor_flows_parts_sum_to_all_investors(loaded_store):
    c = charts.build("investor_flows", store=loaded_store, start="2025-01")
    t = c.table.set_index("period")
    parts = t.drop(columns=["All investors"]).sum(axis=1)
    assert (parts - t["All investors"]).abs().max() < 1e-6
    assert t.loc["2025-05", "Banks (banking accounts)"] == 29380  # reference check mof07
    assert t.loc["2025-05", "Life insurers"] == 5309  # mof08


def test_chart_parameters_are_validated():
    d = charts.definitions()["weekly_flows"]
    assert charts.validate(d, {"window": "2", "start": "2025-01"}) | {} == {
        "start": "2025-01-01", "end": None, "instrument": "lt_debt", "window": 2, "top": 3}
    for bad, msg in [({"window": "0"}, "window: must be between 1 and 52"),
                     ({"window": "x"}, "window: expected a whole number"),
                     ({"instrument": "gold"}, "instrument: expected one of"),
                     ({"start": "2025-02-30"}, "start: '2025-02-30' is not a date: February 2025 has 28 days"),
                     ({"colour": "red"}, "has no parameter 'colour'")]:
        with pytest.raises(ChartParamError, match=re.escape(msg)) as err:
            charts.validate(d, bad)
        assert err.value.param == next(iter(bad))  # the error's location: the parameter
    with pytest.raises(ChartParamError, match=r"^start 2025-03-01 is after end 2025-01-01$"):
        charts.validate(d, {"start": "2025-03", "end": "2025-01"})


def test_chart_parameters_are_one_pydantic_model_for_cli_python_and_web():
    """The command line and Python (typed values in, typed values out) and the dashboard's query schema
    come from the same model: same names, and the bounds, enums and patterns /openapi.json declares."""
    from ustflow.charts.base import params_model
    from ustflow.web.routes.charts import query_model

    for d in charts.definitions().values():
        full, query = params_model(d).model_json_schema(), query_model(d).model_json_schema()
        names = [p.name for p in d.all_params]
        assert list(full["properties"]) == names and list(query["properties"]) == [*names, "as_of", "format"]
        for p in d.all_params:
            q = query["properties"][p.name]["anyOf"][0]  # Optional: the value or null
            if p.kind in ("int", "float"):
                assert (q.get("minimum"), q.get("maximum")) == (p.lo, p.hi), (d.id, p.name)
            elif p.kind == "choice":
                assert q["enum"] == list(p.choices), (d.id, p.name)
            else:
                assert "pattern" in q, (d.id, p.name)
    d = charts.definitions()["holdings"]
    typed = charts.validate(d, {"countries": ["japan", "china_mainland"], "start": "2024-1"})
    assert typed["countries"] == ("japan", "china_mainland") and typed["start"] == "2024-01-01"
    assert charts.validate(d, typed) == typed  # its own output validates to itself


def test_static_png_and_svg_without_a_browser(loaded_store, tmp_path):
    c = charts.build("usdjpy", store=loaded_store, start="2024-01-01")
    png = render.save(c, tmp_path / "usdjpy.png", scale=1)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 300
    svg = render.save(c, tmp_path / "usdjpy.svg").read_text()
    assert svg.startswith("<svg") and "JPY per USD" in svg


@pytest.mark.slow
def test_cli_report_and_chart(loaded_home, tmp_path):
    out = tmp_path / "r.html"
    # the as-of date of test_report_as_of_reproduces_the_past (and the README's june.html): its charts
    # are cached per store version, so this run tests the command, not a third cold build of every chart
    r = cli(["report", "--out", out, "--as-of", "2024-06-30", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    meta = json.loads(r.stdout)
    assert meta["as_of"] == "2024-06-30" and len(meta["rows"]) >= 8 and not meta["failures"]
    assert {row["chart"]: row["data_to"] for row in meta["rows"]}["holdings"] == "2024-04"
    assert out.stat().st_size > 900_000  # the chart library travels inside the file
    png = tmp_path / "jp.png"
    r = cli(["chart", "tic.holdings.japan", "--out", png, "--start", "2020-01"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
    r = cli(["chart", "holdings", "--out", tmp_path / "x.png", "-p", "countries=japan,atlantis"], loaded_home)
    assert r.returncode == 2 and "atlantis" in r.stderr
    r = cli(["chart", "holdings", "--out", tmp_path / "x.gif"], loaded_home)
    assert r.returncode == 2 and ".png" in r.stderr
