"""A peak or record named by its figure ("peaked above $1.5 trillion", "from a peak of $X") is judged against the
series' maximum (``merge_peaks``), and one named only for comparison with the sentence's own figure ("stood at $1.106
trillion in May, below the record high of $1.33 trillion") is the peak of the data published by the story's date, not
a level of the sentence's month: the month belongs to the main clause's figure (``compared_records``). A peak
"reached by China" in a sentence about Japan is China's."""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check.claims import Claim
from ustflow.check.subjects import find_subjects

#: the record named after a comparison with the main figure: "below the record high of", "off its peak of",
#: "short of the all-time high of", "compared with a peak of"
_COMPARED_BEFORE = re.compile(r"\b(?:below|under|beneath|above|off|from|short\s+of|than|compared\s+(?:with|to)|versus|"
                              r"vs\.?|against)\s+(?:(?:the|its|their|a|an)\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s*(?:(?:high|peak|level)\s+)?(?:of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
                       r"some\s+)?(?:US)?$", re.I)
#: "the peak of $1.32 trillion reached by China": the figure is that holder's
_BY_HOLDER = re.compile(r"\s*(?:,\s*)?(?:which\s+was\s+|that\s+was\s+)?(?:reached|set|hit|recorded|seen|held|"
                        r"posted|touched)\s+by\s+", re.I)


def merge_peaks(claims: list[Claim]) -> None:
    """'peaked above $1.5 trillion': the figure is compared with the maximum (the qualifier "peaked"
    is judged too: was that month the peak?)."""
    for c in claims:
        if c.kind == "qualifier" and c.qualifier.peak and c.host is not None and \
                c.host.measure in ("holdings_level", "holdings_change") and (
                    c.host.role != "from" or 0 <= c.host.span[0] - c.span[1] <= 2):  # "(down) from a peak of $X"
            c.host.measure = "holdings_peak"
    compared_records(claims)


def compared_records(claims: list[Claim]) -> None:
    """"Japan's holdings stood at $1.106 trillion in May, below the record high of $1.33 trillion": the record's
    figure, named after "of" with no period of its own after it, is the holder's peak in the data published by the
    story's date (judged as "the peak of $X" is), and the record is claimed of that peak, not of May (the month is
    the level's before the comparison). A holder named after the figure ("reached by China") owns it."""
    for c in claims:
        q, h = c.qualifier, c.host
        if c.kind != "qualifier" or h is None or q is None or q.kind != "extreme" or q.extreme != "max" or \
                q.since is not None or q.lookback is not None or q.n > 1 or h.amount is None or \
                h.amount.currency != "USD" or h.measure not in ("holdings_level", "holdings_peak"):
            continue
        s = c.sentence.text
        if h.span[0] < c.span[1] or not _OF_AFTER.fullmatch(s, c.span[1], h.span[0]) or \
                not re.search(r"\bof\b", s[c.span[0]:h.span[0]]) or \
                not _COMPARED_BEFORE.search(s, 0, c.span[0]):
            continue
        own = h.period is not None and h.period.span[0] >= h.span[1]
        main = [o for o in claims if o is not h and o.sentence is c.sentence and o.kind == "amount" and
                o.span[1] <= c.span[0]]
        if own or not main:  # "below the peak of $1.32 trillion in November 2013": that month's, judged as it was
            continue
        h.measure = "holdings_peak"
        h.period, h.period_how = None, "none"
        c.period, c.period_how = None, "none"
        if (by := _BY_HOLDER.match(s, h.span[1])) is not None:
            who = [m for m in find_subjects(s) if m.span[0] == by.end() or
                   (m.span[0] > by.end() and not s[by.end():m.span[0]].strip(" the"))]
            if who and (h.subject is None or who[0].slug != h.subject.slug):
                h.subject, h.subject_how = replace(who[0]), "stated"
