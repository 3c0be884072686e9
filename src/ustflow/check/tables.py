"""Tables in wire stories: the weekly capital-flow table Reuters has printed under MoF stories for years.

    Details of net investments were as follows (in billion yen).
    FOREIGN INVESTMENT IN JAPAN: (net)
    stocks bonds bills
    Aug 28-Sep 3 -87.7 +377.2 +201.5
    Aug 21-Aug 27 -338.0 -138.6r -504.5
    JAPANESE INVESTMENT ABROAD: ...
    stocks bonds bills
    Aug 28-Sep 3 +176.3 +1,176.0 -19.0

Each cell becomes a flow claim: the block's side (non-residents in Japan, or residents abroad), the
column's instrument, the row's week (the year from the publication date) and the table's unit; an
``r`` after a number marks a revised figure and is kept out of the number.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.claims import Claim, Mention
from ustflow.check.numbers import Amount
from ustflow.check.period_grammar import Resolver
from ustflow.check.periods import Period, week_ending
from ustflow.check.text import MONTH_RE, Sentence, month_number

_UNIT = re.compile(r"\(\s*(?:in\s+)?(?P<scale>billion|100 million|trillion)s?\s+(?:of\s+)?yen\s*\)", re.I)
_SECTION = re.compile(r"^\s*(?P<who>FOREIGN INVESTMENT IN JAPAN|JAPANESE INVESTMENT ABROAD|INVESTMENT IN JAPAN BY "
                      r"NON-?RESIDENTS|INVESTMENT ABROAD BY RESIDENTS)\b", re.I)
_COLUMNS = {"stocks": "equity", "equities": "equity", "shares": "equity", "bonds": "lt_debt", "bills": "st_debt",
            "long-term": "lt_debt", "short-term": "st_debt"}
_HEAD = re.compile(r"^\s*(?:(?:stocks|equities|shares|bonds|bills|long-term|short-term|debt|total)\s*){2,5}$", re.I)
_NUM = r"[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?r?"
_ROW = re.compile(rf"^\s*(?P<m1>{MONTH_RE})\s*(?P<d1>\d{{1,2}})\s*[-–]\s*(?:(?P<m2>{MONTH_RE})\s*)?(?P<d2>\d{{1,2}})"
                  rf"(?P<cells>(?:\s+{_NUM})+)\s*$")
#: a week's row anywhere in a table's text (a page flattened to text may wrap a row's cells onto the next line)
_ROW_AT = re.compile(rf"(?<![\w.])(?P<m1>{MONTH_RE})\s*(?P<d1>\d{{1,2}})\s*[-–]\s*(?:(?P<m2>{MONTH_RE})\s*)?(?P<d2>\d{{1,2}})"
                     rf"(?![\d.,])")
_COL_WORDS = r"stocks|equities|shares|bonds|bills|long-term|short-term|debt|total"
#: a line made only of a table's words: column names, week ranges and numbers
_TABLE_LINE = re.compile(rf"^\s*(?:(?:{_COL_WORDS}|{MONTH_RE}|[+-]?\d[\d,.]*r?|[-–])\s*)+$", re.I)
_SCALE = {"billion": 1e9, "100 million": 1e8, "trillion": 1e12}


def strip_tables(text: str) -> str:
    """The text without the tables' lines (they are read as cells, not as prose)."""
    from ustflow.check.holder_tables import holder_table_lines, unit_line_prose
    from ustflow.check.item_tables import item_table_lines
    from ustflow.check.level_lines import level_line_numbers
    from ustflow.check.tic_lists import list_lines

    drop = holder_table_lines(text) | list_lines(text) | level_line_numbers(text) | item_table_lines(text)
    lines = text.splitlines()
    if _UNIT.search(text) is not None:
        drop |= {i for i, ln in enumerate(lines) if _SECTION.match(ln) or _HEAD.match(ln) or _ROW.match(ln)
                 or (ln.strip() and _TABLE_LINE.match(ln))}
    if not drop:
        return text
    kept = unit_line_prose(text)  # a paragraph ending in the table's lead: its sentences before the lead stay
    return "\n".join(kept.get(i, ln) for i, ln in enumerate(lines) if i not in drop or i in kept)


