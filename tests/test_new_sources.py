"""The issue-15 sources in a store loaded from the whole mirror: every BoJ series is searchable with
its name and unit, and the new series read back through the API with the right index and unit."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from tests.helpers import cli


def test_every_boj_series_is_stored_and_searchable(loaded_store):
    found = ustflow.search("Sovereign(Long-term)/U.S.A.", store=loaded_store)
    assert {"boj.bop.bppi6d3naus", "boj.bop.bppi6d3paus", "boj.bop.bppi6d3raus"} <= set(found["id"])
    row = found.set_index("id").loc["boj.bop.bppi6d3naus"]
    assert row["unit"] == "JPY 100mn" and row["source_id"] == "boj_bop_monthly" and row["n"] == 148
    everything = ustflow.search(store=loaded_store)
    per_source = everything.groupby("source_id").size()
    assert per_source["boj_bop_monthly"] == 2769
    assert per_source["boj_bop_regional_quarterly"] == 4089
    assert per_source["boj_flow_of_funds"] == 17562
    # a series whose every cell is empty (BoJ lists it; e.g. direct investment in Iran) is described, with no values
    empty = everything[everything["source_id"].str.startswith("boj_") & (everything["n"] == 0)]
    assert empty.groupby("source_id").size().to_dict() == {
        "boj_bop_monthly": 98, "boj_bop_regional_quarterly": 135, "boj_flow_of_funds": 116}
    life = ustflow.search("Outward investments in securities/Life insurance", store=loaded_store)
    assert {"boj.fof.ffas132a540", "boj.fof.ffaf132a540", "boj.fof.ffys132a540"} <= set(life["id"])


def test_new_series_read_back_with_their_index_and_unit(loaded_store):
    us = ustflow.series("boj.bop.bppi6d3naus", start="2026-01", store=loaded_store)
    assert isinstance(us.index, pd.PeriodIndex) and us.index.freqstr == "M"
    assert round(us[pd.Period("2026-04", "M")], 1) == 3505.9 and us.attrs["unit"] == "JPY 100mn"
    custody = ustflow.series("fred.wmtsecl1", start="2026-06-01", store=loaded_store)
    assert custody.index.freqstr == "W-WED"  # H.4.1 weeks end on Wednesday, not on MoF's Saturday
    assert custody.index[-1].end_time.date() == pd.Timestamp("2026-06-24").date()
    assert custody.iloc[-1] == 2_636_947 and custody.attrs["unit"] == "USD mn"
    survey = ustflow.series("tic.shl.japan.lt_treasury", store=loaded_store)
    assert survey[pd.Period("2025-06", "M")] == 1_023_937
    fof = ustflow.series("boj.fof.ffas500a311", store=loaded_store)
    assert fof.index.freqstr.startswith("Q") and fof[pd.Period("2026Q1", "Q")] == 820_129


def test_cli_series_search_lists_boj_series(loaded_home):
    r = cli(["series", "--search", "BPPI6D3NAUS", "--format", "csv"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "boj.bop.bppi6d3naus" in r.stdout and "JPY 100mn" in r.stdout


# ------------------------------------------------------------------ bad files: file, line, store unchanged
def _fof_lost_decimal(raw: bytes) -> bytes:
    """fof2_en.zip with the agricultural institutions' foreign securities in 2026Q1 x10 (line 470 of
    the quarterly member), the fiscal-year member untouched."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "ff_dl_fof_quarterly_en.csv":
                lines = data.split(b"\n")
                assert lines[469].startswith(b"FOF_FFAS124A540,") and lines[469].endswith(b",319439")
                lines[469] += b"0"
                data = b"\n".join(lines)
            zout.writestr(info, data)
    return out.getvalue()


