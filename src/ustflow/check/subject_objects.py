"""Holders a sentence names that are not the figure's subject: the holder overtaken, followed or compared with
("中国を抜いて", "日本に次ぐ3位", "the UK, which overtook China", "ranks behind Japan and China"), also when a list
of them stands there ("日本、中国に次ぐ3位", "behind Japan and China"). ``extract`` picks a figure's subject among the rest.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Mention

#: "中国を抜いて1番目の債権国になった", "日本を上回り": the holder overtaken is the object, not the subject; "中国に抜かれて
#: 2位に転落": nor the one that overtook it (the agent of a passive)
_JA_OVERTAKEN = re.compile(r"を(?:\s*(?:約|およそ)?[\d.,]+(?:兆[\d.,]*)?(?:億[\d.,]*)?(?:万)?(?:米)?ドル(?:ほど|程度)?\s*)?"
                           r"(?:抜|上回|下回|追い抜|抜き去)|に(?:抜かれ|追い抜かれ|上回られ|次いで|次ぎ|次ぐ)")  # "日本を5億ドル上回った"
#: what joins the holders of a list: "日本、中国に次ぐ", "日本と中国に次ぐ", "Japan and China", "Japan, China and"
_JA_JOIN = re.compile(r"\s*(?:、|・|と|や|,)\s*")
_EN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?", re.I)
#: the relation a holder compared with follows ("the UK, which overtook China", "ranks behind Japan and China")
_COMPARED = re.compile(
    r"\b(?:overt(?:ook|aking|aken|akes)|surpass(?:ed|ing|es)|replac(?:ed|ing|es)|displac(?:ed|ing|es)|pass(?:ed|ing|es)|"
    r"ahead of|behind|unseat(?:ed|ing|s)|[Oo]ust(?:ed|ing|s)?|dethron(?:ed|ing|es)|led(?: all)?|leading|than|in favou?r of|"
    r"(?:lead|margin|edge|advantage) over|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?)\s+(?:[\w-]+\s+)?$")


def ja_objects_dropped(s: str, cands: list[Mention]) -> list[Mention]:
    """``cands`` without the Japanese holders overtaken or followed, a list of them included ("日本、中国に次ぐ")."""
    objects: set[int] = set()
    for i in range(len(cands) - 1, -1, -1):
        m = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if _JA_OVERTAKEN.match(s[m.span[1]:m.span[1] + 24]) or (
                nxt is not None and i + 1 in objects and _JA_JOIN.fullmatch(s, m.span[1], nxt.span[0])):
            objects.add(i)
    return [m for i, m in enumerate(cands) if i not in objects]


def en_compared_dropped(s: str, before: list[Mention]) -> list[Mention]:
    """``before`` (the holders named before the figure) without the last ones when a relation names them as the
    holders compared with ("the UK, which overtook China", "ranks behind Japan and China"): one holder at least stays."""
    k = len(before) - 1
    while k >= 1 and _EN_JOIN.fullmatch(s, before[k - 1].span[1], before[k].span[0]):
        k -= 1  # "behind Japan and China": the list's first holder
    if k >= 1 and _COMPARED.search(s[:before[k].span[0]]):
        return before[:k]
    if len(before) >= 2 and _COMPARED.search(s[:before[-1].span[0]]):
        return before[:-1]
    return before
