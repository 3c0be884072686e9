"""US Treasury TIC "Major Foreign Holders of Treasury Securities" (MFH) tables.

Three files, three layouts, one series family:

``mfhhis01.txt`` (history since March 2000, ``tic.holdings.<slug>``)
    One block per year, columns newest -> oldest, tab separated with trailing tabs on every line.
    Treasury re-benchmarks holdings to its annual surveys, and at each benchmark month it prints the
    month TWICE: the new series first, then the old series "shown for comparison only" (two ``Jun``
    columns in 2002-2011, two ``Mar`` in 2000). We keep ONE value per month, the new (left) one, and
    record the old-series values in ``meta["series_breaks"]`` so nothing is silently lost. Dec 2011
    is a break without an overlap column (bonds and notes from Form SLT from then on); it is
    recorded too. The header rows ``Series 16/`` / ``XII`` above the months say which column is
    which. Integers are printed without decimals (``1200``), country labels carry footnote marks
    and stray spaces (see ``ustflow.vocab``), and the release date is only stated in the footer
    (``5/18/2026`` or ``3/18/26`` and the ``(2025 revised May 18, 2026)`` revision list).

``slt_table5.txt`` (current 13 months, also ``tic.holdings.<slug>``)
    One header row of ISO months, newest first; different official-line labels
    (``Of Which: Foreign Official ...``); it states no release date.

``mfh.txt`` (legacy address, ``tic.mfh_legacy.<slug>``)
    Fixed-width text with a two-row header (month names, then years). Treasury stopped updating it
    after January 2023 but the URL still answers 200: it must never feed ``tic.holdings.*``, so it
    gets its own ids and ``meta["stale"] = True``.

Units: billions of US dollars, end-of-month holdings. Country = residence of the custodian, not of
the beneficial owner (TIC FAQ #7).

Decoding, error wrapping and output assembly shared with ``tic_slt`` and the other parsers live in
``ustflow.parse._text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable

import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import Parsed
from ustflow.parse._text import (
    decode_text,
    expect_text,
    guarded,
    make_obs,
    make_series,
    month_start,
    parse_number,
    yyyymm_str,
)
from ustflow.vocab import (
    footnote_marks,
    is_aggregate,
    is_heading,
    normalize_country,
    sector_of,
)

UNIT_BN = "USD bn"
_MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1)}
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_CUSTODY_NOTE = ("Country = residence of the custodian, not of the beneficial owner (TIC FAQ #7): "
                 "custodial centres overstate, and owners such as China understate, true holdings.")

# --------------------------------------------------------------------------------------------
# Cells of the TIC text tables
# --------------------------------------------------------------------------------------------


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _label(cell: str) -> str:
    return cell.replace('""', '"').strip().strip('"')


# --------------------------------------------------------------------------------------------
# Release dates
# --------------------------------------------------------------------------------------------

_REVISED = re.compile(r"^\((\d{4}) revised ([A-Z][a-z]+ \d{1,2}, \d{4})\)$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_LONG_DATE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$")


def _stated_date(text: str) -> tuple[str | None, date | None]:
    """(revised block year or None, date) for one footer line, or (None, None)."""
    m = _REVISED.match(text)
    if m:
        return m.group(1), datetime.strptime(m.group(2), "%B %d, %Y").date()
    m = _SLASH_DATE.match(text)
    if m:
        fmt = "%m/%d/%y" if len(m.group(3)) == 2 else "%m/%d/%Y"  # '3/18/26' is 2026-03-18
        return None, datetime.strptime(text, fmt).date()
    if _LONG_DATE.match(text):
        return None, datetime.strptime(text, "%B %d, %Y").date()
    return None, None


def footer_dates(lines: Iterable[str]) -> tuple[date | None, dict[str, str]]:
    """Newest date stated in a footer, and the per-year revision list ``{'2025': '2026-05-18'}``."""
    newest: date | None = None
    revisions: dict[str, str] = {}
    for line in lines:
        year, when = _stated_date(_label(line.split("\t")[0]))
        if when is None:
            continue
        if year is not None:
            revisions[year] = when.isoformat()
        newest = when if newest is None or when > newest else newest
    return newest, revisions


def footnotes(lines: list[str]) -> dict[str, str]:
    """Numbered footnotes ``'2/  United Kingdom includes ...'`` (wrapped over lines) -> {'2': text}."""
    out: dict[str, str] = {}
    current: str | None = None
    for line in lines:
        text = _label(line.split("\t")[0]).strip()
        m = re.match(r"^(\d{1,2})/\s+(.*)$", text)
        if m:
            current = m.group(1)
            out[current] = m.group(2)
        elif text and current is not None:
            out[current] += " " + text
        else:
            current = None
    return {k: " ".join(v.split()) for k, v in out.items()}


# --------------------------------------------------------------------------------------------
# Holdings series metadata (shared by the three MFH parsers)
# --------------------------------------------------------------------------------------------


@dataclass
class _Holdings:
    """Observations and label bookkeeping collected while reading one MFH file."""

    prefix: str
    name: str
    ids: list[str] = field(default_factory=list)
    periods: list[int] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    display: dict[str, str] = field(default_factory=dict)
    labels: dict[str, set] = field(default_factory=dict)
    marks: dict[str, set] = field(default_factory=dict)
    seen: dict[tuple[str, int], int] = field(default_factory=dict)
    lines: list[int] = field(default_factory=list)  # the line of each value

    def slug_for(self, label: str) -> str:
        slug, display = normalize_country(label)
        self.display.setdefault(slug, display)
        self.labels.setdefault(slug, set()).add(label)
        self.marks.setdefault(slug, set()).update(footnote_marks(label))
        return slug

    def add_row(self, slug: str, periods: list[int], values: list[float | None], line: int) -> None:
        """One printed row; a country twice in one block (key: the block's first month) is an error."""
        first = self.seen.get((slug, periods[0]))
        if first is not None:
            raise ParseError(self.name, line, "one row per country in a table block",
                             f"second row for {slug} (first at line {first})")
        self.seen[(slug, periods[0])] = line
        sid = f"{self.prefix}.{slug}"
        for period, value in zip(periods, values):
            if value is not None:
                self.ids.append(sid)
                self.periods.append(period)
                self.values.append(value)
                self.lines.append(line)

    def label_variants(self) -> dict[str, list[str]]:
        return {s: sorted(v) for s, v in sorted(self.labels.items()) if len(v) > 1}


def _holdings_title(display: str, source: str) -> str:
    return f"{display}: holdings of US Treasury securities ({source})"


def holdings_series(h: _Holdings, source: str, base_note: str,
                    notes_by_mark: dict[str, str] | None = None,
                    extra: dict[str, str] | None = None) -> pd.DataFrame:
    """One series row per slug that has observations."""
    present = set(h.ids)
    rows = []
    for slug, display in sorted(h.display.items()):
        sid = f"{h.prefix}.{slug}"
        if sid not in present:
            continue
        notes = [base_note]
        for mark in sorted(h.marks.get(slug, ()), key=int):
            if notes_by_mark and mark in notes_by_mark:
                notes.append(f"Footnote {mark}/: {notes_by_mark[mark]}")
        if extra and slug in extra:
            notes.append(extra[slug])
        rows.append({
            "id": sid,
            "title": _holdings_title(display, source),
            "unit": UNIT_BN,
            "frequency": "M",
            "country": None if is_aggregate(slug) else display,
            "sector": sector_of(slug),
            "notes": " ".join(notes),
        })
    return make_series(rows)


ALL_OTHER = "tic.holdings.all_other"
ALL_OTHER_T5 = "tic.holdings.all_other_table5"


def _all_other_note(listed: str) -> dict[str, str]:
    return {"all_other": (
        f"Residual of the countries NOT listed in this file ({listed}); the list differs between "
        "mfhhis01 (about 40 countries) and slt_table5 (20), so All Other from the two files is not "
        "the same aggregate: compare it only within one file.")}


# --------------------------------------------------------------------------------------------
# mfhhis01.txt
# --------------------------------------------------------------------------------------------


@dataclass
class _Column:
    cell: int  # index of the tab-separated cell
    period: int  # YYYYMM
    marker: str  # "Series 16/ XII" etc. from the rows above the month names
    older_of: int | None = None  # cell index of the kept column when this one is the old series


def _is_month_row(cells: list[str]) -> bool:
    """A block header: month names only (a partial year may have just one); the 'Country' row of
    years must follow, which ``_block_columns`` checks."""
    filled = [c for c in cells[1:] if c]
    return cells[0] == "" and len(filled) >= 1 and all(c in _MONTHS for c in filled)


def _is_marker_row(cells: list[str]) -> bool:
    filled = [c for c in cells[1:] if c]
    return cells[0] == "" and bool(filled) and all(
        re.fullmatch(r"Series( \d{1,2}/)?|[IVXL]+", c) for c in filled)


def _is_rule_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(set(c) == {"-"} for c in filled)


def _block_columns(lines: list[str], i: int, markers: list[list[str]], name: str) -> tuple[list[_Column], int]:
    """Columns of the year block whose month row is lines[i]; returns them and the next line index."""
    months = _cells(lines[i])
    j = i + 1
    while j < len(lines) and not any(_cells(lines[j])):
        j += 1
    years = _cells(lines[j]) if j < len(lines) else []
    if not years or years[0] != "Country":
        raise ParseError(name, j + 1, "a 'Country' row of years under the month names",
                         lines[j].strip() if j < len(lines) else "end of file")
    cols: list[_Column] = []
    first_at: dict[int, int] = {}
    for k, mon in enumerate(months):
        if k == 0 or not mon:
            continue
        year = years[k] if k < len(years) else ""
        if not re.fullmatch(r"(19|20)\d\d", year):
            raise ParseError(name, j + 1, f"a 4-digit year under {mon!r} (cell {k + 1})", year or "nothing")
        marker = " ".join(row[k] for row in markers if k < len(row) and row[k])
        period = month_start(int(year), _MONTHS[mon])
        cols.append(_Column(k, period, marker, first_at.get(period)))
        first_at.setdefault(period, k)
    extra = [c for k, c in enumerate(years) if k > 0 and c and (k >= len(months) or not months[k])]
    if extra:
        raise ParseError(name, j + 1, "a year only under month names", f"extra cells {extra[:3]}")
    nxt = j + 1
    if nxt < len(lines) and _is_rule_row(_cells(lines[nxt])):
        nxt += 1
    return cols, nxt


def _roman(marker: str) -> str | None:
    m = re.search(r"\b([IVXL]+)\b", marker)
    return m.group(1) if m else None


def _footnote_no(marker: str) -> str | None:
    m = re.search(r"(\d{1,2})/", marker)
    return m.group(1) if m else None


def _block_breaks(cols: list[_Column]) -> list[dict]:
    """Series breaks in one block: every duplicated month (the first column is kept, whether or not a
    ``Series N/`` marker names it) and every marked break without a duplicate (Dec 2011)."""
    out = []
    for idx, col in enumerate(cols):
        if col.older_of is not None:
            continue
        older = next((c for c in cols if c.older_of == col.cell), None)
        if older is None and not _footnote_no(col.marker):
            continue
        if older is None:  # break without an overlap column (Dec 2011): older series starts next column
            nxt = cols[idx + 1] if idx + 1 < len(cols) else None
            old_series = _roman(nxt.marker) if nxt else None
        else:
            old_series = _roman(older.marker)
        out.append({
            "period": yyyymm_str(col.period),
            "footnote": _footnote_no(col.marker),
            "new_series": _roman(col.marker),
            "old_series": old_series,
            "overlap": older is not None,
            "kept": "new series (first column as printed)",
            "old_cell": older.cell if older else None,
            "old_values": {},
        })
    return out


def _row_values(cells: list[str], cols: list[_Column], name: str, line: int) -> list[float | None]:
    used = {c.cell for c in cols}
    stray = [c for k, c in enumerate(cells) if k > 0 and c and k not in used]
    if stray:
        raise ParseError(name, line, f"{len(cols)} values under the month header", f"extra cells {stray[:3]}")
    return [parse_number(cells[c.cell], name, line) if c.cell < len(cells) else None for c in cols]


def _read_mfh_row(cells: list[str], cols: list[_Column], breaks: list[dict], h: _Holdings,
                  name: str, line: int) -> None:
    values = _row_values(cells, cols, name, line)
    if all(v is None for v in values):
        if is_heading(cells[0]):
            return
        raise ParseError(name, line, "a row of values or the 'Of which:' heading", cells[0])
    if is_heading(cells[0]):
        raise ParseError(name, line, "no values on the 'Of which:' heading", cells[0])
    slug = h.slug_for(_label(cells[0]))
    kept = [(c.period, v) for c, v in zip(cols, values) if c.older_of is None]
    h.add_row(slug, [p for p, _ in kept], [v for _, v in kept], line)
    for col, value in zip(cols, values):
        if col.older_of is not None and value is not None:
            # _block_breaks made one entry per duplicate column (with or without a series marker).
            target = next(b for b in breaks if b["old_cell"] == col.cell)
            target["old_values"][f"{h.prefix}.{slug}"] = value


def _find_footer(lines: list[str], name: str) -> int:
    for i, line in enumerate(lines):
        if _label(line.split("\t")[0]).strip().startswith("Department of the Treasury"):
            return i
    last = next((ln.strip() for ln in reversed(lines) if ln.strip()), "")
    raise ParseError(name, len(lines), "the footer 'Department of the Treasury/Federal Reserve Board' "
                     "with the revision dates after the data (file truncated?)", last)


def _read_mfh_blocks(lines: list[str], h: _Holdings, name: str) -> tuple[list[dict], int]:
    """Read every year block above the footer; returns the series breaks and the block count."""
    breaks: list[dict] = []
    markers: list[list[str]] = []
    cols: list[_Column] | None = None
    current: list[dict] = []
    covered: set[int] = set()
    blocks = 0
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        if _is_month_row(cells):
            start = i
            cols, i = _block_columns(lines, i, markers, name)
            repeated = sorted({c.period for c in cols} & covered)
            if repeated:
                raise ParseError(name, start + 1, "each month in one year block only",
                                 f"a second block for {yyyymm_str(repeated[0])}")
            covered |= {c.period for c in cols}
            block_breaks = _block_breaks(cols)
            breaks.extend(block_breaks)
            markers, blocks = [], blocks + 1
            current = block_breaks
            continue
        if not any(cells) or _is_rule_row(cells):
            pass
        elif _is_marker_row(cells):
            markers.append(cells)
        elif cols is not None:
            if not cells[0]:
                raise ParseError(name, i + 1, "a country label before the values", lines[i].strip())
            _read_mfh_row(cells, cols, current, h, name, i + 1)
        i += 1
    if blocks == 0:
        raise ParseError(name, None, "year blocks headed by a row of month names (Dec ... Jan)",
                         "no month-name header row")
    return breaks, blocks


def _tidy_breaks(breaks: list[dict]) -> list[dict]:
    return [{k: v for k, v in b.items() if k != "old_cell"} for b in breaks]


def _attach_break_notes(breaks: list[dict], notes: dict[str, str]) -> None:
    for b in breaks:
        if b["footnote"] and b["footnote"] in notes:
            b["footnote_text"] = notes[b["footnote"]]


@guarded("a Major Foreign Holders history table (mfhhis01.txt layout)")
def parse_mfhhis01(raw: bytes, name: str) -> Parsed:
    """mfhhis01.txt: year blocks since March 2000 -> ``tic.holdings.<slug>`` (USD bn)."""
    lines = decode_text(raw, name).splitlines()
    expect_text(lines[:12], "in billions of dollars", name, "the unit statement")
    footer = _find_footer(lines, name)
    h = _Holdings("tic.holdings", name)
    breaks, blocks = _read_mfh_blocks(lines[:footer], h, name)
    release, revisions = footer_dates(lines[footer:])
    notes = footnotes(lines[footer:])
    _attach_break_notes(breaks, notes)
    base = ("Major Foreign Holders of Treasury Securities, history file mfhhis01 (end of month, "
            "bills + bonds + notes, billions of USD). At each benchmark month (Mar 2000, Jun 2002-2011) "
            "Treasury prints the month twice; the NEW series is kept here and the older estimate "
            "('for comparison only') is in meta['series_breaks']. From Dec 2011 bonds and notes come "
            "from Form SLT (series break without overlap). " + _CUSTODY_NOTE)
    series = holdings_series(h, "Major Foreign Holders", base, notes, _all_other_note("mfhhis01 year block"))
    obs = make_obs(h.ids, h.periods, h.values, h.lines)
    meta = {
        "source_file": "mfhhis01",
        "blocks": blocks,
        "series_breaks": _tidy_breaks(breaks),
        "block_revisions": revisions,
        "label_variants": h.label_variants(),
        "footnotes": notes,
        "coverage": _coverage(obs),
    }
    return Parsed(series, obs, release, meta=meta).validate(name)


def _coverage(obs: pd.DataFrame) -> str:
    if obs.empty:
        return ""
    return f"{obs['period'].min():%Y-%m}..{obs['period'].max():%Y-%m}"


# --------------------------------------------------------------------------------------------
# slt_table5.txt
# --------------------------------------------------------------------------------------------


def _table5_header(lines: list[str], name: str) -> tuple[int, list[int]]:
    for i, line in enumerate(lines[:30]):
        cells = _cells(line)
        if cells[0] != "Country":
            continue
        months = [c for c in cells[1:] if c]
        periods = []
        for c in months:
            m = _ISO_MONTH.match(c)
            if not m:
                raise ParseError(name, i + 1, "a header 'Country' followed by ISO months YYYY-MM", c)
            periods.append(month_start(int(m.group(1)), int(m.group(2))))
        if not periods:
            raise ParseError(name, i + 1, "a header 'Country' followed by ISO months YYYY-MM", line.strip())
        return i, periods
    raise ParseError(name, None, "a header row 'Country<TAB>YYYY-MM<TAB>...'",
                     next((ln.strip() for ln in lines if ln.strip()), ""))


@guarded("SLT Table 5, Major Foreign Holders (slt_table5.txt layout)")
def parse_slt_table5(raw: bytes, name: str) -> Parsed:
    """slt_table5.txt: latest 13 months -> ``tic.holdings.<slug>`` (USD bn), same ids as mfhhis01."""
    lines = decode_text(raw, name).splitlines()
    expect_text(lines[:6], "billions of dollars", name, "the unit statement")
    head, periods = _table5_header(lines, name)
    h = _Holdings("tic.holdings", name)
    end = None
    for i in range(head + 1, len(lines)):
        cells = _cells(lines[i])
        if not any(cells):
            end = i
            break
        values = cells[1:len(periods) + 1]
        if len(values) < len(periods) or any(cells[len(periods) + 1:]):
            raise ParseError(name, i + 1, f"{len(periods)} values, one per header month", lines[i].strip())
        numbers = [parse_number(cell, name, i + 1) for cell in values]
        if is_heading(cells[0]) and not any(v is not None for v in numbers):
            continue
        if not _label(cells[0]):
            raise ParseError(name, i + 1, "a country label before the values", lines[i].strip())
        slug = h.slug_for(_label(cells[0]))
        h.add_row(slug, periods, numbers, i + 1)
    if end is None:  # the table must be closed by the blank line before the notes
        raise ParseError(name, len(lines), "a blank line and the notes after the last row (file truncated?)",
                         lines[-1].strip())
    if "grand_total" not in h.display:
        raise ParseError(name, end, "a 'Grand Total' row", "no Grand Total in the table")
    base = ("SLT Table 5, Major Foreign Holders of Treasury Securities (latest 13 months, end of month, "
            "billions of USD); same ids as mfhhis01, the store stitches the two by vintage. "
            + _CUSTODY_NOTE)
    series = holdings_series(h, "Major Foreign Holders", base, None, _all_other_note("Table 5's 20 countries"))
    obs = make_obs(h.ids, h.periods, h.values, h.lines)
    # Table 5's "All Other" is the residual after ITS 20 countries, mfhhis01's after about 40: a
    # different aggregate under the same label. It gets its own id so the store never stitches the two
    # (the stitched tic.holdings.all_other would otherwise jump by ~1,000 bn where the files meet).
    series["id"] = series["id"].replace(ALL_OTHER, ALL_OTHER_T5)
    series.loc[series["id"] == ALL_OTHER_T5, "title"] = "All Other (residual after Table 5's listed countries)"
    obs["series_id"] = obs["series_id"].replace(ALL_OTHER, ALL_OTHER_T5)
    meta = {"source_file": "slt_table5", "label_variants": h.label_variants(), "coverage": _coverage(obs),
            "countries_listed": sorted(s for s in h.display if not is_aggregate(s))}
    # Table 5 states no release or revision date anywhere in the file: release_date is None and the
    # store dates this vintage by when it was fetched.
    return Parsed(series, obs, None, meta=meta).validate(name)


# --------------------------------------------------------------------------------------------
# mfh.txt (legacy, fixed width)
# --------------------------------------------------------------------------------------------


def _legacy_header(lines: list[str], name: str) -> tuple[int, list[int], list[tuple[int, int]]]:
    """(index of the rule row, periods, character spans of the value columns)."""
    for i, line in enumerate(lines):
        tokens = line.split()
        if len(tokens) >= 6 and all(t in _MONTHS for t in tokens):
            years = lines[i + 1].split() if i + 1 < len(lines) else []
            if not years or years[0] != "Country" or len(years) - 1 != len(tokens) \
                    or not all(re.fullmatch(r"(19|20)\d\d", y) for y in years[1:]):
                raise ParseError(name, i + 2, f"a 'Country' row with {len(tokens)} years under the months",
                                 lines[i + 1].strip() if i + 1 < len(lines) else "end of file")
            rule = lines[i + 2] if i + 2 < len(lines) else ""
            spans = [m.span() for m in re.finditer(r"-+", rule)]
            if len(spans) != len(tokens):
                raise ParseError(name, i + 3, f"a rule row with {len(tokens)} '------' column marks", rule.strip())
            periods = [month_start(int(y), _MONTHS[m]) for m, y in zip(tokens, years[1:])]
            return i + 2, periods, spans
    raise ParseError(name, None, "a row of month names (Jan Dec Nov ...) above a 'Country' row of years",
                     "no month-name header row")


def _fixed_cells(line: str, spans: list[tuple[int, int]], name: str, lineno: int) -> tuple[str, list[str]]:
    label = line[:spans[0][0]].strip()
    cells, start = [], spans[0][0]
    for _, end in spans:
        cells.append(line[start:end].strip())
        start = end
    if line[start:].strip():
        raise ParseError(name, lineno, f"{len(spans)} fixed-width values", line.strip())
    return label, cells


@guarded("the legacy Major Foreign Holders table (mfh.txt fixed-width layout)")
def parse_mfh_legacy(raw: bytes, name: str) -> Parsed:
    """mfh.txt: frozen legacy table (Jan 2022-Jan 2023) -> ``tic.mfh_legacy.<slug>`` (USD bn), stale."""
    lines = decode_text(raw, name).splitlines()
    expect_text(lines[:15], "in billions of dollars", name, "the unit statement")
    rule, periods, spans = _legacy_header(lines, name)
    footer = _find_footer(lines, name)
    h = _Holdings("tic.mfh_legacy", name)
    for i in range(rule + 1, footer):
        if not lines[i].strip():
            continue
        label, cells = _fixed_cells(lines[i], spans, name, i + 1)
        values = [parse_number(c, name, i + 1) for c in cells]
        if all(v is None for v in values):
            if is_heading(label):
                continue
            raise ParseError(name, i + 1, "a row of values or the 'Of which:' heading", lines[i].strip())
        h.add_row(h.slug_for(label), periods, values, i + 1)
    if "grand_total" not in h.display:
        raise ParseError(name, footer, "a 'Grand Total' row", "no Grand Total in the table")
    release, _ = footer_dates(lines[footer:footer + 4])
    base = ("LEGACY address mfh.txt: Treasury froze this table at January 2023 (last released "
            f"{release or 'March 2023'}) but the URL still answers 200. Stale: use tic.holdings.* "
            "(mfhhis01 / slt_table5) instead; kept only as a record and layout fixture. " + _CUSTODY_NOTE)
    series = holdings_series(h, "Major Foreign Holders, legacy mfh.txt", base)
    obs = make_obs(h.ids, h.periods, h.values, h.lines)
    meta = {"source_file": "mfh", "stale": True, "frozen_at": yyyymm_str(max(periods)),
            "notes": "Frozen legacy address (mfh.txt): stopped updating after the January 2023 data; "
                     "never stitch into tic.holdings.*.",
            "label_variants": h.label_variants(), "coverage": _coverage(obs)}
    return Parsed(series, obs, release, meta=meta).validate(name)
