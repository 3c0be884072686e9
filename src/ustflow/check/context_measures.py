"""The measure of a figure whose own words name none (``classify`` gave it ''): from what the article is about
(``classify_by_article``: "The tally compared to China's $1,115.7 billion" in a TIC story is a holdings level), or
from the figure before it in its sentence (``classify_ellipsis``: ", while China's fell to $651.1 billion" takes the
kind of the figure before it). The pipeline asks here after ``classify``.
"""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx
from ustflow.check.claims import Claim
from ustflow.check.coverage import TREASURY_DATA, out_of_scope_near
from ustflow.check.flow_words import compared_side, record_beaten
from ustflow.check.holdings_terms import maturity
from ustflow.check.roles_ja import JA_LEVEL_PLACE

#: a holder's holdings named before its figure: "its holdings", "保有額を大幅に減らし", "保有残高は"
_HOLDINGS_NAMED = re.compile(rf"\b(?:{lx.HOLDINGS_WORDS})\b|保有(?:額|高|残高)|持ち高", re.I)
#: a purchase or sale amount named right before the figure: "取得額も", "売却額は"
_GROSS_AMOUNT = re.compile(r"(?<!純)(?:取得|処分|購入|売却)額(?:は|が|も|だけ(?:を|で)?(?:み|見)(?:ると|れば)、?)\s*(?:約|およそ)?\s*$")


def classify_by_article(c: Claim, families: set[str], treasury_story: bool = False) -> str:
    """A figure with no measure of its own in an article that is about holdings or flows: "The tally
    compared to China's $1,115.7 billion" in a TIC story is a holdings level. In a story about Treasuries
    (``treasury_story``) whose figures are none of them read yet, a holder's dollar figure in a sentence that names
    its holdings is one too ("ロシアが米国債を大量に売却している。2カ月続けて保有額を大幅に減らし、5月末時点で149億ドル"),
    and the yen in brackets after it is that figure converted (``holdings_yen``)."""
    if c.amount is None or c.amount.kind != "money" or c.amount.currency not in ("USD", "JPY"):
        return ""
    h = c.host
    if c.amount.parenthetical and c.amount.currency == "JPY" and h is not None and h.amount is not None and \
            h.amount.currency == "USD" and h.measure in ("holdings_level", "holdings_change"):
        return h.measure  # "149億ドル(約1兆6800億円)": the holdings in yen
    clause = c.clause or c.sentence.text
    if out_of_scope_near(c.sentence.text, c.amount.span, within=clause) and \
            not re.search(rf"\b(?:{lx.HOLDINGS_WORDS})\b|\bTreasur", clause, re.I):
        return ""  # "China's foreign exchange reserves fell to $3.56 trillion ..., down $93.9 billion": not holdings
    tic = "tic" in families or bool(TREASURY_DATA.search(c.sentence.text))  # or the sentence cites Treasury data
    if treasury_story and not families - {"institution", "fx_level"} and c.subject is not None and \
            _HOLDINGS_NAMED.search(c.sentence.text[:c.amount.span[0]]):
        tic = True
    if c.subject is None:  # "a $1.8 billion increase in January": the story's holder, inherited later
        if tic and c.amount.currency == "USD" and c.role in ("change", "level", "from"):
            return "holdings_change" if c.role == "change" else "holdings_level"
        if tic and c.amount.currency == "USD" and not c.role and maturity(c):
            return "holdings_level"  # "Short-term bonds accounted for $3.5 bln": the story's holder's part
        if "flow" in families and c.amount.currency == "JPY" and _GROSS_AMOUNT.search(c.sentence.text[:c.span[0]]):
            return "flow"  # "一方の取得額も16兆8952億円と": a gross column of the story's flows (``flow_words``)
        if "flow" in families and c.amount.currency == "JPY" and (side := compared_side(c)) is not None and \
                (side or re.search(r"越し|超", c.sentence.text)):
            return "flow"  # "10月の3兆5026億円に比べて" of a net purchase, "…の12兆9906億円を上回り" of a gross column
        if "flow" in families and c.amount.currency == "JPY" and record_beaten(c):
            return "flow"  # "The previous record set in July 2021 was 2.57 trillion yen": the story's flow's record
        return ""
    if c.subject.kind not in ("country", "japan", "sector", "foreign_investors"):
        return ""
    if tic and c.amount.currency == "USD" and c.subject.kind in ("country", "japan"):
        return "holdings_change" if c.role == "change" else "holdings_level"
    if "flow" in families and c.subject.kind in ("japan", "sector", "foreign_investors"):
        # "日本は1兆2099億ドルで首位": a holder's level and its place (TIC's), never a MoF flow in dollars
        return "holdings_level" if c.amount.currency == "USD" and JA_LEVEL_PLACE.match(c.sentence.text, c.span[1]) else "flow"
    return ""


