"""What each alert rule looks for: pure functions on pandas objects (no store, no files, no HTTP).

Inputs are *current observations with provenance*: a DataFrame indexed by the stored period date
(weekly: the week's Saturday; monthly: the first of the month; daily: the day) with columns
``value``, ``vintage`` (the vintage of the value we hold now) and ``known_from`` (when it was
first public, see ``ustflow.store``). Each function returns one row per finding with ``period``,
``value``, ``vintage``, ``known_from`` and the figures its message needs.

Definitions (so that an alert can be reproduced by hand):

- *Window* of ``k`` periods ending at ``t``: the sum of periods ``t-k+1 .. t``; only complete
  windows of consecutive periods (``ustflow.analytics.flows.rolling_sum``).
- *Rank since 2005* of a window is point in time: ``1 + number of earlier-or-same-end windows
  (from ``since``) with a strictly more extreme sum``, counted among windows ending on or before
  ``t``. So "the 3rd largest two-week sale since 2005" means as of that week, and an alert fires
  the same way whether the watcher ran that week or caught up months later. (For ranks among all
  windows up to today see ``ustflow.views.flows``.) All overlapping windows count, as in the flows
  module. A window's vintage is the newest vintage among its periods.
- *Change* over ``k`` periods: ``value[t] - value[t-k]`` on consecutive periods.
- *Revision*: a value that differs from what the *same source* said at its previous vintage (two
  files overlapping on a period, e.g. ``mfhhis01`` and ``slt_table5``, are not revisions).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

STEP = {"W": "7D", "M": "MS", "Q": "QS", "A": "YS"}


def complete(obs: "pd.DataFrame", frequency: str) -> "pd.DataFrame":
    """Reindex weekly/monthly observations on every period between the first and the last (gaps: NaN)."""
    import pandas as pd

    if frequency not in STEP or obs.empty:
        return obs
    idx = pd.date_range(obs.index.min(), obs.index.max(), freq=STEP[frequency])
    return obs.reindex(idx)


def threshold_hits(obs: "pd.DataFrame", *, above: float | None = None, below: float | None = None) -> "pd.DataFrame":
    """Periods whose value is above ``above`` or below ``below``, with the value's point-in-time rank.

    ``rank`` counts, among periods up to and including this one, those at least as extreme in the
    direction crossed (1 = the most extreme since the series began); ``out_of`` how many there were.
    """
    import pandas as pd

    v = obs["value"].dropna()
    mask = pd.Series(False, index=v.index)
    if above is not None:
        mask |= v > above
    if below is not None:
        mask |= v < below
    ranks_low = _expanding_rank(v.to_numpy(), low=True)
    ranks_high = _expanding_rank(v.to_numpy(), low=False)
    sel = mask.to_numpy()
    out = obs.loc[v.index[sel], ["value", "vintage", "known_from"]].copy()
    is_low = (v < below).to_numpy()[sel] if below is not None else [False] * int(sel.sum())
    out["rank"] = [int(rl) if lo else int(rh) for lo, rl, rh in zip(is_low, ranks_low[sel], ranks_high[sel])]
    out["out_of"] = (pd.Series(range(1, len(v) + 1), index=v.index)[sel]).to_numpy()
    out["side"] = ["low" if lo else "high" for lo in is_low]
    out.index.name = "period"
    return out.reset_index()


def _expanding_rank(x, *, low: bool):
    """Point-in-time rank: 1 + number of earlier values strictly more extreme (lower if ``low``)."""
    import numpy as np

    seen: list[float] = []
    out = np.empty(len(x), dtype="int64")
    for i, val in enumerate(x):
        key = val if low else -val
        out[i] = bisect.bisect_left(seen, key) + 1
        bisect.insort(seen, key)
    return out


def window_rank_hits(obs: "pd.DataFrame", frequency: str, *, window: int = 2, top: int = 5, side: str = "sell",
                     since=None, min_windows: int = 52) -> "pd.DataFrame":
    """Windows of ``window`` periods whose sum ranks in the ``top`` of its side since ``since``.

    A rank means something only against enough history: windows compared with fewer than
    ``min_windows`` earlier ones (the first year of weekly data, by default) never qualify.

    ``side='sell'``: negative sums ranked from the most negative (net sales, outflows);
    ``'buy'``: positive sums from the largest. Returns ``period`` (window end), ``first`` (window
    start), ``value`` (the sum), ``rank``, ``out_of`` (windows compared), ``vintage``, ``known_from``.
    """
    import numpy as np
    import pandas as pd

    from ustflow.analytics.flows import rolling_sum

    if side not in ("sell", "buy"):
        raise ValueError(f"side must be 'sell' or 'buy', got {side!r}")
    o = obs if since is None else obs[obs.index >= pd.Timestamp(since)]
    o = complete(o, frequency)
    sums = rolling_sum(o["value"], window)
    vint = _rolling_max_time(o["vintage"], window)
    known = _rolling_max_time(o["known_from"], window)
    valid = sums.dropna()
    ranks = _expanding_rank(valid.to_numpy(), low=(side == "sell"))
    out_of = np.arange(1, len(valid) + 1)
    sign_ok = (valid < 0) if side == "sell" else (valid > 0)
    keep = (ranks <= top) & sign_ok.to_numpy() & (out_of >= min_windows)
    ends = valid.index[keep]
    pos = {p: i for i, p in enumerate(o.index)}
    return pd.DataFrame({
        "period": ends,
        "first": [o.index[pos[e] - window + 1] for e in ends],
        "value": valid[keep].to_numpy(),
        "rank": ranks[keep], "out_of": out_of[keep],
        "vintage": vint.loc[ends].to_numpy(), "known_from": known.loc[ends].to_numpy(),
    })


def _rolling_max_time(s: "pd.Series", window: int) -> "pd.Series":
    """Rolling max of a datetime column (NaT where the window is incomplete)."""
    import pandas as pd

    t = pd.to_datetime(s).astype("datetime64[ns]")  # pandas 3 may hold microseconds: fix the unit
    ns = t.astype("int64").where(t.notna())
    m = ns.rolling(window, min_periods=window).max()
    return pd.to_datetime(m.astype("Int64"), unit="ns") if m.notna().any() else pd.Series(pd.NaT, index=s.index)


def change_hits(obs: "pd.DataFrame", frequency: str, *, periods: int = 1, above: float | None = None,
                below: float | None = None, old: "pd.Series | None" = None) -> "pd.DataFrame":
    """Periods whose change over ``periods`` is above ``above`` or below ``below``.

    ``old``: old-series values at series breaks (TIC holdings' benchmark months, indexed by period
    date): the change is then taken like for like (``ustflow.analytics.holdings.like_for_like_change``)
    and a benchmark revision never fires an alert. Returns ``period``, ``value`` (the change),
    ``level`` (the value at the period), ``previous`` (the value ``periods`` earlier), ``rank``
    (point in time, most extreme change in that direction = 1), ``out_of``, ``vintage`` (newer of
    the two), ``known_from``.
    """
    import pandas as pd

    o = complete(obs, frequency)
    chg = o["value"] - o["value"].shift(periods)
    if old is not None and len(old) and frequency == "M":
        from ustflow.analytics.holdings import like_for_like_change

        lfl = like_for_like_change(o["value"].set_axis(o.index.to_period("M")),
                                   old.set_axis(pd.DatetimeIndex(old.index).to_period("M")), periods)
        chg = lfl.reindex(o.index.to_period("M")).set_axis(o.index)
    vint = _rolling_max_time(o["vintage"], periods + 1)
    known = _rolling_max_time(o["known_from"], periods + 1)
    frame = pd.DataFrame({"value": chg, "vintage": vint, "known_from": known}).dropna(subset=["value"])
    hits = threshold_hits(frame, above=above, below=below)
    hits["level"] = o["value"].reindex(hits["period"]).to_numpy()
    hits["previous"] = o["value"].shift(periods).reindex(hits["period"]).to_numpy()
    return hits


def revision_hits(vintages: "pd.DataFrame", *, min_abs: float = 0.0, min_share: float = 0.0) -> "pd.DataFrame":
    """Revisions of published values larger than ``min_abs`` (in the series' unit) and ``min_share``.

    ``vintages``: every stored value (``ustflow.vintages``: period, value, vintage, source_id,
    known_from). Returns ``period``, ``value`` (new), ``previous`` (old), ``change``, ``share``,
    ``vintage`` (of the new value), ``previous_vintage``, ``source_id``, ``known_from``.
    """
    import numpy as np
    import pandas as pd

    cols = ["period", "value", "previous", "change", "share", "vintage", "previous_vintage", "source_id",
            "known_from"]
    if vintages.empty:
        return pd.DataFrame(columns=cols)
    v = vintages.sort_values(["source_id", "period", "vintage"])
    g = v.groupby(["source_id", "period"], sort=False)
    v = v.assign(previous=g["value"].shift(), previous_vintage=g["vintage"].shift())
    v = v[v["previous"].notna() & (v["value"] != v["previous"])].copy()
    v["change"] = v["value"] - v["previous"]
    v["share"] = (v["change"].abs() / v["previous"].abs().replace(0, np.nan)).fillna(np.inf)
    v = v[(v["change"].abs() > min_abs) & (v["share"] >= min_share)]
    v["known_from"] = v["vintage"]  # a revision is public from its own vintage
    return v[cols].sort_values(["vintage", "period"]).reset_index(drop=True)


def crossing_hits(table: "pd.DataFrame", column: str, *, direction: str = "both", min_run: int = 1) -> "pd.DataFrame":
    """Dates where ``table[column]`` changes sign and the new sign lasts ``min_run`` observations.

    ``direction``: 'down' (positive to negative), 'up', or 'both'. ``table`` also carries
    ``vintage`` and ``known_from`` per date. Uses ``ustflow.analytics.hedge.sign_changes``.
    Returns ``period`` (first date of the new sign), ``value``, ``from_sign``, ``to_sign``,
    ``previous_date``, ``run_length``, ``vintage``, ``known_from``.
    """
    import pandas as pd

    from ustflow.analytics.hedge import sign_changes

    ch = sign_changes(table[column], min_run=min_run)
    if direction == "down":
        ch = ch[(ch["from_sign"] == "+") & (ch["to_sign"] == "-")]
    elif direction == "up":
        ch = ch[(ch["from_sign"] == "-") & (ch["to_sign"] == "+")]
    elif direction != "both":
        raise ValueError(f"direction must be 'up', 'down' or 'both', got {direction!r}")
    out = ch.rename(columns={"date": "period"}).reset_index(drop=True)
    idx = pd.DatetimeIndex(out["period"])
    out["vintage"] = table["vintage"].reindex(idx).to_numpy()
    out["known_from"] = table["known_from"].reindex(idx).to_numpy()
    return out
