"""Tables whose rows are periods and whose columns are balance-of-payments items or holders:

      経常収支 貿易収支 サービス収支 第1次所得収支
    通年 20兆6496億円 5兆5793億円 ▲9748億円 18兆1360億円
    12月 1兆1122億円 8068億円 ▲2866億円 6759億円

    経常収支 貿易収支 サービス収支 第1次所得収支
    2013年 7899億円 ▲10兆8642億円 ▲3兆5779億円 16兆6596億円

A header is a line each of whose cells (split at bars, else at runs of two spaces, else at spaces) names one item
(``bop_items.ITEMS``, the whole cell: "経常収支", "Trade balance"); a unit of yen on it or on the caption line above it
("(単位:億円)", "(billion yen)") is the unit of rows of bare numbers ("12月 11,122 8,068 ▲2,866 6,759"; a sign glued
to the number before it, "118,688-7,656", starts a new cell). Each line after the header that is a period followed by
exactly as many amounts as the header has items is a row; the first line that is not ends the table. The period is
the row's label: a year ("2013年") is the calendar year, a fiscal year ("2016年度") April to March, a month named
alone ("12月") is of the year of the table's latest month (months listed together are one year's: the latest year
whose release of that month, five weeks after its end, is before the article's date), and "通年" / "年間" the whole
of that year. A cell's amount is the item's balance in that period, its sign the cell's (▲ or - is a deficit, as
these tables print it). A row whose label is no period, or with another number of amounts, is no row.

The same with a column per holder (a cell of the header each a holder TIC lists, after a label of the rows' periods:
"| 年月 | 日本 | 中国 |", "月末 日本 中国"), under a unit of dollars on the header or the caption above it ("(単位:10億ドル)",
"(億ドル)"; none named: nothing is read): each cell is the holder's Treasuries at the end of its row's month (a month
named alone is of the latest year TIC, about seven weeks after a month's end, has published it by the article's date).
Nothing here reads data.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ustflow.check.bop_items import ITEMS
from ustflow.check.claims import ITEM_CELL, Claim, Mention
from ustflow.check.holder_tables import (
    BARE_UNIT,
    CAPTION,
    CELL_UNIT,
    ROW_NOTE,
    RULE,
    UNIT,
    bar_cells,
    cell_claim,
    row_holder,
    unit_scale,
)
from ustflow.check.numbers import Amount, find_amounts
from ustflow.check.period_grammar import Resolver
from ustflow.check.periods import Period, month_window
from ustflow.check.text import Sentence

#: a row's label for the whole year of the table's months
_WHOLE_YEAR = re.compile(r"通年|年間|年計|暦年")
#: the days from a month's end to the release of its balance of payments, about (the 8th of the month after next)
_RELEASE_LAG = 35
#: the days from a month's end to TIC's release of its holdings, about (the middle of the month after next)
_TIC_LAG = 48
HOLDER_CELL = "a cell of the article's table of holders by period (a column per holder)"
#: a month named alone ("12月"), whose year the table's months decide
_MONTH_ONLY = re.compile(r"(?P<m>1[0-2]|0?[1-9])\s*月")


#: a unit of yen a header or the caption above it names for bare numbers: "(億円)", "単位:億円", "(billion yen)"
_YEN_UNIT = re.compile(r"[(（]\s*(?:単位\s*[:：、,]?\s*)?(?P<u>兆円|億円|十億円|10億円|百万円)\s*[)）]|"
                       r"単位\s*[:：、,]?\s*(?P<u2>兆円|億円|十億円|10億円|百万円)|"
                       r"[(（]\s*(?:in\s+)?(?P<u3>(?:billions? of|billion) yen|(?:trillions? of|trillion) yen|100 million yen)\s*[)）]",
                       re.I)
_YEN_SCALE = (("100 million", 1e8), ("trillion", 1e12), ("billion", 1e9), ("兆", 1e12), ("百万", 1e6), ("十億", 1e9),
              ("10億", 1e9), ("億", 1e8))
#: a bare number of a row under such a unit; a sign glued to the number before it ("118,688-7,656") starts a new one
_BARE = r"[▲△\-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


def _unit(*texts: str) -> float | None:
    """What one bare number is worth in yen under the unit the first of ``texts`` naming one names, else None."""
    for t in texts:
        m = _YEN_UNIT.search(t)
        if m is not None:
            u = (m.group("u") or m.group("u2") or m.group("u3")).lower()
            return next(v for k, v in _YEN_SCALE if k in u)
    return None


def _bare_amounts(s: str, n: int, scale: float, currency: str) -> list[Amount] | None:
    """The last ``n`` numbers of a row read in the table's unit, when the row ends with them (white space between)."""
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", s)]
    cells: list[tuple[int, str]] = []
    for k, (at, tok) in enumerate(tokens):
        parts = [(at + p.start(), p.group(0)) for p in re.finditer(_BARE, tok)] if k else []
        cells.append((at, tok) if not parts or "".join(t for _, t in parts) != tok else parts[0])
        cells += parts[1:] if parts and "".join(t for _, t in parts) == tok else []
    if len(cells) <= n or not all(re.fullmatch(_BARE, t) for _, t in cells[-n:]):
        return None
    out = []
    for at, tok in cells[-n:]:
        digits = tok.lstrip("▲△-−+").replace(",", "")
        number = float(digits) * (-1 if tok[0] in "▲△-−" else 1)
        prec = 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0) * scale
        out.append(Amount((at, at + len(tok)), tok, number, scale, currency, "money", prec))
    return out


