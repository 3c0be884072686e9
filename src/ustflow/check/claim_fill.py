"""What a claim takes from its sentence (``fill_claim``, for ``extract``): its subject (the closest holder before
the figure in its clause, else after it as an agent, else earlier in the sentence; not one in an inclusion, an
aside or a reference class), its period (``attach.attach_period``), its direction word (before the figure in its
clause, else right after; in Japanese after the figure or its list), its instrument, and whether a modal or plan
word in its clause makes it a forecast or an estimate; ``past_will``: "will" with a period already past is a
translation's tense, not a forecast."""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx
from ustflow.check.attach import attach_period, own_instrument
from ustflow.check.claims import Claim, Mention
from ustflow.check.clauses import clause_bounds, other_relative, relative_head
from ustflow.check.periods import Period
from ustflow.check.roles import DIR_RX
from ustflow.check.subject_objects import compared_with, en_compared_dropped, ja_objects_dropped, rank_holders
from ustflow.check.subjects import held_by
from ustflow.check.text import matches, spans

_MODAL = re.compile(r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|[Ss]hould|plans? to|planned to|planning to|aims? to|"
                    r"intends? to|expects? to|expected to|forecasts?|projected|projects|is set to|are set to|"
                    r"may|likely to|estimates? that|seeks? to|target(?:s|ing)?|pledged to|vowed to|"
                    # "Analysts expect Japan's holdings to fall below $1 trillion", "If Japan sold $100 billion, ..."
                    r"(?:expect|predict|forecast|see)(?:s|ed)?\s+(?:[\w'’.-]+\s+){1,4}to|[Ii]f|[Uu]nless|were to)\b")


#: after a forecast's figure, the actual one it is set against: "missing forecasts for a shortfall of 962.0 billion yen
#: following the 120.7 billion yen surplus in the previous month", "shy of forecasts for 1,664.1 billion yen and down
#: from 1,852.0 billion yen a month earlier"
_ACTUAL_AFTER = re.compile(r"\d[^.;]*?\b(?:following|after|(?:down|up) from|compared (?:with|to))\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:[\w-]+\s+){0,3}?$", re.I)


_ESTIMATE = re.compile(r"\b(?:calculated|calculates|calculation|reckon(?:s|ed)?|estimated that|estimates that|"
                       r"by (?:our|his|her|their) (?:estimates?|calculations?|count)|according to (?:[\w.&'-]+ ){1,5}"
                       r"(?:estimates?|calculations?|analysis|projections?)|"
                       # an estimate made before the official figure: "had earlier been estimated at over 8 trillion yen",
                       # "market estimates put it at", "estimated by traders at"
                       r"(?:had|has|have) (?:earlier |previously |initially |first )?been estimated(?: at| to be)?|"
                       # "estimated" as a verb in any voice: "brokers had estimated the intervention at", "Japan is
                       # estimated to have spent", "traders estimated 12 trillion yen" (not "an estimated 5 trillion")
                       r"\b(?:had|has|have|is|was|are|were|be|been|\w+s)\s+(?:(?:earlier|previously|initially|first|also)"
                       r"\s+)?estimated\b(?! that)|"
                       # "surpassing earlier estimates of ¥9.4 trillion": the estimate the official figure replaced
                       r"(?:market|analysts?(?:'|’)?|traders?(?:'|’)?|economists?(?:'|’)?|private(?:-sector)?|earlier|"
                       r"initial|prior|previous) estimates? "
                       r"(?:put|of|at|suggest(?:ed)?|show(?:ed)?)|estimated by (?:analysts|traders|economists|"
                       r"market (?:participants|sources)|(?:some )?brokers)|"
                       # "prompting speculation that Japan had spent ¥5 trillion" (not "confirmed speculation that")
                       r"(?<!confirmed )(?<!confirms )(?<!confirming )(?:speculation|speculated|rumou?rs?) that)\b", re.I)


_FACT = re.compile(r"\b(?:data|figures|statistics) (?:showed|show|shows)\b|\bshowed\b")


