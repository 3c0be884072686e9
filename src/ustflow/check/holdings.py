"""TIC holdings of Treasuries by holder: levels, starting levels, changes and percent changes.

A level is read at the last month of the claim's period ("in 2020": December). A change runs from a
starting month to an ending month: the month before ("rose $X in March"), the month named ("a drop of
$12.4 billion from November"), a year before ("from a year earlier"), or the month before a longer
period begins ("in the first quarter"). Changes are like-for-like across TIC's series breaks: at a
benchmark month the file prints the old series too, and the change into that month is taken on the
old series (``StoreData.breaks``), so a re-benchmarking never reads as buying or selling. Which months a level or
a change is read at is found in ``holdings_months``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ustflow.check import compare as C, revisions as RV, windows as W
from ustflow.check.claims import GAP_CHANGE, LESS_THAN_NAMED, LISTED_LEVEL, SYMMETRIC_GAP, Claim
from ustflow.check.holdings_months import change_span, level_windows
from ustflow.check.holdings_terms import fine_total, maturity, term_id, term_words
from ustflow.check.holdings_yen import is_yen_restatement, yen_restatement
from ustflow.check.lexicon import SECTOR_LABELS
from ustflow.check.results import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Figure, Judgement, unverifiable
from ustflow.check.rulekit import (
    Context,
    NoPeriod,
    claim_windows,
    first_window,
    holder_slug,
    possessive,
    subject_label,
    unpublished_note,
    windows_on,
)

if TYPE_CHECKING:
    from datetime import date

    import pandas as pd

UNIT = "USD bn"


def holdings_series(c: Claim, ctx: Context) -> tuple[str, "pd.Series"] | Judgement:
    sj = c.subject
    if sj is None:
        return unverifiable("no holder named for this holdings figure")
    if sj.kind == "sector":
        return unverifiable(f"no official series of {SECTOR_LABELS.get(sj.slug, sj.text)}' holdings: MoF publishes "
                            f"investor types' purchases and sales, not their holdings")
    if is_yen_restatement(c):  # "7兆6600億ドル(約906兆円)": the dollars converted (``holdings_yen``)
        host = (holdings_change if c.host.measure == "holdings_change" else holdings_level)(c.host, ctx)
        return yen_restatement(c, ctx, host)
    if c.amount is not None and c.amount.currency == "JPY":
        return unverifiable("holdings in yen (Japan's international investment position) are not in the store; "
                            "TIC holdings are in dollars")
    slug = holder_slug(c)
    kind = maturity(c) if slug else None
    if kind:  # "of which $41.6 billion is in long-term bonds": the part, not the whole (``holdings_terms``)
        t = ctx.data.series(term_id(slug, kind))
        if t is None or t.empty:
            return unverifiable(f"a {'long' if kind == 'lt' else 'short'}-term part of {subject_label(c) or sj.text}'s "
                                f"Treasuries: the store holds no split of its holdings by maturity")
        return term_id(slug, kind), t
    sid = f"tic.holdings.{slug}"
    s = ctx.data.series(sid) if slug else None
    if (s is None or s.empty) and slug:  # a holder below the table's threshold: SLT Table 3 (or 3D) in USD bn
        sid, s = f"tic.holdings_ext.{slug}", ctx.data.series(f"tic.holdings_ext.{slug}")
    if s is None or s.empty:
        return unverifiable(f"TIC publishes no holdings series for {subject_label(c) or sj.text}")
    s = s.dropna()
    if (slt := _table_lacks(c, s, ctx, slug)) is not None:
        return slt
    if _dropped_out(c, s, ctx.date):
        # a holder that has dropped out of the Major Foreign Holders table: SLT Table 3 lists every country's
        # Treasury holdings (USD mn, read here in USD bn)
        alt = ctx.data.series(f"tic.holdings_ext.{slug}")
        if alt is not None and len(alt.dropna()) > len(s):
            return f"tic.holdings_ext.{slug}", alt.dropna()
    return sid, s


def _table_lacks(c: Claim, s: "pd.Series", ctx: Context, slug: str) -> tuple[str, "pd.Series"] | None:
    """SLT Table 3's Treasury holdings of the holder (USD bn), when the Major Foreign Holders table ``s`` lacks a month
    the claim needs that SLT has, and SLT has them all: the month read (the latest published, when none is stated) and,
    for a change, the month before ("boosted its holdings by $923 billion, settling at $23.425 billion in January
    2022" of Iraq, which entered the table that month). All of the claim is read in the one table: a change from an SLT
    month to a rounded table month would be neither table's."""
    import pandas as pd

    p = c.period
    if p is None or getattr(p, "is_latest", False):
        if (end := _tic_month(ctx.date)) is None:
            return None
    elif getattr(p, "windows", None) and p.kind == "month":
        end = pd.Period(p.end, "M")
    else:
        return None
    need = [end - 1, end] if c.measure in ("holdings_change", "holdings_pct") else [end]
    if all(m in s.index for m in need) or need[-1] > s.index[-1]:  # (a holder that left the table: ``_dropped_out``)
        return None
    alt = ctx.data.series(f"tic.holdings_slt.{slug}")
    alt = alt.dropna() if alt is not None else None
    if alt is None or not all(m in alt.index for m in need):
        return None
    return f"tic.holdings_slt.{slug}", alt


def _tic_month(today: date | None) -> "pd.Period | None":
    """The newest month TIC had published by ``today`` (``windows.published_latest``)."""
    import pandas as pd

    if today is None:
        return None
    months = pd.Series(1.0, index=pd.period_range(end=pd.Period(today, "M"), periods=4, freq="M"))
    got = W.published_latest(months, "tic.holdings.grand_total", today)
    return got[-1] if got else None


def _dropped_out(c: Claim, s: "pd.Series", today: date | None) -> bool:
    """Whether the holder's series ``s`` (the Major Foreign Holders table) ends before what the claim needs: its last
    month five or more before the story's date ("Russia's current holdings of about $25mln"; TIC's lag is two), or
    before the end of the period the claim states ("from $14.5 billion in February" of a holder that left the table
    a few months before the story); with no period stated, before the newest month TIC had published by the story's
    date (Russia's row ends in December 2018; a story of 16 April 2019 reports February, in SLT Table 3)."""
    import pandas as pd

    if today is not None and (s.index[-1] + 5).end_time.date() < today:
        return True
    p = c.period
    if (p is None or getattr(p, "is_latest", False)) and today is not None:
        return _tic_month(today) > s.index[-1]
    if p is None or not getattr(p, "windows", None):
        return False
    return pd.Period(p.end, "M") > s.index[-1]


def lfl_change(ctx: Context, sid: str, base, end) -> tuple[float | None, list]:
    """Like-for-like change from ``base`` to ``end`` (None where it crosses a break with no old
    value, as December 2011), and the break months it crosses."""
    import math

    n = int((end - base).n)
    ch = ctx.data.changes(sid, n)
    old = ctx.data.breaks(sid)
    crossed = [p for p in (old.index if old is not None else []) if base < p <= end]
    v = ch.get(end) if ch is not None else None
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None, crossed
    return float(v), crossed


def _holdings_windows(c: Claim, ctx: Context, find, no_period):
    """The subject's holdings series and what ``find`` reads on it (windows, or month pairs) with its note:
    ``(sid, series, found, note)``; or the judgement why not. ``no_period`` answers a claim with no period
    in an article with no date: a message, or a function of (claim, series, sid)."""
    got = holdings_series(c, ctx)
    if isinstance(got, Judgement):
        return got
    sid, s = got
    try:
        found, note = find(c, s, sid, ctx)
    except NoPeriod as e:
        if str(e):
            return unverifiable(str(e), series=sid)
        return no_period(c, s, sid) if callable(no_period) else unverifiable(no_period, series=sid)
    return sid, s, found, note


def holdings_level(c: Claim, ctx: Context) -> Judgement:
    got = _holdings_windows(c, ctx, level_windows, _no_period_level)
    if isinstance(got, Judgement):
        return got
    sid, s, wins, note = got
    claimed = c.amount.in_units(1e9)
    tol = C.table_tolerance(C.tolerance(c.amount, 1e9), sid)

    def evaluate(w):
        sel = W.select(s, *w)
        if sel.empty:
            return None
        p = sel.index[-1]
        v = float(sel.iloc[-1])
        return C.matches(claimed, v, c.amount.qualifier, tol), abs(v - claimed), (p, v)

    pick = W.best(wins, evaluate)
    if pick is None:
        return unverifiable(f"{sid} has no data for {c.period.label if c.period else 'that period'} "
                            f"(covers {W.label(s.index[0])}..{W.label(s.index[-1])})", series=sid).note(note)
    p, v = pick
    if c.amount.unit_inferred and not C.matches(claimed, v, c.amount.qualifier, tol) and \
            C.matches(abs(c.amount.number), v, c.amount.qualifier, 0.5 * 10 ** -_decimals(c.amount.text)):
        claimed, tol = abs(c.amount.number), 0.5 * 10 ** -_decimals(c.amount.text)
        note = (note + "; " if note else "") + f"no unit printed: read in TIC's unit ({UNIT})"
    late = unpublished_note(sid, [p], ctx)
    vt = W.value_then(ctx.data, sid, p, ctx.date, v)
    who = subject_label(c)
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=tol, sid=sid, unit=UNIT,
                  period=W.label(p), what=f"TIC: {possessive(who)} holdings of US Treasuries{term_words(sid)}: ", then=vt.value,
                  then_vintage=vt.vintage, archived=vt.archived, earlier=vt.earlier,
                  vintage=vt.vintage if vt.archived else vt.latest_vintage, room=RV.level_room(ctx.data, sid, p) * v)
    j.figure = Figure(sid, [p], v, UNIT, "level", label=f"{possessive(who)} holdings")
    _old_basis(c, ctx, sid, p, claimed, tol, j)
    _direction_check(c, s, sid, p, v, j, ctx)
    if c.pair is not None and c.role == "level" and j.verdict == SUPPORTED:
        j.explanation += _pair_note(c, s, sid, p, ctx)
    return j.note(note).note(late or "")


