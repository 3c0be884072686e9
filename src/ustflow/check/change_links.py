"""Pipeline passes that read a change from the figures beside it or the story's comparison, run by
``pipeline.check_article`` after classification: a trade told with the holdings it left (``trade_with_holdings_after``),
a percent move restated in dollars (``move_restated``), the percent move of the holdings level before it
(``level_move_pct``), a part of its holdings a holder traded (``part_of_holdings``), an earlier level a level is set
against (``compared_level``), a move its own words call monthly
(``monthly_own``), changes in a story that compares with a year before (``year_frame``)."""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import MONTH_OWN, YEAR_FRAME, Claim
from ustflow.check.text import MONTH_NAMES


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
                       r"October|November|December))\b|前月|先月|前週|末から|末比|月比|以来|以降|から|"
                       r"(?:一|1|ひと)(?:ヶ|か|カ|ケ|ヵ)?月(?:間)?で", re.I)  # "一ヶ月で240億ドル減らし": in one month


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
            framed = (not _month_first(c.sentence.text)) if framed is None else framed
        elif framed is None or c.period_how == "stated" or _OWN_BASE.search(clause):
            framed = False
        elif framed and (c.measure.startswith("holdings") or (c.instrument is not None and c.instrument[0] == "tic")):
            c.notes.append(YEAR_FRAME)


#: a level the story's first move is from, a month's: "up from $8.3 trillion in July", "from ¥1.2 trillion at the end of
#: May", "前月の1兆1000億ドルから"
_MONTH_FROM = re.compile(rf"\bfrom\s+(?:US)?[$¥€]\s?[\d.,]+\s*(?:trillion|billion|million|tn|bn)?\s+(?:in|at the end of|"
                         rf"at end-|as of)\s+{MONTH_NAMES}\b|(?:前月|先月|\d{{1,2}}月)(?:末)?の[\d.,兆億]+(?:米)?ドルから", re.I)


def _month_first(s: str) -> bool:
    """"Holdings rose to $8.5 trillion, up from $8.3 trillion in July and by 12 percent from a year ago": the story
    compares with the month before first (the year's move is an aside), so the holders' changes after are the month's."""
    m, y = _MONTH_FROM.search(s), W.YEAR_BACK.search(s)
    return m is not None and y is not None and m.start() < y.start()


#: between a percent move and its size in dollars: "by 0.8%, at a value of $400 million", "a decline of 21.2 percent,
#: amounting to $10.66 billion", "a decrease of 18.34 percent since January, equivalent to $8.9 billion"
_RESTATED = re.compile(r"(?:\s*(?:percent|per cent|pc|%))?(?:\s+(?:since|from|over|during|in|compared (?:to|with))\s+[^,;$\d]{1,40})?"
                       r"\s*,\s*(?:at a value of|(?:a value|an amount) of|amounting to|amounted to|equivalent to|equal to|equalling|"
                       r"worth|valued at|or|representing|which (?:is|was|amounts to) (?:equivalent to )?)\s*(?:about\s+|approximately\s+|"
                       r"around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?:US)?$", re.I)


def move_restated(claims: list[Claim]) -> None:
    """"increased its holdings by 0.8%, at a value of $400 million, to reach $50.3 billion": a dollar figure set after a
    holder's percent move by "at a value of", "amounting to", "equivalent to", "or" is that move in dollars (a change
    over the percent's span), not a level."""
    for prev, c in zip(claims, claims[1:]):
        if c.kind != "amount" or prev.kind != "amount" or c.sentence is not prev.sentence or \
                prev.measure != "holdings_pct" or c.amount is None or c.amount.currency != "USD" or \
                c.amount.kind != "money" or not c.measure.startswith("holdings"):
            continue
        if not _RESTATED.fullmatch(c.sentence.text[prev.span[1]:c.span[0]]):
            continue
        c.measure, c.role = "holdings_change", "change"
        c.direction, c.direction_word = prev.direction, prev.direction_word
        c.subject, c.subject_how = prev.subject or c.subject, prev.subject_how if prev.subject else c.subject_how
        c.period, c.period_how, c.base_period = prev.period, prev.period_how, prev.base_period
        if W.YEAR_BACK.search(prev.clause or prev.sentence.text):
            c.notes.append(YEAR_FRAME)  # (the year back the percent's clause names)


#: a percent's own holder or holdings named before it in its clause ("China's holdings fell 2%"): not the level's move
_OWN_HOLDER = re.compile(r"\b(?:holdings?|holds|held|stake|portfolio)\b|保有", re.I)


