"""A yearless dateline's year from the story's own year-ago comparison (``datelines``, step 7): "Tokio, 8 sep (EFE).-
Japón logró en julio un superávit ... un 5,7 por ciento menos que el de julio de 2016" is July 2017's data. Split from
``datelines`` (session 34)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

#: a month in full (any corpus language but the Asian ones), for the year-ago comparison below
_FULL_MONTH = r"[^\W\d_]{3,10}"
#: a year-ago comparison with its year: "down 5.7% from July 2016", "un 5,7 por ciento menos que el de julio de 2016",
#: "frente a outubro de 2008", "del mismo mes en 2009", "gegenüber dem Vorjahresmonat 2019"
_YEAR_AGO = re.compile(
    rf"\b(?:mismo mes|mesmo mês|same month|Vorjahresmonat)(?:\s+(?:del|do|of the|des)\s+(?:año|ano|year|Jahres)"
    rf"(?:\s+(?:anterior|pasado|passado|before|previous))?)?\s*(?:,\s*)?(?:en|de|em|in|of|von)?\s*(?P<y1>(?:19|20)\d{{2}})\b|"
    rf"\b(?:from|than|compared (?:with|to)|versus|que|frente|respecto|relação|comparación|comparação|gegenüber|"
    rf"Vergleich|als)\b[^.;\n\d]{{0,30}}?\b(?P<m>{_FULL_MONTH})\s+(?:de\s+|del\s+|of\s+)?(?P<y2>(?:19|20)\d{{2}})\b", re.I)
#: the story says its figures are compared with the year before: "from a year earlier", "interanual"
_YEAR_ON_YEAR = re.compile(r"\b(?:a year (?:earlier|ago|before)|year[- ]on[- ]year|(?:the )?previous year|same month|"
                           r"interanual\w*|mismo mes|mesmo mês|año (?:anterior|pasado)|ano (?:anterior|passado)|Vorjahr\w*)\b", re.I)
_LEAD_MONTH = re.compile(rf"\b(?P<m>{_FULL_MONTH})\b(?!\s+(?:de\s+|del\s+|of\s+)?(?:19|20)\d\d)")


def year_after_comparison(text: str, dateline: str, month_name: Callable[[str], int | None]) -> tuple[date, str] | None:
    """The story's own data month when its lead (after the dateline) names the month without its year ("rose in
    February", "creció en febrero"), the story compares with the year before, and that comparison names the month, or
    "the same month", with its year ("down 5.7% from July 2016", "del mismo mes en 2009"): that month of the next year;
    None unless all such comparisons agree. ``month_name`` reads a month's name in any corpus language
    (``dateline_words.month_name``)."""
    if not _YEAR_ON_YEAR.search(text):
        return None
    at = text.find(dateline.strip()) if dateline.strip() else -1
    rest = text[at + len(dateline.strip()):] if at >= 0 else text
    lead = " ".join(re.split(r"(?<=[.!?])\s", rest.lstrip(" -—–.:)").split("\n", 1)[0], maxsplit=1)[:1])[:400]
    named = [mo for m in _LEAD_MONTH.finditer(lead) if len(m.group("m")) > 3 and (mo := month_name(m.group("m")))]
    if not named:
        return None
    found = set()
    for m in _YEAR_AGO.finditer(text):
        if m.group("y1"):
            found.add((int(m.group("y1")) + 1, named[0], m.group(0)))
        elif len(m.group("m")) > 3 and month_name(m.group("m")) in named:
            found.add((int(m.group("y2")) + 1, month_name(m.group("m")), m.group(0)))
    if len({(y, mo) for y, mo, _ in found}) != 1:
        return None
    y, mo, words = min(found)
    return date(y, mo, 1), f"the month the lead names, a year after the comparison {words.strip()!r}"
