"""FRED, FX-intervention / user-event and market (BTC) parsers on the real files, plus inline bad inputs.

Reference values: shared/data/reference_checks.csv rows fred01..fred03 and fx01..fx03, and the
provenance notes fred.md, fx_intervention.md and market.md.
"""

from __future__ import annotations

import csv
import os
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import strategies as st

from tests.conftest import SHARED_DATA, read_mirror
from tests.fuzzing import only_parse_errors
from ustflow.errors import ParseError
from ustflow.parse._base import EVENT_COLUMNS
from ustflow.parse.events import parse_events, parse_interventions
from ustflow.parse.fred import FRED_SERIES, parse_fred
from ustflow.parse.market import parse_btc_yahoo

HTML = b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>gone</body></html>\n"
VINTAGE = "DEXJPUS_2020-08-24_2025-08-22.csv"
INTERVENTIONS = "intervention_operations_curated.csv"
BTC = "btc_usd_yahoo_daily.csv"


def read_extra(name: str) -> bytes:
    return (SHARED_DATA / "extra" / name).read_bytes()


def fred(code: str):
    return parse_fred(read_mirror(f"{code}.csv"), f"{code}.csv", code=code)


def series(parsed, series_id: str) -> pd.Series:
    obs = parsed.observations
    return obs[obs["series_id"] == series_id].set_index("period")["value"]


def at(parsed, series_id: str, day: str) -> float:
    return float(series(parsed, series_id).loc[pd.Timestamp(day)])


# --- reference checks ---------------------------------------------------------------------------

TESTED_CHECKS = {"fred01", "fred02", "fred03", "fx01", "fx02", "fx03"}


def test_every_reference_check_on_fred_files_is_tested():
    with open(SHARED_DATA / "reference_checks.csv", newline="", encoding="utf-8") as f:
        ids = {r["check_id"] for r in csv.DictReader(f) if r["check_id"].startswith(("fred", "fx"))}
    assert ids == TESTED_CHECKS


def test_fred_reference_values():
    dgs10 = fred("DGS10")
    assert at(dgs10, "fred.dgs10", "2025-04-04") == 4.01  # fred01: April-2025 sell-off
    assert at(dgs10, "fred.dgs10", "2025-04-11") == 4.48
    assert at(dgs10, "fred.dgs10", "2020-08-04") == 0.52  # fred02: record low close
    assert series(dgs10, "fred.dgs10").min() == 0.52
    sofr = fred("SOFR")
    assert at(sofr, "fred.sofr", "2018-04-03") == 1.83  # fred03: first published SOFR
    assert series(sofr, "fred.sofr").index.min() == pd.Timestamp("2018-04-03")


def test_dexjpus_intervention_days():
    fx = fred("DEXJPUS")
    assert at(fx, "fred.dexjpus", "2024-07-10") == 161.73  # fx02: drop on the 2024-07-11 intervention
    assert at(fx, "fred.dexjpus", "2024-07-11") == 158.58
    assert at(fx, "fred.dexjpus", "2026-07-29") == 163.86  # fx03: drop on the 2026-07-30 intervention
    assert at(fx, "fred.dexjpus", "2026-07-30") == 159.47


def test_dexjpus_mirror_equals_independent_download():
    # fx01: two independent FRED downloads agree on all 1,305 overlapping rows, missing days included.
    old = parse_fred((SHARED_DATA / "vintages" / VINTAGE).read_bytes(), VINTAGE)
    new = fred("DEXJPUS")
    assert old.series["id"].tolist() == ["fred.dexjpus"] and old.meta["rows"] == 1305
    a = series(old, "fred.dexjpus")
    b = series(new, "fred.dexjpus")
    b = b[(b.index >= a.index.min()) & (b.index <= a.index.max())]
    assert len(a) == 1305 - old.meta["missing"] == 1248
    pd.testing.assert_series_equal(a, b)


# --- FRED files ---------------------------------------------------------------------------------

def test_every_mirror_fred_file_parses():
    assert set(FRED_SERIES) == {"DGS2", "DGS10", "DGS30", "T10Y2Y", "EFFR", "SOFR", "FEDFUNDS", "DFEDTARU",
                                "DFEDTARL", "IORB", "DTWEXBGS", "DEXJPUS", "DTB3", "TB3MS", "IR3TIB01JPM156N",
                                "IR3TIB01USM156N", "WMTSECL1"}
    for code, (title, unit, freq) in FRED_SERIES.items():
        p = fred(code)
        s = p.series.iloc[0]
        assert (s["id"], s["unit"], s["frequency"], s["title"]) == (f"fred.{code.lower()}", unit, freq, title)
        periods = p.observations["period"]
        assert periods.is_monotonic_increasing and not p.observations["value"].isna().any()
        if freq == "M":
            assert (periods.dt.day == 1).all()
    assert FRED_SERIES["T10Y2Y"][1] == "percentage points"
    assert FRED_SERIES["DTWEXBGS"][1] == "index, Jan 2006 = 100"
    assert FRED_SERIES["DEXJPUS"][1] == "JPY per USD"
    assert FRED_SERIES["FEDFUNDS"][2] == "M"


