"""A record "since" a span named in full after it, which the record's own grammar stops short of:

    ran a deficit of ¥2.27 trillion, the largest amount of red ink since the first half of fiscal 2007
    the surplus was the biggest since fiscal 2010        the smallest since the second half of 2014

The record's phrase ends at "since"; the span after it (a half, a fiscal year, a quarter) is the point the record
counts from, read by the period grammar: the record reaches back to that span (its months, ``since_grain`` "months:N"
for ``lookbacks``), and the span is no period of the figure: it is masked, so that "¥2.27 trillion" stays the
story's first half of fiscal 2020 and not fiscal 2007's (unless a level is named with it, "since the ¥5.89 trillion
logged in the second half of fiscal 2014": the span is that level's). A span the grammar cannot read leaves the record undated
(``unverifiable``), as before.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from ustflow.check.claims import Qualifier
from ustflow.check.period_grammar import Resolver

#: a record's phrase that stops at its "since"
_OPEN_SINCE = re.compile(r"\bsince\s*$", re.I)
#: how far after "since" the span may begin ("the ", "fiscal ")
_LEAD = 5
#: the level the record counts from, named before its span: "the ¥5.89 trillion logged in", "a deficit of ¥1.2
#: trillion recorded during"
_FIGURE_LOGGED = re.compile(r"\s*(?:the|a|an)?\s*(?:(?:surplus|deficit)\s+of\s+)?[¥$]?\s?[\d.,]+\s*(?:trillion|billion|"
                            r"million|tn|bn)?(?:\s+yen)?\s+(?:surplus\s+|deficit\s+)?(?:logged|recorded|posted|seen|booked|"
                            r"registered|marked|reported)\s+(?:in|during|for|through|over)\s+", re.I)

#: the level the record counts from, told as what the balance was then: "since it totaled ¥8.70 trillion in", "since
#: they stood at $1.2 trillion at the end of", "since the surplus reached 20 trillion yen in"
_FIGURE_WAS = re.compile(r"\s*(?:it|they|the\s+(?:surplus|deficit|balance|total|figure|amount))\s+(?:had\s+)?(?:totall?ed|"
                         r"stood\s+at|was|were|reached|hit|amounted\s+to|came\s+(?:in\s+)?(?:at|to)|posted|logged|"
                         r"recorded)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:a\s+(?:surplus|deficit)\s+of\s+)?[¥$]?\s?"
                         r"[\d.,]+\s*(?:trillion|billion|million|tn|bn)?(?:\s+yen)?\s+(?:in|during|for|through|over|at\s+the\s+end\s+of)\s+",
                         re.I)

#: between the two ends of a range: "October 2014-March 2015", "April to September 2014"
_RANGE = re.compile(r"\s*(?:-|–|—|to|through|until)\s*", re.I)
#: what may follow the span when it is the whole of what "since" names (not an event dated by it: "since the 2008
#: global financial crisis", "since the 2011 earthquake", which the record does not count from)
_SPAN_ENDS = re.compile(r"(?:\s*(?:[,.;:()（]|[—–]|$)|\s+(?:period|half|quarter|year|levels?|when|and|as|in|after|while|"
                        r"for|on|at|according|the\s+ministry|said|data)\b|'s?\b)", re.I)


def date_since(quals: list[tuple[tuple[int, int], Qualifier]], s: str, resolver: Resolver) -> list[tuple[int, int]]:
    """Date each record whose phrase ends at an undated "since" by the span named right after it; return the spans of
    those names (to be masked from the figure's periods)."""
    masks = []
    for (a, b), q in quals:
        if q.since is not None or q.since_grain != "unknown" or not _OPEN_SINCE.search(s[a:b]):
            continue
        # "since the ¥5.89 trillion logged in the second half of fiscal 2014", "since it totaled ¥8.70 trillion in"
        fig = _FIGURE_LOGGED.match(s, b) or _FIGURE_WAS.match(s, b)
        at = fig.end() if fig else b
        found = copy.deepcopy(resolver).find(s[at:at + 60])  # (a copy: reading ahead must not move the story's years)
        p = found[0] if found else None
        if p is None or p.span is None or p.span[0] > _LEAD or p.relative or p.is_latest or not p.windows:
            continue
        last = p  # "since the October 2014-March 2015 period": a range named by its two ends
        if len(found) > 1 and found[1].windows and _RANGE.fullmatch(s[at + p.span[1]:at + found[1].span[0]]):
            last = found[1]
        if not _SPAN_ENDS.match(s, at + last.span[1]):  # "since the 2008 global financial crisis": an event's year
            if fig is None:  # (no period of the figure either; the record stays undated)
                masks.append((at + p.span[0], at + p.span[1]))
            continue
        start, end = p.windows[0][0], last.windows[-1][1]
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.day != 1 or months < 1:
            continue
        q.since, q.since_grain = start, f"months:{months}"
        if fig is None:  # (the span of a level named with it is that level's own period)
            masks.append((at + p.span[0], at + last.span[1]))
            q.since_span = replace(p, windows=[(start, end)], span=(at + p.span[0], at + last.span[1]))
    return masks


#: a level named after the span as the record's reference: ", when it was ¥2.82 trillion", " (¥2.82 trillion)"
_SPAN_REF = re.compile(r",?\s+when\s+[\w\s]{1,25}?\s+(?:about\s+|around\s+|roughly\s+)?|\s*[(（]\s*(?:about\s+|around\s+|約)?",
                       re.I)


def span_refs(q: Qualifier, s: str, figures: list, span: tuple[int, int] | None = None) -> list:
    """The figures a record names as its reference, which are no host of the record: after the span ``date_since``
    dated it by ("the smallest since the first half of fiscal 2014, when it was ¥2.82 trillion": the span, masked from
    the sentence, is their period, set here), the level told with that span ("since it totaled ¥8.70 trillion in fiscal
    2014"), and in Japanese any figure a 以来 counts from ("07年(24兆9490億円)以来、10年ぶりの高い水準", "14年度(8兆7031億円)
    以来の低水準で、縮小幅は過去2番目": the earlier year's level, not this year's), unless the record modifies that figure
    itself ("過去最大だった07年度の24兆3376億円以来": the record is the earlier level's)."""
    out = []
    if span is not None:
        fig = _FIGURE_WAS.match(s, span[1]) if _OPEN_SINCE.search(s[span[0]:span[1]]) else None
        out += [f for f in figures if fig and span[1] <= f.span[0] < fig.end()]
        out += [f for f in figures if _JA_SINCE_AFTER.match(s, f.span[1]) and
                not (span[1] <= f.span[0] and not _CLAUSE_BREAK.search(s, span[1], f.span[0]))]
    p = q.since_span
    if p is None:
        return out
    own = [f for f in figures if f.span[0] >= p.span[1] and _SPAN_REF.fullmatch(s[p.span[1]:f.span[0]])]
    for f in own:
        f.period, f.period_how = p, "stated"
    return out + own


#: a figure a Japanese 'since' counts from: "07年(24兆9490億円)以来", "07年度の24兆3376億円以来"
_JA_SINCE_AFTER = re.compile(r"\s*[)）]?\s*以来")
#: a break between a record and a figure after it: the record is not the figure's own modifier
_CLAUSE_BREAK = re.compile(r"[、,，。;；]")


#: a span's own end named after it: "for all of fiscal 2008 through March 31", "in fiscal 2023 ended March 31",
#: "in fiscal 2015 through March"
_THROUGH = re.compile(r"\s*,?\s*(?:through|to|ending|ended|that ended)\s+$", re.I)


def span_ends_dropped(periods: list, text: str) -> list:
    """The periods of a sentence less a day (or month) that only names the end of the span named right before it
    ("fiscal 2008 through March 31", "fiscal 2015 through March": the fiscal year, not 31 March or March): that day is
    no period of a figure."""
    out = []
    for i, p in enumerate(periods):
        prev = periods[i - 1] if i else None
        if prev is not None and p.kind in ("day", "month") and prev.windows and p.windows and \
                prev.kind not in ("day", "month") and \
                prev.windows[-1][1] == p.windows[-1][1] and _THROUGH.fullmatch(text[prev.span[1]:p.span[0]]):
            continue
        out.append(p)
    return out
