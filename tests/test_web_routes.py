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
