"""Tables of holders in articles and blogs: TIC's Major Foreign Holders copied row by row under a unit line.

    2015年6月の上位10か国は次の通り(単位、10億ドル)
    1.中国(China, Mainland) 1271.2
    2.日本(Japan) 1197.1

    国、米国債保有額、前月比(単位、10億ドル)
    日本(Japan)、1276.7、+36.4

    Holdings by country (in billions of dollars)
    Japan 1,130.8 +4.9

    順位 | 国・地域 | 保有額(十億ドル) | 前年比増減率 |
    1 | 🇯🇵 日本 | 1,079.3 | +1.8% |

    2007年10月 保有国別米国債残高
    残高(前月比)
    日本 5,918 (+1.7%)
    合計 23,095 (+2.7%)
    単位:億ドル

A unit line (a parenthesis naming billions or 100 millions of dollars, a line opening with "Billions of U.S.
dollars", or a header row with such a cell) opens the table; each line after it that is a holder's name followed by
numbers is a row, until the first line that is not. A header of periods may sit between (``holder_columns``: "Country
Jun-19 May-19 …", or a Markdown header "| 国 | 2022年1月 | … | 割合 |" whose cells line up with the rows' by their
bars), with a caption line before it ("Level changes calculated by MNI": the cells are each month's change) and a rule
of dashes after it.
A caption alone on its line ("単位:億ドル", as Japanese tables print it under the rows) closes a table of two rows or
more instead (short lines that are no holder's, "M2 73,388", may sit between). A Markdown row's cells are split at
its bars, a flag before the name dropped, and a rank cell under a rank column ("順位") is the holder's place. The first number is the level
(the holder's Treasuries at the end of the month), the second the change from the month before; the month is the
one the unit line names, else none (the latest published on the article's date). A row whose name is no country
the checker knows keeps its name, and is judged unverifiable as a holder TIC does not list; a total row ("合計")
is all foreign holders. A percent cell is a change on the year before or on the month before when the table's
header or footnote says which ("括弧内は前年同期比", "前月比"); when it says neither, no claim is made of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ustflow.check.claims import MONTH_OWN, YEAR_FRAME, Claim, Mention
from ustflow.check.holder_columns import Column, caption_columns, derived_span, header_columns, pipe_header_columns
from ustflow.check.numbers import Amount
from ustflow.check.period_grammar import Resolver
from ustflow.check.text import Sentence

UNITS = r"(?:10億|十億|億|百万)(?:米)?ドル"
UNIT = re.compile(rf"[(（]\s*(?:単位\s*[、,:：]?\s*|in\s+)?(?P<u>{UNITS}|"
                   r"(?:US|U\.S\.)?\s*\$\s*(?:bn|billions?|mn|millions?)|USD\s*(?:bn|billions?|mn|millions?)|"
                   r"billions? of (?:US |U\.S\. )?dollars|millions? of (?:US |U\.S\. )?dollars)\s*[)）]", re.I)
#: a unit named bare in a pipe header's cell: "| Country | $ billions |", "| 保有額 十億ドル |"
CELL_UNIT = re.compile(rf"(?P<u>{UNITS}|(?:US|U\.S\.)?\s*\$\s*(?:bn|billions?|mn|millions?)|USD\s*(?:bn|billions?|mn|"
                        r"millions?)|billions? of (?:US |U\.S\. )?dollars|millions? of (?:US |U\.S\. )?dollars)\s*$", re.I)
#: a caption line of its own, above or below the rows: "単位:億ドル", "(単位:10億ドル)", with a note after it
#: ("単位、10億ドル、()内は前年比増減")
CAPTION = re.compile(rf"^\s*[(（]?\s*単位\s*[、,:：]\s*(?P<u>{UNITS})\s*[)）]?\s*(?:[、,]\s*[^。]{{1,30}})?$")
#: a unit line not in brackets: a caption's field between slashes ("2016年末の米国債保有残高/10億ドル/米財務省"), or a
#: line that opens with it ("In billions of U.S. dollars, holdings at end of period", "Billions of U.S. dollars, ...")
BARE_UNIT = re.compile(rf"(?:^|[/／])\s*(?P<u>{UNITS})\s*(?:[/／]|$)|"
                        r"^\s*(?:in\s+)?(?P<u2>billions? of (?:US |U\.S\. )?dollars)\b", re.I)
_SCALE = (("10億", 1e9), ("十億", 1e9), ("百万", 1e6), ("億", 1e8), ("bn", 1e9), ("billion", 1e9), ("mn", 1e6),
          ("million", 1e6))
_CELL = r"[+\-−▲△]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−▲△]?\d+(?:\.\d+)?"
#: a row's cell: a number, or a percent change after it, bare or in brackets ("5,918 (+1.7%)", "740.2 +5.0%")
_ROW_CELL = rf"(?:{_CELL})(?:\s*%)?|[(（]\s*(?:{_CELL})\s*%\s*[)）]"
#: a row: an optional rank ("1."), the holder's name (no digits), then its numbers
_ROW = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.．)]\s*)?(?P<name>(?:[^\d+\-−▲△、,(（|]|[(（][^)）\d]*[)）]|,(?=\s*[A-Z][a-z])){{2,60}}?)\s*[、,:：]?\s*"
                  rf"(?P<cells>(?:{_ROW_CELL})(?:\s*[、,]?\s*(?:{_ROW_CELL}))*)\s*$")
#: a line that sits in a table without being a holder's row ("M2 73,388" under the holders): short, no sentence
_TABLE_ISH = re.compile(r"^[^。.!?]{1,30}?\s[\d,.]+\s*$")
#: a rule under a header: Markdown's "|---|---|", or a fixed-width table's line of dashes
RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$|^\s*[-=─—]{10,}\s*$")
ROW_NOTE = "a row of the article's table of holders (TIC)"
_FLAGS = re.compile("[\U0001F1E6-\U0001F1FF]")  # regional indicators: a flag emoji before a country's name


@dataclass
class Row:
    """One row of a holder table: its line, the rank cell (pipe tables), the holder's name and its numeric cells."""
    line: int
    name: str
    cells: list[tuple[int, str]]  # (offset in the line, the cell's text) in order; None-text cells are skipped
    rank: tuple[int, str] | None = None  # (offset, text) of a "順位" / "Rank" cell
    cols: list[int] = field(default_factory=list)  # a pipe row's column of each cell (under ``Table.header``)


