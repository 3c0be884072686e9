"""From a claim's period to the observations of a series: windows, the release calendar, vintages.

- ``select``: the observations of a series inside a window (weeks by their Saturday, months by their
  first day; a day or a week named for a monthly series is the month that contains it).
- ``published_latest``: the newest period of a series that had been *released* on a date, from the
  publisher's calendar (``ustflow.calendar``: TIC on about the 18th two months after the month, MoF
  weekly on the Thursday after the week, MoF monthly on the 6th Tokyo business day). Around a TIC
  release day the exact day is uncertain (Treasury releases between the 15th and the 18th), so both
  months are returned, newest first, and the rule says which it used.
- ``value_then``: the value of one period as published on a date (the store's vintages), with the
  latest value, so a rule can judge against what the article could have read.
- ``best``: the one helper that picks among candidate windows (a stated period with more than one
  reading, such as "two weeks of April"): the first that matches, else the closest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ustflow.check.compare import matches
from ustflow.check.periods import Period

if TYPE_CHECKING:
    import pandas as pd


def select(s: "pd.Series", start: date, end: date) -> "pd.Series":
    """The observations of ``s`` inside [start, end]."""
    import pandas as pd

    idx = s.index
    if isinstance(idx, pd.PeriodIndex) and not idx.freqstr.startswith("W") and (end - start).days < 27:
        return s[(idx.start_time <= pd.Timestamp(end)) & (idx.end_time >= pd.Timestamp(start))]
    if isinstance(idx, pd.PeriodIndex):
        key = idx.end_time.normalize() if idx.freqstr.startswith("W") else idx.start_time
    else:
        key = idx
    return s[(key >= pd.Timestamp(start)) & (key <= pd.Timestamp(end))]


def expected_count(s: "pd.Series", w: tuple[date, date]) -> int | None:
    """How many observations a full window holds (weeks or months); None for daily series."""
    import pandas as pd

    idx = s.index
    if not isinstance(idx, pd.PeriodIndex):
        return None
    if idx.freqstr.startswith("W"):
        return max(1, ((w[1] - w[0]).days + 1) // 7)
    return (w[1].year - w[0].year) * 12 + w[1].month - w[0].month + 1


def label(p) -> str:
    """'2025-03-30..2025-04-05' for a week, '2025-10' for a month, '2025-04-11' for a day."""
    import pandas as pd

    if isinstance(p, pd.Period):
        if p.freqstr.startswith("W"):
            return f"{p.start_time:%Y-%m-%d}..{p.end_time:%Y-%m-%d}"
        return str(p)
    return pd.Timestamp(p).strftime("%Y-%m-%d")


def span_label(periods: list) -> str:
    if len(periods) == 1:
        return label(periods[0])
    a, b = label(periods[0]), label(periods[-1])
    return f"{a.split('..')[0]}..{b.split('..')[-1]}"


def period_window(p) -> tuple[date, date]:
    import pandas as pd

    if isinstance(p, pd.Period):
        return p.start_time.date(), p.end_time.date()
    d = pd.Timestamp(p).date()
    return d, d


# ----------------------------------------------------------------------------- release calendar
def schedule_of(sid: str):
    """The release schedule for a series id (None for daily market series: known the same day)."""
    from ustflow.calendar import schedule_for

    if sid.startswith("tic."):
        return schedule_for("tic_mfh_current")
    if sid.startswith("mof.weekly"):
        return schedule_for("mof_its_weekly")
    if sid.startswith("mof.monthly"):
        return schedule_for("mof_its_monthly")
    if sid.startswith("boj.bop."):
        return schedule_for("boj_bop_monthly")
    return None


def _period_key(p) -> date:
    """The date the calendar names a period by (MoF weeks: the Saturday; months: the first day)."""
    import pandas as pd

    if isinstance(p, pd.Period):
        if p.freqstr.startswith("W"):
            return p.end_time.date()
        return p.start_time.date()
    return pd.Timestamp(p).date()


def release_date(sid: str, p) -> date | None:
    """The day the publisher released period ``p`` of ``sid`` (by the calendar)."""
    sched = schedule_of(sid)
    if sched is None:
        return _period_key(p)
    return sched.release_of(_period_key(p)).date()


def release_date_in_americas(sid: str, p) -> date | None:
    """The day period ``p`` of ``sid`` came out in New York: MoF's Thursday 08:50 Tokyo is Wednesday evening there,
    so a story dated Wednesday in the Americas may report it (a date with no time or zone says neither)."""
    from ustflow.calendar import NEW_YORK, time_zone

    sched = schedule_of(sid)
    if sched is None:
        return _period_key(p)
    return sched.release_of(_period_key(p)).astimezone(time_zone(NEW_YORK)).date()


def published_latest(s: "pd.Series", sid: str, when: date, release_day: date | None = None) -> list:
    """The newest period of ``s`` released on or before ``when`` by the publisher's calendar."""
    sched = schedule_of(sid)
    idx = s.dropna().index
    if len(idx) == 0:
        return []
    if sched is None:  # daily closes: the last one before the publication day (a story is written during it)
        import pandas as pd

        if isinstance(idx, pd.PeriodIndex):
            got = idx[idx.start_time <= pd.Timestamp(when)]
        else:
            got = idx[idx < pd.Timestamp(when)]
        return list(got[-1:])
    if sid.startswith("tic."):
        return _tic_latest(idx, when, release_day)
    # release dates grow with the period: binary search for the last one released by ``when``
    lo, hi = 0, len(idx)
    while lo < hi:
        mid = (lo + hi) // 2
        if sched.release_of(_period_key(idx[mid])).date() <= when:
            lo = mid + 1
        else:
            hi = mid
    return [idx[lo - 1]] if lo else []


