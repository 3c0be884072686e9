"""Records of market prices, not of the store's figures: "propelled domestic shares to fresh record highs",
"even as shares pulled back from record highs", "the Nikkei reached a record close" (``extract`` leaves such a
qualifier without a host and notes it, ``claims.MARKET_PRICE``)."""

from __future__ import annotations

import re

from ustflow.check.clauses import clause_bounds

_PRICE_SUBJECT = re.compile(r"\b(?:Nikkei|Topix|TOPIX|S&P(?: 500)?|Dow|Nasdaq|(?:stock|share|equity) (?:index|indices|indexes|"
                            r"average|market|prices?)|share average|index|indices|shares|stocks|equities|gold|oil)\b")
#: a price carried to or from a record: "propelled domestic shares to fresh record highs", "pulled back from record
#: highs", "the Nikkei reached a record close"
_PRICE_MOVE = re.compile(r"\b(?:propell\w*|push\w*|lift\w*|driv\w*|drove|sen[dt]\w*|hit\w*|reach\w*|touch\w*|scal\w*|"
                         r"set\w*|climb\w*|ros[e]|rising|surg\w*|soar\w*|jump\w*|pull\w* back|retreat\w*|fell|fall\w*|"
                         r"slipp?\w*|eas\w*|clos\w*|trad\w*|end\w*)\b[^.;,]{0,40}$", re.I)

#: the shares named as what a trade is in: "net buying of Japanese shares", "their purchases of stocks"
_TRADE_OF = re.compile(r"\b(?:buying|selling|purchases|sales|inflows?|outflows?|investments?|holdings|trades?|trading)\s+"
                       r"(?:of|in|into)\s+(?:[\w-]+\s+){0,2}$", re.I)


def market_price(s: str, span: tuple[int, int], q, figures: list) -> bool:
    """Whether a record names a market price (a stock index, shares) rather than a figure of the store's: the
    clause has no figure, and a price moves to or from the record ("buoyed by sentiment that propelled domestic
    shares to fresh record highs", "even as shares pulled back from record highs", "locked in profits at record
    high market levels", "as the Nikkei reached a record close")."""
    if q.kind != "extreme" or q.word not in ("record", "high", "highest", "peak", "low", "lowest"):
        return False
    cs, ce = clause_bounds(s, span[0])
    if any(cs <= f.span[0] < ce for f in figures):
        return False
    if re.match(r"\s*(?:highs?\s+|lows?\s+)?(?:close|closing|market levels?|levels? (?:on|in) the (?:stock|share))\b",
                s[span[1]:], re.I):
        return True
    before = s[cs:span[0]]
    subj = list(_PRICE_SUBJECT.finditer(before))
    if not subj or _TRADE_OF.search(before[:subj[-1].start()]):
        return False  # "Foreign investors' net buying of Japanese shares reached a record high": the trades' record
    return bool(_PRICE_MOVE.search(before[subj[-1].end():] + " ")) or \
        bool(re.search(r"\b(?:to|from)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:fresh\s+|new\s+)?$", before))


#: a stock index named as what moved: "Japan's Nikkei share average has fallen", "the Topix index rose"
_INDEX = re.compile(r"\b(?:Nikkei(?: 225| Stock Average| share average| average| index)?|Topix|TOPIX|S&P 500|S&P|"
                    r"Dow(?: Jones)?(?: Industrial Average)?|Nasdaq|(?:benchmark |broader )?(?:stock|share) (?:index|average)|"
                    r"share average)\b|日経平均(?:株価)?|東証株価指数|TOPIX")
_MOVED = re.compile(r"\b(?:has |had |have )?(?:fallen|fell|dropped|declined|slumped|lost|tumbled|slid|sank|plunged|"
                    r"risen|rose|gained|climbed|jumped|surged|soared|rallied|added|is (?:down|up)|was (?:down|up)|"
                    r"(?:is|was) off)\b|下落|上昇|値下がり|値上がり", re.I)


def index_move(s: str, span: tuple[int, int]) -> str:
    """The stock index a percentage is a move of ("Japan's Nikkei share average has fallen more than 10 percent so far
    this year": the index's, which the store does not hold, not a share of holdings): named before the figure in its
    clause with a move between and no other figure or clause break; "" when none."""
    before = s[max(0, span[0] - 80):span[0]]
    idx = list(_INDEX.finditer(before))
    if not idx:
        return ""
    between = before[idx[-1].end():]
    if re.search(r"[,;、。]|\d", between):
        return ""
    # "日経平均株価は前日比1.2%高": Japanese puts the move after the figure, the day before as its base
    if _MOVED.search(between) or re.search(r"前(?:日|営業日|週末?)比", between) or _JA_MOVED_AFTER.match(s, span[1]):
        return idx[-1].group(0)
    return ""


_JA_MOVED_AFTER = re.compile(r"\s*(?:高|安|上昇|下落|値上がり|値下がり|反発|反落|続伸|続落)")
