"""The balance-of-payments items a story names (``bop``): the words for each, the BoJ series of it (not seasonally
adjusted, seasonally adjusted) and what it is called; and the words that make a story one about the balance of
payments."""

from __future__ import annotations

import re
from typing import Iterator

#: the account of no other name, after its owner or a record: "Japan's account surplus", "its largest account deficit"
ACCOUNT_ALONE = (r"(?:(?<='s )|(?<=’s )|(?<=\bthe )|(?<=\bits )|" +
                 "|".join(rf"(?<=\b{w} )" for w in ("largest", "biggest", "smallest", "highest", "lowest", "record", "widest",
                                                    "narrowest")) + r")account (?=(?:surplus|surpluses|deficits?)\b)")
STORY = re.compile(r"\bcurrent[- ]account\b|\bbalance of payments\b|経常収支|経常黒字|経常赤字|国際収支|" + ACCOUNT_ALONE, re.I)
#: a story that names an item only the balance of payments has (the customs' trade statistics have exports, imports and a
#: trade balance, no services or income balance): "サービス収支は699億円の赤字。…所得収支は1兆1,810億円の黒字" (所得収支 /
#: 経常移転収支: the names before BPM6). (Not English "primary income" alone: a story that never names the current account
#: would have its records read on the balance's level, "Primary income rose 15.3% ..., the quickest pace on record")
#: (and the digital balance, a sum of services lines: 「デジタル赤字」, "Japan's digital deficit")
_BOP_ONLY = re.compile(r"サービス収支|第[一二1-2１２]次所得収支|所得収支|経常移転収支|デジタル(?:に関連した|関連の?)?(?:国際収支の)?"
                       r"(?:収支|赤字|黒字)|\bdigital(?:[- ]related)? (?:services )?(?:trade )?(?:deficit|surplus)s?\b", re.I)


def bop_story(story: str) -> bool:
    """Whether ``story`` is one about Japan's balance of payments: it names the current account or the balance of payments
    (``STORY``), or an item only the balance of payments has (``_BOP_ONLY``)."""
    return bool(STORY.search(story) or _BOP_ONLY.search(story))
#: "the primary balance, reflecting returns on investments made overseas": primary income by its gloss (not the
#: government's primary balance, ``bop_topic.OTHER_BALANCE``)
_PRIMARY_GLOSSED = (r"\bprimary (?:account )?balance\b(?=,?\s+(?:which\s+)?(?:reflect|includ|compris|cover|measur|show)\w*\s+"
                    r"(?:the\s+)?(?:\w+\s+){0,2}(?:returns?|income|earnings|dividends|interest)\b)")
#: the digital balance's lines, summed (``ITEMS["digital"]``)
_DIGITAL = "bpbp6jynsn9062+bpbp6jynsn907+bpbp6jynsn9082"
#: item -> the other sums of it in use, tried on a level after the item's own (``bop_judge.bop_level``: supported on
#: either, judged on the item's own otherwise): the digital balance with computer services alone for the whole
#: telecommunications, computer and information line (Kyodo's)
ALTERNATES = {"digital": ("bpbp6jynsn9062+bpbp6jynsn9072+bpbp6jynsn9082",
                          "digital balance with computer services alone (copyright charges, computer services, "
                          "professional and management consulting)")}
