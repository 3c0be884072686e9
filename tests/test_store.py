"""The vintaged store on the real mirror files, through the public API and the CLI."""

from __future__ import annotations

import csv
import json
import re
import shutil

import pandas as pd
import pytest

import ustflow
from tests.conftest import MIRROR, SHARED_DATA
from tests.helpers import cli, run_cli, snapshot, total_rows
from ustflow.store import Store


@pytest.fixture(scope="module")
def loaded(loaded_store) -> Store:
    return loaded_store


def test_every_source_loads_from_the_mirror(loaded):
    df = ustflow.sources(store=loaded)
    assert set(df["status"]) - {"ok", "stale", "legacy, stale", "discontinued", "curated", "non-official"} == set()
    assert (df["rows"] > 0).all(), df[df["rows"] == 0]["source"].tolist()


def test_series_has_unit_and_period_index(loaded):
    jp = ustflow.series("tic.holdings.japan", store=loaded)
    assert jp.attrs["unit"] == "USD bn"
    assert isinstance(jp.index, pd.PeriodIndex) and jp.index.freqstr == "M"
    wk = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded)
    assert wk.attrs["unit"] == "JPY 100mn"
    p = wk.index[wk.index.get_loc(pd.Period("2025-04-05", "W-SAT"))]
    assert p.start_time == pd.Timestamp("2025-03-30") and p.end_time.normalize() == pd.Timestamp("2025-04-05")


# --- reference checks: every row of reference_checks.csv about a loaded file -------------------
REF = {
    # check_id: (series id, period, expected value in the file's unit)
    "tic01": ("tic.holdings.china_mainland", "2013-11", 1316.7),
    "tic02": ("tic.holdings.japan", "2025-12", 1185.5),
    "tic03": ("tic.holdings.japan", "2026-04", 1209.9),
    "tic07": ("tic.slt.japan.treasury_pos", "2026-04", 1209889),
    "mof01": ("mof.weekly.assets.lt_debt.net", "2025-04-05", -25726),
    "mof02": ("mof.weekly.assets.lt_debt.net", "2025-04-19", 2189),
    "mof03": ("mof.weekly.assets.equity.net", "2025-04-19", 6104),
    "mof04": ("mof.weekly.assets.lt_debt.net", "2025-04-26", 4384),
    "mof06": ("mof.monthly.assets.equity.net", "2025-05", -4237),
    "mof07": ("mof.monthly.lt_debt.banks.net", "2025-05", 29380),
    "mof08": ("mof.monthly.lt_debt.life_insurers.net", "2025-05", 5309),
    "mof09": ("mof.monthly.lt_debt.investment_trusts.net", "2025-05", 2514),
    "mof11": ("mof.monthly.lt_debt.banks.net", "2023-04", -20769),
    "mof12": ("mof.monthly.lt_debt.life_insurers.net", "2023-04", 629),
    "fred02": ("fred.dgs10", "2020-08-04", 0.52),
    "fred03": ("fred.sofr", "2018-04-03", 1.83),
    "jgb01": ("jgb.10y", "2016-07-27", -0.297),
    "jgb02": ("jgb.10y", "2025-03-27", 1.588),
}
PAIRS = {  # rows with two values
    "mof05": [("mof.monthly.assets.lt_debt.net", "2025-05", 39874), ("mof.monthly.assets.st_debt.net", "2025-05", 2004)],
    "mof10": [("mof.monthly.assets.lt_debt.net", "2023-04", -11555), ("mof.monthly.assets.st_debt.net", "2023-04", -2033)],
    "fred01": [("fred.dgs10", "2025-04-04", 4.01), ("fred.dgs10", "2025-04-11", 4.48)],
    "fx02": [("fred.dexjpus", "2024-07-10", 161.73), ("fred.dexjpus", "2024-07-11", 158.58)],
    "fx03": [("fred.dexjpus", "2026-07-29", 163.86), ("fred.dexjpus", "2026-07-30", 159.47)],
}


def _value(store, sid, period):
    s = ustflow.series(sid, store=store)
    key = pd.Period(period, s.index.freqstr) if isinstance(s.index, pd.PeriodIndex) else pd.Timestamp(period)
    return s.loc[key]


