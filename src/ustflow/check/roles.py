"""A figure's role in its sentence, from the words around it: a *level* ("to $X", "at $X", "holdings
of $X"), the *starting level* of a change ("from $Y"), a *change* ("rose $X", "by $X", "a drop of $X"),
a *flow* (bought / sold / net purchases of), a percent change, the *gap* between two holders ("$60
billion less than China"), or a parenthetical restatement. ``extract`` asks ``figure_role`` for each
amount it finds; ``classify`` turns the role into a measure. The roles in a Japanese sentence about Treasury
holdings (a move word after the figure, the level a move led to) are read in ``roles_ja``.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check import japanese_markets as jm, lexicon as lx
from ustflow.check.claims import GAP_CHANGE, LESS_THAN_NAMED, LISTED_LEVEL, PERIOD_DIFFERENCE, SYMMETRIC_GAP, Claim
from ustflow.check.holder_parens import holder_paren_level
from ustflow.check.roles_ja import JA_THEN, ja_holders_level, ja_holdings_role, ja_holdings_text, tic_dollars
from ustflow.check.text import MONTH_NAMES, MONTH_RE

#: buy / sell / up / down words, English and Japanese (also read by ``extract`` for a figure's direction)
DIR_RX = re.compile(rf"\b(?P<buy>{lx.BUY_WORDS})\b|\b(?P<sell>{lx.SELL_WORDS})\b|\b(?P<up>{lx.UP_WORDS})\b|"
                    rf"\b(?P<down>{lx.DOWN_WORDS})\b|(?P<jbuy>{lx.JA_BUY})|(?P<jsell>{lx.JA_SELL})", re.I)
_GAP_AFTER = re.compile(r"\s+(?P<dir>less|more|lower|higher|smaller|bigger|larger|below|above|behind|ahead of|short of)"
                        r"(?:\s+than)?\s+(?:that of\s+|those of\s+|the holdings of\s+)?(?P<who>[A-Z][\w.' -]{1,30})")
_FROM = re.compile(r"\bfrom\s+(?:(?:a|an|the|its|their|revised|record|all-time|peak|high|low|roughly|about|recent|"
                   r"earlier|former|(?:19|20)\d\d|"
                   r"(?:previous|prior|preceding|last|[A-Z][a-z]+) (?:month|week|year|quarter)(?:'s|’s)|"
                   r"(?:[A-Z][a-z]+|a year earlier)(?:'s|’s))\s+(?:of\s+)?)*$",
                   re.I)
#: a clause that opens on a move's noun, its article left out: "with significant reductions of $173.2 billion in 2022"
#: (the clause cut after "with"), "cumulative net reduction of"
_CHANGE_OPENS = re.compile(r"\s*(?:(?:significant|sharp|steep|further|large|big|massive|modest|slight|small|cumulative|net|"
                           r"total|combined|consecutive|successive)\s+){0,3}(?:drop|decline|decrease|fall|reduction|cut|"
                           r"increase|rise|gain|jump|climb|surge|plunge|slide|loss)s?\s+of\s*(?:about\s+|some\s+|nearly\s+|"
                           r"around\s+|roughly\s+|almost\s+)?", re.I)
#: between two figures of one list: "$173.2 billion in 2022, $50.8 billion in 2023, and $57.3 billion in 2024"
_LIST_SEP = re.compile(r"\s+(?:in|during|for|over)\s+[\w .'’-]{1,25}?,\s*(?:and\s+)?", re.I)


def listed_after(c: Claim, prev: Claim, s: str) -> bool:
    """"reductions of $173.2 billion in 2022, $50.8 billion in 2023, and $57.3 billion in 2024": a figure listed right
    after a change, each with its own period, and no words of its own, is a change too (and moves the same way)."""
    a, b = c.amount, prev.amount
    if c.role or prev.role != "change" or a is None or b is None or a.kind != "money" or b.kind != "money" or \
            a.currency != b.currency or not _LIST_SEP.fullmatch(s[prev.span[1]:c.span[0]]) or \
            _OWN_CLAUSE_AFTER.match(s, c.span[1]):
        return False
    c.role = "change"
    if c.direction is None:
        c.direction, c.direction_word = prev.direction, prev.direction_word
    return True


_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|reach|reached|reaching|hit|hitting|had|has|have|totall?ed|totall?ing|stood at|standing at|held|holds|holding|"
    r"owned|owns|worth|was|were|is|are|be|been|of|touched|topped|exceeded|near|around|valued at|amounting to|"
    r"amounted to|level of|tally of|stockpile of|pile of|holdings of|total of|record|with|remained|remains|remain|"
    r"remaining|stayed|stays|stay|staying|hovered|hovers|hovering)\s*"
    r"(?:a\s+(?:record\s+|total\s+of\s+|peak\s+of\s+|high\s+of\s+|low\s+of\s+)?|an\s+|some\s+|the\s+)?$", re.I)
_TO_LEVEL = re.compile(r"\b(?:to|at)\s*(?:a\s+(?:record\s+|new\s+)?|an\s+|just\s+|only\s+|a\s+mere\s+|merely\s+|"
                       r"as\s+(?:much|high|little|low)\s+as\s+)?$", re.I)  # "to $X", "rising to as much as $7.75 trillion"
#: "bringing its total ownership close to $585 billion": the level a change led to (the "to" may sit in the
#: figure's own qualifier "close to")
_BRINGING = re.compile(r"\b(?:bringing|taking|pushing|lifting|lowering|leaving|putting)\s+(?:its|their|the|total|"
                       r"China(?:'s|’s)|Japan(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: "a drop of", "the previous record drop of", "October's drop of", "its increase of": a move's size after "of"
_CHANGE_OF = re.compile(r"(?:\b(?:a|an|the|its|their|this|that|notched|posted|made|recorded|registered|saw|with)|\b[A-Z][\w.]*"
                        r"(?:'s|’s))\s+(?:net\s+)?(?:[\w-]+\s+){0,3}?(?:drop|decline|decrease|fall|reduction|cut|increase|rise|"
                        r"gain|jump|climb|surge|plunge|slide|loss|change|growth)s?\s+"
                        # ("the increase in February and March of nearly $20 billion": the move's months between)
                        r"(?:(?:in|over|during)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+)?"
                        r"of\s*(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$|\b(?:increased|reduced|"
                        r"raised|boosted|trimmed|lowered)\s+(?:(?:its|their)\s+)?holdings\s+of\s*(?:nearly\s+)?$", re.I)
#: a move's size told by comparison or degree: "by a smaller 0.4 percent", "was a larger 3.6 percent"
_SIZE_ADJ = (r"(?:staggering|whopping|massive|hefty|sharp|sharper|steep|steeper|modest|mere|further|record|combined|"
             r"cumulative|total|net|larger|smaller|bigger|greater|deeper|slight|slighter|marginal|small|large|big|"
             r"significant|substantial|notable|relatively|much|far|even)")
_BY = re.compile(rf"\bby\s*(?:a\s+|an\s+|some\s+|about\s+)?(?:{_SIZE_ADJ}\s+){{0,2}}$", re.I)
#: "the growth of China's holdings was limited to $2.3 billion", "The increase in its holdings amounted to $X": a move
#: named as the subject, its size the complement
_MOVE_IS = re.compile(r"\b(?:growth|increase|rise|gain|decline|drop|fall|decrease|reduction|cut)\s+(?:in|of)\s+"
                      r"(?:[\w.’'-]+\s+){0,5}?(?:holdings?|stake|stockpile|position)\s+(?:\w+\s+){0,3}?"
                      r"(?:was|were|is|amounted to|came to|totall?ed|stood at)(?:\s+(?:limited|confined|restricted) to|"
                      r"\s+(?:only|just|a mere|an?|about|some|around|roughly))*\s*$", re.I)
#: the move named alone as the subject, its holder before ("China's holdings shrank; the drop came to $7.6 billion",
#: "Japan's increase totaled $19.4 billion", "The drop clocked in at $256.6 billion"): a determiner or a holder's
#: possessive right before the noun
_MOVE_IS_BARE = re.compile(r"\b(?:the|its|their|this|that|[A-Z][\w.]*(?:’s|'s))\s+(?:(?:monthly|net|latest|overall|total)\s+)?"
                           r"(?:growth|increase|rise|gain|decline|drop|fall|decrease|reduction|cut|jump|climb|slide|dip)\s+"
                           r"(?:was|amounted to|came to|totall?ed|stood at|(?:clocked|came) in at|reached|hit)"
                           r"(?:\s+(?:only|just|a mere|an?|about|some|around|"
                           rf"roughly|{_SIZE_ADJ}))*\s*$", re.I)
#: a figure set against an earlier period of the same holder: "7.6 billion less than in February", "$19 billion more
#: than a month earlier" (a change since then; "less than China" is a gap, ``_GAP_AFTER``)
#: who did what between 'than' and the earlier period: "less than they bought the week before"
_THAN_DID = r"(?:(?:they|it|investors|[A-Z][a-z]+(?:\s+investors)?)\s+(?:did|had|bought|sold|purchased|invested)\s+)?"
_THAN_THEN = re.compile(rf"\s*(?:dollars\s+)?(?P<dir>less|lower|smaller|fewer|more|higher|larger|bigger|greater)\s+"
                        # "$47.7 billion lower in March than in February": the later month between
                        rf"(?:(?:in\s+|at\s+the\s+end\s+of\s+)(?:{MONTH_RE})(?:\s+(?:19|20)\d\d)?\s+)?than\s+"
                        rf"{_THAN_DID}(?:in\s+|at\s+the\s+end\s+of\s+)?(?:(?:{MONTH_RE})\b|(?:a|one)\s+(?:week|month|year)\s+"
                        rf"(?:earlier|before|ago)|(?:the\s+)?(?:previous|prior|preceding)\s+(?:week|month|year)|last\s+"
                        rf"(?:week|month|year)|the\s+(?:week|month|year)\s+(?:before|earlier))", re.I)
#: a figure set against the holder's own level at an earlier time: "12.4% below their level a year earlier", "$30
#: billion above its holdings in April 2025" (a change since then, as "lower than a year earlier")
_BELOW_LEVEL_THEN = re.compile(rf"\s*(?P<dir>below|under|above|over)\s+(?:its|their|the)\s+(?:own\s+)?(?:level|holdings|"
                               rf"total|mark)\s+(?:of\s+|in\s+|at\s+the\s+end\s+of\s+)?(?:(?:{MONTH_RE})\b|(?:a|one)\s+"
                               rf"(?:month|year)\s+(?:earlier|before|ago)|(?:the\s+)?(?:previous|prior|preceding)\s+"
                               rf"(?:month|year)|last\s+(?:month|year)|the\s+(?:month|year)\s+(?:before|earlier))", re.I)
#: the same in Japanese: an earlier time as the object of 上回る / 下回る ("前年同月を754億ドル上回った", "2月末の水準を
#: 422億ドル下回った"; not "日本を5億ドル上回った", a gap between two holders)
_JA_PERIOD_OBJECT = re.compile(JA_THEN + r"(?:の(?:水準|保有額|保有高|残高))?を\s*(?:約|およそ)?\s*$")
_JA_ABOVE_BELOW = re.compile(r"\s*(?:ほど|程度)?(?P<dir>上回|下回)")
#: a figure signed with a plus in a data line ("Japan: holdings +$18.3 bn in April to $1,209.9 bn"): a move (a minus
#: sign is left alone: a hyphen looks the same)
_PLUS_BEFORE = re.compile(r"(?:^|[\s(:])[+＋]\s*(?:US)?$")
_MORE_X_THAN = re.compile(rf"\s+(?:more|less|fewer)\s+(?:[\w-]+\s+){{1,4}}?than\s+{_THAN_DID}(?:in\s+|during\s+)?(?:the\s+)?"
                          rf"(?:(?:{MONTH_RE})\b|(?:a|one)\s+(?:week|month|year)\s+(?:earlier|before|ago)|(?:previous|prior|"
                          rf"preceding)\s+(?:week|month|year)|last\s+(?:week|month|year)|(?:week|month|year)\s+(?:before|earlier))",
                          re.I)
#: a flow's move from an earlier period: "net buying fell by ¥X from the previous week", "purchases rose $X from
#: February" (the figure after it), "前週より1兆円少なかった", "買い越し額は前週比で5000億円減少" (Japanese)
_FLOW_MOVED = re.compile(r"\b(?:buying|selling|purchases|sales|inflows?|outflows?|investments?)\b[^,;.]{0,40}?\b(?:fell|rose|"
                         r"dropped|declined|decreased|increased|jumped|slowed|shrank|grew|climbed|slid)\s+(?:by\s+)?(?:about\s+)?$",
                         re.I)
_FROM_EARLIER = re.compile(rf"\s+(?:from|on|versus|compared with)\s+(?:the\s+)?(?:(?:previous|prior|preceding)\s+(?:week|month)|"
                           rf"(?:a|one)\s+(?:week|month)\s+(?:earlier|before)|(?:week|month)\s+before|{MONTH_RE}\b)", re.I)
_JA_FLOW_THAN = re.compile(r"(?:前週|前月|先週|先月)(?:より|比で?|に比べ(?:て)?)[、,]?\s*(?:約|およそ)?\s*$")
_JA_FLOW_WORD = re.compile(r"買い越し|売り越し|取得|処分|購入|売却|投資|流入|流出")
_JA_MORE_LESS = re.compile(r"\s*(?:も|ほど)?(?:多|少|増|減|拡大|縮小)")
#: (a holder's nationality may stand between: "a $56-billion Belgian splurge")
_CHANGE_AFTER = re.compile(r"\s*(?-i:[A-Z][a-z]+\s+)?(?:net\s+)?(?:(?:month|year|week|quarter)[- ](?:on|over)[- ]"
                           r"(?:month|year|week|quarter)\s+|(?:monthly|annual|yearly|weekly|quarterly)\s+)?"
                           r"(?:drop|decline|decrease|fall|reduction|cut|increase|rise|gain|jump|"
                           r"climb|surge|plunge|slide|swing|change|reduction|splurge|binge|hike)\b", re.I)
_TOTAL_TRADED = re.compile(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})\s+(?:in\s+|into\s+)?(?:a\s+)?(?:net\s+)?(?:total|sum)\s+"
                           r"of\s*(?:about\s+|some\s+|around\s+)?$", re.I)
#: a trade's size told after its object: "bought American government securities to the tune of USD 3 billion",
#: "disposing of $2.7 billion", "sold Treasury securities U.S. at 47.5 billion dollars", "a selloff worth $23.8 billion",
#: "net sales of $27.6 billion", "a Treasury-buying spree of $17 billion" (the size of the trade, never a level: the
#: object holds no holdings word, no "to" or "from" of a level)
TRADE_SIZE = re.compile(
    rf"(?:\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|dispos(?:ed|ing) of)\b(?:\s+(?!(?:to|from|by|in|of)\b)(?!{lx.HOLDINGS_WORDS}\b)"
    r"[\w.’'-]+){0,5}?,?\s+(?:to\s+the\s+tune\s+of|amounting\s+to|totall?ing)|"
    rf"\b(?:{lx.SELL_WORDS}|dispos(?:ed|ing) of)\b(?:\s+(?!(?:to|from|by|in|of)\b)(?!{lx.HOLDINGS_WORDS}\b)[\w.’'-]+){{1,5}}?"
    r"\s+at|\bdisposing\s+of|\b(?:net\s+)?(?:sales|purchases|sell-?offs?|disposals?)\s+(?:worth|of)|"
    r"\b(?:buying|selling|purchasing)\s+(?:spree|binge)\s+(?:worth|of))\s*(?:about\s+|some\s+|nearly\s+|around\s+|"
    r"roughly\s+|almost\s+|over\s+|more\s+than\s+)?(?:US|USD|U\.S\.)?\s*$", re.I)
#: "the lowest level since US$1.214 trillion in January 2013": the level an extreme counts from
_SINCE_LEVEL = re.compile(r"\b(?:level|high|low|point|peak|trough)\s+since\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)

_JA_HOLDER_CHAR = {"日": "日本", "中": "中国", "英": "英国"}
_JA_GAP = re.compile(r"(?P<a>[日中英])(?P<b>[日中英])(?:間|両国)?の(?:米国債)?(?:保有(?:額|残高|高)?の)?(?:差|格差)")
#: "日本と中国の保有額の差", "中国と日本との差", "英国と中国の米国債保有額の差": two holders named in full with と
_JA_GAP_AND = re.compile(r"(?P<a>[^\s、。はがのと]{1,8})と(?P<b>[^\s、。はがのと]{1,8})(?:と)?の(?:間の)?(?:米国債)?(?:の)?"
                         r"(?:保有(?:額|残高|高)?の)?(?:差|格差)")
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
_EN_GAP = re.compile(rf"\b[Tt]he (?:gap|difference|spread) between (?:the holdings of\s+)?(?:the\s+)?(?P<a>{_NAME})(?:’s|'s)?\s+"
                     rf"(?:holdings\s+)?and (?:that of\s+|those of\s+)?(?:the\s+)?(?P<b>{_NAME})")
#: "Japan's lead over China", "Japan's margin over China", "Japan leads China by": the first minus the second
_EN_LEAD = re.compile(rf"\b(?P<a>{_NAME})(?:(?:’s|'s)\s+(?:holdings(?:’|')?\s+)?(?:lead|margin|edge|advantage)\s+over|"
                      rf"\s+(?:leads|led|outstrips|outstripped|tops|topped)|\s+(?:is|was|stays|stayed|remains|remained)\s+"
                      rf"ahead\s+of|\s+(?P<behind>trails|trailed|lags|lagged|(?:is|was|stays|stayed|remains|remained)\s+"
                      rf"behind))\s+(?P<b>{_NAME})(?:’s|'s)?\b")


_GAP_MOVED_BY = re.compile(r"\b(?:widen|narrow|grew|grow|shr[ai]nk|expand|increas|decreas|rose|rise|fell|fall|clos|jump|"
                           r"climb|extend)\w*\s+(?:[\w$.,-]+\s+){0,4}?by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
                           r"another\s+|a further\s+)?$", re.I)  # not "ahead of China by $X": that is the gap
_JA_GAP_MOVED = re.compile(r"\s*(?:も|ほど)?(?:拡大|縮小|広が|狭ま|増え|減っ|減り|増加|減少)")
_GAP_NARROW = re.compile(r"narrow|shr[ai]nk|clos|fell|fall|decreas|declin|縮小|狭ま|減", re.I)
_GAP_WIDEN = re.compile(r"widen|gr[eo]w|expand|increas|rose|rise|jump|climb|extend|拡大|広が|増", re.I)


def _gap_move_sign(s: str, start: int, span: tuple[int, int]) -> int:
    """The sign of a gap's move: the verb nearest before the figure ("which had narrowed in February, widened by $27
    billion": widened), else the Japanese verb right after it ("270億ドル拡大")."""
    before = [(m.end(), -1) for m in _GAP_NARROW.finditer(s, start, span[0])] + \
        [(m.end(), 1) for m in _GAP_WIDEN.finditer(s, start, span[0])]
    if before:
        return max(before)[1]
    return -1 if _GAP_NARROW.match(s, span[1]) or _GAP_NARROW.search(s[span[1]:span[1] + 6]) else 1