#: item -> (words, not seasonally adjusted series, seasonally adjusted series, what it is called)
ITEMS: dict[str, tuple[str, str, str, str]] = {
    # "the goods and services balance", "the balance of trade and services", "a surplus in goods and services"
    "goods_services": (r"\b(?:goods|trade) and services (?:balance|trade|surplus|deficit|account)|\b(?:balance|surplus|"
                       r"deficit) (?:of|on|in) (?:goods|trade) and services\b|\btrade in goods and services\b|貿易・サービス収支", "bpbp6jynts",
                       "bpbp6jyatsx12", "goods and services balance"),
    # (経常項目: "国際収支は経常項目で4兆7036億円の黒字", the current items of the balance of payments)
    # ("Japan's Account Surplus", "the nation's account surplus": the account of no other name; not "the goods account
    # surplus"; 計上収支: a typo of 経常収支, the same reading)
    # (the wire stories' gloss of it, alone too: "The balance, one of the widest gauges of international trade, stood at";
    # "国際収支の黒字幅": the balance of payments' surplus, its current account's)
    "current": (r"\bcurrent[- ]account|" + ACCOUNT_ALONE + r"|経常収支|計上収支|経常黒字|経常赤字|経常項目|国際収支の?(?:黒字|赤字)|\b(?:broadest|widest) (?:gauges?|"
                r"measures?) of (?:(?:a|the) (?:country|nation)(?:'s|’s) )?(?:international |overseas )?trade\b",
                "bpbp6jyncb", "bpbp6jyacbx12", "current account"),
    # "goods trade" as a noun ("a goods trade deficit", "Goods trade, a key component of ..., registered"), not the
    # customs' trade statistics ("goods trade data")
    "goods": (r"(?<!services )(?<!service )\btrade (?:balance|surplus|deficit|account)|\bgoods trade\b(?!\s+(?:statistics|"
              r"data|figures))|\b(?:on )?trade in goods\b(?! and services)|\bbalance of trade\b(?! (?:in goods )?and services| in services)|\bgoods (?:balance|"
              r"surplus|deficit|account)|\b(?:surplus|deficit|balance) (?:in|on) goods\b(?! and services)|"
              r"(?<=\bin )goods\b(?=\s*(?:[,.;)]|and (?:an?|the)\b|$))|"  # "a surplus of ¥395.7 billion in goods, and"
              r"\bbalance of goods(?: traded)?\b(?! and services)|\bmerchandise (?:trade )?(?:balance|surplus|deficit)|\bmerchandise trade\b(?!\s+(?:statistics|data|figures))|\b(?:surplus|deficit|balance) (?:in|on) merchandise\b|(?<!・)(?<!サービス)貿易収支|(?<!サービス)貿易黒字|(?<!サービス)貿易赤字", "bpbp6jyntb", "bpbp6jyatbx12", "goods (trade) balance"),
    # "services were 715.3 billion yen in the red": the noun as a clause's subject in a BoP story, as 'the goods
    # account' is
    "services": (r"(?<!goods and )(?<!trade and )\bservices? (?:account |trade )?(?:balance|surplus|deficit|account)|"
                 r"\b(?:in|on) services trade\b|\b(?:surplus|deficit|balance) (?:in|on) services\b|"
                 # "a deficit of ¥416.0 billion in services.", "... in services and a surplus of": a figure's item after it
                 # (``bop._nearest_item``; not "in services exports", "in goods and services")
                 r"(?<=\bin )services\b(?=\s*(?:[,.;)]|and (?:an?|the)\b|$))|"
                 r"(?<!goods and )(?<!trade and )\bservices (?:trade )?"
                 r"(?=(?:were|was|posted|showed|logged|recorded|ran|swung|turned|stood|remained|stayed)\b)|"
                 # "The services sector, including passenger transportation and cargo shipping, posted a deficit of"
                 r"(?<!goods and )(?<!trade and )\bservices sector\b(?=(?:,[^,.;]{1,80},)?\s+(?:posted|logged|recorded|showed|"
                 r"registered|marked|ran|swung|turned|was|were|stood|remained)\b)|"
                 r"\btrade in services\b|(?<!goods and )(?<!trade and )\bservices? trade\b|サービス(?:貿易)?収支",
                 "bpbp6jynsn", "bpbp6jyasnx12", "services balance"),
    # (named without 収支 too: "第1次所得は14%増の…", "所得黒字は20%増の…"; without 第 in translations: "一次所得収支の黒字は")
    # 所得収支 / 経常移転収支: the names of primary and secondary income before BPM6 (stories before 2014; the store's
    # series are BPM6 with retrospective data, the same accounts)
    # ("Earnings from foreign investments topped 16 trillion yen", "returns on overseas investment", "income from
    # investments abroad": the income on investments abroad)
    "primary": (r"\bprimary income|\b(?:investment )?income (?:surplus|balance|account)|" + _PRIMARY_GLOSSED + r"|\bincome (?:of "
                r"(?:Japanese |domestic )?(?:companies|firms|businesses|investors) )?from (?:overseas|abroad)|\b(?:earnings|income|returns) (?:from|on) (?:(?:foreign|overseas) investments?|investments? (?:abroad|"
                r"overseas))\b(?=\s+(?:topped|rose|"
                r"fell|were|was|reached|came|stood|totall?ed|climbed|grew|increased|decreased|dropped|hit))|第?[一1１]次所得(?:収支)?|(?<!次)所得(?:収支|黒字|赤字)", "bpbp6jynpin", "bpbp6jyainx12", "primary income balance"),
    "secondary": (r"\bsecondary income|第?[二2２]次所得(?:収支)?|経常移転収支", "bpbp6jynsin", "bpbp6jyacnx12",
                  "secondary income balance"),
    # goods exports and imports on a BoP basis (a flow, never in surplus or deficit): "exports rose 12.1% to ¥8.1
    # trillion", 輸出は15.4%減; "exports of goods and services" (goods plus services credits) is no series here
    # the part of services the releases single out (inbound tourism): "the travel surplus", "the tourism surplus", 旅行収支
    "travel": (r"\b(?:travel|tourism) (?:account |services )?(?:balance|surplus|deficit|account)|\b(?:surplus|deficit|balance) "
               r"(?:in|on|from) (?:travel|tourism)(?: services)?\b|旅行収支|旅行(?=の?(?:受け?取|支払))|"
               # "the income from foreign tourism ... reached", "観光業による黒字は1兆3000億円"
               r"\b(?:income|revenues?|earnings|receipts) from (?:foreign |inbound |international )?touris[mt]s?\b|"
               r"観光(?:業)?(?:による|の)?(?:黒字|赤字|収支)", "bpbp6jynsn2",
               "bpbp6jyasn2x12", "travel balance"),
    # the other services' lines the releases name (no adjusted series: the unadjusted one both ways): charges for the use
    # of intellectual property, 知的財産権等使用料 (知財収支, "the intellectual property deficit"), and its two parts,
    # industrial property (工業権・鉱業権等使用料) and copyrights (著作権等使用料)
    "ip": (r"知的財産権?等?(?:使用料)?(?:収支|黒字|赤字)?|知財(?:使用料)?(?:収支|黒字|赤字)|\bintellectual[- ]property "
           r"(?:rights? )?(?:charges |royalt(?:y|ies) |fees )?(?:balance|surplus|deficit|account)\b|\b(?:balance|surplus|"
           r"deficit)s? (?:of payments )?(?:in|on|from|related to) intellectual[- ]property\b", "bpbp6jynsn906", "bpbp6jynsn906",
           "balance of charges for the use of intellectual property"),
    "ip_industrial": (r"工業(?:所有)?権(?:・鉱業権)?等?(?:使用料)?(?:収支|黒字|赤字)", "bpbp6jynsn9061", "bpbp6jynsn9061",
                      "balance of charges for the use of industrial property"),
    "ip_copyrights": (r"著作権等?(?:使用料)?(?:収支|黒字|赤字)", "bpbp6jynsn9062", "bpbp6jynsn9062",
                      "balance of charges for the use of copyrights"),
    # the digital balance (「デジタル赤字」, デジタル関連収支, "the digital deficit"): the three lines most stories and the
    # think tanks that coined it sum, charges for the use of copyrights, telecommunications, computer and information
    # services, and professional and management consulting (summed by ``tic_flows.derived_series``)
    "digital": (r"デジタル(?:に関連した|関連の?)?(?:国際収支の)?(?:収支|赤字|黒字)|\bdigital(?:[- ]related)? (?:services )?"
                r"(?:trade )?(?:deficit|surplus|balance)s?\b", _DIGITAL, _DIGITAL, "digital balance (copyright charges, "
                "telecommunications, computer and information services, professional and management consulting)"),
    # (telecommunications, computer and information services: 通信・コンピューター・情報サービス)
    "computer": (r"通信・コンピュータ[ー]?・情報サービス(?:収支)?|\btelecommunications?, computer,? and information services\b",
                 "bpbp6jynsn907", "bpbp6jynsn907", "balance of telecommunications, computer and information services"),
    # the parts of primary income the releases name: the income on direct investment (直接投資収益, "net income from
    # direct investment"), its reinvested earnings (再投資収益) and the income on portfolio investment (証券投資収益,
    # "the surplus from portfolio investment")
    "direct_income": (r"直接投資収益|\b(?:net )?(?:income|earnings|returns) (?:from|on) (?:foreign )?direct (?:foreign )?investments?\b|"
                      r"\bdirect[- ]investment (?:income|earnings)\b", "bpbp6jynpin21", "bpbp6jyain21x12",
                      "direct investment income balance"),
    "reinvested": (r"再投資収益|\breinvested earnings\b", "bpbp6jynpin2112", "bpbp6jynpin2112", "reinvested earnings"),
    "portfolio_income": (r"証券投資収益|\b(?:surplus|net income|income|earnings|returns) (?:from|on) portfolio investments?\b|"
                         r"\bportfolio[- ]investment (?:income|earnings)\b", "bpbp6jynpin22", "bpbp6jyain22x12",
                         "portfolio investment income balance"),
    # the passenger lines of transport the travel stories name beside the travel balance (session 36): 航空輸送のうち旅客,
    # 航空輸送の旅客収支, 航空旅客輸送; 海上輸送の旅客 (not "旅客や貨物の航空輸送と海上輸送", the services' gloss)
    "air_passenger": (r"航空輸送(?:のうち|の)旅客(?:収支)?|航空旅客輸送(?:収支)?", "bpbp6jynsn121", "bpbp6jynsn121",
                      "balance of air passenger transport"),
    "sea_passenger": (r"海上輸送(?:のうち|の)旅客(?:収支)?|海上旅客輸送(?:収支)?", "bpbp6jynsn111", "bpbp6jynsn111",
                      "balance of sea passenger transport"),
    "exports": (r"\bexports?\b(?! of goods and services)|輸出(?!から)", "bpbp6jynex", "bpbp6jyaexx12", "goods exports"),
    "imports": (r"\bimports?\b(?! of goods and services)|輸入(?!を差し引)", "bpbp6jynim", "bpbp6jyaimx12",
                "goods imports"),
}
#: the items that are flows, not balances: never a surplus or deficit
FLOWS = ("exports", "imports")
#: a line's two sides in the BoJ's file, by its net balance's code (services' and primary income's lines: credit, receipts,
#: 受取; debit, payments, 支払): "bpbp6jynsn2" -> "bpbp6jynsc2", "bpbp6jynsd2" (``bop_sides``)
_NET_CODE = re.compile(r"(bpbp6jy[na](?:s|pi|i))n")
SIDE_NAMES = {"credit": "receipts (credit)", "debit": "payments (debit)"}


