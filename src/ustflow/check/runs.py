"""A state held from a date to now: "Since April 2022, China's holdings have been below $1 trillion", "a status
it has maintained since June 2019" (the ``run_since`` qualifier).

The run of periods that meet the condition (a rank, a level beyond a threshold, being ahead of another holder:
``history.condition``) is followed back from the figure's period; the claim holds when the run begins in the
period the words name (the month, or any month of a year named alone). A run that began earlier says more than
the words; one that began later contradicts them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context

#: the conditions of a run of moves (``history.condition``): a run of them "since" a month may start the month after
_MOVES = ("a rise", "a fall", "a net purchase", "a net sale")


def run_since(c: Claim, fig: Figure, ctx: Context, got) -> Judgement:
    """``got``: the history, the condition and its wording (``history.condition``), or the judgement that stops."""
    if isinstance(got, Judgement):
        return got
    hist, cond, what = got
    q = c.qualifier
    end_p = fig.end
    line = c.host is not None and c.host.amount is not None and c.host.amount.qualifier in ("below", "above")
    if (what in _MOVES or line) and q.since is not None and q.since_grain == "month" and \
            W.period_window(end_p)[0] <= q.since <= W.period_window(end_p)[1] and \
            (latest := _story_month(fig, ctx)) is not None and latest > end_p:
        # "India has been hiking its holdings since October 2014 when the same stood at $77.5 billion": a figure of the
        # month the run of moves counts from is the level it started from; the run goes on to the story's month
        # (and "2022年4月から…一貫して1兆ドルを下回っている": the line, said of the month the state began, held to the story's)
        end_p = latest
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
    if what in _MOVES and i > 0 and W.period_window(held.index[i - 1])[0] <= x1 and \
            W.period_window(held.index[i - 1])[1] >= x0:
        # "has been on the rise since February": rises from February's level, the first in March, say the same
        return Judgement(SUPPORTED, expl + f", from the level of {W.label(held.index[i - 1])}", official_value=float(n),
                         **base)
    if s0 <= x1 and W.period_window(start)[1] >= x0:
        return Judgement(SUPPORTED, expl + (f", since {x0:%B %Y}" if q.since_grain == "month" else f", since {x0.year}"),
                         official_value=float(n), **base)
    if s0 < x0 and what in _MOVES:  # "has been on the rise since March" when the rises began in February: every move
        # since March is one (a state is another matter: "below $1 trillion since" names the month it crossed)
        return Judgement(SUPPORTED, expl + f": the run began before {x0:%B %Y}" if q.since_grain == "month" else
                         expl + f": the run began before {x0.year}", official_value=float(n), **base)
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
    if q.word == "last_time":  # "The last time Japan held the largest stockpile was in February 2015": before the
        # story's month (the latest published on its date), not before the month the sentence names
        end_p = _story_month(fig, ctx)
        if end_p is None:
            return unverifiable("the last time is counted back from the story's month, which the publication date "
                                "does not give", series=fig.series)
    if end_p not in hist.index or q.since is None:
        return unverifiable("the figure's period is not in the history", series=fig.series)
    # the last time before the figure's period (a story about the flip itself: "had not been higher ... until now")
    held = hist[hist.index < end_p]
    if q.word == "last_time" and cond(hist[end_p]):
        # "Japan finally surpassed China ... The last time Japan held the position ... was May 2017": held now, the last
        # time is the one before the run that holds it now
        off = [p for p, v in held.items() if not cond(v)]
        held = held[held.index <= off[-1]] if off else held.iloc[:0]
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


def _story_month(fig: Figure, ctx: Context):
    """The latest period of the figure's series published by the story's date (None without a date or data)."""
    s = ctx.data.series(fig.series)
    if ctx.date is None or s is None or s.dropna().empty:
        return None
    got = W.published_latest(s.dropna(), fig.series, ctx.date, ctx.release_day)
    return got[0] if got else None


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


_GRAIN_WORD = re.compile(r"\b(?:of any (?P<any>month|week|quarter|year)|(?P<adj>monthly|weekly|quarterly|annual))\b", re.I)


def daily_extreme(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """"Yields dropped 42.4 basis points last month, the most of any month since March 2020", "the biggest monthly
    fall since ...": an extreme of a daily series' moves from one month-end (week-end ...) close to the next, not of
    its daily changes. None when the series is not daily, the figure is no move, or the words name no grain."""
    import pandas as pd

    q = c.qualifier
    m = _GRAIN_WORD.search(q.phrase)
    s = ctx.data.series(fig.series)
    if m is None or fig.agg != "change" or s is None or isinstance(s.index, pd.PeriodIndex) or q.n > 1:
        return None
    grain = {"monthly": "month", "weekly": "week", "quarterly": "quarter", "annual": "year"}.get(
        (m.group("adj") or "").lower(), (m.group("any") or "").lower())
    s = s.dropna()
    ch = s.groupby(s.index.to_period(_FREQ[grain])).last().diff().dropna()
    end = pd.Timestamp(fig.end.end_time if isinstance(fig.end, pd.Period) else fig.end).to_period(_FREQ[grain])
    if end not in ch.index:
        return unverifiable(f"no {grain}-end close to compare the move with", series=fig.series)
    v = float(ch[end])
    d = (-1 if v < 0 else 1) if q.magnitude else (-1 if q.extreme == "min" else 1)
    if q.since is not None:
        start = pd.Timestamp(q.since).to_period(_FREQ[grain])
    elif q.lookback is not None and grain == "month" and q.lookback[1] == "month":
        start = end - (q.lookback[0] + 1)  # "the biggest monthly fall in a year": the months before, the one a year back in
    elif q.lookback is None:
        start = None  # "a record monthly fall": all the data
    else:
        return None
    window = ch[(ch.index < end) & ((ch.index > start) if start is not None else True)]
    beats = window[window * d > v * d + 1e-9]
    scope = f"since {start}" if start is not None else "in the data"
    expl = (f"{fig.series}: {v:+.3f} from the {grain}-end close before {end} to its own ({grain}-end closes); "
            + (f"the {'largest rise' if d > 0 else 'largest fall'} {scope}" if beats.empty else
               f"{float(beats.iloc[-1]):+.3f} in {beats.index[-1]} beats it"))
    return Judgement(SUPPORTED if beats.empty else CONTRADICTED, expl, series=fig.series, official_value=v,
                     official_unit=fig.unit, period=str(end))


def extreme_day(c: Claim, fig: Figure, hist, d: int):
    """The day of a daily level's period that a high or low is said of ("to pull the yen off 38-year lows" that month,
    "yields hit their highest since 2007 last week"): the most extreme close in the period, not its last; None when
    the figure is no level of a daily series or its period is one day. Returns the figure moved to that day."""
    import pandas as pd

    p = c.period
    if fig.agg in ("change", "pct", "sum") or isinstance(hist.index, pd.PeriodIndex) or p is None or p.is_latest or \
            not p.windows:
        return None
    start, end = pd.Timestamp(p.windows[0][0]), pd.Timestamp(p.windows[-1][1])
    inside = hist[(hist.index >= start) & (hist.index <= end)]
    if len(inside) < 2:
        return None
    at = (inside * d).idxmax()
    return replace(fig, periods=[at], value=float(inside[at]))


def _month(d: date):
    import pandas as pd

    return pd.Period(d, "M")


def state_streak(c: Claim, fig: Figure, ctx: Context, condition) -> Judgement | None:
    """"have remained above $9 trillion for the eighth consecutive month": a run of periods in which the level stayed
    beyond the threshold its host figure names (``history.condition``), not a run of rises or falls. None when the host
    is no level beyond a threshold. ``condition``: ``history.condition`` (passed in: history imports this module)."""
    host = c.host
    if host is None or host.amount is None or host.amount.qualifier not in ("above", "below") or fig.agg != "level":
        return None
    got = condition(c, fig, ctx)
    if isinstance(got, Judgement):
        return got
    hist, cond, what = got
    q, end_p = c.qualifier, fig.end
    if end_p not in hist.index or not q.n:
        return unverifiable("the figure's period is not in the history", series=fig.series)
    held = [bool(cond(v)) for v in hist[hist.index <= end_p]]
    k = 0
    while k < len(held) and held[len(held) - 1 - k]:
        k += 1
    expl = f"{what} in {k} straight period(s) to {W.label(end_p)}"
    if k == len(held):
        return unverifiable(expl + ": since the data begin, so the run may be longer", series=fig.series)
    ok = k == q.n or (q.word == "at least" and k >= q.n)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {q.n}: " + expl, series=fig.series,
                     official_value=float(k), official_unit="consecutive periods", period=W.label(end_p))
