"""Scenario engine on the mirror: the flow model against a brute-force refit, computed from the store
(change monthb3 and the printed numbers change), every preset with bands, status quo near recent
flows, sign consistency, the intervention arithmetic, the TOML format, the CLI."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import ustflow
from tests.conftest import MIRROR
from tests.helpers import cli, newey_west
from ustflow import api
from ustflow.analytics import scenario as sa, scenario_model as sm
from ustflow.analytics.impact import newey_west_lags
from ustflow.analytics.risk import bond_return
from ustflow.errors import UstflowError
from ustflow.store import Store
from ustflow.views import drivers, scenario as sc

PRESETS = ["boj-1.5-fed-3", "carry-unwind", "mof-intervention-10tn", "status-quo"]
INVESTORS = list(sm.INVESTORS)
DOCS = Path(__file__).resolve().parents[1] / "docs" / "scenarios.md"
MODEL_SOURCES = ["mof_its_investor_ltdebt", "fred_dgs10", "fred_dtb3", "fred_tb3ms", "fred_ir3tib_jp", "fred_dexjpus",
                 "mof_jgb_curve"]
MODEL_FILES = ["DGS10.csv", "DTB3.csv", "TB3MS.csv", "IR3TIB01JPM156N.csv", "DEXJPUS.csv", "jgbcm_all.csv"]


@pytest.fixture(scope="module")
def models(loaded_store):
    return sc.fit_models(store=loaded_store)


@pytest.fixture(scope="module")
def state(loaded_store, models):
    return sc.start_state(models, store=loaded_store)


@pytest.fixture(scope="module")
def runs(loaded_store, models, state):
    return {p: sc.run_scenario(p, store=loaded_store, models=models, state=state) for p in PRESETS}


def _path(df, variable, investor="", months=(1, None)):
    s = df[(df["variable"] == variable) & (df["investor"] == investor)].set_index("month").sort_index()
    lo, hi = months
    return s.loc[lo:hi]


# ------------------------------------------------------------------------------- brute force
def _brute_rows(store, investor: str, end: str | None = None):
    """The regression rows rebuilt by hand: monthly means with >= 10 days, changes only between
    consecutive months, last month's flow, April; from 2014-02, complete rows only."""
    flow = api.series(f"mof.monthly.lt_debt.{investor}.net", store=store).dropna()
    h = drivers.hedged_yields(10, store=store)
    g = h.groupby(h.index.to_period("M"))
    ok = g["hedged_pickup_pct"].count() >= 10
    hp, up = g["hedged_pickup_pct"].mean()[ok], g["unhedged_pickup_pct"].mean()[ok]
    fx = api.series("fred.dexjpus", store=store).dropna()
    fg = fx.groupby(fx.index.to_period("M"))
    fxm = fg.mean()[fg.count() >= 10]
    X, y, idx = [], [], []
    for p in flow.index:
        if p < pd.Period("2014-02", "M") or (end and p > pd.Period(end, "M")):
            continue
        need = [(flow, p - 1), (hp, p), (up, p), (fxm, p), (fxm, p - 1)]
        if any(q not in s.index for s, q in need):
            continue
        X.append([1.0, hp[p], up[p], (fxm[p] / fxm[p - 1] - 1) * 100, flow[p - 1], float(p.month == 4)])
        y.append(flow[p])
        idx.append(p)
    return np.array(X), np.array(y), idx


@pytest.mark.parametrize("investor", INVESTORS)
def test_model_matches_a_brute_force_fit(models, loaded_store, investor):
    X, y, idx = _brute_rows(loaded_store, investor)
    m = models.scenario[investor]
    assert m.terms == sm.TERMS_FULL and (m.first, m.last, m.n) == (str(idx[0]), str(idx[-1]), len(y))
    # USD/JPY starts 2018-01 in the mirror: the first month with a change and a lagged flow is 2018-02
    assert m.first == "2018-02"
    b, se = newey_west(X, y, newey_west_lags(len(y)))
    assert m.params == pytest.approx(b, rel=1e-8, abs=1e-6)
    assert m.bse == pytest.approx(se, rel=1e-6)
    resid = y - X @ b
    assert m.r2 == pytest.approx(1 - resid @ resid / ((y - y.mean()) ** 2).sum())
    # the no-FX robustness fit uses the whole post-2014 sample
    assert models.robustness[investor].first == "2014-02"


