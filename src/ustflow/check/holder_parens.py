"""A dollar figure in parentheses right after a holder's name is that holder's level: "followed by China ($767.4
billion) and the UK ($728.1 billion)", "after China and Brazil (USD 271.9 billion)", "displaced Luxembourg ($314
billion)".

Reporters list holders with their holdings in brackets, whatever verb the sentence carries ("Japan's stash jumped
to $1.18 trillion, followed by China ($767.4 billion)"): the bracket names the stock the holder has, never its move,
which is written with its own word ("China (down $7.6 billion)"). So only a bracket that opens on the figure (an
approximation word allowed) and closes after it, with no move word inside, right after a holder's name, is read so.
A bracket after anything else ("rose 3% ($3 billion)", "¥2.6 trillion ($17 billion)") is left to the other rules.

Not when the bracketed holders are the movers themselves: named after a move word with no word of order between
("Other markets increased their exposure, including Canada ($55 billion), Belgium ($20 billion)": each one's
increase; "Other notable buyers in May were the UK ($13 billion)"), or the subject of a
move verb after them ("Canada ($55 billion) and Belgium increased their holdings"); there the bracket may be the
move, which the other rules read.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: the bracket's opening before the figure: "China (", "Brazil ( about "
_OPEN = re.compile(r"\(\s*(?:(?:about|around|roughly|some|nearly|almost|over|more than|less than|under|just over|"
                   r"just under|approximately)\s+)?$", re.I)
#: the rest of the bracket after the figure: ")", " in March)", " at the end of June)" (no move, no second figure)
_CLOSE = re.compile(r"(?:\s+(?:in|at|as of|by)\s+(?:the\s+end\s+of\s+)?[A-Za-z]+\.?(?:\s+(?:19|20)\d\d)?)?\s*\)")
_HOLDERS = ("country", "japan", "foreign_total", "foreign_official")
#: the holders named as examples of a sentence's movers, and the words that set them in an order instead
_EXAMPLES = re.compile(r"\b(?:including|such as|like|notably|led by|particularly|especially|among them|among which|"
                       r"chiefly|mainly)\b", re.I)
_MOVER_NOUN = re.compile(r"\b(?:buyers?|sellers?|purchasers?|dumpers?|accumulators?)\b", re.I)
_ORDER = re.compile(r"\b(?:followed by|after|behind|ahead of|trailed by|trailing|than|(?:displac|supplant|overtak|surpass|push|"
                    r"knock)\w*(?:\s+(?:down|up|out))?)\b", re.I)


def holder_paren_level(c: Claim, s: str, moves: re.Pattern) -> bool:
    """True when the dollar figure ``c`` opens a bracket right after a holder's name and closes it (``moves``: the
    checker's move words, ``roles.DIR_RX``); its direction is then cleared: the sentence's verb ("Japan's jumped to
    $1.18 trillion, followed by China ($767.4 billion)") is another holder's."""
    from ustflow.check.subjects import find_subjects

    a = c.amount
    if a is None or a.kind != "money" or a.currency != "USD":
        return False
    head = s[:a.span[0]]
    m = _OPEN.search(head)
    if m is None or not _CLOSE.match(s, a.span[1]):
        return False
    if _movers(head[head.rfind(";") + 1:], moves):
        return False  # "increased their exposure, including Canada ($55 billion)": each one's move
    if _move_after(s, a.span[1], moves):
        return False  # "Canada ($55 billion) and Belgium increased their holdings"
    name_end = len(head[:m.start()].rstrip())
    who = [w for w in find_subjects(head[:m.start()]) if w.kind in _HOLDERS]
    if not who or who[-1].span[1] != name_end:
        return False
    c.direction, c.direction_word = None, ""
    return True


def holder_bracket(c: Claim, s: str) -> bool:
    """Whether the figure ``c`` alone fills a bracket right after a holder's name ("Japan ($1.21 trillion), the UK
    ($937.5 billion) and China ($651.1 billion) together held ..."): that holder's own figure, never the sum of the
    holders the sentence names ("together" is the sentence's other figure's: ``figure_links.combined_holders``)."""
    from ustflow.check.subjects import find_subjects

    a = c.amount
    if a is None or a.kind != "money":
        return False
    head = s[:a.span[0]]
    m = _OPEN.search(head)
    if m is None or not _CLOSE.match(s, a.span[1]):
        return False
    who = [w for w in find_subjects(head[:m.start()]) if w.kind in _HOLDERS]
    return bool(who) and who[-1].span[1] == len(head[:m.start()].rstrip())


def _movers(head: str, moves_rx: re.Pattern) -> bool:
    """Whether the holders named at the end of ``head`` are the sentence's movers: after a move word ("increased their
    exposure, including", "Other notable buyers in May were") with no word that sets them in an order after it
    ("jumped to $1.18 trillion, followed by")."""
    order = [m.span() for m in _ORDER.finditer(head)]
    moves = [m.end() for rx in (moves_rx, _MOVER_NOUN, _EXAMPLES) for m in rx.finditer(head)
             if not any(a <= m.start() < b for a, b in order)]  # ("displaced down Luxembourg": an order, no move)
    return bool(moves) and max(moves) > max((b for _, b in order), default=-1)


def _move_after(s: str, end: int, moves: re.Pattern) -> bool:
    """A move verb in the clause after the bracket closing at or after ``end``, the bracketed holder its subject."""
    rest = re.split(r"[,;:]|\b(?:while|whereas|but|which|who)\b", s[end:], maxsplit=1)[0]
    return bool(moves.search(rest))
