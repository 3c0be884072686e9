"""The day and week phrases of the period grammar: "the week ending April 4", "the first four days of November",
"the last week of 2025", "on July 11 and 12", "between April 26 and Wednesday", "in the week to Friday", "on Wednesday",
"the first three weeks of May".

A mixin of ``ustflow.check.period_grammar.Resolver``, which dispatches a matched phrase named ``x`` to ``_r_x``: the
handlers here read days and weeks (MoF's weeks end on Saturday, ``ustflow.check.periods.week_ending``); those of
months, quarters, halves and years stay in the ``Resolver``, whose ``ref`` (the publication date), ``_date`` and
``_month`` (a yearless date or month given its year) they use.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ustflow.check.periods import (
    Period,
    add_months,
    month_window,
    safe_date,
    week_ending,
    week_of,
    weeks_ending_in,
    weeks_of_month,
)
from ustflow.check.relative_periods import count_of
from ustflow.check.text import WEEKDAYS, month_number

if TYPE_CHECKING:
    from collections.abc import Callable


class DayAndWeekPhrases:
    """The ``_r_*`` handlers of day and week phrases (see the module docstring)."""

    ref: date | None
    _date: Callable[[dict], tuple[date | None, str]]
    _month: Callable[[str, str | None], tuple[tuple[int, int] | None, str]]

    def _r_week_ending(self, name: str, g: dict, label: str) -> Period | None:
        """'the week ending April 4', 'the week of', 'two weeks to April 12', 'the month to May 29'."""
        d, note = self._date(g)
        if d is None or (re.search(r"\bperiod\b", label, re.I) and d.weekday() not in (4, 5)):
            return None  # "the period that ended on June 20" (a Friday) is MoF's week; ended on a Monday, not said
        if name == "month_to":  # "the month to May 29": the month of days ending then (four weeks in weekly data)
            if (d + timedelta(days=1)).day == 1:  # "the month ended July 31": July
                return Period("month", [month_window(d.year, d.month)], label, note=note)
            y, mo = add_months(d.year, d.month, -1)
            return Period("days", [(safe_date(y, mo, min(d.day, 28)) + timedelta(days=1), d)], label, note=note,
                          extra={"month_to": True})
        s, e = week_ending(d) if name != "week_of" else week_of(d)
        if name == "n_weeks_to":
            n = count_of(g["n"])
            return Period("weeks" if n > 1 else "week", [(s - timedelta(days=7 * (n - 1)), e)], label, note=note,
                          extra={"n_weeks": n})
        return Period("week", [(s, e)], label, note=note)

    _r_week_of = _r_n_weeks_to = _r_month_to = _r_week_ending

    def _r_n_weeks(self, name: str, g: dict, label: str) -> Period | None:
        return self._n_weeks(g, label)


    def _r_edge_days(self, name: str, g: dict, label: str) -> Period | None:
        """'the first four days of November': 1-4 November; 'the last three days of March': 29-31 March."""
        ym, note = self._month(g["m"], g.get("my"))
        k = count_of(g["k"])
        if ym is None or not 1 <= k <= 27:
            return None
        first, last = month_window(*ym)
        if g["which"].lower() in ("first", "opening"):
            return Period("days", [(first, first + timedelta(days=k - 1))], label, note=note)
        return Period("days", [(last - timedelta(days=k - 1), last)], label, note=note)

    def _r_edge_week(self, name: str, g: dict, label: str) -> Period | None:
        """'in the last week of 2025': the MoF week ending last (first) in that year; 'the first week of May':
        the first week with most of its days in May."""
        if g.get("yrel"):  # "the final week of last year": the year before the publication's
            g = {**g, "y": str(self.ref.year - (g["yrel"].lower() == "last"))}
        if g.get("y"):
            weeks = [w for mo in (1, 12) for w in weeks_ending_in(int(g["y"]), mo)]
        else:
            ym, _ = self._month(g["m"], g.get("my"))
            if ym is None:
                return None
            weeks = weeks_of_month(*ym)
        k = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}.get(g["which"].lower(), -1)
        if k >= len(weeks):
            return None
        if g.get("y") and k == -1 and weeks[-1][1].day < 31:
            # the week across New Year (27 Dec 2015 - 2 Jan 2016) is the year's last by its days, MoF's next year's
            # by its Saturday: wires use both, so both are tried
            nxt = (weeks[-1][0] + timedelta(days=7), weeks[-1][1] + timedelta(days=7))
            return Period("week", [weeks[-1], nxt], label, note="the last week ending in the year, or the week across "
                          "New Year")
        return Period("week", [weeks[k]], label)

    def _r_days_and(self, name: str, g: dict, label: str) -> Period | None:
        """'on July 11 and 12', 'on April 29 and May 1', 'on April 30, May 4 and May 6' (from the list's first day)."""
        d0, note = self._date({"mon": g["mon"], "day": g["day"], "year": g.get("year")})
        m1 = month_number(g["mon3"]) if g.get("mon3") else d0.month if d0 else 0
        d1 = safe_date(d0.year + (m1 < d0.month), m1, int(g["day3"])) if d0 else None
        if d0 is None or d1 is None or d1 < d0:
            return None
        if g.get("mon0"):
            m0 = month_number(g["mon0"])
            first = safe_date(d0.year - (m0 > d0.month), m0, int(g["day0"]))
            if first is None or first > d0:
                return None
            d0 = first
        return Period("days", [(d0, d1)], label, note=note)


    def _r_last_week(self, name: str, g: dict, label: str) -> Period | None:
        if not self.ref:
            return None
        d = self.ref - timedelta(days=7) if name == "last_week" else self.ref
        return Period("week", [week_of(d)], label, note="relative to the publication date")

    _r_this_week = _r_last_week

    def _r_between(self, name: str, g: dict, label: str) -> Period | None:
        d0, note = self._date(g)
        if d0 is None:
            return None
        if g.get("wd3"):  # "between April 26 and Wednesday": the latest Wednesday by the publication date
            if self.ref is None:
                return None
            wd = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").index(g["wd3"].lower())
            d1 = self.ref - timedelta(days=(self.ref.weekday() - wd) % 7)
            return Period("days", [(d0, d1)], label, note=note) if d0 <= d1 else None
        mon3 = month_number(g["mon3"]) if g.get("mon3") else d0.month
        y3 = int(g["year3"]) if g.get("year3") else d0.year
        d1 = safe_date(y3, mon3, int(g["day3"]))
        if d1 is None:
            return None
        if not g.get("year") and not g.get("year2") and g.get("year3"):
            d0, note = d0.replace(year=y3), ""
        return Period("days", [(d0, d1)], label, note=note)

    def _r_between_dmy(self, name: str, g: dict, label: str) -> Period | None:
        """'30 August to 28 September': days and months in British order."""
        return self._r_between(name, g, label)


    def _r_week_to_weekday(self, name: str, g: dict, label: str) -> Period | None:
        """'in the week to Friday', 'the week ended Friday': the MoF week holding the latest such day on or before
        the publication date."""
        if not self.ref:
            return None
        back = (self.ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7 or (7 if re.search(r"\blast\b", label, re.I) else 0)
        return Period("week", [week_ending(self.ref - timedelta(days=back))], label, note="the week to that day, by the publication date")

    def _r_day(self, name: str, g: dict, label: str) -> Period | None:
        d, note = self._date(g)
        return Period("day", [(d, d)], label, note=note) if d else None

    def _r_weekday(self, name: str, g: dict, label: str) -> Period | None:
        """'on Wednesday', 'yesterday': the most recent such day before the publication date."""
        if not self.ref:
            return None
        if g.get("wd"):
            back = (self.ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7 or (7 if label.lower().startswith("last") else 0)
        else:
            back = 1
        d = self.ref - timedelta(days=back)
        return Period("day", [(d, d)], label, note=f"the {d:%A} before the publication date ({d})")


    def _n_weeks(self, g: dict, label: str) -> Period | None:
        n = count_of(g["n"])
        ym, note = self._month(g["m"], g.get("my"))
        if ym is None:
            return None
        weeks = weeks_of_month(*ym)  # "the first three weeks of May": the weeks with most of their days in May
        if len(weeks) < n:
            return None
        which = (g.get("which") or "").lower()
        if which in ("last", "final", "closing", "past", "previous"):
            run = weeks[-n:]
        elif which in ("first", "opening") or n == len(weeks):
            run = weeks[:n]
        else:
            # "in two weeks of April" does not say which two: every run is a candidate, and the
            # judge says which one it used
            return Period("weeks", [(weeks[i][0], weeks[i + n - 1][1]) for i in range(len(weeks) - n + 1)], label,
                          note=note, extra={"n_weeks": n})
        return Period("weeks", [(run[0][0], run[-1][1])], label, note=note, extra={"n_weeks": n})
