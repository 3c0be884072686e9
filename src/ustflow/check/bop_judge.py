"""The judges of Japan's balance-of-payments figures (``bop`` reads which item a figure is about and marks it): a
balance in the claim's month(s) (``bop_level``), a change of a balance (``bop_change``), a percent change from a year
(a month) before (``bop_pct``), on the BoJ's monthly balance of payments (``boj.bop``, JPY 100 mn).

Which series: seasonally adjusted when the sentence (else the article) says so, not adjusted when it says "before
seasonal adjustment" (the release's headline), and both tried when it says neither (``adjusted_choices``); a change from a
year before is the unadjusted series' unless the story says otherwise.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ustflow.check import compare as C, windows as W
from ustflow.check.bop import MONTH_BACK, balance_sign, claim_direction, is_flow
from ustflow.check.bop_items import ALTERNATES, ITEMS, adjusted_elsewhere
from ustflow.check.bop_parts import other_quantity
from ustflow.check.claims import BOP_CARRIED, ITEM_CELL, Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, windows_on

_SA = re.compile(r"\bseasonally[- ]adjusted\b|\b(?:after|with) (?:a )?seasonal adjustment|季節調整(?:済|後)", re.I)
_NSA = re.compile(r"\bbefore (?:a )?seasonal adjustment|\b(?:not|non|un)[- ]?seasonally[- ]adjusted|\bunadjusted\b|"
                  r"季節調整前|原数値|季節(?:ごとの)?調整を(?:行っ|し)てい(?:ない|ません)", re.I)  # "季節ごとの調整を行っていない数字"


def qualifier_sid(c: Claim, ctx: Context) -> str:
    """The series a BoP streak is counted on (not seasonally adjusted unless the story says it is)."""
    return _sids(c, ctx)[0][0]


#: a sentence's own figure said adjusted without "seasonally": "The adjusted current account saw a surplus of" (its own
#: sentence only: the story's other figures are the headline's unadjusted ones)
_SA_HERE = re.compile(r"(?<![-‐])\badjusted\s+(?:current[- ]account|trade\s+balance|goods\s+balance|services\s+balance|"
                      r"surplus|deficit)\b", re.I)
#: the adjusted figure told as the other basis, beside the story's: "ただし、季節調整済みでは2259億円の黒字" (the
#: story's figures are the unadjusted ones)
_SA_ASIDE = re.compile(r"季節調整(?:済み?|後)(?:の(?:数値|計数|値))?(?:ベース)?で(?:は|みると|見ると)")


def adjusted_choices(c: Claim, story: str) -> list[bool]:
    """Which of the two series to try: seasonally adjusted (True), not adjusted (False). A sentence that names both
    takes the one named last before the figure ("これは季節ごとの調整を行っていない数字だが、季節調整済みでは6290億円の赤字")."""
    s = c.sentence.text
    if c.amount is not None and _SA.search(s) and _NSA.search(s):
        named = sorted([(m.start(), True) for m in _SA.finditer(s, 0, c.amount.span[0])] +
                       [(m.start(), False) for m in _NSA.finditer(s, 0, c.amount.span[0])])
        if named:
            return [named[-1][1]]
    for here, txt in ((True, s), (False, story)):
        sa, nsa = bool(_SA.search(txt) or (here and _SA_HERE.search(txt))), bool(_NSA.search(txt))
        if not here and sa and not nsa and _SA_ASIDE.search(txt) and not _SA.search(_SA_ASIDE.sub("", txt)):
            return [False]  # (the story names the adjusted figures only as the other basis)
        if sa != nsa:
            return [sa]
    return [False, True]


def _sids(c: Claim, ctx: Context, year_back: bool = False, month_back: bool = False) -> list[tuple[str, str]]:
    """The series to try (``adjusted_choices``); for a change from a year before, the unadjusted one unless the story says
    seasonally adjusted (a year-on-year change is the release's comparison of unadjusted figures); for a change from the
    month before, or a figure of a sentence that compares with the month before (``month_back``), the adjusted one
    first (the release compares its seasonally adjusted figures with the month before)."""
    item = c.instrument[1] if c.instrument is not None else "current"
    _, nsa, sa, what = ITEMS[item]
    adjusted = adjusted_choices(c, ctx.article)
    if year_back and len(adjusted) > 1:
        adjusted = [False]
    elif month_back and len(adjusted) > 1:
        adjusted = [True, False]
    return [(f"boj.bop.{sa if adj else nsa}", f"BoJ balance of payments: Japan's {what}"
             f"{' (seasonally adjusted)' if adj else ' (not seasonally adjusted)'}: ") for adj in adjusted]


def _month_back(c: Claim) -> bool:
    """Whether ``c``'s sentence compares with the month before ("compared with a month earlier", "m/m"), and not with
    the year before too, or names the month right before the figure's as its change's base ("... over November 2017")."""
    from ustflow.check.bop_change import stated_back

    s = c.sentence.text
    return bool(MONTH_BACK.search(s) and not W.YEAR_BACK.search(s)) or stated_back(c) == 1


def bop_level(c: Claim, ctx: Context) -> Judgement:
    """A BoP balance in the claim's month(s) (summed over a longer period), signed by surplus / deficit; a dollar
    figure ("2.72 trillion yen ($18.03 billion)") is the yen balance converted (``bop_usd.in_dollars``)."""
    a = c.amount
    if a is None:
        return unverifiable("no figure")
    if other := other_quantity(c):  # "商品別では鉄鋼が7,422億円増": a commodity's trade, no line of the balance of payments
        return unverifiable(other)
    if a.currency == "USD":
        from ustflow.check.bop_far import released_first_print
        from ustflow.check.bop_usd import in_dollars

        sid = _sids(c, ctx, month_back=_month_back(c))[0]
        usd = in_dollars(c, ctx, sid, None if is_flow(c) else balance_sign(c.sentence.text, *a.span))
        usd = released_first_print(c, usd, ctx) if usd.verdict == CONTRADICTED else usd
        usd.figure = None  # (the yen balance it converts: for the rule above only)
        return usd
    results = []
    # exports and imports are never a surplus or deficit; a table's cell carries its own sign ("▲9748億円")
    sign = (-1 if a.number < 0 else 1) if ITEM_CELL in c.notes else 1 if is_flow(c) else balance_sign(c.sentence.text, *a.span)
    sids = adjusted_elsewhere(c, _sids(c, ctx, month_back=_month_back(c)), bool(_SA.search(c.sentence.text)))
    alt = ALTERNATES.get(c.instrument[1]) if c.instrument is not None else None
    sids += [(f"boj.bop.{alt[0]}", f"BoJ balance of payments: Japan's {alt[1]}: ")] if alt else []
    for sid, what in sids:
        got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
        if isinstance(got, Judgement):
            continue
        s, wins, note = got
        if len(sids) > 1 and "(seasonally adjusted)" in what and any(len(W.select(s, *w)) > 1 for w in wins):
            continue  # a total over months (a half, a fiscal year) is the unadjusted figures', unless its sentence says
        claimed = a.in_units(1e8) * (sign or 1)
        tol = C.tolerance(a, 1e8)
        sel = W.best_sum(s, wins, claimed, a.qualifier, tol, signed=sign is not None)
        if sel is None:
            continue
        periods, v = list(sel.index), float(sel.sum())
        j = C.verdict(claimed=claimed, official=v, qualifier=a.qualifier, tol=tol, sid=sid, unit="JPY 100mn",
                      period=W.span_label(periods), what=what, sign_free=sign is None, room=0.3 * abs(v))
        j.figure = Figure(sid, periods, v, "JPY 100mn", "sum", n=len(periods))
        results.append(j.note(note))
    if not results:
        return unverifiable(f"the BoJ's balance of payments has no {c.instrument_text} for "
                            f"{c.period.label if c.period else 'that period'}")
    if alt and (apart := _sums_apart(results, abs(a.in_units(1e8)))) is not None:
        return apart
    j = next((j for j in results if j.verdict == SUPPORTED), results[0])
    if j.verdict == CONTRADICTED and sign is not None:  # a far gap the sentence shows is the balance's revision
        from ustflow.check.bop_far import corroborated

        p = c.pair.amount if c.pair is not None and c.pair.amount is not None else None
        j = corroborated(c, j, ctx, sign, balance_sign(c.sentence.text, *p.span) if p is not None else None)
    if j.verdict == CONTRADICTED:
        from ustflow.check.bop_far import released_first_print

        j = released_first_print(c, j, ctx)
    if j.verdict == CONTRADICTED and BOP_CARRIED in c.notes and sign is not None and j.figure is not None and \
            j.figure.value * sign < 0:
        # "The goods balance was in surplus at ... For all of 2024 the surplus was 29,277.4 billion yen": a surplus
        # named alone where the balance last named was in deficit is another balance (the story's current account)
        return unverifiable(f"'{'the surplus' if sign > 0 else 'the deficit'}' named alone: the balance named before it, "
                            f"{c.instrument_text}, was the other way ({j.explanation})", series=j.series)
    return j


#: how far a level may sit from the nearer of an item's sums in use (``bop_items.ALTERNATES``) and still be called
#: contradicted: the two digital sums differ by about 3%, first prints by up to about 8% from today's
_APART = 0.10


def _sums_apart(results: list[Judgement], claimed: float) -> Judgement | None:
    """``unverifiable`` when every sum in use of the item contradicts the level and the nearest is more than ``_APART``
    away from it: another sum of lines is likelier than an error (the digital balance has no official definition:
    "「デジタル赤字」は拡大し、過去最大の約5.4兆円の赤字に" for fiscal 2023, 6.2 or 6.0 trillion on the two sums); else None."""
    if any(r.verdict != CONTRADICTED or r.figure is None or not r.figure.value for r in results):
        return None
    near = min(results, key=lambda r: abs(claimed - abs(r.figure.value)) / abs(r.figure.value))
    if abs(claimed - abs(near.figure.value)) / abs(near.figure.value) <= _APART:
        return None
    return unverifiable(f"not judged: {near.explanation}; the figure is more than {_APART:.0%} from each sum of lines "
                        "in use for this balance, which has no official definition: another sum is likelier than an error")


def bop_change(c: Claim, ctx: Context) -> Judgement:
    """A change of a balance (``bop_change.bop_change``), on the series the story's adjustment says."""
    from ustflow.check.bop_change import bop_change as judge

    if other := other_quantity(c):
        return unverifiable(other)
    return judge(c, ctx, _sids(c, ctx, month_back=_month_back(c)))



def _months_back(c: Claim, ctx: Context) -> int:
    """How far back a BoP percent change reaches: a year when the sentence says so, a month when it says so; else
    the release's own comparison, a year (the month a year before), or a month for a seasonally adjusted figure."""
    from ustflow.check.bop_change import stated_back  # "down 30 pct from the level in 2007": years back

    txt = c.clause or c.sentence.text
    if (k := stated_back(c)) is not None:
        return k
    if W.YEAR_BACK.search(txt):
        return 12
    if _month_back_own(c) or adjusted_choices(c, ctx.article) == [True]:
        return 1
    return 12


#: a percent figure (``_month_back_own``)
_PCT = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per ?cent\b)", re.I)