@dataclass
class Table:
    unit: str
    rows: list[Row]
    lines: set[int]  # every line of the table: unit line, caption, header, rows, lines in between
    head: list[str] = field(default_factory=list)  # the unit line and the short lines above the rows (its period)
    notes: list[str] = field(default_factory=list)  # header and footer lines (what a percent column compares with)
    ranked: bool = False  # a rank column ("順位", "Rank", "#")
    header: list[str] = field(default_factory=list)  # a pipe table's column names, in column order
    columns: list[Column] = field(default_factory=list)  # a header row of periods and changes (``holder_columns``)


#: what a table's heading names when its numbers are not TIC's Treasuries: foreign reserves, trade, GDP, stocks...
_OTHER_TOPIC = re.compile(r"外貨準備|準備資産|経常収支|貿易|輸出|輸入|直接投資|対外(?:純)?資産|国内総生産|GDP|株式|"
                          r"\breserves\b|current account|\btrade\b|\bexports?\b|\bimports?\b|\bstocks\b|\bequit", re.I)
TREASURIES = re.compile(r"米国債|米国の国債|財務省証券|Treasur|\bTIC\b|U\.?S\.? (?:government )?debt", re.I)


def unit_scale(unit: str) -> float:
    """What one of a table's numbers is worth in its unit ("10億ドル", "USD bn": 1e9; "億ドル": 1e8)."""
    return next(v for k, v in _SCALE if k in unit.lower())


