"""The clauses around a balance-of-payments figure that name an item which is not the figure's (``bop``): an aside after
the item named ("Goods trade, a key component of the current account, registered", "the primary income balance,
another element of the current account, rose"), a Japanese clause of cause or concession the item opens
("貿易収支が改善したことで", "航空旅客輸送が…赤字に転換したものの、")."""

from __future__ import annotations

import re

from ustflow.check import bop_items as BI
from ustflow.check.bop_items import ITEMS
from ustflow.check.claims import Claim

#: an aside right after the item named, before its verb: "Goods trade, a key component of the current account,
#: registered", "Services trade, which includes cargo shipping, registered", "The goods trade balance — exports minus
#: imports — stayed" (items named in it are not the figure's)
_ASIDE = re.compile(r",\s+(?:which|that|an?|another|one of|the (?:biggest|largest|main|key))\b[^,;.]{0,90},|"
                    r"\s+[—–]\s+[^—–,;.]{1,60}\s+[—–]")  # ("The goods trade balance — exports minus imports — stayed")


#: a Japanese cause clause opened by the item named: "貿易収支が改善したことで…8兆円以上、黒字幅を拡大し", "輸入が減ったため、"
#: (or a concession: "航空旅客輸送が前年度の黒字から613億円の赤字に転換したものの、…赤字幅は2兆9398億円縮小した")
#: (the item the clause's subject, が / の, not the sentence's topic: "旅行収支は春節の影響で…4171億円の黒字")
_JA_CAUSE = re.compile(r"[」』]?(?:(?:と|や|及び|および)[^、。はが]{1,15}?)?(?:(?:が|の)[^、。,は]{0,30}?(?:こと(?:など)?(?:で|から|により|によって)|(?:こと(?:など)?)?が(?:主な)?(?:要因|原因|主因)(?:で|となり|となって)|(?:こと(?:など)?)?が寄与(?:し|して)?[、,]|ため[、,に]|ものの[、,])|"
                       # (a noun's cause, "の影響で", "を背景に", closes a clause the item opens with の only: "輸入の増加の影響で";
                       # "輸入が原油高の影響で8.0%増の…": the imports are the sentence's subject, oil prices the cause)
                       r"の[^、。,は]{0,30}?(?:を背景に|の影響で)|"
                       # (a move of the item as a noun of cause, and what else it lists: "貿易赤字の縮小や…配当金・利子の収益
                       # 増で、過去最大となる29兆2615億円の黒字": the current account's, the topic's)
                       r"の(?:縮小|拡大|増加|減少|改善|悪化|黒字化|赤字化|増|減)[^、。,は\d]{0,40}?(?:で|により|によって)[、,])"
                       # (a flow's own clause of cause or concession, no figure in it: "自動車などの輸出が好調で、",
                       # "輸出が好調だったものの、", "輸入増の影響で")
                       r"|(?<=輸出|輸入)(?:額)?(?:が[^、。,は\d]{1,8}?(?:で|だったものの|ものの)[、,]|(?:増|減)の影響で)")


#: a line below an account moving in a clause of its own that closes before the figure: "海外の金利上昇により証券投資収益が
#: 増え、8月では過去2番目に高い水準となった" (the primary income balance's record, the part its cause)
_JA_PART_MOVED = re.compile(r"(?:が|も)[^、。,は\d]{0,8}?(?:増え|減り|伸び|膨らみ|縮み|(?:増加|減少|拡大|縮小|改善|悪化)し)[、,]")


#: the noun an item's words may stop short of: "primary income| balance"
_ITEM_NOUN = re.compile(r"(?:\s+(?:balance|account|surplus|deficit)\b)?", re.I)


def aside_spans(s: str, start: int) -> list[tuple[int, int]]:
    """The asides (``_ASIDE``) that follow an item named before the figure at ``start`` and close before it, and the
    cause clauses (``_JA_CAUSE``, and ``_JA_PART_MOVED`` for a line below an account, ``BI.PARTS``) an item named before
    it opens: the item is the cause's, not the figure's."""
    out = []
    for key, (words, *_rest) in ITEMS.items():
        for m in re.finditer(words, s[:start], re.I):
            a = _ASIDE.match(s, _ITEM_NOUN.match(s, m.end()).end())  # ("the primary income balance, another element of")
            if a is not None and a.end() <= start:
                out.append((a.start(), a.end()))
            if (a := _JA_CAUSE.match(s, m.end()) or (_JA_PART_MOVED.match(s, m.end()) if key in BI.PARTS else None)) \
                    is not None and a.end() <= start:
                out.append((m.start(), a.end()))
    return out


def in_cause(c: Claim) -> bool:
    """Whether figure ``c`` stands in a clause of cause or concession its item opens (``aside_spans``): "航空旅客輸送が前年度の
    黒字から613億円の赤字に転換したものの、…赤字幅は2兆9398億円縮小した" (the balance after it is not that item's)."""
    return c.amount is not None and any(x <= c.amount.span[0] < y for x, y in aside_spans(c.sentence.text, len(c.sentence.text)))
