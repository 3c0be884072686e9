"""The nowcast's monthly inputs, built from the published series (pure functions).

Each builder returns a monthly Series (PeriodIndex 'M') and the date each value rests on (the last
day whose publication makes the month's value known), so the caller can attach release times from
the release calendar. Units in the names: ``_usd_bn``, ``_pp``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

COMPLETE_WITHIN_DAYS = 5  # a month's last daily yield must fall in its last 5 days (else incomplete)
JPY_100MN_PER_USD_BN = 10.0  # USD bn = JPY 100mn / (JPY per USD) / 10, since 1e8 JPY / fx = 0.1 / fx USD bn


def month_end_yields(daily: dict[str, "pd.Series"]) -> tuple["pd.Series", "pd.Series"]:
    """(change in the mean month-end 2/10/30y yield in percentage points, the month-end date used).

    Only complete months: the month's last observation must fall within its last
    ``COMPLETE_WITHIN_DAYS`` days, so a series that ends mid-month (the data held end on 2026-08-20)
    gives no value for that month rather than a change to the 20th. Tenors enter a change only when
    observed at both month-ends (as :func:`ustflow.analytics.decompose.yield_change`).
    """
    import pandas as pd

    ends, dates = {}, {}
    for k, s in daily.items():
        d = s.dropna()
        if d.empty:
            continue
        idx = pd.DatetimeIndex(d.index.to_timestamp() if isinstance(d.index, pd.PeriodIndex) else d.index)
        d = pd.Series(d.to_numpy(), index=idx)
        g = d.groupby(idx.to_period("M"))
        last_day = pd.Series(idx, index=idx).groupby(idx.to_period("M")).max()
        month_end = pd.Series([m.end_time.normalize() for m in last_day.index], index=last_day.index)
        complete = (month_end - pd.DatetimeIndex(last_day.to_numpy())).dt.days < COMPLETE_WITHIN_DAYS
        ends[k] = g.last()[complete.to_numpy()]
        dates[k] = last_day[complete.to_numpy()]
    if not ends:
        empty = pd.Series(dtype="float64", index=pd.PeriodIndex([], freq="M"))
        return empty, empty
    e = pd.DataFrame(ends)
    dy = e.diff().mean(axis=1, skipna=True)
    dy = dy[e.notna().any(axis=1) & e.shift(1).notna().any(axis=1) & e.diff().notna().any(axis=1)]
    on = pd.DataFrame(dates).max(axis=1).reindex(dy.index)
    return dy.rename("yield_change_pp"), on


def custody_month_end(weekly: "pd.Series") -> tuple["pd.Series", "pd.Series"]:
    """(monthly change of custody holdings in USD bn at face value, the Wednesday it rests on).

    The month's level is the last Wednesday in the month (H.4.1 is a Wednesday level), so the value
    is known the Thursday after. ``weekly``: USD mn, a weekly PeriodIndex ending on Wednesdays or a
    DatetimeIndex of Wednesdays.
    """
    import pandas as pd

    s = weekly.dropna()
    days = s.index.end_time.normalize() if isinstance(s.index, pd.PeriodIndex) else pd.DatetimeIndex(s.index)
    s = pd.Series(s.to_numpy() / 1000.0, index=pd.DatetimeIndex(days))
    months = s.index.to_period("M")
    level = s.groupby(months).last()
    on = pd.Series(s.index, index=s.index).groupby(months).last()
    # the month's last Wednesday must be in the data (not a series that stops mid-month)
    last_wed = pd.Series([_last_wednesday(m) for m in level.index], index=level.index)
    ok = (pd.DatetimeIndex(on.to_numpy()) == pd.DatetimeIndex(last_wed.to_numpy()))
    level, on = level[ok], on[ok]
    full = pd.period_range(level.index.min(), level.index.max(), freq="M") if len(level) else level.index
    chg = level.reindex(full).diff().dropna()
    return chg.rename("custody_change_usd_bn"), on.reindex(chg.index)


def _last_wednesday(m) -> "pd.Timestamp":
    import pandas as pd

    end = m.end_time.normalize()
    return end - pd.Timedelta(days=(end.weekday() - 2) % 7)


def weeks_by_month(weekly: "pd.Series") -> tuple["pd.Series", "pd.Series"]:
    """Weekly flows summed over the weeks *ending* in each month, and the last such week's end (the
    day the month's sum rests on). Weeks straddle months, so this is close to, not equal to, the
    monthly figure; it is known a week or two before it. A month's sum counts only complete months
    (the next month's first week is held)."""
    import pandas as pd

    s = weekly.dropna()
    ends = s.index.end_time.normalize() if isinstance(s.index, pd.PeriodIndex) else pd.DatetimeIndex(s.index)
    s = pd.Series(s.to_numpy(), index=pd.DatetimeIndex(ends))
    months = s.index.to_period("M")
    total = s.groupby(months).sum()
    on = pd.Series(s.index, index=s.index).groupby(months).max()
    complete = total.index < months.max()
    return total[complete].rename("weeks_sum"), on[complete]


def monthly_fx(daily_usdjpy: "pd.Series") -> "pd.Series":
    """Monthly average USD/JPY (JPY per USD) from the daily H.10 rate."""
    import pandas as pd

    d = daily_usdjpy.dropna()
    idx = pd.DatetimeIndex(d.index.to_timestamp() if isinstance(d.index, pd.PeriodIndex) else d.index)
    return pd.Series(d.to_numpy(), index=idx).groupby(idx.to_period("M")).mean().rename("usdjpy")


def to_usd_bn(jpy_100mn: "pd.Series", fx: "pd.Series") -> tuple["pd.Series", "pd.Series"]:
    """JPY 100mn -> USD bn at each month's average USD/JPY: (values, fx assumed flag).

    1 JPY 100mn = 1e8 JPY = 1e8 / fx USD = 0.1 / fx USD bn. Months without a rate (the rates held
    begin in 2018-01) use the first monthly average held, and are flagged.
    """
    import pandas as pd

    rate = fx.reindex(jpy_100mn.index)
    assumed = rate.isna()
    if len(fx.dropna()):
        rate = rate.fillna(fx.dropna().iloc[0]) if assumed.any() else rate
    out = jpy_100mn / rate / JPY_100MN_PER_USD_BN
    return out, pd.Series(assumed.to_numpy(), index=jpy_100mn.index)


def interventions_monthly(events: "pd.DataFrame", fx: "pd.Series", settle_days: int = 2
                          ) -> tuple["pd.Series", "pd.Series"]:
    """Japan's FX interventions by month, USD bn (+ = dollars bought, - = dollars sold), and the last
    trade date each month's total rests on.

    A dollar sale lowers Japan's reserves, and TIC Japan (the reserves are held as Treasuries and
    deposits). Operations are dated by their value date (trade date + ``settle_days`` calendar
    days, about T+2), since a month-end position holds only settled trades: the yen purchases of
    Monday 29 April 2024 settled in May. An operation recorded over a span of days (a monthly total)
    is spread evenly over its calendar days. JPY bn are converted at the month's average USD/JPY
    (the first average held before 2018).
    """
    import numpy as np
    import pandas as pd

    if events is None or events.empty:
        empty = pd.Series(dtype="float64", index=pd.PeriodIndex([], freq="M"))
        return empty, empty
    parts = []
    for e in events.itertuples():
        sign = -1.0 if "sell_usd" in str(e.detail) else 1.0
        start, end = pd.Timestamp(e.date_start), pd.Timestamp(e.date_end if e.date_end == e.date_end else e.date_start)
        days = pd.date_range(start, end, freq="D") + pd.Timedelta(days=settle_days)
        parts.append(pd.DataFrame({"month": days.to_period("M"), "jpy_bn": sign * float(e.amount) / len(days),
                                   "trade_end": end}))
    df = pd.concat(parts)
    jpy = df.groupby("month")["jpy_bn"].sum()
    rate = fx.reindex(jpy.index)
    if len(fx.dropna()):
        rate = rate.fillna(fx.dropna().iloc[0])
    usd = (jpy / rate).rename("intervention_usd_bn")
    on = df.groupby("month")["trade_end"].max()
    usd = usd[np.isfinite(usd)]
    return usd, on.reindex(usd.index)
