"""Pipeline passes that read a change from the figures beside it or the story's comparison, run by
``pipeline.check_article`` after classification: a trade told with the holdings it left (``trade_with_holdings_after``),
changes in a story that compares with a year before (``year_frame``)."""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import YEAR_FRAME, Claim


def trade_with_holdings_after(claims: list[Claim]) -> None:
    """"今年1月には73億ドル分を売却し、保有残高は1兆511億ドルとなった", "Japan bought $4 billion, and its holdings
    stood at $1.14 trillion": a dollar trade with no securities named, followed in its sentence by the same holder's
    holdings level, is a trade in those holdings (TIC's Treasuries: the holdings' change, or TIC's net purchases),
    not a MoF flow nor a trade in unnamed securities. Only when nothing else names the securities traded."""
    for c in claims:
        if c.kind != "amount" or c.measure != "flow" or c.instrument is not None or c.amount is None or \
                c.amount.currency != "USD":
            continue
        level = next((o for o in claims if o.sentence is c.sentence and o.kind == "amount" and o.span[0] >= c.span[1]
                      and o.measure == "holdings_level" and o.amount is not None and o.amount.currency == "USD"
                      and o.subject is not None), None)
        if level is None or (c.subject is not None and (c.subject.kind, c.subject.slug) != (level.subject.kind,
                                                                                         level.subject.slug)):
            continue
        c.instrument, c.instrument_text = ("tic", "treasuries"), ""
        if c.subject is None:
            c.subject, c.subject_how = level.subject, level.subject_how


_CHANGES = ("holdings_change", "holdings_pct", "flow")
#: a comparison of the change's own: with the month before, or an earlier date named as its base
_OWN_BASE = re.compile(r"\b(?:month-on-month|from (?:the )?(?:previous|prior|preceding) month|a month (?:earlier|before|ago)|"
                       r"since|from (?:the end of )?(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December))\b|前月|先月|前週|末から|末比|月比|以来|以降|から", re.I)


def year_frame(claims: list[Claim]) -> None:
    """Holdings' changes in a story that compares with a year before: when the story's first change is said to be
    from a year before ("1年前より1955億ドル少ない", "down $50 billion from a year earlier"), a later holder's change
    with no period and no comparison of its own ("中国は1744億ドル少ない…", "英国は576億ドル増やしている", "Britain added
    $57.6 billion") is from a year before too (``YEAR_FRAME``), until a change names its own period or base. A story
    whose first change is a month's keeps the month for the rest ("reduced its holdings by $22 billion ... up 3 percent
    from a year earlier ... China shed $2 billion": China's month)."""
    framed: bool | None = None  # undecided until the story's first change
    for c in claims:
        if c.kind != "amount" or c.measure not in _CHANGES or c.amount is None or c.amount.kind not in ("money", "percent") \
                or c.amount.parenthetical or c.amount.currency not in ("USD", None):
            continue  # (a yen restatement in brackets follows its dollar figure)
        clause = c.clause or c.sentence.text
        if W.YEAR_BACK.search(clause):
            framed = True if framed is None else framed
        elif framed is None or c.period_how == "stated" or _OWN_BASE.search(clause):
            framed = False
        elif framed and (c.measure.startswith("holdings") or (c.instrument is not None and c.instrument[0] == "tic")):
            c.notes.append(YEAR_FRAME)
