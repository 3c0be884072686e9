"""As-of honesty on the real files: every as-of read says whether it used archived vintages or the
latest values backdated to their usual release (pseudo real time); --strict keeps to archived
vintages; new periods never sit next to values their own release had already revised.

The store here holds mfhhis01 as released 2026-03-18 (archived vintage, UK Dec-2025 = 866.0) and
2026-05-18 (863.1), and SLT Table 5 as fetched for the mirror (2026-01 onwards)."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import ustflow
from tests.conftest import SHARED_DATA
from tests.helpers import cli
from ustflow.store import ARCHIVED, BACKDATED, Store

UK = "tic.holdings.united_kingdom"
M = lambda s: pd.Period(s, "M")  # noqa: E731


@pytest.fixture(scope="module")
def store(loaded_store, tmp_path_factory):
    """The loaded store plus mfhhis01's March release, built once per test run (tests.conftest.built_once)
    and shared by the xdist workers, with what the views cache beside it (read-only for tests)."""
    from tests.conftest import built_once

    def build(home):
        shutil.copy(loaded_store.path, home / "store.duckdb")
        ustflow.import_file(SHARED_DATA / "vintages" / "mfhhis01_2026-03-18.txt", store=Store(home))

    return Store(built_once(tmp_path_factory, "asof-home", build))


def test_a_day_before_a_release_never_mixes_new_months_with_pre_revision_values(store):
    """On 2026-05-17 January and February 2026 were due (month end + 50 days) but the store holds them
    only in a file fetched later. The old read put them next to the March file's 866.0 for December,
    which the release carrying January had already revised to 863.1: a table never published."""
    s = ustflow.series(UK, start="2025-10", as_of="2026-05-17", store=store)
    assert s.attrs["vintage_kind"] == BACKDATED and "held only in a later file" in s.attrs["vintage_note"]
    assert s[M("2026-02")] == 897.3 and M("2026-03") not in s.index  # March was not due yet
    # one vintage for the whole series: every value is the one held as of the vintage that first
    # holds the new months (brute force over every stored value)
    v = ustflow.vintages(UK, start="2025-10", store=store)
    first = v.groupby("period")["vintage"].min()
    cut = max(first[pd.Timestamp("2026-01-01")], first[pd.Timestamp("2026-02-01")])
    view = v[v["vintage"] <= cut].sort_values("vintage").groupby("period")["value"].last()
    for p, value in s.items():
        assert value == view[p.to_timestamp()], p
    assert s[M("2025-12")] == 863.1  # not the pre-revision 866.0


def test_strict_uses_archived_vintages_only(store):
    s = ustflow.series(UK, start="2025-10", as_of="2026-05-17", store=store, strict=True)
    assert s.attrs["vintage_kind"] == ARCHIVED and "left out" in s.attrs["vintage_note"]
    assert s[M("2025-12")] == 866.0 and s.index[-1] <= M("2025-12")  # as the March file said it
    # after the May release the archived vintage has the revision
    may = ustflow.series(UK, start="2025-12", end="2025-12", as_of="2026-05-19", store=store, strict=True)
    assert may.iloc[0] == 863.1 and may.attrs["vintage_kind"] == ARCHIVED


def test_archived_when_nothing_due_is_missing(store):
    s = ustflow.series(UK, start="2025-12", end="2025-12", as_of="2026-04-01", store=store)
    assert s.iloc[0] == 866.0 and s.attrs["vintage_kind"] == ARCHIVED and s.attrs["vintage_note"] == ""
    # a daily FRED file fetched once: every as-of date before its fetch is backdated
    y = ustflow.series("fred.dgs10", start="2023-12-01", as_of="2024-01-01", store=store)
    assert y.attrs["vintage_kind"] == BACKDATED and y.index[-1] <= pd.Timestamp("2024-01-01")
    assert ustflow.series("fred.dgs10", as_of="2024-01-01", store=store, strict=True).empty


def test_frames_and_views_carry_the_kinds(store):
    f = ustflow.frame([UK, "tic.holdings.japan"], start="2025-06", as_of="2026-05-17", store=store)
    assert f.attrs["vintage_kinds"] == {UK: BACKDATED, "tic.holdings.japan": BACKDATED}
    latest = ustflow.frame([UK], start="2025-06", store=store)
    assert "vintage_kinds" not in latest.attrs  # no as-of: the latest values, nothing to say


def test_cli_says_which_kind_and_strict_changes_it(store):
    args = ["show", UK, "--start", "2025-10", "--as-of", "2026-05-17", "--format", "csv"]
    r = cli(args, store.home)
    assert r.returncode == 0, r.stderr
    assert "863.1" in r.stdout and "latest values, backdated (pseudo real time)" in r.stderr
    assert "--strict uses archived vintages only" in r.stderr
    r = cli([*args, "--strict"], store.home)
    assert r.returncode == 0, r.stderr
    rows = dict(line.split(",") for line in r.stdout.splitlines()[2:])
    assert float(rows["2025-12"]) == 866.0 and "2026-02" not in rows
    assert "archived vintages for 1 series" in r.stderr and "backdated" not in r.stderr
    r = cli(["holders", "--as-of", "2024-06-30", "--top", "3", "--format", "json"], store.home)
    assert r.returncode == 0 and "vintages: as of 2024-06-30" in r.stderr
    r = cli(["holders", "--top", "3"], store.home)
    assert "vintages:" not in r.stderr  # no as-of, no note


@pytest.mark.slow
def test_report_and_api_say_which_kind(store):
    from fastapi.testclient import TestClient

    from ustflow.report import build_report
    from ustflow.web.app import create_app

    rep = build_report(store=store, as_of="2026-05-17", charts=["holdings"])
    assert "Vintages used: as of 2026-05-17:" in rep.html
    assert "latest values, backdated (pseudo real time) for" in rep.html and "tic.holdings.united_kingdom" in rep.html
    with TestClient(create_app(store, warm=False), base_url="http://127.0.0.1") as c:
        r = c.get(f"/api/series/{UK}", params={"as_of": "2026-05-17", "start": "2025-10"})
        assert r.status_code == 200 and "latest values, backdated" in r.headers["x-ustflow-vintages"]
        assert "x-ustflow-vintages" not in c.get(f"/api/series/{UK}").headers


def test_cached_views_keep_strict_apart_and_still_report_their_vintages(store):
    """Views are cached per store version (ustflow.cache): a hit must say which vintages it used, and
    --strict must never be served a non-strict answer (or the other way round)."""
    from ustflow.store.reader import STRICT, as_of_ledger
    from ustflow.views import holdings as hv

    kinds = []
    for _ in range(2):  # computed, then served from the cache
        with as_of_ledger() as entries:
            t = hv.holders(as_of="2026-05-17", top=3, store=store)
        kinds.append({sid: k["kind"] for _, sid, k in entries})
        assert t.attrs["month"] == "2026-02"
    assert kinds[0] == kinds[1] and kinds[0][UK] == BACKDATED
    token = STRICT.set(True)
    try:
        with as_of_ledger() as entries:
            strict = hv.holders(as_of="2026-05-17", top=3, store=store)
    finally:
        STRICT.reset(token)
    assert strict.attrs["month"] == "2025-12" and {k["kind"] for _, _, k in entries} == {ARCHIVED}
    assert strict.set_index("id").loc["united_kingdom", "holdings_usd_bn"] == 866.0