def _than_then(c: Claim, s: str, before: str) -> str | None:
    """"7.6 billion less than in February": the change since then ("change"); "bought $20 billion more Treasuries than
    in February": a difference of two periods' trades ("", noted ``PERIOD_DIFFERENCE``); "now holds $200 billion less"
    (no "than"): the change since the level named before (noted ``LESS_THAN_NAMED``); None for none of these."""
    a = c.amount
    gap = _gap_more(c, s)
    if gap:
        return gap
    less = _HOLDS_LESS.match(s, a.span[1]) if _HOLDS_BEFORE.search(before) else None
    if less:  # "now holds some $200 billion less" (than the level named before): a change since that level
        c.direction = -1 if less.group("dir").lower() in ("less", "fewer") else 1
        c.notes.append(LESS_THAN_NAMED)
        return "change"
    than = _THAN_THEN.match(s, a.span[1]) or _MORE_X_THAN.match(s, a.span[1])
    if not than:
        if (_FLOW_MOVED.search(before) and _FROM_EARLIER.match(s, a.span[1]) and
                not re.search(r"\bholdings\b", before, re.I)) or \
                (_JA_FLOW_THAN.search(before) and _JA_MORE_LESS.match(s, a.span[1]) and _JA_FLOW_WORD.search(s)
                 and not re.search(r"保有|残高", s)):
            c.notes.append(PERIOD_DIFFERENCE)  # a flow's move since an earlier period: two periods' trades compared
            return ""
        return None
    if than.re is _MORE_X_THAN or any(v.group("buy") or v.group("sell") for v in DIR_RX.finditer(before)):
        c.notes.append(PERIOD_DIFFERENCE)
        return ""
    c.direction = -1 if than.group("dir").lower() in ("less", "lower", "smaller", "fewer") else 1
    return "change"


