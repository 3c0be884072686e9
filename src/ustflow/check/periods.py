"""Periods: windows of days, MoF weeks and months, and the calendar arithmetic on them.

The grammar that reads them from text is ``ustflow.check.period_grammar``. What follows describes
both.

"in March 2024", "the week ending April 4", "two weeks to April 12, 2025", "the first two weeks of
April", "last month", "the previous month", "a year earlier", "in 2020", "since 2013", "fiscal 2024",
"on August 4, 2020", "now", "the latest".

A ``Period`` is a window of days (``start``..``end``, inclusive), or ``latest`` (no window: the rule
takes the newest period of its series *published* on the publication date, through the release
calendar). A period without a year ("in March", "April 4") takes the latest such month or day on or
before the publication date (a few days' grace for a week that ends after a Thursday dateline); with
no publication date, the last year named earlier in the text; with neither it cannot be resolved and
the claim is unverifiable. Relative periods ("the following week", "a month earlier", "the previous
month") count from the period named before them in the sentence, else the previous claim's, else
the publication date. Nothing is ever resolved to "every year" and searched.

Weeks are MoF weeks, Sunday..Saturday, named by the Saturday (pandas ``W-SAT``); a wire story's
"week ending April 4" (a Friday) is the MoF week that contains April 4. ``role`` is ``from`` for the
starting point of a change ("fell $12.4 billion from November").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ustflow.check.ja_eras import era_year

NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-four": 24, "fifty-two": 52}
ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@dataclass
class Period:
    kind: str  # day | days | week | weeks | month | months | quarter | year | fiscal_year | since | latest
    windows: list[tuple[date, date]]
    label: str
    span: tuple[int, int] = (0, 0)
    note: str = ""  # how it was resolved ("year from the article date", ...)
    relative: bool = False  # "the following week": resolved from another period
    role: str = ""  # "from": the starting point of a change
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

    @property
    def is_latest(self) -> bool:
        return self.kind == "latest"


def latest_period(label: str, note: str) -> Period:
    return Period("latest", [], label, note=note)


# ----------------------------------------------------------------------------- calendar helpers
def week_of(d: date) -> tuple[date, date]:
    """The MoF week (Sunday..Saturday) containing ``d``."""
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


def weeks_of_month(y: int, m: int) -> list[tuple[date, date]]:
    """MoF weeks (Sunday to Saturday) with most of their days in the month (their Wednesday in it): "the
    first three weeks of May" 2015 are 3-9, 10-16 and 17-23 May (26 April - 2 May is April's), "the first
    two weeks of April" 2025 are 30 March - 5 April and 6-12 April."""
    first, last = month_window(y, m)
    return [w for w in weeks_ending_in(y, m) + weeks_ending_in(*add_months(y, m, 1))
            if first <= w[0] + timedelta(days=3) <= last]


