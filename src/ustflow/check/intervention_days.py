"""An intervention figure told as one day's: "a record single-day yen-buying intervention in April, selling ¥5.92
trillion", "¥3.87 trillion in a single day", "1日で5兆9185億円". The period named ("in April") holds several
operation days; the figure is one of them, not their sum: each operation day in the claim's windows is a candidate
window (the best-fitting one is judged, as for any claim with several readings).

The day word must qualify this figure: before it with no other figure between (its own yen figure may stand before a
bracketed dollar restatement: "¥5.92 trillion ($40.83 billion)"), or right after it. "spent ¥9.79 trillion, including
a single-day record of ¥5.92 trillion": the ¥9.79 trillion stays the period's total.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.claims import Claim

_ONE_DAY = re.compile(r"\b(?:single|one)[- ]day\b|\bin (?:a single|one) (?:day|session)\b|(?<!\d)1日(?:だけ)?で(?!は)"
                      r"|1日(?:当たり|あたり)(?:で|の|として)", re.I)
_FIGURE = re.compile(r"[$¥]\s?\d[\d.,]*(?:\s*(?:trillion|billion|million))?|\d[\d.,]*\s*(?:trillion|billion|million|兆|億)",
                     re.I)


def one_day_figure(c: Claim) -> bool:
    """Whether the sentence tells ``c`` as one day's intervention (module docstring)."""
    s, (a, b) = c.sentence.text, c.span
    for m in _ONE_DAY.finditer(s):
        if m.end() <= a:
            between = s[m.end():a]
            if c.amount is not None and c.amount.parenthetical:  # "¥5.92 trillion ($40.83 billion)": its own yen figure
                between = between[:between.rfind("(")] if "(" in between else between
                between = _FIGURE.sub("", between, count=1)
            if not _FIGURE.search(between) and not re.search(r"[.;。]", between):
                return True
        elif m.start() >= b and len(s[b:m.start()]) <= 25 and not _FIGURE.search(s[b:m.start()]):
            return True
    return False


def operation_days(s, wins: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Each operation day of series ``s`` inside ``wins``, as one-day windows (the windows as they were if none)."""
    days = sorted({d.date() for lo, hi in wins for d in s[(s.index >= str(lo)) & (s.index <= str(hi))].index
                   if float(s[d]) != 0})
    return [(d, d) for d in days] or wins


#: a total to a day whose start is not named: "11.73 trillion yen in all through May 6", "a total of ¥9.8 trillion up to
#: May 1" (the day is where the count stops, not the day of the operations)
_TOTAL_WORD = re.compile(r"\b(?:in all|in total|altogether|all told|cumulative(?:ly)?|a total of|total(?:l?ed|l?ing)?)\b",
                         re.I)
_TO_DAY = re.compile(r"\b(?:through|until|till|up to|up until)\s+(?:on\s+)?$", re.I)


def total_to_day(c: Claim, s, wins: list[tuple[date, date]]) -> list[tuple[date, date]] | None:
    """For a total said to run through a day (``_TOTAL_WORD``, ``_TO_DAY``): each window widened back to the first
    operation of the episode (days no more than a week apart) that reaches that day; None when not such a total."""
    p, text = c.period, c.sentence.text
    if p is None or not p.windows or not _TO_DAY.search(text[max(0, p.span[0] - 16):p.span[0]]) or \
            not _TOTAL_WORD.search(text[max(0, c.span[0] - 30):p.span[0]]):
        return None
    days, out = list(s.index), []
    for lo, hi in wins:
        upto = [d for d in days if d.date() <= hi]
        k = len(upto) - 1
        while k > 0 and (upto[k] - upto[k - 1]).days <= 7:
            k -= 1
        out.append((upto[k].date(), hi) if upto and (hi - upto[-1].date()).days <= 7 else (lo, hi))
    return out


def days_told(c: Claim, s, wins: list[tuple[date, date]], note: str) -> tuple[list[tuple[date, date]], str]:
    """The windows an intervention figure is judged on, and the note: a total through a day (``total_to_day``), one
    day's operations (``one_day_figure``: "a record single-day intervention in April, selling ¥5.92 trillion")."""
    if (upto := total_to_day(c, s, wins)) is not None:
        wins, note = upto, "; ".join(x for x in (note, "a total through that day: its episode's operations to it") if x)
    if one_day_figure(c):
        wins, note = operation_days(s, wins), "; ".join(x for x in (note, "one day's operations, as the sentence says") if x)
    return wins, note
