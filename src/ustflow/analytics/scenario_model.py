"""Flow-response model: how Japanese investors' foreign bond buying responds to yields and the yen.

Pure functions on pandas objects; no store, no files. Flows are MoF monthly net purchases of
foreign long-term debt securities by investor type (``mof.monthly.lt_debt.<investor>.net``, JPY
100mn, + = net purchase); yields in percent, USD/JPY in JPY per USD.

Model, one OLS regression per investor type (all investors, banks, life insurers, trust accounts
as the pension proxy, investment trusts)::

    net[t] = c + b_h * hedged_pickup[t] + b_u * unhedged_pickup[t] + b_fx * dUSDJPY[t]
               + rho * net[t-1] + b_apr * April[t] + e[t]

- ``hedged_pickup`` / ``unhedged_pickup``: monthly averages (percent) of the daily 10-year pickups
  of :func:`ustflow.analytics.hedge.hedged_table` (hedged UST 10y minus JGB 10y, with the hedge
  cost SOFR (EFFR before 2018-04) minus the JGB 1y; unhedged UST 10y minus JGB 10y). A month counts
  only with at least ``MIN_DAYS`` daily values, so a month the mirror barely covers is not averaged
  from a few days.
- ``dUSDJPY``: percent change of the monthly average USD/JPY (FRED DEXJPUS) from the month before.
- ``net[t-1]``: last month's flow (persistence); ``April``: 1 in April, the start of Japan's fiscal
  year, when investors set new plans.
- OLS with Newey-West (HAC) standard errors (Newey and West 1987, Econometrica 55(3); lag length
  ``floor(4 (n/100)^(2/9))``, Newey and West 1994, via :func:`ustflow.analytics.impact.newey_west_lags`).

Sample. MoF moved investment fund shares from long-term debt to equity in January 2014, so the
estimation starts in 2014; the first month whose *lagged* flow is also on the new basis is
2014-02 (``EST_START``). The FX regressor needs USD/JPY, which this project's mirror holds only from
2018-01, so the full specification is effectively estimated from 2018-02; the ``no_fx`` specification
(without dUSDJPY) uses the whole post-2014 sample and is reported beside it as a robustness check.

Evaluation. The model is fitted through ``TRAIN_END`` (2024-12) and predicts the following months
out of sample, one step ahead (last month's actual flow known) and dynamically (its own predicted
flows fed back, as a scenario does). Benchmark: the training-sample mean of the flow; the
out-of-sample R^2 is ``1 - SSE(model) / SSE(benchmark)`` (Campbell and Thompson 2008, Review of
Financial Studies 21(4)); negative means the model forecast worse than the plain average.
Scenarios use the same specification refitted on every month available.

Caveats (also in ``CAVEATS``): monthly flows are noisy and the fit is modest; the contemporaneous
dUSDJPY is not exogenous (flows move the yen); MoF's long-term debt covers all foreign bonds, not
only Treasuries; the coefficients describe 2018-2026 behaviour, including 2022 (heavy selling of
foreign bonds as US yields and the unhedged pickup rose) and 2023 (buying while the hedged pickup was
at its most negative), which is why the pickup coefficients come out negative (the opposite of the
carry story). The model reports what the data say; it does not impose the sign theory expects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

INVESTORS: dict[str, str] = {
    "all": "All investors",
    "banks": "Banks (banking accounts)",
    "life_insurers": "Life insurance companies",
    "trust_accounts": "Banks and trust banks, trust accounts (pension proxy)",
    "investment_trusts": "Investment trust management companies",
}
FLOW_SERIES = "mof.monthly.lt_debt.{investor}.net"

TERMS_FULL = ("const", "hedged_pickup_pct", "unhedged_pickup_pct", "usdjpy_change_pct", "lag_net_jpy_100mn", "april")
SPECS: dict[str, tuple[str, ...]] = {
    "full": TERMS_FULL,
    "no_fx": tuple(t for t in TERMS_FULL if t != "usdjpy_change_pct"),
}
TERM_UNITS = {
    "const": "JPY 100mn per month",
    "hedged_pickup_pct": "JPY 100mn per month per percentage point of hedged pickup",
    "unhedged_pickup_pct": "JPY 100mn per month per percentage point of unhedged pickup",
    "usdjpy_change_pct": "JPY 100mn per month per 1% rise of USD/JPY (weaker yen)",
    "lag_net_jpy_100mn": "JPY 100mn per JPY 100mn of last month's flow",
    "april": "JPY 100mn, extra in April (fiscal-year start)",
}
EST_START = "2014-02"  # first month whose lagged flow is on MoF's post-2014 basis
TRAIN_END = "2024-12"
MIN_DAYS = 10  # daily values a month needs before its average counts
WEAK_R2 = 0.2
SIGNIFICANCE = 0.10

CAVEATS = (
    "Monthly MoF flows are noisy: the model explains a modest share of them (see r2) and its bands are wide.",
    "The change of USD/JPY enters in the same month: flows also move the yen, so its coefficient is an "
    "association, not an effect.",
    "MoF long-term debt is all foreign bonds of designated major investors, not only US Treasuries.",
    "USD/JPY in this mirror starts 2018-01, so the full model is estimated from 2018-02; the no-FX model "
    "uses 2014-02 onwards.",
    "Coefficients describe 2018-2026 behaviour: 2022, when investors sold foreign bonds heavily as US yields "
    "and the unhedged pickup rose, and 2023, when they bought while the hedged pickup was at its most negative, "
    "pull the pickup coefficients below zero. That is what the data say, not a law of behaviour.",
)


# ------------------------------------------------------------------------------------ regressors
def monthly_means(daily: "pd.DataFrame | pd.Series", *, min_days: int = MIN_DAYS) -> "pd.DataFrame":
    """Monthly averages (PeriodIndex 'M') of daily columns; NaN for a month with fewer than ``min_days`` values."""
    import pandas as pd

    df = daily.to_frame() if isinstance(daily, pd.Series) else daily
    g = df.groupby(pd.DatetimeIndex(df.index).to_period("M"))
    out = g.mean().where(g.count() >= min_days)
    out.index.name = "period"
    return out


def monthly_regressors(hedged_daily: "pd.DataFrame", usdjpy_daily: "pd.Series", *,
                       min_days: int = MIN_DAYS) -> "pd.DataFrame":
    """The model's market regressors per month, from the daily hedged table and daily USD/JPY.

    ``hedged_daily``: the table of :func:`ustflow.analytics.hedge.hedged_table` (10-year tenor).
    Returns (PeriodIndex 'M'): ``ust_10y_pct``, ``jgb_10y_pct``, ``usd_short_pct``, ``jpy_short_pct``,
    ``hedge_cost_pct``, ``hedged_pickup_pct``, ``unhedged_pickup_pct`` (monthly averages, percent),
    ``usdjpy`` (monthly average), ``usdjpy_change_pct`` (percent change from the month before) and
    ``april`` (1.0 in April).
    """
    import pandas as pd

    cols = {"ust_yield_pct": "ust_10y_pct", "jgb_yield_pct": "jgb_10y_pct", "usd_short_pct": "usd_short_pct",
            "jpy_short_pct": "jpy_short_pct", "hedge_cost_pct": "hedge_cost_pct",
            "hedged_pickup_pct": "hedged_pickup_pct", "unhedged_pickup_pct": "unhedged_pickup_pct"}
    m = monthly_means(hedged_daily[list(cols)], min_days=min_days).rename(columns=cols)
    fx = monthly_means(usdjpy_daily.dropna().rename("usdjpy"), min_days=min_days)["usdjpy"]
    idx = m.index.union(fx.index)
    full = pd.period_range(idx.min(), idx.max(), freq="M", name="period")
    out = m.reindex(full)
    out["usdjpy"] = fx.reindex(full)
    # a change needs both months: never across a gap
    out["usdjpy_change_pct"] = (out["usdjpy"] / out["usdjpy"].shift(1) - 1.0) * 100.0
    out["april"] = (full.month == 4).astype("float64")
    out.attrs["units"] = dict.fromkeys(cols.values(), "percent (monthly average)") | {
        "usdjpy": "JPY per USD (monthly average)", "usdjpy_change_pct": "percent change of the monthly average",
        "april": "dummy"}
    return out


def design(flow: "pd.Series", regressors: "pd.DataFrame") -> "pd.DataFrame":
    """``net_jpy_100mn`` (the flow) beside every regressor and last month's flow, on a complete month index."""
    import pandas as pd

    f = flow.astype("float64")
    idx = f.index.union(regressors.index)
    full = pd.period_range(idx.min(), idx.max(), freq="M", name="period")
    f = f.reindex(full)
    out = regressors.reindex(full).copy()
    out.insert(0, "net_jpy_100mn", f)
    out["lag_net_jpy_100mn"] = f.shift(1)
    out["april"] = (full.month == 4).astype("float64")
    out["const"] = 1.0
    return out