def _month_back_own(c: Claim) -> bool:
    """Whether the sentence compares with the month before, and those words are not another percent's that follows
    this one: "la cifra es un 28,5 % inferior al ... mismo mes de 2016 y un 40,8 % menor al que obtuvo un mes antes" (the
    month before is 40.8%'s base only)."""
    s, a = c.sentence.text, c.amount
    for m in MONTH_BACK.finditer(s):
        if a is None or m.start() < a.span[1] or not _PCT.search(s, a.span[1], m.start()):
            return True
    return False



def _with_base(c: Claim, ctx: Context, back: int) -> Iterator[tuple]:
    """The figure's months on each series ``_sids`` names for a change ``back`` months back, beside their base: (series
    id, what, note, the months' values, the base's months, their sum, the base's sum). A series with no window for
    the figure, a base outside the data, or a span (a half, a year) against anything but the same span a year before
    is passed over (``bop_pct``, ``_bop_multiple``)."""
    for sid, what in _sids(c, ctx, year_back=back % 12 == 0, month_back=back == 1):
        got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
        if isinstance(got, Judgement):
            continue
        s, wins, note = got
        sel = W.select(s, *wins[0]) if wins else s.iloc[:0]
        earlier = [p - back for p in sel.index]
        if sel.empty or any(p not in s.index for p in earlier) or (len(sel) > 1 and back % 12):
            continue  # a span (a half, a year) is compared with the same span a year before
        yield sid, what, note, sel, earlier, float(sel.sum()), float(s[earlier].sum())


