"""A run or a "first since" whose host figure matched no official series, its own sentence naming a balance-of-payments
item: "輸入は8兆4279億円で、減少率は輸出を大幅に上回る10.2%だった。輸入の減少は2カ月連続となる" (the rate before it,
told of both, matched nothing), "なお、輸出は前年同月比で5カ月連続の減少、輸入は同26カ月連続の増加となる", "輸出額は、…
15.7%減と11カ月連続でマイナスとなった". What such a run counts is the item's sign or its move from a year before, not the
host's value: it is counted on the item the words name, at the story's month (the latest single month of the article's
balance-of-payments figures)."""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import Figure, Judgement
from ustflow.check.rulekit import series


def item_run(c: Claim, ctx, hosts: dict[int, Judgement], dispatch) -> Judgement | None:
    """The judgement of ``c`` on the item its sentence names at the story's month (the latest month of the figures
    judged: ``hosts``, by claim); None when ``c`` is no monthly run or first, its sentence names no item, or the
    article has no balance-of-payments month."""
    import pandas as pd

    from ustflow.check.bop import ITEMS
    from ustflow.check.bop_records import named_item

    q = c.qualifier
    if q is None or q.kind not in ("streak", "first_since") or _grain(q) != "month":
        return None
    item = named_item(c)
    months = [f.end for f in (h.figure for h in hosts.values()) if isinstance(f, Figure) and f.series.startswith("boj.bop.") and
              f.agg == "sum" and f.n == 1 and isinstance(f.end, pd.Period) and f.end.freqstr.startswith("M")]
    if item is None or not months:
        return None
    sid = f"boj.bop.{ITEMS[item][1]}"
    s, end = series(ctx, sid), max(months)
    if s is None or end not in s.index or pd.isna(s[end]):
        return None
    return dispatch.judge_qualifier(c, Figure(sid, [end], float(s[end]), "JPY 100mn", "sum", n=1), ctx)


def run_of_other_item(c: Claim, fig: Figure, ctx, item: str | None) -> Figure | None:
    """"輸入は前年比12.8%増で12カ月連続の増加となった。…所得収支は5カ月連続増", "年間経常収支も3年ぶりの増": a run or
    first with no figure of its own, referred back to an earlier sentence's percent change of another item, is the run
    of the item its own sentence names, at that figure's month (or, counted in years, over the calendar year ending
    in it); None when it names no other item or is no such run."""
    import pandas as pd

    from ustflow.check.bop import ITEMS

    q, host = c.qualifier, c.host
    if q is None or q.kind not in ("streak", "first_since") or item is None or host is None or fig.agg != "pct" or \
            host.sentence is c.sentence or not isinstance(fig.end, pd.Period) or not fig.end.freqstr.startswith("M"):
        return None
    sid = f"boj.bop.{ITEMS[item][1]}"
    grain = _grain(q)
    months = [fig.end] if grain == "month" else \
        list(pd.period_range(end=fig.end, periods=12, freq="M")) if grain == "year" and fig.end.month == 12 else []
    s = series(ctx, sid)
    if sid == fig.series or not months or s is None or any(p not in s.index for p in months):
        return None
    return Figure(sid, months, float(s[months].sum()), "JPY 100mn", "sum", n=len(months))


def _grain(q) -> str:
    """The periods a run or first counts: its grain, or for a Japanese one its words ("3年ぶり": years, "1年9カ月ぶり":
    months; "年度" fiscal years, not counted here)."""
    if q.grain:
        return q.grain
    if re.search(r"[カヵケヶか箇]月", q.phrase):
        return "month"
    return "year" if re.search(r"年(?!度)", q.phrase) else ""


def revised_host_run(c: Claim, fig: Figure, ctx, host: tuple[str, float | None, list[str]], dispatch) -> Judgement | None:
    """"経常黒字の減少は2カ月連続となる", "黒字幅の縮小は4年連続", "4カ月ぶりに黒字転化した", "the 72nd straight month of
    surplus": a run or first of a balance-of-payments item hosted on the item's own figure at its period, which today's
    data has revised far from the article's (even to the other side) within the revisions of the series, is the run
    of that item and period, not of another series: it is counted on today's data (a host told as a figure, not as a
    line beyond one). A run that fails there is contradicted flagged ``possible_revision`` (the first print may have
    counted it); None for any other qualifier or host. ``host``: the host's verdict, its claim in the official unit and
    its flags (contradicted flagged ``possible_revision``, or of the other sign than today's ``fig.value``)."""
    from dataclasses import replace

    from ustflow.check.bop_records import is_bop
    from ustflow.check.results import CONTRADICTED

    verdict, claimed, flags = host
    revised = verdict == CONTRADICTED and ("possible_revision" in flags or (
        claimed is not None and bool(fig.value) and float(claimed) * float(fig.value) < 0))
    if c.qualifier is None or c.qualifier.kind not in ("streak", "first_since") or not is_bop(fig) or not revised or \
            c.host is None or c.host.amount is None or c.host.amount.qualifier not in ("exact", "approx"):
        return None  # (a line, "暦年黒字2年ぶり20兆円超", read on another item is no first print revised)
    j = dispatch.judge_qualifier(c, fig, ctx)
    if j.verdict != CONTRADICTED:
        return j
    return replace(j, explanation=f"contradicted by current data ({j.explanation}); may be the first print, revised "
                                  f"since: the figure it qualifies is today on the other side or within the revisions of its series",
                   flags=[*j.flags, "possible_revision"])