def table_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """Flow claims for every cell of every capital-flow table in ``text``, and the holder tables' claims."""
    from ustflow.check.holder_tables import holder_table_claims
    from ustflow.check.inline_tables import inline_table_claims
    from ustflow.check.item_tables import item_table_claims
    from ustflow.check.level_lines import level_line_claims
    from ustflow.check.tic_lists import list_claims

    out = holder_table_claims(text, ref, first_index)
    out += list_claims(text, ref, first_index + len(out))
    out += level_line_claims(text, ref, first_index + len(out))
    out += inline_table_claims(text, ref, first_index + len(out))
    out += item_table_claims(text, ref, first_index + len(out))
    unit = _UNIT.search(text)
    if unit is None:
        return out
    scale = _SCALE[unit.group("scale").lower()]
    resolver = Resolver(ref)
    for side, block in _sections(text):
        head = re.match(rf"\s*((?:(?:{_COL_WORDS})\s+){{2,5}})", block, re.I)
        if head is None:
            continue
        cols = [_COLUMNS.get(w.lower()) for w in head.group(1).split()]
        sent = Sentence(block, 10_000 + len(out), first_index + len(out))
        rows = list(_ROW_AT.finditer(block))
        for i, row in enumerate(rows):
            week = _week(row, resolver)
            stop = rows[i + 1].start() if i + 1 < len(rows) else len(block)
            if week is None:
                continue
            for cell, instr in zip(re.finditer(rf"(?<![\w.]){_NUM}(?![\w.])", block[row.end():stop]), cols):
                if instr is not None:
                    out.append(_cell(sent, row.end() + cell.start(), cell.group(0), instr, side, scale, week))
    return out


def _sections(text: str) -> list[tuple[str, str]]:
    """(side, the table's text on one line) for each section of a capital-flow table: its lines up to the next
    section or the first line of prose, blank lines skipped."""
    out: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        sec = _SECTION.match(line)
        if sec:
            who = sec.group("who").upper()
            out.append(("liabilities" if ("IN JAPAN" in who or "NON" in who) else "assets", []))
        elif out and line.strip() and _TABLE_LINE.match(line):
            out[-1][1].append(line.strip())
        elif out and line.strip():
            out.append(("", []))  # prose: the section ended
    return [(side, " ".join(lines)) for side, lines in out if side and lines]


def _week(row: re.Match, resolver: Resolver) -> Period | None:
    m2 = row.group("m2") or row.group("m1")
    mo, day = month_number(m2), int(row.group("d2"))
    y, note = resolver.year_for(mo, day)
    if y is None:
        return None
    try:
        end = date(y, mo, day)
    except ValueError:
        return None
    return Period("week", [week_ending(end)], row.group(0).split("  ")[0][:15].strip(), note=note)


def _cell(sent: Sentence, start: int, txt: str, instr: str, side: str, scale: float, week: Period) -> Claim:
    raw = txt.rstrip("r")
    number = float(raw.replace(",", "").replace("+", ""))
    digits = raw.split(".")
    prec = 0.5 * 10 ** -(len(digits[1]) if len(digits) > 1 else 0) * scale
    a = Amount((start, start + len(raw)), raw, abs(number), scale, "JPY", "money", prec)
    who = Mention("foreign_investors", "foreign_investors", (0, 0), "non-residents") if side == "liabilities" else \
        Mention("japan", "japan", (0, 0), "Japanese investors")
    c = Claim(sent, "amount", a.span, amount=a, role="flow", subject=who, period=week, period_how="stated",
              direction=1 if number >= 0 else -1, direction_word="+" if number >= 0 else "-",
              instrument=(side, instr), instrument_text=instr, clause=sent.text)
    c.notes.append("a cell of the story's capital-flow table" + ("; marked revised ('r')" if txt.endswith("r") else ""))
    return c
