"""An intervention total of a month before the latest one, as wire stories compare MoF's monthly reports:

    Japan spent 6,349.9 billion yen on foreign exchange market interventions in the past month, a record.
    The previous high was 2,838.2 billion yen recorded just in the preceding month.

MoF reports interventions by month of settlement (``windows.report_period``: the May 2024 report covers trades of 26
April to 29 May). With no month named, the story's latest report is the one holding the last operation in the 35
days to the publication date (the checker's reading of a figure with no period); "the preceding month", "the
previous month" (a period ``offset`` months back from the latest) is the report that many months before it.
"""

from __future__ import annotations

from datetime import timedelta

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.rulekit import Context


def earlier_report(c: Claim, ctx: Context, s) -> tuple[list, str] | None:
    """The window (trade dates) of the MoF monthly report ``offset`` months before the latest one, when ``c``'s period
    is a month relative to the latest ("the preceding month") that names no month of its own; else None."""
    from ustflow import calendar as cal

    p = c.period
    if p is None or p.windows or p.kind != "latest" or p.extra.get("unit") != "month" or ctx.date is None:
        return None
    back = -int(p.extra.get("offset") or 0)
    recent = s[(s.index >= str(ctx.date - timedelta(days=35))) & (s.index <= str(ctx.date))]
    if back <= 0 or recent.empty:
        return None
    lo, hi = W.report_period(recent.index[-1].date())
    latest = f"{lo}..{hi}"
    for _ in range(back):
        lo, hi = W.report_period(cal.add_business_days(lo, -1, "JP"))
    return [(lo, hi)], (f"'{p.label}': the MoF monthly report {back} month(s) before the latest one ({latest}, which "
                        f"holds the operations of the 35 days to the publication date)")
