"""Japan Ministry of Finance: International Transactions in Securities (対外及び対内証券売買契約等の状況).

Files (CP932 CSV, 100 million yen, see shared/data/provenance/mof_its.md):

- ``week.csv``     weekly flows, residents in foreign securities ("assets") and non-residents in
  Japanese securities ("liabilities");
- ``montha1.csv``  the same, monthly, plus the net balances (A-B) and (C-D);
- ``monthb2/3/4.csv`` residents' flows in foreign equity / long-term debt / short-term debt by investor
  type (banks, trust accounts, life insurers, investment trusts, ...).

Series ids::

    mof.weekly.<assets|liabilities>.<equity|lt_debt|st_debt>.<acq|disp|net>
    mof.weekly.<assets|liabilities>.<subtotal|total>.net
    mof.monthly.<assets|liabilities>.<equity|lt_debt|st_debt>.<acq|disp|net>
    mof.monthly.<assets|liabilities>.<subtotal|total>.net
    mof.monthly.net_flows.<subtotal|total>        (A-B) and (C-D) of montha1
    mof.monthly.<equity|lt_debt|st_debt>.<sector>.<acq|disp|net>     sector: a key of SECTORS

"subtotal" is equity + long-term debt, "total" adds short-term debt (MoF's own aggregation).

Publisher quirks this module handles, and why it is strict about them:

- Bilingual header of 11 to 15 rows with merged-cell blanks and a quoted multi-line first cell
  (``"期間\\nPeriod"``). Rather than skip a fixed number of rows, the parser finds the first data row
  and then checks that every value column is headed by the expected English labels (instrument or
  investor type, and Acquisition / Disposition / Net). A reordered or renamed column is a ParseError
  naming the column, not a silently mislabelled series.
- Numbers are strings with thousands separators and sometimes a trailing blank (``"1,689 "``,
  ``"-25,726 "``); ``-`` means "not available" (for instance the central bank before 2014) and is
  not an observation. Signs are MoF's: + = net acquisition (net purchase), - = net disposition. The
  CSVs already use this convention throughout (the pre-2014 press releases did not), so nothing is
  flipped.
- Week labels use full-width dots and a wave dash, with the year only on the start date unless the
  week crosses a year: ``2005．1．2～ 1．8``, ``2025．12．28～2026．1．3``. Every week must run Sunday
  to Saturday (7 days) and weeks must strictly increase; the period is the week's Saturday.
- Monthly files give the year only on January rows (February carries the era year, ``(平成17年)``);
  months are ``１月``/``Jan``. Rows for the rest of the current year are empty placeholders and are
  skipped, but only at the end. Calendar-year and fiscal-year total rows (``2005CY``, ``2025FY``)
  follow the months; they are skipped because they are sums of the monthly values (their count is in
  ``meta``). A month sequence with a gap or a step back is a ParseError.
- The January 2014 category break: investment funds (including open-end contractual funds previously
  counted as long-term debt) are recorded under "equity and investment fund shares" from 2014-01,
  so equity and LT-debt levels are not comparable across the break. Series notes say so.
- "Final Update  August  14 , 2026" gives the release date.
- Truncation: every MoF file ends with a notes footer (``（備考）`` / ``(Note 1)``). A file that stops
  before it is refused as truncated, even when the cut fell on a row boundary, because the rows it
  does contain would otherwise look like a complete, merely older, release.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from itertools import islice
from typing import NamedTuple

import numpy as np
import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import SERIES_COLUMNS, Parsed
from ustflow.parse._text import long_observations, read_rows, read_text, ymd_dates
from ustflow.vocab import MOF_SECTORS

UNIT = "JPY 100mn"

INSTRUMENTS: dict[str, str] = {
    "equity": "Equity and investment fund shares",
    "lt_debt": "Long-term debt securities",
    "st_debt": "Short-term debt securities",
}

# Investor types of monthb2/3/4: slug -> English label (MoF's wording, lightly tidied).
SECTORS = MOF_SECTORS  # the investor types live in ustflow.vocab (no pandas needed to list them)

# monthb2/3/4: first column of each investor block (acquisition, disposition, net) and the English
# heading MoF prints above it.
_INVESTOR_BLOCKS: list[tuple[int, str, str]] = [
    (3, "all", "(a+b+c+d)"),
    (6, "public", "Public Sector"),
    (9, "central_bank", "Central Bank (a)"),
    (12, "general_government", "General Government (c)"),
    (15, "deposit_taking", "Deposit-taking Corporations (b)"),
    (18, "banks", "Banks (Banking Accounts)"),
    (21, "trust_banks", "Trust Banks (Banking Accounts)"),
    (24, "other_sectors", "Other Sectors (d)"),
    (27, "other_financial", "Other Financial Corporations"),
    (30, "trust_accounts", "Banks and Trust banks (Trust Accounts)"),
    (33, "banks_trust_accounts", "Banks (Trust Accounts)"),
    (36, "trust_banks_trust_accounts", "Trust Banks (Trust Accounts)"),
    (39, "financial_instruments_firms", "Financial Instruments Firms"),
    (42, "life_insurers", "Life Insurance Companies"),
    (45, "nonlife_insurers", "Non-Life Insurance Companies"),
    (48, "investment_trusts", "Investment Trust Management Companies"),
    (51, "others", "Others"),
]

_SECTOR_NOTES: dict[str, str] = {
    "all": "Sum of all investor types (a+b+c+d); equals the residents' series of montha1.",
    "public": "Central bank (a) plus general government (c).",
    "central_bank": "Not available ('-') before 2014.",
    "general_government": "Not available ('-') before 2014.",
    "trust_accounts": "Banks' and trust banks' trust accounts: the usual proxy for pension funds "
                      "(GPIF and corporate pensions invest through trust banks).",
    "banks_trust_accounts": "Not available ('-') before 2014.",
    "trust_banks_trust_accounts": "Not available ('-') before 2014.",
    "financial_instruments_firms": "Through 2007-09 compiled on the old category 'securities "
                                   "companies' (renamed with the Financial Instruments and Exchange Act).",
    "investment_trusts": "Includes asset management companies. Through 2007-09 compiled on the old "
                         "category 'investment trust management companies' (before the FIEA).",
}

_MEASURE_LABEL = {"acq": "Acquisition", "disp": "Disposition", "net": "Net"}
_MEASURE_TEXT = {"acq": "gross acquisitions (purchases)", "disp": "gross dispositions (sales)",
                 "net": "net purchases"}
# One side (assets or liabilities) of week.csv / montha1.csv: 11 columns.
_SIDE_LAYOUT: list[tuple[str, str, str]] = [
    ("equity", "acq", "Equity and investment fund shares"), ("equity", "disp", ""), ("equity", "net", ""),
    ("lt_debt", "acq", "Long-term debt securities"), ("lt_debt", "disp", ""), ("lt_debt", "net", ""),
    ("subtotal", "net", "Subtotal"),
    ("st_debt", "acq", "Short-term debt securities"), ("st_debt", "disp", ""), ("st_debt", "net", ""),
    ("total", "net", "Total"),
]
_SIDE_HEADING = {"assets": "Portfolio Investment Assets", "liabilities": "Portfolio Investment Liabilities"}

_SIGN_NOTE = ("Unit: 100 million yen (JPY 100mn = JPY 0.1 bn). Sign as published: + = net acquisition "
              "(net purchase), - = net disposition.")
_BREAK_NOTE = ("Category break 2014-01: investment funds (incl. open-end contractual funds previously in "
               "long-term debt) are recorded under equity and investment fund shares from January 2014; "
               "levels are not comparable across the break.")
_SOURCE_NOTE = "MoF International Transactions in Securities (reports of designated major investors)."

_WEEK_RE = re.compile(
    r"^\s*(\d{4})\s*[．.]\s*(\d{1,2})\s*[．.]\s*(\d{1,2})\s*[～〜~]\s*"
    r"(?:(\d{4})\s*[．.]\s*)?(\d{1,2})\s*[．.]\s*(\d{1,2})\s*$")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_NO = {m: i for i, m in enumerate(_MONTHS, 1)}
_FULL_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
_RELEASE_RE = re.compile(r"Final\s+Update\s+([A-Za-z]+)\.?\s+(\d{1,2})\s*,\s*(\d{4})")
_TOTAL_ROW_RE = re.compile(r"\d{4}\s*(CY|FY)\s*$")
_JP_MONTH_RE = re.compile(r"^\s*(\d{1,2})\s*月\s*$")
_YEAR_RE = re.compile(r"^\s*(\d{4})\s*$")


# --- parsers ---------------------------------------------------------------------------------------

def parse_week(raw: bytes, name: str) -> Parsed:
    """week.csv: weekly flows, period = the week's Saturday."""
    rows, lines = _read(raw, name, width=23, title="International Transactions in Securities (Weekly")
    data, stack_end = _body(rows, lines, name, is_data=lambda r: bool(_WEEK_RE.match(r[0])),
                            example="a week label like '2005．1．2～ 1．8'")
    columns = _flow_columns(first=1, monthly=False)
    _check_header(rows, lines, name, stack_end, columns, sides={1: _SIDE_HEADING["assets"],
                                                                12: _SIDE_HEADING["liabilities"]})
    periods = _week_periods([rows[i][0] for i in data], [lines[i] for i in data], name)
    values = _numbers(rows, lines, data, [c.col for c in columns], name)
    series = _flow_series(columns, "weekly", "W")
    days = np.diff(periods.to_numpy().astype("datetime64[D]").astype(np.int64))
    gaps = [f"{periods[i]:%Y-%m-%d}..{periods[i + 1]:%Y-%m-%d}" for i in np.flatnonzero(days > 7)]
    meta = {"first_period": f"{periods[0]:%Y-%m-%d}", "last_period": f"{periods[-1]:%Y-%m-%d}",
            "weeks": len(periods), "missing_weeks": gaps, "category_break": "2014-01"}
    return _result(rows, lines, name, series, [c.sid for c in columns], periods, values, meta,
                   [lines[i] for i in data])