def _side_items() -> dict[str, tuple[str, str, str, str]]:
    """``ITEMS``' entries of each side of a line that has two (``<item>_credit``, ``<item>_debit``): no words of their own
    (a side is read by ``bop_sides``), the side's series, what it is called."""
    out = {}
    for key, (_words, nsa, sa, what) in ITEMS.items():
        if all(_NET_CODE.match(p) for p in nsa.split("+") + sa.split("+")):
            for side, name in SIDE_NAMES.items():
                nsa_side, sa_side = ("+".join(_NET_CODE.sub(rf"\g<1>{side[0]}", p) for p in ids.split("+")) for ids in (nsa, sa))
                out[f"{key}_{side}"] = (r"(?!)", nsa_side, sa_side, f"{what}: {name}")
    return out


ITEMS.update(_side_items())
#: the sides (``_side_items``): flows like exports and imports, never a surplus or deficit
SIDED = tuple(k for k in ITEMS if k.endswith(("_credit", "_debit")))
#: the lines below an account (session 35): a part that moves in a clause of its own is the cause of its account's move
PARTS = ("digital", "computer", "ip", "ip_industrial", "ip_copyrights", "direct_income", "reinvested", "portfolio_income")


def balances_named(s: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[str, re.Match]]:
    """Each naming of a balance in ``s`` (an item of ``ITEMS`` but exports and imports, ``FLOWS``: what a surplus or
    deficit is of), item by item in ``ITEMS``' order: (the item, where its words stand); ``pos``, ``endpos``: only
    between them, as ``re.Pattern.finditer`` reads them (the words around may still decide a match)."""
    end = len(s) if endpos is None else endpos
    for key, (words, *_r) in ITEMS.items():
        if key not in FLOWS:
            yield from ((key, m) for m in re.compile(words, re.I).finditer(s, pos, end))


