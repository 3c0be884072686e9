"""Records and firsts said of a balance of payments item with no figure and no period in their sentence.

Two shapes of the monthly release story (``bop.reread_qualifiers`` asks, after its own rules found no balance):

    Japan posts first current account deficit in five months        (a headline: the story's lead figure's period)
    ... remained in the red for the second consecutive month. The deficit was the largest since January 2014.
                                                                     (a bare "The deficit": the balance told before)

A headline's record names its balance but no period: it is the balance the story then reports, over the period of
the story's first figure of that balance (``headline_balance``). A sentence whose subject is the bare side or the
balance ("The deficit", "The surplus", "The balance", "The reading") and that names no item is about the balance the
sentence before spoke of, over its period (``balance_told_before``). A figure whose sentence names no item but calls it
a surplus, deficit, excess or reading ("Japan logged a surplus of 7.893 trillion yen", "The 8.7 trillion yen excess for
April-September") is of the balance the story names first, its headline's (``story_balance``, asked by ``bop.reread``
after its own rules found no item).
"""

from __future__ import annotations

import re

from ustflow.check.bop_items import FLOWS, MOVE_NAMED, names_item
from ustflow.check.bop_topic import OTHER_BALANCE, PARTNER
from ustflow.check.claims import Claim, is_headline
from ustflow.check.periods import Period
from ustflow.check.text import JA_TEXT

#: the kinds of qualifier read here: a record or look-back, a first in a while
_KINDS = ("extreme", "first_since")
#: a sentence opening on the balance with no name: "The deficit was the largest since January 2014", "The reading marked"
_BARE_BALANCE = re.compile(r"\s*(?:The|This|That|Its)\s+(?P<side>surplus|deficit|shortfall|balance|reading|figure)\s+"
                           r"(?:was|is|marked|became|represented|stood as)\b", re.I)


def _lead(item: str, claims: list[Claim]) -> Claim | None:
    """The story's first figure of ``item`` after the headline (its level, not a base it moved from)."""
    return next((o for o in claims if o.kind == "amount" and o.sentence.index > 0 and o.instrument == ("bop_item", item)
                 and o.measure in ("bop", "bop_pct") and o.role != "from" and o.amount is not None and
                 not o.amount.parenthetical), None)


def headline_balance(c: Claim, claims: list[Claim], item: str | None) -> Claim | None:
    """A headline's record or first of the balance ``item`` its words name, no period stated: the story's first figure
    of that balance (its period is the headline's; a first of a move, "first decline in 5 months", is that figure's
    move); None when ``c`` is no such headline qualifier or the story tells no figure of that item."""
    q = c.qualifier
    if q is None or q.kind not in _KINDS or c.period is not None or not item or item in FLOWS or not is_headline(c):
        return None
    return _lead(item, claims)


def names_move(c: Claim) -> bool:
    """Whether a record or first names a move of the balance ("first decline", "the largest on-year drop")."""
    return bool(MOVE_NAMED.search(c.qualifier.phrase)) if c.qualifier is not None else False


def balance_told_before(c: Claim, claims: list[Claim], item: str | None) -> tuple[str, Period | None, int | None] | None:
    """"The deficit was the largest since January 2014" after a sentence about the current account, "経常収支の黒字幅は
    過去3番目の大きさだった" after the fiscal year's current account: the item, period and side of the balance a record
    with no figure and no period of its own is about: the item its sentence names (``item``: ``bop._own_item``) or, in
    a sentence opening on a bare balance ("The deficit", "The reading"), the one the sentence before spoke of; the
    period of that item's last claim told before (in the sentence before, or two before in the same paragraph); the
    side its words name, else that claim's. None when there is no such claim, or the record is of a move."""
    q, s = c.qualifier, c.sentence.text
    if q is None or q.kind not in _KINDS or c.period is not None or is_headline(c) or MOVE_NAMED.search(q.phrase):
        return None
    bare = _BARE_BALANCE.match(s)
    if item is None and (bare is None or bare.end() > c.span[0] or
                         names_item(s)):
        return None
    if item is not None and (item in FLOWS or not JA_TEXT.search(q.phrase)):
        return None  # (an English record naming its balance with no period is left to the host rules)
    before = [o for o in claims if o.instrument is not None and o.instrument[0] == "bop_item" and
              o.instrument[1] not in FLOWS and o.role != "from" and (item is None or o.instrument[1] == item) and
              _told_before(o, c, item is not None)]
    if not before:
        return None
    last = before[-1]
    side = bare.group("side").lower() if bare else ""
    sign = 1 if side == "surplus" else -1 if side in ("deficit", "shortfall") else None
    return last.instrument[1], last.period, sign