def test_reference_checks_cover_every_loaded_row():
    with open(SHARED_DATA / "reference_checks.csv", newline="") as fh:
        ids = {r["check_id"] for r in csv.DictReader(fh)}
    # tic06 (vintages) and fx01 (two downloads) are tested below
    assert ids - set(REF) - set(PAIRS) == {"tic06", "fx01"}


@pytest.mark.parametrize("check", sorted(REF))
def test_reference_value(loaded, check):
    sid, period, expected = REF[check]
    assert _value(loaded, sid, period) == pytest.approx(expected)


@pytest.mark.parametrize("check", sorted(PAIRS))
def test_reference_pair(loaded, check):
    for sid, period, expected in PAIRS[check]:
        assert _value(loaded, sid, period) == pytest.approx(expected)


def test_fx01_second_dexjpus_download_is_an_earlier_identical_vintage(loaded, tmp_path):
    store = Store(tmp_path)
    assert ustflow.update(mirror=MIRROR, only="fred_dexjpus", store=store).ok
    rep = ustflow.import_file(SHARED_DATA / "vintages" / "DEXJPUS_2020-08-24_2025-08-22.csv", store=store)
    assert rep.ok
    assert rep.rows_added == 1305 - 57  # its dated rows, recorded as known since 2025-08-22
    assert rep.results[0].vintage.startswith("2025-08-22")
    old = ustflow.series("fred.dexjpus", as_of="2025-08-22", start="2020-08-24", store=store)
    new = ustflow.series("fred.dexjpus", start="2020-08-24", end="2025-08-22", store=store)
    assert len(old) == 1248
    assert (old == new.loc[old.index]).all()  # identical on every overlapping date


# --- stitching -------------------------------------------------------------------------------
def test_stitched_holdings_have_one_value_per_month_without_gap(loaded):
    jp = ustflow.series("tic.holdings.japan", store=loaded)
    assert jp.index[0] == pd.Period("2000-03", "M") and jp.index[-1] == pd.Period("2026-04", "M")
    assert len(jp) == len(pd.period_range("2000-03", "2026-04", freq="M"))
    assert jp.index.is_unique
    assert jp[pd.Period("2026-04", "M")] == 1209.9


def test_countries_plus_all_other_match_grand_total(loaded):
    # the groups the file prints as rows (Oil Exporters, Carib Bnkng Ctrs) are part of the sum
    not_in_sum = {"grand_total", "foreign_official", "foreign_official_bills", "foreign_official_bonds_notes",
                  "all_other", "all_other_table5"}
    ids = [i for i in ustflow.search("tic.holdings.", store=loaded)["id"] if i.startswith("tic.holdings.")]
    assert "tic.holdings.all_other_table5" in ids
    df = ustflow.frame(ids, store=loaded)
    countries = [c for c in df.columns if c.removeprefix("tic.holdings.") not in not_in_sum]
    # All Other is the residual of mfhhis01's country list; after 2025-12 only Table 5's (its own id)
    other = df["tic.holdings.all_other"].fillna(df["tic.holdings.all_other_table5"])
    total = df[countries].sum(axis=1) + other
    diff = (total - df["tic.holdings.grand_total"]).abs()
    assert diff.max() <= 0.5 + 1e-9, diff.idxmax()


# --- vintages ------------------------------------------------------------------------------------
def _csv_values(out: str) -> dict[str, float]:
    """period -> value of `show --format csv` (however the number is printed)."""
    rows = csv.DictReader(ln for ln in out.splitlines() if not ln.startswith("#"))
    return {r["period"]: float(r["value"]) for r in rows}


