"""A MoF figure of two investor types together: "そのうち6.9兆円は銀行と生命保険会社によるもので", "banks and life
insurers bought ¥2 trillion": the sum of the two types' series, not the first one's alone (issue 13). "銀行" / "banks"
is MoF's banks (banking accounts) or its deposit-taking institutions (banks with trust banks' banking accounts): both
sums are tried, as an analyst would."""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import Judgement, unverifiable

_JOIN = re.compile(r"\s*(?:と|及び|および|・|、|,?\s+and\s+|\s*&\s*)\s*(?:the\s+)?(?:Japanese\s+)?$", re.I)
_BANKS = ("banks", "deposit_taking")


def joined_sector(c: Claim) -> str | None:
    """The second investor type joined to the claim's own ("銀行と生命保険会社", "banks and life insurers"), None if none."""
    from ustflow.check.subjects import find_subjects

    sj = c.subject
    if sj is None or sj.kind != "sector" or c.amount is None:
        return None
    s = c.sentence.text
    if re.search(r"\brespectively\b|\bin that order\b|それぞれ|各々", s, re.I):
        return None  # "life insurers and investment trusts bought ¥X and ¥Y, respectively": one figure each
    for m in find_subjects(s):
        if m.kind != "sector" or m.slug in (sj.slug, "all"):
            continue
        a, b = (sj, m) if sj.span[1] <= m.span[0] else (m, sj)
        between = s[a.span[1]:b.span[0]] if a.span[1] <= b.span[0] else "x"
        if len(between) <= 12 and _JOIN.fullmatch(between):
            return m.slug
    return None


def pair_ids(sid: str, own: str, other: str) -> list[str]:
    """Series ids of the two types' sum (``rulekit.series`` reads "a+b"), one per reading of "banks"."""
    firsts = _BANKS if own in _BANKS else (own,)
    seconds = _BANKS if other in _BANKS else (other,)
    return [sid.replace(f".{own}.", f".{x}+{y}.") for x in firsts for y in seconds if x != y]


def pair_readings(c: Claim, ctx, sid: str, side: str, instr: str) -> list | Judgement | None:
    """MoF readings (series, id, side, instrument) of the two types' sum when the claim names two joined types; a
    ``Judgement`` (unverifiable) when the store holds no such sum; None when the claim names one type."""
    from ustflow.check.rulekit import series as summed

    other = joined_sector(c)
    if other is None or c.subject is None:
        return None
    out = [(x, i, side, instr) for i in pair_ids(sid, c.subject.slug, other)
           if (x := summed(ctx, i)) is not None and not x.empty]
    return out or unverifiable(f"a figure of two investor types together ({c.subject.text} and another): no sum of "
                               f"their series in the store", series=sid)
