"""A sentence about all foreign holders, told by the size of its level (issue 13, session 15):

    Meanwhile, possession of countries around the world of US bonds and bills increased by $27.2 billion in November,
    rising to $7.69 trillion.
    Treasuries held abroad grew $43.2 billion to $7.75 trillion.

No single holder of TIC's table has ever held two trillion dollars of Treasuries (Japan's and China's peaks were
about $1.33 trillion); all foreign holders together have held more since 2006. A sentence that names no holder and
tells a Treasury level of $2 trillion or more can only be about the total: its holdings figures, which took the
holder of the sentence before (a story about Saudi Arabia, whose $7.69 trillion was judged against $116.5 billion),
are the total's. Only sentences that name no holder of their own, and only figures that took a country from the
sentences before; a named holder keeps its figures, however large (a unit slip is the article's error to report, not
a reason to change whose figure it is), and a figure with no holder (the Fed's custody holdings) stays as it is.

Nothing here reads data.
"""

from __future__ import annotations

from ustflow.check.claims import Claim, Mention

#: the smallest level (USD bn) no single holder has ever reached
_TOTAL_ONLY_BN = 2000.0
#: beyond any total TIC has printed (not "1,659 trillion won" read in the dollars of the figure before it)
_MOST_BN = 20000.0
_TOTAL = Mention("foreign_total", "grand_total", (0, 0), "all foreign holders")


def _total_sized(c: Claim) -> bool:
    a = c.amount
    return c.kind == "amount" and a is not None and a.currency == "USD" and a.kind == "money" and \
        not a.parenthetical and c.measure == "holdings_level" and _TOTAL_ONLY_BN <= a.in_units(1e9) <= _MOST_BN


def total_by_size(claims: list[Claim]) -> None:
    """Give all foreign holders the holdings figures of a sentence that names no holder and tells a level only the
    total reaches (module docstring)."""
    from ustflow.check.subjects import find_subjects

    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.kind == "amount" and (c.measure or "").startswith("holdings_"):
            by_sentence.setdefault(id(c.sentence), []).append(c)
    for group in by_sentence.values():
        if not any(_total_sized(c) for c in group) or any(c.subject_how == "stated" for c in group):
            continue
        if any(m.kind in ("country", "japan", "foreign_total", "foreign_official", "institution", "sector")
               for m in find_subjects(group[0].sentence.text)):
            continue
        for c in group:  # (a figure with no holder at all, as the Fed's custody, is left as it is)
            if c.subject is not None and c.subject.kind in ("country", "japan") and c.subject_how == "inherited":
                c.subject, c.subject_how = _TOTAL, "inherited"
                c.notes.append("all foreign holders: a level of $2 trillion or more, which no single holder has held")
