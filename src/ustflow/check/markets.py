"""Rules for market figures: yields and USD/JPY on a day or over a window, yield changes, FX intervention.

Markets close once a day; an article may quote an intraday level or the Tokyo close, so a claim about
one day is also tried on the business days around it (and the explanation says so), and the tolerance
has a floor (2 bp for yields, 0.5% for USD/JPY, the FRED H.10 noon rate in New York).
"""

from __future__ import annotations

import re
from datetime import timedelta

from ustflow.check import judge as J
from ustflow.check.extract import Claim
from ustflow.check.judge import CONTRADICTED, SUPPORTED, Judgement, unverifiable


def _store(c: Claim, **kw) -> None:
    c.extra["resolved"] = kw


def market_series(c: Claim) -> tuple[str | None, str]:
    s = c.text
    if c.measure == "fx_level":
        return J.FX_ID, "USD/JPY (FRED H.10 noon rate in New York)"
    jgb = list(re.finditer(r"JGB|Japanese government bond|Japan(?:'s|’s)? (?:\d+|two|five|ten|thirty|twenty|forty)[- ]year|"
                           r"Japanese (?:\d+|ten|thirty)[- ]year|super-long", s, re.I))
    ust = list(re.finditer(r"Treasury|Treasuries|U\.?S\.? (?:\d+|two|ten|thirty)[- ]year|U\.?S\.? yields?|US yields?|T-note", s))
    pos = c.span[0]
    best_jgb = max((m.start() for m in jgb if m.start() < pos), default=-1)
    best_ust = max((m.start() for m in ust if m.start() < pos), default=-1)
    market = "jgb" if best_jgb > best_ust else "ust" if best_ust >= 0 else ("jgb" if jgb else "ust")
    words = {"two": 2, "five": 5, "ten": 10, "thirty": 30, "twenty": 20, "forty": 40}
    tenors = [(m.start(), m.group(1)) for m in re.finditer(r"\b(\d{1,2}|two|five|ten|thirty|twenty|forty)[- ]year", s, re.I)]
    before = [t for t in tenors if t[0] < pos]
    t = (before[-1] if before else tenors[0] if tenors else (0, "10"))[1].lower()
    n = int(t) if t.isdigit() else words[t]
    if market == "jgb":
        return f"jgb.{n}y", f"JGB {n}-year yield (MoF)"
    return (f"fred.dgs{n}", f"US Treasury {n}-year yield (FRED DGS{n})") if n in (2, 10, 30) else (None, "")


def market(c: Claim, data, ref) -> Judgement:
    sid, title = market_series(c)
    if sid is None:
        return unverifiable("the store holds US yields only at 2, 10 and 30 years")
    s = data.series(sid)
    if s is None or s.empty:
        return unverifiable(f"no series {sid} in the store")
    s = s.dropna()
    unit = "JPY per USD" if c.measure == "fx_level" else "percent"
    claimed = c.amount.number
    q = c.amount.qualifier
    floor = 0.005 * abs(claimed) if c.measure == "fx_level" else 0.02
    tol = max(c.amount.precision, floor, 0.05 * abs(claimed) if q == "approx" else 0)
    if c.period is not None and c.period.windows:
        wins, note = list(c.period.windows), c.period.note
    elif ref is not None:
        wins, note = [(ref - timedelta(days=4), ref)], f"no period stated: the days up to the article date {ref}"
    else:
        wins, note = [(s.index[0].date(), s.index[-1].date())], "no period stated and no date: every day searched"
    best = None
    for w in wins:
        lo, hi = w
        if lo == hi:  # one day: allow the next or previous business day (time zones, publication lag)
            lo, hi = lo - timedelta(days=3), hi + timedelta(days=1)
        sel = s[(s.index >= str(lo)) & (s.index <= str(hi))]
        if sel.empty:
            continue
        if q in ("above", "at_least", "just_above"):
            cand = [(sel.idxmax(), float(sel.max()))]
        elif q in ("below", "at_most", "just_below"):
            cand = [(sel.idxmin(), float(sel.min()))]
        else:
            cand = list(zip(sel.index, sel.astype(float)))
        for d, v in cand:
            ok = J.matches(claimed, v, q, tol) if claimed >= 0 else abs(v - claimed) <= tol
            exact_day = w[0] == w[1] and d.date() == w[0]
            key = (not ok, not exact_day, abs(v - claimed))
            if best is None or key < best[0]:
                best = (key, d, v, ok, w)
    if best is None:
        return unverifiable(f"{sid} has no data for {c.period.label if c.period else 'that date'} "
                            f"(covers {J.label(s.index[0])}..{J.label(s.index[-1])})", series=sid)
    _, d, v, ok, w = best
    _store(c, series=sid, index=[d], value=v, unit=unit, agg="level")
    base = dict(series=sid, official_value=v, official_unit=unit, period=J.label(d), tolerance=f"±{J.fmt_num(tol)} {unit}",
                claimed_value=claimed, vintage=J.latest_vintage(data, sid, [d]))
    expl = f"{title}: {J.fmt_num(v)} on {J.label(d)}"
    if w[0] == w[1] and d.date() != w[0]:
        expl += f" (no match on {w[0]}; nearest business day)"
    if not ok and sid == J.FX_ID:
        expl += "; FRED publishes the noon rate in New York, not intraday highs and lows"
    if note:
        expl += f" [{note}]"
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, **base)


