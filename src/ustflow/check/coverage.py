"""What the official data here do not cover, read off a figure's words: a noun no series covers ("reserves", "GDP",
"profits": ``OUT_OF_SCOPE``), the stock exchange's weekly statistics (``exchange_source``), securities the official
tables do not break out ("super-long JGBs", "U.S. stocks": ``beyond_data``), and a figure as an earlier release
printed it, before a revision (``earlier_print``). ``classify`` asks here before it gives a figure a measure.
"""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx
from ustflow.check.claims import Claim
from ustflow.check.text import spans

#: what a figure can be about that no official series here covers
OUT_OF_SCOPE = re.compile(
    r"\b(?:(?:foreign[- ]exchange |FX |currency )?reserves|GDP|gross domestic product|assets under management|AUM|"
    r"budget|deficit|surplus|profits?|loss(?:es)?|revenues?|market (?:value|capitali[sz]ation)|stimulus|spending|"
    r"debt outstanding|outstanding debt|national debt|aid|package|bonus|salar(?:y|ies)|fund size|valuation|"
    r"unrealized|unrealised|paper losses|earnings|capital (?:base|ratio|injection)|dividends?|buybacks?|issuance|auction|bond purchases by|"
    r"quantitative easing|balance sheet|current account|trade (?:surplus|deficit|balance)|exports?|imports?)\b", re.I)
#: a sentence that says its figures are the US Treasury's: "based on data from the US Treasury Department", "Treasury
#: data showed", "according to TIC data"
TREASURY_DATA = re.compile(r"\b(?:data|figures|statistics|report)\s+(?:from|by|of|released by)\s+the\s+(?:U\.?S\.?\s+)?"
                            r"(?:Department\s+of\s+(?:the\s+)?Treasury|Treasury(?:\s+Department)?)\b|\b(?:U\.?S\.?\s+)?Treasury"
                            r"(?:\s+Department)?(?:'s|’s)?\s+(?:data|figures|statistics)\b|\bTIC\s+data\b", re.I)
#: the out-of-scope words that are balance-of-payments items (``bop.reread`` reads those figures)
BOP_WORD = re.compile(r"(?i)deficit|surplus|current account|trade|exports?|imports?")
#: a holder's bare "reserves" ("The country's reserves decreased to $688.7 billion"), not its foreign-exchange ones
_BARE_RESERVES = re.compile(r"(?:'s|’s|\bits|\btheir)\s+reserves\b", re.I)

def out_of_scope(near: str, sentence: str) -> re.Match | None:
    """What in ``near`` no official series covers (``OUT_OF_SCOPE``); a holder's bare "reserves" in a sentence that
    cites the US Treasury's data is its Treasury holdings ("The country's reserves decreased to $688.7 billion in
    October, ... based on data from the US Treasury Department"): the Treasury publishes no reserves."""
    m = OUT_OF_SCOPE.search(near)
    if m and m.group(0).lower() == "reserves" and _BARE_RESERVES.search(near[:m.end()]) and \
            TREASURY_DATA.search(sentence) and not OUT_OF_SCOPE.search(near, m.end()):
        return None
    return m


#: between a figure and a word after it that is another thing's, not the figure's: a clause or an aside opened between
#: ("to $220.2 billion amid rising foreign exchange reserves", "with over $1.1 trillion, is also increasing its gold
#: reserves"); not "$3.2 trillion in foreign-exchange reserves", "$1.2 trillion of reserves"
_OTHER_CLAUSE = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:amid|while|whereas|but|and|as|after|before|because|since|"
                           r"despite|with|which|that|who|is|are|was|were|has|have|had|will|would|to)\b", re.I)
#: a holder of the nation's debt is a holder of its Treasuries: "The third largest holder of the US national debt is
#: Brazil", "the largest foreign creditor of America's outstanding debt"
_HOLDER_OF = re.compile(r"\b(?:holders?|creditors?|owners?)\s+of\s+(?:the\s+)?(?:(?:U\.?S\.?|US|American?|America(?:'s|’s))\s+)?$",
                        re.I)
_NATION_DEBT = re.compile(r"(?:national|outstanding) debt|debt outstanding", re.I)


def out_of_scope_near(s: str, span: tuple[int, int], reach: int = 40, within: str = "") -> re.Match | None:
    """What no official series covers that is said of the figure at ``span`` (``out_of_scope`` within ``reach``
    characters of it): a word before it, unless it is the debt of which a holder is named ("holder of the US national
    debt"), or a word after it in the same clause (none opened between: "amid rising foreign exchange reserves" is
    another thing's)."""
    lo, hi = max(0, span[0] - reach), span[1] + reach
    if within and (at := s.rfind(within, 0, span[0] + len(within))) >= 0:  # (only the words of the figure's clause)
        lo, hi = at, at + len(within)
    near = s[lo:hi]
    for m in OUT_OF_SCOPE.finditer(near):
        at, end = lo + m.start(), lo + m.end()
        if end <= span[0]:
            if _HOLDER_OF.search(s, 0, at) and _NATION_DEBT.fullmatch(m.group(0)):
                continue
        elif at >= span[1] and _OTHER_CLAUSE.search(s, span[1], at):
            continue
        if m.group(0).lower() == "reserves" and _BARE_RESERVES.search(s, max(0, at - 12), end) and TREASURY_DATA.search(s):
            continue  # a holder's bare "reserves" in a sentence citing the Treasury's data (``out_of_scope``)
        return m
    return None


