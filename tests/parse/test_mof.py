"""MoF parsers (securities flows, JGB yields) on the real mirror files, plus small inline bad inputs.

Reference values: shared/data/reference_checks.csv rows mof01..mof12 and jgb01..jgb02, and the
sanity figures of the provenance notes (mof_its.md, mof_jgb.md). Malformed inputs are either built
inline or derived in memory from a mirror file (cut, or one heading changed); nothing is copied.
"""

from __future__ import annotations

import csv
import os
import re
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import strategies as st

from tests.conftest import SHARED_DATA, read_mirror
from tests.fuzzing import only_parse_errors
from ustflow.errors import ParseError
from ustflow.parse.mof_its import (
    INSTRUMENTS,
    SECTORS,
    parse_montha1,
    parse_monthb2,
    parse_monthb3,
    parse_monthb4,
    parse_week,
)
from ustflow.parse.mof_jgb import TENORS, parse_jgbcm

HTML = b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>gone</body></html>\n"


@pytest.fixture(scope="module")
def week():
    return parse_week(read_mirror("week.csv"), "week.csv")


@pytest.fixture(scope="module")
def montha1():
    return parse_montha1(read_mirror("montha1.csv"), "montha1.csv")


@pytest.fixture(scope="module")
def monthb():
    return {"equity": parse_monthb2(read_mirror("monthb2.csv"), "monthb2.csv"),
            "lt_debt": parse_monthb3(read_mirror("monthb3.csv"), "monthb3.csv"),
            "st_debt": parse_monthb4(read_mirror("monthb4.csv"), "monthb4.csv")}


@pytest.fixture(scope="module")
def jgb():
    return parse_jgbcm(read_mirror("jgbcm_all.csv"), "jgbcm_all.csv")


def value(parsed, series_id: str, period: str) -> float:
    obs = parsed.observations
    hit = obs[(obs["series_id"] == series_id) & (obs["period"] == pd.Timestamp(period))]
    assert len(hit) == 1, f"{series_id} {period}: {len(hit)} rows"
    return float(hit["value"].iloc[0])


def wide(parsed) -> pd.DataFrame:
    return parsed.observations.pivot(index="period", columns="series_id", values="value")


# --- reference checks ---------------------------------------------------------------------------

TESTED_CHECKS = {"mof01", "mof02", "mof03", "mof04", "mof05", "mof06", "mof07", "mof08", "mof09", "mof10",
                 "mof11", "mof12", "jgb01", "jgb02"}


def test_every_reference_check_on_mof_files_is_tested():
    with open(SHARED_DATA / "reference_checks.csv", newline="", encoding="utf-8") as f:
        ids = {r["check_id"] for r in csv.DictReader(f)
               if any(k in r["dataset_file"] for k in ("week.csv", "montha1", "monthb", "jgbcm"))}
    assert ids == TESTED_CHECKS


def test_weekly_reference_values(week):
    lt, eq = "mof.weekly.assets.lt_debt.net", "mof.weekly.assets.equity.net"
    assert value(week, lt, "2025-04-05") == -25726  # mof01: week 2025-03-30..04-05, about -$17.5bn
    assert value(week, lt, "2024-11-02") == -44579  # week 2024-10-27..11-02
    # mof02/mof04: weekly data are revised; the file holds the revised figures, not the first prints.
    assert value(week, lt, "2025-04-19") == 2189 != 2237
    assert value(week, lt, "2025-04-26") == 4384 != 4352
    assert value(week, eq, "2025-04-19") == 6104  # mof03


def test_monthly_reference_values(montha1):
    lt, st = "mof.monthly.assets.lt_debt.net", "mof.monthly.assets.st_debt.net"
    assert value(montha1, lt, "2025-05-01") == 39874  # mof05: LT + ST = 41,878 (JPY 4.19 tn)
    assert value(montha1, st, "2025-05-01") == 2004
    assert value(montha1, "mof.monthly.assets.equity.net", "2025-05-01") == -4237  # mof06
    assert value(montha1, lt, "2023-04-01") == -11555  # mof10
    assert value(montha1, st, "2023-04-01") == -2033


