"""Runs of a sign judged on the figure they qualify (the ``history`` rules for superlatives, on the same statistic):
"for a fifth straight month" (``streak``: the sign has held for exactly five periods to the figure's, a threshold
after it counting periods beyond it), "3ヶ月連続" within a span (``run_within``), "after six consecutive weeks of net
selling" (``streak_before``), "ending a three-week buying streak" (``streak_end``: three periods of buying, then this
one not), and "a fourth weekly net purchase in five" (``count_in``). What a run counts is ``history.sign_series``."""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check import compare as C, lookbacks as L, windows as W
from ustflow.check.claims import Claim
from ustflow.check.history import adjacent_periods, ordinal, sign_series
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context
from ustflow.check.text import MONTH_RE, MONTHS


def _run(sig, end_p, d: int) -> tuple[int, object]:
    """Length of the run of sign ``d`` ending at ``end_p``, and the period before it began."""
    k, stop, _ = _run_gap(sig, end_p, d)
    return k, stop


def _run_gap(sig, end_p, d: int) -> tuple[int, object, object]:
    """As ``_run``, and the period after which the series has a hole (a TIC break month with no like-for-like
    change) if the run reaches one: the run may be longer than counted."""
    past = sig[sig.index <= end_p]
    k, later = 0, None
    for p in reversed(past.index):
        if later is not None and not adjacent_periods(p, later):
            return k, None, later
        if past[p] * d > 0:
            k += 1
        else:
            return k, p, None
        later = p
    return k, None, None


_UNIT_SCALE = {"JPY 100mn": 1e8, "USD bn": 1e9, "USD mn": 1e6}


def _threshold(c: Claim, fig: Figure) -> float:
    """"2ヶ月連続して2兆円を超す売却", "a third straight month of sales above $10 billion": a one-sided figure
    right after the streak is what each period passed (in official units); 0 if there is none."""
    from ustflow.check.numbers import find_amounts

    if fig.agg != "sum" or fig.n != 1 or fig.unit not in _UNIT_SCALE:
        return 0.0
    s = c.sentence.text
    for a in find_amounts(s):
        over = a.qualifier in ("above", "at_least") or re.match(r"(?:を)?(?:超|上回)", s[a.span[1]:])
        if 0 <= a.span[0] - c.span[1] <= 12 and over and a.kind == "money":
            return a.in_units(_UNIT_SCALE[fig.unit])
    return 0.0


def _run_word(fig: Figure, d: int) -> str:
    """What a run of periods in direction ``d`` is made of: net purchases or sales of a flow, rises or falls."""
    if fig.agg == "sum" and fig.series.startswith("boj.bop.bpbp"):  # a balance of payments item
        return "surplus" if d > 0 else "deficit"
    if fig.agg == "sum":
        return "net purchases" if d > 0 else "net sales"
    return "rises" if d > 0 else "falls"


def streak(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    q = c.qualifier
    if fig.agg == "sum" and fig.n > 1 and fig.series.startswith("boj.bop."):
        return unverifiable("a run said of a span's balance (a year's, a half's: '3年連続で黒字幅は縮小') counts "
                            "spans, not the months the store holds", series=fig.series)
    sig = sign_series(ctx, fig)
    end_p = fig.end
    if end_p not in sig.index:
        return unverifiable("no like-for-like change at the figure's period to count a streak from (a TIC series "
                            "break without an old-series value, or no earlier period)", series=fig.series,
                            period=W.label(end_p))
    d = q.direction or c.direction or (1 if sig[end_p] > 0 else -1)
    thr, raw = _threshold(c, fig), sig
    if thr:  # "2ヶ月連続して2兆円を超す売却": periods beyond the figure, not merely of its sign
        sig = sig.where(sig * d <= 0, (sig.abs() - thr) * d)
    k, stop, hole = _run_gap(sig, end_p, d)
    word = _run_word(fig, d)
    if thr:
        word += f" of more than {C.fmt_num(thr)} {fig.unit}"
    if hole is not None and k <= q.n:
        return unverifiable(f"{k} straight period(s) of {word} to {W.label(end_p)}, back to a series break before "
                            f"{W.label(hole)} with no like-for-like change: the run may be longer", series=fig.series,
                            period=W.label(end_p))
    expl = f"{k} straight period(s) of {word} to {W.label(end_p)}"
    if stop is not None:
        expl += f" (before them {C.fmt_num(float(raw[stop]))} in {W.label(stop)})"
    ok = k == q.n or (q.word == "at least" and k >= q.n)  # "前月に続いて": a second period at least
    if not ok:
        expl = f"not a {ordinal(q.n)} straight {q.grain or 'period'}: " + expl
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, series=fig.series, official_value=float(k),
                     official_unit=f"consecutive {q.grain or 'period'}s", period=W.label(end_p))


