"""Bad files are rejected whole (issue 12): every kind, on every parser it applies to.

Each case is a real mirror file with one thing altered in the test (a row, a cell, a column pair).
The update that meets it must exit non-zero naming the file and a line, leave that source's content
exactly as it was (the store's rows, `show` and `sources`), and still load another source changed
at the same time. Rules: ustflow/validate/rules.py (listed in RELIABILITY.md).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from dataclasses import dataclass
from typing import Callable

import pytest
from typer.testing import CliRunner

from tests.conftest import MIRROR, SHARED_DATA
from tests.helpers import snapshot
from tests.reliability import record
from ustflow.cli import app

EXTRA = SHARED_DATA / "extra"
BASE_SOURCES = ("tic_mfh_history,tic_mfh_current,tic_mfh_legacy,tic_slt_table3,mof_its_weekly,mof_its_monthly,"
                "mof_its_investor_ltdebt,mof_jgb_curve,fred_dgs10,market_btc_usd,mof_fx_intervention_curated")
SHOWN = {  # one series per source for the `show` comparison
    "tic_mfh_history": "tic.holdings.japan", "tic_mfh_current": "tic.holdings.japan",
    "tic_mfh_legacy": "tic.mfh_legacy.japan", "tic_slt_table3": "tic.slt.japan.treasury_pos",
    "tic_slt_table1": "tic.slt1.japan.lt_treas_pos", "mof_its_weekly": "mof.weekly.assets.lt_debt.net",
    "mof_its_monthly": "mof.monthly.assets.lt_debt.net", "mof_its_investor_ltdebt": "mof.monthly.lt_debt.banks.net",
    "mof_jgb_curve": "jgb.10y", "fred_dgs10": "fred.dgs10", "market_btc_usd": "market.btc_usd",
}


# ------------------------------------------------------------------------------ text surgery
def _line_end(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def replace_once(old: str, new: str) -> Callable[[str], str]:
    def f(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)
    return f


def insert_after(prefix: str, new_line: str | Callable[[str], str]) -> Callable[[str], str]:
    """Insert a line after the first line starting with ``prefix`` (``new_line`` may copy a line)."""
    def f(text: str) -> str:
        lines = text.splitlines(keepends=True)
        i = next(k for k, ln in enumerate(lines) if ln.startswith(prefix))
        line = new_line(text) if callable(new_line) else new_line
        lines.insert(i + 1, line.rstrip("\r\n") + _line_end(text))
        return "".join(lines)
    return f


def copy_line(prefix: str) -> Callable[[str], str]:
    return lambda text: next(ln for ln in text.splitlines() if ln.startswith(prefix))


def append(line: str) -> Callable[[str], str]:
    return lambda text: text + line + _line_end(text)


def swap_columns(first_data: str, a: int, b: int) -> Callable[[str], str]:
    """Swap two CSV columns in every data row from the first row starting with ``first_data`` on."""
    def f(text: str) -> str:
        out, on = [], False
        for ln in text.splitlines(keepends=True):
            on = on or ln.startswith(first_data)
            row = next(csv.reader([ln.rstrip("\r\n")]))
            if on and len(row) > b and row[a].strip() and row[b].strip() and row[a].strip() != "-":
                row[a], row[b] = row[b], row[a]
                buf = io.StringIO()
                csv.writer(buf, lineterminator="").writerow(row)
                ln = buf.getvalue() + ln[len(ln.rstrip("\r\n")):]
            out.append(ln)
        return "".join(out)
    return f


def fill_placeholders(text: str) -> str:
    """MoF monthly: fill the empty month rows left for the rest of the year with the last month's values."""
    lines = text.splitlines(keepends=True)
    last = max(k for k, ln in enumerate(lines) if re.match(r'^[^,]*,[^,]+,[A-Z][a-z]{2},"?-?\d', ln))
    values = next(csv.reader([lines[last].rstrip("\r\n")]))[3:]
    for k in range(last + 1, len(lines)):
        row = next(csv.reader([lines[k].rstrip("\r\n")]))
        if len(row) > 3 and row[2].strip() and not any(c.strip() for c in row[3:]):
            buf = io.StringIO()
            csv.writer(buf, lineterminator="").writerow(row[:3] + values)
            lines[k] = buf.getvalue() + _line_end(text)
    return "".join(lines)


def both(*fs: Callable[[str], str]) -> Callable[[str], str]:
    def f(text: str) -> str:
        for g in fs:
            text = g(text)
        return text
    return f


# ------------------------------------------------------------------------------ the cases
@dataclass
class Case:
    kind: str
    source: str
    file: str
    mutate: Callable[[str], str]
    encoding: str = "ascii"
    folder: str = "mirror"


