"""Where a "since X" or "in N years" claim reaches back to, and whether the last period that matched lies there.

Used by ``history`` for superlatives and firsts (its docstring states the rules): ``after_reference`` is the
window after the period a qualifier names, ``reach`` whether the last period that met the figure falls where the
qualifier says (None when the data do not go back far enough), ``named`` the words for it in explanations.
A look-back's mode: ``about`` ("in 17 years": a month either side, more for long spans), ``over``, ``under``, and
``exact`` (Japanese "3カ月ぶり", "4週ぶり": the month or week labels exactly that far apart, ``periods_apart``; on data
of another grain, as ``about``).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from ustflow.check import windows as W
from ustflow.check.claims import Qualifier

if TYPE_CHECKING:
    import pandas as pd


@lru_cache(maxsize=65536)
def period_start(p) -> date:
    return W.period_window(p)[0]


@lru_cache(maxsize=65536)
def period_end(p) -> date:  # cached: every qualifier walks its series' whole history
    return W.period_window(p)[1]


#: how long an event named as a spell lasts after the day it is dated by ("since the 2008 financial crisis", dated by
#: Lehman's failure on 15 September 2008: the crisis ran to mid-2009, when the recession ended)
SPELL_DAYS = 290


def grain_end(d: date, grain: str) -> date:
    if grain == "spell":
        return d + timedelta(days=SPELL_DAYS)
    if grain == "year":
        return date(d.year, 12, 31)
    if grain in ("month", "season") or grain.startswith("months:"):  # a season: the three months from the one it
        # begins; "months:6": a span named in full ("since the first half of fiscal 2007", ``since_spans``)
        from ustflow.check.periods import month_window

        k = 3 if grain == "season" else int(grain[7:]) if grain.startswith("months:") else 1
        y, m = d.year, d.month + k - 1
        return month_window(y + (m - 1) // 12, (m - 1) % 12 + 1)[1]
    return d


def named(q: Qualifier) -> str:
    if q.since is not None and q.since_grain == "window":
        return f"since {q.since}"
    if q.since is not None:
        return "since " + {"year": f"{q.since.year}", "month": f"{q.since:%Y-%m}",
                           "season": f"{q.since:%Y-%m} (a season)",
                           "spell": f"{q.since} (a spell of about {SPELL_DAYS // 30} months from then)"}.get(
            q.since_grain, f"{q.since:%Y-%m} ({q.since_grain[7:]} months)" if q.since_grain.startswith("months:")
            else f"{q.since}")
    if q.lookback is not None:
        n, unit, mode = q.lookback
        amount = (f"{n // 12} years" + (f" {n % 12} months" if n % 12 else "")) if unit == "month" and n >= 12 \
            else f"{n} {unit}s"
        return f"in {'more than ' if mode == 'over' else 'nearly ' if mode == 'under' else ''}{amount}"
    return "on record"


def after_reference(hist, q: Qualifier, end_p) -> "pd.Series":
    """The periods after the one a qualifier names, up to (not including) the figure's."""
    before = hist[hist.index < end_p]
    if q.since is not None:
        ref_end = grain_end(q.since, q.since_grain)
        return before.loc[[p for p in before.index if period_start(p) > ref_end]]
    if q.lookback is not None:
        n, unit, mode = q.lookback
        if mode in ("exact", "about", "over") and not q.in_years and periods_apart(end_p, end_p, unit) is not None:
            # "3カ月ぶり": the months after the 3rd back; "in about three months" of monthly data: counted in month
            # labels too (by days, a February figure reached back into December: February is short); so "the
            # lowest level in at least nine months" of February 2010: the eight months after May 2009 (by days,
            # 28 February less nine months is 28 May, and May 2009, ending on the 31st, fell inside)
            cut = n if mode in ("exact", "over") else n - _slack(n, unit)
            return before.loc[[p for p in before.index if (periods_apart(p, end_p, unit) or 0) < cut]]
        # "in nearly two years": the last higher may be up to a quarter less than two years back
        cut = n * 0.75 if mode == "under" else n - _slack(n, unit) if mode in ("about", "exact") else n
        lo = back(period_end(end_p), (int(round(cut)), unit, mode))
        if q.in_years and mode == "about":  # "a two-year low" in March 2019: nothing lower in 2018-2019
            lo = max(lo, date(period_end(end_p).year - n // 12, 12, 31))
        return before.loc[[p for p in before.index if period_end(p) > lo]]
    return before


def _slack(n: float, unit: str) -> float:
    return max(1.0, 0.06 * n) if unit == "month" else max(1.0, 0.1 * n)


def back(d: date, lookback: tuple[int, str, str]) -> date:
    import pandas as pd

    n, unit, _ = lookback
    off = {"month": pd.DateOffset(months=n), "week": pd.DateOffset(weeks=n), "day": pd.DateOffset(days=n)}[unit]
    return (pd.Timestamp(d) - off).date()


def reach(q: Qualifier, last, end_p, first, place: bool = False) -> bool | None:
    """Does the last period that met the figure (``last``; None: none in the data) lie where the
    qualifier says? None when the data do not reach back far enough to tell. ``place``: the first time at a place
    among holders, which a story counts in month labels or in the months away from it ("8カ月ぶりに最大の米国債保有国",
    China at the top in September 2016 and again in June 2017; "9ヶ月ぶりに…首位の座を奪還" of the same months)."""
    if q.since is not None and q.since_grain == "window":
        return True
    if q.since is not None:
        x0, x1 = q.since, grain_end(q.since, q.since_grain)
        if last is None:
            # a record in data that begin within X: since X indeed; in data that begin before X, a record is
            # more than "the highest since X" says, and that claim is wrong (the README's rule: the last period
            # at or beyond the figure must fall in X or just before it)
            return True if x0 <= period_start(first) <= x1 else False if period_start(first) < x0 else None
        just_before = period_end(last) >= x0 - timedelta(days=1) - (period_end(last) - period_start(last))
        if q.since_grain == "event":  # "the biggest since the collapse of Lehman Brothers": a day reporters date
            # loosely; the last period beyond the figure within the year before it is "since" it
            just_before = just_before or period_end(last) >= x0 - timedelta(days=366)
        return period_start(last) <= x1 and (period_end(last) >= x0 or just_before)
    if q.lookback is not None:
        n, unit, mode = q.lookback
        if last is None:
            return None if period_start(first) > back(period_end(end_p), q.lookback) else mode == "over"
        apart = periods_apart(last, end_p, unit) if mode == "exact" else None
        if apart is not None:  # "3カ月ぶり" of monthly data: the month labels three apart
            # "10ヶ月ぶりの安値" (the lowest since the month ten back): that month or, as for "since X", the one just
            # before it (the window-start reading); a first sale "3カ月ぶり" counts the labels exactly
            return apart == n or ((q.kind == "extreme" or place) and apart == n + 1)
        labels = periods_apart(last, end_p, unit) if mode == "about" and not q.in_years else None
        gap = float(labels) if labels is not None else _gap(last, end_p, unit)  # monthly data: in month labels
        slack = _slack(n, unit)
        if mode == "over":
            return gap >= n - slack
        if mode == "under":
            return 0.75 * n - slack <= gap <= n + slack
        if q.in_years and period_end(last).year == period_end(end_p).year - n // 12:
            return True  # by calendar year: "a two-year low" in March 2019, last lower in May 2017
        return abs(gap - n) <= slack
    return True


def periods_apart(a, b, unit: str) -> int | None:
    """How many periods of ``unit`` (month, week) label ``b`` comes after ``a``, when both are periods of that grain
    (monthly, weekly data); None otherwise (days, or another grain): then an exact look-back is judged as an about."""
    import pandas as pd

    if not (isinstance(a, pd.Period) and isinstance(b, pd.Period)) or a.freqstr != b.freqstr or \
            a.freqstr[:1] != {"month": "M", "week": "W"}.get(unit):
        return None
    return (b - a).n


def _gap(a, b, unit: str) -> float:
    days = (period_end(b) - period_end(a)).days
    return {"month": days / 30.4375, "week": days / 7, "day": days}[unit]
