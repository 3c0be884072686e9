"""US Treasury TIC country tables: SLT Tables 1 and 3, legacy Table 3D and Form S.

All four are long "country x month" tables in millions of US dollars, so they share one reader:
locate the header, locate the end of the data by scanning back from the notes (the files carry long
text trailers), read the block with one vectorised ``pandas.read_csv`` call, check it, and reshape
to long format with numpy (Form S alone is ~41.5k rows x 12 columns; per-cell Python would blow
the load budget).

Publisher quirks handled here:

``slt_table3.txt`` -> ``tic.slt.<slug>.<field>``
    7 title lines, a two-row header whose second row holds machine names (``for_treas_pos`` ...).
    Field = machine name without ``for_`` and with ``treas`` spelled ``treasury``
    (``for_lt_treas_net`` -> ``lt_treasury_net``). Suppressed cells are ``n.a.``; all net columns are
    ``n.a.`` before 2023-02 (transactions are reported on Form SLT only from then). "Net" is net U.S.
    sales TO foreigners: positive = the foreign position increased.

``slt_table1.txt`` -> ``tic.slt1.<slug>.<field>``
    Same layout with 15 value columns (total LT, Treasuries, agencies, corporate bonds, equity; each
    holdings / net / valuation change). Field = machine name without ``for_``, keeping Treasury's
    abbreviations (``lt_treas_pos``, ``lt_agcy_net``, ``lt_eqty_valchg``) so ids map 1:1 to the
    published column definitions. Extra holder-type rows (``Of Which: Foreign Official Depository
    Institutions`` ...) become their own slugs.

``slt3d_globl.csv`` -> ``tic.slt3d.<slug>.<field>`` (discontinued after 2023-01)
    CSV whose header TEXT is chopped into fixed-width quoted cells (``"TABLE 3D:  U.S",". Treasury
    Secu",...``), numbers quoted with thousands separators (``"1,104,387"``), ``n.a.`` cells, and two
    missing months (2011-10, 2011-11).

``s1_globl.txt`` -> ``tic.forms.<slug>.<column>`` (Form S, 1977-01..2023-01, discontinued)
    ~20-line text header ending in a row ``[1] ... [12]`` of column numbers; quoted thousands. Gross
    purchases by foreigners [1]-[6], gross sales [7]-[12]; we add ``treasury_net`` = [1] - [7]
    (net foreign purchases of Treasury bonds & notes). Form S flows are transactions at
    transaction prices; SLT Table 3 net from 2023-02 is on a different basis (derived from
    market-value positions with a separate valuation change), so the two are never spliced silently:
    ``meta["basis_break"]`` and every series' notes say so.

Country codes are the identity: when two different codes would get the same slug, both get the code
appended (``<slug>_<code>``) and ``meta["slug_collisions"]`` records it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import Parsed
from ustflow.parse._text import decode_text, expect_text, guarded, make_series
from ustflow.vocab import is_aggregate, normalize_country, sector_of

UNIT_MN = "USD mn"
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DATA_ROW = re.compile(r'^"?[^\t",][^\t]*?"?[\t,]"?\d+"?[\t,]"?\d{4}-\d{2}"?[\t,]')
_CUSTODY = ("Country = residence of the custodian / counterparty, not of the beneficial owner "
            "(TIC FAQ #7).")

# ---------------------------------------------------------------------------------------------
# Field names and titles
# ---------------------------------------------------------------------------------------------

TABLE3_FIELDS = ["for_treas_pos", "for_treas_net", "for_lt_treas_pos", "for_lt_treas_net",
                 "for_lt_treas_valchg", "for_st_treas_pos", "for_st_treas_net"]
TABLE1_FIELDS = [f"for_lt_{a}_{b}" for a in ("total", "treas", "agcy", "corp", "eqty")
                 for b in ("pos", "net", "valchg")]
FORM_S_FIELDS = [
    "gross_purchases_treasury", "gross_purchases_agency", "gross_purchases_corporate_bonds",
    "gross_purchases_us_stocks", "gross_purchases_foreign_bonds", "gross_purchases_foreign_stocks",
    "gross_sales_treasury", "gross_sales_agency", "gross_sales_corporate_bonds",
    "gross_sales_us_stocks", "gross_sales_foreign_bonds", "gross_sales_foreign_stocks",
]
SLT3D_FIELDS = ["treasury_pos", "lt_treasury_pos", "st_treasury_pos"]

_ASSETS = {
    "treas": "US Treasury securities", "treasury": "US Treasury securities",
    "lt_treas": "long-term US Treasury bonds & notes", "lt_treasury": "long-term US Treasury bonds & notes",
    "st_treas": "short-term US Treasury bills", "st_treasury": "short-term US Treasury bills",
    "lt_total": "all long-term US securities", "lt_agcy": "long-term US agency bonds",
    "lt_corp": "long-term US corporate & other bonds", "lt_eqty": "US corporate equity",
}
_MEASURES = {"pos": "holdings", "net": "net US sales to foreigners", "valchg": "valuation change"}
_FORM_S_ASSETS = {
    "treasury": "US Treasury & federal financing bank bonds & notes",
    "agency": "bonds of US government corporations & federally sponsored agencies",
    "corporate_bonds": "US corporate & other bonds", "us_stocks": "US corporate stocks",
    "foreign_bonds": "foreign bonds", "foreign_stocks": "foreign stocks",
}


def table3_field(machine: str) -> str:
    """``for_lt_treas_net`` -> ``lt_treasury_net`` (Table 3 ids spell Treasury out)."""
    short = machine.removeprefix("for_")
    return re.sub(r"(^|_)treas(_|$)", r"\1treasury\2", short)


def table1_field(machine: str) -> str:
    """``for_lt_treas_pos`` -> ``lt_treas_pos`` (Table 1 ids keep Treasury's abbreviations)."""
    return machine.removeprefix("for_")


def _slt_field_title(field: str) -> str:
    asset, measure = field.rsplit("_", 1)
    return f"{_MEASURES[measure]} of {_ASSETS[asset]}"


def _form_s_title(field: str) -> str:
    if field == "treasury_net":
        return "net foreign purchases of US Treasury bonds & notes ([1] - [7])"
    side, asset = field.split("_", 2)[1], field.split("_", 2)[2]
    verb = "gross purchases by foreigners from US residents" if side == "purchases" \
        else "gross sales by foreigners to US residents"
    return f"{verb} of {_FORM_S_ASSETS[asset]}"


# ---------------------------------------------------------------------------------------------
# The shared reader
# ---------------------------------------------------------------------------------------------


@dataclass
class _Table:
    """A country x month block read from a file, plus where it sat (for error line numbers)."""

    labels: pd.Series  # country label per row, as printed
    code_idx: np.ndarray  # per row: index into ``codes``
    codes: list[str]  # distinct country codes (digits), in order of first appearance
    periods: np.ndarray  # YYYYMM int per row
    values: np.ndarray  # float (n_rows, n_fields), NaN = n.a.
    first_line: int  # 1-based line number of the first data row


def _last_data_line(lines: list[str], start: int) -> int:
    """Index of the last data row (scanning back over the notes trailer), or -1."""
    for i in range(len(lines) - 1, start - 1, -1):
        if _DATA_ROW.match(lines[i]):
            return i
    return -1


def _blank(line: str) -> bool:
    return not line.replace('"', "").replace("\t", "").replace(",", "").strip()


def _require_table_end(lines: list[str], last: int, name: str) -> None:
    """The row after the last well-formed data row must end the table (blank line or end of file):
    otherwise a malformed or cut-off row would be silently dropped."""
    if last + 1 < len(lines) and not _blank(lines[last + 1]):
        raise ParseError(name, last + 2, "a data row 'country, code, YYYY-MM, values...' or the blank line "
                         "ending the table", lines[last + 1].strip()[:80])


def _require_blank_between(lines: list[str], start: int, stop: int, name: str) -> None:
    for i in range(start, stop):
        if not _blank(lines[i]):
            raise ParseError(name, i + 1, "a data row 'country, code, YYYY-MM, values...'", lines[i].strip()[:80])


def _require_trailer(lines: list[str], last: int, marker: str, name: str) -> None:
    """The notes after the data prove the file is complete (a truncated download stops mid-data)."""
    for line in lines[last + 1:]:
        if line.replace('"', "").strip().startswith(marker):
            return
    raise ParseError(name, last + 1, f"the {marker!r} section after the last data row (file truncated?)",
                     lines[last].strip()[:80] if last >= 0 else "no data rows")


def _check_field_counts(region: list[str], sep: str, n_fields: int, first_line: int, name: str) -> None:
    """Every data row has exactly ``n_fields`` cells (cheap global check, exact search on failure)."""
    if sep == "\t":
        if "\n".join(region).count("\t") == (n_fields - 1) * len(region):
            return
        rows = (line.split("\t") for line in region)
    else:
        rows = _csv_rows(region)
    for k, row in enumerate(rows):
        if len(row) != n_fields:
            raise ParseError(name, first_line + k, f"{n_fields} fields per data row", region[k].strip())


def _csv_rows(lines: list[str]):
    return csv.reader(lines)


def _read_block(region: list[str], sep: str, n_values: int, first_line: int, name: str) -> _Table:
    """read_csv on the data rows, then check codes, months and numbers (distinct values only)."""
    cols = ["label", "code", "date"] + [f"v{k}" for k in range(n_values)]
    df = pd.read_csv(io.StringIO("\n".join(region)), sep=sep, header=None, names=cols, thousands=",",
                     dtype={"label": str, "code": str, "date": str}, na_values=["n.a."],
                     keep_default_na=False, skip_blank_lines=False, engine="c")
    if len(df) != len(region):
        raise ParseError(name, first_line, f"{len(region)} data rows", f"{len(df)} rows read")
    code_idx, codes = pd.factorize(df["code"], use_na_sentinel=False)
    _check_distinct(code_idx, [c if isinstance(c, str) and c.isdigit() else None for c in codes],
                    region, first_line, name, "a numeric country code")
    date_idx, dates = pd.factorize(df["date"], use_na_sentinel=False)
    months = [_yyyymm(d) for d in dates]
    _check_distinct(date_idx, months, region, first_line, name, "a month YYYY-MM")
    periods = np.asarray(months, dtype=np.int64)[date_idx]
    for c in cols[3:]:
        if df[c].dtype.kind not in "fiu":
            num = pd.to_numeric(df[c].str.replace(",", ""), errors="coerce")
            _check_rows(num.notna() | df[c].isna(), region, first_line, name, "a number or 'n.a.'")
            df[c] = num
    values = df[cols[3:]].to_numpy(dtype="float64")
    return _Table(df["label"], code_idx, [str(c) for c in codes], periods, values, first_line)


def _yyyymm(text) -> int | None:
    m = _ISO_MONTH.match(text) if isinstance(text, str) else None
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)) * 100 + int(m.group(2))