MFH_ROW = "Japan\t1185.5\t1202.7"
WEEK_ROW = "2025．3．30～4．5,"
WEEK_LT = '"149,006 ","174,732 ","-25,726 "'
MONTHA1_LT = '"373,589","333,715","39,874"'
JAPAN_SLT3 = "Japan\t42609\t2026-04\t"
CASES = [
    # periods after the file's vintage plus one period
    Case("future_period", "tic_mfh_history", "mfhhis01.txt",
         lambda t: t.replace("Country\t" + "2025\t" * 12, "Country\t" + "2099\t" * 12, 1)),
    Case("future_period", "tic_mfh_current", "slt_table5.txt", replace_once("Country\t2026-04", "Country\t2099-04")),
    Case("future_period", "tic_slt_table3", "slt_table3.txt", replace_once(JAPAN_SLT3, "Japan\t42609\t2099-04\t")),
    Case("future_period", "mof_its_weekly", "week.csv",
         insert_after("2026．8．2～8．8,", lambda t: copy_line("2026．8．2～8．8,")(t).replace("2026", "2099", 1)),
         "cp932"),
    Case("future_period", "mof_its_monthly", "montha1.csv", fill_placeholders, "cp932"),
    Case("future_period", "mof_its_investor_ltdebt", "monthb3.csv", fill_placeholders, "cp932"),
    Case("future_period", "mof_jgb_curve", "jgbcm_all.csv", append("R81.1.5" + ",1.0" * 15), "cp932"),
    Case("future_period", "fred_dgs10", "DGS10.csv", append("2099-01-02,4.50")),
    Case("future_period", "market_btc_usd", "btc_usd_yahoo_daily.csv",
         append("2099-01-02,64020.0,64664.4,61335.7,63801.5,63800151780"), folder="extra"),
    Case("future_period", "mof_fx_intervention_curated", "intervention_operations_curated.csv",
         append("2099-01-05,2099-01-05,sell_jpy_buy_usd,100,JPY 0.1bn,official_as_quoted,same,https://www.mof.go.jp/"),
         "utf-8", folder="extra"),
    # header or footnote text in a data row
    Case("header_text", "tic_mfh_history", "mfhhis01.txt", insert_after("Japan\t", copy_line("Country\t2025"))),
    Case("header_text", "tic_mfh_current", "slt_table5.txt", insert_after("Japan\t", copy_line("Country\t2026"))),
    Case("header_text", "tic_mfh_legacy", "mfh.txt", insert_after("Japan ", copy_line("Country "))),
    Case("header_text", "tic_slt_table3", "slt_table3.txt", insert_after("Austria\t", copy_line("country\t"))),
    Case("header_text", "tic_slt_table1", "slt_table1.txt", insert_after("Austria\t", copy_line("country\t"))),
    Case("header_text", "mof_its_weekly", "week.csv", insert_after(WEEK_ROW, copy_line(",Acquisition,")), "cp932"),
    Case("footnote_text", "mof_its_weekly", "week.csv", insert_after(WEEK_ROW, copy_line("   (Note 2)")), "cp932"),
    Case("header_text", "mof_its_monthly", "montha1.csv", insert_after(",５月,May", copy_line(",,,Acquisition,")),
         "cp932"),
    Case("footnote_text", "mof_its_monthly", "montha1.csv", insert_after(",５月,May", copy_line("   (Note 2)")), "cp932"),
    Case("header_text", "mof_jgb_curve", "jgbcm_all.csv", insert_after("R7.3.27,", copy_line("基準日,")), "cp932"),
    Case("header_text", "fred_dgs10", "DGS10.csv", insert_after("2020-08-04,", copy_line("date,value"))),
    # countries TIC does not list (and the totals do not account for)
    Case("unknown_country", "tic_mfh_history", "mfhhis01.txt", insert_after("Japan\t", "Atlantis\t" + "12.3\t" * 12)),
    Case("unknown_country", "tic_mfh_current", "slt_table5.txt", insert_after("Japan\t", "Atlantis" + "\t50.0" * 13)),
    Case("unknown_country", "tic_mfh_legacy", "mfh.txt",
         insert_after("Japan ", lambda t: copy_line("Belgium ")(t).replace("Belgium ", "Atlantis", 1))),
    Case("unknown_country", "tic_slt_table3", "slt_table3.txt",
         insert_after("Austria\t", "Atlantis\t99123\t2026-04" + "\t10" * 7)),
    Case("unknown_country", "tic_slt_table1", "slt_table1.txt",
         insert_after("Austria\t", "Atlantis\t99123\t2026-04" + "\t10" * 15)),
    # rows that do not add up to the Grand Total; official holdings above it
    Case("totals", "tic_mfh_history", "mfhhis01.txt", replace_once(MFH_ROW, "Japan\t1285.5\t1202.7")),
    Case("totals", "tic_mfh_current", "slt_table5.txt", replace_once("Japan\t1209.9", "Japan\t12099")),
    Case("totals", "tic_mfh_legacy", "mfh.txt", replace_once("1104.4  1076.3", "1204.4  1076.3")),
    Case("totals", "tic_slt_table3", "slt_table3.txt",
         replace_once("Grand Total\t99996\t2026-04\t9352646", "Grand Total\t99996\t2026-04\t9952646")),
    Case("totals", "tic_slt_table1", "slt_table1.txt", replace_once("Grand Total\t99996\t2026-04\t", "Grand Total\t99996\t2026-04\t1")),
    Case("official_above_total", "tic_mfh_history", "mfhhis01.txt",
         replace_once("For. Official\t3877.6", "For. Official\t9877.6")),
    Case("official_above_total", "tic_mfh_current", "slt_table5.txt",
         replace_once("Of Which: Foreign Official\t3906.5", "Of Which: Foreign Official\t9906.5")),
    Case("official_above_total", "tic_mfh_legacy", "mfh.txt", replace_once(" For. Official                  3713.9",
                                                                           " For. Official                  9713.9")),
    # MoF: acquisition - disposition = net; Acquisition and Net columns swapped
    Case("net_mismatch", "mof_its_weekly", "week.csv", replace_once(WEEK_LT, '"149,006 ","174,732 ","-25,700 "'), "cp932"),
    Case("net_mismatch", "mof_its_monthly", "montha1.csv", replace_once(MONTHA1_LT, '"373,589","333,715","29,874"'),
         "cp932"),
    Case("net_mismatch", "mof_its_investor_ltdebt", "monthb3.csv", replace_once('"89,060","83,172","5,888"',
                                                                                '"89,060","83,172","6,888"'), "cp932"),
    Case("swapped_columns", "mof_its_weekly", "week.csv", swap_columns("2005．1．2", 4, 6), "cp932"),
    Case("swapped_columns", "mof_its_monthly", "montha1.csv", swap_columns("2005,", 6, 8), "cp932"),
    Case("swapped_columns", "mof_its_investor_ltdebt", "monthb3.csv", swap_columns("2005,", 3, 5), "cp932"),
    # a revision by an implausible factor against the vintage already held
    Case("revision_factor", "tic_mfh_history", "mfhhis01.txt",
         both(replace_once(MFH_ROW, "Japan\t11855\t1202.7"),
              replace_once("Grand Total\t9267.2", "Grand Total\t19936.7"))),
    Case("revision_factor", "mof_its_weekly", "week.csv",
         replace_once(WEEK_LT, '"1,490,060 ","1,747,320 ","-257,260 "'), "cp932"),
    Case("revision_factor", "mof_its_monthly", "montha1.csv",
         replace_once(MONTHA1_LT, '"3,735,890","3,337,150","398,740"'), "cp932"),
    Case("revision_factor", "mof_jgb_curve", "jgbcm_all.csv",
         lambda t: re.sub(r"^(R7\.3\.27,(?:[^,\n]*,){9})1\.588,", r"\g<1>15.88,", t, count=1, flags=re.M), "cp932"),
    Case("revision_factor", "fred_dgs10", "DGS10.csv", replace_once("2020-08-04,0.52", "2020-08-04,5.20")),
]