@pytest.mark.parametrize("order", ["import_first", "mirror_first"])
def test_vintages_point_in_time_either_order(tmp_path, order):
    old = SHARED_DATA / "vintages" / "mfhhis01_2026-03-18.txt"
    steps = [["import", old, "--source", "tic_mfh_history"], ["update", "--mirror", MIRROR, "--only", "tic_mfh"]]
    if order == "mirror_first":
        steps.reverse()
    for step in steps:
        r = cli(step, tmp_path)
        assert r.returncode == 0, r.stderr
    r = cli(["show", "tic.holdings.united_kingdom", "--as-of", "2026-04-01", "--start", "2025-12",
                 "--end", "2025-12", "--format", "csv"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert _csv_values(r.stdout) == {"2025-12": 866.0}
    r = cli(["show", "tic.holdings.united_kingdom", "--start", "2025-12", "--end", "2025-12",
                 "--format", "csv"], tmp_path)
    assert _csv_values(r.stdout) == {"2025-12": 863.1}
    r = cli(["show", "tic.holdings.united_kingdom", "--vintages", "--start", "2025-12", "--end", "2025-12",
                 "--format", "json"], tmp_path)
    rows = json.loads(r.stdout)["rows"]
    values = {row["value"] for row in rows}
    assert {866.0, 863.1} <= values
    assert any(row["vintage"].startswith("2026-03-18") for row in rows)
    assert any(row["vintage"].startswith("2026-05-18") for row in rows)


def test_second_update_adds_nothing(tmp_path):
    store = Store(tmp_path)
    first = ustflow.update(mirror=MIRROR, only="mof,tic_mfh", store=store)
    assert first.ok and first.rows_added > 0
    before = snapshot(store.path)
    second = ustflow.update(mirror=MIRROR, only="mof,tic_mfh", store=store)
    assert second.ok and second.rows_added == 0
    assert {r.outcome for r in second.results} == {"unchanged"}
    assert snapshot(store.path) == before


def test_revised_file_adds_a_vintage_and_keeps_the_old_value(tmp_path):
    """A changed week.csv (one week revised, release date moved) adds exactly the changed value."""
    store = Store(tmp_path / "home")
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(MIRROR / "week.csv", mirror / "week.csv")
    assert ustflow.update(mirror=mirror, only="mof_its_weekly", store=store).ok
    text = (mirror / "week.csv").read_bytes().decode("cp932")
    assert '"174,732 ","-25,726 "' in text  # disposition and net revised together: acquisition - disposition = net
    text = text.replace('"174,732 ","-25,726 "', '"174,706 ","-25,700 "').replace("August  14 , 2026", "August  21 , 2026")
    (mirror / "week.csv").write_bytes(text.encode("cp932"))
    rep = ustflow.update(mirror=mirror, only="mof_its_weekly", store=store)
    assert rep.ok and rep.rows_added >= 1
    res = rep.results[0]
    assert res.revisions == rep.rows_added  # every new value revises a published one
    assert res.large_revisions == []  # -25,726 -> -25,700 is 0.1%, under the 5% event threshold
    from ustflow.store import read_revisions

    with store.read() as con:
        rv = read_revisions(con, series_ids=["mof.weekly.assets.lt_debt.net"])
    assert rv[["old_value", "new_value"]].values.tolist() == [[-25726.0, -25700.0]]
    v = ustflow.vintages("mof.weekly.assets.lt_debt.net", start="2025-04-05", end="2025-04-05", store=store)
    assert sorted(v["value"]) == [-25726.0, -25700.0]
    assert ustflow.series("mof.weekly.assets.lt_debt.net", store=store)[pd.Period("2025-04-05", "W-SAT")] == -25700
    old = ustflow.series("mof.weekly.assets.lt_debt.net", as_of="2026-08-15", store=store)
    assert old[pd.Period("2025-04-05", "W-SAT")] == -25726


def test_large_revision_is_reported_as_an_event(tmp_path):
    store = Store(tmp_path / "home")
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(MIRROR / "montha1.csv", mirror / "montha1.csv")
    assert ustflow.update(mirror=mirror, only="mof_its_monthly", store=store).ok
    text = (mirror / "montha1.csv").read_bytes().decode("cp932")
    assert '"39,874"' in text  # 2025-05 LT debt net
    revised = text.replace('"373,589","333,715","39,874"', '"363,589","333,715","29,874"')  # acquisition and net
    (mirror / "montha1.csv").write_bytes(revised.encode("cp932"))
    res = ustflow.update(mirror=mirror, only="mof_its_monthly", store=store).results[0]
    assert {"series": "mof.monthly.assets.lt_debt.net", "period": "2025-05-01", "old": 39874.0,
            "new": 29874.0} in res.large_revisions
    assert "by more than 5%" in res.message


def test_implausible_values_reject_the_file(tmp_path):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "DGS10.csv").write_bytes((MIRROR / "DGS10.csv").read_bytes() + b"2026-08-21,43.3\n")
    rep = ustflow.update(mirror=mirror, only="fred_dgs10", store=Store(tmp_path / "home"))
    assert not rep.ok
    assert "percent values between -2 and 25" in rep.results[0].message
    assert "fred.dgs10 2026-08-21 = 43.3" in rep.results[0].message


# --- bad input ------------------------------------------------------------------------------------
BAD_INPUTS = {
    "truncated": lambda b: b[: len(b) * 2 // 5],
    "garbled": lambda b: b[:3000] + bytes(range(256)) * 20 + b[3000:],
    "html": lambda b: b"<!DOCTYPE html><html><head><title>Error</title></head><body>Service unavailable</body></html>",
    "header_changed": None,  # per file below
    "empty": lambda b: b"",
}


@pytest.mark.parametrize("kind", ["truncated", "html", "header_changed", "empty"])
def test_bad_week_csv_fails_alone_and_store_keeps_previous_data(tmp_path, kind):
    home = tmp_path / "home"
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for name in ["week.csv", "montha1.csv", "DGS10.csv"]:
        shutil.copy(MIRROR / name, mirror / name)
    assert cli(["update", "--mirror", mirror, "--only", "mof_its_weekly,mof_its_monthly,fred_dgs10"],
                   home).returncode == 0
    before = snapshot(home / "store.duckdb")
    raw = (MIRROR / "week.csv").read_bytes()
    if kind == "header_changed":
        text = raw.decode("cp932").replace("Long-term debt securities", "Bonds and notes", 1)
        bad = text.encode("cp932")
    else:
        bad = BAD_INPUTS[kind](raw)
    (mirror / "week.csv").write_bytes(bad)
    # another source changes at the same time and must still load
    (mirror / "DGS10.csv").write_bytes((MIRROR / "DGS10.csv").read_bytes() + b"2026-08-21,4.33\n")
    r = cli(["update", "--mirror", mirror, "--only", "mof_its_weekly,mof_its_monthly,fred_dgs10"], home)
    assert r.returncode != 0
    assert "week.csv" in r.stderr
    assert re.search(r"expected", r.stderr)
    if kind in ("truncated", "header_changed"):
        assert re.search(r"line \d+", r.stderr), r.stderr
    after = snapshot(home / "store.duckdb")
    for table in ("series", "observations", "files"):
        assert after[table]["mof_its_weekly"] == before[table]["mof_its_weekly"]
    assert total_rows(after) == total_rows(before) + 1  # the new DGS10 day
    s = ustflow.series("fred.dgs10", store=Store(home))
    assert s.index[-1] == pd.Timestamp("2026-08-21")


def test_an_update_whose_only_new_file_fails_does_not_rewrite_the_store(tmp_path):
    """The store's temp copy is opened while the files are parsed; when nothing is left to store (every
    new file failed), the copy is dropped: the live file is not replaced, no temp file is left."""
    home, mirror = tmp_path / "home", tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(MIRROR / "DGS10.csv", mirror / "DGS10.csv")
    assert ustflow.update(mirror=mirror, only="fred_dgs10", store=Store(home)).ok
    live = home / "store.duckdb"
    before, stat = snapshot(live), live.stat()
    (mirror / "DGS10.csv").write_bytes((MIRROR / "DGS10.csv").read_bytes() + b"2026-08-21,43.3\n")
    rep = ustflow.update(mirror=mirror, only="fred_dgs10", store=Store(home))
    assert not rep.ok and "percent values between -2 and 25" in rep.results[0].message
    after = live.stat()
    assert (after.st_ino, after.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns)
    assert snapshot(live) == before
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".store.duckdb")) == []


