"""A cheap test that rules a regular expression out of a sentence before it is scanned.

The checker runs some ninety patterns (periods, qualifiers, ranks) over every sentence. Python's
``re`` tries each of them at every position, which costs ~25 microseconds per character of text for
the whole set: seconds for a long article (9 s for 180,000 characters in one sentence). Most of those
patterns cannot match without one of a few words ("straight", "record", "since", a month name): the
gate reads them off the pattern's parse tree, once, and a sentence holding none of them is skipped.

Exact by construction: a gate is a *necessary* condition. A literal run, a repeat of at least one,
one requirement per branch of an alternation; anything it cannot prove (a lookaround, a group with
its own flags, an optional part) adds no requirement, and a pattern with none is always scanned.
The gate is a regular expression of escaped literals compiled with the pattern's own flags, so it
matches case-insensitively exactly where the pattern does.
"""

from __future__ import annotations

import re
from re import (
    _constants as C,  # type: ignore[attr-defined]
    _parser as P,  # type: ignore[attr-defined]
)

_MIN = 2  # a requirement as weak as one letter rules out too little to be worth a scan of its own
_MAX_ALTERNATIVES = 80  # each is a substring search of the sentence; 40 left the holder-place pattern (65) ungated
_DIGIT = ""  # stands for \d (no literal is empty)
_GATES: dict = {}
Need = frozenset  # of literals (and _DIGIT): every match contains one of them


def _weight(fragment: str) -> int:
    """How rare a literal is in prose: its length (a character beyond ASCII counts 2, a digit 2)."""
    if fragment == _DIGIT:
        return 2
    return sum(1 if ord(ch) < 128 else 2 for ch in fragment)


def _best(options: list[Need]) -> Need | None:
    """Of several requirements that all hold, the most selective (heaviest weakest fragment, then fewest)."""
    options = [o for o in options if o and min(map(_weight, o)) >= _MIN and len(o) <= _MAX_ALTERNATIVES]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(_weight, o)), -len(o)))


def _seq(items) -> Need | None:
    """What a sequence of parse-tree nodes requires: one of its literal runs or one of its parts' needs."""
    options: list[Need] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(Need(["".join(run)]))
            run = []
        if op is not None:
            need = _node(op, av)
            if need is not None:
                options.append(need)
    return _best(options)


def _node(op, av) -> Need | None:
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _seq(sub)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _seq(sub) if lo >= 1 else None
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
        return Need([_DIGIT])  # \d: a digit, as the pattern's own flags define one
    if op is C.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            need = _seq(alt)
            if need is None:
                return None
            union |= need
        return Need(union) if len(union) <= _MAX_ALTERNATIVES else None
    return None  # another class, a lookaround, an anchor, a back-reference: nothing it must contain


# The characters beyond ASCII that re.IGNORECASE matches to an ASCII letter (Python 3.11; the test
# tests/test_check_rxgate.py looks for others): a text's lower case is taken with these folded first
FOLDS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}


def lowered(s: str) -> str:
    """``s`` in lower case such that an ASCII literal matches ``s`` under re.I only if it is in the result."""
    return s.lower() if s.isascii() else s.translate(FOLDS).lower()


class _Gate:
    """The literals one of which every match contains, each checked the cheapest exact way."""

    def __init__(self, need: Need, flags: int):
        ci = bool(flags & re.IGNORECASE)
        self.checks: list[tuple[str, str, re.Pattern]] = []
        for f in sorted(need, key=lambda f: (-len(f), f)):
            rx = re.compile(r"\d" if f == _DIGIT else re.escape(f), flags)
            if f == _DIGIT:
                self.checks.append(("rx", f, rx))
            elif not ci:
                self.checks.append(("in", f, rx))  # a case-sensitive literal is a substring
            elif f.isascii():  # re.I compares ASCII letters by their lower case (and FOLDS)
                self.checks.append(("lower", f.lower(), rx))
            else:  # beyond ASCII, re.I folds more than lower() does: the pattern decides
                self.checks.append(("rx", f, rx))

    def allows(self, s: str, lower: str) -> bool:
        """May a text ``s`` (``lower``: ``lowered(s)``) hold a match?"""
        for how, lit, rx in self.checks:
            if how == "in":
                found = lit in s
            elif how == "lower":
                found = lit in lower
            else:
                found = rx.search(s) is not None
            if found:
                return True
        return False


def gate(rx: re.Pattern) -> _Gate | None:
    """What every match of ``rx`` contains (None: nothing provable), read off its parse tree once."""
    entry = _GATES.get(id(rx))  # by id: hashing a pattern hashes its compiled code, a cost per call
    if entry is None or entry[0] is not rx:
        need = _seq(P.parse(rx.pattern, rx.flags))
        flags = rx.flags & (re.IGNORECASE | re.ASCII | re.UNICODE)
        entry = _GATES[id(rx)] = (rx, None if need is None else _Gate(need, flags))  # rx kept: its id stays its own
    return entry[1]


_last: tuple = (None, None)  # the last text and its lowered(): a sentence is asked about by every pattern in turn


def may_match(rx: re.Pattern, s: str) -> bool:
    """False only if ``rx`` cannot match anywhere in ``s``."""
    global _last
    g = gate(rx)
    if g is None:
        return True
    last = _last  # one tuple, read and replaced whole: threads checking articles at once (the web server)
    if last[0] is not s:  # never pair one text with another's lower case
        last = _last = (s, lowered(s))
    return g.allows(s, last[1])

def finditer(rx: re.Pattern, s: str):
    """``rx.finditer(s)``, skipped when the gate rules ``s`` out."""
    return rx.finditer(s) if may_match(rx, s) else iter(())


_COMPILED: dict[tuple[str, int], re.Pattern] = {}


def scan(pattern: str, s: str, flags: int = 0):
    """``re.finditer(pattern, s, flags)`` through the gate (patterns built from the lexicon, compiled once)."""
    rx = _COMPILED.get((pattern, flags))
    if rx is None:
        rx = _COMPILED[(pattern, flags)] = re.compile(pattern, flags)
    return finditer(rx, s)