def parse_montha1(raw: bytes, name: str) -> Parsed:
    """montha1.csv: monthly flows by side and instrument, plus the net balances (A-B) and (C-D)."""
    rows, lines = _read(raw, name, width=27, title="International Transactions in Securities(Monthly")
    data, stack_end = _body(rows, lines, name, is_data=_is_month_row, skip=_is_total_row,
                            example="a month row like ',１月,Jan,...'")
    columns = _flow_columns(first=3, monthly=True) + [
        Column(25, "mof.monthly.net_flows.subtotal", "net_flows", "subtotal", "net", ("Subtotal", "Net", "(A-B)")),
        Column(26, "mof.monthly.net_flows.total", "net_flows", "total", "net", ("Total", "Net", "(C-D)")),
    ]
    _check_header(rows, lines, name, stack_end, columns, sides={0: _SIDE_HEADING["assets"],
                                                                14: _SIDE_HEADING["liabilities"]})
    return _monthly_result(rows, lines, name, data, columns, _flow_series(columns, "monthly", "M"))


def parse_monthb2(raw: bytes, name: str) -> Parsed:
    """monthb2.csv: residents' foreign equity and investment fund shares by investor type."""
    return _parse_investors(raw, name, "equity")


def parse_monthb3(raw: bytes, name: str) -> Parsed:
    """monthb3.csv: residents' foreign long-term debt securities by investor type."""
    return _parse_investors(raw, name, "lt_debt")


