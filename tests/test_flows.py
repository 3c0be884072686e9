"""MoF flows on the real mirror: yen and dollar values, window ranks by brute force, streaks,
seasons, episodes with market context, the Treasury share of MoF flows, and the CLI."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import ustflow
from tests.helpers import cli
from ustflow.analytics import flows as fa
from ustflow.errors import UstflowError
from ustflow.views import flows as fl

LT_WEEKLY = "mof.weekly.assets.lt_debt.net"


@pytest.fixture(scope="module")
def weekly(loaded_store) -> pd.DataFrame:
    return fl.flows("lt_debt", freq="week", window=1, store=loaded_store)


@pytest.fixture(scope="module")
def weekly2(loaded_store) -> pd.DataFrame:
    return fl.flows("lt_debt", freq="week", window=2, store=loaded_store)


@pytest.fixture(scope="module")
def raw_weekly(loaded_store) -> pd.Series:
    return ustflow.series(LT_WEEKLY, store=loaded_store)


@pytest.fixture(scope="module")
def usdjpy_daily(loaded_store) -> pd.Series:
    return ustflow.series("fred.dexjpus", store=loaded_store)


def _week(date: str) -> pd.Period:
    return pd.Period(date, "W-SAT")


def _fx_mean(daily: pd.Series, first: str, last: str) -> float:
    return float(daily.loc[first:last].mean())


# ------------------------------------------------------------------ acceptance: the April 2025 weeks
def test_week_of_2025_04_05_in_yen_and_dollars(weekly, usdjpy_daily):
    row = weekly.loc[_week("2025-04-05")]
    assert str(row["period_start"]) == "2025-03-30" and str(row["period_end"]) == "2025-04-05"
    assert row["net_jpy_100mn"] == -25726
    # the rate used is the plain average of that week's daily DEXJPUS fixings (Mon 31 Mar .. Fri 4 Apr)
    rate = _fx_mean(usdjpy_daily, "2025-03-30", "2025-04-05")
    assert row["usdjpy"] == pytest.approx(rate)
    assert row["net_usd_bn"] == pytest.approx(-25726e8 / rate / 1e9)
    assert row["net_usd_bn"] == pytest.approx(-17.5, abs=0.25)  # "about -$17.5 billion"


def test_two_weeks_to_2025_04_12_and_its_rank_by_brute_force(weekly2, raw_weekly, usdjpy_daily):
    row = weekly2.loc[_week("2025-04-12")]
    assert row["window_jpy_100mn"] == -30845
    usd = sum(raw_weekly[_week(d)] * 1e8 / _fx_mean(usdjpy_daily, *span) / 1e9
              for d, span in [("2025-04-05", ("2025-03-30", "2025-04-05")),
                              ("2025-04-12", ("2025-04-06", "2025-04-12"))])
    assert row["window_usd_bn"] == pytest.approx(usd)
    assert row["window_usd_bn"] == pytest.approx(-21, abs=0.5)  # "about -$21 billion"
    # brute force: every 2-week window since 2005, overlapping ones included
    vals = raw_weekly.to_numpy()
    sums = [vals[i - 1] + vals[i] for i in range(1, len(vals))]
    lower = sum(1 for s in sums if s < -30845)
    assert row["rank_sell"] == lower + 1 == 4
    assert row["n_windows"] == len(sums)
    assert row["percentile"] == pytest.approx(100 * sum(1 for s in sums if s <= -30845) / len(sums))
    assert row["zscore"] == pytest.approx((-30845 - np.mean(sums)) / np.std(sums, ddof=1))


def test_largest_single_week_sale_since_2005(weekly, raw_weekly, loaded_store):
    worst = raw_weekly.idxmin()
    assert worst == _week("2024-11-02") and raw_weekly[worst] == -44579
    assert worst.start_time.date().isoformat() == "2024-10-27"
    assert weekly.loc[worst, "rank_sell"] == 1
    assert (weekly["rank_sell"] == 1).sum() == 1
    r = fl.window_rank("2024-11-02", window=1, store=loaded_store)
    assert r["rank_sell"] == 1 and r["largest_since"] is None and r["value_jpy_100mn"] == -44579
    # and the April 2025 week: 4th, the largest since that week
    r = fl.window_rank("2025-04-05", window=1, store=loaded_store)
    assert r["rank_sell"] == 1 + int((raw_weekly < -25726).sum()) and r["largest_since"] == "2024-11-02"


def test_dollar_ranks_cover_only_weeks_with_a_rate(loaded_store, usdjpy_daily):
    usd = fl.flows("lt_debt", freq="week", window=2, currency="usd", store=loaded_store)
    first_rate = usdjpy_daily.index[0]
    assert first_rate.year == 2018
    before = usd[usd["period_end"] < first_rate.date()]
    assert before["net_usd_bn"].isna().all() and before["rank_sell"].isna().all()
    n = int(usd["window_usd_bn"].notna().sum())
    assert (usd["n_windows"] == n).all() and 0 < n < len(usd)
    first_week = usd["usdjpy"].first_valid_index().end_time.date()  # the week holding DEXJPUS's first day
    assert "2018" in usd.attrs["usd_coverage"] and "NaN" not in usd.attrs["usd_note"]
    assert f"dollar values are blank before the week ending {first_week}" in usd.attrs["usd_note"]
    row = usd.loc[_week("2025-04-12")]
    assert row["rank_sell"] == 1 + int((usd["window_usd_bn"] < row["window_usd_bn"]).sum())


# ------------------------------------------------------------------ streaks, seasons, bases
def test_streaks_match_a_plain_loop(weekly, raw_weekly):
    expected, run = [], 0
    for v in raw_weekly:
        s = int(np.sign(v))
        run = (run + s if run * s > 0 else s)
        expected.append(run)
    assert weekly["streak"].tolist() == expected
    row = weekly.loc[_week("2025-04-12")]  # sixth straight week of net selling
    assert row["streak"] == -6
    assert row["streak_total_jpy_100mn"] == raw_weekly.loc[_week("2025-03-08"):_week("2025-04-12")].sum()


def test_streak_runs_partition_the_weeks(loaded_store, raw_weekly):
    runs = fl.streak_runs(store=loaded_store)
    assert runs["length"].sum() == int((raw_weekly != 0).sum())
    assert runs["total_jpy_100mn"].sum() == pytest.approx(raw_weekly.sum())
    longest = runs[(runs["side"] == "sell") & (runs["length_rank"] == 1)].iloc[0]
    assert longest["length"] == runs.loc[runs["side"] == "sell", "length"].max()


def test_april_against_every_april(loaded_store):
    season = fl.same_season("2025-04", freq="month", store=loaded_store)
    monthly = ustflow.series("mof.monthly.assets.lt_debt.net", store=loaded_store)
    aprils = monthly[monthly.index.month == 4]
    assert season["value"].tolist() == aprils.tolist()
    assert season["year"].tolist() == [p.year for p in aprils.index]
    at = season[season["is_at"]].iloc[0]
    assert at["value"] == monthly[pd.Period("2025-04", "M")]
    assert at["rank_sell"] == 1 + int((aprils < at["value"]).sum())
    assert season.attrs["mean_other_years"] == pytest.approx(aprils.drop(pd.Period("2025-04", "M")).mean())


def test_weekly_season_takes_one_window_per_year(loaded_store):
    season = fl.same_season("2025-04-12", window=2, freq="week", store=loaded_store)
    assert season["year"].is_unique and len(season) >= 21
    ends = pd.to_datetime(season["window_end"].astype(str))
    assert all(abs((e - pd.Timestamp(e.year, 4, 12)).days) <= 3 for e in ends)
    assert season.loc[season["is_at"], "value"].iloc[0] == -30845


def test_consistent_basis_adds_equity_and_lt_debt(loaded_store):
    c = fl.flows("lt_debt", freq="week", consistent_basis=True, store=loaded_store)
    lt = ustflow.series(LT_WEEKLY, store=loaded_store)
    eq = ustflow.series("mof.weekly.assets.equity.net", store=loaded_store)
    assert c["net_jpy_100mn"].to_numpy() == pytest.approx((lt + eq).to_numpy())
    assert c.attrs["instrument"] == "long_term" and len(set(c["basis"])) == 1
    plain = fl.flows("lt_debt", freq="week", store=loaded_store)
    assert set(plain["basis"]) == {"pre-2014: investment funds in long-term debt", "2014-: investment funds in equity"}
    assert plain.loc[_week("2013-12-28"), "basis"].startswith("pre-2014")
    assert plain.loc[_week("2014-01-04"), "basis"].startswith("2014-")


def test_investor_types_monthly(loaded_store):
    banks = fl.flows("lt_debt", investor="banks", freq="month", store=loaded_store)
    assert banks.loc[pd.Period("2025-05", "M"), "net_jpy_100mn"] == 29380  # Reuters: +2.94 JPY tn
    life = fl.flows("lt_debt", investor="life_insurers", freq="month", store=loaded_store)
    assert life.loc[pd.Period("2023-04", "M"), "net_jpy_100mn"] == 629  # JPY 62.9 bn, not 629 bn
    with pytest.raises(UstflowError, match="monthly only"):
        fl.flows("lt_debt", investor="banks", freq="week", store=loaded_store)
    with pytest.raises(UstflowError, match="unknown investor"):
        fl.flows("lt_debt", investor="pension_funds", freq="month", store=loaded_store)
    with pytest.raises(UstflowError, match="unknown instrument"):
        fl.flows("bonds", store=loaded_store)


def test_as_of_hides_weeks_not_yet_published(loaded_store):
    df = fl.flows("lt_debt", freq="week", window=2, as_of="2025-04-18", store=loaded_store)
    assert df.index[-1] == _week("2025-04-12")
    assert df.attrs["as_of"] == "2025-04-18"
    # ranks are among windows known then
    assert df.loc[_week("2025-04-12"), "n_windows"] == len(df) - 1


# ------------------------------------------------------------------ episodes
def test_sell_episodes_do_not_overlap_and_carry_context(loaded_store, usdjpy_daily):
    ep = fl.episodes(side="sell", window=4, top=10, store=loaded_store)
    assert len(ep) == 10 and ep["episode"].tolist() == list(range(1, 11))
    assert ep["net_jpy_100mn"].is_monotonic_increasing and (ep["net_jpy_100mn"] < 0).all()
    spans = sorted(zip(ep["window_start"], ep["window_end"]))
    assert all(a_end < b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    first = ep.iloc[0]
    assert first["rank_all"] == 1
    assert str(first["window_end"]) == "2024-11-02"  # the four weeks around the largest weekly sale
    # context by hand: USD/JPY from the last fixing before the window to the last one in it
    start, end = pd.Timestamp(first["window_start"]), pd.Timestamp(first["window_end"])
    fx0 = usdjpy_daily.loc[: start - pd.Timedelta(days=1)].iloc[-1]
    fx1 = usdjpy_daily.loc[:end].iloc[-1]
    assert first["usdjpy_change"] == pytest.approx(fx1 - fx0)
    dgs10 = ustflow.series("fred.dgs10", store=loaded_store)
    assert first["ust10y_change_bp"] == pytest.approx(
        100 * (dgs10.loc[:end].iloc[-1] - dgs10.loc[: start - pd.Timedelta(days=1)].iloc[-1]), abs=0.01)
    # the September 2022 intervention falls inside one of the ten largest four-week sales
    hit = ep[ep["interventions"].str.contains("2022-09-22")]
    assert len(hit) == 1 and hit["intervention_jpy_bn"].iloc[0] == pytest.approx(2838.2)
    # before 2018 there is no official USD/JPY in the mirror: NaN, not a guess
    old = ep[pd.to_datetime(ep["window_end"].astype(str)) < "2018-01-01"]
    assert len(old) and old["net_usd_bn"].isna().all() and old["usdjpy_change"].isna().all()


def test_buy_episodes_in_dollars(loaded_store):
    ep = fl.episodes(side="buy", window=3, top=3, freq="month", currency="usd", store=loaded_store)
    assert (ep["net_usd_bn"] > 0).all() and ep["net_usd_bn"].is_monotonic_decreasing
    assert ep.attrs["units"]["net_usd_bn"].startswith("USD bn")


# ------------------------------------------------------------------ Treasury share of MoF flows
def test_treasury_share_estimate_by_hand(loaded_store):
    df = fl.treasury_share(store=loaded_store, n_boot=300)
    assert (df.loc[df.index < pd.Period("2023-02", "M"), "tic_basis"].str.startswith("Form S")).all()
    assert (df.loc[df.index >= pd.Period("2023-02", "M"), "tic_basis"].str.startswith("SLT")).all()
    slt = ustflow.series("tic.slt.japan.lt_treasury_net", store=loaded_store)
    assert df.loc[pd.Period("2025-04", "M"), "tic_treasury_net_usd_bn"] == pytest.approx(slt["2025-04"] / 1000)
    # quarterly OLS slope recomputed with numpy from the raw series
    mof = ustflow.series("mof.monthly.assets.lt_debt.net", store=loaded_store)
    fx = ustflow.series("fred.dexjpus", store=loaded_store)
    usd = (mof / fx.groupby(fx.index.to_period("M")).mean() / 10).dropna()
    forms = ustflow.series("tic.forms.japan.treasury_net", store=loaded_store)
    tic = pd.concat([forms[forms.index < pd.Period("2023-02", "M")], slt]) / 1000
    both = pd.concat([usd.rename("m"), tic.rename("t")], axis=1).dropna()
    q = both.groupby(both.index.asfreq("Q")).agg(["sum", "count"])
    q = q[q[("m", "count")] == 3]
    slope = np.polyfit(q[("m", "sum")], q[("t", "sum")], 1)[0]
    est = df.attrs["estimate"]
    assert est["marginal_share"] == pytest.approx(slope)
    assert est["n_quarters"] == len(q)
    lo, hi = est["marginal_share_ci90"]
    assert lo < est["marginal_share"] < hi
    assert est["average_share"] == pytest.approx(both["t"].sum() / both["m"].sum())
    assert set(df.attrs["estimates"]) == {"pooled", "slt", "form_s"}
    assert "custodian" in df.attrs["method"]


# ------------------------------------------------------------------ CLI
def test_cli_flows_rank_json_and_csv(loaded_home):
    r = cli(["flows", "--window", "2", "--rank", "--at", "2025-04-12", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["rank"]["rank_sell"] == 4 and out["rank"]["value_jpy_100mn"] == -30845
    assert "JPY 100mn" in out["title"] and out["units"]["net_usd_bn"].startswith("USD bn")
    assert out["rows"] and {"rank_sell", "percentile", "usdjpy", "basis"} <= set(out["rows"][0])
    r = cli(["flows", "--freq", "month", "--investor", "life_insurers", "--last", "3", "--format", "csv"],
                loaded_home)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("# ") and "JPY 100mn" in lines[0] and "USD bn" in lines[0]
    header = next(line for line in lines if not line.startswith("#"))
    assert header.startswith("period,net_jpy_100mn,usdjpy,net_usd_bn")


def test_cli_flows_table_season_and_errors(loaded_home):
    r = cli(["flows", "--window", "2", "--rank", "--at", "2025-04-12"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "rank 4 as a net sale" in " ".join(r.stdout.split()) and "JPY 100mn" in r.stdout
    r = cli(["flows", "--season", "--freq", "month", "--at", "2025-04", "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "JPY 100mn" in r.stdout.splitlines()[0] and "2025" in r.stdout
    r = cli(["flows", "--investor", "banks"], loaded_home)
    assert r.returncode == 2 and "monthly only" in r.stderr


def test_cli_episodes_formats(loaded_home):
    r = cli(["episodes", "--side", "sell", "--window", "4", "--top", "3", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [row["episode"] for row in out["rows"]] == [1, 2, 3]
    assert out["units"]["ust10y_change_bp"].startswith("basis points")
    r = cli(["episodes", "--top", "2", "--format", "csv"], loaded_home)
    assert r.returncode == 0 and "JPY 100mn" in r.stdout.splitlines()[0]
    r = cli(["episodes", "--top", "2"], loaded_home)
    assert r.returncode == 0 and "Largest non-overlapping" in r.stdout


# ------------------------------------------------------------------ the pure functions, on any input
_values = st.lists(st.integers(-50, 50), min_size=1, max_size=40)


def _weekly(values) -> pd.Series:
    return pd.Series([float(v) for v in values],
                     index=pd.period_range("2020-01-04", periods=len(values), freq="W-SAT"))


@settings(max_examples=60, deadline=None)
@given(_values, st.integers(1, 5))
def test_window_ranks_are_brute_force_counts(values, window):
    sums = fa.rolling_sum(_weekly(values), window)
    r = fa.window_ranks(sums)
    full = [sum(values[i - window + 1:i + 1]) for i in range(window - 1, len(values))]
    for i, v in enumerate(sums):
        if i < window - 1:
            assert pd.isna(v) and pd.isna(r["rank_sell"].iloc[i])
            continue
        assert r["rank_sell"].iloc[i] == 1 + sum(1 for x in full if x < v)
        assert r["rank_buy"].iloc[i] == 1 + sum(1 for x in full if x > v)
        assert r["percentile"].iloc[i] == pytest.approx(100 * sum(1 for x in full if x <= v) / len(full))


@settings(max_examples=60, deadline=None)
@given(_values, st.integers(1, 4), st.sampled_from(["sell", "buy"]))
def test_episodes_never_overlap_and_are_greedy(values, window, side):
    s = _weekly(values)
    sums = fa.rolling_sum(s, window)
    ep = fa.top_episodes(sums, window, side, top=50)
    pos = {p: i for i, p in enumerate(s.index)}
    spans = [(pos[f], pos[last]) for f, last in zip(ep["first"], ep["last"])]
    assert all(b - a == window - 1 for a, b in spans)
    assert all(a2 > b1 or a1 > b2 for k, (a1, b1) in enumerate(spans) for (a2, b2) in spans[k + 1:])
    assert all((v < 0) if side == "sell" else (v > 0) for v in ep["value"])
    # greedy: every window of the right sign left out overlaps a chosen episode at least as large
    for j in range(window - 1, len(values)):
        v = sums.iloc[j]
        if (side == "sell" and v < 0) or (side == "buy" and v > 0):
            if (j - window + 1, j) not in spans:
                assert any(a <= j and j - window + 1 <= b and (ep["value"].iloc[k] <= v if side == "sell"
                                                                 else ep["value"].iloc[k] >= v)
                           for k, (a, b) in enumerate(spans))


@settings(max_examples=60, deadline=None)
@given(_values)
def test_streak_runs_cover_every_nonzero_period(values):
    s = _weekly(values)
    runs = fa.streak_runs(s)
    assert runs["length"].sum() == sum(1 for v in values if v != 0)
    assert runs["total"].sum() == pytest.approx(sum(values))
    st_ = fa.streaks(s)["streak"].tolist()
    assert max((abs(x) for x in st_), default=0) == (runs["length"].max() if len(runs) else 0)