def _old_basis(c: Claim, ctx: Context, sid: str, p, claimed: float, tol: float, j: Judgement) -> None:
    """At a benchmark month TIC publishes the level on the old basis too (the first print, before the
    re-benchmarking): a claim that matches it is right as first published."""
    old = ctx.data.breaks(sid)
    if old is None or p not in old.index or old[p] != old[p]:
        if RV.says_old_series(c.sentence.text, c.span[0]) and j.verdict == CONTRADICTED:  # "from a previously reported $X"
            j.verdict, j.flags = UNVERIFIABLE, [f for f in j.flags if f != "possible_revision"]
            j.explanation = f"an earlier print the article quotes, not kept for {W.label(p)} (as read, {j.explanation})"
        return
    if RV.says_old_series(c.sentence.text, c.span[0]):  # "旧シリーズによる外国保有総額は…": the old basis, named
        RV.on_old_series(j, float(old[p]), C.matches(claimed, float(old[p]), c.amount.qualifier, tol), UNIT, W.label(p))
        return
    if j.verdict != CONTRADICTED:
        return
    if C.matches(claimed, float(old[p]), c.amount.qualifier, tol):  # the first print, revised since: not an error
        j.explanation = (f"contradicted by current data (TIC: {C.fmt_num(j.official_value)} {UNIT} in {W.label(p)}, "
                         f"after that month's benchmark revision); the claim matches the level first published on the "
                         f"old basis, {C.fmt_num(float(old[p]))} {UNIT}")
        j.flags = [f for f in j.flags if f != "possible_revision"] + ["first_print_old_basis"]