def _set_against_then(c: Claim, s: str, before: str) -> str | None:
    """A figure set against an earlier time of the same holder: money ``_than_then`` reads; "12.4% lower than a year
    earlier", "$92.5 billion below their level a year earlier" (a change since then: "change", or "pct" for a
    percent); None for none of these."""
    a = c.amount
    if a.kind == "money" and (than := _than_then(c, s, before)) is not None:
        return than
    then = _BELOW_LEVEL_THEN.match(s, a.span[1]) or (_THAN_THEN.match(s, a.span[1]) if a.kind == "percent" else None)
    if not then and _JA_PERIOD_OBJECT.search(s[:a.span[0]]):  # "前年同月を754億ドル上回った": above the level then
        then = _JA_ABOVE_BELOW.match(s, a.span[1])
    if not then or a.kind not in ("money", "percent"):
        return None
    c.direction = -1 if then.group("dir").lower() in ("less", "lower", "smaller", "fewer", "below", "under",
                                                      "下回") else 1
    return "change" if a.kind == "money" else "pct"


def _gap_more(c: Claim, s: str) -> str:
    """"The gap between China and the U.K. has since widened, with the U.K. holding $189.2 billion more": in a sentence
    that names the gap between two holders, a figure with "more" / "less" after it (no "than") is the gap, from the
    side of the one of them named last before it ("gap"; '' if not)."""
    from ustflow.check.subjects import find_subjects

    a = c.amount
    more = re.match(r"\s+(?P<d>more|less)\b(?!\s+than)", s[a.span[1]:], re.I)
    m = _EN_GAP.search(s[:a.span[0]]) if more and a.kind == "money" else None
    if m is None:
        return ""
    pair = [next(iter(find_subjects(m.group(g))), None) for g in ("a", "b")]
    near = [w for w in find_subjects(s[m.end():a.span[0]]) if w.kind in ("country", "japan")]
    if None in pair or not near or (near[-1].kind, near[-1].slug) not in {(p.kind, p.slug) for p in pair}:
        return ""
    other = next(p for p in pair if (p.kind, p.slug) != (near[-1].kind, near[-1].slug))
    c.subject, c.subject_how, c.other = near[-1], "stated", other
    c.direction = 1 if more.group("d").lower() == "more" else -1
    return "gap"