def bar_cells(line: str) -> list[tuple[int, str]]:
    """A pipe line's cells, empty ones kept (so that a row's cells line up with its header's): (offset, text)."""
    line = line.strip()
    a = 1 if line.startswith("|") else 0
    b = len(line) - 1 if line.endswith("|") and len(line) > a else len(line)
    out, k = [], a
    for part in line[a:b].split("|"):
        out.append((k + len(part) - len(part.lstrip()), part.strip()))
        k += len(part) + 1
    return out


def parse_row(line: str, j: int) -> Row | None:
    """The row ``line`` is (pipe-separated cells, or a name followed by numbers), else None; offsets are in the
    stripped line."""
    line = line.strip()
    if line.count("|") >= 2:
        return _pipe_row(line, j)
    m = _ROW.match(line)
    if m is None:
        return None
    cells = [(m.start("cells") + c.start(), c.group(0)) for c in re.finditer(_ROW_CELL, line[m.start("cells"):])]
    return Row(j, m.group("name").strip(), cells)


def _pipe_row(line: str, j: int) -> Row | None:
    """A Markdown row, "| 1 | 🇯🇵 日本 | 1,079.3 | +1.8% |": a rank, the holder, then numbers (a text cell skipped)."""
    cells = [(col, k, t) for col, (k, t) in enumerate(bar_cells(line)) if t]
    rank = None
    if cells and re.fullmatch(r"\d{1,2}", cells[0][2]):
        rank = cells.pop(0)[1:]
    if not cells:
        return None
    name = _FLAGS.sub("", cells[0][2]).strip()
    if not 2 <= len(name) <= 60 or re.search(r"\d", name):
        return None
    nums = [(col, k, t) for col, k, t in cells[1:] if re.fullmatch(rf"(?:{_CELL})\s*%?", t)]
    if not nums:
        return None
    return Row(j, name, [(k, t) for _, k, t in nums], rank, [col for col, _, _ in nums])


def _tables(text: str, ref: date | None = None) -> list[Table]:
    """Each holder table of ``text``: rows under a unit line (module docstring), or rows over a caption naming the
    unit ("単位:億ドル" below the table, as Japanese tables print it)."""
    lines = text.splitlines()
    out: list[Table] = []
    taken: set[int] = set()
    for i, line in enumerate(lines):
        if i in taken:
            continue
        unit = UNIT.search(line) or CAPTION.match(line) or _header_unit(line) or BARE_UNIT.search(line)
        if unit is None or UNIT.search(line, unit.end()):
            continue
        rows, after, cols = _rows(lines, i + 1, ref)
        between = [ln for ln in lines[i + 1:rows[0].line if rows else i + 1] if not (header_columns(ln, ref) or
                                                                                  RULE.match(ln) or "|" in ln)]
        caption = " ".join([line] + _heading(lines, i) + between)  # (with a caption's lines above the header)
        if rows and cols and (cols := caption_columns(cols, caption)) is None:
            taken |= set(range(i, rows[-1].line + 1))  # a table of periods whose caption names no holdings
        elif rows and other_topic([line] + _heading(lines, i)):
            taken |= set(range(i, rows[-1].line + 1))  # another measure's table: none of its rows opens one
        elif rows:
            head = [line] + _heading(lines, i)
            t = Table(unit.group("u") or unit.group("u2"), rows, set(range(i, rows[-1].line + 1)), head,
                      head + _footer(lines, after)[1], columns=cols)
            t.header = _header(lines, range(i, rows[0].line))
            t.ranked = bool(re.search(r"順位|\bRank\b|^\s*\|?\s*#", " ".join(t.header) or line, re.I))
            out.append(t)
            taken |= t.lines
    for i, line in enumerate(lines):  # rows over a caption
        if i in taken or parse_row(line, i) is None or (i > 0 and parse_row(lines[i - 1], i - 1) is not None):
            continue
        rows, after, _ = _rows(lines, i, ref)
        cap, between, foot = _footer(lines, after)
        if cap is None or len(rows) < 2 or any(r.line in taken for r in rows):
            continue
        head = _heading(lines, i)
        if other_topic(head):
            taken |= set(range(i, rows[-1].line + 1))  # another measure's table: none of its rows opens one
            continue
        out.append(Table(CAPTION.match(lines[cap]).group("u"), rows, {cap, *between, *range(i, rows[-1].line + 1)},
                         head, head + foot))
        out[-1].header = _header(lines, range(max(0, i - 3), i))
        out[-1].ranked = bool(re.search(r"順位|\bRank\b|^#$", " ".join(out[-1].header), re.I))
        taken |= out[-1].lines
    return out