def test_fred_empty_cells_are_not_observations():
    p = fred("DTWEXBGS")  # 5,215 rows, 205 of them empty
    assert p.meta["rows"] == 5215 and p.meta["missing"] == 205 and len(p.observations) == 5010
    assert p.meta["header"] == "date,value"


@pytest.mark.parametrize("header", ["observation_date,DGS10", "date,value", "Date,Value", "DATE,DGS10"])
def test_fred_header_variants(header):
    raw = f"{header}\n2025-04-03,4.06\n2025-04-04,4.01\n2025-04-07,\n2025-04-08,.\n".encode()
    p = parse_fred(raw, "DGS10.csv")
    assert p.series["id"].tolist() == ["fred.dgs10"]
    assert p.observations["period"].tolist() == [pd.Timestamp("2025-04-03"), pd.Timestamp("2025-04-04")]
    assert p.observations["value"].tolist() == [4.06, 4.01]  # '' and '.' are missing, not zero
    assert parse_fred(raw, "download.csv", code="DGS10").series["id"].tolist() == ["fred.dgs10"]


def test_fred_code_from_the_original_header():
    p = parse_fred(read_mirror("DEXJPUS.csv"), "DEXJPUS.csv")  # observation_date,DEXJPUS
    assert p.series["id"].tolist() == ["fred.dexjpus"] and p.meta["header"] == "observation_date,DEXJPUS"


def test_fred_code_from_the_file_name_of_a_vintage():
    p = parse_fred(b"date,value\n2025-08-22,146.82\n", VINTAGE)
    assert p.series["id"].tolist() == ["fred.dexjpus"] and p.series["unit"].tolist() == ["JPY per USD"]


def test_fred_crlf_and_bom():
    p = parse_fred(b"\xef\xbb\xbfobservation_date,SOFR\r\n2018-04-03,1.83\r\n", "x.csv")
    assert at(p, "fred.sofr", "2018-04-03") == 1.83


def test_fred_header_naming_another_series():
    with pytest.raises(ParseError, match=r"expected\ the\ header\ to\ name\ series\ DGS10;\ found") as e:
        parse_fred(b"observation_date,DGS2\n2025-04-04,3.66\n", "DGS10.csv", code="DGS10")
    assert e.value.file == "DGS10.csv" and e.value.line == 1
    assert "DGS10" in e.value.expected and "DGS2" in e.value.found


def test_fred_unknown_code_is_refused():
    with pytest.raises(ParseError, match=r"expected\ a\ FRED\ series\ known\ to\ ustflow\ \(DGS2,\ DGS10,") as e:
        parse_fred(b"observation_date,CBBTCUSD\n2025-04-04,83000\n", "CBBTCUSD.csv")
    assert e.value.line == 1 and "DGS10" in e.value.expected and e.value.found == "CBBTCUSD"


@pytest.mark.parametrize("body,line,expected", [
    ("time,value\n2025-04-04,4.01\n", 1, "observation_date"),  # changed header
    ("observation_date,DGS10,extra\n2025-04-04,4.01,1\n", 1, "2 comma-separated cells"),
    ("date,value\n2025-04-04,4.01\n04/07/2025,4.15\n", 3, "YYYY-MM-DD"),
    ("date,value\n2025-04-04,4.01\n2025-04-07,4,15\n", 3, "2 comma-separated cells"),
    ("date,value\n2025-04-04,4.01\n2025-04-07,n/a\n", 3, "a number"),
    ("date,value\n2025-04-07,4.15\n2025-04-04,4.01\n", 3, "a date after 2025-04-07"),
    ("date,value\n2025-04-04,4.01\n2025-04-04,4.02\n", 3, "a date after 2025-04-04"),
    ("date,value\n", 2, "at least one dated row"),
])
def test_fred_bad_rows(body, line, expected):
    with pytest.raises(ParseError, match=rf"^DGS10\.csv, line {line}: expected .*{re.escape(expected)}") as e:
        parse_fred(body.encode(), "DGS10.csv", code="DGS10")
    assert e.value.file == "DGS10.csv" and e.value.line == line and expected in e.value.expected


