"""A balance-of-payments figure whose own clause says it is of another quantity than a balance-of-payments line: one
commodity's trade, a price, a count of people (issue 13, session 38).

A story on the balance of payments tells its causes with figures of their own: "商品別では鉄鋼が7,422億円増(同45.3%増)"
(by commodity: steel), "原油や石油製品などの輸入額が16.6%の大幅な減少" (oil's share of imports), "Imports of crude oil jumped
57.5 percent", "the average price for the reporting period surged 37.8 percent", "the price of crude oil nearly
doubled", "原油価格(ドル建ての輸入単価)が前年よりも47・7%下落", "inbound tourists in April rose 0.9 percent to 2.93 million",
"訪日旅行者数が前年比26.1%増の1098万人". The BoJ's balance of payments has none of them: its exports and imports are of all
goods, its travel line is yen spent, not travellers counted; customs statistics by commodity, oil prices and visitor
counts are not in the store. Read as the nearest line's (exports, imports, travel), such a figure was called
contradicted; ``other_quantity`` names what the clause is about, and the judges of a line's level, change and percent
change (``bop_judge``) leave it ``unverifiable``, saying so. Only the clause of the figure counts (from the last comma,
semicolon or 、 before it), and never when a line of the balance of payments is named in it after the quantity ("原油
価格の下落で輸入額が10・9%減少": the imports' move, a price its cause).
"""

from __future__ import annotations

import re

#: one kind of goods traded: customs statistics by commodity, not the balance of payments' all-goods exports or imports
_GOODS_JA = (r"(?:原油|原粗油|粗油|石油製品|石油|石炭|液化天然ガス|天然ガス|LNG|鉄鋼|半導体(?:等)?電子部品|半導体|自動車部品|自動車|"
             r"鉱物性燃料|食料品|医薬品|衣類)")
_GOODS_EN = (r"(?:crude(?:\s+oil)?|oil|petroleum|fuels?|LNG|liquefied\s+natural\s+gas|natural\s+gas|coal|cars?|automobiles?|"
             r"vehicles?|auto\s+parts|steel|semiconductors?|chips?|machinery|foods?)")
#: "鉄鋼が", "原油や石油製品などの輸入額が", "商品別では原粗油が": a commodity as the subject of the figure's clause
_COMMODITY_JA = re.compile(rf"{_GOODS_JA}(?:(?:や|、|・){_GOODS_JA})*(?:など|等)?(?:の(?:輸入|輸出)(?:額|量)?)?(?:が|は|も)")
#: what may stand between the commodity and its figure: a base, its own yen figure before a bracketed rate ("鉄鋼が
#: 7,422億円増(同45.3%増)"), nothing that is a predicate of its own ("自動車が好調で2.1%増": the exports' move, the cars its
#: cause)
_JA_GAP = re.compile(r"(?:前年(?:同期|同月|度)?比で?|前年度比|同月比|[\d,.]+(?:兆[\d,.]*)?(?:億[\d,.]*)?(?:万)?円の?(?:増|減)?|[(（]|同|約|"
                     r"\s)*")
#: a verb of a move in English, between a quantity and its figure ("jumped", "were up")
_MOVED_EN = (r"rose|fell|jumped|surged|climbed|dropped|declined|soared|slumped|plunged|increased|decreased|was\s+up|"
             r"was\s+down|were\s+up|were\s+down")
#: the same in English: "Imports of crude oil jumped 57.5 percent"
_EN_GAP = re.compile(rf"\s*(?:(?:{_MOVED_EN}|grew)\s+(?:by\s+)?)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?", re.I)
#: "Imports of crude oil jumped", "crude oil imports rose", "shipments of steel"
_COMMODITY_EN = re.compile(rf"\b(?:(?:imports?|exports?|shipments?|purchases?|sales)\s+of\s+{_GOODS_EN}|{_GOODS_EN}\s+"
                           rf"(?:imports?|exports?|shipments?))\b", re.I)
#: "the average price for the reporting period surged", "the price of crude oil nearly", "oil prices rose"
_PRICE_EN = re.compile(rf"\bprices?\b(?:\s+(?:of|for|per)\b[^,;]{{0,45}}?)?\s+(?:(?:{_MOVED_EN})\s+(?:by\s+)?)?"
                       r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|roughly\s+)?$", re.I)
#: "原油価格(ドル建ての輸入単価)が前年よりも": a price as the subject, a bracket of its own between (``bop_items.price_moved``
#: reads the bare form)
_PRICE_JA = re.compile(r"(?:価格|物価|単価|相場)(?:[(（][^)）]{0,24}[)）])(?:は|が|も)[^、。,;をでにの]{0,10}$")
#: travellers counted: "inbound tourists", "訪日旅行者数が"
_HEADCOUNT_EN = re.compile(r"\b(?:tourists|visitors|travell?ers|arrivals|passengers)\b", re.I)
_HEADCOUNT_JA = re.compile(r"(?:旅行者|観光客|訪日客|訪日外国人|外国人客|出国者|入国者|来日客)(?:数)?(?:は|が|も)")
#: a count of people the figure moves to: "26.1%増の1098万人", "rose 0.9 percent to 2.93 million" (no money after it)
_PEOPLE_AFTER = re.compile(r"\s*(?:増|減)?の?\s*[\d,.]+\s*(?:万|千)?人|\s+to\s+[\d.,]+\s+(?:million|thousand)\b(?!\s*(?:yen|dollars))",
                           re.I)
#: a balance-of-payments line named after the quantity, nearer the figure: the line's move, the quantity its cause
_LINE_NAMED = re.compile(r"輸出|輸入|収支|黒字|赤字|\b(?:exports?|imports?|surplus|deficit|balance|account)\b", re.I)
#: where a figure's clause begins: the last comma (not a thousands separator, "7,422"), semicolon, 、 or 。 before it,
#: or a clause word ("as", "while")
_CLAUSE_START = re.compile(r".*(?:,(?!\d)|[;、。]|\b(?:as|while|whereas|but)\s)", re.S)


def _clause(s: str, start: int) -> str:
    """The text of the figure's clause before the figure (from the last clause boundary before ``start``)."""
    m = _CLAUSE_START.match(s, 0, start)
    return s[m.end() if m else 0:start]


def other_quantity(c) -> str:
    """What the figure of ``c`` measures when its clause says it is no balance-of-payments line's (module docstring),
    else ""."""
    a = c.amount
    if a is None or a.kind not in ("money", "percent"):
        return ""
    s = c.sentence.text
    before = _clause(s, a.span[0])
    for rx, gap in ((_COMMODITY_JA, _JA_GAP), (_COMMODITY_EN, _EN_GAP)):
        # the commodity is the figure's own subject: nothing but a base (or its own figure) between them
        m = next((x for x in rx.finditer(before) if gap.fullmatch(before, x.end())), None)
        if m is not None:
            return (f"'{m.group(0).strip()}': one commodity's trade (customs statistics by commodity), which the balance "
                    f"of payments does not break out; its exports and imports are of all goods")
    if a.kind == "percent":
        m = _PRICE_EN.search(before) or _PRICE_JA.search(before)
        if m is not None and not _LINE_NAMED.search(before, m.end() if m.re is _PRICE_JA else m.start() + 5):
            return f"'{m.group(0).strip()}': a price's move, not a balance-of-payments line's"
        m = _HEADCOUNT_EN.search(before) or _HEADCOUNT_JA.search(before)
        if m is not None and not _LINE_NAMED.search(before, m.end()) and _PEOPLE_AFTER.match(s, a.span[1]):
            return f"'{m.group(0).strip()}': a count of people, not the travel line's yen"
    return ""