_EXCHANGE = r"(?:Tokyo Stock Exchange|Japan Exchange Group|TSE|JPX)"
_EXCHANGE_DATA = re.compile(r"\b(?:(?:Tokyo )?(?:stock )?exchange data|(?:data|figures|statistics) (?:(?:released|published|"
                            r"issued|compiled)\s+(?:on\s+)?(?:\w+\s+)?)?(?:from|by|of) (?:the )?(?:Tokyo Stock Exchange|"
                            r"Japan Exchange Group|TSE|JPX|(?:Japan(?:ese|'s|’s)? |Tokyo(?:'s|’s)? |stock )*exchanges?)|"
                            # "Tokyo Stock Exchange figures showed", "the Japan Exchange Group said on Thursday"
                            rf"{_EXCHANGE}(?:'s|’s)? (?:data|figures|statistics)|"
                            rf"{_EXCHANGE} (?:said|showed|reported|announced))\b", re.I)
#: MoF named as the source ("Ministry of Finance data showed, while Tokyo Stock Exchange trading was thin"): its data
MOF_SOURCE = re.compile(r"\b(?:Finance Ministry|Ministry of Finance|MoF|MOF)\b|財務省", re.I)
#: the exchange's own categories (MoF's securities transactions have neither): "cash equities and derivative contracts"
_EXCHANGE_WORDS = re.compile(r"\bcash (?:equities|shares|stocks)\b|\b(?:index )?futures\b|\bderivative contracts\b", re.I)
_SUBTYPE = re.compile(rf"\b(?:{lx.SUBTYPES})\b", re.I)


def exchange_source(s: str) -> str:
    """The stock exchange's statistics a sentence attributes its figures to ("according to data released Thursday from
    Tokyo Stock Exchange operator the Japan Exchange Group"), "" when it names none."""
    m = _EXCHANGE_DATA.search(s)
    return m.group(0) if m and not MOF_SOURCE.search(s) else ""


def beyond_data(c: Claim, measure: str, clause: str) -> str:
    """Why a holdings or flow figure is about securities the official tables do not break out ('' if it is
    not): "super-long JGBs", "corporate bonds", "U.S. stocks", "foreign assets". Judging such a figure
    against the total would call a true figure false (or a false one true) by coincidence."""
    if not measure.startswith("holdings") and measure != "flow":
        return ""
    a, s = c.amount, c.sentence.text
    src = spans(_EXCHANGE_DATA, s)
    words = spans(_EXCHANGE_WORDS, s)
    if (src or words) and measure == "flow":
        what = f"a figure from {s[src[0][0]:src[0][1]]}" if src else \
            f"'{s[words[0][0]:words[0][1]]}': a figure of the stock exchange's statistics"
        return (f"{what} (the exchange's weekly trading by investor type, a different statistic from MoF's securities "
                f"transactions), which the store does not hold")
    cs = max(0, s.find(clause)) if clause else 0  # the figure's own clause, near the figure
    m = _SUBTYPE.search(s, max(cs, a.span[0] - 70), min(cs + len(clause or s), a.span[1] + 70))
    if m is None:
        return ""
    what = m.group(0)
    if a.currency == "JPY" and measure == "flow" and what.lower() == "long-term securities":
        return ""  # "insurance companies bought ¥182.8 billion worth of long-term securities": MoF's long-term debt
    if a.currency == "JPY" and measure == "flow" and re.fullmatch(r"(?:foreign|overseas) securities", what, re.I) and \
            c.subject is not None and c.subject.kind == "sector":
        return ""  # "investment trusts bought ¥1.4 trillion of foreign securities": the type's all securities (sector_totals)
    if measure.startswith("holdings"):
        if c.instrument == ("tic", "treasuries") and re.fullmatch(r"(?:U\.?S\.?|US) securities", what):
            return ""  # a country's "US securities" in a story of Treasury holders (``figure_links.us_debt_as_treasuries``)
        if re.search(r"foreign|overseas|external", what, re.I):
            return (f"a stock of {what} (Japan's international investment position or a survey), which the store "
                    f"does not hold; TIC's holdings table covers US Treasuries only")
        return f"TIC's Major Foreign Holders table covers US Treasuries only: holdings of {what} are not in the store"
    if re.search(r"cross-border|stock swaps", what, re.I):
        return ("TIC's total net cross-border flows (all securities, short- and long-term, with stock swaps), "
                "which the store does not hold; it holds Treasury transactions and holdings")
    if re.search(r"U\.?S\.?|US|American|long-term (?:U\.?S\.? )?securities|agency|mortgage|MBS", what):
        return (f"trades in {what}: the store holds TIC's Treasury transactions, all foreigners' Form S net purchases "
                f"of US stocks, agency bonds and corporate bonds (each kind whole, no holder's own) and MoF's totals, "
                f"not this kind of security on its own")
    return (f"MoF reports each side's long-term debt as one total (JGBs of every maturity, corporate and other "
            f"bonds together): {what} alone are not in its tables")