def test_fred_monthly_dates_on_the_first():
    with pytest.raises(ParseError, match=r"expected\ monthly\ FEDFUNDS\ dated\ on\ the\ 1st\ of\ the\ month;") as e:
        parse_fred(b"date,value\n2026-06-01,3.63\n2026-06-30,3.63\n", "FEDFUNDS.csv", code="FEDFUNDS")
    assert e.value.line == 3 and "1st of the month" in e.value.expected


# --- FX interventions ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def interventions():
    return parse_interventions(read_extra(INTERVENTIONS), INTERVENTIONS)


def test_intervention_events(interventions):
    ev = interventions.events
    assert list(ev.columns) == EVENT_COLUMNS and len(ev) == 16
    assert set(ev["kind"]) == {"fx_intervention"} and set(ev["unit"]) == {"JPY bn"}
    assert ev["date_start"].dtype.kind == "M" and ev["date_end"].dtype.kind == "M"
    first = ev.iloc[0]
    assert first["title"] == "MoF FX intervention: sold yen, bought USD" and first["amount"] == 8072
    july = ev[ev["date_start"] == pd.Timestamp("2024-07-11")].iloc[0]
    assert july["title"] == "MoF FX intervention: bought yen, sold USD" and july["amount"] == 3168
    assert "status=official_via_press" in july["detail"] and july["source_ref"].startswith("https://")
    total = ev.iloc[-1]
    assert total["date_end"] == pd.Timestamp("2026-08-26") and total["amount"] == 15399.3
    assert "total 2026-07-30..2026-08-26" in total["title"]


def test_intervention_series_is_signed(interventions):
    s = series(interventions, "mof.fx_intervention.amount")
    meta = interventions.series.iloc[0]
    assert meta["unit"] == "JPY bn" and meta["frequency"] == "D" and "+ = yen bought" in meta["notes"]
    # 2011: yen selling (negative), five days totalling JPY 9.092 tn.
    assert s["2011-10-31":"2011-11-04"].sum() == pytest.approx(-9091.5)
    # 2022 onwards: yen buying (positive). Apr 29 + May 1 2024 = JPY 9.79 tn; Jul 11/12 2024 = 5.535 tn.
    assert s["2022-01-01":].gt(0).all()
    assert s["2024-04-29":"2024-05-01"].sum() == pytest.approx(9788.5)
    assert s["2024-07-11":"2024-07-12"].sum() == pytest.approx(5535)
    # The Jul 30 - Aug 26 2026 monthly total has no daily split yet: keyed by its first day.
    assert s[pd.Timestamp("2026-07-30")] == 15399.3
    assert interventions.meta["period_totals"] == 1
    assert interventions.meta["period_totals_left_out_of_series"] == []


HEADER = "date_start,date_end,operation,amount_jpy_bn,amount_precision,status,source_note,source_ref\n"


def test_period_total_overlapping_daily_rows_stays_out_of_the_series():
    raw = (HEADER + "2026-07-30,2026-08-26,buy_jpy_sell_usd,15399.3,JPY 0.1bn,total,,x\n"
                    "2026-07-31,2026-07-31,buy_jpy_sell_usd,5000,JPY 1bn,daily,,x\n").encode()
    p = parse_interventions(raw, "i.csv")
    assert len(p.events) == 2
    assert p.observations["period"].tolist() == [pd.Timestamp("2026-07-31")]
    assert p.meta["period_totals_left_out_of_series"] == ["2026-07-30..2026-08-26"]


@pytest.mark.parametrize("row,expected", [
    ("2024-07-11,2024-07-11,buy_usd,3168,,,,\n", "an operation in"),
    ("2024-07-11,2024-07-11,buy_jpy_sell_usd,-3168,,,,\n", "unsigned amount"),
    ("2024-07-11,2024-07-11,buy_jpy_sell_usd,,,,,\n", "a number"),
    ("2024-07-11,2024-07-10,buy_jpy_sell_usd,3168,,,,\n", "end date on or after 2024-07-11"),
    ("2024-07-32,2024-07-11,buy_jpy_sell_usd,3168,,,,\n", "YYYY-MM-DD"),
    ("2024-07-12,2024-07-12,buy_jpy_sell_usd,2367,,,,\n", "one intervention row per start date"),
    ("2024-07-13,2024-07-13,buy_jpy_sell_usd,1\n", "8 comma-separated cells"),
])
def test_intervention_bad_rows(row, expected):
    raw = (HEADER + "2024-07-12,2024-07-12,buy_jpy_sell_usd,2367,,,,\n" + row).encode()
    with pytest.raises(ParseError, match=rf"^i\.csv, line 3: expected .*{re.escape(expected)}") as e:
        parse_interventions(raw, "i.csv")
    assert e.value.file == "i.csv" and e.value.line == 3 and expected in e.value.expected