def test_no_network_no_mirror_fails_fast_naming_the_mirror_option(tmp_path):
    # all traffic goes to a closed port on 127.0.0.1 through the proxy setting httpx honours
    env = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}
    r = run_cli(["update", "--format", "json"], tmp_path, env=env)
    assert r.returncode != 0
    assert "--mirror" in r.stderr
    # fast, counted rather than timed: one refused connection per host, every other source skipped
    failed = [x for x in json.loads(r.stdout)["results"] if x["outcome"] == "failed"]
    tried = [x for x in failed if "cannot connect" in x["message"]]
    skipped = [x for x in failed if "unreachable earlier in this run; skipped" in x["message"]]
    assert len({x["message"].split("cannot connect to ")[1].split()[0] for x in tried}) == len(tried) <= 4
    assert len(tried) + len(skipped) == len(failed) > 20


def test_store_of_an_older_layout_is_set_aside_and_rebuilt(tmp_path):
    import duckdb

    from ustflow.errors import StoreError

    old = duckdb.connect(str(tmp_path / "store.duckdb"))
    old.execute("CREATE TABLE observations (series_id VARCHAR, period DATE, value DOUBLE, vintage TIMESTAMP, "
                "source_id VARCHAR)")
    old.close()
    store = Store(tmp_path)
    with pytest.raises(StoreError, match="older layout: run `ustflow update`"):
        ustflow.series("fred.dgs10", store=store)
    assert ustflow.update(mirror=MIRROR, only="fred_dgs10", store=store).ok
    assert ustflow.series("fred.dgs10", store=store)[pd.Timestamp("2025-04-04")] == 4.01
    assert (tmp_path / "store.duckdb.v1.old").exists()