def _header_unit(line: str) -> re.Match | None:
    """The unit a pipe header names in one of its cells without brackets ("| Country | $ billions |"), else None."""
    if line.count("|") < 2 or parse_row(line, 0) is not None:
        return None
    units = [m for _, t in bar_cells(line) if (m := CELL_UNIT.search(t))]
    return units[0] if len(units) == 1 else None


def other_topic(head: list[str]) -> bool:
    """Whether a table's heading names another measure than TIC's Treasuries ("主要国の外貨準備高", "Trade balance"):
    its rows are that measure's, not holdings."""
    text = " ".join(head)
    return bool(_OTHER_TOPIC.search(text)) and not TREASURIES.search(text)


def _header(lines: list[str], span: range) -> list[str]:
    """The column names of a pipe table: the last pipe line in ``span`` (the lines above its rows) that is no row and
    no rule."""
    for k in reversed(span):
        if lines[k].count("|") >= 2 and not RULE.match(lines[k]) and parse_row(lines[k], k) is None:
            return [t for _, t in bar_cells(lines[k])]
    return []


def _rows(lines: list[str], start: int, ref: date | None) -> tuple[list[Row], int, list[Column]]:
    """The rows from line ``start`` on (blank lines and a Markdown rule skipped, and a pipe header or a header of
    periods before the first row), the index of the first line after them, and the header's columns (periods)."""
    rows: list[Row] = []
    j, header, cols = start, False, []
    while j < len(lines):
        if not (rows or header) and (cols := header_columns(lines[j], ref) or []):
            header = True  # "Country 2016年 2015年 増減 増減率": the columns the rows' cells are read by
        elif lines[j].strip() and not RULE.match(lines[j]):  # (a Markdown table's rule line "|---|---|" skipped)
            row = parse_row(lines[j], j)
            if row is None and not (rows or header) and lines[j].count("|") < 2 and _header_below(lines, j, ref):
                pass  # a line of the caption between the unit line and a header of periods ("Level changes calculated")
            elif row is None and (rows or header or lines[j].count("|") < 2):
                break
            elif row is None:
                header = True  # "| Rank | Country | Holdings |" under the unit line
                cols = pipe_header_columns([t for _, t in bar_cells(lines[j])], ref) or []  # "| 国 | 2022年1月 | …"
            else:
                rows.append(row)
        j += 1
    return rows, j, cols


def _header_below(lines: list[str], j: int, ref: date | None) -> bool:
    """Whether a header of periods comes within the two lines after the short line ``j`` (no sentence)."""
    if len(lines[j]) > 60 or "。" in lines[j]:
        return False
    return any(header_columns(ln, ref) for ln in lines[j + 1:j + 3] if ln.strip())


