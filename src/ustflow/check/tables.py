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
from ustflow.check.text import MONTH_RE, MONTHS, Sentence

_UNIT = re.compile(r"\(\s*(?:in\s+)?(?P<scale>billion|100 million|trillion)s?\s+(?:of\s+)?yen\s*\)", re.I)
_SECTION = re.compile(r"^\s*(?P<who>FOREIGN INVESTMENT IN JAPAN|JAPANESE INVESTMENT ABROAD|INVESTMENT IN JAPAN BY "
                      r"NON-?RESIDENTS|INVESTMENT ABROAD BY RESIDENTS)\b", re.I)
_COLUMNS = {"stocks": "equity", "equities": "equity", "shares": "equity", "bonds": "lt_debt", "bills": "st_debt",
            "long-term": "lt_debt", "short-term": "st_debt"}
_HEAD = re.compile(r"^\s*(?:(?:stocks|equities|shares|bonds|bills|long-term|short-term|debt|total)\s*){2,5}$", re.I)
_NUM = r"[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?r?"
_ROW = re.compile(rf"^\s*(?P<m1>{MONTH_RE})\s*(?P<d1>\d{{1,2}})\s*[-–]\s*(?:(?P<m2>{MONTH_RE})\s*)?(?P<d2>\d{{1,2}})"
                  rf"(?P<cells>(?:\s+{_NUM})+)\s*$")
_SCALE = {"billion": 1e9, "100 million": 1e8, "trillion": 1e12}


def strip_tables(text: str) -> str:
    """The text without the table's lines (they are read as cells, not as prose)."""
    if _UNIT.search(text) is None:
        return text
    keep = [ln for ln in text.splitlines() if not (_SECTION.match(ln) or _HEAD.match(ln) or _ROW.match(ln))]
    return "\n".join(keep)


def table_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """Flow claims for every cell of every capital-flow table in ``text``."""
    unit = _UNIT.search(text)
    if unit is None:
        return []
    scale = _SCALE[unit.group("scale").lower()]
    resolver = Resolver(ref)
    out: list[Claim] = []
    side, cols = None, []
    for line in text.splitlines():
        sec = _SECTION.match(line)
        if sec:
            who = sec.group("who").upper()
            side = "liabilities" if ("IN JAPAN" in who or "NON" in who) else "assets"
            cols = []
            continue
        if _HEAD.match(line):
            cols = [_COLUMNS.get(w.lower()) for w in line.split()]
            continue
        row = _ROW.match(line)
        if not row or side is None or not cols:
            continue
        week = _week(row, resolver)
        if week is None:
            continue
        sent = Sentence(line.strip(), 10_000 + len(out), first_index + len(out))
        for cell, instr in zip(re.finditer(_NUM, row.group("cells")), cols):
            if instr is None:
                continue
            out.append(_cell(sent, line, row.start("cells") + cell.start(), cell.group(0), instr, side, scale, week))
    return out


def _week(row: re.Match, resolver: Resolver) -> Period | None:
    m2 = row.group("m2") or row.group("m1")
    mo, day = MONTHS[m2.rstrip(".").lower()], int(row.group("d2"))
    y, note = resolver.year_for(mo, day)
    if y is None:
        return None
    try:
        end = date(y, mo, day)
    except ValueError:
        return None
    return Period("week", [week_ending(end)], row.group(0).split("  ")[0][:15].strip(), note=note)


def _cell(sent: Sentence, line: str, pos: int, txt: str, instr: str, side: str, scale: float, week: Period) -> Claim:
    raw = txt.rstrip("r")
    start = line.index(txt, pos) - (len(line) - len(line.lstrip()))
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