def test_a_batch_inserts_small_files_together_each_value_kept_with_its_own_file(tmp_path, monkeypatch):
    """Small files of a batch wait and go in together (one INSERT per SMALL_FILE_ROWS values, the last
    ones at the commit), bigger ones alone, and the batch is committed once the big files are in (a
    second one takes the files parsed after them): the store holds exactly what loading each file in
    its own transaction gives, every value attributed to its file, vintage and row count."""
    from tests.helpers import snapshot as snap
    from ustflow import load
    from ustflow.store import Writer

    only = "mof_its_weekly,tic_mfh,fred_dgs10,fred_dexjpus"
    # 24,794 weekly values go in alone; mfhhis01, mfh_current, mfh.txt and DGS10 wait until they pass
    # 20,000 values; DEXJPUS waits for the commit
    monkeypatch.setattr(Writer, "SMALL_FILE_ROWS", 20_000)
    # week.csv and DGS10.csv are the big files: the first batch is committed when the second is in
    monkeypatch.setattr(load, "EARLY_COMMIT_BYTES", 200_000)
    commits = []
    real_commit = Writer.commit_batch
    monkeypatch.setattr(Writer, "commit_batch", lambda self: commits.append(len(self._batch)) or real_commit(self))
    batch = Store(tmp_path / "batch")
    rep = ustflow.update(mirror=MIRROR, only=only, store=batch)
    assert rep.ok and {r.outcome for r in rep.results} == {"loaded"}
    assert len(commits) == 2 and sum(commits) == len(rep.results)

    def no_batch(self):
        raise RuntimeError("no batch: one transaction per file")

    monkeypatch.setattr(Writer, "commit_batch", no_batch)
    single = Store(tmp_path / "single")
    assert ustflow.update(mirror=MIRROR, only=only, store=single).ok
    held = snap(batch.path, stable=True)
    assert held == snap(single.path, stable=True)
    with batch.read() as con:
        per_file = dict(con.execute("SELECT f.source_id, count(*) FROM observations o JOIN files f "
                                    "USING (load_id) GROUP BY ALL").fetchall())
    assert per_file == {r.source_id: r.rows_added for r in rep.results}


