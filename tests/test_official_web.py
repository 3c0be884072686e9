"""The custody and Japan pages and their API (/api/custody, /api/japan, /api/sectors) on the loaded
store: every number equals the view's, CSV states units, bad input is a 4xx."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from ustflow.views import custody as cv, japan as jv, sectors as sv
from ustflow.web.app import create_app


@pytest.fixture(scope="module")
def client(loaded_store):
    with TestClient(create_app(loaded_store, warm=False), base_url="http://127.0.0.1") as c:
        yield c


def test_api_custody_views(client, loaded_store):
    body = client.get("/api/custody", params={"weeks": 4}).json()
    want = cv.weekly(weeks=4, store=loaded_store)
    assert [r["week_ending"] for r in body["rows"]] == list(want["week_ending"])
    assert body["rows"][-1]["level_usd_bn"] == 2636.947 and "face value" in body["unit"]
    falls = client.get("/api/custody", params={"view": "falls", "weeks": 4, "top": 2}).json()["rows"]
    assert [(r["from_week"], r["to_week"]) for r in falls] == [("2020-02-26", "2020-03-25"), ("2014-02-12", "2014-03-12")]
    csv = client.get("/api/custody", params={"view": "tic", "start": "2026-01", "format": "csv"}).text
    assert csv.startswith("# Custody at the New York Fed") and "2026-04,2026-04-29,2735.038,3906.5" in csv


def test_api_japan_and_sectors(client, loaded_store):
    body = client.get("/api/japan", params={"start": "2023-02"}).json()
    t = jv.reconcile(start="2023-02", store=loaded_store)
    assert body["reading"] == t.attrs["reading"] and body["unit"] == "USD bn"
    assert len(body["rows"]) == len(t) and body["rows"][0]["month"] == "2023-02"
    assert body["summary"]["totals"]["tic_lt_treasury_net"] == pytest.approx(38.523)
    us = client.get("/api/japan", params={"view": "us_sovereign", "start": "2026-02", "end": "2026-02"}).json()["rows"]
    assert us == [{"month": "2026-02", "net": pytest.approx(-27688.963445), "acquisition": pytest.approx(95923.930935),
                   "disposition": pytest.approx(123612.89438), "rank_sale": 7, "months": 148}]
    sec = client.get("/api/sectors").json()
    assert {r["key"] for r in sec["rows"]} == set(sv.sectors(store=loaded_store)["key"])
    life = client.get("/api/sectors", params={"sector": "life", "start": "2026Q1"}).json()
    assert life["rows"] == [pytest.approx({**life["rows"][0], "stock": 872564.0})] and life["code"] == "132"


@pytest.mark.parametrize("url,status", [("/api/custody?view=nope", 422), ("/api/custody?weeks=0", 422),
                                        ("/api/japan?currency=eur", 422), ("/api/japan?start=2025-13", 422),
                                        ("/api/sectors?sector=xyz", 404), ("/api/sectors?quarter=2025Q5", 422),
                                        ("/api/sectors?sector=pension", 404), ("/api/custody?colour=red", 422)])
def test_api_bad_input(client, url, status):
    assert client.get(url).status_code == status


def test_pages_render_tables_with_units_and_the_reading(client, loaded_store):
    html = client.get("/custody").text
    assert "Custody" in html and cv.summary(store=loaded_store)["text"] in html
    assert 'data-chart="custody"' in html and 'data-chart="custody_tic"' in html and "face value" in html
    html = client.get("/japan", params={"start": "2023-02"}).text
    reading = jv.reconcile(start="2023-02", store=loaded_store).attrs["reading"]
    assert reading.replace("'", "&#39;") in html
    assert 'data-chart="japan_flows"' in html and 'data-chart="sectors"' in html
    assert "/api/sectors?format=csv" in html


def test_charts_of_the_new_pages(client):
    for cid in ("custody", "custody_tic", "japan_flows", "japan_cumulative", "sectors"):
        r = client.get(f"/api/charts/{cid}")
        assert r.status_code == 200, (cid, r.text[:200])
        meta = r.json()["meta"]
        assert meta["unit"] and meta["source"] and meta["newest"], cid
    assert client.get("/api/charts/sectors", params={"sectors": "nonexistent"}).status_code == 404
    assert client.get("/api/charts/custody", params={"top": 0}).status_code == 200
    assert client.get("/api/japan", params={"as_of": "2013-06-30"}).status_code == 404  # BoP detail from 2014


def test_nowcast_page_tables_state_their_unit_once(client):
    import re

    html = client.get("/nowcast").text
    heads = re.findall(r"<th>(.*?)</th>", html)
    assert "estimate USD bn" in heads and "mae USD bn" in heads
    assert not [h for h in heads if h.count("USD bn") > 1], heads  # not 'estimate USD bn<br><small>USD bn</small>'
    assert "Last published 2026-04 = 1,209.9 USD bn" in html and "80% interval" in html


def test_api_nowcast_takes_every_holder_the_cli_takes(client):
    """``/api/nowcast`` accepts any Major Foreign Holders country, as ``ustflow nowcast --country`` does (it took
    four names only); an unknown one is a 404 that says which names exist."""
    body = client.get("/api/nowcast", params={"country": "taiwan"}).json()
    assert body["name"] == "Taiwan" and body["unit"].startswith("USD bn")
    assert body["last_published"]["value_usd_bn"] == 300.9 and body["estimates"]  # mfhhis01, 2026-04
    bt = client.get("/api/nowcast/backtest", params={"country": "taiwan", "format": "csv"})
    assert bt.status_code == 200 and "Taiwan" in bt.text.splitlines()[0]
    r = client.get("/api/nowcast", params={"country": "narnia"})
    assert r.status_code == 404 and "unknown country 'narnia'" in r.json()["detail"]
