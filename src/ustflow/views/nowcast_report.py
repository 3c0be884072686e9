"""The nowcast's tables and sentences: estimates with their inputs and release dates, how well each
input tracks TIC, what input a missed target would need, and the caveats (``ustflow.views.nowcast``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.nowcast import Panel, View
    from ustflow.store import Store

CUSTODIAN_NOTE = ("TIC attributes holdings to the country of the custodian: 'Japan' is Treasuries held in custody in "
                  "Japan (Japanese investors' bonds held in Belgium, Luxembourg or the UK count there), so Japanese "
                  "residents' purchases (MoF, BoP) need not move it")
SLT_FROM = "2023-02"  # SLT Table 3 reports net purchases and valuation from this month


def when(ns, tz: str = "America/New_York") -> str:
    """A release instant (ns UTC) as its date in the publisher's zone ``tz``, '' when never released.

    In the publisher's zone: MoF's and the BoP's 08:50 Tokyo releases are the evening before in UTC."""
    import pandas as pd

    from ustflow.analytics.nowcast import NEVER

    if ns is None or int(ns) >= NEVER - 1:
        return ""
    return pd.Timestamp(int(ns), tz="UTC").tz_convert(tz).strftime("%Y-%m-%d")


def _zone(input_name: str) -> str:
    """The time zone of the publisher of a nowcast input (its source's release calendar)."""
    from ustflow import calendar
    from ustflow.views.nowcast_data import SOURCES

    sched = calendar.schedule_for(SOURCES.get(input_name, ""))
    return sched.tz if sched is not None else "UTC"


def _inputs_text(p: "Panel", t: int, r: dict) -> str:
    """What an estimate rests on: each input's value for the month and its release date."""
    f = r["fit"]
    parts = [f"yields: mean 2/10/30y month-end change {r['dy']:+.3f} pp (H.15, {when(p.dy_rel[t])}); "
             f"duration {f.duration:.2f} ({f.duration_basis})"]
    for k, val in r["inputs"].items():
        parts.append(f"{k} {val:+.1f} x {f.beta[k]:.2f} (released {when(p.inputs_rel[k][t], _zone(k))})")
    missing = [k for k in f.spec.inputs if k not in r["inputs"]]
    if missing:
        parts.append(f"not yet released: {', '.join(missing)}")
    return "; ".join(parts)


def estimates_table(p: "Panel", v: "View", rows: list[dict], errors, clock: int, scale: float) -> "pd.DataFrame":
    """The last published month, then one row per estimated month (USD bn, market value)."""
    import pandas as pd

    from ustflow.analytics import nowcast_backtest as nb

    out = [{"status": "published", "month": str(p.months[v.last]), "horizon_months": 0,
            "estimate_usd_bn": float(v.level[v.last]), "low_usd_bn": np.nan, "high_usd_bn": np.nan,
            "change_usd_bn": float(v.change[v.last]) if not np.isnan(v.change[v.last]) else np.nan,
            "valuation_usd_bn": np.nan, "flows_usd_bn": np.nan, "drift_usd_bn": np.nan, "spec": "",
            "inputs": f"TIC release of {when(p.level_rel[v.last])}", "interval_basis": ""}]
    for r in rows:
        q = nb.interval_for(errors, clock, v.last, r["h"]) if errors is not None else None
        lo = r["estimate"] + q[0] * scale if q else np.nan
        hi = r["estimate"] + q[1] * scale if q else np.nan
        out.append({"status": "estimate", "month": str(p.months[r["t"]]), "horizon_months": r["h"],
                    "estimate_usd_bn": r["estimate"], "low_usd_bn": lo, "high_usd_bn": hi,
                    "change_usd_bn": r["change"], "valuation_usd_bn": r["valuation"], "flows_usd_bn": r["flows"],
                    "drift_usd_bn": r["drift"], "spec": r["fit"].spec.label, "inputs": _inputs_text(p, r["t"], r),
                    "interval_basis": (q[3] + f", x {scale:.1f} USD bn (mean absolute monthly change, last "
                                       f"{nb.SCALE_MONTHS} published months)") if q else
                    f"no interval: fewer than {nb.MIN_INTERVAL_ERRORS} past errors"})
    df = pd.DataFrame(out)
    num = [c for c in df.columns if c.endswith("_usd_bn")]
    df[num] = df[num].astype("float64").round(2)
    return df


def _corr(a: np.ndarray, b: np.ndarray) -> tuple[float, int]:
    ok = ~np.isnan(a) & ~np.isnan(b)
    n = int(ok.sum())
    if n < 6 or np.std(a[ok]) == 0 or np.std(b[ok]) == 0:
        return np.nan, n
    return float(np.corrcoef(a[ok], b[ok])[0, 1]), n