def test_out_of_sample_errors_recomputed_by_hand(models, loaded_store):
    fit = sc.scenario_model(store=loaded_store, models=models)["fit"].set_index("investor")
    for inv in INVESTORS:
        X, y, idx = _brute_rows(loaded_store, inv)
        train = np.array([p <= pd.Period("2024-12", "M") for p in idx])
        b = np.linalg.lstsq(X[train], y[train], rcond=None)[0]
        err = X[~train] @ b - y[~train]
        bench = y[train].mean() - y[~train]
        row = fit.loc[inv]
        assert (row["train_last"], row["oos_first"], row["oos_n"]) == ("2024-12", "2025-01", int((~train).sum()))
        assert row["oos_rmse_jpy_100mn"] == pytest.approx(np.sqrt((err ** 2).mean()))
        assert row["oos_rmse_benchmark_jpy_100mn"] == pytest.approx(np.sqrt((bench ** 2).mean()))
        assert row["oos_r2"] == pytest.approx(1 - (err ** 2).sum() / (bench ** 2).sum())
        assert row["oos_bias_jpy_100mn"] == pytest.approx(err.mean())
        # the weak points are stated, and match the numbers
        if row["oos_r2"] < 0:
            assert "worse than the training mean" in row["weak"]
        if row["pickup_effect_jpy_100mn_per_pp"] < 0:
            assert "opposite to the carry story" in row["weak"]