def names_item(s: str) -> bool:
    """Whether ``s`` names any item of ``ITEMS``, a balance or a flow."""
    return any(re.search(words, s, re.I) for words, *_r in ITEMS.values())


def names_flow(s: str) -> bool:
    """Whether ``s`` names exports or imports (``FLOWS``)."""
    return any(re.search(ITEMS[k][0], s, re.I) for k in FLOWS)


def names_balance(s: str) -> bool:
    """Whether ``s`` names a balance (``balances_named``): not only exports or imports, or nothing."""
    return next(balances_named(s), None) is not None


#: a change whose noun names the item after it: "a more than 90% dive in the travel surplus", "a 5% rise in exports",
#: "a 90.9% year-on-year drop in the travel surplus"
_MOVES = (r"(?:dive|drop|fall|decline|decrease|rise|increase|jump|plunge|slump|gain|surge|growth|contraction|slip|slide|dip|"
          r"climb|rebound|tumble|spike|leap|advance|expansion|reduction|shrinkage)s?")
#: a word that may qualify the move ("year-on-year", "sharp"), not a preposition or a clause's opener leading away from
#: the figure ("despite", "after gains in primary income": the figure is not the move's size)
_MODIFIER = (r"(?!(?:despite|amid|after|on|with|as|due|from|by|to|and|but|while|following|thanks|led|helped|hit|in|at|"
             r"for|of)\b)[\w-]+\s+")
