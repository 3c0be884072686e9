"""What an article as a whole says about its figures: the rate it converts at ("($1 = 77.325 Japanese
Yen)"), the day its data came out ("data showed on Wednesday"), whether its flows are weekly or monthly, and
the sign of a flow from the buying or selling word nearest to it.

Nothing here reads data.
"""

from __future__ import annotations

import re
from datetime import date as Date

from ustflow.check.claims import Claim


def article_fx_rate(text: str) -> float | None:
    """The rate a wire story states for its own conversions: "($1 = 77.325 Japanese Yen)", "(Exchange rate: $1 =
    153.13 yen)", "(US$1 = ¥147.2)", "(1 dollar = 150.1 yen)", "(1 yen equals 0.007 U.S. dollar)"."""
    one = r"(?:(?:US|U\.S\.)?\$\s?1|1\s+(?:US\s+|U\.S\.\s+)?dollar)"
    m = re.search(rf"\(\s*(?:(?:exchange\s+)?rate\s*:\s*)?{one}\s*=\s*(?:¥\s*(?P<r3>\d{{2,3}}(?:\.\d+)?)|"
                  rf"(?P<r>\d{{2,3}}(?:\.\d+)?)\s*(?:(?:Japanese\s+)?yen|JPY))\s*\)|"
                  rf"\(\s*(?P<r2>\d{{2,3}}(?:\.\d+)?)\s*yen\s*=\s*{one}\s*\)", text, re.I)
    if m:
        return float(m.group("r") or m.group("r2") or m.group("r3"))
    # "(1 yen equals 0.007 U.S. dollar)": the dollars one yen buys
    m = re.search(r"\(\s*1\s+(?:Japanese\s+)?yen\s*(?:=|equals?)\s*(?:(?:US|U\.S\.)?\$\s?)?(?P<inv>0\.\d+)\s*"
                  r"(?:(?:US\s+|U\.S\.\s+)?dollars?)?\s*\)", text, re.I)
    if m and float(m.group("inv")) > 0:
        return 1 / float(m.group("inv"))
    from ustflow.check.ja_rates import ja_article_rate

    return ja_article_rate(text)  # "(1ドル=100円換算で13兆1800億円)"


def release_day(text: str, pub: Date | None) -> Date | None:
    """'data from the Treasury showed on Wednesday': the day the data came out (on or before ``pub``)."""
    from datetime import timedelta

    from ustflow.check.period_phrases import RELEASE_RX
    from ustflow.check.text import WEEKDAYS, full_dates

    if pub is None:
        return None
    for m in RELEASE_RX.finditer(text):
        w = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", m.group(0), re.I)
        if w:
            # "said Tuesday, November 18, 2008": the date itself when the story gives it
            named = full_dates(text[m.end():m.end() + 30])
            if named and named[0][0] < 6 and named[0][1] <= pub:
                return named[0][1]
            return pub - timedelta(days=(pub.weekday() - WEEKDAYS[w.group(1).lower()]) % 7)
    return None


def article_frequency(claims: list[Claim], text: str, ref: Date | None = None) -> bool | None:
    """Whether the article's flows are weekly: from the periods it names, else from its words."""
    # a quarter or a span to date ("so far this quarter") is summed from either, and a period after the story
    # (a plan "for the fiscal year beginning April 2026") is no data: neither says anything of the frequency;
    # nor do the periods of figures about what the store does not hold ("a plan to issue the smallest amount of
    # super-long bonds"); a phrase several figures share counts once
    from ustflow.check import lexicon as lx
    from ustflow.check.coverage import OUT_OF_SCOPE
    from ustflow.check.flow_words import record_beaten

    beyond = re.compile(rf"\b(?:{lx.SUBTYPES})\b|\bissue\b", re.I)
    # (nor the month a record beaten was set in: "a previous record of 2.55 trillion yen set in July 2016" is a week's)
    beaten = {(c.sentence.index, c.period.span) for c in claims if c.period is not None and c.kind == "amount" and
              record_beaten(c)}
    named = {(c.sentence.index, c.period.span, c.period.label): c.period for c in claims
             if c.period is not None and not c.period.is_latest and not (ref and c.period.start > ref)
             and (c.sentence.index, c.period.span) not in beaten
             and not re.search(r"so far|to date|(?:this|for the) (?:year|quarter)|current quarter", c.period.label, re.I)
             and not (OUT_OF_SCOPE.search(c.clause or "") or beyond.search(c.clause or ""))}
    kinds = [p.kind for p in named.values()]
    weekly = sum(k in ("week", "weeks") for k in kinds)
    monthly = sum(k in ("month", "months") for k in kinds)
    if weekly != monthly:
        return weekly > monthly
    w, m = len(re.findall(r"\bweek|週", text, re.I)), len(re.findall(r"\bmonth|月次|月間|[カヶか]月", text, re.I))
    return w > m if w != m else None


#: the start of a clause set against the one before it: "..., but added", "; ", "..., while", "..., whereas"
_CONTRAST = re.compile(r";\s|,?\s+(?:but|while|whereas)\s", re.I)


def flow_direction(c: Claim) -> None:
    """A flow's sign comes from buying or selling words; "net buying slumped from ¥601.4 billion" is
    about the size of a purchase, not a sale."""
    from ustflow.check import lexicon as lx

    if not c.direction_word or re.fullmatch(rf"(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|{lx.JA_BUY}|{lx.JA_SELL})",
                                            c.direction_word, re.I) or c.direction_word.startswith("drew"):
        return
    s, pos = c.sentence.text, c.span[0]
    # "sold a net $4.8 billion of longer-term securities, but added a net $15.1 billion of bills": a clause set against
    # the one before ("but", "while", "whereas", a semicolon) has a direction of its own, not the other clause's
    lo = max([m.end() for m in _CONTRAST.finditer(s, 0, pos)], default=0)
    hi = min([m.start() for m in _CONTRAST.finditer(s, c.span[1])], default=len(s))
    words = [m for m in re.finditer(rf"\b(?P<buy>{lx.BUY_WORDS})\b|\b(?P<sell>{lx.SELL_WORDS})\b", s, re.I)
             if lo <= m.start() and m.end() <= hi]
    if not words and (lo or hi < len(s)) and re.search(r"\bnet\s+$", s[max(lo, pos - 8):pos], re.I):
        return  # (its own verb stands, of a net figure: "but added a net $15.1 billion" is a purchase)
    if not words:
        words = list(re.finditer(rf"\b(?P<buy>{lx.BUY_WORDS})\b|\b(?P<sell>{lx.SELL_WORDS})\b", s, re.I))
    if not words:
        if c.amount.number >= 0:
            c.direction, c.direction_word = None, ""  # a level of flow: size compared
        return
    m = min(words, key=lambda m: abs(m.start() - pos))
    c.direction, c.direction_word = (1 if m.group("buy") else -1), m.group(0)
