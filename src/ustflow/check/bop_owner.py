"""Whose balance a country named beside a BoP figure is: its owner ("Japan's"), or a cause or a trade partner named in
the sentence ("helped by spending by Chinese tourists", "中国などアジア向けの輸出が減少し", "due to weak demand in the United
States and China"), which leaves the figure Japan's (``bop.item_of``)."""

from __future__ import annotations

import re

from ustflow.check.bop_items import ITEMS, names_balance

#: a country named after the figure as a cause, not as the balance's owner: "a record surplus of ¥2.64 trillion, helped
#: by spending by Chinese tourists", "due to weaker exports to China"
CAUSE = re.compile(r"\b(?:helped|driven|boosted|supported|fu?ell?ed|led|pushed|lifted|hit|dragged|weighed)\b[^.;]{0,60}?"
                    r"\b(?:by|on|down)\b|\b(?:due to|thanks to|amid|because of|as|caused by|when|reflecting|owing to|"
                    r"on the back of|backed by|spurred by|as a result of)\b", re.I)


#: a country named as where goods go or come from: "中国などアジア向けの輸出", "中国からの輸入", "exports to China"
_PARTNER_JA = re.compile(r"(?:など|や|・)?[^、。,\s]{0,6}?(?:向け|への|からの)")
_PARTNER_EN = re.compile(r"\b(?:exports?|imports?|shipments?|sales|demand)\s+(?:to|from|bound for)\s+(?:the\s+)?$", re.I)


def partner_before(s: str, span: tuple[int, int], start: int) -> bool:
    """Whether the country at ``span`` is a trade partner named before a balance that is named on its own before
    the figure at ``start`` ("中国などアジア向けの輸出が減少し、…「貿易収支」が241億円の赤字"): not the balance's owner."""
    if span[1] > start or not (_PARTNER_JA.match(s, span[1]) or _PARTNER_EN.search(s, max(0, span[0] - 40), span[0])):
        return False
    return names_balance(s[span[1]:start])


#: a country named in a Japanese cause clause: "中国の工場停止などの影響で…輸入額は14.6%減", "中国経済の減速により"
_JA_CAUSE_OF = re.compile(r"[^、。,]{0,20}?(?:の影響|のため|ため[、,]|により|によって|を背景に)")
#: a country as where goods come from or go, or as the doer, after the item the sentence is about: "輸入はサウジアラビア
#: からの原粗油の価格が下落するなどし、15・3%減", "輸出額は、中国による過剰生産で…15.7%減" (Japan's imports and exports)
_JA_PARTNER_AFTER_ITEM = re.compile(r"(?:など|や|・)?[^、。,\s]{0,6}?(?:向け|への|からの|による)")


def cause_country(s: str, span: tuple[int, int]) -> bool:
    """Whether the country at ``span`` is named in a clause of cause or as a trade partner, not as the balance's owner: after a cause word
    that follows the last item named before it ("Exports fell ... due to weak demand in the United States and China,
    while imports plunged 15.3 percent"), in a Japanese cause clause (``_JA_CAUSE_OF``), or as a partner or doer after
    an item named before it (``_JA_PARTNER_AFTER_ITEM``)."""
    lo = max((m.end() for words, *_r in ITEMS.values() for m in re.finditer(words, s[:span[0]], re.I)), default=0)
    return bool(CAUSE.search(s, lo, span[0]) or _JA_CAUSE_OF.match(s, span[1]) or
                (lo and _JA_PARTNER_AFTER_ITEM.match(s, span[1])) or
                _PARTNER_EN.search(s, max(0, span[0] - 40), span[0]))  # ("... on falling exports to China": a partner)
