"""The reference a superlative or a "first since" counts from, in the grammar of qualifiers (``qualifiers``): a date
or a dated event ("since March 2009", "since the first week of May", "since the Lehman collapse"), a look-back ("in
17 years", "in more than a decade and a half", "in the past six months"), the start of the data ("on record", "in
data going back to 2005") or of the year ("so far this year"). ``REF`` is the pattern a qualifier's phrase ends with;
``since_date`` and ``lookback_of`` read its groups.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ustflow.check.holder_places import ORDINALS
from ustflow.check.period_phrases import DATA_BEGAN
from ustflow.check.periods import NUMBERS
from ustflow.check.record_vocab import FRACTION_COUNTS, LOOKBACK_MODS, UNIT_MONTHS, alternation
from ustflow.check.text import MONTH_RE, month_number

if TYPE_CHECKING:
    from ustflow.check.period_grammar import Resolver

#: dated events a "since" can name instead of a date
EVENTS = {
    r"(?:[\w'’ -]{0,80}?\b)?Lehman(?: Brothers)?(?: Holdings?)?(?:'s|’s)?(?: (?:collapse|bankruptcy|failure|shock|"
    r"crisis|fall|filing))?(?: (?:of|in) 2008)?|"
    r"(?:the )?(?:global )?financial crisis(?: of 2008)?|the 2008 (?:financial )?crisis": date(2008, 9, 15),
    r"(?:the )?(?:COVID(?:-19)?|coronavirus|Covid(?:-19)?) (?:pandemic|crisis|shock)|the pandemic": date(2020, 3, 1),
    r"the taper tantrum": date(2013, 5, 22),
    r"the (?:2011|March 2011) (?:earthquake|tsunami|disaster)|the Great East Japan Earthquake": date(2011, 3, 11),
    r"the Brexit (?:vote|referendum)": date(2016, 6, 23),
}
_EVENT_RX = "|".join(f"(?:{k})" for k in EVENTS)
#: "since autumn 2008": a season names the quarter it begins (spring March, summer June, autumn/fall September,
#: winter December) and reaches three months
_SEASON = r"spring|summer|autumn|fall|winter"
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SINCE_REF = (rf"since\s+(?:the\s+)?(?P<event>{_EVENT_RX})|"
              # "since the first week of May": the MoF week ending on the month's first (second, last) Saturday
              # "since the final week of last year", "since the first week of 2010": a year's last (first) week
              rf"since\s+the\s+(?P<wko>first|second|third|fourth|last|final)\s+week\s+of\s+(?:(?P<smon6>{MONTH_RE})"
              rf"(?:,?\s+(?P<syear6>(?:19|20)\d{{2}}))?|(?P<wyrel>last|this|the)\s+year|(?P<wyear>(?:19|20)\d{{2}}))|"
              rf"since\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{1,8}}?(?:of|in)\s+(?:{MONTH_RE}\s+)?(?P<syear2>(?:19|20)\d{{2}})|"
              # "the lowest level since US$1.214 trillion in January 2013": the month of the level it counts from
              # (also "since they were at $6.22 trillion in January 2015", "since it last stood at $X in March 2019")
              rf"since\s+(?:(?:they|it|holdings|the total)\s+(?:were|was|stood|had\s+been|last\s+stood|last\s+were)\s+(?:at\s+)?)?"
              rf"(?:about\s+|around\s+|roughly\s+)?(?:US\s?|U\.S\.\s?)?\$\s?[\d.,]+\s*(?:trillion|billion|tn|bn)?\s+"
              rf"(?:in|at the end of|at end-)\s*(?P<smon9>{MONTH_RE})?\s*(?P<syear9>(?:19|20)\d{{2}})|"
              # "since a $27.94 billion drop in the week ended Jan. 28": the event's day
              rf"since\s+(?:the|a|an)\s+(?:[\w$.,'’-]+\s+){{1,8}}?(?:in|on)\s+(?:the\s+)?(?:week\s+(?:ended|ending|to)\s+)?"
              rf"(?P<smon3>{MONTH_RE})\s+(?P<sday3>\d{{1,2}})(?!\d)(?:,?\s+(?P<syear4>(?:19|20)\d{{2}}))?|"
              rf"since\s+(?:at least\s+|early[- ]|late[- ]|mid-?\s*|last\s+|the (?:start|beginning|end) of\s+)?"
              rf"(?:(?:the )?week (?:ending|ended|to)\s+)?"
              # ("since July-December in 2010": a span of months of that year, counted from its first)
              rf"(?:(?P<smon>{MONTH_RE}|{_SEASON})(?:\b|(?<=\.))(?:\s*[-–]\s*(?:{MONTH_RE})(?=\s+(?:in|of)\s+(?:19|20)\d\d\b)\s+"
              rf"(?:in\s+)?)?(?:,(?=\s*(?:19|20)\d{{2}}\b))?\s*(?:(?P<sday>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?,?\s*)?(?:of\s+)?)?"
              rf"(?:(?P<syear>(?:19|20)\d{{2}})|(?P<srel>last|this) year\b)?")
_NUMW = (rf"{alternation(FRACTION_COUNTS)}|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
#: "in 17 years", "in more than a decade", "in a year and eight months", "in nearly two decades"
#: ("in a quarter century", "half a century": ``FRACTION_COUNTS``)
LOOKBACK = (rf"(?:(?P<lmod>(?:{alternation(LOOKBACK_MODS)}) )?(?P<nlook>{_NUMW})"
            rf"(?P<half>-1/2| 1/2|½| and a half)?[ -]?"
            rf"(?P<lgrain>years?|decades?|months?|weeks?|days?|sessions?|century|centuries)(?: and (?:(?P<lhalf2>a half)|"
            rf"(?P<nlook2>{_NUMW})[ -](?P<lgrain2>months?|weeks?|days?)))?)")
REF = (rf"(?P<ref>"
        # "since records began in 2005", "since comparable data became available in 2005": on record (the year is
        # the data's first, not a period of the figure); before the plain 'since', which would stop at "since"
        r"since (?:(?:the )?records? (?:began|begin|started|start)|(?:the )?(?:comparable |current )?(?:data|records|"
        r"statistics|series) (?:began|begin|started|start|became available|were first (?:compiled|published|kept|collected|"
        r"taken))|"
        # "since tracking began in 2005", "since MOF began compiling the data in 2005": the same
        rf"{DATA_BEGAN})"
        r"(?: (?:in|from) (?:(?:19|20)\d\d|[A-Z][a-z]+\.? (?:19|20)\d\d))?|"
        # "the second-largest this year", "so far in 2024", "the biggest weekly purchase of 2024": since the year began
        r"(?P<ytd>(?:so far )?this year|year[- ]to[- ]date|since the (?:start|beginning) of (?:the|this) year|"
        r"for the year(?: so far| to date)?(?! ended| ending| to )|"
        r"so far in (?P<ytdy>(?:19|20)\d\d)|of (?P<ytdy2>(?:19|20)\d\d)(?![\d,]))|"
        rf"(?:(?:for|in) a (?P<fgrain>week|month|day|year) )?(?:{_SINCE_REF})"
        r"|on record|ever(?: recorded)?|in (?:the )?(?:country's |nation's |its |their |Japan's )?history|"
        # "the lowest going back to September 2008"; "the lowest in data going back to 2000": nothing since then beat it
        rf"(?:(?P<databack>in|on) (?:the )?(?:(?:[A-Z][\w.]+ )?[\w.]+(?:'s|’s) )?(?:data|records?|figures|statistics|(?:a |the )?series)(?: that| which)? )?"
        rf"(?:going|dating|stretching|reaching|goes|go|dates|date) back to\s+(?:at least\s+)?(?:early[- ]|late[- ]|mid-?\s*)?"
        rf"(?:(?:the\s+)?week\s+(?:ended|ending|to)\s+)?(?:(?P<smon5>{MONTH_RE})\s+(?:(?P<sday5>\d{{1,2}})(?!\d)"
        rf"(?:st|nd|rd|th)?(?:,?\s+(?P<syear7>(?:19|20)\d{{2}}))?|(?P<syear8>(?:19|20)\d{{2}}))|(?P<syear5>(?:19|20)\d{{2}}))|"
        # "the most in the last three weeks", "the smallest in the past six months": a look-back, not the figure's period
        # "the largest in data from 2005", "the lowest in records since 1990": the data begin then, as "going back to"
        # ("in Finance Ministry figures dating from 2005": the source named before the data, the data dated)
        rf"(?P<databack2>in) (?:the )?(?:[\w.]+(?:'s|’s) |(?:Finance Ministry|ministry|MoF|official|government) )?"
        # ("in comparable data available from 1985", "in data available since 1996")
        rf"(?:(?:comparable|available|current|official|monthly|weekly|historical) )?"
        rf"(?:data|records|figures|statistics)(?: (?:available|compiled|kept|published))? (?:from|since|starting (?:in|from)|beginning (?:in|from)|"
        rf"dating (?:back )?(?:from|to)|that (?:began|begin|start|started) in)\s+(?P<syear10>(?:19|20)\d{{2}})\b|"
        rf"of all time|(?:(?:in|for(?! an? (?:week|month|day|year)\b)(?! (?:a|any|one) half[- ]year\b)) (?:the (?:last|past|previous|preceding) )?|"
        rf"of the (?:last|past|previous|preceding) ){LOOKBACK}|"
        # "the second largest in the past year": a look-back of one
        rf"(?:in|over|during|of) the (?:last|past|previous|preceding) (?P<pgrain>year|month|week)\b(?!s)(?![ -]end))")



def since_date(g: dict, resolver: Resolver) -> tuple[date | None, str]:
    if g.get("event"):
        for pat, when in EVENTS.items():
            if re.fullmatch(pat, g["event"], re.I):  # a crisis, a pandemic: a spell from that day (``lookbacks``)
                return when, "spell" if re.search(r"crisis|pandemic|covid|coronavirus", g["event"], re.I) else "event"
    if g.get("wko"):
        return _week_of_month(g, resolver)
    y, mon, day = (g.get("syear") or g.get("syear2") or g.get("syear3") or g.get("syear4") or g.get("syear5") or
                   g.get("syear7") or g.get("syear8") or g.get("syear9") or g.get("syear10"),
                   g.get("smon") or g.get("smon2") or g.get("smon3") or g.get("smon5") or g.get("smon9"),
                   g.get("sday") or g.get("sday2") or g.get("sday3") or g.get("sday5"))
    if not y and g.get("srel") and resolver.ref is not None:  # "since February last year"
        y = str(resolver.ref.year - (1 if g["srel"].lower() == "last" else 0))
    if not (y or mon):
        return None, ""
    season = SEASONS.get((mon or "").lower())
    if season and not y:
        return None, ""  # "since the fall": which year is not said
    mo = season or (month_number(mon) if mon else 1)
    if y:
        year = int(y)
    else:
        year, _ = resolver.year_for(mo, int(day) if day else 1)
        if year is None:
            return None, ""
        if day and resolver.ref is not None and date(year, mo, min(int(day), 28)) > resolver.ref:
            year -= 1  # "the biggest since Sept. 23" in a story of September 20: a day already past, a year before
    try:
        d = date(year, mo, int(day) if day else 1)
    except ValueError:
        return None, ""
    return d, "day" if day else "season" if season else "month" if mon else "year"


def _week_of_month(g: dict, resolver: Resolver) -> tuple[date | None, str]:
    """"the first (second, last) week of May": the week (Sunday to Saturday, as MoF's) that begins on the month's
    first (second, last) Sunday, named by the Saturday that ends it; the year from the text or the publication date."""
    from datetime import timedelta

    last = g["wko"].lower() in ("last", "final")
    mo = month_number(g["smon6"]) if g.get("smon6") else 12 if last else 1
    y = int(g.get("syear6") or g.get("wyear") or 0) or None
    if y is None and g.get("wyrel") and resolver.ref is not None:
        y = resolver.ref.year - (1 if g["wyrel"].lower() == "last" else 0)
    elif y is None and g.get("smon6") and resolver.ref is not None:
        y = resolver.year_for(mo, 1)[0]
    if y is None:
        return None, ""
    sunday = date(y, mo, 1) + timedelta(days=(6 - date(y, mo, 1).weekday()) % 7)
    if last:
        while (sunday + timedelta(days=7)).month == mo:
            sunday += timedelta(days=7)
    else:
        sunday += timedelta(days=7 * (ORDINALS[g["wko"].lower()] - 1))
    return sunday + timedelta(days=6), "day"


def _count(word: str | None) -> float:
    w = (word or "a").lower()
    if w in ("a", "an", "one"):
        return 1
    if w in FRACTION_COUNTS:  # "half a century", "a quarter century"
        return FRACTION_COUNTS[w]
    if re.fullmatch(r"\d+(?:\.\d+)?", w):  # "2.5-yr high"
        return float(w)
    return float(NUMBERS.get(w) or ORDINALS.get(w) or _WORDS.get(w, 1))


_WORDS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "twenty": 20}
_IN_MONTHS = UNIT_MONTHS


def lookback_of(g: dict) -> tuple[int, str, str] | None:
    """(count, unit, mode): years and decades in months; mode 'about', 'over' or 'under'."""
    grain = (g.get("lgrain") or g.get("pgrain") or "").lower().rstrip("s")
    grain = {"yr": "year", "centurie": "century"}.get(grain, grain)
    if not grain:
        return None
    k = (_count(g.get("nlook")) if g.get("nlook") else 1) + (0.5 if g.get("half") else 0)
    if grain in _IN_MONTHS:
        n, unit = k * _IN_MONTHS[grain], "month"
        if g.get("lgrain2"):
            n += _count(g.get("nlook2")) * _IN_MONTHS.get(g["lgrain2"].lower().rstrip("s"), 0)
        elif g.get("lhalf2"):  # "in more than a decade and a half": 15 years
            n += 0.5 * _IN_MONTHS[grain]
    else:
        n, unit = k, "day" if grain in ("day", "session") else grain
    mod = " ".join((g.get("lmod") or "").lower().replace("-", " ").split())
    mode = LOOKBACK_MODS.get(mod, "about")
    return round(n), unit, mode