def inputs_table(p: "Panel", v: "View", bt: "pd.DataFrame") -> "pd.DataFrame":
    """How well each input tracks TIC, measured on the months known at the origin.

    ``corr_after_valuation``: correlation with the holder's monthly change minus the valuation
    estimate (the part flows must explain), from 2008 (or the input's start); ``_since_2023`` the
    same from 2023-02; ``corr_tic_net_since_2023``: with TIC's own net purchases (SLT Table 3, long-
    and short-term), ``corr_tic_lt_net_since_2023`` with its long-term net purchases;
    ``sum_since_2023_usd_bn`` and ``tic_lt_net_sum_since_2023_usd_bn``: the cumulative flows compared
    (for the valuation row: the estimate's sum and SLT's reported valuation);
    ``chosen_share``: how often the backtest's choice included the input (origins since 2015).
    """
    import pandas as pd

    from ustflow.analytics import nowcast as nc

    n = v.last + 1
    D, _ = nc.duration_from_slt(v)
    x = -v.dy[:n] / 100.0 * v.lt_prev[:n]
    if D is None:
        f = nc.fit(v, nc.SPECS[0], ())
        D = f.duration if f else 5.0
    resid = v.change[:n] - D * x
    start = p.fit_start
    since = p.index_at_or_after(SLT_FROM)
    net = nc.known_values(p.slt_net, p.level_rel, v.origin)[:n] if p.slt_net is not None else np.full(n, np.nan)
    lt_net = nc.known_values(p.slt_lt_net, p.level_rel, v.origin)[:n] if p.slt_lt_net is not None else np.full(n, np.nan)
    val_rep = v.slt_valuation[:n]
    rows = []
    c_all, m_all = _corr(D * x[start:], v.change[start:n])
    c_rep, m_rep = _corr(D * x[since:], val_rep[since:])  # m_rep = 0: SLT Table 3 not held (or no month)
    rows.append({"input": "valuation", "label": f"duration {D:.2f} x change in UST 2/10/30y month-end yields x "
                 "long-term holdings (USD bn, market value)", "months": m_all,
                 "corr_after_valuation": np.nan, "corr_after_valuation_since_2023": np.nan,
                 "corr_with_change": c_all, "corr_with_slt_valuation": c_rep, "corr_tic_net_since_2023": np.nan,
                 "corr_tic_lt_net_since_2023": np.nan,
                 "sum_since_2023_usd_bn": float(np.nansum(D * x[since:])) if since < n and m_rep else np.nan,
                 "tic_lt_net_sum_since_2023_usd_bn": float(np.nansum(val_rep[since:])) if since < n and m_rep else np.nan,
                 "chosen_share": 1.0})
    b = bt[bt["origin"] >= int(pd.Timestamp("2015-01-01", tz="UTC").value)] if len(bt) else bt
    used = b["inputs_used"].str.split(",") if len(b) and "inputs_used" in b else None
    for k, vals in v.inputs.items():
        a = vals[:n]
        c1, m1 = _corr(a[start:], resid[start:])
        c2, _ = _corr(a[since:], resid[since:])
        c3, _ = _corr(a[since:], net[since:])
        c4, m4 = _corr(a[since:], lt_net[since:])
        both = ~np.isnan(a[since:]) & ~np.isnan(lt_net[since:])
        rows.append({"input": k, "label": p.labels.get(k, k), "months": m1, "corr_after_valuation": c1,
                     "corr_after_valuation_since_2023": c2, "corr_with_change": _corr(a[start:], v.change[start:n])[0],
                     "corr_with_slt_valuation": np.nan, "corr_tic_net_since_2023": c3, "corr_tic_lt_net_since_2023": c4,
                     "sum_since_2023_usd_bn": float(a[since:][both].sum()) if m4 else np.nan,
                     "tic_lt_net_sum_since_2023_usd_bn": float(lt_net[since:][both].sum()) if m4 else np.nan,
                     "chosen_share": float(np.mean([k in u for u in used])) if used is not None else np.nan})
    df = pd.DataFrame(rows)
    return df.round(3)


def attribution_bounds(p: "Panel", v: "View") -> dict | None:
    """On the months SLT reports (2023-02 on): the naive error, and what it would be if the valuation
    change, or the valuation change and net purchases, were known exactly (USD bn)."""
    n = v.last + 1
    since = p.index_at_or_after(SLT_FROM)
    if p.slt_net is None or since >= n:
        return None
    ch, val, net = v.change[since:n], v.slt_valuation[since:n], p.slt_net[since:n]
    ok = ~np.isnan(ch) & ~np.isnan(val) & ~np.isnan(net)
    if ok.sum() < 6:
        return None
    naive = float(np.abs(ch[ok]).mean())
    return {"months": int(ok.sum()), "naive_mae": naive, "valuation_known_mae": float(np.abs(ch[ok] - val[ok]).mean()),
            "both_known_mae": float(np.abs(ch[ok] - val[ok] - net[ok]).mean()),
            "first": str(p.months[since:n][ok][0]), "last": str(p.months[since:n][ok][-1])}