def test_investor_reference_values(monthb):
    lt = monthb["lt_debt"]
    assert value(lt, "mof.monthly.lt_debt.banks.net", "2025-05-01") == 29380  # mof07
    assert value(lt, "mof.monthly.lt_debt.life_insurers.net", "2025-05-01") == 5309  # mof08
    assert value(lt, "mof.monthly.lt_debt.investment_trusts.net", "2025-05-01") == 2514  # mof09
    assert value(lt, "mof.monthly.lt_debt.banks.net", "2023-04-01") == -20769  # mof11


def test_unit_trap_life_insurers_april_2023(monthb):
    # mof12: the press printed "629 billion yen"; the file's 629 is in 100 million yen = JPY 62.9 bn.
    lt = monthb["lt_debt"]
    sid = "mof.monthly.lt_debt.life_insurers.net"
    assert value(lt, sid, "2023-04-01") == 629
    assert lt.series.set_index("id").loc[sid, "unit"] == "JPY 100mn"
    assert value(lt, sid, "2023-04-01") / 10 == pytest.approx(62.9)


# --- weekly file --------------------------------------------------------------------------------

def test_weeks_run_sunday_to_saturday(week):
    periods = pd.DatetimeIndex(week.observations["period"].unique()).sort_values()
    assert periods[0] == pd.Timestamp("2005-01-08") and periods[-1] == pd.Timestamp("2026-08-08")
    assert len(periods) == 1127 == week.meta["weeks"]
    assert (periods.day_of_week == 5).all()  # the period is the Saturday
    assert ((periods - pd.Timedelta(days=6)).day_of_week == 6).all()  # the week starts on Sunday
    assert (np.diff(periods.asi8) > 0).all()
    assert week.meta["missing_weeks"] == []
    # A week crossing the year: "2025．12．28～2026．1．3".
    assert pd.Timestamp("2026-01-03") in periods


def test_weekly_series_metadata(week):
    s = week.series.set_index("id")
    assert len(s) == 22
    assert set(s["unit"]) == {"JPY 100mn"} and set(s["frequency"]) == {"W"}
    lt = s.loc["mof.weekly.assets.lt_debt.net"]
    assert lt["title"] == "Residents' net purchases of foreign long-term debt securities (weekly)"
    assert lt["sector"] == "residents"
    assert "2014" in lt["notes"] and "investment funds" in lt["notes"]
    assert "+ = net acquisition" in lt["notes"]
    assert s.loc["mof.weekly.liabilities.total.net", "sector"] == "non-residents"
    assert s.loc["mof.weekly.liabilities.lt_debt.net", "title"].startswith(
        "Non-residents' net purchases of Japanese long-term debt")
    assert week.release_date == date(2026, 8, 14)


def test_weekly_columns_add_up(week):
    # Net = acquisition - disposition, subtotal = equity + LT debt, total = subtotal + ST debt, to
    # MoF's rounding: any column shifted by one would break these.
    w = wide(week)
    for side in ("assets", "liabilities"):
        p = f"mof.weekly.{side}."
        for instr in INSTRUMENTS:
            assert (w[p + instr + ".net"] - w[p + instr + ".acq"] + w[p + instr + ".disp"]).abs().max() <= 1
        assert (w[p + "subtotal.net"] - w[p + "equity.net"] - w[p + "lt_debt.net"]).abs().max() <= 1
        assert (w[p + "total.net"] - w[p + "subtotal.net"] - w[p + "st_debt.net"]).abs().max() <= 1


# --- monthly files ------------------------------------------------------------------------------

def test_monthly_periods_skip_placeholders_and_totals(montha1, monthb):
    for parsed in [montha1, *monthb.values()]:
        periods = pd.DatetimeIndex(parsed.observations["period"].unique()).sort_values()
        assert periods[0] == pd.Timestamp("2005-01-01") and periods[-1] == pd.Timestamp("2026-07-01")
        assert len(periods) == 259 and (periods.day == 1).all()
        assert parsed.meta["placeholder_months"] == 5  # Aug..Dec 2026 are empty rows
        assert parsed.meta["annual_total_rows_skipped"] == 42  # 21 CY + 21 FY rows, not observations
        assert parsed.release_date == date(2026, 8, 10)