def _between(c: Claim, s: str):
    """(holder, other, symmetric) when the figure's sentence says it is the gap between two holders before the
    figure: its size whoever leads ("日中間の差は", "日本と中国の保有額の差", "the gap between China and Japan"), or
    the first's lead over the second ("Japan's lead over China", "Japan is ahead of China by"); None otherwise."""
    from dataclasses import replace

    from ustflow.check.subjects import find_subjects

    head = s[:c.amount.span[0]]
    symmetric = True
    m = _JA_GAP.search(head)
    if m and m.group("a") != m.group("b"):
        names = [_JA_HOLDER_CHAR[m.group("a")], _JA_HOLDER_CHAR[m.group("b")]]
    else:
        m = _JA_GAP_AND.search(head) or _EN_GAP.search(head)
        if m is None:
            m, symmetric = _EN_LEAD.search(head), False
        names = [m.group("a"), m.group("b")] if m else []
    who = [next(iter(find_subjects(n)), None) for n in names]
    if len(who) != 2 or None in who or any(w.kind not in ("country", "japan") for w in who) or who[0].slug == who[1].slug:
        return None
    if any(w.kind in ("country", "japan") for w in find_subjects(head[m.end():])) or "。" in head[m.end():]:
        return None  # "日中間の差は縮小し、中国の保有額は7674億ドル": the figure is another holder's, not the gap
    if not symmetric and m.group("behind"):  # "China trails Japan by $400 billion": Japan's lead, said of China
        who = who[::-1]
    return tuple(replace(w, span=m.span()) for w in who) + (symmetric,)


