"""The TIC release's lines on foreigners' short-term holdings: "Foreign residents decreased their holdings of U.S.
Treasury bills by $10.8 billion", "Foreign holdings of dollar-denominated short-term U.S. securities, including U.S.
Treasury bills and other custody liabilities, decreased $18.3 billion". Every monthly TIC press release has them;
they are all foreigners' bills (or all short-term securities), a series the store does not hold. Compared with
all foreigners' Treasuries they were called contradicted whatever they said: ``unverifiable``, naming the line.

(A holder's "treasury bills" stays the whole, ``holdings_terms``: stories use the word for all Treasuries; only the
release's line on all foreign residents is read as bills.)

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import Judgement, unverifiable

#: the short-term instruments of the release's lines, named before the figure in its clause
_SHORT = re.compile(r"\b(?:(?:U\.?S\.?\s+)?Treasury\s+bills|T-bills|(?:dollar-denominated\s+)?short-term\s+(?:U\.?S\.?\s+)?"
                    r"(?:securities|Treasur(?:y|ies)|debt|paper|instruments))\b", re.I)
#: all foreigners as the holders: "Foreign residents ...", "Foreign holdings of ...", "foreigners' holdings of ..."
_ALL_FOREIGN = re.compile(r"\b(?:foreign\s+(?:residents|holdings|investors|holders)|foreigners(?:'|’)?)\b", re.I)


def bills_line(c: Claim) -> Judgement | None:
    """The release's line on all foreigners' bills or short-term securities (module docstring), or None."""
    if c.measure not in ("holdings_level", "holdings_change", "holdings_pct") or (
            c.subject is not None and c.subject_how == "stated" and c.subject.kind not in ("foreign_investors", "foreign_total")):
        return None  # "China's holdings of treasury bills": a holder's, the whole (a subject carried from before may be)
    s = c.sentence.text
    before = s[:c.span[0]]
    found = list(_SHORT.finditer(before))  # the nearest: "..., and Foreign holdings of U.S. Treasury bills decreased"
    m = found[-1] if found else None
    if m is None or not _ALL_FOREIGN.search(before[max(0, m.start() - 80):m.start()]) or \
            re.search(r"[;$¥]|\d", before[m.end():]):
        return None  # nothing between the bills and the figure but words: no other figure, no other clause
    return unverifiable(f"foreign residents' holdings of {m.group(0)} (the TIC release's line on short-term holdings), "
                        f"a series the store does not hold; not compared with all their Treasuries")
