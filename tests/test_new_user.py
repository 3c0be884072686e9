"""What a new user meets first, on the real mirror: `update --only`, the periods `update` and `sources` print,
and the errors that must say what to do."""

from __future__ import annotations

import pytest

from tests.helpers import cli


@pytest.fixture(scope="module")
def small_home(tmp_path_factory, mirror):
    """A home holding a quarterly, a monthly and a weekly source, loaded through the CLI."""
    home = tmp_path_factory.mktemp("new-user")
    r = cli(["update", "--mirror", mirror, "--only", "boj_bop_regional_quarterly,tic_mfh_current,mof_its_weekly"],
            home)
    assert r.returncode == 0, r.stdout + r.stderr
    return home, r.stdout


def _row(table: str, source: str) -> list[str]:
    line = next(ln for ln in table.splitlines() if f" {source} " in ln and ln.startswith("│"))
    return [c.strip() for c in line.split("│")[1:-1]]


def test_update_and_sources_name_periods_as_the_publisher_does(small_home):
    import csv
    import io

    home, update_out = small_home
    raw = {r["source"]: r for r in csv.DictReader(io.StringIO(
        "\n".join(ln for ln in cli(["sources", "--format", "csv"], home).stdout.splitlines()
                  if not ln.startswith("#"))))}
    # the store keeps a period as its first day; the regional BoP's newest quarter is October-December 2025
    assert raw["boj_bop_regional_quarterly"]["newest_period"] == "2025-10-01"
    assert raw["tic_mfh_current"]["newest_period"] == "2026-04-01"
    table = cli(["sources"], home).stdout
    assert _row(table, "boj_bop_regional_quarterly")[2] == "2025Q4"  # was 2025-10, which reads as October
    assert _row(table, "tic_mfh_current")[2] == "2026-04"
    assert _row(table, "mof_its_weekly")[2] == "2026-08-08"  # a week by its last day
    # update's own table names them the same way
    assert "2025Q4" in _row(update_out, "boj_bop_regional_quarterly")
    assert "2026-04" in _row(update_out, "tic_mfh_current") and "2026-04-01" not in update_out
    loads = cli(["loads"], home).stdout
    assert "2025Q4" in _row(loads, "boj_bop_regional_quarterly") and "2026-04" in _row(loads, "tic_mfh_current")
    # and the report's stale banner (the list one click away)
    from ustflow.report.html import stale_summary
    from ustflow.store import Store

    banner = {r["source"]: r["newest_period"] for r in stale_summary(Store(home))["sources"]}
    assert banner["boj_bop_regional_quarterly"] == "2025Q4" and banner["tic_mfh_current"] == "2026-04"


def test_period_label():
    from ustflow.formats import period_label

    assert [period_label("2025-01-01", "Q"), period_label("2025-12-01", "Q"), period_label("2026-04-01", "M"),
            period_label("2026-08-08", "W"), period_label("2025-01-01", "A"), period_label(None, "Q")] == \
        ["2025Q1", "2025Q4", "2026-04", "2026-08-08", "2025", None]


