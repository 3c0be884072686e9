"""States held over time: "a position Japan last held in August 2008" (the first month in that state since then)
and "have remained below the $1 trillion mark since April 2022", "a status it has maintained since June 2019"
(a run of the state from that month to the figure's, ``runs.run_since``). ``qualifiers.find_qualifiers`` calls
``state_qualifiers`` after the superlatives, which keep their own "since".
"""

from __future__ import annotations

import re

from ustflow.check.claims import Qualifier
from ustflow.check.rxgate import finditer
from ustflow.check.text import MONTH_RE

#: "a position Japan last held in August 2008", "a spot it last occupied in 2019": the state the sentence names (a
#: rank) held now for the first time since that date, which is when it was last held
LAST_HELD_RX = re.compile(
    rf"\b(?:(?:a|the)\s+(?:position|spot|place|status|title|rank|ranking|slot|distinction)\s+(?:that\s+|which\s+)?"
    rf"(?:[\w'’.-]+\s+){{0,3}}?)?last\s+(?:held|occupied|had|enjoyed|claimed)\s+(?:it\s+|that\s+)?"
    rf"(?:in|at the end of)\s+(?:(?P<smon>{MONTH_RE})\s+)?(?P<syear>(?:19|20)\d{{2}})\b", re.I)
#: "Japan last surpassed China as top holder of the U.S. Treasuries in 2008", "last overtook Japan in May 2017": the
#: holder was last ahead of the one named in that month or year (``runs.last_since`` on ``history.condition``)
LAST_PASSED_RX = re.compile(rf"\blast\s+(?:surpassed|overtook|topped|outranked|passed|eclipsed|outstripped)\s+"
                            rf"(?:U\.S\.|[^.;]){{1,60}}?\s+in\s+(?:(?P<smon>{MONTH_RE})\s+)?(?P<syear>(?:19|20)\d{{2}})\b", re.I)
#: "The last time Japan held the largest stockpile of Treasuries was in February 2015", "The last time Japan held the
#: position as America's largest foreign creditor was May 2017": the place the words between name (a rank) last held,
#: before the story's month, in the month named (``runs.last_since`` on the rank's history)
LAST_TIME_RX = re.compile(rf"\b[Tt]he\s+last\s+time\s+(?P<mid>(?:[^.;]|(?<=\bNo)\.|(?<=\b[A-Z])\.){{3,110}}?)\s+(?:was|came)\s+(?:back\s+)?"
                          rf"(?:in\s+|at\s+the\s+end\s+of\s+)?(?P<date>(?:(?P<smon>{MONTH_RE})\s+)?(?P<syear>(?:19|20)\d{{2}}))\b")
#: "China was the top holder of Treasurys as recently as 2019": the place named before it last held then, as "the last
#: time" says it (before the story's month)
AS_RECENTLY_RX = re.compile(rf"\bas\s+recently\s+as\s+(?:in\s+)?(?:(?P<smon>{MONTH_RE})\s+)?(?P<syear>(?:19|20)\d{{2}})\b", re.I)
#: the place such a sentence names: a first place among holders
_TOP_PLACE = re.compile(r"\b(?:largest|biggest|top|No\.\s?1|number[- ]one|leading|first\s+place)\b", re.I)
#: a state held from a date to now: "Since April 2022, China's holdings have been below $1 trillion", "have remained
#: below the $1 trillion mark since April 2022", "a status it has maintained since June 2019"
_RUN_DATE = rf"(?:(?P<smon>{MONTH_RE})\s+)?(?P<syear>(?:19|20)\d{{2}})\b"
RUN_SINCE_RX = re.compile(
    rf"(?:^|(?<=[.;]\s))(?:[Ss]ince)\s+{_RUN_DATE.replace('smon', 'smon2').replace('syear', 'syear2')}"
    rf"(?=,?\s+[^;]{{0,80}}?\b(?:ha(?:ve|s)|had)\s+(?:(?:been|remained|stayed|held|kept|maintained|retained|"
    rf"stood)\b))"
    rf"|\b(?:been|remained|stayed|held|kept|maintained|retained|stood)\s[^.;,]{{0,50}}?\bsince\s+{_RUN_DATE}", re.I)