#: words that put what follows after the figure's own event: "... before falling back", "... and then fell"
_LATER_EVENT = re.compile(r"\b(?:before|after|then|later|since|until|only to)\b", re.I)
#: a "when" clause told after the main one: "rose to $121.6 billion, the highest in 10 months, when it reached $123.8
#: billion in September 2021": the main clause's verb does not move the figure of the clause ("reached" is its own)
_WHEN_AFTER = re.compile(r",\s*when\s+", re.I)


#: an inclusion or example inside the subject's phrase: not the subject itself
_INCLUDING = re.compile(r",\s*(?:which|that|who)\s+(?:include[sd]?|comprise[sd]?|consist of)\b[^,;()]*(?:,|$)|"
                        r",\s*(?:including|such as|among them|e\.g\.)\s[^,;()]*(?:,|$)|"
                        r"\((?:including|such as|e\.g\.|mainly|mostly)\s[^)]*\)", re.I)


def _move_from_base(s: str, span: tuple[int, int], dm: re.Match) -> bool:
    """Whether the direction word ``dm`` tells the move from the figure at ``span`` set as a comparison's base, not the
    figure's own direction: "declined ... compared to $122.1 billion last August", "10月の3兆5026億円に比べて大きく減少
    した" (but "compared with the $26.7 billion in purchases in May": its own)."""
    eb, jb = _BASE_BEFORE.search(s, max(0, span[0] - 40), span[0]), _JA_BASE_AFTER.match(s, span[1])
    return bool((eb and dm.end() <= eb.start()) or (jb and dm.start() >= jb.end()))


def _outside_inclusions(s: str, cands: list[Mention], pos: int) -> list[Mention]:
    """``cands`` without the holders an inclusion or example list names (``_inclusions``) when the figure at ``pos`` is
    outside it: "Entities in Japan, which include pension funds and trust banks,": Japan's; "The investors, including
    insurers and banks, sold ...": the group's, which the sentence does not name as a holder (none of them)."""
    incl = _inclusions(s, cands)
    outside = [m for m in cands if not any(a <= m.span[0] and m.span[1] <= b for a, b in incl)]
    if len(outside) < len(cands) and (outside or not any(a <= pos < b for a, b in incl)):
        return outside
    return cands


_LIST_NEXT = re.compile(r"\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?")


