"""Period phrases read relative to another period or to the publication date, for ``period_grammar.Resolver``:
"the following week", "a month earlier", "the same week", "three months earlier", "over the three months", "the
previous quarter", "on the 27th" (``relative_period``, ``nth_day``; the pattern names in ``RELATIVE_NAMES``), and
``count_of``, a count written in digits or words ("three", "12")."""

from __future__ import annotations

from datetime import date, timedelta

from ustflow.check.periods import NUMBERS, Period, add_months, latest_period, month_window, safe_date, shift

#: the period patterns (``period_phrases.PATTERNS``) resolved by ``relative_period``
RELATIVE_NAMES = {"next_week", "prev_week", "same", "that_day", "month_earlier", "year_earlier", "prev_n", "the_week",
                  "n_periods", "n_earlier", "n_later", "nth_day", "n_months", "prev_quarter", "prev_figure"}


def count_of(s: str) -> int:
    return int(s) if s.isdigit() else NUMBERS[s.lower()]


def _n_earlier(anchor: Period | None, label: str, g: dict) -> Period | None:
    """'three months earlier', 'two weeks ago': that many months (weeks) before ``anchor``, else before the latest
    published period."""
    if g.get("jy"):  # "1年前", "2年前の827億ドル": that many years
        k, unit = 12 * (int(g["jy"]) if g["jy"].isdigit() else "一二三四五".index(g["jy"]) + 1), "month"
    elif g.get("jpp"):  # "前々週": two before the period named, one before it when that is itself "前週"
        k, unit = (1 if anchor is not None and anchor.relative and not anchor.is_latest else 2), \
            "week" if g["jpp"] == "週" else "month"
    elif g.get("jk"):  # "2カ月前", "3週間前"
        k, unit = int(g["jk"]), "week" if "週" in g["junit"] else "month"
    else:
        k, unit = count_of(g["k"]) * (12 if g["unit"] == "years" else 1), "week" if g["unit"].startswith("week") else "month"
    if anchor is None or anchor.is_latest:
        return Period("latest", [], label, relative=True, note=f"'{label}': relative to the latest published period",
                      extra={"offset": -k, "unit": unit})
    if unit == "week":
        if anchor.kind not in ("week", "weeks", "day"):
            return None
        return Period("week", [(s0 - timedelta(days=7 * k), e0 - timedelta(days=7 * k)) for s0, e0 in anchor.windows],
                      label, relative=True, note=f"relative to {anchor.label!r}")
    if anchor.kind in ("day", "days", "week", "weeks"):
        return None  # a count of months from a day or a week: which month is not said
    return shift(anchor, months=-k, label=label)


def _prev_n(anchor: Period | None, label: str, g: dict) -> Period | None:
    """'the previous three months', 'the prior two weeks': the months (weeks) before ``anchor``."""
    if anchor is None or anchor.is_latest:
        return None
    k = count_of(g["k"])
    if g["unit"] == "weeks":
        s0 = anchor.start
        return Period("weeks", [(s0 - timedelta(days=7 * k), s0 - timedelta(days=1))], label, relative=True,
                      note=f"the {k} weeks before {anchor.label!r}")
    y0, m0 = add_months(anchor.start.year, anchor.start.month, -k)
    y1, m1 = add_months(anchor.start.year, anchor.start.month, -1)
    return Period("months", [(date(y0, m0, 1), month_window(y1, m1)[1])], label, relative=True,
                  note=f"the {k} months before {anchor.label!r}")


def _n_later(anchor: Period | None, label: str, g: dict) -> Period | None:
    """'two days later', 'three weeks later', 'two months later': that many days (weeks, months) after ``anchor``, a
    single day (a day or a week, a month); None with no such period before it (later than what is not said)."""
    if anchor is None or anchor.is_latest or anchor.is_search:
        return None
    k, unit = (count_of(g["k"]), g["unit"].lower().rstrip("s")) if g.get("k") else \
        (1, "month") if g.get("unit2") or g.get("unit2b") or g.get("junit2") else (1, g["unit1"].lower())
    if unit == "day":
        if anchor.kind != "day":
            return None
        d = anchor.start + timedelta(days=k)
        return Period("day", [(d, d)], label, relative=True, note=f"{k} days after {anchor.label!r}")
    if unit == "week":
        if anchor.kind not in ("week", "day"):
            return None
        return Period(anchor.kind, [(s0 + timedelta(days=7 * k), e0 + timedelta(days=7 * k)) for s0, e0 in anchor.windows],
                      label, relative=True, note=f"{k} weeks after {anchor.label!r}")
    if anchor.kind not in ("month", "months", "quarter"):
        return None
    return shift(anchor, months=k, label=label)


