"""Runs counted on another footing than the figure's own periods (the ``streak`` qualifier, before
``streaks.streak``):

- a run of **years** said of a monthly stock ("日本の保有残高も2年連続で減少した", "Japan's holdings fell for a third
  straight year", in a story about December's data): the run of calendar-year changes, each the sum of the year's
  like-for-like monthly changes (December to December), not of monthly falls (``year_streak``);
- a run of periods **beyond a line** named right after the streak or right before it ("11カ月連続で1兆ドルを下回った",
  "below $1 trillion for the 11th straight month") when the line is not the streak's host figure (``runs.state_streak``
  takes that case): the periods whose level stayed on that side of the line (``line_streak``). A count that differs
  only because a level at the run's edge lies within the series' usual revisions of the line is unverifiable (the
  first print may have been on the other side).

Each returns None when its case does not apply.
"""

from __future__ import annotations

import re

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.history import history, sign_series
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context


def _monthly(p) -> bool:
    return getattr(getattr(p, "freq", None), "freqstr", "") in ("M", "ME")


def year_streak(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """A run of calendar years of rises (falls) of a monthly stock, said of December's figure. None when the run is
    no run of years, or the figure is no monthly level or change (a flow summed over a calendar year is already
    counted by years: ``history``), or a balance-of-payments item (its own spans)."""
    import pandas as pd

    q = c.qualifier
    if q.grain != "year" or fig.agg not in ("level", "change", "pct") or fig.series.startswith("boj.") or \
            not _monthly(fig.end):
        return None
    if fig.end.month != 12:
        return unverifiable(f"'{q.phrase}' counts years, but the figure is of {W.label(fig.end)}: which months each "
                            f"year's change compares is not said", series=fig.series, period=W.label(fig.end))
    sig = sign_series(ctx, fig)
    sig = sig[sig.index <= fig.end]
    years: dict = {}
    for p, v in sig.items():
        years.setdefault(p.year, []).append(float(v))
    annual = pd.Series({y: sum(v) for y, v in years.items() if len(v) == 12}, dtype="float64")
    d = q.direction or c.direction or (1 if annual.get(fig.end.year, 0.0) > 0 else -1)
    k, y = 0, fig.end.year
    while y in annual.index and annual[y] * d > 0:
        k, y = k + 1, y - 1
    word = "rises" if d > 0 else "falls"
    base = dict(series=fig.series, period=str(fig.end.year), official_unit="consecutive years")
    if y not in annual.index:  # a year with a series break (no like-for-like month) or before the data
        return unverifiable(f"{k} straight calendar year(s) of {word} to {fig.end.year}, back to {y}, whose change the "
                            f"store cannot compute like for like (a series break, or before the data): the run may be "
                            f"longer", **base)
    expl = (f"{k} straight calendar year(s) of {word} to {fig.end.year} (December to December; {y}: "
            f"{C.fmt_num(float(annual[y]))} {fig.unit})")
    ok = k == q.n or (q.word == "at least" and k >= q.n)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {q.n}: " + expl,
                     official_value=float(k), **base)


_SPAN_GRAIN = {"year": "year", "fiscal_year": "year", "half": "half", "fiscal_half": "half", "quarter": "quarter"}


def span_flow_streak(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """A run of years said of a flow summed over a calendar or fiscal year ("2025年に日本株を7兆8498億円買い越し、3年連続
    の買い越し"): the run of those spans' sums, not of the months (the last month's sign is no year's). A run of years
    said of a flow over a span that is no whole year is not judged. None when the run is not of years, or the figure
    is no flow summed over several periods, or a balance-of-payments item (``streaks.streak``: its own reason)."""
    from ustflow.check.history import history

    q = c.qualifier
    if q.grain != "year" or fig.agg != "sum" or fig.n <= 1 or fig.series.startswith("boj.") or \
            fig.calendar in ("mof_report", "month_of_year"):
        return None
    if _SPAN_GRAIN.get(fig.calendar) != "year":
        return unverifiable(f"'{q.phrase}' counts years, but the figure is a sum over {W.label(fig.periods[0])} to "
                            f"{W.label(fig.end)}, no whole calendar or fiscal year", series=fig.series)
    sums = history(ctx, fig)
    sums = sums[sums.index <= fig.end]
    if fig.end not in sums.index:
        return None
    d = q.direction or c.direction or (1 if sums[fig.end] > 0 else -1)
    k = 0
    for v in reversed(sums.to_numpy()):
        if v * d <= 0:
            break
        k += 1
    word = ("net purchases" if d > 0 else "net sales")
    unit = "calendar" if fig.calendar == "year" else "fiscal"
    base = dict(series=fig.series, period=W.label(fig.end), official_unit="consecutive years")
    if k == len(sums):  # the run reaches the first complete year the store holds
        return unverifiable(f"{k} straight {unit} year(s) of {word} to {fig.end.year}, back to the start of the data: "
                            f"the run may be longer", **base)
    expl = f"{k} straight {unit} year(s) of {word} to {W.label(fig.end)} (each year's sum of the months)"
    ok = k == q.n or (q.word == "at least" and k >= q.n)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {q.n}: " + expl,
                     official_value=float(k), **base)