def _inclusions(s: str, cands: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the inclusions and examples in ``s`` (``_INCLUDING``), each over the whole list of holders it
    names: "Foreign countries, among them Brazil, China and Japan, hold ...", "including the Bahamas, Bermuda, and the
    Cayman Islands, with ..." (``_INCLUDING`` alone ends at the list's first comma)."""
    out = []
    for a, b in spans(_INCLUDING, s):
        end = b
        while (nxt := next((m for m in cands if m.span[0] >= end and _LIST_NEXT.fullmatch(s, end, m.span[0])), None)):
            end = nxt.span[1]
            comma = re.match(r"\s*,", s[end:])
            end += comma.end() if comma else 0
        out.append((a, end))
    return out


#: a period named by an event the checker cannot date
_UNDATED_EVENT = re.compile(r"\b(?:leading (?:up )?(?:in)?to|ahead of|in the run-up to|before|after) the (?:previous |last |"
                            r"next |latest |recent |upcoming )?(?:Bank of Japan|BOJ|BoJ|Fed(?:eral Reserve)?|FOMC|ECB|"
                            r"central bank|policy)(?:'s)? (?:policy )?(?:meeting|decision|review|announcement)\b", re.I)


#: the words before a class of holders that no figure is about: "the ranking of top foreign holders"
_REFERENCE_CLASS = re.compile(r"\b(?:ranking|rankings|list|table|league table|ranks|group|club) of (?:the )?"
                              r"(?:top |largest |biggest |major |leading )?$", re.I)

#: a bare 増 / 減 right after a figure: "輸入は19.8%減の5兆7660億円", "前年比3.2%増" (not 増資, 増税, 減税, 減資)
_JA_BARE_MOVE = re.compile(r"\s*(?:(?P<jbuy>増)|(?P<jsell>減))(?![資税])")

#: the rest of a Japanese list of figures up to the verb they share: "、2月に137億ドル、5月に109億ドルを購入し"
_JA_LIST_VERB = re.compile(rf"(?:[、,]\s*(?:(?:\d{{1,2}}月|前月|今月|同月|前年)(?:に|は|も|には)?)?\s*[\d.,兆億万千]+(?:ドル|円))+"
                           rf"\s*(?:を|の)?\s*(?:(?P<jbuy>{lx.JA_BUY})|(?P<jsell>{lx.JA_SELL}))")


def _named_for(s: str, span: tuple[int, int], at: tuple[int, int]) -> bool:
    """A holder named after "for" inside a claim's own words: "the lowest for Russia since March 2008"."""
    return span[0] < at[0] and at[1] <= span[1] and bool(re.search(r"\bfor\s+$", s[span[0]:at[0]]))


_ASIDE = re.compile(r"\([^()]{4,}\)")


def _outside_asides(s: str, span: tuple[int, int], cands: list[Mention]) -> list[Mention]:
    """``cands`` without the holders named in a parenthetical aside that does not hold the figure, when a holder
    is named outside it: "Hong Kong holdings (which are counted apart from mainland China) rose to $X": Hong Kong's."""
    asides = [m.span() for m in _ASIDE.finditer(s) if not (m.start() <= span[0] < m.end())]
    if not asides:
        return cands
    out = [m for m in cands if not any(a < m.span[0] and m.span[1] < b for a, b in asides)]
    return out if out else cands


def _nationality_after(s: str, span: tuple[int, int], cands: list[Mention]) -> Mention | None:
    """A holder's nationality right after the figure, before the noun it qualifies: "thanks largely to a $56-billion
    Belgian splurge", "a $20 billion Japanese purchase": that holder's, whoever the sentence began with."""
    for m in cands:
        if m.kind in ("country", "japan") and m.span[0] >= span[1] and re.fullmatch(r"\s{1,2}", s[span[1]:m.span[0]]) \
                and re.match(r"\s+(?!holdings?\b|of\b|in\b|to\b)[a-z]", s[m.span[1]:]):
            return m
    return None


#: a holder after the figure as its agent: "were sold by life insurers", "inflows from foreign investors", "of which $X
#: belonged to foreign governments" (not "with $44.8 billion, followed by Qatar": the next in a list)
#: a figure set as the base of a comparison: "compared to $122.1 billion", "10月の3兆5026億円に比べて"
_BASE_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|"
                          r"roughly\s+|nearly\s+)?$", re.I)
_JA_BASE_AFTER = re.compile(r"\s*(?:に比べ|と比べ|に比較|と比較)")
#: a subordinate clause between a claim and a holder named after it: that holder is the clause's subject
_OWN_CLAUSE_AFTER = re.compile(r"\b(?<!such )(?<!well )(?:as|while|whereas|because|although|though|with)\b(?! well\b)",
                               re.I)
