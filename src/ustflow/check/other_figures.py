"""Dollar figures about something other than Treasuries, said beside a holder (issue 13, session 15):

    中国人民銀行が発表した外貨準備高は6月末時点で3兆1190億ドル、5月末は3兆1010億ドルとなっていた
    SAMA has $361.75 billion in deposits with foreign institutions.
    Ireland's holdings are bigger than the size of its economy, which is worth about $230 billion.
    Of the $1.62 trillion held by funds in the nation, $337 billion is in government bonds including Treasuries.

A country's foreign-exchange reserves (a central bank's own figure), its deposits abroad, its economy, or a class of
bonds wider than Treasuries: none is TIC's holdings of Treasuries, which these figures were judged against (and
called false). Each names what the figure is in the words next to it; a sentence that names Treasuries between
those words and the figure is left alone ("外貨準備のうち米国債の保有額は…").

And the other way round: "Japanese investors added 155.6 billion yen worth of long-term overseas bonds to their
portfolios" is a week's net purchase (MoF's flows), not a change of a stock in yen, which no series here holds.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: "added ¥155.6 billion worth of overseas bonds to their portfolios": a purchase told as an addition to a portfolio
_ADDED_TO = re.compile(r"\badd(?:ed|s|ing)?\s+(?:a\s+net\s+)?(?:about\s+|some\s+|around\s+|roughly\s+)?$", re.I)
_TO_PORTFOLIO = re.compile(r"[^.;]{0,80}?\bto\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:portfolios?|holdings)\b", re.I)

#: the reserves as the figure's topic, before it: "外貨準備高は…", "外貨準備は"; Treasuries named after it make them the
#: part in Treasuries ("外貨準備のうち米国債は")
_JA_RESERVES = re.compile(r"外貨準備(?:高|資産)?")
_JA_TREASURIES = re.compile(r"米国債|米財務省証券|米債|財務省証券")
#: Treasuries named right after the figure: "外貨準備として1兆1000億ドルの米国債を保有" (the figure is the Treasuries)
_JA_OF_TREASURIES = re.compile(r"\s*(?:相当|規模|分)?の\s*(?:" + _JA_TREASURIES.pattern + ")")
#: right after the figure: "$361.75 billion in deposits with foreign institutions"
_DEPOSITS_AFTER = re.compile(r"\s*(?:in|of)\s+(?:bank\s+)?deposits\b", re.I)
#: an economy's size before the figure: "its economy, which is worth about", "an economy valued at"
_ECONOMY_BEFORE = re.compile(r"\beconomy,?\s+(?:which\s+)?(?:is|was|being)?\s*(?:worth|valued\s+at)\s+(?:about\s+|around\s+|"
                             r"some\s+|roughly\s+|nearly\s+|almost\s+)?(?:US)?$", re.I)
#: a class of bonds of which Treasuries are one part: "$337 billion is in government bonds including Treasuries"
_WIDER_AFTER = re.compile(r"\s*(?:is|are|was|were)?\s*(?:invested\s+)?in\s+(?:government|sovereign|fixed[- ]income|debt)\s+"
                          r"(?:bonds|securities|debt)\s*,?\s+(?:including|such as)\b", re.I)


def beyond_treasuries(c: Claim, measure: str) -> str:
    """Why a dollar figure read as a holder's Treasuries is something else (''): the reasons above."""
    a = c.amount
    if a is None or a.currency != "USD" or not (measure.startswith("holdings") or measure == "flow"):
        return ""
    s = c.sentence.text
    res = list(_JA_RESERVES.finditer(s, 0, a.span[0]))
    if res and not _JA_TREASURIES.search(s, res[-1].end(), a.span[0]) and not _JA_OF_TREASURIES.match(s, a.span[1]):
        return ("foreign-exchange reserves (a central bank's own figure), which no series in the store holds; TIC's "
                "table counts a holder's Treasuries only")
    if measure == "flow":  # (a dollar flow: "外貨準備高は…前月比434億ドル減少", the reserves' change, not MoF's trades)
        return ""
    if _DEPOSITS_AFTER.match(s, a.span[1]):
        return "deposits (a central bank's or a bank's balance sheet), which no series in the store holds"
    if _ECONOMY_BEFORE.search(s[:a.span[0]]):
        return "the size of an economy (its GDP), which no series in the store holds"
    if _WIDER_AFTER.match(s, a.span[1]):
        return ("bonds of which Treasuries are only a part (another publisher's statistics), which no series in the "
                "store holds")
    return ""


def added_to_portfolio(c: Claim, measure: str) -> str:
    """"Japanese investors added ¥155.6 billion worth of long-term overseas bonds to their portfolios": a yen figure
    added to a MoF instrument's portfolio is that instrument's net purchase ("flow"); else ``measure`` as it is. Not a
    dollar figure ("China added $5 billion of Treasuries to its holdings" is a change of TIC holdings)."""
    a = c.amount
    if a is None or a.currency != "JPY" or not measure.startswith("holdings") or c.instrument is None or \
            c.instrument[0] not in ("assets", "liabilities"):
        return measure
    s = c.sentence.text
    if _ADDED_TO.search(s[:a.span[0]]) and _TO_PORTFOLIO.match(s, a.span[1]):
        return "flow"
    return measure