def market_change(c: Claim, data, ref) -> Judgement:
    sid, title = market_series(c)
    if sid is None:
        return unverifiable("the store holds US yields only at 2, 10 and 30 years")
    s = data.series(sid)
    if s is None or s.empty or c.period is None or not c.period.windows:
        return unverifiable("a yield change needs a stated period" if c.period is None else f"no series {sid}")
    s = s.dropna()
    claimed = c.amount.value * (c.direction or 1)
    tol = max(c.amount.precision * (c.amount.scale if c.amount.kind == "bp" else 1), 0.02)
    lo, hi = c.period.start, c.period.end
    if lo == hi:
        lo = lo - timedelta(days=1)
    before = s[s.index < str(lo)]
    inside = s[(s.index >= str(lo)) & (s.index <= str(hi))]
    if before.empty or inside.empty:
        return unverifiable(f"{sid} does not cover {c.period.label}", series=sid)
    v = float(inside.iloc[-1] - before.iloc[-1])
    ok = abs(v - claimed) <= tol
    period = f"{J.label(before.index[-1])} to {J.label(inside.index[-1])}"
    _store(c, series=sid, index=[inside.index[-1]], value=v, unit="percentage points", agg="change")
    return Judgement(SUPPORTED if ok else CONTRADICTED, f"{title} changed by {v:+.3f} percentage points, {period}",
                     series=sid, official_value=round(v, 4), official_unit="percentage points", period=period,
                     tolerance=f"±{tol:.3f} percentage points", claimed_value=claimed)


def intervention(c: Claim, data, ref) -> Judgement:
    sid = "mof.fx_intervention.amount"
    s = data.series(sid)
    if s is None or s.empty:
        return unverifiable("no FX intervention data in the store")
    claimed = abs(c.amount.value) / 1e9 if c.amount.currency == "JPY" else None
    if claimed is None:
        return unverifiable("MoF reports interventions in yen")
    tol = J.tolerance(c, 1e9)
    if c.period is not None and c.period.windows:
        wins, note = list(c.period.windows), c.period.note
    else:
        wins, note = [(d.date(), d.date()) for d in s.index], "no period stated: each operation searched"
        wins += [(d.date().replace(day=1), (d + __import__("pandas").offsets.MonthEnd(0)).date()) for d in s.index]
    best = None
    for w in wins:
        sel = s[(s.index >= str(w[0])) & (s.index <= str(w[1]))]
        if sel.empty:
            continue
        v = float(sel.abs().sum())
        ok = J.matches(claimed, v, c.amount.qualifier, tol)
        key = (not ok, abs(v - claimed))
        if best is None or key < best[0]:
            best = (key, sel, v, ok)
    if best is None:
        return unverifiable(f"no intervention recorded in {c.period.label if c.period else 'the data'}", series=sid)
    _, sel, v, ok = best
    period = J.span_label(sel)
    expl = f"MoF intervention total {J.fmt_money(v * 1e9, 'JPY')} ({J.fmt_num(v)} JPY bn) over {period}, " \
           f"{len(sel)} operation day(s)"
    f = None if ok else J.unit_trap(claimed, v, tol)
    return Judgement(SUPPORTED if ok else CONTRADICTED, ("unit or scale error: " if f else "") + expl + (f" [{note}]" if note else ""),
                     series=sid, official_value=v, official_unit="JPY bn", period=period,
                     tolerance=f"±{J.fmt_num(tol)} JPY bn", flags=["unit_trap"] if f else [], claimed_value=claimed)
