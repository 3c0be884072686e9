"""Clauses that tell an earlier time than the figure's own, for ``attach.attach_period`` (issue 13).

Reporters set a figure against an earlier one inside the same sentence, with no comma to mark the clause:

- a trailing "after" or "since" clause with a figure of its own: "China cut its holdings 0.4 percent to $1.24
  trillion after a 0.5 percent reduction in December", "rose 0.3 percent to $1.27 trillion after they had fallen 3.5
  percent in December", "increased 0.7 percent to $6.18 trillion, the highest level since they were at $6.22 trillion
  in January 2015". The period in it is its own figure's; the main clause, naming none, takes the story's time (the
  latest data published, or the sentence before), as it would with the clause left out. Only clauses that say so by
  their grammar: "after" with an amount, a pluperfect ("after they had fallen") or a gerund of a move ("after falling
  3.5 percent"); "since" with a past state of the same holdings ("since they were at", "since it last stood at").
  Not "after China" (a rank), nor "since January 2015" alone (a look-back the period grammar reads). A "since"
  clause need not have a figure ("the highest since they were first sold in June 2022").
- a "since" clause of a balance's past state ("the first fall since the balance turned black in fiscal 2014") and the
  previous record a figure beat, told with that record's time ("surpassing the previous record high, logged in
  fiscal 2019").
- a rank counted after an earlier time: "the second-biggest amount on a half-year basis after the fall recorded in
  the latter half of 2008"; and a date that names an event: "after a record fall brought about by the 2008 global
  financial crisis" (no time of the figure's).
- a cause told after the figure, after a comma ("..., as exports rebounded from a pandemic-induced slump in early
  2020", "..., due to", "amid", "thanks to"): the time in it is the cause's, not the figure's.
- a "when" clause right after a period: "up 0.5 percent from December, when holdings had risen 1.5 percent to $5.80
  trillion", "has been adding since October 2014 when the same stood at $77.5 billion", or a "which" clause that
  tells that period's level ("compared to the September level, which amounted to $40.78 billion"): its figures are
  that period's (its month; for "since", the month the look-back starts), not the main clause's, nor the start of its
  change.

Nothing here reads data.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ustflow.check.claims import PAST_CLAUSE, Claim
from ustflow.check.periods import Period, month_window
from ustflow.check.text import MONTH_RE, MONTHS

_MOVE_ING = r"(?:falling|rising|dropping|declining|decreasing|increasing|gaining|climbing|sliding|adding|shedding|cutting|" \
            r"selling|buying|reducing|trimming|raising|boosting|jumping|plunging|growing|shrinking)"
_HOLDINGS = r"(?:they|it|holdings|its holdings|their holdings|the holdings|the total|the level|the figure|the same)"
_BALANCE = r"(?:the|its|Japan(?:'s|’s))\s+(?:\w+\s+){0,2}?(?:balance|surplus|deficit|account)"
_BACK = re.compile(r"\b(?P<w>after)\s+(?:(?:a|an)\s+(?:[\w.,$%-]+\s+){0,3}?(?=[$¥]?\d)|" + _HOLDINGS +
                   r"\s+had\s+(?:\w+\s+){0,2}?\w+(?:ed|en|n|t)\b|" + _MOVE_ING + r"\b)|"
                   r"\b(?P<w2>since)\s+" + _HOLDINGS + r"\s+(?:(?:had\s+)?(?:last\s+)?(?:were|was|stood|been|hit|reached|"
                   r"touched|peaked|totall?ed|amounted|came\s+to)|last\s+\w+)\b|"
                   # the earlier time a rank counts after: "the second-biggest on a half-year basis after the fall
                   # recorded in the latter half of 2008"
                   r"\b(?P<w7>after)\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?(?:recorded|logged|posted|registered|seen|marked|set)"
                   r"\s+(?:in|on|during)\b|"
                   # an earlier move the figure undoes: "increased to ¥852.7 billion ..., more than reversing September's
                   # shrinkage"
                   r",\s+(?:more\s+than\s+|partly\s+|partially\s+|fully\s+|largely\s+)?(?P<w8>reversing|erasing|offsetting|"
                   r"undoing|recouping|recovering)\s+|"
                   # a balance's past state: "the first fall since the balance turned black in fiscal 2014"
                   r"\b(?P<w5>since)\s+" + _BALANCE + r"\s+(?:(?:had\s+)?(?:first\s+)?(?:turned|swung|slipped|fell|went|moved)\s+"
                   r"(?:into\s+|to\s+)?(?:the\s+)?(?:black|red|surplus|deficit)|(?:was|were)\s+(?:last\s+)?(?:in\s+)?(?:the\s+)?"
                   r"(?:black|red|surplus|deficit))\b|"
                   # a cause told after the figure, with a time of its own: "a turnaround from the previous year's deficit,
                   # as exports ... rebounded ... from a pandemic-induced slump in early 2020"
                   r",\s+(?P<w6>as|amid|due\s+to|because(?:\s+of)?|thanks\s+to|owing\s+to|on\s+the\s+back\s+of)\s+"
                   r"(?!of\b|much\b|many\b|well\b|high\b|low\b|long\b|far\b|a\s+result\b|expected\b|forecast\b)|"
                   # a record it beat, told with that record's time: "surpassing the previous record high, logged in fiscal 2019"
                   r"\b(?P<w4>surpass|top|beat|break|exceed|eclips)(?:ing|ed|s)?\s+(?:the|its)\s+(?:previous|prior|former|old)\s+"
                   r"record(?:\s+(?:high|low))?,?\s+(?:(?:which\s+was\s+)?(?:logged|set|marked|recorded|posted|hit|reached)\b)|"
                   # "the highest in the last 10 months, when it reached $123.8 billion in September 2021": the earlier
                   # time a look-back counts from, told in a "when" clause of the same holdings' past state
                   r",\s*(?P<w3>when)\s+" + _HOLDINGS + r"\s+(?:had\s+)?(?:last\s+)?(?:were|was|stood|hit|reached|"
                   r"touched|peaked|amounted)\b", re.I)
#: where such a clause ends: the end of the sentence, a semicolon, or a new clause ("..., while", "... and Japan")
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|but|and|although|though)\s|\s+(?:while|whereas|but)\s|\.\s|\.$|"
                         r"\.(?=[A-Z][a-z])")  # "$43.5 billion.Going by ...": a sentence a page's layout glued on
_FIGURE = re.compile(r"[$¥€]\s?\d|\d\s?(?:%|percent|per cent|trillion|billion|million|bn|tn)\b", re.I)
#: a "when" clause right after a period: "from December when holdings had risen", "since October 2014, when"
_WHEN = re.compile(r"(?:\s+(?:level|figure|total|reading))?(?:,?\s+when\s+|,\s+which\s+(?:had\s+)?(?:stood|amounted|"
                   r"totall?ed|came|was|were|reached)\b)", re.I)
#: the same after a look-back the qualifier reads (its words are no period of the sentence's)
_SINCE_WHEN = re.compile(rf"\bsince\s+(?P<m>{MONTH_RE})\s+(?P<y>(?:19|20)\d\d),?\s+when\s+", re.I)


def _clause_end(s: str, start: int) -> int:
    m = _CLAUSE_END.search(s, start)
    return m.start() if m else len(s)


def back_clauses(s: str) -> list[tuple[int, int]]:
    """The spans of ``s`` that are trailing "after" / "since" clauses of an earlier time with a figure of their own,
    after a main clause with a figure (module docstring)."""
    out = []
    for m in _BACK.finditer(s or ""):
        end = _clause_end(s, m.end())
        # ("since" with a past state is a look-back, with a figure of its own or not: "since they were first sold in June")
        if (m.group("w2") or m.group("w3") or m.group("w4") or m.group("w5") or m.group("w6") or m.group("w7") or m.group("w8") or
                _FIGURE.search(s, m.end(), end)) and \
                _FIGURE.search(s, 0, m.start()):
            out.append((m.start(), end))
    return out


def in_back_clause(s: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is in a back clause (``back_clauses``)."""
    return any(a <= pos < b for a, b in back_clauses(s))