def bop_pct(c: Claim, ctx: Context) -> Judgement:
    """A BoP balance's (exports', imports') percent change from a year (a month) before (``_months_back``), a
    span's (a half, a year: months summed) from the same span a year before; no
    percentage when the balance changed sign. A deficit that "shrank 38.8%" is a change of its size."""
    a = c.amount
    if a is None:
        return unverifiable("no figure")
    if other := other_quantity(c):  # "Imports of crude oil jumped 57.5 percent", "inbound tourists ... rose 0.9 percent"
        return unverifiable(other)
    if a.kind == "ratio" and a.multiplier:
        return _bop_multiple(c, ctx)
    results = []
    back = _months_back(c, ctx)
    deficit, direction = balance_sign(c.sentence.text, *a.span) == -1, claim_direction(c)
    claimed = a.number if a.multiplier else a.number * (direction or 1)  # ("halved": -50 already)
    tol = C.tolerance(a, 1)
    for sid, what, note, sel, earlier, now, before in _with_base(c, ctx, back):
        p = sel.index[-1]
        was, then = W.span_label(earlier), W.span_label(list(sel.index))
        kept = before > 0 > now and direction == -1 and a.number < 100  # "貿易黒字が99.6%減の11億円": still a surplus, said
        if before == 0 or (now * before < 0 and not kept):  # (now a deficit: a fall of more than 100%, contradicted)
            return unverifiable(f"{what}{C.fmt_num(before)} in {was} to {C.fmt_num(now)} in "
                                f"{then}: the balance changed sign, so no percentage change", series=sid)
        size = deficit and now < 0  # a deficit's growth or shrinking: its size's change
        v = 100 * (abs(now) - abs(before)) / abs(before) if size else 100 * (now - before) / abs(before)
        j = C.verdict(claimed=claimed, official=v, qualifier=a.qualifier, tol=tol, sid=sid, unit="percent",
                      period=f"{was} to {then}", sign_free=direction is None,
                      what=f"{what}{C.fmt_num(before)} to {C.fmt_num(now)} JPY 100mn, a change "
                           f"{'in the deficit ' if size else ''}of ")
        j.figure = Figure(sid, [earlier[-1], p], v, "percent", "pct", n=back)
        if j.verdict == CONTRADICTED:  # a far gap the level stated with it shows is the balance's revision
            from ustflow.check.bop_far import pct_corroborated, released_first_print, story_base

            based = len(sel) > 1 or bool(W.YEAR_BACK.search(c.sentence.text) or MONTH_BACK.search(c.sentence.text)) or \
                (back == 12 and story_base(c, ctx.article, MONTH_BACK))  # (a base the story names once for its changes)
            j = pct_corroborated(c, j, now, balance_sign) if based else j  # (a span's base is the span a year before)
            j = released_first_print(c, j, ctx) if based else j
        results.append(j.note(note))
    if not results:
        return unverifiable(f"a percent change of the {c.instrument_text} is checked for one month against the "
                            f"month (or the same month a year) before, for a span against the same span a year before")
    if back == 1 and not any(j.verdict == SUPPORTED for j in results):
        # a change from the month before in a story that does not say which series: the one nearer the figure (the two
        # differ by the season's swing, far more than a first print's revision: "exports had grown 8.8 percent from a
        # month earlier", 8.6% unadjusted, -0.6% adjusted)
        return min(results, key=lambda j: abs(claimed - j.figure.value) if j.figure is not None else math.inf)
    return next((j for j in results if j.verdict == SUPPORTED), results[0])


