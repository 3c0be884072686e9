"""Loads: listing them, forgetting one, the writer's invariants, and load order not mattering.

All on the real files of the mirror (and the archived vintage of mfhhis01); changed files are made
in the test from the real ones.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import pandas as pd
import pytest

import ustflow
from tests.conftest import MIRROR, SHARED_DATA
from tests.helpers import cli, snapshot
from tests.reliability import record
from ustflow.store import Store, invariants

OLD_MFH = SHARED_DATA / "vintages" / "mfhhis01_2026-03-18.txt"


def _mirror(tmp_path, *names, name="mirror"):
    folder = tmp_path / name
    folder.mkdir()
    for n in names:
        (folder / n).symlink_to(MIRROR / n)
    return folder


def _revised_week(folder) -> None:
    """week.csv as a later release: one week revised (disposition and net: -25,726 -> -25,700), release date moved."""
    (folder / "week.csv").unlink()
    text = (MIRROR / "week.csv").read_bytes().decode("cp932")
    text = text.replace('"174,732 ","-25,726 "', '"174,706 ","-25,700 "').replace("August  14 , 2026", "August  21 , 2026")
    (folder / "week.csv").write_bytes(text.encode("cp932"))


def _latest(store: Store) -> pd.DataFrame:
    with store.read() as con:
        ids = [r[0] for r in con.execute("SELECT id FROM series").fetchall()]
        df = ustflow.store.read_observations(con, ids)
    return df[["series_id", "period", "value"]].sort_values(["series_id", "period"]).reset_index(drop=True)


def test_loads_lists_every_file_with_its_vintage_and_rows(tmp_path):
    store = Store(tmp_path / "home")
    ustflow.import_file(OLD_MFH, store=store)
    rep = ustflow.update(mirror=_mirror(tmp_path, "mfhhis01.txt", "DGS10.csv"), only="tic_mfh_history,fred_dgs10",
                         store=store)
    assert rep.ok
    df = ustflow.loads(store=store)
    assert list(df.columns[:6]) == ["load_id", "source", "file", "vintage", "release_date", "rows"]
    assert df["file"].tolist() == ["mfhhis01_2026-03-18.txt", "DGS10.csv", "mfhhis01.txt"] or \
        df["file"].tolist() == ["mfhhis01_2026-03-18.txt", "mfhhis01.txt", "DGS10.csv"]
    mfh = df[df["source"] == "tic_mfh_history"].set_index("file")
    assert str(mfh.loc["mfhhis01_2026-03-18.txt", "vintage"])[:10] == "2026-03-18"
    assert str(mfh.loc["mfhhis01.txt", "vintage"])[:10] == "2026-05-18"
    # the later vintage holds only the values it revised (76 cells of 2025), the first all of them
    assert mfh.loc["mfhhis01.txt", "rows"] == 76
    with store.read() as con:
        held = dict(con.execute("SELECT load_id, count(*) FROM observations GROUP BY ALL").fetchall())
    assert {int(r.load_id): int(r.rows) for r in df.itertuples()} == held
    r = cli(["loads", "--format", "json"], store.home)
    assert r.returncode == 0, r.stderr
    assert [row["load_id"] for row in json.loads(r.stdout)["rows"]] == df["load_id"].tolist()


def test_forget_the_latest_load_restores_the_store_before_it(tmp_path):
    store = Store(tmp_path / "home")
    mirror = _mirror(tmp_path, "week.csv", "DGS10.csv")
    assert ustflow.update(mirror=mirror, only="mof_its_weekly,fred_dgs10", store=store).ok
    before = snapshot(store.path)
    r_show = cli(["show", "mof.weekly.assets.lt_debt.net", "--start", "2025-04-05", "--end", "2025-04-05",
                      "--format", "csv"], store.home)
    r_src = cli(["sources", "--format", "csv"], store.home)
    _revised_week(mirror)
    rep = ustflow.update(mirror=mirror, only="mof_its_weekly,fred_dgs10", store=store)
    assert rep.ok and rep.rows_added == 2
    bad = {r.source_id: r for r in rep.results}["mof_its_weekly"].load_id
    assert ustflow.series("mof.weekly.assets.lt_debt.net", store=store)[pd.Period("2025-04-05", "W-SAT")] == -25700

    r = cli(["forget", str(bad)], store.home)
    assert r.returncode == 0, r.stderr
    assert f"Forgot load {bad} (mof_its_weekly, week.csv" in r.stdout and "2 values removed" in r.stdout
    assert snapshot(store.path) == before  # every table, every row: as before the load
    assert invariants.violations(duckdb.connect(str(store.path), read_only=True)) == []
    assert cli(["show", "mof.weekly.assets.lt_debt.net", "--start", "2025-04-05", "--end", "2025-04-05",
                    "--format", "csv"], store.home).stdout == r_show.stdout
    src_after = cli(["sources", "--format", "csv"], store.home).stdout
    cols = lambda out: [ln.split(",")[:5] for ln in out.splitlines()]  # noqa: E731 - up to release_date
    assert cols(src_after) == cols(r_src.stdout)
    # the forgotten file is not loaded again by update; import loads it on purpose
    again = {r.source_id: r for r in ustflow.update(mirror=mirror, only="mof_its_weekly", store=store).results}
    assert again["mof_its_weekly"].outcome == "skipped" and f"load {bad}, forgotten" in again["mof_its_weekly"].message
    assert snapshot(store.path) == before
    rep = ustflow.import_file(mirror / "week.csv", store=store)
    assert rep.ok and rep.rows_added == 2
    assert ustflow.loads(forgotten=True, store=store).empty
    record("forget", case="latest load (a revised week.csv)", load_id=bad, rows_removed=2, rows_kept=0,
           store_after="identical to the store before the load (every table)", reloaded_by_update=False,
           reloaded_by_import=True)


def test_forget_an_older_vintage_keeps_what_later_vintages_say(tmp_path):
    store = Store(tmp_path / "home")
    old = ustflow.import_file(OLD_MFH, store=store).results[0].load_id
    assert ustflow.update(mirror=_mirror(tmp_path, "mfhhis01.txt"), only="tic_mfh_history", store=store).ok
    latest = _latest(store)
    f = ustflow.forget(old, store=store)
    assert f.rows_removed == 76 and f.rows_kept == 12_343 - 76  # the 2025 cells the May release revised
    pd.testing.assert_frame_equal(_latest(store), latest)
    # on 2026-04-01 the forgotten vintage said 866.0; now the only vintage held is the May one (863.1),
    # dated back to the period's usual release as every first value held is (see ustflow.store)
    uk = ustflow.series("tic.holdings.united_kingdom", as_of="2026-04-01", store=store)
    assert uk[pd.Period("2025-12", "M")] == 863.1
    # and the store is what loading only the later vintage gives
    only_later = Store(tmp_path / "only-later")
    assert ustflow.update(mirror=MIRROR, only="tic_mfh_history", store=only_later).ok
    assert snapshot(store.path, stable=True)["observations"] == snapshot(only_later.path, stable=True)["observations"]
    record("forget", case="older vintage (mfhhis01 of 2026-03-18) under a newer one", load_id=old,
           rows_removed=f.rows_removed, rows_kept=f.rows_kept,
           store_after="latest values unchanged; same observations as loading only the newer vintage",
           reloaded_by_update=False, reloaded_by_import=None)


def test_forget_an_unknown_load_is_a_clear_error(tmp_path):
    store = Store(tmp_path)
    assert ustflow.update(mirror=_mirror(tmp_path, "DGS10.csv"), only="fred_dgs10", store=store).ok
    before = snapshot(store.path)
    r = cli(["forget", "999"], tmp_path)
    assert r.returncode != 0 and "no load 999" in r.stderr and "ustflow loads" in r.stderr
    assert snapshot(store.path) == before


@pytest.mark.parametrize("order", ["import_first", "update_first"])
def test_load_order_does_not_change_the_store(tmp_path, order):
    """An archived vintage loaded after a newer download gives the same store as loaded before it."""
    ref = Store(tmp_path / "ref")
    ustflow.import_file(OLD_MFH, store=ref)
    assert ustflow.update(mirror=MIRROR, only="tic_mfh_history", store=ref).ok
    store = Store(tmp_path / "home")
    steps = [lambda: ustflow.import_file(OLD_MFH, store=store),
             lambda: ustflow.update(mirror=MIRROR, only="tic_mfh_history", store=store)]
    for step in (steps if order == "import_first" else steps[::-1]):
        assert step().ok
    assert snapshot(store.path, stable=True) == snapshot(ref.path, stable=True)


def test_a_write_that_breaks_an_invariant_is_refused(tmp_path):
    store = Store(tmp_path)
    assert ustflow.update(mirror=_mirror(tmp_path, "DGS10.csv", "week.csv"), only="fred_dgs10,mof_its_weekly",
                          store=store).ok
    before = snapshot(store.path)
    # what the race of issue 12 did: a second writer replaced a file record, orphaning its values
    with pytest.raises(invariants.InvariantError, match="belong to no file record") as e:
        with store.write() as w:
            w.con.execute("UPDATE files SET load_id = 99, rows_added = 0 WHERE source_id = 'fred_dgs10'")
    assert "16,144 observations" in str(e.value) and "left as it was" in str(e.value)
    assert snapshot(store.path) == before
    with pytest.raises(invariants.InvariantError, match="do not hold the rows they record"):
        with store.write() as w:
            w.con.execute("DELETE FROM observations WHERE load_id = (SELECT min(load_id) FROM observations) "
                          "AND period < DATE '1970-01-01'")
    assert snapshot(store.path) == before


def test_a_store_damaged_by_the_old_race_is_set_aside_and_rebuilt(tmp_path):
    home = tmp_path / "home"
    store = Store(home)
    mirror = _mirror(tmp_path, "DGS10.csv", "week.csv")
    assert ustflow.update(mirror=mirror, only="fred_dgs10,mof_its_weekly", store=store).ok
    good = snapshot(store.path, stable=True)
    con = duckdb.connect(str(store.path))  # damage it the way the race did (file records re-pointed)
    con.execute("UPDATE files SET load_id = load_id + 100, rows_added = 0")
    con.close()
    rep = ustflow.update(mirror=mirror, only="fred_dgs10,mof_its_weekly", store=store)
    assert rep.ok
    assert any("damaged" in n and "rebuilt" in n for n in rep.notes), rep.notes
    assert snapshot(store.path, stable=True) == good
    assert list(home.glob("store.duckdb.damaged-*"))


def test_import_reads_the_vintage_from_the_name_or_the_file_and_says_which(tmp_path):
    store = Store(tmp_path / "home")
    files = tmp_path / "files"
    files.mkdir()
    # a FRED file states no date: the name gives it (a month is dated its last day)
    shutil.copy(MIRROR / "DGS10.csv", files / "DGS10_2026-08.csv")
    rep = ustflow.import_file(files / "DGS10_2026-08.csv", store=store)
    res = rep.results[0]
    assert rep.ok and res.source_id == "fred_dgs10" and res.vintage.startswith("2026-08-31")
    assert res.vintage_basis.startswith("month in the file name (2026-08)")
    # mfhhis01 states its release date in the footer: the file wins over a (wrong) name
    shutil.copy(OLD_MFH, files / "mfhhis01_2026-04.txt")
    res = ustflow.import_file(files / "mfhhis01_2026-04.txt", store=store).results[0]
    assert res.vintage.startswith("2026-03-18") and res.vintage_basis == "release date stated in the file"
    r = cli(["import", files / "mfhhis01_2026-04.txt"], tmp_path / "cli-home")
    assert r.returncode == 0, r.stderr
    assert "vintage 2026-03-18 (release date stated in the file)" in r.stderr
    shutil.copy(MIRROR / "DGS2.csv", files / "DGS2_2026-13.csv")
    r = cli(["import", files / "DGS2_2026-13.csv"], tmp_path / "cli-home")
    assert r.returncode != 0 and "'2026-13' in the file name is not a date" in r.stderr


def test_a_mirror_copied_without_extra_skips_the_two_curated_sources(tmp_path):
    only = "mof_fx_intervention_curated,market_btc_usd,fred_dgs10"
    bare = _mirror(tmp_path, "DGS10.csv", name="bare")  # no extra/ inside or beside it
    rep = ustflow.update(mirror=bare, only=only, store=Store(tmp_path / "h1"))
    res = {r.source_id: r for r in rep.results}
    assert rep.ok, rep.failed
    assert res["mof_fx_intervention_curated"].outcome == "skipped"
    assert "not in this mirror" in res["market_btc_usd"].message
    assert res["fred_dgs10"].outcome == "loaded"
    # extra/ inside the mirror folder, and beside it (the shared data layout), are both found
    inside = _mirror(tmp_path, "DGS10.csv", name="inside")
    (inside / "extra").symlink_to(SHARED_DATA / "extra")
    for folder, home in [(inside, "h2"), (MIRROR, "h3")]:
        res = {r.source_id: r for r in ustflow.update(mirror=folder, only=only, store=Store(tmp_path / home)).results}
        assert res["mof_fx_intervention_curated"].outcome == "loaded" and res["market_btc_usd"].outcome == "loaded"
    # an official file missing from a mirror is still a failure
    rep = ustflow.update(mirror=bare, only="fred_dgs2", store=Store(tmp_path / "h4"))
    assert not rep.ok and "DGS2.csv not found in mirror folder" in rep.results[0].message


def test_every_loaded_file_is_in_the_raw_archive_with_its_bytes(tmp_path):
    """Files are archived while the parse workers read them (here the parallel path: 2 MB and more)."""
    from ustflow import archive

    names = {"jgbcm_all.csv": "mof_jgb_curve", "slt_table1.txt": "tic_slt_table1", "DGS10.csv": "fred_dgs10",
             "week.csv": "mof_its_weekly"}
    mirror = _mirror(tmp_path, *names)
    store = Store(tmp_path / "home")
    assert ustflow.update(mirror=mirror, only=",".join(names.values()), store=store).ok
    df = ustflow.loads(store=store)
    assert sorted(df["file"]) == sorted(names)
    for _, row in df.iterrows():
        assert archive.read(row["sha256"], store.raw_dir) == (MIRROR / row["file"]).read_bytes()


@pytest.mark.parametrize("damage, message", [
    ("INSERT INTO observations SELECT -1, period, value, vintage, load_id FROM observations "
     "WHERE load_id = (SELECT max(load_id) FROM files) LIMIT 1", "no description"),
    ("DELETE FROM series WHERE id = 'fred.dgs10'", "no description"),
    ("UPDATE series SET key = (SELECT max(key) FROM series) WHERE key = (SELECT min(key) FROM series)", "share a key"),
    ("UPDATE files SET rows_added = rows_added + 1 WHERE load_id = (SELECT min(load_id) FROM files)",
     "do not hold the rows they record"),
    ("INSERT INTO files SELECT * REPLACE (sha256 || 'x' AS sha256) FROM files LIMIT 1", "share a load id"),
])
def test_every_write_checks_the_invariants_over_what_it_changed(tmp_path, damage, message):
    """The end-of-write check reads only what the write changed (plus the store's totals): each kind
    of damage a write could do to rows it did not add is still caught, and the store left as it was."""
    store = Store(tmp_path / "home")
    assert ustflow.update(mirror=_mirror(tmp_path, "DGS10.csv", "week.csv"), only="fred_dgs10,mof_its_weekly",
                          store=store).ok
    before = snapshot(store.path)
    with pytest.raises(invariants.InvariantError, match=message):
        with store.write() as w:
            w.con.execute(damage)
    assert snapshot(store.path) == before


def test_update_ends_its_process_at_once_with_its_whole_output_and_exit_code(tmp_path):
    """The command line's update skips the interpreter's teardown (``cli.data._end``): what it printed
    is all there (JSON to a pipe, an error to stderr), the exit handlers ran, the exit code is kept."""
    from tests.helpers import run_cli

    mirror = _mirror(tmp_path, "DGS10.csv")
    ok = run_cli(["update", "--mirror", mirror, "--only", "fred_dgs10", "--format", "json"], tmp_path / "home")
    assert ok.returncode == 0, ok.stderr
    report = json.loads(ok.stdout)
    assert report["ok"] and report["rows_added"] == 16_144
    again = run_cli(["update", "--mirror", mirror, "--only", "fred_dgs10,fred_dgs2", "-q"], tmp_path / "home")
    assert again.returncode == 1 and "error: fred_dgs2: DGS2.csv not found in mirror folder" in again.stderr
    assert not list((tmp_path / "home").glob(".store.duckdb.*"))  # no temp copy of the store left
