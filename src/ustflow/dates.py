"""One date parser for the command line, the Python API and the dashboard.

Dates are given as ``YYYY-MM-DD`` (a day; a week is named by any day in it) or ``YYYY-MM`` (a month,
read as its first day where a day is needed), years 1900 to 2199. An impossible date gets the same
message wherever it was typed, as an ``InvalidArgument`` (a ``ValueError``):

    >>> parse_date("2025-04-31", "as_of")
    Traceback (most recent call last):
    ustflow.errors.InvalidArgument: as_of: '2025-04-31' is not a date: April 2025 has 30 days

No pandas here: the command line checks its options before any heavy import.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any, Callable, ParamSpec, TypeVar

from ustflow.errors import InvalidArgument

P = ParamSpec("P")
R = TypeVar("R")
FIRST_YEAR, LAST_YEAR = 1900, 2199
FORMAT = "YYYY-MM-DD or YYYY-MM"
# The same as patterns (JSON Schema, for the dashboard's /openapi.json): exactly the calendar dates
# YYYY-MM-DD (leap days included) and months YYYY-MM from 1900 through 2199; narrower than the parser,
# which also reads a one-digit month or day and spaces around. [0-9], not \d (any Unicode digit).
_Y = "(?:19|20|21)[0-9]{2}"
# leap years 1900-2199: divisible by 4, except 1900 and 2100 (2000 is one)
_LEAP = "(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)"
MONTH = f"^{_Y}-(?:0[1-9]|1[0-2])$"
DATE = ("^(?:"
        f"{_Y}-(?:0[1-9]|1[0-2])"
        f"|{_Y}-(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        f"|{_Y}-(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
        f"|{_Y}-02-(?:0[1-9]|1[0-9]|2[0-8])"
        f"|{_LEAP}-02-29"
        ")$")
# an optional time of day is accepted (and ignored) so that timestamps printed by ustflow read back
_RE = re.compile(r"\s*([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?)?\s*")


def _split(value: Any, name: str) -> tuple[int, int, int | None]:
    """(year, month, day or None) of a date given as text or as a date-like object."""
    if isinstance(value, datetime):
        return value.year, value.month, value.day
    if isinstance(value, date):
        return value.year, value.month, value.day
    if hasattr(value, "to_timestamp") and hasattr(value, "freqstr"):  # a pandas Period: its first day
        ts = value.to_timestamp(how="start")
        return ts.year, ts.month, ts.day
    if hasattr(value, "year") and hasattr(value, "month") and hasattr(value, "day"):  # numpy/pandas timestamps
        return int(value.year), int(value.month), int(value.day)
    if not isinstance(value, str) and value is not None and not isinstance(value, (int, float)):
        import pandas as pd  # numpy datetime64 and the like

        try:
            ts = pd.Timestamp(value)
        except (TypeError, ValueError):
            raise InvalidArgument(f"{name}: {value!r} is not a date: expected {FORMAT}") from None
        return ts.year, ts.month, ts.day
    m = _RE.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        raise InvalidArgument(f"{name}: {value!r} is not a date: expected {FORMAT}")
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise InvalidArgument(f"{name}: {value!r} is outside the years {FIRST_YEAR} to {LAST_YEAR}")
    if not 1 <= mo <= 12:
        raise InvalidArgument(f"{name}: {value!r} is not a date: there is no month {mo} (months run 01 to 12)")
    if d is not None:
        days = calendar.monthrange(y, mo)[1]
        if not 1 <= int(d) <= days:
            raise InvalidArgument(f"{name}: {value!r} is not a date: {calendar.month_name[mo]} {y} has {days} days")
        return y, mo, int(d)
    return y, mo, None


def parse_date(value: Any, name: str = "date") -> date:
    """The day ``value`` names (a month: its first day); ``InvalidArgument`` if it names none."""
    y, m, d = _split(value, name)
    return date(y, m, d or 1)


def parse_month(value: Any, name: str = "month") -> str:
    """``YYYY-MM`` for a month (a full date gives its month)."""
    y, m, _ = _split(value, name)
    return f"{y:04d}-{m:02d}"


def normalize(value: Any, name: str = "date") -> str:
    """The date as typed, checked and zero-padded: ``YYYY-MM`` stays a month, ``YYYY-MM-DD`` a day."""
    y, m, d = _split(value, name)
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def iso(value: Any, name: str = "date") -> str | None:
    """``YYYY-MM-DD`` for a date (a month: its first day), None for None or ""."""
    if value is None or value == "":
        return None
    return parse_date(value, name).isoformat()


def check(**values: Any) -> None:
    """Raise ``InvalidArgument`` for the first of ``name=value`` that is not None and not a date."""
    for name, v in values.items():
        if v is not None and v != "":
            _split(v, name)


DATE_PARAMS = re.compile(r"(^|_)(start|end|as_of|at|date|month|week_ending|since|until)$")


def checked(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorator: check the function's date parameters (by name: ``start``, ``end``, ``as_of``, ``at``,
    ``date``, ``month``, ``week_ending``, ``since``, ``train_end``, ...) before it runs, so an
    impossible date raises ``InvalidArgument`` with this module's message whatever the function does."""
    import functools
    import inspect

    sig = inspect.signature(fn)
    names = [n for n in sig.parameters if DATE_PARAMS.search(n)]

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        given = sig.bind_partial(*args, **kwargs).arguments
        for n in names:
            v = given.get(n)
            if v is not None and v != "":
                _split(v, n)
        return fn(*args, **kwargs)
    return wrapper


_QUARTER = re.compile(r"\s*([0-9]{4})\s*-?\s*[Qq]([1-4])\s*")


def parse_quarter(value: Any, name: str = "quarter") -> tuple[int, int]:
    """(year, quarter) of ``YYYYQn`` or of any date or month in the quarter (``InvalidArgument`` if none)."""
    m = _QUARTER.fullmatch(value) if isinstance(value, str) else None
    if m is not None:
        y = int(m.group(1))
        if not FIRST_YEAR <= y <= LAST_YEAR:
            raise InvalidArgument(f"{name}: {value!r} is outside the years {FIRST_YEAR} to {LAST_YEAR}")
        return y, int(m.group(2))
    if isinstance(value, str) and not _RE.fullmatch(value):
        raise InvalidArgument(f"{name}: {value!r} is not a quarter: expected {FORMAT}, or YYYYQn")
    y, mo, _ = _split(value, name)
    return y, (mo - 1) // 3 + 1
