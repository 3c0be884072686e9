"""Did Japan sell Treasuries? Three official views of one question, side by side, in one currency.

Pure functions on pandas objects (monthly ``PeriodIndex``). The three views:

- **MoF** International Transactions in Securities: Japanese residents' net purchases of *all* foreign
  long-term debt (any issuer, any currency), JPY 100mn, out about 8 business days after the month.
- **BoP** (Japan's balance of payments, BoJ/MoF, BPM6): the same residents' portfolio investment by
  *issuer country*: net purchases of US sovereign long-term bonds (``BPPI6D3NAUS``; sovereign =
  government, government agencies and local governments), JPY 100mn, monthly since 2014-01, out
  about a week before TIC. Net = acquisition - disposition; negative = net sale.
- **TIC** (US Treasury): net purchases of long-term Treasuries by holders *in* Japan (custody
  location, not nationality), USD mn: SLT Table 3 from 2023-02, Form S bonds & notes before (a
  different basis, marked), and the valuation change of those holdings (SLT, from 2023-02).

Conversion: JPY 100mn -> USD bn divides by the month's average USD/JPY (FRED DEXJPUS) and by 10;
USD bn -> JPY 100mn multiplies by both. Months without a rate stay blank; nothing is guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SLT_START = "2023-02"
JPY_COLUMNS = ("mof_lt_debt", "bop_lt_debt", "bop_us_sovereign_lt", "bop_us_sovereign", "bop_us_lt_debt")
USD_COLUMNS = ("tic_lt_treasury_net", "tic_lt_treasury_valuation", "tic_holdings_change")
LABELS = {
    "mof_lt_debt": "MoF: residents' net purchases of foreign long-term debt (all issuers)",
    "bop_lt_debt": "BoP: net purchases of foreign long-term debt securities (all issuers)",
    "bop_us_sovereign_lt": "BoP: net purchases of US sovereign long-term bonds (BPPI6D3NAUS)",
    "bop_us_sovereign": "BoP: net purchases of US sovereign bonds, long- and short-term (BPPI6D1NAUS)",
    "bop_us_lt_debt": "BoP: net purchases of all US long-term debt securities (BPPI6D3N9US)",
    "tic_lt_treasury_net": "TIC: net purchases of long-term Treasuries by holders in Japan",
    "tic_lt_treasury_valuation": "TIC: valuation change of Japan's long-term Treasury holdings (SLT)",
    "tic_holdings_change": "TIC: change in Japan's Treasury holdings (Major Foreign Holders)",
}
PAIRS = {  # rolling and full-sample correlations
    "mof_vs_bop_lt_debt": ("mof_lt_debt", "bop_lt_debt"),
    "mof_vs_bop_us_sovereign": ("mof_lt_debt", "bop_us_sovereign_lt"),
    "bop_us_sovereign_vs_tic": ("bop_us_sovereign_lt", "tic_lt_treasury_net"),
    "mof_vs_tic": ("mof_lt_debt", "tic_lt_treasury_net"),
}


def monthly_table(jpy: "pd.DataFrame", usd: "pd.DataFrame", usdjpy: "pd.Series", currency: str = "usd",
                  tic_basis: "pd.Series | None" = None) -> "pd.DataFrame":
    """One row per month, every flow in ``currency`` ('usd': USD bn; 'jpy': JPY 100mn).

    ``jpy``: columns of ``JPY_COLUMNS`` in JPY 100mn; ``usd``: columns of ``USD_COLUMNS`` in USD bn;
    ``usdjpy``: monthly average JPY per USD. Adds ``usdjpy`` and ``tic_basis``.
    """
    import pandas as pd

    if currency not in ("usd", "jpy"):
        raise ValueError(f"currency must be 'usd' or 'jpy', got {currency!r}")
    idx = jpy.index.union(usd.index)
    fx = usdjpy.reindex(idx)
    out = pd.DataFrame(index=idx)
    out["usdjpy"] = fx
    for c in JPY_COLUMNS:
        v = jpy[c].reindex(idx) if c in jpy else pd.Series(float("nan"), index=idx)
        out[c] = v / fx / 10 if currency == "usd" else v
    for c in USD_COLUMNS:
        v = usd[c].reindex(idx) if c in usd else pd.Series(float("nan"), index=idx)
        out[c] = v if currency == "usd" else v * fx * 10
    out["tic_basis"] = (tic_basis.reindex(idx) if tic_basis is not None else None)
    out.index.name = "month"
    out.attrs["unit"] = "USD bn" if currency == "usd" else "JPY 100mn"
    return out


def cumulative(table: "pd.DataFrame", columns=None) -> "pd.DataFrame":
    """Cumulative sums from the first row (NaN months add nothing; a column starts where its data do)."""
    cols = list(columns or [c for c in (*JPY_COLUMNS, *USD_COLUMNS) if c in table])
    return table[cols].cumsum(skipna=True).where(table[cols].notna().cummax())


def rolling_correlations(table: "pd.DataFrame", window: int = 12) -> "pd.DataFrame":
    """``window``-month rolling correlation of each pair in ``PAIRS`` (NaN until ``window`` months
    where both exist)."""
    import pandas as pd

    out = pd.DataFrame(index=table.index)
    for name, (a, b) in PAIRS.items():
        out[name] = table[a].rolling(window, min_periods=window).corr(table[b])
    return out


def correlations(table: "pd.DataFrame") -> dict:
    """Full-sample monthly correlation and the months used, per pair (None below 6 months)."""
    out = {}
    for name, (a, b) in PAIRS.items():
        d = table[[a, b]].dropna()
        out[name] = {"correlation": float(d[a].corr(d[b])) if len(d) >= 6 else None, "months": len(d),
                     "first": str(d.index[0]) if len(d) else None, "last": str(d.index[-1]) if len(d) else None}
    return out


def valuation_share(table: "pd.DataFrame") -> dict:
    """How much of TIC Japan's month-to-month movement in long-term Treasuries is valuation: the
    share of the summed absolute monthly moves (|net| + |valuation|) that is valuation, and the
    correlation of valuation with the holdings change, over months with both (SLT era)."""
    d = table[["tic_lt_treasury_net", "tic_lt_treasury_valuation", "tic_holdings_change"]].dropna()
    if len(d) < 6:
        return {"months": len(d), "valuation_share": None, "corr_valuation_change": None}
    net, val = d["tic_lt_treasury_net"].abs().sum(), d["tic_lt_treasury_valuation"].abs().sum()
    return {"months": len(d), "first": str(d.index[0]), "last": str(d.index[-1]),
            "valuation_share": float(val / (net + val)) if net + val else None,
            "corr_valuation_change": float(d["tic_lt_treasury_valuation"].corr(d["tic_holdings_change"])),
            "corr_net_change": float(d["tic_lt_treasury_net"].corr(d["tic_holdings_change"]))}


def summary(table: "pd.DataFrame", bop_history: "pd.Series | None" = None) -> dict:
    """Totals over the months the BoP or TIC cover (in the table's unit), correlations, the BoP's US
    sovereign share of all foreign long-term debt bought, the sale months, the last BoP month shown
    (ranked as a sale among ``bop_history``, every BoP month to then, if given), and the MoF months
    newer than the BoP (MoF comes out first)."""
    unit = table.attrs.get("unit", "")
    others = table[["bop_us_sovereign_lt", "tic_lt_treasury_net"]].dropna(how="all")
    last = others.index.max() if len(others) else table.index.max()
    comp = table[table.index <= last]
    tot = {c: float(comp[c].sum(min_count=1)) if comp[c].notna().any() else None
           for c in (*JPY_COLUMNS, *USD_COLUMNS) if c in comp}
    bop = comp["bop_us_sovereign_lt"].dropna()
    both = comp[["bop_us_sovereign_lt", "bop_lt_debt"]].dropna()
    newer = table.loc[table.index > last, "mof_lt_debt"].dropna()
    out = {"unit": unit, "first": str(comp.index[0]), "last": str(last), "months": len(comp),
           "totals": tot, "correlations": correlations(comp), "valuation": valuation_share(comp),
           "bop_lt_debt_total": float(both["bop_lt_debt"].sum()) if len(both) else None,
           "bop_us_sovereign_share_of_lt_debt": (float(both["bop_us_sovereign_lt"].sum() / both["bop_lt_debt"].sum())
                                                 if len(both) and abs(both["bop_lt_debt"].sum()) > 0 else None),
           "bop_sale_months": int((bop < 0).sum()), "bop_months": len(bop),
           "mof_newer": ({"first": str(newer.index[0]), "last": str(newer.index[-1]), "total": float(newer.sum())}
                         if len(newer) else None)}
    if len(bop):
        hist = bop if bop_history is None else bop_history.dropna().loc[: bop.index[-1]]
        x = float(hist.iloc[-1]) if bop_history is not None else float(bop.iloc[-1])
        out["bop_latest"] = {"month": str(bop.index[-1]), "value": float(bop.iloc[-1]),
                             "rank_sale": int((hist < x).sum() + 1) if x < 0 else None,
                             "ranked_among": len(hist), "ranked_from": str(hist.index[0])}
    return out


def _fmt(v: float | None, unit: str) -> str:
    if v is None or v != v:
        return "n/a"
    return f"{v:+,.1f} {unit}" if unit == "USD bn" else f"{v:+,.0f} {unit}"


def _agreement(r: float | None) -> str:
    if r is None:
        return "cannot be compared (too few months)"
    if r >= 0.8:
        return f"move together (monthly correlation {r:.2f})"
    if r >= 0.4:
        return f"agree only loosely (monthly correlation {r:.2f})"
    return f"do not track each other month by month (monthly correlation {r:.2f})"


def _share(share: float | None, total: float | None, u: str) -> str:
    if share is None or total is None:
        return ""
    if total < 0:
        return f", while they sold foreign long-term bonds overall ({_fmt(total, u)})"
    if share > 1:
        return (f", more than their net purchases of all foreign long-term bonds ({_fmt(total, u)}): on balance "
                "they sold other foreign bonds")
    return f", about {100 * share:.0f}% of their net purchases of all foreign long-term bonds ({_fmt(total, u)})"


def reading(s: dict) -> str:
    """A plain-language paragraph on what the official data can and cannot say about "Japan selling
    Treasuries", built from the numbers in ``summary`` (the verdicts come from the numbers)."""
    u, t, c = s["unit"], s["totals"], s["correlations"]
    span = f"{s['first']} to {s['last']}"
    bop, mof, tic = t.get("bop_us_sovereign_lt"), t.get("mof_lt_debt"), t.get("tic_lt_treasury_net")
    parts = []
    if bop is not None:
        side = "net buyers" if bop > 0 else "net sellers"
        parts.append(f"From {span}, Japan's balance of payments, which sorts Japanese residents' purchases by the "
                     f"issuer's country, shows them as {side} of US sovereign long-term bonds ({_fmt(bop, u)}; net "
                     f"sales in {s['bop_sale_months']} of {s['bop_months']} months)"
                     + _share(s.get("bop_us_sovereign_share_of_lt_debt"), s.get("bop_lt_debt_total"), u))
        latest = s.get("bop_latest")
        if latest:
            word = "net sale" if latest["value"] < 0 else "net purchase"
            rank = (f", the {latest['rank_sale']}{_suffix(latest['rank_sale'])} largest sale of the "
                    f"{latest['ranked_among']} months since {latest['ranked_from']}" if latest["rank_sale"] else "")
            parts.append(f"The last BoP month shown, {latest['month']}, is a {word} of "
                         f"{_fmt(latest['value'], u)}{rank}")
    if mof is not None:
        parts.append(f"MoF's figures ({_fmt(mof, u)}) cover all foreign long-term bonds: they and the BoP's total "
                     f"{_agreement(c['mof_vs_bop_lt_debt']['correlation'])}, but they say nothing about the issuer")
        if s.get("mof_newer"):
            n = s["mof_newer"]
            parts[-1] += (f"; MoF already covers {n['first']} to {n['last']} ({_fmt(n['total'], u)}), which the "
                          "BoP will split by issuer when it is released")
    if tic is not None:
        parts.append(f"TIC's net purchases by holders in Japan ({_fmt(tic, u)}) and the BoP "
                     f"{_agreement(c['bop_us_sovereign_vs_tic']['correlation'])}: TIC counts where bonds are held, "
                     "not who owns them, so Japanese holdings kept in Belgium, Luxembourg or London are missed and "
                     "others' holdings in Japanese custody are counted")
    v = s["valuation"]
    if v.get("valuation_share") is not None:
        parts.append(f"Price moves, not trades, were {100 * v['valuation_share']:.0f}% of the monthly movement in TIC "
                     f"Japan's long-term Treasuries ({v['first']} to {v['last']})"
                     + (", so a fall in TIC holdings is not by itself evidence of selling"
                        if v["valuation_share"] >= 0.3 else ""))
    parts.append("No official series can name a seller: the BoP splits US bonds by issuer and currency but not by "
                 "investor (its sector detail covers all foreign bonds), its 'sovereign' also covers government "
                 "agencies and local governments, and nothing covers a single institution")
    return ". ".join(parts) + "."


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