def _heading(lines: list[str], i: int) -> list[str]:
    """The table's short heading lines just above line ``i`` ("2007年10月 保有国別米国債残高", "残高(前月比)"): up to two,
    none that is a sentence."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and len(out) < 2:
        if lines[k].strip():
            if "。" in lines[k] or len(lines[k]) > 40 or parse_row(lines[k], k) is not None:
                break
            out.append(lines[k])
        k -= 1
    return out


def _footer(lines: list[str], j: int) -> tuple[int | None, list[int], list[str]]:
    """(the caption line naming the unit, or None; the short table lines before it; the short lines after it) from
    line ``j`` on: a caption may follow other lines of the table ("M2 73,388"), notes may follow it ("括弧内は前年同期比")."""
    cap, between, notes, seen = None, [], [], 0
    while j < len(lines) and seen < 5:
        ln = lines[j]
        j += 1
        if not ln.strip():
            continue
        seen += 1
        if cap is None and CAPTION.match(ln):
            cap = j - 1
        elif cap is None and _TABLE_ISH.match(ln) and len(between) < 2:
            between.append(j - 1)
        elif cap is None or "。" in ln or len(ln) > 60:
            break
        else:
            notes.append(ln)
    return cap, between, notes


def holder_table_lines(text: str) -> set[int]:
    """The lines (indexes) of ``text`` that belong to holder tables: their unit lines, rows and captions."""
    return {k for t in _tables(text) for k in t.lines}


def unit_line_prose(text: str) -> dict[int, str]:
    """The prose before the table's own lead on a unit line that is a whole paragraph ("4月の日本の米国債保有高は
    1兆1069億ドルとなった。2位は中国で…。上位10か国は次の通り(単位、10億ドル)"): the sentences before the one that
    names the unit are claims of their own, by line index."""
    lines = text.splitlines()
    out = {}
    for t in _tables(text):
        for i in sorted(t.lines):
            unit = UNIT.search(lines[i])
            if unit is None:
                continue
            cut = max(lines[i].rfind("。", 0, unit.start()), lines[i].rfind(". ", 0, unit.start()))
            if cut > 0:
                out[i] = lines[i][:cut + 1]
            break
    return out


#: the names a copied table gives TIC's own rows that are no country: its total and its groups (in a holder table
#: only: "OPEC" there is the row TIC calls Oil Exporters, "カリブ諸島" its Caribbean Banking Centers)
_ROW_NAMES = [(re.compile(r"(?:合計|総計|総額|計|(?:grand )?total)", re.I), "foreign_total", "grand_total"),
              (re.compile(r"(?:OPEC|石油輸出国|産油国)"), "country", "oil_exporters"),
              (re.compile(r"カリブ海?(?:諸島|諸国)"), "country", "caribbean_banking_centers")]
_YOY = re.compile(r"前年|年比|year[- ](?:on|over)[- ]year|from a year|a year (?:earlier|ago|before)|\by/y\b|\byoy\b", re.I)
#: ("前年同月比" is on the year before: its 月比 is not the month's)
_MOM = re.compile(r"前月|(?<!同)月比|month[- ](?:on|over)[- ]month|from the (?:previous|prior) month|\bm/m\b|\bmom\b", re.I)
#: a column that is a share, not a change: "構成比", "シェア", "share of total"
_SHARE = re.compile(r"構成比|シェア|占有率|割合|比率|\bshare\b|% of", re.I)


def _basis(text: str) -> str | None:
    """The change a percent's header or note names: on the year before ("year"), the month before ("month"), or None."""
    if _SHARE.search(text):
        return None
    y, m = bool(_YOY.search(text)), bool(_MOM.search(text))
    return "year" if y and not m else "month" if m and not y else None


def _month_change_column(t: Table, row: Row, k: int) -> bool:
    """Whether the second amount of a row (offset ``k``) is the month's change: always under no header (TIC's own
    layout); under a pipe header, when its column is named a change not on the year before ("前月差", "Change"), not
    another month's level ("| 2024年6月 | 2023年6月 |") or a year's change."""
    if not (row.cols and t.header):
        return True
    col = row.cols[[off for off, _ in row.cells].index(k)]
    name = t.header[col] if col < len(t.header) else ""
    return bool(re.search(r"増減|差|変化|change|chg|diff|±|\+/-", name, re.I)) and _basis(name) != "year"


