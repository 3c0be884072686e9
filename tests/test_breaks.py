"""TIC series breaks on the real mfhhis01.txt: changes, records, peaks, groups, decompositions and
charts use like-for-like pairs; the level series stays as published.

The brute force below reads the old-series values straight from the parser's output of the file
(meta['series_breaks']), not through ustflow.analytics, and pairs every month by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from tests.conftest import read_mirror
from ustflow.analytics import holdings as ha
from ustflow.parse.tic_mfh import parse_mfhhis01
from ustflow.views import holdings as hv

M = lambda s: pd.Period(s, "M")  # noqa: E731


@pytest.fixture(scope="module")
def mfh():
    return parse_mfhhis01(read_mirror("mfhhis01.txt"), "mfhhis01.txt")


def _brute(mfh, sid: str) -> tuple[pd.Series, pd.Series]:
    """(published levels, like-for-like one-month changes) of one series of the file, by hand."""
    obs = mfh.observations[mfh.observations["series_id"] == sid]
    lev = pd.Series(obs["value"].to_numpy(), index=pd.PeriodIndex(obs["period"], freq="M")).sort_index()
    old, no_overlap = {}, set()
    for b in mfh.meta["series_breaks"]:
        if b["overlap"]:
            if sid in b["old_values"]:
                old[M(b["period"])] = b["old_values"][sid]
        else:
            no_overlap.add(M(b["period"]))
    breaks = {M(b["period"]) for b in mfh.meta["series_breaks"]}
    ch = {}
    for p in lev.index:
        if p - 1 not in lev.index:
            continue
        if p in breaks:
            ch[p] = old[p] - lev[p - 1] if p in old else float("nan")
        else:
            ch[p] = lev[p] - lev[p - 1]
    return lev, pd.Series(ch, dtype="float64")


# ------------------------------------------------------------------ the three cases
@pytest.mark.parametrize("country, month, published, like_for_like", [
    ("united_kingdom", "2008-06", -216.1, 7.9),
    ("china_mainland", "2011-06", 147.2, 5.7),
    ("japan", "2011-06", -30.9, -1.3),
])
def test_break_month_changes_like_for_like(country, month, published, like_for_like, mfh, loaded_store):
    ch = hv.changes(country, store=loaded_store)
    row = ch.loc[M(month)]
    assert row["change_usd_bn"] == pytest.approx(like_for_like, abs=0.05)
    assert row["change_published_usd_bn"] == pytest.approx(published, abs=0.05)
    assert row["series_break"] and "series break" in row["note"]
    # the pure function on the parser's own output gives the same number
    old = ha.series_breaks_frame(mfh.meta["series_breaks"])
    lev, _ = _brute(mfh, f"tic.holdings.{country}")
    assert ha.like_for_like_change(lev, old[country])[M(month)] == pytest.approx(like_for_like, abs=0.05)
    # the level series stays as published
    assert ustflow.series(f"tic.holdings.{country}", store=loaded_store)[M(month)] == lev[M(month)]


def test_december_2011_has_no_like_for_like_change(loaded_store):
    ch = hv.changes("japan", months=12, store=loaded_store)
    assert pd.isna(ch.loc[M("2011-12"), "change_usd_bn"])  # no overlap published: no change can be formed
    assert pd.isna(ch.loc[M("2012-11"), "change_usd_bn"])  # a 12-month window across it
    assert ch.loc[M("2012-12"), "change_usd_bn"] == pytest.approx(ch.loc[M("2012-12"), "change_published_usd_bn"])
    # a 12-month change across an overlap break is the chain of like-for-like months
    one = hv.changes("japan", store=loaded_store)["change_usd_bn"]
    assert ch.loc[M("2011-07"), "change_usd_bn"] == pytest.approx(one.loc[M("2010-08"):M("2011-07")].sum())


@pytest.mark.slow
def test_no_change_record_on_a_break_month_unless_like_for_like(mfh, loaded_store):
    """For every holder in mfhhis01: ustflow's largest one-month rise and fall equal the brute force
    on like-for-like pairs, and none of them is a published difference across a break."""
    breaks = {M(b["period"]) for b in mfh.meta["series_breaks"]}
    checked = 0
    for sid in sorted(set(mfh.observations["series_id"])):
        slug = sid.removeprefix("tic.holdings.")
        try:
            ours = hv.changes(slug, store=loaded_store)
        except ustflow.UstflowError:
            continue  # a label only in the old history (no longer resolvable as a holder)
        lev, brute = _brute(mfh, sid)
        ours = ours.loc[ours.index.isin(brute.index), "change_usd_bn"]
        pd.testing.assert_series_equal(ours.round(6), brute.reindex(ours.index).round(6), check_names=False,
                                       check_index_type=False)
        for rec in (ours.idxmin(), ours.idxmax()):
            if rec in breaks:
                published = lev[rec] - lev[rec - 1]
                assert ours[rec] != pytest.approx(published), (sid, rec)
        checked += 1
    assert checked >= 30
    uk = hv.changes("uk", store=loaded_store)["change_usd_bn"]
    assert uk.idxmin() != M("2008-06") and uk.min() > -216.1


def test_peaks_and_history_across_breaks(loaded_store):
    h = hv.history("uk", start="2008-05", end="2008-07", store=loaded_store)
    assert h.loc[M("2008-06"), "holdings_usd_bn"] == 55.3  # as published
    assert h.loc[M("2008-06"), "change_1m_usd_bn"] == pytest.approx(7.9)
    assert h.loc[M("2008-06"), "series_break"] and not h.loc[M("2008-07"), "series_break"]
    # the peak (271.4 in 2008-05, old series) is 216.1 above June's published level, but only 7.9 below
    # it like for like: the change since the peak takes the break out
    assert h.loc[M("2008-06"), "peak_to_date_usd_bn"] == 271.4
    assert h.loc[M("2008-06"), "change_since_peak_usd_bn"] == pytest.approx(7.9)
    assert h.loc[M("2008-07"), "change_since_peak_usd_bn"] == pytest.approx(7.9 + 10.9)
    # across December 2011 (no overlap) the change since an earlier peak cannot be formed
    ru = hv.history("russia", store=loaded_store)
    pk = ru["peak_month"].iloc[-1]
    if M(pk) < M("2011-12"):
        assert pd.isna(ru["change_since_peak_usd_bn"].iloc[-1])


def test_decomposition_uses_like_for_like_changes(loaded_store):
    d = hv.decompose("china", start="2011-05", end="2011-07", store=loaded_store)
    assert d.loc[M("2011-06"), "position_source"].startswith("Major Foreign Holders")
    assert d.loc[M("2011-06"), "change_usd_bn"] == pytest.approx(5.7)
    assert d.loc[M("2011-06"), "holdings_usd_bn"] == 1307.0  # the level as published
    parts = d[["net_purchases_usd_bn", "valuation_usd_bn", "other_usd_bn"]].sum(axis=1)
    assert (parts - d["change_usd_bn"]).abs().max() < 1e-9


def test_holdings_chart_marks_the_breaks(loaded_store):
    from ustflow.charts import build

    ch = build("holdings", store=loaded_store)
    brk = ch.spec["datasets"]["breaks"]
    uk = next(r for r in brk if r["country"] == "United Kingdom" and r["period"] == "2008-06")
    assert uk["new_usd_bn"] == 55.3 and uk["old_usd_bn"] == 279.3 and "footnote 13/" in uk["note"]
    assert any(r["period"] == "2011-12" and r["old_usd_bn"] is None for r in brk)
    assert "series breaks" in " ".join(ch.spec["title"]["subtitle"])


# ------------------------------------------------------------------ custodial group composition
def test_custodial_group_holds_composition_constant(loaded_store):
    t = hv.holders(view="custodial", store=loaded_store)
    g = t[t["id"] == "custodial_centres"].iloc[0]
    members = t.attrs["centres"]
    assert "netherlands" not in members and "bermuda" not in members  # not in Table 5's 20 in 2026-04
    wide = ustflow.frame([f"tic.holdings.{c}" for c in members], store=loaded_store)
    same = wide.dropna().sum(axis=1)  # the same members, every month all of them are listed
    assert g["holdings_usd_bn"] == pytest.approx(same.iloc[-1])
    assert g["peak_usd_bn"] == pytest.approx(same.max()) and g["peak_month"] == str(same.idxmax())
    # on the same members the group is at a new high now (the old 3,037.9 peak in 2025-11 included
    # the Netherlands and Bermuda)
    assert g["peak_month"] == t.attrs["month"] and g["change_since_peak_usd_bn"] == 0
    assert "Netherlands" in t.attrs["note"] and "Bermuda" in t.attrs["note"]
    h = hv.history("custodial", store=loaded_store)
    pd.testing.assert_series_equal(h["holdings_usd_bn"], same.round(4).rename("holdings_usd_bn"),
                                   check_index_type=False, check_freq=False)
    c = hv.custodial(start="2025-11", store=loaded_store)
    assert "-Netherlands" in c.loc[M("2026-01"), "list_change"] and "-Bermuda" in c.loc[M("2026-01"), "list_change"]
    assert c.loc[M("2026-01"), "custodial_centres_constant_usd_bn"] == pytest.approx(same[M("2026-01")])