def _decimals(txt: str) -> int:
    m = re.search(r"\.(\d+)", txt)
    return len(m.group(1)) if m else 0


def _direction_check(c: Claim, s, sid: str, p, v: float, j: Judgement, ctx: Context) -> None:
    """'rose to $1.2 trillion': the level can match while the change went the other way: over the month,
    or over the claim's span ("fell in the second quarter to $780 billion": from March; "down from a year
    earlier": from twelve months before). A matching level stays ``supported`` and the explanation says which way it
    moved: the figure is the level, and the verb's move is a claim of its own (session 38: the rule called such
    levels contradicted; on the claims corpus's development articles it fired 11 times, in 6 articles of 6 batches
    and 6 publications, on levels labelled supported every time, never on a level labelled contradicted)."""
    prev_p = p - 1
    if c.period is not None and not c.period.is_latest and c.period.windows:
        sel = W.select(s, *c.period.windows[-1])
        if len(sel) > 1:
            prev_p = sel.index[0] - 1
    if prev_p == p - 1 and W.YEAR_BACK.search(c.clause or ""):
        prev_p = p - 12
    if prev_p not in s.index or c.role == "from" or LISTED_LEVEL in c.notes:
        return  # (the next of a list of levels moved from the one before it: "to $867bn in 2022 and $816bn in 2023")
    change, _ = lfl_change(ctx, sid, prev_p, p)
    if change is None:
        return
    if j.verdict == SUPPORTED and c.role == "level":
        j.explanation += f" ({'up' if change >= 0 else 'down'} {C.fmt_num(abs(change))} from {W.label(prev_p)})"
    verb = c.direction_word.lower()
    if j.verdict == SUPPORTED and c.direction is not None and re.fullmatch(
            r"rose|rise[sn]?|rising|increased|climbed|jumped|gained|grew|surged|fell|fall(?:s|en)?|declined|decreased|"
            r"dropped|slipped|slid|sank|shrank|plunged|tumbled|cut|reduced|trimmed|added|boosted|raised", verb) and \
            change * c.direction < 0 and c.pair is None:
        if _OWN_MOVE_BEFORE.search(c.sentence.text[max(0, c.span[0] - 60):c.span[0]]):
            # "declined $1.3 billion to $882.3 billion": the move has a figure of its own, which carries the direction
            j.explanation += f" (it {'fell' if change < 0 else 'rose'} {C.fmt_num(abs(change))} from {W.label(prev_p)}: " \
                             f"the direction is the move's figure's to carry)"
            return
        if re.search(rf"\b(?:had|has|have)\s+(?:\w+\s+)?{re.escape(verb)}\b|\bby the end of\b", c.clause or "", re.I):
            # "By the end of 2023, China's holdings had fallen to $816.3 billion": fallen since when is not said
            j.explanation += f" (it {'fell' if change < 0 else 'rose'} {C.fmt_num(abs(change))} from {W.label(prev_p)}; " \
                             f"the words name no start for the move)"
            return
        year, _ = lfl_change(ctx, sid, p - 12, p) if _year_end(c) and prev_p == p - 1 else (None, None)
        if year is not None and year * c.direction > 0:
            # "fell to $816.3 billion at the end of 2023": a level at a year's end is often the year's move; the month
            # before and the year before disagree, so the words name no start that the data could refute
            j.explanation += (f" (it {'fell' if change < 0 else 'rose'} {C.fmt_num(abs(change))} from {W.label(prev_p)}, "
                              f"but {'fell' if year < 0 else 'rose'} {C.fmt_num(abs(year))} over the year from "
                              f"{W.label(p - 12)}: the words name no start for the move at a year's end)")
            return
        # the level is the figure's claim and it matches: the verb's move over the month is a claim of its own (a
        # direction claim, judged as such where the words give it), not the level's; said, not held against the level
        j.explanation += (f" (it {'fell' if change < 0 else 'rose'} {C.fmt_num(abs(change))} from {W.label(prev_p)}, "
                          f"not as '{verb}' says: the move over the month is not the level's to carry)")