# ------------------------------------------------------------------------------------------ fit
@dataclass
class FlowModel:
    """One fitted regression: coefficients with HAC covariance, residuals and fit statistics."""

    investor: str
    spec: str
    terms: tuple[str, ...]
    params: "np.ndarray"
    cov: "np.ndarray"  # HAC covariance of params
    bse: "np.ndarray"
    pvalues: "np.ndarray"
    resid: "np.ndarray"
    n: int
    first: str
    last: str
    r2: float
    adj_r2: float
    resid_sd: float
    hac_lags: int
    train_mean: float  # mean of the flow over the sample: the benchmark forecast
    extra: dict = field(default_factory=dict)

    def coef(self, term: str) -> float:
        return float(self.params[self.terms.index(term)]) if term in self.terms else 0.0

    @property
    def pickup_effect(self) -> float:
        """Same-month flow change (JPY 100mn) for a 1 pp wider pickup on both measures, i.e. a 1 pp
        higher UST 10y or a 1 pp lower JGB 10y; a higher JGB path moves flows by minus this."""
        return self.coef("hedged_pickup_pct") + self.coef("unhedged_pickup_pct")

    def predict(self, X: "pd.DataFrame") -> "np.ndarray":
        """Fitted values for rows of a :func:`design` frame (``const`` may be absent)."""
        import numpy as np
        import pandas as pd

        plain = pd.DataFrame(X, copy=False)  # without .attrs, which pandas deep-copies into every column taken
        cols = [np.ones(len(X)) if t == "const" and "const" not in X else plain[t].to_numpy(dtype="float64")
                for t in self.terms]
        return np.column_stack(cols) @ self.params


