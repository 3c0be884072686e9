"""Yield impact of a sale: published estimates scaled by hand, our HAC regression against a brute-force one, the CLI."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.helpers import cli, newey_west
from ustflow.analytics import impact as im
from ustflow.errors import UstflowError
from ustflow.views import drivers


@pytest.fixture(scope="module")
def result(loaded_store) -> dict:
    return drivers.impact(100.0, 1, store=loaded_store)


NOW = 28575.758  # MSPD Total Marketable, April 30, 2025 (USD bn): the latest curated figure
BELTRAN_THEN = 8964.705 / NOW  # January 2011, the figure nearest the end of their sample (2010-06)
LSAP_THEN = 7272.496 / NOW  # December 2009


def test_literature_scaled_by_hand():
    t = im.scale_literature(100.0, 1).set_index("key")
    # per dollar, as published
    assert (t.loc["bkmt2013_short", "linear_low_bp"], t.loc["bkmt2013_short", "linear_high_bp"]) == (40.0, 60.0)
    assert t.loc["bkmt2013_long", "linear_low_bp"] == 20.0
    assert t.loc["damico_king2013", "linear_low_bp"] == pytest.approx(10.0)  # 30 bp per USD 300bn
    assert t.loc["gagnon2011", "linear_high_bp"] == pytest.approx(100 * 100 / 1750)
    # and by the market: USD 100bn is a smaller share of today's USD 28.6tn than of 2010's USD 9.0tn
    assert t.loc["bkmt2013_short", "market_factor"] == pytest.approx(BELTRAN_THEN)
    assert (t.loc["bkmt2013_short", "low_bp"], t.loc["bkmt2013_short", "high_bp"]) == (
        pytest.approx(40 * BELTRAN_THEN), pytest.approx(60 * BELTRAN_THEN))
    assert t.loc["bkmt2013_long", "low_bp"] == pytest.approx(20 * BELTRAN_THEN)  # about 6.3 bp
    assert t.loc["damico_king2013", "low_bp"] == pytest.approx(10 * LSAP_THEN)
    assert t.loc["gagnon2011", "high_bp"] == pytest.approx(100 * 100 / 1750 * LSAP_THEN)
    assert math.isnan(t.loc["warnock2009", "low_bp"])  # stated per year of flows, not per dollar
    assert "90 bp" in t.loc["warnock2009", "rests_on"] and "Warnock" in t.loc["warnock2009", "citation"]
    for key in t.index:
        assert t.loc[key, "citation"] and t.loc[key, "url"].startswith("https://") and t.loc[key, "rests_on"]
    # over two months the within-a-month estimate sees half the pace; persistent ones see the total
    two = im.scale_literature(100.0, 2).set_index("key")
    assert (two.loc["bkmt2013_short", "linear_low_bp"], two.loc["bkmt2013_short", "linear_high_bp"]) == (20.0, 30.0)
    assert two.loc["bkmt2013_long", "linear_low_bp"] == 20.0
    big = im.scale_literature(500.0, 1).set_index("key")
    assert big.loc["bkmt2013_short", "linear_high_bp"] == 300.0 and "extrapolated" in big.loc["bkmt2013_short", "scaling"]
    assert im.literature_range(t) == (pytest.approx(100 * 50 / 1750 * LSAP_THEN), pytest.approx(60 * BELTRAN_THEN))
    assert im.literature_range(t, "short") == (pytest.approx(40 * BELTRAN_THEN), pytest.approx(60 * BELTRAN_THEN))
    # a market size given by the user replaces the curated one
    own = im.scale_literature(100.0, 1, market_now_usd_bn=8964.705).set_index("key")
    assert own.loc["bkmt2013_short", "high_bp"] == pytest.approx(60.0)
    with pytest.raises(ValueError, match="must be >= 0"):
        im.scale_literature(-1.0)


def test_marketable_debt_table_is_sourced_and_growing():
    figs = im.MARKETABLE_DEBT
    assert [f.month for f in figs] == sorted(f.month for f in figs)
    assert all(b.usd_bn > a.usd_bn for a, b in zip(figs, figs[1:]))  # the debt only grew over these dates
    assert all("Monthly Statement of the Public Debt" in f.source for f in figs)
    assert im.marketable_debt().usd_bn == NOW and im.marketable_debt("2009-12").usd_bn == 7272.496
    with pytest.raises(KeyError, match="1999-01"):
        im.marketable_debt("1999-01")


def _newey_west(x: np.ndarray, y: np.ndarray, lags: int) -> tuple[np.ndarray, np.ndarray]:
    """Slope and intercept by hand: OLS of y on [1, x] with Newey-West errors."""
    return newey_west(np.column_stack([np.ones(len(x)), x]), y, lags)


def test_regression_matches_brute_force_newey_west():
    rng = np.random.default_rng(11)
    idx = pd.period_range("2020-01", periods=60, freq="M")
    x = pd.Series(rng.normal(0, 50, 60), index=idx)
    e = np.convolve(rng.normal(0, 10, 61), [1, 0.5], mode="valid")  # autocorrelated errors
    y = pd.Series(3.0 - 0.1 * x.to_numpy() + e, index=idx)
    reg = im.flow_regression(y, x)
    assert reg["lags"] == im.newey_west_lags(60) == 3
    b, se = _newey_west(x.to_numpy(), y.to_numpy(), 3)
    assert reg["slope_bp_per_usd_bn"] == pytest.approx(b[1]) and reg["intercept_bp"] == pytest.approx(b[0])
    assert reg["se"] == pytest.approx(se[1])
    assert reg["ci_low"] == pytest.approx(b[1] - 1.959964 * se[1], rel=1e-5)
    assert reg["ci_high"] == pytest.approx(b[1] + 1.959964 * se[1], rel=1e-5)
    resid = y - (b[0] + b[1] * x)
    assert reg["r_squared"] == pytest.approx(1 - (resid**2).sum() / ((y - y.mean()) ** 2).sum())
    assert "Not causal" in reg["warning"]
    with pytest.raises(ValueError, match="too few to regress"):
        im.flow_regression(y.head(5), x.head(5))


def test_apply_regression_sign():
    reg = {"slope_bp_per_usd_bn": -0.1, "ci_low": -0.3, "ci_high": 0.05}
    out = im.apply_regression(reg, 100.0, months=2)
    assert out["estimate_bp"] == pytest.approx(10.0)  # a sale is negative net purchases
    assert (out["ci_low_bp"], out["ci_high_bp"]) == (pytest.approx(-5.0), pytest.approx(30.0))
    assert out["per_month_bp"] == pytest.approx(5.0)


def test_month_end_changes_from_raw_series(loaded_store):
    y10 = ustflow.series("fred.dgs10", store=loaded_store)
    dy = im.month_end_changes_bp(y10)
    want = (y10[:"2025-04-30"].dropna().iloc[-1] - y10[:"2025-03-31"].dropna().iloc[-1]) * 100
    assert dy[pd.Period("2025-04", "M")] == pytest.approx(want)


def test_own_estimate_on_slt(result, loaded_store):
    own = result["own"].set_index("series")
    slt = own.loc["tic.slt.grand_total.treasury_net"]
    assert (slt["first"], slt["last"], slt["n"]) == ("2023-02", "2026-04", 39)  # SLT net flows exist from 2023-02
    assert slt["ci_low_bp"] <= slt["estimate_bp"] <= slt["ci_high_bp"]
    assert 0 <= slt["r_squared"] < 0.5
    # the slope again, by brute force, from the raw series
    y10 = ustflow.series("fred.dgs10", store=loaded_store)
    flows = ustflow.series("tic.slt.grand_total.treasury_net", store=loaded_store) / 1000
    dy = im.month_end_changes_bp(y10)
    d = pd.concat({"dy": dy, "x": flows}, axis=1, join="inner").dropna()
    b, se = _newey_west(d["x"].to_numpy(), d["dy"].to_numpy(), slt["lags"])
    assert slt["slope_bp_per_usd_bn"] == pytest.approx(b[1]) and slt["se"] == pytest.approx(se[1])
    assert slt["estimate_bp"] == pytest.approx(-100 * b[1])
    # Form S is kept apart: its own sample, ending where the form was discontinued
    fs = own.loc["tic.forms.grand_total.treasury_net"]
    assert (fs["first"], fs["last"], fs["n"]) == ("2000-01", "2023-01", 277)
    assert "Not causal" in result["warning"]
    # the readings say what each sample can and cannot show, from its own numbers
    assert "CI includes zero" in slt["reading"]  # +8.4 bp, CI -6.7 to +23.6
    assert slt["estimate_bp"] == pytest.approx(8.4, abs=0.05)
    assert fs["estimate_bp"] == pytest.approx(-7.7, abs=0.05) and "opposite to the literature" in fs["reading"]
    assert result["neither_causal"].startswith("Neither sample supports a causal number")


def test_out_of_sample_record_by_brute_force():
    """Expanding window, each month predicted from a fit on the months before it: recomputed with
    numpy's least squares and a prediction interval written out by hand."""
    rng = np.random.default_rng(5)
    idx = pd.period_range("2015-01", periods=60, freq="M")
    x = pd.Series(rng.normal(0, 40, 60), index=idx)
    y = pd.Series(1.0 - 0.2 * x.to_numpy() + rng.normal(0, 5, 60), index=idx)
    oos = im.flow_regression_oos(y, x, min_months=24)
    errs, naive, inside = [], [], 0
    for t in range(24, 60):
        xt, yt = x.to_numpy()[:t], y.to_numpy()[:t]
        b1 = ((xt - xt.mean()) * (yt - yt.mean())).sum() / ((xt - xt.mean()) ** 2).sum()
        b0 = yt.mean() - b1 * xt.mean()
        s2 = ((yt - b0 - b1 * xt) ** 2).sum() / (t - 2)
        se_pred = math.sqrt(s2 * (1 + 1 / t + (x.iloc[t] - xt.mean()) ** 2 / ((xt - xt.mean()) ** 2).sum()))
        e = abs(y.iloc[t] - (b0 + b1 * x.iloc[t]))
        errs.append(e)
        naive.append(abs(y.iloc[t] - yt.mean()))
        inside += e <= 1.959964 * se_pred
    assert oos["n"] == 36 and (oos["first"], oos["last"]) == ("2017-01", "2019-12")
    assert oos["mae_bp"] == pytest.approx(np.mean(errs)) and oos["mae_mean_bp"] == pytest.approx(np.mean(naive))
    assert oos["mae_zero_bp"] == pytest.approx(np.abs(y.to_numpy()[24:]).mean())
    assert oos["coverage_pct"] == pytest.approx(100 * inside / 36)
    # a real relation is found out of sample; noise is not, and the text says so
    assert oos["beats_naive"] and "so it beats the naive benchmarks" in oos["text"]
    noise = im.flow_regression_oos(pd.Series(rng.normal(0, 5, 60), index=idx), x)
    assert not noise["beats_naive"] and "does NOT beat the naive benchmarks" in noise["text"]
    short = im.flow_regression_oos(y.head(20), x.head(20))
    assert short["n"] == 0 and short["text"] == "no out-of-sample test: 20 months, the first fit needs 24"


