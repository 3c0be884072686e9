"""Evidence for a selling (or buying) episode: which known drivers moved in a window.

Pure functions on pandas objects; no store, no files. The output is *evidence, not a verdict*: each
row says what a driver did in the window and how unusual that was against its own history, so a
reader can weigh it. Nothing here attributes the flow to a cause.

How "unusual" is measured (brute force, so anyone can recount it):

- market series (USD/JPY, yields, hedged pickup): the change over the window is compared with every
  change over the same number of observations in the series' history; ``abs_percentile`` is the share
  of those changes whose absolute size is <= this one (100 = the largest move on record). A move at or
  above the 80th percentile is flagged ``notable``;
- weekly MoF flows: the window's sum is ranked among all sums over the same number of consecutive
  weeks since 2005 (``percentile`` = share of sums <= this one; a large sale is near 0); flagged at or
  below the 10th or at or above the 90th percentile;
- interventions: any MoF operation from a week before the window to its end is flagged;
- calendar: the Japanese fiscal year ends on 31 March and starts on 1 April (life insurers and banks
  publish investment plans for the new year in April); the half-year ends on 30 September.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

NOTABLE_MOVE_PCTL = 80.0
NOTABLE_FLOW_LOW, NOTABLE_FLOW_HIGH = 10.0, 90.0
VERDICT_NOTE = ("Evidence, not a verdict: these are the known drivers and how unusual their moves were in this "
                "window; co-movement does not show which one caused the flow.")


def _at_or_before(s: "pd.Series", d) -> tuple:
    s = s[s.index <= d]
    return (s.index[-1], float(s.iloc[-1])) if len(s) else (None, float("nan"))


def market_move(s: "pd.Series", start, end, *, kind: str = "diff") -> dict:
    """Change of a daily series over [start, end]: from the last value before ``start`` to the last on or before ``end``.

    ``kind='diff'``: in the series' unit (yields: percent -> reported by the caller in bp);
    ``kind='pct'``: percent change. Also ``abs_percentile`` against every change over the same number
    of observations in the history of ``s``, ``n_obs``, the dates and the two levels.
    """
    import numpy as np
    import pandas as pd

    x = s.dropna().sort_index()
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    before = x[x.index < start]
    d0, v0 = (before.index[-1], float(before.iloc[-1])) if len(before) else (None, float("nan"))
    d1, v1 = _at_or_before(x, end)
    out = {"value": float("nan"), "from_date": d0, "to_date": d1, "level_from": v0, "level_to": v1,
           "n_obs": 0, "abs_percentile": float("nan")}
    if d0 is None or d1 is None or d1 <= d0:
        return out
    i0, i1 = x.index.get_loc(d0), x.index.get_loc(d1)
    k = int(i1 - i0)
    arr = x.to_numpy()
    if kind == "pct":
        change = (v1 / v0 - 1.0) * 100.0
        hist = (arr[k:] / arr[:-k] - 1.0) * 100.0
    else:
        change = v1 - v0
        hist = arr[k:] - arr[:-k]
    hist = np.abs(hist[~np.isnan(hist)])
    pctl = float((hist <= abs(change) + 1e-12).mean() * 100.0) if hist.size else float("nan")
    out.update(value=change, n_obs=k, abs_percentile=pctl)
    return out


def weekly_flow_in_window(weekly: "pd.Series", start, end) -> dict:
    """Sum of a weekly flow (W-SAT PeriodIndex) over the weeks overlapping [start, end], ranked.

    Returns ``value`` (sum), ``weeks`` (list of week-ending dates), ``percentile`` (share of all sums
    over the same number of consecutive weeks that are <= this one), ``rank_sell`` (1 = the largest
    net sale of that length on record), ``n_windows`` and ``mean``/``std`` of those sums.
    """
    import pandas as pd

    start, end = pd.Timestamp(start), pd.Timestamp(end)
    w = weekly.dropna().sort_index()
    if w.empty:
        return {"value": float("nan"), "weeks": [], "percentile": float("nan"), "rank_sell": None,
                "n_windows": 0, "mean": float("nan"), "std": float("nan")}
    full = w.reindex(pd.period_range(w.index[0], w.index[-1], freq=w.index.freq))
    # the weeks containing ``start`` and ``end`` and every week between them
    inside = [p for p in pd.period_range(pd.Period(start, full.index.freq), pd.Period(end, full.index.freq))
              if p in full.index]
    n = len(inside)
    if n == 0 or full.loc[inside].isna().any():
        return {"value": float("nan"), "weeks": [p.end_time.date().isoformat() for p in inside],
                "percentile": float("nan"), "rank_sell": None, "n_windows": 0, "mean": float("nan"),
                "std": float("nan")}
    value = float(full.loc[inside].sum())
    sums = full.rolling(n, min_periods=n).sum().dropna()
    return {"value": value, "weeks": [p.end_time.date().isoformat() for p in inside],
            "percentile": float((sums <= value + 1e-9).mean() * 100.0),
            "rank_sell": int((sums < value - 1e-9).sum()) + 1, "n_windows": len(sums),
            "mean": float(sums.mean()), "std": float(sums.std(ddof=1))}


def fiscal_calendar(start, end) -> list[str]:
    """Japanese fiscal-calendar dates in or just before the window (within 14 days)."""
    import pandas as pd

    start, end = pd.Timestamp(start), pd.Timestamp(end)
    notes = []
    for year in range(start.year - 1, end.year + 1):
        for d, label in ((pd.Timestamp(year, 3, 31), "Japanese fiscal year-end (31 March)"),
                         (pd.Timestamp(year, 4, 1), "start of the Japanese fiscal year (1 April)"),
                         (pd.Timestamp(year, 9, 30), "Japanese fiscal half-year end (30 September)")):
            if start - pd.Timedelta(days=14) <= d <= end:
                where = "in the window" if start <= d <= end else f"{(start - d).days} days before the window"
                notes.append(f"{label} {d.date().isoformat()}: {where}")
    return notes


def interventions_near(events: "pd.DataFrame", start, end, *, days_before: int = 7) -> "pd.DataFrame":
    """MoF FX operations overlapping [start - days_before, end] (``events`` as from ``ustflow.events``)."""
    import pandas as pd

    if events is None or events.empty:
        return pd.DataFrame(columns=["date_start", "date_end", "title", "amount", "unit"])
    lo = pd.Timestamp(start) - pd.Timedelta(days=days_before)
    hi = pd.Timestamp(end)
    ds, de = pd.to_datetime(events["date_start"]), pd.to_datetime(events["date_end"])
    return events[(ds <= hi) & (de >= lo)].copy()


def evidence_table(start, end, *, flows: "dict[str, pd.Series]", markets: "dict[str, tuple[pd.Series, str, str]]",
                   events: "pd.DataFrame | None" = None, hedged_pickup: "pd.Series | None" = None) -> "pd.DataFrame":
    """One row per driver for the window [start, end].

    - ``flows``: label -> weekly MoF series (JPY 100mn, W-SAT PeriodIndex);
    - ``markets``: label -> (daily series, kind 'bp' (a yield in percent, change shown in bp) or
      'pct' (a price, change in percent), series id);
    - ``events``: FX interventions; ``hedged_pickup``: daily hedged pickup (percent).
    Columns: ``driver``, ``measure``, ``value``, ``unit``, ``context``, ``percentile``, ``notable``,
    ``source``. ``attrs['note']`` carries :data:`VERDICT_NOTE`.
    """
    import pandas as pd

    rows = []
    for label, s in flows.items():
        r = weekly_flow_in_window(s, start, end)
        nw = len(r["weeks"])
        ctx = (f"{nw} week(s) ending {', '.join(r['weeks'])}; rank {r['rank_sell']} of {r['n_windows']} "
               f"{nw}-week sums from the most negative; mean {r['mean']:,.0f}") if r["rank_sell"] else "no complete data"
        notable = (r["percentile"] <= NOTABLE_FLOW_LOW or r["percentile"] >= NOTABLE_FLOW_HIGH) if r["rank_sell"] else False
        rows.append({"driver": label, "measure": "net purchases in the window", "value": r["value"],
                     "unit": "JPY 100mn (+ = net purchase by residents)", "context": ctx,
                     "percentile": r["percentile"], "notable": bool(notable), "source": getattr(s, "name", "")})
    for label, (s, kind, sid) in markets.items():
        r = market_move(s, start, end, kind="pct" if kind == "pct" else "diff")
        value = r["value"] * (100.0 if kind == "bp" else 1.0)
        unit = "bp" if kind == "bp" else "% change"
        ctx = ""
        if r["from_date"] is not None and r["to_date"] is not None:
            ctx = (f"{r['level_from']:.3f} on {r['from_date'].date()} -> {r['level_to']:.3f} on {r['to_date'].date()}; "
                   f"a move this size or smaller in {r['abs_percentile']:.0f}% of {r['n_obs']}-day changes")
        rows.append({"driver": label, "measure": "change over the window", "value": value, "unit": unit,
                     "context": ctx or "no data in the window", "percentile": r["abs_percentile"],
                     "notable": bool(r["abs_percentile"] >= NOTABLE_MOVE_PCTL) if ctx else False, "source": sid})
    if hedged_pickup is not None and not hedged_pickup.dropna().empty:
        r = market_move(hedged_pickup, start, end)
        level = r["level_to"]
        ctx = (f"{r['level_from']:+.2f} -> {level:+.2f} percent; "
               + ("hedged Treasuries yield LESS than the JGB" if level < 0 else "hedged Treasuries yield more than the JGB"))
        rows.append({"driver": "Hedged 10y UST pickup over 10y JGB", "measure": "level at the end / change",
                     "value": r["value"] * 100.0, "unit": "bp (change)", "context": ctx,
                     "percentile": r["abs_percentile"],
                     "notable": bool(level < 0 or r["abs_percentile"] >= NOTABLE_MOVE_PCTL),
                     "source": "fred.dgs10, fred.sofr/effr, jgb.1y, jgb.10y"})
    ev = interventions_near(events, start, end)
    if len(ev):
        total = float(ev["amount"].sum())
        ctx = "; ".join(f"{pd.Timestamp(a).date()}..{pd.Timestamp(b).date()} {amt:,.1f} {u}"
                        for a, b, amt, u in zip(ev["date_start"], ev["date_end"], ev["amount"], ev["unit"]))
        rows.append({"driver": "MoF FX intervention", "measure": "operations from a week before to the end",
                     "value": total, "unit": "JPY bn", "context": ctx, "percentile": float("nan"),
                     "notable": True, "source": "mof.fx_intervention (curated MoF figures)"})
    else:
        rows.append({"driver": "MoF FX intervention", "measure": "operations from a week before to the end",
                     "value": 0.0, "unit": "JPY bn", "context": "none recorded (the curated table lists 2011, 2022, 2024 and 2026 operations)",
                     "percentile": float("nan"), "notable": False, "source": "mof.fx_intervention (curated MoF figures)"})
    cal = fiscal_calendar(start, end)
    rows.append({"driver": "Japanese fiscal calendar", "measure": "year-end / new-year dates near the window",
                 "value": float(len(cal)), "unit": "dates", "context": "; ".join(cal) or "none within 14 days",
                 "percentile": float("nan"), "notable": bool(cal), "source": "calendar"})
    out = pd.DataFrame(rows)
    out.attrs["note"] = VERDICT_NOTE
    out.attrs["window"] = (pd.Timestamp(start).date().isoformat(), pd.Timestamp(end).date().isoformat())
    return out
