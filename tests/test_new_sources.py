"""The issue-15 sources in a store loaded from the whole mirror: every BoJ series is searchable with
its name and unit, and the new series read back through the API with the right index and unit."""

from __future__ import annotations

import pandas as pd

import ustflow
from tests.helpers import run_cli


def test_every_boj_series_is_stored_and_searchable(loaded_store):
    found = ustflow.search("Sovereign(Long-term)/U.S.A.", store=loaded_store)
    assert {"boj.bop.bppi6d3naus", "boj.bop.bppi6d3paus", "boj.bop.bppi6d3raus"} <= set(found["id"])
    row = found.set_index("id").loc["boj.bop.bppi6d3naus"]
    assert row["unit"] == "JPY 100mn" and row["source_id"] == "boj_bop_monthly" and row["n"] == 148
    everything = ustflow.search(store=loaded_store)
    per_source = everything.groupby("source_id").size()
    assert per_source["boj_bop_monthly"] == 2769
    assert per_source["boj_bop_regional_quarterly"] == 4089
    assert per_source["boj_flow_of_funds"] == 17562
    # a series whose every cell is empty (BoJ lists it; e.g. direct investment in Iran) is described, with no values
    empty = everything[everything["source_id"].str.startswith("boj_") & (everything["n"] == 0)]
    assert empty.groupby("source_id").size().to_dict() == {
        "boj_bop_monthly": 98, "boj_bop_regional_quarterly": 135, "boj_flow_of_funds": 116}
    life = ustflow.search("Outward investments in securities/Life insurance", store=loaded_store)
    assert {"boj.fof.ffas132a540", "boj.fof.ffaf132a540", "boj.fof.ffys132a540"} <= set(life["id"])


def test_new_series_read_back_with_their_index_and_unit(loaded_store):
    us = ustflow.series("boj.bop.bppi6d3naus", start="2026-01", store=loaded_store)
    assert isinstance(us.index, pd.PeriodIndex) and us.index.freqstr == "M"
    assert round(us[pd.Period("2026-04", "M")], 1) == 3505.9 and us.attrs["unit"] == "JPY 100mn"
    custody = ustflow.series("fred.wmtsecl1", start="2026-06-01", store=loaded_store)
    assert custody.index.freqstr == "W-WED"  # H.4.1 weeks end on Wednesday, not on MoF's Saturday
    assert custody.index[-1].end_time.date() == pd.Timestamp("2026-06-24").date()
    assert custody.iloc[-1] == 2_636_947 and custody.attrs["unit"] == "USD mn"
    survey = ustflow.series("tic.shl.japan.lt_treasury", store=loaded_store)
    assert survey[pd.Period("2025-06", "M")] == 1_023_937
    fof = ustflow.series("boj.fof.ffas500a311", store=loaded_store)
    assert fof.index.freqstr.startswith("Q") and fof[pd.Period("2026Q1", "Q")] == 820_129


def test_cli_series_search_lists_boj_series(loaded_home):
    r = run_cli(["series", "--search", "BPPI6D3NAUS", "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "boj.bop.bppi6d3naus" in r.stdout and "JPY 100mn" in r.stdout
