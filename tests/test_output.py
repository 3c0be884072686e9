"""Tables for a terminal: 80 columns, ids whole, one number format per unit, periods as people write them."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from typer.testing import CliRunner

from ustflow.cli import _output as out, app

BOX = re.compile(r"^[┏┃┡│└]")


def _cli(args: list[str], home, columns: int = 80):
    r = CliRunner().invoke(app, args, env={"USTFLOW_HOME": str(home), "COLUMNS": str(columns)},
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def test_periods_print_as_months_days_and_week_ends():
    assert out.period(pd.Period("2025-12", "M")) == "2025-12"
    assert out.period(pd.Period("2025-04-12", "W-SAT")) == "2025-04-12"  # a week by its Saturday
    assert out.period(pd.Timestamp("2026-05-18")) == "2026-05-18"
    assert out.period(pd.Timestamp("2026-11-21 10:18:21")) == "2026-11-21 10:18"


def test_one_number_format_per_column_and_unit():
    df = pd.DataFrame({"period": ["2025-11", "2025-12"], "holdings_usd_bn": [866.0, 863.1],
                       "net_jpy_100mn": [-25726.0, 2189.4], "share_pct": [12.937, 10.0], "x": [3.5, 12.0]})
    text, dropped = out.render(df)
    assert dropped == []
    assert "866.0" in text and "863.1" in text  # not "866" next to "863.1"
    assert "-25,726" in text and "2,189" in text  # JPY 100mn: whole numbers
    assert "12.9" in text and "12.937" not in text and "10.0" in text  # shares: one decimal
    assert " 3.5 " in text and "12.0" in text
    assert "holdings USD bn" in text and "share %" in text and "_" not in text


def test_a_wide_table_fits_and_says_what_it_left_out(capsys):
    df = pd.DataFrame({f"column_{i}_usd_bn": [1234.5 * i] for i in range(12)})
    out.emit(df, "table", title="Wide [USD bn]")
    printed = capsys.readouterr().out
    lines = printed.splitlines()
    assert all(len(ln) <= 80 for ln in lines), max(map(len, lines))
    assert "Not shown at 80 columns:" in printed and "column 11" in printed


def test_csv_has_no_float_noise(capsys):
    out.emit(pd.DataFrame({"v": [3.5854999999999997, 0.1 + 0.2, 1209.9]}), "csv")
    assert capsys.readouterr().out.splitlines()[1:] == ["3.5855", "0.3", "1209.9"]


@pytest.mark.parametrize("args", [
    ["series", "--search", "japan"], ["holders"], ["holdings", "--country", "japan", "--start", "2025-01"],
    ["decompose", "--country", "japan", "--start", "2025-06"], ["flows", "--window", "2", "--rank"],
    ["episodes", "--top", "3"], ["sources"], ["treasury-share"],
    ["show", "tic.holdings.united_kingdom", "--start", "2025-12", "--end", "2025-12", "--vintages"],
])
def test_tables_fit_80_columns_and_keep_ids_whole(args, loaded_home):
    text = _cli(args, loaded_home)
    table = [ln for ln in text.splitlines() if BOX.match(ln)]
    assert table and all(len(ln) <= 80 for ln in table), max(table, key=len)
    # months as YYYY-MM (a time stamp on the 1st of a month, "2026-12-01 00:02", is a day, not a month)
    assert not re.search(r"\b20\d\d-\d\d-01\b(?![ T]\d\d:\d\d)", text) or args[0] in ("flows", "episodes")
    if args[0] == "series":
        ids = set(ustflow_ids(loaded_home, "japan"))
        shown = {c.strip() for ln in table for c in ln.split("│")[1:2]}
        assert ids <= shown  # every id on one line, whole: copyable


def ustflow_ids(home, text: str) -> list[str]:
    import ustflow

    return ustflow.search(text, store=home)["id"].tolist()


def test_flows_at_selects_the_rows_ending_there(loaded_home):
    text = _cli(["flows", "--at", "2025-04-12", "--last", "3", "--format", "csv"], loaded_home)
    df = pd.read_csv(io.StringIO(text), comment="#")
    assert df["period_end"].tolist() == ["2025-03-29", "2025-04-05", "2025-04-12"]
    assert df["net_jpy_100mn"].tolist() == [-59, -25726, -5119]  # reference check mof01 (2025-04-05)


def test_flows_csv_and_json_give_every_row_unless_last_is_given(loaded_home, loaded_store):
    import json

    import ustflow

    n = len(ustflow.flows(store=loaded_store))
    assert len(pd.read_csv(io.StringIO(_cli(["flows", "--format", "csv"], loaded_home)), comment="#")) == n > 1000
    assert len(json.loads(_cli(["flows", "--format", "json"], loaded_home))["rows"]) == n
    assert len(pd.read_csv(io.StringIO(_cli(["flows", "--format", "csv", "--last", "5"], loaded_home)),
                           comment="#")) == 5
    table = _cli(["flows"], loaded_home)
    assert sum(1 for ln in table.splitlines() if ln.startswith("│")) == 13


def test_brief_fits_and_says_staleness_in_one_line(loaded_home, loaded_store):
    import ustflow

    text = _cli(["brief"], loaded_home)
    assert all(len(ln) <= 80 for ln in text.splitlines())
    stale = ustflow.brief(store=loaded_store)["stale_sources"]
    flat = " ".join(text.split())
    assert f"{len(stale)} sources older than their release cadence allows; newest data" in flat
    assert not any(s["source"] in text for s in stale)  # the list is `ustflow sources`, not the brief
    assert "1,209.9 USD bn in 2026-04" in flat  # reference check tic03


def test_update_quiet_prints_only_problems_and_offline_says_it_once(loaded_home, tmp_path):
    import shutil

    from tests.conftest import MIRROR
    from tests.helpers import cli, free_port

    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(loaded_home / "store.duckdb", home / "store.duckdb")

    ok = cli(["update", "--mirror", MIRROR, "--only", "fred", "--quiet"], home)
    assert ok.returncode == 0 and ok.stdout == "" and ok.stderr == ""
    dead = f"http://127.0.0.1:{free_port()}"
    off = cli(["update", "--base-url", dead, "--only", "fred,mof_its"], home)
    assert off.returncode == 1
    err = " ".join(off.stderr.split())
    assert err.count("error:") == 1 and "sources not updated. No network? Load from a mirror folder instead" in err
    assert off.stdout.splitlines()[0].startswith("Loaded 0 new values") and "│" not in off.stdout
    quiet = cli(["update", "--base-url", dead, "--only", "fred", "--quiet"], home)
    assert quiet.returncode == 1 and quiet.stdout == "" and quiet.stderr.count("error:") == 1


def test_stacked_columns_go_under_their_host_only_when_the_table_is_too_wide():
    df = pd.DataFrame({"claim": ["a net sale of ¥4.46 trillion"], "period": ["in the week to November 2, 2024"],
                       "official": ["-44,579 JPY 100mn"], "official period": ["2024-10-27..2024-11-02"]})
    stack = {"claim": ["period"], "official": ["official period"]}
    wide, dropped = out.render(df, cols=200, stack=stack)
    assert dropped == [] and "claim / period" not in wide and "in the week to November 2, 2024" in wide
    narrow, dropped = out.render(df, cols=50, stack=stack)
    assert dropped == [] and all(len(ln) <= 50 for ln in narrow.splitlines())
    body = [ln.split("│") for ln in narrow.splitlines() if ln.startswith("│")]
    official = [cells[2].strip() for cells in body]
    assert official[:2] == ["-44,579 JPY 100mn", "2024-10-27..2024-11-02"]  # the value, then its period under it
    assert "claim /" in narrow and "2024-10-27..2024-11-02" in narrow


@pytest.mark.parametrize("columns", [80, 120])
def test_check_table_shows_every_column_that_matters(loaded_home, columns):
    """The verdict, the claim and its period, the subject, the official value and its period show at 80
    columns (periods under the claim and the value); only the series id and the explanation may go."""
    from tests.helpers import REPO

    text = _cli(["check", str(REPO / "examples" / "article.txt")], loaded_home, columns)
    table = [ln for ln in text.splitlines() if BOX.match(ln)]
    assert table and all(len(ln) <= columns for ln in table), max(table, key=len)
    flat = " ".join(" ".join(c.strip() for c in ln.split("│")) for ln in table)
    for shown in ("supported", "contradicted", "unit_trap", "unverifiable", "Norinchukin",
                  "-44,579 JPY 100mn", "2024-10-27..2024-11-02", "629 JPY 100mn", "2023-04"):
        assert shown in flat, shown
    body = [[c.strip() for c in ln.split("│")[1:-1]] for ln in table if ln.startswith("│")]
    columns_text = [" ".join(filter(None, col)) for col in zip(*body)]
    claims = next(c for c in columns_text if "¥629 billion" in c)
    assert "in the week to November 2, 2024" in claims and "in April 2023" in claims  # the claims' periods
    assert "official" in table[1] + table[2] and "verdict" in text
    note = [ln for ln in text.splitlines() if ln.startswith("Not shown")]
    assert note and note[0].startswith(f"Not shown at {columns} columns: series, explanation")
