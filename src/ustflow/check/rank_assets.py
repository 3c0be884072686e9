"""A place among holders of another kind of US security (issue 13, session 13):

    Norway is the third-largest foreign holder of U.S. equities.
    Among holders of US corporate bonds, Japan ranks second.
    日本は米国株の保有国トップ3

TIC's Major Foreign Holders table ranks holders of US Treasuries only; a place among holders of stocks, corporate
bonds or all US securities (the annual survey's ranking) is not judged against it (``classify`` makes it 'other',
unverifiable with the reason). What the place is of is read right after the rank words, in a frame before them
("Among holders of X, ...", unless the words after the place name Treasuries), or before a Japanese place.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: kinds of US securities other than Treasuries a place among holders may be of ("U.S. stocks", "corporate bonds")
_OTHER_ASSETS = (r"(?P<what>(?:(?:U\.?S\.?|US|American|long-term|foreign|overseas)\s+)*(?:stocks|equities|shares|"
                 r"corporate (?:bonds|debt)|agency (?:debt|bonds|securities|MBS)|mortgage[- ]backed securities|MBS|"
                 r"securities|assets))\b")
#: what a place among holders is of, right after the rank words: "the five largest holders of U.S. stocks"
_RANK_OF = re.compile(r"\s*(?:(?:foreign|overseas)\s+)?(?:among\s+(?:the\s+)?(?:(?:foreign|overseas)\s+)?(?:holders|owners|"
                      r"investors)\s+)?(?:(?:of|in)\s+)?" + _OTHER_ASSETS, re.I)
#: the holders named before the place, framing it: "Among holders of US corporate bonds, Japan ranks second", "in the
#: list of foreign owners of U.S. equities, Norway is third"
_RANK_AMONG = re.compile(r"\b(?:among|(?:ranking|list|league table)\s+of)\s+(?:the\s+)?(?:(?:biggest|largest|top|main)\s+)?"
                         r"(?:(?:foreign|overseas)\s+)?(?:holders|owners|investors)\s+(?:of|in)\s+" + _OTHER_ASSETS +
                         r"[^.;]*$", re.I)
#: a place the words after it put among holders of Treasuries, whatever frames it ("the largest holder of Treasuries")
_RANK_OF_TREASURIES = re.compile(r"\s*(?:(?:foreign|overseas)\s+)?(?:(?:holders?|owners?|investors?|creditors?)\s+)?(?:of|in)\s+"
                                 r"(?:(?:U\.?S\.?|US|American)\s+)?(?:Treasur|government\s+(?:debt|bonds)|debt)", re.I)
#: the same before a Japanese place: 米国株の保有国トップ5, 米社債の保有額で2位
_RANK_OF_JA = re.compile(r"(?:米(?:国)?株(?:式)?|米(?:国)?社債|エージェンシー債|米(?:国)?証券|対米証券)(?:投資)?の?保有")


def rank_beyond(c: Claim) -> str:
    """Why a place among holders is not one among TIC's holders of US Treasuries ('' if it is): the rank words are
    "of U.S. stocks", "of corporate bonds", "of US securities" (all kinds together, the annual survey's ranking,
    not the monthly Treasury table's)."""
    s = c.sentence.text
    m = _RANK_OF.match(s, c.span[1]) or (None if _RANK_OF_TREASURIES.match(s, c.span[1]) else
                                         _RANK_AMONG.search(s[:c.span[0]])) or \
        _RANK_OF_JA.search(s, max(0, c.span[0] - 40), c.span[0])
    if m is None:
        return ""
    what = m.group("what") if m.re is not _RANK_OF_JA else m.group(0).removesuffix("保有").rstrip("の")
    return (f"a place among holders of {what}: TIC's Major Foreign Holders table ranks holders of US Treasuries only, "
            f"and the store holds no monthly ranking of other US securities")
