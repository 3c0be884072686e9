"""FRED downloads (``fredgraph.csv?id=<CODE>``), whatever header the copy happens to carry.

Why this parser is more forgiving than FRED itself needs: the files we hold were saved by different
tools, and each changed the layout a little (see shared/data/provenance/fred.md):

- three header conventions: ``observation_date,DGS10`` (FRED today; older downloads said
  ``DATE,DGS10``), ``date,value`` and ``Date,Value`` (re-saved by scripts). Only the first names the
  series; for the others the code comes from the ``code`` argument or the file name
  (``DGS10.csv``, ``DEXJPUS_2020-08-24_2025-08-22.csv``). A header naming a code that disagrees with
  ``code`` is refused: it means the wrong file was saved under this name.
- a missing value is an empty cell, a ``.`` (FRED's own marker), or the row is simply absent. All three
  mean "no observation": nothing is invented for them.
- FEDFUNDS is monthly and dated on the 1st, which is already our monthly period convention.

Units are never guessed: ``FRED_SERIES`` names title, unit and frequency of every code ustflow reads,
and an unknown code is refused with the list of known ones.

Truncation: a FRED line is short, so a cut download ends mid-line, and ``4.6`` cut from ``4.69`` would
still look like a number. A file whose last line has no line break is therefore refused as truncated;
a half row never becomes a value.

The helpers below the parser (reading text, CSV rows with their line numbers, ISO dates and numbers
with line-precise errors) are shared by the other ``ustflow.parse`` modules that read CSV downloads
(``mof_its``, ``mof_jgb``, ``events``, ``market``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import PurePath

import numpy as np
import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import SERIES_COLUMNS, Parsed
from ustflow.parse._text import (
    MISSING,
    first_row,
    iso_dates,
    numbers,
    read_rows,
    read_text,
    require_increasing,
    require_line_end,
)

# code -> (title, unit, frequency). Frequency "M" series are dated on the 1st of the month. A data table:
# its rows are alike on purpose.
FRED_SERIES: dict[str, tuple[str, str, str]] = {
    "DGS2": ("Market yield on US Treasury securities at 2-year constant maturity", "percent", "D"),
    "DGS10": ("Market yield on US Treasury securities at 10-year constant maturity", "percent", "D"),
    "DGS30": ("Market yield on US Treasury securities at 30-year constant maturity", "percent", "D"),
    "T10Y2Y": ("10-year minus 2-year Treasury constant maturity yield spread", "percentage points", "D"),
    "EFFR": ("Effective federal funds rate (daily)", "percent", "D"),
    "SOFR": ("Secured Overnight Financing Rate", "percent", "D"),
    "FEDFUNDS": ("Effective federal funds rate (monthly average)", "percent", "M"),
    "DFEDTARU": ("Federal funds target range, upper limit", "percent", "D"),
    "DFEDTARL": ("Federal funds target range, lower limit", "percent", "D"),
    "IORB": ("Interest rate on reserve balances", "percent", "D"),
    "DTWEXBGS": ("Nominal broad US dollar index (goods and services)", "index, Jan 2006 = 100", "D"),
    "DEXJPUS": ("Japanese yen per US dollar (H.10 noon buying rate in New York)", "JPY per USD", "D"),
    "DTB3": ("3-month Treasury bill secondary market rate, discount basis (daily)", "percent (discount basis)", "D"),
    "TB3MS": ("3-month Treasury bill secondary market rate, discount basis (monthly average)",
              "percent (discount basis)", "M"),
    "IR3TIB01JPM156N": ("Japan 3-month interbank rate (OECD MEI)", "percent", "M"),
    "IR3TIB01USM156N": ("United States 3-month interbank rate (OECD MEI)", "percent", "M"),
    "WMTSECL1": ("Marketable US Treasuries held in custody at the New York Fed for foreign official and "
                 "international accounts (H.4.1, Wednesday level, face value)", "USD mn", "W"),
}

# FRED fills the weeks before a series was first published with 0, not with a missing value: leading
# zeros of these codes are dropped (WMTSECL1: 237 zeros 2002-12-18 .. 2007-06-27, first value 2007-07-04).
_LEADING_ZEROS_MISSING = frozenset({"WMTSECL1"})

_NOTES: dict[str, str] = {
    "DGS2": "Board of Governors H.15. Business days; holidays have no observation.",
    "DGS10": "Board of Governors H.15. Business days; holidays have no observation.",
    "DGS30": "Board of Governors H.15. The 30-year bond was not issued 2002-02..2006-02; FRED "
             "publishes values through that period.",
    "T10Y2Y": "FRED-computed spread DGS10 - DGS2, in percentage points.",
    "EFFR": "Federal Reserve Bank of New York, published from 2000-07-03.",
    "SOFR": "Federal Reserve Bank of New York, published from 2018-04-03.",
    "FEDFUNDS": "Board of Governors H.15, monthly average of daily EFFR; period = first day of the month.",
    "DFEDTARU": "FOMC target range, upper limit, every calendar day (weekends included), from 2008-12-16.",
    "DFEDTARL": "FOMC target range, lower limit, every calendar day (weekends included), from 2008-12-16.",
    "IORB": "Interest on reserve balances (from 2021-07-29), every calendar day.",
    "DTWEXBGS": "Board of Governors H.10 broad dollar index; revised after publication.",
    "DEXJPUS": "Board of Governors H.10 noon buying rate in New York; US holidays have no observation.",
    "DTB3": "Board of Governors H.15, secondary market, quoted on a bank DISCOUNT basis (not a yield): "
            "ustflow.analytics.hedge converts it to a money-market yield before using it as a rate.",
    "TB3MS": "Board of Governors H.15, monthly average of daily DTB3, discount basis; period = first day "
             "of the month.",
    "IR3TIB01JPM156N": "OECD Main Economic Indicators via FRED (OECD copyright; cite OECD): 3-month or "
                       "90-day interbank rate for Japan, monthly; negative 2020-2023.",
    "IR3TIB01USM156N": "OECD Main Economic Indicators via FRED (OECD copyright; cite OECD): 3-month or "
                       "90-day interbank rate for the United States, monthly.",
    "WMTSECL1": "Board of Governors H.4.1, Table 1A memorandum item: marketable Treasury securities the FRBNY "
                "holds in custody for foreign official and international accounts, Wednesday level, at FACE "
                "value (TIC holdings are at market value). Not seasonally adjusted. Period = the Wednesday.",
}

# the yen rates and the custody holders; every other code is a US rate or index
_COUNTRY = {"DEXJPUS": "Japan", "IR3TIB01JPM156N": "Japan",
            "WMTSECL1": "Foreign official and international accounts"}

_DATE_HEADERS = {"observation_date", "date"}


def parse_fred(raw: bytes, name: str, code: str | None = None) -> Parsed:
    """Parse one FRED series download into ``fred.<code lower>``."""
    text = read_text(raw, name, encoding="utf-8-sig",
                     what="a FRED CSV header 'observation_date,<ID>', 'date,value' or 'Date,Value'")
    require_line_end(text, name)
    head, head_line, date_cells, value_cells, body_lines, converted = _cells(text, name)
    header = [c.strip() for c in head]
    if header[0].lower() not in _DATE_HEADERS:
        raise ParseError(name, head_line, "a FRED CSV header 'observation_date,<ID>', 'date,value' or "
                         "'Date,Value'", ",".join(head))
    if header[1].lower() == "value":
        series_code = (code or _code_from_file_name(name)).upper()
    else:
        series_code = header[1].upper()
        if code is not None and code.upper() != series_code:
            raise ParseError(name, head_line, f"the header to name series {code.upper()}", ",".join(head))
    if series_code not in FRED_SERIES:
        raise ParseError(name, head_line, f"a FRED series known to ustflow ({', '.join(FRED_SERIES)})",
                         series_code)
    title, unit, freq = FRED_SERIES[series_code]

    if not len(date_cells):
        raise ParseError(name, head_line + 1, "at least one dated row after the header", "end of file")
    if converted is not None:  # a plain file's cells, all valid: converted as iso_dates / numbers would
        dates, values = converted
    else:
        dates = iso_dates(date_cells, body_lines, name)
        values = numbers(value_cells, body_lines, name, missing=MISSING)
    require_increasing(dates, body_lines, name)
    if freq == "M":
        not_first = np.flatnonzero(dates.day.to_numpy() != 1)
        if len(not_first):
            i = int(not_first[0])
            raise ParseError(name, body_lines[i], f"monthly {series_code} dated on the 1st of the month",
                             date_cells[i])
    if freq == "W":  # one weekday throughout (the H.4.1 Wednesday), seven days apart
        other = np.flatnonzero(dates.day_of_week.to_numpy() != dates[0].day_of_week)
        if len(other):
            i = int(other[0])
            raise ParseError(name, body_lines[i], f"weekly {series_code} dated on a {dates[0]:%A} like the "
                             "first row", date_cells[i])
    leading_zeros = 0
    if series_code in _LEADING_ZEROS_MISSING:
        nonzero = np.flatnonzero(~np.isnan(values) & (values != 0))
        leading_zeros = int(nonzero[0]) if len(nonzero) else len(values)
        values = values.copy()  # to_numeric's array is read-only when a cell has decimals
        values[:leading_zeros] = np.nan

    sid = f"fred.{series_code.lower()}"
    keep = ~np.isnan(values)
    obs = pd.DataFrame({"series_id": sid, "period": dates[keep], "value": values[keep],
                        "line": np.asarray(body_lines, dtype=np.int32)[keep]})
    series = pd.DataFrame([{
        "id": sid, "title": title, "unit": unit, "frequency": freq,
        "country": _COUNTRY.get(series_code, "United States"), "sector": None,
        "notes": f"FRED {series_code}. {_NOTES[series_code]} Missing values ('.', empty or absent "
                 "rows) are not observations."
                 + (" Leading zeros (weeks before the series was published) are missing values, not 0."
                    if series_code in _LEADING_ZEROS_MISSING else ""),
    }], columns=SERIES_COLUMNS)
    meta = {"code": series_code, "rows": len(date_cells), "missing": int((~keep).sum()),
            "header": ",".join(header)}
    if series_code in _LEADING_ZEROS_MISSING:
        meta["leading_zeros_dropped"] = leading_zeros
    return Parsed(series, obs, None, None, meta).validate(name)


def _cells(text: str, name: str) -> tuple[list[str], int, list, list, Sequence[int], tuple | None]:
    """Header cells and their line, the date and value cells of the body rows, the line of each, and
    (dates, values) when the cells are already converted.

    A plain file (no quote, no empty line, no NUL, two cells in every line: every FRED download we
    hold) is cut into cells by one ``pandas.read_csv`` call with string columns, so the cells are the
    same strings the csv module would give. Anything else, or anything read_csv does not take, is read
    by ``read_rows``, which names the line of a bad row. ``iso_dates`` and ``numbers`` convert the
    cells, unless ``_converted`` could do it on the plain file's arrays (every cell valid).
    """
    head = first_row(text)
    body = text.split("\n", 1)[1] if "\n" in text else ""
    rows_n = body.count("\n")
    if (len(head) == 2 and rows_n and body.count(",") == rows_n and '"' not in text and "\x00" not in text
            and not text.startswith("\n") and "\n\n" not in text):
        try:
            df = pd.read_csv(io.StringIO(body), header=None, names=[0, 1], dtype=object, keep_default_na=False,
                             na_filter=False, skip_blank_lines=False, quoting=3, engine="c", index_col=False)
        except (pd.errors.ParserError, ValueError):
            df = None
        if df is not None and len(df) == rows_n:
            return head, 1, df[0].tolist(), df[1].tolist(), range(2, rows_n + 2), _converted(df, body)
    rows, lines = read_rows(text, name, width=2)
    body_rows = rows[1:]
    return rows[0], lines[0], [r[0] for r in body_rows], [r[1] for r in body_rows], lines[1:], None


_LONG_VALUE = re.compile(r",[^\n]{16}")


def _converted(df: pd.DataFrame, body: str) -> tuple[pd.DatetimeIndex, np.ndarray] | None:
    """Dates and values of a plain file's cells without the string column ``iso_dates`` and ``numbers``
    build (3x faster), or None when any cell is not plainly valid: those two then convert the cells and
    name the line of a bad one. Plain: no blank, every date an ISO date in 1800..2199, every value
    at most 15 characters (so every reader rounds it the same) read as a finite number, or missing as
    '' or '.' exactly (the count of NaN must match the count of those markers)."""
    if " " in body or "\t" in body or _LONG_VALUE.search(body):
        return None
    dates = pd.to_datetime(df[0].to_numpy(dtype=object), format="%Y-%m-%d", errors="coerce")
    if dates.isna().any() or dates.year.min() < 1800 or dates.year.max() > 2199:
        return None
    values = pd.to_numeric(df[1].to_numpy(dtype=object), errors="coerce")
    if values.dtype.kind not in "iuf":
        return None
    values = values.astype("float64", copy=True)
    nan = np.isnan(values)
    if np.isinf(values).any() or int(nan.sum()) != body.count(",\n") + body.count(",.\n"):
        return None
    return pd.DatetimeIndex(dates), values


def _code_from_file_name(name: str) -> str:
    # "DEXJPUS_2020-08-24_2025-08-22.csv" (a dated vintage) names series DEXJPUS.
    stem = PurePath(name).stem
    return re.split(r"_\d{4}-\d{2}-\d{2}", stem)[0]
