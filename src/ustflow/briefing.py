"""The one-screen brief: Japan's holdings, the latest MoF weekly flows, top holders, yields, USD/JPY.

Every figure carries its date, unit and source series id, so it can be quoted and traced.
"""

from __future__ import annotations

from ustflow import store as st
from ustflow.cache import per_store_version, today_and_state
from ustflow.store import Store

YIELDS = [("UST 2y", "fred.dgs2"), ("UST 10y", "fred.dgs10"), ("UST 30y", "fred.dgs30"),
          ("JGB 10y", "jgb.10y"), ("JGB 30y", "jgb.30y"), ("SOFR", "fred.sofr"), ("USD/JPY", "fred.dexjpus")]
WEEKLY = [("Foreign long-term debt", "mof.weekly.assets.lt_debt.net"),
          ("Foreign equity & fund shares", "mof.weekly.assets.equity.net"),
          ("Foreign short-term debt", "mof.weekly.assets.st_debt.net")]


def _fmt_period(ts, freq: str) -> str:
    if freq == "M":
        return ts.strftime("%Y-%m")
    return ts.strftime("%Y-%m-%d")


@per_store_version(extra=today_and_state)
def brief(store: Store, as_of=None) -> dict:
    import pandas as pd

    from ustflow.status import sources_table

    out: dict = {"as_of": str(as_of) if as_of else None}
    with store.read() as con:
        meta = st.series_meta(con).set_index("id")

        def latest(ids):
            df = st.read_observations(con, ids, as_of=as_of)
            return df

        # Japan's holdings
        jp = latest(["tic.holdings.japan"])
        if not jp.empty:
            s = jp.set_index("period")["value"]
            last_p = s.index[-1]
            item = {"series": "tic.holdings.japan", "unit": "USD bn", "period": last_p.strftime("%Y-%m"),
                    "value": float(s.iloc[-1]), "source": "US Treasury TIC, Major Foreign Holders"}
            prev = s.get(last_p - pd.DateOffset(months=1))
            yago = s.get(last_p - pd.DateOffset(years=1))
            item["change_1m"] = None if prev is None else round(float(s.iloc[-1] - prev), 1)
            item["change_12m"] = None if yago is None else round(float(s.iloc[-1] - yago), 1)
            out["japan_holdings"] = item
        # top holders at the latest month
        ids = [i for i in meta.index if i.startswith("tic.holdings.")]
        h = latest(ids)
        if not h.empty:
            last_month = h.loc[h["series_id"] == "tic.holdings.grand_total", "period"].max()
            if pd.isna(last_month):
                last_month = h["period"].max()
            cur = h[h["period"] == last_month]
            total = cur.loc[cur["series_id"] == "tic.holdings.grand_total", "value"]
            total = float(total.iloc[0]) if len(total) else None
            from ustflow.vocab import AGGREGATES

            cur = cur[~cur["series_id"].str.removeprefix("tic.holdings.").isin(AGGREGATES)]
            cur = cur.sort_values("value", ascending=False).head(10)
            out["top_holders"] = {
                "period": last_month.strftime("%Y-%m"), "unit": "USD bn", "grand_total": total,
                "source": "US Treasury TIC, Major Foreign Holders (by custodian country)",
                "rows": [{"rank": i + 1, "country": meta.loc[r.series_id, "country"] or r.series_id,
                          "series": r.series_id, "value": float(r.value),
                          "share_pct": round(100 * r.value / total, 1) if total else None}
                         for i, r in enumerate(cur.itertuples())]}
        # MoF weekly
        w = latest([i for _, i in WEEKLY])
        if not w.empty:
            last_w = w["period"].max()
            rows = []
            for label, sid in WEEKLY:
                s = w[w["series_id"] == sid].set_index("period")["value"]
                if s.empty:
                    continue
                rows.append({"label": label, "series": sid, "value": float(s.get(last_w, float("nan"))),
                             "last4": [float(v) for v in s.tail(4)]})
            out["mof_weekly"] = {
                "week_start": (last_w - pd.Timedelta(days=6)).strftime("%Y-%m-%d"),
                "week_end": last_w.strftime("%Y-%m-%d"), "unit": "JPY 100mn (+ = net purchase by residents)",
                "source": "Ministry of Finance Japan, International Transactions in Securities (weekly)",
                "rows": rows}
        # yields and FX
        y = latest([i for _, i in YIELDS])
        rows = []
        for label, sid in YIELDS:
            s = y[y["series_id"] == sid].set_index("period")["value"]
            if s.empty:
                continue
            rows.append({"label": label, "series": sid, "date": s.index[-1].strftime("%Y-%m-%d"),
                         "value": float(s.iloc[-1]), "unit": meta.loc[sid, "unit"] if sid in meta.index else ""})
        out["markets"] = rows
    srcs = sources_table(store, as_of=as_of)
    out["stale_sources"] = srcs.loc[srcs["stale"], ["source", "newest_period", "status"]].to_dict("records")
    out["newest_data"] = srcs["newest_period"].dropna().max() if srcs["newest_period"].notna().any() else None
    return out