#: a run of moves from a month to now: "Since February this year, India's holding has been on the rise", "have
#: constantly increased since February 2008", "has been falling steadily since June" (not a plain "has fallen since June",
#: a change from June's level)
_MOVE_DATE = (rf"(?P<smon>{MONTH_RE})(?:\s+(?P<syear>(?:19|20)\d{{2}})\b|\s+(?P<srel>this|last)\s+year\b)?|"
              r"(?P<syear3>(?:19|20)\d{2})\b")
_GOING = (r"(?:(?P<up>on\s+the\s+rise|rising|increasing|growing|climbing|buying|adding|accumulating)|"
          r"(?P<down>on\s+the\s+(?:decline|wane)|falling|declining|decreasing|shrinking|selling|cutting|reducing|trimming|"
          r"shedding|dumping))")
_STEADILY = r"(?:constantly|steadily|continuously|consistently|continually)"
_EVERY_MONTH = (r"(?:(?P<up6>increased|risen|grown|climbed|raised|added\s+to|boosted)|(?P<down6>fallen|declined|decreased|"
                r"shrunk|dropped|cut|reduced|trimmed|lowered|sold))(?=[^.;,\d]{0,40}?\s+(?:every|each)\s+month\s+since\b)")
_MOVED = (r"(?:(?P<up2>increased|risen|grown|climbed)|(?P<down2>fallen|declined|decreased|shrunk|dropped))")
RUN_MOVE_RX = re.compile(
    rf"(?:^|(?<=[.;]\s))[Ss]ince\s+(?:{_MOVE_DATE})(?=,?\s+[^;]{{0,80}}?\b(?:ha(?:ve|s)|had)\s+been\s+(?:{_STEADILY}\s+)?"
    rf"{_GOING.replace('up>', 'up3>').replace('down>', 'down3>')})"
    # "has been continuously buying more of the US government securities since February this year"
    rf"|\b(?:ha(?:ve|s)|had)\s+(?:been\s+(?:{_STEADILY}\s+)?{_GOING}(?:\s+{_STEADILY})?|{_STEADILY}\s+{_MOVED}"
    # "have risen steadily since February", "has raised its holdings every month since February"
    rf"|{_MOVED.replace('up2>', 'up5>').replace('down2>', 'down5>')}\s+{_STEADILY}|{_EVERY_MONTH})"
    r"(?:\s+(?!since\b)[^.;,\d]{1,60}?)?\s+since\s+"
    rf"(?:{_MOVE_DATE.replace('smon', 'smon2').replace('syear', 'syear2').replace('srel', 'srel2').replace('syear23', 'syear4')})",
    re.I)
#: "haven't been this low since 2009": the lowest (highest) since then
NOT_THIS_RX = re.compile(rf"\b(?:has|have|had)(?:n[’']t|\s+not|\s+never)\s+been\s+(?:this|so|as)\s+(?P<w>low|high|weak|"
                         rf"strong|large|big|small|heavy)\b[^.;]{{0,30}}?\bsince\s+{_RUN_DATE}", re.I)
#: "Britain's holdings haven't been higher than China's since October 2000": the last month it was is that one
NOT_ABOVE_RX = re.compile(rf"\b(?:has|have|had)(?:n[’']t|\s+not|\s+never)\s+been\s+(?:higher|larger|bigger|greater|"
                          rf"above|more)\s+than\s+[^.;]{{1,40}}?\s+since\s+{_RUN_DATE}", re.I)


