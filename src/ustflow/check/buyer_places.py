"""A "buyer" place said of a holder in apposition (issue 13, session 18):

    China, the largest foreign buyer of Treasury debt, ...         Japan, the second-largest buyer, ...
    China, the top buyer of U.S. Treasury securities, cut its holding ...
    China with US$ 1.3 trillion dollars is the largest buyer and holder of US Treasury bonds

A place among buyers is a rank of trades (net purchases across countries in one month), which the checker does not
rank (``dispatch``: unverifiable). But a buyer's place set in apposition to the holder's name, as wires describe a
country ("China, the largest foreign buyer, ..."), or joined to "holder", is as often its place among holders: in the
corpus every such phrase (seven, batches 2 to 10) was labelled by the holder's place. Such a place is judged among
holders and kept when the holder does hold that place (supported); a place that does not hold stays unverifiable (it
may be a place among buyers), never contradicted.

Nothing here reads data.
"""

from __future__ import annotations

import re

#: a buyer's place the holder's place may be meant by (``dispatch``: supported only)
BUYER_AS_HOLDER = "a buyer's place in apposition: maybe a holder's place"

#: the holder's name and a comma right before the place: "China, the top buyer", "Japan, now the No. 2 buyer"
_APPOSED = re.compile(r"(?-i:\b[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*),\s*(?:now\s+|still\s+)?$")
#: "the largest buyer and holder", "the biggest holder and buyer"
_AND_HOLDER = re.compile(r"\s+and\s+(?:(?:foreign|overseas)\s+)?holders?\b", re.I)


def buyer_as_holder(s: str, m: re.Match) -> bool:
    """Whether the buyer place ``m`` of sentence ``s`` is set in apposition to a name, or joined to "holder"."""
    return bool(m.groupdict().get("buyer")) and not re.match(r"seller|purchaser", m.group("buyer"), re.I) and \
        not _OF_OTHER.match(s, m.end()) and bool(_APPOSED.search(s, 0, m.start()) or _AND_HOLDER.match(s, m.end()))


#: a buyer of something that is no debt ("the second-largest buyer of U.S. soybeans"): no holder of Treasuries
_OF_OTHER = re.compile(r"\s+of\s+(?![^,;]{0,40}?\b(?:Treasur\w*|debt|bonds?|securities|notes|bills|government|paper|"
                       r"米国債))", re.I)
