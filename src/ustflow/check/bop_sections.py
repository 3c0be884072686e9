"""A balance-of-payments story that goes on to another release: the period its later sections name (issue 13).

MoF releases a span's balance of payments with the span's last month, and a story often tells both: the month first,
then "併せて発表した2015年度上半期(4~9月)の国際収支状況によると、経常収支は8兆6,938億円の黒字となった。…貿易・サービス収支は
1兆2,173億円の赤字で、…" (the fiscal half's figures, in sentences and paragraphs that name no period), or the year first
and then "同時に発表した24年3月の経常収支は…" (the month's). A sentence after the story's first that names the balance of
payments with the span just released ("Xの国際収支", "Xの経常収支", "Xの経常黒字") opens a section: the BoP figures after it that state
no period of their own are that period's, not the lede's month (the release month the calendar or the first sentence
gives) nor the period a figure before the section stated. A section ends where the next one opens.

Not a base or a look-back ("前年同月の経常収支", "2011年以来の経常黒字"): relative periods and periods counted from are no
section's. Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: right after a period, the balance of payments it names: "2015年度上半期(4~9月)の国際収支状況", "24年3月の経常収支は"
_NAMES_BOP = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*の\s*(?:国際収支|経常収支|経常黒字|経常赤字)")
_SINCE = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*(?:以来|以降|ぶり|来)")


def _section_period(text: str, ref):
    """The period a sentence names the balance of payments with (``_NAMES_BOP``), else None."""
    from ustflow.check.bop_frame import western
    from ustflow.check.period_grammar import Resolver

    text = western(text)
    for p in Resolver(ref).find(text):
        if p.is_latest or p.relative or p.role == "from" or p.kind == "day" or len(p.windows) != 1 or \
                _SINCE.match(text, p.span[1]):
            continue
        if _NAMES_BOP.match(text, p.span[1]):
            return p
    return None


def sections(claims: list[Claim], sentences: list, ctx) -> None:
    """Give each later section's period (module docstring) to the BoP figures (``bop_frame.MEASURES``) in the sentences after its
    first, up to the next section, that state none of their own or carry one named before the section. Only a span
    released on the story's date (the half or year told after the month: a month told after the span is an aside the
    story comes back from, "同時に発表した9月の経常収支は…。…第1次所得収支の黒字は10・7%減", and a span a year before is a
    comparison, "14年上半期の経常収支は4977億円の赤字で")."""
    from ustflow.check.bop_frame import MEASURES as measures, ends_with, month_based, open_figure, span_of
    from ustflow.check.bop_items import STORY
    from ustflow.check.bop_release import latest_month

    first = next((s.index for s in sentences if STORY.search(s.text)), None)
    last = latest_month(ctx)
    if first is None or last is None:
        return
    opened = [(s.index, p) for s in sentences if s.index > first and (p := _section_period(s.text, ctx.date)) is not None
              and span_of(p) is not None and ends_with(p, last)]
    if not opened:
        return
    for c in claims:
        if c.kind != "amount" or c.measure not in measures or c.role == "from":
            continue
        at = [(i, p) for i, p in opened if i < c.sentence.index]
        if not at:
            continue
        i, p = at[-1]
        carried = c.period is not None and c.period_how == "context" and not c.period.is_latest and \
            not _named_between(c, sentences, i, ctx.date)
        if c.measure != "bop" and month_based(c):
            continue  # ("前年同月より4.3%減った": a month's change, whatever span the section names)
        if open_figure(c, measures) or carried:
            c.period, c.period_how = p, "context"


def _named_between(c: Claim, sentences: list, start: int, ref) -> bool:
    """Whether the period ``c`` carries was named in a sentence from the section's first (``start``) to its own."""
    from ustflow.check.period_grammar import Resolver

    return any(p.windows == c.period.windows for s in sentences if start <= s.index <= c.sentence.index
               for p in Resolver(ref).find(s.text))


#: a month ranked among the same month of other years, in Japanese: "1月の経常収支の黒字幅としては", "4月としては"
_SAME_MONTH_JA = re.compile(r"(?P<m>\d{1,2})月(?:の[^、。]{0,16}?)?と(?:して)?は")
#: between a year and the figure it dates: "2010年の1兆5863億円", "2011年(6598億円)"
_YEAR_OF = re.compile(r"\s*(?:の|[(（])\s*")


def same_month_years(claims: list[Claim]) -> None:
    """A BoP figure dated by a year alone after the month its sentence ranks among the same month of other years
    ("4月としては2010年の1兆5863億円以来の水準", "1月の経常収支の黒字幅としては、…2011年(6598億円)以来の水準"): that
    month of the year (April 2010), not the year's total."""
    from dataclasses import replace
    from datetime import date

    from ustflow.check.bop_frame import MEASURES as measures
    from ustflow.check.periods import month_window

    for c in claims:
        p, a = c.period, c.amount
        if c.kind != "amount" or c.measure not in measures or p is None or p.kind != "year" or a is None or \
                c.period_how != "stated" or not _YEAR_OF.fullmatch(c.sentence.text, p.span[1], a.span[0]):
            continue
        m = next(reversed(list(_SAME_MONTH_JA.finditer(c.sentence.text, 0, p.span[0]))), None)  # (the nearest before)
        if m is None or not 1 <= int(m.group("m")) <= 12:
            continue
        y, mo = p.start.year, int(m.group("m"))
        c.period = replace(p, kind="month", windows=[(date(y, mo, 1), month_window(y, mo)[1])],
                           note=f"the month '{m.group(0)}' ranks, in {y}")


def since_after_level(claims: list[Claim]) -> None:
    """A BoP level whose period is a look-back told after it ("サービス収支は3438億円の黒字で、黒字はコロナ前の2019年5月以来です"):
    the look-back is the run's or the record's, not the level's (a balance is at one month or span), so the level states
    no period of its own and takes the story's."""
    for c in claims:
        p, a = c.period, c.amount
        if c.kind == "amount" and c.measure == "bop" and p is not None and p.kind == "since" and a is not None and \
                c.period_how == "stated" and p.span[0] >= a.span[1]:
            c.period, c.period_how = None, "none"