#: a level right after the size of its own move: "declined $1.3 billion to $882.3 billion", "rose by 2% to $1.1 trillion"
_OWN_MOVE_BEFORE = re.compile(r"(?:(?:US)?\$\s?[\d.,]+\s*(?:billion|million|trillion|bn|mn|tn)?|[\d.,]+\s*(?:%|percent))(?:\s+(?:"
                              r"(?:over|during|in|for) the (?:year|month|quarter|half|period)|year[- ]on[- ]year|on the year))?"
                              r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$", re.I)


def _year_end(c: Claim) -> bool:
    """A level dated at a year's end ("at the end of 2023", "by end-December"), or moved in years ("over the year")."""
    return (c.period is not None and (c.period.note or "").startswith("year-end")) or \
        bool(W.YEAR_MOVE.search(c.clause or ""))


def _pair_note(c: Claim, s, sid: str, p, ctx: Context) -> str:
    """'to $X from $Y': the change the two figures imply against the official change."""
    frm = c.pair
    implied = c.amount.value / 1e9 - frm.amount.value / 1e9
    base = p - (12 if W.YEAR_BACK.search(c.clause) else 1)
    if frm.period is not None and not frm.period.is_latest:
        sel = W.select(s, *frm.period.windows[-1])
        if not sel.empty:
            base = sel.index[-1]
    if base >= p:  # "to $X from $Y in March", March the level's own month: the start is the month before
        base = p - 1
    if base not in s.index:
        return ""
    off, crossed = lfl_change(ctx, sid, base, p)
    if off is None:
        return f"; the change between the two figures crosses the {W.label(crossed[-1])} series break, " \
               f"which has no like-for-like value"
    txt = f"; the two figures imply a change of {implied:+,.1f}, official {off:+,.1f} {UNIT} from {W.label(base)}"
    if crossed:
        txt += " (like-for-like across the series break)"
    return txt


def _no_period_level(c: Claim, s, sid: str) -> Judgement:
    """No period and no date: contradicted only if no month in the data comes close."""
    claimed = c.amount.in_units(1e9)
    tol = C.tolerance(c.amount, 1e9)
    hits = [p for p, v in s.items() if C.matches(claimed, float(v), c.amount.qualifier, tol)]
    if hits:
        return unverifiable(f"no period stated and no publication date: {len(hits)} month(s) of {sid} match "
                            f"(e.g. {W.label(hits[-1])}); pass --date to judge at the article's date", series=sid)
    closest = (s - claimed).abs().idxmin()
    v = float(s[closest])
    return Judgement(CONTRADICTED, f"no period stated, but no month of {sid} since {W.label(s.index[0])} "
                                   f"comes close: the nearest is {C.fmt_num(v)} {UNIT} in {W.label(closest)} "
                                   f"(range {C.fmt_num(float(s.min()))}..{C.fmt_num(float(s.max()))})",
                     series=sid, official_value=v, official_unit=UNIT, period=W.label(closest),
                     claimed_value=claimed, figure=Figure(sid, [closest], v, UNIT, "level"))


def holdings_change(c: Claim, ctx: Context) -> Judgement:
    if LESS_THAN_NAMED in c.notes and c.base_period is None:
        return unverifiable("a difference from an earlier level ('holds $X less') whose period the sentence does not "
                            "name: the base of the change is not said")
    got = _holdings_windows(c, ctx, change_span,
                            "no period stated and no publication date: a change needs a period (pass --date)")
    if isinstance(got, Judgement):
        return got
    sid, s, pairs, note = got
    pct = c.measure == "holdings_pct"
    if not pairs:
        return unverifiable(f"{sid} does not cover {c.period.label if c.period else 'that period'}", series=sid).note(note)
    unit = "percent" if pct else UNIT
    scale = 1.0 if pct else 1e9
    claimed = abs(c.amount.value) / scale * (c.direction or (-1 if c.amount.number < 0 else 1))
    tol = C.tolerance(c.amount, scale) if pct else C.table_tolerance(C.tolerance(c.amount, scale), sid, 2)

    fine = fine_total(c, ctx.data, sid.removeprefix("tic.holdings.")) if pct else None

    def evaluate(pair):
        b, e = pair
        v, crossed = lfl_change(ctx, sid, b, e)
        if v is None:
            return None
        if pct and fine is not None and not crossed and b in fine.index and e in fine.index:
            v = 100 * float(fine[e] - fine[b]) / float(fine[b])  # the story's USD mn, not the table's 0.1 bn
        elif pct:
            v = 100 * v / float(s[b])
        ok = C.matches(abs(claimed), abs(v), c.amount.qualifier, tol) and v * claimed >= 0
        return ok, abs(v - claimed), (b, e, v, crossed)

    got = W.best(pairs, evaluate)
    if got is None:
        b, e = pairs[-1]
        _, crossed = lfl_change(ctx, sid, b, e)
        raw = float(s[e] - s[b])
        return unverifiable(f"the change {W.label(b)} to {W.label(e)} crosses TIC's series break of "
                            f"{', '.join(W.label(p) for p in crossed) or 'that period'}, which has no old-series "
                            f"value to compare like for like (published levels differ by {raw:+,.1f} {UNIT})",
                            series=sid, period=W.label(e)).note(note)
    b, e, v, crossed = got
    late = unpublished_note(sid, [e], ctx)
    period = f"{W.label(b)} to {W.label(e)}"
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=tol, sid=sid, unit=unit,
                  period=period, what=f"TIC: {possessive(subject_label(c))} holdings changed by "
                                      f"{'+' if v >= 0 else ''}", sign_free=c.direction is None and c.amount.number >= 0,
                  room=RV.change_room(float(s[e]), float(s[b]), pct))
    if fine is not None and not crossed and b in fine.index and e in fine.index:
        j.explanation += " (from SLT Table 3's USD mn, as precise as the sentence's dollars)"
    if c.direction is None and c.amount.number >= 0:
        j.explanation += " (direction not stated: size compared)"
    if crossed:
        raw = float(s[e] - s[b])
        j.explanation += (f"; like-for-like across the series break of {', '.join(W.label(p) for p in crossed)} "
                          f"(published levels differ by {raw:+,.1f}: a re-benchmarking, not a flow)")
        if not pct and raw and abs(claimed - raw) <= 0.05 * abs(raw):
            j = C.gap_explained(j, claimed, v, "; the figure is the published levels' difference, which the break "
                                               "explains")
    year = c.period is not None and c.period.kind == "year" and int((e - b).n) == 12 and e.month == 12
    j.figure = Figure(sid, [b, e], v, unit, "pct" if pct else "change", n=int((e - b).n),
                      label=f"{possessive(subject_label(c))} holdings change", calendar="year" if year else "")
    return j.note(note).note(late or "")