#: "The June sales figure was previously reported at US$3.6 billion": a figure as first printed, before a revision
_EARLIER_PRINT = re.compile(r"\b(?:previously|initially|originally|first) (?:reported|estimated|published|put|given|shown)"
                            r"\s+(?:at|as)\s+(?:an?\s+|about\s+|around\s+)?$|\brevised (?:up|down)?\s*from\s+(?:an?\s+)?$"
                            r"|\brevised\s+(?:(?:up|down)(?:ward)?\s+)?to\s+[$¥]?[\d.,]+\s*(?:billion|trillion|million|bn|tn)?"
                            r"\s+from\s+(?:an?\s+|the\s+)?(?:(?:previously|originally|initially|first)\s+(?:reported|published|"
                            r"estimated|announced)\s+)?$|速報(?:値)?(?:で|では|の)\s*$|(?:見直し|修正|改定|改訂)前の\s*$", re.I)
#: after the figure: "compared with $884 billion before the revision", "than the $768.8 billion reported in February"
#: (the figure an earlier release printed for the same period)
_EARLIER_AFTER = re.compile(r"\s*(?:\(|,)?\s*(?:before|prior to|ahead of)\s+(?:the\s+|its\s+|a\s+|this\s+)?(?:benchmark\s+|annual\s+)?"
                            r"revisions?\b"
                            # "$891.6 billion was revised up to ...", "8916億ドルから1兆1601億ドルに上方修正": the figure revised
                            r"|\s+(?:was|were|has been|had been|is)\s+revised\b"
                            r"|\s*から\s*(?:約)?[\d.,兆億万]+(?:ドル|円)\s*(?:に|へ)\s*(?:やや|大幅に|小幅に|わずかに)?\s*"
                            r"(?:上方|下方)?(?:修正|改定|改訂)", re.I)
_REPORTED_EARLIER = re.compile(r"\s*(?:(?:that|which)\s+(?:was|had been)\s+)?(?:(?:first\s+|previously\s+|initially\s+|"
                               r"originally\s+|earlier\s+)?(?:reported|estimated|published|announced)\s+"
                               # "the $1.1789 trillion reported for the period on April 16"
                               r"(?:for\s+the\s+(?:same\s+)?(?:period|month)\s+)?(?:in|on|earlier|previously|last|before)\b|"
                               # "more than the $755 billion previously estimated", "the $769 billion first estimated"
                               r"(?:first|previously|initially|originally|earlier)\s+(?:reported|estimated|published|"
                               r"announced|printed)\b)", re.I)
#: a comparison word right before a figure, with or without "the" ("versus $755 billion estimated earlier")
_VERSUS = re.compile(r"\b(?:than|from|with|against|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
#: an adverb that makes "reported"/"estimated" an earlier release's (not "reported in February", a month's print)
_EARLIER_WORD = re.compile(r"\b(?:earlier|previously|first|initially|originally|before)\b", re.I)
_THAN_THE = re.compile(r"\b(?:than|from|with|to|against|versus)\s+the\s*$", re.I)
#: "$3.1 billion lower than the $768.8 billion reported in February": a difference from an earlier print
_LOWER_THAN = re.compile(r"\s*(?:lower|higher|less|more|below|above|smaller|larger|bigger)\s+than\s+the\s*[$¥]?[\d.,]+\s*"
                         r"(?:billion|trillion|million|bn|tn)?", re.I)


def earlier_print(s: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` of ``s`` is an earlier release's print: said before it ("previously reported
    at", "revised up from") or after it (``_earlier_print_after``)."""
    return bool(_EARLIER_PRINT.search(s[max(0, span[0] - 80):span[0]])) or _earlier_print_after(s, span)


def _earlier_print_after(s: str, span: tuple[int, int]) -> bool:
    """Whether the words after a figure say it is an earlier release's print ("$884 billion before the revision",
    "than the $768.8 billion reported in February"), or a difference from one ("$3.1 billion lower than the
    $768.8 billion reported in February")."""
    if _EARLIER_AFTER.match(s, span[1]):
        return True
    m = _REPORTED_EARLIER.match(s, span[1])
    if m and (_THAN_THE.search(s[max(0, span[0] - 30):span[0]]) or
              re.search(r"\b(?:than|from)\s+the\s+[$¥]", s[span[0]:span[1]], re.I)):
        return True  # (the comparison may be read into the figure's words: "more than the $755 billion")
    if m and _EARLIER_WORD.search(m.group()) and _VERSUS.search(s[max(0, span[0] - 30):span[0]]):
        return True  # "versus $755 billion estimated earlier": an adverb of an earlier print, no article needed
    m = _LOWER_THAN.match(s, span[1])
    return bool(m and _REPORTED_EARLIER.match(s, m.end()))
