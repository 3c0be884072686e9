"""Bank of Japan flat files: balance of payments (monthly), regional BoP (quarterly), flow of funds.

The BoJ's Time-Series Data Search publishes each database as a zip of CSV "flat files"
(https://www.stat-search.boj.or.jp/info/dload_en.html), one row per series:

    ,,,,199601,199602,...                      <- header: empty label cells, then the periods
    BPPI6D3NAUS,"Balance of Payments (...)","Portfolio Investment Assets/Sovereign(Long-term)/U.S.A./Net","100 million Yen",,,...,3505.94543456,

- ``bp_m_en.zip`` (one member, ``bp_m_en.csv``): code, database name, item path, unit, months
  ``YYYYMM`` from 199601. 2,769 series; the country and sovereign detail begins 2014-01. The 20 X-12
  seasonal factors (items ending ``(Seasonal factors)``) have an empty unit cell: they are additive
  components in the unit of the series they adjust (values up to 100,000), so they get that unit with
  a note. Any other unit than ``100 million Yen``, or another empty one, is refused.
- ``regbp_q_en.zip`` (``regbp_q_en.csv``): same layout, quarters ``YYYYQQ`` (QQ = 01..04) from 2014Q1,
  by counterpart country and region.
- ``fof2_en.zip``: two members, ``ff_dl_fof_quarterly_en.csv`` (quarters 1997Q4..) and
  ``ff_dl_fof_fiscal-year_en.csv`` (fiscal years ``YYYY`` = April YYYY .. March YYYY+1), with **no unit
  column**: every value is in 100 million yen (the BoJ's own table headers say so).

Every series is loaded, with its BoJ item path as title, so ``ustflow series --search "U.S.A."``
finds them. Ids: ``boj.bop.<code>``, ``boj.regbp.<code>``, ``boj.fof.<code without FOF_>`` (lower case);
the official code is kept in the notes. Missing cells (empty or ``NA``) are not observations.

Speed: a file is read by one ``pandas.read_csv`` call with float columns (as UTF-8, after one check that
the member is ASCII), and turned from wide to long with one mask over the non-missing cells (the row
numbers repeated by each row's count of values, the period header broadcast over the rows); the series
id is a Categorical built from the row numbers. Nothing loops over cells in Python. Layout checks are
vectorised too: a global count of field separators first, and a line-by-line search only when that count
is wrong.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ustflow.archive import looks_like_html
from ustflow.errors import ParseError
from ustflow.parse._base import OBS_COLUMNS, SERIES_COLUMNS, Parsed

UNIT = "JPY 100mn"
_UNITS = {"100 million Yen": UNIT}  # the unit cell as printed -> ours; anything else is refused
_SEASONAL_UNIT = "JPY 100mn (X-12 seasonal component; unit cell empty in the file)"
_CODE = re.compile(r"^[A-Z0-9_]+$")
_CODES = re.compile(r"(?:[A-Z0-9_]+\n)+")
_MISSING = ["", "NA"]


@dataclass
class FlatFile:
    """One flat-file CSV, still wide: a row per series, a column per period."""

    codes: np.ndarray  # official codes, as printed
    database: np.ndarray  # the database name cell
    items: np.ndarray  # item path ("Assets/Outward investments in securities/Banks/Stock")
    units: np.ndarray | None  # the unit cell (None for a file without one)
    periods: pd.DatetimeIndex  # first day of each period column
    values: np.ndarray  # float64 (series x periods), NaN = missing
    member: str = ""  # the zip member it was read from: series row i is its line i + 2


# ------------------------------------------------------------------------------------- public parsers

def parse_bop_monthly(raw: bytes, name: str) -> Parsed:
    """``bp_m_en.zip``: Japan's balance of payments (BPM6), monthly, every series."""
    where = f"{name}/bp_m_en.csv"
    flat = read_flat(_member(raw, name, "bp_m_en.csv"), where, labels=4, freq="M")
    units = _bop_units(flat, where)
    projected = _drop_projections(flat, units == _SEASONAL_UNIT)
    series = _series(flat, "boj.bop.", "Japan BoP (monthly)", "M", units,
                     "Bank of Japan / Ministry of Finance, Balance of Payments (BPM6), monthly. Net = "
                     "acquisition - disposition for assets (negative = net sale by Japanese residents).")
    parsed = _parsed([(flat, series)], name)
    parsed.meta["projected_seasonal_factors_dropped"] = projected
    return parsed


