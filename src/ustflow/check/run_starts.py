"""A run counted from the period of an act named in a "since" clause before it (issue 13, session 15):

    日本が4月に375億ドルを売却して以来、2ヶ月連続で米国債保有を減らした。   (April and May: two months)
    中国は3月に売り越しに転じて以来、3カ月連続で保有を減らした。           (March to May)
    Since selling $37.5 billion in April, Japan has cut its holdings for a second straight month.

The month named in the clause is where the run began (the act that month is the run's first period), not the period
the run ends at: counted back from it, the true "2ヶ月連続" was a run of one and called contradicted. The run ends
``n - 1`` periods after the month named; it is counted there when that period was published by the article's date
(else the rule steps aside). A month named outside such a clause ("4月まで2カ月連続", "in April, for a second straight
month") keeps its reading: the run ends there.

Nothing here reads data except through ``streaks.streak``.
"""

from __future__ import annotations

import dataclasses
import re

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import Figure, Judgement
from ustflow.check.rulekit import Context

#: between the month and the run: "4月に375億ドルを売却して以来、", "3月に売り越しに転じてから、" (an act, then since)
_JA_SINCE_ACT = re.compile(r"^[^。]{0,40}?(?:して|して以降|した|に転じて|てから)(?:以来|以降|から)?[、,]?\s*$|"
                           r"^[^。]{0,40}?(?:以来|以降)[、,]\s*$")
#: "Since selling $37.5 billion in April, ...": the month inside a since-clause of an act
_EN_SINCE_ACT = re.compile(r"\bsince\s+(?:\w+ing|it\s+\w+ed|they\s+\w+ed)\b[^.;]{0,60}$", re.I)
_EN_CLAUSE_END = re.compile(r"^[^.;]{0,40}?,")


def _since_start(c: Claim) -> bool:
    """Whether the claim's month is named inside a "since" clause of an act, before the run."""
    p = c.period
    if p is None or p.kind != "month" or c.qualifier is None or not c.qualifier.n or p.span[1] > c.span[0]:
        return False
    s = c.sentence.text
    between = s[p.span[1]:c.span[0]]
    if _JA_SINCE_ACT.match(between) and re.search(r"以来|以降|から", between) and re.search(r"[しっ]て|転じ", between):
        return True
    return bool(_EN_SINCE_ACT.search(s[:p.span[0]]) and _EN_CLAUSE_END.match(between))


def since_start_streak(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """The run of ``streaks.streak``, counted to ``n - 1`` periods after the month a since-clause names; None when the
    month is no such clause's, or the run's end was not yet published by the article's date."""
    from ustflow.check import streaks
    from ustflow.check.history import sign_series

    if fig.agg not in ("level", "change", "sum") or fig.n != 1 or not _since_start(c):
        return None
    end = fig.end + (c.qualifier.n - 1)
    sig = sign_series(ctx, fig)
    known = sig[sig.index <= end]
    if end not in known.index:
        return None
    if ctx.date is not None:
        latest = W.published_latest(sig, fig.series, ctx.date)
        if not latest or latest[0] < end:
            return None
    got = streaks.streak(c, dataclasses.replace(fig, periods=[end]), ctx)
    got.explanation += f" (counted from {W.label(fig.end)}, the month the run began)"
    return got
