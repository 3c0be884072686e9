"""Bank of Japan flat files on the real downloads: balance of payments (monthly), regional BoP
(quarterly) and the flow of funds (quarterly and fiscal-year).

Reference values were read by hand from the CSVs inside the mirror's zips (shared/data/mirror) and
from provenance/new_sources.md; BPPI6D3NAUS 2026-04 = 3,505.9 is also MoF's bppi202604.pdf figure.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

import pandas as pd
import pytest

from tests.conftest import read_mirror
from ustflow.errors import ParseError
from ustflow.parse.boj import parse_bop_monthly, parse_flow_of_funds, parse_regional_bop

BOP, REG, FOF = "bp_m_en.zip", "regbp_q_en.zip", "fof2_en.zip"


@pytest.fixture(scope="module")
def bop():
    return parse_bop_monthly(read_mirror(BOP), BOP)


@pytest.fixture(scope="module")
def reg():
    return parse_regional_bop(read_mirror(REG), REG)


@pytest.fixture(scope="module")
def fof():
    return parse_flow_of_funds(read_mirror(FOF), FOF)


def values(parsed, sid: str) -> pd.Series:
    o = parsed.observations
    return o[o["series_id"] == sid].set_index("period")["value"]


def at(parsed, sid: str, period: str) -> float:
    return float(values(parsed, sid).loc[pd.Timestamp(period)])


@functools.cache
def member(name: str, inner: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(read_mirror(name))) as zf:
        return zf.read(inner)


def rezip(inner: str, data: bytes, extra: dict | None = None) -> bytes:
    """A zip of ``data`` as ``inner``, deflated as the BoJ's are (level 1: the 5.9 MB BoP member in
    0.13 s instead of 0.77 s at the default level 6; the parser reads either the same way)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(inner, data)
        for k, v in (extra or {}).items():
            zf.writestr(k, v)
    return out.getvalue()


# --- balance of payments, monthly --------------------------------------------------------------

def test_bop_us_sovereign_reference_values(bop):
    assert round(at(bop, "boj.bop.bppi6d3naus", "2026-04-01"), 1) == 3505.9  # MoF PDF: 3,506
    assert at(bop, "boj.bop.bppi6d3paus", "2026-04-01") == pytest.approx(100274.26010456)
    assert at(bop, "boj.bop.bppi6d3raus", "2026-04-01") == pytest.approx(96768.31467)
    # net = acquisition - disposition (provenance check: 2026-02 95,923.93 - 123,612.89)
    for month in ("2026-02-01", "2026-04-01"):
        net = at(bop, "boj.bop.bppi6d3paus", month) - at(bop, "boj.bop.bppi6d3raus", month)
        assert at(bop, "boj.bop.bppi6d3naus", month) == pytest.approx(net, abs=1e-6)
    assert round(at(bop, "boj.bop.bppi6d3naus", "2026-02-01"), 2) == -27688.96
    assert round(at(bop, "boj.bop.bppi6d1naus", "2026-03-01"), 2) == -19140.66  # sovereign, total
    assert round(at(bop, "boj.bop.bppi6d3n744", "2026-04-01"), 2) == -785.80  # life insurers, all LT debt
    assert round(at(bop, "boj.bop.bpbp6jyncb", "1996-01-01"), 2) == 341.52  # current account, first month


def test_bop_loads_every_series_with_names_and_units(bop):
    s = bop.series.set_index("id")
    assert len(s) == 2769 and bop.meta["M"]["values"] == len(bop.observations) == 413_656 - 180
    row = s.loc["boj.bop.bppi6d3naus"]
    assert row["title"] == "Japan BoP (monthly): Portfolio Investment Assets/Sovereign(Long-term)/U.S.A./Net"
    assert row["unit"] == "JPY 100mn" and row["frequency"] == "M" and "BPPI6D3NAUS" in row["notes"]
    # the X-12 seasonal factors are the only rows without a unit cell: labelled, not guessed silently
    seasonal = s[s["title"].str.endswith("(Seasonal factors)")]
    assert len(seasonal) == 20 and seasonal["unit"].str.contains("seasonal").all()
    assert (s.drop(seasonal.index)["unit"] == "JPY 100mn").all()


