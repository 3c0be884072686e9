"""Foreign official custody holdings at the New York Fed (H.4.1): changes, ranks, falls, and the
monthly comparison with TIC's foreign official holdings. Pure functions on pandas objects.

Inputs: ``levels``, the Wednesday levels of FRED WMTSECL1 (USD mn, FACE value) on a weekly
``PeriodIndex`` (``W-WED``). Outputs are in USD bn (USD mn / 1,000), still at face value.

What the custody figure is and is not (Federal Reserve H.4.1, Table 1A memorandum items): marketable
Treasuries the FRBNY holds in custody for foreign official and international accounts. It misses
official holdings kept with private custodians (Euroclear, Clearstream, banks in London), so it is
below TIC's foreign official holdings, and it is at face value where TIC is at market value: when
yields rise TIC's figure falls with prices and custody does not. A fall in custody is official
selling, a move of securities to another custodian, or a maturing bill not rolled; the H.4.1 does not
say which.

Ranks follow ``ustflow.analytics.flows.window_ranks``: rank 1 = the largest fall among every window
of the same length since the series starts (2007-07-04), overlapping windows included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

MN_PER_BN = 1000.0


def weekly_table(levels: "pd.Series") -> "pd.DataFrame":
    """One row per Wednesday: level and 1-, 4- and 52-week changes (USD bn, face value), the 1-week
    change in percent, and the ranks of the 1- and 4-week changes as falls (1 = largest since 2007).

    Columns: ``level_usd_bn``, ``change_1w_usd_bn``, ``change_1w_pct``, ``change_4w_usd_bn``,
    ``change_52w_usd_bn``, ``rank_fall_1w``, ``rank_fall_4w`` (ranks only for falls), ``n_weeks``.
    """
    import pandas as pd

    from ustflow.analytics.flows import window_ranks

    bn = levels.dropna().astype("float64") / MN_PER_BN
    out = pd.DataFrame(index=bn.index)
    out["level_usd_bn"] = bn
    out["change_1w_usd_bn"] = bn.diff(1)
    out["change_1w_pct"] = 100.0 * bn.pct_change(1, fill_method=None)
    out["change_4w_usd_bn"] = bn.diff(4)
    out["change_52w_usd_bn"] = bn.diff(52)
    for w, col in ((1, "change_1w_usd_bn"), (4, "change_4w_usd_bn")):
        r = window_ranks(out[col])["rank_sell"]
        out[f"rank_fall_{w}w"] = r.where(out[col] < 0)
    out["n_weeks"] = int(out["change_1w_usd_bn"].notna().sum())
    return out


def largest_falls(levels: "pd.Series", weeks: int = 1, top: int = 10) -> "pd.DataFrame":
    """The largest falls over ``weeks`` weeks since the series starts, as non-overlapping episodes
    (the largest first, then the largest sharing no week with it, ...).

    Columns: ``rank`` (1 = largest of the episodes), ``from_week`` (the Wednesday before the fall),
    ``to_week``, ``change_usd_bn``, ``change_pct``, ``level_before_usd_bn``, ``level_after_usd_bn``,
    ``rank_all`` (the window's rank among all ``weeks``-week windows, overlapping included) and
    ``n_windows``.
    """
    import numpy as np
    import pandas as pd

    from ustflow.analytics.flows import window_ranks

    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    bn = levels.dropna().astype("float64") / MN_PER_BN
    change = bn.diff(weeks)
    ranks = window_ranks(change)["rank_sell"]
    vals = change.to_numpy()
    falls = np.flatnonzero(vals < 0)
    order = falls[np.argsort(vals[falls], kind="stable")]
    taken: list[int] = []
    rows = []
    for j in order.tolist():
        if any(abs(j - k) < weeks for k in taken):  # windows (j-weeks, j] and (k-weeks, k] share a week
            continue
        taken.append(j)
        before, after = float(bn.iloc[j - weeks]), float(bn.iloc[j])
        rows.append({"rank": len(rows) + 1, "from_week": bn.index[j - weeks], "to_week": bn.index[j],
                     "change_usd_bn": after - before, "change_pct": 100.0 * (after - before) / before,
                     "level_before_usd_bn": before, "level_after_usd_bn": after,
                     "rank_all": int(ranks.iloc[j]), "n_windows": int(change.notna().sum())})
        if len(rows) >= top:
            break
    return pd.DataFrame(rows, columns=["rank", "from_week", "to_week", "change_usd_bn", "change_pct",
                                       "level_before_usd_bn", "level_after_usd_bn", "rank_all", "n_windows"])


def month_end_levels(levels: "pd.Series") -> "pd.Series":
    """The last Wednesday level of each month (USD bn, face value), on a monthly ``PeriodIndex``.

    H.4.1 has no month-end figure; the last Wednesday is 0 to 6 days before the month ends, which is
    the closest published date to TIC's month-end positions. ``attrs['day']`` has the Wednesday used.
    """
    import pandas as pd

    bn = levels.dropna().astype("float64") / MN_PER_BN
    days = bn.index.end_time.normalize() if isinstance(bn.index, pd.PeriodIndex) else pd.DatetimeIndex(bn.index)
    s = pd.Series(bn.to_numpy(), index=days)
    months = s.index.to_period("M")
    last = s.groupby(months).tail(1)
    out = pd.Series(last.to_numpy(), index=last.index.to_period("M"), name="custody_usd_bn")
    out.attrs["day"] = {str(p): d.date().isoformat() for p, d in zip(out.index, last.index)}
    return out


def compare_with_tic(custody_month_end: "pd.Series", tic_official: "pd.Series") -> "pd.DataFrame":
    """Custody at the last Wednesday of each month (face value) beside TIC's foreign official
    holdings at month end (market value), both USD bn, for the months both have.

    Columns: ``custody_usd_bn``, ``tic_official_usd_bn``, ``gap_usd_bn`` (TIC - custody: official
    holdings outside the FRBNY plus the market-minus-face difference), ``custody_share_pct``
    (custody / TIC), ``custody_change_usd_bn``, ``tic_change_usd_bn``.
    """
    import pandas as pd

    df = pd.concat({"custody_usd_bn": custody_month_end, "tic_official_usd_bn": tic_official}, axis=1).dropna()
    df["gap_usd_bn"] = df["tic_official_usd_bn"] - df["custody_usd_bn"]
    df["custody_share_pct"] = 100.0 * df["custody_usd_bn"] / df["tic_official_usd_bn"]
    consecutive = pd.Series(df.index, index=df.index).diff().apply(lambda d: getattr(d, "n", None) == 1)
    df["custody_change_usd_bn"] = df["custody_usd_bn"].diff().where(consecutive)
    df["tic_change_usd_bn"] = df["tic_official_usd_bn"].diff().where(consecutive)
    return df


def change_agreement(table: "pd.DataFrame", months: int | None = None) -> dict:
    """How well monthly custody changes track TIC official changes: correlation, share of months with
    the same sign, and the mean absolute difference (USD bn), over the last ``months`` (None: all)."""
    import numpy as np

    t = table.dropna(subset=["custody_change_usd_bn", "tic_change_usd_bn"])
    if months is not None:
        t = t.tail(months)
    if len(t) < 3:
        return {"months": len(t), "correlation": float("nan"), "same_sign_pct": float("nan"),
                "mean_abs_diff_usd_bn": float("nan")}
    c, x = t["custody_change_usd_bn"].to_numpy(), t["tic_change_usd_bn"].to_numpy()
    return {"months": len(t), "first": str(t.index[0]), "last": str(t.index[-1]),
            "correlation": float(np.corrcoef(c, x)[0, 1]),
            "same_sign_pct": float(100.0 * np.mean(np.sign(c) == np.sign(x))),
            "mean_abs_diff_usd_bn": float(np.mean(np.abs(c - x)))}