def _rows(d: "pd.DataFrame", terms, start, end) -> "pd.DataFrame":
    import pandas as pd

    sub = d[list(dict.fromkeys(["net_jpy_100mn", *terms]))]
    if start is not None:
        sub = sub[sub.index >= pd.Period(start, "M")]
    if end is not None:
        sub = sub[sub.index <= pd.Period(end, "M")]
    return sub.dropna()


class TooFewMonths(ValueError):
    """Too little data to estimate a model (e.g. an ``as_of`` date before the regressors were published)."""


def fit(d: "pd.DataFrame", investor: str, *, spec: str = "full", start=EST_START, end=None,
        lags: int | None = None) -> FlowModel:
    """OLS of the flow on the spec's terms over ``start``..``end`` (complete rows only), HAC errors."""
    import numpy as np
    from statsmodels.regression.linear_model import OLS

    from ustflow.analytics.impact import newey_west_lags

    terms = SPECS[spec]
    rows = _rows(d, terms, start, end)
    n, k = len(rows), len(terms)
    if n < 3 * k:
        raise TooFewMonths(f"{investor}: only {n} complete months from {start} to {end or 'the end'}; "
                         f"need at least {3 * k} to estimate {k} coefficients")
    L = lags if lags is not None else newey_west_lags(n)
    y = rows["net_jpy_100mn"].to_numpy(dtype="float64")
    X = rows[list(terms)].to_numpy(dtype="float64")
    res = OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": L})
    resid = np.asarray(res.resid, dtype="float64")
    return FlowModel(
        investor=investor, spec=spec, terms=terms, params=np.asarray(res.params, dtype="float64"),
        cov=np.asarray(res.cov_params(), dtype="float64"), bse=np.asarray(res.bse, dtype="float64"),
        pvalues=np.asarray(res.pvalues, dtype="float64"), resid=resid, n=n, first=str(rows.index[0]),
        last=str(rows.index[-1]), r2=float(res.rsquared), adj_r2=float(res.rsquared_adj),
        resid_sd=float(np.sqrt(resid @ resid / max(n - k, 1))), hac_lags=L, train_mean=float(y.mean()))


def one_step(model: FlowModel, d: "pd.DataFrame", start, end=None) -> "pd.Series":
    """One-step-ahead predictions (actual last-month flow and actual regressors) for complete rows."""
    import pandas as pd

    rows = _rows(d, model.terms, start, end)
    return pd.Series(model.predict(rows), index=rows.index, name="predicted_jpy_100mn")


def dynamic(model: FlowModel, d: "pd.DataFrame", start, end=None) -> "pd.Series":
    """Predictions that feed back their own flow as next month's lag (the actual flow only before ``start``).

    Stops at the first month a market regressor is missing.
    """
    import numpy as np
    import pandas as pd

    p0 = pd.Period(start, "M")
    sub = d[d.index >= p0]
    if end is not None:
        sub = sub[sub.index <= pd.Period(end, "M")]
    lag = d["net_jpy_100mn"].get(p0 - 1, np.nan)
    market = [t for t in model.terms if t not in ("const", "lag_net_jpy_100mn")]
    out = {}
    for p, row in sub.iterrows():
        if lag != lag or row[market].isna().any():
            break
        x = row.copy()
        x["lag_net_jpy_100mn"] = lag
        y = float(model.predict(x.to_frame().T)[0])
        out[p] = y
        lag = y
    return pd.Series(out, dtype="float64", name="dynamic_jpy_100mn")


