"""Holders listed as doing one move of their holdings: each holder's move is a claim of its own (the sign of its
change over the period), as "China cut its holdings in June" is (``extract._holdings_move``).

- the list as the complement of the movers: "other countries increasing their holdings were Switzerland, the United
  Kingdom, Belgium, Taiwan and India", "holders that cut their holdings included Japan and China", "countries whose
  holdings rose included Belgium and Ireland";
- the list as the subject: "Switzerland, Belgium and India also increased their holdings", "Japan and China both
  trimmed their holdings".

A list is two holders at least, joined by commas, "and" (``holder_lists.holder_chain``). One holder alone is the
ordinary move. Nothing here reads data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ustflow.check.claims import Claim, Mention
from ustflow.check.holder_lists import holder_chain
from ustflow.check.text import Sentence

_UP = r"increas|rais|add|boost|lift|expand|upp|grow|grew|rose|ris"
_DOWN = r"cut|reduc|trim|lower|pare|par|shed|slash|decreas|declin|fell|fall|drop|shrank|shrink"
_VERB = rf"(?P<verb>(?P<up>{_UP})|{_DOWN})\w*"
_VERB2 = rf"(?P<verb2>(?P<up2>{_UP})|{_DOWN})\w*"
_HOLDINGS = (r"(?:holdings?|stakes?|portfolios?|positions?)(?:\s+(?:of|in)\s+(?:U\.?S\.?\s+|US\s+|American\s+)?"
             r"(?:Treasur\w*|government\s+\w+|debt|bonds)(?:\s+(?:securities|debt|bonds))?)?"
             # not holdings of something else: "raised their holdings of gold", "positions in euro-zone bonds"
             r"(?!\s+of\s)(?!\s+in\s+(?!(?:the\s+|a\s+|each\s+|that\s+|this\s+)?(?:\d|first|second|third|fourth|"
             r"last|past|latest|recent|same|month|quarter|year|week|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|fiscal)))")
#: "other countries increasing their holdings were", "holders that cut their holdings included", "countries whose
#: holdings rose included": the movers, then the list
_MOVERS_THEN_LIST = re.compile(
    r"\b(?:countries|nations|holders|economies|others|creditors)\s+(?:that\s+|which\s+|who\s+)?"
    rf"(?:{_VERB}\s+(?:to\s+)?(?:their|its)\s+{_HOLDINGS}|whose\s+{_HOLDINGS}\s+{_VERB2})\s+"
    r"(?:(?:in|during|for|over|from|since)\s+[\w.,\s]{1,30}?\s+)?"  # "... in January 2016 included"
    r"(?:were|are|was|included|include|includes|including)\s+", re.I)
#: "Switzerland, Belgium and India also increased their holdings": the list, then the move; "China and Japan, the two
#: biggest foreign owners of Treasury debt, both trimmed their portfolios" (an apposition between); "Belgium, Brazil and
#: Taiwan were among the countries increasing their holdings"; "..., with both China and Japan cutting back" (the move
#: alone, in a sentence on Treasury holdings: ``_BARE_MOVE``)
_LIST_THEN_MOVE = re.compile(rf"(?:,\s*the\s+[^,;()]{{1,60}},)?\s+(?:also\s+|all\s+|both\s+|each\s+)*"
                             r"(?:(?:were|are)\s+among\s+(?:the\s+)?(?:countries|nations|holders|economies|creditors)\s+)?"
                             rf"(?:{_VERB}\s+(?:to\s+)?(?:their|its)\s+{_HOLDINGS}\b|(?P<bare>{_VERB2}(?:\s+back)?(?=\s*[.;]|\s*$)))",
                             re.I)
#: a sentence on Treasury holdings, where a move said alone ("cutting back") is of them
_BARE_MOVE = re.compile(r"\bholdings\s+of\s+(?:U\.?S\.?\s+|US\s+|American\s+)?Treasur", re.I)


def listed_moves(sent: Sentence, subjects: list[Mention], fill: Callable[[Claim], None]) -> list[Claim]:
    """One direction claim per holder a list in sentence ``sent`` names as making the same move, each filled by
    ``fill`` (period, clause) and given its holder."""
    s = sent.text
    holders = [m for m in subjects if m.kind in ("country", "japan")]
    out: list[Claim] = []
    for m in _MOVERS_THEN_LIST.finditer(s):
        items = holder_chain(s, m.end(), holders)
        if len(items) >= 2:
            out += [_move(sent, x, m, fill) for x in items]
    for first in holders:
        items = [] if out else holder_chain(s, first.span[0], holders, end=_LIST_THEN_MOVE)
        if len(items) >= 2 and (m := _LIST_THEN_MOVE.match(s, items[-1].span[1])) and \
                (not m.group("bare") or (_BARE_MOVE.search(s) and re.search(r"\bwith\s+(?:both\s+)?$", s[:items[0].span[0]]))):
            out += [_move(sent, x, m, fill) for x in items]
    return out


def _move(sent: Sentence, who: Mention, m: re.Match, fill: Callable[[Claim], None]) -> Claim:
    c = Claim(sent, "direction", who.span)
    fill(c)
    c.subject, c.subject_how = who, "stated"
    g = m.groupdict()
    c.direction = 1 if g.get("up") or g.get("up2") else -1
    c.direction_word, c.role = g.get("verb") or g.get("verb2") or "", "change"
    c.instrument, c.instrument_text = ("tic", "treasuries"), ""
    return c


#: a holder's move of its holdings said by a verb (``extract._holdings_move``): the verb and its holdings as object, with
#: or without a possessive ("China cut back its holdings", "Russia had trimmed its exposure to $88.2 billion", "Japan
#: boosted holdings to a record $1.096 trillion", "increased its U.S. debt securities to $1.17 trillion"), "it"/"them"
#: after a sentence on the holdings, or the holdings as subject, their holder or Treasuries named after them ("the
#: holdings of Russia climbed to $128.1 billion", "their holdings dipped to $7.56 trillion")
_UP_WORDS = r"raised|increased|boosted|added to|expanded|built up|hiked|lifted|upped|bumped up|ramped up|beefed up"
_DOWN_WORDS = r"cut(?:\s+back|\s+down)?|reduced|trimmed|lowered|pared(?:\s+back)?|slashed|scaled back|dumped|shed|whittled down"
_ROSE = r"rose|increased|climbed|grew|edged up|jumped|rebounded|soared|surged"
_FELL = r"fell|declined|dropped|decreased|slipped|edged down|shrank|slid|sank|dipped|tumbled|plunged|slumped"
HOLDINGS_MOVE = re.compile(
    rf"\b(?P<verb>(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))\s+(?:(?:its|their)\s+(?:[\w.'’-]+\s+){{0,4}}?"
    r"(?:holdings?|stake|stockpile|position|possessions?|ownership|exposure|portfolios?|securities)|holdings)\b|"
    # "It slightly increased them in April": the holdings the sentence before named, as a pronoun
    r"\b(?P<verb3>(?P<up3>raised|increased|boosted|hiked|lifted|upped)|(?P<down3>cut|reduced|trimmed|lowered|pared|"
    r"slashed))\s+(?:them|it)\b(?!\s+(?:to|by)\b)|"
    # "Japan's holdings of U.S. Treasuries fell further in April": the holdings as the subject of the verb
    r"\bholdings\b(?:\s+of\s+(?:U\.?S\.?\s+|US\s+|American\s+)?Treasur\w*(?:\s+(?:securities|debt|bonds))?|"
    r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))?)?(?:\s+(?:also|further|again))?\s+"
    rf"(?P<verb2>(?P<up2>{_ROSE})|(?P<down2>{_FELL}))\b", re.I)


#: between a move and the level it reached: "trimmed its holdings to $102.9 billion", "increased its holdings in
#: October to $1.10 trillion" (a few words, no figure, then "to")
_TO_LEVEL = re.compile(r"[^$¥€\d.;]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$", re.I)


def move_to_level(d: Claim, figures: list[Claim], s: str) -> bool:
    """Whether the move ``d`` ("Russia trimmed its holdings to $102.9 billion") is a claim of its own beside the level it
    reached: the level right after it ("to $X"), with no figure between (not "cut its holdings by $5 billion to $X",
    whose figure says the move), nor a percent before ("a 2% cut, trimming its holdings to $X"); with the holdings as
    the verb's subject, not a level told with its record (``_own_move``)."""
    after = [f for f in figures if f.span[0] >= d.span[1]]
    before = [f for f in figures if f.span[1] <= d.span[0]]
    # (a verb of the holder with "its holdings" as object: "Japan's holdings rose to $X, the highest since ..." is the
    # level's own move, said with its record)
    if after and re.match(r"[^,;]{0,40}?\bfrom\s", s[after[0].span[1]:]):
        return False  # "cut its holdings to $X in April from $Y": the pair says the move (``pair_figures``)
    return bool(after) and _own_move(d, s[after[0].span[1]:]) and after[0].amount is not None and after[0].amount.currency == "USD" and \
        _TO_LEVEL.fullmatch(s, d.span[1], after[0].span[0]) is not None and \
        not any(f.amount is not None and f.amount.kind == "percent" for f in before)