def test_bop_keeps_only_non_missing_cells_and_country_detail_starts_2014(bop):
    us = values(bop, "boj.bop.bppi6d3naus")
    assert us.index.min() == pd.Timestamp("2014-01-01") and us.index.max() == pd.Timestamp("2026-04-01")
    assert len(us) == 148 and not us.isna().any()
    assert bop.observations["value"].notna().all()
    # the file's seasonal factors run to 2027-02: projections, not data, so the newest month is 2026-04
    assert bop.observations["period"].max() == pd.Timestamp("2026-04-01")
    assert bop.meta["projected_seasonal_factors_dropped"] == 180  # 20 factors x 9 of the 10 months 2026-05..2027-02
    factor = values(bop, "boj.bop.bpbp6jymexx12")
    assert factor.index.max() == pd.Timestamp("2026-04-01") and round(factor.iloc[-1]) != 0


# --- regional balance of payments, quarterly ---------------------------------------------------

def test_regional_bop_quarters_and_values(reg):
    assert len(reg.series) == 4089 and len(reg.observations) == 173_734
    debt = values(reg, "boj.regbp.bpbp6qfaus22")  # portfolio debt securities, U.S.A., net assets
    assert debt.index.min() == pd.Timestamp("2014-01-01")  # 2014Q1 is dated on its first day
    assert round(debt.loc[pd.Timestamp("2014-01-01")], 2) == -1552.41
    assert round(debt.loc[pd.Timestamp("2025-07-01")], 2) == 45985.85  # 2025Q3
    assert round(debt.loc[pd.Timestamp("2025-10-01")], 2) == 11928.92  # 2025Q4, the newest
    assert round(at(reg, "boj.regbp.bpbp6qcb", "2014-01-01"), 2) == -4707.02
    assert set(reg.series["frequency"]) == {"Q"} and set(reg.series["unit"]) == {"JPY 100mn"}


# --- flow of funds ----------------------------------------------------------------------------

def test_flow_of_funds_reference_values(fof):
    assert at(fof, "boj.fof.ffas500a311", "2026-01-01") == 820_129  # overseas: JGBs and FILP bonds, 2026Q1
    assert at(fof, "boj.fof.ffas500a310", "2026-01-01") == 757_574  # overseas: T-bills
    assert at(fof, "boj.fof.ffas132a540", "2026-01-01") == 872_564  # life insurance, outward securities
    assert at(fof, "boj.fof.ffaf124a540", "2025-07-01") == 20_555  # agricultural FIs, flow 2025Q3
    assert at(fof, "boj.fof.ffaf124a540", "2026-01-01") == -1_455
    assert at(fof, "boj.fof.ffys132a540", "1979-04-01") == 4_881  # fiscal year 1979, dated April 1


def test_fiscal_year_stock_equals_the_march_quarter(fof):
    # a fiscal year's stock is the stock at the end of March: FY2025 = 2026Q1, FY2024 = 2025Q1
    for fy, q in (("2025-04-01", "2026-01-01"), ("2024-04-01", "2025-01-01")):
        assert at(fof, "boj.fof.ffys132a540", fy) == at(fof, "boj.fof.ffas132a540", q)


def test_flow_of_funds_series_have_sector_unit_and_frequency(fof):
    s = fof.series.set_index("id")
    assert len(s) == 8783 + 8779 and len(fof.observations) == 916_986 + 343_711
    assert set(s["unit"]) == {"JPY 100mn"}
    assert set(s["frequency"]) == {"Q", "A"}
    row = s.loc["boj.fof.ffas124a540"]
    assert row["sector"] == "Financial institutions for agriculture, forestry, and fisheries"
    assert row["title"].endswith("Outward investments in securities/Financial institutions for agriculture, "
                                 "forestry, and fisheries/Stock")
    assert "no unit column" in row["notes"] and "FOF_FFAS124A540" in row["notes"]
    assert s.loc["boj.fof.ffys124a540", "frequency"] == "A"