def evaluate(model: FlowModel, d: "pd.DataFrame", start, end=None) -> dict:
    """Out-of-sample errors of ``model`` (fitted before ``start``) from ``start`` to ``end`` (JPY 100mn)."""
    import numpy as np

    pred = one_step(model, d, start, end)
    out = {"oos_n": len(pred), "oos_first": str(pred.index[0]) if len(pred) else None,
           "oos_last": str(pred.index[-1]) if len(pred) else None}
    keys = ("oos_rmse", "oos_mae", "oos_bias", "oos_rmse_benchmark", "oos_r2", "oos_mean_actual",
            "oos_mean_predicted", "oos_rmse_dynamic", "oos_dynamic_n")
    out.update(dict.fromkeys(keys))
    if not len(pred):
        return out
    actual = d.loc[pred.index, "net_jpy_100mn"].to_numpy(dtype="float64")
    err = pred.to_numpy() - actual
    bench = model.train_mean - actual
    sse, sse_b = float(err @ err), float(bench @ bench)
    dyn = dynamic(model, d, start, end)
    dyn_err = dyn.to_numpy() - d.loc[dyn.index, "net_jpy_100mn"].to_numpy(dtype="float64")
    out.update(oos_rmse=float(np.sqrt(sse / len(err))), oos_mae=float(np.abs(err).mean()),
               oos_bias=float(err.mean()), oos_rmse_benchmark=float(np.sqrt(sse_b / len(err))),
               oos_r2=float(1 - sse / sse_b) if sse_b > 0 else None, oos_mean_actual=float(actual.mean()),
               oos_mean_predicted=float(pred.mean()),
               oos_rmse_dynamic=float(np.sqrt((dyn_err @ dyn_err) / len(dyn_err))) if len(dyn_err) else None,
               oos_dynamic_n=len(dyn_err))
    return out


def weaknesses(model: FlowModel, oos: dict) -> list[str]:
    """Plain statements of where this investor's model is weak (empty when none applies).

    Fit and coefficients are judged on ``model`` (the fit scenarios use); ``oos`` is the evaluation
    fit's out-of-sample record (:func:`evaluate`).
    """
    notes = []
    if model.r2 < WEAK_R2:
        notes.append(f"explains little of the monthly variation (R2 {model.r2:.2f})")
    for term, name in (("hedged_pickup_pct", "hedged"), ("unhedged_pickup_pct", "unhedged")):
        i = model.terms.index(term)
        if model.pvalues[i] > SIGNIFICANCE:
            notes.append(f"{name} pickup not significant (p {model.pvalues[i]:.2f})")
    if model.pickup_effect < 0:
        notes.append("wider pickups went with LESS buying (opposite to the carry story); scenarios inherit this sign")
    if "usdjpy_change_pct" in model.terms:
        i = model.terms.index("usdjpy_change_pct")
        if model.pvalues[i] > SIGNIFICANCE:
            notes.append(f"USD/JPY change not significant (p {model.pvalues[i]:.2f})")
    if oos.get("oos_r2") is not None and oos["oos_r2"] < 0:
        notes.append(f"out of sample worse than the training mean (OOS R2 {oos['oos_r2']:.2f})")
    if oos.get("oos_bias") is not None and oos.get("oos_rmse") and abs(oos["oos_bias"]) > 0.5 * oos["oos_rmse"]:
        notes.append(f"out-of-sample bias {oos['oos_bias']:+,.0f} (predicted mean {oos['oos_mean_predicted']:,.0f} "
                     f"vs actual {oos['oos_mean_actual']:,.0f})")
    return notes


