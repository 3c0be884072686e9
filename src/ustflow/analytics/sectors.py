"""Japanese sectors' holdings of foreign securities (BoJ Flow of Funds, "Outward investments in
securities"): levels, flows, valuation and their ranks. Pure functions on pandas objects.

The Flow of Funds gives, per sector and quarter, the stock at the end of the quarter, the flow
(net acquisitions: transactions) and the reconciliation (price and exchange-rate changes and other
volume changes), in 100 million yen; stock change = flow + reconciliation. "Outward investments in
securities" are foreign securities of every kind (bonds, equities, fund shares), not US Treasuries
alone, and a sector is a group of institutions (the agricultural, forestry and fisheries financial
institutions include Norinchukin with the cooperatives), never a single firm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def sector_history(stock: "pd.Series", flow: "pd.Series | None", reconciliation: "pd.Series | None",
                   total: "pd.Series | None" = None) -> "pd.DataFrame":
    """One sector, quarterly: ``stock``, ``change``, ``flow``, ``reconciliation``, ``other`` (change -
    flow - reconciliation: zero except at statistical breaks), ``flow_4q`` (sum of the last four
    quarters), ``share_of_total_pct`` and ``rank_sale`` (the flow's rank as a sale among all the
    sector's quarters, 1 = largest sale), ``peak_stock`` and ``from_peak_pct``. JPY 100mn."""
    import pandas as pd

    df = pd.DataFrame({"stock": stock})
    df["change"] = df["stock"].diff()
    df["flow"] = flow.reindex(df.index) if flow is not None else float("nan")
    df["reconciliation"] = reconciliation.reindex(df.index) if reconciliation is not None else float("nan")
    df["other"] = df["change"] - df["flow"] - df["reconciliation"]
    df["flow_4q"] = df["flow"].rolling(4, min_periods=4).sum()
    if total is not None:
        df["share_of_total_pct"] = 100.0 * df["stock"] / total.reindex(df.index)
    ranks = df["flow"].rank(method="min")
    df["rank_sale"] = ranks.where(df["flow"] < 0).astype("Int64")
    df["peak_stock"] = df["stock"].cummax()
    df["from_peak_pct"] = 100.0 * (df["stock"] / df["peak_stock"] - 1)
    return df


def latest_table(histories: dict[str, "pd.DataFrame"], names: dict[str, str], quarter=None) -> "pd.DataFrame":
    """One row per sector at ``quarter`` (default: the newest quarter each sector has): stock, share,
    the quarter's flow and reconciliation, the last four quarters' flow, the change over a year, the
    rank of the quarter's flow as a sale (of how many quarters), and how far below its peak."""
    import pandas as pd

    rows = []
    for key, h in histories.items():
        d = h.dropna(subset=["stock"])
        if quarter is not None:
            d = d[d.index <= quarter]
        if d.empty:
            continue
        last = d.iloc[-1]
        year_ago = d["stock"].shift(4).iloc[-1]
        rows.append({
            "sector": names.get(key, key), "key": key, "quarter": str(d.index[-1]), "stock": last["stock"],
            "share_of_total_pct": last.get("share_of_total_pct", float("nan")), "flow": last["flow"],
            "reconciliation": last["reconciliation"], "flow_4q": last["flow_4q"],
            "change_4q": last["stock"] - year_ago,
            "rank_sale": None if pd.isna(last["rank_sale"]) else int(last["rank_sale"]),
            "quarters": int(d["flow"].notna().sum()) or None,  # None: no flow published (the Total)
            "from_peak_pct": last["from_peak_pct"],
        })
    out = pd.DataFrame(rows, columns=["sector", "key", "quarter", "stock", "share_of_total_pct", "flow",
                                      "reconciliation", "flow_4q", "change_4q", "rank_sale", "quarters",
                                      "from_peak_pct"])
    for c in ("stock", "share_of_total_pct", "flow", "reconciliation", "flow_4q", "change_4q", "from_peak_pct"):
        out[c] = pd.to_numeric(out[c], errors="coerce").astype("float64")  # a missing flow is NaN, not <NA>
    out["rank_sale"] = out["rank_sale"].astype("Int64")
    out["quarters"] = out["quarters"].astype("Int64")
    return out
