"""The report's tables for the official sector and Japan: the custody week and its largest falls,
the Japan reconciliation (with its reading as the caption) and the sectors' foreign securities."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ustflow.charts import Chart
    from ustflow.store import Store


def tables(built: dict[str, "Chart"], store: "Store", as_of) -> list[dict]:
    """Tables for the charts that were built (a chart that failed brings no table)."""
    from ustflow.views import custody as cv, japan as jv

    out = []
    if "custody" in built:
        falls = cv.falls(weeks=4, top=5, as_of=as_of, store=store)
        out.append({"id": "custody", "title": "Foreign official custody at the New York Fed: largest 4-week falls since 2007",
                    "caption": cv.summary(as_of=as_of, store=store)["text"] + " " + cv.NOTE + ".",
                    "df": falls.drop(columns=["n_windows"]), "units": {"change_usd_bn": "USD bn (face value)"},
                    "digits": {"change_usd_bn": 1, "change_pct": 2, "level_before_usd_bn": 1, "level_after_usd_bn": 1}})
    if "japan_flows" in built:
        t = jv.reconcile(start="2023-02", as_of=as_of, store=store)
        s = t.attrs["summary"]
        import pandas as pd

        totals = pd.DataFrame({"flow": [t.attrs["labels"][k] for k in s["totals"]],
                               "total_usd_bn": list(s["totals"].values())})
        out.append({"id": "japan", "title": f"Did Japan sell Treasuries? Totals {s['first']}..{s['last']}",
                    "caption": t.attrs["reading"], "df": totals, "units": {"total_usd_bn": "USD bn"},
                    "digits": {"total_usd_bn": 1}})
    if "sectors" in built:
        from ustflow.views import sectors as sv

        df = sv.sectors(as_of=as_of, store=store)
        out.append({"id": "sectors", "title": df.attrs["title"], "caption": df.attrs["note"],
                    "df": df.drop(columns=["key"]).assign(rank_sale=df["rank_sale"].astype("object")
                                                          .where(df["rank_sale"].notna(), None)),
                    "units": {}, "digits": {"stock": 0, "share_of_total_pct": 1, "flow": 0, "reconciliation": 0,
                                            "flow_4q": 0, "change_4q": 0, "from_peak_pct": 1}})
    return out