def run_within(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """"日本は今年に入って3ヶ月連続で米国債を購入し": some run of exactly n periods of that direction inside the span
    (cut at its start): supported at the run's last period; no run that long: contradicted; only longer runs (an
    n-th month of a longer run may be meant): unverifiable."""
    q = c.qualifier
    sig = sign_series(ctx, fig)
    lo, hi = c.period.windows[0][0], min(c.period.windows[-1][1], ctx.date or c.period.windows[-1][1])
    when = ctx.date

    def out_by_then(p) -> bool:  # released by the article's date (the span runs "so far")
        rel = W.release_date(fig.series, p) if when is not None else None
        return rel is None or rel <= when

    inside = sig[[lo <= L.period_start(p) and L.period_end(p) <= hi and out_by_then(p) for p in sig.index]]
    d = q.direction or c.direction
    if inside.empty or d is None:
        return unverifiable(f"'{q.phrase}' counts a run within '{c.period.label}' the checker cannot read",
                            series=fig.series)
    runs, k = [], 0
    for i, p in enumerate(inside.index):
        k = k + 1 if inside[p] * d > 0 else 0
        if k and (i + 1 == len(inside) or inside.iloc[i + 1] * d <= 0):
            runs.append((k, p))
    word = _run_word(fig, d)
    seen = ", ".join(f"{n} to {W.label(p)}" for n, p in runs) or "none"
    base = dict(series=fig.series, official_unit=f"consecutive {q.grain or 'period'}s")
    exact = [(n, p) for n, p in runs if n == q.n]
    if exact:
        n, p = exact[0]
        return Judgement(SUPPORTED, f"{n} straight period(s) of {word} within '{c.period.label}', to {W.label(p)} "
                                    f"(runs: {seen})", official_value=float(n), period=W.label(p), **base)
    if all(n < q.n for n, _ in runs):
        return Judgement(CONTRADICTED, f"no run of {q.n} straight period(s) of {word} within '{c.period.label}' "
                                       f"(runs: {seen})", official_value=float(max([0] + [n for n, _ in runs])),
                         period=W.label(inside.index[-1]), **base)
    return unverifiable(f"no run of exactly {q.n} periods of {word} within '{c.period.label}', only longer ones "
                        f"(runs: {seen}): an earlier point of a longer run may be meant", series=fig.series)


def streak_before(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """'a shift after six consecutive weeks of net selling': the run that ended the period before."""
    q = c.qualifier
    sig = sign_series(ctx, fig)
    fig = _turned_since(c, fig, sig)
    prev = sig[sig.index < fig.end]
    if prev.empty:
        return unverifiable("no earlier periods to count a streak from", series=fig.series)
    p = prev.index[-1]
    d = q.direction or (1 if prev.iloc[-1] > 0 else -1)
    k, _, hole = _run_gap(prev, p, d)
    word = _run_word(fig, d)
    if not adjacent_periods(p, fig.end) or (hole is not None and k < q.n):
        # "after cutting for five consecutive months" when the month before (or one inside the run) is a TIC series
        # break with no like-for-like change: the run cannot be counted to the figure's period
        gap = p + 1 if not adjacent_periods(p, fig.end) else hole - 1
        return unverifiable(f"the run before {W.label(fig.end)} reaches a series break ({W.label(gap)}) with no "
                            f"like-for-like change: {k} straight period(s) of {word} to {W.label(p)} counted, the run "
                            f"may be longer", series=fig.series, period=W.label(fig.end))
    ok = k == q.n
    expl = f"{k} straight period(s) of {word} to {W.label(p)}, before {W.label(fig.end)}"
    if not ok and fig.end in sig.index and sig[fig.end] * d > 0 and k + 1 == q.n:
        # "re-emerged as the biggest holder following five consecutive months of gains", the latest a gain too: the
        # run the result follows from includes the figure's own period
        k, p, ok = k + 1, fig.end, True
        expl = f"{k} straight period(s) of {word} to {W.label(p)} (the figure's own period continues the run)"
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {q.n}: " + expl, series=fig.series,
                     official_value=float(k), official_unit=f"consecutive {q.grain or 'period'}s", period=W.label(p))


#: a sentence that opens on the month a move began: "Since April, China's U.S. dollar assets have been rising after
#: declining for five straight months"
_SINCE_OPEN = re.compile(rf"^\s*Since\s+(?P<m>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\s*,", re.I)


def _turned_since(c: Claim, fig: Figure, sig) -> Figure:
    """The figure moved to the month the sentence says the move began ("Since April, ... rising after declining for
    five straight months": the run before is the one that ended in March), when that month is in the data."""
    import pandas as pd

    m = _SINCE_OPEN.match(c.sentence.text)
    if m is None or not isinstance(sig.index, pd.PeriodIndex) or sig.index.freqstr[0] != "M" or \
            not isinstance(fig.end, pd.Period):
        return fig
    month = MONTHS[m.group("m").lower()[:3]]
    year = int(m.group("y")) if m.group("y") else fig.end.year - (month > fig.end.month)
    at = pd.Period(year=year, month=month, freq="M")
    return replace(fig, periods=[at]) if at in sig.index and at <= fig.end else fig


def streak_end(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    q = c.qualifier
    sig = sign_series(ctx, fig)
    end_p = fig.end
    prev = sig[sig.index < end_p]
    if end_p not in sig.index or prev.empty:
        return unverifiable("no earlier periods to count a streak from", series=fig.series)
    d = q.direction or (1 if prev.iloc[-1] > 0 else -1)
    k, _ = _run(prev, prev.index[-1], d)
    broke = sig[end_p] * d <= 0
    ok = broke and k == q.n
    word = "buying / rises" if d > 0 else "selling / falls"
    expl = (f"{k} period(s) of {word} to {W.label(prev.index[-1])}, then {C.fmt_num(float(sig[end_p]))} in "
            f"{W.label(end_p)}{'' if broke else ' (the streak did not end)'}")
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, series=fig.series, official_value=float(k),
                     official_unit=f"consecutive {q.grain or 'period'}s", period=W.label(end_p))


def count_in(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """'a fourth weekly net purchase in five': n periods of that sign among the last m, this one too."""
    q = c.qualifier
    sig = sign_series(ctx, fig)
    end_p = fig.end
    m = q.lookback[0] if q.lookback else q.n
    past = sig[sig.index <= end_p].iloc[-m:]
    year = q.since.year if q.since is not None and q.since_grain == "year" else \
        getattr(end_p, "year", None) if q.word == "this year" else None  # "今年初めての買い増し": the figure's year
    if year is not None:  # "a ninth month of declines in 2024": that year's months, to its last (or the figure's)
        past = sig[[getattr(p, "year", None) == year and p <= end_p for p in sig.index]]
        end_p, m = (past.index[-1] if len(past) else end_p), len(past)
    if len(past) < m or end_p not in sig.index or not m:
        return unverifiable("not enough periods before the figure to count in", series=fig.series)
    d = q.direction or (1 if sig[end_p] > 0 else -1)
    k = int((past * d > 0).sum())
    ok = k == q.n and sig[end_p] * d > 0
    word = _run_word(fig, d)
    return Judgement(SUPPORTED if ok else CONTRADICTED,
                     f"{k} {word} in the {m} periods {W.label(past.index[0])} to {W.label(end_p)}",
                     series=fig.series, official_value=float(k), official_unit="count", period=W.label(end_p))
