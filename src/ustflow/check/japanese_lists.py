"""A numbered list of holders in Japanese: "1. 日本──1兆1300億ドル 2. 英国──8070億ドル 3. 中国──7500億ドル" (a forum
post or a summary quoting "最大の債権国トップ3は以下の通り").

Each item is a place ("1. 日本": the first holder, a rank claim of that holder) and the figure after its dash is that
holder's holdings level (with no period said: the latest published, as any undated level). A list is two items at
least in one sentence, each a number ("1.", "1位", "第1位", "①"), a holder TIC names, a dash (──, —, ―, ：) or a space,
and a dollar figure: one number and a country alone ("1. 日本") may be a heading or a footnote, and a yen figure is not a Treasury holding.
Without figures, three items or more numbered 1, 2, 3... in a row and joined by "、" are a list too ("保有国の上位は、1.中国、
2.日本、3.アイルランド、4.ブラジル、5.英国、などと続いている").

``JA_LIST`` on the figures tells ``classify`` they are holdings levels. Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.lexicon import JA_SUBJECTS

JA_LIST = "ja: a holder's level in a numbered list of holders"
#: a holder named in Japanese: a country (TIC's names) or Japan
JA_HOLDER = "|".join([p for p, kind, _ in JA_SUBJECTS if kind == "country"] + ["日本"])

_DASH = r"(?:\s*(?:──|—|―|－|－－|：|:)\s*|\s+)"  # a dash or a colon, or a space alone ("①日本 1兆1670億ドル")
#: the item's number: "1.", "1)", "1位", "第1位", "①"
#: ("①" reads as "1" once the text is normalized (NFKC): a digit right against the holder)
_NUM = r"(?:(?P<n>[1-9])(?:\s*(?:[.．)）]|位)\s*|(?=[^\W\d]))|第(?P<n2>[1-9])位\s*|(?P<c>[①②③④⑤⑥⑦⑧⑨])\s*)"
JA_LIST_ITEM_RX = re.compile(rf"(?<![\d.,])(?:{_NUM})(?P<who>{JA_HOLDER})(?={_DASH}(?:約|およそ)?\s*[\d,.]+\s*"
                             r"(?:兆\s*(?:[\d,.]+\s*億)?|億)\s*(?:米)?ドル)")
_FIGURE_AFTER = re.compile(rf"{_DASH}(?:約|およそ)?\s*$")


def item_place(m: re.Match) -> int:
    """The place a list item's number names ("1.", "1位", "第1位", "①": 1)."""
    return int(m.group("n") or m.group("n2")) if not m.group("c") else "①②③④⑤⑥⑦⑧⑨".index(m.group("c")) + 1


#: an item with no figure, in a list of three or more numbered from 1 ("1.中国、2.日本、3.アイルランド、4.ブラジル")
_BARE_ITEM_RX = re.compile(rf"(?<![\d.,])(?:(?P<n>[1-9])[.．]\s*|第(?P<n2>[1-9])位\s*|(?P<c>[①②③④⑤⑥⑦⑧⑨])\s*)(?P<who>{JA_HOLDER})"
                           r"(?=\s*(?:[、,。]|$))")


def list_items(s: str) -> list[re.Match]:
    """The items of a numbered list of holders in sentence ``s`` (none unless two or more with their figures, or three or
    more numbered 1, 2, 3... in a row without them)."""
    items = list(JA_LIST_ITEM_RX.finditer(s))
    if len(items) >= 2:
        return items
    bare = list(_BARE_ITEM_RX.finditer(s))
    in_row = len(bare) >= 3 and [item_place(m) for m in bare] == list(range(1, len(bare) + 1)) and \
        all(re.fullmatch(r"\s*[、,]\s*", s[a.end():b.start()]) for a, b in zip(bare, bare[1:]))
    return bare if in_row else []


def ja_list(out: list[Claim], s: str, subjects) -> None:
    """Each rank claim of a list item takes the holder named in it; each dollar figure right after an item's dash is
    that holder's level (``JA_LIST``)."""
    items = list_items(s)
    if not items:
        return
    for c in out:
        if c.kind == "rank" and any(c.span == m.span() for m in items):
            who = [m for m in subjects if c.span[0] <= m.span[0] and m.span[1] <= c.span[1]]
            if who:
                c.subject, c.subject_how = who[0], "stated"
        elif c.kind == "amount" and c.amount is not None and c.amount.currency == "USD" and not c.amount.parenthetical:
            item = [m for m in items if m.end() <= c.span[0] and _FIGURE_AFTER.fullmatch(s[m.end():c.span[0]])]
            if item:
                c.role = "level"
                c.notes.append(JA_LIST)