def parse_monthb4(raw: bytes, name: str) -> Parsed:
    """monthb4.csv: residents' foreign short-term debt securities by investor type."""
    return _parse_investors(raw, name, "st_debt")


def _parse_investors(raw: bytes, name: str, instr: str) -> Parsed:
    rows, lines = _read(raw, name, width=54, title=f"by Types of Investors({INSTRUMENTS[instr]})")
    data, stack_end = _body(rows, lines, name, is_data=_is_month_row, skip=_is_total_row,
                            example="a month row like ',1月,Jan,...'")
    columns = []
    for first, sector, heading in _INVESTOR_BLOCKS:
        for k, measure in enumerate(("acq", "disp", "net")):
            labels = (heading, _MEASURE_LABEL[measure]) if k == 0 else (_MEASURE_LABEL[measure],)
            columns.append(Column(first + k, f"mof.monthly.{instr}.{sector}.{measure}", sector, instr, measure,
                                  labels))
    _check_header(rows, lines, name, stack_end, columns)
    series = pd.DataFrame([{
        "id": sid, "title": f"{SECTORS[sector]}: {_MEASURE_TEXT[measure]} of foreign "
                            f"{INSTRUMENTS[instr].lower()} (monthly)",
        "unit": UNIT, "frequency": "M", "country": "Japan", "sector": sector,
        "notes": " ".join(filter(None, [
            _SOURCE_NOTE, f"Residents' transactions in foreign securities by investor type "
                          f"({SECTORS[sector]}).", _SIGN_NOTE,
            _BREAK_NOTE if instr != "st_debt" else "", _SECTOR_NOTES.get(sector, ""),
            "'-' in the file (not available) is not an observation."])),
    } for _, sid, sector, _, measure, _ in columns], columns=SERIES_COLUMNS)
    return _monthly_result(rows, lines, name, data, columns, series)


