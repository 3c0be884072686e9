"""The Japan reconciliation on the loaded mirror: MoF, the balance of payments and TIC in one currency,
checked against sums, averages and correlations recomputed from the raw files and the store.

Hand-read values: BPPI6D3NAUS 2026-02 = -27,688.96 JPY 100mn (bp_m_en.csv); DEXJPUS February 2026
(DEXJPUS.csv, average of the month's rates); TIC Japan long-term Treasury net purchases 2023-02..2026-04
from SLT Table 3 (USD mn).
"""

from __future__ import annotations

import csv
from statistics import mean

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.conftest import MIRROR
from tests.helpers import cli
from ustflow.errors import InvalidArgument
from ustflow.views import japan as jv


def dexjpus_average(month: str) -> float:
    with open(MIRROR / "DEXJPUS.csv", newline="") as f:
        rows = list(csv.reader(f))[1:]
    return mean(float(v) for d, v in rows if d.startswith(month) and v not in ("", "."))


@pytest.fixture(scope="module")
def since_2023(loaded_store):
    return jv.reconcile(start="2023-02", store=loaded_store)


def test_one_currency_conversion_matches_the_raw_files(since_2023):
    fx = dexjpus_average("2026-02")
    row = since_2023.loc[pd.Period("2026-02", "M")]
    assert row["usdjpy"] == pytest.approx(fx)
    assert row["bop_us_sovereign_lt"] == pytest.approx(-27688.963445 / fx / 10)
    assert row["tic_basis"] == "SLT Table 3"
    assert since_2023.attrs["unit"] == "USD bn"


def test_totals_and_correlations_recomputed(loaded_store, since_2023):
    s = since_2023.attrs["summary"]
    assert (s["first"], s["last"]) == ("2023-02", "2026-04")  # BoP and TIC end in 2026-04; MoF runs on
    slt = ustflow.series("tic.slt.japan.lt_treasury_net", start="2023-02", end="2026-04", store=loaded_store)
    assert s["totals"]["tic_lt_treasury_net"] == pytest.approx(slt.sum() / 1000)
    assert round(s["totals"]["tic_lt_treasury_net"], 1) == 38.5
    assert round(s["totals"]["bop_us_sovereign_lt"], 1) == 241.4
    comp = since_2023.loc[: pd.Period("2026-04", "M")]
    r = np.corrcoef(comp["bop_us_sovereign_lt"], comp["tic_lt_treasury_net"])[0, 1]
    assert s["correlations"]["bop_us_sovereign_vs_tic"]["correlation"] == pytest.approx(r)
    assert abs(r) < 0.2  # the two do not track each other (issue 15: about -0.05)
    assert s["correlations"]["mof_vs_bop_lt_debt"]["correlation"] > 0.95
    assert s["bop_sale_months"] == int((comp["bop_us_sovereign_lt"] < 0).sum())
    assert s["mof_newer"]["first"] == "2026-05" and s["mof_newer"]["last"] == "2026-07"


def test_reading_is_built_from_the_numbers(loaded_store, since_2023):
    text = since_2023.attrs["reading"]
    assert "net buyers of US sovereign long-term bonds (+241.4 USD bn" in text
    assert "(+38.5 USD bn) and the BoP do not track each other month by month" in text
    assert "they sold other foreign bonds" in text  # US sovereign > all foreign LT debt since 2023-02
    sales = jv.reconcile(start="2026-02", end="2026-03", store=loaded_store).attrs["reading"]
    assert "net sellers of US sovereign long-term bonds" in sales and "largest sale" in sales
    assert sales != text


def test_cumulative_and_rolling(loaded_store):
    t = jv.reconcile(store=loaded_store)
    cum = t.attrs["cumulative"]
    assert cum.loc[pd.Period("2026-04", "M"), "bop_us_sovereign_lt"] == pytest.approx(
        t.loc[: pd.Period("2026-04", "M"), "bop_us_sovereign_lt"].sum())
    roll = t.attrs["rolling"]["bop_us_sovereign_vs_tic"]
    last12 = t.loc[pd.Period("2025-05", "M"): pd.Period("2026-04", "M")]
    assert roll.loc[pd.Period("2026-04", "M")] == pytest.approx(
        np.corrcoef(last12["bop_us_sovereign_lt"], last12["tic_lt_treasury_net"])[0, 1])
    assert t.index[0] == pd.Period("2018-01", "M")  # first month with a USD/JPY rate in the mirror


def test_yen_view_converts_tic_instead(loaded_store):
    t = jv.reconcile(start="2026-01", end="2026-04", currency="jpy", store=loaded_store)
    row = t.loc[pd.Period("2026-02", "M")]
    assert row["bop_us_sovereign_lt"] == pytest.approx(-27688.963445)
    slt = ustflow.series("tic.slt.japan.lt_treasury_net", store=loaded_store)[pd.Period("2026-02", "M")]
    assert row["tic_lt_treasury_net"] == pytest.approx(slt / 1000 * row["usdjpy"] * 10)
    assert t.attrs["unit"] == "JPY 100mn"