def _tic_latest(idx, when: date, release_day: date | None) -> list:
    """TIC releases month M between the 15th and the 18th of M+2 (Treasury announces the dates; the
    calendar keeps the 18th, the latest): a story dated from the 15th on reports month M. The article's
    own release day ("data showed on Wednesday"), when it names one, settles it."""
    seen = release_day if release_day is not None and release_day <= when else when
    y, m = (seen.year, seen.month) if seen.day >= 15 else (seen.year - (seen.month == 1), (seen.month - 2) % 12 + 1)
    last = (y * 12 + m - 1) - 2  # month M is out from the 15th of M+2
    got = idx[(idx.year * 12 + idx.month - 1) <= last]
    return list(got[-1:])


#: a level at a year's end ("at the end of 2023", "by end-December", "year-end"), or whose move the words count in years
#: ("rose $124.0 billion over the year to", "climbed for a third year to", "three straight years"): ``holdings._year_end``
YEAR_MOVE = re.compile(r"\b(?:at|by)\s+(?:the\s+)?end(?:[- ]of)?[- ](?:(?:19|20)\d\d|December|the year|last year)\b|"
                       r"\byear[- ]end\b|\bover the year\b|\bfor (?:a|the)\s+\w+\s+(?:(?:straight|consecutive|successive)\s+)?"
                       r"year\b|\b\w+\s+(?:straight|consecutive|successive)\s+years\b", re.I)


#: a change or a level against the same period a year before: "from a year earlier", "year-on-year",
#: "compared to the previous year", 前年同期(比)
YEAR_BACK = re.compile(
    r"\b(?:a|one) year (?:earlier|ago|before)\b|\byear[- ](?:on|over)[- ]year\b|\bon the year\b|\bfrom a year\b|"
    r"\b(?:compared (?:to|with)|from|than|over|versus|vs\.?) (?:the )?(?:previous|prior|preceding|last) year\b|"
    r"\bfrom (?:the same \w+ )?(?:a|last) year\b|前年(?:同月|同期)?比|前年同(?:月|期)|(?:前の|前)?年の同じ(?:月|時期)|去年の同じ(?:月|時期)|"
    r"1年前(?:と比べ|に比べ|より)|"
    # "an annual decline of 21.2 percent" in a month-end level: from the same month a year before
    r"\b(?:an?|its|the)\s+annual\s+(?:decline|decrease|drop|fall|increase|rise|gain|growth|reduction)\b|"
    # "a 1.4 percent annual increase": the same after its figure
    r"(?:%|\bper ?cent)\s+annual\s+(?:decline|decrease|drop|fall|increase|rise|gain|growth|reduction)\b|"
    r"\bthe same (?:month|period|week|quarter),? (?:of |in )?(?:the )?(?:previous|prior|preceding|last) year\b|"
    # "increased its holdings of US bonds annually by $3.6 billion": the move over the year to the month
    r"\bannually\s+by\b|\bon an? (?:annual|yearly) basis\b", re.I)


#: a change against the month before: "from the previous month", "compared with a month earlier", "month on month",
#: "(m/m)", 前月比 (the release compares its seasonally adjusted figures so; "a month earlier" alone is a period)
MONTH_BACK = re.compile(r"\b(?:from|than|over|on|compared (?:to|with)|versus|vs\.?) (?:the )?(?:previous|prior|preceding) "
                        r"month\b|\b(?:from|than|over|compared (?:to|with)|versus|vs\.?) (?:a|one) month (?:earlier|ago|before)\b|"
                        r"\bmonth[- ](?:on|over)[- ]month\b|\bm/m\b|前月比", re.I)


# ----------------------------------------------------------------------------- vintages
@dataclass
class Vintaged:
    value: float  # as published on the date asked about (or the latest, if the store holds no older one)
    latest: float
    archived: bool  # True: the store holds a vintage that was current on that date
    vintage: str | None  # the date of the vintage ``value`` comes from
    latest_vintage: str | None
    earlier: tuple = ()  # (value, vintage) of older vintages that differ: when no date is known


