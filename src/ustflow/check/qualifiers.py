"""The grammar of qualifiers: superlatives, ranks, streaks, "first time since", "most of any country".

Each phrase becomes a ``Qualifier`` (see ``ustflow.check.claims``); ``ustflow.check.history`` judges
it on the figure it qualifies. The grammar is small and compositional rather than a list of
phrasings: an optional "one of the" or an ordinal, a superlative word, up to a few words of noun
("weekly net sale", "outflows"), then a reference ("since <date>", "on record", "in N years",
"for a week since <date>": ``qualifier_refs``); streaks are an ordinal or count, a period word and "straight /
consecutive / in a row / running".
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.claims import Qualifier
from ustflow.check.holder_places import ORD, ORDINALS, holder_ranks
from ustflow.check.lexicon import act_direction
from ustflow.check.period_grammar import Resolver
from ustflow.check.periods import NUMBERS
from ustflow.check.qualifier_refs import LOOKBACK, REF, lookback_of, since_date
from ustflow.check.qualifiers_counts import count_in_window, count_qualifiers, count_window, verb_runs
from ustflow.check.qualifiers_ja import japanese_qualifiers
from ustflow.check.qualifiers_state import state_qualifiers
from ustflow.check.record_vocab import (
    AMOUNT_NOUNS,
    LOW_WORDS,
    MAGNITUDE_WORDS,
    NOT_SEEN_WORDS,
    RECORD_ADJECTIVES,
    SPAN_HIGHS,
    SUPERLATIVES,
    alternation,
)
from ustflow.check.rxgate import finditer
from ustflow.check.text import MONTH_NAMES, MONTH_RE, overlaps

_CARD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_GRAIN = r"(?P<grain>week|month|year|quarter|session|day|half[- ]year(?:\s+period)?|six-month(?:\s+period)?)"
#: what a run of periods is a run of: its direction (``act_direction``)
_ACTS = (r"buying|selling|purchases|sales|inflows?|outflows?|declines|increases|decreases|gains|falls|rises|drops|"
         r"reductions|additions")
_SUPER = alternation(SUPERLATIVES)  # (``record_vocab``: each superlative's end of the scale and whether it ranks a size)
EXTREME_RX = re.compile(
    rf"\b(?P<oneof>(?:one of|among) (?:the|its|their) )?(?:the\s+|its\s+|their\s+|a\s+)?(?:(?P<ord>{ORD})[- ])?"
    rf"(?P<word>{_SUPER})\b(?P<noun>(?:\s+(?!(?:{_SUPER})\b)[\w-]+){{0,8}}?|\s+level\s+(?:against|over|relative to|versus|vs\.?)"
    rf"(?:\s+[\w-]+){{1,5}}?)\s+{REF}", re.I)
#: "the third-ever largest monthly reduction", "its second-ever biggest sale": the n-th on record
EVER_NTH_RX = re.compile(rf"\b(?:the\s+|its\s+|their\s+|a\s+)?(?P<ord>{ORD})[- ]ever[- ](?P<word>{_SUPER})\b"
                         rf"(?P<noun>(?:\s+(?!(?:{_SUPER}|of|in|for|since|on)\b)[\w-]+){{0,3}})", re.I)
YEAR_HIGH_RX = re.compile(r"\b(?P<which>this|last) year's (?P<word>high|low|peak|trough)\b|"
                          # (not "a 16-year low", "a multi-year high": a look-back's span, ``N_HIGH_RX``, ``SPAN_HIGH_RX``)
                          r"(?<!-)\b(?:a |the )?(?P<which2>year-to-date|year's|year) (?P<word2>high|low)\b", re.I)
#: "a 16-year low", "a three-month high", "fresh five-week highs": the extreme within a look-back window
N_HIGH_RX = re.compile(r"\b(?:(?:a|an|the|its|their|fresh|new)\s+){0,3}"
                       r"(?P<lmod>more than |nearly |near |almost |roughly |about |over |at least |)"
                       # "a 2.5-yr high", "a 1-1/2-year low", "a 2½-year high": a part of a year too
                       # "a 14month high" (no hyphen)
                       r"(?P<nlook>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                       r"twenty|thirty|forty)(?P<half>-1/2| 1/2|½)?(?:[- ]|(?<=\d)(?=month|year|week))"
                       r"(?P<lgrain>years?|yrs?|decades?|months?|weeks?|days?)[- ]"
                       r"(?P<word>high|low|peak|trough)s?\b", re.I)
#: "a decade low", "a multi-year high", "a more than decade low", "a quarter-century high": a span with no count
SPAN_HIGH_RX = re.compile(r"(?<!-)\b(?:(?:a|an|the|its|their|fresh|new)\s+){0,3}(?P<lmod>more[- ]than[- ]|over[- ]|nearly[- ]|almost[- ]|)"
                          rf"(?P<span>{alternation(SPAN_HIGHS)})[- ](?P<word>high|low|peak|trough)s?\b", re.I)
NEW_HIGH_RX = re.compile(r"\b(?:a |an )?(?:historically |all-time )?(?:new|fresh) (?P<word>high|low|record|peak|trough)\b|"
                         rf"\b(?:a |an |its |their |the )?(?:historic(?:al)?|lifetime) (?P<word2>high|low|peak)\b|"
                         # "an unprecedented $X", "an unprecedented amount of Italian bonds" (not "unprecedented easing")
                         rf"\b(?:a |an |the |its |their )?(?:{alternation(RECORD_ADJECTIVES)})(?=\s+(?:(?:US|U\.S\.)?\s?\$|¥|€|\d|"
                         rf"(?:{alternation(AMOUNT_NOUNS)})\b))", re.I)
NOT_SEEN_RX = re.compile(rf"\b(?:a |the )?(?:level|high|low|amount|figure|trough|peak|point|reading)s? (?:{alternation(NOT_SEEN_WORDS)}) (?:(?:since|in)\s+(?:(?P<smon>{MONTH_RE})\s+)?(?P<syear>(?:19|20)\d{{2}})|"
                         rf"(?:in|for) {LOOKBACK})", re.I)
#: the superlatives of a framed record (``RECORD_RX``'s framed): "narrowest" a surplus's smallest, "widest" a gap's largest
_FRAMED_SUPER = r"largest|biggest|highest|lowest|smallest|narrowest|widest"
#: the halves a framed record ranks: "a half-year period", "any fiscal half-year period", "the half fiscal year", "half a
#: fiscal year", "a fiscal first half", "the first-half period", "a six-month period"
_HALF_FRAME = (r"(?:fiscal[- ])?(?:first|second)[- ]half(?:[- ]year)?(?:\s+(?:period|of\s+(?:a|the)\s+fiscal\s+year))?|"
               r"(?:fiscal\s+)?half[- ]year(?:\s+period)?|half\s+fiscal\s+year|half\s+(?:of\s+)?(?:a\s+|the\s+)?fiscal\s+year|"
               r"fiscal\s+half(?:[- ]year)?(?:\s+period)?|six-month\s+period")
RECORD_RX = re.compile(
    r"\b(?P<ever>(?:a |an |the |its |their )?(?:largest|biggest|highest|lowest|smallest)-ever)\b|"
    # "the largest for any month", "the highest of any single week": a record among all periods of that length
    r"\b(?P<ever2>(?:the |its |their )?(?:largest|biggest|highest|lowest|smallest)\s+(?:for|of|in)\s+any\s+"
    r"(?:single\s+|one\s+)?(?:month|week|year|quarter|day)|"
    # "bought ¥4.1 trillion, more than for any week since tracking began": the same record, said as a comparison
    r"(?:more|less)\s+than\s+(?:for|in|during)\s+any\s+(?:other\s+)?(?:single\s+|one\s+)?(?:month|week|year|quarter|day))\b|"
    # "the highest level for the month", "the largest for the month of October": a record among the same month of
    # each year (``bop_records``: of a balance-of-payments item only)
    r"\b(?P<formonth>(?:the |its |their )?(?:largest|biggest|highest|lowest|smallest)(?:\s+(?:level|figure|amount|"
    rf"surplus|deficit))?\s+for\s+the\s+(?:report(?:ed|ing)\s+|same\s+)?month(?:\s+of\s+{MONTH_NAMES})?)\b(?!\s+in\s+a\s+row)|"
    # "the highest figure for May", "the second largest for August", "the largest for the half fiscal year", "the second
    # highest for any fiscal half-year period", "the smallest first-half deficit": a superlative framed by the periods
    # it ranks (the same month of each year, halves) with no window: a record among them (``bop_records``), the place
    # its ordinal says; not "in January" (the figure's own month), nor a month with its year ("for May 2020")
    rf"\b(?P<framed>(?:the |its |their )?(?:(?P<ford>{ORD})[- ](?:ever[- ])?)?(?P<fword>{_FRAMED_SUPER})"
    r"(?:\s+(?:level|figure|amount|surplus|deficit|balance|total|reading))?(?:\s+ever)?\s+"
    rf"(?:(?:for|in|seen\s+in|logged\s+in|recorded\s+in)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:{_HALF_FRAME})|"
    rf"for\s+(?:an?\s+|any\s+)?{MONTH_NAMES}\b(?!,?\s+(?:19|20)\d\d)|"
    r"on\s+an?\s+(?:(?:fiscal\s+)?(?:first|second)[- ]half|half[- ]year)(?:[- ]year)?\s+basis)|"
    rf"(?:the |its |their )?(?:(?P<ford2>{ORD})[- ])?(?P<fword2>{_FRAMED_SUPER})\s+(?:fiscal\s+)?(?:first|second)[- ]half\s+"
    r"(?:surplus|deficit|figure|amount|balance|total))\b|"
    r"\b(?P<record>(?:a |an |the |its |their )?(?:fresh |new )?(?:record(?:[- ](?:high|low|level|amount|sum|pace|sale|"
    # ("an all-time-high surplus", "an all-time monthly high": hyphened, or with the grain of the periods ranked)
    r"purchase|selling|buying|outflow|inflow))?|all-time[- ](?:(?:monthly|weekly|annual|yearly|daily)\s+)?(?:high|low|peak)))"
    r"\b(?!\s+(?:date|time|numbers?\b))|"
    r"\b(?P<peak>peaked|peaking|at (?:its|their) peak|hit a peak|a peak of|(?<![\w-] )[Tt]he (?:all-time )?(?:peak|height)(?= (?:of (?:[\w.'’$-]+ ){1,6}?)?(?:was|came|stood)\b)|(?:(?<=trillion )|(?<=billion )|(?<=million )|(?<=bn )|(?<=tn ))(?:peak|high(?= (?:reached|hit|set|seen)\b))|(?:the|its|their)(?: (?:19|20)\d\d)? peak of(?= (?:about |around |roughly |nearly |almost )?(?:US\$|\$|¥)))\b"
    # "down from their peak of $184.4 billion in February 2020", "after the 2015 peak of ¥21,303.2 billion": the
    # figure named after it was the peak
    # "04年の6,994億ドルをピークに減少": the figure before it was the peak
    # "2013年にピークに達した": peaked in that year (the year's highest is the highest of all the data)
    # "ピークの07年(24兆9341億円)", "ピークの2007年度": the year named right after it was the peak
    r"|(?P<jpeak>(?<=[をの])ピーク(?=に|を付け|をつけ|とし|だった)|(?<=年に)ピーク(?=に達|に到達|を付け|をつけ|を迎え)|"
    r"ピーク(?=の(?:19|20)?\d{2}年))",
    re.I)
STREAK_RX = re.compile(
    rf"\b(?:for |in |into )?(?:a |the |its |their )?(?:record[- ]|unprecedented )?(?P<ord>{ORD})\s+(?:\w{{1,3}}\s+)?"
    rf"(?:straight|consecutive|successive|continuous|"
    rf"back-to-back|running)\s+{_GRAIN}(?:ly)?s?\b(?![- ](?:on|over)[- ]year)"  # (not "year-on-year": a base, not a grain)
    # "five weekly net purchases in a row", "three monthly declines in a row"
    rf"|\b(?:for )?(?P<card8>{_CARD})\s+(?P<grain9>week|month|quarter|year)ly\s+(?:net\s+)?(?P<act8>{_ACTS}|"
    rf"purchase|sale|decline|increase|rise|fall)s?\s+in\s+a\s+row\b"
    # "extending its buying streak to four months", "stretched the run of net sales to six weeks"
    rf"|\b(?:extend(?:ing|ed|s)?|stretch(?:ing|ed|es)?|lengthen(?:ing|ed|s)?|prolong(?:ing|ed|s)?)\s+(?:its|their|a|the)\s+"
    rf"(?:(?P<act9>[\w-]+(?: [\w-]+)?)\s+)?(?:streak|run|spree|stretch)(?:\s+of\s+(?:net\s+)?(?P<act10>{_ACTS}))?"
    rf"(?:\s+(?:in|on|of)\s+(?!(?:net\s+)?{_ACTS}\b)(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s+to\s+"
    rf"(?:a\s+|an\s+)?(?:(?P<card9>{_CARD})|(?P<ord9>{ORD}))(?:\s+|-)(?:straight\s+|consecutive\s+)?(?P<grain10>week|month|quarter|year|session|day)s?\b"
    # "the second month of net selling", "a third week of declines": an ordinal period of one direction
    rf"|\b(?:for |in |into )?(?:a |the |its |their )(?P<ord6>{ORD})\s+{_GRAIN.replace('grain', 'grain7')}\s+of\s+(?:net\s+)?"
    rf"(?P<act6>{_ACTS})\b"
    # "two consecutive increases", "three straight monthly declines", "four successive weekly net purchases"
    rf"|\b(?:for )?(?P<card7>{_CARD})\s+(?:straight|consecutive|successive|back-to-back)\s+"
    rf"(?:(?P<grain8>week|month|quarter|year)ly\s+|(?P<annual8>annual)\s+)?(?:net\s+)?(?P<act7>{_ACTS})\b"
    # "which is the fourth consecutive rise", "its third straight monthly decline": an ordinal run of moves
    rf"|\b(?:a |the |its |their )(?P<ord12>{ORD})\s+(?:straight|consecutive|successive)\s+(?:year[- ](?:on|over)[- ]year\s+)?"
    rf"(?:(?P<grain12>week|month|quarter|year)ly\s+|(?P<annual12>annual)\s+)?(?:net\s+)?(?P<act12>rise|increase|decline|fall|drop|gain|decrease|"
    rf"purchase|sale|cut|reduction)\b"
    # "its 14th straight current-account surplus": an ordinal run of a balance's surpluses (deficits), the side after it
    rf"|\b(?:a |the |its |their )?(?P<ord13>{ORD})\s+(?:straight|consecutive|successive)(?:\s+(?P<grain13>month|quarter|"
    rf"year)ly)?(?:\s+(?:current[- ]account|trade|goods|services?|primary[- ]income))?(?=\s+(?:surplus|deficit)\b)"
    rf"|\b(?:for |in )?(?:a |the |its |their )?(?P<ord2>{ORD})\s+{_GRAIN.replace('grain', 'grain2')}\s+(?:in a row|running)\b"
    rf"|\b(?:for |over )?(?P<card>{_CARD})\s+(?:straight |consecutive |successive )?"
    rf"{_GRAIN.replace('grain', 'grain3')}s\s+(?:in a row|running|straight)\b"
    rf"|\b(?:for |over )?(?P<card2>{_CARD})\s+(?:straight|consecutive|successive)\s+"
    rf"{_GRAIN.replace('grain', 'grain4')}s\b"
    # "falling for a third month", "bought for a second week": the wire's short form of a streak (not "for a
    # second week this year", which counts the year's)
    # "for a record eighth week": the streak, the longest on record (the record is not a level's)
    rf"|\b(?:for|into)\s+(?:a\s+(?:record[- ])?|an\s+unprecedented\s+)(?P<ord5>{ORD})\s+{_GRAIN.replace('grain', 'grain5')}\b"
    rf"(?!\s+(?:this|of|since|in\s+(?:19|20)\d\d|in\s+(?:the|a)\s+(?:year|quarter)))"
    # "declined in each of the four most recent months", "rose in each of the past three weeks": a run to the latest
    rf"|\bin\s+(?:each|every\s+one)\s+of\s+(?:the|its|their)\s+(?:(?:last|past|previous|latest)\s+)?(?P<card11>{_CARD})\s+"
    rf"(?:(?:most\s+)?recent\s+|latest\s+|previous\s+|past\s+|reported\s+)?{_GRAIN.replace('grain', 'grain11')}s\b"
    # "following three weeks of net selling": the run before the figure's period
    rf"|(?:(?<=after )|(?<=following ))(?P<card5>{_CARD})\s+{_GRAIN.replace('grain', 'grain6')}s\s+of\s+(?:net\s+)?"
    rf"(?:buying|selling|purchases|sales|inflows|outflows|gains|declines|increases|decreases)\b", re.I)
STREAK_RUN_RX = re.compile(
    rf"\b(?:a|an|the|their|its)\s+(?P<card>{_CARD})[- ]{_GRAIN}s?(?:[- ]long)?[- ](?:(?P<act>[\w-]+(?: [\w-]+)?)[- ])?"
    # "an eight-month reign by Japan": a spell at the top (``place_runs``)
    rf"(?:streak|run|spree|stretch|trend|sequence|string|winning streak|losing streak|reign)\b", re.I)
STREAK_END_RX = re.compile(
    # "bringing an end to 12 straight weeks of net selling", "put an end to a four-month streak"
    rf"\b(?:end(?:ing|ed|s)?|snapp(?:ing|ed)|break(?:ing)?|broke|halt(?:ing|ed)|reversing|(?:bring(?:ing|s)?|brought|"
    rf"put(?:ting|s)?|c[ao]m(?:e|ing|es))\s+an\s+end\s+to)\s+(?:a |an |the |their |its )?"
    rf"(?P<card>{_CARD})(?:[- ](?:straight|consecutive|successive))?[- ]{_GRAIN}s?(?:[- ]long)?\s+"
    rf"(?:(?:run|streak|spree|trend|string) of (?P<act2>[\w-]+ ?[\w-]*)|"
    rf"(?P<act>[\w-]+(?: [\w-]+)?)\s+(?:streak|run|spree|trend|stretch|sequence)|"
    # "ended three straight weeks of net buying": the run's words with no "streak"
    rf"of (?P<act3>(?:net )?(?:buying|selling|purchases|sales|inflows|outflows|declines|increases|gains|cuts)))", re.I)
FIRST_SINCE_RX = re.compile(
    # "for first time in five months", a headline's "... First Time In Three Months": no article
    # "its first yen-buying, dollar-selling intervention in some 24 years": a comma inside what is first
    # (a headline's verb with no article: "Japan confirms first currency intervention since 2022", "China posts first
    # monthly sale since 2019")
    rf"\b(?:(?:for )?(?:the|their|its|a|[A-Z][a-z]+(?:'s|’s)) first|for first|(?-i:First)|"
    rf"(?P<hv>(?-i:(?<=[a-z]s )|(?<=[a-z]ed ))first)) (?:(?P<what>[\w/-]+,?(?: [\w/’'-]+,?){{0,6}}?|"
    # "the first time that the Japanese government has undertaken such a market measure since October 2022": a
    # clause after "time that" may run longer
    # (not a run inside: "the first time that foreigners have sold Japanese stocks for three weeks since March")
    rf"time(?: that)?(?: (?!(?:straight|consecutive|successive|row|weeks?|months?|years?|quarters?)\b)[\w/’'-]+){{1,12}}?) )?(?:"
    # "the first since fiscal 1959": a fiscal year
    rf"since\s+(?:fiscal(?:\s+year)?|FY)\s*(?P<fyear>(?:19|20)\d{{2}})\b|"
    rf"since\s+(?P<sday2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<smon2>{MONTH_RE})(?:,?\s+(?P<syear3>(?:19|20)\d{{2}}))?"
    rf"|since\s+(?:the\s+week\s+(?:to|ended|ending|through)\s+|early[- ]|late[- ]|mid-?\s*)?(?:(?P<smon>{MONTH_RE})(?:,(?=\s*(?:19|20)\d{{2}}\b))?\s*"
    rf"(?:(?P<sday>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?,?\s*)?)?(?P<syear>(?:19|20)\d{{2}})?"
    rf"|in {LOOKBACK}"
    # "its first reduction this year", "the first net sale of 2025": the first since the year began
    rf"|(?P<ytd>(?:so far )?this year|of the year|(?:of|in) (?P<yin>(?:19|20)\d{{2}})(?!\s*(?:-|to)\s*\d)))", re.I)

CROSS_RX = re.compile(
    r"\b(?:the )?(?P<word>most|largest|biggest|steepest|sharpest|least|smallest)\s+(?P<noun>(?:[\w-]+\s+){0,3}?)"
    r"(?:of any|among(?: all)?|of all)\s+(?:other\s+)?(?:major\s+|foreign\s+|overseas\s+|large\s+)*"
    r"(?:countr(?:y|ies)|holders?|nations?|creditors?|economies|investors?)\b|"
    r"\bmore than any other (?:foreign |major )?(?:country|holder|nation|creditor)\b", re.I)
COUNT_IN_RX = re.compile(
    rf"\b(?:a|an|the|their|its)\s+(?P<ord>{ORD})\s+(?P<grain>weekly|monthly)?\s*(?:net\s+)?"
    rf"(?P<act>purchase|sale|buying|selling|inflow|outflow|increase|decline|rise|fall)s?\s+in\s+(?P<m>{_CARD})"
    rf"(?:\s+(?:weeks|months))?\b", re.I)
ORDINAL_COUNT_RX = re.compile(
    rf"\b(?:their|its|the|a)\s+(?P<ord>{ORD})\s+(?:weekly|monthly|straight|consecutive)?\s*(?:net\s+)?"
    r"(?:purchase|sale|buying|selling|inflow|outflow|decline|increase|rise|fall)s?\b", re.I)

_LOW = LOW_WORDS
_MAGNITUDE = MAGNITUDE_WORDS


def _n(word: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return ORDINALS.get(w) or NUMBERS.get(w) or int(re.sub(r"\D", "", w) or 1)


def parse_extreme(m: re.Match, resolver: Resolver) -> Qualifier:
    g = m.groupdict()
    word = (g.get("word") or "").lower()
    q = Qualifier("top" if g.get("oneof") else "extreme", m.group(0).strip(" ,;"), word=word)
    q.extreme = "min" if word in _LOW else "max"
    q.magnitude = word in _MAGNITUDE
    if g.get("ord"):
        q.n = _n(g["ord"])
    ref = (g.get("ref") or "").lower()
    q.since, q.since_grain = since_date(g, resolver)
    if (g.get("databack") or g.get("databack2")) and q.since is not None:
        # "in data going back to 2000": the data the article used begin then, so nothing since beat the figure
        # (a higher value before it, in a longer series than the article's, does not make the claim wrong)
        q.since_grain = "window"
    q.lookback = lookback_of(g)
    q.grain = (g.get("fgrain") or "").lower()
    if g.get("ytd"):
        y = g.get("ytdy") or g.get("ytdy2") or (resolver.ref.year if resolver.ref is not None else None)
        q.since, q.since_grain = (date(int(y), 1, 1), "window") if y else (None, "unknown")
    if ref.startswith("since") and q.since is None and "record" not in ref and "data" not in ref:
        q.since_grain = "unknown"  # "since early in the year" we could not date
    _noun_grain(q, g.get("noun") or "")
    return q


def _noun_grain(q: Qualifier, noun: str) -> None:
    m = re.search(r"\b(weekly|monthly|annual|yearly|daily|week|month|year)\b", noun, re.I)
    if m and not q.grain:
        q.grain = {"weekly": "week", "monthly": "month", "annual": "year", "yearly": "year",
                   "daily": "day"}.get(m.group(1).lower(), m.group(1).lower())


def parse_record(m: re.Match) -> Qualifier:
    g = m.groupdict()
    if g.get("framed"):  # "the second largest for August", "the smallest first-half deficit": a record among those periods
        word = (g.get("fword") or g.get("fword2")).lower()
        low = word in _LOW  # (lowest, smallest, narrowest)
        q = Qualifier("extreme", m.group(0).strip(), word="record", extreme="min" if low else "max",
                      magnitude=word in ("largest", "biggest", "widest"))
        if g.get("ford") or g.get("ford2"):
            q.n = _n(g.get("ford") or g.get("ford2"))
        return q
    if g.get("ever") or g.get("ever2") or g.get("formonth"):  # "the largest-ever amount", "the largest for any month"
        ever = g.get("ever") or g.get("ever2") or g["formonth"]
        low = re.search(r"lowest|smallest|less", ever, re.I)
        return Qualifier("extreme", m.group(0).strip(), word="record", extreme="min" if low else "max",
                         magnitude=bool(re.search(r"largest|biggest", ever, re.I)))
    if g.get("peak") or g.get("jpeak"):
        q = Qualifier("extreme", m.group(0).strip(), word="peak", peak=True, magnitude=False)
        if g.get("peak") and (y := re.search(r"(?:19|20)\d\d", g["peak"])):  # "the 2015 peak of ¥X": the figure's year
            q.ref_span = (m.start("peak") + y.start(), m.start("peak") + y.end())
        return q
    word = g["record"].lower()
    q = Qualifier("extreme", m.group(0).strip(), word="record", magnitude=True)
    q.extreme = "min" if re.search(r"\blow\b", word) else "max"
    if re.search(r"\b(?:high|low|level)\b", word):
        q.magnitude = False
    return q


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TENS_BEFORE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]$", re.I)


def parse_streak(m: re.Match, s: str = "") -> Qualifier:
    g = m.groupdict()
    n = _n(g.get("ord") or g.get("ord2") or g.get("card") or g.get("card2") or g.get("ord5") or g.get("card5") or
           g.get("ord6") or g.get("card7") or g.get("card8") or g.get("card9") or g.get("ord9") or g.get("card11") or
           g.get("ord12") or g.get("ord13"))
    grain = (g.get("grain") or g.get("grain2") or g.get("grain3") or g.get("grain4") or g.get("grain5") or
             g.get("grain6") or g.get("grain7") or g.get("grain8") or g.get("grain9") or g.get("grain10") or
             g.get("grain11") or g.get("grain12") or g.get("grain13") or ("year" if g.get("annual8") or g.get("annual12") else "")).lower()
    q = Qualifier("streak", m.group(0).strip(), n=n, grain={"session": "day"}.get(grain, "half" if "half" in grain or "six" in grain else grain))
    tens = _TENS_BEFORE.search(s[max(0, m.start() - 10):m.start()]) if s and n < 10 else None
    if tens:  # "its sixty-sixth consecutive month": the ordinal's tens, before a hyphen the phrase starts after
        q.n = _TENS[tens.group(1).lower()] + n
    if g.get("card11"):
        q.word = "at least"  # "rose in each of the last three months": a longer run is no contradiction
    # "the second month of net selling", "two consecutive increases": the run's own direction
    act = g.get("act6") or g.get("act7") or g.get("act8") or g.get("act9") or g.get("act10") or g.get("act12") or ""
    own = re.match(rf"\s+of\s+(?:net\s+)?({_ACTS})\b", s[m.end():], re.I) if s else None
    q.direction = act_direction(act or (own.group(1) if own else ""))
    if re.search(r"\b(?:after|following|ending|ended|snapping|breaking)\s+(?:a\s+|the\s+)?$", s[:m.start()], re.I) or \
            re.search(r"\b(?:(?:after|following)\s+\w+ing|having\s+(?:been\s+)?\w+)\b[^,;.]{0,40}$",
                      s[max(0, m.start() - 60):m.start()], re.I):
        # "after cutting its holdings for three months in a row": the run before the figure's period
        q.kind = "streak_before"  # "a shift after six consecutive weeks of net selling"
        ing = re.search(r"\b(?:after|following)\s+(\w+ing)\b[^,;.]{0,40}$", s[max(0, m.start() - 60):m.start()], re.I)
        q.direction = act_direction(act) or (act_direction(ing.group(1)) if ing else None) or (
            -1 if re.search(r"sell|sale|outflow|declin|fall|drop", s[m.end():m.end() + 30], re.I) else
            1 if re.search(r"buy|purchas|inflow|ris|gain", s[m.end():m.end() + 30], re.I) else None)
    return q


def _streak_run(m: re.Match, s: str = "") -> Qualifier:
    """'extending a five-week buying streak': a streak of n periods to the figure's, in the direction named; 'fell in
    March after a three-month rising streak': the run that ended the period before the figure's."""
    q = parse_streak_end(m)
    q.kind = "streak_before" if re.search(r"\b(?:after|following)\s+$", s[:m.start()], re.I) else "streak"
    return q


def parse_streak_end(m: re.Match) -> Qualifier:
    g = m.groupdict()
    d = act_direction(g.get("act") or g.get("act2") or g.get("act3") or "")
    return Qualifier("streak_end", m.group(0).strip(), n=_n(g["card"]), grain=g["grain"].lower(), direction=d)


def parse_first_since(m: re.Match, resolver: Resolver) -> Qualifier:
    g = m.groupdict()
    q = Qualifier("first_since", m.group(0).strip())
    q.since, q.since_grain = since_date(g, resolver)
    if g.get("fyear"):  # "since fiscal 1959": Japan's fiscal year, April to March
        q.since, q.since_grain = date(int(g["fyear"]), 4, 1), "months:12"
    q.lookback = lookback_of(g)
    if q.lookback is not None and q.lookback[2] == "about" and not (g.get("lmod") or "").strip() and \
            re.fullmatch(r"(?:month|week)s?", (g.get("lgrain") or "").lower()) and not g.get("lgrain2"):
        # "for the first time in eight months", "its first net sale in three weeks": the month (week) labels that far
        # apart, as "8カ月ぶり" counts them (the last time in November, now July: eight months); not "about eight"
        q.lookback = (q.lookback[0], q.lookback[1], "exact")
    if g.get("ytd"):  # "its first reduction this year": nothing of the kind since the year began (its periods all count)
        y = int(g["yin"]) if g.get("yin") else resolver.ref.year if resolver.ref is not None else None
        q.since, q.since_grain = (date(y - 1, 12, 31), "window") if y else (None, "unknown")
    # "the first dollar-selling/yen-buying intervention": the kind of intervention, not a direction of trade
    what = re.sub(r"\b(?:dollar|yen|euro)-(?:selling|buying)\b", "", (g.get("what") or "").lower())
    if re.search(r"\b(?:sale|selling|outflow|sell|reduction|decline|decrease|drop|fall|cut)", what):
        q.direction = -1
    elif re.search(r"\b(?:purchase|buying|inflow|buy|increase|rise|gain|addition)", what):
        q.direction = 1
    return q


def parse_cross(m: re.Match) -> Qualifier:
    g = m.groupdict()
    word = (g.get("word") or "most").lower()
    q = Qualifier("cross", m.group(0).strip(), word=word, extreme="min" if word in _LOW else "max")
    q.magnitude = word in _MAGNITUDE
    return q


def not_seen_low(s: str, m: re.Match) -> bool:
    """"slipped to $651 billion, levels last seen in 2008": a low when the figure's own verb (the last word
    of direction before the phrase) is a fall, or the phrase itself says "low"."""
    from ustflow.check.lexicon import DOWN_WORDS, SELL_WORDS, UP_WORDS

    if re.search(r"\b(?:lows?|troughs?)\b", m.group(0), re.I):
        return True
    if re.search(r"\b(?:highs?|peaks?)\b", m.group(0), re.I):
        return False
    words = list(re.finditer(rf"\b(?:(?P<down>{DOWN_WORDS}|{SELL_WORDS}|lowest|low)|(?P<up>{UP_WORDS}|highest|high))\b",
                             s[:m.start()], re.I))
    return bool(words) and words[-1].group("down") is not None


#: (a balance's move then: "the steepest fall since January 2017, when the surplus sagged 88.9 percent")
_WHEN_IT_WAS = re.compile(r",?\s+when\s+(?:it|they|the (?:holdings?|figure|total)|its holdings|their holdings|"
                          r"the (?:[\w-]+\s+){0,2}?(?:surplus|deficit|balance)|"
                          r"(?:foreign|overseas|Japanese) investors|foreigners)\s+(?:(?:a\s+)?net\s+)?"
                          r"(?:was|were|stood at|totall?ed|reached|hit|sold|bought|purchased|dumped|offloaded|added|"
                          r"withdrew|pulled|cut|shed|invested|(?:net\s+)?(?:sales|purchases|selling|buying)\s+"
                          r"(?:was|were|totall?ed)|sagged|fell|dropped|plunged|slumped|declined|shrank|narrowed|rose|"
                          r"jumped|surged|grew|widened|expanded|came to)\b|"
                          # "the most since June 2022's 4.49 trillion yen": that month's own figure
                          r"(?:'s|’s)\s+(?:about\s+|around\s+)?(?:US)?[$¥]?\d", re.I)


def _extreme_span(m: re.Match, q: Qualifier, s: str) -> tuple[int, int]:
    """An extreme's own span in ``s``: without the sentence's full stop, and without the reference it counts from
    when that reference is a claim of its own (a figure and its month, set as ``q.ref_span`` or left outside)."""
    span = (m.start(), m.start() + len(m.group(0).rstrip(" ,;")))  # "since Sept. 23, according to": not its comma
    if span[1] == len(s) and s.endswith(".") and not re.search(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$",
                                                               s, re.I):
        span = (span[0], span[1] - 1)  # "... since the first week of May.": the sentence's full stop
        q.phrase = s[span[0]:span[1]].strip()
    when = _WHEN_IT_WAS.match(s, span[1]) or re.match(r"\s*[(（]\s*(?:about\s+|around\s+)?[$¥]?\d", s[span[1]:])
    if when and q.since is not None and (m.group("syear") or m.group("smon")):
        # "the most since September 2015 when it was US$1.177 trillion", "since August 2011 (¥1.53 trillion)": that
        # month is the figure's
        d0 = m.start("smon") if m.group("smon") else m.start("syear")
        q.ref_span = (d0, m.end("syear") if m.group("syear") else m.end("smon"))
    if m.groupdict().get("syear9"):  # "the lowest level since US$1.214 trillion in January 2013": that level and month
        span = (m.start(), s.lower().find("since", m.start("ref")) + len("since"))  # stay claims
        q.phrase = s[span[0]:span[1]]
    if m.groupdict().get("smon3"):  # "the steepest since a $27.94 billion drop in the week ended Jan. 28": that figure
        span = (m.start(), s.lower().find("since", m.start("ref")) + len("since"))  # and week stay claims
        q.phrase = s[span[0]:span[1]]
    return span


def _first_sinces(s: str, resolver: Resolver, ranks: list, free, out: list) -> None:
    """The "first time since" / "first ... in N months" phrases of sentence ``s``, added to ``out`` where ``free``."""
    for m in finditer(FIRST_SINCE_RX, s):
        if m.group("ytd") and (m.group("hv") or re.search(r"\b(?:half|quarters?|months?|weeks?|days?|sessions?)\b",
                                                        m.group("what") or "")):
            continue  # "the first half of 2024": a period, not a first; "holdings first exceeded $5 trillion in 2012": an adverb
        # "the first time it has held the top spot since May 2017": a place inside is what the first time is of
        inside = m.group("what") and all(m.start("what") <= a and b <= m.end("what") for a, b in ranks
                                         if a < m.end() and m.start() < b)
        if (free(m.span()) or (inside and free((m.start(), m.start())) and not overlaps(
                m.span(), [o[0] for o in out]))) and (
                m.group("syear") or m.group("smon") or m.group("smon2") or m.group("nlook") or m.group("ytd") or
                m.group("fyear")):
            q = parse_first_since(m, resolver)
            span = m.span()
            if m.group("what") and re.search(rf"\d|\b(?:{MONTH_RE})\b", m.group("what"), re.I):
                # "the first yen-buying intervention on September 22nd in 24 years": the date inside is the
                # event's period, left to the period grammar; the claim is the look-back
                span = (m.end("what") + 1, m.end())
            out.append((span, q))


def _word_highs(s: str, resolver: Resolver, free, out: list) -> None:
    """The highs (lows) whose span is a word, not a count: "a decade low", "a multi-year high" (the extreme within that
    span), "this year's high" (since the year began), "a new high", "a lifetime high", "an unprecedented $X" (records)."""
    for m in finditer(SPAN_HIGH_RX, s):  # "a decade low", "a multi-year high": the extreme within that span
        if free(m.span()) and not re.search(r"\b(?:near|close to|approaching|shy of)\s*$", s[:m.start()], re.I):
            word = m.group("word").lower()
            n, unit, mode = SPAN_HIGHS[m.group("span").lower()]
            lmod = m.group("lmod").lower().replace("-", " ").strip()
            mode = "over" if lmod in ("more than", "over") else "under" if lmod in ("nearly", "almost") else mode
            out.append((m.span(), Qualifier("extreme", m.group(0).strip(), word=word, lookback=(n, unit, mode),
                                            extreme="min" if word in ("low", "trough") else "max")))
    for m in finditer(YEAR_HIGH_RX, s):  # "this year's high": the highest since the start of the year
        if free(m.span()) and resolver.ref is not None:
            word = (m.group("word") or m.group("word2")).lower()
            y = resolver.ref.year - (1 if (m.group("which") or "").lower() == "last" else 0)
            q = Qualifier("extreme", m.group(0).strip(), word=word, extreme="min" if word in ("low", "trough") else "max",
                          since=date(y, 1, 1), since_grain="window")
            out.append((m.span(), q))
    for m in finditer(NEW_HIGH_RX, s):  # "a historically new high", "a lifetime high", "an unprecedented $X": a record
        if free(m.span()):
            word = (m.group("word") or m.group("word2") or "").lower()
            q = Qualifier("extreme", m.group(0).strip(), word="record", extreme="min" if word in ("low", "trough") else "max")
            if not word:  # "an unprecedented amount": the size of what was done (not "an unprecedented high")
                q.magnitude = not re.match(r"\s+(?:high|low|peak|levels?)\b", s[m.end():], re.I)
            out.append((m.span(), q))


def find_qualifiers(s: str, resolver: Resolver, topic: bool = False) -> list[tuple[tuple[int, int], Qualifier]]:
    """Every qualifier phrase in sentence ``s`` (non-overlapping; holder ranks are found separately, ``topic``: the
    sentence before was about holders)."""
    ranks = [m.span() for m in holder_ranks(s, topic)]
    out: list[tuple[tuple[int, int], Qualifier]] = []

    def free(span):
        return not overlaps(span, ranks + [o[0] for o in out])

    for m in finditer(COUNT_IN_RX, s):  # "a fourth weekly net purchase in five"
        if free(m.span()):
            act = m.group("act").lower()
            q = Qualifier("count_in", m.group(0).strip(), n=_n(m.group("ord")),
                          grain={"weekly": "week", "monthly": "month"}.get((m.group("grain") or "").lower(), ""),
                          direction=1 if re.match(r"purchas|buy|inflow|increas|rise", act) else -1)
            q.lookback = (_n(m.group("m")), "periods", "about")
            out.append((m.span(), q))
    count_qualifiers(s, free, out)  # "in eight of the past nine weeks"
    _first_sinces(s, resolver, ranks, free, out)  # "for the first time since May 2010", "the first ... in 20 months"
    for m in finditer(ORDINAL_COUNT_RX, s):  # "their 14th weekly net purchase": of a streak, or of the year?
        if free(m.span()) and not re.search(r"straight|consecutive|\bfirst\b", m.group(0), re.I):
            out.append((m.span(), Qualifier("ordinal", m.group(0).strip(), n=_n(m.group("ord")))))
    for rx, parse in ((STREAK_END_RX, parse_streak_end), (STREAK_RX, lambda m: parse_streak(m, s)),
                      (STREAK_RUN_RX, lambda m: _streak_run(m, s)), (CROSS_RX, parse_cross)):
        for m in finditer(rx, s):
            if free(m.span()):
                q, span = parse(m), m.span()
                if rx is STREAK_RX:
                    span = count_window(q, s, count_in_window(q, s, span))
                out.append((span, q))
    verb_runs(s, free, out)  # "rose for the fourth month in June"
    for m in [*finditer(EXTREME_RX, s), *finditer(EVER_NTH_RX, s)]:
        if free(m.span()):
            q, span = parse_extreme(m, resolver), m.span()
            span = _extreme_span(m, q, s)
            out.append((span, q))
    japanese_qualifiers(s, free, out, resolver)
    state_qualifiers(s, free, out, lambda g: since_date(g, resolver))
    for m in finditer(N_HIGH_RX, s):  # "a 16-year low": the lowest in 16 years
        if m.group("lmod").strip() == "near" or re.search(r"\b(?:near|close to|approaching|shy of)\s*$", s[:m.start()], re.I):
            continue  # "jump to near two-year peak": no claim that it is one
        if free(m.span()):
            word = m.group("word").lower()
            q = Qualifier("extreme", m.group(0).strip(), word=word, extreme="min" if word in ("low", "trough") else "max",
                          lookback=lookback_of(m.groupdict()))
            # "a five-month high for selling": the size of the trade in its own direction
            q.magnitude = bool(re.match(r"\s+(?:for|in|of)\s+(?:net\s+)?(?:selling|sales|outflows?|buying|purchases|"
                                        r"inflows?)\b", s[m.end():], re.I))
            out.append((m.span(), q))
    _word_highs(s, resolver, free, out)  # "a decade low", "this year's high", "a new high", "a lifetime high"
    for m in finditer(NOT_SEEN_RX, s):  # "a level not seen since August 2017": the highest (or lowest) since
        if free(m.span()):
            q = Qualifier("extreme", m.group(0).strip(), word="not seen")
            q.since, q.since_grain = since_date(m.groupdict(), resolver)
            q.lookback = lookback_of(m.groupdict())  # "a low not seen in more than 17 years"
            q.extreme = "min" if not_seen_low(s, m) else "max"
            out.append((m.span(), q))
    for m in finditer(RECORD_RX, s):
        if re.search(r"\b(?:near|close to|approach(?:ing|ed|es)?|shy of|short of|just (?:below|under)|off|within \S+ of)"
                     r"\s*$", s[:m.start()], re.I) and not re.compile(r"(?:\s+of|(?<=of))\s+(?:US)?\$\s?\d").match(s, m.end()):
            continue  # "stood near a record": no claim that it is one
        if free(m.span()):
            q = parse_record(m)
            back = re.match(r"[^.;]{0,60}?\b(?:dating|going|reaching) back to (?P<y>(?:19|20)\d\d)\b|"
                            r"[^.;]{0,30}?\bsince (?P<y2>(?:19|20)\d\d)\b", s[m.end():]) if m.group("formonth") else None
            if back:  # "the largest for the month of August under the current data format dating back to 1985"
                q.since, q.since_grain = date(int(back.group("y") or back.group("y2")), 1, 1), "year"
            out.append((m.span(), q))
    verb_runs(s, free, out)  # "rose for the fourth month in June" (after the extremes: "the most ... for 12 months")
    for _, q in out:  # "a two-year low", "in 17 years", "3年ぶり": whole years (not "a year and eight months")
        q.in_years = q.lookback is not None and q.lookback[1] == "month" and q.lookback[0] % 12 == 0 and \
            bool(re.search(r"\byears?\b|[- ]year\b|decades?\b|年(?:ぶり|振り(?![込替向分返出回]))", q.phrase, re.I)) and \
            not re.search(r"months?|カ月|ヵ月|ヶ月|か月", q.phrase, re.I)
    return sorted(out, key=lambda t: t[0][0])
