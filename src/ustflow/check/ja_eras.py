"""Japanese years written with one or two digits: an era's year, or a year of this century (or the one before).

Japanese stories of the Heisei era (1989 to April 2019) name their years by the era, with or without its name:

    財務省が10日発表した平成29年度の国際収支によると…   (fiscal 2017)
    29年度の経常収支 前年度比3・4%増の21兆7362億円の黒字   (the headline of the same story: fiscal 2017, not 2029)
    同時に発表した30年12月の経常収支は…   (in February 2019: December 2018)

A year the era names right before it ("平成29年度", "令和2年", "昭和60年度") is that era's year. A bare two-digit year
that, read as 20YY, would fall after the story's year, in a story of the Heisei era (dated up to 2019), is a Heisei year
when that is no later than the story ("30年" in 2019: 2018; "26年以来" in 2019: since 2014): it cannot be a year to come
in a story of figures already released, and 19YY (1930) is before any of them. Other two-digit years are left to the
reader's own rule (20YY, or 19YY when that would be after the story: "98年末").
"""

from __future__ import annotations

import re
from datetime import date

#: the year before an era's first: 令和 (Reiwa) 1 = 2019, 平成 (Heisei) 1 = 1989, 昭和 (Showa) 1 = 1926
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_ERA_BEFORE = re.compile(r"(令和|平成|昭和)\s*$")
#: the last year a story names its years by the Heisei era without its name (the era ended on 30 April 2019)
_HEISEI_LAST = 2019


def era_year(era: str, n: str) -> int:
    """The Western year of a Japanese era year: 令和4年 -> 2022, 平成元年 -> 1989."""
    return ERAS[era] + (1 if n == "元" else int(n))


def western_year(text: str, start: int, digits: str, ref: date | None) -> int | None:
    """The Western year of the one- or two-digit year ``digits`` written at ``text[start:]`` (module docstring), or None
    when it is no era's year (the caller's own reading stands)."""
    named = _ERA_BEFORE.search(text, 0, start)
    if named is not None:
        return era_year(named.group(1), digits)
    yy = 1 if digits == "元" else int(digits)
    if ref is None or not 1 <= yy <= 31 or len(digits) != 2 or digits.startswith("0"):
        return None
    if 2000 + yy > ref.year and ref.year <= _HEISEI_LAST and ERAS["平成"] + yy <= ref.year:
        return ERAS["平成"] + yy
    return None