def _id(c: Case) -> str:
    return f"{c.kind}-{c.file.split('.')[0]}"


# ------------------------------------------------------------------------------ running them
runner = CliRunner()


def cli(home, *args):
    return runner.invoke(app, [str(a) for a in args], env={"USTFLOW_HOME": str(home), "COLUMNS": "200"})


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    """Per source, a home holding only that source's real file (so a revision has a previous vintage),
    and ``_state`` of a fresh copy of it (the same for every copy): ``(home, state)``.

    One small home per source keeps each case's copy and write small; built on first use, once per
    test run (tests.conftest.built_once): an xdist worker that takes some of a source's cases reads
    the home and its state the other worker built. Read-only: each case copies the home."""
    import pickle

    from tests.conftest import built_once

    def build(folder, source: str) -> None:
        home = folder / "home"
        home.mkdir()
        if source in BASE_SOURCES.split(","):
            r = cli(home, "update", "--mirror", MIRROR, "--only", source, "--format", "json")
            assert r.exit_code == 0, r.output
        probe = folder / "probe"  # the state is read on a copy, as each case reads its own
        shutil.copytree(home, probe)
        (folder / "state.pickle").write_bytes(pickle.dumps(_state(probe, source)))
        shutil.rmtree(probe)

    def get(source: str):
        folder = built_once(tmp_path_factory, f"validation-base-{source}", lambda f: build(f, source))
        return folder / "home", pickle.loads((folder / "state.pickle").read_bytes())
    return get


