"""A balance-of-payments record whose words rank halves ("上半期として", "for a half-year period", "the largest for the
half fiscal year"), read on a figure that is not a half (issue 13; split from ``bop_records`` in session 38).

``named_half`` reads such a record on the half that ends at the figure's month, summed as the release sums it;
``other_span_record`` declines one it cannot read so ("not ranked on another span"). A half set beside the same half
of other years ("上半期としては", "the smallest first-half deficit") is ranked among them by
``bop_records.as_released``.
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.bop_records import BALANCE_WORD, MOVE_WORD, RATE_WORD, is_bop, near, span_unit
from ustflow.check.claims import Claim
from ustflow.check.results import Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, series

#: a record's words naming halves of the fiscal year: "年度の半期としては過去最大", "年度上半期として",
#: "the highest level for half a fiscal year", "a record for a fiscal half"
_FISCAL_HALF_WORDS = re.compile(r"年度の?(?:上|下)?半期|\bhalf (?:of )?(?:a|the) fiscal year|\bfiscal(?: year)? half|"
                                r"\b(?:first|second) half of (?:the )?fiscal", re.I)


#: a record's words ranking half-years: "its largest current account surplus for a half-year period", "for a six-month
#: period"
_HALF_WORDS = re.compile(r"\bfor (?:a|any|one) (?:half[- ]year|six-month period)", re.I)


#: a record's words ranking halves, framed (``qualifiers.RECORD_RX``'s framed: "the largest for the half fiscal year",
#: "the second highest for any fiscal half-year period"), or by Japanese (上半期, 下半期, 上期, 半期)
_ANY_HALF_WORDS = re.compile(r"\bhalf[- ]year|\bhalf (?:of )?(?:a |the )?fiscal year|\bhalf fiscal year|\bfiscal half|"
                             r"\b(?:first|second)[- ]half|\bsix-month period|(?:上|下)半期|(?:上|下)期(?:ベース)?(?:として|では)|"
                             r"半期(?:ベース|として)", re.I)
_FISCAL_WORD = re.compile(r"\bfiscal\b|年度", re.I)


def named_half(c: Claim, fig: Figure, ctx: Context) -> Figure:
    """"2015年度上半期、旅行収支は過去最大の黒字" read on September's month, "its largest current account surplus for a
    half-year period since 2007" read from 2007 to June 2016: a record whose words rank halves, read on a figure that is
    not one, is the half its words name that ends at the figure's month (fiscal when they say 年度 or "fiscal", or when
    the month is a fiscal half's last, September or March; calendar when it is June or December), summed as the release
    sums it, when the series has all its months; other figures unchanged (a month that ends no half of the kind named:
    ``other_span_record`` declines it)."""
    import pandas as pd

    q = c.qualifier
    # (a percent change it was hosted on, when its words name the balance, not a move: "The gain marked the largest
    # surplus for any half-year period": the surplus's record, as ``bop_records._pct_host_record`` reads a month's)
    level = fig.agg == "sum" or (fig.agg == "pct" and bool(BALANCE_WORD.search(q.phrase if q else "")) and
                                 not MOVE_WORD.search(q.phrase) and not RATE_WORD.search(q.phrase))
    if q is None or q.kind not in ("extreme", "top") or not level or not is_bop(fig) or \
            span_unit(fig.periods) in ("half", "fiscal_half") or not isinstance(fig.end, pd.Period) or \
            not (_HALF_WORDS.search(q.phrase) or _ANY_HALF_WORDS.search(near(c, 30, 12))):
        return fig
    fiscal = bool(_FISCAL_WORD.search(near(c, 30, 12)))
    ends = (3, 9) if fiscal else (3, 9, 6, 12)
    if fig.end.month not in ends:
        return fig
    s = series(ctx, fig.series)
    months = list(pd.period_range(fig.end - 5, fig.end, freq="M"))
    if s is None or any(p not in s.index or pd.isna(s[p]) for p in months):
        return fig
    return Figure(fig.series, months, float(s[months].sum()), fig.unit if fig.agg == "sum" else "JPY 100mn", "sum", n=6,
                  label=fig.label)


def other_span_record(c: Claim, fig: Figure) -> Judgement | None:
    """"年度の半期分としては過去最大", "the highest level for half a fiscal year": a record whose words rank halves of the
    fiscal year (April-September, October-March) read on a figure that is not one (a calendar half, a month) is not
    ranked on that other span: unverifiable, naming both."""
    if c.qualifier.kind in ("extreme", "top") and _HALF_WORDS.search(c.qualifier.phrase) and \
            span_unit(fig.periods) not in ("half", "fiscal_half"):  # "the largest surplus for a half-year period"
        return unverifiable(f"'{c.qualifier.phrase}' ranks half-years, but the figure it was read on is "
                            f"{W.span_label(list(fig.periods))}: not ranked on another span", series=fig.series)
    if c.qualifier.kind not in ("extreme", "top") or not _FISCAL_HALF_WORDS.search(near(c, 30, 12)) or \
            span_unit(fig.periods) == "fiscal_half":
        return None
    return unverifiable(f"'{c.qualifier.phrase}' ranks halves of the fiscal year (April-September, October-March), but "
                        f"the figure it was read on is {W.span_label(list(fig.periods))}: not ranked on another span",
                        series=fig.series)