def _cells(line: str) -> list[str]:
    """A header line's cells: between bars, else between runs of two spaces or more, else between spaces."""
    line = line.strip()
    if line.count("|") >= 2:
        return [t.strip() for t in line.strip("|").split("|") if t.strip()]
    return [t for t in re.split(r"\s{2,}|\t" if re.search(r"\S\s{2,}\S|\t", line) else r"\s+", line) if t]


def _item(cell: str) -> str | None:
    return next((k for k, (words, *_r) in ITEMS.items() if re.fullmatch(words, cell, re.I)), None)


def _header(line: str) -> list[str] | None:
    """The items a header line names, one per cell (a unit of yen left out), else None (two cells at least, each an
    item whole)."""
    cells = [c for c in _cells(_YEN_UNIT.sub(" ", line)) if c.strip("|")]
    items = [_item(c) for c in cells]
    return items if len(items) >= 2 and None not in items else None


#: the label a header of holders may open with, over the rows' periods: "年月", "月末", "Month", "Date"
_PERIOD_LABEL = re.compile(r"(?:年月|年月末|月末|時点|期間|期末|年|月|month|date|period|end of month)", re.I)


def _holders(line: str) -> list[Mention] | None:
    """The holders a header line names, one per cell after an optional label of the rows' periods ("| 年月 | 日本 | 中国
    |"), a unit of dollars left out; None unless two cells at least, each a holder TIC lists (or its total)."""
    cells = [c for c in _cells(UNIT.sub(" ", line)) if c.strip("|") and not CELL_UNIT.fullmatch(c)]
    if cells and _PERIOD_LABEL.fullmatch(cells[0]):
        cells = cells[1:]
    who = [row_holder(c) for c in cells]
    return who if len(who) >= 2 and all(w.slug != w.text or w.kind != "country" for w in who) else None


def _row(line: str, n: int, scale: float | None, currency: str) -> tuple[str, list[Amount]] | None:
    """(the label, its ``n`` amounts) of a row, else None: yen amounts with their own unit ("1兆1122億円"), or bare
    numbers in the table's unit (``scale``) and ``currency``."""
    s = line.strip().replace("|", " ")  # (a Markdown row's bars are spaces: the offsets stay the line's)
    found = [a for a in find_amounts(s) if a.kind == "money" and a.currency == "JPY"] if currency == "JPY" else []
    if len(found) != n and scale is not None:
        found = _bare_amounts(s, n, scale, currency) or []
    if len(found) != n:
        return None
    label = s[:found[0].span[0]].strip()
    if not label or len(label) > 12 or re.search(r"[。、,]", label):
        return None
    gaps = [s[a.span[1]:b.span[0]] for a, b in zip(found, found[1:])] + [s[found[-1].span[1]:]]
    if any(g.strip() for g in gaps):
        return None  # (words between the amounts: prose, not a row)
    return label, found


def _dollar_scale(*texts: str) -> float | None:
    """What one bare number is worth in dollars under the unit the first of ``texts`` naming one names, else None."""
    for t in texts:
        m = UNIT.search(t) or CAPTION.match(t) or BARE_UNIT.search(t) or \
            next((u for _, c in bar_cells(t) if (u := CELL_UNIT.fullmatch(c))), None)
        if m is not None:
            return unit_scale(m.group("u") or m.group("u2"))
    return None


