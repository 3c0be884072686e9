"""Two figures given two periods in the order named: "far below the ¥1.4 trillion and ¥420.7 billion logged in the
first halves of 2019 and 2020, respectively", "had reached $133.1 billion and $131.7 billion in August and July,
respectively". The first figure is of the first period, the second of the second (the period grammar would read the
pair as one span, or give both figures the period nearer each).

The periods: two years ("in 2019 and 2020"; "fiscal 2019 and 2020": fiscal years; "the first halves of 2019 and
2020": those years' halves) or two months ("in August and July", "in May 2024 and April 2024"), right before
"respectively", after the two figures joined by "and".

The Japanese grammar (and Chinese and Korean read through it) names the periods first, as a list, and the figures after
"それぞれ" in the same order: "2022年、2023年と2024年にそれぞれ…1,732億ドル、508億ドル、573億ドル減らした", "2019年3月、4月、
5月、7月…それぞれ…104億ドル、75億ドル…" (a list of months, not a span: "7〜10月にそれぞれ" is the span the grammar already
shares out). As many periods as figures after them, or the list is left to the ordinary rules.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ustflow.check.claims import Claim
from ustflow.check.halves import fiscal_months, half_period
from ustflow.check.periods import Period, month_window

_ONE = r"(?:[A-Z][a-z]{2,8}\.?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
_PAIR = re.compile(r"\b(?:in|of|for|during)\s+(?:the\s+)?(?P<half>(?:first|second)\s+halves\s+of\s+)?"
                   r"(?P<fy>fiscal\s+(?:years?\s+)?)?(?P<a>" + _ONE + r")\s+and\s+(?P<b>" + _ONE + r"),?\s+respectively\b")
_FIGURES_AND = re.compile(r"\s+and\s+(?:the\s+)?")


_JA_JOIN = r"(?:、|,|，|と|及び|および|和|及)"
_JA_MONTH = r"(?:(?:19|20)\d\d年)?\d{1,2}月(?!\d)"
_JA_MONTHS = re.compile(rf"{_JA_MONTH}(?:{_JA_JOIN}{_JA_MONTH})+")
_JA_YEARS = re.compile(r"(?:19|20)\d\d年(?:" + _JA_JOIN + r"(?:19|20)\d\d年)+(?!\d{1,2}月)")


def _listed(s: str, figs: list[Claim]) -> list[tuple[Claim, Period]]:
    """The figures after each "それぞれ" of ``s`` and the periods of the Japanese-style list before it (module docstring),
    one each, in order, where the counts agree."""
    out: list[tuple[Claim, Period]] = []
    ats = [m.start() for m in re.finditer("それぞれ", s)]
    lists = sorted((m for rx in (_JA_MONTHS, _JA_YEARS) for m in rx.finditer(s)), key=lambda m: m.start())
    for k, at in enumerate(ats):
        before = [m for m in lists if m.end() <= at and (k == 0 or m.start() > ats[k - 1])]
        if not before:
            continue
        m = before[-1]
        stop = min([x.start() for x in lists if x.start() > at] + ats[k + 1:] + [len(s)])
        after = [c for c in figs if m.end() <= c.span[0] < stop]
        out += list(zip(after, _periods(m, after)))
    return out


def _periods(m: re.Match, after: list[Claim]) -> list[Period]:
    """The periods of the list ``m``, when as many as the figures ``after`` it, else none."""
    items = re.findall(r"(?:((?:19|20)\d\d)年)?(\d{1,2})?(月)?", m.group(0))
    if m.re is _JA_YEARS:
        years = [int(y) for y, _, _ in items if y]
        if len(years) != len(after) or len(set(years)) != len(years):
            return []
        return [Period("year", [(date(y, 1, 1), date(y, 12, 31))], f"{y} ('{m.group(0)}', それぞれ)", span=m.span())
                for y in years]
    months = [(int(y) if y else None, int(mo)) for y, mo, tail in items if mo and tail]
    if len(months) != len(after) or len(months) < 2:
        return []
    last = after[-1].period
    if months[0][0] is None:  # no year: the year the grammar gave the last figure, for months named in their order
        if any(y for y, _ in months) or last is None or last.kind != "month" or \
                any(a >= b for (_, a), (_, b) in zip(months, months[1:])):  # ("12月と11月、それぞれ": the grammar's)
            return []
        months = [(last.end.year, mo) for _, mo in months]
    out, y, prev = [], months[0][0], None
    for yy, mo in months:
        if not yy and prev is not None and mo <= prev:
            return []  # (a month named before an earlier one with no year of its own: the order is not certain)
        y = yy or y
        prev = mo
        w = month_window(y, mo)
        out.append(Period("month", [w], f"{w[0]:%B %Y} ('{m.group(0)}', それぞれ)", span=m.span()))
    return out


def _period(r, words: str, fiscal: bool, half: str | None, span: tuple[int, int]) -> Period | None:
    if re.fullmatch(r"(?:19|20)\d\d", words):
        y = int(words)
        p = half_period(y, fiscal, half.startswith("first"), words) if half else fiscal_months(4, 3, y, words) if fiscal \
            else Period("months", [(date(y, 1, 1), date(y, 12, 31))], words)
        return replace(p, span=span)
    got = [p for p in r.find(f"in {words}") if p.kind == "month"]
    return replace(got[0], span=span) if len(got) == 1 else None


def periods_respectively(claims: list[Claim], ref) -> None:
    """Give each of two figures joined by "and" its own of the two periods named after them "respectively" (module
    docstring), in place."""
    from ustflow.check.period_grammar import Resolver

    r = Resolver(ref)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.kind == "amount" and c.amount is not None:
            by_sentence.setdefault(id(c.sentence), []).append(c)
    for group in by_sentence.values():
        s = group[0].sentence.text
        for c, p in _listed(s, group) if len(group) >= 2 else ():
            c.period, c.period_how = p, "stated"
        for m in _PAIR.finditer(s):
            figs = [c for c in group if c.span[1] <= m.start() and not re.search(r"[;.]\s", s[c.span[1]:m.start()])]
            if len(figs) < 2 or not _FIGURES_AND.fullmatch(s[figs[-2].span[1]:figs[-1].span[0]]):
                continue
            fiscal, half = bool(m.group("fy")), m.group("half")
            pa, pb = (_period(r, m.group(k), fiscal, half, m.span(k)) for k in ("a", "b"))
            if pa is None or pb is None:
                continue
            for c, p in ((figs[-2], pa), (figs[-1], pb)):
                c.period, c.period_how = p, "stated"
