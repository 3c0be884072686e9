"""One rule per measure: which official series answers a claim, and how it is compared.

``judge(claim, data, ref)`` dispatches on ``claim.measure`` (see ``ustflow.check.classify``). Each rule
records what it resolved in ``claim.extra['resolved']`` (series, periods, value) so that a superlative
attached to the claim ("..., the largest since 2005") is judged on the same numbers.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import judge as J
from ustflow.check.extract import Claim
from ustflow.check.judge import CONTRADICTED, SUPPORTED, Judgement, unverifiable
from ustflow.check.lexicon import FORECAST, SECTOR_LABELS

_INSTR_LABEL = {"lt_debt": "long-term debt (bonds and notes)", "equity": "equity and investment fund shares",
                "st_debt": "short-term debt", "total": "all securities"}


def judge(c: Claim, data: J.DataSource, ref: date | None) -> Judgement:
    sj = c.subject
    if re.search(FORECAST, c.clause or c.text) and c.kind != "superlative" and \
            not re.search(r"\b(?:data|figures) (?:showed|show)\b", c.text):
        return unverifiable("a plan, forecast or possibility, not a figure official data report")
    if sj is not None and sj.kind == "institution":
        return unverifiable(f"a claim about a single institution ({sj.text}): TIC and MoF publish only country and "
                            f"investor-type aggregates, never one firm's holdings or trades")
    from ustflow.check.markets import intervention as _intervention
    from ustflow.check.markets import market as _market
    from ustflow.check.markets import market_change as _market_change

    fn = {
        "holdings_level": _holdings_level, "holdings_peak": _holdings_level, "holdings_change": _holdings_change,
        "holdings_pct_change": _holdings_change, "flow": _flow, "yield_level": _market, "fx_level": _market,
        "yield_change": _market_change, "intervention": _intervention, "share": _share, "rank": _rank,
        "superlative": _superlative,
    }.get(c.measure)
    if fn is None:
        return unverifiable("no official series covers this kind of figure")
    return fn(c, data, ref)


# ------------------------------------------------------------------ helpers
def _windows(c: Claim, data, sid: str, ref) -> tuple[list, str]:
    if c.period is not None and c.period.kind == "latest":
        s = data.known_at(sid, ref) if ref is not None else data.series(sid)
        if s is None or s.empty:
            return [], ""
        p = s.index[-1]
        w = (p.start_time.date(), p.end_time.date()) if hasattr(p, "start_time") else (p.date(), p.date())
        return [w], f"{c.period.label!r}: the latest period" + (f" known on {ref}" if ref else " in the store")
    if c.period is not None:
        note = c.period.note
        if c.period_source == "context":
            note = (note + "; " if note else "") + f"period carried from the previous sentence ({c.period.label!r})"
        wins = list(c.period.windows)
        if c.extra.get("from") and c.extra.get("sibling_period") is c.period:
            # "rose to $1.2 trillion in October from $1.19 trillion": the earlier figure is a month before
            wins = [J.window_shift_months(w, -1) for w in wins]
            note = "the 'from' figure: the month before"
        return wins, note
    return J.default_windows(c, data, sid, ref)


def _verdict_numbers(c: Claim, sid: str, unit: str, official: float, claimed_signed: float, tol: float, period: str,
                     data, sel_index, fx_conv: dict | None = None, what: str = "", allow_sign_free=False,
                     compare: float | None = None) -> Judgement:
    """Compare a signed claim with a signed official value; unit traps and revisions on failure.

    ``compare``: the official value in the claim's unit when it differs from the reported one
    (a dollar claim about a yen flow is compared in dollars, reported in yen).
    """
    a = c.amount
    q = a.qualifier
    reported, official = official, (official if compare is None else compare)
    vint = J.latest_vintage(data, sid, sel_index)
    tol_txt = f"±{J.fmt_num(tol)} {unit}" if q in ("exact", "approx") else f"{J.qualifier_words(q).strip()} (one-sided)"
    base = dict(series=sid, official_value=reported, official_unit=unit, period=period, vintage=vint,
                conversion=fx_conv, tolerance=tol_txt, claimed_value=claimed_signed)
    same_sign = claimed_signed == 0 or official == 0 or (claimed_signed > 0) == (official > 0) or allow_sign_free
    ok = J.matches(abs(claimed_signed), abs(official), q, tol)
    if ok and same_sign:
        return Judgement(SUPPORTED, f"{what}{J.fmt_num(reported)} {unit} in {period}" + _fx_note(fx_conv), **base)
    if ok and not same_sign:
        return Judgement(CONTRADICTED, f"the size matches but the direction is wrong: {what}{J.fmt_num(reported)} "
                                       f"{unit} in {period}" + _fx_note(fx_conv), **base)
    if q in ("exact", "approx"):
        f = J.unit_trap(abs(claimed_signed), abs(official), tol)
        if f is not None:
            return Judgement(CONTRADICTED, _trap_text(c, f, reported if compare is None else official,
                                                      unit if compare is None else "USD bn", period),
                             flags=["unit_trap"], **base)
    if len(sel_index) == 1 and sid.startswith(J.REVISED_SOURCES) and compare is None:
        ev = J.earlier_vintage_match(data, sid, sel_index[0], claimed_signed, c, tol)
        if ev is not None:
            old, old_v, new, new_v = ev
            return Judgement(SUPPORTED, f"matches the figure published in the vintage of {old_v} ({J.fmt_num(old)} "
                                        f"{unit}); since revised to {J.fmt_num(new)} {unit} (vintage {new_v})",
                             flags=["revised"], **base)
    expl = f"{what}{J.fmt_num(reported)} {unit} in {period}" + _fx_note(fx_conv)
    if not same_sign:
        expl += "; the direction is also the opposite of the claim's"
    flags = []
    if sid.startswith("mof.weekly") and official and abs(abs(claimed_signed) - abs(official)) <= 0.1 * abs(official):
        expl += ("; MoF revises weekly figures after the first print and the store holds no earlier vintage of "
                 "this week, so the claim may quote the first print")
        flags.append("possible_revision")
    return Judgement(CONTRADICTED, expl, flags=flags, **base)


def _fx_note(conv: dict | None) -> str:
    if not conv:
        return ""
    return f" (= {J.fmt_money(conv['usd'], 'USD')} at {conv['fx_rate']:.2f} JPY/USD, the FRED average of {conv['fx_dates']})"


def _trap_text(c: Claim, factor: float, official: float, unit: str, period: str) -> str:
    if unit == "JPY 100mn" and factor == 10:
        return (f"unit error: MoF's figure is {J.fmt_num(official)} in units of ¥100 million = "
                f"{J.fmt_money(official * 1e8, 'JPY')} ({period}); the claim reads it as billions of yen, "
                f"ten times too large")
    if unit == "USD mn" and factor == 1000:
        return f"unit error: the official {J.fmt_num(official)} is in millions of dollars; the claim reads it as billions"
    times = f"{factor:g} times the official figure" if factor > 1 else f"1/{1 / factor:g} of the official figure"
    return f"off by a factor of {factor if factor > 1 else 1 / factor:g} (scale or unit error): the claim is {times}, " \
           f"{J.fmt_num(official)} {unit} in {period}"


def _claimed(c: Claim, scale: float, signed: bool) -> float:
    v = abs(c.amount.value) / scale
    if signed and c.direction is not None:
        v *= c.direction
    elif signed and c.amount.number < 0:
        v = -v
    return v


def _holder_slug(c: Claim) -> str | None:
    sj = c.subject
    if sj is None:
        return None
    if sj.kind in ("japan", "country"):
        return sj.slug
    if sj.kind in ("foreign_total", "foreign_investors"):
        return "grand_total"
    if sj.kind == "foreign_official":
        return "foreign_official"
    return None


def _store(c: Claim, **kw) -> None:
    c.extra["resolved"] = kw


# ------------------------------------------------------------------ holdings (TIC)
def _holdings_series(c: Claim, data):
    sj = c.subject
    if sj is None:
        return None, unverifiable("no holder named for this holdings figure")
    if sj.kind == "sector":
        return None, unverifiable(f"no official series of {SECTOR_LABELS.get(sj.slug, sj.text)}' holdings: MoF publishes "
                                  f"investor types' purchases and sales, not their holdings")
    if c.amount is not None and c.amount.currency == "JPY":
        return None, unverifiable("holdings in yen (Japan's international investment position) are not in the store; "
                                  "TIC holdings are in dollars")
    slug = _holder_slug(c)
    sid = f"tic.holdings.{slug}"
    s = data.series(sid) if slug else None
    if s is None or s.empty:
        return None, unverifiable(f"TIC publishes no holdings series for {J.subject_label(c)}")
    return (sid, s), None


def _holdings_level(c: Claim, data, ref) -> Judgement:
    got, err = _holdings_series(c, data)
    if err:
        return err
    sid, s = got
    wins, note = _windows(c, data, sid, ref)
    # a peak is over all the data, unless the sentence itself names a period (a period carried over
    # from an earlier sentence describes that sentence's figure, not this peak)
    all_data = c.measure == "holdings_peak" and (c.period is None or c.period_source == "context")
    if all_data:
        wins, note = [(s.index[0].start_time.date(), s.index[-1].end_time.date())], "peak over all the data"
    claimed = _claimed(c, 1e9, signed=False)
    tol = J.tolerance(c, 1e9)
    best = None
    for w in wins:
        sel = J.window_values(s, *w)
        if sel.empty:
            continue
        if c.measure == "holdings_peak":
            cand = [(sel.idxmax(), float(sel.max()))]
        else:
            cand = list(zip(sel.index, sel.astype(float)))
        for p, v in cand:
            ok = J.matches(claimed, v, c.amount.qualifier, tol)
            key = (not ok, abs(v - claimed))
            if best is None or key < best[0]:
                best = (key, p, v, ok)
    if best is None:
        return unverifiable(f"{sid} has no data for {c.period.label if c.period else 'that period'} "
                            f"(covers {J.label(s.index[0])}..{J.label(s.index[-1])})", series=sid)
    _, p, v, ok = best
    _store(c, series=sid, index=[p], value=v, unit="USD bn", agg="level")
    who = J.subject_label(c)
    what = f"TIC: {who}{'' if who.endswith('s') else chr(39) + 's'}{chr(39) if who.endswith('s') else ''} " \
           f"{'peak ' if c.measure == 'holdings_peak' else ''}holdings of US Treasuries: "
    j = _verdict_numbers(c, sid, "USD bn", v, claimed, tol, J.label(p), data, [p], what=what)
    prev = s.get(p - 1)
    if prev is not None and c.measure == "holdings_level" and j.verdict == SUPPORTED:
        j.explanation += f" ({'up' if v >= prev else 'down'} from {J.fmt_num(float(prev))} in {J.label(p - 1)})"
    if j.verdict == CONTRADICTED and len(wins) > 1 and "unit_trap" not in j.flags and "revised" not in j.flags:
        j.explanation = f"no month of {len(wins)} searched matches; the closest is " + j.explanation
    if c.measure == "holdings_peak" and j.verdict == CONTRADICTED:
        j.explanation = f"the all-time peak in the data ({J.label(s.index[0])} on) is {J.fmt_num(float(s.max()))} USD bn " \
                        f"in {J.label(s.idxmax())}" if all_data else j.explanation
    # "rose to $1.2 trillion": the level can match while the direction is wrong
    if j.verdict == SUPPORTED and c.direction is not None and c.direction_word and \
            re.fullmatch(r"(?:rose|rise[sn]?|rising|increased|climbed|jumped|gained|grew|surged|fell|fall(?:s|en)?|"
                         r"declined|decreased|dropped|slipped|slid|sank|shrank|plunged|tumbled)", c.direction_word, re.I):
        if prev is not None and (v - prev) * c.direction < 0:
            j.verdict = CONTRADICTED
            j.explanation = (f"the level matches ({J.fmt_num(v)} USD bn in {J.label(p)}) but it "
                             f"{'fell' if v < prev else 'rose'} from {J.fmt_num(float(prev))} in {J.label(p - 1)}")
    if note:
        j.explanation += f" [{note}]"
    return j


def _holdings_change(c: Claim, data, ref) -> Judgement:
    got, err = _holdings_series(c, data)
    if err:
        return err
    sid, s = got
    pct = c.measure == "holdings_pct_change"
    wins, note = _windows(c, data, sid, ref)
    scale = 1.0 if pct else 1e9
    claimed = _claimed(c, scale, signed=True)
    tol = J.tolerance(c, scale)
    best = None
    for w in wins:
        sel = J.window_values(s, *w)
        if sel.empty:
            continue
        end_p = sel.index[-1]
        # a change over a window runs from the month before it starts; "since 2013" also tried from its first month
        bases = [sel.index[0] - 1] + ([sel.index[0]] if c.period is not None and c.period.kind == "since" else [])
        for b in bases:
            if b not in s.index or b == end_p:
                continue
            v = float(s[end_p] - s[b])
            if pct:
                v = 100 * v / float(s[b])
            ok = J.matches(abs(claimed), abs(v), c.amount.qualifier, tol) and (v * claimed >= 0)
            key = (not ok, abs(v - claimed))
            if best is None or key < best[0]:
                best = (key, b, end_p, v)
    if best is None:
        return unverifiable(f"{sid} does not cover {c.period.label if c.period else 'that period'}", series=sid)
    _, b, e, v = best
    unit = "percent" if pct else "USD bn"
    _store(c, series=sid, index=[e], value=v, unit=unit, agg="change")
    j = _verdict_numbers(c, sid, unit, v, claimed, tol, f"{J.label(b)} to {J.label(e)}", data, [e],
                         what=f"holdings changed by {'+' if v >= 0 else ''}")
    if note:
        j.explanation += f" [{note}]"
    return j


# ------------------------------------------------------------------ flows (MoF, TIC)
def _flow(c: Claim, data, ref) -> Judgement:
    sj = c.subject
    if sj is None:
        return unverifiable("no investor named for this flow")
    ins = c.instrument
    if ins is not None and ins[0] == "tic":
        return _tic_flow(c, data, ref)
    if sj.kind == "country":
        return unverifiable(f"no official series of {J.subject_label(c)}'s trades in these securities (MoF covers Japan's "
                            f"investors; TIC covers trades in US securities)")
    note = ""
    if ins is None:
        side, instr = ("liabilities" if sj.kind == "foreign_investors" else "assets"), "lt_debt"
        note = "instrument not stated: long-term debt assumed"
    else:
        side, instr = ins
    if sj.kind == "foreign_investors" and side != "liabilities":
        return unverifiable("non-residents' trades in foreign (non-Japanese) securities are not in MoF's data")
    if sj.kind in ("japan", "sector") and side == "liabilities":
        return unverifiable("Japanese residents' trades in Japanese securities are not cross-border flows")
    weekly = c.period is not None and c.period.kind in ("week", "weeks", "day", "days") or \
        (c.period is None and re.search(r"\bweek", c.text, re.I))
    if sj.kind == "sector":
        if weekly:
            return unverifiable(f"MoF publishes flows by investor type ({SECTOR_LABELS[sj.slug]}) monthly only, "
                                f"not weekly")
        if instr == "total":
            instr = "lt_debt"
        sid = f"mof.monthly.{instr}.{sj.slug}.net"
    else:
        sid = f"mof.{'weekly' if weekly else 'monthly'}.{side}.{instr}.net"
    s = data.series(sid)
    if s is None or s.empty:
        return unverifiable(f"no MoF series {sid}")
    wins, wnote = _windows(c, data, sid, ref)
    note = "; ".join(x for x in (note, wnote) if x)
    usd = c.amount.currency == "USD"
    claimed_native = _claimed(c, 1e9 if usd else 1e8, signed=True)
    tol = J.tolerance(c, 1e9 if usd else 1e8, fx=usd)
    best = None
    for w in wins:
        sel = J.window_values(s, *w)
        if sel.empty:
            continue
        expected = _expected_count(w, s)
        if expected and len(sel) < expected and c.period is not None and c.period.kind != "since":
            continue  # the window runs past the data: a partial sum is not the figure claimed
        total = float(sel.sum())
        conv = None
        if usd:
            conv = _to_usd(data, sel)
            if conv is None:
                continue
            val = conv["usd"] / 1e9
        else:
            val = total
        ok = J.matches(abs(claimed_native), abs(val), c.amount.qualifier, tol) and val * claimed_native >= 0
        key = (not ok, abs(abs(val) - abs(claimed_native)))
        if best is None or key < best[0]:
            best = (key, sel, total, val, conv)
    if best is None:
        if usd:
            return unverifiable("no USD/JPY rate in the store for that period (FRED DEXJPUS in this mirror starts "
                                "2018-01) to convert MoF's yen figures", series=sid)
        return unverifiable(f"{sid} does not cover {c.period.label if c.period else 'that period'} "
                            f"({J.label(s.index[0])}..{J.label(s.index[-1])})", series=sid)
    _, sel, total, val, conv = best
    _store(c, series=sid, index=list(sel.index), value=total, unit="JPY 100mn", agg="sum", n=len(sel))
    period = J.span_label(sel)
    what = f"MoF: {_who(c)} net {'purchases' if total >= 0 else 'sales'} of foreign {_INSTR_LABEL[instr]}: " \
        if side == "assets" else f"MoF: non-residents' net trades in Japanese {_INSTR_LABEL[instr]}: "
    if usd:
        # compare in dollars, report the official yen figure
        j = _verdict_numbers(c, sid, "JPY 100mn", total, claimed_native, tol, period, data, list(sel.index),
                             fx_conv=conv, what=what, compare=val)
        j.tolerance = f"±{J.fmt_num(tol)} USD bn (rounding + 3% for the exchange rate)"
    else:
        j = _verdict_numbers(c, sid, "JPY 100mn", total, claimed_native, tol, period, data, list(sel.index), what=what)
    if c.direction is None:
        j.explanation += " (direction not stated: size compared)"
    if instr in ("lt_debt", "equity") and len(sel) > 1 and sel.index[0].start_time.year < 2014 <= sel.index[-1].start_time.year:
        j.explanation += "; note the January 2014 break (investment funds moved from long-term debt to equity)"
    if note:
        j.explanation += f" [{note}]"
    return j


def _who(c: Claim) -> str:
    sj = c.subject
    return SECTOR_LABELS.get(sj.slug, "Japanese investors'") + ("'" if sj.kind == "sector" else "") \
        if sj.kind == "sector" else "Japanese investors'"


def _expected_count(w, s) -> int | None:
    import pandas as pd

    idx = s.index
    if not isinstance(idx, pd.PeriodIndex):
        return None
    if idx.freqstr.startswith("W"):
        return ((w[1] - w[0]).days + 1) // 7
    return (w[1].year - w[0].year) * 12 + w[1].month - w[0].month + 1


def _to_usd(data, sel) -> dict | None:
    """MoF yen (100mn units) to dollars, each period at its own average FRED USD/JPY rate."""
    usd = 0.0
    rates = []
    for p, v in sel.items():
        r = J.fx_rate(data, sel.loc[[p]])
        if r is None:
            return None
        usd += v * 1e8 / r[0]
        rates.append(r)
    # each period is converted at its own rate; the rate reported is the plain average over the window
    rate, dates = J.fx_rate(data, sel)
    return {"usd": usd, "fx_rate": rate, "fx_dates": dates, "fx_series": J.FX_ID}


def _tic_flow(c: Claim, data, ref) -> Judgement:
    slug = _holder_slug(c)
    if slug is None:
        if c.subject.kind == "sector":
            return unverifiable(f"TIC does not break Treasury trades down by Japanese investor type; MoF's "
                                f"{SECTOR_LABELS[c.subject.slug]} series cover all foreign bonds, not Treasuries alone")
        return unverifiable("no TIC series for this holder")
    if c.amount.currency != "USD":
        return unverifiable("TIC reports Treasury flows in dollars; a yen figure cannot be matched to them")
    cands = [(f"tic.slt.{slug}.treasury_net", 1e6, "USD mn", "TIC SLT net purchases of Treasuries (Table 3): "),
             (f"tic.forms.{slug}.treasury_net", 1e6, "USD mn",
              "TIC Form S net purchases of Treasury bonds & notes (to 2023-01, a different basis): ")]
    results = []
    for sid, scale, unit, what in cands:
        s = data.series(sid)
        if s is None or s.empty:
            continue
        wins, note = _windows(c, data, sid, ref)
        claimed = _claimed(c, scale, signed=True)
        tol = J.tolerance(c, scale)
        best = None
        for w in wins:
            sel = J.window_values(s, *w)
            exp = _expected_count(w, s)
            if sel.empty or (exp and len(sel) < exp and (c.period is None or c.period.kind != "since")):
                continue
            v = float(sel.sum())
            ok = J.matches(abs(claimed), abs(v), c.amount.qualifier, tol) and v * claimed >= 0
            key = (not ok, abs(abs(v) - abs(claimed)))
            if best is None or key < best[0]:
                best = (key, sel, v)
        if best is None:
            continue
        _, sel, v = best
        j = _verdict_numbers(c, sid, unit, v, claimed, tol, J.span_label(sel), data, list(sel.index), what=what)
        results.append((j, sid, sel, v))
    # the change in holdings is what many stories mean by "sold"
    c2 = Claim(c.sentence, c.kind, c.span, amount=c.amount, subject=c.subject, period=c.period,
               period_source=c.period_source, direction=c.direction, direction_word=c.direction_word,
               measure="holdings_change", clause=c.clause, extra=dict(c.extra))
    jh = _holdings_change(c2, data, ref)
    if jh.verdict != "unverifiable":
        results.append((jh, jh.series, None, jh.official_value))
    if not results:
        return unverifiable("no TIC flow or holdings data for that holder and period")
    for j, sid, sel, v in results:
        if j.verdict == SUPPORTED:
            if sel is not None:
                _store(c, series=sid, index=list(sel.index), value=v, unit=j.official_unit, agg="sum", n=len(sel))
            else:
                c.extra["resolved"] = c2.extra.get("resolved")
            return j
    j = results[0][0]
    others = "; ".join(f"{r[0].series}: {J.fmt_num(r[0].official_value)} {r[0].official_unit}" for r in results[1:])
    if others:
        j.explanation += f"; also checked {others}"
    return j


# ------------------------------------------------------------------ shares, ranks
def _month_windows(c: Claim, data, sid: str, ref):
    wins, note = _windows(c, data, sid, ref)
    return wins, note


def _share(c: Claim, data, ref) -> Judgement:
    slug = _holder_slug(c)
    if slug is None or slug == "grand_total":
        return unverifiable("no country named for this share")
    s = data.series(f"tic.holdings.{slug}")
    tot = data.series("tic.holdings.grand_total")
    if s is None or tot is None:
        return unverifiable(f"no TIC holdings series for {J.subject_label(c)}")
    share = (100 * s / tot).dropna()
    wins, note = _month_windows(c, data, "tic.holdings.grand_total", ref)
    tol = max(c.amount.precision, 0.5 if c.amount.qualifier != "approx" else 1.5)
    best = None
    for w in wins:
        sel = J.window_values(share, *w)
        for p, v in sel.items():
            ok = J.matches(c.amount.number, float(v), c.amount.qualifier, tol)
            key = (not ok, abs(v - c.amount.number))
            if best is None or key < best[0]:
                best = (key, p, float(v), ok)
    if best is None:
        return unverifiable("TIC holdings do not cover that period")
    _, p, v, ok = best
    return Judgement(SUPPORTED if ok else CONTRADICTED,
                     f"{J.subject_label(c)}: {J.fmt_num(float(s[p]))} of {J.fmt_num(float(tot[p]))} USD bn held by all "
                     f"foreign holders = {v:.1f}% in {J.label(p)}" + (f" [{note}]" if note else ""),
                     series=f"tic.holdings.{slug}", official_value=round(v, 2), official_unit="percent of foreign holdings",
                     period=J.label(p), tolerance=f"±{tol:g} percentage points", claimed_value=c.amount.number)


def _rank(c: Claim, data, ref) -> Judgement:
    slug = _holder_slug(c)
    if slug is None or c.subject.kind not in ("japan", "country"):
        return unverifiable("a ranking of holders needs a country")
    h = data.holdings()
    if slug not in h.columns:
        return unverifiable(f"{J.subject_label(c)} is not among the countries TIC lists")
    sid = "tic.holdings.grand_total"
    wins, note = _month_windows(c, data, sid, ref)
    h = h.dropna(how="all")
    months = [p for w in wins for p in J.window_values(h[slug], *w).dropna().index]
    if not months:
        return unverifiable("TIC holdings do not cover that period")
    # a year or a search: the latest month of the window
    p = months[-1]
    row = h.loc[p].dropna().sort_values(ascending=False)
    rank = int(list(row.index).index(slug)) + 1
    top = ", ".join(f"{i + 1}. {J.country_name(k)} {J.fmt_num(float(v))}" for i, (k, v) in enumerate(row.head(3).items()))
    ok = rank == c.rank
    since = c.extra.get("rank_since")
    if since:
        import pandas as pd

        # "since 2019": from the end of 2019 (the year it happened in), or from the month named
        first = pd.Period(f"{since[0]}-{since[1] or 12:02d}", "M")
        ranks = h.loc[(h.index >= first) & (h.index <= p)].rank(axis=1, ascending=False)[slug]
        off = ranks[ranks != c.rank]
        if not off.empty:
            return Judgement(CONTRADICTED, f"{J.subject_label(c)} ranked {int(off.iloc[0])} in {J.label(off.index[0])}, "
                                           f"not {c.rank} in every month from {first} to {J.label(p)}",
                             series=f"tic.holdings.{slug}", official_value=float(off.iloc[0]), official_unit="rank",
                             period=J.label(off.index[0]), claimed_value=float(c.rank))
        top += f"; rank {c.rank} in every month from {first} to {J.label(p)}"
    _store(c, series=f"tic.holdings.{slug}", index=[p], value=float(row[slug]), unit="USD bn", agg="level")
    return Judgement(SUPPORTED if ok else CONTRADICTED,
                     f"{J.subject_label(c)} ranks {rank} among foreign holders in {J.label(p)} (TIC, by custodian country): "
                     f"{top} USD bn" + (f" [{note}]" if note else ""),
                     series=f"tic.holdings.{slug}", official_value=float(rank), official_unit="rank", period=J.label(p),
                     claimed_value=float(c.rank))


from ustflow.check.superlatives import judge_superlative as _superlative  # noqa: E402