def test_own_estimates_print_their_out_of_sample_record(result):
    """On the official series none of the regressions beats no-change out of sample: printed, not hidden."""
    own = result["own"].set_index("series")
    slt, fs = own.loc["tic.slt.grand_total.treasury_net"], own.loc["tic.forms.grand_total.treasury_net"]
    assert slt["oos_n"] == 39 - 24 and fs["oos_n"] == 277 - 24
    for row in (slt, fs):
        assert row["out_of_sample"].startswith("out of sample (")
        assert ("does NOT beat" in row["out_of_sample"]) == (not row["oos_beats_naive"])
        assert 0 <= row["oos_coverage_pct"] <= 100


def test_impact_rejects_bad_input(loaded_store):
    with pytest.raises(UstflowError, match=r"the amount to sell must be positive \(USD bn\), got 0"):
        drivers.impact(0, store=loaded_store)
    with pytest.raises(UstflowError, match="months must be >= 1, got 0"):
        drivers.impact(100, 0, store=loaded_store)


def test_cli_impact_prints_both_samples_ci_and_scaled_range(loaded_home):
    r = cli(["impact", "--sell", "100", "--months", "1"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())  # rich wraps long lines
    for text in ("Beltran, Kretchmer, Marquez and Thomas (2013)", "Journal of International Money and Finance 32",
                 "Warnock and Warnock (2009)", "40-60 bp", "marketable debt then / now", "28,575.8 USD bn",
                 "Literature range: 1 to 19 bp", "95% CI", "R-squared", "Not causal",
                 "2023-02..2026-04 (n = 39): +8.4 bp, 95% CI -6.7 to +23.6 bp",
                 "2000-01..2023-01 (n = 277): -7.7 bp, 95% CI", "Neither sample supports a causal number",
                 "out of sample (2002-01..2023-01, 253 months, each fitted on the months before it)",
                 "naive benchmarks"):
        assert text in out, text
    assert "Headline" not in out
    r = cli(["impact", "--sell", "100", "--months", "1", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    js = json.loads(r.stdout)
    assert js["literature_range_bp"][1] == pytest.approx(60 * BELTRAN_THEN)
    samples = {row["series"]: row for row in js["own_estimates"]}
    for sid in ("tic.slt.grand_total.treasury_net", "tic.forms.grand_total.treasury_net"):
        assert samples[sid]["ci_low_bp"] < samples[sid]["ci_high_bp"]
    assert "Not causal" in js["warning"] and "bp" in js["units"]
    r = cli(["impact", "--sell", "100", "--marketable-debt", "8964.705", "--format", "json"], loaded_home)
    assert json.loads(r.stdout)["literature_range_bp"][1] == pytest.approx(60.0)