def test_intervention_changed_header():
    raw = HEADER.replace("amount_jpy_bn", "amount_usd_bn") + "2024-07-12,2024-07-12,buy_jpy_sell_usd,15,,,,\n"
    with pytest.raises(ParseError, match=r"expected\ a\ CSV\ header\ naming\ date_start,\ date_end,") as e:
        parse_interventions(raw.encode(), "i.csv")
    assert e.value.line == 1 and "amount_jpy_bn" in e.value.expected and "amount_usd_bn" in e.value.found


# --- user events --------------------------------------------------------------------------------

def test_user_events_file():
    raw = ("date,title,date_end,kind,amount,unit,detail,source_ref\n"
           "# BOJ meetings and other things to mark on charts\n"
           "2024-07-31,BOJ raises policy rate to 0.25%,,boj_meeting,,,,https://www.boj.or.jp/\n"
           "\n"
           '2025-04-02,"Tariffs, round one",2025-04-09,,,,"announced, then paused",\n'
           "2025-05-15,Bank X sells Treasuries,,,12.5,USD bn,,\n").encode()
    p = parse_events(raw, "events.csv")
    ev = p.events
    assert list(ev.columns) == EVENT_COLUMNS and len(ev) == 3
    assert ev["date_start"].tolist() == [pd.Timestamp(d) for d in ("2024-07-31", "2025-04-02", "2025-05-15")]
    assert ev["date_end"].tolist() == [pd.Timestamp(d) for d in ("2024-07-31", "2025-04-09", "2025-05-15")]
    assert ev["kind"].tolist() == ["boj_meeting", "event", "event"]
    assert ev["title"][1] == "Tariffs, round one" and ev["detail"][1] == "announced, then paused"
    assert np.isnan(ev["amount"][0]) and ev["amount"][2] == 12.5 and ev["unit"][2] == "USD bn"
    assert p.observations.empty and p.series.empty


def test_user_events_minimal_header_any_order():
    p = parse_events(b"Title,Date\nFOMC,2025-06-18\n", "e.csv")
    assert p.events["title"].tolist() == ["FOMC"] and p.events["kind"].tolist() == ["event"]


@pytest.mark.parametrize("raw,line,expected", [
    (b"when,title\n2025-06-18,FOMC\n", 1, "a CSV header naming date, title"),
    (b"date,title,colour\n2025-06-18,FOMC,red\n", 1, "optional: date_end"),
    (b"date,title\n2025-06-18,FOMC\n18/06/2025,BOJ\n", 3, "YYYY-MM-DD"),
    (b"date,title\n2025-06-18,FOMC\n2025-06-19,\n", 3, "a title"),
    (b"date,title,amount\n2025-06-18,Sale,12\n", 2, "a unit for the amount"),
    (b"date,title,amount,unit\n2025-06-18,Sale,twelve,USD bn\n", 2, "a number"),
    (b"date,title,date_end\n2025-06-18,FOMC,2025-06-17\n", 2, "on or after 2025-06-18"),
    (b"date,title\n2025-06-18,FOMC,extra\n", 2, "2 comma-separated cells"),
    (b"date,title\n# nothing yet\n", 2, "at least one row"),
])
def test_user_events_bad_input(raw, line, expected):
    with pytest.raises(ParseError, match=rf"^events\.csv, line {line}: expected .*{re.escape(expected)}") as e:
        parse_events(raw, "events.csv")
    assert e.value.file == "events.csv" and e.value.line == line and expected in e.value.expected


# --- BTC (non-official) -------------------------------------------------------------------------

def test_btc_close():
    p = parse_btc_yahoo(read_extra(BTC), BTC)
    s = p.series.iloc[0]
    assert s["id"] == "market.btc_usd" and s["unit"] == "USD per BTC" and s["frequency"] == "D"
    assert s["notes"].startswith("NON-OFFICIAL: Yahoo Finance download, stand-in for FRED CBBTCUSD")
    close = series(p, "market.btc_usd")
    assert len(close) == 4280
    assert close.index[0] == pd.Timestamp("2014-09-17") and close.iloc[0] == 457.3340148925781
    assert close.index[-1] == pd.Timestamp("2026-06-05") and close.iloc[-1] == 61488.44921875
    assert (np.diff(close.index.asi8) == 86_400 * 10**6).all()  # 7-day calendar, no gaps


