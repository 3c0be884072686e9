"""Qualifiers judged on the figure they qualify: superlatives, ranks in history, streaks, firsts.

The figure (``results.Figure``) is compared with the same statistic over history: the same series,
and for a sum of n periods the rolling n-period sums, for a change the changes over as many periods
(like for like across TIC's series breaks, ``DataSource.changes``).

- "Largest", "biggest", "record" (of a flow or change) mean largest in the figure's own direction:
  the largest *sale* is the most negative net purchase; "highest"/"lowest" are plain max/min.
- "since X" / "in N years": nothing after X beat the figure, and the last period that matched or
  beat it falls in X or just before it ("lowest since November 2008" when October 2008 was lower),
  or about N years back ("lowest in 17 years"; "in more than a decade": at least ten). The
  explanation names that period (``lookbacks`` holds these reach rules). "on record", "ever",
  "a record": nothing before it in the data beat it; the previous record is named. "peaked": the highest of all the data.
- "the second-largest": exactly second (ties allowed); "one of the largest": among the ten largest
  (or the top 1% of a long history), with the rank printed.
- "for a fifth straight month": the sign has held for exactly five periods to the figure's;
  "ending a three-week buying streak": three periods of buying, then this one not (``streaks``, on
  ``sign_series``).
- "for the first time since March" / "in 20 months": the condition (a net sale, a level beyond a
  threshold, a rank) holds now, at no period after the one named, and last held there; "now", for a figure
  summed over several periods (an intervention over days of operations), is the spell's first period.
- A high or low of a daily market level (USD/JPY, yields) that an earlier close beats by less than a day's usual
  intraday range (``CLOSE_CALL``: 0.3% of USD/JPY, 3 bp of a yield) is ``unverifiable``: the claim is about an
  intraday extreme the daily closes cannot separate from that close.
If the data start after the date a claim reaches back to, a claim that holds on the data we have is
``unverifiable`` (the missing years cannot be seen); one the data contradict is contradicted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ustflow.check import compare as C, lookbacks as L, windows as W
from ustflow.check.claims import Claim, Qualifier
from ustflow.check.holder_ranks import holder_ranks
from ustflow.check.lexicon import YEN_BEFORE
from ustflow.check.results import CONTRADICTED, FX_ID, SUPPORTED, UNVERIFIABLE, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, series
from ustflow.check.runs import extreme_day

if TYPE_CHECKING:
    import pandas as pd

#: series whose stored history begins after the statistic itself did: "ever" and "on record" reach beyond them
INCOMPLETE_HISTORY = {
    "mof.fx_intervention.amount": "Japan's interventions go back to 1991, but the store's curated table itemises "
                                  "operations from October 2011 only",
}
#: Japan's balance of payments items (``bop``): the BoJ's BPM6 series is comparable from January 1996, where the store's
#: copy begins; a record over it is one (a claim that reaches further back, "1985年以降", is judged by its reach)
_BOP_START = ("on the BoJ's BPM6 series, comparable from January 1996 (MoF also tables 1985-1995 on the earlier "
              "manual, reclassified; the store does not hold them)")
#: the first year MoF released the balance of payments on BPM6 (from 1996); its releases before then ranked a month's
#: change "on record" from 1985, on BPM5 ("輸出の前年同月比の減少額は1兆8,218億円で過去最大" in January 2009)
BPM6_FIRST_RELEASE = 2014
#: "since the statistics began" ("1978年1月の統計開始以来最大", "since records began in 2005"): all the data, whatever
#: start the article gives them
_SINCE_DATA_BEGAN = re.compile(r"統計開始|(?:集計|記録)開始|since (?:records|the (?:data|statistics|series)|record-keeping) "
                               r"(?:began|started)|started (?:recording|keeping records)", re.I)
#: a daily market level beaten by less than this is a close call (an intraday extreme may pass the better close):
#: USD/JPY a share of the level, yields percentage points
CLOSE_CALL = {"fx": 0.003, "yield": 0.03}
TOP_N = 10  # "one of the largest": among the ten largest, or the top 1% of the history
#: the calendar of a half ranked among the same half of each year (``bop_records.as_released`` sets it after the unit)
SAME_HALF_SUFFIX = ":same_half"


def history(ctx: Context, fig: Figure) -> "pd.Series":
    """The figure's statistic at every period of its series (labelled by the period it ends)."""
    s = series(ctx, fig.series)
    if s is None:
        import pandas as pd

        return pd.Series(dtype="float64")
    s = s.dropna()
    if fig.agg == "sum" and fig.calendar == "mof_report":  # interventions: MoF's monthly report totals
        import pandas as pd

        groups = s.groupby([W.report_period(d.date())[1] for d in s.index])
        return pd.Series({g.index[-1]: float(g.sum()) for _, g in groups}, dtype="float64").sort_index()
    if fig.agg == "sum" and fig.calendar == "month_of_year":  # "11月として過去最大": the same month of each year
        return s[[p.month == fig.end.month for p in s.index]]
    if fig.agg == "sum" and fig.calendar.endswith(SAME_HALF_SUFFIX):  # "上半期としては過去最大": the same half of each year
        sums = calendar_sums(s, fig.calendar.removesuffix(SAME_HALF_SUFFIX))
        return sums[[p.month == fig.end.month for p in sums.index]]
    if fig.agg == "sum" and fig.calendar:
        return calendar_sums(s, fig.calendar)
    if fig.agg == "sum" and fig.n > 1:
        return s.rolling(fig.n).sum().dropna()
    if fig.agg in ("change", "pct"):
        n = max(1, fig.n)
        ch = ctx.data.changes(fig.series, n) if "+" not in fig.series else (s - s.shift(n)).dropna()
        if ch is None:  # like for like across TIC's series breaks (DataSource.changes)
            return s.iloc[:0]
        if fig.agg == "pct":
            ch = 100 * ch / s.shift(n).reindex(ch.index)
        if fig.calendar == "year":  # "2016年 ... 過去最大の保有額減少": a calendar year's change among the years'
            ch = ch[[p.month == 12 for p in ch.index]]
        return ch.dropna()
    return s