def holdings_peak(c: Claim, ctx: Context) -> Judgement:
    """'China's holdings peaked above $1.5 trillion': the claim against the series' maximum over the
    period stated in the sentence, else over all the data."""
    got = holdings_series(c, ctx)
    if isinstance(got, Judgement):
        return got
    sid, s = got
    stated = c.period is not None and not c.period.is_latest and c.period_how == "stated"
    known = W.published_latest(s, sid, ctx.date, ctx.release_day) if not stated and ctx.date is not None else []
    if len(known):  # the peak as the article knew it: of the data published by its date
        s = s[s.index <= known[-1]]
    sel = W.select(s, c.period.start, c.period.end) if stated else s
    if sel.empty:
        return unverifiable(f"{sid} has no data for {c.period.label}", series=sid)
    p, v = sel.idxmax(), float(sel.max())
    claimed = c.amount.in_units(1e9)
    tol = C.tolerance(c.amount, 1e9)
    label = c.period.label if stated else ""
    scope = (label if re.match(r"(?i)in\s", label) else f"in {label}") if stated else \
        f"in all the data ({W.label(s.index[0])} on)"
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=tol, sid=sid, unit=UNIT,
                  period=W.label(p), what=f"TIC: {possessive(subject_label(c))} peak holdings {scope}: ")
    j.figure = Figure(sid, [p], v, UNIT, "level")
    return j