def _pct_basis(t: Table, row: Row, k: int, notes: str) -> str | None:
    """The basis of the percent cell at offset ``k`` of ``row``: its column's header when that names one (a share
    column: none), else the table's notes when the row has that one percent cell only."""
    pcts = [off for off, txt in row.cells if "%" in txt]
    if row.cols and t.header:
        col = row.cols[[off for off, _ in row.cells].index(k)]
        name = t.header[col] if col < len(t.header) else ""
        if _SHARE.search(name):
            return None
        if _basis(name):
            return _basis(name)
    return _basis(notes) if len(pcts) == 1 else None


def holder_table_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A level claim (and a change claim when a second number follows) for every row of every holder table; a
    percent cell is the change its header or footnote names (on the year before, or the month before; none named:
    no claim), and a rank cell under a rank column ("順位") the holder's place."""
    return [c for _, claims in _claims_by_table(text, ref, first_index) for c in claims]


def _claims_by_table(text: str, ref: date | None, first_index: int) -> list[tuple[Table, list[Claim]]]:
    """Each holder table of ``text`` with its claims (``holder_table_claims``), numbered on from ``first_index``."""
    lines = text.splitlines()
    out: list[Claim] = []
    by_table: list[tuple[Table, list[Claim]]] = []
    for t in _tables(text, ref):
        first = len(out)
        scale = unit_scale(t.unit)
        periods = [p for h in t.head for p in Resolver(ref).find(h) if p.role != "from" and not p.is_latest]
        period = periods[0] if periods else None
        notes = " ".join(t.notes)
        for row in t.rows:
            who = row_holder(row.name)
            sent = Sentence(lines[row.line].strip(), 20_000 + row.line, first_index + len(out))
            if t.columns:
                out += _column_claims(t.columns, row, sent, scale, who)
                continue
            money = [(k, txt) for k, txt in row.cells if "%" not in txt]
            for n, (k, txt) in enumerate(money[:2]):
                role = "level" if n == 0 else "change"  # TIC's own layout: the level, then the month's change
                if role == "level" or _month_change_column(t, row, k):
                    out.append(cell_claim(sent, k, txt, scale, who, role, period))
            for k, txt in row.cells:
                basis = _pct_basis(t, row, k, notes) if "%" in txt else None
                if basis is not None:
                    out.append(_pct(sent, k, txt, who, period, basis))
            if t.ranked and row.rank is not None:
                c = Claim(sent, "rank", (row.rank[0], row.rank[0] + len(row.rank[1])), rank=int(row.rank[1]),
                          subject=who, period=period, period_how="stated" if period is not None else "none",
                          instrument=("tic", "treasuries"), clause=sent.text)
                c.notes.append(ROW_NOTE)
                out.append(c)
        by_table.append((t, out[first:]))
    return by_table


def _column_claims(cols: list[Column], row: Row, sent: Sentence, scale: float, who: Mention) -> list[Claim]:
    """A row under a header of periods (``holder_columns``), its cells read by position (a Markdown row's by its bars):
    a level at each period's month, a change into it from the month before under a caption of changes ("step"), a
    change or a percent change from the earlier of two periods to the later. A row with another number of cells than
    the header has columns is read not at all (which cell is which cannot be told)."""
    if row.cols:  # (a Markdown row: each cell under the header's cell of its bar)
        if max(row.cols) >= len(cols):
            return []
        cells = [(cell, cols[k]) for cell, k in zip(row.cells, row.cols)]
    elif len(row.cells) != len(cols):
        return []
    else:
        cells = list(zip(row.cells, cols))
    span = derived_span(cols)
    out = []
    for (k, txt), col in cells:
        if col.kind in ("level", "step") and col.period is not None and "%" not in txt:
            out.append(cell_claim(sent, k, txt, scale, who, "level" if col.kind == "level" else "change", col.period))
        elif col.kind in ("change", "pct") and span is not None and ("%" in txt) == (col.kind == "pct"):
            c = _pct(sent, k, txt, who, span[1], None) if col.kind == "pct" else \
                cell_claim(sent, k, txt, scale, who, "change", span[1])
            c.base_period = span[0]
            out.append(c)
    return out


