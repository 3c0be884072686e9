"""A comparison base that opens a sentence frames the changes after it: "前年同月比では、0.5%の増加でした".

A sentence can open on the base its changes are measured against, set off by a comma before the clause that gives
them: "前年同月比では、0.5%の増加でした" (a year before), "On a year-over-year basis, Japan's holdings increased $13.6
billion, while China's declined $49.2 billion", "Compared with a year earlier, Treasuries owned by foreigners rose
$818 billion", "前月比で、0.2%の増加でした", "On a monthly basis, ..." (the month before). The figure's own clause
(what ``windows.YEAR_BACK`` and ``change_links.monthly_own`` read) starts after that comma, so without the frame a
change in the story's month is read against the month before, whatever the opening said. ``sentence_frames`` gives
each holdings change or percent change of such a sentence the frame's base (``YEAR_FRAME``: twelve months back, or
``MONTH_OWN``: one), unless its own clause names a base or a period of its own ("..., and 0.1 percent from March"),
a base period was read for it, or it already carries a base note. Only the opening counts: a base named after the
first words ("Holdings rose $5 billion, or 3 percent on the year") is the clause's own and read there; and only
holdings (a flow's year back is a sum over twelve months, read elsewhere).
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import MONTH_OWN, YEAR_FRAME, Claim

_MOVES = ("holdings_change", "holdings_pct")

#: a sentence opening on a year-back base, then a comma: "前年同月比では、", "On a year-over-year basis,",
#: "Year-on-year,", "Compared with a year earlier,", "From a year ago,"
_YEAR_OPENING = re.compile(
    r"\s*(?:(?:対)?前年(?:同月|同期)?比(?:で(?:は|も)?|では|を見ると)?"
    r"|(?:前年(?:同月|同期)?|昨年同月|去年の同じ月|1年前|一年前)(?:と|に)比(?:べ(?:ると|て(?:み(?:ると|れば))?)?|較(?:すると|して))(?:は)?"
    r"|(?:On\s+an?\s+)?(?:year[- ](?:on|over)[- ]year|annual|yearly)(?:\s+basis)?"
    r"|(?:Compared\s+(?:with|to)|From|Against|Versus)\s+(?:a\s+year\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?(?:previous|prior|preceding|last)\s+year|the\s+same\s+(?:month|period)\s+(?:of\s+|in\s+)?"
    r"(?:the\s+)?(?:previous|prior|preceding|last)\s+year))\s*[、,，]", re.I)
#: the same for the month before: "前月比で、", "On a monthly basis,", "Month-on-month,"
_MONTH_OPENING = re.compile(
    r"\s*(?:(?:対)?前月比(?:で(?:は|も)?|では|を見ると)?"
    r"|(?:前月|1カ月前|1か月前|ひと月前)(?:と|に)比(?:べ(?:ると|て(?:み(?:ると|れば))?)?|較(?:すると|して))(?:は)?"
    r"|(?:On\s+an?\s+)?(?:month[- ](?:on|over)[- ]month|monthly)(?:\s+basis)?"
    r"|(?:Compared\s+(?:with|to)|From|Against|Versus)\s+(?:a\s+month\s+(?:earlier|ago|before)|"
    r"the\s+(?:previous|prior|preceding|last)\s+month))\s*[、,，]", re.I)
#: a base or period of the figure's own clause: the frame does not reach it
_OWN = re.compile(r"\b(?:from|since|compared\s+(?:with|to)|versus|against|than|in|on\s+the\s+(?:month|year)|"
                  r"(?:month|year)[- ](?:on|over)[- ](?:month|year))\b|比|から|以来|以降|より|\d{1,2}月|(?:19|20)\d\d",
                  re.I)


def _opening(text: str) -> tuple[str, int] | None:
    """The base a sentence opens on (``YEAR_FRAME`` or ``MONTH_OWN``) and where its opening ends, or None."""
    for rx, frame in ((_YEAR_OPENING, YEAR_FRAME), (_MONTH_OPENING, MONTH_OWN)):
        m = rx.match(text)
        if m is not None:
            return frame, m.end()
    return None


def opening_base(text: str) -> str | None:
    """The base a sentence opens on: ``YEAR_FRAME``, ``MONTH_OWN`` or None."""
    found = _opening(text)
    return found[0] if found else None


def sentence_frames(claims: list[Claim]) -> None:
    """Give each holdings change of a sentence opening on a base that base, when nothing of its own says another."""
    for c in claims:
        if c.kind != "amount" or c.measure not in _MOVES or c.amount is None or c.amount.parenthetical or \
                c.base_period is not None or MONTH_OWN in c.notes:
            continue
        found = _opening(c.sentence.text)
        if found is None or found[0] in c.notes:
            continue
        frame, opening = found
        clause = c.clause or c.sentence.text
        if c.span[0] < opening or _OWN.search(clause) or W.YEAR_BACK.search(clause):
            continue
        if YEAR_FRAME in c.notes:  # the story's comparison with a year before (``year_frame``): the sentence's own wins
            c.notes.remove(YEAR_FRAME)
        c.notes.append(frame)