def shift(p: Period, months: int = 0, weeks: int = 0, label: str = "", note: str = "") -> Period:
    """``p`` moved by whole months (month-like periods) or weeks (weekly and daily ones)."""
    wins = []
    for s, e in p.windows:
        if weeks or p.kind in ("week", "weeks", "day", "days"):
            k = timedelta(days=7 * (weeks or (4 * months if abs(months) < 12 else 52 * months // 12)))
            wins.append((s + k, e + k))
        else:
            y0, m0 = add_months(s.year, s.month, months)
            y1, m1 = add_months(e.year, e.month, months)
            wins.append((date(y0, m0, 1), month_window(y1, m1)[1]))
    return Period(p.kind, wins, label or p.label, relative=True, note=note or f"relative to {p.label!r}")


# ----------------------------------------------------------------------------- grammar


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def japanese_span(r, name: str, g: dict, label: str) -> "Period | None":
    """Japanese spans of months: '1～3月' / '2025年1～3月期' (January to March), '年初来' / '今年に入って' (so far
    this year); halves (上半期, 下期) are ``halves.japanese_half``. ``r`` is the ``period_grammar.Resolver`` (for the publication date)."""
    ref = r.ref
    if name == "jp_recent":  # "直近3週間", "過去6カ月", "過去1年": the latest N weeks or months published
        k, unit = (6, "カ月") if g.get("half") else (int(g["k"]), g["u"])
        if unit.startswith("週"):
            return Period("latest", [], label, note=f"the latest {k} weeks", extra={"periods": k, "unit": "week"})
        return Period("latest", [], label, note=f"the latest {k * 12 if unit == '年' else k} months",
                      extra={"months": k * 12 if unit == "年" else k})
    if name == "jp_nth_week":  # "5月の第3週": the third MoF week ending in May
        y, _ = (int(g["y"]), "") if g.get("y") else r.year_for(int(g["m1"]))
        weeks = weeks_ending_in(y, int(g["m1"])) if y else []
        n = int(g["n"])
        return Period("week", [weeks[n - 1]], label) if len(weeks) >= n else None
    if name == "jp_quarter":  # "第1四半期": calendar quarter; "2024年度第1四半期": April to June 2024
        g = {**g, "m0": str(3 * int(g["q"]) - 2 + (3 if g.get("fy") else 0))}
        g["m1"] = str(int(g["m0"]) + 2)
        if int(g["m0"]) > 12:
            g["m0"], g["m1"], g["y"] = "1", "3", str(int(g["y"]) + 1) if g.get("y") else None
        name = "jp_months"
    if name == "jp_months_and":  # "4月と5月", "3、4月": a span only when the second month follows the first
        if g.get("ma"):
            g = {**g, "m0": g["ma"], "m1": g["mb"], "y": g.get("ya")}
        if g.get("yr") and ref is not None:  # "去年の12月と11月": the year before the publication's
            g = {**g, "y": str(ref.year + (-1 if g["yr"] in ("昨年", "前年", "去年") else 0))}
        if int(g["m0"]) == int(g["m1"]) % 12 + 1 and int(g["m1"]) != 12:  # "12月と11月": the same span, named backwards
            p = japanese_span(r, "jp_months_and", {**g, "m0": g["m1"], "m1": g["m0"]}, label)
            if p is not None:
                p.extra["descending"] = True  # (shared out by "それぞれ" in the order named)
            return p
        if int(g["m1"]) != int(g["m0"]) % 12 + 1:
            return None
        name = "jp_months"
    if name == "jp_month_span":  # "昨年11月~今年3月", "2010年11月から2011年3月まで": each end's year its own
        return _month_span(ref, g, label)
    if name in ("jp_ytd", "ytd_of_year"):
        y0 = int(g["yy"]) if g.get("yy") else ref.year - 1 if ref and g.get("yrel") else ref.year if ref else None
        return Period("months", [(date(y0, 1, 1), ref)], label, note="so far this year" if ref and y0 == ref.year else
                      f"from the start of {y0} to the publication date") if ref and y0 and y0 <= ref.year else None
    y = int(g["y"]) if g.get("y") else 2000 + int(g["y2d"]) if g.get("y2d") else None  # "24年度第1四半期"
    if g.get("era"):  # "令和4年9~10月"
        y = era_year(g["era"], g["ey"])
    fiscal = bool(g.get("fy"))
    m0, m1 = int(g["m0"]), int(g["m1"])
    if not (1 <= m0 <= 12 and 1 <= m1 <= 12):
        return None
    if y is None and ref is not None and not fiscal and (m0 <= ref.month <= m1 if m0 <= m1 else
                                                         not m1 < ref.month < m0):
        # "財務省は31日、6~7月に実施した介入額が…と発表した" (July 31): the span the story is in, as "7月" is; "12~1月" on
        # January 31 began the December before
        y = ref.year - (m1 < m0 and ref.month <= m1)
    if y is None:  # the latest such span that ended by the publication date
        if ref is None:
            return None
        y = ref.year - (ref.month <= m1) - (m1 < m0)
    y1 = y + 1 if m1 < m0 else y
    return Period("months", [(date(y, m0, 1), month_window(y1, m1)[1])], label,
                  note="Japanese fiscal year" if fiscal else "")


_REL_YEAR = {"昨年": -1, "前年": -1, "一昨年": -2, "今年": 0, "本年": 0}


def _month_span(ref: date | None, g: dict, label: str) -> "Period | None":
    """The months from one named month to another; a relative year (昨年) counts from the publication date, and the
    second month takes the first's year (or the next) when it names none."""
    m0, m1 = int(g["m0"]), int(g["m1"])
    if not (1 <= m0 <= 12 and 1 <= m1 <= 12) or (ref is None and not g.get("y0")):
        return None
    if not g.get("y0") and not g.get("yr0"):  # "4月から6月の間": the latest such span that ended by the publication
        y0 = ref.year - (ref.month <= m1) - (m1 < m0)
        return Period("months", [(date(y0, m0, 1), month_window(y0 + (m1 < m0), m1)[1])], label,
                      note="the latest such span by the publication date")
    y0 = int(g["y0"]) if g.get("y0") else ref.year + _REL_YEAR[g["yr0"]]
    y1 = int(g["y1"]) if g.get("y1") else ref.year + _REL_YEAR[g["yr1"]] if g.get("yr1") else y0 + (m1 < m0)
    if (y1, m1) < (y0, m0):
        return None
    return Period("months", [(date(y0, m0, 1), month_window(y1, m1)[1])], label)


def japanese_fiscal_or_week(r, name: str, g: dict, label: str) -> "Period | None":
    """'2024年度', '24年度', '今年度', '昨年度': Japan's fiscal year, April to the next March; '3月最終週': the last MoF
    week ending in that month. ``r`` is the ``period_grammar.Resolver``."""
    ref = r.ref
    if name == "ja_last_week_of":
        mo = int(g["jm"])
        y = int(g["y"]) if g.get("y") else r.year_for(mo)[0] if 1 <= mo <= 12 else None
        weeks = weeks_ending_in(y, mo) if y else []
        return Period("week", [weeks[-1]], label) if weeks else None
    if g.get("rel") == "前" and getattr(r, "named_fy", None) is not None:
        y = r.named_fy - 1  # "2023年度の国際収支…過去最大だった前年度": the year before the story's (``halves``)
    elif g.get("rel"):
        if ref is None:
            return None
        y = ref.year - (ref.month < 4) - {"今": 0, "本": 0, "昨": 1, "前": 1, "一昨": 2}[g["rel"]]
    else:
        y = int(g["y"]) if g.get("y") else 2000 + int(g["y2d"])
        y -= 100 if not g.get("y") and ref is not None and y > ref.year else 0  # "96年度" in 2012: the century before
    return Period("fiscal_year", [(date(y, 4, 1), date(y + 1, 3, 31))], label, note="Japanese fiscal year, April to March")
