"""Two figures given two periods in the order named: "far below the ¥1.4 trillion and ¥420.7 billion logged in the
first halves of 2019 and 2020, respectively", "had reached $133.1 billion and $131.7 billion in August and July,
respectively". The first figure is of the first period, the second of the second (the period grammar would read the
pair as one span, or give both figures the period nearer each).

The periods: two years ("in 2019 and 2020"; "fiscal 2019 and 2020": fiscal years; "the first halves of 2019 and
2020": those years' halves) or two months ("in August and July", "in May 2024 and April 2024"), right before
"respectively", after the two figures joined by "and".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ustflow.check.claims import Claim
from ustflow.check.halves import fiscal_months, half_period
from ustflow.check.periods import Period

_ONE = r"(?:[A-Z][a-z]{2,8}\.?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
_PAIR = re.compile(r"\b(?:in|of|for|during)\s+(?:the\s+)?(?P<half>(?:first|second)\s+halves\s+of\s+)?"
                   r"(?P<fy>fiscal\s+(?:years?\s+)?)?(?P<a>" + _ONE + r")\s+and\s+(?P<b>" + _ONE + r"),?\s+respectively\b")
_FIGURES_AND = re.compile(r"\s+and\s+(?:the\s+)?")


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
