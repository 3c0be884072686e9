"""The figure a qualifier is about when its sentence quotes none.

"China's holdings hit a record in 2020", "the 10-year yield's highest since 2008", "Japanese
investors were net sellers for a third straight week": the subject's series at the period the
sentence names (the period's extreme for a superlative over a longer period), else the latest
period published on the publication date.
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import YIELD_SUBJECT, Claim
from ustflow.check.custody import SID as CUSTODY_SID, is_custody, names_total, released
from ustflow.check.flows import mof_series
from ustflow.check.holdings import holdings_series
from ustflow.check.lexicon import EN_FALL_NOUNS, JA_FALL
from ustflow.check.markets import market_series
from ustflow.check.results import Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, first_window, series, windows_on
from ustflow.check.text import KANA


def standalone_figure(c: Claim, ctx: Context) -> Figure | Judgement:
    base = c.base_measure
    if YIELD_SUBJECT in c.notes:
        why = _yield_run_unjudged(c)
        if why:
            return unverifiable(why)
    if base in ("holdings_level", "holdings_change") and is_custody(c, ctx):
        if names_total(c, ctx):  # "外国中銀の米証券保有高が約1年ぶりの低水準": all securities, not in the store
            return unverifiable("a record of the Fed's custody holdings of all securities (with agency debt and MBS): "
                                f"the store holds the Treasuries part only ({CUSTODY_SID})", series=CUSTODY_SID)
        sid = CUSTODY_SID  # "FRBが保管する外国中央銀行の米国債保有高は…2年余りぶりの大幅な伸び": the Fed's weekly series
        s = ctx.data.series(sid)
        s = released(s.dropna(), ctx) if s is not None and (c.period is None or c.period.is_latest) else s
    elif base in ("holdings_level", "holdings_change"):
        got = holdings_series(c, ctx)
        if isinstance(got, Judgement):
            return got
        sid, s = got
    elif base == "yield_level" and _spread_id(c, ctx):
        sid = _spread_id(c, ctx)
        s = series(ctx, sid)
    elif base in ("yield_level", "fx_level"):
        sid, _ = market_series(c, base, ctx.article)
        s = ctx.data.series(sid) if sid else None
    elif base == "flow":
        if c.instrument is not None and c.instrument[0] == "tic" and \
                re.search(r"balance[- ]of[- ]payments|国際収支", c.sentence.text, re.I):
            from ustflow.check.flows import BOP_SERIES  # Japanese residents' net purchases of Treasuries

            sid = BOP_SERIES.get(c.instrument[1], ("",))[0]
            if not sid:
                return unverifiable("a Treasury flow qualifier needs the figure it qualifies")
        elif c.instrument is not None and c.instrument[0] in ("tic", "tic_kind"):
            sid = _bonds_and_notes(c) or _all_foreigners_kind(c)
            if not sid:
                return unverifiable("a Treasury flow qualifier needs the figure it qualifies")
        elif c.instrument is not None and c.instrument[0] == "bop":
            sid = f"boj.bop.bppi6d3na{c.instrument[1]}"
        else:
            got = mof_series(c, ctx)
            if isinstance(got, Judgement):
                return got
            sid = got[0]
            ways = _gross_sides(c)
            if ways and sid.endswith(".net"):
                return _gross_qualifier(c, ctx, sid, ways)
        s = ctx.data.series(sid)
    elif base == "bop":  # a run of surpluses of Japan's current account (``bop``)
        from ustflow.check.bop_judge import qualifier_sid

        sid = qualifier_sid(c, ctx)
        s = ctx.data.series(sid)
    elif base == "intervention":
        return _intervention(c, ctx)
    else:
        return unverifiable("no official series could be matched to this qualifier")
    got = windows_on(c, ctx, s, sid, missing=f"no series {sid} in the store",
                     no_period="no period stated and no publication date: nothing to compare")
    if isinstance(got, Judgement):
        return got
    s, wins, _ = got
    sel = first_window(s, wins)
    if sel.empty:
        return unverifiable(f"{sid} has no data for {c.period.label if c.period else 'that period'}", series=sid)
    q = c.qualifier
    unit = s.attrs.get("unit", "")
    if base == "flow":  # "dumped foreign bonds at a record pace in 2022": a calendar year among calendar years
        from ustflow.check.flows import calendar_unit

        return Figure(sid, list(sel.index), float(sel.sum()), unit, "sum", n=len(sel), calendar=calendar_unit(list(sel.index)))
    if base == "bop":
        return Figure(sid, list(sel.index), float(sel.sum()), unit, "sum", n=len(sel))
    if base == "holdings_change":
        p = sel.index[-1]
        ch = ctx.data.changes(sid, 1)  # like for like across a benchmark revision
        if sid == CUSTODY_SID and q is not None and q.kind == "extreme" and ch is not None and len(sel) > 1:
            # "3月にFRBが保管している外国中銀の米国債保有高が過去最大の減少を記録": the week of the month that set it
            inside = ch[ch.index.isin(sel.index)]
            if not inside.empty:
                p = inside.idxmin() if q.extreme == "min" or _falls(c) else inside.idxmax()
        v = float(ch[p]) if ch is not None and p in ch.index else float(s[p] - s.get(p - 1, s[p]))
        return Figure(sid, [p - 1, p], v, unit, "change", n=1)
    p = sel.idxmin() if q is not None and q.extreme == "min" else sel.idxmax()
    if q is not None and q.kind in ("streak", "streak_end", "first_since"):
        p = sel.index[-1]
    return Figure(sid, [p], float(sel[p]), unit, "level")


_FALL = re.compile(rf"{JA_FALL}|\b(?:{EN_FALL_NOUNS})\b|\b(?:dropped|declined|fell)\b", re.I)


def _falls(c: Claim) -> bool:
    """Whether a record of a change is of a fall: its words or the words right after it say so ("過去最大の減少",
    "the biggest drop", "a record decline")."""
    s = c.sentence.text
    after = c.span[1] + len(re.match(r"\s*(?:の|of\s+(?:the\s+)?)?", s[c.span[1]:]).group(0))
    return bool(_FALL.search(c.qualifier.phrase) or _FALL.match(s, after))


#: gross trades named as what a qualifier is about: "Both their gross buying and gross selling jumped to the highest
#: level since August 2007", "取得額は過去最大"
_GROSS_BUY = re.compile(r"\bgross\s+(?:buying|purchases?|acquisitions?)\b|\btotal\s+acquisitions?\b|(?:取得|購入)(?:額|総額)", re.I)
_GROSS_SELL = re.compile(r"\bgross\s+(?:selling|sales|disposals?|dispositions?)\b|\btotal\s+dispositions?\b|"
                         r"(?:処分|売却)(?:額|総額)|\bgross\s+buying\s+and\s+selling\b", re.I)


def _gross_sides(c: Claim) -> list[str]:
    """MoF's gross columns a qualifier's sentence names ("acq", "disp"), [] for a net flow (also when a net word
    stands between them and the qualifier: "取得額から処分額を差し引いた買い越し額は過去最大")."""
    s = c.sentence.text
    found = [(m.end(), w) for w, rx in (("acq", _GROSS_BUY), ("disp", _GROSS_SELL)) for m in rx.finditer(s)
             if m.end() <= c.span[0]]
    if not found or re.search(r"\bnet\b|越し|差し?引|ネット", s[max(e for e, _ in found):c.span[0]], re.I):
        return []
    return sorted({w for _, w in found})


def _gross_qualifier(c: Claim, ctx: Context, net_id: str, ways: list[str]) -> Judgement:
    """A qualifier said of gross buying or selling (or both: then it must hold for each): judged on MoF's gross
    acquisitions or dispositions, never on the net flow (a gross record is no net record)."""
    from ustflow.check import dispatch
    from ustflow.check.results import CONTRADICTED, SUPPORTED

    out = []
    for way in ways:
        sid = net_id.removesuffix(".net") + "." + way
        got = windows_on(c, ctx, ctx.data.series(sid), sid, missing=f"no series {sid} in the store",
                         no_period="no period stated and no publication date: nothing to compare")
        if isinstance(got, Judgement):
            return got
        sel = first_window(got[0], got[1])
        if sel.empty:
            return unverifiable(f"{sid} has no data for {c.period.label if c.period else 'that period'}", series=sid)
        fig = Figure(sid, list(sel.index), float(sel.sum()), got[0].attrs.get("unit", ""), "sum", n=len(sel))
        out.append((way, dispatch.judge_qualifier(c, fig, ctx)))
    name = {"acq": "gross acquisitions (buying)", "disp": "gross dispositions (selling)"}
    bad = [(w, j) for w, j in out if j.verdict == CONTRADICTED]
    if bad:
        bad[0][1].explanation = f"{name[bad[0][0]]}: {bad[0][1].explanation}"
        return bad[0][1]
    if all(j.verdict == SUPPORTED for _, j in out):
        j = out[0][1]
        j.explanation = "; ".join(f"{name[w]}: {k.explanation}" for w, k in out)
        return j
    return unverifiable("; ".join(f"{name[w]}: {k.explanation}" for w, k in out), series=out[0][1].series)


def _yield_run_unjudged(c: Claim) -> str:
    """Why a run said of a yield with no figure of its own cannot be judged: the words name no period (the month
    still running is no month of a run), or a Japanese sentence, whose market (JGB or Treasury) the checker does
    not read from Japanese words; '' when it can be."""
    if KANA.search(c.sentence.text):
        return "a run of a yield in Japanese: which market's yield (JGB or US Treasury) the words name is not read"
    runs = c.qualifier is not None and c.qualifier.kind in ("streak", "streak_end", "first_since")
    if runs and (c.period is None or c.period.is_latest):
        return "a run of a yield with no period stated: which months it counts is not said"
    return ""


def _intervention(c: Claim, ctx: Context) -> Judgement:
    """"The first yen-buying intervention in 24 years": the store's intervention table names its first day;
    a claim reaching back before it cannot be checked."""
    s = ctx.data.series("mof.fx_intervention.amount")
    q = c.qualifier
    first = s.dropna().index[0] if s is not None and not s.dropna().empty else None
    reach = q.since if q is not None and q.since is not None else None
    if reach is None and q is not None and q.lookback is not None and ctx.date is not None:
        import pandas as pd

        n, unit, _ = q.lookback
        reach = (pd.Timestamp(ctx.date) - pd.DateOffset(**{f"{unit}s": n})).date()
    if first is not None and reach is not None and reach < W.period_window(first)[0]:
        return unverifiable(f"the store's intervention table begins {W.label(first)}: it cannot show the interventions "
                            f"before that which this claim reaches back to ({reach:%Y-%m})",
                            series="mof.fx_intervention.amount")
    return unverifiable("a claim about intervention days with no amount: the checker judges intervention amounts, "
                        "not their history", series="mof.fx_intervention.amount")


_AGAINST = re.compile(r"\blevel\s+(?:against|over|relative to|versus|vs\.?)\s+(?:the\s+)?(?:benchmark\s+)?(?:U\.?S\.?\s+)?"
                      r"(?P<n>\d{1,2}|two|five|ten|thirty)[- ]year", re.I)
_TENOR = re.compile(r"\b(?P<n>\d{1,2}|two|five|ten|thirty)[- ]year\b", re.I)
_WORDS = {"two": 2, "five": 5, "ten": 10, "thirty": 30}


def _spread_id(c: Claim, ctx: Context) -> str:
    """"The 10-year yield is at its lowest level against the 2-year note since 2007": the spread of two US
    Treasury yields (FRED DGS series), '' when the words name no such pair."""
    q = c.qualifier
    m = _AGAINST.search(q.phrase) if q is not None else None
    if m is None or re.search(r"\bJGB|Japan", c.sentence.text):
        return ""
    other = int(_WORDS.get(m.group("n").lower(), m.group("n")))
    own = [int(_WORDS.get(t.group("n").lower(), t.group("n"))) for t in _TENOR.finditer(c.sentence.text)]
    own = [n for n in own if n != other]
    if not own or ctx.data.series(f"fred.dgs{own[0]}") is None or ctx.data.series(f"fred.dgs{other}") is None:
        return ""
    return f"fred.dgs{own[0]}-dgs{other}"


def _all_foreigners_kind(c: Claim) -> str:
    """"Foreigners were net buyers of U.S. corporate bonds for seven straight months", "U.S. Treasuries have posted
    foreign inflows for a third straight month", "(米国株投資は…の買い越し。)買い越しは9カ月連続": a run or record of
    all foreigners' trades in one kind of security is of their Form S net purchases of it (``tic_prose``'s kinds; the
    kind ``tic_prose_ja`` gave a Japanese qualifier after its figure); '' when a holder is named, no kind is, or the
    words take in short-term securities or banking flows (TIC's total flows, not in the store)."""
    from ustflow.check.rulekit import holder_slug
    from ustflow.check.tic_prose import SIDE, TOTAL_FLOW, nearest_kind

    if c.instrument is not None and c.instrument[0] == "tic_kind":
        kind = c.instrument[1]
    else:
        s = c.sentence.text
        if holder_slug(c) is not None and (c.subject is None or c.subject.kind not in ("foreign_investors", "foreign_total")):
            return ""
        found = nearest_kind(s, *c.span)
        if found is None or not SIDE.search(s) or TOTAL_FLOW.search(s):  # "net sellers of all U.S. assets, bills too"
            return ""
        kind = found[0]
    return "tic.forms.grand_total.treasury_net" if kind == "treasury" else f"tic.forms.grand_total.{kind}_net"


def _bonds_and_notes(c: Claim) -> str:
    """"foreigners sold Treasury bonds and notes for a seventh straight month": TIC's own words for Form S's long-term
    Treasuries, so the run is of a holder's Form S net purchases of them ('' for "sold Treasuries", which a story may
    mean of holdings as well as of trades)."""
    from ustflow.check.rulekit import holder_slug

    slug = holder_slug(c)
    if slug is None or not re.search(r"\bTreasury bonds,? and notes\b|\bTreasury notes and bonds\b", c.sentence.text, re.I):
        return ""
    return f"tic.forms.{slug}.treasury_net"