def _drop_projections(flat: FlatFile, seasonal: np.ndarray) -> int:
    """Blank the seasonal factors' cells after the newest month of any real series (the BoJ publishes
    projected factors up to a year ahead): projections are not observations, and a file's newest
    period must be the newest month of data, or a source that stopped updating would look fresh."""
    data = ~np.isnan(flat.values[~seasonal])
    if not data.any():
        return 0
    last = int(np.flatnonzero(data.any(axis=0))[-1])
    ahead = flat.values[:, last + 1:]
    dropped = int((~np.isnan(ahead[seasonal])).sum())
    flat.values[np.ix_(np.flatnonzero(seasonal), np.arange(last + 1, flat.values.shape[1]))] = np.nan
    return dropped


def parse_regional_bop(raw: bytes, name: str) -> Parsed:
    """``regbp_q_en.zip``: Japan's regional balance of payments by counterpart country, quarterly."""
    where = f"{name}/regbp_q_en.csv"
    flat = read_flat(_member(raw, name, "regbp_q_en.csv"), where, labels=4, freq="Q")
    series = _series(flat, "boj.regbp.", "Japan regional BoP (quarterly)", "Q", _bop_units(flat, where),
                     "Bank of Japan / Ministry of Finance, Regional Balance of Payments (BPM6), quarterly, "
                     "by counterpart country or region.")
    return _parsed([(flat, series)], name)


FOF_MEMBERS = {"ff_dl_fof_quarterly_en.csv": ("Q", "Japan flow of funds (quarterly)"),
               "ff_dl_fof_fiscal-year_en.csv": ("FY", "Japan flow of funds (fiscal year, April-March)")}


def parse_flow_of_funds(raw: bytes, name: str) -> Parsed:
    """``fof2_en.zip``: the Flow of Funds accounts (2008 SNA), quarterly and fiscal-year, every series."""
    parts = []
    for member, (freq, label) in FOF_MEMBERS.items():
        flat = read_flat(_member(raw, name, member), f"{name}/{member}", labels=3, freq=freq)
        note = ("Bank of Japan, Flow of Funds Accounts (2008 SNA). The file has no unit column: 100 million "
                "yen throughout (BoJ table headers).")
        if freq == "FY":
            note += " Fiscal year t runs April t .. March t+1 and is dated April 1 of t."
        units = np.full(len(flat.codes), UNIT, dtype=object)
        parts.append((flat, _series(flat, "boj.fof.", label, "A" if freq == "FY" else freq, units, note,
                                    strip="FOF_", sector=True)))
    return _parsed(parts, name)


# ------------------------------------------------------------------------------------------ reading