def test_monthly_columns_add_up(montha1):
    w = wide(montha1)
    for side in ("assets", "liabilities"):
        p = f"mof.monthly.{side}."
        assert (w[p + "subtotal.net"] - w[p + "equity.net"] - w[p + "lt_debt.net"]).abs().max() <= 1
        assert (w[p + "total.net"] - w[p + "subtotal.net"] - w[p + "st_debt.net"]).abs().max() <= 1
    a, li = "mof.monthly.assets.", "mof.monthly.liabilities."
    assert (w["mof.monthly.net_flows.subtotal"] - w[a + "subtotal.net"] + w[li + "subtotal.net"]).abs().max() <= 1
    assert (w["mof.monthly.net_flows.total"] - w[a + "total.net"] + w[li + "total.net"]).abs().max() <= 1
    assert montha1.series.set_index("id").loc["mof.monthly.net_flows.total", "unit"] == "JPY 100mn"


def test_investor_files_agree_with_montha1(montha1, monthb):
    a = wide(montha1)
    for instr, parsed in monthb.items():
        b = wide(parsed)
        for measure in ("acq", "disp", "net"):
            diff = b[f"mof.monthly.{instr}.all.{measure}"] - a[f"mof.monthly.assets.{instr}.{measure}"]
            assert diff.abs().max() == 0, (instr, measure)
        p = f"mof.monthly.{instr}."
        parts = b[p + "public.net"] + b[p + "deposit_taking.net"] + b[p + "other_sectors.net"]
        assert (b[p + "all.net"] - parts).abs().max() <= 1
        assert (b[p + "deposit_taking.net"] - b[p + "banks.net"] - b[p + "trust_banks.net"]).abs().max() <= 1


def test_investor_series_ids_and_missing_marker(monthb):
    assert len(SECTORS) == 17 and set(INSTRUMENTS) == {"equity", "lt_debt", "st_debt"}
    for instr, parsed in monthb.items():
        s = parsed.series.set_index("id")
        assert set(s.index) == {f"mof.monthly.{instr}.{sec}.{m}" for sec in SECTORS for m in ("acq", "disp", "net")}
        assert set(s["unit"]) == {"JPY 100mn"}
        # '-' (not available) is not an observation: the central bank is reported from 2014 only.
        cb = parsed.observations[parsed.observations["series_id"] == f"mof.monthly.{instr}.central_bank.net"]
        assert cb["period"].min() == pd.Timestamp("2014-01-01")
    s = monthb["lt_debt"].series.set_index("id")
    assert s.loc["mof.monthly.lt_debt.trust_accounts.net", "title"] == (
        "Banks and trust banks (trust accounts): net purchases of foreign long-term debt securities (monthly)")
    assert "pension" in s.loc["mof.monthly.lt_debt.trust_accounts.net", "notes"]
    assert "2007-09" in s.loc["mof.monthly.lt_debt.investment_trusts.net", "notes"]


def test_signs_are_not_flipped(week, monthb):
    # MoF's CSVs already use + = net purchase; a sell-off week must stay negative.
    assert value(week, "mof.weekly.assets.lt_debt.net", "2025-04-05") < 0
    assert value(monthb["lt_debt"], "mof.monthly.lt_debt.banks.net", "2023-04-01") < 0


# --- bad input: every MoF parser ----------------------------------------------------------------

MOF_FILES = [("week.csv", parse_week), ("montha1.csv", parse_montha1), ("monthb2.csv", parse_monthb2),
             ("monthb3.csv", parse_monthb3), ("monthb4.csv", parse_monthb4), ("jgbcm_all.csv", parse_jgbcm)]


@pytest.mark.parametrize("file,parse", MOF_FILES)
def test_empty_file(file, parse):
    with pytest.raises(ParseError, match=rf"^{re.escape(file)}, line 1: expected .*; found 'an empty file'$") as e:
        parse(b"", file)
    assert e.value.file == file and e.value.line == 1 and "empty" in str(e.value)
    assert file in str(e.value) and "line 1" in str(e.value)


@pytest.mark.parametrize("file,parse", MOF_FILES)
def test_html_error_page(file, parse):
    with pytest.raises(ParseError, match=rf"^{re.escape(file)}, line 1: expected .*; found 'an HTML page") as e:
        parse(HTML, file)
    assert e.value.file == file and e.value.line == 1
    assert "HTML" in str(e.value) and "expected" in str(e.value)


@pytest.mark.parametrize("file,parse", MOF_FILES)
def test_truncated_file_is_refused(file, parse):
    # Decision: a cut download is refused (MoF files end with a notes footer; the JGB file must end
    # with a line break), so a half row never becomes a value and an incomplete release is not stored.
    raw = read_mirror(file)
    cut = raw[: int(len(raw) * 0.4)]
    with pytest.raises(ParseError, match=rf"^{re.escape(file)}, line \d+: expected .*truncated") as e:
        parse(cut, file)
    assert e.value.file == file and e.value.line is not None
    assert e.value.line >= cut.count(b"\n")  # the last, incomplete line
    assert "truncated" in str(e.value)


