"""A TIC holder's Treasuries told as where its money sits, after a sentence on the holder's holdings: "In February,
Russia increased its investment in US government securities to $14.5 billion. Of the invested amount, $6.9 billion
went to long-term bonds and $7.5 billion to short-term bonds", "Russia reduced its holdings ... to $12.814 billion.
Some $3.75 billion were invested into long-term obligations, while $9.1 billion poured into short-term ones".

The verbs of money placed ("went to", "invested into", "poured into") read the figures as flows, and with no holder
named as Japan's investors' (MoF). In a story on a foreign holder's Treasuries they are its long- and short-term
parts (``holdings_terms``: SLT Table 3), the level the sentence before splits, and take its holder and period.
Only figures the words tie to one maturity, in a sentence naming no holder and no trade ("net", purchases, sales).
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.holdings_terms import maturity

#: a verb of money placed in the part: "went to", "were invested into", "poured into", "was allocated to", "are held in"
_PLACED = re.compile(r"\b(?:went|go(?:es)?|invested|poured|flowed|allocated|placed|put|parked|held|kept)\s+"
                     r"(?:(?:in|into|to)\b)", re.I)
#: a trade, not a stock: "net purchases", "bought", "sold"
_TRADE = re.compile(r"\b(?:net|purchases?|purchased|bought|buying|sales?|sold|selling|inflows?|outflows?)\b", re.I)


def placed_parts(claims: list[Claim]) -> None:
    """A flow figure with no holder that the words tie to a maturity and a verb of money placed, in a sentence right
    after one on a country's Treasury holdings: that country's long- or short-term holdings (``holdings_level``)."""
    for i, c in enumerate(claims):
        a = c.amount
        if c.kind != "amount" or c.measure != "flow" or a is None or a.kind != "money" or a.currency != "USD" or \
                c.subject is not None:
            continue
        s = c.sentence.text
        if _TRADE.search(s) or not _PLACED.search(s) or maturity(c) is None:
            continue
        before = [p for p in claims[:i] if p.kind == "amount" and p.sentence.index == c.sentence.index - 1]
        if any(p.measure in ("holdings_level", "holdings_change") and p.subject is not None and
               p.subject.kind == "country" for p in before):
            c.measure, c.role, c.instrument = "holdings_level", "level", None
