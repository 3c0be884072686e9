"""The header row of a holder table whose columns are periods and what is derived from them:

    Country 2016年 2015年 増減 増減率
    Japan 1,090.8 1,122.4 -31.6 -2.8%

    Country                    Jul-18  Jun-18  May-18  Apr-18
    China, Mainland            1171.0  1178.7  1183.1  1181.9

A header is an optional label ("Country", "国・地域", no digits) followed by two columns or more, each a period
("2016年", "2016年末", "2024年3月", "Jul-18", "Mar 2014", "2018-07", a bare year) or a column derived from the
periods: a change ("増減", "Change", "Chg", "+/-") or a percent change ("増減率", "% change", "%"). A year is its
end (holdings are a stock: "2016年" is December 2016). Under such a header a row's cells are read by position: a
period's cell is the holder's level then, a derived cell the change from the earlier of the header's two periods to
the later (with no two periods, a derived column says nothing that can be checked). A header with any other column
(a share, a rank, a text) is no such header: the table keeps its own reading. Two things the table's caption
decides: a table of periods is a table of holdings only when its caption says so (it names Treasuries, holdings or
holders: "Nominal output (in billions of U.S. dollars)" over "Country 2023 2022 Change" is a table of economies),
and a bare year is no December when the caption names fiscal years ("at the end of each fiscal year": which fiscal
year, a March's or a September's, is not told, so its columns are read at no month). Nothing here reads data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ustflow.check.periods import Period, month_window
from ustflow.check.text import MONTH_RE, month_number

_YM_JA = r"(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月)?(?:\s*(?P<end>末))?"
_MON_YY = rf"(?P<mon>{MONTH_RE})[-‐'’ ]?(?P<yy>(?:19|20)\d{{2}}|\d{{2}})"
_Y_M = r"(?P<y2>(?:19|20)\d{2})[-/.](?P<m2>1[0-2]|0?[1-9])"
_YEAR = r"(?P<y3>(?:19|20)\d{2})"
_PERIOD = rf"(?:{_YM_JA}|{_MON_YY}|{_Y_M}|{_YEAR})"
#: a change column; a percent change ("増減率" before "増減", "% change" before "change")
_PCT = r"(?:増減率|変化率|伸び率|%\s*(?:change|chg\.?)|(?:change|chg\.?|変化|増減)\s*[(（]%[)）]|pct\.?\s*(?:change|chg\.?)|%)"
_CHANGE = r"(?:増減額?|差額|変化|change|chg\.?|diff(?:erence)?|\+/-|±)"
_COLUMN = re.compile(rf"(?P<pct>{_PCT})|(?P<chg>{_CHANGE})|(?P<per>{_PERIOD})", re.I)
#: the label before a header's columns: a few words without digits ("Country", "国・地域", "Major holders")
_LABEL_WORD = re.compile(r"[^\d\s%|]{1,20}")


@dataclass
class Column:
    kind: str  # "level" | "change" | "pct" | "step" (the change into its month from the month before) | "none"
    period: Period | None = None  # a level column's month (None: later than the article, a month not yet published)
    year_only: bool = False  # a bare year ("2016", "2016年"): its end, unless the caption names fiscal years


def header_columns(line: str, ref: date | None) -> list[Column] | None:
    """The columns of ``line`` read as a header (module docstring), else None: two columns at least, one a period,
    nothing else on the line but a label of up to three words before them."""
    words = list(re.finditer(r"\S+", line))
    for k, w in enumerate(words[:4]):
        if all(_LABEL_WORD.fullmatch(x.group(0)) for x in words[:k]):
            cols = _columns(line[w.start():].rstrip(), ref)
            if cols is not None:
                return cols
    return None


def _columns(rest: str, ref: date | None) -> list[Column] | None:
    """The columns ``rest`` is made of, one after another, each followed by white space or the end; else None."""
    cols: list[Column] = []
    pos = 0
    while pos < len(rest):
        m = _COLUMN.match(rest, pos)
        if m is None or (m.end() < len(rest) and not rest[m.end()].isspace()):
            return None
        if m.group("per"):
            cols.append(Column("level", _period(m, ref), bool(m.group("y3") or (m.group("y") and not m.group("m")))))
        else:
            cols.append(Column("pct" if m.group("pct") else "change"))
        pos = m.end()
        while pos < len(rest) and rest[pos].isspace():
            pos += 1
    if len(cols) < 2 or not any(c.kind == "level" for c in cols):
        return None
    return cols


def _period(m: re.Match, ref: date | None) -> Period | None:
    """A column's month: the month named, or December of a year (its end)."""
    g = m.groupdict()
    if g["y"]:
        y, mo = int(g["y"]), int(g["m"]) if g["m"] else 12
    elif g["mon"]:
        yy = int(g["yy"])
        y, mo = (yy if yy > 99 else 2000 + yy), month_number(g["mon"])
        if yy <= 99 and ref is not None and y > ref.year + 1:
            y -= 100
    elif g["y2"]:
        y, mo = int(g["y2"]), int(g["m2"])
    else:
        y, mo = int(g["y3"]), 12
    if ref is not None and (y, mo) > (ref.year, ref.month):
        return None  # a column later than the article: no such period (a year not over is no year-end)
    return Period("month", [month_window(y, mo)], m.group(0).strip(), note="a column of the table's header")