def _state(home, source: str) -> dict:
    """What the store says about a source: its rows in every table, `show` of a series, `sources`."""
    snap = snapshot(home / "store.duckdb")
    shown = cli(home, "show", SHOWN[source], "--format", "csv") if source in SHOWN else None
    out = cli(home, "sources", "--format", "csv").stdout
    rows = csv.DictReader(ln for ln in out.splitlines() if not ln.startswith("#"))
    row = next((r for r in rows if r["source"] == source), {})
    # the status gains "(last update failed)" and last_fetch moves: that is the fetch state, not the store
    held = {k: row.get(k) for k in ("newest_period", "release_date", "vintage", "rows", "files", "unit")}
    return {"tables": {t: snap.get(t, {}).get(source) for t in ("series", "observations", "files", "events")},
            "show": shown.stdout if shown is not None and shown.exit_code == 0 else "absent", "sources": held}


@pytest.mark.slow  # every kind of bad file on every parser: 54 updates; make test-fast runs the rest
@pytest.mark.parametrize("case", CASES, ids=_id)
def test_bad_file_is_rejected_whole(bases, tmp_path, case: Case):
    home = tmp_path / "home"
    base, before = bases(case.source)
    shutil.copytree(base, home)
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    folder = MIRROR if case.folder == "mirror" else EXTRA
    text = (folder / case.file).read_bytes().decode(case.encoding)
    bad = case.mutate(text)
    assert bad != text
    (mirror / case.file).write_bytes(bad.encode(case.encoding))
    # another source changes in the same update and must still load
    (mirror / "IORB.csv").write_bytes((MIRROR / "IORB.csv").read_bytes() + b"2026-08-21,4.40\n")
    r = cli(home, "update", "--mirror", mirror, "--only", f"{case.source},fred_iorb")
    err = r.stderr
    line = re.search(rf"{re.escape(case.file)}, line (\d+): expected (.*)", err)
    rule = re.search(r"\(rule (\w+)\)", err)
    after = _state(home, case.source)
    iorb = cli(home, "show", "fred.iorb", "--start", "2026-08-21", "--format", "csv").stdout.replace("4.40", "4.4")
    record("validation", kind=case.kind, source=case.source, file=case.file, exit_code=r.exit_code,
           line=int(line.group(1)) if line else None, rule=rule.group(1) if rule else "parser",
           message=(line.group(0) if line else err.strip().splitlines()[-1] if err.strip() else "")[:200],
           store_unchanged=after == before, others_loaded="2026-08-21,4.4" in iorb)
    assert r.exit_code != 0, r.output
    assert line, err
    assert after == before
    assert "2026-08-21,4.4" in iorb


def test_a_new_country_the_totals_account_for_is_accepted(tmp_path):
    """A country TIC newly lists (taken out of All Other) is not an invented one: the file loads."""
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    text = (MIRROR / "slt_table5.txt").read_text()
    other = next(ln for ln in text.splitlines() if ln.startswith("All Other\t"))
    cells = other.split("\t")
    less = "\t".join([cells[0]] + [f"{float(c) - 50:.1f}" for c in cells[1:]])
    text = text.replace(other, less).replace("Japan\t", "Atlantis" + "\t50.0" * 13 + "\r\nJapan\t", 1)
    (mirror / "slt_table5.txt").write_text(text)
    r = cli(tmp_path / "home", "update", "--mirror", mirror, "--only", "tic_mfh_current")
    assert r.exit_code == 0, r.output
    shown = cli(tmp_path / "home", "show", "tic.holdings.atlantis", "--format", "csv").stdout
    rows = csv.DictReader(ln for ln in shown.splitlines() if not ln.startswith("#"))
    assert {r["period"]: float(r["value"]) for r in rows}["2026-04"] == 50.0