def test_bop_us_sovereign_and_sectors(loaded_store):
    us = jv.bop_us_sovereign(store=loaded_store)
    feb = us.loc[pd.Period("2026-02", "M")]
    assert feb["net"] == pytest.approx(feb["acquisition"] - feb["disposition"])
    assert feb["rank_sale"] == 1 + int((us["net"] < feb["net"]).sum()) == 7
    sec = jv.bop_sectors(store=loaded_store)
    top = sec[["central_bank", "deposit_taking", "general_government", "other_financial",
               "nonfinancial_households"]].sum(axis=1, min_count=1)
    assert np.allclose(top, sec["total"], atol=1e-6)  # the sectors add up to the BoP total
    assert sec.loc[pd.Period("2026-04", "M"), "life_insurers"] == pytest.approx(-785.80452548)


def test_treasury_share_uses_the_bop_share_since_2014(loaded_store):
    from ustflow.views.flows import treasury_share

    df = treasury_share(store=loaded_store, n_boot=50)
    bop = df.attrs["bop_share"]
    assert bop["first"] == "2014-01"
    y = bop["by_year"].loc[2023]
    assert y["share"] == pytest.approx(181660.939903 / 185894.113918, rel=1e-6)
    row = df.loc[pd.Period("2026-04", "M")]
    assert row["bop_us_sovereign_share"] == pytest.approx(3505.945435 / 6217.566997)
    assert pd.isna(df.loc[pd.Period("2013-12", "M"), "bop_us_sovereign_share"])


def test_a_ratio_of_net_flows_going_opposite_ways_is_no_share(loaded_store):
    """2017: US sovereign -38,352 against all foreign LT debt -6,427 (JPY 100mn): a ratio of 5.97 is no share;
    2018: -47,033 against +103,773; 2023: 181,661 of 185,894 is one (0.977)."""
    from ustflow.views.japan import bop_treasury_share

    years = bop_treasury_share(store=loaded_store).attrs["by_year"]
    for y in (2017, 2018, 2021, 2024):
        us, tot = years.loc[y, "bop_us_sovereign_lt_jpy_100mn"], years.loc[y, "bop_lt_debt_jpy_100mn"]
        assert not 0 <= us / tot <= 1 and pd.isna(years.loc[y, "share"]) and years.loc[y, "reading"], y
    assert years.loc[2017, "reading"] == "US sold more than the total: other bonds bought on net"
    assert years.loc[2018, "reading"] == "US sold while foreign bonds were bought on net"
    assert years.loc[2023, "share"] == pytest.approx(181660.939903 / 185894.113918) and years.loc[2023, "reading"] == ""


def test_cli_treasury_share_prints_the_bop_years_as_years(loaded_home):
    r = cli(["treasury-share"], loaded_home)
    assert r.returncode == 0, r.stderr
    rows = [ln for ln in r.stdout.splitlines() if ln.startswith("│ 20")]
    assert rows[0].split("│")[1].strip() == "2014" and "2,014" not in r.stdout
    assert "│ 2023 │" in r.stdout and "[JPY 100mn; share as a fraction]" in r.stdout


def test_only_japan_and_bad_arguments(loaded_store):
    with pytest.raises(InvalidArgument, match="available for japan only"):
        jv.reconcile("china", store=loaded_store)
    with pytest.raises(InvalidArgument, match="unknown currency 'eur'"):
        jv.reconcile(currency="eur", store=loaded_store)
    with pytest.raises(InvalidArgument, match="there is no month 13"):
        jv.reconcile(start="2025-13", store=loaded_store)


def test_cli_japan_and_reconcile(loaded_home):
    r = cli(["japan", "--start", "2023-02"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "net buyers of US sovereign long-term bonds (+241.4 USD bn" in r.stdout
    assert "BPPI6D3NAUS" in r.stdout and "Cumulative sums from 2023-02" in r.stdout
    r = cli(["japan", "--show", "rolling", "--start", "2025-06"], loaded_home)  # 11 months < a 12-month window
    assert r.returncode == 0 and "No 12-month rolling correlation fits in 2025-06..2026-04" in r.stdout
    assert "mof_vs_bop_lt_debt: 0.99 over 11 months" in r.stdout
    r = cli(["reconcile", "--country", "japan", "--show", "monthly", "--format", "csv", "--start", "2026-01"],
                loaded_home)
    assert r.returncode == 0 and "month,usdjpy,mof_lt_debt" in r.stdout
    r = cli(["reconcile", "--country", "germany"], loaded_home)
    assert r.returncode != 0 and "japan" in r.stderr