def _tables(text: str) -> list[tuple[int, list, list[tuple[int, str, list[Amount]]]]]:
    """(header line, its columns: BoP items or holders, [(row line, label, amounts)]) for each table of ``text``."""
    lines = text.splitlines()
    out = []
    i = 0
    while i < len(lines):
        cols = (_header(lines[i]) or _holders(lines[i])) if lines[i].strip() else None
        if cols is None:
            i += 1
            continue
        above = [ln for ln in lines[max(0, i - 2):i] if ln.strip()][-1:]  # (the caption line right above it)
        if isinstance(cols[0], str):
            scale, cur = _unit(lines[i], *above), "JPY"
        else:
            scale, cur = _dollar_scale(lines[i], *above), "USD"
        rows, j = [], i + 1
        while j < len(lines) and (cur == "JPY" or scale is not None):
            if lines[j].strip() and not RULE.match(lines[j]):
                row = _row(lines[j], len(cols), scale, cur)
                if row is None:
                    break
                rows.append((j, *row))
            j += 1
        if rows:
            out.append((i, cols, rows))
        i = max(j, i + 1)
    return out


def item_table_lines(text: str, ref: date | None = None) -> set[int]:
    """The lines (indexes) of ``text`` that are such tables' headers and rows (read as cells, not as prose)."""
    by_period = {k for cols, _, rows, i in _item_by_period_tables(text, Resolver(ref)) for k in [i, *(r[0] for r in rows)]}
    return {k for i, _, rows in _tables(text) for k in [i, *(r[0] for r in rows)]} | by_period


def _year_of_months(labels: list[str], ref: date | None, lag: int) -> int | None:
    """The year of a table's months named alone: the latest year whose latest month of them was released before ``ref``
    (``lag`` days after its end: the BoJ's balance of payments about five weeks, TIC's holdings about seven)."""
    months = [int(m.group("m")) for lb in labels if (m := _MONTH_ONLY.fullmatch(lb))]
    if not months or ref is None:
        return None
    year = ref.year
    while month_window(year, max(months))[1] + timedelta(days=lag) >= ref:
        year -= 1
    return year


def _period(label: str, year: int | None, resolver: Resolver) -> Period | None:
    if _WHOLE_YEAR.fullmatch(label):
        return None if year is None else Period("year", [(date(year, 1, 1), date(year, 12, 31))], label,
                                                note="the year of the table's months")
    m = _MONTH_ONLY.fullmatch(label)
    if m is not None:
        if year is None:
            return None
        return Period("month", [month_window(year, int(m.group("m")))], label, note="the year of the table's months")
    found = [p for p in resolver.find(label) if p.kind in ("month", "year", "quarter", "fiscal_year") and p.label.strip() == label]
    return found[0] if len(found) == 1 else None


#: a column of a table of items by period that is the year before the first column's: "前年", "前年同期", "前年度"
_YEAR_BEFORE = re.compile(r"前年(?:同期|同月|度|度同期)?")
#: a column of changes from a year before, in percent: "前年同期比%", "前年比(%)", "前年度比増減率"
_PCT_COLUMN = re.compile(r"前年(?:同期|同月|度)?比\s*(?:増減率|伸び率)?\s*(?:[(（]?\s*[%％]\s*[)）]?)?")
#: a year of two digits heading a column: "22年" (this century's)
_SHORT_YEAR = re.compile(r"(?P<y>\d{2})年")
#: a cell with no figure: "―" (not comparable), "-"
_NO_FIGURE = re.compile(r"[―—–\-－ー]")


def _column_period(cell: str, resolver: Resolver) -> Period | None:
    """The period a column of a table of items by period heads: "2022年", "22年" (this century's), "22年度上半期"."""
    m = _SHORT_YEAR.fullmatch(cell)
    if m is not None:
        y = 2000 + int(m.group("y"))
        return Period("year", [(date(y, 1, 1), date(y, 12, 31))], cell, note="a two-digit year")
    found = [p for p in resolver.find(cell) if p.kind in ("months", "month", "year", "quarter", "fiscal_year") and
             p.label.strip() == cell.strip()]
    return found[0] if len(found) == 1 else None


def _year_back(p: Period) -> Period:
    back = [(date(a.year - 1, a.month, a.day), date(b.year - 1, b.month, 28 if (b.month, b.day) == (2, 29) else b.day))
            for a, b in p.windows]
    return Period(p.kind, back, f"{p.label} (a year before)", note="the column of the year before")


def _period_columns(line: str, resolver: Resolver) -> list[tuple[str, Period]] | None:
    """The columns of a header of a table of items by period: the first a period, the others the same span a year
    before ("前年") or its change from then in percent ("前年同期比%"): [("level" | "pct", period)], else None."""
    cells = _cells(line)
    if not 2 <= len(cells) <= 4 or (first := _column_period(cells[0], resolver)) is None:
        return None
    cols = [("level", first)]
    for cell in cells[1:]:
        if _YEAR_BEFORE.fullmatch(cell):
            cols.append(("level", _year_back(first)))
        elif _PCT_COLUMN.fullmatch(cell):
            cols.append(("pct", first))
        else:
            return None
    return cols