def _bump_monthb3(text: str, year: int, months: list[int], add: int) -> str:
    """Add ``add`` (JPY 100mn) to all investors' acquisitions and net purchases in some months of ``year``."""
    lines = text.split("\r\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(f"{year},"))
    for m in months:
        row = next(csv.reader([lines[first + m - 1]]))
        for col in (3, 5):  # all sectors: acquisition, net
            row[col] = f"{int(row[col].replace(',', '').strip()) + add:,}"
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(row)
        lines[first + m - 1] = buf.getvalue()
    return "\r\n".join(lines)


def test_model_is_computed_from_the_store(tmp_path, loaded_store, models):
    """Change three months of monthb3.csv, load it with the other inputs into a fresh store: the
    model printed by `ustflow scenario model` changes for all investors and only for them."""
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for f in MODEL_FILES:
        (mirror / f).symlink_to(MIRROR / f)
    text = (MIRROR / "monthb3.csv").read_bytes().decode("cp932")
    (mirror / "monthb3.csv").write_bytes(_bump_monthb3(text, 2021, [3, 6, 9], 50_000).encode("cp932"))
    store = Store(tmp_path / "home")
    report = ustflow.update(mirror=mirror, only=MODEL_SOURCES, store=store)
    assert report.ok, [(r.source_id, r.message) for r in report.failed]
    new = api.series("mof.monthly.lt_debt.all.net", store=store)
    old = api.series("mof.monthly.lt_debt.all.net", store=loaded_store)
    assert (new - old).loc[lambda d: d != 0].to_dict() == {pd.Period(f"2021-{m:02d}", "M"): 50_000.0 for m in (3, 6, 9)}
    changed = sc.fit_models(store=store)
    X, y, _ = _brute_rows(store, "all")
    assert changed.scenario["all"].params == pytest.approx(np.linalg.lstsq(X, y, rcond=None)[0], rel=1e-8, abs=1e-6)
    r = cli(["scenario", "model", "--format", "json"], store.home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    printed = {(c["investor"], c["term"]): c["coef"] for c in out["coefficients"]}
    for i, term in enumerate(sm.TERMS_FULL):
        assert printed[("all", term)] == pytest.approx(changed.scenario["all"].params[i], rel=1e-9, abs=1e-9)
        assert printed[("all", term)] != pytest.approx(models.scenario["all"].params[i], rel=1e-4)
        # banks' columns of the file were not touched: their model is the same
        assert printed[("banks", term)] == pytest.approx(models.scenario["banks"].params[i], rel=1e-9, abs=1e-9)
    fit = {f["investor"]: f for f in out["fit"]}
    before = sc.scenario_model(models=models)["fit"].set_index("investor")
    assert fit["all"]["oos_rmse_jpy_100mn"] != pytest.approx(before.loc["all", "oos_rmse_jpy_100mn"], rel=1e-6)
    assert fit["banks"]["oos_rmse_jpy_100mn"] == pytest.approx(before.loc["banks", "oos_rmse_jpy_100mn"], rel=1e-9)
    assert "JPY 100mn" in out["title"] and out["sources"]


# ----------------------------------------------------------------------------------- presets
def test_presets_are_listed_and_shipped_as_package_data():
    from importlib import resources

    df = sc.list_scenarios()
    assert sorted(df["name"]) == PRESETS
    shipped = sorted(p.name for p in resources.files("ustflow.scenarios").iterdir() if p.name.endswith(".toml"))
    assert shipped == [f"{p}.toml" for p in PRESETS]
    row = df.set_index("name").loc["mof-intervention-10tn"]
    assert "10,000bn" in row["interventions"] and "treasuries" in row["interventions"]


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_returns_monthly_paths_with_bands(runs, state, name):
    df = runs[name]
    assert list(df.columns) == ["period", "month", "group", "variable", "investor", "value", "lower", "upper", "unit"]
    first = pd.Period(state["first_period"], "M")
    assert first == pd.Period(state["last_flow_month"], "M") + 1
    for variable in sa.UNITS:
        investors = INVESTORS if variable in ("net_jpy_100mn", "net_usd_bn", "cumulative_net_jpy_100mn") else [""]
        for inv in investors:
            p = _path(df, variable, inv)
            assert list(p.index) == list(range(1, 13)), (variable, inv)
            assert list(p["period"]) == [str(first + k) for k in range(12)]
            assert np.isfinite(p[["value", "lower", "upper"]].to_numpy()).all(), (variable, inv)
            assert (p["lower"] <= p["upper"] + 1e-9).all()
            assert set(p["unit"]) == {sa.UNITS[variable]}
    for inv in INVESTORS:
        p = _path(df, "net_jpy_100mn", inv)
        # real bands around the point path: estimation errors make every month uncertain
        assert ((p["upper"] - p["lower"]) > 0).all()
        assert ((p["lower"] <= p["value"]) & (p["value"] <= p["upper"])).all()
        m0 = _path(df, "net_jpy_100mn", inv, (0, 0)).iloc[0]
        assert m0["value"] == state["last_flows"][inv] == m0["lower"] == m0["upper"]
        usd = _path(df, "net_usd_bn", inv)
        assert usd["value"].to_numpy() == pytest.approx(p["value"].to_numpy() / _path(df, "usdjpy")["value"].to_numpy() / 10)
    a = df.attrs
    assert a["level"] == 0.9 and a["seed"] == 0 and a["n_sims"] == 2000 and a["sources"] and a["citations"]
    assert {c["estimate"] for c in a["citations"]} >= {"Beltran et al. (2013)", "D'Amico and King (2013)"}
    assert {x["variable"] for x in a["assumptions"]} == set(sc.START_SERIES)


def test_start_levels_are_the_latest_known_values(state, loaded_store):
    """The last fixing of each input, not a monthly average; the 3-month bill as a money-market yield."""
    from ustflow.analytics.hedge import discount_to_money_market

    last = pd.Period(state["last_flow_month"], "M")
    assert str(last) == str(api.series("mof.monthly.lt_debt.all.net", store=loaded_store).dropna().index[-1])
    starts = {a["variable"]: a for a in state["assumptions"]}
    for var in ("ust_10y", "jgb_10y", "usdjpy", "fed_funds", "jpy_short"):
        s = api.series(starts[var]["series"], store=loaded_store).dropna()
        assert starts[var]["start_level"] == s.iloc[-1], var
        assert starts[var]["date"].startswith(str(s.index[-1])[:7]), var
    dtb3 = api.series("fred.dtb3", store=loaded_store).dropna()
    tb3ms = api.series("fred.tb3ms", store=loaded_store).dropna()
    newer = tb3ms.index[-1].end_time > dtb3.index[-1] + pd.Timedelta(days=31)
    raw = tb3ms.iloc[-1] if newer else dtb3.iloc[-1]
    assert starts["usd_short"]["start_level"] == pytest.approx(discount_to_money_market(raw))
    assert state["starts"]["usdjpy"] == api.series("fred.dexjpus", store=loaded_store).dropna().iloc[-1]
    h = api.series("tic.holdings.japan", store=loaded_store).dropna()
    assert (state["holdings0_usd_bn"], state["holdings_month"]) == (h.iloc[-1], str(h.index[-1]))
    assert 0.5 < state["lt_share"] < 1 and 2 < state["duration"] < 10


def test_holdings_are_bridged_to_the_start_with_known_flows(state, runs, loaded_store):
    """TIC ends before MoF: the months between are carried with MoF's known all-investor flow (at the
    Treasury share, in USD at that month's average USD/JPY) and the known month-end 10-year yield."""
    b = state["bridge"]
    months = pd.period_range(pd.Period(state["holdings_month"], "M") + 1, pd.Period(state["last_flow_month"], "M"))
    assert b["months"] == [str(p) for p in months] and len(months) >= 1
    flow = api.series("mof.monthly.lt_debt.all.net", store=loaded_store)
    fx = api.series("fred.dexjpus", store=loaded_store).dropna()
    y10 = api.series("fred.dgs10", store=loaded_store).dropna()
    me = y10.groupby(y10.index.to_period("M")).last()
    h = state["holdings0_usd_bn"]
    for p, f_usd, dy in zip(months, b["flows_usd"], b["dy_pp"]):
        fxm = fx[fx.index.to_period("M") == p].mean()
        assert f_usd == pytest.approx(flow[p] / fxm / 10)
        assert dy == pytest.approx(me[p] - me[p - 1])
        h = h * (1 - state["duration"] * dy / 100 * state["lt_share"]) + state["share"] * f_usd
    df = runs["status-quo"]
    m0 = _path(df, "holdings_usd_bn", months=(0, 0)).iloc[0]
    assert m0["value"] == pytest.approx(h) and df.attrs["holdings_start_usd_bn"] == pytest.approx(h)
    assert m0["lower"] < m0["value"] < m0["upper"]  # three months TIC has not published: a band of its own


def test_preset_paths_do_what_their_titles_say(runs, state):
    s = state["starts"]
    boj = runs["boj-1.5-fed-3"]
    assert _path(boj, "jpy_short_pct").loc[12, "value"] == pytest.approx(1.5)
    # Fed funds to 3%: SOFR moves by the same change from its own start, keeping the SOFR-EFFR spread
    assert _path(boj, "usd_short_pct").loc[12, "value"] == pytest.approx(s["usd_short"] + 3.0 - s["fed_funds"])
    assert _path(boj, "jpy_short_pct").loc[6, "value"] == pytest.approx(s["jpy_short"] + (1.5 - s["jpy_short"]) / 2)
    carry = runs["carry-unwind"]
    fx = _path(carry, "usdjpy")["value"]
    assert np.allclose(fx, s["usdjpy"] * 0.85, rtol=1e-12)
    assert _path(carry, "usdjpy_change_pct").loc[1, "value"] == pytest.approx(-15.0)
    assert (_path(carry, "usdjpy_change_pct").loc[2:, "value"] == 0).all()
    quo = runs["status-quo"]
    for col, var in (("usd_short_pct", "usd_short"), ("jpy_short_pct", "jpy_short"), ("ust_10y_pct", "ust_10y"),
                     ("jgb_10y_pct", "jgb_10y"), ("usdjpy", "usdjpy")):
        assert np.allclose(_path(quo, col, months=(0, 12))["value"], s[var], rtol=1e-12)
    p = _path(quo, "hedged_pickup_pct", months=(0, 12))["value"]
    assert np.allclose(p, s["ust_10y"] - (s["usd_short"] - s["jpy_short"]) - s["jgb_10y"], rtol=1e-12)


def test_status_quo_stays_near_recent_average_flows(runs, models, loaded_store):
    """'Near', from the data: the recent average is the last 24 months (two fiscal years, so each
    calendar month, April included, counts the same as in a 12-month horizon). The status-quo
    monthly mean must differ from it by less than half of one month's typical surprise (the model's
    residual standard deviation), and the recent average must lie inside the model's own 90% band
    for the 12-month average. Both yardsticks come from the estimation, not from a chosen number."""
    df = runs["status-quo"]
    for inv, m in models.scenario.items():
        recent = api.series(f"mof.monthly.lt_debt.{inv}.net", store=loaded_store).dropna().iloc[-24:].mean()
        mean = _path(df, "net_jpy_100mn", inv)["value"].mean()
        assert abs(mean - recent) < 0.5 * m.resid_sd, (inv, mean, recent, m.resid_sd)
        cum = _path(df, "cumulative_net_jpy_100mn", inv).loc[12]
        assert cum["lower"] / 12 <= recent <= cum["upper"] / 12, inv
        assert cum["value"] == pytest.approx(_path(df, "net_jpy_100mn", inv)["value"].sum())
    # nothing official happens in the status quo, and the yields stay put: no valuation
    assert (_path(df, "official_treasury_net_usd_bn")["value"] == 0).all()
    assert (_path(df, "valuation_usd_bn")["value"] == 0).all()


def test_simulations_are_reproducible_with_a_seed(loaded_store, models, state):
    a = sc.run_scenario("carry-unwind", months=3, seed=7, n_sims=300, store=loaded_store, models=models, state=state)
    b = sc.run_scenario("carry-unwind", months=3, seed=7, n_sims=300, store=loaded_store, models=models, state=state)
    c = sc.run_scenario("carry-unwind", months=3, seed=8, n_sims=300, store=loaded_store, models=models, state=state)
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["lower"], c["lower"])
    assert (a["value"] == c["value"]).all()  # the point path has no randomness
    assert a["month"].max() == 3


# ------------------------------------------------------------------------------------ signs
def _point_flows(models, state, paths: dict, months: int = 12) -> dict[str, np.ndarray]:
    scn = sa.parse_scenario({"paths": paths}, name="test")
    p = sa.build_paths(scn, state["starts"], state["first_period"], months)
    sims = sa.simulate_flows(models, p, state["last_flows"], n_sims=2, rng=np.random.default_rng(0))
    return {inv: v[0] for inv, v in sims.items()}


def _flipped(models):
    """The fitted models with the pickup coefficients' signs reversed (the carry story's sign)."""
    out = {}
    for inv, m in models.items():
        params = m.params.copy()
        for t in ("hedged_pickup_pct", "unhedged_pickup_pct"):
            params[m.terms.index(t)] *= -1
        out[inv] = dataclasses.replace(m, params=params)
    return out


@pytest.mark.parametrize("flip", [False, True])
def test_higher_jgb_yields_move_buying_the_way_the_coefficients_say(models, state, flip):
    ms = _flipped(models.scenario) if flip else models.scenario
    base = _point_flows(ms, state, {})
    high = _point_flows(ms, state, {"jgb_10y": {"change_bp": 50}})
    for inv, m in ms.items():
        diff = high[inv] - base[inv]
        # a 50bp higher JGB narrows both pickups by 0.5 pp: month 1 moves by -0.5 x the pickup effect,
        # and last month's flow carries it on (sum of rho^k, positive while |rho| < 1)
        assert diff[0] == pytest.approx(-0.5 * m.pickup_effect)
        assert abs(m.coef("lag_net_jpy_100mn")) < 1
        assert (np.sign(diff) == -np.sign(m.pickup_effect)).all(), inv
        if m.pickup_effect > 0:  # the fitted coefficient says wider pickups mean more buying
            assert (diff < 0).all()  # so a higher JGB path never increases buying


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bumps=st.lists(st.floats(0, 1.5), min_size=12, max_size=12), flip=st.booleans())
def test_any_higher_jgb_path_never_raises_cumulative_buying_against_the_coefficient(models, state, bumps, flip):
    ms = _flipped(models.scenario) if flip else models.scenario
    j0 = state["starts"]["jgb_10y"]
    base = _point_flows(ms, state, {})
    high = _point_flows(ms, state, {"jgb_10y": {"values": [j0 + b for b in bumps]}})
    for inv, m in ms.items():
        cum = np.cumsum(high[inv] - base[inv])
        # each month's bump adds -effect x bump x (1 + rho + ... + rho^k) to the running total
        assert (cum * np.sign(m.pickup_effect) <= 1e-6).all(), (inv, bumps)