@pytest.mark.parametrize("file,parse", MOF_FILES[:5])
def test_file_cut_on_a_row_boundary_is_refused(file, parse):
    raw = read_mirror(file)
    cut = raw[: raw.index(b"\r\n", len(raw) // 2) + 2]  # whole rows only, no footer
    with pytest.raises(ParseError, match=r"expected the notes footer .* the file looks truncated") as e:
        parse(cut, file)
    assert "footer" in e.value.expected and "truncated" in e.value.expected
    assert e.value.line == cut.count(b"\n")


def test_week_header_change_names_the_column():
    raw = read_mirror("week.csv").replace(b"Long-term debt securities", b"Long-term bonds", 1)
    with pytest.raises(ParseError, match=r"expected\ the\ header\ \(lines\ 1\-15\)\ to\ head\ column\ 5") as e:
        parse_week(raw, "week.csv")
    # Line 15 is the header's last row (line 11 holds a two-line quoted cell "期間\nPeriod").
    assert e.value.file == "week.csv" and e.value.line == 15
    assert "column 5" in e.value.expected and "'Long-term debt securities'" in e.value.expected
    assert "Long-term bonds" in e.value.found


def test_investor_header_change_names_the_column():
    raw = read_mirror("monthb3.csv").replace(b"Life Insurance Companies", b"Insurers", 1)
    with pytest.raises(ParseError, match=r"expected\ the\ header\ \(lines\ 1\-11\)\ to\ head\ column\ 43\ 'Life") as e:
        parse_monthb3(raw, "monthb3.csv")
    assert e.value.line == 11 and "column 43" in e.value.expected
    assert "'Life Insurance Companies'" in e.value.expected


def test_monthly_file_read_by_the_weekly_parser():
    with pytest.raises(ParseError, match=r"expected\ a\ MoF\ CSV\ titled\ 'International\ Transactions\ in") as e:
        parse_week(read_mirror("montha1.csv"), "montha1.csv")
    assert e.value.line == 2 and "(Weekly" in e.value.expected and "(Monthly" in e.value.found


def test_investor_file_read_by_the_wrong_parser():
    with pytest.raises(ParseError, match=r"expected\ a\ MoF\ CSV\ titled\ 'by\ Types\ of\ Investors\(Equity\ and") as e:
        parse_monthb2(read_mirror("monthb3.csv"), "monthb3.csv")
    assert e.value.line == 2 and "Equity and investment fund shares" in e.value.expected


def test_monthly_missing_january_year():
    jan = "\r\n2006,１月,Jan,".encode("cp932")
    raw = read_mirror("montha1.csv")
    assert raw.count(jan) == 1
    with pytest.raises(ParseError, match=r"expected\ the\ month\ after\ 2005\-12\ \(the\ year\ is\ given\ on") as e:
        parse_montha1(raw.replace(jan, "\r\n,１月,Jan,".encode("cp932")), "montha1.csv")
    assert e.value.line == 24 and "the month after 2005-12" in e.value.expected


def test_monthly_unreadable_number():
    raw = read_mirror("montha1.csv")
    with pytest.raises(ParseError, match=r"expected\ a\ number\ or\ '\-'\ in\ column\ 4;\ found\ '9,9x4'") as e:
        parse_montha1(raw.replace(b'"9,934"', b'"9,9x4"', 1), "montha1.csv")
    assert e.value.line == 12 and "column 4" in e.value.expected and e.value.found == "9,9x4"


# --- weekly layout, on a small synthetic file ---------------------------------------------------

SIDE = ["Equity and investment fund shares", "", "", "Long-term debt securities", "", "", "Subtotal",
        "Short-term debt securities", "", "", "Total"]
MEASURES = ["Acquisition", "Disposition", "Net"] * 2 + ["Net"] + ["Acquisition", "Disposition", "Net", "Net"]


def week_csv(*data: str, footer: bool = True, measures: list[str] = MEASURES) -> bytes:
    lines = [
        "対外及び対内証券売買契約等の状況（週次）" + "," * 22,
        "International Transactions in Securities (Weekly; based on reports from designated major investors)"
        + "," * 19 + '"Final Update  August  14 , 2026",,,',
        ",1. Portfolio Investment Assets" + "," * 11 + "2. Portfolio Investment Liabilities" + "," * 10,
        "," + ",".join(SIDE + SIDE),
        "," + ",".join(measures + measures),
        *data,
    ]
    if footer:
        lines.append("   (Note 1),Totals may not add due to rounding." + "," * 21)
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def week_row(label: str, cell: str = '"1,234 "') -> str:
    return label + ("," + cell) * 22


def test_synthetic_week_parses():
    raw = week_csv(week_row("2025．12．21～12．27"), week_row("2025．12．28～ 1．3", '"-2,345 "'),
                   week_row("2026．1．4～1．10", "-"))
    p = parse_week(raw, "w.csv")
    assert p.release_date == date(2026, 8, 14)
    obs = p.observations[p.observations["series_id"] == "mof.weekly.assets.lt_debt.net"]
    # The year of the end date may be left out when the week crosses into a new year.
    assert obs["period"].tolist() == [pd.Timestamp("2025-12-27"), pd.Timestamp("2026-01-03")]
    assert obs["value"].tolist() == [1234.0, -2345.0]  # "-" (not available) is not an observation
    same = parse_week(week_csv(week_row("2025．12．28～2026．1．3")), "w.csv")
    assert same.observations["period"].unique().tolist() == [pd.Timestamp("2026-01-03")]


@pytest.mark.parametrize("label,expected", [
    ("2005．1．3～ 1．9", "Sunday to Saturday"),  # Monday..Sunday
    ("2005．1．2～ 1．9", "Sunday to Saturday"),  # 8 days
    ("2005．2．27～ 2．30", "real dates"),
])
def test_bad_week_label(label, expected):
    with pytest.raises(ParseError, match=rf"^w\.csv, line 7: expected .*{re.escape(expected)}") as e:
        parse_week(week_csv(week_row("2004．12．26～2005．1．1"), week_row(label)), "w.csv")
    assert e.value.file == "w.csv" and e.value.line == 7 and expected in e.value.expected


def test_weeks_must_increase():
    with pytest.raises(ParseError, match=r"expected\ a\ week\ after\ the\ one\ ending\ 2005\-01\-15;\ found") as e:
        parse_week(week_csv(week_row("2005．1．9～ 1．15"), week_row("2005．1．2～ 1．8")), "w.csv")
    assert e.value.line == 7 and "a week after the one ending 2005-01-15" in e.value.expected


def test_week_unexpected_row_and_bad_number():
    with pytest.raises(ParseError, match=r"expected\ a\ week\ label\ like\ '2005．1．2～\ 1．8',\ a\ blank\ row\ or") as e:
        parse_week(week_csv(week_row("2005．1．2～ 1．8"), week_row("合計")), "w.csv")
    assert e.value.line == 7 and "week label" in e.value.expected
    with pytest.raises(ParseError, match=r"expected\ a\ number\ or\ '\-'\ in\ column\ 2;\ found\ '1,2x4\ '") as e:
        parse_week(week_csv(week_row("2005．1．2～ 1．8", '"1,2x4 "')), "w.csv")
    assert e.value.line == 6 and "column 2" in e.value.expected and e.value.found == "1,2x4 "


def test_week_swapped_measure_headings():
    swapped = ["Disposition", "Acquisition"] + MEASURES[2:]
    with pytest.raises(ParseError, match=r"expected\ the\ header\ \(lines\ 1\-5\)\ to\ head\ column\ 2") as e:
        parse_week(week_csv(week_row("2005．1．2～ 1．8"), measures=swapped), "w.csv")
    assert e.value.line == 5 and "column 2" in e.value.expected and "'Acquisition'" in e.value.expected


def test_week_row_of_wrong_width():
    with pytest.raises(ParseError, match=r"expected\ 23\ comma\-separated\ cells\ per\ row;\ found\ '24\ cells:") as e:
        parse_week(week_csv(week_row("2005．1．2～ 1．8") + ",1"), "w.csv")
    assert e.value.line == 6 and "23 comma-separated cells" in e.value.expected


def test_week_without_footer():
    with pytest.raises(ParseError, match=r"expected\ the\ notes\ footer\ \('（備考）',\ '\(Note\ 1\)'\)\ after\ the") as e:
        parse_week(week_csv(week_row("2005．1．2～ 1．8"), footer=False), "w.csv")
    assert e.value.line == 6 and "truncated" in e.value.expected


# --- JGB yields ---------------------------------------------------------------------------------

def test_jgb_reference_values(jgb):
    assert value(jgb, "jgb.10y", "2016-07-27") == -0.297  # jgb01: H28.7.27, record-low area
    assert value(jgb, "jgb.10y", "2025-03-27") == 1.588  # jgb02: R7.3.27
    assert value(jgb, "jgb.10y", "2026-06-30") == 2.690  # R8.6.30, last row


def test_jgb_coverage_and_metadata(jgb):
    s = jgb.series.set_index("id")
    assert list(s.index) == [f"jgb.{t}y" for t in TENORS]
    assert set(s["unit"]) == {"percent"} and set(s["frequency"]) == {"D"}
    assert jgb.meta["rows"] == 13248
    assert jgb.meta["first_date"] == "1974-09-24" and jgb.meta["last_date"] == "2026-06-30"
    first = jgb.meta["first_value"]  # '-' before a tenor existed is not an observation
    assert first["jgb.10y"] == "1986-07-05" and first["jgb.30y"] == "1999-09-02"
    assert first["jgb.25y"] == "2004-03-22" and first["jgb.40y"] == "2007-11-06"
    assert jgb.release_date is None


def test_jgb_era_changes_in_the_real_file(jgb):
    days = set(jgb.observations.loc[jgb.observations["series_id"] == "jgb.1y", "period"])
    # S64.1.6 = 1989-01-06 is followed by H1.1.9; H31.4.26 by R1.5.7.
    for d in ("1989-01-06", "1989-01-09", "2019-04-26", "2019-05-07"):
        assert pd.Timestamp(d) in days
    assert not {pd.Timestamp(d) for d in ("1989-01-07", "1989-01-08", "2019-04-30", "2019-05-01")} & days


JGB_HEAD = "国債金利情報,,,,,,,,,,,,,,,(単位 : %)\r\n基準日," + ",".join(f"{t}年" for t in TENORS) + "\r\n"


def jgb_csv(*rows: str, head: str = JGB_HEAD) -> bytes:
    return (head + "".join(r + "\r\n" for r in rows)).encode("cp932")


def jgb_row(era_date: str, cell: str = "1.5") -> str:
    return era_date + ("," + cell) * 15


@pytest.mark.parametrize("era_date,iso", [
    ("S49.9.24", "1974-09-24"), ("S64.1.6", "1989-01-06"), ("S64.1.7", "1989-01-07"),
    ("H1.1.8", "1989-01-08"), ("H1.1.9", "1989-01-09"), ("H31.4.30", "2019-04-30"),
    ("R1.5.1", "2019-05-01"), ("R1.5.7", "2019-05-07"), ("R8.6.30", "2026-06-30"), ("H12.2.29", "2000-02-29"),
])
def test_jgb_era_dates(era_date, iso):
    p = parse_jgbcm(jgb_csv(jgb_row(era_date)), "j.csv")
    assert p.observations["period"].unique().tolist() == [pd.Timestamp(iso)]
    assert len(p.observations) == 15


@pytest.mark.parametrize("era_date,expected", [
    ("T15.1.1", "era S (Showa), H (Heisei) or R (Reiwa)"),  # unknown era letter
    ("H28.7", "era date like H28.7.27"),
    ("H5.2.30", "exists within its era"),  # no such day
    ("H11.2.29", "exists within its era"),  # 1999 is not a leap year
    ("S65.1.1", "exists within its era"),  # Showa ended on 1989-01-07
    ("H1.1.7", "exists within its era"),  # Heisei began on 1989-01-08
    ("H31.5.7", "exists within its era"),  # Reiwa began on 2019-05-01
    ("R1.4.30", "exists within its era"),
    ("H0.1.1", "exists within its era"),
])
def test_jgb_bad_dates(era_date, expected):
    with pytest.raises(ParseError, match=rf"^j\.csv, line 4: expected .*{re.escape(expected)}") as e:
        parse_jgbcm(jgb_csv(jgb_row("H30.1.4"), jgb_row(era_date)), "j.csv")
    assert e.value.file == "j.csv" and e.value.line == 4 and expected in e.value.expected
    assert e.value.found.startswith(era_date)


def test_jgb_missing_marker_and_bad_values():
    p = parse_jgbcm(jgb_csv(jgb_row("R2.1.6", "-")[:-1] + "0.1"), "j.csv")
    assert p.observations["series_id"].tolist() == ["jgb.40y"] and p.observations["value"].tolist() == [0.1]
    with pytest.raises(ParseError, match=r"expected\ a\ yield\ or\ '\-'\ for\ 10y;\ found\ 'abc'") as e:
        parse_jgbcm(jgb_csv(jgb_row("R2.1.6"), "R2.1.7" + ",1.1" * 9 + ",abc" + ",1.1" * 5), "j.csv")
    assert e.value.line == 4 and "10y" in e.value.expected and e.value.found == "abc"
    with pytest.raises(ParseError, match=r"expected\ a\ yield\ or\ '\-'\ for\ 40y;\ found\ ''") as e:  # an empty cell is not MoF's missing marker
        parse_jgbcm(jgb_csv("R2.1.7" + ",1.1" * 14 + ","), "j.csv")
    assert e.value.line == 3 and "40y" in e.value.expected
    with pytest.raises(ParseError, match=r"expected\ 16\ comma\-separated\ cells:\ a\ date\ and\ 15\ yields") as e:  # one yield short
        parse_jgbcm(jgb_csv(jgb_row("R2.1.6"), "R2.1.7" + ",1.1" * 14), "j.csv")
    assert e.value.line == 4 and "16 comma-separated cells" in e.value.expected


def test_jgb_dates_must_increase():
    with pytest.raises(ParseError, match=r"expected\ a\ date\ after\ 2020\-01\-07;\ found\ 'R2\.1\.6\ =") as e:
        parse_jgbcm(jgb_csv(jgb_row("R2.1.7"), jgb_row("R2.1.6")), "j.csv")
    assert e.value.line == 4 and "a date after 2020-01-07" in e.value.expected


def test_jgb_changed_header():
    head = JGB_HEAD.replace(",40年", ",40年,50年")
    with pytest.raises(ParseError, match=r"expected\ the\ header\ '基準日,1年,2年,3年,4年,5年,6年,7年,8年,9年,10年,15年,") as e:
        parse_jgbcm(jgb_csv(jgb_row("R2.1.6") + ",1.0", head=head), "j.csv")
    assert e.value.file == "j.csv" and e.value.line == 2 and "基準日,1年" in e.value.expected
    with pytest.raises(ParseError, match=r"expected\ the\ title\ '国債金利情報,\.\.\.';\ found\ 'Interest\ rates'") as e:
        parse_jgbcm(jgb_csv(jgb_row("R2.1.6"), head="Interest rates\r\n" + JGB_HEAD.split("\r\n")[1] + "\r\n"),
                    "j.csv")
    assert e.value.line == 1 and "国債金利情報" in e.value.expected


# --- fuzz: mutated files either parse (and validate) or raise ParseError, never anything else ----
# `make fuzz` raises the example count through USTFLOW_FUZZ_EXAMPLES.

FUZZ_EXAMPLES = int(os.environ.get("USTFLOW_FUZZ_EXAMPLES", "40"))
FUZZ_INPUTS = {
    "week_mini.csv": (parse_week, lambda: week_csv(week_row("2025．12．21～12．27"),
                                                   week_row("2025．12．28～2026．1．3", '"-2,345 "'))),
    "montha1.csv": (parse_montha1, lambda: read_mirror("montha1.csv")),
    "monthb4.csv": (parse_monthb4, lambda: read_mirror("monthb4.csv")),
    "jgb_mini.csv": (parse_jgbcm, lambda: jgb_csv(jgb_row("S64.1.6"), jgb_row("H1.1.9", "-"), jgb_row("R1.5.7"))),
}
_INSERTS = st.sampled_from([b",", b'"', b"\r\n", b"\n", b"-", b".", b" ", b"\x00", b"\xff", b"\x82",
                            "～".encode("cp932"), "．".encode("cp932"), "月".encode("cp932"), b"Jan", b"2005",
                            b"(Note 1)", b"CY", b"S", b"T", b"R0", b"13", b"nan", b"1e999"])


@pytest.mark.parametrize("name", list(FUZZ_INPUTS))
def test_fuzz_mof_parsers_raise_only_parse_error(name):
    fn, load = FUZZ_INPUTS[name]
    only_parse_errors(fn, name, load(), _INSERTS, FUZZ_EXAMPLES)