MOVE_IN = re.compile(r"\s*(?:" + _MODIFIER + r"){0,2}" + _MOVES + r"\s+in\s+(?:the\s+|its\s+|Japan['’]s\s+)?$", re.I)
#: the same with the move named before the figure: "a plunge of more than 90% in the travel surplus"
MOVE_OF_BEFORE = re.compile(r"\b" + _MOVES + r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|"
                            r"over\s+|roughly\s+)?$", re.I)
IN_ITEM = re.compile(r"\s+in\s+(?:the\s+|its\s+|Japan['’]s\s+)?$", re.I)


def moved_into(s: str, start: int, end: int, item_at: int) -> bool:
    """Whether the figure at ``start:end`` is a move of the item named at ``item_at`` after it: "a 90% dive in the
    travel surplus", "a plunge of more than 90% in the travel surplus"."""
    between = s[end:item_at]
    return bool(MOVE_IN.match(between) or (IN_ITEM.match(between) and MOVE_OF_BEFORE.search(s[max(0, start - 40):start])))


def moved_after(s: str, start: int, end: int, item: str) -> bool:
    """Whether the figure at ``start:end`` is a move of ``item`` named right after it ("a 10-percent drop in the current
    account surplus"): the item's, whatever flow the sentence named before it ("affected Japan's exports, which was
    reflected in the latest 10-percent drop in the current account surplus")."""
    return any(moved_into(s, start, end, m.start()) for m in re.compile(ITEMS[item][0], re.I).finditer(s, end, end + 60))


#: (the figure is the move's own size: "a 30 pct rise in", "a 5% on-year drop in"; not a figure a clause or a
#: preposition leads away from: "came to ¥2.9 trillion despite falls in car shipments")
_MOVE_OF = re.compile(r"\s*(?:" + _MODIFIER + r")?" + _MOVES + r"\s+in\s+(?:the\s+|its\s+|Japan['’]s\s+)?", re.I)