def row_holder(name: str) -> Mention:
    """The holder a row names: a country TIC lists, all foreign holders or foreign official ones named as a sentence
    names them, one of TIC's own rows, or the name kept (judged unverifiable)."""
    from ustflow.check.subjects import find_subjects

    found = find_subjects(name)
    who = next((m for m in found if m.kind in ("country", "japan")), None) or \
        next((m for m in found if m.kind in ("foreign_total", "foreign_official")), None)
    if who is not None:
        return who  # ("Total foreign holdings", "All foreign holders", "海外全体": TIC's grand total, as a sentence names it)
    for rx, kind, slug in _ROW_NAMES:
        if rx.fullmatch(name.strip()):
            return Mention(kind, slug, (0, 0), name)
    return Mention("country", name, (0, 0), name)  # a name TIC does not list: judged unverifiable


def _pct(sent: Sentence, start: int, txt: str, who: Mention, period, basis: str | None) -> Claim:
    """A percent cell ("+1.7%", "(-2.2%)"): the holder's change on the year or the month before, as the table says
    (``basis`` None: from the base period the caller sets)."""
    m = re.search(rf"(?:{_CELL})\s*%", txt)
    start, txt = start + m.start(), m.group(0)
    raw = txt.lstrip("+-−▲△").rstrip("%").strip()
    digits = raw.split(".")
    prec = 0.5 * 10 ** -(len(digits[1]) if len(digits) > 1 else 0)
    a = Amount((start, start + len(txt)), txt, float(raw), 1.0, None, "percent", prec)
    words = {"year": "from a year before", "month": "from the month before"}.get(basis, "from the earlier column")
    c = Claim(sent, "amount", a.span, amount=a, role="change", subject=who, subject_how="stated", period=period,
              period_how="stated" if period is not None else "none", instrument=("tic", "treasuries"),
              instrument_text="", clause=f"holdings {sent.text} ({words})")
    c.direction, c.direction_word = (-1, "-") if txt[0] in "-−▲" else (1, "+")
    c.notes += [ROW_NOTE] + ([YEAR_FRAME] if basis == "year" else [MONTH_OWN] if basis == "month" else [])
    return c


def cell_claim(sent: Sentence, start: int, txt: str, scale: float, who: Mention, role: str, period) -> Claim:
    neg = txt[0] in "-−▲"
    raw = re.search(r"\d[\d,]*(?:\.\d+)?", txt).group(0)  # (a list line's "$1,276.7", "$155.5 billion": the digits)
    number = float(raw.replace(",", ""))
    digits = raw.split(".")
    prec = 0.5 * 10 ** -(len(digits[1]) if len(digits) > 1 else 0) * scale
    a = Amount((start, start + len(txt)), txt, number, scale, "USD", "money", prec)
    c = Claim(sent, "amount", a.span, amount=a, role=role, subject=who, subject_how="stated", period=period,
              period_how="stated" if period is not None else "none", instrument=("tic", "treasuries"),
              instrument_text="", clause=sent.text)
    if role == "change":
        c.direction, c.direction_word = (-1, "-") if neg else (1, "+")
    c.notes.append(ROW_NOTE)
    return c


def row_table_levels(text: str, ref: date | None, row_text: str) -> list[Claim]:
    """The level claims of the holder table one of whose rows is ``row_text`` (as the row's claims quote it), in row
    order; [] when no table has that row."""
    lines = text.splitlines()
    for t, claims in _claims_by_table(text, ref, 0):
        if any(lines[r.line].strip() == row_text for r in t.rows):
            return [c for c in claims if c.role == "level"]
    return []
