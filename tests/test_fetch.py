"""Fetching over real HTTP from a server on 127.0.0.1 that serves the mirror folder."""

from __future__ import annotations

import pytest

import ustflow
from tests.conftest import MIRROR
from tests.helpers import snapshot
from tests.httpserver import MirrorServer
from ustflow.fetch import FetchPolicy
from ustflow.store import Store

FAST = dict(retries=2, backoff=0.05, timeout=2.0, connect_timeout=1.0)


@pytest.fixture
def server():
    with MirrorServer(MIRROR) as s:
        yield s


def _update(store, server, only, **policy):
    return ustflow.update(only=only, store=store, base_url=server.base, policy=FetchPolicy(**{**FAST, **policy}))


def test_200_then_304_nothing_reparsed(tmp_path, server):
    store = Store(tmp_path)
    first = _update(store, server, "mof_its_weekly,fred_dgs10")
    assert first.ok and first.rows_added > 0
    assert [s for _, s, _ in server.requests] == [200, 200]
    ua = server.requests[0][2]["User-Agent"]
    assert ua.startswith("ustflow/")
    before = snapshot(store.path)
    second = _update(store, server, "mof_its_weekly,fred_dgs10")
    assert [r.outcome for r in second.results] == ["not_modified", "not_modified"]
    assert [s for _, s, _ in server.requests[2:]] == [304, 304]
    assert "If-None-Match" in server.requests[2][2]
    assert snapshot(store.path) == before
    # the fetch is recorded in the sources table
    src = ustflow.sources(store=store).set_index("source")
    assert src.loc["mof_its_weekly", "last_fetch"] is not None
    assert src.loc["mof_its_weekly", "release_date"] == "2026-08-14"


def test_503_then_200_is_retried(tmp_path, server):
    server.script("week.csv", [503, 503])
    rep = _update(Store(tmp_path), server, "mof_its_weekly")
    assert rep.ok
    assert [s for n, s, _ in server.requests if n == "week.csv"] == [503, 503, 200]


def test_persistent_503_gives_up_after_bounded_retries(tmp_path, server):
    server.script("week.csv", [503] * 10)
    store = Store(tmp_path)
    rep = _update(store, server, "mof_its_weekly,fred_dgs10")
    res = {r.source_id: r for r in rep.results}
    assert res["mof_its_weekly"].outcome == "failed"
    assert "3 attempts" in res["mof_its_weekly"].message and "503" in res["mof_its_weekly"].message
    assert res["fred_dgs10"].outcome == "loaded"
    assert len([1 for n, _, _ in server.requests if n == "week.csv"]) == 3


def test_404_fails_that_source_only(tmp_path, server):
    store = Store(tmp_path)
    rep = ustflow.update(only="fred_dgs10,fred_dgs2", store=store, policy=FetchPolicy(**FAST),
                         base_url=server.base)
    assert rep.ok
    before = snapshot(store.path)
    server.overrides["DGS2.csv"] = None  # type: ignore[assignment]
    server.folders = []  # nothing served any more -> 404
    server.set_file("DGS10.csv", (MIRROR / "DGS10.csv").read_bytes() + b"2026-08-21,4.33\n")
    rep = _update(store, server, "fred_dgs10,fred_dgs2")
    res = {r.source_id: r for r in rep.results}
    assert res["fred_dgs2"].outcome == "failed" and "HTTP 404" in res["fred_dgs2"].message
    assert res["fred_dgs10"].outcome == "loaded" and res["fred_dgs10"].rows_added == 1
    after = snapshot(store.path)
    assert after["observations"]["fred_dgs2"] == before["observations"]["fred_dgs2"]


def test_changed_file_is_fetched_again_and_adds_a_vintage(tmp_path, server):
    store = Store(tmp_path)
    assert _update(store, server, "fred_dgs10").ok
    server.set_file("DGS10.csv", (MIRROR / "DGS10.csv").read_bytes() + b"2026-08-21,4.33\n")
    rep = _update(store, server, "fred_dgs10")
    assert rep.ok and rep.rows_added == 1
    # the request was conditional but the validators no longer matched
    assert "If-None-Match" in server.requests[-1][2] and server.requests[-1][1] == 200


def test_a_last_modified_that_agrees_with_the_data_is_the_vintage(tmp_path, server):
    server.set_mtime("DGS10.csv", 1_788_264_000)  # 2026-09-01 12:00 GMT, after the newest day (2026-08-20)
    res = _update(Store(tmp_path), server, "fred_dgs10").results[0]
    assert (res.outcome, res.vintage, res.vintage_basis) == ("loaded", "2026-09-01 12:00:00", "HTTP Last-Modified")


def test_an_old_last_modified_is_not_the_vintage_of_newer_data(tmp_path, server):
    """A cache's Last-Modified (2023-11-14) before the file's newest day (2026-08-20) proves nothing:
    the file loads (rule future_period judges it by its fetch time), dated when it was fetched."""
    server.set_mtime("DGS10.csv", 1_700_000_000)
    res = _update(Store(tmp_path), server, "fred_dgs10").results[0]
    assert res.outcome == "loaded", res.message
    assert res.vintage_basis == ("fetch time (the HTTP Last-Modified, 2023-11-14, is older than the file's "
                                 "newest period, 2026-08-20)")
    assert res.vintage > res.newest_period  # the fetch time, not 2023-11-14


def test_a_last_modified_in_the_future_does_not_let_a_future_period_in(tmp_path, server):
    server.set_file("DGS10.csv", (MIRROR / "DGS10.csv").read_bytes() + b"2099-01-02,4.50\n")
    server.set_mtime("DGS10.csv", 4_071_254_400)  # 2099-01-05
    store = Store(tmp_path)
    res = _update(store, server, "fred_dgs10").results[0]
    assert res.outcome == "failed"
    assert "DGS10.csv" in res.message and "rule future_period" in res.message
    assert "the time it was fetched" in res.message and "fred.dgs10 2099-01-02 = 4.5" in res.message
    assert ustflow.sources(store=store).set_index("source").loc["fred_dgs10", "rows"] in (0, None)


def _worker_dies(key, i):  # run in a forked parse worker: it dies as a crashed process would
    import os

    os._exit(1)


@pytest.mark.slow
def test_a_parse_worker_that_dies_costs_no_source(tmp_path, monkeypatch):
    """A full load parses in worker processes; if one dies, its files are parsed in the updating process."""
    from ustflow import parse_pool

    monkeypatch.setattr(parse_pool, "parse_job", _worker_dies)
    rep = ustflow.update(mirror=MIRROR, store=Store(tmp_path))
    assert rep.ok, [(r.source_id, r.message) for r in rep.failed]
    assert rep.rows_added > 100_000