def calendar_sums(s, unit: str):
    """Sums over complete calendar years, Japanese fiscal years, quarters or halves (calendar: January-June, July-
    December; fiscal: April-September, October-March), labelled by their last month."""
    import pandas as pd

    shift = 3 if unit in ("fiscal_year", "fiscal_half") else 0  # fiscal years run April to March
    # one integer a group: a list of (year, quarter) tuples would be read by groupby as several keys
    if unit == "quarter":
        keys = [p.year * 4 + p.quarter for p in s.index]
    elif unit in ("half", "fiscal_half"):
        keys = [(p - shift).year * 2 + ((p - shift).month - 1) // 6 for p in s.index]
    else:
        keys = [(p - shift).year for p in s.index]
    size = {"quarter": 3, "half": 6, "fiscal_half": 6}.get(unit, 12)
    out = {}
    for _, grp in s.groupby(keys):
        if len(grp) == size:
            out[grp.index[-1]] = float(grp.sum())
    return pd.Series(out, dtype="float64").sort_index()


def _direction(q: Qualifier, fig: Figure, c: Claim) -> int:
    if fig.series == FX_ID and q.word in ("weakest", "strongest") and re.search(r"\byen\b", c.text):
        return 1 if q.word == "weakest" else -1  # the weakest yen is the highest USD/JPY
    if fig.series == FX_ID and YEN_BEFORE.search(c.sentence.text[max(0, c.span[0] - 50):c.span[0]]):
        return 1 if q.extreme == "min" else -1  # "the yen hit a 14-month high": the lowest USD/JPY in 14 months
    if q.magnitude and fig.agg in ("sum", "change", "pct"):
        return -1 if fig.value < 0 else 1  # the largest sale is the most negative net purchase
    if q.extreme == "max" and fig.agg == "sum" and fig.value < 0 and fig.series.startswith("boj.bop.bpbp"):
        from ustflow.check.bop_items import deficit_named

        if deficit_named(c):
            return -1  # "the trade deficit hit a record high": the largest deficit, the lowest balance
    if fig.agg == "sum" and q.extreme == "max" and fig.value < 0 and c.host is not None and (c.host.direction or 0) < 0:
        return -1  # "offloaded a net ¥1.9 trillion, an all-time high": the high of what it describes, the sale
    return -1 if q.extreme == "min" else 1


def _base(fig: Figure, **kw) -> dict:
    out = {"series": fig.series, "official_value": fig.value, "official_unit": fig.unit, "period": figure_label(fig)}
    out.update(kw)
    return out


def figure_label(fig: Figure) -> str:
    if fig.calendar == "year":
        return str(fig.end.year)
    if fig.calendar == "fiscal_year":
        return f"FY{(fig.end - 3).year} ({W.label(fig.end - 11)}..{W.label(fig.end)})"
    return W.label(fig.end)


def _word(q: Qualifier, fig: Figure, d: int) -> str:
    if fig.agg == "sum" and fig.series.startswith("boj.bop.bpbp"):  # a balance of payments item
        if d * fig.value < 0:  # "1985年以降で最少" of a surplus: its smallest
            return "smallest surplus" if d < 0 else "smallest deficit"
        return "largest surplus" if d > 0 else "largest deficit"
    if (q.magnitude or (q.extreme == "max" and d < 0)) and fig.agg == "sum":
        return "largest net purchase" if d > 0 else "largest net sale"
    if q.magnitude and fig.agg in ("change", "pct"):
        return "largest rise" if d > 0 else "largest fall"
    return "highest" if d > 0 else "lowest"


#: a peak told as the verb with its month: "peaking in November", "Its total holdings peaked at $1.27 trillion in June"
_PEAKED = re.compile(r"\bpeak(?:ed|ing|s)\b", re.I)
_TURN_MONTHS = 6


def _turning_point(c: Claim, known, end_p, value: float, d: int, pub) -> str:
    """"In July last year, Saudi Arabia began to boost its holdings once again, peaking in November": a month of the
    story's last year where the holdings peaked, told with the verb and the month, is the turning point of its run:
    the highest of the ``_TURN_MONTHS`` months either side (of those known on the article's date), not of all the
    data. The span's words when it is that, else "". Not "the peak of $1.3 trillion in January 2013" (a noun: the peak
    of all), nor a year alone ("peaking at more than $1.3 trillion in 2011"), nor a month years before the story (the
    peak of all, as history tells it)."""
    import pandas as pd

    p = c.period
    if not isinstance(end_p, pd.Period) or not end_p.freqstr.startswith("M") or p is None or p.kind != "month" or \
            pub is None or end_p < pd.Period(pub, "M") - 13 or \
            p.is_latest or c.qualifier is None or not _PEAKED.search(c.qualifier.phrase or ""):
        return ""
    around = known[(known.index >= end_p - _TURN_MONTHS) & (known.index <= end_p + _TURN_MONTHS)]
    after = around[around.index > end_p]
    if after.empty or (around * d > d * value + 1e-9).any():
        return ""
    return f"the {len(around)} months {W.label(around.index[0])} to {W.label(around.index[-1])}"


def extreme(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    q = c.qualifier
    hist = history(ctx, fig)
    if hist.empty or fig.end not in hist.index:
        return unverifiable(f"no history of {fig.series} to compare the figure with")
    d = _direction(q, fig, c)
    fig = extreme_day(c, fig, hist, d) or fig  # a high said of a week or month of a daily series: its highest day
    end_p, value = fig.end, float(hist[fig.end])
    first = hist.index[0]
    word = _word(q, fig, d)
    if q.peak:  # the peak among the data published by the article's date
        return _peak(c, fig, hist, d, value, word, ctx)
    why = INCOMPLETE_HISTORY.get(fig.series, "")
    if why and q.since is None and q.lookback is None:
        return unverifiable(f"'{q.phrase}': {why}; a record over all time cannot be checked on it", **_base(fig))
    if q.since_grain == "unknown":
        return unverifiable(f"'{q.phrase}': the point it counts from could not be dated", **_base(fig))
    if q.kind == "top" or q.n > 1:
        return _ranked(q, hist, fig, value, d, word)
    before = hist[hist.index < end_p]
    after_ref = L.after_reference(hist, q, end_p)
    beaten = after_ref[after_ref * d > d * value + 1e-9]
    met = before[before * d >= d * value - 1e-9]
    if q.since is None and q.lookback is not None and q.lookback[2] != "exact":
        # "held at a more than decade low of $14.9 billion" (May 14.9 too): a level flat at the low since it reached it
        # counts its look-back from there, not from the month before
        flat = len(before)
        while flat and abs(float(before.iloc[flat - 1]) - value) <= 1e-9:
            flat -= 1
        met = met[met.index < before.index[flat]] if flat < len(before) else met
    last = met.index[-1] if not met.empty else None
    scope = L.named(q)
    head = f"{C.fmt_num(value)} {fig.unit} in {W.label(end_p)}"
    last_txt = (f"last {'at or above' if d > 0 else 'at or below'} it in {W.label(last)} ({C.fmt_num(float(met.iloc[-1]))})"
                if last is not None else f"never {'above' if d > 0 else 'below'} it before in the data")
    close = _close_call(fig, hist, beaten, d, value) or _since_inside(q, fig, beaten)
    if close:
        return unverifiable(f"'{q.phrase}': {close}", **_base(fig, official_value=value))
    if not beaten.empty:
        at = (beaten * d).idxmax() if q.since is None and q.lookback is None else beaten.index[-1]
        # the rank it does have in the window the claim names, and the last period that beat it
        return Judgement(CONTRADICTED, f"not the {word} {scope}: {C.fmt_num(float(beaten[at]))} in "
                                       f"{W.label(at)} {'beats' if d > 0 else 'is below'} {head} (rank "
                                       f"{len(beaten) + 1} of the {len(after_ref) + 1} periods "
                                       f"{W.label(after_ref.index[0])} to {W.label(end_p)})",
                         **_base(fig, official_value=value))
    if q.since is None and q.lookback is None and fig.series.startswith("boj.bop.bpbp") and fig.agg == "change" and \
            len(fig.periods) == 1 and end_p.year < BPM6_FIRST_RELEASE:
        return unverifiable(f"'{q.phrase}': {head} is the {word} in the data (from {W.label(first)}), but MoF's release of "
                            f"the time ranked a month's change from 1985 on its former manual (BPM5), which the store "
                            f"does not hold", **_base(fig, official_value=value))
    if q.since is None and q.lookback is None:  # "a record", "on record", "ever"
        prev = before[(before * d) == (before * d).max()] if not before.empty else before
        prev_txt = f"; previous record {C.fmt_num(float(prev.iloc[-1]))} in {W.label(prev.index[-1])}" if not prev.empty else ""
        start = _BOP_START if fig.series.startswith("boj.bop.bpbp") else f"data begin {W.label(first)}"
        return Judgement(SUPPORTED, f"{head} is the {word} on record ({start}){prev_txt}",
                         **_base(fig, official_value=value))
    reach = L.reach(q, last, end_p, first)
    expl = f"{head}: the {word} {scope}? {last_txt} (data begin {W.label(first)})"
    if reach is None:
        return Judgement(UNVERIFIABLE, expl + f"; the store holds no data before {W.label(first)}, so the claim cannot be "
                                              f"checked that far back", **_base(fig, official_value=value))
    if reach:
        return Judgement(SUPPORTED, expl.replace("?", ":", 1), **_base(fig, official_value=value))
    if last is None and q.lookback is not None and q.since is None and fig.agg == "level":
        # "a one-year high" that is a record: true, only said modestly (a level: a record change read for "the lowest
        # level in two years" is the checker's reading of the host, not the article's)
        return Judgement(SUPPORTED, f"{head} is the {word} {scope}, and more: a record, the {word} in all the data "
                                    f"(from {W.label(first)})", flags=["understated"], **_base(fig, official_value=value))
    if last is None and _SINCE_DATA_BEGAN.search(q.phrase):
        return Judgement(SUPPORTED, f"{head} is the {word} in all the data (from {W.label(first)}): a record since the "
                                    f"statistics began", **_base(fig, official_value=value))
    if last is None:
        hole = _break_within(hist, q, end_p) if not re.search(r"\blevels?\b|水準", q.phrase, re.I) else None
        if hole is not None:  # "plunged by the most in two years" when a TIC break two years back has no like-for-like
            return unverifiable(f"'{q.phrase}': {head} is the {word} in the like-for-like data (from {W.label(first)}), "
                                f"but the series has a break at {W.label(hole)} with no like-for-like value: a larger "
                                f"move there may be the one the claim counts from", **_base(fig, official_value=value))
        return Judgement(CONTRADICTED, f"{head} is a record: the {word} in all the data (from {W.label(first)}), not "
                                       f"only {scope}", **_base(fig, official_value=value))
    close = _close_tie(q, fig, hist, before, d, value)
    if close:
        return unverifiable(f"'{q.phrase}': {close}", **_base(fig, official_value=value))
    return Judgement(CONTRADICTED, expl.replace("?", ": no,", 1) + f" — not {scope}", **_base(fig, official_value=value))


def _peak(c: Claim, fig: Figure, hist, d: int, value: float, word: str, ctx: Context) -> Judgement:
    """A peak ("the peak", "their highest"): the highest among the data published by the article's date, or the peak
    of the run in which the holdings turned."""
    end_p, first = fig.end, hist.index[0]
    known = hist
    if ctx.date is not None:
        last = W.published_latest(hist, fig.series, ctx.date)
        if last:
            known = hist[hist.index <= max(last[0], end_p)]
    others = known[known.index != end_p]
    beats = others[others * d > d * value + 1e-9]
    ok = beats.empty
    expl = (f"{C.fmt_num(value)} {fig.unit} in {W.label(end_p)} is the {word} of all the data ({W.label(first)} "
            f"to {W.label(hist.index[-1])})") if ok else \
        f"not the peak: {C.fmt_num(float(beats.iloc[0]))} in {W.label(beats.index[0])} is higher"
    turn = None if ok else _turning_point(c, known, end_p, value, d, ctx.date)
    if turn:
        return Judgement(SUPPORTED, f"{C.fmt_num(value)} {fig.unit} in {W.label(end_p)} is the {word} of {turn}, "
                                    f"where the holdings turned (a peak of that run, not of all the data: "
                                    f"{C.fmt_num(float(beats.iloc[0]))} in {W.label(beats.index[0])} is higher)",
                         **_base(fig, official_value=value))
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, **_base(fig, official_value=value))


def _break_within(hist, q: Qualifier, end_p):
    """The first period missing from ``hist`` (a series break with no like-for-like value) after the start of the
    window a qualifier names (its "since" or look-back, one period before it included); None if none."""
    try:
        start = q.since if q.since is not None else L.back(L.period_end(end_p), q.lookback) if q.lookback else None
    except KeyError:  # a look-back in a unit ``back`` does not step
        return None
    if start is None:
        return None
    seen = hist[[L.period_end(p) >= start for p in hist.index]]
    lo = seen.index[0] if not seen.empty else end_p
    prior = hist[hist.index < lo]
    return _gap_between(hist, prior.index[-1] if not prior.empty else lo, end_p)


def _close_tie(q: Qualifier, fig: Figure, hist, before, d: int, value: float) -> str:
    """Why a "highest since 2008" of a daily market level is unverifiable when the closes that stop it reaching 2008
    only match or nearly match the day's close (a tie in March at 1.588%): within a day's usual intraday range
    (``CLOSE_CALL``), the day's intraday high may have passed them; "" when a close beyond that range stops it too."""
    room = _room(fig, hist, value)
    if room is None:
        return ""
    met = before[before * d >= d * value - 1e-9]
    strict = before[before * d > d * value + room + 1e-9]
    last = strict.index[-1] if not strict.empty else None
    if not L.reach(q, last, fig.end, hist.index[0]):
        return ""
    near = met[met.index > last] if last is not None else met
    width = f"{room:.2f} yen" if fig.series == FX_ID else f"{round(room * 100)} bp"
    return (f"the closes matching or passing {C.fmt_num(value)} on {W.label(fig.end)} since "
            f"{W.label(last) if last is not None else 'the data began'} ({len(near)}, the latest "
            f"{C.fmt_num(float(near.iloc[-1]))} on {W.label(near.index[-1])}) are within a day's usual intraday range "
            f"({width}) of it: the daily closes cannot tell whether the day's intraday extreme passed them")


def _room(fig: Figure, hist, value: float) -> float | None:
    """A day's usual intraday range for a daily market level (USD/JPY, a yield), None for other series."""
    import pandas as pd

    if fig.agg != "level" or isinstance(hist.index, pd.PeriodIndex):
        return None
    if fig.series == FX_ID:
        return CLOSE_CALL["fx"] * abs(value)
    return CLOSE_CALL["yield"] if fig.unit == "percent" else None


def _since_inside(q: Qualifier, fig: Figure, beaten) -> str:
    """Why a move over several periods that only moves starting from the month "since" names (or before) beat is
    unverifiable ("$58.9 billion in May and June, the biggest two month increase since June 2013" when June-August
    2013's rise, from June 2013's level, is larger: "since June 2013" may count it or not); "" otherwise."""
    if beaten.empty or q.since is None or fig.agg not in ("change", "pct") or fig.n < 2:
        return ""
    ref_end = L.grain_end(q.since, q.since_grain)
    if any(L.period_start(p - fig.n) > ref_end for p in beaten.index):
        return ""
    at = beaten.index[-1]
    return (f"the only larger moves ({C.fmt_num(float(beaten[at]))} in {W.label(at - fig.n)} to {W.label(at)}) start "
            f"from the level the words count from or before it, which 'since' may or may not include")


def _close_call(fig: Figure, hist, beaten, d: int, value: float) -> str:
    """Why a high or low of a daily market level that closes beat by less than a day's usual intraday range is
    unverifiable ("the yen hit a 14-month high" when a fixing three days earlier was 0.1% stronger: the day's intraday
    high may well have passed it); "" when nothing beat it, or by more, or the series is no daily market series."""
    import pandas as pd

    if beaten.empty or fig.agg != "level" or isinstance(hist.index, pd.PeriodIndex):
        return ""
    fx = fig.series == FX_ID
    if not fx and fig.unit != "percent":
        return ""
    room = CLOSE_CALL["fx"] * abs(value) if fx else CLOSE_CALL["yield"]
    at = (beaten * d).idxmax()
    if float(beaten[at]) * d - value * d > room + 1e-9:  # within: "3 bp" includes 3 bp
        return ""
    width = f"{room:.2f} yen" if fx else f"{round(room * 100)} bp"
    return (f"{float(beaten[at]):.2f} on {W.label(at)} is {'above' if d > 0 else 'below'} {value:.2f} on "
            f"{W.label(fig.end)}, but by less than a day's usual intraday range ({width}): the daily closes cannot "
            f"separate an intraday extreme this close")


def _ranked(q: Qualifier, hist, fig: Figure, value: float, d: int, word: str) -> Judgement:
    """'one of the largest since 2005', 'the second-largest on record': the rank in the window."""
    end_p = fig.end
    window = hist[hist.index <= end_p]
    if q.since is not None:
        window = window.loc[[p for p in window.index if L.period_end(p) >= q.since]]
    elif q.lookback is not None:
        lo = L.back(L.period_end(end_p), q.lookback)
        window = window.loc[[p for p in window.index if L.period_end(p) > lo]]
    others = window[window.index != end_p]
    beats = int((others * d > d * value + 1e-9).sum())
    ties = int(((others * d - d * value).abs() <= 1e-9).sum())
    rank = beats + 1
    info = (f"{C.fmt_num(value)} {fig.unit} in {W.label(end_p)}: rank {rank} of {len(window)} {L.named(q)} by {word} "
            f"(data begin {W.label(hist.index[0])})")
    if q.kind == "top":
        limit = max(TOP_N, len(window) // 100)
        ok = rank <= limit
        expl = (f"one of the {word}s {L.named(q)}: " if ok else f"not among the {limit} {word}s {L.named(q)}: ") + info
    else:
        ok = rank <= q.n <= rank + ties
        expl = info if ok else f"not the {ordinal(q.n)} {word} {L.named(q)}: {info}"
        holes = [] if fig.calendar else [x + 1 for x, y in zip(window.index, window.index[1:])
                                         if not adjacent_periods(x, y)]  # spans' sums are a span apart
        if not ok and holes and rank < q.n <= rank + len(holes):
            # "the third-ever largest monthly reduction" when a series break (no like-for-like change) may hold one
            return unverifiable(f"'{q.phrase}': {info}; but the series has a break at {', '.join(W.label(h) for h in holes)} "
                                f"with no like-for-like value, and a move there, counted, could make it rank {q.n}",
                                **_base(fig, official_value=value))
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, **_base(fig, official_value=value))


def sign_series(ctx: Context, fig: Figure):
    """What a streak counts: flows by their sign; levels and changes by the one-period change."""
    if fig.agg == "sum" and fig.n == 1:
        return history(ctx, fig)
    if fig.agg in ("level", "change", "pct"):
        return history(ctx, Figure(fig.series, fig.periods[-1:], 0.0, fig.unit, "change", n=1))
    return history(ctx, Figure(fig.series, fig.periods[-1:], fig.value, fig.unit, "sum", n=1))


def adjacent_periods(a, b) -> bool:
    """Whether period ``a`` directly precedes ``b`` (always true for daily dates: markets skip holidays)."""
    try:
        return (b - a).n == 1
    except AttributeError:
        return True


def _gap_between(hist, a, b):
    """The first period missing from ``hist`` strictly between ``a`` and ``b`` (None if none or not periods)."""
    seg = hist[(hist.index >= a) & (hist.index <= b)].index
    for x, y in zip(seg, seg[1:]):
        if not adjacent_periods(x, y):
            return x + 1
    return None


def first_since(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """The condition holds at the figure's period and last held where the qualifier says; for a figure summed over
    several periods (an intervention over days of operations) at the spell's first period (``_spell_start``)."""
    q = c.qualifier
    got = condition(c, fig, ctx)
    if isinstance(got, Judgement):
        return got
    hist, cond, what = got
    end_p = _spell_start(fig, hist, cond)
    if end_p not in hist.index:
        return unverifiable("the figure's period is not in the history", series=fig.series)
    now = cond(hist[end_p])
    before = hist[hist.index < end_p]
    held = before[[bool(cond(v)) for v in before]]
    last = held.index[-1] if not held.empty else None
    after_ref = L.after_reference(hist, q, end_p)
    inside = after_ref[[bool(cond(v)) for v in after_ref]]
    base = {"series": fig.series, "official_value": fig.value, "official_unit": fig.unit, "period": W.label(end_p)}
    if not now:
        return Judgement(CONTRADICTED, f"{what} does not hold in {W.label(end_p)}", **base)
    if not inside.empty:
        return Judgement(CONTRADICTED, f"not the first time {L.named(q)}: {what} also in {W.label(inside.index[-1])}",
                         **base)
    last_txt = f"before that last in {W.label(last)}" if last is not None else "never before in the data"
    hole = _gap_between(hist, last if last is not None else hist.index[0], end_p)
    if hole is not None:
        return unverifiable(f"{what} in {W.label(end_p)}; {last_txt}, but the series has a break at {W.label(hole)} "
                            f"with no like-for-like value, so the last time cannot be told", **base)
    reach = L.reach(q, last, end_p, hist.index[0], place=c.host is not None and c.host.kind == "rank")
    expl = f"{what} in {W.label(end_p)}, the first time {L.named(q)}: {last_txt}"
    if reach is None:
        return Judgement(UNVERIFIABLE, expl + f"; the data begin {W.label(hist.index[0])}", **base)
    if not reach and last is None:
        expl += f" (data begin {W.label(hist.index[0])}): the first time in all the data, not only {L.named(q)}"
    return Judgement(SUPPORTED if reach else CONTRADICTED, expl if reach else expl + f" — not {L.named(q)}", **base)


def _spell_start(fig: Figure, hist, cond: Callable):
    """Where a "first since" of a figure summed over several periods is judged: "its first intervention since
    October 2022" of the operations from April 29 to May 1 is said of the spell, which began on April 29 (judged at
    May 1, April 29 would be a time since). The first of the figure's periods at which the condition holds, when the
    condition is read period by period; otherwise (or if it holds at none of them) the figure's own period."""
    if fig.agg != "sum" or len(fig.periods) < 2 or not all(p in hist.index for p in fig.periods):
        return fig.end
    held = [p for p in fig.periods if cond(hist[p])]
    return held[0] if held else fig.end


def condition(c: Claim, fig: Figure, ctx: Context) -> tuple["pd.Series", Callable, str] | Judgement:
    """The history and the condition a 'first time since' claim is about, with its wording."""
    host = c.host
    if host is not None and host.kind == "rank" and fig.series.startswith("tic.holdings."):
        slug = fig.series.removeprefix("tic.holdings.")
        ranks = holder_ranks(ctx.data)
        if slug not in ranks.columns:
            return unverifiable("no ranking history for that holder")
        n = host.rank or 1
        if host.negated:  # "the first time since May 2017 that China is not the largest holder"
            return ranks[slug].dropna(), (lambda v: v != n), f"not rank {n} among foreign holders"
        return ranks[slug].dropna(), (lambda v: v == n), f"rank {n} among foreign holders"
    if host is not None and host.amount is not None and host.amount.qualifier in ("below", "above", "at_least") and \
            fig.agg == "level":  # (at least: "9年ぶりに20兆円台に回復", back in the 20 trillions)
        x = host.amount.value / {"USD bn": 1e9, "USD mn": 1e6, "JPY 100mn": 1e8, "JPY bn": 1e9}.get(fig.unit, 1.0)
        side = host.amount.qualifier
        return history(ctx, fig), (lambda v: v < x if side == "below" else v >= x if side == "at_least" else v > x), \
            f"a level {'below' if side == 'below' else 'at or above' if side == 'at_least' else 'above'} {x:g}"
    ahead = _overtaking(c, fig, ctx)
    if ahead is not None:
        return ahead
    if c.qualifier.kind == "last_since":  # "Japan last topped China in 2008" with no two holders read: no rise or fall
        return unverifiable("the last time one holder was ahead of another, which this sentence does not name as two "
                            "holders of the store", series=fig.series)
    if not (c.qualifier.direction or c.direction) and _PLACE_WORDS.search(c.sentence.text):
        # "It's the first time Japan has held that title since May 2017", "reclaimed the No. 1 position for the first
        # time since": a place held, whose rank this sentence does not give; a rise (or fall) would be a guess
        return unverifiable("the first time is said of a place among holders that this sentence does not name as a "
                            "rank; not read as the first rise or fall", series=fig.series)
    sig = sign_series(ctx, fig)
    d = c.qualifier.direction or c.direction or (1 if sig.get(fig.end, 0) > 0 else -1)
    word = ("a net purchase" if d > 0 else "a net sale") if fig.agg == "sum" else ("a rise" if d > 0 else "a fall")
    return sig, (lambda v: v * d > 0), word


#: a place among holders, held or taken ("held that title", "the top spot", "the No. 1 position", "the crown")
_PLACE_WORDS = re.compile(r"\b(?:position|spot|title|crown|mantle|No\.\s?1|number[- ]one|top holder|"
                          r"(?:largest|biggest) (?:foreign )?(?:holder|creditor|owner))\b", re.I)


_OVERTAKE = re.compile(r"\b(?:overt(?:ook|aken|aking|akes)|surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?|top(?:ped|ping|s)|"
                       r"outstrip(?:ped|ping|s)?|pass(?:ed|ing)|(?:moved|climbed|rose) above|been (?:higher|larger|bigger) than|"
                       r"(?:fell|dropped|slipped) "
                       r"(?P<below>below|behind))\b", re.I)


def _overtaking(c: Claim, fig: Figure, ctx: Context):
    """"Japan's holdings surpassed China's in June for the first time in two years": the condition is being
    ahead of (or behind) the other holder named, not a rise."""
    from ustflow.check.rulekit import country_name
    from ustflow.check.subjects import find_subjects

    m = _OVERTAKE.search(c.sentence.text)
    if m is None or not fig.series.startswith("tic.holdings."):
        return None
    slug = fig.series.removeprefix("tic.holdings.")
    before = [x.slug for x in find_subjects(c.sentence.text[:m.start()]) if x.kind in ("country", "japan")]
    if c.qualifier is not None and c.qualifier.kind == "last_since" and before:
        slug = before[-1]  # "Japan last topped China in 2008" after a sentence on China's figure: Japan's lead
    after = [x.slug for x in find_subjects(c.sentence.text[m.end():]) if x.kind in ("country", "japan")]
    if before and slug not in before and slug in after and before[-1] != slug:
        # "the first time UK holdings have been higher than China's since October 2000" read on China's figure: the
        # holder before the verb is the one ahead (behind), the figure's the one it is compared with
        slug, after = before[-1], [fig.series.removeprefix("tic.holdings.")]
    others = [x for x in after if x != slug]
    h = ctx.data.holdings()
    if not others or slug not in h.columns or others[0] not in h.columns:
        return None
    gap = (h[slug] - h[others[0]]).dropna()
    behind = bool(m.group("below"))
    word = f"{country_name(slug)}'s holdings {'below' if behind else 'above'} {country_name(others[0])}'s"
    return gap, (lambda v: v < 0) if behind else (lambda v: v > 0), word


def ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth", 10: "tenth"}.get(n, f"{n}th")
