"""A starting level dated by a whole year before the level it is set against (issue 13, session 15):

    May saw Saudi Arabia's holdings rise to $136.3 billion, up from $111.3 billion in 2023.
    China held $768.3 billion in May 2024, down from $835.4 billion in 2023.

"From $X in 2023" names no span of the move (that would be "rose to $Y in 2023 from $X", both in the year): it is a
level at some point of 2023 the reporter looked up, the same month a year before (a year-on-year comparison, as TIC
stories make them) or the year's end. It was read as the start of the year (December 2022), which judged a true
May 2023 level contradicted. Both readings are tried (the one the figure fits is reported, else the nearer): the
starting level is judged at the year's same month as the level compared with, and at December of the year.

Only a calendar year stated for a starting level ("from"), with the level it is set against (its pair, else the story's
latest month: the latest published at the publication date) dated after that year ends; a year the pair shares is the
move's span and keeps its start (the month before the year).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ustflow.check import windows as W
from ustflow.check.claims import Claim

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.check.rulekit import Context


def _month(y: int, m: int) -> tuple[date, date]:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date(y, m, 1), nxt - timedelta(days=1)


def year_point(c: Claim, s: "pd.Series", sid: str, ctx: "Context") -> tuple[list, str] | None:
    """The windows of a starting level dated by a year before its pair's period (module docstring), else None."""
    from ustflow.check.rulekit import claim_windows

    p = c.period
    if c.role != "from" or p is None or p.kind != "year" or p.relative or len(p.windows) != 1:
        return None
    lo, hi = p.windows[0]
    if (lo.month, lo.day, hi.month, hi.day) != (1, 1, 12, 31):
        return None
    try:
        wins, _ = claim_windows(c.pair or replace(c, period=None, period_how="none", role="level"), s, sid, ctx)
    except Exception:  # (no period for the level compared with: nothing to set the year against)
        return None
    ends = [sel.index[-1] for sel in (W.select(s, *w) for w in wins) if not sel.empty]
    if not ends:
        return None
    end = W.period_window(ends[-1])[1]
    if end <= hi:
        return None
    same = _month(lo.year, end.month)
    out = [same] + ([_month(lo.year, 12)] if end.month != 12 else [])
    return out, f"a level of {lo.year} set against a later one: read at that month of {lo.year} or at its end"