def level_move_pct(claims: list[Claim]) -> None:
    """"US Treasury bonds in October 2023 reached $7.565 trillion, marking a 6.06 percent increase from the same month
    the previous year, despite a monthly decrease of 0.51 percent": a percent move with no holdings of its own named,
    in a sentence whose holdings levels are all one holder's, is the move of those holdings (``holdings_pct``) at the
    level's period."""
    for c in claims:
        a = c.amount
        if c.kind != "amount" or a is None or a.kind != "percent" or c.measure not in ("", "other") or \
                c.role not in ("pct", "change") or c.direction is None:
            continue
        levels = [o for o in claims if o.sentence is c.sentence and o.kind == "amount" and o.measure == "holdings_level"
                  and o.role != "from" and o.amount is not None and not o.amount.parenthetical and o.subject is not None]
        if not levels or levels[0].span[1] > c.span[0] or len({(o.subject.kind, o.subject.slug) for o in levels}) != 1 or \
                _OWN_HOLDER.search(c.sentence.text, levels[0].span[1], c.span[0]):
            continue
        lv = levels[0]
        c.measure, c.subject, c.subject_how = "holdings_pct", lv.subject, lv.subject_how
        c.instrument, c.instrument_text = lv.instrument, lv.instrument_text
        if c.period is None or c.period.role == "from":
            c.period, c.period_how = lv.period, lv.period_how


_MONTHLY = re.compile(r"\b(?:an?|its|the)\s+(?:monthly|month-on-month|month-over-month)\s+(?:net\s+)?(?:decrease|decline|drop|fall|"
                      r"increase|rise|gain|reduction|growth|change)\s+of\s*(?:about\s+|around\s+|some\s+|nearly\s+)?$"
                      r"|前月比(?:で(?:は|も)?)?[、,]?\s*(?:約|およそ)?$", re.I)  # "前月比では、1.2%の増加"


#: the same named right after the figure: "a 0.5 percent monthly decline", "up 1.1% on the month"
_MONTHLY_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:(?:monthly|month-on-month|month-over-month)\s+(?:net\s+)?"
                            r"(?:decrease|decline|drop|fall|increase|rise|gain|reduction|growth|change)\b|"
                            r"on the month\b|month-on-month\b|month-over-month\b)", re.I)


def monthly_own(claims: list[Claim]) -> None:
    """"…, marking a 6.06 percent increase from the same month the previous year, despite a monthly decrease of 0.51
    percent": a holdings move named monthly right before its figure (or right after it: "a 0.5 percent monthly
    decline", "up 1.1% on the month") is from the month before, whatever base the sentence names for another figure
    (``MONTH_OWN``)."""
    for c in claims:
        if c.kind == "amount" and c.measure in ("holdings_change", "holdings_pct") and c.amount is not None and \
                (_MONTHLY.search(c.sentence.text[max(0, c.span[0] - 60):c.span[0]]) or
                 _MONTHLY_AFTER.match(c.sentence.text, c.span[1])):
            c.notes.append(MONTH_OWN)
            c.base_period = None


#: before a figure set against a level: "to $1.252 trillion in October against $1.266 trillion in September"
_AGAINST = re.compile(r"\b(?:against|compared\s+(?:to|with)|versus|vs\.?|lower\s+than|higher\s+than|smaller\s+than|"
                      r"larger\s+than)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?(?:US)?$", re.I)
#: after one in Japanese: "2月末の6兆1628億ドルより増えている", "前月の…と比べて減少"
_JA_AGAINST = re.compile(r"\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:より|と比べ(?:て|ると)?|に比べ(?:て|ると)?)(?:も)?[、,]?\s*"
                         r"(?:増え|減っ|減り|増加|減少|拡大|縮小|多|少な|上回|下回)")


def compared_level(claims: list[Claim]) -> None:
    """"reduced its portfolio to $1.252 trillion in October against $1.266 trillion in September", "held $57.9 billion
    in December, lower than $58.8 billion in November", "保有総額は6兆1759億ドルで、2月末の6兆1628億ドルより増えている": a
    dollar figure with a period of its own set against a level of the same holder named before it is that holder's
    earlier level, not a change (not after a change: "rose $1.8 billion, compared with $23.5 billion in February" is
    February's change)."""
    for c in claims:
        a = c.amount
        if c.kind != "amount" or a is None or a.kind != "money" or a.currency != "USD" or c.measure != "holdings_change" \
                or c.role or c.period_how != "stated" or c.period is None or c.period.is_latest:
            continue
        s = c.sentence.text
        if not (_AGAINST.search(s[max(0, c.span[0] - 40):c.span[0]]) or _JA_AGAINST.match(s, c.span[1])):
            continue
        before = [o for o in claims if o.sentence is c.sentence and o.kind == "amount" and o.span[1] <= c.span[0]
                  and o.amount is not None and o.amount.currency == "USD" and not o.amount.parenthetical]
        if not before or before[-1].measure != "holdings_level" or before[-1].role == "from" or \
                (before[-1].subject is not None and c.subject is not None and
                 (before[-1].subject.kind, before[-1].subject.slug) != (c.subject.kind, c.subject.slug)):
            continue
        c.measure, c.role, c.direction, c.direction_word = "holdings_level", "", None, ""