#: a level told with its record right after it: "rose to $1.2 trillion, the highest since 2019", "a record $X"
_RECORD_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?[,;—–]\s*(?:the|its|their|a|an)\s+(?:new\s+|fresh\s+)?(?:highest|lowest|"
                           r"largest|biggest|smallest|most|least|record|all-time|strongest|weakest)\b", re.I)


def _own_move(d: Claim, after_level: str) -> bool:
    """Whether a verb of moving holdings is a claim beside the level it reached: said of "its"/"their" holdings or of
    bare holdings as its object ("boosted holdings to $X"); with the holdings as its subject only when their holder is
    named after them ("the holdings of Russia climbed to $128.1 billion") and no record comes with the level ("Japan's
    holdings rose to $X", "..., the highest since ...": the level's own move, said with its record)."""
    claim = d.claim_text
    if re.search(r"\b(?:its|their)\b", claim) or re.fullmatch(rf"(?:{_UP_WORDS}|{_DOWN_WORDS})\s+holdings", claim, re.I):
        return True
    return NAMED_IN_MOVE in d.notes and not _RECORD_AFTER.match(after_level)


#: the note on a move said beside the level it reached ("Russia trimmed its holdings to $102.9 billion")
MOVE_TO_LEVEL = "a move of holdings to the level after it"
#: the note on a move whose holdings are its subject with their holder named after them ("the holdings of Russia climbed")
NAMED_IN_MOVE = "a move of the holdings of the holder named in it"


def moves_at_levels(claims: list[Claim]) -> None:
    """A move said beside the level it reached is that level's month's: it takes the level's period once the story's
    periods are read ("Total overseas holdings fell to $4.48 trillion after reaching a record $4.51 trillion in May":
    not May; "In the June report Russia's total security holdings plunged to $14.9 billion": the report's month, as
    the level reads it)."""
    for d in claims:
        if MOVE_TO_LEVEL not in d.notes:
            continue
        level = next((c for c in claims if c.sentence is d.sentence and c.kind == "amount" and c.span[0] >= d.span[1]),
                     None)
        if level is not None:
            d.period, d.period_how = level.period, level.period_how
