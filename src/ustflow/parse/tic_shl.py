"""TIC annual surveys of foreign holdings of US securities, by country and type (``shlhistdat.txt``).

The benchmark surveys (June every year since 2002; March 2000; December 1994, 1989, 1984, 1978, 1974)
that the monthly SLT/MFH figures are revised to. Millions of USD, market value. Layout (tab-separated,
CRLF):

- 8 title lines; line 6 says ``"For release April 30, 2026"`` (the release date);
- line 9: the survey date over each column (``Jun-25`` ... ``Dec-74``), line 10: ``Total`` /
  ``Long-term`` / ``Short-term`` over each column, line 11: the column names (``Total securities``,
  ``Equity``, ``Treasury Debt``, ...). Surveys before 2002 have fewer columns and measured long-term
  securities only, so their ``Total`` is the long-term total (footnote 1);
- one row per country: code, name (footnotes ``(7)`` glued to it), values; ``*`` = more than zero but
  less than $500,000 and ``n.a.`` = not available are both missing here;
- a blank row, then the notes.

Series: ``tic.shl.<country>.<type>`` with the country slug of the other TIC files (so
``tic.shl.japan.lt_treasury`` sits beside ``tic.slt.japan.lt_treasury_pos``) and type one of
``total``, ``lt_total``, ``equity``, ``lt_debt``, ``lt_treasury``, ``lt_agency``, ``lt_corporate``,
``st_debt``, ``st_treasury``, ``st_agency``, ``st_corporate``. Each survey is dated on the first day of
its month (frequency ``M``: a June survey is the value at the end of June).
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import numpy as np
import pandas as pd

from ustflow.archive import looks_like_html
from ustflow.errors import ParseError
from ustflow.parse._base import OBS_COLUMNS, SERIES_COLUMNS, Parsed
from ustflow.vocab import normalize_country, sector_of

HEADER_LINES = 11  # titles (8), survey dates, LT/ST, column names
_SURVEY = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2})$")
_RELEASE = re.compile(r"For release (\w+ \d{1,2}, \d{4})")
_FOOTNOTE = re.compile(r"\s*\(\d{1,2}(?:,\s*\d{1,2})*\)")

# (column name without footnote, lower case; term over it) -> type. Term "" = any.
_TYPES: dict[tuple[str, str], str] = {
    ("total securities", ""): "total",
    ("total", ""): "total",  # pre-2002: long-term only (footnote 1), renamed below
    ("total long-term securities", ""): "lt_total",
    ("equity", ""): "equity",
    ("total long-term debt", ""): "lt_debt",
    ("debt", ""): "lt_debt",
    ("treasury debt", "long-term"): "lt_treasury",
    ("agency debt", "long-term"): "lt_agency",
    ("corporate debt", "long-term"): "lt_corporate",
    ("total short-term debt", ""): "st_debt",
    ("treasury debt", "short-term"): "st_treasury",
    ("agency debt", "short-term"): "st_agency",
    ("corporate debt", "short-term"): "st_corporate",
}
TYPE_TITLES = {
    "total": "all US securities (long- and short-term)",
    "lt_total": "long-term US securities (equity and long-term debt)",
    "equity": "US equity",
    "lt_debt": "long-term US debt securities",
    "lt_treasury": "long-term US Treasury debt",
    "lt_agency": "long-term US agency debt",
    "lt_corporate": "long-term US corporate debt",
    "st_debt": "short-term US debt securities",
    "st_treasury": "short-term US Treasury debt",
    "st_agency": "short-term US agency debt",
    "st_corporate": "short-term US corporate debt",
}
_MISSING = ["*", "n.a."]
_FIRST_SHORT_TERM_SURVEY = date(2002, 6, 1)  # surveys before this measured long-term securities only


def parse_shlhistdat(raw: bytes, name: str) -> Parsed:
    """``shlhistdat.txt``: every country and column of every survey, in USD mn."""
    if looks_like_html(raw):
        raise ParseError(name, 1, "the TIC title 'Foreign Holdings of U.S. Securities...'", "an HTML page")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ParseError(name, line, "ASCII text", repr(raw[e.start:e.end])) from e
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) <= HEADER_LINES or not lines[0].startswith("Foreign Holdings of U.S. Securities"):
        raise ParseError(name, 1, "the title 'Foreign Holdings of U.S. Securities at the end of the period "
                         "shown'", lines[0][:80])
    release = _release_date(lines[:8], name)
    columns = _columns([ln.split("\t") for ln in lines[8:HEADER_LINES]], name)
    first, last = HEADER_LINES, _last_row(lines, name)
    table = _read_rows(lines[first:last + 1], len(lines[HEADER_LINES - 1].split("\t")), first + 1, name)
    return _output(table, columns, release, name)


def _release_date(title: list[str], name: str) -> date:
    for k, line in enumerate(title):
        m = _RELEASE.search(line)
        if m:
            try:
                return datetime.strptime(m.group(1), "%B %d, %Y").date()
            except ValueError as e:
                raise ParseError(name, k + 1, "a release date 'For release Month D, YYYY'", m.group(0)) from e
    raise ParseError(name, 6, "a line 'For release Month D, YYYY' among the title lines", title[-1][:80])


def _columns(header: list[list[str]], name: str) -> list[tuple[int, date, str]]:
    """(cell index, survey month, type) for every value column of the three header rows."""
    dates, terms, names = header
    if len(names) < 3 or names[0].strip().lower() != "country code":
        raise ParseError(name, HEADER_LINES, "column names starting 'Country code', 'Countries and Regions'",
                         "\t".join(names[:3]))
    out, seen = [], set()
    for i in range(2, len(names)):
        d, term = dates[i].strip() if i < len(dates) else "", terms[i].strip().lower() if i < len(terms) else ""
        label = _FOOTNOTE.sub("", names[i].replace('"', "")).strip().lower()
        if not d and not label:
            continue
        m = _SURVEY.match(d)
        if not m:
            raise ParseError(name, 9, f"a survey date like 'Jun-25' over column {i + 1}", d)
        yy = int(m.group(2))
        survey = date(1900 + yy if yy >= 70 else 2000 + yy, datetime.strptime(m.group(1), "%b").month, 1)
        kind = _TYPES.get((label, term if term in ("long-term", "short-term") else "")) or _TYPES.get((label, ""))
        if kind is None:
            raise ParseError(name, HEADER_LINES, f"a known column name over column {i + 1} (e.g. 'Treasury "
                             "Debt' under 'Long-term')", f"{names[i]} ({terms[i] if i < len(terms) else ''})")
        if kind == "total" and survey < _FIRST_SHORT_TERM_SURVEY:
            kind = "lt_total"
        if (survey, kind) in seen:
            raise ParseError(name, HEADER_LINES, f"one {kind} column per survey", f"{d} {names[i]}")
        seen.add((survey, kind))
        out.append((i, survey, kind))
    if not out:
        raise ParseError(name, HEADER_LINES, "value columns", "none")
    return out


def _last_row(lines: list[str], name: str) -> int:
    """Index of the last country row: the rows end at the first blank row (the notes follow it)."""
    for k in range(HEADER_LINES, len(lines)):
        if not lines[k].replace("\t", "").strip():
            if k == HEADER_LINES:
                raise ParseError(name, k + 1, "country rows after the header", "a blank row")
            if not any("Notes:" in ln for ln in lines[k:]):
                raise ParseError(name, k + 1, "the 'Notes:' section after the table (file truncated?)", "")
            return k - 1
    raise ParseError(name, len(lines), "a blank row and the notes after the country rows (truncated?)", "")


def _read_rows(rows: list[str], width: int, first_line: int, name: str) -> pd.DataFrame:
    if "\n".join(rows).count("\t") != (width - 1) * len(rows):
        for k, row in enumerate(rows):
            if row.count("\t") != width - 1:
                raise ParseError(name, first_line + k, f"{width} tab-separated cells", row[:80])
    df = pd.read_csv(io.StringIO("\n".join(rows)), sep="\t", header=None, names=list(range(width)),
                     dtype={0: object, 1: object}, na_values=_MISSING, keep_default_na=False,
                     skip_blank_lines=False, engine="c", index_col=False)
    if len(df) != len(rows):  # a stray quote joined lines: row k would no longer be line first_line + k
        k = next((k for k, row in enumerate(rows) if row.count('"') % 2), 0)
        raise ParseError(name, first_line + k, "balanced quotes in every country row", rows[k][:80])
    codes = df[0].fillna("").astype(str).str.strip()
    bad = np.flatnonzero(~codes.str.fullmatch(r"\d{5}").to_numpy())
    if len(bad):
        k = int(bad[0])
        raise ParseError(name, first_line + k, "a 5-digit country code in the first cell", rows[k][:80])
    for c in range(2, width):
        if df[c].dtype.kind not in "fi":
            num = pd.to_numeric(df[c], errors="coerce")
            wrong = np.flatnonzero((num.isna() & df[c].notna() & (df[c].astype(str).str.strip() != "")).to_numpy())
            if len(wrong):
                k = int(wrong[0])
                raise ParseError(name, first_line + k, "a number, '*' (under $500,000) or 'n.a.'",
                                 str(df[c].iloc[k]))
            df[c] = num
    df.attrs["first_line"] = first_line
    return df


def _output(df: pd.DataFrame, columns: list[tuple[int, date, str]], release: date, name: str) -> Parsed:
    entities = []
    for k, (code, label) in enumerate(zip(df[0], df[1])):
        clean = _FOOTNOTE.sub("", str(label)).strip()
        try:
            slug, display = normalize_country("Grand Total" if clean == "Total" else clean)
        except ValueError:
            raise ParseError(name, df.attrs["first_line"] + k, "a country name", str(label)) from None
        entities.append((str(code).strip(), slug, display))
    slugs = [e[1] for e in entities]
    dup = pd.Series(slugs).duplicated().to_numpy()
    if dup.any():
        k = int(np.flatnonzero(dup)[0])
        raise ParseError(name, df.attrs["first_line"] + k, "each country once", str(df[1].iloc[k]))
    kinds = sorted({kind for _, _, kind in columns}, key=list(TYPE_TITLES).index)
    series_rows = []
    for code, slug, display in entities:
        for kind in kinds:
            sid = f"tic.shl.{slug}.{kind}"
            series_rows.append({
                "id": sid, "title": f"{display}: {TYPE_TITLES[kind]} held (TIC annual survey, market value)",
                "unit": "USD mn", "frequency": "M", "country": display, "sector": sector_of(slug),
                "notes": f"TIC country code {code}. Annual survey of foreign holdings of US securities, as of "
                         "the end of the month shown (June since 2002; March 2000; December 1994, 1989, 1984, "
                         "1978, 1974). '*' (under $500,000) and 'n.a.' are not observations. Surveys before "
                         "2002 measured long-term securities only. By custodian country, like all TIC data."})
    n_kinds = len(kinds)
    col_kind = np.array([kinds.index(kind) for _, _, kind in columns])
    col_period = np.array([np.datetime64(survey, "ns") for _, survey, _ in columns])
    values = df[[i for i, _, _ in columns]].to_numpy(dtype="float64")  # countries x columns
    rows, cols = np.nonzero(~np.isnan(values))
    code = rows * n_kinds + col_kind[cols]
    order = np.lexsort((col_period[cols], code))
    long = pd.DataFrame({"code": code[order], "period": col_period[cols][order], "value": values[rows, cols][order],
                         "line": (df.attrs["first_line"] + rows[order]).astype(np.int32)})
    series = pd.DataFrame(series_rows, columns=SERIES_COLUMNS, dtype=object)
    obs = pd.DataFrame({"series_id": pd.Categorical.from_codes(long["code"].to_numpy(np.int32),
                                                              categories=pd.Index(series["id"], dtype=object)),
                        "period": long["period"].to_numpy("datetime64[ns]"), "value": long["value"],
                        "line": long["line"]},  # the country's line, for ustflow.validate's errors
                       columns=[*OBS_COLUMNS, "line"])
    used = np.unique(long["code"].to_numpy())
    series = series.iloc[used].reset_index(drop=True)  # no series without a value
    obs["series_id"] = obs["series_id"].cat.set_categories(pd.Index(series["id"], dtype=object))
    surveys = sorted({s for _, s, _ in columns})
    meta = {"surveys": [f"{s:%Y-%m}" for s in surveys], "countries": len(entities), "columns": len(columns)}
    return Parsed(series, obs, release, None, meta).validate(name)
