"""A superlative told of the level a figure moved from, not of the figure (issue 13, session 13):

    China's holdings rebounded by $2.3 billion to $1.11 trillion, up from a two-year low in May.
    Japan's holdings fell to $1.08 trillion, down from a record high of $1.33 trillion in November.
    Holdings rose to $7.6 trillion, recovering from their lowest in a year.

"From a two-year low" names the starting point of the move: the record is the base period's (the month named right
after the superlative, else the month before the figure's), not the figure's. Judged on the figure, the true "low"
was called contradicted (the level after a rebound is above the low by construction). Only for a level of a
monthly series; the superlative must follow "from" with at most an article or a possessive between, and have no figure
of its own ("from a record high of $801.5 billion in May" is that figure's record, judged on it).
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.periods import Period, month_window
from ustflow.check.results import Figure
from ustflow.check.text import MONTH_RE

_FROM = re.compile(r"\bfrom\s+(?:a|an|the|its|their|his|her)?\s*$", re.I)
_OWN_FIGURE = re.compile(r"\s*(?:(?:of|at)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?(?:US)?[$¥€£\d]", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MON = re.compile(r"(?:[^,.;]{0,40}?)\b(?:in|of)\s+(?:(?:late|early|mid-?)\s*)?(?P<m>" +
                  "|".join(m[:3] + r"(?:" + m[3:] + r")?\.?" for m in _MONTHS) + r")(?:\s+(?P<y>\d{4}))?\b", re.I)


def _month_after(c: Claim, end):
    """The month named right after the qualifier ("a two-year low in May", "a record of $X in March 2020"): the
    latest such month up to the figure's (the figure's own when it is that month), or None."""
    import pandas as pd

    m = _MON.match(c.sentence.text[c.span[1]:])
    if m is None:
        return None
    k = [x[:3] for x in _MONTHS].index(m.group("m")[:3].lower()) + 1
    if m.group("y"):
        return pd.Period(f"{m.group('y')}-{k:02d}", "M")
    p = pd.Period(f"{end.year}-{k:02d}", "M")
    return p if p <= end else pd.Period(f"{end.year - 1}-{k:02d}", "M")


#: "2013年11月の過去最高の1兆3167億ドルから減った": a Japanese superlative of the figure a move started from, dated before it
_JA_OWN_BASE = re.compile(r"^(?:の|である|だった)?\s*[\d,.]+(?:兆[\d,.]*)?(?:億)?(?:ドル|円)(?:から|より)")
_JA_MONTH_BEFORE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|0?[1-9])月(?:末)?(?:の|に|時点の)\s*$")


def _ja_dated_base(c: Claim, fig: Figure, data) -> Figure | None:
    """The month a Japanese superlative of the level moved from names before it ("2013年11月の過去最高の1兆3167億ドル
    から減った": November 2013's record), as a figure of ``fig``'s series, else None."""
    import pandas as pd

    text = c.sentence.text
    m = _JA_MONTH_BEFORE.search(text[:c.span[0]])
    if m is None or not _JA_OWN_BASE.match(text[c.span[1]:]):
        return None
    base = pd.Period(f"{m.group('y')}-{int(m.group('m')):02d}", "M")
    s = data.series(fig.series)
    if base >= fig.end or s is None or base not in s.dropna().index:
        return None
    return Figure(fig.series, [base], float(s.dropna()[base]), fig.unit, "level", 1, fig.label, fig.calendar)


def from_base(c: Claim, fig: Figure, data) -> Figure | None:
    """The figure of the level moved from, when the superlative ``c`` is said of it ("up from a two-year low in
    May"), else None (also when the figure already is that month's, as a qualifier judged on its own period is)."""
    import pandas as pd

    if c.qualifier is None or c.qualifier.kind not in ("extreme", "top") or fig.agg != "level" or \
            not isinstance(fig.end, pd.Period) or not fig.end.freqstr.startswith("M"):
        return None
    if not _FROM.search(c.sentence.text[:c.span[0]]):
        return _ja_dated_base(c, fig, data)
    if _OWN_FIGURE.match(c.sentence.text[c.span[1]:]):
        # "down from a record high of $801.5 billion in May", "from a record $1,316.7 billion", "from a peak of $X" (the
        # qualifier's words end at "of"): the record is that figure's, judged on it
        return None
    named = _month_after(c, fig.end)
    if named is None and c.host is None:
        return None  # the qualifier's own figure, no figure it moved from
    base = named if named is not None else fig.end - 1
    s = data.series(fig.series)
    if base >= fig.end or s is None or base not in s.dropna().index:
        return None
    return Figure(fig.series, [base], float(s.dropna()[base]), fig.unit, "level", 1, fig.label, fig.calendar)


def since_start(periods: list[Period]) -> Period | None:
    """"Since last August, holdings have surged from $160bn": a starting level with no period of its own, under a
    'since' span whose month is named, is that month's level (where the span's move starts); None otherwise ("since
    2019": January's or December's, not said)."""
    since = [p for p in periods if p.kind == "since" and p.start.day == 1 and
             re.search(rf"\b(?:{MONTH_RE})\b|\bend of\b", p.label, re.I)]
    if len(since) != 1:
        return None
    p = since[0]
    return Period("month", [month_window(p.start.year, p.start.month)], p.label, span=p.span, note=p.note)
