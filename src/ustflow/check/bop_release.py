"""The balance of payments' release calendar: the latest month MoF had published on a story's date, and the span
published with it (the calendar year with December, the first half with June, the fiscal year with March, the fiscal
first half with September)."""

from __future__ import annotations

from datetime import timedelta

from ustflow.check import windows as W
from ustflow.check.rulekit import Context

#: the span that ends with a month's release: December -> the calendar year, June -> the first half, March -> the
#: fiscal year, September -> the fiscal first half (months back from the last month, what it is called)
RELEASED_SPANS = {12: (11, "calendar year"), 6: (5, "first half"), 3: (11, "fiscal year"), 9: (5, "fiscal first half")}
CURRENT = "boj.bop.bpbp6jyncb"


def latest_month(ctx: Context, sid: str = CURRENT):
    """The latest month of ``sid`` (the balance of payments; MoF's monthly flows) published on the story's date."""
    s = ctx.data.series(sid)
    if ctx.date is None or s is None or s.dropna().empty:
        return None
    asof = ctx.release_day if ctx.release_day is not None and ctx.release_day < ctx.date - timedelta(days=7) \
        else ctx.date
    got = W.published_latest(s.dropna(), sid, asof, ctx.release_day)
    return got[0] if got else None