def _item_row(line: str, n: int) -> tuple[str, list[tuple[int, str]]] | None:
    """(the item, its ``n`` cells: (offset, text), "" for no figure) of a row of a table of items by period ("輸 出
    986,903 822,837", "貿易・サービス収支 ▲123,973 ―"), else None."""
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", line)]
    cells: list[tuple[int, str]] = []
    for at, tok in reversed(tokens):
        if len(cells) == n:
            break
        parts = [(at + m.start(), m.group(0)) for m in re.finditer(_BARE, tok)]
        if _NO_FIGURE.fullmatch(tok):
            cells.insert(0, (at, ""))
        elif parts and "".join(t for _, t in parts) == tok and len(parts) <= n - len(cells):
            cells[:0] = parts
        else:
            return None
    if len(cells) != n or cells[0][0] == tokens[0][0]:
        return None
    item = _item(re.sub(r"\s+", "", line[:cells[0][0]]))
    return (item, cells) if item is not None else None


def _item_by_period_tables(text: str, resolver: Resolver) -> list[tuple[list, float, list, int]]:
    """([(kind, period)] columns, the unit, [(row line, item, cells)], header line) of each table of items by period: a
    header of periods, rows of an item and its cells, under a unit of yen named above the header or in a note after the
    rows ("(注)単位億円。▲は赤字")."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        cols = _period_columns(line, resolver) if line.strip() else None
        if cols is None:
            continue
        rows, j = [], i + 1
        while j < len(lines):
            if lines[j].strip():
                row = _item_row(lines[j], len(cols))
                if row is None:
                    break
                rows.append((j, *row))
            j += 1
        below = [ln for ln in lines[j:j + 2] if ln.strip()][:1]
        above = [ln for ln in lines[max(0, i - 2):i] if ln.strip()][-1:]
        if len(rows) >= 2 and (scale := _unit(*above, *below)) is not None:
            out.append((cols, scale, rows, i))
    return out


def _period_cell_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A claim for every cell of every table of items by period (rows are items, columns periods): the item's balance
    in the column's period, or its percent change from the same span a year before."""
    out: list[Claim] = []
    lines = text.splitlines()
    for cols, scale, rows, _ in _item_by_period_tables(text, Resolver(ref)):
        for line, item, cells in rows:
            raw = lines[line]
            sent = Sentence(raw.strip(), 30_000 + line, first_index + len(out))
            shift = len(raw) - len(raw.lstrip())
            for (at, tok), (kind, period) in zip(cells, cols):
                if not tok:
                    continue
                digits = tok.lstrip("▲△-−+").replace(",", "")
                number = float(digits) * (-1 if tok[0] in "▲△-−" else 1)
                places = len(digits.split(".")[1]) if "." in digits else 0
                span = (at - shift, at - shift + len(tok))
                a = Amount(span, tok, number, scale, "JPY", "money", 0.5 * 10 ** -places * scale) if kind == "level" \
                    else Amount(span, tok, number, 1.0, None, "percent", 0.5 * 10 ** -places)
                c = Claim(sent, "amount", span, amount=a, role="level" if kind == "level" else "change",
                          subject=Mention("japan", "japan", (0, 0), ""), subject_how="default", period=period,
                          period_how="stated", instrument=("bop_item", item), instrument_text=ITEMS[item][3],
                          clause=sent.text)
                c.notes.append(ITEM_CELL)
                out.append(c)
    return out


def item_table_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A claim for every cell of every table of BoP items or of holders by period in ``text`` (module docstring): an
    item's balance, or a holder's Treasuries at the end of the month."""
    out: list[Claim] = []
    resolver = Resolver(ref)
    for _, cols, rows in _tables(text):
        bop = isinstance(cols[0], str)
        year = _year_of_months([lb for _, lb, _ in rows], ref, _RELEASE_LAG if bop else _TIC_LAG)
        for line, label, amounts in rows:
            period = _period(label, year, resolver)
            if period is None or (not bop and period.kind != "month"):
                continue  # (a holder's level is a month's end: a year's row says which month no more than a label)
            sent = Sentence(text.splitlines()[line].strip(), 30_000 + line, first_index + len(out))
            for a, col in zip(amounts, cols):
                if not bop:
                    c = cell_claim(sent, a.span[0], a.text, a.scale, col, "level", period)
                    c.notes = [ROW_NOTE, HOLDER_CELL]
                    out.append(c)
                    continue
                c = Claim(sent, "amount", a.span, amount=a, role="level", subject=Mention("japan", "japan", (0, 0), ""),
                          subject_how="default", period=period, period_how="stated", instrument=("bop_item", col),
                          instrument_text=ITEMS[col][3], clause=sent.text)
                c.notes.append(ITEM_CELL)
                out.append(c)
    return out + _period_cell_claims(text, ref, first_index + len(out))