def test_btc_adj_close_and_null():
    raw = (b"Date,Open,High,Low,Close,Adj Close,Volume\n"
           b"2024-01-01,1,2,0.5,1.5,1.5,10\n2024-01-02,null,null,null,null,null,null\n")
    p = parse_btc_yahoo(raw, "btc.csv")
    assert series(p, "market.btc_usd").tolist() == [1.5]


def test_btc_changed_header():
    with pytest.raises(ParseError, match=r"expected\ a\ Yahoo\ Finance\ header") as e:
        parse_btc_yahoo(b"Date,Open,High,Low,Price,Volume\n2024-01-01,1,2,0.5,1.5,10\n", "btc.csv")
    assert e.value.file == "btc.csv" and e.value.line == 1 and "Close" in e.value.expected


# --- bad input: empty, HTML, truncated, for every parser here -----------------------------------

def _user_events() -> bytes:
    return "".join(["date,title,kind\n"] + [f"2025-01-{d:02d},Event number {d},test\n" for d in range(1, 29)]).encode()


PARSERS = [
    ("DGS10.csv", lambda raw, name: parse_fred(raw, name, code="DGS10"), lambda: read_mirror("DGS10.csv")),
    ("DEXJPUS.csv", parse_fred, lambda: read_mirror("DEXJPUS.csv")),
    (INTERVENTIONS, parse_interventions, lambda: read_extra(INTERVENTIONS)),
    ("events.csv", parse_events, _user_events),
    (BTC, parse_btc_yahoo, lambda: read_extra(BTC)),
]


@pytest.mark.parametrize("file,parse,_", PARSERS)
def test_empty_file(file, parse, _):
    with pytest.raises(ParseError, match=rf"^{re.escape(file)}, line 1: expected .*; found 'an empty file'$") as e:
        parse(b"", file)
    assert e.value.file == file and e.value.line == 1 and "empty" in str(e.value)


@pytest.mark.parametrize("file,parse,_", PARSERS)
def test_html_error_page(file, parse, _):
    with pytest.raises(ParseError, match=rf"^{re.escape(file)}, line 1: expected .*; found 'an HTML page") as e:
        parse(HTML, file)
    assert e.value.file == file and e.value.line == 1
    assert "HTML" in e.value.found and e.value.expected


@pytest.mark.parametrize("file,parse,content", PARSERS)
def test_truncated_file_is_refused(file, parse, content):
    # Decision: a file whose last line has no line break is refused as truncated, so a cut value
    # ("4.6" of "4.69") never becomes an observation.
    raw = content()
    cut = raw[: int(len(raw) * 0.4)]
    assert not cut.endswith(b"\n")
    with pytest.raises(ParseError, match=rf"^{re.escape(file)}, line \d+: expected the last line to end with a line break") as e:
        parse(cut, file)
    assert e.value.file == file and e.value.line == cut.count(b"\n") + 1
    assert "truncated" in e.value.expected and file in str(e.value)


# --- fuzz: mutated files either parse (and validate) or raise ParseError, never anything else ----
# `make fuzz` raises the example count through USTFLOW_FUZZ_EXAMPLES.

FUZZ_EXAMPLES = int(os.environ.get("USTFLOW_FUZZ_EXAMPLES", "40"))
FUZZ_INPUTS = {
    "DEXJPUS.csv": (parse_fred, lambda: read_mirror("DEXJPUS.csv")),
    "FEDFUNDS.csv": (lambda raw, name: parse_fred(raw, name, code="FEDFUNDS"), lambda: read_mirror("FEDFUNDS.csv")),
    INTERVENTIONS: (parse_interventions, lambda: read_extra(INTERVENTIONS)),
    "events.csv": (parse_events, _user_events),
    "btc_mini.csv": (parse_btc_yahoo, lambda: b"Date,Open,High,Low,Close,Volume\n2024-01-01,1,2,0.5,1.5,10\n"
                                              b"2024-01-02,1.5,2,1,null,5\n2024-01-03,1,2,0.5,1.25,10\n"),
}
_INSERTS = st.sampled_from([b",", b'"', b"\r\n", b"\n", b"-", b".", b" ", b"#", b"\x00", b"\xff", b"\xef\xbb\xbf",
                            b"-2021", b"2024-13-01", b"9999-12-31", b"nan", b"inf", b"1e999", b"null",
                            b"date,value\n", b"observation_date,DGS2\n", b"sell_jpy_buy_usd", b"<html>"])


@pytest.mark.parametrize("name", list(FUZZ_INPUTS))
def test_fuzz_parsers_raise_only_parse_error(name):
    fn, load = FUZZ_INPUTS[name]
    only_parse_errors(fn, name, load(), _INSERTS, FUZZ_EXAMPLES)