def test_sign_consistency_through_a_scenario_file(tmp_path, loaded_store, models, state):
    f = tmp_path / "jgb-up.toml"
    f.write_text('[scenario]\ntitle = "JGB 10y +100bp"\nmonths = 6\n[paths]\njgb_10y = { change_bp = 100 }\n')
    up = sc.run_scenario(f, store=loaded_store, models=models, n_sims=200, state=state)
    quo = sc.run_scenario("status-quo", months=6, store=loaded_store, models=models, n_sims=200, state=state)
    assert up.attrs["scenario"]["title"] == "JGB 10y +100bp" and up.attrs["months"] == 6
    for inv, m in models.scenario.items():
        d = _path(up, "cumulative_net_jpy_100mn", inv).loc[6, "value"] - _path(quo, "cumulative_net_jpy_100mn", inv).loc[6, "value"]
        assert np.sign(d) == -np.sign(m.pickup_effect)
    if any(m.pickup_effect < 0 for m in models.scenario.values()):
        assert any("RAISES predicted foreign bond buying" in w for w in up.attrs["warnings"])


# ----------------------------------------------------------------------------- intervention
def test_intervention_sales_equal_the_amount_at_the_scenario_usdjpy(runs, state, loaded_store):
    df = runs["mof-intervention-10tn"]
    fx0 = api.series("fred.dexjpus", store=loaded_store).dropna().iloc[-1]  # the last fixing
    usdjpy1 = _path(df, "usdjpy").loc[1, "value"]
    assert usdjpy1 == pytest.approx(fx0 * 0.97)  # the preset's 3% stronger yen
    off = _path(df, "official_treasury_net_usd_bn")
    assert off.loc[1, "value"] == pytest.approx(-10_000 / usdjpy1)  # JPY 10tn = 10,000 JPY bn
    assert off.loc[1, "lower"] == off.loc[1, "value"] == off.loc[1, "upper"]
    assert (off.loc[2:, "value"] == 0).all()
    h = _path(df, "holdings_usd_bn", months=(0, 12))["value"]
    priv = _path(df, "private_treasury_net_usd_bn")["value"]
    val = _path(df, "valuation_usd_bn")["value"]
    assert h[0] == df.attrs["holdings_start_usd_bn"]  # TIC's last month carried to the start (bridge)
    for t in range(1, 13):
        assert h[t] == pytest.approx(h[t - 1] + priv[t] + off.loc[t, "value"] + val[t])
    total = _path(df, "treasury_net_usd_bn")["value"]
    assert total.to_numpy() == pytest.approx((priv + off["value"]).to_numpy())
    # the sale shows up in the yield impact: month 1's short-run impact is positive (yields up)
    assert _path(df, "yield_impact_short_run_bp").loc[1, "value"] > 0