def test_the_known_country_list_covers_every_tic_file():
    """data/tic_entities.csv lists every country and code of every TIC file in the mirror and the vintages."""
    from ustflow import registry
    from ustflow.validate import tic

    slugs, codes = tic.known()
    files = [(s, MIRROR / s.file) for s in registry.SOURCES.values() if s.parser.startswith(("tic_mfh", "tic_slt"))]
    files.append((registry.get("tic_mfh_history"), SHARED_DATA / "vintages" / "mfhhis01_2026-03-18.txt"))
    for source, path in files:
        parsed = source.parse_function()(path.read_bytes(), path.name)
        for code in parsed.meta.get("country_codes", {}).values():
            assert code in codes, (path.name, code)
        prefix = "tic.mfh_legacy." if source.id == "tic_mfh_legacy" else "tic.holdings."
        for sid in parsed.series["id"]:
            if sid.startswith(prefix):
                assert sid.removeprefix(prefix) in slugs, (path.name, sid)
                assert not tic.looks_like_header(sid.removeprefix(prefix)), sid


def test_every_rule_has_a_reason_and_every_kind_is_tried():
    from ustflow.validate import RULES

    assert all(r.reason and r.check and r.applies_to for r in RULES)
    kinds = {c.kind for c in CASES}
    assert kinds == {"future_period", "header_text", "footnote_text", "unknown_country", "totals",
                     "official_above_total", "net_mismatch", "swapped_columns", "revision_factor"}


def test_a_small_holder_revised_by_a_large_factor_is_a_revision_not_an_error(tmp_path):
    """Russia's 26 mn revised to 156 mn (x6) is small next to SLT Table 3's typical value: accepted."""
    home = tmp_path / "home"
    assert cli(home, "update", "--mirror", MIRROR, "--only", "tic_slt_table3").exit_code == 0
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    text = (MIRROR / "slt_table3.txt").read_text()
    (mirror / "slt_table3.txt").write_text(replace_once("Russia\t16101\t2026-04\t26\t", "Russia\t16101\t2026-04\t156\t")(text))
    r = cli(home, "update", "--mirror", mirror, "--only", "tic_slt_table3", "--format", "json")
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)["results"][0]
    assert res["outcome"] == "loaded" and res["revisions"] == 1
    assert {"series": "tic.slt.russia.treasury_pos", "period": "2026-04-01", "old": 26.0, "new": 156.0} in \
        res["large_revisions"]


@pytest.mark.parametrize("source_id", ["tic_form_s", "mof_jgb_curve", "boj_bop_monthly", "fred_wmtsecl1"])
def test_the_per_series_summary_matches_a_groupby(source_id):
    """The rules read each series' lowest and highest value and newest period from one vectorised pass
    (``validate.basic.summary``): the same figures as a pandas groupby, on real files whose ids are a
    categorical out of series order (Form S), plain strings (JGB), a sorted categorical (BoP) and
    one series with missing values (WMTSECL1: its leading zeros are missing)."""
    import numpy as np
    import pandas as pd

    from ustflow import registry
    from ustflow.validate import basic

    source = registry.get(source_id)
    parsed = source.parse_function()((MIRROR / source.file).read_bytes(), source.file)
    obs = parsed.observations
    if source_id == "fred_wmtsecl1":  # a missing value and a missing period inside the file
        obs = obs.copy()
        obs.loc[obs.index[3], "value"] = np.nan
    got = basic.summary(obs)
    g = obs.assign(series_id=obs["series_id"].astype(object)).groupby("series_id", sort=False)
    want = pd.DataFrame({"lo": g["value"].min(), "hi": g["value"].max(), "newest": g["period"].max()})
    assert len(got) == obs["series_id"].nunique()
    pd.testing.assert_frame_equal(got.sort_index(), want.sort_index(), check_names=False, check_index_type=False)


def test_per_series_rules_name_the_series_and_line_on_a_real_file():
    """The unit and holdings rules, decided once per distinct unit / over the joined ids, still catch
    one series among thousands: a blank or missing unit, a negative holding (with its file line)."""
    from ustflow import registry, validate
    from ustflow.errors import ParseError

    source = registry.SOURCES["tic_mfh_history"]
    parse = source.parse_function()
    raw = (MIRROR / source.file).read_bytes()
    validate.check(parse(raw, source.file), source.file, source=source)  # the real file passes
    for blank in ("  ", None):
        parsed = parse(raw, source.file)
        parsed.series.loc[parsed.series["id"] == "tic.holdings.japan", "unit"] = blank
        with pytest.raises(ParseError, match=r"unit_and_frequency.*no unit for tic\.holdings\.japan"):
            validate.check(parsed, source.file, source=source)
    parsed = parse(raw, source.file)
    obs = parsed.observations
    hit = obs.index[obs["series_id"] == "tic.holdings.japan"][-1]
    obs.loc[hit, "value"] = -5.0
    with pytest.raises(ParseError, match="holdings_not_negative") as e:
        validate.check(parsed, source.file, source=source)
    assert e.value.line == int(obs.loc[hit, "line"])
