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
