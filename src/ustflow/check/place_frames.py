"""A holder's place said by the frame around a number, not by a holder noun (``holder_places.holder_ranks`` adds
these to its own): a place is an ordinal (or "No. 3", "top", a superlative) in one of a few frames, counted among
the holders the sentence or the one before it is about.

- a verb of placing or of a move and the ordinal: "China came in second", "Luxembourg came fifth", "ranks first
  among the U.S. bond holders", "Belgium is No. 3 as it trimmed", "Britain is now third", "China slipped to third";
  in apposition: "Ireland, in fourth, held";
- the top of a list: "at the top of the list", "tops the list", "topped the table", "topped the holders of US bonds";
- the ordinal in a ranking: "28th in the world ranking", "No. 3 on the list";
- a superlative of what the holder has, the holder the subject of has / held / with: "China had the maximum
  holdings", "held the second-largest amount", "has the third largest exposure" ("Russia's largest investment" is
  its own peak, no place);
- the place before a move: "moved to 17th from 16th at the end of 2021", "16位から22位に下落", "去年3月の16位から15位"
  (``PLACE_BEFORE``: the month before the move's unless the place has its own period); a place kept: "maintained its
  18th place in July", "2位を維持" (held the month before too).

A place counted among a named group of countries ("Among the BRIC nations", "in the Gulf countries", said in the
sentence or in the one before it unless this one says "globally") is no place in TIC's table of all holders:
``GROUP_PLACE`` (judged unverifiable). "the least exposure", "the lowest holdings" are places from the bottom, only
ever said of such a group.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.rxgate import finditer
from ustflow.check.text import MONTH_RE, overlaps

#: the note of a place before a move ("from 16th", "16位から"), or held the month before ("maintained its 18th place")
PLACE_BEFORE = "a place held before the move or the keeping the sentence says"
#: the note of a place among a named group of countries ("Among the BRIC nations, India has the least exposure")
GROUP_PLACE = "a place among a group of countries, not in TIC's table of all holders"

_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
          "twentieth"]
_CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
ORD = rf"(?:{'|'.join(_WORDS)}|\d{{1,2}}(?:st|nd|rd|th)|No\.\s?\d{{1,2}}|number\s+\d{{1,2}})"
#: what may follow a bare place: the end of a clause, the holder's figure in brackets ("Brazil is 4th ($301.2 billion)"),
#: or words that go on about the place (not "second half")
_PLACE_END = (r"(?=\s*(?:[,;:)—–?!]|\((?=\s*(?:US)?\$)|\.(?!\d)|$)|\s+(?:with|at|on|behind|after|as|overall|globally|"
              # ("moved to the fourth line": a translation's word for a place in the table)
              r"worldwide|place|position|spot|line(?=\s*[,;.])|and|ahead|followed)\b"
              # not a ranking of trades ("fifth among net sellers") or another ranking ("fourth in a survey of ...",
              # "sixth in line")
              r"|\s+among(?:st)?\b(?!\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:buyers|sellers|purchasers|importers|exporters)\b)"
              r"|\s+in\b(?!\s+(?:an?\b|line\b|the\s+(?:[\w.-]+\s+){0,2}?(?:survey|poll|index|race|contest|competition|"
              r"league|tournament|election|vote)s?\b)))")
_SUPERLATIVE_END = (r"(?!\s+(?:since|ever|on record|in\s+(?:\d|an?\b|over\b|more\b|the (?:past|last)\b|history\b|"
                    r"\w+[- ](?:years?|months?|weeks?|decades?)\b)|of\s+(?:the|any|all)\s+(?:year|month|time)))")

#: a superlative of trades, not of what is held: "the biggest investment inflows", "the largest share of purchases"
_NOT_TRADES = (r"(?!\s+(?:of\s+)?(?:(?:the|net|foreign|overseas|total|all)\s+)*(?:purchases|buying|sales|selling|"
               r"(?:in|out)?flows?|trades?|trading|gains?|growth|increases?|rises?|declines?|reductions?|cuts?)\b)")

PLACE_FRAME_RX = re.compile(
    # "came in second", "Luxembourg came fifth", "ranks first among", "Belgium is No. 3"
    r"\b(?:(?:came|come|comes|coming|placed|places|finished|finishes|ranks|ranked|sits|sat|stands|stood|remains|"
    r"remained|stays|stayed|is|was|are|were)\s+(?:now\s+|still\s+|again\s+|currently\s+)?(?:in\s+(?:at\s+)?|at\s+)?"
    # "China slipped to third", "Belgium moved up to sixth": the place a move ends in
    r"|(?:slipped|slid|dropped|fell|falls|sank|tumbled|retreated|moved(?:\s+(?:up|down))?|climbed|rose|rises|jumped|"
    # ("came in at #4 on the list": the place written with a number sign)
    rf"advanced|returned|edged\s+(?:up|down))\s+(?:back\s+)?to\s+(?:the\s+)?)(?P<vord>{ORD}|#\s?[1-9]\d?\b)"
    # (not "France and Ireland placed eighth and ninth": places said respectively)
    rf"(?!\s*(?:,|and|&)\s*{ORD}\b){_PLACE_END}"
    # "Ireland, in fourth, held $300 billion": a place in apposition; "In a distant third is the U.K.", "In second place
    # was China": the place put first, the holder after the verb
    rf"|(?<=, )(?:in|at)\s+(?P<aord>{ORD})(?:\s+place)?(?=\s*,)"
    rf"|(?:^|(?<=[,;:] ))(?:in|at)\s+(?:a\s+(?:distant|close|solid|comfortable|strong)\s+)?(?P<iord>{ORD})"
    # (the holders between: "In April, a distant third among holders of Treasuries was the U.K.")
    r"(?:\s+(?:place|position|spot))?(?=(?:\s+among(?:\s+[\w.'’-]+){1,6}?)?,?\s+(?:is|was|are|were|comes|came|sits|"
    r"sat|stands|stood|remains|remained)\s+"
    r"(?:the\s+)?(?-i:[A-Z]))"
    # "at the top of the list", "tops the list", "topped the table", "topped the holders of US bonds"
    r"|\b(?P<top>(?:at|on|to)\s+the\s+(?:very\s+)?top\s+of\s+the\s+(?:list|table|ranking|rankings|league table|charts?)\b"
    r"|(?:top(?:s|ped|ping)?|head(?:s|ed|ing)?)\s+the\s+(?:list|table|ranking|rankings|league table|charts?)\b(?!\s+of\b)"
    # "The list is led by Japan", "the ranking, headed by Japan,": the holder after "by" is first
    # (a list, a table or a ranking said before it: ``place_frames``)
    r"|(?P<ledby>\b(?:led|headed|topped)\s+by)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|top(?:s|ped|ping)\s+(?:the\s+)?(?:(?:foreign|overseas|major|other|U\.?S\.?|US|American|Treasury|bond|debt|"
    r"government)\s+){0,3}(?:holders|creditors|owners)\b"
    # "Japan leads the way in holding US bonds", "Japan surpassed all other investors in US bonds": the first place
    r"|lead(?:s|ing)?\s+the\s+way\s+in\s+(?:holding|owning)\b"
    r"|(?:surpass|outpac|outrank|outstripp?)(?:es|ed|ing|s)?\s+all\s+other\s+(?:foreign\s+)?(?:investors|holders|"
    r"countries|creditors|nations)\b(?!\s+in\s+(?:net\s+)?(?:buying|selling|purchases|sales|(?:in|out)?flows))"
    r")"
    # "28th in the world ranking", "No. 3 on the list"
    rf"|\b(?P<lord>{ORD})\s+(?:in|on)\s+the\s+(?:world(?:'s|’s)?\s+|global\s+|overall\s+)?"
    r"(?:ranking|rankings|list|table|league table)\b"
    # "had the maximum holdings", "held the second-largest amount", "has the least exposure"
    r"|(?:(?<=\bhas )|(?<=\bhad )|(?<=\bhave )|(?<=\bheld )|(?<=\bholds )|(?<=\bwith ))the\s+"
    rf"(?:(?P<sord>{ORD})[- ])?(?P<sup>largest|biggest|maximum|highest|most|(?P<low>smallest|least|lowest))\s+"
    r"(?:(?:U\.?S\.?|US|foreign|Treasury|American|bond|debt)\s+){0,2}"
    rf"(?:holdings?|exposure|amount|stake|share|investments?|stockpile|portfolio|debt|Treasur(?:y|ies|ys)|bonds|"
    rf"securities)\b{_SUPERLATIVE_END}{_NOT_TRADES}"
    # "returning the country to seven place": a cardinal said for the ordinal (a translation's)
    rf"|(?:(?<=\bto )|(?<=\bin )|(?<=\bat ))(?P<card>{'|'.join(_CARDINALS[1:])})\s+place\b(?!s)"
    # "maintained its 18th place": the place kept, so held the month before too (``PLACE_BEFORE``)
    r"|\b(?P<kept>(?:maintain|retain)(?:s|ed|ing)?|keeps|kept|keeping|held on to|holds on to)\s+(?:its|their|the)\s+"
    rf"(?P<kord>{ORD}|top|leading)[- ]?(?:place|spot|position|rank|ranking)\b(?!\s+(?:for|since)\b)"
    # "16位から22位に下落", "去年3月の16位から15位に": the place left, and (below) the one taken
    # (a month may stand before the new place: "2017年3月の16位から2018年4月に22位")
    # ("英国・・・6位→8位": the move written with an arrow, in a list of moves)
    r"|(?<![\d.])(?:第)?(?P<jfrom>[1-9]\d?)位(?=(?:から(?:[^、。位]{0,14}?[^\d])?|\s?[→⇒➡]\s?)(?:第)?[1-9]\d?位)"
    r"|(?<![\d.])(?:第)?(?P<jto>[1-9]\d?)位", re.I)
#: what stands before the place taken ("22位" of "16位から2018年4月に22位"): the place left, and maybe a month
_JA_LEFT = re.compile(r"\d位(?:から(?:[^、。位]{0,14}?[^\d第])?|\s?[→⇒➡]\s?)(?:第)?$")

#: the place before a move, after a place in the same sentence: "moved down to the 17th position ... from 16th"
FROM_PLACE_RX = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<ford>{ORD})(?:\s+(?:place|position|spot|rank))?\b"
                           rf"(?!\s+(?:of|half|quarter|month|week|year|time|day)\b|\s+(?:{MONTH_RE})\b)", re.I)

#: a move by a number of places, with the place it ends in said after it: "the country fell one position in the global
#: ranking and now occupies the fifth place" (the place before the move, fourth, the month before: ``PLACE_BEFORE``)
BY_PLACES_RX = re.compile(r"\b(?P<mv>fell|dropped|slipped|slid|sank|lost|moved\s+down|went\s+down|rose|climbed|gained|"
                          r"moved\s+up|jumped|advanced|went\s+up)\s+(?P<by>one|two|three|four|five|[1-9])\s+"
                          r"(?:position|place|spot|notch)s?\b(?=[^.;]{0,80}?\b(?:now\s+)?(?:occup(?:ies|ying|y|ied)|holds?|"
                          rf"holding|is|in|to|at)\s+(?:the\s+)?(?P<now>{ORD})(?:\s+(?:place|position|spot))?\b)", re.I)

#: a group of countries a place is counted among: "Among the BRIC nations", "in the Gulf countries", "among Arab
#: holders"
GROUP_RX = re.compile(r"\bamong(?:st)?\s+(?:the\s+)?(?:[\w(),.-]+\s+){0,3}?(?-i:[A-Z][\w(),.-]*)(?:\s+[\w(),.-]+){0,6}?\s+"
                      r"(?<!United\s)(?:countries|nations|states|economies|"
                      r"members|peers|neighbou?rs)\b|\b(?:in|of)\s+the\s+(?:(?-i:[A-Z])[\w().-]*\s+){1,3}(?<!United\s)"
                      r"(?:countries|nations|states|region)\b|\bamong(?:st)?\s+(?:the\s+)?(?!(?:U\.?S\.?|US|American|Treasury|Foreign|Major|Top|"
                      r"Largest|Biggest)\b)(?-i:[A-Z][\w.-]*)\s+(?:holders|creditors|investors)\b"
                      # "ranked second in the Arab world", "in the Arab ranking": a named world or region
                      r"|\bin\s+the\s+(?-i:[A-Z])[\w-]*\s+(?:world|region|bloc|ranking|list)\b", re.I)
_WORLD = re.compile(r"\b(?:globally|worldwide|in the world|overall|of all (?:foreign )?holders|(?:all\s+)?over the world|"
                    r"around the world|across the world)\b", re.I)


#: a necessary condition of ``PLACE_FRAME_RX``, by hand (``rxgate`` cannot read one off its lookarounds): every branch
#: holds a digit or one of these words (lower case): an ordinal, "No.", "number", "top", "head", "led by", a superlative,
#: "place", "leading", 位, "the way", "all other"
_FRAME_WORDS = ("位", "top", "head", "led by", "place", "leading", "largest", "biggest", "maximum", "highest", "most", "smallest",
                "least", "lowest", "no.", "number", "the way", "all other", *_WORDS)
_DIGIT = re.compile(r"\d")


def place_frames(s: str) -> list[re.Match]:
    """The places of sentence ``s`` said by their frame (see the module docstring)."""
    low = s.lower()  # a long sentence with none of them is not scanned (bench/bench_check.py)
    if _DIGIT.search(s) is None and not any(w in low for w in _FRAME_WORDS):
        return []
    return [m for m in finditer(PLACE_FRAME_RX, s) if (not m.group("jto") or _JA_LEFT.search(s, 0, m.start())) and
            (not m.group("ledby") or _RANKING_BEFORE.search(s, max(0, m.start() - 60), m.start()))] + \
        list(finditer(BY_PLACES_RX, s))


#: "The list of holders is led by Japan", "the ranking, headed by Japan", "The list of holders of US Treasuries in April
#: is led by Japan": the ranking a "led by" leads
_RANKING_BEFORE = re.compile(r"\b(?:list|table|ranking|rankings|chart|league table)\b(?:\s+of(?:\s+[\w.'’-]+){1,8}?)?,?\s+"
                             r"(?:is\s+|was\s+|remains\s+|remained\s+)?(?:still\s+)?$", re.I)


def from_places(s: str, places: list[re.Match]) -> list[re.Match]:
    """The places a move starts from ("from 16th"), after a place of sentence ``s`` (one of ``places``)."""
    return [m for m in finditer(FROM_PLACE_RX, s) if any(o.end() <= m.start() for o in places)
            and not overlaps(m.span(), places)]


def frame_rank(m: re.Match) -> int | None:
    """The place a match of ``place_frames`` names; None for a match of another pattern."""
    if m.re is FROM_PLACE_RX:
        return _number(m.group("ford"))
    if m.re is BY_PLACES_RX:  # "fell one position ... now the fifth place": fourth before the move
        by = _CARDINALS.index(m.group("by").lower()) + 1 if not m.group("by").isdigit() else int(m.group("by"))
        before = _number(m.group("now")) + (-by if re.match(r"fell|drop|slip|slid|sank|lost|(?:moved|went)\s+down", m.group("mv"),
                                                                 re.I) else by)
        return before if before >= 1 else None
    if m.re is not PLACE_FRAME_RX:
        return None
    if m.group("top"):
        return 1
    if m.group("sup"):
        return 1 if m.group("low") else _number(m.group("sord") or "first")
    if m.group("card"):
        return _CARDINALS.index(m.group("card").lower()) + 1
    if m.group("kept"):
        return 1 if m.group("kord").lower() in ("top", "leading") else _number(m.group("kord"))
    o = m.group("vord") or m.group("aord") or m.group("iord") or m.group("lord") or m.group("jfrom") or m.group("jto")
    return _number(o)


def _number(o: str) -> int:
    o = o.lower()
    if o in _WORDS:
        return _WORDS.index(o) + 1
    return int(re.sub(r"\D", "", o) or 1)


def frame_notes(m: re.Match) -> list[str]:
    """``PLACE_BEFORE`` for a place before a move or a place kept (held the month before too)."""
    if m.re in (FROM_PLACE_RX, BY_PLACES_RX) or (m.re is PLACE_FRAME_RX and (m.group("jfrom") or m.group("kept"))):
        return [PLACE_BEFORE]
    return []


def needs_topic(m: re.Match) -> bool:
    """Whether the place counts only in a sentence about holders (all but "topped the holders", which says so)."""
    return not (m.re is PLACE_FRAME_RX and m.group("top") and re.search(r"holders|creditors|owners", m.group("top")))


def group_scope(s: str, before: str = "", grouped_before: bool = False) -> bool:
    """Whether a place in sentence ``s`` is counted among a named group of countries, said in it or in the
    sentence ``before``, or the places of that sentence were (``grouped_before``: "Saudi Arabia was the largest holder
    in the Gulf countries. The UAE ranked second. Kuwait ranked third"), unless ``s`` says the place is in the world."""
    return bool(GROUP_RX.search(s)) or ((grouped_before or (bool(before) and bool(GROUP_RX.search(before))))
                                        and not _WORLD.search(s))


def world_place(s: str, m: re.Match) -> bool:
    """Whether a place says it is in the world, in its words or right after them ("ranks 17th in the world",
    "in 29th, over the world", "in the 27th place with an overall value"): a group named elsewhere in the sentence
    ("at the forefront of the Arab countries") is another phrase's frame. Only words without a figure between (not
    "came first, ranking 16th worldwide": the world is the 16th's)."""
    return bool(_WORLD.search(s, m.start(), m.end()) or _WORLD_AFTER.match(s, m.end()))


_WORLD_AFTER = re.compile(r"(?:,?\s+[A-Za-z]+){0,3}?,?\s+" + _WORLD.pattern, re.I)


def low_place(m: re.Match) -> bool:
    """A place from the bottom ("the least exposure"): said only of a group."""
    return m.re is PLACE_FRAME_RX and bool(m.group("low"))


_HOLDERS_SAID = re.compile(r"\b(?:holders?|holdings?|creditors?|owners?|lenders?|Treasur\w*|(?:U\.?S\.?|American|US "
                           r"government) (?:government )?(?:debt|bonds|securities)|held by)\b|保有|米国債|米財務省証券|債権国"
                           # "前月からの順位の変動は以下の通りです。": a list of places announced (in a story of holders)
                           r"|(?:順位|ランキング)[^。]{0,8}(?:以下|次)の(?:通り|とおり)", re.I)


def about_holders(before: str) -> bool:
    """Whether the sentence before speaks of holders or Treasuries: a bare place in the next ("China came in second")
    is a place among them."""
    return bool(before) and bool(_HOLDERS_SAID.search(before))


#: between a place left and its own period: "16th at the end of 2021", "去年3月の16位"
_OWN_AFTER = re.compile(r"\s*(?:,\s*)?(?:at|in|as of|by)?\s*$", re.I)
_OWN_BEFORE = re.compile(r"^\s*(?:の|で|時点の|末の|末時点の|,)?\s*$")


def place_moves(ranks: list, s: str, periods: list, refill) -> None:
    """A place left (``PLACE_BEFORE``) with its own period ("from 16th at the end of 2021", "去年3月の16位から"): that
    period is its, not the new place's (refilled from the other periods by ``refill(claim, periods)``), and the note
    goes (no month before to take). Without one, it keeps the note: the month before the new place's."""
    for c in ranks:
        if PLACE_BEFORE not in c.notes or c.period is None or not c.period.span[1]:
            continue
        p = c.period
        own = (p.span[0] >= c.span[1] and _OWN_AFTER.match(s[c.span[1]:p.span[0]])) or \
              (p.span[1] <= c.span[0] and _OWN_BEFORE.match(s[p.span[1]:c.span[0]]))
        if not own:
            continue
        c.notes.remove(PLACE_BEFORE)
        for o in ranks:
            if o is not c and o.period is not None and o.period.span == p.span:
                o.period, o.period_how = None, "none"
                refill(o, [q for q in periods if q.span != p.span])