def _check_distinct(idx: np.ndarray, parsed: list, region: list[str], first_line: int, name: str,
                    expected: str) -> None:
    """``parsed[k]`` is None where distinct value k is invalid: report the first row holding one."""
    bad = [k for k, v in enumerate(parsed) if v is None]
    if bad:
        row = int(np.flatnonzero(np.isin(idx, bad))[0])
        raise ParseError(name, first_line + row, expected, region[row].strip()[:80])


def _check_rows(ok: pd.Series, region: list[str], first_line: int, name: str, expected: str) -> None:
    bad = ~ok.fillna(False).astype(bool)
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise ParseError(name, first_line + row, expected, region[row].strip()[:80])


def _slugs(table: _Table, name: str) -> tuple[list[tuple[str, str, str]], dict]:
    """Entities [(slug, display, code)] aligned with ``table.codes``, and bookkeeping.

    The country code is the identity; the first label printed for a code names it. Two codes that
    would share a slug both get their code appended (and are reported in ``slug_collisions``).
    """
    label_idx, label_texts = pd.factorize(table.labels, use_na_sentinel=False)
    key = table.code_idx.astype(np.int64) * (len(label_texts) + 1) + label_idx
    _, first_rows = np.unique(key, return_index=True)
    labels_of: dict[int, list[str]] = {}
    for row in np.sort(first_rows).tolist():
        text = str(label_texts[label_idx[row]]).strip().strip('"')
        if text not in labels_of.setdefault(int(table.code_idx[row]), []):
            labels_of[int(table.code_idx[row])].append(text)
    entities, variants = [], {}
    for i, code in enumerate(table.codes):
        labels = labels_of[i]
        slug, display = normalize_country(labels[0])
        entities.append([slug, display, code])
        if len(labels) > 1:
            variants[code] = labels
    by_slug: dict[str, list[int]] = {}
    for i, (slug, _, _) in enumerate(entities):
        by_slug.setdefault(slug, []).append(i)
    collisions = {}
    for slug, members in by_slug.items():
        if len(members) > 1:
            collisions[slug] = [entities[i][2] for i in members]
            for i in members:
                entities[i][0] = f"{slug}_{entities[i][2]}"
    return [tuple(e) for e in entities], {"slug_collisions": collisions, "label_variants": variants}


