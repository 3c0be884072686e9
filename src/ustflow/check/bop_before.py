"""A balance-of-payments figure whose sentence names no item, told of the balance named before it in ways the
sentence just before does not show:

    貿易収支は5536億円の黒字だった。中国向けの…輸出が伸びた。ただ、前年同月と比べると18.9%減少した。   (two sentences back)
    …輸入額が増えたため、1151億円の赤字(前年同月は308億円の黒字)だった。                            (the bracket's host)

(``bop._item_before`` and ``bop.reread`` read them; the item words are ``bop_items.ITEMS``.)
"""

from __future__ import annotations

import re

from ustflow.check.bop_items import FLOWS, ITEMS, names_balance
from ustflow.check.bop_topic import is_prior
from ustflow.check.claims import Claim

#: the balance named by its period alone, read as the balance named before (``bop._BALANCE_ALONE``): "The fiscal 2024
#: surplus topped the previous record", "the first-half deficit", "the June surplus"
PERIOD_BALANCE = (r"\b(?:the|its|this) (?:(?:fiscal |FY ?)?(?:19|20)\d\d|(?:first|second)[- ]half|half-year|monthly|annual|"
                  r"quarterly|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber) "
                  r"(?:surplus|deficit)\b")
#: exports or imports named as what a Japanese sentence is about: "輸出は", "輸入額は", "輸入も"
FLOW_TOPIC = re.compile(r"(?:額)?(?:は|も)")


def through_flows(c: Claim, last: tuple[int, int, str], sentences: list | None) -> bool:
    """Whether the balance ``last`` was named two sentences before ``c``, in its paragraph, and the sentence between
    names no balance (only what moved it: "貿易収支は5536億円の黒字だった。中国向けの…輸出が伸びた。ただ、前年同月と比べると
    18.9%減少した", "貿易収支は7,780億円の黒字。輸出、輸入ともに増加したが、…上回った。前年同月比は5,811億円の増加で")."""
    between = next((x for x in sentences or [] if x.index == c.sentence.index - 1), None)
    return c.sentence.index - last[0] == 2 and between is not None and between.paragraph == c.sentence.paragraph == \
        last[1] and not names_balance(between.text) and \
        not any(FLOW_TOPIC.match(between.text, m.end()) for k in FLOWS for m in re.finditer(ITEMS[k][0], between.text))
    # (not after a sentence about exports or imports as its topic: "輸出は…11か月連続で増加。前年同月比16.7%、7902億円増の
    # 5兆5167億円となった" goes on about the exports, ``_flow_topic``)


#: a bracket opened right after a figure (its restatement in another currency between, "1151億円の赤字(前年同月は")
_OPEN_AFTER = re.compile(r"\s*(?:の?(?:黒字|赤字))?\s*[(（]")


def bracketed_prior(c: Claim, claims: list[Claim]) -> str | None:
    """The item of the BoP figure right before the bracket ``c`` opens, when ``c`` is a level of the year before
    (``bop_topic.is_prior``): "1151億円の赤字(前年同月は308億円の黒字)", "a deficit of ¥600 billion (¥25.0 billion the
    previous year)"; else None."""
    a, s = c.amount, c.sentence.text
    if a is None or a.kind != "money" or not is_prior(c) or not re.search(r"[(（][^()（）]{0,8}$", s[:a.span[0]]):
        return None
    opened = s.rfind("(", 0, a.span[0]), s.rfind("（", 0, a.span[0])
    host = next((o for o in reversed(claims) if o.sentence is c.sentence and o.kind == "amount" and o.amount is not None
                 and o.span[1] <= max(opened) and o.instrument is not None and o.instrument[0] == "bop_item"), None)
    if host is None or not _OPEN_AFTER.fullmatch(s, host.span[1], max(opened) + 1) or host.instrument[1] in FLOWS:
        return None
    return host.instrument[1]