def holdings_gap(c: Claim, ctx: Context) -> Judgement:
    """'only $60 billion less than that of China': the difference between two holders' levels."""
    got = holdings_series(c, ctx)
    if isinstance(got, Judgement):
        return got
    sid, s = got
    osid = f"tic.holdings.{c.other.slug}"
    o = ctx.data.series(osid)
    if o is None or o.empty:
        return unverifiable(f"TIC publishes no holdings series for {c.other.text}")
    got = windows_on(c, ctx, s - o.dropna(), sid, missing=f"no month of both {sid} and {osid} in that period",
                     no_period="no period stated and no publication date: a gap between holders needs a month")
    if isinstance(got, Judgement):
        return got
    diff, wins, note = got
    sel = first_window(diff, wins)
    if sel.empty:
        return unverifiable(f"no month of both {sid} and {osid} in that period").note(note)
    p, v = sel.index[-1], float(sel.iloc[-1])
    if GAP_CHANGE in c.notes:
        return _gap_change(c, diff, p, note)
    from ustflow.check.rulekit import country_name

    names = [possessive(subject_label(c)), possessive(country_name(c.other.slug))]
    vals = [float(s[p]), float(o[p])]
    if SYMMETRIC_GAP in c.notes and v < 0:  # "日中間の差", "the gap between China and Japan": its size, whoever leads
        v, names, vals = -v, names[::-1], vals[::-1]
    claimed = c.amount.in_units(1e9) * (c.direction or 1)
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=C.tolerance(c.amount, 1e9), sid=sid,
                  unit=UNIT, period=W.label(p), what=f"TIC: {names[0]} holdings minus {names[1]} "
                                                     f"({C.fmt_num(vals[0])} - {C.fmt_num(vals[1])}): ")
    return j.note(note)


