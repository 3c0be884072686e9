"""Alerts on the official-sector and Japan series: custody falls ranked since 2007 (point in time)
and months of net sales of US sovereign bonds in Japan's balance of payments, checked by a
brute-force recount of the raw numbers."""

from __future__ import annotations

import pytest

import ustflow
from tests.helpers import REPO, cli
from ustflow.alerts import load_rules
from ustflow.alerts.evaluate import evaluate_rule
from ustflow.alerts.rules import parse_rules
from ustflow.errors import InvalidArgument


def _rule(**kw):
    return parse_rules({"rules": [{"id": "r", **kw}]}).rules[0]


def test_custody_weekly_fall_ranks_are_point_in_time(loaded_store):
    alerts = evaluate_rule(_rule(type="level_fall_rank", top=3), loaded_store)
    s = ustflow.series("fred.wmtsecl1", store=loaded_store)
    d = s.diff().dropna().to_numpy()
    days = [p.end_time.normalize() for p in s.index[1:]]
    expected = []
    for i, x in enumerate(d):
        rank = 1 + int((d[:i] < x).sum())  # earlier changes strictly lower
        if x < 0 and rank <= 3 and i + 1 >= 52:
            expected.append((days[i].strftime("%Y-%m-%d"), rank, float(x)))
    got = [(a.period, a.rank, a.value) for a in alerts]
    assert got == expected
    march14 = [a for a in alerts if a.period == "2014-03-12"][0]
    assert march14.value == 2855397 - 2959932 and march14.rank == 1 and march14.unit == "USD mn"
    assert "face value" in march14.message and "1st largest fall over 1 week" in march14.context


def test_custody_four_week_falls(loaded_store):
    alerts = evaluate_rule(_rule(type="level_fall_rank", periods=4, top=1), loaded_store)
    covid = [a for a in alerts if a.period == "2020-03-25"]
    assert covid and covid[0].value == 2868190 - 3004655 and covid[0].rank == 1
    assert all(a.rank == 1 for a in alerts)


def test_bop_net_sale_months(loaded_store):
    alerts = evaluate_rule(_rule(type="net_sale", min_abs=20000), loaded_store)
    s = ustflow.series("boj.bop.bppi6d3naus", store=loaded_store)
    want = [str(p) for p, v in s.items() if v < -20000]
    assert [a.period[:7] for a in alerts] == want
    feb = [a for a in alerts if a.period == "2026-02-01"][0]
    hist = s.loc[:"2026-02"].to_numpy()
    assert feb.rank == 1 + int((hist[:-1] < hist[-1]).sum())
    assert feb.value == pytest.approx(-27688.963445) and "JPY 100mn" in feb.message
    assert len(evaluate_rule(_rule(type="net_sale"), loaded_store)) == int((s < 0).sum())


def test_rule_validation():
    with pytest.raises(InvalidArgument, match=r"rules #1 \('r'\)\.periods: expected a number >= 1, found 0"):
        _rule(type="level_fall_rank", periods=0)
    with pytest.raises(InvalidArgument, match=r"unknown keys \['window'\] for type net_sale"):
        _rule(type="net_sale", window=3)


def test_example_rules_replay(loaded_home):
    rules = load_rules(REPO / "examples" / "alerts.toml")
    assert {"custody-weekly-fall-top5", "bop-us-sovereign-net-sale"} <= {r.id for r in rules.rules}
    r = cli(["alerts", "test", str(REPO / "examples" / "alerts.toml"), "--rule", "custody-weekly-fall-top5",
                 "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "2014-03-06..2014-03-12" in r.stdout
