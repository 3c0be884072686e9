"""A percent move told in a sentence of its own that names no holder nor securities, right after a holdings figure
(issue 13, session 15):

    Russia's holdings fell to $100.4 billion in March. That is a 24% drop in two months.
    ...3月には1,004億ドルへと減少しています。2か月で24%の減少です。
    May saw Saudi Arabia's holdings rise to $136.3 billion. The figures indicate an annual increase of 22.46 percent.

The sentence refers back to the holdings told before it (a demonstrative, "the figures", or a Japanese sentence with no
topic of its own): its percent is that holder's move (``holdings_pct``; the holder is inherited as for any TIC figure).
Only in a story whose figures are all TIC holdings (no flows, yields or balance of payments it could also be about;
a conversion rate or a central bank named are no such figures).
Without such words it stays unclassified ("other").

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: "That is", "This was", "It marks", "The figures indicate", "The data show": a sentence that points back
_BACK = re.compile(r"^\s*(?:(?:That|This|It|Which)\s+(?:is|was|marks|marked|represents|represented|amounts to|means)\b|"
                   r"The\s+(?:figures?|data|numbers?)\s+(?:indicate|show|suggest|reflect|point to|imply)\w*\b)", re.I)
#: a Japanese move after the percent: "24%の減少", "24%増"
_JA_MOVE_AFTER = re.compile(r"\s*(?:の|も)?\s*(?:減少|増加|減|増|下落|上昇)")
#: a Japanese topic or subject of its own before the figure (then it is that one's, not the figure before)
_JA_OWN_TOPIC = re.compile(r"(?<!比で)[はが]")  # (not "前月比では、1.2%の増加": the base, no topic)


def back_pct(c: Claim, families: set[str]) -> str:
    """``holdings_pct`` for a percent move in a sentence that refers back to a TIC story's holdings, else ""."""
    if c.amount is None or c.amount.kind != "percent" or c.subject is not None or c.instrument is not None or \
            families - {"institution", "fx_level"} != {"tic"}:  # (a yen rate the story converts at, a central bank)
        return ""
    s = c.sentence.text
    if _BACK.match(s) and c.role in ("pct", "change"):
        return "holdings_pct"
    ja = re.search(r"[\u3040-\u30ff]", s)
    if ja and _JA_MOVE_AFTER.match(s, c.amount.span[1]) and not _JA_OWN_TOPIC.search(s, 0, c.amount.span[0]):
        return "holdings_pct"
    return ""
