"""Whose bare MoF line a Japanese story means, and a line added to the one before (issue 13).

- A bare line ("短期債", "株式", "中長期債") with no investor named and no 対外 / 対内 in its sentence is on the side
  the story is on: the side of the latest flow before it that named one ("対内中長期債投資は1兆7175億円の買い越し。…
  12月2日~12月8日は短期債も1兆9616億円買い越しており": non-residents' short-term debt, not residents' foreign bills).
- A figure after a line added to the one before ("短期債も加えると3兆6791億円", "株式を含めると…", "including
  short-term debt, ¥X"): the sum of the two lines: long- and short-term debt together (``DEBT_PARTS``: all debt
  securities), or equity and long-term debt (MoF's subtotal). Other pairs are left as they are.
"""

from __future__ import annotations

import re

from ustflow.check.claims import DEBT_PARTS, Claim
from ustflow.check.flow_words import outward_or_inward

_SIDES = ("assets", "liabilities")
#: "短期債も加えると", "株式を含めると", "短期債と合わせると" right before the figure (its instrument named in it)
_ADDED = re.compile(r"(?:も|を|と)(?:加える|加えれば|加えた|含める|含めれば|含めた|合わせる|合わせた)(?:と|場合|合計|ベース)?[、,]?\s*"
                    r"(?:合計|計|総額)?(?:で|は)?\s*(?:約|およそ)?$")


def story_sides(claims: list[Claim]) -> None:
    """The two rules of the module docstring, on the claims in article order."""
    sided: list[Claim] = []
    for c in claims:
        if c.kind != "amount" or c.measure != "flow" or c.amount is None or c.amount.parenthetical:
            continue
        ins, last = c.instrument, sided[-1] if sided else None
        if ins is not None and ins[0] is None and c.subject is None and last is not None and \
                outward_or_inward(c.sentence.text) is None and c.sentence.paragraph - last.sentence.paragraph <= 2:
            c.instrument = (last.instrument[0], ins[1])
            other = [o for o in sided if o.instrument[0] == c.instrument[0] and o.instrument[1] != ins[1]]
            if other:
                _added_line(c, other[-1])
        if c.instrument is not None and c.instrument[0] in _SIDES:
            sided.append(c)


def _added_line(c: Claim, before: Claim) -> None:
    """"短期債も加えると3兆6791億円" after a long-term debt figure: all debt securities; "株式も加えると…" after it (or
    "中長期債も加えると" after an equity figure): equity and long-term debt."""
    text = c.sentence.text
    if c.instrument_text is None or not c.instrument_text or \
            not _ADDED.search(text[:c.span[0]]) or text.rfind(c.instrument_text, 0, c.span[0]) < 0:
        return
    pair = {c.instrument[1], before.instrument[1]}
    if pair == {"lt_debt", "st_debt"}:
        c.instrument = (c.instrument[0], "lt_debt")
        c.notes.append(DEBT_PARTS)
    elif pair == {"equity", "lt_debt"}:
        c.instrument = (c.instrument[0], "subtotal")
