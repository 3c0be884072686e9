"""A run of a holder's buying or selling of Treasuries whose sentence quotes no figure of the month (issue 13, session
17): "今年2月から中国はすでに7か月連続で米国国債を買い増ししており、累計で1494億ドルにまで到達していた", "Since March 2025,
China has reduced its U.S. Treasury holdings for nine consecutive months, totaling $18.4 billion", "中国は5カ月連続で
米国債を売却しており". The figure beside the run (a total over the run, a yen restatement) is not a month's change the store
can match, so the run is counted on the holder's monthly holdings (TIC) changes, ending:

- ``n - 1`` months after a start the words name before the run ("Since March 2025, ... nine consecutive months",
  "今年2月から…7か月連続": March to November, February to August), when that month was published by the story's date;
- else at the month the claim names ("in March"), or, with none, the latest month published on the story's date.

Only a run of months said of a country's holdings of Treasuries (not of its net trades: "the fifth straight month of net
reductions" counts SLT's net sales); anything else keeps the unverifiable verdict.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import Figure, Judgement
from ustflow.check.rulekit import Context
from ustflow.check.text import MONTH_RE

#: a start named before the run, opening a clause (or a bullet point): "Since March 2025, China has ...", "..., from
#: February" (not a change's base inside a clause: "rose from May's level")
_EN_START = re.compile(rf"(?:^[\s\-–—•*\"“]*|[,;:]\s*)(?:[Ss]ince|[Ff]rom)\s+(?P<mon>{MONTH_RE})(?:\s+(?P<year>(?:19|20)\d{{2}}))?\b(?![^.;]*\b(?:since|from)\b)")
#: "今年2月から", "2017年2月以降", "昨年8月から" (the last one before the run)
_JA_START = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年|(?P<rel>今年|本年|昨年|前年))?(?P<mon>\d{1,2})月(?:から|以降)")
#: the holdings the run is of: Treasuries, not another instrument
_TREASURIES = re.compile(r"\bTreasur(?:y|ies)\b|\bU\.?S\.?\s+(?:government\s+)?(?:debt|bonds?|securities)\b|米国債|米国国債|米国の国債",
                         re.I)
#: another instrument a holder's run may be of: "has sold Japanese stocks for five straight months", "社債"
_OTHER = re.compile(r"\b(?:stocks?|shares|equit(?:y|ies)|corporate\s+(?:bonds?|debt)|JGBs?|gold)\b|株|社債|日本国債|国内債", re.I)
#: a run of net trades, not of holdings: "month of net reductions", "net selling", "売り越し", "買い越し"
_NET = re.compile(r"\bnet\b|越し|超", re.I)
_MON3 = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def holder_run(c: Claim, ctx: Context, dispatch) -> Judgement | None:
    """The verdict on run ``c`` counted on its holder's monthly holdings changes; None when it is not such a run."""
    from ustflow.check.holdings import holdings_series

    q = c.qualifier
    if q is None or q.kind != "streak" or not q.n or q.grain not in ("", "month") or c.subject is None or \
            c.subject.kind not in ("country", "japan") or not _of_treasuries(c) or ctx.date is None:
        return None
    if not (q.direction or c.direction):
        return None  # a run of what: rises or falls the words do not say (the sign at the end would be a guess)
    if _NET.search(c.sentence.text[max(0, c.span[0] - 40):c.span[1] + 25]):
        return None  # "the fifth straight month of net reductions": a run of net sales (SLT, Form S), not of holdings
    got = holdings_series(dataclasses.replace(c, host=None, amount=None), ctx)
    if isinstance(got, Judgement) or not got[0].startswith("tic.holdings."):
        return None
    sid, s = got[0], got[1].dropna()
    latest = W.published_latest(s, sid, ctx.date)
    if not latest:
        return None
    end = _run_end(c, q.n, ctx.date, latest[0])
    if end is None or end > latest[0] or end not in s.index or end - 1 not in s.index:
        return None
    fig = Figure(sid, [end - 1, end], float(s[end] - s[end - 1]), s.attrs.get("unit", "USD bn"), "change", n=1)
    out = dispatch.judge_qualifier(c, fig, ctx)
    start = _start(c, ctx.date)
    if start is not None:
        out.explanation += f" (the run named from {W.label(start)}: {q.n} months to {W.label(end)})"
    return out


def _of_treasuries(c: Claim) -> bool:
    """Whether the run is said of Treasuries: the instrument named nearest the run (before it, or after it in its
    clause) is Treasuries, not another one ("Japan, which holds more Treasuries than any other country, has sold
    Japanese stocks for five straight months": a run of stock sales)."""
    s, (a, b) = c.sentence.text, c.span
    tail = re.split(r"[,;、。]", s[b:], maxsplit=1)[0]
    near = [(a - m.end(), rx is _TREASURIES) for rx in (_TREASURIES, _OTHER) for m in rx.finditer(s, 0, a)]
    near += [(m.start(), rx is _TREASURIES) for rx in (_TREASURIES, _OTHER) for m in rx.finditer(tail)]
    return bool(near) and min(near)[1]


def _run_end(c: Claim, n: int, pub: date, latest):
    """The month the run ends: ``n - 1`` after a start named before it, else the claim's month, else the latest."""
    import pandas as pd

    start = _start(c, pub)
    if start is not None:
        return start + (n - 1)
    p = c.period
    if p is None or p.is_latest:
        return latest
    if p.kind == "month" and p.windows:
        return pd.Period(p.windows[-1][1], "M")
    return None


def _start(c: Claim, pub: date):
    """The month a start named before the run stands for ("since March 2025", "今年2月から"), or None."""
    import pandas as pd

    s = c.sentence.text[:c.span[0]]
    en = list(_EN_START.finditer(s))
    ja = list(_JA_START.finditer(s))
    if en:
        m = en[-1]
        mon, year = _MON3.get(m.group("mon")[:3].lower()), m.group("year")
    elif ja:
        m = ja[-1]
        mon, year = int(m.group("mon")), m.group("year")
        if m.group("rel"):
            year = str(pub.year - (1 if m.group("rel") in ("昨年", "前年") else 0))
    else:
        return None
    if mon is None or not 1 <= mon <= 12:
        return None
    y = int(year) if year else (pub.year if mon < pub.month else pub.year - 1)
    return pd.Period(f"{y}-{mon:02d}", "M")
