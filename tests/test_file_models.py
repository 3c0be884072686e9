"""The alert rules file and the scenario file are pydantic models (``ustflow.alerts.schema``,
``ustflow.analytics.scenario_schema``): the shipped files load, and broken copies of them are
refused with the file, the line, the key, what was expected and what was found.

The broken files are the real example files with one line changed, so the line numbers asserted are
the lines of that change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ustflow import alerts
from ustflow.analytics import scenario as sa
from ustflow.errors import InvalidArgument, NotFoundError
from ustflow.views import scenario as sc

from .helpers import cli

REPO = Path(__file__).resolve().parents[1]
ALERTS = REPO / "examples" / "alerts.toml"
SCENARIO = REPO / "examples" / "my-scenario.toml"


def _broken(tmp_path: Path, src: Path, old: str, new: str) -> tuple[Path, int]:
    """A copy of ``src`` with its one line holding ``old`` changed to hold ``new``; (path, that line's number)."""
    lines = src.read_text(encoding="utf-8").splitlines()
    hits = [i for i, line in enumerate(lines) if old in line]
    assert len(hits) == 1, f"{old!r} is on lines {hits} of {src.name}"
    lines[hits[0]] = lines[hits[0]].replace(old, new)
    out = tmp_path / src.name
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, hits[0] + 1


# ----------------------------------------------------------------------------------- alert rules
def test_the_example_rules_file_loads_with_every_rule_type():
    rs = alerts.load_rules(ALERTS)
    assert [r.id for r in rs.rules][:2] == ["mof-weekly-ltdebt-sale-2tn", "mof-2w-ltdebt-sale-top5"]
    assert len({r.type for r in rs.rules}) == 8
    assert rs.rule("mof-weekly-ltdebt-sale-2tn").params == {"series": "mof.weekly.assets.lt_debt.net", "above": None,
                                                            "below": -20000}
    assert rs.channels["log"].options == {"path": "alerts.jsonl"} and rs.rules[0].channels == ("console", "log")


def test_a_fingerprint_keeps_the_type_the_file_gave():
    """``below = -20000`` stays an integer: a float would change every fingerprint and re-arm every rule."""
    r = alerts.parse_rules({"rules": [{"id": "a", "type": "threshold", "series": "mof.weekly.assets.lt_debt.net",
                                       "below": -20000}]}).rules[0]
    assert r.params["below"] == -20000 and isinstance(r.params["below"], int)
    assert r.fingerprint == "ac7f5cc4065077fc"  # as computed before the pydantic model (state files keep it)


@pytest.mark.parametrize("old, new, message", [
    ("window = 2 ", "window = 0 ", "rules #2 ('mof-2w-ltdebt-sale-top5').window: expected a number >= 1, found 0"),
    ('side = "sell"', 'side = "short"', "rules #2 ('mof-2w-ltdebt-sale-top5').side: expected 'sell' or 'buy', found 'short'"),
    ('since = "2005-01-01"', 'since = "the crisis"',
     "rules #2 ('mof-2w-ltdebt-sale-top5').since: expected a date like 2005-01-01, found 'the crisis'"),
    ("below = -20000", 'below = "-20000"', "rules #1 ('mof-weekly-ltdebt-sale-2tn').below: expected a number, found '-20000'"),
    ("min_run = 5", "min_run = 2.5", "rules #4 ('hedged-pickup-10y-crosses-zero').min_run: expected a whole number, found 2.5"),
    ('type = "new_event"', 'type = "new-event"', "rules #5 ('mof-fx-intervention'): unknown type 'new-event'; known: threshold"),
    ("window = 2 ", "colour = 2 ", "rules #2 ('mof-2w-ltdebt-sale-top5'): unknown keys ['colour'] for type window_rank"),
    ('path = "alerts.jsonl"', 'file = "alerts.jsonl"', "channels.log: unknown keys ['file'] for channel type jsonl"),
    ('channels = ["console", "log"]', 'channels = ["console", "pager"]',
     "defaults.channels: unknown channels ['pager']; defined: console, log"),
    ('id = "mof-fx-intervention"', 'id = "tic-japan-holdings-drop-30bn"',
     "rules #5 ('tic-japan-holdings-drop-30bn').id: duplicate id (rules #3 has it too)"),
])
def test_a_broken_rules_file_names_file_line_key_and_what_was_expected(tmp_path, old, new, message):
    path, line = _broken(tmp_path, ALERTS, old, new)
    if "unknown" in message and "channels [" not in message:  # a whole table's error: the line of its header
        line = max(i for i, t in enumerate(path.read_text().splitlines()[:line], 1) if t.startswith("["))
    with pytest.raises(InvalidArgument, match=re.escape(f"{path}, line {line}: {message}")):
        alerts.load_rules(path)


def test_rules_file_errors_without_a_line(tmp_path):
    with pytest.raises(NotFoundError, match=re.escape(f"no rules file at {tmp_path / 'none.toml'}")):
        alerts.load_rules(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]\nid = 1\n")
    with pytest.raises(InvalidArgument, match=rf"{re.escape(str(bad))}: not valid TOML: .*\(at line 1, column 8\)"):
        alerts.load_rules(bad)
    with pytest.raises(InvalidArgument, match=re.escape("t: rules #1 ('a'): needs a type")):
        alerts.parse_rules({"rules": [{"id": "a"}]}, "t")
    with pytest.raises(InvalidArgument, match=re.escape("t: rules #1 ('a').above: expected a number, found True")):
        alerts.parse_rules({"rules": [{"id": "a", "type": "threshold", "series": "x", "above": True}]}, "t")


def test_the_cli_reports_a_broken_rules_file_and_exits_2(tmp_path):
    path, line = _broken(tmp_path, ALERTS, "periods = 1 ", "periods = -1 ")
    r = cli(["alerts", "test", path], tmp_path)
    assert r.returncode == 2
    assert f"{path}, line {line}: rules #3 ('tic-japan-holdings-drop-30bn').periods: expected a number >= 1, found -1" \
        in r.stderr


# -------------------------------------------------------------------------------------- scenarios
def test_the_example_scenario_and_the_presets_load():
    s = sc.load_scenario(SCENARIO)
    assert s.months == 12 and s.paths["usdjpy"] == {"kind": "change_pct", "amount": -5.0, "over": 3, "start_month": 2}
    assert s.paths["ust_10y"] == {"kind": "values", "values": [4.5, 4.4, 4.3]}
    assert s.interventions == (sa.Intervention(4, 3000.0, "treasuries"),)
    names = list(sc.list_scenarios()["name"])
    assert "status-quo" in names and all(sc.load_scenario(n).source == f"preset {n}" for n in names)


@pytest.mark.parametrize("old, new, message", [
    ("start_month = 2", "start_month = 0", "paths.usdjpy.start_month: expected a number >= 1, found 0"),
    ("amount_jpy_bn = 3000", 'amount_jpy_bn = "3000"', "interventions #1.amount_jpy_bn: expected a number, found '3000'"),
    ("months = 12", "months = 121", "scenario.months: expected a number <= 120, found 121"),
    ("jgb_10y = { change_bp = 30", "jgb_10y = { change_pct = 30", "paths.jgb_10y: change_pct is for USD/JPY"),
    ("jpy_short = { to = 1.0", "yen_short = { to = 1.0", "paths.yen_short: unknown variable; use usd_short"),
    ('funded_by = "treasuries"', 'funded_by = "gold"',
     "interventions #1.funded_by: expected 'treasuries' or 'deposits', found 'gold'"),
    ("values = [4.5, 4.4, 4.3]", 'values = [4.5, "4.4"]', "paths.ust_10y.values #2: expected a number, found '4.4'"),
])
def test_a_broken_scenario_file_names_file_line_key_and_what_was_expected(tmp_path, old, new, message):
    path, line = _broken(tmp_path, SCENARIO, old, new)
    with pytest.raises(InvalidArgument, match=re.escape(f"scenario {path}, line {line}: {message}")):
        sc.load_scenario(path)


def test_the_cli_reports_a_broken_scenario_file_and_exits_2(tmp_path):
    path, line = _broken(tmp_path, SCENARIO, "over = 6 }                       #", "over = 0 }  #")
    r = cli(["scenario", "run", path], tmp_path)
    assert r.returncode == 2
    assert f"scenario {path}, line {line}: paths.jpy_short.over: expected a number >= 1, found 0" in r.stderr