def _agent_of(word: str) -> str:
    """"net buyers of ¥565 billion": after the trader's noun, 'of' leads to the sum traded (not to a level)."""
    return r"(?:of\s+)?" if re.search(r"(?:buyers?|sellers?|purchasers?)$", word, re.I) else ""


#: a holder's holdings as a difference from a level the sentence named before, with no "than": "but now holds some
#: $200 billion less", "it owns $50 billion more today"
_HOLDS_BEFORE = re.compile(r"\b(?:holds|held|owns|owned|has|had|keeps|kept)\s+(?:some\s+|about\s+|around\s+|roughly\s+|"
                           r"nearly\s+|almost\s+|over\s+|more than\s+|less than\s+)?$", re.I)
_HOLDS_LESS = re.compile(r"\s+(?:of\s+(?:them|it|Treasuries|U\.?S\.?\s+(?:debt|Treasuries))\s+)?(?P<dir>less|fewer|more)\b"
                         r"(?!\s+than)(?:\s+(?:now|today|than\s+that))?\s*(?:[.,;]|$)", re.I)


#: the next of a list of levels a move led to: "falling to $867 billion (about 1,127 trillion won) at the end of 2022 and
#: $816 billion at the end of 2023", "rose to $1.1 trillion in 2020, $1.2 trillion in 2021 and"
_LEVEL_LIST = re.compile(r"\bto\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:US)?\$\s?[\d.,]+\s*(?:trillion|billion|"
                         r"tn|bn)\b(?:\s*\([^()]*\))?(?:\s+(?:at|in|by|as of)\s+(?:the\s+end\s+of\s+)?[\w .'’-]{1,25}?)?"
                         r"(?:\s*,\s*(?:US)?\$\s?[\d.,]+\s*(?:trillion|billion|tn|bn)\b(?:\s*\([^()]*\))?(?:\s+(?:at|in|by)\s+"
                         r"(?:the\s+end\s+of\s+)?[\w .'’-]{1,25}?)?)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _with_stock(s: str, cs: int, a) -> bool:
    """"..., with over $1.3 trillion invested in November 2013": a figure opening a 'with' clause (cut off as its own
    clause) that no trading verb follows is what the holder had, a level (not "with $5 billion sold in March")."""
    lead = s[max(0, cs - 8):cs]  # ", with" opening the clause (not "compared with", "along with")
    return not s[max(cs, a.span[0] - 60):a.span[0]].strip() and bool(re.search(r"(?:^|[,;—–-])\s*with\s*$", lead)) \
        and not re.match(r"\s+(?:(?:of|in|worth)\s+[\w.]+(?:\s+[\w.]+)?\s+)?(?:bought|sold|purchased|dumped|offloaded|"
                         r"shed|cut|added|acquired|disposed)\b", s[a.span[1]:], re.I)


_VERSUS = re.compile(r"\b(?:versus|vs\.?)\s+$", re.I)
#: the figure's own earlier period right after it: "versus $784.3 billion a month earlier", "vs. $X in February"
_EARLIER_AFTER = re.compile(rf"\s+(?:(?:a|one)\s+(?:month|year|week)\s+(?:earlier|before|ago)|the (?:previous|prior|"
                            rf"preceding) (?:month|week|year)|(?:in|at the end of|at end-)\s+{MONTH_RE}\b)", re.I)


def _versus_before(s: str, span: tuple[int, int]) -> bool:
    """"slipped to $765.4 billion, versus $784.3 billion a month earlier": the starting level, named by its period;
    "held $259 billion, compared with $260.4 billion", "compared to 438.7 billion on a monthly basis": one that names
    none (a monthly story's earlier level: the month before the level it is paired with, as "from $X" is); "it was
    lower than $1.25 trillion seen in November": the earlier level compared with, named by its period."""
    if _VERSUS.search(s[max(0, span[0] - 12):span[0]]) and _EARLIER_AFTER.match(s, span[1]):
        return True
    if _THAN_BEFORE.search(s[max(0, span[0] - 40):span[0]]) and _THAN_PERIOD_AFTER.match(s, span[1]):
        return True
    return bool(_COMPARED_BARE.search(s[max(0, span[0] - 30):span[0]]) and _NO_PERIOD_AFTER.match(s, span[1]))


#: a comparative's level ("lower than $1.25 trillion seen in November", "higher than $597 billion recorded in
#: September"): not "than the $768.8 billion reported in February" (an earlier print, ``classify``), nor a gap
#: ("$3 billion lower than in May": the figure before the comparative)
_THAN_BEFORE = re.compile(r"\b(?:higher|lower|bigger|smaller|larger|greater)\s+than\s+"  # ("less than $X": a qualifier)
                          r"(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)
_THAN_PERIOD_AFTER = re.compile(rf"(?:\s+(?:US\s+)?dollars)?\s+(?:(?:seen|recorded|registered|posted|logged|held|"
                                rf"reached|touched)\s+)?(?:(?:just\s+)?(?:in|at the end of|as of|by the end of)\s+"
                                rf"(?:{MONTH_NAMES}|the (?:previous|prior|preceding) (?:month|year)|(?:19|20)\d\d)|"
                                rf"a (?:month|year) (?:earlier|before|ago))\b", re.I)
_COMPARED_BARE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
                            re.I)
#: nothing after a compared figure that names its period ("on a monthly basis": the month before, as with none)
_NO_PERIOD_AFTER = re.compile(r"(?:\s+(?:US\s+)?dollars)?(?:\s+on a monthly basis|\s+month[- ](?:on|over)[- ]month)?"
                              r"\s*(?:[,.;)]|$|(?:and|while|whereas|but|then)\b)", re.I)


#: a percent set after a dollar move with a comma: "rose by about $24 billion, more than 3 percent", "fell $8bn, or 1%"
#: (the same move told as a percent, its verb further back than a percent's own)
_AFTER_MOVE = re.compile(r"\b(?:by\s+)?(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+)?(?:US)?\$\s?\d[\d.,]*\s*"
                         r"(?:trillion|billion|million|tn|bn|mn)?\s*,\s*(?:or\s+)?$", re.I)


def _verb_right_before(c: Claim, before: str) -> bool:
    """The figure's own move verb right before it ("sold $X", "sold a record $21.5 billion"; "dropped US Treasuries worth
    $X", a shedding only: "by acquiring US bonds worth $121.1 billion" is a translation's holdings)."""
    worth = r"|(?:(?:US|U\.S\.|American)\s+)?(?:Treasur(?:y|ies)|bonds|debt|securities)(?:\s+\w+)?\s+worth\s+" \
        r"(?:about\s+|some\s+|nearly\s+)?" if re.fullmatch(rf"{lx.SELL_WORDS}|{lx.DOWN_WORDS}", c.direction_word, re.I) else ""
    return bool(c.direction_word) and bool(re.search(
        rf"\b(?:{c.direction_word})\s*{_agent_of(c.direction_word)}(?:a\s+net\s+|net\s+|another\s+|"
        rf"an?\s+(?:(?:record|further|whopping|massive|hefty|staggering|combined)\s+)*{worth})?$", before, re.I))


#: a restatement in brackets right after a figure ("(約10兆6000億円)", "（$17.5 billion）"): the words after it are the figure's
_RESTATED_AFTER = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")


#: a second level after "to" the first: "fell to $48.7 billion that month and $14.9 billion in May" (only a period between)
_TO_AND = re.compile(r"\bto\s+(?:about\s+|around\s+)?(?:US)?\$\s?\d[\d.,]*\s*(?:bn|billion|trillion|million|mn)\b"
                     r"(?:\s+(?:in|by|at the end of|that|this|last)\s+[A-Za-z]+(?:\s+(?:19|20)\d\d)?)?,?\s+and\s+$", re.I)


#: the second figure opens a clause of its own: "fell to $768 billion in May and $120 billion of that is in bills",
#: "… and $50 billion more are due to mature" (no level sharing the first's "to")
_OWN_CLAUSE_AFTER = re.compile(r"\s+(?:of\s+(?:that|which|it|them|this|those)\b|more\b|less\b|(?:is|are|was|were|will|would|"
                               r"has|have|had)\b)", re.I)


def _shares_to(s: str, a, before: str) -> bool:
    """"fell to $48.7 billion in April and $14.9 billion in May": the second figure shares the first's "to" (not
    when it opens a clause of its own: "… and $30 billion of that was in bills")."""
    return bool(_TO_AND.search(before)) and not _OWN_CLAUSE_AFTER.match(s, a.span[1])


#: a yield or a rate a move started from: "0.73%から3.13%に", "1.51%から上昇", "150円から"
_JA_MARKET_FROM = re.compile(r"\s*から(?:は)?\s*(?:(?:約)?[+\-−]?\d[\d.,]*\s*(?:[%％]|円)|上昇|低下|下落|急騰|急落|反発|反落)")


#: a figure named as a holding or a level by the noun after it: "the $1166.2 holding of Jan"
_NAMED_LEVEL = re.compile(r"\s+(?:holdings?|level)\s+(?:of|in|at|for)\b", re.I)


def _colon_item(head: str, before: str) -> bool:
    """Whether the figure is an item of a list after a colon, the lead verb before the colon its move ("China scaled
    back its holdings: $173.2 billion in 2022, $50.8 billion in 2023"); not "…: its investment fell to $48.7 billion",
    whose own verb tells the figure's role, nor "…: from 2.7 billion to 306 million, the share of short-term bonds was
    $5.45 billion", levels the words after the colon name by "to" or a verb of being."""
    if ":" not in head:
        return False
    tail = head[head.rfind(":"):]
    return not DIR_RX.search(tail) and not _TO_LEVEL.search(before) and not _LEVEL_BEFORE.search(tail)


def figure_role(c: Claim, s: str) -> str:
    """level / from / change / flow / pct / (empty) from the words around the figure."""
    a = c.amount
    cs = s.rfind(c.clause) if c.clause else 0
    before = s[max(cs, a.span[0] - 60):a.span[0]]
    after = s[a.span[1]:a.span[1] + 25]
    if a.parenthetical or holder_paren_level(c, s, DIR_RX):  # "followed by China ($767.4 billion)": ``holder_parens``
        return "restated" if a.parenthetical else "level"
    if a.kind in ("percent", "pp") and jm.day_move_set(c, s):
        return "change"  # "前日比0.046%高い2.690%": the day's move (``japanese_markets.day_move``)
    if _RESTATED_AFTER.match(s, a.span[1]):  # "961億ドル(約10兆6000億円)から": the restatement between the figure and から
        after = s[_RESTATED_AFTER.match(s, a.span[1]).end():][:25]
    tic_usd = tic_dollars(c)
    moved_from = (re.match(r"\s*から(?:は)?\s*(?:増加|減少|拡大|縮小|増え|減っ|減り|増やし|減らし)", after) and a.currency == "USD"
                  and a.kind == "money") or (a.kind in ("percent", "fx") and _JA_MARKET_FROM.match(after))  # "0.73%から3.13%に"
    if _FROM.search(s[max(0, a.span[0] - 40):a.span[0]]) or _versus_before(s, a.span) or (re.match(r"\s*から(?!の)", after) and
                                                                  (ja_holdings_text(c) or tic_usd)) or moved_from:
        return "from"  # "前月の1兆0920億ドルから増加": Japanese puts "from" after the figure
    if re.match(r"\s*を(?:上回|下回)", after) and (ja_holdings_text(c) or tic_usd):
        return ja_holders_level(c, s) or "from"  # "前月の5兆8403億ドルを上回り": the level compared with, the month before
    if (pair := _between(c, s) if a.kind == "money" else None):  # "日中間の差は…2778億ドルに広がった", "the gap between China and Japan narrowed to $8 billion"
        c.subject, c.other, c.direction = pair[0], pair[1], None if pair[2] else 1
        if pair[2]:
            c.notes.append(SYMMETRIC_GAP)
        moved = _GAP_MOVED_BY.search(before) or _JA_GAP_MOVED.match(s, a.span[1])
        if moved:  # "widened by $27 billion", "270億ドル広がり": the gap's move over the month, not its size
            c.notes.append(GAP_CHANGE)
            c.direction = _gap_move_sign(s, pair[0].span[1], a.span)
        return "gap"
    if (ja := ja_holdings_role(c, s)):
        return ja
    if re.search(r"(?:保有額|保有高|保有残高|残高)(?:は|が)\s*$", before) or (a.kind == "money" and _NAMED_LEVEL.match(after)):
        return "level"  # "中国の保有額は1兆1020億ドルで"; "lower than the $1166.2 holding of Jan": a holding named by its figure
    head = s[:a.span[0]]
    if _colon_item(head, before):
        # "China scaled back its holdings: $173.2 billion in 2022, $50.8 billion in 2023"
        lead = head[:head.rfind(":")][-300:]  # the list's lead clause, not a whole run-on sentence
        verbs = list(DIR_RX.finditer(lead))
        if verbs:
            v = verbs[-1]
            if c.direction is None:  # every item of the list moves the way the lead verb says
                c.direction = 1 if (v.group("buy") or v.group("up") or v.group("jbuy")) else -1
                c.direction_word = v.group(0)
            if v.group("up") or v.group("down"):
                return "change"
            return "flow"
    ja_gap = re.match(r"\s*(?:ほど|程度)?(?P<dir>上回|下回)", after)
    if ja_gap and a.kind == "money" and re.search(r"を\s*(?:約|およそ)?\s*$", s[:a.span[0]]):
        from ustflow.check.subjects import find_subjects

        who = [m for m in find_subjects(before) if m.kind in ("country", "japan")
               and re.fullmatch(r"(?:の\s*(?:約|およそ)?\s*[\d,.兆億]+ドル\s*)?を\s*(?:約|およそ)?\s*", before[m.span[1]:])]
        if who:  # "中国の保有額は、日本を5億ドル上回った", "…、中国の6511億ドルを2864億ドル上回った": the gap between two holders
            c.other = who[-1]
            c.direction = 1 if ja_gap.group("dir") == "上回" else -1
            return "gap"
    gap = _GAP_AFTER.match(s[a.span[1]:])
    if gap and a.kind == "money":
        from ustflow.check.subjects import find_subjects

        who = [m for m in find_subjects(gap.group("who")) if m.kind in ("country", "japan")]
        if who:  # "only $60 billion less than that of China": the gap between two holders
            c.other = who[0]
            c.direction = -1 if gap.group("dir").lower() in ("less", "lower", "smaller", "below", "behind",
                                                             "short of") else 1
            return "gap"
    if (then := _set_against_then(c, s, before)) is not None:
        return then
    if _CHANGE_OF.search(before) or _CHANGE_OPENS.fullmatch(s[cs:a.span[0]]) or _BY.search(before) or \
            _CHANGE_AFTER.match(after) or _MOVE_IS.search(before) or _MOVE_IS_BARE.search(before) or _PLUS_BEFORE.search(before):
        return "change"
    if _TOTAL_TRADED.search(before) or (a.kind == "money" and TRADE_SIZE.search(before)):
        return "flow"  # "invested in a total of US$107.4 billion of US bonds", "to the tune of USD 3 billion": a trade
    if a.kind in ("percent", "pp", "bp"):
        return "pct" if DIR_RX.search(before[-25:]) or (_AFTER_MOVE.search(before) and DIR_RX.search(before)) else ""
    if _TO_LEVEL.search(before) or _shares_to(s, a, before):
        return "level"  # "fell to $48.7 billion in April and $14.9 billion in May": the "to" of both
    if re.match(r"(?:below|above|beneath)\b", a.text, re.I) and DIR_RX.search(before[-14:]):
        return "level"  # "$980.8 billion, falling below $1 trillion": the level crossed, not the size of the fall
    if _verb_right_before(c, before):
        return "flow" if re.fullmatch(rf"(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})", c.direction_word.lower(), re.I) else "change"
    if _LEVEL_LIST.search(s, max(cs, 0), a.span[0]) and not _OWN_CLAUSE_AFTER.match(s, a.span[1]):
        c.notes.append(LISTED_LEVEL)  # its move runs from the level listed before it, not from the month before
        return "level"
    if _LEVEL_BEFORE.search(before) or _BRINGING.search(before) or _SINCE_LEVEL.search(before) or _with_stock(s, cs, a):
        return "level"
    if a.qualifier in ("above", "below") and DIR_RX.search(a.text):
        return "level"  # "climbed above $1.5 trillion", "fell below $1 trillion": the level crossed
    return ""
