"""``ustflow export``: several series on one calendar, each converted by what it measures, read back from
CSV, Excel and Parquet files with their units, sources and conversions."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow import store
from ustflow.errors import InvalidArgument, NotFoundError

IDS = ["tic.holdings.japan", "mof.weekly.assets.lt_debt.net", "fred.dgs10", "fred.wmtsecl1"]


@pytest.fixture(scope="module")
def monthly(loaded_store):
    return ustflow.export(IDS, freq="M", start="2024-01", store=loaded_store)


def test_each_series_is_converted_by_what_it_measures(monthly, loaded_store):
    m = monthly.attrs["series"]
    assert [m[i]["kind"] for i in IDS] == ["stock", "flow", "rate", "stock"]
    assert m["tic.holdings.japan"]["conversion"] == "as published"
    assert m["mof.weekly.assets.lt_debt.net"]["conversion"] == "sum of the weeks ending in each month (all of them held)"
    assert m["fred.dgs10"]["conversion"] == "mean of the daily values in each month"
    assert m["fred.wmtsecl1"]["conversion"] == "last of the weeks in each month (the level at its end)"
    apr = monthly.loc[pd.Period("2025-04", "M")]
    # MoF's weeks ending 2025-04-05, 12, 19 and 26 (week.csv): -25,726 - 5,119 + 2,189 + 4,384
    assert apr["mof.weekly.assets.lt_debt.net"] == -24272.0
    assert apr["tic.holdings.japan"] == 1134.5  # TIC Major Foreign Holders, April 2025, USD bn
    daily = ustflow.series("fred.dgs10", start="2025-04-01", end="2025-04-30", store=loaded_store)
    assert apr["fred.dgs10"] == round(daily.mean(), 4) and 4.2 < apr["fred.dgs10"] < 4.4
    custody = ustflow.series("fred.wmtsecl1", start="2025-04-01", end="2025-04-30", store=loaded_store)
    assert custody.index[-1].end_time.date().isoformat() == "2025-04-30"  # a Wednesday: the month's last level
    assert apr["fred.wmtsecl1"] == custody.iloc[-1]


def test_a_period_not_held_whole_is_blank(monthly, loaded_store):
    weekly = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded_store)
    last_week = weekly.index[-1].end_time  # 2026-08-08: August is not over in the data
    month = pd.Period(last_week, "M")
    assert month not in monthly.index or pd.isna(monthly.loc[month, "mof.weekly.assets.lt_debt.net"])
    assert monthly.loc[month - 1, "mof.weekly.assets.lt_debt.net"] == weekly[
        (weekly.index.end_time.to_period("M") == month - 1)].sum()
    dgs10 = ustflow.series("fred.dgs10", store=loaded_store)
    m10 = pd.Period(dgs10.index[-1], "M")  # 2026-08-20 is the last day held: August has no mean
    assert m10 not in monthly.index or pd.isna(monthly.loc[m10, "fred.dgs10"])
    assert monthly.loc[m10 - 1, "fred.dgs10"] > 0


def test_quarterly_and_fiscal_year_flows_line_up_on_period_ends(loaded_store):
    """BoJ's Flow of Funds publishes quarterly flows and fiscal-year (April-March) flows apart: a fiscal
    year sits at the quarter holding its end (Q1), and equals its four quarters summed."""
    q = ustflow.export(["boj.fof.ffaf100a100", "boj.fof.ffyf100a100"], freq="Q", start="2018-01", store=loaded_store)
    fy = q["boj.fof.ffyf100a100"].dropna()
    assert len(fy) >= 6 and all(p.quarter == 1 for p in fy.index)
    for p, value in fy.items():
        assert q.loc[p - 3:p, "boj.fof.ffaf100a100"].sum() == value
    assert q.attrs["series"]["boj.fof.ffyf100a100"]["conversion"].startswith("as published: years shown at the quarter")
    a = ustflow.export(["boj.fof.ffaf100a100", "tic.holdings.japan"], freq="A", start="2020-01", store=loaded_store)
    assert a.loc[pd.Period("2024", "Y"), "boj.fof.ffaf100a100"] == q.loc[pd.Period("2024Q1", "Q"):pd.Period(
        "2024Q4", "Q"), "boj.fof.ffaf100a100"].sum()
    assert a.loc[pd.Period("2024", "Y"), "tic.holdings.japan"] == 1061.5  # December 2024, end of the year


def test_as_of_export_says_which_vintages_it_used(loaded_store, tmp_path):
    """As known on 2025-06-01: TIC's May holdings were not out yet (mid-July release); each series says
    whether its values are archived vintages or the latest values backdated."""
    path = tmp_path / "asof.csv"
    df = ustflow.export(["tic.holdings.japan", "fred.dgs10"], freq="M", start="2025-01", as_of="2025-06-01",
                        out=path, store=loaded_store)
    assert df["tic.holdings.japan"].last_valid_index() == pd.Period("2025-03", "M")  # April: out mid-June
    assert df.loc[pd.Period("2025-03", "M"), "tic.holdings.japan"] == ustflow.series(
        "tic.holdings.japan", start="2025-03", end="2025-03", as_of="2025-06-01", store=loaded_store).iloc[0]
    kinds = {sid: m["vintage_kind"] for sid, m in df.attrs["series"].items()}
    assert set(kinds.values()) <= {"archived vintages", "latest values, backdated (pseudo real time)"}
    head = [line for line in path.read_text().splitlines() if line.startswith("#")]
    assert "as known on 2025-06-01" in head[0]
    assert any(line.startswith("# tic.holdings.japan:") and f"as known on 2025-06-01: {kinds['tic.holdings.japan']}"
               in line for line in head)


def test_rows_stay_within_start_and_end(loaded_store):
    """Weekly rows from 2025-03-20 to 2025-05-10: TIC's May level (read because May starts before the end)
    belongs to the week holding May 31, past the end: left out, not a row of blanks up to May 31."""
    df = ustflow.export(["mof.weekly.assets.lt_debt.net", "tic.holdings.japan"], freq="W", start="2025-03-20",
                        end="2025-05-10", store=loaded_store)
    assert str(df.index[0].end_time.date()) == "2025-03-22" and str(df.index[-1].end_time.date()) == "2025-05-10"
    assert df.loc[pd.Period("2025-05-03", "W-SAT"), "tic.holdings.japan"] == 1134.5  # April, at its end's week
    assert df.loc[pd.Period("2025-04-12", "W-SAT"), "mof.weekly.assets.lt_debt.net"] == -5119.0
    assert df.attrs["series"]["tic.holdings.japan"]["last"] == "2025-05-03"


def test_interventions_sum_the_days_listed_and_months_without_one_are_zero(loaded_store):
    df = ustflow.export(["mof.fx_intervention.amount"], freq="M", start="2022-08", end="2022-12", store=loaded_store)
    s = df["mof.fx_intervention.amount"]
    days = ustflow.series("mof.fx_intervention.amount", start="2022-10-01", end="2022-10-31", store=loaded_store)
    assert len(days) >= 2 and s[pd.Period("2022-10", "M")] == pytest.approx(days.sum())  # 21 and 24 October
    assert s[pd.Period("2022-09", "M")] > 2000 and s[pd.Period("2022-11", "M")] == 0.0  # JPY bn


def test_csv_states_units_sources_and_conversions(loaded_store, tmp_path):
    path = tmp_path / "x.csv"
    ustflow.export(IDS, freq="M", start="2024-01", out=path, store=loaded_store)
    text = path.read_text()
    head = [line for line in text.splitlines() if line.startswith("#")]
    assert "rows by period end" in head[0]
    assert any(line.startswith("# fred.dgs10:") and "[percent]" in line and "mean of the daily values" in line
               for line in head)
    # MoF's week.csv is dated by its release (2026-08-14); the other files by when they were fetched
    assert any(line.startswith("# mof.weekly.assets.lt_debt.net:") and "(source: mof_its_weekly; files: week.csv; "
               "vintage: 2026-08-14)" in line for line in head)
    back = pd.read_csv(path, comment="#")
    assert list(back.columns) == ["period_end", "period", *IDS]
    row = back[back["period"] == "2025-04"].iloc[0]
    assert row["period_end"] == "2025-04-30" and row["mof.weekly.assets.lt_debt.net"] == -24272.0


def test_excel_file_reads_back_with_its_series_sheet(loaded_store, tmp_path):
    pytest.importorskip("openpyxl")
    df = ustflow.export(IDS, freq="M", start="2024-01", out=tmp_path / "japan.xlsx", store=loaded_store)
    sheets = pd.read_excel(tmp_path / "japan.xlsx", sheet_name=None)
    assert list(sheets) == ["data", "series", "about"]
    data = sheets["data"]
    assert data["period_end"].dtype.kind == "M" and data["period"].iloc[0] == "2024-01"
    row = data[data["period"] == "2025-04"].iloc[0]
    assert row["period_end"] == pd.Timestamp("2025-04-30")
    for sid in IDS:
        assert row[sid] == pytest.approx(df.loc[pd.Period("2025-04", "M"), sid])
    series = sheets["series"].set_index("id")
    assert series.loc["fred.dgs10", "unit"] == "percent" and series.loc["fred.dgs10", "kind"] == "rate"
    assert series.loc["tic.holdings.japan", "unit"] == "USD bn"
    assert series.loc["mof.weekly.assets.lt_debt.net", "conversion"].startswith("sum of the weeks")
    with loaded_store.read() as con:
        loads = store.loads(con)
    mfh = loads[loads["source"].isin(["tic_mfh_history", "tic_mfh_current"])]
    assert series.loc["tic.holdings.japan", "source"] == "tic_mfh_history, tic_mfh_current"
    assert series.loc["tic.holdings.japan", "files"] == ", ".join(mfh.sort_values("source", ascending=False)["file"])
    assert series.loc["tic.holdings.japan", "vintage"] == f"{mfh['vintage'].max():%Y-%m-%d}"
    assert "flows: the sum over the period" in " ".join(sheets["about"]["about"])
    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "japan.xlsx")["data"]
    assert ws.freeze_panes == "C2" and ws["C2"].number_format == "#,##0.0"  # USD bn: one decimal


def test_parquet_file_reads_back_with_units_in_its_metadata(loaded_store, tmp_path):
    import duckdb

    path = tmp_path / "japan.parquet"
    df = ustflow.export(IDS, freq="Q", start="2020-01", out=path, store=loaded_store)
    con = duckdb.connect()
    kv = {k.decode(): json.loads(v) for k, v in con.execute(
        "SELECT key, value FROM parquet_kv_metadata(?)", [str(path)]).fetchall()}
    assert kv["tic.holdings.japan"]["unit"] == "USD bn"
    assert kv["fred.dgs10"]["conversion"] == "mean of the daily values in each quarter"
    weekly = kv["mof.weekly.assets.lt_debt.net"]
    assert weekly["files"] == "week.csv" and weekly["vintage"] == "2026-08-14" and weekly["unit"] == "JPY 100mn"
    assert kv["ustflow"]["freq"] == "Q" and kv["ustflow"]["series"]["fred.wmtsecl1"]["kind"] == "stock"
    assert kv["PANDAS_ATTRS"] == kv["ustflow"]  # pandas.read_parquet (pyarrow) restores it as .attrs
    types = dict(con.execute("SELECT name, type FROM parquet_schema(?)", [str(path)]).fetchall())
    assert types["period_end"] == "INT32" and types["tic.holdings.japan"] == "DOUBLE"
    back = con.execute("SELECT * FROM read_parquet(?)", [str(path)]).df()
    assert str(back["period_end"].iloc[0])[:10] == "2020-03-31" and back["period"].iloc[0] == "2020Q1"
    assert list(back.columns) == ["period_end", "period", *IDS]
    row = back[back["period"] == "2025Q2"].iloc[0]
    assert row["tic.holdings.japan"] == 1147.9  # TIC Major Foreign Holders, June 2025 (the quarter's end), USD bn
    for sid in IDS:
        expected = df.loc[pd.Period("2025Q2", "Q"), sid]
        assert row[sid] == pytest.approx(expected) or (pd.isna(row[sid]) and pd.isna(expected))


def test_errors_say_what_to_do(loaded_store):
    with pytest.raises(InvalidArgument, match="unknown frequency 'fortnight'"):
        ustflow.export(IDS, freq="fortnight", store=loaded_store)
    with pytest.raises(NotFoundError, match=r"did you mean: tic\.holdings\.japan"):
        ustflow.export(["tic.holdings.japn"], store=loaded_store)
    with pytest.raises(InvalidArgument, match=r"cannot tell whether it is a stock.*--freq Q"):
        ustflow.export(["boj.fof.ffab411l900"], freq="A", store=loaded_store)
    assert len(ustflow.export(["boj.fof.ffab411l900"], freq="Q", store=loaded_store)) > 10  # at its own frequency
    with pytest.raises(InvalidArgument, match="unknown export format 'xls'"):
        ustflow.export(IDS, out="x.xls", store=loaded_store)
    with pytest.raises(InvalidArgument, match="is not a date"):
        ustflow.export(IDS, start="2025-02-30", store=loaded_store)


def test_cli_writes_the_file_and_prints_each_conversion(loaded_home, tmp_path):
    out = tmp_path / "j.xlsx"
    r = cli(["export", *IDS, "--freq", "M", "--start", "2025-01", "--out", str(out)], loaded_home)
    assert r.returncode == 0, r.stderr
    assert f"Wrote {out}: 4 series" in r.stdout and "monthly" in r.stdout
    assert "sum of the weeks" in " ".join(r.stdout.split()) and out.stat().st_size > 5000
    r = cli(["export", "tic.holdings.japan", "fred.dexjpus", "--freq", "Q", "--start", "2025-01"], loaded_home)
    assert r.returncode == 0 and r.stdout.startswith("# ustflow")
    body = [line for line in r.stdout.splitlines() if not line.startswith("#")]
    assert body[0] == "period_end,period,tic.holdings.japan,fred.dexjpus" and body[1].startswith("2025-03-31,2025Q1,")
    r = cli(["export", "tic.holdings.japan", "--freq", "fortnight"], loaded_home)
    assert r.returncode == 2 and "unknown frequency" in r.stderr