def test_holdings_fall_by_the_sale_plus_its_valuation(tmp_path, loaded_store, models, state):
    """Same paths with and without the intervention, with the 10y rising so valuation is not zero:
    the holdings gap is the sale in month 1 and then that amount revalued month after month."""
    body = '[scenario]\nmonths = 12\n[paths]\nust_10y = { change_bp = 120, over = 12 }\nusdjpy = { change_pct = -3 }\n'
    iv = '[[interventions]]\nmonth = 1\namount_jpy_bn = 10000\nfunded_by = "{}"\n'
    (tmp_path / "with.toml").write_text(body + iv.format("treasuries"))
    (tmp_path / "without.toml").write_text(body)
    (tmp_path / "deposits.toml").write_text(body + iv.format("deposits"))
    run = {k: sc.run_scenario(tmp_path / f"{k}.toml", store=loaded_store, models=models, state=state, n_sims=300,
                              seed=3) for k in ("with", "without", "deposits")}
    fx1 = _path(run["with"], "usdjpy").loc[1, "value"]
    sale = 10_000 / fx1
    dy = np.diff(np.concatenate([[state["starts"]["ust_10y"]], _path(run["with"], "ust_10y_pct")["value"]]))
    r = state["lt_share"] * bond_return(dy, state["duration"], 0.0)
    assert (r < 0).all()  # rising yields: valuation losses
    gap = _path(run["with"], "holdings_usd_bn") - _path(run["without"], "holdings_usd_bn")[["value", "lower", "upper"]]
    expected = -sale * np.cumprod(np.concatenate([[1.0], 1 + r[1:]]))
    assert gap["value"].to_numpy() == pytest.approx(expected, rel=1e-9)
    # the same draws: the band moves by about the gap (each draw revalues the sale on its own yields)
    for col in ("lower", "upper"):
        assert gap[col].to_numpy() == pytest.approx(expected, rel=0.15)
    vgap = _path(run["with"], "valuation_usd_bn")["value"] - _path(run["without"], "valuation_usd_bn")["value"]
    assert vgap.to_numpy()[1:] == pytest.approx(expected[:-1] * r[1:])
    assert _path(run["with"], "private_treasury_net_usd_bn")["value"].equals(
        _path(run["without"], "private_treasury_net_usd_bn")["value"])
    # paid from deposits: no Treasury sale, holdings as without the intervention
    pd.testing.assert_series_equal(_path(run["deposits"], "holdings_usd_bn")["value"],
                                   _path(run["without"], "holdings_usd_bn")["value"])