def moves_other(s: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a move of a thing named right after it that is no BoP item: "led by a
    30 pct rise in crude oil prices" (not "a 90% dive in the travel surplus")."""
    m = _MOVE_OF.match(s, end)
    return m is not None and not any(re.match(words, s[m.end():], re.I) for words, *_r in ITEMS.values()) and \
        not _BALANCE_BACK.match(s, m.end())


#: a price as the subject of the move a percentage sizes: "原油価格が前年より3割超上昇して輸入額が増え", "oil prices rose 30%"
#: (not a price's move as a cause: "原油価格の下落で輸入額が10・9%減少", "エネルギー価格の高騰を受けて25・1%増")
_PRICE_MOVED = re.compile(r"(?:価格|物価|相場|株価|単価|運賃|料金)(?:は|が|も)[^、。,;をでにの]{0,10}$|\bprices?\s+(?:rose|fell|"
                          r"jumped|surged|climbed|dropped|declined|soared|slumped|plunged|increased|decreased)\s+(?:by\s+)?"
                          r"(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+)?$", re.I)


def price_moved(s: str, a) -> bool:
    """Whether percentage ``a`` is the move of a price its clause names as the subject right before it (``_PRICE_MOVED``):
    no BoP item's."""
    return a.kind == "percent" and _PRICE_MOVED.search(s, max(0, a.span[0] - 30), a.span[0]) is not None


#: (in Japanese, the move's verb ending a clause before the record, its frame between: "前年同月に比べて23.1%増え、8月としては
#: 9年ぶりの高水準となった", "20.3%減となったが、11月としては前年に次ぐ過去2番目の水準だった")
_TO_RECORD = re.compile(r"\bto\s+$|(?:増え|減り|減っ|増加し|減少し|拡大し|縮小し|(?:増|減|増加|減少|拡大|縮小)(?:と|に)なったが)(?:て)?、"
                        r"[^、。]{0,16}$")


def figure_beside(o, c) -> bool:
    """Whether ``o`` is a figure in qualifier ``c``'s sentence, which a record or a first with no host is said of: not
    a percent change the balance moved by to the record ("shrank by nearly a third to a record low in 2013": the
    balance's record, as with no figure)."""
    return o.kind == "amount" and o.sentence is c.sentence and not (
        o.measure == "bop_pct" and _TO_RECORD.search(c.sentence.text, 0, c.span[0]))


#: a deficit named before a record, with no surplus named after it: "the deficit shrank to a record low", "赤字額は過去最小"
_DEFICIT = re.compile(r"\bdeficits?\b|\bred ink\b|赤字", re.I)
_SURPLUS = re.compile(r"\bsurplus(?:es)?\b|\bblack ink\b|黒字", re.I)
#: a deficit named as the record's noun, in its words or right after them ("the smallest deficit", "過去最少の赤字")
_DEFICIT_OWN = re.compile(r"\b(?:lowest|smallest|largest|biggest|highest|record)\s+(?:[\w-]+\s+){0,2}?deficits?\b|赤字", re.I)
_DEFICIT_AFTER = re.compile(r"の?赤字|\s+(?:[\w-]+\s+)?deficits?\b", re.I)
#: a balance named after the deficit, the record's ("the trade deficit jumped ..., bringing Japan's overall account
#: balance to a record low"; not the deficit's own "the deficit in the balance")
_BALANCE_AFTER = re.compile(r"(?<!in the )(?<!of the )\b(?:balance|account)\b|収支", re.I)
#: how far before the record its deficit may be named: the clause's subject with a relative clause between ("the
#: deficit in the balance, which covers such transactions as the payment of travel and transport costs, shrank to
#: ¥1.48 trillion, its lowest level ever")
_REACH = 160


def deficit_named(c) -> bool:
    """Whether a deficit is what the record before it is said of: named before it, with no surplus named after that
    ("the deficit ... shrank to ¥1.48 trillion, its lowest level ever", "as the trade deficit hit a record high")."""
    s = c.sentence.text
    if _DEFICIT_OWN.search(s[c.span[0]:c.span[1]]) or _DEFICIT_AFTER.match(s, c.span[1]):
        return True  # "1996年度以降で過去最少の赤字となった", "the smallest deficit since 2014": the record's own noun
    before = s[max(0, c.span[0] - _REACH):c.span[0]]
    named = list(_DEFICIT.finditer(before))
    return bool(named) and not _SURPLUS.search(before, named[-1].end()) and \
        not _BALANCE_AFTER.search(before, named[-1].end())


#: an English record's noun right after it: "a record " + "goods trade deficit" (not a Japanese one: its item comes
#: before it)
_ITEM_AFTER = re.compile(r"(?<=[a-z])\s+(?=[a-z])", re.I)
#: the balance the item's name ends in, or that follows it ("goods trade" + " deficit")
_BALANCE_NOUN, _BALANCE_END = (re.compile(r"\s*(?:surplus|deficit|balance)\b", re.I),
                               re.compile(r"(?:surplus|deficit|balance)$", re.I))


def item_after(s: str, end: int) -> str | None:
    """The BoP item (``ITEMS``) a record's noun names right after it, with its balance ("a record goods trade
    deficit"), else None."""
    after = _ITEM_AFTER.match(s, end)
    if after is None:
        return None
    for key, (rx, *_) in ITEMS.items():
        m = re.compile(rx, re.I).match(s, after.end())
        if m is not None and (_BALANCE_NOUN.match(s, m.end()) or _BALANCE_END.search(m.group(0))):
            return key
    return None


def of_other_item(o, item: str) -> bool:
    """Whether figure ``o`` is of another BoP item than ``item``: "the current account surplus ... shrank 54 percent
    ... as the trade deficit hit a record high" (the record is the goods balance's, not the percent's)."""
    return o.instrument is not None and o.instrument[0] == "bop_item" and o.instrument[1] != item


#: the balance the sentence is about, named back after a move of it: "saw a 3-per-cent fall in its surplus"
_BALANCE_BACK = re.compile(r"(?:(?<=its )|(?<=the ))(?:surplus|deficit|balance)\b", re.I)
#: a move named by a record's words ("the largest on-year drop", "過去最大の増加"): a record of a change, not of a balance
MOVE_NAMED = re.compile(r"増加|減少|拡大|縮小|改善|悪化|伸び|落ち込み|\b(?:rises?|falls?|increases?|decreases?|drops?|declines?|"
                         r"gains?|jumps?|plunges?|slumps?|growth|contractions?|improvements?|deteriorations?)\b", re.I)


def adjusted_elsewhere(c, sids: list[tuple[str, str]], sentence_sa: bool) -> list[tuple[str, str]]:
    """The series ``bop_level`` tries, when the story says "seasonally adjusted" in another sentence only ("The
    seasonally adjusted surplus for April was ..."): the unadjusted one too, after the adjusted one. A total over months
    in this sentence is the unadjusted figures' (as the release totals them); a month may be either (a figure neither
    matches is judged on the adjusted one, as before)."""
    if len(sids) != 1 or "(seasonally adjusted)" not in sids[0][1] or sentence_sa:
        return sids
    nsa = ITEMS[c.instrument[1] if c.instrument is not None else "current"][1]
    return [sids[0], (f"boj.bop.{nsa}", sids[0][1].replace("(seasonally", "(not seasonally"))]


#: a clause opened between a figure and a run said after it: "Exports rose to X, while factory output posted its 11th
#: straight monthly expansion"
_NEW_CLAUSE = re.compile(r"(?:,\s*|\s)(?:while|whereas|but|although|though|as)\s+|;\s*|、(?:一方|また)", re.I)
_SAME_SUBJECT = re.compile(r"\b(?:it|they|its|their|the\s+(?:(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|latest|monthly|annual|yearly)\s+)?(?:surplus|deficit|"
                           r"balance|figure|reading|number|result))\b|黒字|赤字|収支", re.I)


def other_subject(s: str, host_end: int, run_start: int) -> str | None:
    """The words of another subject a run is said of, when a clause opened between the figure and the run names no
    BoP item nor refers back to the figure's ("while Japanese factory output posted its 11th straight monthly
    expansion"); None otherwise, and when that clause closed before the run ("rose to X as the yen weakened, the fifth
    straight monthly rise": the run is the main clause's again)."""
    if not 0 <= host_end <= run_start:
        return None
    between = s[host_end:run_start]
    cut = list(_NEW_CLAUSE.finditer(between))
    if not cut:
        return None
    clause = between[cut[-1].end():]
    if re.search(r"[,、]", clause) or _SAME_SUBJECT.search(clause) or names_item(clause):
        return None
    return clause.strip() or None


def took_base(c) -> bool:
    """Whether the yen balance ``c`` is a base the sentence moves from ("前年度の30兆315億円から4兆4903億円増え",
    "前年同月の7259億円から縮小", "21年度の20兆1522億円から大幅に縮小", "1月の4,373億円の赤字から2カ月ぶりに黒字に転換"): an earlier time's figure (``PAST_CLAUSE``), so its period (前年度) is neither the
    change's beside it nor the context of the sentences after it (``bop.reread``, ``pipeline._inherit``); it stays a
    figure a record may be about ("過去最大だった前年度の17兆7869億円から縮小")."""
    from ustflow.check.claims import PAST_CLAUSE

    if c.amount is not None and (c.role == "from" or _JA_BASE.match(c.sentence.text, c.amount.span[1])):
        if PAST_CLAUSE not in c.notes:
            c.notes.append(PAST_CLAUSE)
        return True
    return False


_JA_BASE = re.compile(r"\s*(?:の黒字|の赤字)?から(?:は)?\s*[、,]?\s*(?:約)?\s*(?:大幅に|小幅に|わずかに|やや)?\s*"
                      r"(?:[\d,.]+(?:兆[\d,.]*)?億?円|増|減|拡大|縮小|改善|悪化|"
                      # "1月の4,373億円の赤字から2カ月ぶりに黒字に転換した": the side a balance turned from
                      r"(?:\d+(?:カ月|か月|ヶ月|年)ぶりに?\s*)?(?:黒字|赤字)(?:に|へ)(?:転換|転じ|転落|浮上))")


#: an economists' forecast quoted beside the figure: "compared with a median estimate of 3.2 trillion yen in a Reuters
#: poll", "versus economists' forecasts for", "shy of expectations for 623.5 billion yen", "市場予想(中央値)は3兆円の黒字",
#: "事前の市場予測(中央値)は", "ロイターの事前予測(1兆0189億円程度の黒字)", "予測調査での中央値(2兆6432億円の黒字)"
_POLL_WHO = r"(?:median|consensus|market|economists?(?:'|’)?|analysts?(?:'|’)?|poll)"
POLL_BEFORE = re.compile(r"\b(?:" + _POLL_WHO + r"\s*estimates?|(?:" + _POLL_WHO + r"\s*)?(?:forecasts?|expectations?|"
                          r"projections?))\s+(?:of|for)\s+(?:an?\s+)?(?:about\s+|around\s+)?"
                          r"(?:(?:surplus|deficit)\s+of\s+)?$|\b(?:expected|forecast|predicted)\s+(?:an?\s+)?"
                          r"(?:(?:surplus|deficit)\s+of\s+)?$|(?:市場|事前)(?:の市場)?(?:予想|予測)(?:の中央値|の平均|[(（]中央値[)）])?"
                          r"(?:は|の)?\s*[(（]?\s*$|"
                          # "事前予測中央値の黒字幅(1兆2296億円程度)", "事前調査の予測中央値2兆0695億円程度の黒字"
                          r"(?:予測|予想)(?:調査)?(?:での|の)?(?:中央値|平均値?)(?:の(?:黒字|赤字)(?:幅|額)?)?(?:は|の)?\s*[(（]?\s*$", re.I)
POLL_AFTER = re.compile(r"\s*(?:yen\s+)?(?:in|by)\s+an?\s+(?:\w+\s+){0,2}poll\b|"
                         # after the figure: "a 3.5 trillion yen surplus expected by economists", "the 3.5 trillion
                         # yen analysts had predicted", "a surplus of 3.5 trillion yen forecast in a poll", "a
                         # 626-billion-yen gap expected by economists"
                         r"\s*(?:yen\s+)?(?:(?:current[- ]account\s+|trade\s+)?(?:surplus|deficit|gap|shortfall|excess)\s+)?"
                         r"(?:(?:that\s+)?(?:was\s+|had\s+been\s+)?(?:expected|forecast|predicted|projected|estimated)\s+(?:by|in)\b|"
                         r"(?:that\s+)?(?:economists|analysts|forecasters|the\s+market|markets)\s+(?:had\s+)?(?:expected|"
                         r"forecast|predicted|projected|estimated)\b)", re.I)
#: a forecast named as the frame of the figures after it in a Japanese sentence: "事前予想では、経常収支が-1411億円の赤字、
#: 貿易収支が5603億円の赤字となっている" (up to a contrast with the outcome: "予想では…だったが、実際は…", "予想を上回る")
_POLL_FRAME = re.compile(r"(?:事前|市場)?の?(?:予想|予測)(?:の?中央値|の?平均値?)?(?:では|によると|によれば)")
_OUTCOME = re.compile(r"が[、,]|けれど|しかし|実際|結果|に対し|を(?:上回|下回)|[。]")


def polled(s: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` of sentence ``s`` is an economists' forecast, not the outcome: the poll's words
    right before or after it (``POLL_BEFORE``, ``POLL_AFTER``), or a forecast framing its clause before it
    (``_POLL_FRAME``) with no outcome told between."""
    if POLL_BEFORE.search(s[max(0, start - 60):start]) or POLL_AFTER.match(s, end):
        return True
    frame = list(_POLL_FRAME.finditer(s, 0, start))
    return bool(frame) and not _OUTCOME.search(s, frame[-1].end(), start)


#: a balance with one partner ("Japan's trade surplus with the United States", "its deficit vis-à-vis China", 対米貿易黒字,
#: 対中経常収支): the store holds Japan's balances with the world only
_PARTNER_AFTER = re.compile(r"\s+(?:(?:surplus|deficit)\s+)?(?:with|vis-[àa]-vis|against)\s+(?:the\s+)?(?:[A-Z]|other\s+"
                            r"countries)")
_PARTNER_BEFORE = re.compile(r"(?<!に)対(?!して|し[、,])[^\s、。,0-9０-９]{1,6}$")  # (not "これに対して": in contrast)


#: exports or imports of one partner or one kind of goods ("exports to China", "imports from the US", "car exports",
#: アジア向け輸出, "Asia-bound exports", "U.S.-bound shipments"): no series of it (the BoP's goods exports are all goods,
#: to all partners)
_FLOW_PART_AFTER = re.compile(r"\s+(?:to|from|bound for)\s+(?:the\s+)?(?!(?:JPY|USD|US\$|Y\d))[A-Z]")  # ("to JPY 6.8 bn": no partner)
_FLOW_PART_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*-bound\s+|\b(?:car|auto|automobile|vehicle|steel|chip|semiconductor|oil|crude|energy|fuel|food|LNG|"
                               r"gas|machinery|electronics)\s+|向け|からの)$", re.I)


#: exports or imports of another owner than Japan ("Toyota's exports", "China's imports", "the carmaker's exports"): none
_FLOW_OWNER_BEFORE = re.compile(r"(?:\b(?!Japan)[A-Z][\w&.-]*|\b(?:company|firm|carmaker|automaker|maker|group|"
                                r"exporter|importer)s?)['’]s?\s+(?:(?:goods|merchandise)\s+)?$")


def bilateral(s: str, m: re.Match, key: str = "") -> bool:
    """Whether the item named at ``m`` is a balance with one partner, not with the world (for exports and imports:
    with one partner, of one kind of goods, or another owner's)."""
    if key in FLOWS and (_FLOW_PART_AFTER.match(s, m.end()) or _FLOW_PART_BEFORE.search(s, 0, m.start()) or
                         _FLOW_OWNER_BEFORE.search(s, 0, m.start())):
        return True
    return bool(_PARTNER_AFTER.match(s, m.end()) or _PARTNER_BEFORE.search(s, 0, m.start()))