def test_observations_are_sorted_and_categorical(fof):
    obs = fof.observations
    assert isinstance(obs["series_id"].dtype, pd.CategoricalDtype)
    assert not obs.duplicated(["series_id", "period"]).any()  # what the fast path in validate relies on


# --- bad input: file, line, what was expected --------------------------------------------------

CSV = "bp_m_en.csv"


def bop_bytes(edit) -> bytes:
    return rezip(CSV, edit(member(BOP, CSV)))


def error(raw: bytes, fn=parse_bop_monthly, name=BOP) -> ParseError:
    with pytest.raises(ParseError, match=rf"^{re.escape(name)}(/[a-z_0-9]+\.csv)?(, line \d+)?: expected ") as e:
        fn(raw, name)
    return e.value


def test_html_page_and_broken_zip_are_refused():
    e = error(b"<!DOCTYPE html><html><body>Service unavailable</body></html>\n")
    assert e.file == BOP and "zip" in e.expected and "HTML" in e.found
    e = error(read_mirror(BOP)[:100_000])
    assert e.file == BOP and "truncated" in e.expected
    e = error(rezip("other.csv", b"x\n"))
    assert "bp_m_en.csv" in e.expected


def test_a_non_number_is_reported_with_member_and_line():
    e = error(bop_bytes(lambda d: d.replace(b",3505.94543456,", b",3.505,9,", 1)))
    assert e.file == "bp_m_en.zip/bp_m_en.csv" and e.line == 1258  # one cell too many on that row
    e = error(bop_bytes(lambda d: d.replace(b",3505.94543456,", b",3505.9x,", 1)))
    assert e.file == "bp_m_en.zip/bp_m_en.csv" and e.line == 1258 and e.found == "3505.9x"


@pytest.mark.slow
def test_a_short_row_is_refused_not_filled_with_missing():
    def cut(d: bytes) -> bytes:
        lines = d.split(b"\n")
        lines[99] = lines[99].rsplit(b",", 3)[0]
        return b"\n".join(lines)
    e = error(bop_bytes(cut))
    assert e.line == 100 and "cells per row" in e.expected


def test_unknown_unit_duplicate_code_and_header_gap_are_refused():
    e = error(bop_bytes(lambda d: d.replace(b'"100 million Yen"', b'"billion Yen"', 1)))
    assert e.line == 2 and "100 million Yen" in e.expected and e.found == "billion Yen"
    e = error(bop_bytes(lambda d: d.replace(b"BPBP6JYNTS,", b"BPBP6JYNCB,", 1)))
    assert e.line == 3 and e.found == "BPBP6JYNCB"
    e = error(bop_bytes(lambda d: d.replace(b",199603,", b",199604,", 1)))
    assert e.line == 1 and "consecutive" in e.expected
    e = error(bop_bytes(lambda d: d.replace(b"BPBP6JYNTS,", b"bad code,", 1)))
    assert e.line == 3 and "series code" in e.expected


def test_truncated_member_and_non_ascii_are_refused():
    e = error(bop_bytes(lambda d: d[:-5000]))
    assert "line break" in e.expected
    e = error(bop_bytes(lambda d: d.replace(b"Current account", "Current \u00e4ccount".encode("utf-8"), 1)))
    assert e.line == 2 and "ASCII" in e.expected


def test_non_ascii_deep_in_the_member_is_refused_on_its_own_line():
    # past read_csv's first chunk: its decoding error's offset was the chunk's, so the line was wrong
    def edit(d: bytes) -> bytes:
        lines = d.split(b"\n")
        lines[2000] = lines[2000].replace(b"100 million Yen", "100 million \u00a5".encode("utf-8"), 1)
        return b"\n".join(lines)
    e = error(bop_bytes(edit))
    assert e.line == 2001 and "ASCII" in e.expected and "xc2" in str(e.found)