def value_then(data, sid: str, p, when: date | None, latest: float) -> Vintaged:
    """Period ``p`` of ``sid`` as published on ``when`` (end of day), from the store's vintages."""
    import pandas as pd

    try:
        v = data.vintages(sid)
    except Exception:
        v = None
    if v is None or v.empty:
        return Vintaged(latest, latest, False, None, None)
    key = pd.Timestamp(p.start_time if isinstance(p, pd.Period) else p).normalize()
    rows = v[pd.to_datetime(v["period"]) == key].sort_values("vintage")
    if rows.empty:
        return Vintaged(latest, latest, False, None, None)
    last_v = pd.Timestamp(rows["vintage"].iloc[-1]).strftime("%Y-%m-%d")
    if when is None:
        older = tuple((float(r.value), pd.Timestamp(r.vintage).strftime("%Y-%m-%d")) for r in rows.iloc[:-1].itertuples()
                      if float(r.value) != latest)
        return Vintaged(latest, latest, False, last_v, last_v, older)
    cutoff = pd.Timestamp(when) + pd.Timedelta(days=1)
    held = rows[pd.to_datetime(rows["vintage"]) < cutoff]
    if held.empty:
        return Vintaged(latest, latest, False, last_v, last_v)
    r = held.iloc[-1]
    return Vintaged(float(r["value"]), latest, True, pd.Timestamp(r["vintage"]).strftime("%Y-%m-%d"), last_v)


def latest_vintage(data, sid: str, periods: list) -> str | None:
    """The vintage date of the newest value held for these periods."""
    import pandas as pd

    try:
        v = data.vintages(sid)
    except Exception:
        return None
    if v is None or v.empty:
        return None
    keys = {pd.Timestamp(p.start_time if isinstance(p, pd.Period) else p).normalize() for p in periods}
    got = v[pd.to_datetime(v["period"]).isin(keys)]
    return None if got.empty else pd.Timestamp(got["vintage"].max()).strftime("%Y-%m-%d")


# ----------------------------------------------------------------------------- choosing a window
def best(cands: Iterable[Any], evaluate: Callable[[Any], tuple[bool, float, Any] | None]):
    """The payload of the first candidate that matches (``evaluate`` -> (ok, distance, payload)), in
    the caller's order of preference; else the closest one; None if none could be evaluated."""
    closest = None
    for cand in cands:
        got = evaluate(cand)
        if got is None:
            continue
        ok, dist, payload = got
        if ok:
            return payload
        if closest is None or dist < closest[0]:
            closest = (dist, payload)
    return None if closest is None else closest[1]


def best_sum(s: "pd.Series", wins: Iterable[tuple[date, date]], claimed: float, qualifier: str, tol: float, *,
             signed: bool = True, partial_ok: bool = False) -> "pd.Series | None":
    """The rows of ``s`` in the window (of ``wins``, in order of preference) whose sum matches ``claimed``
    (``qualifier`` within ``tol``; and its sign when ``signed``), else the window closest to it (``best``); a
    window that runs past the data counts only when ``partial_ok``. None when no window can be summed."""
    def evaluate(w):
        sel = select(s, *w)
        exp = expected_count(s, w)
        if sel.empty or (exp and len(sel) < exp and not partial_ok):
            return None
        v = float(sel.sum())
        return matches(abs(claimed), abs(v), qualifier, tol) and (not signed or v * claimed >= 0), \
            abs(abs(v) - abs(claimed)), sel

    return best(wins, evaluate)


def windows_for(period: Period | None) -> list[tuple[date, date]]:
    return list(period.windows) if period is not None and not period.is_latest else []


def report_period(d) -> tuple:
    """The MoF monthly report an operation traded on ``d`` is counted in: MoF totals by settlement
    month (trade date + 2 Tokyo business days), so the May 2024 report covers trades of 26 April to
    29 May 2024. Returns that report's first and last trade dates."""
    from ustflow import calendar as cal

    settle = cal.add_business_days(d, 2, "JP")
    first = cal.nth_business_day(settle.year, settle.month, 1, "JP")
    last = cal.nth_business_day(settle.year, settle.month, -1, "JP")
    return cal.add_business_days(first, -2, "JP"), cal.add_business_days(last, -2, "JP")


def with_whole_weeks(s: "pd.Series", wins: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """``wins`` and, for weekly data, each window that opens on a month's first day in the middle of a week, the same
    window without that week: MoF's week of 28 December to 3 January ends in the new year (``select`` counts it) but
    its trading days are all December's (1-3 January are holidays), and a reporter's "so far this year" or "in
    January" sum often leaves it out. Tried after the window as it is (``best`` keeps the first that matches)."""
    import pandas as pd

    idx = s.index
    if not (isinstance(idx, pd.PeriodIndex) and idx.freqstr.startswith("W")):
        return wins
    out = list(wins)
    for a, b in wins:
        first = pd.Period(pd.Timestamp(a), idx.freq)
        if a.day == 1 and first.start_time.normalize() < pd.Timestamp(a):
            alt = (first.end_time.date() + timedelta(days=1), b)
            if alt[0] <= b and alt not in out:
                out.append(alt)
    return out
