"""Two holders given two places in one phrase, in the order they are named:

    Luxembourg and Canada were ranked in the fourth and fifth spots, with treasury holdings of $399.3bn and $359.1bn
    Brazil (USD 272.8 billion) and Cayman Islands (USD 267.6 billion) at fourth and fifth places, respectively

The first holder takes the first place, the second the second (whether or not "respectively" is said: two places
joined by "and" after two holders joined by "and" can be read no other way). Each is a rank claim of its own (the
first spans its ordinal, the second the rest of the phrase), replacing any rank the phrase was read as before (the
ordinary rules give one place to the last holder named). Only when two holders TIC lists are named last before the
places ("while France and Ireland placed eighth and ninth" after "The Cayman Islands ranked seventh"), joined by "and",
and the sentence is about holdings or the places are places ("spots", "places").

Nothing here reads data.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check.claims import Claim
from ustflow.check.holder_places import ORD, ORDINALS
from ustflow.check.text import overlaps

_PAIR = re.compile(rf"\b(?P<a>{ORD})(?:\s+place)?\s+and\s+(?:the\s+)?(?P<b>{ORD})"
                   r"(?P<noun>(?:[- ](?:largest|biggest))?(?:\s+(?:(?:foreign\s+)?(?:places|spots|positions|ranks|"
                   r"holders|creditors)))\b)?", re.I)
_ABOUT = re.compile(r"\b(?:holders?|holdings?|creditors?|Treasur\w*|U\.?S\.? (?:debt|government debt|bonds))\b", re.I)
#: what may follow two bare places: the end of the clause, "among holders", "in May", "respectively" (not a noun:
#: "the fourth and fifth consecutive months", "their third and fourth declines")
_AFTER_PLACES = re.compile(r"\s*(?:[,.;:)]|$|(?:in|among|on|at|by|with|respectively|as|after|behind|during|last|this)\b)",
                           re.I)
PAIR_NOTE = "one of two places given to two holders in the order named"


def places_and_figures_respectively(claims: list[Claim]) -> None:
    """Places (here), then figures (``subjects.distribute_respectively``), given to the holders in the order named."""
    from ustflow.check.subjects import distribute_respectively

    respective_places(claims)
    distribute_respectively(claims)


def respective_places(claims: list[Claim]) -> None:
    """Give each pair of places its two holders (module docstring), in place in ``claims``."""
    from ustflow.check.subjects import find_subjects

    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(id(c.sentence), []).append(c)
    for group in by_sentence.values():
        s = group[0].sentence.text
        m = _PAIR.search(s)
        if m is None or not (m.group("noun") or _ABOUT.search(s)) or (not m.group("noun") and not _AFTER_PLACES.match(s, m.end())):
            continue  # ("for the fourth and fifth consecutive months": counts of something else, no places)
        who = [w for w in find_subjects(s[:m.start()]) if w.kind in ("country", "japan")]
        who = list({w.slug: w for w in who}.values())[-2:]  # the two named last, right before the places
        if len(who) != 2 or not re.search(r"\band\b", s[who[0].span[1]:who[1].span[0]]) or \
                re.search(r"[;]|\.(?!\d)", s[who[1].span[1]:m.start()]):
            continue
        old = [c for c in group if c.kind == "rank" and overlaps(m.span(), [c])]
        base = old[0] if old else next((c for c in group if c.period is not None), None)
        made = []
        for w, span, word in ((who[0], m.span("a"), m.group("a")), (who[1], (m.start("b"), m.end()), m.group("b"))):
            rank = ORDINALS[word.lower()]
            if base is not None:
                c = replace(base, kind="rank", span=span, rank=rank, subject=w, subject_how="stated", amount=None,
                            role="", notes=[PAIR_NOTE], qualifier=None, host=None, pair=None, combined=[])
            else:
                c = Claim(group[0].sentence, "rank", span, rank=rank, subject=w, clause=s, notes=[PAIR_NOTE])
            c.instrument = ("tic", "treasuries")
            made.append(c)
        at = claims.index(old[0]) if old else claims.index(group[-1]) + 1
        for c in old:
            claims.remove(c)
        claims[at:at] = made
