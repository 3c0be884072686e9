"""Japanese sectors' foreign securities (BoJ Flow of Funds) on the loaded mirror.

Hand-read from ff_dl_fof_quarterly_en.csv: FOF_FFAS132A540 (life insurance, stock) 2025Q3 870,150,
2025Q4 895,179, 2026Q1 872,564; FOF_FFAF124A540 (agricultural financial institutions, flow) 2025Q3
20,555, 2025Q4 -10,196, 2026Q1 -1,455.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow.errors import InvalidArgument, NotFoundError
from ustflow.views import sectors as sv


def test_life_insurers_history_and_identity(loaded_store):
    df = sv.sector("life", store=loaded_store)
    q = df.loc[pd.Period("2026Q1", "Q")]
    assert q["stock"] == 872_564 and q["change"] == 872_564 - 895_179
    assert q["flow"] + q["reconciliation"] == q["change"]  # stock change = flow + reconciliation
    total = ustflow.series("boj.fof.ffas700a540", store=loaded_store)[pd.Period("2026Q1", "Q")]
    assert q["share_of_total_pct"] == pytest.approx(100 * 872_564 / total)
    flows = df["flow"].dropna()
    assert q["rank_sale"] == 1 + int((flows < q["flow"]).sum())
    assert q["peak_stock"] == df["stock"].max() and q["from_peak_pct"] < 0
    assert df.attrs["unit"] == "JPY 100mn" and "never shows a single firm" in df.attrs["note"]
    assert df.attrs["text"].startswith("Life insurance held 87.3 JPY tn of foreign securities at the end of 2026Q1")


def test_agricultural_sector_by_name_or_code(loaded_store):
    a = sv.sector("agriculture", start="2025Q3", store=loaded_store)
    b = sv.sector("124", start="2025-07", end="2026-03-31", store=loaded_store)
    assert list(a["flow"]) == list(b["flow"]) == [20_555, -10_196, -1_455]
    assert a.attrs["series"]["ffaf"] == "boj.fof.ffaf124a540"
    assert "(the 52nd largest quarterly sale since 1997Q4)" in a.attrs["text"]


def test_sector_table(loaded_store):
    t = sv.sectors(store=loaded_store).set_index("key")
    assert (t["quarter"] == "2026Q1").all()  # postal savings (to 2007) only with which='all'
    assert "postal_savings" not in t.index and "postal_savings" in sv.sectors(which="all", store=loaded_store)["key"].values
    life = t.loc["life_insurance"]
    assert life["stock"] == 872_564 and life["code"] == "132"
    assert life["flow_4q"] == pytest.approx(sv.sector("132", store=loaded_store)["flow"].tail(4).sum())
    assert t.loc["total", "share_of_total_pct"] == 100
    assert pd.isna(t.loc["total", "quarters"]) and pd.isna(t.loc["total", "flow"])  # the BoJ gives no Total flow
    assert t.attrs["note"].endswith("no transactions published for Total (the BoJ gives its stock only)")
    assert t.loc["public_pensions", "sector"] == "Public pensions"  # the BoJ's "Of which: public pensions"
    assert t.loc["public_pensions", "stock"] == 1_869_429
    old = sv.sectors(quarter="2025Q4", store=loaded_store).set_index("key")
    assert old.loc["life_insurance", "stock"] == 895_179


def test_sector_errors(loaded_store):
    with pytest.raises(NotFoundError, match="matches several sectors: insurance_and_pension_funds, pension_funds"):
        sv.resolve("pension", loaded_store)
    with pytest.raises(NotFoundError, match="unknown sector 'norinchukin bank'"):
        sv.resolve("norinchukin bank", loaded_store)  # a firm, not a sector
    with pytest.raises(InvalidArgument, match="'2025Q5' is not a quarter"):
        sv.sector("life", start="2025Q5", store=loaded_store)


def test_cli_sectors(loaded_home):
    r = cli(["sectors"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "Life insurance" in r.stdout and "Financial institutions for" in r.stdout
    r = cli(["sectors", "--sector", "life", "--start", "2025Q4", "--format", "csv"], loaded_home)
    assert r.returncode == 0 and re.search(r"^2026Q1,872564(\.0)?,", r.stdout, re.M)  # 872564 or 872564.0
