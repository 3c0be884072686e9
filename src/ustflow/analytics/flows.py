"""Flow statistics on MoF net purchases: dollar conversion, rolling windows, streaks, ranks, seasons.

Pure functions on pandas objects with a ``PeriodIndex`` (weekly ``W-SAT`` or monthly ``M``); no store,
no files. Units travel in column names (``net_jpy_100mn``, ``net_usd_bn``, ``usdjpy``) and
``attrs['units']``.

Conventions (so that a headline can be reproduced and checked):

- A *window* of ``n`` periods ending at ``t`` is the sum of periods ``t-n+1 .. t``. Only complete
  windows count (no partial sums at the start of the sample, none across a missing period).
- *Rank* among windows of the same length is a brute-force count: ``rank_sell = 1 + number of
  windows with a strictly lower (more negative) sum``; ``rank_buy`` likewise from the top. All
  windows are counted, overlapping ones included, which is what "the largest two-week outflow since
  2005" means when read literally. For non-overlapping *episodes* see :func:`top_episodes`.
- *Percentile* = share of windows whose sum is <= this one, in percent (a large sale is near 0).
- *z-score* = (sum - mean) / standard deviation (ddof=1) over all windows of the same length.
- Dollar values: yen amounts in 100 million yen are converted at the average of the daily USD/JPY
  rates of the same period (``usd_bn = jpy_100mn / usdjpy / 10``). A window's dollar sum adds the
  dollar values of its periods, each at its own period's rate. Where no rate exists the dollar
  value is NaN: nothing is extrapolated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

JPY_100MN_PER_USD_BN_AT_1 = 10.0  # 1 USD bn at 1 JPY/USD = 1e9 yen = 10 x 100 million yen


def period_average(daily: "pd.Series", index: "pd.PeriodIndex") -> "pd.Series":
    """Average of a daily series over the days of each period of ``index`` (NaN where none).

    Weekly periods are ``W-SAT`` (Sunday..Saturday, named by the Saturday), so a week's rate is the
    mean of the business-day fixings from Monday to Friday of that week.
    """
    import pandas as pd

    d = daily.dropna()
    if d.empty:
        return pd.Series(float("nan"), index=index, dtype="float64")
    by_period = d.groupby(d.index.to_period(index.freq)).mean()
    return by_period.reindex(index).astype("float64")


def to_usd_bn(jpy_100mn: "pd.Series", usdjpy: "pd.Series") -> "pd.Series":
    """Yen amounts (100 million yen) in USD bn at the given JPY-per-USD rate (aligned on the index)."""
    return jpy_100mn / usdjpy / JPY_100MN_PER_USD_BN_AT_1


def rolling_sum(s: "pd.Series", window: int) -> "pd.Series":
    """Sum over the last ``window`` periods; NaN unless all ``window`` periods are present.

    The index must be a complete run of periods (use ``asfreq``/``reindex`` first if in doubt): a
    missing period would otherwise let a window silently span more time than it says.
    """
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    return s.rolling(window, min_periods=window).sum()


def streaks(s: "pd.Series") -> "pd.DataFrame":
    """Per period: the signed length of the current run of same-sign values, and its running total.

    ``streak`` = +3 means the third straight period of net buying, -3 the third straight period of
    net selling; 0 for a zero or missing value (which ends a run).
    """
    import numpy as np
    import pandas as pd

    sign = np.sign(s.to_numpy(dtype="float64"))
    sign[np.isnan(sign)] = 0
    vals = np.nan_to_num(s.to_numpy(dtype="float64"))
    length = np.zeros(len(s), dtype="int64")
    total = np.zeros(len(s), dtype="float64")
    for i in range(len(s)):
        if sign[i] == 0:
            continue
        if i > 0 and sign[i - 1] == sign[i]:
            length[i] = length[i - 1] + 1
            total[i] = total[i - 1] + vals[i]
        else:
            length[i], total[i] = 1, vals[i]
    return pd.DataFrame({"streak": (length * sign).astype("int64"), "streak_total": total}, index=s.index)


def streak_runs(s: "pd.Series") -> "pd.DataFrame":
    """Every run of consecutive same-sign periods: side, first and last period, length, total.

    ``length_rank`` ranks a run among runs of the same side by length (1 = longest; ties share the
    best rank), so "the longest selling streak since 2005" is ``length_rank == 1``.
    """
    import pandas as pd

    st = streaks(s)
    k = st["streak"].to_numpy()
    rows = []
    for i, n in enumerate(k):
        # a run ends where the next period does not extend it (other sign, zero, or the end)
        if n == 0 or (i + 1 < len(k) and k[i + 1] == n + (1 if n > 0 else -1)):
            continue
        rows.append({"side": "buy" if n > 0 else "sell", "first": st.index[i - abs(n) + 1], "last": st.index[i],
                     "length": int(abs(n)), "total": float(st["streak_total"].iloc[i])})
    out = pd.DataFrame(rows, columns=["side", "first", "last", "length", "total"])
    if not out.empty:
        out["length_rank"] = out.groupby("side")["length"].rank(method="min", ascending=False).astype("int64")
    return out


def window_ranks(sums: "pd.Series") -> "pd.DataFrame":
    """Rank, percentile and z-score of every window sum among all windows (NaN windows excluded).

    Brute-force definitions (see the module docstring): ``rank_sell`` = 1 + windows strictly lower,
    ``rank_buy`` = 1 + windows strictly higher, ``percentile`` = 100 x share <= value,
    ``zscore`` over all windows, ``n_windows`` = how many windows were compared.
    """
    import numpy as np
    import pandas as pd

    v = sums.dropna()
    arr = np.sort(v.to_numpy(dtype="float64"))
    n = len(arr)
    x = sums.to_numpy(dtype="float64")
    ok = ~np.isnan(x)
    lower = np.searchsorted(arr, x, side="left")  # windows strictly below
    upto = np.searchsorted(arr, x, side="right")  # windows <= x
    out = pd.DataFrame(index=sums.index)
    out["rank_sell"] = pd.array(np.where(ok, lower + 1, 0), dtype="Int64")
    out["rank_buy"] = pd.array(np.where(ok, n - upto + 1, 0), dtype="Int64")
    out.loc[~ok, ["rank_sell", "rank_buy"]] = pd.NA
    out["percentile"] = np.where(ok, 100.0 * upto / max(n, 1), np.nan)
    sd = float(np.std(arr, ddof=1)) if n > 1 else float("nan")
    out["zscore"] = (x - float(np.mean(arr))) / sd if n > 1 and sd > 0 else np.nan
    out["n_windows"] = n
    return out


def largest_since(sums: "pd.Series", at, side: str = "sell"):
    """The most recent window before ``at`` at least as extreme as the one at ``at`` (None if none).

    "The largest two-week sale since <that window's end>": if None, it is the largest on record.
    """
    v = sums.dropna()
    x = v.loc[at]
    earlier = v.loc[: at].iloc[:-1]
    hit = earlier[earlier <= x] if side == "sell" else earlier[earlier >= x]
    return None if hit.empty else hit.index[-1]


def same_season(sums: "pd.Series", at) -> "pd.DataFrame":
    """The window ending at ``at`` beside the windows ending at the same time of year in every year.

    Monthly: the same calendar month. Weekly: in each year, the window whose last week ends closest
    to the same month and day (within 3 days, so one week per year). Japan's fiscal year starts in
    April, when life insurers and banks reset portfolios, so April is the classic comparison.
    Columns: ``year``, ``period`` (window end), ``value``, ``rank_sell`` and ``rank_buy`` among these
    same-season windows, ``is_at`` marking the window asked about.
    """
    import pandas as pd

    v = sums.dropna()
    at = v.index[v.index.get_loc(at)]
    if v.index.freqstr.startswith("M"):
        pick = v[v.index.month == at.month]
    else:
        target = at.end_time
        rows = {}
        for p in v.index:
            e = p.end_time
            try:
                anchor = target.replace(year=e.year)
            except ValueError:  # 29 February in a non-leap year
                anchor = target.replace(year=e.year, day=28)
            gap = abs((e.normalize() - anchor.normalize()).days)
            if gap <= 3 and (e.year not in rows or gap < rows[e.year][1]):
                rows[e.year] = (p, gap)
        pick = v.loc[[p for p, _ in rows.values()]]
    out = pd.DataFrame({"year": [p.end_time.year for p in pick.index], "period": pick.index,
                        "value": pick.to_numpy()})
    out["rank_sell"] = out["value"].rank(method="min").astype("int64")
    out["rank_buy"] = out["value"].rank(method="min", ascending=False).astype("int64")
    out["is_at"] = out["period"] == at
    return out


def top_episodes(sums: "pd.Series", window: int, side: str = "sell", top: int = 10) -> "pd.DataFrame":
    """The largest non-overlapping windows of one side, greedily: take the most extreme window,
    drop every window sharing a period with it, repeat.

    Only windows of the right sign qualify (a selling episode has a negative sum). Returns
    ``episode`` (1 = largest), ``first`` and ``last`` period, ``value`` and the window's rank among
    all (overlapping) windows of that length (``rank_all``).
    """
    import numpy as np
    import pandas as pd

    if side not in ("sell", "buy"):
        raise ValueError(f"side must be 'sell' or 'buy', got {side!r}")
    v = sums.dropna()
    v = v[v < 0] if side == "sell" else v[v > 0]
    order = v.sort_values(ascending=(side == "sell"), kind="stable")
    pos = pd.Series(np.arange(len(sums)), index=sums.index)
    ranks = window_ranks(sums)["rank_sell" if side == "sell" else "rank_buy"]
    taken: list[tuple[int, int]] = []
    rows = []
    for end, val in order.items():
        j = int(pos[end])
        lo = j - window + 1
        if any(lo <= b and a <= j for a, b in taken):
            continue
        taken.append((lo, j))
        rows.append({"episode": len(rows) + 1, "first": sums.index[lo], "last": end, "value": float(val),
                     "rank_all": int(ranks[end])})
        if len(rows) >= top:
            break
    return pd.DataFrame(rows, columns=["episode", "first", "last", "value", "rank_all"])


def change_over(series: "pd.Series", start, end) -> float:
    """Change of a daily series over a span: last value on or before ``end`` minus the last value
    before ``start`` (the level the span started from). NaN when either side is missing."""
    import pandas as pd

    s = series.dropna()
    before = s.loc[: pd.Timestamp(start) - pd.Timedelta(days=1)]
    upto = s.loc[: pd.Timestamp(end)]
    if before.empty or upto.empty or upto.index[-1] < pd.Timestamp(start):
        return float("nan")
    return float(upto.iloc[-1] - before.iloc[-1])
