"""Which rule judges which claim: one table per kind, so rule modules never import each other's callers.

``judge(claim, ctx)`` for a figure (by its measure), ``judge_qualifier(claim, figure, ctx)`` for a
qualifier (by its kind) on the figure its host resolved. The leaf rule modules (``holdings``,
``flows``, ``markets``, ``holders``, ``history``) import only ``results``, ``claims``,
``windows``, ``compare`` and ``rulekit``; only this module and ``pipeline`` know them all.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ustflow.check import (
    bop,
    bop_flow_runs,
    bop_halves,
    bop_judge,
    bop_lines,
    bop_move_records,
    bop_records,
    bop_words,
    custody,
    flows,
    history,
    holders,
    holdings,
    intervention_counts,
    interventions,
    item_runs,
    markets,
    part_shares,
    place_runs,
    run_starts,
    runs,
    starting_points,
    streak_spans,
    streaks,
    tic_lists,
    tic_prose,
)
from ustflow.check.bill_holdings import bills_line
from ustflow.check.buyer_places import BUYER_AS_HOLDER
from ustflow.check.claims import MARKET_PRICE, PERIOD_DIFFERENCE, RANK_OF_TRADES, RUNNING_TOTAL, Claim
from ustflow.check.compared_runs import compared_run
from ustflow.check.fx_moves import intraday_move, past_quote
from ustflow.check.price_records import index_move
from ustflow.check.results import SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context

Rule = Callable[[Claim, Context], Judgement]
QualifierRule = Callable[[Claim, Figure, Context], Judgement]


def _institution(c: Claim, ctx: Context) -> Judgement:
    return unverifiable(f"a claim about a single institution ({c.subject.text}): TIC and MoF publish only country "
                        f"and investor-type aggregates, never one firm's holdings or trades")


def _other(c: Claim, ctx: Context) -> Judgement:
    from ustflow.check.coverage import OUT_OF_SCOPE

    beyond = [n.removeprefix("beyond: ") for n in c.notes if n.startswith("beyond: ")]
    if beyond:  # coverage.beyond_data: securities the official tables do not break out
        return unverifiable(beyond[0])
    near = c.sentence.text[max(0, c.span[0] - 40):c.span[1] + 40]
    m = OUT_OF_SCOPE.search(near)
    what = f"'{m.group(0)}'" if m else "this figure"
    return unverifiable(f"no official series in the store covers {what} (the store holds TIC holdings and flows, MoF "
                        f"securities flows, yields, USD/JPY and interventions)")


RULES: dict[str, Rule] = {
    "other": _other,
    "holdings_level": holdings.holdings_level,
    "holdings_change": holdings.holdings_change,
    "holdings_pct": holdings.holdings_change,
    "holdings_peak": holdings.holdings_peak,
    "holdings_gap": holdings.holdings_gap,
    "holdings_move": holdings.holdings_move,
    "count": lambda c, ctx: unverifiable("a count on a basis the article does not state"),
    "flow": flows.flow,
    "flow_pct": flows.flow_pct,
    "tic_kind_flow": tic_lists.kind_flow,
    "tic_prose_flow": tic_prose.prose_flow,
    "bop": bop_judge.bop_level,
    "bop_pct": bop_judge.bop_pct,
    "bop_change": bop_judge.bop_change,
    "bop_word": bop_words.judge,
    "yield_level": lambda c, ctx: markets.beyond_history(c, ctx, "yield_level") or markets.market(c, ctx, "yield_level"),
    "fx_level": lambda c, ctx: intraday_move(c) or past_quote(c, markets.market(c, ctx, "fx_level"), ctx.date),
    "yield_change": markets.market_change,
    "fx_change": markets.fx_change,
    "fx_pct": markets.fx_pct,
    "intervention": interventions.intervention,
    "intervention_days": intervention_counts.intervention_days,
    "share": lambda c, ctx: part_shares.part_share(c, ctx) or holders.share(c, ctx),  # a part's share of its whole
    "holdings_ratio": holders.ratio,
    "rank": holders.holder_rank,
    "institution": _institution,
}

def _ordinal(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """"their eighth weekly net purchase", "for the second monthly rise": a count that does not say what it counts from
    (a streak, the year's purchases). When the run that ends at the figure's period is exactly that long, the streak
    reading holds (supported); otherwise the count may be of another span: unverifiable."""
    run = c if c.qualifier is None else replace(c, qualifier=replace(c.qualifier, kind="streak"))
    j = bop_records.streak(run, fig, ctx) if bop_records.is_bop(fig) else _streak(run, fig, ctx)
    if j.verdict == SUPPORTED:
        return replace(j, explanation=f"'{c.qualifier.phrase}' read as a run: {j.explanation}")
    return unverifiable(f"'{c.qualifier.phrase}' does not say what it counts from (a streak would say 'straight' or "
                        f"'in a row'; it may count the year's purchases)", series=fig.series)


def _streak(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """A run of rises or net purchases (``streaks.streak``), of months at the top when the words say so, of months
    beyond a level ("remained above $9 trillion for the eighth month": ``runs.state_streak``), or of a daily series'
    monthly (weekly) closes (``runs.daily_streak``), of calendar years of a monthly stock or of months beyond a line
    named beside the streak (``streak_spans``)."""
    return holders.rank_streak(c, fig, ctx) or runs.state_streak(c, fig, ctx, history.condition) or runs.daily_streak(c, fig, ctx) or \
        streak_spans.year_streak(c, fig, ctx) or streak_spans.span_flow_streak(c, fig, ctx) or \
        streak_spans.line_streak(c, fig, ctx) or run_starts.since_start_streak(c, fig, ctx) or streaks.streak(c, fig, ctx)


QUALIFIER_RULES: dict[str, QualifierRule] = {
    "ordinal": _ordinal,
    "extreme": lambda c, fig, ctx: runs.daily_extreme(c, fig, ctx) or history.extreme(c, fig, ctx),
    "top": history.extreme,
    "streak": _streak,
    "streak_end": streaks.streak_end,
    "streak_before": streaks.streak_before,
    "first_since": history.first_since,
    "count_in": streaks.count_in,
    "cross": holders.cross,
    "run_since": lambda c, fig, ctx: runs.run_since(c, fig, ctx, history.condition(c, fig, ctx)),
    "last_since": lambda c, fig, ctx: runs.last_since(c, fig, ctx, history.condition(c, fig, ctx)),
}


def _own_multiple(c: Claim) -> Judgement:
    if c.amount.number < 1:  # "7割程度にとどまった", "almost a third of the positive balance recorded last November"
        return unverifiable(f"'{c.amount.text}' is the figure as a fraction of another level (a period's or a peak's): "
                            f"a ratio of two levels, which the checker does not judge")
    return unverifiable(f"'{c.amount.text}' is the figure as a multiple of its own level of a period before: a ratio of "
                        f"two levels, which the checker does not judge (a small level, or a balance of the other side, "
                        f"the period before makes a multiple meaningless, and both periods' first prints are revised)")


def judge(c: Claim, ctx: Context) -> Judgement:
    if c.amount is not None and c.amount.kind == "ratio" and c.amount.multiplier and c.measure != "bop_pct":
        return _own_multiple(c)  # "前年同月の約6.4倍" (a BoP balance's "前年比5.5倍" is judged: ``bop_judge._bop_multiple``)
    if c.forecast:
        return unverifiable("a plan, forecast or possibility, not a figure official data report")
    if c.estimate:
        return unverifiable("a calculation or estimate attributed to someone, on a basis the article does not state; "
                            "not an official figure")
    if c.subject is not None and c.subject.kind == "institution" and c.measure not in (
            "yield_level", "fx_level", "yield_change", "intervention", "fx_change", "fx_pct"):
        return _institution(c, ctx)
    if c.kind == "rank" and RANK_OF_TRADES in c.notes:
        held = judge(replace(c, notes=[n for n in c.notes if n != RANK_OF_TRADES]), ctx) if BUYER_AS_HOLDER in c.notes else None
        if held is not None and held.verdict == SUPPORTED:  # "China, the top buyer, ...": its place among holders
            return held
        return unverifiable("a rank of buyers or sellers (net purchases compared across countries in one period), "
                            "which the checker does not rank; it ranks holders by their holdings")
    if RUNNING_TOTAL in c.notes and c.measure in ("flow", "intervention"):
        return unverifiable("a running total ('taking the total to …') from a start the sentence does not state")
    if PERIOD_DIFFERENCE in c.notes:
        return unverifiable("a difference between a period's trades and an earlier period's ('$X more ... than in "
                            "February'), which the checker does not compute")
    if c.undated:
        return unverifiable(f"the period ('{c.undated}') is named by an event or relative to one the checker could "
                            f"not date")
    if c.combined:
        if c.measure == "holdings_level" and c.amount is not None and c.amount.currency == "USD":
            return holdings.combined_level(c, ctx, c.combined)
        if c.measure == "share":
            return holders.share(c, ctx)
        return unverifiable("a combined change of several holders ('together', 'combined'): the checker judges "
                            "combined levels only")
    if (bills := bills_line(c)) is not None:  # "Foreign holdings of U.S. Treasury bills decreased $21.9 billion"
        return bills
    if c.measure in ("holdings_level", "holdings_change", "holdings_pct", "holdings_peak") and custody.is_custody(c, ctx):
        return custody.custody(c, ctx)  # "held in custody at the New York Fed": the Fed's weekly series, not TIC
    if (weekly := custody.weekly_trade(c)) is not None:  # "central banks sold $100 billion in the three weeks ended …"
        return custody.custody(weekly, ctx)
    if c.amount is not None and c.amount.kind in ("percent", "pp") and (index := index_move(c.sentence.text, c.span)):
        return unverifiable(f"a move of the {index}, a stock index the store does not hold")
    rule = RULES.get(c.measure)
    if rule is None:
        return unverifiable("no official series covers this kind of figure")
    return rule(c, ctx)


_GRAIN_MONTHS = {"quarter": 3, "half": 6, "year": 12}


def _grain_spans(c: Claim) -> bool:
    """Whether a run's grain is as long as the span named with it ("13 consecutive half-year periods" with "the first
    half of fiscal 2020"): a run ending at the span, not one within it."""
    months = _GRAIN_MONTHS.get(c.qualifier.grain or "")
    if months is None or not c.period.windows:
        return False
    a, b = c.period.windows[0][0], c.period.windows[-1][1]
    return (b.year - a.year) * 12 + b.month - a.month + 1 <= months


def judge_qualifier(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    if (other := compared_run(c)) is not None:  # "3年連続で貿易黒字を上回った": a run of one item beyond another
        return other
    if (place := place_runs.place_run(c, fig, ctx)) is not None:  # "3カ月連続で日本を下回っていた": a run of a place
        return place
    if c.undated and (c.host is None or c.host.undated):
        return unverifiable(f"the period is named by an event ('{c.undated}') the checker cannot date")
    if c.host is None and MARKET_PRICE in c.notes:
        return unverifiable(f"'{c.qualifier.phrase}' is a record of a market price (a stock index, share prices), "
                            f"which the store does not hold", series=fig.series)
    if c.host is None and c.qualifier.kind in ("streak", "streak_end") and c.period is not None and \
            c.period.kind in ("months", "weeks") and c.period_how == "stated" and not _grain_spans(c):
        # "日本は今年に入って3ヶ月連続で購入し", "bought for three straight weeks so far this year": a run somewhere
        # within a span, not one that ends at a figure's period
        return streaks.run_within(c, fig, ctx)
    if not bop_records.is_bop(fig) and c.qualifier.kind == "extreme" and bop_records.FOR_THE_MONTH.search(c.qualifier.phrase):
        return unverifiable(f"'{c.qualifier.phrase}' ranks a month among the same month of other years (or among "
                            f"holders that month), which the checker does for balance-of-payments items only",
                            series=fig.series)
    if c.qualifier.grain == "half" and not bop_records.is_bop(fig):
        return unverifiable(f"'{c.qualifier.phrase}' counts half-years (期), which the checker counts for "
                            f"balance-of-payments items only", series=fig.series)
    if bop_records.is_bop(fig):  # a record or run of a balance-of-payments item, as the release counts it
        if (other := bop_records.foreign_owner(c, fig)) is not None:
            return other
        # ("所得収支は5カ月連続増" referred back to the imports' percent change: the run of the item it names)
        fig = bop_records.as_released(c, bop_halves.named_half(c, item_runs.run_of_other_item(
            c, fig, ctx, bop_records.named_item(c)) or bop_records.on_named_item(c, fig, ctx), ctx))
        if (moved := bop_move_records.move_record(c, fig, ctx) or  # "最大の減少幅": a record of a change
                bop_move_records.smallest_deficit(c, fig, ctx)) is not None:  # "the deficit ... a record low"
            return moved
        if (odd := bop_records.span_change_record(c, fig) or bop_halves.other_span_record(c, fig)) is not None:
            return odd
        if c.qualifier.kind == "streak" and (c.host is None or not bop.is_flow(c.host) or
                                             bop_records.what_runs(c)[0] == "change"):
            return bop_records.streak(c, fig, ctx)
        if c.qualifier.kind == "first_since" and (got := bop_lines.line_first(c, fig, ctx) or  # "20兆円台に回復"
                                                  bop_records.first_since(c, fig, ctx)) is not None:
            return got
        if (first := bop_flow_runs.as_first(c)) is not None and \
                (got := bop_records.first_since(first, fig, ctx)) is not None:  # "the first rise in two months"
            return got
    if c.host is not None and bop.is_flow(c.host) and c.qualifier.kind not in ("extreme", "top") and \
            not (c.qualifier.kind == "ordinal" and bop_records.is_bop(fig)):  # ("the second monthly rise": a run)
        # "exports fell 2.8%, down for the first time in 27 months": a run of falls from a year before, not of signs
        return unverifiable(f"'{c.qualifier.phrase}' counts rises or falls of {c.host.instrument_text} (from a year "
                            f"before, as the release compares them), which the checker does not count", series=fig.series)
    if c.qualifier.kind in ("streak", "streak_end", "streak_before") and c.qualifier.grain == "half":
        # ("the third consecutive six-month gain" of a monthly series: halves are counted for BoP items only)
        return unverifiable(f"'{c.qualifier.phrase}' counts half-years, which the checker counts for balance-of-payments "
                            f"items only", series=fig.series)
    if c.qualifier.word == "longest":  # "過去最長となる8週連続": the run's length is the record
        from ustflow.check.run_records import longest_run

        return longest_run(c, fig, ctx)
    rule = QUALIFIER_RULES.get(c.qualifier.kind)
    if rule is None:
        return unverifiable(f"no rule for a {c.qualifier.kind} qualifier")
    base = starting_points.from_base(c, fig, ctx.data)  # "up from a two-year low in May": the level moved from
    return rule(c, base or fig, ctx)


def judge_qualifier_on_close(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """A qualifier on a market level the daily closes do not show ("rose to 0.75% in trading, the highest level in
    10 years" when the day closed at 0.765%): about the day's level, so judged on that day's close (``fig``); the
    closes can confirm it but not refute it (the intraday level may pass a close they show beating the day's),
    so a failure on the close is ``unverifiable``."""
    from ustflow.check.results import SUPPORTED, set_aside

    j = judge_qualifier(c, fig, ctx)
    if j.verdict == SUPPORTED:
        j.explanation += " (on the day's close: the article's own figure is an intraday level)"
        return j
    if j.verdict == "contradicted":
        return set_aside(j, f"the figure it qualifies is an intraday level, and on the day's close: {j.explanation}; "
                            f"the daily closes cannot refute a claim about a level within the day", list(j.flags))
    return j