# ------------------------------------------------------------------------------- the format
def test_path_levels_by_hand():
    lv = sa.path_levels
    assert lv({"kind": "to", "amount": 2.0, "over": 4, "start_month": 1}, 1.0, 6).tolist() == [1.25, 1.5, 1.75, 2, 2, 2]
    assert lv({"kind": "change_bp", "amount": 30, "over": 3, "start_month": 2}, 1.0, 5) == \
        pytest.approx([1.0, 1.1, 1.2, 1.3, 1.3])
    assert lv({"kind": "change_pct", "amount": -10, "over": 1, "start_month": 1}, 150.0, 2).tolist() == [135, 135]
    assert lv({"kind": "values", "values": [3.0, 2.5]}, 9.0, 4).tolist() == [3.0, 2.5, 2.5, 2.5]


def _docs_example() -> str:
    return re.search(r"```toml\n(.*?)```", DOCS.read_text(), re.S).group(1)


def test_the_documented_example_parses_and_runs(tmp_path, loaded_store, models, state):
    f = tmp_path / "example.toml"
    f.write_text(_docs_example())
    scn = sc.load_scenario(f)
    assert scn.months == 12 and set(scn.paths) == {"jpy_short", "jgb_10y", "usdjpy", "ust_10y"}
    assert scn.interventions == (sa.Intervention(4, 3000.0, "treasuries"),)
    df = sc.run_scenario(f, store=loaded_store, models=models, n_sims=200, state=state)
    fx = _path(df, "usdjpy")["value"]
    assert fx[1] == pytest.approx(state["starts"]["usdjpy"]) and fx[4] == pytest.approx(state["starts"]["usdjpy"] * 0.95)
    assert _path(df, "ust_10y_pct")["value"].tolist()[2:] == pytest.approx([4.3] * 10)
    assert _path(df, "official_treasury_net_usd_bn").loc[4, "value"] == pytest.approx(-3000 / fx[4])
    # every variable the docs' table lists exists, and every one the code knows is documented
    text = DOCS.read_text()
    for name in list(sa.VARIABLES) + list(sa.ALIASES):
        assert f"`{name}`" in text, name