_UNIT_SCALE = {"USD bn": (1e9, "USD"), "USD mn": (1e6, "USD"), "JPY 100mn": (1e8, "JPY")}
#: what may stand between a streak and the line right after it: "11カ月連続で1兆ドルを下回った", "3カ月連続して…"
_JA_BETWEEN = re.compile(r"\s*(?:で|して|、)?\s*$")
#: what may stand between a line and the streak after it: "below $1 trillion for the 11th straight month",
#: "under $1 trillion for 11 consecutive months"
_EN_BETWEEN = re.compile(r"\s*(?:for|in)\s+(?:a|an|the|its|their)?\s*$", re.I)


def _line(c: Claim, fig: Figure):
    """The amount on one side of which the run stays, in the figure's unit, with its side; None when none is named
    next to the streak."""
    from ustflow.check.numbers import find_amounts

    if fig.unit not in _UNIT_SCALE:
        return None
    scale, cur = _UNIT_SCALE[fig.unit]
    s = c.sentence.text
    for a in find_amounts(s):
        if a.kind != "money" or a.currency != cur or a.qualifier not in ("below", "above", "at_least"):
            continue
        if (a.span[0] >= c.span[1] and _JA_BETWEEN.match(s[c.span[1]:a.span[0]])) or \
                (a.span[1] <= c.span[0] and _EN_BETWEEN.match(s[a.span[1]:c.span[0]])):
            return a.in_units(scale), a.qualifier, a.text
    return None


def line_streak(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """Periods in a row whose level stayed below (above) the line named next to the streak."""
    q = c.qualifier
    if fig.agg not in ("level", "change") or not q.n or (c.host is not None and c.host.amount is not None and
                                                          c.host.amount.qualifier in ("above", "below")):
        return None
    got = _line(c, fig)
    if got is None:
        return None
    thr, side, text = got
    hist = history(ctx, Figure(fig.series, fig.periods[-1:], 0.0, fig.unit, "level"))
    hist = hist[hist.index <= fig.end]
    if fig.end not in hist.index:
        return unverifiable("the figure's period is not in the history", series=fig.series)

    def meets(v: float) -> bool:
        return v < thr if side == "below" else v > thr if side == "above" else v >= thr

    vals = hist.tolist()
    k = 0
    while k < len(vals) and meets(vals[len(vals) - 1 - k]):
        k += 1
    where = "below" if side == "below" else "above"
    expl = f"{k} straight period(s) {where} {C.fmt_num(thr)} {fig.unit} ('{text}') to {W.label(fig.end)}"
    base = dict(series=fig.series, period=W.label(fig.end), official_unit="consecutive periods")
    if k == len(vals):
        return unverifiable(expl + ": since the data begin, so the run may be longer", **base)
    expl += f" ({C.fmt_num(vals[-1 - k])} in {W.label(hist.index[-1 - k])})"
    ok = k == q.n or (q.word == "at least" and k >= q.n)
    if ok:
        return Judgement(SUPPORTED, expl, official_value=float(k), **base)
    room = C.revision_room(fig.series) * thr
    edge = [vals[-1 - k]] + ([vals[-k]] if k else [])
    if room and any(abs(v - thr) <= room for v in edge):
        return unverifiable(f"not {q.n} on current data: {expl}; but a level at the run's edge is within the revisions "
                            f"of this series (±{C.fmt_num(room)} {fig.unit}) of the line: the first print may have "
                            f"counted {q.n}", flags=["possible_revision"], official_value=float(k), **base)
    return Judgement(CONTRADICTED, f"not {q.n}: " + expl, official_value=float(k), **base)
