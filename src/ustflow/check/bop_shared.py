"""A record two balance-of-payments items share: "Both exports and imports were the highest since comparable data became
available in 1996", "Both exports and imports logged record highs", "輸出は自動車、輸入は原油や石炭が伸び、いずれも過去
最大を更新した", "輸出額は85兆4957億円、輸入額は87兆1464億円となり、ともに比較可能な1996年度以降、過去最大を記録した".

The record is read on one figure (the one its sentence or the sentence before names last); it is said of both items, so
it is two claims: one on each item's figure (the latest of that item in its sentence or the two before it), the one
read first, then the other. Only two items named as the pair (English "both X and Y"; Japanese いずれも / ともに / 共に right
before the record, after two items named in its sentence), each with a figure of its own."""

from __future__ import annotations

import copy
import re

from ustflow.check.bop_items import ITEMS
from ustflow.check.claims import Claim

#: "Both exports and imports were", "Both exports and imports logged": the pair, then the verb of the record
_BOTH_EN = re.compile(r"\bboth\s+(?P<a>[\w' -]{3,40}?)\s+and\s+(?P<b>[\w' -]{3,40}?)\s+(?:were|was|logged|hit|reached|"
                      r"marked|posted|set|rose\s+to|climbed\s+to|jumped\s+to|stood\s+at)\b[^.;]{0,12}$", re.I)
#: "いずれも", "ともに", "共に" right before the record (within its clause)
_BOTH_JA = re.compile(r"(?:いずれも|ともに|共に)[^、。,]{0,14}$")
_KINDS = ("extreme",)
#: the note on each claim of a shared record: its item is its figure's (``bop_records``), not the one its words name last
SHARED = "a record two items share: one claim on each item's figure"


def _items(text: str) -> list[str]:
    """The items ``text`` names, in order, each once."""
    found = sorted((m.start(), key) for key, (words, *_r) in ITEMS.items() for m in re.finditer(words, text, re.I))
    out: list[str] = []
    for _, key in found:
        if key not in out:
            out.append(key)
    return out


def _pair(c: Claim) -> list[str] | None:
    """The two items the record ``c`` is said of together, in the order named, else None."""
    s, start = c.sentence.text, c.span[0]
    m = _BOTH_EN.search(s, 0, start)
    if m is not None:
        a, b = _items(m.group("a")), _items(m.group("b"))
        return [a[0], b[0]] if len(a) == 1 and len(b) == 1 and a != b else None
    m = _BOTH_JA.search(s, max(0, start - 16), start)
    if m is None:
        return None
    items = _items(s[:m.start()])
    return items if len(items) == 2 else None


def _figure(claims: list[Claim], c: Claim, item: str) -> Claim | None:
    """The latest level of ``item`` before the record ``c``, in its sentence or the two before it."""
    got = None
    for o in claims:
        if o is c:
            break
        if o.kind == "amount" and o.measure == "bop" and o.instrument == ("bop_item", item) and \
                0 <= c.sentence.index - o.sentence.index <= 2:
            got = o
    return got


def split_shared(claims: list[Claim]) -> None:
    """A record two items share (module docstring): the one claim read on one item's figure becomes one per item."""
    out: list[Claim] = []
    for c in claims:
        q = c.qualifier
        pair = _pair(c) if c.kind == "qualifier" and q is not None and q.kind in _KINDS and c.host is not None else None
        figures = [_figure(claims, c, item) for item in pair] if pair else []
        if not figures or None in figures or c.host not in figures:
            out.append(c)
            continue
        c.notes.append(SHARED)
        out.append(c)
        for f in figures:
            if f is not c.host:
                one = copy.copy(c)
                one.qualifier, one.notes, one.host = copy.copy(q), list(c.notes), f
                out.append(one)
    claims[:] = out
