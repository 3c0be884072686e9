"""Fed H.4.1 custody holdings (FRED WMTSECL1) and the TIC annual survey history (shlhistdat.txt),
on the real files. Reference values read by hand from shared/data/mirror and provenance/new_sources.md.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.conftest import read_mirror
from ustflow.errors import ParseError
from ustflow.parse.fred import parse_fred
from ustflow.parse.tic_shl import parse_shlhistdat

SHL = "shlhistdat.txt"


def values(parsed, sid: str) -> pd.Series:
    o = parsed.observations
    return o[o["series_id"] == sid].set_index("period")["value"]


# --- WMTSECL1 --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def custody():
    return parse_fred(read_mirror("WMTSECL1.csv"), "WMTSECL1.csv", code="WMTSECL1")


def test_custody_reference_values(custody):
    s = values(custody, "fred.wmtsecl1")
    assert s[pd.Timestamp("2026-06-24")] == 2_636_947  # = the Wednesday figure in h41.htm
    assert s[pd.Timestamp("2025-04-02")] == 2_929_255
    assert s[pd.Timestamp("2025-04-30")] == 2_916_875
    assert s[pd.Timestamp("2007-07-04")] == 1_209_781


def test_custody_leading_zeros_are_missing_not_zero(custody):
    s = values(custody, "fred.wmtsecl1")
    assert s.index.min() == pd.Timestamp("2007-07-04")  # 237 zeros 2002-12-18..2007-06-27 dropped
    assert custody.meta["leading_zeros_dropped"] == 237 and custody.meta["rows"] == 1228
    assert len(s) == 1228 - 237 and (s > 0).all()
    assert (s.index.day_of_week == 2).all()  # Wednesdays
    row = custody.series.iloc[0]
    assert row["unit"] == "USD mn" and row["frequency"] == "W"
    assert "face value" in row["title"].lower() and "FACE" in row["notes"]


def test_custody_zero_after_publication_starts_is_kept():
    raw = read_mirror("WMTSECL1.csv").replace(b"2026-06-17,2631291", b"2026-06-17,0")
    s = values(parse_fred(raw, "WMTSECL1.csv"), "fred.wmtsecl1")
    assert s[pd.Timestamp("2026-06-17")] == 0  # only the leading run means "not yet published"


def test_custody_value_with_decimals_is_read():
    # a decimal cell made the converted values read-only, and dropping the leading zeros then crashed
    raw = read_mirror("WMTSECL1.csv").replace(b"2026-06-17,2631291", b"2026-06-17,2631291.5")
    parsed = parse_fred(raw, "WMTSECL1.csv")
    s = values(parsed, "fred.wmtsecl1")
    assert s[pd.Timestamp("2026-06-17")] == 2631291.5 and parsed.meta["leading_zeros_dropped"] == 237


def test_custody_refuses_a_row_on_another_weekday():
    raw = read_mirror("WMTSECL1.csv").replace(b"2026-06-17,", b"2026-06-18,")
    with pytest.raises(ParseError, match=r"expected\ weekly\ WMTSECL1\ dated\ on\ a\ Wednesday\ like\ the") as e:
        parse_fred(raw, "WMTSECL1.csv")
    assert e.value.line == 1228 and "Wednesday" in e.value.expected


# --- shlhistdat.txt ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shl():
    return parse_shlhistdat(read_mirror(SHL), SHL)


def test_survey_japan_reference_values(shl):
    def at(kind, month):
        return values(shl, f"tic.shl.japan.{kind}")[pd.Timestamp(month)]
    assert at("lt_treasury", "2025-06-01") == 1_023_937
    assert at("total", "2025-06-01") == 2_882_912
    assert at("st_treasury", "2025-06-01") == 123_569
    assert at("equity", "2025-06-01") == 1_168_725
    assert at("lt_treasury", "2024-06-01") == 1_015_563
    assert at("lt_treasury", "2000-03-01") == 221_246  # March 2000 survey
    assert at("lt_total", "1994-12-01") == 230_172  # before 2002 "Total" is long-term only
    assert at("equity", "1974-12-01") == 475


def test_survey_other_countries_and_totals(shl):
    def at(sid, month):
        return values(shl, sid)[pd.Timestamp(month)]
    assert at("tic.shl.united_kingdom.total", "2025-06-01") == 3_462_111
    assert at("tic.shl.grand_total.total", "2025-06-01") == 35_348_679
    assert at("tic.shl.canada.total", "2025-06-01") == 2_899_665
    assert at("tic.shl.international_and_regional_organizations.total", "2025-06-01") == 169_815
    # footnote marks in names do not reach the ids: "Anguilla (7)" -> anguilla
    assert "tic.shl.anguilla.total" in set(shl.series["id"])


def test_survey_layout_and_metadata(shl):
    assert shl.release_date == pd.Timestamp("2026-04-30").date()
    assert shl.meta["surveys"][0] == "1974-12" and shl.meta["surveys"][-1] == "2025-06"
    assert len(shl.meta["surveys"]) == 30 and shl.meta["countries"] == 247
    s = shl.series.set_index("id")
    assert set(s["unit"]) == {"USD mn"} and set(s["frequency"]) == {"M"}
    assert s.loc["tic.shl.japan.lt_treasury", "title"] == \
        "Japan: long-term US Treasury debt held (TIC annual survey, market value)"
    # '*' (under $500,000) and 'n.a.' are missing, never 0
    algeria = values(shl, "tic.shl.algeria.lt_debt")
    assert pd.Timestamp("2025-06-01") not in algeria.index
    assert "tic.shl.middle_eastern_oil_exporters.total" not in set(s.index)  # all n.a. in 2025


def test_survey_bad_cells_are_reported_with_line():
    raw = read_mirror(SHL)
    with pytest.raises(ParseError, match=r"expected\ a\ number,\ '\*'\ \(under\ \$500,000\)\ or\ 'n\.a\.';\ found") as e:
        parse_shlhistdat(raw.replace(b"42609\tJapan\t2882912\t", b"42609\tJapan\t2882x12\t"), SHL)
    assert e.value.line == 122 and e.value.found == "2882x12"
    with pytest.raises(ParseError, match=r"expected\ a\ known\ column\ name\ over\ column\ 6\ \(e\.g\.\ 'Treasury") as e:
        parse_shlhistdat(raw.replace(b"\tTreasury Debt\t", b"\tTreasury Stuff\t", 1), SHL)
    assert e.value.line == 11 and "column name" in e.value.expected
    with pytest.raises(ParseError, match=r"expected\ a\ survey\ date\ like\ 'Jun\-25'\ over\ column\ 13;\ found") as e:
        parse_shlhistdat(raw.replace(b"\tJun-24\t", b"\tJune 24\t", 1), SHL)
    assert e.value.line == 9
    with pytest.raises(ParseError, match=r"expected\ the\ 'Notes:'\ section\ after\ the\ table\ \(file") as e:
        parse_shlhistdat(raw[: raw.index(b"Notes:")], SHL)
    assert "truncated" in e.value.expected
    with pytest.raises(ParseError, match=r"expected\ 266\ tab\-separated\ cells;\ found") as e:
        parse_shlhistdat(raw.replace(b"42609\tJapan\t2882912", b"42609\tJapan\t2882912\t1", 1), SHL)
    assert e.value.line == 122 and "tab-separated" in e.value.expected
    with pytest.raises(ParseError, match=r"expected\ the\ TIC\ title\ 'Foreign\ Holdings\ of\ U\.S\.") as e:
        parse_shlhistdat(b"<html><body>404</body></html>", SHL)
    assert e.value.line == 1


def test_survey_values_keep_the_line_of_their_country(shl):
    """Each value's ``line`` is its country's row, so ``ustflow.validate`` can name it."""
    lines = read_mirror(SHL).decode("ascii").split("\r\n")
    o = shl.observations
    japan = o[o["series_id"] == "tic.shl.japan.lt_treasury"]
    assert set(japan["line"]) == {122} and lines[121].startswith("42609\tJapan\t")
    first = o.drop_duplicates("series_id")
    for sid, line in zip(first["series_id"].astype(str), first["line"]):
        assert lines[line - 1].split("\t")[0].isdigit(), (sid, line)
    assert o.groupby("series_id", observed=True)["line"].nunique().eq(1).all()


def test_survey_stray_quote_is_refused_with_its_line():
    raw = read_mirror(SHL).replace(b"42609\tJapan\t", b'42609\t"Japan\t', 1)
    with pytest.raises(ParseError, match=r"line 122: expected balanced quotes in every country row") as e:
        parse_shlhistdat(raw, SHL)
    assert e.value.line == 122
