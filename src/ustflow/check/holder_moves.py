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
#: "Switzerland, Belgium and India also increased their holdings": the list, then the move
_LIST_THEN_MOVE = re.compile(rf"\s+(?:also\s+|all\s+|both\s+|each\s+)*{_VERB}\s+(?:to\s+)?(?:their|its)\s+"
                             rf"{_HOLDINGS}\b", re.I)


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
        if len(items) >= 2 and (m := _LIST_THEN_MOVE.match(s, items[-1].span[1])):
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


#: between a move and the level it reached: "trimmed its holdings to $102.9 billion", "increased its holdings in
#: October to $1.10 trillion" (a few words, no figure, then "to")
_TO_LEVEL = re.compile(r"[^$¥€\d.;]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$", re.I)


def move_to_level(d: Claim, figures: list[Claim], s: str) -> bool:
    """Whether the move ``d`` ("Russia trimmed its holdings to $102.9 billion") is a claim of its own beside the level it
    reached: the level right after it ("to $X"), with no figure between (not "cut its holdings by $5 billion to $X",
    whose figure says the move), nor a percent before ("a 2% cut, trimming its holdings to $X")."""
    after = [f for f in figures if f.span[0] >= d.span[1]]
    before = [f for f in figures if f.span[1] <= d.span[0]]
    # (a verb of the holder with "its holdings" as object: "Japan's holdings rose to $X, the highest since ..." is the
    # level's own move, said with its record)
    if after and re.match(r"[^,;]{0,40}?\bfrom\s", s[after[0].span[1]:]):
        return False  # "cut its holdings to $X in April from $Y": the pair says the move (``pair_figures``)
    return bool(after) and re.search(r"\b(?:its|their)\b", d.claim_text) is not None and after[0].amount is not None and after[0].amount.currency == "USD" and \
        _TO_LEVEL.fullmatch(s, d.span[1], after[0].span[0]) is not None and \
        not any(f.amount is not None and f.amount.kind == "percent" for f in before)
