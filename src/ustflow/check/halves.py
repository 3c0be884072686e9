"""Halves of a year: the calendar year's (January-June, July-December) and Japan's fiscal year's (April-September,
October-March), named in full or only in part.

A story names its half in full once, then by its side alone:

    財務省は11日、2019年度上半期(4〜9月)の国際収支統計を発表した。…上半期ベースでは2年連続で減少した。
    Japan's current account surplus in the first half of fiscal 2023 ... The first half saw ...

so a half named without its year or kind (上半期, 下期, "the first half") is the fiscal year's when the first half the
story named with its year (or 今年度) was a fiscal one: that half itself on the same side, else the latest fiscal half
of that side ended by the publication date. A half named relative to the publication ("今年度上半期", "前年度上期",
"昨年上半期") is of that (fiscal) year. A half named without its year or kind is marked ``extra["bare_half"]``, one
named with a year but not its kind ("2010年上期", "今年上半期": 年, not 年度) ``extra["kindless_half"]`` (the
balance-of-payments frame reads both against the release calendar: ``bop_frame``).

A year named as a half's basis of comparison, "上半期として過去最高だった15年度" (the record for a first half was fiscal
2015's), "上期ベースで…2015年以来": the figure beside it is that year's half (``as_half_basis``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ustflow.check.periods import Period, month_window

#: fiscal years back for a relative fiscal year: 今年度, 本年度, 昨年度, 前年度, 一昨年度 (the same for calendar years)
_REL = {"今": 0, "本": 0, "昨": 1, "前": 1, "去": 1, "一昨": 2}
_FISCAL = "Japanese fiscal year"


def half_period(y: int, fiscal: bool, first: bool, label: str, bare: bool = False, kindless: bool = False) -> Period:
    """The first or second half of calendar year ``y``, or of Japan's fiscal year ``y`` (April to September, October to
    March), labelled ``label``."""
    m0, m1 = (4, 9) if fiscal and first else (10, 3) if fiscal else (1, 6) if first else (7, 12)
    y1 = y + 1 if m1 < m0 else y
    extra = {"bare_half": True} if bare else {"kindless_half": True} if kindless else {}
    return Period("months", [(date(y, m0, 1), month_window(y1, m1)[1])], label, note=_FISCAL if fiscal else "",
                  extra=extra)


def fiscal_months(m1: int, m2: int, fy: int, label: str) -> Period | None:
    """'the April-September half of fiscal 2024' (April to September 2024), 'the October-to-March period of fiscal
    year 2023' (October 2023 to March 2024): months of Japan's fiscal year ``fy``, which runs April to March."""
    y1, y2 = fy + (m1 < 4), fy + (m2 < 4)
    if (y1, m1) > (y2, m2):
        return None
    return Period("months", [(date(y1, m1, 1), month_window(y2, m2)[1])], label, note=_FISCAL)


def _latest(ref: date, fiscal: bool, first: bool) -> int:
    """The year the latest half of this kind and side that ended by ``ref`` starts in."""
    m0, m1 = (4, 9) if fiscal and first else (10, 3) if fiscal else (1, 6) if first else (7, 12)
    return ref.year - (ref.month <= m1) - (m1 < m0)


def remember(r, p: Period, fiscal: bool, first: bool) -> Period:
    """Record ``p`` as the story's half on the resolver ``r`` when it is the first half named with its year."""
    if getattr(r, "named_half", None) is None:
        r.named_half = (fiscal, p.start.year, first)
    return p


def bare(r, first: bool, label: str) -> Period | None:
    """A half named by its side alone: the story's kind of half (module docstring)."""
    named = getattr(r, "named_half", None)
    fiscal = bool(named and named[0])
    if named is not None and fiscal and named[2] == first:
        return half_period(named[1], True, first, label, bare=True)
    if r.ref is None:
        return None
    return half_period(_latest(r.ref, fiscal, first), fiscal, first, label, bare=True)


def japanese_half(r, g: dict, label: str) -> Period | None:
    """'2024年度上半期', '24年上期', '今年度上半期', '前年度下期', '上半期', '今年前半', '2023年の後半' (``r``: the
    ``period_grammar.Resolver``)."""
    ref = r.ref
    if g.get("h2"):  # "今年前半", "2023年の後半": this (last, a named) calendar year's half
        if g.get("hrel") and ref is None:
            return None
        y = ref.year - (g["hrel"] in ("昨年", "去年")) if g.get("hrel") else int(g["hy"]) if g.get("hy") else \
            2000 + int(g["hy2"])
        return half_period(y, False, g["h2"] == "前半", label)
    first, fiscal = g["h"].startswith("上"), bool(g.get("fy"))
    if g.get("frel"):  # "今年度上半期", "前年度上期", "昨年上半期": relative to the publication
        if ref is None:
            return None
        y = (ref.year - (ref.month < 4) if fiscal else ref.year) - _REL[g["frel"]]
        p = half_period(y, fiscal, first, label, kindless=not fiscal)
        return remember(r, p, fiscal, first) if _REL[g["frel"]] == 0 else p
    if g.get("y") or g.get("y2d"):
        y = int(g["y"]) if g.get("y") else 2000 + int(g["y2d"])
        return remember(r, half_period(y, fiscal, first, label, kindless=not fiscal), fiscal, first)
    return bare(r, first, label)


#: a half as the basis of a comparison, before the year it names: "上半期として過去最高だった", "上期ベースでは"
_BASIS_BEFORE = re.compile(r"(?P<h>上半期|上期|下半期|下期)(?:として(?:は)?|ベース(?:で(?:は)?|では)?)[^、。,]{0,16}$")


def as_half_basis(p: Period, text: str) -> Period:
    """"上半期として過去最高だった15年度(11兆3331億円の黒字)": a (fiscal) year named right after a half as the basis of
    comparison is that year's half; ``p`` unchanged otherwise."""
    if p.kind not in ("fiscal_year", "year") or len(p.windows) != 1:
        return p
    m = _BASIS_BEFORE.search(text, max(0, p.span[0] - 30), p.span[0])
    if m is None:
        return p
    fiscal = p.kind == "fiscal_year"
    h = half_period(p.start.year, fiscal, m.group("h").startswith("上"), p.label)
    return replace(p, kind=h.kind, windows=h.windows, note=f"{h.note + ': ' if h.note else ''}its {m.group('h')} "
                   f"(named as the basis: '{m.group(0)}')")


_LOOK_BACK_AFTER = re.compile(r"\s*(?:[(（][^)）]{0,20}[)）])?\s*(?:以降|以来|から)")


def remember_fiscal_year(r, p: Period, name: str, text: str) -> None:
    """Record on the resolver ``r`` the first fiscal year the story names with its year ("2023年度の国際収支"), not as
    a look-back's start ("1985年度以降"): "前年度" later in the story is the one before it (``periods``)."""
    if name == "ja_fiscal" and getattr(r, "named_fy", 0) is None and p.kind == "fiscal_year" and \
            re.match(r"\d", p.label) and not _LOOK_BACK_AFTER.match(text, p.span[1]):
        r.named_fy = p.start.year