# --------------------------------------------------------------------------------------- the set
@dataclass
class ModelSet:
    """Every investor's model: the scenario fit (all months), the evaluation fit and its OOS test."""

    spec: str
    start: str
    train_end: str
    scenario: dict[str, FlowModel]
    train: dict[str, FlowModel]
    oos: dict[str, dict]
    robustness: dict[str, FlowModel]  # no-FX specification from EST_START (all months)
    designs: dict[str, "pd.DataFrame"]

    def coefficients(self) -> "pd.DataFrame":
        """One row per investor and term: the scenario fit's coef, HAC s.e., t, p, and the evaluation fit's coef."""
        import pandas as pd

        rows = []
        for inv, m in self.scenario.items():
            tr = self.train.get(inv)
            for i, t in enumerate(m.terms):
                rows.append({"investor": inv, "term": t, "coef": float(m.params[i]), "se_hac": float(m.bse[i]),
                             "t": float(m.params[i] / m.bse[i]) if m.bse[i] > 0 else float("nan"),
                             "p_value": float(m.pvalues[i]),
                             "coef_through_train_end": tr.coef(t) if tr is not None else float("nan"),
                             "unit": TERM_UNITS[t]})
        out = pd.DataFrame(rows)
        out.attrs["units"] = {"coef": "see the unit column", "se_hac": "same unit as coef"}
        return out

    def fit_table(self) -> "pd.DataFrame":
        """One row per investor: sample, fit, out-of-sample errors (JPY 100mn) and where the model is weak."""
        import pandas as pd

        rows = []
        for inv, m in self.scenario.items():
            tr, oos = self.train[inv], self.oos[inv]
            rows.append({
                "investor": inv, "label": INVESTORS.get(inv, inv), "n": m.n, "first": m.first, "last": m.last,
                "r2": m.r2, "adj_r2": m.adj_r2, "resid_sd_jpy_100mn": m.resid_sd, "hac_lags": m.hac_lags,
                "pickup_effect_jpy_100mn_per_pp": m.pickup_effect, "lag_coef": m.coef("lag_net_jpy_100mn"),
                "train_n": tr.n, "train_last": tr.last, "train_r2": tr.r2,
                "oos_n": oos["oos_n"], "oos_first": oos["oos_first"], "oos_last": oos["oos_last"],
                "oos_rmse_jpy_100mn": oos["oos_rmse"], "oos_mae_jpy_100mn": oos["oos_mae"],
                "oos_rmse_benchmark_jpy_100mn": oos["oos_rmse_benchmark"], "oos_r2": oos["oos_r2"],
                "oos_bias_jpy_100mn": oos["oos_bias"], "oos_mean_actual_jpy_100mn": oos["oos_mean_actual"],
                "oos_mean_predicted_jpy_100mn": oos["oos_mean_predicted"],
                "oos_rmse_dynamic_jpy_100mn": oos["oos_rmse_dynamic"],
                "weak": "; ".join(weaknesses(m, oos)) or "none flagged"})
        out = pd.DataFrame(rows)
        out.attrs["units"] = {c: "JPY 100mn" for c in out.columns if c.endswith("_jpy_100mn")} | {
            "pickup_effect_jpy_100mn_per_pp": "JPY 100mn per month for +1 pp on both pickups"}
        return out

    def robustness_table(self) -> "pd.DataFrame":
        """The no-FX specification on the whole post-2014 sample: pickup coefficients beside the full model's."""
        import pandas as pd

        rows = []
        for inv, m in self.robustness.items():
            full = self.scenario[inv]
            r = {"investor": inv, "spec": "no_fx", "n": m.n, "first": m.first, "last": m.last, "r2": m.r2}
            for t in ("hedged_pickup_pct", "unhedged_pickup_pct"):
                i = m.terms.index(t)
                r[f"{t}_coef"] = float(m.params[i])
                r[f"{t}_t"] = float(m.params[i] / m.bse[i])
                r[f"{t}_coef_full_spec"] = full.coef(t)
            rows.append(r)
        return pd.DataFrame(rows)


def estimate(flows: "pd.DataFrame", regressors: "pd.DataFrame", *, spec: str = "full", start=EST_START,
             train_end=TRAIN_END, end=None) -> ModelSet:
    """Fit every investor's model (columns of ``flows``, JPY 100mn) on ``regressors`` (:func:`monthly_regressors`).

    The scenario fit uses every complete month from ``start`` (to ``end``); the evaluation fit stops
    at ``train_end`` and is tested on the months after it. ``robustness`` holds the no-FX fit.
    """
    import pandas as pd

    if spec not in SPECS:
        raise ValueError(f"unknown specification {spec!r}; use one of {', '.join(SPECS)}")
    scen, train, oos, rob, designs = {}, {}, {}, {}, {}
    after = str(pd.Period(train_end, "M") + 1)
    for inv in flows.columns:
        d = design(flows[inv], regressors)
        designs[inv] = d
        scen[inv] = fit(d, inv, spec=spec, start=start, end=end)
        train[inv] = fit(d, inv, spec=spec, start=start, end=train_end)
        oos[inv] = evaluate(train[inv], d, after, end)
        rob[inv] = fit(d, inv, spec="no_fx", start=start, end=end)
    return ModelSet(spec=spec, start=str(start), train_end=str(train_end), scenario=scen, train=train, oos=oos,
                    robustness=rob, designs=designs)