# --- layout ----------------------------------------------------------------------------------------

class Column(NamedTuple):
    col: int  # 0-based position in the row
    sid: str  # series id
    group: str  # assets / liabilities / net_flows, or the investor sector
    instr: str
    measure: str
    labels: tuple[str, ...]  # English headings expected above the column


def _flow_columns(first: int, monthly: bool) -> list[Column]:
    freq = "monthly" if monthly else "weekly"
    out: list[Column] = []
    for s, side in enumerate(("assets", "liabilities")):
        base = first + 11 * s
        for k, (instr, measure, heading) in enumerate(_SIDE_LAYOUT):
            label = _MEASURE_LABEL[measure]
            if monthly and instr in ("subtotal", "total"):
                label += " (" + "ABCD"[2 * (instr == "total") + s] + ")"  # montha1 prints "Net (A)" ...
            labels = (heading, label) if heading else (label,)
            out.append(Column(base + k, f"mof.{freq}.{side}.{instr}.{measure}", side, instr, measure, labels))
    return out


def _flow_series(columns: list[Column], freq_word: str, freq: str) -> pd.DataFrame:
    records = []
    for _, sid, side, instr, measure, _ in columns:
        if side == "net_flows":
            what = ("equity, investment fund shares and long-term debt securities (A-B)"
                    if instr == "subtotal" else "all securities incl. short-term debt (C-D)")
            title = (f"Net portfolio outflow from Japan, {what}: residents' net purchases of foreign "
                     f"minus non-residents' net purchases of Japanese securities ({freq_word})")
            notes = ("montha1's last columns: residents' net purchases of foreign securities (A, C) minus "
                     "non-residents' net purchases of Japanese securities (B, D); + = net portfolio "
                     "outflow from Japan.")
            sector = None
        else:
            who, whose = ("Residents'", "foreign") if side == "assets" else ("Non-residents'", "Japanese")
            if instr == "subtotal":
                what = "equity, investment fund shares and long-term debt securities (subtotal)"
            elif instr == "total":
                what = "securities, all instruments (total)"
            else:
                what = INSTRUMENTS[instr].lower()
            title = f"{who} {_MEASURE_TEXT[measure]} of {whose} {what} ({freq_word})"
            notes = ("Portfolio investment assets: residents' transactions in foreign securities."
                     if side == "assets" else
                     "Portfolio investment liabilities: non-residents' transactions in Japanese securities.")
            if instr in ("equity", "lt_debt"):
                notes += " " + _BREAK_NOTE
            elif instr in ("subtotal", "total"):
                notes += (" Sum of equity and long-term debt" + (" and short-term debt" if instr == "total"
                                                                  else "") +
                          "; the 2014 reclassification moves funds within it.")
            sector = "residents" if side == "assets" else "non-residents"
        if freq == "W":
            notes += (" Week = Sunday..Saturday, period = the Saturday. Weekly figures are revised after "
                      "first release.")
        records.append({"id": sid, "title": title, "unit": UNIT, "frequency": freq, "country": "Japan",
                        "sector": sector, "notes": f"{_SOURCE_NOTE} {notes} {_SIGN_NOTE}"})
    return pd.DataFrame(records, columns=SERIES_COLUMNS)