@pytest.mark.parametrize("doc, message", [
    ({"paths": {"yen": 140}}, "scenario bad: paths.yen: unknown variable; use usd_short"),
    ({"paths": {"usdjpy": {"to": 140, "change_pct": -5}}}, "paths.usdjpy: give exactly one of to, change"),
    ({"paths": {"usdjpy": {"change_bp": -5}}}, "paths.usdjpy: change_bp is for yields"),
    ({"paths": {"ust_10y": {"change_pct": 5}}}, "paths.ust_10y: change_pct is for USD/JPY"),
    ({"paths": {"fed_funds": 3.0, "sofr": 3.1}}, "paths.sofr: usd_short is already given by another name (fed_funds)"),
    ({"paths": {"ust_10y": {"to": 4, "over": 0}}}, "paths.ust_10y.over: expected a number >= 1, found 0"),
    ({"paths": {"ust_10y": {"values": [4, "x"]}}}, "paths.ust_10y.values #2: expected a number, found 'x'"),
    ({"scenario": {"months": 500}}, "scenario.months: expected a number <= 120, found 500"),
    ({"interventions": [{"month": 1}]}, "interventions #1.amount_jpy_bn: missing (required)"),
    ({"interventions": [{"amount_jpy_bn": 1, "funded_by": "gold"}]},
     "interventions #1.funded_by: expected 'treasuries' or 'deposits', found 'gold'"),
    ({"shocks": {}}, "unknown keys ['shocks'] for a scenario"),
])
def test_bad_scenarios_say_what_is_wrong(doc, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        sa.parse_scenario(doc, name="bad")


def test_bad_files_and_names(tmp_path, loaded_store, models, state):
    bad = tmp_path / "bad.toml"
    bad.write_text("[paths\n")
    with pytest.raises(UstflowError, match="not valid TOML"):
        sc.load_scenario(bad)
    with pytest.raises(UstflowError, match=r"no preset or file 'nope'.*status-quo"):
        sc.load_scenario("nope")
    neg = tmp_path / "neg.toml"
    neg.write_text("[paths]\nusdjpy = { values = [150, -1] }\n")
    with pytest.raises(UstflowError, match="USD/JPY path must stay above zero"):
        sc.run_scenario(neg, months=2, store=loaded_store, models=models, state=state)


# ------------------------------------------------------------------------------------- CLI
def test_cli_list_and_errors(loaded_home, tmp_path):
    r = cli(["scenario", "list", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert sorted(x["name"] for x in json.loads(r.stdout)["rows"]) == PRESETS
    bad = tmp_path / "bad.toml"
    bad.write_text("[paths]\nusdjpy = { change_bp = 5 }\n")
    r = cli(["scenario", "run", bad], loaded_home)
    assert r.returncode == 2 and "change_bp is for yields and rates" in r.stderr


def test_cli_model_table(loaded_home):
    r = cli(["scenario", "model"], loaded_home)
    assert r.returncode == 0, r.stderr
    for text in ("[JPY 100mn per month]", "HAC", "out-of-sample", "Where the model is weak", "Robustness",
                 "life_insurers", "trust_accounts", "Sources:"):
        assert text in r.stdout, text


def test_cli_run_json_intervention(loaded_home, state):
    r = cli(["scenario", "run", "mof-intervention-10tn", "--format", "json", "--sims", "300"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["units"]["official_treasury_net_usd_bn"].startswith("USD bn") and out["sources"] and out["citations"]
    assert out["n_sims"] == 300 and out["first_period"] == state["first_period"]
    rows = pd.DataFrame(out["rows"])
    fx1 = rows[(rows.variable == "usdjpy") & (rows.month == 1)]["value"].iloc[0]
    off1 = rows[(rows.variable == "official_treasury_net_usd_bn") & (rows.month == 1)]["value"].iloc[0]
    assert off1 == pytest.approx(-10_000 / fx1)


def test_cli_run_csv_and_table(loaded_home, tmp_path):
    r = cli(["scenario", "run", "status-quo", "--months", "3", "--format", "csv", "--sims", "200"], loaded_home)
    assert r.returncode == 0, r.stderr
    head = [line for line in r.stdout.splitlines() if line.startswith("#")]
    assert "JPY 100mn" in head[0] and "USD bn" in head[0] and "sources:" in head[1]
    df = pd.read_csv(io.StringIO(r.stdout), comment="#")
    assert sorted(df["month"].unique()) == [0, 1, 2, 3] and set(df["unit"].dropna()) >= {sa.UNITS["holdings_usd_bn"]}
    f = tmp_path / "example.toml"
    f.write_text(_docs_example())
    r = cli(["scenario", "run", f, "--months", "6", "--sims", "200"], loaded_home)
    assert r.returncode == 0, r.stderr
    for text in ("BOJ to 1%, yen 5% stronger", "[JPY 100mn per month", "Japan and US Treasuries [USD bn",
                 "Beltran et al. (2013)", "Start levels", "90% band"):
        assert text in r.stdout, text