def needed_input(p: "Panel", v: "View", inputs: "pd.DataFrame") -> str:
    """Which input a missed target would need, with the evidence from the data held."""
    b = attribution_bounds(p, v)
    if b is None:
        return ""
    cut_val = 1 - b["valuation_known_mae"] / b["naive_mae"]
    cut_both = 1 - b["both_known_mae"] / b["naive_mae"]
    def cut(x: float) -> str:
        return f"cut the naive error by {x:.0%}" if x >= 0 else f"not cut the naive error (it is {-x:.0%} higher)"

    text = (f"What is missing is a timely measure of {p.name}'s net purchases as TIC attributes them: on the "
            f"{b['months']} months SLT reports ({b['first']}..{b['last']}), knowing the valuation change exactly "
            f"would {cut(cut_val)}; knowing net purchases as well would {cut(cut_both)}.")
    if p.slug == "japan":
        rows = inputs.set_index("input")
        flows = []
        for k in ("bop", "mof", "trust", "reserves"):
            c = rows.loc[k, "corr_tic_lt_net_since_2023"] if k in rows.index else np.nan
            if c == c:
                flows.append(f"{k} {c:+.2f}")
        if flows:
            text += (" Japanese-side flows do not give it (correlation with TIC Japan's long-term net purchases since "
                     "2023-02: " + ", ".join(flows) + ")")
            if "bop" in rows.index and rows.loc["bop", "sum_since_2023_usd_bn"] == rows.loc["bop", "sum_since_2023_usd_bn"]:
                text += (f"; BoP US sovereign purchases sum to {rows.loc['bop', 'sum_since_2023_usd_bn']:+.1f} USD bn "
                         f"against TIC's {rows.loc['bop', 'tic_lt_net_sum_since_2023_usd_bn']:+.1f}")
            text += "."
        text += (" The likeliest help is Japan's official reserve assets in securities (MoF's monthly 'International "
                 "Reserves', out early in month M+1; not in the data held) for the official part of TIC Japan.")
    elif p.slug == "china_mainland":
        text += (" China's official reserves (SAFE, monthly, early in M+1; not in the data held) would cover the "
                 "official part; TIC's China figure also misses holdings in custody in Belgium and elsewhere.")
    return text


def notes(p: "Panel", store: "Store", slug: str, spec, as_of, kind: dict | None = None) -> list[str]:
    """The caveats printed with every nowcast."""
    from ustflow.analytics import nowcast_backtest as nb

    out = []
    if slug not in ("grand_total", "foreign_official"):
        out.append(CUSTODIAN_NOTE)
    out.append(_revision_note(store, slug))
    out.append(f"specification: {spec.label}, the one with the smallest out-of-sample error over the "
               f"{nb.SELECT_MONTHS} months before (candidates: {', '.join(s.label for s in p.specs())})")
    out.append(f"80% intervals: the backtest's own past errors at the same horizon (targets of the last "
               f"{nb.INTERVAL_MONTHS} months, in units of the mean absolute monthly change of the last "
               f"{nb.SCALE_MONTHS} published months), never in-sample residuals; beyond {nb.HORIZONS} months "
               f"scaled by the square root of the horizon")
    out.append("backtest: origins the day before each TIC release since 2015 (release calendar), inputs cut to "
               "what was released by then; 2010-2014 origins only build the error history for the choice and "
               "the intervals")
    if p.fx_assumed_before:
        out.append(f"yen inputs converted at each month's average USD/JPY (FRED DEXJPUS); before "
                   f"{p.fx_assumed_before} (no rate held) at the first monthly average held")
    if as_of is not None:
        how = kind.get("kind", "") if kind else ""
        if kind and kind.get("vintage"):
            how += f", vintage {str(kind['vintage'])[:10]}"
        if kind and kind.get("note"):
            how += f": {kind['note']}"
        out.append(f"as of {as_of}: TIC levels of {p.name} read as of that day ({how or 'store as-of read'}); every "
                   "other input cut to its release date (today's values: pseudo real time); the backtest's errors "
                   "are those of origins before that day")
    return out


def _revision_note(store: "Store", slug: str) -> str:
    """Which TIC values the scores compare with, and how much the vintages held differ."""
    from ustflow import store as st

    sid = f"tic.holdings.{slug}"
    with store.read() as con:
        rev = st.read_revisions(con, series_ids=[sid])
        files = st.loads(con, source="tic_mfh_history")
    n_vint = len(files)
    if len(rev):
        return (f"errors are against the TIC values the store holds now (today's revised figures, not the first "
                f"prints); the store holds {n_vint} vintage(s) of mfhhis01, and between them {len(rev)} of "
                f"{slug}'s monthly values were revised, by {rev['change'].abs().mean():.2f} USD bn on average "
                f"(largest {rev['change'].abs().max():.1f})")
    return ("errors are against the TIC values the store holds now (today's revised figures, not the first prints: "
            "no earlier vintage of this holder's figures is held)")