# --- reading ---------------------------------------------------------------------------------------

def _read(raw: bytes, name: str, *, width: int, title: str) -> tuple[list[list[str]], Sequence[int]]:
    """Decode CP932, check the English title (line 2), split into rows of ``width`` cells."""
    expected = f"a MoF CSV titled '{title}...'"
    text = read_text(raw, name, encoding="cp932", what=expected)
    # The title first: a wrong file (or a wrong parser) is best named by its title, not its width.
    head = list(islice(csv.reader(io.StringIO(text)), 2))
    found = head[1][0] if len(head) == 2 and head[1] else ""
    if _norm(title) not in _norm(found):
        raise ParseError(name, 2 if len(head) == 2 else 1, expected, found or text.split("\n", 1)[0])
    return read_rows(text, name, width=width)


def _norm(text: str) -> str:
    """Compare headings by content: full-width forms, case and all blanks do not matter."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _is_blank(row: list[str]) -> bool:
    return not any(c.strip() for c in row)


def _is_footer(row: list[str]) -> bool:
    head = row[0].strip()
    return head.startswith(("（備考）", "(備考)")) or "(Note" in head or "(Note" in row[1]


def _is_month_row(row: list[str]) -> bool:
    return row[2].strip() in _MONTH_NO


def _is_total_row(row: list[str]) -> bool:
    return bool(_TOTAL_ROW_RE.search(row[0]))


def _body(rows: list[list[str]], lines: Sequence[int], name: str, *, is_data: Callable[[list[str]], bool],
          example: str, skip: Callable[[list[str]], bool] | None = None) -> tuple[list[int], int]:
    """Indices of the data rows, and the index of the first one (the header ends just above it).

    After the first data row only data rows, blank rows, ``skip`` rows and finally the notes footer
    may appear; anything else is a layout change.
    """
    start = next((i for i, r in enumerate(rows) if is_data(r)), None)
    if start is None:
        raise ParseError(name, lines[-1], f"{example} after the header (file truncated?)",
                         ",".join(rows[-1]))
    data: list[int] = []
    for i in range(start, len(rows)):
        r = rows[i]
        if is_data(r):
            data.append(i)
        elif _is_footer(r):
            # notes text among the data rows would otherwise end the table early and drop the
            # weeks or months after it without a word
            later = next((j for j in range(i + 1, len(rows)) if is_data(rows[j])), None)
            if later is not None:
                raise ParseError(name, lines[i], f"the notes footer after the last data row (a data row follows "
                                 f"at line {lines[later]})", ",".join(r).rstrip(",")[:80])
            return data, start
        elif not (_is_blank(r) or (skip is not None and skip(r))):
            raise ParseError(name, lines[i], f"{example}, a blank row or the notes footer",
                             ",".join(r).rstrip(","))
    raise ParseError(name, lines[-1], "the notes footer ('（備考）', '(Note 1)') after the data: "
                     "the file looks truncated", ",".join(rows[-1]).rstrip(","))


def _check_header(rows: list[list[str]], lines: Sequence[int], name: str, stop: int,
                  columns: list[Column], sides: dict[int, str] | None = None) -> None:
    """Every value column must carry its expected English headings somewhere in the header.

    ``sides``: column -> side heading ("Portfolio Investment Assets") expected in that column.
    """
    checks = [(c.col, c.labels) for c in columns]
    checks += [(col, (heading,)) for col, heading in (sides or {}).items()]
    for col, labels in checks:
        stack = [rows[i][col] for i in range(stop) if rows[i][col].strip()]
        cells = {_norm(c) for c in stack}
        for label in labels:
            want = _norm(label)
            # The side heading carries a number in week.csv ("1. Portfolio Investment Assets").
            ok = want in cells if label not in _SIDE_HEADING.values() else any(want in c for c in cells)
            if not ok:
                raise ParseError(name, lines[stop - 1],
                                 f"the header (lines {lines[0]}-{lines[stop - 1]}) to head column {col + 1} "
                                 f"'{label}'", " / ".join(s.strip() for s in stack) or "an empty column")


def _release_date(rows: list[list[str]], lines: Sequence[int], name: str) -> date | None:
    for i, row in enumerate(rows[:6]):
        for cell in row:
            m = _RELEASE_RE.search(cell)
            if m:
                try:
                    return date(int(m[3]), _FULL_MONTHS[m[1].lower()], int(m[2]))
                except (KeyError, ValueError) as e:
                    raise ParseError(name, lines[i], "a release date 'Final Update  <Month> <day>, <year>'",
                                     cell) from e
    return None


def _numbers(rows: list[list[str]], lines: Sequence[int], data: list[int], cols: list[int],
             name: str) -> np.ndarray:
    """The value cells of the data rows as float64 (rows x cols); '-' and blanks become NaN.

    The cells are cleaned in one pass over a single joined string (thousands separators, blanks,
    full-width and triangle minus signs) and converted by pandas' C reader: a string operation per
    cell costs several times more. Only when that fails is the bad cell looked for, cell by cell.
    """
    block = np.array([rows[i] for i in data], dtype=object)[:, cols]
    n, k = block.shape
    text = _clean_numbers("\n".join(map("\x1f".join, block.tolist()))).replace("\x1f", ",")
    try:
        values = pd.read_csv(io.StringIO(text), header=None, names=range(k), dtype=np.float64,
                             na_values=["-", ""], keep_default_na=False, skip_blank_lines=False,
                             quoting=csv.QUOTE_NONE).to_numpy()
        if values.shape == (n, k) and np.isfinite(values[~np.isnan(values)]).all():
            return values
    except (ValueError, pd.errors.ParserError):
        pass
    for r in range(n):
        for c in range(k):
            token = _clean_numbers(str(block[r, c]))
            try:
                ok = token in ("", "-") or np.isfinite(float(token))
            except ValueError:
                ok = False
            if not ok:
                raise ParseError(name, lines[data[r]], f"a number or '-' in column {cols[c] + 1}",
                                 str(block[r, c]))
    raise ParseError(name, lines[data[0]], "value cells readable as numbers", "a layout pandas could not read")


def _clean_numbers(text: str) -> str:
    return (text.replace(",", "").replace(" ", "").replace("\u3000", "")
            .replace("－", "-").replace("−", "-").replace("▲", "-").replace("△", "-"))


_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _week_periods(labels: list[str], label_lines: list[int], name: str) -> pd.DatetimeIndex:
    """Week labels -> the week's Saturday, checking Sunday..Saturday and strictly increasing weeks."""
    g = np.array([[int(x) for x in _WEEK_RE.match(s).groups(default="0")] for s in labels],  # type: ignore[union-attr]
                 dtype=np.int64).reshape(-1, 6)
    sy, sm, sd, ey, em, ed = g.T
    # The end date repeats the year only when the week crosses into a new one.
    ey = np.where(ey > 0, ey, sy + ((em * 100 + ed) < (sm * 100 + sd)))
    start, end = ymd_dates(sy, sm, sd), ymd_dates(ey, em, ed)
    bad = np.flatnonzero(np.isnat(start) | np.isnat(end))
    if len(bad):
        i = int(bad[0])
        raise ParseError(name, label_lines[i], "a week label with real dates", labels[i])
    first_day = start.astype(np.int64)
    sunday = (first_day + 3) % 7 == 6  # 1970-01-01 was a Thursday (Monday = 0)
    bad = np.flatnonzero((end.astype(np.int64) - first_day != 6) | ~sunday)
    if len(bad):
        i = int(bad[0])
        raise ParseError(name, label_lines[i], "a week running Sunday to Saturday (7 days)",
                         f"{labels[i]} = {_DAY_NAMES[(first_day[i] + 3) % 7]} {start[i]}.."
                         f"{_DAY_NAMES[(end[i].astype(np.int64) + 3) % 7]} {end[i]}")
    back = np.flatnonzero(np.diff(end.astype(np.int64)) <= 0)
    if len(back):
        i = int(back[0]) + 1
        raise ParseError(name, label_lines[i], f"a week after the one ending {end[i - 1]}", labels[i])
    return pd.DatetimeIndex(end.astype("datetime64[us]"))


