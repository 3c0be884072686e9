"""Hedged Treasury yields for a yen investor: the formula by hand, the mirror's history, the CLI."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow.analytics import hedge as h
from ustflow.errors import UstflowError
from ustflow.views import drivers


@pytest.fixture(scope="module")
def ten(loaded_store) -> pd.DataFrame:
    """The overnight proxy (SOFR/EFFR - JGB 1y), the former default, kept as an option."""
    return drivers.hedged_yields(10, 0.0, store=loaded_store, rates="overnight")


@pytest.fixture(scope="module")
def ten3m(loaded_store) -> pd.DataFrame:
    return drivers.hedged_yields(10, 0.0, store=loaded_store)


# ------------------------------------------------------------------------------- the formula
def test_hedged_yield_hand_computed():
    # UST 4.50, USD 5.30, JPY 0.10, quoted basis -0.25: cost = 5.30 - 0.10 - (-0.25) = 5.45; hedged = -0.95
    assert h.hedge_cost(5.30, 0.10, -0.25) == pytest.approx(5.45)
    assert h.hedged_yield(4.50, 5.30, 0.10, -0.25) == pytest.approx(-0.95)
    # the market's quoting convention: a quoted -0.30 makes hedging dearer, +0.30 cheaper
    assert h.hedged_yield(4.50, 5.30, 0.10, -0.30) == pytest.approx(4.50 - 5.50)
    assert h.hedged_yield(4.50, 5.30, 0.10, 0.30) == pytest.approx(4.50 - 4.90)


def test_bill_discount_conversions_hand_computed():
    # 91-day bill at a 5.00 discount: price 100 - 5 x 91/360 = 98.736111; money-market yield
    # (100/98.736111 - 1) x 360/91 = 5.0640%, bond-equivalent x 365/360 = 5.1343%
    assert h.discount_to_money_market(5.0) == pytest.approx((100 / (100 - 5 * 91 / 360) - 1) * 360 / 91 * 100)
    assert h.discount_to_money_market(5.0) == pytest.approx(5.0640, abs=1e-4)
    assert h.discount_to_bond_equivalent(5.0) == pytest.approx(5.1343, abs=1e-4)
    assert h.discount_to_money_market(0.0) == 0.0


def test_monthly_average_on_days_and_forward_points():
    m = pd.Series([0.1, 0.2], index=pd.PeriodIndex(["2024-01", "2024-02"], freq="M"))
    days = pd.to_datetime(["2024-01-31", "2024-02-01", "2024-03-15", "2024-04-02"])
    on = h.monthly_on_days(m, days)
    assert on["value"].tolist()[:3] == [0.1, 0.2, 0.2] and pd.isna(on["value"].iloc[3])
    assert on["carried"].tolist() == [False, False, True, False] and on["month"].iloc[2] == "2024-02"
    # forward 148.05 against spot 150: the yen investor loses 1.3% a quarter, 5.2% a year
    assert h.cost_from_forward_points(-1.95, 150.0) == pytest.approx(5.2)


def test_breakeven_yen_move_hand_computed():
    # (1.04) * S1/S0 = 1.01  ->  USD/JPY may fall 1 - 1.01/1.04 = 2.8846%
    assert h.breakeven_yen_move_pct(4.0, 1.0) == pytest.approx(2.884615, abs=1e-6)
    assert h.breakeven_yen_move_pct(1.0, 1.0) == pytest.approx(0.0)
    assert h.breakeven_yen_move_pct(1.0, 2.0) < 0  # JGB yields more: the yen must weaken instead


def test_hedged_table_aligns_calendars_and_dated_basis():
    us = pd.to_datetime(["2024-04-26", "2024-04-29", "2024-04-30", "2024-05-01", "2024-05-02", "2024-05-03",
                         "2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"])
    ust = pd.Series(np.linspace(4.6, 4.5, len(us)), index=us)
    sofr = pd.Series(5.31, index=us)
    # JGB: no quote from 04-27 to 05-06 (Golden Week) except 05-01 and 05-02
    jp = pd.to_datetime(["2024-04-26", "2024-05-01", "2024-05-02", "2024-05-07", "2024-05-08", "2024-05-09"])
    jgb10 = pd.Series([0.89, 0.88, 0.87, 0.90, 0.91, 0.92], index=jp)
    jgb1 = pd.Series(0.05, index=jp)
    basis = pd.Series([-0.5], index=pd.to_datetime(["2024-05-02"]))  # quoted: hedging 0.5 dearer
    t = h.hedged_table(ust, jgb10, sofr, jgb1, basis, ffill_limit=3)
    # every US date survives: the JGB gaps here are at most 3 union dates long
    assert list(t.index) == list(us)
    assert t.loc["2024-04-30", "jgb_yield_pct"] == 0.89  # carried from 04-26
    assert t.loc["2024-05-06", "jgb_yield_pct"] == 0.87  # carried from 05-02
    # basis is 0 before its first date and holds afterwards
    assert t.loc["2024-05-01", "basis_pct"] == 0.0 and t.loc["2024-05-09", "basis_pct"] == -0.5
    row = t.loc["2024-05-08"]
    assert row["hedged_yield_pct"] == pytest.approx(row["ust_yield_pct"] - (5.31 - 0.05 + 0.5))
    assert row["hedged_pickup_pct"] == pytest.approx(row["hedged_yield_pct"] - 0.91)
    # a longer gap is a gap: with ffill_limit=1, 04-29 and 04-30 lose their JGB value
    t1 = h.hedged_table(ust, jgb10, sofr, jgb1, 0.0, ffill_limit=1)
    assert pd.Timestamp("2024-04-30") not in t1.index and pd.Timestamp("2024-05-03") in t1.index


def test_sign_changes_keep_only_lasting_signs():
    idx = pd.bdate_range("2024-01-01", periods=12)
    s = pd.Series([1, 1, 1, -1, 1, 1, 1, -1, -1, -1, -1, 0], index=idx, dtype=float)
    every = h.sign_changes(s, min_run=1)
    assert list(every["date"]) == [idx[3], idx[4], idx[7]]
    assert list(every["to_sign"]) == ["-", "+", "-"]
    lasting = h.sign_changes(s, min_run=3)  # the one-day dip at idx[3] is noise
    assert list(lasting["date"]) == [idx[7]]
    assert lasting.iloc[0]["from_sign"] == "+" and lasting.iloc[0]["run_length"] == 5  # the 0 keeps the sign
    assert lasting.iloc[0]["previous_date"] == idx[6]


def test_interpolate_tenor_refuses_to_extrapolate():
    curve = pd.DataFrame({2.0: [4.0], 10.0: [5.0]})
    assert h.interpolate_tenor(curve, 4.0).iloc[0] == pytest.approx(4.25)
    with pytest.raises(ValueError, match=r"tenor\ 12y\ is\ outside\ the\ curve's\ tenors\ 2y\.\.10y"):
        h.interpolate_tenor(curve, 12.0)


# ----------------------------------------------------------------------------- on the mirror
def test_usd_short_rate_is_sofr_from_first_print(ten):
    assert ten.loc["2018-04-03", "usd_short_source"] == "SOFR"
    assert ten.loc["2018-04-03", "usd_short_pct"] == 1.83  # first SOFR print (reference check fred03)
    assert ten.loc["2018-04-02", "usd_short_source"] == "EFFR"


def test_hedged_yield_matches_raw_series_on_sampled_dates(ten, loaded_store):
    raw = {sid: ustflow.series(sid, store=loaded_store) for sid in
           ("fred.dgs10", "fred.sofr", "fred.effr", "jgb.1y", "jgb.10y")}
    rng = np.random.default_rng(7)
    both = ten.index[(ten.index >= "2018-04-03")]
    checked = 0
    for d in rng.choice(both, size=40, replace=False):
        d = pd.Timestamp(d)
        if not all(d in raw[k].index for k in ("fred.sofr", "jgb.1y", "jgb.10y")):
            continue  # a forward-filled day: the raw check needs same-day quotes
        want = raw["fred.dgs10"][d] - (raw["fred.sofr"][d] - raw["jgb.1y"][d])
        assert ten.loc[d, "hedged_yield_pct"] == pytest.approx(want, abs=1e-9)
        assert ten.loc[d, "hedged_pickup_pct"] == pytest.approx(want - raw["jgb.10y"][d], abs=1e-9)
        checked += 1
    assert checked >= 20


def test_hedged_10y_negative_in_2023_positive_from_december_2024(ten):
    y2023 = ten.loc["2023-01-01":"2023-12-31", "hedged_yield_pct"]
    assert (y2023 < 0).mean() > 0.95  # negative through (most of) 2023
    dec = ten.loc["2024-12-01":"2024-12-31", "hedged_yield_pct"]
    assert dec.mean() > 0  # the press reported +0.28% then; our monthly mean is about +0.3
    assert 0.1 < dec.mean() < 0.5
    changes = h.sign_changes(ten["hedged_yield_pct"], min_run=20)
    turn = changes[(changes["date"] >= "2024-11-01") & (changes["date"] <= "2024-12-31")]
    assert len(turn) == 1 and turn.iloc[0]["to_sign"] == "+"
    # previous lasting positive spell ended in late 2022 (press: first positive since September 2022)
    before = changes[changes["date"] < "2024-11-01"].iloc[-1]
    assert before["to_sign"] == "-" and pd.Timestamp("2022-09-01") <= before["date"] <= pd.Timestamp("2022-12-31")


def test_pickup_against_jgb_negative_from_early_2023(ten):
    pick = ten.loc["2023-01-01":, "hedged_pickup_pct"]
    assert (pick < 0).all(), pick[pick >= 0]
    changes = h.sign_changes(ten["hedged_pickup_pct"], min_run=20)
    assert changes.iloc[-1]["to_sign"] == "-" and changes.iloc[-1]["date"] < pd.Timestamp("2023-01-01")
    # unhedged, Treasuries out-yield JGBs the whole time: the hedge cost is what turns it around
    assert (ten.loc["2023-01-01":, "unhedged_pickup_pct"] > 0).all()


def test_breakeven_usdjpy_is_consistent(ten):
    row = ten.dropna(subset=["usdjpy"]).iloc[-1]
    assert row["breakeven_usdjpy"] == pytest.approx(
        row["usdjpy"] * (1 + row["jgb_yield_pct"] / 100) / (1 + row["ust_yield_pct"] / 100))


def test_constant_and_csv_basis(loaded_store, ten, tmp_path):
    b = drivers.hedged_yields(10, -0.3, start="2024-01-01", end="2024-12-31", store=loaded_store, rates="overnight")
    base = ten.loc[b.index, "hedged_yield_pct"]
    assert np.allclose(b["hedged_yield_pct"], base - 0.3)  # a quoted -0.30 makes the hedge dearer
    csv = tmp_path / "basis.csv"
    csv.write_text("date,basis\n2024-06-03,-0.25\n2024-09-02,-0.40\n")
    c = drivers.hedged_yields(10, str(csv), start="2024-05-01", end="2024-12-31", store=loaded_store, rates="overnight")
    assert c.loc["2024-05-31", "basis_pct"] == 0.0
    assert c.loc["2024-07-01", "basis_pct"] == -0.25 and c.loc["2024-12-02", "basis_pct"] == -0.40
    assert c.loc["2024-07-01", "hedged_yield_pct"] == pytest.approx(ten.loc["2024-07-01", "hedged_yield_pct"] - 0.25)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,basis\n03/06/2024,x\n")
    with pytest.raises(UstflowError, match="line 2"):
        drivers.hedged_yields(10, str(bad), store=loaded_store)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("date,spread\n2024-06-03,1\n")
    with pytest.raises(UstflowError, match=r"basis.*forward_points"):
        drivers.hedged_yields(10, str(wrong), store=loaded_store)


def test_other_tenors(loaded_store):
    five = drivers.hedged_yields(5, start="2025-01-01", end="2025-03-31", store=loaded_store)
    assert five.attrs["ust_series"].startswith("interpolated") and five.attrs["jgb_series"] == "jgb.5y"
    ust = ustflow.frame(["fred.dgs2", "fred.dgs10"], start="2025-01-01", end="2025-03-31", store=loaded_store)
    d = five.index[10]
    assert five.loc[d, "ust_yield_pct"] == pytest.approx(0.625 * ust.loc[d, "fred.dgs2"] + 0.375 * ust.loc[d, "fred.dgs10"])
    thirty = drivers.hedged_yields(30, start="2025-01-01", end="2025-01-31", store=loaded_store)
    assert thirty.attrs["ust_series"] == "fred.dgs30" and thirty.attrs["jgb_series"] == "jgb.30y"
    for bad in (1, 40):
        with pytest.raises(UstflowError, match="extrapolate"):
            drivers.hedged_yields(bad, store=loaded_store)


def test_usdjpy_with_interventions(loaded_store):
    df = drivers.usdjpy_with_interventions("2024-07-01", "2024-07-31", store=loaded_store)
    assert df.loc["2024-07-11", "intervention_jpy_bn"] == 3168.0
    assert df.loc["2024-07-10", "usdjpy"] == 161.73
    assert df["intervention_jpy_bn"].notna().sum() == 2


# ------------------------------------------------------------------------------------- CLI
def test_cli_hedge_json_and_csv(loaded_home):
    r = cli(["hedge", "--tenor", "10", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["units"]["hedged_yield_pct"] == "percent per year"
    assert "fred.dtb3" in out["series"] and "fred.ir3tib01jpm156n" in out["series"] and out["rates"] == "3m"
    assert out["warnings"][0].startswith("basis 0")
    r = cli(["hedge", "--tenor", "10", "--rates", "overnight", "--format", "json"], loaded_home)
    out = json.loads(r.stdout)
    assert "fred.sofr" in out["series"] and "jgb.1y" in out["series"] and "OVERNIGHT PROXY" in out["rates_label"]
    dates = {(c["measure"], c["date"][:7], c["to_sign"]) for c in out["sign_changes"]}
    assert ("hedged_yield_pct", "2024-12", "+") in dates
    assert out["rows"][0]["month"].startswith("2022-01")
    r = cli(["hedge", "--view", "changes", "--format", "csv", "--basis", "0.5", "--start", "2020-01-01"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# ") and "basis constant +0.50 pp" in r.stdout
    r = cli(["hedge", "--basis", "nope"], loaded_home)
    assert r.returncode == 2 and "neither a number nor a CSV" in r.stderr


# ------------------------------------------------------------------------- 3-month rates
def test_3m_hedged_yield_from_raw_series(ten3m, loaded_store):
    raw = {sid: ustflow.series(sid, store=loaded_store) for sid in
           ("fred.dgs10", "fred.dtb3", "fred.ir3tib01jpm156n", "jgb.10y")}
    rng = np.random.default_rng(11)
    dates = ten3m.index[(ten3m.index >= "2005-01-01") & (ten3m.index <= "2026-03-26")]
    checked = 0
    for d in rng.choice(dates, size=40, replace=False):
        d = pd.Timestamp(d)
        if d not in raw["fred.dtb3"].index or d not in raw["jgb.10y"].index:
            continue
        bill = raw["fred.dtb3"][d]
        usd = 360 * bill / (360 - bill * 91 / 100)  # money-market yield of a 91-day bill, by hand
        jpy = raw["fred.ir3tib01jpm156n"][pd.Period(d, "M")]
        assert ten3m.loc[d, "hedge_cost_pct"] == pytest.approx(usd - jpy, abs=1e-9)
        assert ten3m.loc[d, "hedged_yield_pct"] == pytest.approx(raw["fred.dgs10"][d] - (usd - jpy), abs=1e-9)
        checked += 1
    assert checked >= 20
    assert ten3m.attrs["rates"] == "3m" and ten3m.attrs["warnings"][0].startswith("basis 0")


def test_3m_below_overnight_by_the_spread_on_2022_09_30(ten3m, ten, loaded_store):
    """Acceptance: with 3-month rates and basis 0 the hedged yield on 2022-09-30 is below the overnight
    proxy's by that day's 3-month/overnight spread, and both are in the table."""
    d = pd.Timestamp("2022-09-30")
    raw = {sid: ustflow.series(sid, store=loaded_store)[d if sid != "fred.ir3tib01jpm156n" else pd.Period(d, "M")]
           for sid in ("fred.dtb3", "fred.ir3tib01jpm156n", "fred.sofr", "jgb.1y")}
    spread = (h.discount_to_money_market(raw["fred.dtb3"]) - raw["fred.ir3tib01jpm156n"]) - (raw["fred.sofr"] - raw["jgb.1y"])
    row = ten3m.loc[d]
    assert spread > 0.1  # the Fed was hiking: 3-month rates well above overnight
    assert row["hedged_yield_pct"] == pytest.approx(row["overnight_hedged_yield_pct"] - spread, abs=1e-9)
    assert row["overnight_hedged_yield_pct"] == pytest.approx(ten.loc[d, "hedged_yield_pct"], abs=1e-9)


def test_quoted_negative_basis_lowers_hedged_yield_and_silences_the_warning(ten3m, loaded_store, tmp_path):
    b = drivers.hedged_yields(10, -0.30, start="2022-09-01", end="2022-09-30", store=loaded_store)
    base = ten3m.loc[b.index, "hedged_yield_pct"]
    assert np.allclose(b["hedged_yield_pct"], base - 0.30)
    assert not any(w.startswith("basis 0") for w in b.attrs["warnings"])
    # forward points: the hedge cost is read from the forward against spot
    fp = tmp_path / "fwd.csv"
    fp.write_text("date,forward_points\n2022-09-01,-1.20\n")
    f = drivers.hedged_yields(10, str(fp), start="2022-09-01", end="2022-09-30", store=loaded_store)
    d = pd.Timestamp("2022-09-30")
    assert f.loc[d, "hedge_cost_pct"] == pytest.approx(1.20 / f.loc[d, "usdjpy"] * 4 * 100, abs=1e-9)
    assert f.loc[d, "basis_pct"] == pytest.approx(
        f.loc[d, "usd_short_pct"] - f.loc[d, "jpy_short_pct"] - f.loc[d, "hedge_cost_pct"], abs=1e-9)


def test_cli_hedge_2022_09_30_shows_both(loaded_home):
    r = cli(["hedge", "--end", "2022-09-30", "--start", "2022-09-01", "--view", "changes"], loaded_home)
    assert r.returncode == 0, r.stderr
    text = " ".join(r.stdout.split())
    assert "Latest 2022-09-30 (3-month rates)" in text and "Overnight proxy (SOFR/EFFR - JGB 1y) the same day" in text
    assert "Warning: basis 0" in text
    r = cli(["hedge", "--end", "2022-09-30", "--start", "2022-09-01", "--basis", "-0.3", "--view", "changes"],
                loaded_home)
    assert "basis -0.30" in " ".join(r.stdout.split()) and "Warning: basis 0" not in " ".join(r.stdout.split())