def _bop_multiple(c: Claim, ctx: Context) -> Judgement:
    """A BoP balance (exports, imports) told as a multiple of its own level a year (a month) before, the base read as a
    percent change's is (``_months_back``): "経常黒字は前年同月比約3.4倍の2兆2797億円", "前年度比5.7倍", "soared 2.8-fold
    from the previous year", "more than six-fold from a year earlier", "el triple". The multiple is the level over the
    base's, both of one sign (a deficit's: its size's); rounded, never truncated ("3倍" is not 3.85 times). No multiple
    when the balance changed sign or the base is nil."""
    a = c.amount
    results = []
    back = _months_back(c, ctx)
    for sid, what, note, sel, earlier, now, before in _with_base(c, ctx, back):
        was, then = W.span_label(earlier), W.span_label(list(sel.index))
        if before == 0 or now * before <= 0:
            return unverifiable(f"{what}{C.fmt_num(before)} in {was} to {C.fmt_num(now)} in {then}: the balance changed "
                                f"sign (or was nil), so it is no multiple of its level then", series=sid)
        v = now / before
        tol = C.tolerance(a, 1) if a.qualifier in ("exact", "approx") else 0.0  # ("2倍近く" takes no half-step below 2)
        j = C.verdict(claimed=a.number, official=v, qualifier=a.qualifier, tol=tol, sid=sid, unit="times",
                      period=f"{was} to {then}", sign_free=True, truncate=False,
                      what=f"{what}{C.fmt_num(before)} to {C.fmt_num(now)} JPY 100mn, a multiple of ")
        j.figure = Figure(sid, [earlier[-1], sel.index[-1]], 100 * (v - 1), "percent", "pct", n=back)
        if j.verdict == CONTRADICTED:  # (the release's own period: a far gap is its first print's revision)
            from ustflow.check.bop_far import released_first_print

            j = released_first_print(c, j, ctx)
        results.append(j.note(note))
    if not results:
        return unverifiable(f"a multiple of the {c.instrument_text} is checked for one month against the month (or the same "
                            f"month a year) before, for a span against the same span a year before")
    return next((j for j in results if j.verdict == SUPPORTED), results[0])