def _monthly_result(rows: list[list[str]], lines: Sequence[int], name: str, data: list[int],
                    columns: list[Column], series: pd.DataFrame) -> Parsed:
    """Month rows -> periods (checked consecutive), dropping the empty placeholder months at the end."""
    months: list[int] = []  # year * 12 + month - 1, so consecutive months differ by exactly 1
    year = None
    for i in data:
        row = rows[i]
        m_year = _YEAR_RE.match(row[0])
        if m_year:
            year = int(m_year[1])
        month = _MONTH_NO[row[2].strip()]
        m_jp = _JP_MONTH_RE.match(unicodedata.normalize("NFKC", row[1]))
        if not m_jp or int(m_jp[1]) != month:
            raise ParseError(name, lines[i], f"the Japanese month '{month}月' beside '{row[2].strip()}'", row[1])
        if year is None:
            raise ParseError(name, lines[i], "a year in the first month row", ",".join(row[:3]))
        months.append(year * 12 + month - 1)
    step = np.flatnonzero(np.diff(months) != 1)
    if len(step):
        k = int(step[0]) + 1
        prev, this = divmod(months[k - 1], 12), divmod(months[k], 12)
        raise ParseError(name, lines[data[k]], f"the month after {prev[0]}-{prev[1] + 1:02d} (the year is "
                         "given on January rows)", f"{this[0]}-{this[1] + 1:02d}: " + ",".join(rows[data[k]][:3]))
    cols = [c.col for c in columns]
    values = _numbers(rows, lines, data, cols, name)
    filled = ~np.isnan(values).all(axis=1)
    n_filled = int(filled.sum())
    if not filled[:n_filled].all():  # empty months may only trail (the rest of the current year)
        k = int(np.flatnonzero(~filled)[0])
        y, m = divmod(months[k], 12)
        raise ParseError(name, lines[data[k]], f"values for {y}-{m + 1:02d} (only months after the latest "
                         "may be empty)", ",".join(rows[data[k]]).rstrip(","))
    if not n_filled:
        raise ParseError(name, lines[-1], "at least one month with values", "only empty month rows")
    values = values[:n_filled]
    periods = np.array(months[:n_filled]) - 1970 * 12
    index = pd.DatetimeIndex(periods.astype("datetime64[M]").astype("datetime64[us]"))
    meta = {"first_period": f"{index[0]:%Y-%m}", "last_period": f"{index[-1]:%Y-%m}",
            "months": n_filled, "placeholder_months": len(months) - n_filled,
            "annual_total_rows_skipped": sum(1 for r in rows if _is_total_row(r)),
            "category_break": "2014-01"}
    return _result(rows, lines, name, series, [c.sid for c in columns], index, values, meta,
                   [lines[i] for i in data[:n_filled]])


def _result(rows: list[list[str]], lines: Sequence[int], name: str, series: pd.DataFrame, ids: list[str],
            periods: pd.DatetimeIndex, values: np.ndarray, meta: dict, row_lines: list[int]) -> Parsed:
    release = _release_date(rows, lines, name)
    if release is None:
        meta["release_date"] = "not stated in the file"
    obs = long_observations(ids, periods, values, row_lines)
    return Parsed(series, obs, release, None, meta).validate(name)