#: a span of months right after a figure: "in May and June", "in the first quarter", "over the past three months"
_OWN_SPAN = re.compile(r"\s*(?:(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|first|second|third|fourth)\s+)?"
                       r"(?:(?:two|three|four|five|six|\d{1,2})\s+months|quarter|half)\b|"
                       r"(?:in|over|during|between)\s+[A-Z][a-z]+\.?\s+(?:and|to|through|-|–)\s*[A-Z][a-z]+)")


def classify_ellipsis(c: Claim, sib: Claim) -> str:
    """A figure with no measure of its own after one in the same sentence: ", while China's fell to
    $651.1 billion", ", and investment trusts ¥251.4 billion" take the earlier figure's kind."""
    if c.amount is None or c.amount.kind != sib.amount.kind or c.amount.currency != sib.amount.currency:
        return ""
    if sib.measure == "holdings_pct" and c.amount.kind == "percent":
        return "holdings_pct"  # "increased by 0.2 percent from June, and 2.8 percent from July last year"
    if sib.measure.startswith("holdings"):
        if c.role != "change" and (c.role in ("level", "from") or not c.direction_word) and \
                not (sib.measure == "holdings_change" and not c.role and _OWN_SPAN.match(c.sentence.text, c.span[1])):
            return "holdings_level"
        # ("added $21.9 billion in June, and $58.9 billion in May and June": the move again, over a span of its own)
        return "holdings_change"
    if sib.measure == "intervention":  # "4月29日の介入額は5兆9185億円、5月1日は3兆8700億円だった"
        return "intervention"
    if sib.measure == "flow":
        if c.direction is None:
            c.direction, c.direction_word = sib.direction, sib.direction_word
        if c.instrument is None:
            c.instrument = sib.instrument
        return "flow"
    return ""


#: a sentence that opens on the size of a trade ("規模は4883億円", "その金額は"): the trade the sentence before names
_SIZE_OPENING = re.compile(r"\W*(?:その|この)?(?:規模|金額|売買額)(?:は|が)\s*(?:約|およそ)?\s*$")


def size_of_trade_before(c: Claim, claims: list[Claim]) -> str:
    """"株式投資は3カ月連続の売り越しだった。規模は4883億円だ" (Korean "규모는", read by ``korean``): a yen figure whose
    sentence opens on the size, naming no trade of its own, is the trade the sentence before names (a streak or a
    figure of a flow, in its paragraph or the one before): it takes that trade's direction, securities and investors."""
    if c.amount is None or c.amount.currency != "JPY" or c.direction is not None or c.instrument is not None or \
            not _SIZE_OPENING.match(c.sentence.text[:c.span[0]]):
        return ""
    before = [o for o in claims if o.sentence.index == c.sentence.index - 1 and o.direction is not None and
              (o.instrument is not None or o.subject is not None) and c.sentence.paragraph - o.sentence.paragraph <= 1]
    if not before:
        return ""
    o = before[-1]
    c.direction, c.direction_word = o.direction, o.direction_word
    c.instrument, c.instrument_text = o.instrument, o.instrument_text
    if c.subject is None and o.subject is not None:
        c.subject, c.subject_how = o.subject, "inherited"
    return "flow"