@pytest.mark.parametrize("done_before_last_big, behind", [(False, False), (True, False), (False, True)])
def test_a_batch_is_committed_early_only_while_files_are_still_being_parsed(tmp_path, monkeypatch,
                                                                             done_before_last_big, behind):
    """The early commit overlaps the parsing of the last small files; when every file is parsed by the
    time the big ones are in, or parsed files wait to be stored (``behind``: the updating process is
    the slower side), the batch is committed once. The store holds the same either way."""
    from types import SimpleNamespace

    from tests.helpers import snapshot as snap
    from ustflow import load
    from ustflow.store import Writer

    monkeypatch.setattr(load, "EARLY_COMMIT_BYTES", 200_000)  # week.csv and DGS10.csv are the big files
    real_stream = load.parsed_stream

    def stream(downloads, while_parsing=lambda: None, all_parsed=lambda: None, archive_to=None, futures_out=None):
        items = list(real_stream(downloads, while_parsing, archive_to=archive_to))
        if behind:  # every result is ready before the first is stored
            futures_out.extend(SimpleNamespace(done=lambda: True) for _ in items)
        big = [i for i, (d, _) in enumerate(items) if len(d.raw.content) >= load.EARLY_COMMIT_BYTES]
        assert len(big) == 2 and big[-1] < len(items) - 1  # small files come after the last big one
        for i, item in enumerate(items):
            if i == (big[-1] if done_before_last_big else len(items) - 1):
                all_parsed()
            yield item

    monkeypatch.setattr(load, "parsed_stream", stream)
    commits = []
    real_commit = Writer.commit_batch
    monkeypatch.setattr(Writer, "commit_batch", lambda self: commits.append(len(self._batch)) or real_commit(self))
    store = Store(tmp_path / "s")
    rep = ustflow.update(mirror=MIRROR, only="mof_its_weekly,tic_mfh,fred_dgs10,fred_dexjpus", store=store)
    assert rep.ok and {r.outcome for r in rep.results} == {"loaded"}
    assert len(commits) == (1 if done_before_last_big or behind else 2) and sum(commits) == len(rep.results)
    monkeypatch.setattr(load, "parsed_stream", real_stream)
    monkeypatch.setattr(Writer, "commit_batch", real_commit)
    other = Store(tmp_path / "other")
    assert ustflow.update(mirror=MIRROR, only="mof_its_weekly,tic_mfh,fred_dgs10,fred_dexjpus", store=other).ok
    assert snap(store.path, stable=True) == snap(other.path, stable=True)


def test_a_failing_batch_falls_back_to_one_transaction_per_file(tmp_path, monkeypatch):
    """A first load goes in as one batch; if the batch cannot commit, every file loads on its own."""
    from tests.helpers import snapshot as snap
    from ustflow.store import Writer

    only = "mof_its_weekly,tic_mfh,fred_dgs10"
    normal = Store(tmp_path / "normal")
    assert ustflow.update(mirror=MIRROR, only=only, store=normal).ok

    def broken(self):
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(Writer, "commit_batch", broken)
    fallback = Store(tmp_path / "fallback")
    rep = ustflow.update(mirror=MIRROR, only=only, store=fallback)
    assert rep.ok and rep.rows_added == sum(n for n, _ in snap(normal.path)["observations"].values())
    assert snap(fallback.path, stable=True) == snap(normal.path, stable=True)


def test_reads_in_one_scope_share_a_connection_and_see_each_swap(tmp_path):
    """``reading()`` (every cached computation, a report build) keeps one connection per store version:
    a read after an update sees the new file, and a read of the old file still open meanwhile goes on
    (a read opened meanwhile sees the old file whole: DuckDB shares the instance of a path open in the
    process, as it did before connections were shared)."""
    from ustflow.store import reading

    store = Store(tmp_path)
    assert ustflow.update(mirror=MIRROR, only="fred_dexjpus", store=store).ok
    count = "SELECT count(*) FROM observations"
    with reading():
        with store.read() as con:
            before = con.execute(count).fetchall()[0][0]
        with store.read() as outer:
            assert ustflow.update(mirror=MIRROR, only="fred_dgs10", store=store).ok
            with store.read() as inner:  # the old connection is in use: this read opens its own
                assert inner.execute(count).fetchall()[0][0] == before
            assert outer.execute(count).fetchall()[0][0] == before
        with store.read() as con:
            after = con.execute(count).fetchall()[0][0]
            assert after > before
        assert ustflow.update(mirror=MIRROR, only="fred_dgs2", store=store).ok
        with store.read() as con:
            assert con.execute(count).fetchall()[0][0] > after
    assert ustflow.series("fred.dgs2", store=store).notna().any()