#: after a percent: "10% of its U.S. Treasury holdings", "a fifth of their Treasury stockpile"
_OF_HOLDINGS = re.compile(r"\s+of\s+(?:its|their|the\s+country(?:'s|’s)|[A-Z][\w.]*(?:'s|’s))\s+(?:[\w.-]+\s+){0,3}?"
                          r"(?:holdings?|stockpile|portfolio|stash|reserves of Treasur\w*)\b"
                          # (not "3.6% of its holdings as of November": a part of an earlier month's level, whose period
                          # is not the trade's)
                          r"(?!\s*(?:as of|at the end of|at end-|in|of)\s)", re.I)


def part_of_holdings(claims: list[Claim]) -> None:
    """"During 2022 Brazil sold off $22 billion worth, almost 10% of its U.S. Treasury holdings": a percent of its holdings
    a holder sold (bought) is its holdings' percent move over the period (``holdings_pct``)."""
    for c in claims:
        a = c.amount
        if c.kind == "amount" and a is not None and a.kind == "percent" and c.measure in ("", "other") and \
                c.direction is not None and c.subject is not None and c.subject.kind in ("country", "japan") and \
                _OF_HOLDINGS.match(c.sentence.text, c.span[1]):
            c.measure, c.role = "holdings_pct", "pct"


#: between a change in dollars and the same change in percent: "increased $17.8 billion, or 0.4 percent,", "a decrease
#: of $37.5 billion (3.43%)", "by $38 billion (about 3%)", "130億ドル(1.3%)減"
_PCT_RESTATES = re.compile(r"(?:\s+(?:drop|decline|decrease|fall|reduction|cut|increase|rise|gain|jump))?"  # "a $X decrease, or"
                           # (what the dollars bought or sold, before the restatement: "dumped $47.8 billion in paper—equal
                           # to about 3.6%"; a dash as the comma: "a drop of $100 billion – or 9%")
                           r"(?:\s+(?:in|of)\s+(?:[\w.-]+\s+){0,2}?(?:paper|debt|Treasur\w*|bonds?|bills|notes|securities))?"
                           r"\s*(?:[,—–]\s*or|\bor|[(（]|[,—–]\s*(?:representing|equivalent to|equal to|which is))\s*", re.I)


#: a percent of a whole, not of the holder's holdings: "fell $3 billion (0.3 percent of the total)", ", or 37% of all
#: foreign selling" ("or 3% of its holdings" is the move restated)
_SHARE_OF = re.compile(r"\s*(?:percent|per\s*cent|%)?\s*of\s+(?:the\s+)?(?:total|all|overall|foreign|world|global)\b", re.I)


def pct_of_change(claims: list[Claim]) -> None:
    """"increased its holdings by $17.8 billion, or 0.4 percent, to $5.12 trillion": a percent right after a holder's
    change in dollars, joined by "or" or set in brackets, is the same move in percent (``holdings_pct``): its holder,
    period, base and direction (the converse of ``move_restated``). Only a percent no other words have measured."""
    for prev, c in zip(claims, claims[1:]):
        a = c.amount
        if c.kind != "amount" or prev.kind != "amount" or c.sentence is not prev.sentence or a is None or \
                a.kind != "percent" or c.measure not in ("", "other") or prev.measure != "holdings_change" or \
                prev.amount is None or prev.amount.kind != "money":
            continue
        if not _PCT_RESTATES.fullmatch(c.sentence.text[prev.span[1]:c.span[0]]) or \
                _SHARE_OF.match(c.sentence.text, c.span[1]):
            continue
        c.measure, c.role = "holdings_pct", "pct"
        c.direction, c.direction_word = prev.direction, prev.direction_word
        c.subject, c.subject_how = prev.subject, prev.subject_how
        c.instrument, c.instrument_text = prev.instrument, prev.instrument_text
        c.period, c.period_how, c.base_period = prev.period, prev.period_how, prev.base_period
        c.notes += [n for n in prev.notes if n in (YEAR_FRAME, MONTH_OWN)]
