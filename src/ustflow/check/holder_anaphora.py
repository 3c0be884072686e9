"""A holder the sentence names by a pronoun or a noun, not by its name: the holder of the sentence before (session 23).

"The country's holding of US Treasury securities fell to ...", "It held ...", "At its peak in 2013, it had ...": a
sentence opening on the holder so named takes the holder named last for every claim it leaves without one (that is
``extract``'s ``prev_subject``: the first holder named by the sentence before that names one). Inside the sentence,
before its first dollar figure ("Although its ownership of $225.1 billion USD experienced a decrease", "In February,
according to data just released ..., it added $30.9 billion", "Investors in the nation owned $264.3 billion"), the
same holds for its dollar figures of Treasuries only, in a sentence naming no holder: a yen balance "the country
logged" is Japan's balance of payments, which names no holder, and "So here it goes: ..." is nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ustflow.check.claims import Claim, Mention

#: a sentence about the holder of the one before: "It held ...", "The country's holdings", "At its peak in 2013, it had"
_REFERS_TO_HOLDER = re.compile(r"\s*(?:(?:The (?:country|nation|world's (?:second|third)?[- ]?largest holder)(?:'s|’s)?|"
                               r"It|Its|They|Their|The holder)\b|"
                               r"(?:At|In|By|As of|Since|After)\s+(?:its|their)\s+[^,.;]{1,40},\s*(?:it|its|they|their)\b)")
#: a holder named before, by a pronoun or a noun ("its ownership of $225.1 billion", "it added $30.9 billion", "This
#: country swept U.S. debt", "Investors in the nation owned"; the sentence-initial ones are ``_REFERS_TO_HOLDER``'s): a
#: possessive only before a word of holdings (not "the Treasury said its data showed"), a pronoun only before a verb of
#: holding or trading (not "So here it goes")
_ANAPHOR = re.compile(r"\b(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:holdings?|ownership|stakes?|stockpiles?|portfolios?|"
                      r"positions?|exposure|stash|pile|mountain|investments?|possessions?|Treasur\w*|bonds|debt)|"
                      r"(?:it|they)(?:\s+\w+ly)?\s+(?:added|held|holds?|owned|owns?|bought|buys?|sold|sells?|"
                      r"cut|raised|reduced|increased|decreased|trimmed|boosted|slashed|dumped|shed|lifted|upped|pared|"
                      r"accumulated|acquired|offloaded)|(?:the|this|that) (?:country|nation|kingdom)|investors in the "
                      r"(?:\w+ )?(?:country|nation))\b", re.I)


def _anaphor_before(s: str, found: list[Claim], subjects: list[Mention]) -> bool:
    """Whether a sentence naming no holder refers to one by a pronoun or a noun before its first figure: the holder
    of the sentence before is its holder ("Cayman is one of the top foreign owners ... Although its ownership of
    $225.1 billion USD experienced a decrease"; "In February, ..., it added $30.9 billion")."""
    if any(m.kind in ("country", "japan", "foreign_total", "foreign_investors", "foreign_official", "sector",
                      "institution") for m in subjects):
        return False
    first = min((c.span[0] for c in found if _dollar_holdings(c)), default=None)
    return first is not None and _ANAPHOR.search(s, 0, first) is not None


def _dollar_holdings(c: Claim) -> bool:
    """A dollar figure of no other instrument than Treasuries (a holder's stock of them or its change): not a yen
    figure of Japan's balance of payments ("the country logged a current account deficit of ¥132.4 billion")."""
    return c.amount is not None and c.amount.currency == "USD" and (c.instrument is None or c.instrument[0] == "tic")


def carry_holder(s: str, found: list[Claim], subjects: list[Mention], prev: Mention | None) -> None:
    """Give ``prev`` (the holder of the sentence before) to the claims of sentence ``s`` that name it by a pronoun or
    a noun (module docstring)."""
    if prev is None:
        return
    if _REFERS_TO_HOLDER.match(s):
        for c in found:  # "The country's holding of US Treasury securities fell to ...", "It held ..."
            if c.subject is None:
                c.subject, c.subject_how = prev, "inherited"
    elif _anaphor_before(s, found, subjects):
        for c in found:  # "Although its ownership of $225.1 billion USD experienced a decrease": dollar figures
            if c.subject is None and _dollar_holdings(c):
                c.subject, c.subject_how = prev, "inherited"
