"""Tables of holders in articles and blogs: TIC's Major Foreign Holders copied row by row under a unit line.

    2015年6月の上位10か国は次の通り(単位、10億ドル)
    1.中国(China, Mainland) 1271.2
    2.日本(Japan) 1197.1

    国、米国債保有額、前月比(単位、10億ドル)
    日本(Japan)、1276.7、+36.4

    Holdings by country (in billions of dollars)
    Japan 1,130.8 +4.9

A unit line (a parenthesis naming billions or 100 millions of dollars) opens the table; each line after it that
is a holder's name followed by numbers is a row, until the first line that is not. The first number is the level
(the holder's Treasuries at the end of the month), the second the change from the month before; the month is the
one the unit line names, else none (the latest published on the article's date). A row whose name is no country
the checker knows keeps its name, and is judged unverifiable as a holder TIC does not list.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.claims import Claim, Mention
from ustflow.check.numbers import Amount
from ustflow.check.period_grammar import Resolver
from ustflow.check.text import Sentence

_UNIT = re.compile(r"[(（]\s*(?:単位\s*[、,:：]?\s*|in\s+)?(?P<u>10億(?:米)?ドル|億(?:米)?ドル|百万(?:米)?ドル|"
                   r"(?:US|U\.S\.)?\s*\$\s*(?:bn|billions?|mn|millions?)|USD\s*(?:bn|billions?|mn|millions?)|"
                   r"billions? of (?:US |U\.S\. )?dollars|millions? of (?:US |U\.S\. )?dollars)\s*[)）]", re.I)
_SCALE = (("10億", 1e9), ("百万", 1e6), ("億", 1e8), ("bn", 1e9), ("billion", 1e9), ("mn", 1e6), ("million", 1e6))
_CELL = r"[+\-−▲△]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−▲△]?\d+(?:\.\d+)?"
#: a row: an optional rank ("1."), the holder's name (no digits), then its numbers
_ROW = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.．)]\s*)?(?P<name>(?:[^\d+\-−▲△、,(（]|[(（][^)）\d]*[)）]){{2,60}}?)\s*[、,:：]?\s*"
                  rf"(?P<cells>(?:{_CELL})(?:\s*[、,]?\s*(?:{_CELL}))*)\s*$")


def _tables(text: str) -> list[tuple[int, str, list[int]]]:
    """(index of the unit line, the unit, indexes of the row lines) for each holder table of ``text``."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        unit = _UNIT.search(line)
        if unit is None or _UNIT.search(line, unit.end()):
            continue
        rows = []
        for j in range(i + 1, len(lines)):
            if not lines[j].strip():
                continue
            if not _ROW.match(lines[j]):
                break
            rows.append(j)
        if rows:
            out.append((i, unit.group("u"), rows))
    return out


def holder_table_lines(text: str) -> set[int]:
    """The lines (indexes) of ``text`` that belong to holder tables: their unit lines and rows."""
    return {k for i, _, rows in _tables(text) for k in [i, *rows]}


def unit_line_prose(text: str) -> dict[int, str]:
    """The prose before the table's own lead on a unit line that is a whole paragraph ("4月の日本の米国債保有高は
    1兆1069億ドルとなった。2位は中国で…。上位10か国は次の通り(単位、10億ドル)"): the sentences before the one that
    names the unit are claims of their own, by line index."""
    lines = text.splitlines()
    out = {}
    for i, _, _ in _tables(text):
        unit = _UNIT.search(lines[i])
        cut = max(lines[i].rfind("。", 0, unit.start()), lines[i].rfind(". ", 0, unit.start()))
        if cut > 0:
            out[i] = lines[i][:cut + 1]
    return out


def holder_table_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A level claim (and a change claim when a second number follows) for every row of every holder table."""
    from ustflow.check.subjects import find_subjects

    lines = text.splitlines()
    out: list[Claim] = []
    for i, unit, rows in _tables(text):
        scale = next(v for k, v in _SCALE if k in unit.lower())
        head = lines[i]
        periods = [p for p in Resolver(ref).find(head) if p.role != "from" and not p.is_latest]
        for j in rows:
            line = lines[j].strip()
            row = _ROW.match(line)
            name = row.group("name").strip()
            who = next((m for m in find_subjects(name) if m.kind in ("country", "japan")), None) or \
                Mention("country", name, (0, 0), name)  # a name TIC does not list: judged unverifiable
            sent = Sentence(line, 20_000 + j, first_index + len(out))
            cells = list(re.finditer(_CELL, line[row.start("cells"):]))
            for k, cell in enumerate(cells[:2]):
                role = "level" if k == 0 else "change"  # TIC's own layout: the level, then the month's change
                out.append(_claim(sent, row.start("cells") + cell.start(), cell.group(0), scale, who, role,
                                  periods[0] if periods else None))
    return out


def _claim(sent: Sentence, start: int, txt: str, scale: float, who: Mention, role: str, period) -> Claim:
    neg = txt[0] in "-−▲"
    raw = txt.lstrip("+-−▲△")
    number = float(raw.replace(",", ""))
    digits = raw.split(".")
    prec = 0.5 * 10 ** -(len(digits[1]) if len(digits) > 1 else 0) * scale
    a = Amount((start, start + len(txt)), txt, number, scale, "USD", "money", prec)
    c = Claim(sent, "amount", a.span, amount=a, role=role, subject=who, subject_how="stated", period=period,
              period_how="stated" if period is not None else "none", instrument=("tic", "treasuries"),
              instrument_text="", clause=sent.text)
    if role == "change":
        c.direction, c.direction_word = (-1, "-") if neg else (1, "+")
    c.notes.append("a row of the article's table of holders (TIC)")
    return c
