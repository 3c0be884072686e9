"""Runs of a place among holders, counted on the TIC ranking, not on rises or falls (the ``streak`` qualifier of a
country's holdings; ``holders.rank_streak`` takes a run at the top that ends at the figure's month):

- a run **below (above) another holder** named beside it: "中国の保有額は昨年10月以降、3カ月連続で日本を下回っていた",
  "China's holdings stayed below Japan's for a third straight month": the months, to the figure's, in which the
  holder's level was on that side of the other's (``pair_run``);
- the **whole spell** at a place that the words point back to: "日本は2016年10月に中国を抜いて最大保有国になった。
  この時は8カ月続き…" ("この時", "that time": the spell at rank 1 that holds the month the sentence before names), and a
  spell out of a place held now: "China is the number one holder, a position it gave up for eight months ... from
  October 2016 through March 2017" (the spell off rank 1 that holds the months named) (``spell_run``).

A spell is counted to its end, or to the latest month published by the story's date when it lasts beyond. Each returns
None when its case does not apply.
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.holder_ranks import holder_ranks
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement
from ustflow.check.rulekit import Context, country_name
from ustflow.check.subjects import find_subjects
from ustflow.check.text import split_sentences

#: the other holder after a Japanese run, then the side: "3カ月連続で日本を下回っていた", "2カ月連続で中国の保有額を上回った"
_JA_PAIR = re.compile(r"\s*(?:で|、)?\s*(?P<other>[^\s、。,]{1,12}?)(?:の保有(?:額|高|残高))?を(?P<side>下回|上回)")
#: the other holder beside an English run: "below Japan's", "ahead of China", "behind Japan's holdings"
_EN_PAIR = re.compile(r"\b(?P<side>below|behind|under|above|ahead\s+of|over|higher\s+than|lower\s+than|larger\s+than|"
                      r"smaller\s+than|bigger\s+than)\s+(?:th(?:ose|at)\s+of\s+)?(?P<other>[^,.;]{2,30})", re.I)
_BELOW = ("下回", "below", "behind", "under", "lower", "smaller")
#: a sentence that points back to the spell the sentence before tells of: "この時は8カ月続き", "That time, it lasted"
_BACK = re.compile(r"^\s*(?:この時|その時|このとき|そのとき|当時|(?:that|this)\s+time\b)", re.I)
#: a place at the top, in the sentence the run points back to
_TOP = re.compile(r"最大(?:の)?(?:保有国|債権国)|首位|トップ|\b(?:largest|biggest|top|number[- ]one|No\.\s?1)\s+(?:foreign\s+)?"
                  r"(?:holder|creditor|owner)\b", re.I)
#: a place held now and given up for a spell: "a position it gave up for eight months", "the top spot, which it lost for"
_GAVE_UP = re.compile(r"\b(?:position|spot|place|title|crown|mantle)\s*,?\s+(?:that\s+|which\s+)?\w+\s+(?:had\s+)?"
                      r"(?:gave|given|lost|ceded|relinquished|surrendered|yielded)\s+(?:up\s+)?(?:for\s+)?"
                      r"(?:a\s+|an\s+|the\s+)?$", re.I)
#: a spell at the top by name: "an eight-month reign by Japan" (the holder after "by", else the subject)
_REIGN = re.compile(r"\breign\b", re.I)
_BY = re.compile(r"\s*(?:by|of)\s+(?P<who>[^,.;]{2,30})", re.I)
_MONTH_JA = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|[1-9])月")


def place_run(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    if c.qualifier is None or not c.qualifier.n or not fig.series.startswith("tic.holdings."):
        return None
    if _REIGN.search(c.qualifier.phrase):
        return spell_run(c, fig, ctx)
    if c.qualifier.kind != "streak":
        return None
    return pair_run(c, fig, ctx) or spell_run(c, fig, ctx)


def _slug(text: str, but: str | None = None) -> str | None:
    got = [x.slug for x in find_subjects(text) if x.kind in ("country", "japan") and x.slug != but]
    return got[0] if got else None


def pair_run(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """The run of months, to the figure's, in which the holder stood below (above) the other holder named."""
    s, slug = c.sentence.text, fig.series.removeprefix("tic.holdings.")
    m = _JA_PAIR.match(s, c.span[1])
    if m is None:
        clause = re.split(r"[,;]", s[c.span[1]:])[0]
        m = _EN_PAIR.search(clause) or _EN_PAIR.search(re.split(r"[,;]", s[:c.span[0]])[-1])
    other = _slug(m.group("other"), slug) if m else None
    h = ctx.data.holdings().dropna(how="all")
    if other is None or slug not in h.columns or other not in h.columns or fig.end not in h.index:
        return None
    below = m.group("side").lower().startswith(_BELOW)
    pair = h.loc[h.index <= fig.end, [slug, other]].dropna()
    held = (pair[slug] < pair[other]) if below else (pair[slug] > pair[other])
    k = 0
    while k < len(held) and held.iloc[len(held) - 1 - k]:
        k += 1
    side = "below" if below else "above"
    expl = (f"{country_name(slug)}'s holdings were {side} {country_name(other)}'s for {k} straight month(s) to "
            f"{W.label(fig.end)} (TIC)")
    return _verdict(c, fig, k, expl, fig.end)


