"""How much of Japan's MoF "foreign long-term debt" flow is US Treasuries: an estimate with its error.

MoF's International Transactions in Securities count residents' net purchases of ALL foreign
long-term debt (any issuer, any currency); TIC counts net purchases of US Treasuries by holders
resident (or custodied) in Japan. Neither source splits the other, so the share is estimated by
relating the two flows over time.

Method (``METHOD`` is the text shown to users):

1. Put both in USD bn per month: MoF at the month's average USD/JPY (FRED DEXJPUS, so from 2018-01);
   TIC net purchases of long-term Treasuries by Japan, on two bases that must not be spliced
   silently: Form S bonds & notes (transactions, to 2023-01) and SLT Table 3 long-term net
   purchases (from 2023-02).
2. Sum to calendar quarters (complete quarters only): trade vs settlement dating and custody
   reporting shift flows between adjacent months; monthly the two series are nearly uncorrelated.
3. The *marginal share* is the OLS slope of quarterly TIC flows on quarterly MoF flows, with an
   intercept that absorbs flows MoF's reporting investors do not drive (Japan's official reserve
   management, custody through third countries). Uncertainty: the OLS standard error and a 90%
   pairs-bootstrap interval over quarters (fixed seed, so results are reproducible).
4. Also shown: the *average share*, the ratio of cumulative TIC to cumulative MoF flows over the
   sample, with a moving-block bootstrap interval over months, and the monthly correlation.

Caveats: TIC attributes holdings by custodian country, so Japanese purchases custodied in Belgium,
Luxembourg or the UK do not appear as Japan, and TIC Japan includes the Ministry of Finance's
own reserve holdings, which MoF's securities statistics treat differently; MoF covers only
"designated major investors". A share near 0 with a wide interval means the data cannot tie a
given MoF flow to Treasuries, not that Japanese investors buy no Treasuries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FORM_S_BASIS = "Form S: net purchases of Treasury bonds & notes (to 2023-01)"
SLT_BASIS = "SLT Table 3: net purchases of long-term Treasuries (from 2023-02)"
SLT_START = "2023-02"
UNITS = {"mof_lt_debt_jpy_100mn": "JPY 100mn (+ = net purchase of foreign LT debt by residents)",
         "usdjpy": "JPY per USD, monthly average (FRED DEXJPUS)",
         "mof_lt_debt_usd_bn": "USD bn at the month's average USD/JPY",
         "tic_treasury_net_usd_bn": "USD bn (TIC net purchases of LT US Treasuries by Japan; + = bought)"}
METHOD = ("marginal share = OLS slope of quarterly TIC net purchases of long-term US Treasuries by Japan "
          "on quarterly MoF net purchases of foreign long-term debt (both USD bn, intercept included), "
          "90% interval from a pairs bootstrap over quarters; average share = cumulative TIC / cumulative "
          "MoF flow, 90% interval from a 6-month moving-block bootstrap. TIC is by custodian country and "
          "includes Japan's official holdings; MoF covers all foreign bonds of designated major investors.")


def monthly_table(mof_jpy_100mn: "pd.Series", usdjpy: "pd.Series", *, form_s_usd_mn: "pd.Series",
                  slt_usd_mn: "pd.Series") -> "pd.DataFrame":
    """Monthly MoF LT-debt flows (yen and dollars) beside TIC long-term Treasury net purchases by Japan.

    TIC comes from Form S up to 2023-01 and from SLT Table 3 from 2023-02; ``tic_basis`` says which.
    """
    import pandas as pd

    idx = mof_jpy_100mn.index
    brk = pd.Period(SLT_START, "M")
    tic = pd.concat([form_s_usd_mn[form_s_usd_mn.index < brk], slt_usd_mn[slt_usd_mn.index >= brk]]) / 1000
    df = pd.DataFrame(index=idx)
    df["mof_lt_debt_jpy_100mn"] = mof_jpy_100mn
    df["usdjpy"] = usdjpy.reindex(idx)
    df["mof_lt_debt_usd_bn"] = df["mof_lt_debt_jpy_100mn"] / df["usdjpy"] / 10
    df["tic_treasury_net_usd_bn"] = tic.reindex(idx)
    df["tic_basis"] = [SLT_BASIS if p >= brk else FORM_S_BASIS for p in idx]
    df.index.name = "period"
    df.attrs["units"] = dict(UNITS)
    return df


def quarterly(df: "pd.DataFrame") -> "pd.DataFrame":
    """Complete calendar quarters of months where both flows exist (sums, USD bn)."""
    d = df[["mof_lt_debt_usd_bn", "tic_treasury_net_usd_bn"]].dropna()
    g = d.groupby(d.index.asfreq("Q"))
    q = g.sum()[g.size() == 3]
    q.index.name = "quarter"
    return q


def ols(x, y) -> tuple[float, float, float, float]:
    """(intercept, slope, slope standard error, R squared) of y = a + b x by least squares."""
    import numpy as np

    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    X = np.column_stack([np.ones_like(x), x])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ coef
    dof = max(len(x) - 2, 1)
    cov = (resid @ resid / dof) * np.linalg.inv(X.T @ X)
    tss = ((y - y.mean()) ** 2).sum()
    r2 = 1 - (resid @ resid) / tss if tss > 0 else float("nan")
    return float(coef[0]), float(coef[1]), float(np.sqrt(cov[1, 1])), float(r2)


def estimate_share(df: "pd.DataFrame", *, n_boot: int = 2000, block: int = 6, seed: int = 0) -> dict:
    """The Treasury share of MoF long-term debt flows, with uncertainty (see the module docstring).

    ``df``: rows of :func:`monthly_table` (any subset of months). Returns a dict with
    ``marginal_share`` (quarterly OLS slope), ``marginal_share_se``, ``marginal_share_ci90``,
    ``intercept_usd_bn_per_quarter``, ``r2``, ``n_quarters``, ``average_share`` (cumulative ratio),
    ``average_share_ci90``, ``monthly_corr``, ``n_months``, ``cum_mof_usd_bn``, ``cum_tic_usd_bn``,
    ``first``, ``last``. Values are None where the sample is too short (< 6 quarters).
    """
    import numpy as np

    m = df[["mof_lt_debt_usd_bn", "tic_treasury_net_usd_bn"]].dropna()
    out: dict = {"n_months": len(m), "first": str(m.index[0]) if len(m) else None,
                 "last": str(m.index[-1]) if len(m) else None}
    for k in ("marginal_share", "marginal_share_se", "marginal_share_ci90", "intercept_usd_bn_per_quarter",
              "r2", "average_share", "average_share_ci90", "monthly_corr"):
        out[k] = None
    out["n_quarters"] = 0
    out["cum_mof_usd_bn"] = float(m.iloc[:, 0].sum())
    out["cum_tic_usd_bn"] = float(m.iloc[:, 1].sum())
    if len(m) < 3:
        return out
    x, y = m.iloc[:, 0].to_numpy(), m.iloc[:, 1].to_numpy()
    rng = np.random.default_rng(seed)
    out["monthly_corr"] = float(np.corrcoef(x, y)[0, 1])
    if abs(x.sum()) > 0:
        out["average_share"] = float(y.sum() / x.sum())
        n, b = len(x), min(block, len(x))
        starts = rng.integers(0, n - b + 1, size=(n_boot, -(-n // b)))
        idx = (starts[:, :, None] + np.arange(b)).reshape(n_boot, -1)[:, :n]
        ratios = y[idx].sum(axis=1) / x[idx].sum(axis=1)
        out["average_share_ci90"] = [float(v) for v in np.percentile(ratios, [5, 95])]
    q = quarterly(m)
    out["n_quarters"] = len(q)
    if len(q) >= 6:
        qx, qy = q.iloc[:, 0].to_numpy(), q.iloc[:, 1].to_numpy()
        a, slope, se, r2 = ols(qx, qy)
        out.update(marginal_share=slope, marginal_share_se=se, intercept_usd_bn_per_quarter=a, r2=r2)
        draws = rng.integers(0, len(q), size=(n_boot, len(q)))
        slopes = []
        for i in draws:
            if np.ptp(qx[i]) > 0:
                slopes.append(ols(qx[i], qy[i])[1])
        out["marginal_share_ci90"] = [float(v) for v in np.percentile(slopes, [5, 95])]
    return out
