"""The side of a balance-of-payments line a figure is (session 36): its receipts (credit, 受取) or its payments (debit,
支払), as the release's tables give each line, in the words the travel stories use:

    2017年1月の旅行収支は1513億円の黒字で、黒字幅を前年から264億円拡大した。受取額が429億円増の3175億円だったのに対し、
    支払額は165億円増の1662億円。  航空輸送のうち旅客は、受取額277億円に対して支払額が671億円となり394億円の赤字に。
    海上輸送のうち旅客は1億円の受け取りに対して支払いが6億円で、差し引き5億円の赤字となった。

A side word governs the figures of its own clause after it (a change told before the level counts: "受取額は383億円増の
2937億円"), or the figure right before it ("1億円の受け取りに対して"). The line is the one named before the side word in
its sentence ("旅行の受取", "航空輸送のうち旅客は受取額が"), else the balance the sentence before was about (``bop.reread``'s
last balance). Only lines with two sides in the BoJ's file (services' and primary income's: ``bop_items.SIDED``).
"""

from __future__ import annotations

import re

from ustflow.check.bop_items import ITEMS, balances_named, bilateral, names_item
from ustflow.check.claims import Claim

#: the side words: 受取額, 受取, 受け取り, 受取り; 支払額, 支払, 支払い
_SIDE = re.compile(r"(?P<credit>受け?取り?額?)|(?P<debit>支払い?額?)")
#: the side named right after its figure: "1億円の受け取りに対して支払いが6億円"
_SIDE_AFTER = re.compile(r"\s*の(?:(?P<credit>受け?取り?額?)|(?P<debit>支払い?額?))(?=に対し|[、,がはで])")
#: a figure between the side word and the figure, which the side still governs: a change told before the level
#: ("受取額は383億円増の2937億円", "受取額が10.2%増の2967億円"), the level before its rate in brackets ("受取は6兆2478億円
#: (前年度比200.8%増)")
_NUMBER = re.compile(r"[\d０-９][\d０-９,.．]*(?:兆[\d０-９,.．]*)?(?:億円|%|％)")
_NUMBER_OK = re.compile(r"\s*(?:[(（]|(?:増|減)(?:加|少)?の)")


def _side_before(s: str, start: int) -> tuple[str, int] | None:
    """The side word that governs the figure at ``start`` from before it, and where it stands; None when there is none,
    or a clause, a balance named or a figure of its own stands between."""
    found = list(_SIDE.finditer(s, 0, start))
    if not found:
        return None
    m = found[-1]
    between = s[m.end():start]
    if re.search(r"[、,。;；]|収支|黒字|赤字", between) or names_item(between) or \
            any(not _NUMBER_OK.match(between, n.end()) for n in _NUMBER.finditer(between)):
        return None
    return ("credit" if m.group("credit") else "debit"), m.start()


def side_of(c: Claim) -> tuple[str, int] | None:
    """The side (``"credit"`` or ``"debit"``) figure ``c`` is of, and where its word stands (the figure's start when it
    follows the figure); None when no side word governs it."""
    a = c.amount
    if a is None or c.kind != "amount" or a.kind not in ("money", "percent"):
        return None
    s = c.sentence.text
    if (after := _SIDE_AFTER.match(s, a.span[1])) is not None and a.kind == "money":
        return ("credit" if after.group("credit") else "debit"), a.span[0]
    return _side_before(s, a.span[0])


def sided_item(c: Claim, item: str | None, last: tuple[int, int, str] | None) -> str | None:
    """The side's entry of ``ITEMS`` (``<line>_credit``, ``<line>_debit``) of the figure ``c`` when a side word governs it
    (``side_of``): of the line named last before the side word in its sentence, else of ``item`` (what the figure was
    read to be about), else of the balance ``last`` (named in this sentence or the one before); ``item`` otherwise."""
    side = side_of(c)
    if side is None:
        return item
    s = c.sentence.text
    named = [(m.start(), key) for key, m in balances_named(s, 0, side[1]) if not bilateral(s, m, key)]
    line = max(named)[1] if named else item
    if line is None and last is not None and 0 <= c.sentence.index - last[0] <= 1:
        line = last[2]
    return f"{line}_{side[0]}" if line and f"{line}_{side[0]}" in ITEMS else item