def derived_span(cols: list[Column]) -> tuple[Period, Period] | None:
    """(the earlier, the later) of a header's two period columns, from which its derived columns are computed; None
    unless the header has exactly two, of different months."""
    pers = [c.period for c in cols if c.kind == "level"]
    if len(pers) != 2 or None in pers or pers[0].start == pers[1].start:
        return None
    a, b = sorted(pers, key=lambda p: p.start)
    return a, b


def pipe_header_columns(cells: list[str], ref: date | None) -> list[Column] | None:
    """The columns of a Markdown header's cells ("| 国 | 2022年1月 | 2022年2月 | 割合 |"), one per cell in order (a rule
    line's columns line up with them): a period's cell a level column, a derived one a change or percent change, and
    any other (the label, a share, a blank) a column of no claim; None unless two cells at least are periods."""
    cols = []
    for text in cells:
        m = _COLUMN.fullmatch(text.strip())
        if m is None:
            cols.append(Column("none"))
        elif m.group("per"):
            cols.append(Column("level", _period(m, ref), bool(m.group("y3") or (m.group("y") and not m.group("m")))))
        else:
            cols.append(Column("pct" if m.group("pct") else "change"))
    return cols if sum(c.kind == "level" for c in cols) >= 2 else None


#: a caption saying the cells are changes, not levels: "Monthly Chg", "Level changes calculated by MNI", "前月比増減"
_CHANGES = re.compile(r"\bchg\b|\bchanges?\b|増減|前月比|前月差", re.I)


def _steps(cols: list[Column]) -> list[Column] | None:
    """A caption's changes read into the columns: each month's column the change into it from the month before, when
    every period column is a month, one after another (a year's column, or a gap, says nothing of which change)."""
    pers = [c.period for c in cols if c.kind == "level"]
    if None in pers or any(c.year_only for c in cols):
        return None
    months = sorted(p.start.year * 12 + p.start.month for p in pers)
    if any(b - a != 1 for a, b in zip(months, months[1:])) or any(c.kind in ("change", "pct") for c in cols):
        return None
    return [Column("step", c.period) if c.kind == "level" else c for c in cols]


#: a caption naming what the table holds: Treasuries, holdings or holders
_HELD = re.compile(r"米国債|米国の国債|財務省証券|保有|Treasur|\bTIC\b|\bhold(?:ings?|ers?)\b", re.I)
_FISCAL = re.compile(r"fiscal|\bFY\b|年度", re.I)


def caption_columns(cols: list[Column], caption: str) -> list[Column] | None:
    """``cols`` as the table's caption (its unit line and heading) lets them be read (module docstring): None when the
    caption names no holdings (not a table of holders), a bare year's column at no month when it names fiscal years,
    each month's column the month's change when it names changes ("Monthly Chg": ``_steps``; None when they are not
    consecutive months)."""
    if not _HELD.search(caption):
        return None
    if _CHANGES.search(caption):
        return _steps(cols)
    if _FISCAL.search(caption):
        return [Column(c.kind, None, True) if c.year_only else c for c in cols]
    return cols