def test_update_only_takes_the_start_of_ids(tmp_path, mirror):
    from ustflow.registry import select_sources

    assert [s.id for s in select_sources("fred_dgs")] == ["fred_dgs2", "fred_dgs10", "fred_dgs30"]
    assert [s.id for s in select_sources("fred_dgs10")] == ["fred_dgs10"]
    assert {s.id for s in select_sources("tic")} == {s for s in _ids() if s.startswith("tic_")}
    assert [s.id for s in select_sources("mof_its_investor, boj_bop_m")] == [
        "mof_its_investor_equity", "mof_its_investor_ltdebt", "mof_its_investor_stdebt", "boj_bop_monthly"]

    r = cli(["update", "--mirror", mirror, "--only", "fred_dgs", "--format", "csv"], tmp_path)
    assert r.returncode == 0, r.stderr
    loaded = [ln.split(",")[0] for ln in r.stdout.splitlines()[1:]]
    assert loaded == ["fred_dgs2", "fred_dgs10", "fred_dgs30"]
    again = cli(["update", "--mirror", mirror, "--only", "fred_dgs10"], tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("Nothing new (1 source checked in ")


def test_update_only_unknown_says_what_exists(tmp_path, mirror):
    r = cli(["update", "--mirror", mirror, "--only", "fred_dgz10"], tmp_path)
    assert r.returncode == 2
    msg = " ".join((r.stdout + r.stderr).split())
    assert "no source id starts with 'fred_dgz10'" in msg and "did you mean: fred_dgs10" in msg
    assert "`ustflow sources` lists every id" in msg


def test_update_help_states_the_rule(tmp_path):
    out = " ".join(cli(["update", "--help"], tmp_path).stdout.split())
    assert "the start of ids" in out and "fred_dgs" in out


def _ids() -> list[str]:
    from ustflow.registry import SOURCES

    return list(SOURCES)


def test_show_says_why_nothing_is_shown(small_home):
    import ustflow
    from ustflow.store import Store

    home, _ = small_home
    held = ustflow.series("tic.holdings.japan", store=Store(home))  # slt_table5: the latest 13 months
    first, last = str(held.index[0]), str(held.index[-1])
    r = cli(["show", "tic.holdings.japan", "--start", "2040-01"], home)
    assert r.returncode == 0 and not [ln for ln in r.stdout.splitlines() if ln.startswith("│")]  # no row
    assert " ".join(r.stderr.split()) == f"note: no values of tic.holdings.japan from 2040-01; it holds {first}..{last}"
    r = cli(["show", "tic.holdings.japan", "--as-of", "1990-01-01", "--format", "csv"], home)
    assert r.returncode == 0 and r.stdout.strip().splitlines()[-1] == "period,value"  # an empty CSV, as asked
    note = " ".join(r.stderr.split())
    assert f"note: no values of tic.holdings.japan known on 1990-01-01; it holds {first}..{last}, the first of " \
           "them known on " in note
    r = cli(["show", "tic.holdings.japan", "--start", str(held.index[-1])], home)
    assert "note:" not in r.stderr and f"{held.iloc[-1]:,.1f}" in r.stdout


def test_unknown_country_says_where_the_names_are(small_home):
    home, _ = small_home
    r = cli(["holdings", "--country", "narnia"], home)
    msg = " ".join(r.stderr.split())
    assert r.returncode == 2 and "unknown country 'narnia'" in msg and "`ustflow holders --top 50` lists them" in msg
    r = cli(["holdings", "--country", "japn"], home)
    assert r.returncode == 2 and "did you mean: japan" in " ".join(r.stderr.split())


def test_error_messages_keep_their_brackets(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nkind = "weekly_sale"\n')  # [[rule]] for [[rules]]: a likely slip
    r = cli(["alerts", "test", rules], tmp_path)
    msg = " ".join(r.stderr.split())
    assert r.returncode == 2 and "unknown keys ['rule']" in msg
    assert "(expected [defaults], [channels.<name>] and [[rules]])" in msg  # was "(expected , and [])"


def test_alerts_test_prints_each_value_in_its_units_format(small_home, tmp_path):
    import ustflow
    from ustflow.store import Store

    home, _ = small_home
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nid = "big-sale"\ntype = "threshold"\nseries = "mof.weekly.assets.lt_debt.net"\n'
                     'below = -20000\n')
    weekly = ustflow.series("mof.weekly.assets.lt_debt.net", store=Store(home))
    r = cli(["alerts", "test", rules], home)
    assert r.returncode == 0, r.stderr
    rows = [[c.strip() for c in ln.split("│")[1:-1]] for ln in r.stdout.splitlines() if ln.startswith("│ big-sale")]
    assert len(rows) == int((weekly < -20000).sum()) > 0
    # the week of 2024-11-02: -44,579 JPY 100mn, in JPY 100mn's format (no decimals; was -44,579.0000)
    assert next(row for row in rows if "2024-11-02" in row[2])[3] == f"{weekly[weekly.index.end_time.normalize() == '2024-11-02'].iloc[0]:,.0f}" == "-44,579"


@pytest.mark.slow
def test_nowcast_before_slt_says_why_valuation_is_unchecked(loaded_home):
    r = cli(["nowcast", "--country", "china_mainland", "--as-of", "2010-01-01", "--show", "inputs"], loaded_home)
    assert r.returncode == 0, r.stderr
    text = " ".join(r.stdout.split())
    # SLT Table 3 reports valuation changes from 2023-02: in 2010 there is nothing to load, so no `ustflow update`
    assert "not checked against SLT Table 3's reported valuation change (reported from 2023-02: none known on " \
           "2010-01-01)" in text and "ustflow update" not in text


def test_explain_and_liquidity_print_each_number_in_its_format(loaded_home, loaded_store):
    import ustflow

    ex = ustflow.explain(week_ending="2025-04-12", store=loaded_store)
    r = cli(["explain", "--week-ending", "2025-04-12"], loaded_home)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    lt = next(ln for ln in lines if ln.startswith("│ MoF weekly:") and "JPY 100mn" in ln)
    cells = [c.strip() for c in lt.split("│")[1:-1]]
    first_jpy = ex[ex["unit"].str.startswith("JPY 100mn")].iloc[0]
    assert f"{first_jpy['value']:,.0f}" in cells  # -5,119 JPY 100mn: no decimals (was -5,119.000)
    usd = next(ln for ln in lines if ln.startswith("│ USD/JPY"))
    fx = ex[ex["driver"].str.startswith("USD/JPY")].iloc[0]
    assert f"{fx['value']:,.2f}" in [c.strip() for c in usd.split("│")[1:-1]]  # % change: 2 decimals
    assert "False" not in r.stdout and "True" not in r.stdout  # notable: yes or blank
    liq = cli(["liquidity", "--start", "2024-01-01"], loaded_home).stdout
    row = next(ln for ln in liq.splitlines() if ln.startswith("│ 2024-"))
    corr = [c.strip() for c in row.split("│")[2:4]]
    assert all(len(c.split(".")[1]) == 2 for c in corr), corr  # both correlations to 2 decimals (were 2 and 4)


def test_series_search_with_no_match_says_so(small_home, tmp_path):
    home, _ = small_home
    r = cli(["series", "--search", "zzzzqq"], home)
    assert r.returncode == 0 and "0 series matching 'zzzzqq'" in r.stdout
    assert "note: no series matches 'zzzzqq' in its id, title, country or sector" in " ".join(r.stderr.split())
    r = cli(["series"], tmp_path / "empty-home")  # no store yet: one line that says what to run
    assert r.returncode == 1 and "run `ustflow update` (or `ustflow update --mirror DIR`) first" in r.stderr


def test_series_lists_periods_as_months_and_quarters(small_home):
    import ustflow
    from ustflow.store import Store

    home, _ = small_home
    q = ustflow.series("boj.regbp.bpbp6qcac", store=Store(home))
    out = cli(["series", "--search", "boj.regbp.bpbp6qcac"], home).stdout
    row = next(ln for ln in out.splitlines() if ln.startswith("│ boj.regbp.bpbp6qcac "))
    assert f"│ {q.index[0]} " in row and str(q.index[0]) == "2014Q1" and f"│ {q.index[-1]} " in row
    out = cli(["series", "--search", "tic.holdings.japan"], home).stdout
    row = next(ln for ln in out.splitlines() if ln.startswith("│ tic.holdings.japan "))
    assert "│ 2026-04 " in row and "2026-04-01" not in row


def test_watch_once_names_periods_like_sources(small_home, mirror):
    home, _ = small_home
    r = cli(["watch", "--once", "--force", "--only", "boj_bop_regional_quarterly,tic_mfh_current", "--mirror", mirror],
            home)
    assert r.returncode == 0, r.stderr
    q, m = _row(r.stdout, "boj_bop_regional_quarterly"), _row(r.stdout, "tic_mfh_current")
    assert (q[3], q[4]) == ("2026Q1", "2025Q4")  # awaiting the quarter after the newest (were 2026-01-01, 2025-10-01)
    assert (m[3], m[4]) == ("2026-05", "2026-04")


def test_an_as_of_date_to_come_says_it_is_today_s_data(small_home):
    home, _ = small_home
    r = cli(["show", "tic.holdings.japan", "--as-of", "2099-01-01", "--format", "csv"], home)
    assert r.returncode == 0
    assert "2099-01-01 is after today (" in r.stderr and "this is what the store holds now" in r.stderr
    past = cli(["show", "tic.holdings.japan", "--as-of", "2026-07-01", "--format", "csv"], home)
    assert "vintages: as of 2026-07-01" in past.stderr and "after today" not in past.stderr


def test_hedge_basis_file_that_is_not_there(small_home):
    home, _ = small_home
    r = cli(["hedge", "--basis", "/no/such/basis.csv"], home)
    msg = " ".join(r.stderr.split())
    assert r.returncode == 2 and "no file at /no/such/basis.csv" in msg
    assert "e.g. -0.30, or a CSV with columns date,basis or date,forward_points" in msg


def test_risk_names_the_value_it_refuses(loaded_home):
    r = cli(["risk", "--holdings", "-5", "--duration", "-1"], loaded_home)
    assert r.returncode == 2
    assert "holdings (USD bn) must be >= 0, got -5; duration (years) must be >= 0, got -1" in " ".join(r.stderr.split())


def test_japan_table_prints_usd_bn_to_one_decimal(loaded_home, loaded_store):
    import ustflow

    t = ustflow.reconcile("japan", start="2026-01", store=loaded_store)
    r = cli(["japan", "--start", "2026-01", "--show", "monthly"], loaded_home)
    assert r.returncode == 0, r.stderr
    row = [c.strip() for c in next(ln for ln in r.stdout.splitlines() if ln.startswith("│ 2026-01 ")).split("│")[1:-1]]
    jan = t.iloc[0]
    # USD bn to one decimal like every other table (was 3.979 next to 23.14), USD/JPY to two
    assert row[1] == f"{jan['usdjpy']:.2f}" and row[2] == f"{jan['mof_lt_debt']:,.1f}"
    assert row[7] == f"{jan['tic_lt_treasury_net']:,.1f}"
    csv = cli(["japan", "--start", "2026-01", "--show", "monthly", "--format", "csv"], loaded_home).stdout
    assert f",{round(jan['mof_lt_debt'], 3)}," in csv  # machine formats keep the decimals


@pytest.mark.slow
def test_nowcast_tables_print_usd_bn_to_one_decimal(loaded_home, loaded_store):
    import ustflow

    nc = ustflow.nowcast(country="japan", store=loaded_store, record=False)
    r = cli(["nowcast", "--country", "japan", "--show", "backtest"], loaded_home)
    h1 = nc.backtest.iloc[0]
    row = [c.strip() for c in next(ln for ln in r.stdout.splitlines() if ln.startswith("│ 1 ")).split("│")[1:-1]]
    assert row[2:6] == [f"{h1['mae_usd_bn']:.1f}", f"{h1['naive_mae_usd_bn']:.1f}", f"{h1['skill']:.2f}",
                        f"{h1['coverage']:.2f}"]  # were 13.401, 15.969, 0.1608, 0.7971
    r = cli(["nowcast", "--country", "japan", "--show", "estimates"], loaded_home)
    last = nc.estimates.iloc[-1]
    row = [c.strip() for c in next(ln for ln in r.stdout.splitlines()
                                   if ln.startswith(f"│ estimate  │ {last['month']}")).split("│")[1:-1]]
    assert row[3:6] == [f"{last[c]:,.1f}" for c in ("estimate_usd_bn", "low_usd_bn", "high_usd_bn")]


def test_flows_at_outside_the_data_names_weeks_by_their_saturday(loaded_home):
    r = cli(["flows", "--at", "2000-01-01", "--window", "2", "--rank"], loaded_home)
    msg = " ".join(r.stderr.split())
    assert r.returncode == 3
    # was '(2005-01-02/2005-01-08 .. 2026-08-02/2026-08-08)': pandas' notation, not the README's
    assert "2000-01-01 is outside the data: the week ending 2005-01-08 to the week ending 2026-08-08" in msg
