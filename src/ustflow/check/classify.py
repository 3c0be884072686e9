"""What a claim measures, from the words around it: holdings, flows, yields, FX, intervention, shares.

Measures (``Claim.measure``):
- ``holdings_level`` / ``holdings_change`` / ``holdings_pct_change`` / ``holdings_peak``: TIC holdings of
  Treasuries by a country (USD); "rose to $X" is a level, "rose by $X" or "rose $X" a change;
- ``flow``: net purchases (+) or sales (-): MoF for Japanese investors' trades in foreign securities (or
  non-residents' in Japanese ones), TIC for a country's trades in Treasuries;
- ``yield_level`` / ``yield_change``: a government bond yield (percent) or its change (bp);
- ``fx_level``: yen per dollar; ``intervention``: yen spent on FX intervention;
- ``share``: a country's share of foreign holdings (percent);
- ``rank``: "the largest foreign holder"; ``superlative``: "largest since 2005", "a record", "peaked".
An empty measure means the amount is not about anything the official data cover (skipped).
"""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx
from ustflow.check.extract import Claim

_HOLD = re.compile(rf"\b(?:{lx.HOLDINGS_WORDS})\b", re.I)
_FLOWV = re.compile(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})\b", re.I)
_UPDOWN = re.compile(rf"\b(?:{lx.UP_WORDS}|{lx.DOWN_WORDS})\b", re.I)
_YIELD = re.compile(r"\byields?\b", re.I)
_FX = re.compile(rf"(?:{lx.FX_WORDS})", re.I)
_INTERV = re.compile(rf"\b(?:{lx.INTERVENTION_WORDS})", re.I)
_SHARE = re.compile(rf"(?:{lx.SHARE_WORDS})|\bshare\b", re.I)


def classify(c: Claim) -> str:
    s = c.sentence.text
    clause = c.clause or s
    if c.kind == "rank":
        return "rank"
    if c.kind == "superlative":
        if c.parent is not None:
            return "superlative"
        # standalone: "China's holdings hit a record in 2020", "the 10-year yield's highest since 2008"
        if _YIELD.search(s):
            c.extra["base_measure"] = "yield_level"
        elif _HOLD.search(s) or (c.instrument and c.instrument[0] == "tic" and not _FLOWV.search(s)):
            c.extra["base_measure"] = "holdings_level"
        elif _FLOWV.search(s):
            c.extra["base_measure"] = "flow"
        elif _FX.search(s) and re.search(r"\byen\b", s):
            c.extra["base_measure"] = "fx_level"
        else:
            return ""
        return "superlative"
    a = c.amount
    if a is None:
        return ""
    before = s[max(0, a.span[0] - 60):a.span[0]]
    if a.kind == "fx":
        return "fx_level" if (_FX.search(s) or re.search(r"\byen\b", s)) else ""
    if a.kind in ("percent", "bp", "pp"):
        if _YIELD.search(clause) or _YIELD.search(s):
            return "yield_change" if a.kind in ("bp", "pp") or re.search(r"\bby\s*$", before) else "yield_level"
        if _SHARE.search(clause) and c.subject is not None:
            return "share"
        if a.kind == "percent" and _HOLD.search(clause) and _UPDOWN.search(before):
            return "holdings_pct_change"
        return ""
    if a.currency not in ("USD", "JPY"):
        return ""
    if _INTERV.search(s) and a.currency == "JPY":
        return "intervention"
    if c.parent is not None and a.parenthetical:
        return c.parent.measure
    from_prev = re.search(r"\bfrom\s*(?:a\s+|an\s+)?$", before)
    if from_prev:
        c.extra["from"] = True
    if re.search(r"\bpeak(?:ed)?\b[^,.;]{0,30}$", before, re.I):
        return "holdings_peak" if a.currency == "USD" else ""
    has_hold = bool(_HOLD.search(clause))
    dirw = c.direction_word.lower()
    flow_verb = bool(dirw) and bool(re.fullmatch(rf"(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})", dirw, re.I))
    if has_hold and not (flow_verb and not re.search(r"\bholdings?\b", clause, re.I)):
        if from_prev or re.search(r"\b(?:to|at|of|reached|hit|totall?ed|stood at|held|holds|owned|owns|worth|"
                                  r"was|were|is|are)\s*(?:a\s+(?:record\s+)?|an\s+|some\s+|about\s+|nearly\s+|just\s+)?$",
                                  before, re.I) or not c.direction_word:
            return "holdings_level"
        return "holdings_change"
    if flow_verb or re.search(r"\bnet\b", clause, re.I):
        return "flow"
    if c.instrument and c.instrument[0] == "tic" and c.direction_word:
        return "holdings_change" if not re.search(r"\bto\s*$", before) else "holdings_level"
    # ellipsis: "..., while China's fell to $651.1 billion", "..., and investment trusts ¥251.4 billion"
    sib = c.extra.get("sibling")
    if sib is not None and sib.measure:
        if sib.measure.startswith("holdings") and c.direction_word:
            return "holdings_level" if re.search(r"\b(?:to|at)\s*$", before) else "holdings_change"
        if sib.measure == "flow":
            if c.direction is None:
                c.direction, c.direction_word = sib.direction, sib.direction_word
            if c.instrument is None:
                c.instrument = sib.instrument
            return "flow"
        return sib.measure if not c.direction_word else ""
    return ""