def in_other_back_clause(s: str, span: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is in a back clause the phrase at ``span`` is not in: "the highest in 10 months,
    when it reached $123.8 billion in September 2021" (that figure is the earlier time's, no host of the "highest")."""
    return any(a <= pos < b and not a <= span[0] < b for a, b in back_clauses(s))


#: an event named by its date: "brought about by the 2008 global financial crisis", "following the March 2011
#: quake-tsunami disaster" (the date names the event, not a time of the figure's)
_EVENT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?[\s-](?:crisis|disaster|quake|earthquake|tsunami|shock|recession|collapse|"
                          r"bubble|war|invasion|pandemic|Olympics|election|meltdown|accident|turmoil|bankruptcy|crash|"
                          r"attacks?)\b", re.I)


def _event_date(s: str, p: Period) -> bool:
    return bool(re.search(r"\bthe\s+$", s[max(0, p.span[0] - 6):p.span[0]], re.I) and _EVENT_AFTER.match(s, p.span[1]))


def outside_back_clauses(periods: list[Period], s: str, pos: int) -> list[Period]:
    """``periods`` without those inside a back clause (``back_clauses``) that the figure at ``pos`` is not in, nor
    those that date an event ("the 2008 global financial crisis")."""
    periods = [p for p in periods if not (s and _event_date(s, p))]
    spans = [(a, b) for a, b in back_clauses(s) if not a <= pos < b]
    return [p for p in periods if not any(a <= p.span[0] < b for a, b in spans)] if spans else periods


def when_period(s: str, periods: list[Period], pos: int) -> Period | None:
    """The period a "when" clause holding the figure at ``pos`` is told of (module docstring), else None."""
    for p in periods:
        m = _WHEN.match(s or "", p.span[1])
        if not m or not m.end() <= pos < _clause_end(s, m.end()) or p.relative or p.is_latest:
            continue
        if p.kind == "since" and (y := re.fullmatch(r"since\s+((?:19|20)\d{2})", p.label.strip(), re.I)):
            # "Since 2011, when a massive earthquake ... helped widen a travel deficit to ¥1.30 trillion": that year's
            return Period("year", [(date(int(y.group(1)), 1, 1), date(int(y.group(1)), 12, 31))], p.label, span=p.span)
        if p.kind == "since":  # the month the look-back starts
            return Period("month", [month_window(p.start.year, p.start.month)], p.label, span=p.span, note=p.note) \
                if p.start.day == 1 else None
        return replace(p, role="")
    for m in _SINCE_WHEN.finditer(s or ""):
        if m.end() <= pos < _clause_end(s, m.end()):
            y, mo = int(m.group("y")), MONTHS[m.group("m").lower().rstrip(".")]
            return Period("month", [month_window(y, mo)], m.group(0).strip(), span=m.span())
    return None


#: a period told as one before another: "the week before", "a month earlier", "the previous week", "前週"
_EARLIER = re.compile(r"\b(?:before|earlier|ago|previous|prior|preceding)\b|前(?:週|月|年)", re.I)


def told_as_earlier(c: Claim) -> bool:
    """Whether figure ``c`` is told as an earlier time's than its sentence's own: in a clause of an earlier time
    (``PAST_CLAUSE``), or at a period counted back from another ("425.8 billion yen the week before")."""
    p = c.period
    return PAST_CLAUSE in c.notes or (p is not None and p.relative and bool(_EARLIER.search(p.label)))


#: a clause told in the pluperfect before its figure: "The Kingdom's portfolio had totaled $133.1 billion in August and
#: $131.7 billion in July" (not a relative clause's "which had been")
_PLUPERFECT = re.compile(r"(?<!which )(?<!who )(?<!that )\bhad\s+(?:(?:already|previously|earlier|also|just)\s+)?"
                         r"(?:totall?ed|reached|stood|been|risen|fallen|dropped|declined|increased|decreased|climbed|"
                         r"grown|amounted|hit|touched|peaked|slipped|jumped|held|owned)\b", re.I)


def told_before(c: Claim) -> bool:
    """Whether the figure's clause is told in the pluperfect before it, no comma between ("The Kingdom's portfolio had
    totaled $133.1 billion in August and $131.7 billion in July", after "Saudi Arabia increased its holdings to $134.4
    billion in October"): a time earlier than the story's, whose period is no context for the sentences after it
    ("Saudi Arabia ranked 18th ... during the month": October's, not July's)."""
    s = c.sentence.text
    return any("," not in s[m.end():c.span[0]] for m in _PLUPERFECT.finditer(s, 0, c.span[0]))