def test_flow_of_funds_needs_both_members():
    raw = rezip("ff_dl_fof_quarterly_en.csv", member(FOF, "ff_dl_fof_quarterly_en.csv"))
    e = error(raw, parse_flow_of_funds, FOF)
    assert e.file == FOF and "ff_dl_fof_fiscal-year_en.csv" in e.expected


def test_regional_quarter_header_must_be_a_quarter():
    inner = "regbp_q_en.csv"
    raw = rezip(inner, member(REG, inner).replace(b",201404,", b",201405,", 1))
    e = error(raw, parse_regional_bop, REG)
    assert e.file == "regbp_q_en.zip/regbp_q_en.csv" and e.line == 1 and e.found == "201405"


def test_rule_boj_net_rejects_a_changed_cell():
    from ustflow import registry, validate

    source = registry.get("boj_bop_monthly")
    validate.check(parse_bop_monthly(read_mirror(BOP), BOP), BOP, source)  # the real file keeps the identity
    changed = bop_bytes(lambda d: d.replace(b",3505.94543456,", b",3605.94543456,", 1))
    with pytest.raises(ParseError, match=r"rule boj_net.*BPPI6D3NAUS 2026-04-01: 3,605.95 vs BPPI6D3PAUS") as e:
        validate.check(parse_bop_monthly(changed, BOP), BOP, source)
    assert e.value.file == f"{BOP}/{CSV}" and e.value.line == 1258  # the Net row, in the zip's member


def test_every_value_keeps_its_member_and_line(bop, reg, fof):
    """The line each value was read from is its series' row in that member of the zip."""
    for parsed, name in ((bop, BOP), (reg, REG), (fof, FOF)):
        o = parsed.observations
        rows = o.drop_duplicates("series_id")[["series_id", "member", "line"]]
        assert len(rows) == o["series_id"].nunique() == o.drop_duplicates(["series_id", "line"]).shape[0]
        for inner, part in rows.groupby("member", observed=True):
            lines = member(name, inner).split(b"\n")
            prefix = "boj.fof." if name == FOF else ("boj.bop." if name == BOP else "boj.regbp.")
            for sid, line in zip(part["series_id"].astype(str), part["line"]):
                code = sid.removeprefix(prefix).upper()
                assert lines[line - 1].upper().startswith(f"{'FOF_' if name == FOF else ''}{code},".encode()), \
                    (inner, line, sid)
    o = fof.observations
    row = o[(o["series_id"] == "boj.fof.ffas124a540") & (o["period"] == pd.Timestamp("2026-01-01"))].iloc[0]
    assert (row["member"], row["line"], row["value"]) == ("ff_dl_fof_quarterly_en.csv", 470, 319_439)


def test_a_value_after_the_vintage_is_refused_with_member_and_line():
    """A value put in a month after the release (2026-12 in a file of 2026-06-08) names its line."""
    from datetime import datetime

    from ustflow import registry, validate

    def future(d: bytes) -> bytes:
        lines = d.split(b"\n")
        header = lines[0].split(b",")
        cells = lines[1].split(b",")
        assert cells[0] == b"BPBP6JYNCB" and cells[header.index(b"202612")] == b""
        cells[header.index(b"202612")] = b"123.4"
        lines[1] = b",".join(cells)
        return b"\n".join(lines)

    parsed = parse_bop_monthly(bop_bytes(future), BOP)
    with pytest.raises(ParseError, match=r"rule future_period.*boj\.bop\.bpbp6jyncb 2026-12-01 = 123\.4") as e:
        validate.check(parsed, BOP, registry.get("boj_bop_monthly"), datetime(2026, 6, 8))
    assert e.value.file == f"{BOP}/{CSV}" and e.value.line == 2


def test_a_line_break_inside_a_quoted_cell_is_refused():
    """Rows would no longer be lines (and every later line number would be off by one)."""
    e = error(bop_bytes(lambda d: d.replace(b'"Current account', b'"Current\naccount', 1)))
    assert e.file == f"{BOP}/{CSV}" and e.line is not None and "line break" in e.expected