def _long(table: _Table, entity_idx: np.ndarray, entities: list, prefix: str,
          fields: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    """Vectorised melt: (rows x fields) -> long observations; also which (entity, field) have data."""
    k = len(fields)
    sid = [f"{prefix}.{e[0]}.{f}" for e in entities for f in fields]
    # ids as a Categorical built from codes: half a million rows never hash a string (the checks
    # for duplicates and the store's insert work on the integer codes)
    codes = (entity_idx[:, None] * k + np.arange(k)).ravel()
    periods = np.repeat(table.periods, k)
    values = table.values.ravel()
    keep = ~np.isnan(values)
    months = (periods // 100 - 1970) * 12 + (periods % 100 - 1)
    obs = pd.DataFrame({
        "series_id": pd.Categorical.from_codes(codes[keep], categories=sid),
        "period": months[keep].astype("datetime64[M]").astype("datetime64[ns]"),
        "value": values[keep],
        "line": np.repeat(table.first_line + np.arange(len(table.periods), dtype=np.int32), k)[keep],
    })
    has = np.zeros((len(entities), k), dtype=bool)
    rows, cols = np.nonzero(~np.isnan(table.values))
    has[entity_idx[rows], cols] = True
    return obs, has


def _series_rows(entities: list, fields: list[str], has: np.ndarray, prefix: str, title_of,
                 source: str, notes_of) -> pd.DataFrame:
    rows = []
    for i, (slug, display, code) in enumerate(entities):
        for j, f in enumerate(fields):
            if not has[i, j]:
                continue
            rows.append({
                "id": f"{prefix}.{slug}.{f}",
                "title": f"{display}: {title_of(f)} ({source})",
                "unit": UNIT_MN,
                "frequency": "M",
                "country": None if is_aggregate(slug) else display,
                "sector": sector_of(slug),
                "notes": f"{notes_of(f)} TIC country code {code}. {_CUSTODY}",
            })
    return make_series(rows)


def _duplicate_rows(table: _Table, name: str) -> None:
    """One row per country code and month (before melting: cheaper than checking the long frame)."""
    key = table.code_idx.astype(np.int64) * 1_000_000 + table.periods
    dup = pd.Series(key).duplicated()
    if dup.any():
        k = int(np.flatnonzero(dup.to_numpy())[0])
        raise ParseError(name, table.first_line + k, "one row per country code and month",
                         f"repeated {table.labels.iloc[k]} {table.codes[table.code_idx[k]]} {table.periods[k]}")


def _coverage(table: _Table) -> str:
    lo, hi = int(table.periods.min()), int(table.periods.max())
    return f"{lo // 100}-{lo % 100:02d}..{hi // 100}-{hi % 100:02d}"


def _suppressed(table: _Table, fields: list[str]) -> dict[str, int]:
    counts = np.isnan(table.values).sum(axis=0)
    return {f: int(c) for f, c in zip(fields, counts) if c}


def _build(table: _Table, fields: list[str], prefix: str, title_of, source: str, notes_of,
           name: str) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    entities, book = _slugs(table, name)
    _duplicate_rows(table, name)
    obs, has = _long(table, table.code_idx, entities, prefix, fields)
    series = _series_rows(entities, fields, has, prefix, title_of, source, notes_of)
    meta = {"coverage": _coverage(table), "n_rows": len(table.periods),
            "n_suppressed": _suppressed(table, fields), **book,
            "country_codes": {slug: code for slug, _, code in entities}}
    return series, obs, meta


# ---------------------------------------------------------------------------------------------
# SLT Tables 3 and 1 (current, tab separated, machine-name header row)
# ---------------------------------------------------------------------------------------------


def _machine_header(lines: list[str], expected: list[str], name: str) -> int:
    want = ["country", "country_code", "date"] + expected
    for i, line in enumerate(lines[:40]):
        cells = [c.strip() for c in line.split("\t")]
        if cells[:1] == ["country"]:
            got = [c for c in cells if c]
            if got != want:
                raise ParseError(name, i + 1, f"machine-name columns {', '.join(want)}", ", ".join(got))
            return i
    raise ParseError(name, None, "a machine-name header row 'country<TAB>country_code<TAB>date<TAB>for_...'",
                     next((ln.strip() for ln in lines if ln.strip()), ""))


def _read_slt(raw: bytes, name: str, fields: list[str]) -> _Table:
    lines = decode_text(raw, name).splitlines()
    expect_text(lines[:8], "millions of dollars", name, "the unit statement")
    head = _machine_header(lines, fields, name)
    last = _last_data_line(lines, head + 1)
    if last < 0:
        raise ParseError(name, head + 2, "data rows 'country<TAB>code<TAB>YYYY-MM<TAB>...' after the header",
                         lines[head + 1].strip() if head + 1 < len(lines) else "end of file")
    _require_table_end(lines, last, name)
    _require_trailer(lines, last, "Column definitions:", name)
    region = lines[head + 1:last + 1]
    _check_field_counts(region, "\t", 3 + len(fields), head + 2, name)
    return _read_block(region, "\t", len(fields), head + 2, name)


def _parse_slt(raw: bytes, name: str, machine: list[str], field_of, prefix: str, source: str,
               notes_of) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Series, observations and meta of an SLT table with a machine-name header (``source``: "SLT Table 3"
    or "SLT Table 1"): its ``machine`` columns become fields ``field_of(column)`` of series
    ``<prefix>.<slug>.<field>``; meta's ``source_file`` is the table's file stem (``slt_table3``)."""
    table = _read_slt(raw, name, machine)
    fields = [field_of(f) for f in machine]
    series, obs, meta = _build(table, fields, prefix, _slt_field_title, source, notes_of, name)
    meta.update(source_file=source.lower().replace("slt table ", "slt_table"),
                machine_names=dict(zip(fields, machine)))
    return series, obs, meta


_TABLE3_NOTES = {
    "pos": "End-of-month holdings at market value (long-term from Form SLT, bills from Form BL-2).",
    "net": ("Net U.S. sales to foreigners: positive = the foreign position increased (a net foreign "
            "purchase). Reported only from 2023-02 (n.a. before); short-term net is the month-over-month "
            "change in bill holdings with zero valuation change (footnote 2/)."),
    "valchg": ("Valuation change (price and other non-transaction changes) reported separately, so "
               "holdings change = net + valuation change."),
}


_TABLE1_NOTES = {
    "pos": "End-of-month holdings of long-term securities at market value (Form SLT).",
    "net": ("Net U.S. sales to foreigners: positive = the foreign position increased (a net foreign "
            "purchase). Reported only from 2023-02 (n.a. before)."),
    "valchg": _TABLE3_NOTES["valchg"],
}


@guarded("SLT Table 3, Treasury securities held by foreign residents (slt_table3.txt layout)")
def parse_slt_table3(raw: bytes, name: str) -> Parsed:
    """slt_table3.txt -> ``tic.slt.<slug>.<field>`` (USD mn); field e.g. ``lt_treasury_net``."""
    series, obs, meta = _parse_slt(
        raw, name, TABLE3_FIELDS, table3_field, "tic.slt", "SLT Table 3",
        lambda f: "SLT Table 3, millions of USD. " + _TABLE3_NOTES[f.rsplit("_", 1)[1]])
    meta.update(basis_note="From 2023-02 net flows are on the Form SLT basis; Form S flows "
                           "(tic.forms.*) end 2023-01 and are not comparable without adjustment.")
    # The file states no release date (only a link and titles): release_date None.
    return Parsed(series, obs, None, meta=meta).validate(name)


@guarded("SLT Table 1, long-term securities held by foreign residents (slt_table1.txt layout)")
def parse_slt_table1(raw: bytes, name: str) -> Parsed:
    """slt_table1.txt -> ``tic.slt1.<slug>.<field>`` (USD mn); field = machine name minus ``for_``."""
    series, obs, meta = _parse_slt(
        raw, name, TABLE1_FIELDS, table1_field, "tic.slt1", "SLT Table 1",
        lambda f: ("SLT Table 1, millions of USD; field names keep Treasury's machine spelling "
                   f"(for_{f}). " + _TABLE1_NOTES[f.rsplit("_", 1)[1]]))
    # No release date is stated in the file.
    return Parsed(series, obs, None, meta=meta).validate(name)


# ---------------------------------------------------------------------------------------------
# Legacy Table 3D (CSV with chopped header text)
# ---------------------------------------------------------------------------------------------


def _joined(line: str) -> str:
    """Header text chopped into quoted cells: glue the cells back together."""
    return " ".join("".join(next(_csv_rows([line]), [])).split())


def _slt3d_header(lines: list[str], name: str) -> int:
    """Check title, unit and column headings; return the index of the '-----' rule row."""
    title = " ".join(_joined(ln) for ln in lines[:8]).lower()
    for needle in ("table 3d", "treasury securities", "millions of dollars"):
        if needle not in title:
            raise ParseError(name, 5, f"the Table 3D title stating {needle!r}", title[:80])
    for i, line in enumerate(lines[:30]):
        if "----------" in line:
            above = next((k for k in range(i - 1, -1, -1) if "Total" in lines[k]), None)
            heads = [" ".join(c.split()) for c in next(_csv_rows([lines[above]]))[3:]] if above is not None else []
            if heads[:3] != ["Total U.S.", "Long-term", "Short-term"]:
                raise ParseError(name, (above if above is not None else i) + 1,
                                 "column headings 'Total U.S.', 'Long-term', 'Short-term'", ", ".join(heads))
            return i
    raise ParseError(name, None, "a '----------' rule row under the column headings", "none in the first 30 lines")


@guarded("legacy SLT Table 3D (slt3d_globl.csv layout)")
def parse_slt3d(raw: bytes, name: str) -> Parsed:
    """slt3d_globl.csv (2011-09..2023-01, discontinued) -> ``tic.slt3d.<slug>.<field>`` (USD mn)."""
    lines = decode_text(raw, name).splitlines()
    rule = _slt3d_header(lines, name)
    last = _last_data_line(lines, rule + 1)
    if last < 0:
        raise ParseError(name, rule + 2, 'data rows "country",code,"YYYY-MM",...', "none")
    _require_table_end(lines, last, name)
    _require_trailer(lines, last, "Notes:", name)
    start = next(i for i in range(rule + 1, last + 1) if _DATA_ROW.match(lines[i]))
    _require_blank_between(lines, rule + 1, start, name)
    region = lines[start:last + 1]
    _check_field_counts(region, ",", 6, start + 1, name)
    table = _read_block(region, ",", 3, start + 1, name)
    notes = {"treasury_pos": "Total US Treasury holdings (long-term + short-term).",
             "lt_treasury_pos": "Long-term Treasury bonds & notes (Form SLT).",
             "st_treasury_pos": "Short-term Treasury bills (Form BL-2)."}
    series, obs, meta = _build(
        table, SLT3D_FIELDS, "tic.slt3d", _slt_field_title, "legacy SLT Table 3D",
        lambda f: ("Legacy SLT Table 3D, millions of USD, end of month; DISCONTINUED after 2023-01 "
                   "(superseded by SLT Table 3, tic.slt.*). " + notes[f]), name)
    months = sorted(set(table.periods.tolist()))
    meta.update(source_file="slt3d_globl", stale=True, discontinued=True, last_period=meta["coverage"][-7:],
                missing_months=_gaps(months),
                notes="Legacy Table 3D, discontinued after the January 2023 data; use tic.slt.* from 2023-02.")
    return Parsed(series, obs, None, meta=meta).validate(name)


def _gaps(months: list[int]) -> list[str]:
    """YYYY-MM months missing between the first and last month present."""
    have = {m // 100 * 12 + m % 100 - 1 for m in months}
    lo, hi = min(have), max(have)
    return [f"{k // 12}-{k % 12 + 1:02d}" for k in range(lo, hi + 1) if k not in have]


# ---------------------------------------------------------------------------------------------
# Form S (s1_globl.txt)
# ---------------------------------------------------------------------------------------------

_BASIS_BREAK = ("Form S flows end 2023-01. From 2023-02 the successor is SLT Table 3 "
                "(tic.slt.<slug>.lt_treasury_net), on a different basis: SLT net is derived from "
                "market-value positions with a separate valuation change, Form S counted gross "
                "transactions. Never splice the two without flagging the break.")


def _form_s_header(lines: list[str], name: str) -> int:
    """Index of the '[1] ... [12]' column-number row; checks the gross purchases / sales headings."""
    text = " ".join(" ".join(ln.replace('"', "").split()) for ln in lines[:10]).lower()
    if "millions of dollars" not in text:
        raise ParseError(name, 2, "the unit statement ('millions of dollars') in the title lines", text[:80])
    for i, line in enumerate(lines[:40]):
        cells = [c.strip() for c in line.split("\t")]
        if cells[:1] == ["name"] or "[1]" in cells:
            want = ["name", "code", "month"] + [f"[{k}]" for k in range(1, 13)]
            got = [c for c in cells if c]
            if got != want:
                raise ParseError(name, i + 1, "column numbers 'name code month [1] ... [12]'", " ".join(got))
            heading = " ".join(" ".join(ln.split()) for ln in lines[:i]).lower()
            p, s = heading.find("gross purchases by foreigners"), heading.find("gross sales by foreigners")
            if not 0 <= p < s:
                raise ParseError(name, i, "'Gross purchases by foreigners' before 'Gross sales by foreigners' "
                                 "in the headings", heading[:80])
            return i
    raise ParseError(name, None, "a header row 'name<TAB>code<TAB>month<TAB>[1] ... [12]'",
                     next((ln.strip() for ln in lines if ln.strip()), ""))


def _form_s_table(raw: bytes, name: str) -> _Table:
    lines = decode_text(raw, name).splitlines()
    head = _form_s_header(lines, name)
    start = head + 1
    while start < len(lines) and not _DATA_ROW.match(lines[start]):
        if lines[start].strip() and set(lines[start].replace("\t", "").replace(" ", "")) != {"-"}:
            raise ParseError(name, start + 1, "data rows after the '[1] ... [12]' header", lines[start].strip())
        start += 1
    last = _last_data_line(lines, start)
    if last < 0:
        raise ParseError(name, start + 1, "data rows 'country<TAB>code<TAB>YYYY-MM<TAB>...'", "none")
    _require_table_end(lines, last, name)
    region = lines[start:last + 1]
    _check_field_counts(region, "\t", 15, start + 1, name)
    table = _read_block(region, "\t", 12, start + 1, name)
    # s1_globl has no trailer: the Grand Total block (code 99996) is printed last and covers every
    # month, so a missing or short Grand Total means the download stopped early.
    months = np.unique(table.periods)
    total = table.periods[table.code_idx == table.codes.index("99996")] if "99996" in table.codes else []
    if len(np.unique(total)) != len(months):
        raise ParseError(name, last + 1, f"'Grand Total' rows (code 99996) for all {len(months)} months at the "
                         "end (file truncated?)", f"{len(np.unique(total))} Grand Total months")
    return table


@guarded("Form S country table (s1_globl.txt layout)")
def parse_form_s(raw: bytes, name: str) -> Parsed:
    """s1_globl.txt (Form S, 1977-01..2023-01) -> ``tic.forms.<slug>.<column>`` (USD mn), plus
    ``treasury_net`` = [1] - [7]."""
    table = _form_s_table(raw, name)
    net = table.values[:, 0] - table.values[:, 6]
    table.values = np.column_stack([table.values, net])
    fields = FORM_S_FIELDS + ["treasury_net"]

    def notes_of(f: str) -> str:
        col = "derived [1] - [7]" if f == "treasury_net" else f"column [{FORM_S_FIELDS.index(f) + 1}]"
        return f"Form S (s1_globl.txt), {col}, millions of USD, monthly transactions. {_BASIS_BREAK}"

    series, obs, meta = _build(table, fields, "tic.forms", _form_s_title, "Form S", notes_of, name)
    meta.update(source_file="s1_globl", discontinued=True, stale=True,
                basis_break={"last_period": meta["coverage"][-7:], "successor": "tic.slt.<slug>.lt_treasury_net",
                             "successor_from": "2023-02", "note": _BASIS_BREAK},
                columns={f"[{k + 1}]": f for k, f in enumerate(FORM_S_FIELDS)})
    # Form S states no release date.
    return Parsed(series, obs, None, meta=meta).validate(name)