def _regbp_lost_decimal(raw: bytes) -> bytes:
    """regbp_q_en.zip with portfolio debt assets in the USA in 2025Q4 x10 (BPBP6QFAUS22's line)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as zin:
        data = zin.read("regbp_q_en.csv")
    lines = data.split(b"\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith(b"BPBP6QFAUS22,"))
    head, last = lines[k].rsplit(b",", 1)
    lines[k] = head + b"," + str(float(last) * 10).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        zout.writestr("regbp_q_en.csv", b"\n".join(lines))
    return out.getvalue()


def _line_of(raw: bytes, member: str, code: bytes) -> int:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        lines = z.read(member).split(b"\n")
    return next(i for i, ln in enumerate(lines) if ln.startswith(code + b",")) + 1


@pytest.mark.slow
@pytest.mark.parametrize("source,file,edit,where,line", [
    ("tic_shl_history", "shlhistdat.txt",  # Japan's LT Treasuries in the June 2025 survey x10
     lambda raw: raw.replace(b"42609\tJapan\t2882912\t1168725\t1589301\t1023937\t",
                             b"42609\tJapan\t2882912\t1168725\t1589301\t10239370\t", 1), "shlhistdat.txt", 122),
    ("boj_flow_of_funds", "fof2_en.zip", _fof_lost_decimal, "fof2_en.zip/ff_dl_fof_quarterly_en.csv", 470),
    ("boj_bop_regional_quarterly", "regbp_q_en.zip", _regbp_lost_decimal, "regbp_q_en.zip/regbp_q_en.csv",
     lambda raw: _line_of(raw, "regbp_q_en.csv", b"BPBP6QFAUS22")),
], ids=["shlhistdat", "fof2_en", "regbp_q_en"])
def test_a_lost_decimal_is_refused_with_file_and_line_and_nothing_changes(tmp_path, source, file, edit, where, line):
    """An update meeting a copy of the real file with one value x10 (built here, in tmp_path) refuses it
    by rule revision_factor: non-zero exit, the file (the zip member for the BoJ archives) and the line
    of that value; the source's content is exactly what it was, and another source changed in the same
    update still loads (issue 12's protocol, recorded for RELIABILITY.md)."""
    import re

    from tests.conftest import MIRROR
    from tests.helpers import cli, snapshot
    from tests.reliability import record
    from ustflow.store import Store

    store = Store(tmp_path / "home")
    assert ustflow.update(mirror=MIRROR, only=[source, "fred_iorb"], store=store).ok

    def held() -> dict:
        return {table: rows.get(source) for table, rows in snapshot(store.path).items()}

    before = held()
    raw = (MIRROR / file).read_bytes()
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / file).write_bytes(edit(raw))
    (mirror / "IORB.csv").write_bytes((MIRROR / "IORB.csv").read_bytes() + b"2026-08-21,4.40\n")
    line = line(raw) if callable(line) else line
    r = cli(["update", "--mirror", mirror, "--only", f"{source},fred_iorb"], store.home)
    err = " ".join(r.stderr.split())  # the message is wrapped to the terminal width
    found = re.search(rf"{re.escape(where)}, line (\d+): expected", err)
    iorb = ustflow.series("fred.iorb", start="2026-08-21", store=store)
    record("validation", kind="revision_factor", source=source, file=file, exit_code=r.returncode,
           line=int(found.group(1)) if found else None, rule="revision_factor" if "(rule revision_factor)" in err
           else "parser", message=err[:200], store_unchanged=held() == before, others_loaded=len(iorb) == 1)
    assert r.returncode != 0
    assert f"{source}: {where}, line {line}: expected revisions by less than a factor of 5" in err, err
    assert "(rule revision_factor)" in err and "(x10)" in err
    assert held() == before
    assert list(iorb) == [4.4]


def test_release_calendar_of_the_quarterly_and_annual_sources():
    """The files' own dates: regional BoP 2025Q4 out 2026-05-13 (with March's monthly BoP), the flow of
    funds 2026Q1 on 2026-06-25 (scheduled from the 20th, the early side), the June 2025 survey on
    2026-04-30. With a schedule, `watch` polls them and `sources` judges them by the calendar."""
    from datetime import date

    from ustflow import calendar as cal

    reg = cal.schedule_for("boj_bop_regional_quarterly")
    assert reg.release_of(date(2025, 10, 1)).isoformat() == "2026-05-13T08:50:00+09:00"
    assert reg.label(reg.period_after(date(2025, 10, 1))) == "2026Q1"
    fof = cal.schedule_for("boj_flow_of_funds")
    assert fof.period_of(date(2026, 3, 31)) == date(2026, 1, 1)
    assert date(2026, 6, 20) <= fof.release_of(date(2026, 1, 1)).date() <= date(2026, 6, 25)
    assert not cal.is_stale("boj_flow_of_funds", date(2026, 1, 1), "2026-07-01")  # within the grace
    assert cal.is_stale("boj_flow_of_funds", date(2026, 1, 1), "2026-11-30")  # 2026Q2 was due in September
    shl = cal.schedule_for("tic_shl_history")
    assert shl.release_of(date(2025, 6, 1)).isoformat() == "2026-04-30T16:00:00-04:00"
    assert shl.release_of(date(2026, 6, 1)).date() == date(2027, 4, 30)
    assert not cal.is_stale("tic_shl_history", date(2025, 6, 1), "2026-11-30")
    watched = set(cal.watched_sources())
    assert {"boj_bop_regional_quarterly", "boj_flow_of_funds", "tic_shl_history"} <= watched
    rows = cal.calendar_table("2026-11-30", n=1, sources=["boj", "tic_shl"])
    assert set(rows["group"]) == {"MoF/BoJ balance of payments", "MoF/BoJ regional balance of payments",
                                  "BoJ flow of funds", "TIC annual survey"}
    assert rows.set_index("group").loc["TIC annual survey", "period"] == "2026-06 survey"
