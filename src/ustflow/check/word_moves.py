"""A holder's month-on-month move of its Treasury holdings said in words alone, beside its level or with none: the sign
of the month's change is a claim of its own, as "China cut its holdings in June" is (``extract._holdings_move``).

- after the level, as a noun: "China held $1.131 trillion of US Treasuries in February, a slight increase from a month
  earlier" (a figure inside the phrase says the move itself: not here);
- in Japanese, "前月比" and the move with no figure between: "保有高は、前月比小幅増の1兆1200億ドルとなり", "海外勢全体の
  保有額は、前月比で微増になっています".

Only in a sentence about Treasury holdings (its instruments name Treasuries). Nothing here reads data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ustflow.check.claims import Claim
from ustflow.check.text import Sentence

#: ", a slight increase from a month earlier", ", a decrease from the previous month"
_EN_MOVE = re.compile(r",\s+(?P<np>(?:a|an)\s+(?:(?:slight|small|marginal|modest|minor|tiny|sharp|steep|big|large)\s+)?"
                      r"(?:(?P<up>increase|rise|gain)|decrease|decline|drop|fall|dip))\s+(?:from|over|on)\s+"
                      r"(?:a\s+month\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+month|"
                      r"the\s+month\s+before)\b", re.I)
#: "前月比小幅増", "前月比で微増", "前月比で減少": the move with no figure between (not "前月比83億ドル増")
_JA_MOVE = re.compile(r"前月比(?:で|では)?(?:小幅|微|わずかに|僅かに)?(?:(?P<up>増加|増)|減少|減)(?![\d加少])")
#: the holdings a Japanese sentence speaks of
_JA_HOLDINGS = re.compile(r"保有(?:高|額|残高)")
_HOLDERS = ("country", "japan", "foreign_total", "foreign_official")


def word_moves(sent: Sentence, figures: list[Claim], instruments, fill: Callable[[Claim], None]) -> list[Claim]:
    """The moves of holdings said in words in sentence ``sent`` (see the module docstring); ``figures``: its amounts,
    ``fill``: attaches the sentence's subject, period and instrument to a claim."""
    if not any(v[0] == "tic" for _, v in instruments):
        return []
    s = sent.text
    out = []
    for m in _EN_MOVE.finditer(s):
        before = [f for f in figures if f.span[1] <= m.start() and f.amount is not None and f.amount.currency == "USD"
                  and f.role == "level" and not re.search(r"[;.]", s[f.span[1]:m.start()])]
        if before:
            out.append(_beside(sent, m, "np", before[-1]))
    if _JA_HOLDINGS.search(s):
        for m in _JA_MOVE.finditer(s):
            after = [f for f in figures if f.span[0] >= m.end() and re.fullmatch(r"の|で|と", s[m.end():f.span[0]])]
            if after and after[0].amount is not None and after[0].amount.currency == "USD":
                out.append(_beside(sent, m, 0, after[0]))  # "前月比小幅増の1兆1200億ドル": the level's move
            elif not any(f.span[0] >= m.start() for f in figures):
                c = _move(sent, m, 0)
                fill(c)
                if c.subject is not None and c.subject.kind in _HOLDERS:
                    out.append(c)  # "海外勢全体の保有額は、前月比で微増": the holder's move, no figure after it
    return out


def _move(sent: Sentence, m: re.Match, group) -> Claim:
    c = Claim(sent, "direction", m.span(group))
    c.direction = 1 if m.group("up") else -1
    c.direction_word, c.role = m.group(group), "change"
    return c


def _beside(sent: Sentence, m: re.Match, group, level: Claim) -> Claim:
    """The move of the level's holder over the level's month."""
    c = _move(sent, m, group)
    c.subject, c.subject_how, c.period, c.period_how = level.subject, level.subject_how, level.period, level.period_how
    c.instrument, c.instrument_text = level.instrument, level.instrument_text
    return c
