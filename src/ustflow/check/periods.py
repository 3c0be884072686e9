"""Periods named in article text: "in March 2024", "the week ending April 4", "in two weeks of April",
"the following seven days", "in 2020", "since 2013", "fiscal 2024", "on August 4, 2020".

A ``Period`` is one or more candidate windows (inclusive ``start``..``end`` dates). A fixed period has
one; "two weeks of April" has every run of two MoF weeks in April, and a month without a year (in an
article that states no date) has one window per year, so the judge can search them and say which
matched. Weeks are MoF weeks, Sunday..Saturday, named by the Saturday (pandas ``W-SAT``).
A wire story's "week ending April 4" (a Friday) is the MoF week that contains April 4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ustflow.check.text import MONTH_RE, MONTHS

NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
YEARS_SEARCHED = range(2000, 2027)  # windows tried for a month named without any year in sight


@dataclass
class Period:
    kind: str  # day | week | weeks | month | months | quarter | year | fiscal_year | since
    windows: list[tuple[date, date]]
    label: str
    span: tuple[int, int] = (0, 0)
    note: str = ""  # how it was resolved ("year from the article date", "searched every year", ...)
    relative: bool = False  # "the following week": resolved from the previous claim's period
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        if not self.windows and self.kind != "latest":
            raise ValueError("a period needs at least one window")

    @property
    def start(self) -> date:
        return self.windows[0][0]

    @property
    def end(self) -> date:
        return self.windows[-1][1]

    @property
    def is_search(self) -> bool:
        return len(self.windows) > 1

    @property
    def is_weekly(self) -> bool:
        return self.kind in ("week", "weeks")


def week_of(d: date) -> tuple[date, date]:
    """The MoF week (Sunday..Saturday) containing ``d``; a Sunday 'week ending' means the week before."""
    start = d - timedelta(days=(d.weekday() + 1) % 7)
    return start, start + timedelta(days=6)


def week_ending(d: date) -> tuple[date, date]:
    if d.weekday() == 6:  # "the week ending Sunday, April 6" is the week that closed on the Saturday
        d = d - timedelta(days=1)
    return week_of(d)


def month_window(y: int, m: int) -> tuple[date, date]:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date(y, m, 1), nxt - timedelta(days=1)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def weeks_ending_in(y: int, m: int) -> list[tuple[date, date]]:
    """MoF weeks whose Saturday falls in the month (how MoF and the wires assign weeks to months)."""
    first, last = month_window(y, m)
    sat = first + timedelta(days=(5 - first.weekday()) % 7)
    out = []
    while sat <= last:
        out.append((sat - timedelta(days=6), sat))
        sat += timedelta(days=7)
    return out


_DAY = rf"(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"
_DAY_DMY = rf"(?<![\d.,])(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH_RE})(?:,?\s+(?P<year2>(?:19|20)\d{{2}}))?"
_ISO = r"(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})"
DATE = rf"(?:{_DAY}|{_DAY_DMY}|{_ISO})"
NUM = r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
YEAR = r"(?P<y>(?:19|20)\d{2})"
MON_Y = rf"(?P<m>{MONTH_RE})(?:,?\s+(?P<my>(?:19|20)\d{{2}}))?"

# (name, pattern); tried in this order, first match at a position wins, matches never overlap
PATTERNS: list[tuple[str, re.Pattern]] = [(n, re.compile(p, re.I)) for n, p in [
    ("week_ending", rf"\b(?:in |during |for |over )?(?:the )?week (?:ending|ended|to|through|that ended|up to|"
                    rf"until)(?: on)?\s+(?:(?:Sunday|Saturday|Friday),?\s+)?{DATE}"),
    ("week_of", rf"\b(?:in |during )?the week (?:of|from|starting|beginning)\s+{DATE}(?:\s*(?:-|–|to)\s*\d{{1,2}})?"),
    ("n_weeks", rf"\b(?:in |during |over |across )?(?:the )?(?P<which>first|last|final|past|previous|opening|closing)?\s*"
                rf"{NUM}\s+weeks\s+(?:of|in|to)\s+(?:end-)?{MON_Y}"),
    ("next_week", r"\b(?:in )?(?:the )?(?:following|next|subsequent)\s+(?:seven days|week)|\ba week later\b"),
    ("prev_week", r"\b(?:in )?(?:the )?(?:previous|prior|preceding)\s+week|\b(?:a|one) week (?:earlier|before)\b|"
                  r"\bthe week before\b"),
    ("last_week", r"\blast week\b"),
    ("same", r"\b(?:in |during |over )?the same (?:week|month|period|quarter|year)\b"),
    ("latest", r"\b(?:today|now|currently|at present|these days)\b"),
    ("between", rf"\b(?:between|from)\s+{DATE}\s+(?:and|to|through|until)\s+"
                rf"(?P<mon3>{MONTH_RE})?\s*(?P<day3>\d{{1,2}})(?!\d)(?:,?\s+(?P<year3>(?:19|20)\d{{2}}))?"),
    ("quarter", rf"\b(?:in |during |for )?(?:the )?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter"
                rf"(?: of)?(?:\s+{YEAR})?|\bQ(?P<qn>[1-4])\s*(?P<y2>(?:19|20)\d{{2}})"),
    ("fiscal", rf"\b(?:in |during |for )?(?:the )?fiscal(?: year)?\s+(?:to March\s+)?{YEAR}|\bFY\s?(?P<y2>(?:19|20)\d{{2}})"),
    ("since", rf"\bsince\s+(?:the (?:start|beginning) of\s+)?(?:(?P<sm>{MONTH_RE})\s+)?(?P<sy>(?:19|20)\d{{2}})|"
              rf"\bsince\s+(?P<sm2>{MONTH_RE})\b"),
    ("ytd", r"\b(?:so far this year|this year so far|year[- ]to[- ]date|since the start of (?:this|the) year)\b"),
    ("months_to", rf"\b(?:in |over |during )?the\s+(?P<k>\d{{1,2}}|twelve|six|three)\s+months\s+(?:to|through|ending|ended)\s+"
                  rf"(?:end-)?{MON_Y}|\bthe year to\s+(?:end-)?(?P<m2>{MONTH_RE})(?:,?\s+(?P<my2>(?:19|20)\d{{2}}))?"),
    ("last_month", r"\blast month\b"),
    ("month_earlier", r"\b(?:a|one) month (?:earlier|before)\b|\bthe (?:previous|prior|preceding) month\b"),
    ("year_earlier", r"\b(?:a|one) year (?:earlier|before|ago)\b|\bthe same month (?:a year )?(?:earlier|last year)\b"),
    ("last_year", r"\blast year\b"),
    ("year_end", rf"\b(?:at the end of|at end-|end-|by the end of|as of the end of)\s*{YEAR}\b|\b(?P<y2>(?:19|20)\d{{2}}) year-end\b|"
                 rf"\bat (?:the )?(?:end of|close of) (?:last )?year\b"),
    ("day", rf"\b(?:on|as of|at the close (?:of|on))?\s*{DATE}"),
    ("month", rf"\b(?:in |during |for |at the end of |as of |by |at end-|end-)?{MON_Y}\b"),
    ("year", rf"\b(?:in |during |for |at the end of |by |of |as of )?(?:calendar )?{YEAR}\b(?!-\d)"),
]]


def _mon(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _num(s: str) -> int:
    return int(s) if s.isdigit() else NUMBERS[s.lower()]


class Resolver:
    """Turns matches into windows, resolving missing years and relative terms.

    ``ref`` is the article's date (or ``--date``); ``context_year`` the last year named earlier in the
    text; ``prev`` the previous claim's period (for "the following week", "a year earlier").
    """

    def __init__(self, ref: date | None = None):
        self.ref = ref
        self.context_year: int | None = ref.year if ref else None

    def year_for(self, month: int, day: int = 1) -> tuple[list[int], str]:
        if self.ref:
            y = self.ref.year
            if date(y, month, min(day, 28)) > self.ref + timedelta(days=7):
                y -= 1  # "in November" in a March article is last November
            return [y], "year taken from the article date"
        if self.context_year:
            return [self.context_year], "year taken from earlier in the text"
        return list(YEARS_SEARCHED), "no year stated: every year searched"

    def _date(self, g: dict, suffix: str = "") -> tuple[list[date], str]:
        if g.get("iso"):
            y, m, d = map(int, g["iso"].split("-"))
            return [date(y, m, d)], ""
        mon = g.get("mon") or g.get("mon2")
        day = int(g.get("day") or g.get("day2"))
        year = g.get("year") or g.get("year2")
        m = _mon(mon)
        if year:
            return [date(int(year), m, day)], ""
        years, note = self.year_for(m, day)
        out = []
        for y in years:
            try:
                out.append(date(y, m, day))
            except ValueError:
                pass
        return out, note

    def resolve(self, name: str, m: re.Match, prev: Period | None) -> Period | None:
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        if "y2" in g:
            g["y"] = g["y2"]
        label = m.group(0).strip()
        note = ""
        if name in ("week_ending", "week_of"):
            days, note = self._date(g)
            wins = [week_ending(d) if name == "week_ending" else week_of(d) for d in days]
            return Period("week", wins, label, note=note) if wins else None
        if name == "n_weeks":
            n = _num(g["n"])
            months = self._months(g["m"], g.get("my"))
            note = months[1]
            wins = []
            which = (g.get("which") or "").lower()
            for y, mo in months[0]:
                weeks = weeks_ending_in(y, mo)
                if len(weeks) < n:
                    continue
                if which in ("first", "opening"):
                    runs = [weeks[:n]]
                elif which in ("last", "final", "closing", "past", "previous"):
                    runs = [weeks[-n:]]
                else:  # "in two weeks of April": any run of n consecutive weeks
                    runs = [weeks[i:i + n] for i in range(len(weeks) - n + 1)]
                wins += [(r[0][0], r[-1][1]) for r in runs]
            return Period("weeks", wins, label, note=note, extra={"n_weeks": n}) if wins else None
        if name in ("next_week", "prev_week"):
            if prev is None or prev.kind not in ("week", "weeks"):
                return None
            shift = timedelta(days=7 if name == "next_week" else -7)
            # the week right after (before) the last (first) week of the previous period
            wins = [(e + timedelta(days=1), e + timedelta(days=7)) if name == "next_week" else (s + shift, s - timedelta(days=1))
                    for s, e in prev.windows]
            return Period("week", wins, label, relative=True, note=f"relative to {prev.label!r}")
        if name == "same":
            if prev is None:
                return None
            return Period(prev.kind, list(prev.windows), label, relative=True, note=f"the same as {prev.label!r}")
        if name == "latest":
            return Period("latest", [], label, note="the latest data")
        if name == "last_week":
            if not self.ref:
                return None
            return Period("week", [week_of(self.ref - timedelta(days=7))], label, note="relative to the article date")
        if name == "between":
            days, note = self._date(g)
            if not days:
                return None
            d0 = days[0]
            mon3 = _mon(g["mon3"]) if g.get("mon3") else d0.month
            y3 = int(g["year3"]) if g.get("year3") else d0.year
            d1 = date(y3, mon3, int(g["day3"]))
            if not g.get("year") and not g.get("year2") and g.get("year3"):
                d0, note = d0.replace(year=y3), ""
            return Period("days", [(d0, d1)], label, note=note)
        if name == "quarter":
            q = ORDINAL_Q.get((g.get("q") or "").lower()) or int(g.get("qn", 0))
            if g.get("y"):
                years, note = [int(g["y"])], ""
            else:
                years, note = self.year_for(3 * q)
            wins = [(month_window(y, 3 * q - 2)[0], month_window(y, 3 * q)[1]) for y in years]
            return Period("quarter", wins, label, note=note)
        if name == "fiscal":
            y = int(g["y"])
            if re.search(r"to March", label, re.I):
                y -= 1  # "the fiscal year to March 2025" began in April 2024
            return Period("fiscal_year", [(date(y, 4, 1), date(y + 1, 3, 31))], label,
                          note="Japanese fiscal year, April to March")
        if name == "since":
            if g.get("sy"):
                y = int(g["sy"])
                mo = _mon(g["sm"]) if g.get("sm") else 1
            else:
                mo = _mon(g["sm2"])
                ys, note = self.year_for(mo)
                y = ys[-1]
            end = self.ref or date(2100, 1, 1)
            return Period("since", [(date(y, mo, 1), end)], label, note=note or "to the latest data")
        if name == "ytd":
            if not self.ref:
                return None
            return Period("months", [(date(self.ref.year, 1, 1), self.ref)], label, note="to the article date")
        if name == "months_to":
            k = _num(g["k"]) if g.get("k") else 12
            months, note = self._months(g.get("m") or g["m2"], g.get("my") or g.get("my2"))
            wins = []
            for y, mo in months:
                y0, m0 = add_months(y, mo, -(k - 1))
                wins.append((date(y0, m0, 1), month_window(y, mo)[1]))
            return Period("months", wins, label, note=note)
        if name == "last_month":
            if not self.ref:
                return None
            y, mo = add_months(self.ref.year, self.ref.month, -1)
            return Period("month", [month_window(y, mo)], label, note="relative to the article date")
        if name in ("month_earlier", "year_earlier"):
            if prev is None or prev.kind not in ("month", "quarter", "year", "day", "week"):
                return None
            k = -1 if name == "month_earlier" else -12
            wins = []
            for s, e in prev.windows:
                if prev.kind in ("week", "day"):
                    shift = timedelta(days=7 if name == "month_earlier" else 364)
                    wins.append((s - shift, e - shift))
                else:
                    y0, m0 = add_months(s.year, s.month, k)
                    y1, m1 = add_months(e.year, e.month, k)
                    wins.append((date(y0, m0, 1), month_window(y1, m1)[1]))
            return Period(prev.kind, wins, label, relative=True, note=f"relative to {prev.label!r}")
        if name == "last_year":
            if not self.ref:
                return None
            y = self.ref.year - 1
            return Period("year", [(date(y, 1, 1), date(y, 12, 31))], label, note="relative to the article date")
        if name == "year_end":
            y = int(g["y"]) if g.get("y") else (self.ref.year - 1 if self.ref else None)
            if y is None:
                return None
            return Period("month", [month_window(y, 12)], label, note="year-end: December")
        if name == "day":
            days, note = self._date(g)
            return Period("day", [(d, d) for d in days], label, note=note) if days else None
        if name == "month":
            months, note = self._months(g["m"], g.get("my"))
            if g["m"].lower().rstrip(".") == "may" and not g.get("my") and not re.match(r"(?i)in |during |for |by |as of |end", label):
                return None  # the verb "may"
            return Period("month", [month_window(y, mo) for y, mo in months], label, note=note)
        if name == "year":
            y = int(g["y"])
            if not 1990 <= y <= 2035:
                return None
            return Period("year", [(date(y, 1, 1), date(y, 12, 31))], label)
        return None

    def _months(self, mon: str, year: str | None) -> tuple[list[tuple[int, int]], str]:
        mo = _mon(mon)
        if year:
            return [(int(year), mo)], ""
        years, note = self.year_for(mo)
        return [(y, mo) for y in years], note

    def find(self, text: str, prev: Period | None = None, masked: list[tuple[int, int]] = ()) -> list[Period]:
        """Every period named in ``text`` (non-overlapping, in text order), skipping ``masked`` spans
        (superlative phrases such as "largest since 2005" carry their own reference period)."""
        taken: list[tuple[int, int]] = list(masked)
        found: list[Period] = []
        for name, rx in PATTERNS:
            for m in rx.finditer(text):
                s, e = m.span()
                # leading spaces matched by optional groups are not part of the phrase
                s += len(m.group(0)) - len(m.group(0).lstrip())
                if e <= s or any(s < te and ts < e for ts, te in taken):
                    continue
                p = self.resolve(name, m, prev)
                if p is None:
                    continue
                p = replace(p, span=(s, e))
                taken.append((s, e))
                found.append(p)
        found.sort(key=lambda p: p.span[0])
        for p in found:
            if p.kind in ("year", "month", "day", "quarter") and not p.is_search:
                self.context_year = p.end.year if self.ref is None else self.context_year
        return found