def spell_run(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """The whole spell at (or off) the top that holds the month the words name."""
    s = c.sentence.text
    h = ctx.data.holdings().dropna(how="all")
    ranks = holder_ranks(ctx.data)
    if _REIGN.search(c.qualifier.phrase):
        by = _BY.match(s, c.span[1])
        slug = (_slug(by.group("who")) if by else None) or fig.series.removeprefix("tic.holdings.")
        # "after an eight-month reign": the spell that ended the month before the figure's
        anchor, on = (fig.end - 1 if c.qualifier.kind == "streak_before" else fig.end), True
    elif _BACK.match(s):
        at = ctx.article.find(s) if ctx.article else -1
        prev = [x.text for x in split_sentences(ctx.article[:at])][-1:] if at > 0 else []  # the sentence before
        if not prev or not _TOP.search(prev[-1]) or not (m := _MONTH_JA.search(prev[-1])):
            return None
        import pandas as pd

        slug, anchor, on = _slug(prev[-1]), pd.Period(f"{m.group('y')}-{int(m.group('m')):02d}", "M"), True
    elif _GAVE_UP.search(s[:c.span[0]]) and _TOP.search(s[:c.span[0]]) and c.period is not None and c.period.windows:
        import pandas as pd

        slug, anchor, on = fig.series.removeprefix("tic.holdings."), pd.Period(c.period.windows[0][0], "M"), False
    else:
        return None
    if slug is None or slug not in ranks.columns or anchor not in ranks.index:
        return None
    latest = W.published_latest(h[slug].dropna(), fig.series, ctx.date) if ctx.date else []
    col = ranks[slug].dropna()
    col = col[col.index <= latest[0]] if latest else col
    held = (col == 1) if on else (col != 1)
    if anchor not in held.index or not held[anchor]:
        return None
    i = j = held.index.get_loc(anchor)
    while i > 0 and held.iloc[i - 1]:
        i -= 1
    while j < len(held) - 1 and held.iloc[j + 1]:
        j += 1
    k, end = j - i + 1, held.index[j]
    where = "the largest foreign holder" if on else "not the largest foreign holder"
    expl = (f"{country_name(slug)} was {where} for {k} straight month(s), {W.label(held.index[i])} to {W.label(end)}"
            + (" (to the latest month published by the story's date)" if j == len(held) - 1 else "") + " (TIC)")
    return _verdict(c, fig, k, expl, end, series=f"tic.holdings.{slug}")


def _verdict(c: Claim, fig: Figure, k: int, expl: str, end, series: str | None = None) -> Judgement:
    n = c.qualifier.n
    ok = k == n or (c.qualifier.word == "at least" and k >= n)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {n}: " + expl, series=series or fig.series,
                     official_value=float(k), official_unit="consecutive months", period=W.label(end))
