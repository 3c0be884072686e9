"""The year of a month named without one in a story told about a past year (issue 13).

A month with no year is read, by default, as the latest such month before the publication date
(``Resolver.year_for``). Background told in order reads otherwise: "Russian investment fell to $48.7 billion in
April 2018, and to $14.9 billion in May" (May 2018, not the May before a 2023 story), "2018年4月に487億ドルに
減り、5月には149億ドルになった". Two readings of it, both needing a month named with its year just before:

- the same sentence goes on to a later month of that year (the month after the dated one in the calendar):
  that month is of the same year. A month before it ("... in March 2021, and rose again in February") is the
  story's own month, read as usual; so is one after a dated month told in an aside ("Britain, which overtook China
  in March 2025, remained the No. 2 holder in April"), and a month in another sentence, unless it says which year:
- "in May of the same year", "that year in July", "同年5月": the year of the month named before, whatever the month.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check.periods import Period, month_window

#: a year in the month's own words ("May 2018", "2018年5月", "昨年5月"): the month says its year
_OWN_YEAR = re.compile(r"(?:19|20)\d\d|年")
#: the year of the month told just before: "May of the same year", "in May that year", "May of that year"
_SAME_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+same|that)\s+year\b(?![-'’])", re.I)  # not "the same year-on-year"
#: the dated month inside an aside: "Britain, which overtook China in March 2025, remained No. 2 in April" (the
#: aside's month is background; April is the story's), "(after a peak in March 2021)"
#: an apposition that says when ("China, the No. 2 holder until Britain overtook it in March 2025, cut ... in April")
_ASIDE = re.compile(r"(?:,\s*(?:which|who|whose|after|when|since|having)\b|[(（—–]|"
                    r",\s*(?:the|a|an|its|once)\s[^,()（）—–]*?\b(?:until|till|before|after|since|when)\b)[^,()（）—–]*$", re.I)
#: the dated month is a comparison's base told in a clause of its own before the figure's ("Up from $1.1 trillion in
#: March 2023, Japan's holdings rose to $1.2 trillion in May"; "Compared with …"): the May is the story's own
_BASE_WORDS = re.compile(r"\b(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|relative\s+to|against|versus|vs\.?|than|"
                         r"since)\b|\bto\b", re.I)
_SAME_YEAR_BEFORE = re.compile(r"(?:同年|その年の?)\s*$|\b(?:that|the same) year,?\s+$", re.I)


def narrative_year(p: Period, name: str, m: re.Match, text: str, anchor: Period | None, same_sentence: bool) -> Period:
    """``p`` (a month named without its year) in the year of ``anchor``, the month named with its year before it,
    when the words tie it there (module docstring); else ``p`` unchanged."""
    if name not in ("month", "ja_month") or p.kind != "month" or p.relative or _OWN_YEAR.search(m.group(0)) or \
            anchor is None or anchor.kind != "month" or anchor.relative or anchor.is_latest or \
            not _OWN_YEAR.search(anchor.label):
        return p
    y, mo = anchor.end.year, p.end.month
    if _SAME_YEAR_AFTER.match(text, m.end()) or _SAME_YEAR_BEFORE.search(text[:m.start()]):
        how = "the same year as the month named before"
    elif same_sentence and mo > anchor.end.month and y < p.end.year and not _ASIDE.search(text[:anchor.span[0]]) \
            and not _base_clause(text, anchor, m) and not _apposition(text, anchor, m):
        how = f"a later month of the year named before it ({anchor.label!r})"
    else:
        return p
    if y == p.end.year:
        return p
    return replace(p, windows=[month_window(y, mo)], note=how)


#: a name and the apposition after it, up to the dated month: "China, the top holder in", "Japan, once No. 1 in" (not
#: "In a report, the Treasury said Japan held $X in": the name is the sentence's first words, no one says, and an
#: apposition names what the subject is, not an amount: "Thus, the volume ... decreased from $96 billion to $48.7
#: billion in April 2018, and to $14.9 billion in May" is a main clause)
_APPOSITION = re.compile(r"^(?:[A-Z][\w.'’]*\s){0,2}[A-Z][\w.'’]*,\s*(?:the|a|an|its|once)\s"
                         r"(?:(?!\bsaid\b|\bsays\b|\b(?:[mb]illion|trillion)\b)[^,()（）—–$¥€£%])*$")


def _apposition(text: str, anchor: Period, m: re.Match) -> bool:
    """The dated month is in an apposition to the sentence's subject, closed by a comma before the month told after it
    ("China, the top holder in March 2015, cut its holdings ... in April"): background, as ``_ASIDE``'s "until ..."."""
    return bool(_APPOSITION.match(text[:anchor.span[0]])) and \
        bool(re.match(r"[^,()（）—–]{0,20},", text[anchor.span[1]:m.start()]))


def _base_clause(text: str, anchor: Period, m: re.Match) -> bool:
    """The dated month closes a base's clause ("Up from $X in March 2023,", "Compared with $X in March 2023,",
    "2023年3月と比べ、"), a comma between it and the month told after: the last of from / compared with / than / to
    before it is a base's."""
    if re.match(r"[^、。,;]{0,20}?(?:と比べ|に比べ|と比較|比で)[^、。]{0,6}[、,]", text[anchor.span[1]:]):
        return True  # "2023年3月の水準と比べ、5月の保有額は…": the story's May
    return base_before(text, anchor.span[0]) and bool(re.search(r"[,;](?!\d)", text[anchor.span[1]:m.start()]))


def base_before(text: str, pos: int) -> bool:
    """The last of from / compared with / than / since / to in the clause before ``pos`` is a base's ("Compared with
    $1.1 trillion in March 2019", "up from $X in July"; not "fell from $96.1 billion to $48.7 billion in April")."""
    clause = re.split(r"[,;:](?!\d)", text[:pos])[-1]
    words = [w.group(0).lower() for w in _BASE_WORDS.finditer(clause)]
    return bool(words) and words[-1] != "to"
