"""Holdings on the real mirror: the holders table, peaks, official vs private, custodial views,
the decomposition of holdings changes (SLT identity, pre-2023 estimate and its error), and the CLI."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow.analytics.holdings import resolve_country
from ustflow.errors import UstflowError
from ustflow.views import holdings as hv
from ustflow.vocab import AGGREGATES, COUNTRY_GROUPS

M = lambda s: pd.Period(s, "M")  # noqa: E731


@pytest.fixture(scope="module")
def table_2025_12(loaded_store) -> pd.DataFrame:
    return hv.holders("2025-12", store=loaded_store)


@pytest.fixture(scope="module")
def japan(loaded_store) -> pd.DataFrame:
    return hv.decompose("japan", store=loaded_store)


def _country_ids(store) -> list[str]:
    ids = ustflow.search("tic.holdings.", store=store)["id"]
    return [i for i in ids if i.startswith("tic.holdings.")
            and (i[13:] not in AGGREGATES or i[13:] in COUNTRY_GROUPS)]


# ------------------------------------------------------------------ holders table
def test_holders_2025_12_japan_first(table_2025_12, loaded_store):
    first = table_2025_12.iloc[0]
    assert first["country"] == "Japan" and first["rank"] == 1 and first["holdings_usd_bn"] == 1185.5
    assert table_2025_12["holdings_usd_bn"].is_monotonic_decreasing
    assert table_2025_12["rank"].tolist() == list(range(1, len(table_2025_12) + 1))
    total = ustflow.series("tic.holdings.grand_total", store=loaded_store)[M("2025-12")]
    assert table_2025_12.attrs["grand_total_usd_bn"] == total
    assert first["share_pct"] == pytest.approx(100 * 1185.5 / total, abs=1e-4)
    assert table_2025_12.attrs["unit"] == "USD bn" and "USD bn" in table_2025_12.attrs["title"]


def test_holders_table_rows_by_brute_force(table_2025_12, loaded_store):
    wide = ustflow.frame(_country_ids(loaded_store), store=loaded_store)
    listed = wide.loc[M("2025-12")].dropna()
    assert len(table_2025_12) == len(listed)
    for r in table_2025_12.itertuples():
        s = wide[f"tic.holdings.{r.id}"].dropna()
        assert r.holdings_usd_bn == s[M("2025-12")]
        assert r.change_1m_usd_bn == pytest.approx(s[M("2025-12")] - s[M("2025-11")])
        if M("2024-12") in s.index:
            assert r.change_12m_usd_bn == pytest.approx(s[M("2025-12")] - s[M("2024-12")])
        upto = s.loc[:M("2025-12")]
        assert r.peak_usd_bn == upto.max() and r.peak_month == str(upto.idxmax())
        assert r.change_since_peak_usd_bn == pytest.approx(r.holdings_usd_bn - upto.max())


def test_china_all_time_peak(loaded_store):
    pk = hv.peak("China", store=loaded_store)
    assert pk["peak_usd_bn"] == 1316.7 and pk["peak_month"] == "2013-11"
    raw = ustflow.series("tic.holdings.china_mainland", store=loaded_store)
    assert raw.max() == 1316.7 and str(raw.idxmax()) == "2013-11"
    assert pk["latest_month"] == str(raw.index[-1])
    assert pk["change_since_peak_usd_bn"] == pytest.approx(raw.iloc[-1] - 1316.7)


def test_latest_table_uses_table5_and_top(loaded_store):
    t = hv.holders(top=3, store=loaded_store)
    assert t.attrs["month"] == "2026-04" and len(t) == 3
    assert t.iloc[0]["country"] == "Japan" and t.iloc[0]["holdings_usd_bn"] == 1209.9
    with pytest.raises(UstflowError, match="no Major Foreign Holders table"):
        hv.holders("1999-12", store=loaded_store)


def test_country_history_and_ranks(loaded_store):
    h = hv.history("japan", start="2025-01", store=loaded_store)
    raw = ustflow.series("tic.holdings.japan", store=loaded_store)
    assert h.loc[M("2025-12"), "holdings_usd_bn"] == 1185.5
    assert h.loc[M("2025-12"), "rank"] == 1
    assert h.loc[M("2026-03"), "change_1m_usd_bn"] == pytest.approx(raw[M("2026-03")] - raw[M("2026-02")])
    assert h.loc[M("2026-04"), "peak_to_date_usd_bn"] == raw.loc[:M("2026-04")].max()
    assert h.loc[M("2026-04"), "peak_month"] == str(raw.loc[:M("2026-04")].idxmax())
    assert h.index[0] == M("2025-01")


def test_official_versus_private(loaded_store):
    op = hv.official_private(store=loaded_store)
    tot = ustflow.series("tic.holdings.grand_total", store=loaded_store)
    off = ustflow.series("tic.holdings.foreign_official", store=loaded_store)
    p = M("2025-12")
    assert op.loc[p, "private_usd_bn"] == pytest.approx(tot[p] - off[p])
    assert op.loc[p, "official_share_pct"] == pytest.approx(100 * off[p] / tot[p])
    priv = hv.history("private", store=loaded_store)
    assert priv.loc[p, "holdings_usd_bn"] == pytest.approx(tot[p] - off[p])


def test_custodial_views(loaded_store):
    from ustflow.analytics.holdings import default_centres

    t = hv.holders("2025-12", view="custodial", store=loaded_store)
    centres = default_centres()
    assert not set(t["id"]) & centres  # every centre folded into the group row
    wide = ustflow.frame(_country_ids(loaded_store), store=loaded_store)
    row = wide.loc[M("2025-12")]
    members = [f"tic.holdings.{c}" for c in centres if f"tic.holdings.{c}" in wide.columns]
    group = t[t["id"] == "custodial_centres"].iloc[0]
    assert group["holdings_usd_bn"] == pytest.approx(row[members].sum())
    assert {"United Kingdom", "Belgium", "Luxembourg", "Cayman Islands"} <= set(
        group["country"].split("(")[1].rstrip(")").split(", "))
    memo = t[t["memo"]].iloc[0]
    assert pd.isna(memo["rank"])
    assert memo["holdings_usd_bn"] == pytest.approx(row["tic.holdings.china_mainland"] + row["tic.holdings.belgium"])
    # ranked rows plus the group add up to the listed total (the memo row is not counted twice)
    plain = hv.holders("2025-12", store=loaded_store)
    assert t.loc[~t["memo"], "holdings_usd_bn"].sum() == pytest.approx(plain["holdings_usd_bn"].sum())


def test_custodial_group_change_is_like_for_like(loaded_store):
    c = hv.custodial(start="2025-11", store=loaded_store)
    # Table 5 lists fewer centres from 2026-01: the level steps, the like-for-like change does not
    assert c.loc[M("2026-01"), "centres_listed"] < c.loc[M("2025-12"), "centres_listed"]
    wide = ustflow.frame(_country_ids(loaded_store), store=loaded_store)
    centres = hv.holders("2026-01", view="custodial", store=loaded_store).attrs["centres"]
    both = [col for col in wide.columns if col[13:] in centres
            and wide[col].notna()[M("2026-01")] and wide[col].notna()[M("2025-12")]]
    expected = (wide.loc[M("2026-01"), both] - wide.loc[M("2025-12"), both]).sum()
    assert c.loc[M("2026-01"), "custodial_centres_change_1m_usd_bn"] == pytest.approx(expected)
    assert c.loc[M("2026-01"), "china_with_belgium_usd_bn"] == pytest.approx(
        c.loc[M("2026-01"), "china_mainland_usd_bn"] + c.loc[M("2026-01"), "belgium_usd_bn"])


def test_resolve_country_names():
    avail = ["japan", "china_mainland", "united_kingdom", "korea_south", "cayman_islands", "belgium"]
    assert resolve_country("Japan", avail) == "japan"
    assert resolve_country("China", avail) == "china_mainland"
    assert resolve_country("UK", avail) == "united_kingdom"
    assert resolve_country("Korea, South", avail) == "korea_south"
    assert resolve_country("cayman", avail) == "cayman_islands"
    assert resolve_country("china+belgium", avail) == "china_mainland_with_belgium"
    with pytest.raises(ValueError, match="unknown country"):
        resolve_country("Atlantis", avail)


# ------------------------------------------------------------------ decomposition
def test_japan_identity_every_month_since_2023_02(japan, loaded_store):
    t3 = {k: ustflow.series(f"tic.slt.japan.{k}", store=loaded_store)
          for k in ("treasury_pos", "treasury_net", "lt_treasury_valchg", "st_treasury_pos", "st_treasury_net")}
    mfh = ustflow.series("tic.holdings.japan", store=loaded_store)
    rep = japan[japan.index >= M("2023-02")]
    assert len(rep) == len(t3["lt_treasury_valchg"]) == 39
    assert (rep["valuation_basis"] == "reported (SLT Table 3)").all()
    for p, r in rep.iterrows():
        change_mn = t3["treasury_pos"][p] - t3["treasury_pos"][p - 1]
        # the three parts add up to the change in Table 3's own holdings, to the dollar million
        assert r["net_purchases_usd_bn"] + r["valuation_usd_bn"] + r["other_usd_bn"] == pytest.approx(
            r["change_usd_bn"], abs=1e-6)
        assert r["change_usd_bn"] * 1000 == pytest.approx(change_mn, abs=1e-3)
        assert r["net_purchases_usd_bn"] * 1000 == pytest.approx(t3["treasury_net"][p], abs=1e-3)
        assert r["valuation_usd_bn"] * 1000 == pytest.approx(t3["lt_treasury_valchg"][p], abs=1e-3)
        # Table 3 (USD mn) and the Major Foreign Holders table (USD bn, 1 decimal) agree to rounding
        assert abs(t3["treasury_pos"][p] / 1000 - mfh[p]) <= 0.05 + 1e-9
        # bills are at face value: their position change is their net purchases, exactly
        assert t3["st_treasury_pos"][p] - t3["st_treasury_pos"][p - 1] == t3["st_treasury_net"][p]
    other = japan.attrs["other"]
    assert other["months"] == 39
    assert other["mean_abs_usd_bn"] == pytest.approx(rep["other_usd_bn"].abs().mean())
    assert other["max_abs_usd_bn"] == pytest.approx(rep["other_usd_bn"].abs().max())


def test_pre_2023_estimator_error_is_reported_and_beats_ignoring_prices(japan, loaded_store):
    v = japan.attrs["validation"]
    rep = japan[japan.index >= M("2023-02")]
    # recompute the in-sample error from the columns: estimate vs reported valuation
    D = v["duration"]
    assert japan.attrs["duration"] == pytest.approx(D)
    mae = (rep["valuation_estimate_usd_bn"] - rep["valuation_usd_bn"]).abs().mean()
    assert v["mae"] == pytest.approx(mae, abs=1e-5)
    assert v["mae_zero"] == pytest.approx(rep["valuation_usd_bn"].abs().mean(), abs=1e-5)
    # least squares through the origin, by hand
    x = -rep["yield_change_pp"] / 100 * rep["lt_position_prev_usd_bn"]
    assert D == pytest.approx((x * rep["valuation_usd_bn"]).sum() / (x * x).sum(), rel=1e-4)
    assert 2 < D < 9  # a plausible modified duration for foreign-held notes and bonds
    assert v["mae_loo"] >= v["mae"] and v["mae_loo"] < 0.5 * v["mae_zero"]
    assert v["corr"] > 0.9
    # before 2023 'other' also carries Form S's different basis: reported, and larger than after
    est = japan.attrs["other_estimated"]
    pre = japan[japan["valuation_basis"].str.startswith("estimated")]
    assert est["months"] == len(pre) > 250
    assert est["mean_abs_usd_bn"] == pytest.approx(pre["other_usd_bn"].abs().mean())
    assert est["mean_abs_usd_bn"] > japan.attrs["other"]["mean_abs_usd_bn"]


def test_pre_2023_estimator_cumulative_bias_is_reported(japan, loaded_home):
    """A small monthly error can add up: over the 39 reported months the estimate sums to -34.7 against
    a reported +23.9 (bias -58.6 USD bn), more than ignoring valuation altogether (-23.9)."""
    v = japan.attrs["validation"]
    rep = japan[japan.index >= M("2023-02")]
    err = rep["valuation_estimate_usd_bn"] - rep["valuation_usd_bn"]
    assert v["bias_cum"] == pytest.approx(err.sum(), abs=1e-5) and v["bias"] == pytest.approx(err.mean(), abs=1e-6)
    assert v["bias_cum"] == pytest.approx(-58.6, abs=0.05)
    assert v["reported_cum"] == pytest.approx(23.9, abs=0.05) and v["estimate_cum"] == pytest.approx(-34.7, abs=0.05)
    assert v["bias_cum_zero"] == pytest.approx(-v["reported_cum"])
    assert v["bias_cum_loo"] < 0
    r = cli(["decompose", "--country", "japan", "--start", "2026-01"], loaded_home)
    out = " ".join(r.stdout.split())
    assert "cumulative bias -58.6 USD bn over the 39 months" in out and "in the cumulative it does not" in out


def test_pre_2023_months_use_form_s_and_bills(japan, loaded_store):
    p = M("2019-06")
    r = japan.loc[p]
    forms = ustflow.series("tic.forms.japan.treasury_net", store=loaded_store)
    bills = ustflow.series("tic.slt3d.japan.st_treasury_pos", store=loaded_store)
    assert r["net_lt_usd_bn"] * 1000 == pytest.approx(forms[p])
    assert r["net_st_usd_bn"] * 1000 == pytest.approx(bills[p] - bills[p - 1])
    assert r["net_purchases_usd_bn"] == pytest.approx(r["net_lt_usd_bn"] + r["net_st_usd_bn"])
    assert r["valuation_basis"].startswith("estimated") and r["valuation_usd_bn"] == r["valuation_estimate_usd_bn"]
    assert r["net_basis"] == "Form S bonds & notes + change in bills"
    assert r["other_usd_bn"] == pytest.approx(r["change_usd_bn"] - r["net_purchases_usd_bn"] - r["valuation_usd_bn"])
    # sign check: yields up means a valuation loss
    assert np.sign(r["valuation_usd_bn"]) == -np.sign(r["yield_change_pp"])
    # the holdings change is never taken across two tables
    assert (japan["position_source"].isin(
        ["SLT Table 3", "SLT Table 3D (legacy)", "Major Foreign Holders (USD bn x 1000)"])).all()
    assert japan.index[0] == M("2000-04")


def test_decompose_other_countries_and_errors(loaded_store):
    ch = hv.decompose("china", start="2024-01", end="2024-12", store=loaded_store)
    assert len(ch) == 12 and ch.attrs["country"] == "China, Mainland"
    assert (ch["net_purchases_usd_bn"] + ch["valuation_usd_bn"] + ch["other_usd_bn"]
            - ch["change_usd_bn"]).abs().max() < 1e-6
    with pytest.raises(UstflowError, match="unknown country"):
        hv.decompose("Atlantis", store=loaded_store)


# ------------------------------------------------------------------ CLI
def test_cli_holders_formats(loaded_home):
    r = cli(["holders", "--month", "2025-12", "--top", "5", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["rows"][0]["country"] == "Japan" and out["rows"][0]["holdings_usd_bn"] == 1185.5
    assert out["unit"] == "USD bn" and "USD bn" in out["title"]
    r = cli(["holders", "--view", "custodial", "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# ") and "USD bn" in r.stdout.splitlines()[0]
    assert "China, Mainland + Belgium" in r.stdout
    r = cli(["holders", "--month", "2025-12", "--top", "3"], loaded_home)
    assert r.returncode == 0 and "Japan" in r.stdout and "1,185.5" in r.stdout


def test_cli_holdings_and_decompose(loaded_home):
    r = cli(["holdings", "--country", "china", "--start", "2013-10", "--end", "2013-12", "--format", "json"],
                loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["peak"]["peak_usd_bn"] == 1316.7 and out["peak"]["peak_month"] == "2013-11"
    assert [row["period"] for row in out["rows"]] == ["2013-10", "2013-11", "2013-12"]
    r = cli(["decompose", "--country", "japan", "--start", "2023-02", "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "USD bn" in r.stdout.splitlines()[0] and "mean absolute error" in r.stdout.splitlines()[1]
    assert "Bertaut" in r.stdout
    r = cli(["decompose", "--country", "japan", "--start", "2026-01"], loaded_home)
    assert r.returncode == 0 and "reported (SLT Table 3)" in r.stdout
    r = cli(["holdings", "--country", "Atlantis"], loaded_home)
    assert r.returncode == 2 and "unknown country" in r.stderr


def test_cli_treasury_share(loaded_home):
    r = cli(["treasury-share", "--format", "json"], loaded_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {row["sample"].split(" ")[0] for row in out["rows"]} == {"all", "SLT", "Form"}
    assert out["estimates"]["pooled"]["marginal_share_ci90"][0] < out["estimates"]["pooled"]["marginal_share"]
    r = cli(["treasury-share", "--monthly", "--start", "2025-01", "--end", "2025-03", "--format", "csv"],
                loaded_home)
    assert r.returncode == 0 and "tic_treasury_net_usd_bn" in r.stdout and "USD bn" in r.stdout.splitlines()[0]