def state_qualifiers(s: str, free, out: list, since) -> None:
    """"last held in <month>" (a first-since) and "since <month>" after a verb of lasting (a run), appended to
    ``out`` where ``free`` says the span is not taken; ``since(groups)`` dates a reference (``qualifier_refs.since_date``)."""
    for m in finditer(LAST_HELD_RX, s):  # "a position Japan last held in August 2008": first since then
        if free(m.span()):
            q = Qualifier("first_since", m.group(0).strip())
            q.since, q.since_grain = since(m.groupdict())
            out.append((m.span(), q))
    for m in finditer(RUN_SINCE_RX, s):  # "have remained below $1 trillion since April 2022": a run from then to now
        perfect = not m.group("syear") or re.search(r"\b(?:ha(?:ve|s)|had)\s+(?:\w+\s+)?$", s[max(0, m.start() - 30):m.start()],
                                                    re.I)
        start = m.start("smon") if m.group("smon") else m.start("syear") if m.group("syear") else None
        span = (s.lower().rfind("since", 0, start), m.end()) if start is not None else m.span()
        if perfect and free(span):
            g = {"smon": m.group("smon") or m.group("smon2"), "syear": m.group("syear") or m.group("syear2")}
            q = Qualifier("run_since", s[span[0]:span[1]])
            q.since, q.since_grain = since(g)
            if q.since is not None:
                out.append((span, q))
    for m in finditer(RUN_MOVE_RX, s):  # "has been on the rise since February": a run of rises from then
        g = m.groupdict()
        up = any(g.get(k) for k in ("up", "up2", "up3", "up5", "up6"))
        dates = {"smon": g.get("smon") or g.get("smon2"), "syear": g.get("syear") or g.get("syear2") or g.get("syear3") or
                 g.get("syear4"), "srel": g.get("srel") or g.get("srel2")}
        if free(m.span()):
            q = Qualifier("run_since", m.group(0).strip(), direction=1 if up else -1)
            q.since, q.since_grain = since(dates)
            if re.match(r",?\s+when\b", s[m.end():]):  # "since February, when its holding stood at $112.3 billion"
                q.ref_span = (m.start("smon2") if m.group("smon2") else m.start("syear4") if m.group("syear4") else
                              m.end(), m.end())  # the month stays the figure's named after "when"
            if q.since is not None:
                out.append((m.span(), q))
    for m in finditer(NOT_THIS_RX, s):  # "haven't been this low since 2009"
        if free(m.span()):
            low = m.group("w").lower() in ("low", "weak", "small")
            q = Qualifier("extreme", m.group(0), word="lowest" if low else "highest", extreme="min" if low else "max")
            q.since, q.since_grain = since(m.groupdict())
            out.append((m.span(), q))
    for m in finditer(LAST_PASSED_RX, s):  # "Japan last surpassed China ... in 2008": last ahead then
        # the claim is its date ("in 2008"): the words between may hold a place of their own ("as top holder")
        span = (s.rfind(" in ", 0, m.start("smon") if m.group("smon") else m.start("syear")) + 1, m.end())
        if free(span):
            q = Qualifier("last_since", m.group(0))
            q.since, q.since_grain = since(m.groupdict())
            if q.since is not None:
                out.append((span, q))
    for m in finditer(LAST_TIME_RX, s):  # "The last time Japan held the largest stockpile ... was in February 2015"
        span = (s.rfind(" in ", m.end("mid"), m.start("date")) + 1 or m.start("date"), m.end())
        if _TOP_PLACE.search(m.group("mid")) and free(span):
            q = Qualifier("last_since", m.group(0), word="last_time")
            q.since, q.since_grain = since(m.groupdict())
            if q.since is not None:
                out.append((span, q))
    for m in finditer(AS_RECENTLY_RX, s):  # "China was the top holder of Treasurys as recently as 2019": last then
        if _TOP_PLACE.search(s, 0, m.start()) and free(m.span()):
            q = Qualifier("last_since", m.group(0), word="last_time")
            q.since, q.since_grain = since(m.groupdict())
            if q.since is not None:
                out.append((m.span(), q))
    for m in finditer(NOT_ABOVE_RX, s):  # "haven't been higher than China's since October 2000"
        span = (s.lower().rfind("since", 0, m.start("smon") if m.group("smon") else m.start("syear")), m.end())
        if free(span):
            q = Qualifier("last_since", s[span[0]:span[1]])
            q.since, q.since_grain = since(m.groupdict())
            out.append((span, q))
