"""Evidence for a selling episode (and the BTC co-movement check) on the mirror, with brute-force recounts."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow.analytics import explain as ex, liquidity as lq
from ustflow.errors import UstflowError
from ustflow.views import drivers


def rows(df: pd.DataFrame) -> pd.DataFrame:
    return df.set_index("driver")


LT = "MoF weekly: residents' net purchases of foreign long-term debt"


def test_window_of():
    assert drivers.window_of(week_ending="2025-04-12") == (pd.Timestamp("2025-04-06"), pd.Timestamp("2025-04-12"))
    assert drivers.window_of(week_ending="2025-04-09") == (pd.Timestamp("2025-04-06"), pd.Timestamp("2025-04-12"))
    with pytest.raises(UstflowError, match=r"give\ either\ \-\-week\-ending\ or\ \-\-start/\-\-end,\ not\ both"):
        drivers.window_of("2025-04-01", "2025-04-05", week_ending="2025-04-12")
    with pytest.raises(UstflowError, match=r"the\ window\ ends\ \(2025\-04\-01\)\ before\ it\ starts\ \(2025\-04\-05\)"):
        drivers.window_of("2025-04-05", "2025-04-01")
    with pytest.raises(UstflowError, match=r"give\ a\ window:\ \-\-week\-ending\ DATE,\ or\ \-\-start\ DATE\ and"):
        drivers.window_of("2025-04-05")


def test_market_move_percentile_brute_force():
    s = pd.Series([1.0, 2.0, 4.0, 3.0, 7.0, 6.0], index=pd.bdate_range("2024-01-01", periods=6))
    m = ex.market_move(s, "2024-01-05", "2024-01-05")  # from 01-04 (3.0) to 01-05 (7.0)
    assert m["value"] == 4.0 and m["n_obs"] == 1
    # 1-step absolute changes: 1, 2, 1, 4, 1 -> all five are <= 4
    assert m["abs_percentile"] == 100.0
    m = ex.market_move(s, "2024-01-03", "2024-01-04", kind="pct")  # 2.0 -> 3.0
    assert m["value"] == pytest.approx(50.0) and m["n_obs"] == 2


def test_week_of_the_april_2025_sale(loaded_store):
    df = drivers.explain(week_ending="2025-04-05", store=loaded_store)
    assert df.attrs["window"] == ("2025-03-30", "2025-04-05")
    assert "not a verdict" in df.attrs["note"]
    r = rows(df)
    assert r.loc[LT, "value"] == -25726  # reference check mof01
    assert bool(r.loc[LT, "notable"]) and r.loc[LT, "percentile"] < 1.0
    wk = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded_store).dropna()
    rank = int((wk < -25726).sum()) + 1  # brute force: weeks with a bigger net sale
    assert f"rank {rank} of {len(wk)}" in r.loc[LT, "context"]
    assert r.loc[LT, "percentile"] == pytest.approx(100 * (wk <= -25726).mean())
    assert bool(r.loc["Japanese fiscal calendar", "notable"])  # 1 April is in the window
    assert "2025-04-01: in the window" in r.loc["Japanese fiscal calendar", "context"]


def test_week_of_the_april_2025_treasury_selloff(loaded_store):
    r = rows(drivers.explain(week_ending="2025-04-12", store=loaded_store))
    y10 = ustflow.series("fred.dgs10", store=loaded_store)
    fx = ustflow.series("fred.dexjpus", store=loaded_store)
    assert r.loc["UST 10y yield", "value"] == pytest.approx((4.48 - 4.01) * 100)  # reference check fred01
    assert r.loc["UST 10y yield", "value"] == pytest.approx((y10["2025-04-11"] - y10["2025-04-04"]) * 100)
    assert bool(r.loc["UST 10y yield", "notable"]) and r.loc["UST 10y yield", "percentile"] > 95
    assert r.loc["USD/JPY (JPY per USD)", "value"] == pytest.approx((fx["2025-04-11"] / fx["2025-04-04"] - 1) * 100)
    # brute force: share of all 5-observation 10y moves no larger than this one
    v = y10.dropna().to_numpy()
    moves = np.abs(v[5:] - v[:-5])
    assert r.loc["UST 10y yield", "percentile"] == pytest.approx(100 * (moves <= 0.47 + 1e-12).mean())
    assert not bool(r.loc["MoF FX intervention", "notable"])
    assert r.loc["Hedged 10y UST pickup over 10y JGB", "context"].endswith("LESS than the JGB")


def test_intervention_week(loaded_store):
    r = rows(drivers.explain(week_ending="2024-07-13", store=loaded_store))
    iv = r.loc["MoF FX intervention"]
    assert iv["value"] == 3168.0 + 2367.0 and bool(iv["notable"])  # 2024-07-11 and -12
    assert "2024-07-11" in iv["context"] and iv["unit"] == "JPY bn"


def test_fiscal_calendar():
    assert ex.fiscal_calendar("2025-06-01", "2025-06-30") == []
    notes = ex.fiscal_calendar("2024-10-01", "2024-10-05")
    assert notes == ["Japanese fiscal half-year end (30 September) 2024-09-30: 1 days before the window"]


def test_cli_explain(loaded_home):
    r = cli(["explain", "--week-ending", "2025-04-12"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "Evidence, not a verdict" in out and "UST 10y yield" in out and "2025-04-06..2025-04-12" in out
    r = cli(["explain", "--start", "2024-07-08", "--end", "2024-07-19", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    js = json.loads(r.stdout)
    assert js["window"] == ["2024-07-08", "2024-07-19"] and "not a verdict" in js["note"]
    assert any(x["driver"] == "MoF FX intervention" and x["notable"] for x in js["rows"])
    r = cli(["explain"], loaded_home)
    assert r.returncode == 2 and "--week-ending" in r.stderr


# ------------------------------------------------------------------------------ liquidity
def test_liquidity_rolling_correlation_brute_force(loaded_store):
    df = drivers.liquidity(60, store=loaded_store)
    assert "NON-OFFICIAL" in df.attrs["note"] and "Yahoo" in df.attrs["sources"]
    raw = ustflow.frame(["market.btc_usd", "fred.dexjpus", "fred.dgs10"], store=loaded_store).dropna()
    last = df.index[-1]
    w = raw.loc[:last].tail(61)  # 61 common dates -> 60 returns
    btc = np.diff(np.log(w["market.btc_usd"].to_numpy()))
    fx = np.diff(np.log(w["fred.dexjpus"].to_numpy()))
    dy = np.diff(w["fred.dgs10"].to_numpy())
    assert df.loc[last, "corr_btc_usdjpy"] == pytest.approx(np.corrcoef(btc, fx)[0, 1])
    assert df.loc[last, "corr_btc_ust10y"] == pytest.approx(np.corrcoef(btc, dy)[0, 1])
    assert df["corr_btc_usdjpy"].between(-1, 1).all() and (df["n_obs"] <= 60).all()
    # the BTC file ends 2026-06-05: no correlation is carried past it
    assert last <= pd.Timestamp("2026-06-05")
    fs = df.attrs["full_sample"]
    assert fs["first"] >= "2018-01-02" and fs["n_obs"] > 1500


def test_liquidity_changes_do_not_fill_btc():
    d = pd.to_datetime(["2024-01-05", "2024-01-08", "2024-01-09"])
    btc = pd.Series([100.0, 110.0], index=d[:2])  # no BTC on 01-09
    fx = pd.Series([140.0, 141.0, 142.0], index=d)
    y = pd.Series([4.0, 4.1, 4.2], index=d)
    ch = lq.daily_changes(btc, fx, y)
    assert list(ch.index) == [d[1]]
    assert ch.iloc[0]["btc_logret"] == pytest.approx(np.log(1.1))
    assert ch.iloc[0]["ust10y_change_bp"] == pytest.approx(10.0)


def test_cli_liquidity(loaded_home):
    r = cli(["liquidity", "--window", "90", "--start", "2024-01-01", "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "NON-OFFICIAL" in r.stdout and r.stdout.count("\n") > 10
    header = [line for line in r.stdout.splitlines() if not line.startswith("#")][0]
    assert header == "date,corr_btc_usdjpy,corr_btc_ust10y,n_obs"
