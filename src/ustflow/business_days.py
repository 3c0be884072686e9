"""Business days of the markets whose publishers ustflow follows: Tokyo (government offices), US
(federal holidays) and '24x7'; rolling a date to a business day and counting business days.

The release calendar (``ustflow.calendar``) builds its schedules on these.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=None)
def holidays_of(market: str, year: int) -> frozenset:
    """Non-business weekdays of ``market`` ('JP': Tokyo government offices, 'US': federal, '24x7')."""
    if market == "24x7":
        return frozenset()
    import holidays

    if market == "JP":
        days = set(holidays.country_holidays("JP", years=year))
        # Government offices (MoF) close Dec 29 - Jan 3 whatever the weekday.
        days |= {date(year, 12, d) for d in (29, 30, 31)} | {date(year, 1, d) for d in (1, 2, 3)}
        return frozenset(days)
    if market == "US":
        # Federal holidays with their observed dates: the Federal Reserve and Treasury calendar.
        return frozenset(holidays.country_holidays("US", years=year))
    raise ValueError(f"unknown market {market!r}")


def is_business_day(d: date, market: str) -> bool:
    if market == "24x7":
        return True
    return d.weekday() < 5 and d not in holidays_of(market, d.year)


def roll(d: date, market: str, how: str = "following") -> date:
    """``d`` if a business day, else the next ('following') or previous ('preceding') one."""
    step = timedelta(days=1 if how == "following" else -1)
    while not is_business_day(d, market):
        d += step
    return d


def add_business_days(d: date, n: int, market: str) -> date:
    """The ``n``-th business day after ``d`` (n >= 1), or before it for n <= -1."""
    step = timedelta(days=1 if n > 0 else -1)
    left = abs(n)
    while left:
        d += step
        if is_business_day(d, market):
            left -= 1
    return d


def nth_business_day(year: int, month: int, n: int, market: str) -> date:
    """The n-th business day of a month (n = -1: the last one)."""
    if n > 0:
        return add_business_days(date(year, month, 1) - timedelta(days=1), n, market)
    return roll(date(year, month, calendar.monthrange(year, month)[1]), market, "preceding")
