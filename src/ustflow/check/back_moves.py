"""A percent move told in a sentence of its own that names no holder nor securities, right after a holdings figure
(issue 13, session 15):

    Russia's holdings fell to $100.4 billion in March. That is a 24% drop in two months.
    ...3月には1,004億ドルへと減少しています。2か月で24%の減少です。
    May saw Saudi Arabia's holdings rise to $136.3 billion. The figures indicate an annual increase of 22.46 percent.

The sentence refers back to the holdings told before it (a demonstrative, "the figures", or a Japanese sentence with no
topic of its own): its percent is that holder's move (``holdings_pct``; the holder is inherited as for any TIC figure).
Only in a story whose figures are all TIC holdings (no flows, yields or balance of payments it could also be about;
a conversion rate or a central bank named are no such figures), or when the sentence it points back to, the one just
before, ends on a TIC holdings figure ("China's holdings of Treasury debt rose to $883.5 billion in September. That's
a 1.7 percent increase from August." in a story that also tells a flow): what "That" refers to is that figure.
Without such words it stays unclassified ("other").

A percent move whose clause names the holder's stock ("its holdings were 5.91 percent higher", "残高を減らし", "has
increased its investment in US treasuries by about 8%") is that move too, in any story with TIC holdings in it
(``stock_pct``, session 22); one that only refers back ("the amount was down 3%") or follows a holder's dollar level
("with $877.9 billion, marking a 1.52 percent increase") only in a story of TIC holdings alone.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx
from ustflow.check.claims import Claim
from ustflow.check.text import KANA

#: "That is", "This was", "It marks", "The figures indicate", "The data show": a sentence that points back
_BACK = re.compile(r"^\s*(?:(?:That|This|It|Which)(?:\s+(?:is|was|marks|marked|represents|represented|amounts to|means)\b|"
                   r"['’]s\b)|"
                   r"The\s+(?:figures?|data|numbers?)\s+(?:indicate|show|suggest|reflect|point to|imply)\w*\b)", re.I)
#: a Japanese move after the percent: "24%の減少", "24%増"
_JA_MOVE_AFTER = re.compile(r"\s*(?:の|も)?\s*(?:減少|増加|減|増|下落|上昇)")
#: a Japanese topic or subject of its own before the figure (then it is that one's, not the figure before)
_JA_OWN_TOPIC = re.compile(r"(?<!比で)[はが]")  # (not "前月比では、1.2%の増加": the base, no topic)


def back_pct(c: Claim, families: set[str], before: Claim | None = None) -> str:
    """``holdings_pct`` for a percent move in a sentence that refers back to a TIC story's holdings (or to the TIC
    holdings figure ``before`` ends the sentence just before on), else ""."""
    held_before = before is not None and before.measure in ("holdings_level", "holdings_change", "holdings_pct")
    if c.amount is None or c.amount.kind != "percent" or c.subject is not None or c.instrument is not None or \
            (families - {"institution", "fx_level"} != {"tic"} and not held_before):  # (a yen rate the story
        return ""  # converts at, a central bank)
    s = c.sentence.text
    if _BACK.match(s) and c.role in ("pct", "change"):
        return "holdings_pct"
    ja = KANA.search(s)
    if ja and _JA_MOVE_AFTER.match(s, c.amount.span[1]) and not _JA_OWN_TOPIC.search(s, 0, c.amount.span[0]):
        return "holdings_pct"
    return ""


#: a holder's own stock named in a clause: its holdings ("its holdings", 保有残高, 持ち高, 残高を減らし), or its money in
#: Treasuries ("has increased its investment in US treasuries", "decreased its investments in the US debt instruments")
_STOCK = re.compile(rf"\b(?:{lx.HOLDINGS_WORDS})\b|\b(?:its|their|the\s+\w+(?:'s|’s))\s+(?:[\w.-]+\s+){{0,2}}?"
                    r"investments?\s+in\b|保有|残高|持ち高", re.I)
#: the same referred back to: "the amount was down 3%", "having slashed it by 84 percent", "its holdings were ... higher"
_STOCK_BACK = re.compile(r"\b(?:the\s+(?:amount|figure|total|tally|level)|it|its|their)\b|^\s*(?:これ|それ)(?:は|が|で)", re.I)
#: what else a percent in a clause can be a move of: trades, yields, the currency, the balance of payments, reserves
#: ("purchases rose 8%", "the 10-year yield", "the yen fell 1%", "exports grew 2.6%")
_NOT_STOCK = re.compile(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})\b|\byields?\b|\binterest rates?\b|\b(?:{lx.FX_WORDS})|"
                        r"\bflows?\b|\bexports?\b|\bimports?\b|買い?越|売り?越|取得|処分|利回り|金利|相場|円安|円高|"
                        r"輸出|輸入|収支|黒字|赤字|"
                        # (nor a market's price: "the S&P 500 fell 2% in its worst day", "gold rose 1%")
                        r"\b(?:stocks|stock\s+(?:markets?|index|prices?)|equit(?:y|ies)|index|indices|S&P|Dow|Nasdaq|Nikkei|prices?|inflation|oil|gold)\b|"
                        r"株価|株式|指数|物価|金価格", re.I)
#: a move told after the figure in Japanese: "26.8%も残高を減らし", "前月比1.3%増やし", "4.5%減少し"
_JA_MOVE_VERB = re.compile(r"\s*%?(?:も|の)?\s*(?:(?:残高|保有高?|持ち高)を)?(?:減らし|増やし|減少|増加|減|増)")
#: a percent of something, not a move: "about 3.6% of its Treasury holdings", "15%を占め"
_PART_OF = re.compile(r"\s*(?:of\b|を占め|に(?:当た|あた)る)", re.I)
_HOLDER_KINDS = ("country", "japan", "foreign_total", "foreign_official")
#: a percent naming another thing's size: "ahead of a 2 percent sales tax hike" (not "a 1.52 percent increase", "a 41%
#: drop", "a 3.1% year-on-year decline": the move of the stock)
_ATTRIBUTE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", re.I)
_MOVE_NOUN = re.compile(r"\s+(?:(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)\s+|on-(?:year|month)\s+|"
                        r"annual\s+|monthly\s+|sharp\s+|further\s+)?(?:increase|rise|gain|jump|climb|surge|growth|drop|"
                        r"decline|fall|decrease|cut|reduction|slide|plunge|slump|dive|contraction|loss)s?\b", re.I)


#: the level a percent move led to, right after it: "tumbled 1.77% to $7.098 trillion"
_TO_LEVEL = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+)?" + lx.DOLLAR_LEVEL, re.I)


def stock_pct(c: Claim, families: set[str], clause_out_of_scope: bool) -> str:
    """``holdings_pct`` for a percent move in a TIC story said of a holder's stock, else "": the move of its holdings
    named in the clause ("Compared with January, its holdings were 5.91 percent higher", "保有残高は2020年8月比で4.5%
    減少し", "has increased its investment in US treasuries by about 8%"), or, in a story of TIC holdings alone, of the
    stock referred back to ("the amount was down 3%", "having slashed it by 84 percent") or of a holder told with its
    level ("The UK ranked second with $877.9 billion, marking a 1.52 percent increase compared with September"). The
    clause must name no trade, yield, currency or balance-of-payments item it could be a move of; the base is read as
    for any holdings move (``holdings.holdings_change``), the holder inherited as for any TIC figure."""
    a = c.amount
    if a is None or a.kind != "percent" or "tic" not in families or clause_out_of_scope or \
            (c.subject is not None and c.subject.kind not in _HOLDER_KINDS) or \
            (c.instrument is not None and c.instrument[0] != "tic"):
        return ""
    s = c.sentence.text
    clause = c.clause or s
    if KANA.search(s):  # a Japanese clause's topic is said before it: "サウジの保有残高は、前月比で3.1%減少"
        start = s.rfind(clause, 0, a.span[0] + len(clause))
        clause = s[:max(start, 0)] + clause
    moved = c.direction is not None or c.role in ("pct", "change") or bool(_JA_MOVE_VERB.match(s, a.span[1]))
    if not moved or _PART_OF.match(s, a.span[1]) or _NOT_STOCK.search(clause) or \
            (_ATTRIBUTE.search(s, max(0, a.span[0] - 30), a.span[0]) and not _MOVE_NOUN.match(s, a.span[1])):
        return ""
    if _STOCK.search(clause):
        return "holdings_pct"
    tic_only = families - {"institution", "fx_level"} == {"tic"}
    # (a holder's dollar level told before it, or the level it moved to right after it: "tumbled 1.77% to $7.098
    # trillion")
    told_level = re.search(lx.DOLLAR_LEVEL, s[:a.span[0]]) or \
        _TO_LEVEL.match(s, a.span[1])
    return "holdings_pct" if tic_only and (_STOCK_BACK.search(clause) or told_level) else ""