def _member(raw: bytes, name: str, member: str) -> bytes:
    """The bytes of one member of the publisher's zip (refusing HTML error pages and broken zips)."""
    if not raw.strip():
        raise ParseError(name, None, "a zip archive", "an empty file")
    if looks_like_html(raw):
        first = raw.lstrip().split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        raise ParseError(name, 1, "a zip archive", f"an HTML page (an error page?): {first}")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            names = zf.namelist()
            if member not in names:
                raise ParseError(name, None, f"a zip holding {member}", f"members {names[:5]}")
            return zf.read(member)
    except zipfile.BadZipFile as e:
        raise ParseError(name, None, "a zip archive (truncated download?)", str(e)) from e
    except (zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as e:
        raise ParseError(name, None, f"a readable {member} in the zip archive", f"{type(e).__name__}: {e}") from e


_PERIOD = {"M": re.compile(r"^(\d{4})(\d{2})$"), "Q": re.compile(r"^(\d{4})(0[1-4])$"),
           "FY": re.compile(r"^(\d{4})$")}
_PERIOD_TEXT = {"M": "a month YYYYMM", "Q": "a quarter YYYYQQ (QQ = 01..04)", "FY": "a fiscal year YYYY"}


def _periods(cells: list[str], freq: str, where: str) -> pd.DatetimeIndex:
    """Header cells -> first day of each period; they must follow each other without a gap."""
    out = []
    for cell in cells:
        m = _PERIOD[freq].match(cell.strip())
        if m is None or (freq == "M" and not 1 <= int(m.group(2)) <= 12):
            raise ParseError(where, 1, f"{_PERIOD_TEXT[freq]} in every header cell after the labels", cell)
        year = int(m.group(1))
        if freq == "M":
            out.append((year, int(m.group(2))))
        elif freq == "Q":
            out.append((year, 3 * int(m.group(2)) - 2))
        else:
            out.append((year, 4))
    if not out:
        raise ParseError(where, 1, "period columns after the label columns", "none")
    step = {"M": 1, "Q": 3, "FY": 12}[freq]
    index = [y * 12 + m - 1 for y, m in out]
    gaps = np.flatnonzero(np.diff(index) != step)
    if len(gaps):
        k = int(gaps[0])
        raise ParseError(where, 1, f"consecutive periods (the one after {cells[k]})", cells[k + 1])
    return pd.DatetimeIndex([pd.Timestamp(y, m, 1) for y, m in out])


def read_flat(data: bytes, where: str, *, labels: int, freq: str) -> FlatFile:
    """One flat-file CSV: ``labels`` label columns (code, database, item[, unit]) then periods."""
    if not data.isascii():  # the whole member, before parsing: the error's offset is the file's own
        try:
            data.decode("ascii")
        except UnicodeDecodeError as e:
            line = data.count(b"\n", 0, e.start) + 1
            raise ParseError(where, line, "ASCII text", repr(data[e.start:e.end])) from e
    text_head = data[:65536].decode("ascii")
    if not data.endswith(b"\n"):
        last = data.rsplit(b"\n", 1)[-1].decode("ascii", "replace")
        raise ParseError(where, data.count(b"\n") + 1, "the last line to end with a line break (truncated?)",
                         last[:80])
    header = text_head.split("\n", 1)[0].rstrip("\r").split(",")
    if len(header) <= labels or any(c.strip() for c in header[:labels]):
        raise ParseError(where, 1, f"a header of {labels} empty label cells, then periods", ",".join(header[:6]))
    periods = _periods(header[labels:], freq, where)
    width = len(header)
    names = list(range(width))
    try:  # ASCII is UTF-8, which the C parser reads without a decoding pass (15% faster than "ascii")
        df = pd.read_csv(io.BytesIO(data), header=None, skiprows=1, names=names, encoding="utf-8",
                         dtype=dict.fromkeys(range(labels), object), na_values=_MISSING, keep_default_na=False,
                         skip_blank_lines=False, engine="c", index_col=False, low_memory=False)
    except (pd.errors.ParserError, ValueError) as e:
        m = re.search(r"line (\d+)", str(e))
        line = int(m.group(1)) if m else None  # pandas counts the skipped header line too
        raise ParseError(where, line, f"{width} comma-separated cells per row", str(e)[:120]) from e
    if df.empty:
        raise ParseError(where, 2, "at least one series row", "end of file")
    if len(df) != _count(data, b"\n") - 1:  # a quoted cell over two lines: rows would no longer be lines
        odd = next((k for k, ln in enumerate(data.split(b"\n")) if ln.count(b'"') % 2), None)
        raise ParseError(where, None if odd is None else odd + 1, "one line per series row (no line break "
                         "inside a quoted cell)", None if odd is None else _row_text(data, odd + 1)[:80])
    _check_widths(data, df, labels, width, where)
    codes = df[0].to_numpy(dtype=object)
    if df[0].isna().any() or not _CODES.fullmatch("\n".join(codes) + "\n"):  # one regex call for all
        bad = [not (isinstance(c, str) and _CODE.match(c)) for c in codes]
        i = bad.index(True)
        raise ParseError(where, i + 2, "a series code (A-Z, 0-9, _) in the first cell", _row_text(data, i + 2))
    dup = pd.Series(codes).duplicated().to_numpy()
    if dup.any():
        i = int(np.flatnonzero(dup)[0])
        raise ParseError(where, i + 2, "each series code once", str(codes[i]))
    value_cols = names[labels:]
    not_float = [c for c, dt in zip(value_cols, df.dtypes.iloc[labels:]) if dt.kind != "f"]
    for c in not_float:  # a column holding anything but numbers and missing markers
        col = df[c]
        num = pd.to_numeric(col, errors="coerce")
        wrong = (num.isna() & col.notna()).to_numpy()
        if wrong.any():
            i = int(np.flatnonzero(wrong)[0])
            raise ParseError(where, i + 2, f"a number or a missing value ('', 'NA') for {header[c]}", str(col.iloc[i]))
        df[c] = num.astype("float64")
    values = np.ascontiguousarray(df.iloc[:, labels:].to_numpy(dtype="float64"))  # row-major: masks run along it
    if np.isinf(values).any():
        i = int(np.flatnonzero(np.isinf(values).any(axis=1))[0])
        raise ParseError(where, i + 2, "finite numbers", _row_text(data, i + 2)[:80])
    for col, what in ((1, "a database name"), (2, "an item name")):
        empty = df[col].isna().to_numpy()
        if empty.any():
            i = int(np.flatnonzero(empty)[0])
            raise ParseError(where, i + 2, f"{what} in column {col + 1}", _row_text(data, i + 2)[:80])
    units = df[3].fillna("").to_numpy(dtype=object) if labels == 4 else None
    return FlatFile(codes, df[1].to_numpy(dtype=object), df[2].to_numpy(dtype=object), units, periods, values,
                    where.rsplit("/", 1)[-1])


def _check_widths(data: bytes, df: pd.DataFrame, labels: int, width: int, where: str) -> None:
    """Every row has ``width`` cells. read_csv fills a short row with NaN, so count the separators:
    all commas in the data rows = rows x (width - 1) + the commas inside the quoted label cells."""
    quoted = sum("".join(df[c].dropna().tolist()).count(",") for c in range(1, labels))
    if _count(data, b",") - data.count(b",", 0, data.index(b"\n")) == len(df) * (width - 1) + quoted:
        return
    body = data[data.index(b"\n") + 1:]
    for k, line in enumerate(body.split(b"\n")[:-1]):  # exact search, only for a damaged file
        cells = next(iter(pd.read_csv(io.BytesIO(line), header=None, dtype=str, keep_default_na=False,
                                      chunksize=1)), None) if line.strip() else None
        n = 0 if cells is None else cells.shape[1]
        if n != width:
            raise ParseError(where, k + 2, f"{width} comma-separated cells per row", f"{n} cells: "
                             + line.decode("ascii", "replace")[:60])
    raise ParseError(where, None, f"{width} cells in every row", "a separator count that does not add up")


def _count(data: bytes, byte: bytes) -> int:
    """How often one byte occurs: numpy compares the whole member 5-10x faster than ``bytes.count``."""
    return int(np.count_nonzero(np.frombuffer(data, np.uint8) == ord(byte)))


def _row_text(data: bytes, line: int) -> str:
    parts = data.split(b"\n", line)
    return parts[line - 1].decode("ascii", "replace").strip() if len(parts) >= line else ""


# ------------------------------------------------------------------------------------------ output

def _bop_units(flat: FlatFile, where: str) -> np.ndarray:
    """Our unit per series; an unknown unit cell, or an empty one outside the seasonal factors, is refused."""
    units = pd.Series(flat.units, dtype=object)
    mapped = units.map(_UNITS)
    seasonal = (units == "") & pd.Series(flat.items, dtype=object).str.endswith("(Seasonal factors)")
    mapped[seasonal] = _SEASONAL_UNIT
    bad = mapped.isna().to_numpy()
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise ParseError(where, i + 2, "the unit '100 million Yen' (empty only for X-12 seasonal factors) "
                         f"for {flat.codes[i]}", str(units.iloc[i]))
    return mapped.to_numpy(dtype=object)


def _series(flat: FlatFile, prefix: str, label: str, freq: str, units: np.ndarray, note: str,
            *, strip: str = "", sector: bool = False) -> pd.DataFrame:
    """One row per series: id from the official code, the BoJ item path as title."""
    codes, items = flat.codes.tolist(), flat.items.tolist()
    joined = "\n" + "\n".join(codes).lower()  # string methods on one joined text: no loop per series
    if strip:
        joined = joined.replace("\n" + strip.lower(), "\n")
    ids = joined.replace("\n", "\n" + prefix).split("\n")[1:]
    sectors = [(i.split("/") + ["", "", ""])[2] or None for i in items] if sector else None
    return pd.DataFrame({
        "id": ids, "title": [f"{label}: {i}" for i in items], "unit": units, "frequency": freq,
        "country": "Japan", "sector": sectors,
        "notes": [f"BoJ code {c} ({d}). {note}" for c, d in zip(codes, flat.database)],
    }, columns=SERIES_COLUMNS, dtype=object)  # object, not pandas' str: DuckDB and set() read it 10x faster


def _parsed(parts: list[tuple[FlatFile, pd.DataFrame]], name: str) -> Parsed:
    """Series and long observations (non-missing cells only), every file's wide block -> long at once.

    Rows come out ordered by series then period, with one Categorical over all the files' ids, which
    is what lets ``Parsed.validate`` check for duplicates in one pass. Each value keeps its ``line``
    (series row i of a member is line i + 2: one header line, no blank or multi-line rows, which
    ``read_flat`` ensures) and its ``member`` of the zip, so ``ustflow.validate`` can say
    ``fof2_en.zip/ff_dl_fof_quarterly_en.csv, line 3522`` like the parser's own errors.
    """
    series = pd.concat([s for _, s in parts], ignore_index=True) if len(parts) > 1 else parts[0][1]
    dup = series["id"].duplicated().to_numpy()
    if dup.any():
        raise ParseError(name, None, "one series per id across the files of the archive",
                         str(series["id"].iloc[int(np.flatnonzero(dup)[0])]))
    codes, periods, values, lines, members, offset, meta = [], [], [], [], [], 0, {}
    for k, (flat, s) in enumerate(parts):
        mask = ~np.isnan(flat.values)
        # row-major order: each row's count of values repeats its row number, and the period header
        # broadcast over the rows, masked like the values, gives each value's period (no nonzero)
        rows = np.repeat(np.arange(len(mask), dtype=np.int32), np.count_nonzero(mask, axis=1))
        codes.append(rows + np.int32(offset))
        periods.append(np.broadcast_to(flat.periods.values, mask.shape)[mask])
        values.append(flat.values[mask])
        lines.append(rows + np.int32(2))
        members.append(np.full(len(rows), k, dtype=np.int8))
        offset += len(s)
        meta[f"{s['frequency'].iloc[0]}"] = {
            "series": len(s), "periods": f"{flat.periods[0]:%Y-%m}..{flat.periods[-1]:%Y-%m}",
            "cells": int(flat.values.size), "values": int(mask.sum())}
    one = len(parts) == 1
    obs = pd.DataFrame({
        "series_id": pd.Categorical.from_codes(codes[0] if one else np.concatenate(codes),
                                               categories=pd.Index(series["id"], dtype=object)),
        "period": periods[0] if one else np.concatenate(periods),
        "value": values[0] if one else np.concatenate(values),
        "line": lines[0] if one else np.concatenate(lines),
        "member": pd.Categorical.from_codes(members[0] if one else np.concatenate(members),
                                            categories=[flat.member for flat, _ in parts]),
    }, columns=[*OBS_COLUMNS, "line", "member"], copy=False)  # fresh arrays: no copy into blocks
    return Parsed(series, obs, None, None, meta).validate(name)
