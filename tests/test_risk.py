"""Risk for a holder: shocks by hand, replays and concentration against raw series, bootstrap VaR, the CLI."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow.analytics import risk as rk
from ustflow.errors import UstflowError
from ustflow.views import risk as rv


@pytest.fixture(scope="module")
def changes(loaded_store) -> pd.DataFrame:
    curve, fx = rv._curve_and_fx(start="2018-01-01", store=loaded_store)
    return rk.weekly_changes(curve, fx)


def P(**kw) -> rk.Portfolio:
    base = dict(holdings_usd_bn=1100.0, duration=6.0, convexity=0.5, hedge_ratio=0.5, base_currency="JPY", usdjpy=150.0)
    base.update(kw)
    return rk.Portfolio(**base)


# ----------------------------------------------------------------------------- shocks by hand
def test_parallel_100bp_on_1100bn_at_duration_6():
    # duration term: 1100 * 6 * 1% = 66; convexity 0.5 (= 50 yrs^2): 0.5 * 50 * 0.01^2 * 1100 = 2.75
    res = rk.shock_pnl(P(), 100.0)
    assert res["convexity_usd_bn"] == pytest.approx(2.75)
    assert res["rates_pnl_usd_bn"] == pytest.approx(-66.0 + 2.75)
    assert rk.shock_pnl(P(convexity=0.0), 100.0)["rates_pnl_usd_bn"] == pytest.approx(-66.0)
    # convexity helps both ways: a 100bp fall gains 66 + 2.75
    assert rk.shock_pnl(P(), -100.0)["rates_pnl_usd_bn"] == pytest.approx(66.0 + 2.75)
    # no FX move: yen P&L is the dollar P&L at the unchanged rate
    assert res["pnl_jpy_bn"] == pytest.approx(150.0 * (-63.25))


def test_fx_shock_in_yen_by_hand():
    # USD 1,100bn at 150 = JPY 165,000bn; USD/JPY -10% -> 135. Half hedged: the unhedged half loses 10%.
    res = rk.shock_pnl(P(), 0.0, -0.10)
    assert res["pnl_jpy_bn"] == pytest.approx(-8250.0)
    assert res["fx_pnl_jpy_bn"] == pytest.approx(-8250.0)
    assert res["pnl_usd_bn"] == pytest.approx(-8250.0 / 135.0)
    assert res["usdjpy_after"] == pytest.approx(135.0)
    assert rk.shock_pnl(P(hedge_ratio=0.0), 0.0, -0.10)["pnl_jpy_bn"] == pytest.approx(-16500.0)
    assert rk.shock_pnl(P(hedge_ratio=1.0), 0.0, -0.10)["pnl_jpy_bn"] == pytest.approx(0.0)
    # a dollar-based holder has no currency risk in dollars
    usd = rk.shock_pnl(P(base_currency="USD"), 0.0, -0.10)
    assert usd["pnl_usd_bn"] == 0.0 and usd["fx_pnl_jpy_bn"] == 0.0


def test_combined_shock_by_hand():
    # r = -0.0575 (100bp incl. convexity); yen P&L = 150*1100*(r*(0.9) + 0.5*(-0.1))
    res = rk.shock_pnl(P(), 100.0, -0.10)
    assert res["pnl_jpy_bn"] == pytest.approx(165_000.0 * (-0.0575 * 0.9 - 0.05))
    # the combination is worse than the sum of the parts in yen (the bond loss is also translated lower)
    parts = rk.shock_pnl(P(), 100.0)["pnl_jpy_bn"] + rk.shock_pnl(P(), 0.0, -0.10)["pnl_jpy_bn"]
    assert res["pnl_jpy_bn"] == pytest.approx(parts + 165_000.0 * 0.0575 * 0.1)


def test_curve_shock_felt_at_the_duration():
    assert rk.curve_shift_at({2: 25, 10: 75, 30: 100}, 6.0) == pytest.approx(50.0)
    assert rk.curve_shift_at({2: 25, 10: 75, 30: 100}, 20.0) == pytest.approx(87.5)
    assert rk.curve_shift_at({2: 25, 10: 75, 30: 100}, 1.0) == pytest.approx(25.0)  # flat beyond the ends
    assert rk.shock_pnl(P(), {2: 25, 10: 75, 30: 100})["dy_bp"] == pytest.approx(50.0)


def test_portfolio_validation():
    with pytest.raises(ValueError, match="hedge ratio must be between 0 and 1"):
        P(hedge_ratio=1.5)
    with pytest.raises(ValueError, match="base currency must be JPY or USD"):
        P(base_currency="EUR")


# ------------------------------------------------------------------------- on the mirror
def test_default_portfolio_is_japan_latest(loaded_store):
    p = rv.default_portfolio(store=loaded_store)
    jp = ustflow.series("tic.holdings.japan", store=loaded_store)
    fx = ustflow.series("fred.dexjpus", store=loaded_store).dropna()
    assert p.holdings_usd_bn == jp.iloc[-1] == 1209.9  # reference check tic03
    assert p.usdjpy == fx.iloc[-1]
    assert "tic.holdings.japan" in p.label and p.base_currency == "JPY"


def test_default_duration_is_the_fitted_one(loaded_store):
    """Not an assumed 6: the decomposition's duration of Japan's long-term Treasuries (least squares
    through the origin on SLT's reported valuation), times their long-term share, recomputed here."""
    from ustflow.views import holdings as hv

    p = rv.default_portfolio(store=loaded_store)
    dec = hv.decompose("japan", store=loaded_store)
    rep = dec[dec.index >= pd.Period("2023-02", "M")]
    x = -rep["yield_change_pp"] / 100 * rep["lt_position_prev_usd_bn"]
    d_lt = (x * rep["valuation_usd_bn"]).sum() / (x * x).sum()
    lt = ustflow.series("tic.slt.japan.lt_treasury_pos", store=loaded_store)
    tot = ustflow.series("tic.slt.japan.treasury_pos", store=loaded_store)
    share = (lt / tot).dropna().iloc[-1]
    assert p.duration == pytest.approx(d_lt * share, rel=1e-4)
    assert 3.5 < p.duration < 5.0  # about 4.4, not 6
    assert "fitted" in p.label and f"{p.duration:.2f}" in p.label and "leave-one-out MAE" in p.label
    given = rv.default_portfolio(duration=6.0, store=loaded_store)
    assert given.duration == 6.0 and "(given)" in given.label


def test_historical_replays_match_raw_series(loaded_store):
    sc = rv.scenarios(store=loaded_store).set_index("scenario")
    y10 = ustflow.series("fred.dgs10", store=loaded_store)
    fx = ustflow.series("fred.dexjpus", store=loaded_store)
    apr = sc.loc["hist_apr_2025"]
    assert apr["d10y_bp"] == pytest.approx((y10["2025-04-11"] - y10["2025-04-02"]) * 100)
    assert apr["fx_pct"] == pytest.approx((fx["2025-04-11"] / fx["2025-04-02"] - 1) * 100)
    jul = sc.loc["hist_jul_2024"]
    assert jul["fx_pct"] == pytest.approx((fx["2024-08-05"] / 161.73 - 1) * 100)  # 161.73 on 2024-07-10 (fx02)
    y2022 = sc.loc["hist_2022"]
    assert y2022["d2y_bp"] > 300 and y2022["fx_pct"] > 10
    # before 2018 the mirror has no USD/JPY: the move is missing, not 0%, and so is the yen P&L
    taper = sc.loc["hist_taper_2013"]
    assert np.isnan(taper["fx_pct"]) and "no USD/JPY" in taper["note"] and "missing" in taper["note"]
    st = rv.stress(P(), ["hist_taper_2013"], store=loaded_store).iloc[0]
    assert np.isnan(st["pnl_jpy_bn"]) and np.isnan(st["fx_pnl_jpy_bn"]) and np.isnan(st["pnl_usd_bn"])
    assert st["rates_pnl_usd_bn"] < 0  # the rate move is known: +132 bp on the 10y
    assert set(sc["kind"]) == {"hypothetical", "historical"}


def test_stress_named_and_custom(loaded_store):
    p = P()
    st = rv.stress(p, ["rates_up_100_yen_up_10"], store=loaded_store)
    assert len(st) == 1 and st.iloc[0]["pnl_jpy_bn"] == pytest.approx(rk.shock_pnl(p, 100.0, -0.10)["pnl_jpy_bn"])
    cu = rv.stress(p, shock_rates_bp=100, shock_fx_pct=-10, store=loaded_store).set_index("scenario")
    assert list(cu.index) == ["custom_rates", "custom_fx", "custom_combined"]
    assert cu.loc["custom_rates", "rates_pnl_usd_bn"] == pytest.approx(-63.25)
    assert cu.loc["custom_fx", "pnl_jpy_bn"] == pytest.approx(-8250.0)
    with pytest.raises(UstflowError, match="unknown scenario"):
        rv.stress(p, ["no_such"], store=loaded_store)


def test_weekly_changes_are_friday_to_friday(changes, loaded_store):
    y10 = ustflow.series("fred.dgs10", store=loaded_store)
    wk = changes.loc["2025-04-11"]
    assert wk["d10y_pp"] == pytest.approx(y10["2025-04-11"] - y10["2025-04-04"])  # 4.48 - 4.01
    assert changes.index[0] >= pd.Timestamp("2018-01-05")
    assert changes.notna().all().all() and len(changes) > 400


def test_monte_carlo_reproducible_and_var_grows_with_confidence(changes):
    p = P()
    a = rk.monte_carlo_pnl(p, changes, paths=200_000, seed=42)
    b = rk.monte_carlo_pnl(p, changes, paths=200_000, seed=42)
    c = rk.monte_carlo_pnl(p, changes, paths=200_000, seed=43)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    table = rk.var_table(a, levels=(0.9, 0.95, 0.99, 0.995))
    assert table["var"].is_monotonic_increasing and table["var"].iloc[0] > 0
    assert (table["es"] >= table["var"]).all()
    # longer horizons lose more
    four = rk.monte_carlo_pnl(p, changes, paths=200_000, horizon_weeks=4, seed=42)
    assert rk.var_es(four, 0.99)[0] > rk.var_es(a, 0.99)[0]


def test_one_week_bootstrap_matches_historical_weeks(changes):
    # brute force: the P&L of every historical week; the bootstrap draws exactly these atoms
    p = P()
    w = np.interp(p.duration, rk.CURVE_TENORS, [0, 1, 2])
    dy = changes["d2y_pp"] * (1 - w) + changes["d10y_pp"] * w
    fx = np.expm1(changes["dlog_usdjpy"])
    r = -p.duration * dy / 100 + 0.5 * 50 * (dy / 100) ** 2
    hist = 150 * 1100 * (r * (1 + fx) + 0.5 * fx)
    sim = rk.monte_carlo_pnl(p, changes, paths=400_000, seed=3)
    assert set(np.round(np.unique(sim), 6)) <= set(np.round(hist.to_numpy(), 6))
    assert np.quantile(sim, 0.05) == pytest.approx(np.quantile(hist, 0.05), rel=0.05)
    assert sim.mean() == pytest.approx(hist.mean(), abs=0.05 * hist.std())


def test_var_es_on_a_known_sample():
    pnl = -np.arange(100, dtype=float)  # 0, -1, ..., -99
    var, es = rk.var_es(pnl, 0.95)
    assert var == 95.0 and es == pytest.approx(97.0)
    with pytest.raises(ValueError, match=r"VaR level must be in \[0\.5, 1\)"):
        rk.var_es(pnl, 1.0)


def test_a_million_paths(changes):
    """How fast is measured in bench/bench_risk.py, not here (a busy CI machine makes timings flaky)."""
    pnl = rk.monte_carlo_pnl(P(), changes, paths=1_000_000, seed=0)
    var, es = rk.var_es(pnl, 0.99)
    assert pnl.shape == (1_000_000,) and np.isfinite(pnl).all() and 0 < var <= es


def test_view_var_in_both_currencies(loaded_store):
    v = rv.monte_carlo_var(P(), paths=100_000, seed=1, store=loaded_store)
    assert list(v["level"]) == [0.95, 0.99, 0.995]
    assert v["var_jpy_bn"].is_monotonic_increasing and v["var_usd_bn"].is_monotonic_increasing
    assert v.attrs["first_week"] >= "2018-01-05" and v.attrs["seed"] == 1
    # the VaR's out-of-sample record rides with it, one row per level, in words too
    assert [r["level"] for r in v.attrs["backtest"]] == [0.95, 0.99, 0.995]
    assert v.attrs["backtest"][1]["weeks"] == v.attrs["weeks"] - 104
    assert v.attrs["backtest_text"].startswith("Out-of-sample backtest of the one-week VaR")


@pytest.mark.parametrize(("level", "weeks", "accepted"), [
    (0.99, 510, (2, 10)), (0.99, 1000, (5, 16)), (0.95, 255, (7, 20)), (0.95, 510, (17, 35)), (0.95, 1000, (38, 64))])
def test_kupiec_non_rejection_regions_match_the_published_table(level, weeks, accepted):
    """Kupiec (1995), Table 1 (reproduced in Jorion, *Value at Risk*, 3rd ed., table 6-3): the numbers of
    exceedances not rejected at 5%, e.g. 1 < N < 11 for a 99% VaR over 510 days."""
    ok = [x for x in range(0, 120) if rk.kupiec_pof(x, weeks, level) >= 0.05]
    assert (min(ok), max(ok)) == accepted
    assert ok == list(range(accepted[0], accepted[1] + 1))


def test_var_backtest_recomputed_by_brute_force(changes):
    """Each week's VaR from the weeks before it only (means removed), against that week's actual P&L:
    recomputed here with numpy's order statistics, with no code of the backtest."""
    p, first = P(), 104
    w = np.interp(p.duration, rk.CURVE_TENORS, [0, 1, 2])
    raw = changes[["d2y_pp", "d10y_pp", "d30y_pp", "dlog_usdjpy"]].to_numpy()

    def pnl(a):
        dy = a[:, 0] * (1 - w) + a[:, 1] * w
        fx = np.expm1(a[:, 3])
        r = -p.duration * dy / 100 + 0.5 * 50 * (dy / 100) ** 2
        return 150 * 1100 * (r * (1 + fx) + 0.5 * fx)

    actual = pnl(raw)
    want = {0.95: 0, 0.99: 0}
    for t in range(first, len(raw)):
        hist = np.sort(pnl(raw[:t] - raw[:t].mean(axis=0)))
        for lv in want:
            k = max(int(np.floor((1 - lv) * t)), 1)
            want[lv] += actual[t] < hist[k - 1]
    bt = rk.var_backtest(p, changes, levels=(0.95, 0.99), min_weeks=first).set_index("level")
    assert {lv: int(bt.loc[lv, "exceedances"]) for lv in want} == want
    assert (bt["weeks"] == len(raw) - first).all()
    assert bt.loc[0.99, "expected"] == pytest.approx(0.01 * (len(raw) - first))
    assert bt.loc[0.95, "first_week"] == changes.index[first].date().isoformat()
    assert "Kupiec p" in bt.attrs["text"] and "weeks before it only" in bt.attrs["text"]


def test_var_backtest_counts_a_crash_week_and_rejects_a_bad_model():
    """Synthetic weeks: one added crash is one more exceedance at every level; a sample whose last
    half is four times as volatile makes the model's VaR too small, and Kupiec's test says so."""
    rng = np.random.default_rng(7)
    idx = pd.date_range("2010-01-01", periods=400, freq="W-FRI")
    calm = pd.DataFrame(rng.normal(0, [0.05, 0.08, 0.08, 0.01], size=(400, 4)), index=idx,
                        columns=["d2y_pp", "d10y_pp", "d30y_pp", "dlog_usdjpy"])
    base = rk.var_backtest(P(), calm).set_index("level")
    crash = calm.copy()
    crash.iloc[-1] = [1.0, 1.0, 1.0, -0.2]  # yields +100bp and the yen 20% stronger in a week
    hit = rk.var_backtest(P(), crash).set_index("level")
    assert (hit["exceedances"] == base["exceedances"] + (crash.iloc[-1] != calm.iloc[-1]).any()).all()
    wild = calm.copy()
    wild.iloc[200:] *= 4.0
    bad = rk.var_backtest(P(), wild).set_index("level")
    assert bad.loc[0.99, "exceedances"] > 3 * bad.loc[0.99, "expected"]
    assert bad.loc[0.99, "kupiec_p"] < 0.01 and "NOT consistent" in bad.attrs["text"]
    with pytest.raises(ValueError, match=r"only 50 weekly changes: a backtest needs more than 104"):
        rk.var_backtest(P(), calm.iloc[:50])


def test_long_horizon_var_removes_the_drift(changes, loaded_store):
    """52 weeks of 2018-2026's yen drift (+4% a year) would otherwise be a forecast: the bootstrap
    draws demeaned weekly changes, and says what it removed."""
    p = P()
    demeaned, drift = rk.remove_drift(changes)
    assert np.allclose(demeaned.mean().to_numpy(), 0.0, atol=1e-15) and drift["removed"]
    assert drift["usdjpy_pct_per_year"] == pytest.approx((np.exp(changes["dlog_usdjpy"].mean() * 52) - 1) * 100)
    v = rv.monte_carlo_var(p, paths=100_000, horizon_weeks=52, seed=5, store=loaded_store)
    want = rk.var_es(rk.monte_carlo_pnl(p, demeaned, paths=100_000, horizon_weeks=52, seed=5, currency="JPY"), 0.99)
    assert v.set_index("level").loc[0.99, "var_jpy_bn"] == pytest.approx(want[0])
    assert "means removed" in v.attrs["method"] and v.attrs["drift"]["removed"]
    kept = rv.monte_carlo_var(p, paths=100_000, horizon_weeks=52, seed=5, keep_drift=True, store=loaded_store)
    assert "KEPT" in kept.attrs["method"]
    # the yen weakened over the sample: keeping that drift shows a yen holder smaller losses
    assert kept.set_index("level").loc[0.99, "var_jpy_bn"] < v.set_index("level").loc[0.99, "var_jpy_bn"]


def test_real_return_by_hand():
    t = rk.real_return(4.0, [4.0, 2.0], holdings_usd_bn=100.0)
    assert t.loc[0, "real_return_cum_pct"] == pytest.approx(0.0)
    assert t.loc[1, "real_index"] == pytest.approx(1.04 ** 2 / (1.04 * 1.02))
    assert t.loc[1, "real_gain_usd_bn"] == pytest.approx(100 * (1.04 / 1.02 - 1))


def test_concentration_matches_brute_force(loaded_store):
    c = rv.concentration(store=loaded_store)
    from ustflow.vocab import is_aggregate

    ids = [i for i in ustflow.search("tic.holdings.", store=loaded_store)["id"]
           if not is_aggregate(i.removeprefix("tic.holdings."))]
    period = pd.Period(c["period"], "M")
    total = ustflow.series("tic.holdings.grand_total", store=loaded_store)[period]
    month = ustflow.frame(ids, start=str(period), end=str(period), store=loaded_store).iloc[0].dropna()
    shares = [100 * v / total for v in month if v > 0]
    assert c["hhi_listed"] == pytest.approx(sum(x * x for x in shares))
    assert c["n_listed"] == len(shares)
    assert c["hhi_listed"] <= c["hhi_upper"] <= c["hhi_listed"] + (100 - sum(shares)) * min(shares) + 1e-9
    top = c["latest"].iloc[0]
    assert top["country"] == "japan" and top["share_pct"] == pytest.approx(100 * 1209.9 / total)
    assert bool(c["latest"].set_index("country").loc["united_kingdom", "custodial"])
    assert rk.herfindahl(pd.Series([50.0, 50.0])) == 5000.0


def test_selling_cost_by_hand():
    r = rk.selling_cost(100.0, 4, daily_volume_usd_bn=100.0, sigma_daily_pct=1.0, half_spread_bp=0.5,
                        remaining_usd_bn=900.0, duration=6.0, permanent_bp_per_100bn=20.0)
    assert r["temporary_impact_usd_bn"] == pytest.approx(100 * 0.01 * 0.5)  # sqrt(25/100) = 0.5
    assert r["spread_cost_usd_bn"] == pytest.approx(0.005)
    assert r["permanent_on_rest_usd_bn"] == pytest.approx(900 * 6 * 0.002)
    assert r["timing_risk_sd_usd_bn"] == pytest.approx(0.01 * np.sqrt(100**2 + 75**2 + 50**2 + 25**2))
    slow = rk.selling_cost(100.0, 16, daily_volume_usd_bn=100.0, sigma_daily_pct=1.0)
    assert slow["temporary_impact_usd_bn"] < r["temporary_impact_usd_bn"]  # slower selling, less impact
    assert slow["timing_risk_sd_usd_bn"] > r["timing_risk_sd_usd_bn"]  # ...and more time at risk


def test_selling_cost_view_uses_data_volatility(loaded_store):
    p = rv.default_portfolio(store=loaded_store)
    r = rv.selling_cost(p, 100.0, 20, store=loaded_store)
    y = ustflow.series("fred.dgs10", store=loaded_store).dropna()
    assert r["daily_yield_sd_bp"] == pytest.approx(y.diff().dropna().tail(250).std() * 100)
    # Beltran et al.'s long-run 20 bp per USD 100bn, scaled to today's market (USD 9.0tn then, 28.6tn now)
    assert r["yield_rise_bp"] == pytest.approx(20.0 * 8964.705 / 28575.758)
    with pytest.raises(UstflowError, match=r"cannot sell 5,000\.0 USD bn out of holdings"):
        rv.selling_cost(p, 5000.0, 20, store=loaded_store)


# ------------------------------------------------------------------------------------- CLI
def test_cli_risk_custom_shock_json(loaded_home):
    r = cli(["risk", "--holdings", "1100", "--duration", "6", "--convexity", "0.5", "--hedge-ratio", "0.5",
                 "--usdjpy", "150", "--shock-rates", "100bp", "--shock-fx", "-10%", "--section", "stress",
                 "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    rows = {x["scenario"]: x for x in out["stress"]["rows"]}
    assert rows["custom_rates"]["rates_pnl_usd_bn"] == pytest.approx(-63.25)
    assert rows["custom_fx"]["pnl_jpy_bn"] == pytest.approx(-8250.0)
    assert out["portfolio"]["holdings_usd_bn"] == 1100.0 and "USD bn" in out["units"]


def test_cli_risk_table_and_errors(loaded_home):
    r = cli(["risk", "--paths", "100000", "--var", "0.99"], loaded_home)
    assert r.returncode == 0, r.stderr
    for text in ("Japan, TIC 2026-04", "Stress P&L", "hist_apr_2025", "VaR", "Herfindahl", "Cost of selling",
                 "Real return", "USD bn", "fitted", "means removed", "Out-of-sample backtest of the one-week VaR",
                 "Kupiec p ="):
        assert text in " ".join(r.stdout.split()), text
    r = cli(["risk", "--scenario", "nope"], loaded_home)
    assert r.returncode == 2 and "unknown scenario" in r.stderr
    r = cli(["risk", "--shock-rates", "lots"], loaded_home)
    assert r.returncode == 2 and "100bp" in r.stderr
