"""A state held from a date to now: "Since April 2022, China's holdings have been below $1 trillion", "a status
it has maintained since June 2019" (the ``run_since`` qualifier).

The run of periods that meet the condition (a rank, a level beyond a threshold, being ahead of another holder:
``history.condition``) is followed back from the figure's period; the claim holds when the run begins in the
period the words name (the month, or any month of a year named alone). A run that began earlier says more than
the words; one that began later contradicts them.
"""

from __future__ import annotations

from datetime import date

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context


def run_since(c: Claim, fig: Figure, ctx: Context, got) -> Judgement:
    """``got``: the history, the condition and its wording (``history.condition``), or the judgement that stops."""
    if isinstance(got, Judgement):
        return got
    hist, cond, what = got
    q = c.qualifier
    end_p = fig.end
    if end_p not in hist.index or q.since is None:
        return unverifiable("the figure's period is not in the history", series=fig.series)
    held = hist[hist.index <= end_p]
    ok = [bool(cond(v)) for v in held]
    base = {"series": fig.series, "official_unit": "consecutive periods", "period": W.label(end_p)}
    if not ok[-1]:
        return Judgement(CONTRADICTED, f"{what} does not hold in {W.label(end_p)}", official_value=0.0, **base)
    i = len(ok) - 1
    while i > 0 and ok[i - 1]:
        i -= 1
    start = held.index[i]
    x0 = q.since
    x1 = date(x0.year, 12, 31) if q.since_grain == "year" else W.period_window(_month(x0))[1] \
        if q.since_grain == "month" else x0
    s0 = W.period_window(start)[0]
    n = len(ok) - i
    expl = f"{what} in every period from {W.label(start)} to {W.label(end_p)} ({n})"
    if i == 0 and s0 > x1:
        return unverifiable(expl + f": the data begin {W.label(start)}, after {x0:%B %Y}", **base)
    if s0 <= x1 and W.period_window(start)[1] >= x0:
        return Judgement(SUPPORTED, expl + (f", since {x0:%B %Y}" if q.since_grain == "month" else f", since {x0.year}"),
                         official_value=float(n), **base)
    when = "before" if s0 < x0 else "after"
    return Judgement(CONTRADICTED, expl + f": the run began {when} {x0:%B %Y}" if q.since_grain == "month" else
                     expl + f": the run began {when} {x0.year}", official_value=float(n), **base)


def last_since(c: Claim, fig: Figure, ctx: Context, got) -> Judgement:
    """"haven't been higher than China's since October 2000": before the figure's period the condition last held in
    the period named (whether or not it holds again now, as in a story about the flip)."""
    if isinstance(got, Judgement):
        return got
    hist, cond, what = got
    q, end_p = c.qualifier, fig.end
    if end_p not in hist.index or q.since is None:
        return unverifiable("the figure's period is not in the history", series=fig.series)
    # the last time before the figure's period (a story about the flip itself: "had not been higher ... until now")
    held = hist[hist.index < end_p]
    met = [p for p, v in held.items() if cond(v)]
    base = {"series": fig.series, "official_unit": "period", "period": W.label(end_p)}
    if not met:
        return unverifiable(f"never {what} in the data (from {W.label(held.index[0])})", **base)
    last = met[-1]
    x0 = q.since
    x1 = date(x0.year, 12, 31) if q.since_grain == "year" else W.period_window(_month(x0))[1]
    s0, s1 = W.period_window(last)
    ok = s0 <= x1 and s1 >= x0
    return Judgement(SUPPORTED if ok else CONTRADICTED, f"{what}: last in {W.label(last)}" +
                     ("" if ok else f", not {x0:%B %Y}"), official_value=None, **base)


_FREQ = {"week": "W-FRI", "month": "M", "quarter": "Q", "year": "Y"}


def daily_streak(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """"10-year yields fell for a second straight month": a run of monthly (weekly, yearly) moves of a daily series,
    counted on the last close of each period, not on daily changes. None when the series is not daily or the
    streak names no grain of its own (``history.streak`` counts it)."""
    import pandas as pd

    q = c.qualifier
    s = ctx.data.series(fig.series)
    if q.grain not in _FREQ or s is None or isinstance(s.index, pd.PeriodIndex):
        return None
    s = s.dropna()
    closes = s.groupby(s.index.to_period(_FREQ[q.grain])).last()
    ch = closes.diff().dropna()
    end = pd.Timestamp(fig.end.end_time if isinstance(fig.end, pd.Period) else fig.end).to_period(_FREQ[q.grain])
    if end not in ch.index:
        return unverifiable(f"no {q.grain}-end close to count the run from", series=fig.series)
    d = q.direction or c.direction or (1 if ch[end] > 0 else -1)
    k = 0
    for v in reversed(ch[ch.index <= end].tolist()):
        if v * d <= 0:
            break
        k += 1
    word = "rises" if d > 0 else "falls"
    expl = f"{k} straight {q.grain}(s) of {word} to {end} ({q.grain}-end closes)"
    ok = k == q.n or (q.word == "at least" and k >= q.n)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {q.n}: " + expl, series=fig.series,
                     official_value=float(k), official_unit=f"consecutive {q.grain}s", period=str(end))


def _month(d: date):
    import pandas as pd

    return pd.Period(d, "M")