def _told_before(o: Claim, c: Claim, named: bool) -> bool:
    """Whether ``o`` was told before ``c`` close enough to be what ``c`` speaks of: in the sentence just before (the
    same or the previous paragraph) or two before in the same paragraph; for a balance ``c`` names (``named``),
    anywhere before in the same or the previous paragraph."""
    i, j = o.sentence.index, c.sentence.index
    gap = c.sentence.paragraph - o.sentence.paragraph
    if not 0 <= gap <= 1 or i >= j:
        return False
    return named or i == j - 1 or (i >= j - 2 and gap == 0)


#: a figure's own words for a balance with no name: "Japan logged a surplus of", "the nation's surplus", "The 8.7 trillion
#: yen excess", "the latest reading", 黒字, 赤字
_BARE_WORD = re.compile(r"\b(?:surplus|deficit|excess|shortfall|reading|figure)\b|黒字|赤字", re.I)
#: an account the items do not cover named in the sentence: "投資などによる資本収支は", "金融収支で", "the capital account"
_OTHER_ACCOUNT = re.compile(r"収支|\b(?:capital|financial) account\b", re.I)
#: a bracket right after a figure (its conversion), before the word that names it
_ASIDE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")
#: the headline figure named as such: "the latest reading marks a rise of 16.4 percent", "The latest figure was"
_LATEST = re.compile(r"\bthe (?:latest|new) (?:reading|figure)\b", re.I)


def story_balance(c: Claim, sentences: list | None, story_named: bool) -> str | None:
    """"Japan's current account surplus halved in the year to March .... Japan logged a surplus of 7.893 trillion yen
    ..., down 52.6 percent from a year earlier": a figure of a balance-of-payments story (``story_named``) that its
    sentence calls a surplus, deficit, excess or reading but whose sentence names no item at all (no balance, no
    exports or imports) is the story's own balance: the balance the story names first (in its headline or lead), when
    the sentence just before names none or names that one first (else the bare word may be another's), or when the
    sentence calls it the latest reading (the headline's). None otherwise, or when the sentence names an account the
    items do not cover (資本収支), a partner's balance (対米黒字) or one that is no item (「貿易外赤字」, the budget's)."""
    a = c.amount
    if a is None or c.kind != "amount" or not story_named or not sentences:
        return None
    s = c.sentence.text
    aside = _ASIDE.match(s, a.span[1])  # ("The 2.80 trillion yen ($23 billion) figure was well up")
    end = min(len(s), (aside.end() if aside else a.span[1]) + 12)
    if names_item(s) or _OTHER_ACCOUNT.search(s) or PARTNER.search(s) or _other_balance(s) or \
            not _BARE_WORD.search(s, 0, end):  # (nor a partner's, "対米黒字", nor a nickname's, 「貿易外赤字」)
        return None
    told = sorted((x for x in sentences if x.index < c.sentence.index), key=lambda x: x.index)
    lead = next((k for x in told if (k := _first_balance(x.text)) is not None), None)
    before = next((x for x in told if x.index == c.sentence.index - 1), None)
    topic = _first_balance(before.text) if before is not None else None
    return lead if lead is not None and (topic in (None, lead) or _LATEST.search(s, 0, a.span[0])) else None


#: a fiscal year, half or quarter: a period, not the government's balance ``OTHER_BALANCE`` means by "fiscal"
_FISCAL_PERIOD = re.compile(r"\s+(?:year|half|quarter|\d{4})\b", re.I)


def _other_balance(s: str) -> bool:
    """Whether ``s`` names a balance that is no item (``bop_topic.OTHER_BALANCE``), "fiscal" of a period aside."""
    return any(not (m.group(0).lower() == "fiscal" and _FISCAL_PERIOD.match(s, m.end())) for m in OTHER_BALANCE.finditer(s))


def _first_balance(text: str) -> str | None:
    """The balance ``text`` names first (``balances_named``), or None when it names none."""
    from ustflow.check.bop_items import balances_named

    return min(balances_named(text), key=lambda km: km[1].start(), default=(None,))[0]
