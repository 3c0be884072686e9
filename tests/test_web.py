"""The dashboard's JSON API on the real loaded store, its security, and serving through a store swap."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pandas as pd
import pytest
from fastapi.testclient import TestClient

import ustflow
from tests.conftest import MIRROR
from tests.helpers import USTFLOW, free_port, run_cli, wait_until_serving
from ustflow.views import flows as vf, holdings as vh
from ustflow.web.app import create_app


@pytest.fixture(scope="module")
def client(loaded_store):
    app = create_app(loaded_store, warm=False)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _labels(s: pd.Series) -> list[str]:
    if isinstance(s.index, pd.PeriodIndex):
        if s.index.freqstr.startswith("M"):
            return [str(p) for p in s.index]
        return [p.end_time.strftime("%Y-%m-%d") for p in s.index]
    return [d.strftime("%Y-%m-%d") for d in s.index]


# ------------------------------------------------------------------ series
def test_series_endpoint_returns_the_stored_values(client, loaded_store):
    r = client.get("/api/series/tic.holdings.japan")
    assert r.status_code == 200
    body = r.json()
    want = ustflow.series("tic.holdings.japan", store=loaded_store)
    assert body["unit"] == "USD bn" and body["frequency"] == "M"
    assert body["count"] == len(want) == len(body["rows"])
    assert [row["period"] for row in body["rows"]] == _labels(want)
    assert [row["value"] for row in body["rows"]] == want.tolist()
    got = {row["period"]: row["value"] for row in body["rows"]}
    assert got["2026-04"] == 1209.9 and got["2025-12"] == 1185.5  # reference checks tic03, tic02


def test_series_endpoint_as_of_and_weekly_labels(client, loaded_store):
    as_of = "2024-06-30"
    body = client.get("/api/series/tic.holdings.japan", params={"as_of": as_of, "start": "2023-01"}).json()
    want = ustflow.series("tic.holdings.japan", start="2023-01", as_of=as_of, store=loaded_store)
    assert body["as_of"] == as_of
    assert [r["period"] for r in body["rows"]] == _labels(want)
    assert body["rows"][-1]["period"] < "2024-05"  # April's TIC release is mid-June: nothing later yet
    wk = client.get("/api/series/mof.weekly.assets.lt_debt.net", params={"start": "2025-03-30", "end": "2025-04-26"}).json()
    rows = {r["period"]: r["value"] for r in wk["rows"]}
    assert rows["2025-04-05"] == -25726 and rows["2025-04-19"] == 2189  # reference checks mof01, mof02
    assert wk["period_note"].startswith("weeks run Sunday..Saturday")


def test_series_csv_download_has_units_and_the_same_values(client, loaded_store):
    r = client.get("/api/series/fred.dgs10", params={"start": "2025-04-01", "end": "2025-04-30", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    comments = [ln for ln in r.text.splitlines() if ln.startswith("#")]
    assert any("percent" in c for c in comments)
    df = pd.read_csv(io.StringIO(r.text), comment="#")
    want = ustflow.series("fred.dgs10", start="2025-04-01", end="2025-04-30", store=loaded_store)
    assert df["value"].tolist() == want.tolist()
    assert dict(zip(df["period"], df["value"]))["2025-04-04"] == 4.01  # reference check fred01


def test_series_list_and_search(client):
    body = client.get("/api/series", params={"search": "japan"}).json()
    ids = {r["id"] for r in body["rows"]}
    assert {"tic.holdings.japan", "tic.slt.japan.treasury_pos"} <= ids


@pytest.mark.parametrize("path,params,status", [
    ("/api/series/tic.holdings.atlantis", {}, 404),
    ("/api/series/TIC;DROP", {}, 422),
    ("/api/series/tic.holdings.japan", {"start": "2024-13-45"}, 422),
    ("/api/series/tic.holdings.japan", {"as_of": "yesterday"}, 422),
    ("/api/series/tic.holdings.japan", {"format": "xml"}, 422),
    ("/api/charts/nonsense", {}, 422),
    ("/api/charts/weekly_flows", {"window": "0"}, 422),
    ("/api/charts/weekly_flows", {"window": "abc"}, 422),
    ("/api/charts/holdings", {"countries": "japan,atlantis"}, 404),  # well-formed, but no such series
    ("/api/charts/holdings", {"start": "2025-01-01", "end": "2024-01-01"}, 422),
    ("/api/charts/holdings", {"window": "4"}, 422),  # a parameter of another chart
    ("/api/charts/investor_flows", {"investors": "pirates"}, 422),
    ("/api/holders", {"month": "1999-01"}, 404),  # well-formed, but no table that month
    ("/api/flows", {"investor": "pirates"}, 422),
    ("/api/flows", {"investor": "life_insurers", "freq": "week"}, 404),  # well-formed: MoF has no such series
    ("/api/charts/hedged_yields", {"end": "1900-01"}, 404),  # the earliest start allowed: nothing held then
])
def test_bad_parameters_are_refused_with_a_status_and_a_message(client, path, params, status):
    r = client.get(path, params=params)
    assert r.status_code == status, r.text
    assert r.json()["detail"]


# ------------------------------------------------------------------ charts and tables
def test_chart_endpoint_spec_carries_the_store_values(client, loaded_store):
    body = client.get("/api/charts/holdings", params={"countries": "japan,belgium", "start": "2020-01"}).json()
    meta, spec = body["meta"], body["spec"]
    assert meta["unit"] == "USD bn" and meta["newest"] == "2026-04" and meta["series"] == [
        "tic.holdings.japan", "tic.holdings.belgium"]
    rows = pd.DataFrame(spec["datasets"]["holdings"])
    jp = rows[rows["country"] == "Japan"].set_index("period")["holdings_usd_bn"]
    want = ustflow.series("tic.holdings.japan", start="2020-01", store=loaded_store)
    assert jp.tolist() == want.tolist()
    assert "USD bn" in " ".join(spec["title"]["subtitle"])


def test_investor_type_filter_keeps_the_stack_adding_up(client, loaded_store):
    body = client.get("/api/charts/investor_flows", params={"investors": "trust_accounts", "start": "2025-05",
                                                           "end": "2025-05"}).json()
    rows = {r["investor"]: r["net_jpy_100mn"] for r in body["spec"]["datasets"]["investors"]}
    total = ustflow.series("mof.monthly.lt_debt.all.net", store=loaded_store)[pd.Period("2025-05", "M")]
    pension = ustflow.series("mof.monthly.lt_debt.trust_accounts.net", store=loaded_store)[pd.Period("2025-05", "M")]
    assert rows == {"Trust accounts (pension proxy)": pension, "Other investors": total - pension}


def test_chart_csv_is_the_table_behind_the_chart(client, loaded_store):
    r = client.get("/api/charts/holders", params={"format": "csv", "n": "10"})
    df = pd.read_csv(io.StringIO(r.text), comment="#")
    want = vh.holders(None, top=10, store=loaded_store)
    want = want[~want["memo"]]
    assert df["country"].tolist() == want["country"].tolist()
    assert df["holdings_usd_bn"].tolist() == want["holdings_usd_bn"].tolist()
    assert "# Largest foreign holders" in r.text and "USD bn" in r.text.splitlines()[0]


def test_flows_and_holders_endpoints_match_the_views(client, loaded_store):
    body = client.get("/api/flows", params={"window": 2, "start": "2025-03-01", "end": "2025-05-01"}).json()
    want = vf.flows("lt_debt", window=2, start="2025-03-01", end="2025-05-01", store=loaded_store)
    got = pd.DataFrame(body["rows"])
    assert got["period"].tolist() == _labels(want["net_jpy_100mn"])
    assert got["window_jpy_100mn"].tolist() == want["window_jpy_100mn"].tolist()
    assert got["rank_sell"].tolist() == want["rank_sell"].astype(int).tolist()
    hold = client.get("/api/holders", params={"top": 5}).json()
    assert [r["country"] for r in hold["rows"]] == vh.holders(top=5, store=loaded_store)["country"].tolist()
    assert hold["month"] == "2026-04" and hold["grand_total_usd_bn"] == pytest.approx(9352.6)
    assert client.get("/api/holders", params={"format": "csv"}).text.startswith("# Major foreign holders")


def test_brief_sources_events(client, loaded_store):
    b = client.get("/api/brief").json()
    assert b["japan_holdings"]["value"] == 1209.9
    src = client.get("/api/sources").json()["rows"]
    assert {r["source"] for r in src} >= {"tic_mfh_history", "mof_its_weekly"}
    ev = client.get("/api/events", params={"kind": "fx_intervention", "as_of": "2023-01-01"}).json()["rows"]
    want = ustflow.events(kind="fx_intervention", as_of="2023-01-01", store=loaded_store)
    assert [e["amount"] for e in ev] == want["amount"].tolist()


def test_pages_render_with_their_charts_and_tables(client):
    for path, charts in [("/", ["holdings", "weekly_flows", "usdjpy", "holders"]), ("/flows", ["weekly_flows"]),
                         ("/holdings", ["holdings", "valuation", "holders"]), ("/drivers", ["hedged_yields"]),
                         ("/risk", ["risk", "gauges"]), ("/check", [])]:
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        for c in charts:
            assert f'data-chart="{c}"' in r.text
        assert "https://" not in r.text.split("<main>")[0]  # nothing loaded from elsewhere
    assert "Download CSV" in client.get("/holdings").text


def test_check_endpoint_judges_an_article_against_the_store(client, loaded_store):
    text = ("Japan's holdings of US Treasuries rose to $1,209.9 billion in April 2026. "
            "China held $900 billion of Treasuries in April 2026.")
    r = client.post("/api/check", json={"text": text})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    rows = {row["claim"]: row for row in r.json()["rows"]}
    jp = rows["$1,209.9 billion"]
    assert jp["verdict"] == "supported" and jp["series"] == "tic.holdings.japan"
    assert jp["official_value"] == ustflow.series("tic.holdings.japan", store=loaded_store)[pd.Period("2026-04", "M")]
    assert rows["$900 billion"]["verdict"] == "contradicted"  # China, Mainland held 651.1
    # each verdict's record on the blind articles, as the CLI prints under its table
    from ustflow.check.track_record_table import VERDICTS
    record = r.json()["track_record"]
    assert record.startswith("Track record on real articles the checker was never tuned on")
    assert all(f"{right}/{given}" in record for right, given, _, _ in VERDICTS.values())
    # and each row its class's record (supported on a holdings level)
    assert jp["track_record"].startswith("'supported' on a holdings level: right ")
    csv = client.post("/api/check", params={"format": "csv"}, json={"text": text}).text
    assert "supported" in csv and "contradicted" in csv
    assert r.json()["language"] is None  # English: nothing to say about the language
    fr = client.post("/api/check", json={"text": "Le Japon a enregistré un excédent courant de 2 000 milliards de yens "
                                                 "au premier semestre, selon les chiffres publiés par le ministère des "
                                                 "Finances à Tokyo."})
    assert fr.status_code == 200 and fr.json()["language"].startswith(
        "the text looks like French: the checker reads English and Japanese (Spanish, Portuguese, German, Korean and "
        "Chinese in part) only")
    # Chinese is read through the Japanese grammar (check.chinese): its claims are judged, the note says it is in part
    zh = client.post("/api/check", json={"text": "美国财政部数据显示，中国4月增持美国国债37亿美元至1.1万亿美元，仍为美国最大债权国。"})
    assert zh.status_code == 200 and zh.json()["language"].startswith("the text looks like Chinese: the checker reads "
                                                                      "it through its Japanese grammar")
    assert client.post("/api/check", json={"text": ""}).status_code == 422
    # a binary control character is refused by the request's schema (its pattern), naming it
    bad = client.post("/api/check", json={"text": "Japan\nsold\x0b"})
    assert bad.status_code == 422
    assert "text holds a binary control character (0x0b) on line 2" in bad.json()["detail"]
    assert client.post("/api/check", json={"text": "x", "date": "someday"}).status_code == 422


def test_openapi_document_declares_parameters_and_errors(client):
    doc = client.get("/openapi.json").json()
    op = doc["paths"]["/api/series/{series_id}"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert params["series_id"]["schema"]["pattern"]
    assert params["as_of"]["schema"]["anyOf"][0]["pattern"]
    assert {"200", "404", "422", "503"} <= set(op["responses"])
    assert {"/api/charts/holdings", "/api/charts/weekly_flows", "/api/charts/hedged_yields"} <= set(doc["paths"])
    assert client.get("/docs").status_code == 404  # the Swagger page would load from a CDN


def test_etag_gives_304(client):
    r = client.get("/api/series/jgb.10y", params={"start": "2026-06-01"})
    r2 = client.get("/api/series/jgb.10y", params={"start": "2026-06-01"}, headers={"If-None-Match": r.headers["etag"]})
    assert r2.status_code == 304


# ------------------------------------------------------------------ security
def test_security_headers_and_host_check(client):
    r = client.get("/health")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-eval" not in csp
    assert "http" not in csp
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/health", headers={"Host": "evil.example:8000"}).status_code == 421
    assert client.get("/health", headers={"Host": "localhost:8000"}).status_code == 200


def test_token_is_required_on_every_request_when_set(loaded_store):
    token = "s3cret-token-0123456789"
    app = create_app(loaded_store, token=token, host="0.0.0.0", warm=False)
    with TestClient(app, base_url="http://192.0.2.10") as c:
        for path in ["/health", "/api/series/tic.holdings.japan", "/", "/static/app.js", "/openapi.json"]:
            assert c.get(path).status_code == 401, path
        assert c.get("/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/series/tic.holdings.japan", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        r = c.get("/flows", params={"token": token})
        assert r.status_code == 200 and "ustflow_token=" in r.headers["set-cookie"]
        assert "HttpOnly" in r.headers["set-cookie"]
        assert c.get("/static/app.js").status_code == 200  # the page's own requests carry the cookie


def test_serve_refuses_a_public_host_without_token(tmp_path):
    r = run_cli(["serve", "--host", "0.0.0.0", "--port", "9"], tmp_path, env={"USTFLOW_TOKEN": ""})
    assert r.returncode == 2 and "--token" in r.stderr


# ------------------------------------------------------------------ serving through an update

def _wait_for(condition) -> None:
    """Return once ``condition()`` is true; only a hang fails by time."""
    from tests.helpers import HANG_SECONDS

    deadline = time.monotonic() + HANG_SECONDS
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.02)


@pytest.mark.slow
def test_requests_never_fail_during_update_and_new_data_is_served(loaded_store, tmp_path):
    """`ustflow update` in another process swaps the store while 4 threads keep requesting."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(loaded_store.path, home / "store.duckdb")
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    dgs10 = (MIRROR / "DGS10.csv").read_bytes()
    (mirror / "DGS10.csv").write_bytes(dgs10 + b"2026-08-21,4.77\n")
    port = free_port()
    env = dict(os.environ, USTFLOW_HOME=str(home))
    server = subprocess.Popen(USTFLOW + ["serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base + "/health", server)
        statuses: list[int] = []
        errors: list[str] = []
        stop = threading.Event()

        def hammer(i: int) -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                k = 0
                while (k < 10 or not stop.is_set()) and k < 2000:  # at least 10 each, however busy the machine
                    k += 1
                    # distinct queries defeat the response cache, so the store is really read each time
                    url = ("/api/series/fred.dgs10", "/api/series/tic.holdings.japan",
                           "/api/flows")[i % 3]
                    try:
                        r = c.get(url, params={"start": f"20{10 + k % 16}-01-01"})
                        statuses.append(r.status_code)
                    except httpx.HTTPError as e:  # pragma: no cover - that is the failure we test for
                        errors.append(repr(e))

        threads = [threading.Thread(target=hammer, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()

        def answered(n: int) -> bool:  # n answers (or failures) in all, or every reader has stopped
            return len(statuses) + len(errors) >= n or not any(t.is_alive() for t in threads)

        _wait_for(lambda: answered(4))  # the readers are at work before the update starts
        upd = subprocess.run(USTFLOW + ["update", "--mirror", str(mirror), "--only", "fred_dgs10", "--quiet"],
                             env=env, capture_output=True, text=True, timeout=900)
        assert upd.returncode == 0, upd.stderr
        # the new day is served at once, while the load goes on (no reader may keep the old file)
        after = [httpx.get(base + "/api/series/fred.dgs10", params={"start": f"2026-08-0{i}"}, timeout=120).json()
                 for i in range(1, 4)]
        served = len(statuses) + len(errors)
        _wait_for(lambda: answered(served + 4))  # and they keep reading the new file
        stop.set()
        for t in threads:
            t.join()
        assert not errors, errors[:3]
        assert statuses and set(statuses) == {200}, {s: statuses.count(s) for s in set(statuses)}
        assert len(statuses) > 30
        assert all(a["rows"][-1] == {"period": "2026-08-21", "value": 4.77} for a in after), after
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            server.kill()


def test_store_gate_waits_for_old_readers_then_serves_the_new_file(tmp_path):
    """The DuckDB instance cache would keep serving the old file; the gate must not."""
    import duckdb

    from ustflow.store import Store
    from ustflow.web.storegate import StoreGate

    def make(p: Path, v: int) -> None:
        con = duckdb.connect(str(p))
        con.execute(f"CREATE OR REPLACE TABLE t AS SELECT {v} AS v")
        con.execute("CHECKPOINT")
        con.close()

    live = tmp_path / "store.duckdb"
    make(live, 1)
    gate = StoreGate(Store(live), wait_seconds=600)
    seen: dict[str, int] = {}
    release, reading = threading.Event(), threading.Event()

    def value(s) -> int:
        # what Store.read does (connect by path, read-only), minus its check of the store layout
        con = duckdb.connect(str(s.path), read_only=True)
        try:
            return con.execute("SELECT v FROM t").fetchall()[0][0]
        finally:
            con.close()

    def old_reader():
        with gate.reading() as (s, _):
            seen["old"] = value(s)
            reading.set()
            release.wait(60)
            seen["old_again"] = value(s)  # still the old file, whole, until this reader is done

    t = threading.Thread(target=old_reader)
    t.start()
    assert reading.wait(600), "the old reader never read"  # no sleep: the swap comes after its first read
    make(tmp_path / "new.duckdb", 2)
    os.replace(tmp_path / "new.duckdb", live)
    threading.Timer(0.3, release.set).start()
    with gate.reading() as (s, _):  # waits for the old reader, then opens the new file
        seen["new"] = value(s)
    t.join()
    gate.close()
    assert seen == {"old": 1, "old_again": 1, "new": 2}


# ------------------------------------------------------------------ scenarios (issue 9)
def test_scenario_endpoint_returns_run_scenario_numbers(client, loaded_store):
    from ustflow.views import scenario as vs
    from ustflow.views.scenario_page import WEB_SIMS

    r = client.get("/api/scenario/carry-unwind", params={"months": 6, "seed": 7})
    assert r.status_code == 200
    body = r.json()
    want = vs.run_scenario("carry-unwind", months=6, seed=7, store=loaded_store, n_sims=WEB_SIMS)  # fits afresh
    got = pd.DataFrame(body["rows"])
    assert len(got) == len(want) and body["n_sims"] == WEB_SIMS and body["seed"] == 7
    assert got["period"].tolist() == want["period"].astype(str).tolist()
    for c in ("value", "lower", "upper"):
        assert got[c].to_numpy() == pytest.approx(want[c].to_numpy(), rel=1e-9, nan_ok=True), c
    assert body["units"]["holdings_usd_bn"] == want.attrs["units"]["holdings_usd_bn"]
    assert body["warnings"] == want.attrs["warnings"]
    h = got[got["variable"] == "holdings_usd_bn"]
    # month 0 is Japan's latest TIC holdings carried to the scenario's start with MoF's known flows
    # (the bridge); the yen 15% stronger in a month: the band is a real band
    assert h["value"].iloc[0] == pytest.approx(want.attrs["holdings_start_usd_bn"])
    assert want.attrs["holdings0_usd_bn"] == ustflow.series("tic.holdings.japan", store=loaded_store).iloc[-1]
    assert (h["lower"].iloc[1:] < h["upper"].iloc[1:]).all()
    # CSV: the same rows, units and warnings in comments
    csv = client.get("/api/scenario/carry-unwind", params={"months": 6, "seed": 7, "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    comments = [ln for ln in csv.text.splitlines() if ln.startswith("#")]
    assert any("USD bn, end of month" in c for c in comments) and any(c.startswith("# warning:") for c in comments)
    df = pd.read_csv(io.StringIO(csv.text), comment="#", keep_default_na=False, na_values=[""])
    assert df["value"].to_numpy() == pytest.approx(want["value"].to_numpy(), rel=1e-9, nan_ok=True)


def test_scenario_endpoint_refuses_bad_presets_and_horizons(client):
    for url in ["/api/scenario/no-such-preset", "/api/scenario/status-quo.toml", "/api/scenario/status-quo?months=0",
                "/api/scenario/status-quo?months=37", "/api/scenario/status-quo?seed=-1",
                "/api/scenario/status-quo?n_sims=10"]:
        r = client.get(url)
        assert r.status_code == 422, (url, r.status_code, r.text[:200])
    spec = client.get("/openapi.json").json()["paths"]["/api/scenario/{preset}"]["get"]["parameters"]
    p = {x["name"]: x["schema"] for x in spec}
    assert p["preset"]["enum"] == list(ustflow.views.scenario.list_scenarios()["name"])
    assert p["months"]["anyOf"][0]["minimum"] == 1 and p["months"]["anyOf"][0]["maximum"] == 36


def test_scenario_charts_and_page(client, loaded_store):
    from ustflow.views.scenario_page import scenario_paths

    want = scenario_paths("mof-intervention-10tn", months=4, seed=0, store=loaded_store)
    body = client.get("/api/charts/scenario_holdings", params={"preset": "mof-intervention-10tn", "months": 4}).json()
    rows = body["spec"]["datasets"]["paths"]
    h = want[want["variable"] == "holdings_usd_bn"]
    assert [r["period"] for r in rows] == h["period"].astype(str).tolist()
    assert [r["value"] for r in rows] == pytest.approx(h["value"].tolist(), rel=1e-5)
    # the 10tn-yen intervention funded by Treasuries: official sales in its month, at that month's USD/JPY
    off = want[(want["variable"] == "official_treasury_net_usd_bn")].set_index("month")["value"]
    fx = want[(want["variable"] == "usdjpy")].set_index("month")["value"]
    sold = off[off < 0]
    assert len(sold) == 1 and sold.iloc[0] == pytest.approx(-10_000 / fx[sold.index[0]], rel=1e-6)
    assert body["meta"]["unit"] == "USD bn" and "Warning:" in body["meta"]["notes"]
    assert client.get("/api/charts/scenario_flows", params={"preset": "x"}).status_code == 422
    page = client.get("/scenario", params={"preset": "carry-unwind"})
    assert page.status_code == 200
    for cid in ("scenario_flows", "scenario_holdings", "scenario_impact", "scenario_inputs"):
        assert f'data-chart="{cid}"' in page.text
    assert '<a href="/scenario"' in client.get("/").text
    assert "out of sample" in page.text and "500 simulations" in page.text
    assert "worse than the training mean" in page.text  # the model's own warnings, shown plainly