def relative_period(ref: date | None, name: str, anchor: Period | None, label: str, g: dict | None = None) -> Period | None:
    """'the following week', 'a month earlier', 'the same week': from ``anchor`` (or the date)."""
    g = g or {}
    if name == "nth_day":
        return nth_day(ref, anchor, label, int(g["day"]))
    if name == "n_periods":  # "over four weeks", "the past two weeks", "during the two days"
        k = count_of(g["k"])
        unit = "week" if g["unit"].startswith("week") else "day"
        if anchor is not None and not anchor.is_latest and (g.get("which") or "").strip() not in ("past", "last",
                                                                                                  "latest"):
            e = anchor.end
            if unit == "week":
                return Period("weeks", [(e - timedelta(days=7 * k - 1), e)], label, relative=True,
                              note=f"the {k} weeks to {anchor.label!r}", extra={"n_weeks": k})
            if anchor.kind in ("days", "day") and (anchor.end - anchor.start).days + 1 == k:
                return Period("days", list(anchor.windows), label, relative=True, note=f"the same as {anchor.label!r}")
        if unit == "week":
            return Period("latest", [], label, note=f"the latest {k} weeks", extra={"periods": k, "unit": "week"})
        if ref:
            return Period("days", [(ref - timedelta(days=k + 2), ref)], label,
                          note="the days to the publication date")
        return None
    if name == "n_earlier":  # "three months earlier": that many months (weeks) before the period named before
        return _n_earlier(anchor, label, g)
    if name == "n_later":  # "two days later": that many days (weeks, months) after the period named before
        return _n_later(anchor, label, g)
    if name == "n_months":  # "dropping $12 billion over the three months": to the month named before, else the latest
        k = count_of(g["k"])
        if anchor is not None and not anchor.is_latest and anchor.kind in ("month", "months", "quarter"):
            y0, m0 = add_months(anchor.end.year, anchor.end.month, -(k - 1))
            return Period("months", [(date(y0, m0, 1), anchor.end)], label, relative=True,
                          note=f"the {k} months to {anchor.label!r}")
        return Period("latest", [], label, note=f"the latest {k} months", extra={"months": k})
    if name == "the_week":  # "during the week": the week (month) named before, else the latest one
        # a month only from a month ("in February ... in the month"), not from a day ("on Wednesday ... in the month")
        if anchor is not None and not anchor.is_latest and (anchor.is_weekly if g.get("unit") == "week"
                                                            else anchor.kind in ("month", "months", "quarter")):
            return Period(anchor.kind, list(anchor.windows), label, relative=True, note=f"the same as {anchor.label!r}")
        return latest_period(label, f"'{label}': the latest {g.get('unit', 'week')}")
    if name == "prev_quarter":
        # "the previous quarter" after a quarter named: the one before it; else (and "last quarter") the
        # calendar quarter before the publication date's
        if anchor is not None and not anchor.is_latest and anchor.kind == "quarter" and not label.lower().startswith(
                ("last", "in last", "the last")):
            return shift(anchor, months=-3, label=label)
        if not ref:
            return None
        y, q0 = add_months(ref.year, 3 * ((ref.month - 1) // 3) + 1, -3)
        return Period("quarter", [(month_window(y, q0)[0], month_window(*add_months(y, q0, 2))[1])], label,
                      note="the quarter before the publication date's", extra={"calendar_relative": True})
    if name == "prev_n":
        return _prev_n(anchor, label, g)
    if anchor is None or anchor.is_latest:
        # "after net buying in the previous month" with no month named: one period before the latest
        # published (the rule resolves it through the release calendar)
        step = {"month_earlier": ("month", -1), "year_earlier": ("month", -12), "prev_week": ("week", -1),
                "next_week": ("week", 1), "prev_figure": ("period", -1)}.get(name)
        if step is None:
            return None
        return Period("latest", [], label, relative=True, note=f"'{label}': relative to the latest published period",
                      extra={"offset": step[1], "unit": step[0]})
    if name == "that_day":  # "on that day alone": the day named before
        if anchor.kind != "day":
            return None
        return Period("day", list(anchor.windows), label, relative=True, note=f"the same day as {anchor.label!r}")
    if name == "same":
        return Period(anchor.kind, list(anchor.windows), label, relative=True, note=f"the same as {anchor.label!r}")
    if name == "prev_figure":  # "the previous figure": one period of the anchor's own kind before it
        name = "prev_week" if anchor.kind in ("week", "weeks", "day") else "month_earlier"
    if name in ("next_week", "prev_week"):
        if anchor.kind not in ("week", "weeks", "day"):
            return None
        if name == "next_week":
            wins = [(e + timedelta(days=1), e + timedelta(days=7)) for _, e in anchor.windows]
        else:
            wins = [(s - timedelta(days=7), s - timedelta(days=1)) for s, _ in anchor.windows]
        return Period("week", wins, label, relative=True, note=f"relative to {anchor.label!r}")
    months = -1 if name == "month_earlier" else -12
    if anchor.kind in ("day", "days", "week", "weeks") and name == "month_earlier":
        y, mo = add_months(anchor.end.year, anchor.end.month, -1)  # "the previous month" after a day: a month
        return Period("month", [month_window(y, mo)], label, relative=True, note=f"the month before {anchor.label!r}")
    return shift(anchor, months=months, label=label)

def nth_day(ref: date | None, anchor: Period | None, label: str, day: int) -> Period | None:
    """"on the 27th": that day of the month named before, else (as "27日") of the publication's month."""
    base = anchor.end if anchor is not None and not anchor.is_latest else ref
    d = safe_date(base.year, base.month, day) if base else None
    if d is None:
        return None
    if anchor is None or anchor.is_latest:  # "In the bond market on the 28th,": no other period's day
        return Period("day", [(d, d)], label, note="a day of the publication's month")
    return Period("day", [(d, d)], label, relative=True, note="the day of the month named before")
