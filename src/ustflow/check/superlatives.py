"""Superlatives: "the largest weekly sale since 2005", "a record high", "its lowest in 10 years", "peaked".

A superlative qualifies a figure: the amount it follows in the sentence (``claim.parent``), whose rule
stored the series, periods and value in ``extra['resolved']``; or, standalone, the holdings or yield of
the sentence's subject over its period ("China's holdings hit a record in 2020").

The figure is compared with the same statistic over history: the same series, and for a sum of n
weeks the rolling n-week sums. "Largest"/"biggest"/"record" mean largest in the figure's own direction
(the largest *sale* is the most negative net purchase); "highest"/"lowest" are plain max/min.
History runs from the named year ("since 2005"), from N years before ("in 10 years"), or from the
start of the data ("on record"); a "peak" is compared with all the data, after as well as before.
If the data start after the year named, a superlative that holds on the data we have is
``unverifiable`` (we cannot see the missing years); one contradicted by the data is contradicted.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import judge as J
from ustflow.check.extract import Claim
from ustflow.check.judge import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Judgement, unverifiable


def _standalone(c: Claim, data, ref) -> dict | None:
    """Resolve the figure a superlative with no amount talks about (holdings or a market level)."""
    from ustflow.check import markets, rules

    base = c.extra.get("base_measure")
    if base == "holdings_level":
        slug = rules._holder_slug(c)
        if slug is None:
            return None
        sid = f"tic.holdings.{slug}"
    elif base in ("yield_level", "fx_level"):
        c.measure = base
        sid, _ = markets.market_series(c)
        c.measure = "superlative"
        if sid is None:
            return None
    else:
        return None
    s = data.series(sid)
    if s is None or s.empty:
        return None
    if c.period is not None and c.period.windows:
        wins = c.period.windows
    elif ref is not None:
        k = data.known_at(sid, ref)
        if k is None or k.empty:
            return None
        last = k.index[-1]
        return {"series": sid, "index": [last], "value": float(k.iloc[-1]), "unit": s.attrs.get("unit", ""),
                "agg": "level"}
    else:
        return None
    sel = J.window_values(s, *wins[-1]) if len(wins) == 1 else None
    if sel is None or sel.empty:
        return None
    low = c.superlative["extreme"] == "min"
    p = sel.idxmin() if low else sel.idxmax()
    return {"series": sid, "index": [p], "value": float(sel[p]), "unit": s.attrs.get("unit", ""), "agg": "level"}


def judge_superlative(c: Claim, data, ref: date | None) -> Judgement:
    import pandas as pd

    sup = c.superlative or {}
    res = None
    if c.parent is not None:
        res = c.parent.extra.get("resolved")
        if res is None:
            return unverifiable("the figure this superlative qualifies could not be matched to an official series")
    else:
        res = _standalone(c, data, ref)
        if res is None:
            return unverifiable("no official series and period could be matched to this superlative")
    sid = res["series"]
    s = data.series(sid)
    if s is None or s.empty:
        return unverifiable(f"no series {sid}")
    s = s.dropna()
    n = int(res.get("n", 1))
    if res["agg"] == "sum" and n > 1:
        hist = s.rolling(n).sum().dropna()
    elif res["agg"] == "change":
        hist = s.diff().dropna()
    else:
        hist = s
    end_p = res["index"][-1]
    value = float(res["value"])
    if sup.get("magnitude") and sup["extreme"] == "max" and res["agg"] in ("sum", "change"):
        d = -1 if value < 0 else 1  # the largest sale is the most negative net purchase
    else:
        d = -1 if sup["extreme"] == "min" else 1
    if sid == J.FX_ID and re.search(r"\byen(?:'s)?\s+(?:\w+\s+){0,8}?(?:weak|strong)", c.text) and \
            sup["word"] in ("weakest", "strongest"):
        d = 1 if sup["word"] == "weakest" else -1  # the weakest yen is the highest USD/JPY
    first = hist.index[0]
    start_key = _key(res["index"][0], n)
    keys = pd.Series([_key(p, 1) for p in hist.index], index=hist.index)
    since = sup.get("since")
    if sup.get("peak"):
        pool = hist[hist.index != end_p]
        scope = "all the data"
    else:
        # "the highest since 2008": not beaten after 2008 (2008 itself is when it was last higher)
        lo = pd.Timestamp(f"{since + 1}-01-01") if since else (
            pd.Timestamp(start_key) - pd.DateOffset(years=sup["years"]) if sup.get("years") else None)
        mask = keys < pd.Timestamp(start_key)
        if lo is not None:
            mask &= keys >= lo
        pool = hist[mask.to_numpy()]
        scope = f"since {since}" if since else (f"in the {sup['years']} years before" if sup.get("years") else "on record")
    data_start = J.label(first)
    what = {"sum": f"{n}-period total" if n > 1 else "value", "change": "change", "level": "level"}[res["agg"]]
    if n > 1:  # rolling totals are labelled by their last period
        what += " (periods named by their last)"
    base = dict(series=sid, official_value=value, official_unit=res.get("unit"), period=J.label(end_p),
                claimed_value=None)
    if pool.empty:
        if since is not None and pd.Timestamp(f"{since}-01-01") < pd.Timestamp(_key(first, 1)):
            return Judgement(UNVERIFIABLE, f"the data begin {data_start}, after {since}: nothing to compare with", **base)
        return Judgement(UNVERIFIABLE, "no earlier data to compare with", **base)
    rival_p = (pool * d).idxmax()
    rival = float(pool[rival_p])
    ok = d * value >= d * rival - 1e-9
    dir_word = "largest" if d > 0 else "smallest"
    if sup.get("magnitude") and res["agg"] in ("sum", "change"):
        dir_word = "largest net purchase" if d > 0 else "largest net sale"
    elif sup["extreme"] == "min":
        dir_word = "lowest"
    elif res["agg"] == "level":
        dir_word = "highest"
    if sid == J.FX_ID and sup["word"] in ("weakest", "strongest") and re.search(r"\byen\b", c.text):
        dir_word = f"{sup['word']} yen ({'highest' if d > 0 else 'lowest'} USD/JPY)"
    short = since is not None and pd.Timestamp(f"{since}-01-01") < pd.Timestamp(_key(first, 1))
    if ok:
        expl = f"{J.fmt_num(value)} {res.get('unit', '')} in {J.label(end_p)} is the {dir_word} {what} {scope}"
        expl += f" (data begin {data_start}; next: {J.fmt_num(rival)} in {J.label(rival_p)})"
        if since is not None:
            in_year = hist[(keys >= pd.Timestamp(f"{since}-01-01")) & (keys < pd.Timestamp(f"{since + 1}-01-01"))]
            beaten = in_year[(in_year * d) >= d * value]
            if not beaten.empty:
                expl += f"; last {'at or below' if d < 0 else 'at or above'} it in {J.label(beaten.index[-1])} " \
                        f"({J.fmt_num(float(beaten.iloc[-1]))})"
        if short:
            return Judgement(UNVERIFIABLE, expl + f"; the store holds no data before {data_start}, so the years from "
                                                  f"{since} cannot be checked", **base)
        return Judgement(SUPPORTED, expl, **base)
    return Judgement(CONTRADICTED, f"not the {dir_word} {scope}: {J.fmt_num(rival)} {res.get('unit', '')} in "
                                   f"{J.label(rival_p)} beats {J.fmt_num(value)} in {J.label(end_p)}"
                                   f" (data begin {data_start})",
                     **{**base, "official_value": rival, "period": J.label(rival_p)})


def _key(p, n: int):
    """The date a period starts (a Period's start, or the day itself)."""
    import pandas as pd

    if isinstance(p, pd.Period):
        return p.start_time.normalize()
    return pd.Timestamp(p)
