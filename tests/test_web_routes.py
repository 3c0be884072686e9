"""Each dashboard route module serves on its own (``create_app(store, routers=[...])``)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from ustflow.web import routes
from ustflow.web.app import create_app
from ustflow.web.routes import series, tables


def test_every_route_lives_in_exactly_one_module():
    seen: dict[str, str] = {}
    for router in routes.ROUTERS:
        for r in router.routes:
            key = f"{sorted(r.methods)} {r.path}"
            assert key not in seen, f"{key} declared twice"
            seen[key] = r.endpoint.__module__
    assert seen["['GET'] /api/series/{series_id}"] == "ustflow.web.routes.series"
    assert seen["['POST'] /api/check"] == "ustflow.web.routes.check"


def test_one_router_alone_serves_its_routes_and_nothing_else(loaded_store):
    app = create_app(loaded_store, warm=False, routers=[series.router])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        body = c.get("/api/series/tic.holdings.japan", params={"start": "2026-04", "end": "2026-04"}).json()
        assert body["rows"] == [{"period": "2026-04", "value": 1209.9}]  # reference check tic03
        assert c.get("/api/flows").status_code == 404
        assert c.get("/health").status_code == 404
        assert "content-security-policy" in c.get("/api/flows").headers  # the security layer still wraps it
    app.state.gate.close()


def test_tables_router_alone_refuses_unknown_parameters(loaded_store):
    app = create_app(loaded_store, warm=False, routers=[tables.router])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        r = c.get("/api/holders", params={"top": 3, "colour": "red"})
        assert r.status_code == 422 and "'colour'" in r.json()["detail"]
        rows = c.get("/api/holders", params={"top": 3, "month": "2025-12"}).json()["rows"]
        assert rows[0]["country"] == "Japan" and rows[0]["holdings_usd_bn"] == 1185.5  # reference check tic02
        assert c.get("/api/series").status_code == 404
    app.state.gate.close()


def test_api_index_lists_every_endpoint(loaded_store):
    with TestClient(create_app(loaded_store, warm=False), base_url="http://127.0.0.1") as c:
        body = c.get("/api").json()
        doc = c.get("/openapi.json").json()
    paths = {e["path"] for e in body["endpoints"]}
    assert paths == set(doc["paths"]) and body["openapi"] == "/openapi.json"
    series = next(e for e in body["endpoints"] if e["path"] == "/api/series/{series_id}")
    assert {"start", "end", "as_of", "format"} <= set(series["parameters"]) and series["formats"] == ["json", "csv"]


def test_stale_banner_is_one_line_with_the_list_one_click_away(loaded_store):
    import ustflow

    src = ustflow.sources(store=loaded_store)
    n = int((src["stale"] | src["status"].str.contains("failed|not loaded")).sum())
    with TestClient(create_app(loaded_store, warm=False), base_url="http://127.0.0.1") as c:
        html = c.get("/holdings").text
    banner = html[html.index('id="stale"'):html.index("</div>", html.index('id="stale"'))]
    first = banner.split("<details>")[0]
    assert f">{n} sources older than their release cadence allows" in first
    assert f"newest data {src['newest_period'].max()}" in first and "ustflow update" in first
    assert banner.count("<li>") == n and "<summary>" in banner


def test_as_of_pages_judge_staleness_as_of_that_date(loaded_store):
    import ustflow

    then = ustflow.sources(as_of="2024-06-30", store=loaded_store)
    weekly = then.set_index("source").loc["mof_its_weekly"]
    assert weekly["newest_period"] <= "2024-06-29" and weekly["status"] == "ok"  # nothing from 2026 leaks back
    with TestClient(create_app(loaded_store, warm=False), base_url="http://127.0.0.1") as c:
        html = c.get("/", params={"as_of": "2024-06-30"}).text
    assert "newest 2026" not in html and "newest data 2024-06-" in html


def test_japan_has_one_colour_on_every_chart(loaded_store):
    with TestClient(create_app(loaded_store, warm=False), base_url="http://127.0.0.1") as c:
        colours = set()
        for countries in ("japan,china_mainland", "china_mainland,united_kingdom,japan", "belgium,japan"):
            spec = c.get("/api/charts/holdings", params={"countries": countries}).json()["spec"]
            scale = spec["layer"][0]["encoding"]["color"]["scale"]
            colours.add(dict(zip(scale["domain"], scale["range"]))["Japan"])
    assert len(colours) == 1