#: a clause coordinated after the figure's, with a subject of its own: "its holdings rose to $779.3 billion, and China's
#: fell to $765.4 billion" (China is the second figure's holder, not the first's)
_COORD_AFTER = re.compile(r",\s*(?:and|but)\s+(?:the\s+)?$|;")
_AGENT = re.compile(r"\b(?:(?<!followed )(?<!trailed )by|from|among|(?:belong(?:s|ed|ing)?|attributable)\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


#: a participle clause's possessive, whose holder is the main clause's subject: "Japan is closing in on China after
#: boosting its holdings by $21 billion" (not "after China cut its holdings": a clause with a subject of its own)
_PARTICIPLE_ITS = re.compile(r"\b(?:after|before|while|by|since|when|as|following)\s+\w+ing\s+(?:its|their)\b", re.I)


def _back_to_subject(in_clause: str, since_named: str) -> bool:
    """A pronoun after the last holder named ("even as it reduced"), or a participle's possessive ("after boosting its
    holdings"): the sentence's subject, not the last holder named."""
    return bool(re.search(r"\b(?:it|they)\b", in_clause, re.I) or _PARTICIPLE_ITS.search(since_named))


def _bracketed(s: str, pos: int, cands: list[Mention]) -> Mention | None:
    """"displaced Luxembourg ($316.4 billion)", "just behind Russia at $119.2 billion": the holder named right before a
    figure in brackets or after "at" is the figure's. Tried after ``held_by`` ("… held by China") and before
    ``relative_head`` ("Brazil, whose holdings stood at $X")."""
    return next((m for m in cands if m.kind in ("country", "japan") and re.fullmatch(r"\s*[(（]\s*|\s+at\s+(?:about\s+|"
                                                                                  r"around\s+|some\s+|roughly\s+)?",
                                                                                  s[m.span[1]:pos])),
                None)


def _own_clause_start(s: str, cs: int, pos: int) -> int:
    """Where the words that may move the figure at ``pos`` begin: its clause's start, or a "when" clause's after the
    main one ("rose ..., when it reached $123.8 billion": only the clause's own words)."""
    when = [w.end() for w in _WHEN_AFTER.finditer(s, cs, pos)]
    return when[-1] if when else cs


def _first_after(s: str, c: Claim, cands: list[Mention]) -> Mention | None:
    """The first holder named after the claim that can be its subject: not an institution unless an agent ("... as
    investors bet the BoJ would"), nor the subject of a clause of its own ("This is the lowest since 2008 and comes as
    foreign ownership hits records": the sentence refers back to the one before), nor the holder compared with ("its
    holdings rose to $779.3 billion, overtaking China as the second-largest holder": not China's)."""
    after_s = [m for m in cands if m.span[0] >= c.span[1] and (m.kind != "institution" or re.search(
        r"\b(?:by|from|among)\s+(?:the\s+)?$", s[:m.span[0]], re.I)) and not _OWN_CLAUSE_AFTER.search(s, c.span[1], m.span[0])
               and not _COORD_AFTER.search(s[c.span[1]:m.span[0]]) and not compared_with(s, m)]
    return after_s[0] if after_s else None


#: a place said in a phrase fronted before its holder: "As the second largest overseas debtor of U.S. Treasury bonds,
#: China reduced ..."
_FRONTED = re.compile(r"\W*As\s+(?:the|its)\s+", re.I)


def _fronted_for(s: str, span: tuple[int, int], cands: list[Mention]) -> Mention | None:
    """The holder right after the comma that ends a place fronted at the sentence's start ("As the second largest
    overseas debtor of U.S. Treasury bonds, China reduced"), else None."""
    lead = _FRONTED.match(s)
    if lead is None or span[0] > lead.end():
        return None
    comma = s.find(",", span[1])
    if comma < 0 or ";" in s[span[1]:comma]:
        return None
    return next((m for m in cands if re.fullmatch(r",\s*(?:the\s+)?", s[comma:m.span[0]])), None)


def fill_claim(c: Claim, s: str, subjects: list[Mention], periods: list[Period], instruments, holders_only=False) -> None:
    """Attach subject, period, direction, instrument and the forecast flag from the sentence."""
    pos = c.span[0]
    cs, ce = clause_bounds(s, pos)
    c.clause = s[cs:ce]
    cands = [m for m in subjects if m.kind in ("country", "japan")] if holders_only else subjects
    cands = _outside_inclusions(s, cands, pos)
    # the issuer of the bonds traded is not who traded them: "Investors sold ¥1.52 trillion of France's bonds"
    cands = [m for m in cands if not any(v[0] == "bop" and sp[0] <= m.span[0] and m.span[1] <= sp[1] for sp, v in instruments)]
    cands = _outside_asides(s, c.span, ja_objects_dropped(s, cands, c.span))
    if holders_only and (ranked := rank_holders(s, c.span, cands)) is not None:
        cands = ranked  # "It ceded the top spot to Japan, ..., falling to third place": not Japan's place
    main = [m for m in cands if not other_relative(s, m.span, c.span)]
    if main and len(main) < len(cands):  # "Japan, which overtook China in 2019, raised ...": Japan's figure
        cands = main
    before_cl = [m for m in cands if cs <= m.span[0] and m.span[1] <= pos]
    # after the figure only as an agent: "were sold by life insurers", "inflows from foreign investors"
    after_cl = [m for m in cands if (m.span[0] >= c.span[1] and m.span[0] < ce and (holders_only or _AGENT.search(
        s[max(0, m.span[0] - 80):m.span[0]])) and not _COORD_AFTER.search(s[c.span[1]:m.span[0]])) or
                _named_for(s, c.span, m.span)]
    before_s = [m for m in cands if m.span[1] <= pos]
    last_named = before_s[-1].span[1] if before_s else 0
    if before_s and not holders_only and _back_to_subject(s[max(cs, last_named):pos], s[last_named:pos]) and \
            not re.search(r"\b(?:it|its|they|their)\b", s[:before_s[0].span[0]], re.I):
        before_s = before_s[:1]  # "China let ... in favour of Japan even as it reduced": the sentence's subject
        before_cl = [m for m in before_cl if m in before_s]
    kept = en_compared_dropped(s, before_s)  # "the UK, which overtook China as the second-largest holder": the UK
    if len(kept) < len(before_s):
        before_s, before_cl = kept, [m for m in before_cl if m in kept]
    # a holder in a reference class is not the one a figure is about: "in the ranking of top foreign holders"
    before_s = [m for m in before_s if not _REFERENCE_CLASS.search(s[max(0, m.span[0] - 40):m.span[0]])] or before_s
    region = lx.REGION_REF.search(s, cs, pos) if not before_cl else None
    if region:  # "China and the UK ..., with the Asian nation's holdings shrinking": China
        r = region.group("r").lower().replace("south american", "latin american")
        named = [m for m in before_s if m.slug in lx.REGIONS.get(r, set())]
        if len(named) == 1:
            before_cl = named
    pick = before_cl[-1] if before_cl else after_cl[0] if after_cl else before_s[-1] if before_s else None
    pick = held_by(s, c.span, cands if holders_only else subjects) or _bracketed(s, pos, cands) or \
        _nationality_after(s, c.span, cands) or (relative_head(s, c.span, cands) if c.kind == "amount" else None) or pick
    if pick is None and holders_only:
        pick = _fronted_for(s, c.span, cands)
    if pick is None and not holders_only:
        pick = _first_after(s, c, cands)
    if pick is not None:
        c.subject, c.subject_how = pick, "stated"
    attach_period(c, periods, cs, ce, s)
    ev = spans(_UNDATED_EVENT, s)
    if c.period is None and ev:  # "leading into the previous Bank of Japan meeting": no date the store knows
        c.undated = s[ev[0][0]:ev[0][1]]
    _fill_direction(c, s, cs, ce, pos)
    own = own_instrument(c, s, instruments, cs, ce)
    if own is not None:
        c.instrument, sp = own
        c.instrument_text = s[sp[0]:sp[1]]
    modal = list(_MODAL.finditer(s, cs, pos))
    c.forecast = (bool(modal) and not _FACT.search(s[cs:pos]) and not _ACTUAL_AFTER.search(s, modal[-1].end(), pos)) or \
        bool(lx.JA_CONDITION.match(s, c.span[1]) or lx.JA_CONDITION_BEFORE.search(s[cs:pos]))
    c.estimate = any(a < pos for a, _ in spans(_ESTIMATE, s))  # (the claim may take the verb: 'estimated 12 trillion')


def _fill_direction(c: Claim, s: str, cs: int, ce: int, pos: int) -> None:
    """The claim's direction (``c.direction``, ``c.direction_word``) from the words of its clause ``s[cs:ce]``: a verb
    before the figure (``pos`` its start), or right after it, or the figure's own ("climbed above $1.5 trillion"), or
    a Japanese one after it ("4兆2559億円の処分超"); else a negative figure's sign."""
    # the clause's words only (a long run-on sentence must not be scanned whole for every figure in it)
    dirs = [m for m in matches(DIR_RX, s) if _own_clause_start(s, cs, pos) <= m.start() and m.end() <= pos]
    dirs_after = [m for m in DIR_RX.finditer(s, c.span[1], min(len(s), min(ce, c.span[1] + 30) + 40))
                  if c.span[1] <= m.start() < min(ce, c.span[1] + 30)
                  and not re.match(r"\s*(?:by\s+|to\s+)?(?:about\s+|some\s+|nearly\s+)?(?:[$¥€]|US\$|\d)", s[m.end():])]
    # a verb after the figure that tells a later event ("climbed above $1.5 trillion in November 2013 before
    # falling back") does not say which way the figure moved
    dirs_after = [m for m in dirs_after if not _LATER_EVENT.search(s[c.span[1]:m.start()])]
    dm = dirs[-1] if dirs else (dirs_after[0] if dirs_after else None)
    own = DIR_RX.search(c.amount.text) if c.amount is not None else None
    if own is not None and c.amount.qualifier in ("above", "below", "just_above", "just_below"):
        dm = own  # "climbed above $1.5 trillion", "fell below $1 trillion": the verb is the figure's own
    right_after = re.match(r"\s*(?:(?:yen|dollars)\s+)?(?:worth\s+)?(?:of\s+)?(?:net\s+)?(?P<w>[\w-]+)", s[c.span[1]:])
    if right_after and dirs_after and dirs_after[0].start() <= c.span[1] + right_after.start("w") < dirs_after[0].end():
        dm = dirs_after[0]  # "a $18.9 billion decrease", "2.75 trillion yen of net purchases"
    if dm is not None and dm.group(0).lower() == "drew" and \
            re.search(r"^[^.;]{0,40}\b(?:in|of) (?:overseas|foreign) (?:capital|inflows?|money|funds|investment)",
                      s[c.span[1]:]):
        c.direction, c.direction_word = 1, "drew ... inflows"  # the security drew foreign money: a net purchase
        dm = None
    ja_after = re.match(rf"\s*(?:の)?(?P<jbuy>{lx.JA_BUY})|\s*(?:の)?(?P<jsell>{lx.JA_SELL})", s[c.span[1]:]) or \
        _JA_LIST_VERB.match(s, c.span[1]) or _JA_BARE_MOVE.match(s, c.span[1])  # "1月に87億ドル、2月に137億ドルを購入し"
    if ja_after:  # "4兆2559億円の処分超": the direction follows the figure in Japanese
        dm = ja_after
    if dm is not None and not ja_after and _move_from_base(s, c.span, dm):
        dm = None
    if dm is not None:
        c.direction = 1 if (dm.groupdict().get("buy") or dm.groupdict().get("up") or dm.groupdict().get("jbuy")) else -1
        # "の取得超": the word itself (the particle before it is no part of it)
        c.direction_word = (dm.groupdict().get("jbuy") or dm.groupdict().get("jsell") or dm.group(0)).strip()
    elif c.direction is not None:
        return
    elif c.amount is not None and c.amount.number < 0:
        c.direction = -1


def past_will(c: Claim, ref) -> bool:
    """"In 2022, 2023 and 2024, China will reduce its holdings by ...": "will" (the only modal) with a stated
    period that ended before the publication date tells the past (a translation's tense), not a forecast. Only a
    "will": a forecast marked otherwise (a poll's figure after it, "a 3.5 trillion yen surplus expected by economists";
    a Japanese condition) stays one."""
    p = c.period
    if not c.forecast or ref is None or p is None or p.is_latest or c.period_how != "stated" or p.end >= ref:
        return False
    s = c.sentence.text
    cs = max(0, s.rfind(c.clause)) if c.clause else 0
    modals = [m.group(0).lower() for m in _MODAL.finditer(s[cs:c.span[0]])]
    return bool(modals) and all(m == "will" for m in modals)