def _gap_change(c: Claim, diff, p, note: str) -> Judgement:
    """"The gap between Japan and China widened by $27 billion": the month's move of the gap (of its size for a gap
    named between two holders, of the first's lead otherwise)."""
    from ustflow.check.rulekit import country_name

    d = diff.dropna()
    if p - 1 not in d.index:
        return unverifiable(f"no month before {W.label(p)} with both holders' holdings").note(note)
    a, b = float(d[p - 1]), float(d[p])
    if SYMMETRIC_GAP in c.notes:
        a, b = abs(a), abs(b)
    claimed = c.amount.in_units(1e9) * (c.direction or 1)
    j = C.verdict(claimed=claimed, official=b - a, qualifier=c.amount.qualifier, tol=C.tolerance(c.amount, 1e9),
                  sid=f"tic.holdings.{c.subject.slug}", unit=UNIT, period=f"{W.label(p - 1)} to {W.label(p)}",
                  what=f"TIC: the gap between {subject_label(c)} and {country_name(c.other.slug)} moved from {C.fmt_num(a)} to "
                       f"{C.fmt_num(b)}: ")
    return j.note(note)


def holdings_move(c: Claim, ctx: Context) -> Judgement:
    """'China cut its holdings in June': the sign of the month's like-for-like change."""
    got = _holdings_windows(c, ctx, change_span, "no period stated and no publication date")
    if isinstance(got, Judgement):
        return got
    sid, _, pairs, note = got
    for b, e in pairs:
        v, _crossed = lfl_change(ctx, sid, b, e)
        if v is None:
            continue
        ok = v * (c.direction or 0) > 0
        j = Judgement(SUPPORTED if ok else CONTRADICTED,
                      f"TIC: {possessive(subject_label(c))} holdings {'rose' if v > 0 else 'fell'} {C.fmt_num(abs(v))} "
                      f"{UNIT} from {W.label(b)} to {W.label(e)}", series=sid, official_value=v, official_unit=UNIT,
                      period=f"{W.label(b)} to {W.label(e)}", claimed_value=float(c.direction or 0))
        j.figure = Figure(sid, [b, e], v, UNIT, "change", n=int((e - b).n))
        return j.note(note)
    return unverifiable(f"{sid} has no like-for-like change for that period", series=sid).note(note)


def combined_level(c: Claim, ctx: Context, slugs: list[str]) -> Judgement:
    """"Japan and China together hold about $1.9 trillion": the sum of the holders' TIC levels."""
    import pandas as pd

    from ustflow.check.rulekit import country_name

    parts = [ctx.data.series(f"tic.holdings.{s}") for s in slugs]
    if any(p is None or p.empty for p in parts):
        return unverifiable("a combined figure of several holders, one of which TIC does not list")
    total = pd.concat([p.dropna() for p in parts], axis=1).dropna().sum(axis=1)
    sid = "tic.holdings." + "+".join(slugs)
    try:
        wins, note = claim_windows(c, total, sid, ctx)
    except NoPeriod as e:
        return unverifiable(str(e) or "no period stated and no publication date", series=sid)
    sel = W.select(total, *wins[-1]) if wins else total.iloc[:0]
    if sel.empty:
        return unverifiable(f"TIC holdings do not cover {c.period.label if c.period else 'that period'}", series=sid)
    p = sel.index[-1]
    names = " + ".join(country_name(s) for s in slugs)
    j = C.verdict(claimed=c.amount.in_units(1e9), official=float(total[p]), qualifier=c.amount.qualifier,
                  tol=C.tolerance(c.amount, 1e9), sid=sid, unit=UNIT, period=W.label(p),
                  what=f"TIC: {names} holdings of US Treasuries combined: ")
    j.figure = Figure(sid, [p], float(total[p]), UNIT, "level")
    return j.note(note)
