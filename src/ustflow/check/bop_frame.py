"""The span a balance-of-payments story is about, for its figures that state no period of their own.

MoF publishes the balance of payments for a span on the day it publishes the span's last month: the calendar year
with December (in February), the first half with June (in August), the fiscal year with March (in May), the fiscal
first half with September (in November). A story about such a release names the span once, in its headline or lede
("2020年の国際収支", "2019年上半期(1~6月)の国際収支速報", "2020年度の国際収支", "in the first half of fiscal 2024"),
or only through its date, and then gives many figures in sentences that name no period:

    財務省が発表した2020年の国際収支によると… 「経常収支」は17兆6,976億円の黒字となり、黒字幅が2兆8,283億円縮小した。
    The surplus on the current account expanded 29.5% from the previous year to 29,261.5 billion yen.

Those figures are the span's totals (their changes and percent changes: from the same span a year before), not the
latest month's. The frame is the span named in the first sentence that names the balance of payments (the
headline or the lede), else the span that ends with the latest month published on the story's date (the release
calendar). The figures must agree: among the story's levels with no period of their own, more must be nearer
(in ratio) to the span's totals than to the latest month's (a stated span gives way only when more are nearer to
the month's); a story about the month alone keeps the month. A story of the span just released tells the span before
it names the month alone ("In December alone", "ことし3月の経常収支は"): a level before that sentence is the span's
first print, however near today's value of the month it falls (a balance is a small difference of large flows,
revised since by more than its size); after it, a level nearer the month's value, or of neither's sign, is the
month's. A figure whose sentence names its own period ("In
December alone", "3月単月") keeps it; a base named alone ("from a year before", 去年の同じ時期) is the span a year
before, or the frame's comparison.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date

from ustflow.check import windows as W
from ustflow.check.bop_release import RELEASED_SPANS, latest_month
from ustflow.check.claims import Claim
from ustflow.check.ja_eras import era_year
from ustflow.check.periods import Period, month_window, shift
from ustflow.check.rulekit import Context

#: the measures a balance-of-payments figure is judged on (level, change, percent change)
MEASURES = ("bop", "bop_change", "bop_pct")
_ERA = re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*年")
#: a base named alone: "from a year before", "前年同期比", "去年の同じ時期に比べて" (no period of the figure's own)
_BASE_ONLY = re.compile(r"前(?:の)?年度|前年|去年|昨年|\b(?:a|the) year (?:earlier|before|ago)\b|"
                        r"\b(?:previous|prior|preceding|last) year\b", re.I)
#: a change's base that is a month: the same month a year before ("前年同月比", "去年の同じ月より", "the same month a year
#: earlier"), never a span's
_MONTH_BASE = re.compile(r"前年同月|(?:前年|去年|昨年)の同じ月|\bsame month\b", re.I)
#: what may follow a base before the figure it is of, in the same clause: "前年同月比では、1兆4,169億円減", "前年同月に比べ",
#: "compared with the same month a year earlier" (and its comma, when the phrase opens the sentence)
_BASE_TAIL = re.compile(r"(?:比|と比べ(?:て|ると)?|に比べ(?:て|ると)?|より)?(?:では|で|は)?(?:\s+(?:a|one) year (?:earlier|before|"
                        r"ago)|\s+(?:of )?(?:the )?(?:previous|prior|last) year)?\s*、?", re.I)
#: where a clause ends within a sentence: "前年度比87.5%減少し、3月は前年同月比42.4%減少した", "…, while March's fell"
_CLAUSE_END = re.compile(r"[、;；]|,(?!\d{3})|\b(?:while|whereas)\b", re.I)  # (not a thousands separator: "1兆4,169億円")
_SINCE = re.compile(r"\s*(?:\([^)]*\)|（[^）]*）)?\s*(?:以来|以降|(?:ぶり|振り(?![込替向分返出回]))|来)")
#: a story of MoF's securities flows: "対外対内証券投資", "対外及び対内証券売買契約等の状況", "securities investment"
_SECURITIES = re.compile(r"対外(?:及び|・)?対内証券|証券(?:投資|売買)|\bportfolio (?:investment|flows)|"
                         r"\bsecurities (?:investment|transactions|flows)\b", re.I)
#: a story of MoF's weekly data: "先週", "週間", "in the week to", "weekly"
_WEEKLY = re.compile(r"週|\bweek(?:ly)?\b", re.I)
_MOF_MONTHLY = "mof.monthly.assets.lt_debt.net"
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def western(text: str) -> str:
    """"令和2年の国際収支" -> "2020年の国際収支" (an era year named alone, without a month and day)."""
    return _ERA.sub(lambda m: f"{era_year(m.group(1), m.group(2))}年", text)


def span_of(p: Period) -> Period | None:
    """``p`` when it is a span the balance of payments is released for: a calendar or fiscal year, a half of either
    (not a year to date: "1~5月の経常黒字は累計で過去最大" leads a story of May)."""
    if p.is_latest or len(p.windows) != 1 or p.role == "from":
        return None
    s, e = p.windows[0]
    n = (e.year - s.year) * 12 + e.month - s.month + 1
    whole = s.day == 1 and e == month_window(e.year, e.month)[1]
    return p if whole and ((n == 12 and s.month in (1, 4)) or (n == 6 and s.month in (1, 4, 7, 10))) else None


def stated_frame(sentences: list, ref: date | None, story: re.Pattern | None = None) -> Period | None:
    """The span named first in the first sentence that names the balance of payments and a period (headline or lede);
    none when that sentence names a month first ("1月の国際収支") or the span only as a point of comparison
    ("2011年以来")."""
    from ustflow.check.bop_items import STORY
    from ustflow.check.period_grammar import Resolver

    for s in sentences[:3]:
        if not (story or STORY).search(s.text):
            continue
        text = western(s.text)
        found = Resolver(ref).find(text)
        for p in found:
            if _SINCE.match(text, p.span[1]) or _SINCE_BEFORE.search(text, 0, p.span[0]):
                continue
            return span_of(p)
        if found:
            return None
        # (a headline that names no period, "国際収支、経常赤字5075億円": the lede after it names the span)
    return None


def ends_with(frame: Period, last) -> bool:
    """Whether ``frame`` ends with the month ``last`` (a release's span: its last month is the one just published), or
    the month after it (the release calendar is the publisher's rule, a day or two off in January)."""
    e = frame.windows[0][1]
    return last is not None and 0 <= (e.year - last.year) * 12 + e.month - last.month <= 1


def calendar_frame(ctx: Context) -> Period | None:
    """The span whose last month is the latest month of the balance of payments published on the story's date."""
    last = latest_month(ctx)
    if last is None or last.month not in RELEASED_SPANS:
        return None
    back, what = RELEASED_SPANS[last.month]
    first = last - back
    return Period("months", [(date(first.year, first.month, 1), month_window(last.year, last.month)[1])],
                  f"the {what} to {W.label(last)}", note=f"the {what} released with {W.label(last)} (the story's "
                  f"date)")


def open_figure(c: Claim, measures: tuple[str, ...] = MEASURES) -> bool:
    """A BoP figure with no period of its own: none, the latest, or only a base ("a year before", 前年同期)."""
    if c.kind != "amount" or c.measure not in measures or c.role == "from":
        return False
    p = c.period
    return p is None or (p.is_latest and not p.extra.get("offset")) or \
        (c.measure != "bop" and bool(_BASE_ONLY.fullmatch(p.label.strip())))


def _nearer_span(c: Claim, frame: Period, ctx: Context, latest=None) -> bool | None:
    """Whether an open yen level is nearer (in ratio) the frame's total than a month's value (the frame's last
    month's, or the latest month published on the story's date: a January story that names last year); None when
    it is no such level or the store cannot say. A level said to be a surplus (deficit) is never nearer a value in
    deficit (surplus)."""
    from ustflow.check.bop import ITEMS, balance_sign, is_flow

    a = c.amount
    if not open_figure(c) or c.measure != "bop" or a is None or a.kind != "money" or a.currency not in ("JPY", None) or \
            c.instrument is None or not a.number:
        return None
    s = ctx.data.series(f"boj.bop.{ITEMS[c.instrument[1]][1]}")
    if s is None:
        return None
    sel = W.select(s.dropna(), *frame.windows[0])
    if sel.empty or not sel.iloc[-1] or not sel.sum():
        return None
    claimed = a.in_units(1e8)
    months = [float(sel.iloc[-1])] + ([float(s[latest])] if latest is not None and latest in s.index and s[latest] else [])
    sign = None if is_flow(c) else balance_sign(c.sentence.text, *a.span)
    if sign is not None:  # "4,905億円の赤字": never a month in surplus, nor a span in surplus
        months = [m for m in months if m * sign > 0]
        if float(sel.sum()) * sign < 0:
            return False if months else None
        if not months:
            return True
    return abs(math.log(abs(claimed / float(sel.sum())))) < min(abs(math.log(abs(claimed / m))) for m in months)


def _months_own(c: Claim, frame: Period, ctx: Context, latest=None) -> bool:
    """Whether a yen level is the month's value to its last digit (the frame's last month's or the latest month's,
    rounded or truncated): a first print of the span revised since falls near it, never on it."""
    from ustflow.check.bop import ITEMS

    a = c.amount
    s = ctx.data.series(f"boj.bop.{ITEMS[c.instrument[1]][1]}") if c.instrument is not None and a is not None else None
    if s is None or a is None:
        return False
    s = s.dropna()
    e = frame.windows[0][1]
    months = [p for p in s.index if (p.year, p.month) == (e.year, e.month) or p == latest]
    return any(abs(a.in_units(1e8) - abs(float(s[p]))) <= 2 * a.precision / 1e8 for p in months)


def _change_nearer_span(c: Claim, frame: Period, ctx: Context, latest=None) -> bool | None:
    """Whether an open change of a balance (a percent change, or a change in yen) is of the size of the change of the
    frame's total from the same span a year before (within a quarter of it, or two points for a percentage) and nearer
    it than the change of a month's value from the same month a year before (the frame's last month's, or the latest
    month's: as ``_nearer_span``): True; nearer a month's: False; None when it is no such change, the store cannot say,
    or it is near neither. Its direction, when told, must agree; a deficit's is its size's ("the deficit expanded")."""
    from ustflow.check.bop import ITEMS, balance_sign, claim_direction

    a = c.amount
    if not open_figure(c, ("bop_pct", "bop_change")) or a is None or c.instrument is None or not a.number or \
            (a.kind == "money" and a.currency not in ("JPY", None)) or a.kind not in ("money", "percent"):
        return None
    s = ctx.data.series(f"boj.bop.{ITEMS[c.instrument[1]][1]}")
    if s is None:
        return None
    s = s.dropna()
    sel = W.select(s, *frame.windows[0])
    months = [sel.index[-1]] if len(sel) else []
    months += [latest] if latest is not None and latest in s.index and latest not in months else []
    if sel.empty or any(p - 12 not in s.index for p in [*sel.index, *months]):
        return None
    pct, deficit = a.kind == "percent", balance_sign(c.sentence.text, *a.span) == -1

    def change(now: float, before: float) -> float:
        if deficit and now < 0 and before < 0:
            now, before = -now, -before  # (the size of a deficit)
        return (100 * (now - before) / abs(before) if before else math.inf) if pct else now - before

    sign, claimed = claim_direction(c), a.number if pct else a.in_units(1e8)

    def gap(v: float) -> float:
        if not math.isfinite(v) or not v or (sign is not None and v * sign < 0):
            return math.inf  # (the other way)
        return abs(abs(claimed) - abs(v)) if pct else abs(math.log(abs(claimed) / abs(v)))

    span = gap(change(float(sel.sum()), float(sum(s[p - 12] for p in sel.index))))
    month = min(gap(change(float(s[p]), float(s[p - 12]))) for p in months)
    if span < month and span <= (max(2.0, 0.25 * abs(claimed)) if pct else math.log(1.25)):
        return True
    return False if month < span else None


def _votes(claims: list[Claim], frame: Period, ctx: Context, latest=None) -> dict[int, bool | None]:
    """Each open yen level's vote (by ``id``): nearer the frame's total (True), nearer a month's value (False), or
    neither (None) (``_nearer_span``). A level of a month's size told in one sentence with a change of its balance that
    is of the span's size (``_change_nearer_span``) is the span's first print, revised since ("貿易黒字は84.4%減の7068億円"
    of fiscal 2018: the fiscal year's, not March's), and votes for the span."""
    votes = {id(c): _nearer_span(c, frame, ctx, latest) for c in claims}
    for c in claims:
        told = [_change_nearer_span(o, frame, ctx, latest) for o in claims
                if o is not c and o.sentence is c.sentence and o.instrument == c.instrument]
        if votes[id(c)] is False and True in told and False not in told:
            votes[id(c)] = True  # (not when another of its changes is a month's: "2兆3,088億円(37.8%)減の3兆7,969億円")
    return votes


def _flow_frame(claims: list[Claim], sentences: list, ctx: Context) -> None:
    """The same for a story of MoF's monthly securities flows released for a year ("2016年の対外対内証券投資によると…
    中長期債への投資は4兆3764億円の買い越しだった"): the span its lede names, never one from the calendar alone (MoF's
    December release is December's story as often as the year's)."""
    flows = [c for c in claims if open_figure(c, ("flow",))]
    if not flows or any(_WEEKLY.search(s.text) for s in sentences):
        return  # a story of MoF's weekly data ("先週", "in the week to"): a year its lede names is a comparison
    frame = stated_frame(sentences, ctx.date, _SECURITIES)
    if frame is None or not ends_with(frame, latest_month(ctx, _MOF_MONTHLY)):
        return  # the year named is not the one just released (a January story citing last year's total)
    for c in flows:
        c.period, c.period_how = frame, "context"


def _year_runs(claims: list[Claim], sentences: list, ctx: Context) -> None:
    """"旅行収支が2年連続の黒字になった", "貿易収支が5年ぶりに黒字に転換した" with no figure or period of their own, in a story
    whose lede names the (fiscal) year just released: years counted to that year, whatever the story's months."""
    runs = [c for c in claims if c.kind == "qualifier" and c.host is None and c.base_measure == "bop"
            and c.qualifier is not None and c.qualifier.kind in ("streak", "first_since")
            and (c.qualifier.grain == "year" or ((c.qualifier.lookback or (0, ""))[1] == "month" and
                 (c.qualifier.lookback or (1, ""))[0] % 12 == 0 and "年" in c.qualifier.phrase))
            and (c.period is None or c.period.is_latest)]
    if not runs:
        return
    frame = stated_frame(sentences, ctx.date)
    if frame is None or not ends_with(frame, latest_month(ctx)):
        return
    s, e = frame.windows[0]
    if (e.year - s.year) * 12 + e.month - s.month + 1 != 12:
        return  # a half: no run of years ends at it
    for c in runs:
        c.period, c.period_how = frame, "context"


def _side(p: Period | None) -> bool | None:
    """True for a first half (January or April to June or September), False for a second half, None for no half."""
    if p is None or p.is_latest or len(p.windows) != 1:
        return None
    s, e = p.windows[0]
    n = (e.year - s.year) * 12 + e.month - s.month + 1
    return None if n != 6 or s.month not in (1, 4, 7, 10) else s.month in (1, 4)


def _released_half(p: Period | None, ctx: Context) -> Period | None:
    """The half released on the story's date (``calendar_frame``) for a half named by its side alone ("上半期", "the
    first half": ``halves``), when it is a half of that side: a November story's 上半期 is the fiscal first half
    (April-September) just released, not the calendar one released in August. None otherwise."""
    if p is None or not p.extra.get("bare_half"):
        return None
    cal = calendar_frame(ctx)
    return cal if cal is not None and _side(cal) is not None and _side(cal) == _side(p) and \
        cal.windows != p.windows else None


#: a half's months or kind named right after it: "2019年上半期(1~6月)", "上期(4-9月)", "上期(暦年)"
_HALF_SAID = re.compile(r"\s*[(（]\s*(?:\d{1,2}\s*月?\s*[~〜～\-－ー―]|暦年|年度)")


def _kindless_half(c: Claim, ctx: Context) -> Period | None:
    """"2010年上期の貿易収支は4兆747億円の黒字" in a story of November, when MoF has just released the fiscal first half
    (April-September): a half named with its year but not its kind (年, not 年度: ``halves``) is the fiscal one of
    that year and side when the half just released is a fiscal one (MoF's halves are fiscal in that release, and
    the story's words follow them); its months said ("2010年上期(1~6月)") keep it. None otherwise."""
    p = c.period
    if p is None or not p.extra.get("kindless_half") or _side(p) is None:
        return None
    cal = calendar_frame(ctx)
    if cal is None or _side(cal) != _side(p) or cal.start.month not in (4, 10):
        return None
    said = c.sentence.text.find(p.label)  # (the period may be carried from an earlier sentence: its words are there)
    if said >= 0 and _HALF_SAID.match(c.sentence.text, said + len(p.label)):
        return None
    s = date(p.start.year, cal.start.month, 1)
    e = month_window(p.start.year + (cal.start.month == 10), cal.windows[0][1].month)[1]
    return Period("months", [(s, e)], p.label, note="Japanese fiscal year")


def _bare_halves(claims: list[Claim], ctx: Context) -> None:
    """A BoP figure whose sentence names its half by its side alone is of the half of that side just released; one
    that names it with its year but not its kind, of that year's half of the kind just released (``_kindless_half``)."""
    for c in claims:
        if c.kind != "amount" or c.measure not in MEASURES:
            continue
        if (half := _released_half(c.period, ctx)) is not None:
            c.period = replace(half, label=c.period.label, span=c.period.span, role=c.period.role,
                               note=f"{half.note}: '{c.period.label}' names the half by its side alone")
        elif (half := _kindless_half(c, ctx)) is not None:
            c.period = replace(c.period, windows=half.windows, extra={}, note=f"{half.note}: '{c.period.label}' names "
                               f"its year but not its kind, and the half just released is the fiscal year's")


def _release_month(claims: list[Claim], sentences: list, ctx: Context) -> None:
    """"財務省は8日、9月の国際収支を発表した。経常収支は1兆7075億円の黒字となった。": the month the story's first sentence
    about the balance of payments names first (the release's month) is the month of its BoP levels that state no
    period, not the latest month the release calendar gives for the story's date (the calendar is the publisher's
    rule, a day or more off: a story of the release day would be read as the month before)."""
    from ustflow.check.bop_items import STORY
    from ustflow.check.period_grammar import Resolver

    month = None
    for s in sentences[:3]:
        if STORY.search(s.text):
            text = western(s.text)
            found = [p for p in Resolver(ctx.date).find(text) if not _SINCE.match(text, p.span[1])
                     and not _SINCE_BEFORE.search(text, 0, p.span[0]) and p.kind != "day"]
            month = found[0] if found and found[0].kind == "month" and not found[0].relative and \
                len(found[0].windows) == 1 and found[0].role != "from" else None
            break
    latest = latest_month(ctx) if month is not None else None
    if month is None or latest is None or not ends_with(month, latest):
        return  # (only the month just released, or the one the calendar has not yet: a story of its release day)
    span = calendar_frame(ctx)
    for c in claims:
        if c.measure == "bop" and open_figure(c) and (c.period is None or c.period.is_latest):
            if span is not None and _nearer_span(c, span, ctx, latest) and not _months_own(c, span, ctx, latest):
                continue  # ("Japan's surplus grew 26.9 per cent to ¥15.65 trillion" in a story of March: the fiscal
                # year released with it, of its size; the frame's votes decide)
            c.period, c.period_how = month, "context"


def frame_spans(claims: list[Claim], sentences: list, ctx: Context) -> None:
    """Give the story's span (module docstring) to its BoP figures (and MoF flows: ``_flow_frame``) that state no period of their own (``sentences``:
    the story's, in order)."""
    _flow_frame(claims, sentences, ctx)
    _year_runs(claims, sentences, ctx)
    _bare_halves(claims, ctx)
    _release_month(claims, sentences, ctx)
    bops = [c for c in claims if c.kind == "amount" and c.measure in MEASURES]
    for c in bops:
        if open_figure(c) and (level := _level_beside(c, bops)) is not None:
            c.period, c.period_how = level.period, "context"
    if not bops or not any(open_figure(c) for c in bops):
        return
    frame, stated = stated_frame(sentences, ctx.date), True
    frame = _released_half(frame, ctx) or frame
    if frame is None:
        frame, stated = calendar_frame(ctx), False
    if frame is None:
        return
    latest = latest_month(ctx)
    votes = _votes(bops, frame, ctx, latest)
    released = stated and ends_with(frame, latest)  # the story names the span just released
    before = _before_month(sentences, frame, ctx) if released else -1
    for c in bops:  # (before the story names the month, its levels are the span's first prints, unless the month's own)
        if votes[id(c)] is False and c.sentence.index < before and not _months_own(c, frame, ctx, latest):
            votes[id(c)] = True
    span, month = sum(v is True for v in votes.values()), sum(v is False for v in votes.values())
    if (month > span and not (released and span)) or (not released and span <= month):
        return  # a span named that is not the one just released (a January story citing last year) needs its sizes
        # (one named and just released is the story's when any figure is of its size: first prints are revised, and
        # some of a half's figures fall near a month's by chance)
    for c in bops:
        if not open_figure(c) or votes[id(c)] is False or \
                (votes[id(c)] is None and c.measure == "bop" and 0 <= before <= c.sentence.index):
            continue  # (a level of a month's size keeps its month, whatever the story's other figures say, once the
            # story has named the month: before that, a story of the span just released tells the span's first print)
        if votes[id(c)] is None and any(votes[id(o)] is False and o.sentence is c.sentence and o.instrument == c.instrument
                                        for o in bops):
            continue  # ("輸出は前年同月比3兆4215億円(46.5%)減の3兆9,298億円": a change told with a month's level is the month's)
        if c.measure != "bop" and month_based(c) and \
                not any(votes[id(o)] is True and o.sentence is c.sentence for o in bops):
            continue  # ("黒字額は前年同月比28.5%減少した": a change from the same month a year before is a month's, unless
            # told with a level of the span's size: "輸出は67兆7,249億円(前年同月比13兆2,196億円減)" in a story of the year)
        c.period, c.period_how = frame, "context"
    for c in claims:  # "from 6,500.9 billion yen a year before", "shrank to X from Y": the span a year before
        p = c.period
        # ("expanded to ¥790.3 billion ... from ¥727.7 billion a year ago": a year before its pair's span, not before
        # the last period the story named)
        # (its pair, else the level of the same balance its sentence moves from it: "registered a ¥2.1 trillion deficit,
        # deteriorating from a ¥1.9 trillion deficit a year ago")
        mate = c.pair if c.pair is not None else next(
            (o for o in claims if o is not c and o.kind == "amount" and o.measure == "bop" and o.sentence is c.sentence
             and o.instrument == c.instrument and o.role != "from" and o.span[1] <= c.span[0]), None)
        paired = c.role == "from" and p is not None and p.relative and mate is not None and \
            mate.period is not None and mate.period.windows == frame.windows and bool(W.YEAR_BACK.search(p.label))
        if c.kind == "amount" and c.measure == "bop" and ((p is not None and p.is_latest and p.extra.get("offset") == -12)
                                                         or (c.role == "from" and (p is None or p.is_latest)) or paired):
            c.period, c.period_how = shift(frame, months=-12, label=p.label if p else "a year before"), "context"


def _year_before_the_other(c: Claim, claims: list[Claim]) -> None:
    """"The services balance swung from a surplus of ¥152.5 billion a year before to a deficit of ¥92.5 billion": a level
    moved from (or compared with), told "a year before", is a year before the level of the same balance told after it in
    its sentence, not a year before the last period the sentences before named ("It declined 84.2 percent in April")."""
    from ustflow.check.clauses import than_figure

    p, a = c.period, c.amount
    if c.kind != "amount" or c.measure != "bop" or a is None or p is None or not p.relative or \
            c.period_how != "stated" or not W.YEAR_BACK.search(p.label) or \
            not (c.role == "from" or than_figure(c.sentence.text[max(0, a.span[0] - 80):a.span[1]])):
        return
    to = next((o for o in claims if o.kind == "amount" and o.measure == "bop" and o.sentence is c.sentence and
               o.instrument == c.instrument and o.span[0] >= c.span[1] and o.role != "from"), None)
    q = to.period if to is not None else None
    if q is None or q.is_latest or q.relative or len(q.windows) != 1:
        return
    c.period, c.period_how = shift(q, months=-12, label=f"a year before {q.label}"), "context"


def _level_beside(c: Claim, bops: list[Claim]) -> Claim | None:
    """The level of the same balance that a change with no period of its own is told with, in its sentence, when that
    level has a period (its own or carried): "一方、昨年12月の国際収支は…。…所得収支は黒字幅が24.1%拡大して8843億円のプラスと
    なった" (December's, like 8843億円, not the year's the story opened on). Not a level of the year before (前年は…), nor
    one a 'since' counts from ("減少額は10兆9265億円で、…08年度(13兆6490億円)以来の大きさ")."""
    from ustflow.check.bop_topic import PRIOR
    from ustflow.check.claims import SINCE_REF

    if c.measure == "bop":
        return None
    levels = [o for o in bops if o.measure == "bop" and o.sentence is c.sentence and o.instrument == c.instrument
              and o.role != "from" and PRIOR not in o.notes and o.amount is not None]
    # (the nearest level of the balance is the one the change is told with: "The primary income account surplus rose 2.9
    # percent to 20.56 trillion yen, ..., while for the month of March alone, it said the balance stood at 2.98
    # trillion yen": 20.56's, which states no period, not March's)
    o = min(levels, key=lambda o: abs(o.span[0] - c.span[0]), default=None)
    return o if o is not None and not open_figure(o) and o.period is not None and not o.period.relative and \
        not _BASE_ONLY.fullmatch(o.period.label.strip()) and SINCE_REF not in o.notes and \
        not _SINCE.match(o.sentence.text, o.amount.span[1]) else None


def _before_month(sentences: list, frame: Period, ctx: Context) -> int:
    """The index of the first sentence that names the frame's last month alone ("In December alone", "3月の国際収支",
    "ことし3月の経常収支"): a story of a span just released tells the span's figures first and the month's after it,
    so a level before that sentence is the span's, however near the month's value today's data put it (a balance is a
    small difference of large flows, revised since by more than its size: fiscal 2015's goods surplus, first printed
    at 6,299 億円, is 2,999 today, March's 8,658). No such sentence: past the last one."""
    from ustflow.check.period_grammar import Resolver

    e = frame.windows[0][1]
    last = (date(e.year, e.month, 1), e)
    for s in sentences:
        text = western(s.text)
        if any(p.windows == [last] and not p.is_latest for p in Resolver(ctx.date).find(text)):
            return s.index
    return max((s.index for s in sentences), default=0) + 1


def month_based(c: Claim) -> bool:
    """Whether a change's base is the same month a year before (``_MONTH_BASE``): the nearest base said in the figure's
    own clause, not one of a span ("前年度比", "from the previous year"). Not every figure of a sentence that says it of
    one: "貿易黒字は前年度比87.5%減少し、3月は前年同月比42.4%減少した" (87.5%: the fiscal year's)."""
    s, (a0, a1) = c.sentence.text, c.span
    months = list(_MONTH_BASE.finditer(s))
    spans = [m for m in _BASE_ONLY.finditer(s)  # (not "前年" of "前年同月", nor "a year earlier" of "the same month a year earlier")
             if not any(x.start() <= m.start() <= x.end() + 3 for x in months)]

    def far(m: re.Match) -> float:
        """How far the base is from the figure, when in its clause (inf when not)."""
        if m.end() <= a0:  # the base before its figure: "前年同月比では、1兆4,169億円減"
            between = s[m.end():a0]
            between = between[_BASE_TAIL.match(between).end():]
            if not re.search(r"\d", s[:m.start()]):  # (an English phrase put first: "Compared with the same month, …")
                between = between.lstrip(" ,")
        elif m.start() >= a1:  # after it: "fell 42.4 percent from the same month"
            between = s[a1:m.start()]
        else:
            return math.inf
        return math.inf if _CLAUSE_END.search(between) else len(between)

    near = min((far(m) for m in months), default=math.inf)
    return near < math.inf and near <= min((far(m) for m in spans), default=math.inf)


def month_bases(claims: list[Claim], ctx: Context) -> None:
    """"The goods surplus rose to JPY 0.49 trillion from JPY 0.20 trillion": a BoP level a change starts from, with
    no period of its own and no span frame, is the level of the base the release compares with: the base the
    sentence names ("year-on-year"), else the same month a year before the period of the level it is paired with
    (the month before when the sentence says so or the story is seasonally adjusted), never that same month."""
    from ustflow.check.bop import MONTH_BACK
    from ustflow.check.bop_judge import adjusted_choices
    from ustflow.check.bop_topic import PRIOR

    for c in claims:
        p = c.period
        if c.kind != "amount" or c.measure != "bop" or (c.role != "from" and PRIOR not in c.notes) or \
                not (p is None or p.is_latest) or (p is not None and p.extra.get("offset")):
            continue
        if c.base_period is not None and not c.base_period.is_latest:
            c.period, c.period_how = c.base_period, "context"
            continue
        to = c.pair if c.pair is not None and c.pair.measure == "bop" and c.pair.instrument == c.instrument else None
        if to is None and PRIOR in c.notes:  # "the goods trade surplus was 254.0 billion yen, compared with a deficit of
            # 320.7 billion yen from the previous year": the level it is compared with, before it in its sentence
            to = next((o for o in reversed(claims) if o.kind == "amount" and o.measure == "bop" and o.sentence is c.sentence
                       and o.instrument == c.instrument and o.span[1] <= c.span[0] and PRIOR not in o.notes), None)
        if to is None:
            continue
        back = 12 if PRIOR in c.notes else \
            1 if MONTH_BACK.search(c.sentence.text) or adjusted_choices(c, ctx.article) == [True] else 12
        q = to.period
        if q is None or q.is_latest:
            last = latest_month(ctx)
            if last is None:
                continue
            q = Period("month", [(date(last.year, last.month, 1), month_window(last.year, last.month)[1])], W.label(last))
        c.period, c.period_how = shift(q, months=-back, label=f"{'a month' if back == 1 else 'a year'} before "
                                                             f"{q.label}"), "context"
    for c in claims:
        _year_before_the_other(c, claims)
    for c in claims:  # "plunging from 270.1 billion yen (2.51 billion U.S. dollars) booked in the previous year": the
        # figure restated in brackets is at the period of the one before it
        a = c.amount
        if c.kind != "amount" or c.measure != "bop" or a is None or not a.parenthetical or \
                not (c.period is None or c.period.is_latest):
            continue
        before = next((o for o in reversed(claims) if o.kind == "amount" and o.measure == "bop" and o.sentence is c.sentence
                       and o.instrument == c.instrument and o.amount is not None and o.amount.span[1] <= a.span[0]), None)
        if before is not None and before.period is not None and not before.period.is_latest and \
                re.fullmatch(r"\s*[(（]\s*", c.sentence.text[before.amount.span[1]:a.span[0]]):
            c.period, c.period_how = before.period, "context"
