"""Scenario runner: paths for rates and the yen -> Japanese flows by investor type, Treasuries, yields.

Pure functions on plain Python and pandas objects; no store, no files (the TOML is read by
``ustflow.views.scenario`` and handed over as a dict). Units: yields and rates in percent, USD/JPY in
JPY per USD, MoF flows in JPY 100mn per month (+ = net purchase of foreign long-term debt), Treasury
flows and holdings in USD bn, yield impacts in basis points (+ = higher yields).

Steps, one function each:

1. :func:`parse_scenario` checks a scenario document (the TOML format of ``docs/scenarios.md``).
2. :func:`build_paths` turns it into monthly paths of the USD short rate (SOFR; a Fed funds path
   moves it one for one), the BOJ-rate proxy (JGB 1y), the UST and JGB 10-year yields, USD/JPY
   and the hedge basis, from the latest observed levels; the hedged and unhedged pickups follow with
   :func:`ustflow.analytics.hedge.hedged_yield` (hedged = UST - (USD short - JPY short + basis)).
3. :func:`simulate_flows` runs each investor's flow model
   (:mod:`ustflow.analytics.scenario_model`) forward, feeding back its own lagged flow. The point
   path uses the estimated coefficients and no shocks; the bands come from ``n_sims`` simulations
   that draw the coefficients from a normal with the HAC covariance and add residuals resampled
   from the estimation sample (parameter and residual uncertainty; fixed ``seed``).
4. :func:`treasury_paths`: the share of MoF flows that shows up as US Treasuries (the marginal share
   of :mod:`ustflow.analytics.treasury_share`, drawn from a normal with its standard error) times
   the all-investor flow in dollars; official sales of Treasuries to fund a yen-buying intervention
   (``amount_jpy_bn / USD/JPY`` of that month, USD bn); valuation of the holdings as the 10-year
   yield path moves (duration approximation, ``ustflow.analytics.risk.bond_return`` on the
   long-term share); Japan's implied holdings ``H[t] = H[t-1] + valuation[t] + private[t] + official[t]``.
5. :func:`yield_impact`: published estimates of the yield effect of foreign flows
   (:data:`ustflow.analytics.impact.LITERATURE`), scaled linearly to the implied net sales: the
   short-run range on each month's flow, the persistent range on the cumulative flow.

The yield impact is reported beside the UST path the user gave; it is not fed back into it (the
path is the scenario's assumption, the impact shows what the implied flows would add to it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ustflow.analytics.scenario_model import FlowModel

# variable -> (column, unit, description)
VARIABLES: dict[str, tuple[str, str, str]] = {
    "usd_short": ("usd_short_pct", "percent", "USD short rate (SOFR), the dollar leg of the hedge cost"),
    "jpy_short": ("jpy_short_pct", "percent", "BOJ policy-rate proxy: JGB 1-year yield, the yen leg of the hedge cost"),
    "ust_10y": ("ust_10y_pct", "percent", "10-year US Treasury yield"),
    "jgb_10y": ("jgb_10y_pct", "percent", "10-year JGB yield"),
    "usdjpy": ("usdjpy", "JPY per USD", "USD/JPY (higher = weaker yen)"),
    "hedge_basis": ("hedge_basis_pct", "percentage points", "basis added to the hedge cost (0 in the estimation)"),
}
# Other names a user may write. A Fed funds path moves SOFR by the same change from its own start
# level (EFFR), so the SOFR-EFFR spread of the start month is kept.
ALIASES = {"sofr": "usd_short", "fed_funds": "usd_short", "effr": "usd_short", "boj": "jpy_short",
           "boj_rate": "jpy_short", "jgb_1y": "jpy_short"}
SPREAD_START = {"fed_funds": "fed_funds", "effr": "fed_funds"}  # start level read from another input
PATH_KEYS = {"to", "change", "change_bp", "change_pct", "values", "over", "start_month"}
FUNDING = ("treasuries", "deposits")
MAX_MONTHS = 120

UNITS: dict[str, str] = {
    "usd_short_pct": "percent (monthly average)", "jpy_short_pct": "percent (monthly average)",
    "ust_10y_pct": "percent (monthly average)", "jgb_10y_pct": "percent (monthly average)",
    "usdjpy": "JPY per USD (monthly average)", "hedge_basis_pct": "percentage points",
    "hedge_cost_pct": "percent per year", "hedged_pickup_pct": "percent per year (hedged UST 10y - JGB 10y)",
    "unhedged_pickup_pct": "percent per year (UST 10y - JGB 10y)",
    "usdjpy_change_pct": "percent change of USD/JPY from the month before",
    "net_jpy_100mn": "JPY 100mn per month (+ = net purchase of foreign long-term debt)",
    "net_usd_bn": "USD bn per month at the scenario's USD/JPY",
    "cumulative_net_jpy_100mn": "JPY 100mn, sum since the scenario started",
    "private_treasury_net_usd_bn": "USD bn per month (+ = net purchase of US Treasuries)",
    "official_treasury_net_usd_bn": "USD bn per month (- = sales funding an intervention)",
    "treasury_net_usd_bn": "USD bn per month (private + official)",
    "valuation_usd_bn": "USD bn per month (price change of the holdings)",
    "holdings_usd_bn": "USD bn, end of month",
    "yield_impact_short_run_bp": "bp of Treasury yields (+ = higher), from this month's flow",
    "yield_impact_persistent_bp": "bp of Treasury yields (+ = higher), from the cumulative flow",
}
INPUT_COLUMNS = ("usd_short_pct", "jpy_short_pct", "ust_10y_pct", "jgb_10y_pct", "usdjpy", "hedge_basis_pct",
                 "hedge_cost_pct", "hedged_pickup_pct", "unhedged_pickup_pct", "usdjpy_change_pct")


@dataclass(frozen=True)
class Intervention:
    """A Ministry of Finance FX operation in scenario month ``month`` (1 = first month)."""

    month: int
    amount_jpy_bn: float  # + = yen bought, dollars sold (the kind Japan did in 2022, 2024, 2026)
    funded_by: str = "treasuries"  # treasuries: the dollars come from selling Treasuries; deposits: they do not


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    description: str
    months: int
    paths: dict[str, dict]
    interventions: tuple[Intervention, ...] = ()
    source: str = ""


# ------------------------------------------------------------------------------------------ parse
def _num(v: Any, where: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ValueError(f"{where}: expected a number, got {v!r}")
    return float(v)


def _int(v: Any, where: str, lo: int = 1, hi: int = MAX_MONTHS) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise ValueError(f"{where}: expected a whole number from {lo} to {hi}, got {v!r}")
    return v


def _path_spec(key: str, raw: Any) -> dict:
    where = f"paths.{key}"
    target = ALIASES.get(key, key)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raw = {"to": raw}
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected a table such as {{ to = 1.5, over = 12 }} or a number")
    unknown = set(raw) - PATH_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(PATH_KEYS))}")
    kinds = [k for k in ("to", "change", "change_bp", "change_pct", "values") if k in raw]
    if len(kinds) != 1:
        raise ValueError(f"{where}: give exactly one of to, change, change_bp, change_pct, values (got {kinds or 'none'})")
    kind = kinds[0]
    if kind == "change_bp" and target == "usdjpy":
        raise ValueError(f"{where}: change_bp is for yields and rates; for USD/JPY use change_pct or change")
    if kind == "change_pct" and target != "usdjpy":
        raise ValueError(f"{where}: change_pct is for USD/JPY; for a rate use change_bp or change (percentage points)")
    spec: dict = {"kind": kind}
    if kind == "values":
        vals = raw["values"]
        if not isinstance(vals, list) or not vals:
            raise ValueError(f"{where}.values: expected a non-empty list of monthly levels")
        spec["values"] = [_num(v, f"{where}.values[{i}]") for i, v in enumerate(vals)]
        if "over" in raw or "start_month" in raw:
            raise ValueError(f"{where}: 'values' gives every month; 'over' and 'start_month' do not apply")
    else:
        spec["amount"] = _num(raw[kind], f"{where}.{kind}")
        spec["over"] = _int(raw.get("over", 1), f"{where}.over")
        spec["start_month"] = _int(raw.get("start_month", 1), f"{where}.start_month")
    return spec


def parse_scenario(doc: dict, *, name: str, source: str = "") -> Scenario:
    """Check a scenario document (parsed TOML) and return a :class:`Scenario`; ``ValueError`` says what is wrong."""
    if not isinstance(doc, dict):
        raise ValueError("a scenario is a TOML document with [scenario], [paths] and optional [[interventions]]")
    unknown = set(doc) - {"scenario", "paths", "interventions"}
    if unknown:
        raise ValueError(f"unknown section(s) {', '.join(sorted(unknown))}; use [scenario], [paths], [[interventions]]")
    head = doc.get("scenario", {})
    if not isinstance(head, dict):
        raise ValueError("[scenario] must be a table")
    bad = set(head) - {"title", "description", "months", "name"}
    if bad:
        raise ValueError(f"[scenario]: unknown key(s) {', '.join(sorted(bad))}; use title, description, months")
    months = _int(head.get("months", 12), "scenario.months")
    paths_raw = doc.get("paths", {})
    if not isinstance(paths_raw, dict):
        raise ValueError("[paths] must be a table of variables")
    known = set(VARIABLES) | set(ALIASES)
    paths: dict[str, dict] = {}
    for key, raw in paths_raw.items():
        if key not in known:
            raise ValueError(f"paths.{key}: unknown variable; use {', '.join(VARIABLES)} "
                             f"(or {', '.join(ALIASES)})")
        target = ALIASES.get(key, key)
        if target in {ALIASES.get(k, k) for k in paths}:
            raise ValueError(f"paths.{key}: {target} is already given by another name")
        paths[key] = _path_spec(key, raw)
    ivs = doc.get("interventions", [])
    if not isinstance(ivs, list):
        raise ValueError("interventions must be an array of tables ([[interventions]])")
    out_iv = []
    for i, iv in enumerate(ivs):
        where = f"interventions[{i}]"
        if not isinstance(iv, dict):
            raise ValueError(f"{where}: expected a table with month, amount_jpy_bn, funded_by")
        bad = set(iv) - {"month", "amount_jpy_bn", "funded_by"}
        if bad:
            raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(bad))}")
        if "amount_jpy_bn" not in iv:
            raise ValueError(f"{where}: amount_jpy_bn is required (JPY bn; + = yen bought, dollars sold)")
        funded = iv.get("funded_by", "treasuries")
        if funded not in FUNDING:
            raise ValueError(f"{where}.funded_by: use {' or '.join(FUNDING)}, not {funded!r}")
        out_iv.append(Intervention(_int(iv.get("month", 1), f"{where}.month"),
                                   _num(iv["amount_jpy_bn"], f"{where}.amount_jpy_bn"), funded))
    return Scenario(name=str(head.get("name", name)), title=str(head.get("title", name)),
                    description=str(head.get("description", "")), months=months, paths=paths,
                    interventions=tuple(out_iv), source=source)


# ------------------------------------------------------------------------------------------ paths
def path_levels(spec: dict, start: float, months: int) -> "np.ndarray":
    """Monthly levels 1..``months`` of one variable from its start level (see ``docs/scenarios.md``).

    ``values`` are the months' levels (the last one holds after the list ends); otherwise the target
    (``to``, ``start + change``, ``start + change_bp/100``, ``start * (1 + change_pct/100)``) is reached
    in a straight line over ``over`` months beginning in ``start_month`` and then held.
    """
    import numpy as np

    if spec["kind"] == "values":
        v = spec["values"]
        return np.array([v[min(i, len(v) - 1)] for i in range(months)], dtype="float64")
    a = spec["amount"]
    target = {"to": a, "change": start + a, "change_bp": start + a / 100.0,
              "change_pct": start * (1.0 + a / 100.0)}[spec["kind"]]
    j = np.arange(1, months + 1, dtype="float64")
    frac = np.clip((j - spec["start_month"] + 1) / spec["over"], 0.0, 1.0)
    return start + (target - start) * frac


def build_paths(scn: Scenario, starts: dict[str, float], first_period, months: int | None = None) -> "pd.DataFrame":
    """Monthly input paths (PeriodIndex 'M' from ``first_period``) and the pickups they imply.

    ``starts``: the latest observed monthly averages, keyed by variable (``usd_short``, ``jpy_short``,
    ``ust_10y``, ``jgb_10y``, ``usdjpy``; ``fed_funds`` for a Fed funds path; ``hedge_basis`` defaults
    to 0). Variables the scenario does not mention stay at their start level. Returns the columns of
    ``INPUT_COLUMNS`` plus ``april`` (1.0 in April).
    """
    import numpy as np
    import pandas as pd

    from ustflow.analytics.hedge import hedge_cost

    n = months or scn.months
    idx = pd.period_range(pd.Period(first_period, "M"), periods=n, freq="M", name="period")
    base = dict(starts)
    base.setdefault("hedge_basis", 0.0)
    missing = [v for v in VARIABLES if v not in base or base[v] is None or base[v] != base[v]]
    if missing:
        raise ValueError(f"no start level for {', '.join(missing)}")
    levels = {v: np.full(n, float(base[v])) for v in VARIABLES}
    for key, spec in scn.paths.items():
        target = ALIASES.get(key, key)
        own = SPREAD_START.get(key)
        s0 = float(base[own]) if own else float(base[target])
        if own and own not in base:
            raise ValueError(f"no start level for {key}")
        levels[target] = float(base[target]) + (path_levels(spec, s0, n) - s0)
    if (levels["usdjpy"] <= 0).any():
        raise ValueError("the USD/JPY path must stay above zero")
    df = pd.DataFrame({VARIABLES[v][0]: levels[v] for v in VARIABLES}, index=idx)
    df["hedge_cost_pct"] = hedge_cost(df["usd_short_pct"], df["jpy_short_pct"], df["hedge_basis_pct"])
    df["hedged_pickup_pct"] = df["ust_10y_pct"] - df["hedge_cost_pct"] - df["jgb_10y_pct"]
    df["unhedged_pickup_pct"] = df["ust_10y_pct"] - df["jgb_10y_pct"]
    prev = np.concatenate([[float(base["usdjpy"])], df["usdjpy"].to_numpy()[:-1]])
    df["usdjpy_change_pct"] = (df["usdjpy"].to_numpy() / prev - 1.0) * 100.0
    df["april"] = (idx.month == 4).astype("float64")
    df.attrs["units"] = {c: UNITS[c] for c in INPUT_COLUMNS} | {"april": "dummy"}
    return df


def start_inputs(starts: dict[str, float]) -> dict[str, float]:
    """The inputs at the start (month 0), with the hedge cost and pickups computed as in :func:`build_paths`."""
    from ustflow.analytics.hedge import hedge_cost

    out = {VARIABLES[v][0]: float(starts.get(v, 0.0 if v == "hedge_basis" else float("nan"))) for v in VARIABLES}
    out["hedge_cost_pct"] = hedge_cost(out["usd_short_pct"], out["jpy_short_pct"], out["hedge_basis_pct"])
    out["hedged_pickup_pct"] = out["ust_10y_pct"] - out["hedge_cost_pct"] - out["jgb_10y_pct"]
    out["unhedged_pickup_pct"] = out["ust_10y_pct"] - out["jgb_10y_pct"]
    return out


# ------------------------------------------------------------------------------------------ flows
def simulate_flows(models: dict[str, "FlowModel"], paths: "pd.DataFrame", last_flows: dict[str, float], *,
                   n_sims: int, rng: "np.random.Generator") -> dict[str, tuple["np.ndarray", "np.ndarray"]]:
    """Each investor's monthly flows (JPY 100mn): (point path, simulations of shape (n_sims, months)).

    The point path uses the estimated coefficients and no shocks. Each simulation draws one set of
    coefficients from N(estimate, HAC covariance) and one resampled residual per month; both paths
    feed their own flow back as next month's lag, starting from ``last_flows`` (the last observed month).
    """
    import numpy as np

    out = {}
    n = len(paths)
    for inv, m in models.items():
        lag_i = m.terms.index("lag_net_jpy_100mn")
        other = [i for i in range(len(m.terms)) if i != lag_i]
        X = np.column_stack([np.ones(n) if m.terms[i] == "const" else paths[m.terms[i]].to_numpy(dtype="float64")
                             for i in other])
        base_point = X @ m.params[other]
        rho = m.params[lag_i]
        point = np.empty(n)
        lag = float(last_flows[inv])
        for t in range(n):
            point[t] = base_point[t] + rho * lag
            lag = point[t]
        B = rng.multivariate_normal(m.params, m.cov, size=n_sims, method="eigh")
        E = rng.choice(m.resid, size=(n_sims, n), replace=True)
        base_sim = B[:, other] @ X.T  # (n_sims, n)
        sims = np.empty((n_sims, n))
        lag_s = np.full(n_sims, float(last_flows[inv]))
        for t in range(n):
            sims[:, t] = base_sim[:, t] + B[:, lag_i] * lag_s + E[:, t]
            lag_s = sims[:, t]
        out[inv] = (point, sims)
    return out


# ------------------------------------------------------------------------------------- treasuries
def official_sales(interventions, usdjpy: "np.ndarray") -> "np.ndarray":
    """Official Treasury net purchases per month (USD bn) from interventions funded by Treasuries.

    Buying ``amount_jpy_bn`` yen takes ``amount_jpy_bn / USD/JPY`` dollars (USD bn, since both are in
    billions), raised by selling that many Treasuries: a negative net purchase. Interventions after
    the horizon are left out (the caller warns).
    """
    import numpy as np

    out = np.zeros(len(usdjpy))
    for iv in interventions:
        if iv.funded_by == "treasuries" and iv.month <= len(usdjpy):
            out[iv.month - 1] -= iv.amount_jpy_bn / float(usdjpy[iv.month - 1])
    return out


def treasury_paths(all_flows: tuple["np.ndarray", "np.ndarray"], paths: "pd.DataFrame", *, share: float,
                   share_se: float, interventions, ust_10y_start: float, holdings0_usd_bn: float,
                   lt_share: float, duration: float, rng: "np.random.Generator") -> dict[str, tuple["np.ndarray", "np.ndarray"]]:
    """Japan's implied Treasury flows and holdings (USD bn): {name: (point, simulations)}.

    ``all_flows``: the all-investor flow (point, simulations) in JPY 100mn. Names:
    ``net_usd_bn`` (that flow in dollars), ``private_treasury_net_usd_bn`` (share x that),
    ``official_treasury_net_usd_bn``, ``treasury_net_usd_bn``, ``valuation_usd_bn``, ``holdings_usd_bn``.
    Valuation: ``H[t-1] x lt_share x bond_return(dUST10y, duration)`` (no convexity, like the
    decomposition this duration was fitted in).
    """
    import numpy as np

    from ustflow.analytics.flows import JPY_100MN_PER_USD_BN_AT_1
    from ustflow.analytics.risk import bond_return

    point_jpy, sims_jpy = all_flows
    fx = paths["usdjpy"].to_numpy(dtype="float64")
    usd_p = point_jpy / fx / JPY_100MN_PER_USD_BN_AT_1
    usd_s = sims_jpy / fx / JPY_100MN_PER_USD_BN_AT_1
    shares = rng.normal(share, share_se, size=sims_jpy.shape[0]) if share_se and share_se > 0 \
        else np.full(sims_jpy.shape[0], share)
    priv_p, priv_s = share * usd_p, shares[:, None] * usd_s
    off = official_sales(interventions, fx)
    ust = paths["ust_10y_pct"].to_numpy(dtype="float64")
    dy = np.diff(np.concatenate([[ust_10y_start], ust]))
    r = lt_share * bond_return(dy, duration, 0.0)

    def hold(priv):
        h = np.empty_like(priv)
        val = np.empty_like(priv)
        prev = np.full(priv.shape[:-1], holdings0_usd_bn, dtype="float64")
        for t in range(priv.shape[-1]):
            val[..., t] = prev * r[t]
            h[..., t] = prev + val[..., t] + priv[..., t] + off[t]
            prev = h[..., t]
        return h, val

    h_p, v_p = hold(priv_p)
    h_s, v_s = hold(priv_s)
    off_s = np.broadcast_to(off, priv_s.shape)
    return {"net_usd_bn": (usd_p, usd_s), "private_treasury_net_usd_bn": (priv_p, priv_s),
            "official_treasury_net_usd_bn": (off, off_s), "treasury_net_usd_bn": (priv_p + off, priv_s + off_s),
            "valuation_usd_bn": (v_p, v_s), "holdings_usd_bn": (h_p, h_s)}


# ----------------------------------------------------------------------------------------- impact
def impact_rates() -> dict[str, tuple[float, float]]:
    """Yield rise (bp) per USD 1bn of net sales: the short-run and persistent ranges of the literature."""
    from ustflow.analytics.impact import literature_range, scale_literature

    lit = scale_literature(1.0, 1)
    return {"short": literature_range(lit, "short"), "persistent": literature_range(lit, "persistent")}


def citations() -> list[dict]:
    """The published estimates behind :func:`impact_rates` (key, short name, horizon, citation, URL)."""
    from ustflow.analytics.impact import LITERATURE

    return [{"key": e.key, "estimate": e.short, "horizon": e.horizon, "citation": e.citation, "url": e.url}
            for e in LITERATURE if e.scalable and e.per_usd_bn]


def yield_impact(net_usd_bn: tuple["np.ndarray", "np.ndarray"], level: float) -> dict[str, tuple["np.ndarray", "np.ndarray", "np.ndarray"]]:
    """Yield impact (bp, + = higher yields) of Japan's implied Treasury net purchases: {name: (value, lower, upper)}.

    Net sales ``s = -net``; short run ``s[t] x rate`` (the month's flow), persistent ``cumsum(s) x rate``.
    ``value`` uses the middle of the literature range on the point path; ``lower``/``upper`` are the
    band quantiles of the lower and upper literature rate applied to each simulation.
    """
    import numpy as np

    point, sims = net_usd_bn
    q = ((1 - level) / 2, (1 + level) / 2)
    out = {}
    for name, horizon, cum in (("yield_impact_short_run_bp", "short", False),
                               ("yield_impact_persistent_bp", "persistent", True)):
        lo, hi = impact_rates()[horizon]
        s_p = -np.cumsum(point) if cum else -point
        s_s = -np.cumsum(sims, axis=1) if cum else -sims
        a, b = lo * s_s, hi * s_s
        out[name] = ((lo + hi) / 2 * s_p, np.quantile(np.minimum(a, b), q[0], axis=0),
                     np.quantile(np.maximum(a, b), q[1], axis=0))
    return out


# ---------------------------------------------------------------------------------------- assemble
def run(scn: Scenario, models: dict[str, "FlowModel"], *, starts: dict[str, float], first_period,
        last_flows: dict[str, float], share: float, share_se: float, holdings0_usd_bn: float, lt_share: float,
        duration: float, months: int | None = None, n_sims: int = 2000, seed: int = 0,
        level: float = 0.9) -> "pd.DataFrame":
    """Run a scenario: a long DataFrame of monthly paths with bands, ready to chart.

    Columns: ``period`` ('YYYY-MM'), ``month`` (0 = the last observed state, 1..N the scenario),
    ``group`` (inputs, flows, treasuries, impact), ``variable``, ``investor`` ('' unless a flow),
    ``value`` (point path), ``lower``/``upper`` (``level`` simulation band; equal to ``value`` for
    inputs and month 0), ``unit``. ``attrs``: units, level, n_sims, seed, scenario, summary,
    warnings, impact_rates, citations.
    """
    import numpy as np
    import pandas as pd

    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, got {level}")
    if n_sims < 100:
        raise ValueError(f"n_sims must be at least 100 for a band, got {n_sims}")
    n = months or scn.months
    paths = build_paths(scn, starts, first_period, n)
    rng = np.random.default_rng(seed)
    flows = simulate_flows(models, paths, last_flows, n_sims=n_sims, rng=rng)
    if "all" not in flows:
        raise ValueError("the 'all' investors model is needed for the Treasury share")
    tre = treasury_paths(flows["all"], paths, share=share, share_se=share_se, interventions=scn.interventions,
                         ust_10y_start=float(starts["ust_10y"]), holdings0_usd_bn=holdings0_usd_bn,
                         lt_share=lt_share, duration=duration, rng=rng)
    imp = yield_impact(tre["treasury_net_usd_bn"], level)
    q = ((1 - level) / 2, (1 + level) / 2)
    p0 = paths.index[0] - 1
    labels = [str(p0)] + [str(p) for p in paths.index]
    rows: list[pd.DataFrame] = []

    def add(group, variable, investor, value, lower=None, upper=None, start=None):
        v = np.asarray(value, dtype="float64")
        lo = v if lower is None else np.asarray(lower, dtype="float64")
        hi = v if upper is None else np.asarray(upper, dtype="float64")
        if start is not None:
            v, lo, hi = (np.concatenate([[start], x]) for x in (v, lo, hi))
            per, mon = labels, range(0, n + 1)
        else:
            per, mon = labels[1:], range(1, n + 1)
        rows.append(pd.DataFrame({"period": per, "month": list(mon), "group": group, "variable": variable,
                                  "investor": investor, "value": v, "lower": lo, "upper": hi,
                                  "unit": UNITS[variable]}))

    def band(sims):
        return np.quantile(sims, q[0], axis=0), np.quantile(sims, q[1], axis=0)

    start_of = start_inputs(starts)
    for col in INPUT_COLUMNS:
        add("inputs", col, "", paths[col], start=start_of.get(col))
    fx = paths["usdjpy"].to_numpy()
    summary = []
    for inv, (point, sims) in flows.items():
        add("flows", "net_jpy_100mn", inv, point, *band(sims), start=last_flows[inv])
        add("flows", "net_usd_bn", inv, point / fx / 10.0, *band(sims / fx / 10.0))
        add("flows", "cumulative_net_jpy_100mn", inv, np.cumsum(point), *band(np.cumsum(sims, axis=1)))
        tot = sims.sum(axis=1)
        summary.append({"item": f"net purchases of foreign LT debt, {inv}", "investor": inv,
                        "value": float(point.sum()), "lower": float(np.quantile(tot, q[0])),
                        "upper": float(np.quantile(tot, q[1])), "unit": f"JPY 100mn over {n} months"})
    for name in ("private_treasury_net_usd_bn", "official_treasury_net_usd_bn", "treasury_net_usd_bn",
                 "valuation_usd_bn", "holdings_usd_bn"):
        point, sims = tre[name]
        add("treasuries", name, "", point, *band(sims), start=holdings0_usd_bn if name == "holdings_usd_bn" else None)
    for name, (v, lo, hi) in imp.items():
        add("impact", name, "", v, lo, hi)
    point, sims = tre["treasury_net_usd_bn"]
    tot = sims.sum(axis=1)
    summary.append({"item": "Japan's implied net purchases of US Treasuries (private + official)", "investor": "",
                    "value": float(point.sum()), "lower": float(np.quantile(tot, q[0])),
                    "upper": float(np.quantile(tot, q[1])), "unit": f"USD bn over {n} months"})
    h_p, h_s = tre["holdings_usd_bn"]
    summary.append({"item": f"Japan's implied Treasury holdings after {n} months", "investor": "",
                    "value": float(h_p[-1]), "lower": float(np.quantile(h_s[:, -1], q[0])),
                    "upper": float(np.quantile(h_s[:, -1], q[1])), "unit": "USD bn"})
    v, lo, hi = imp["yield_impact_persistent_bp"]
    summary.append({"item": f"persistent yield impact after {n} months (literature range)", "investor": "",
                    "value": float(v[-1]), "lower": float(lo[-1]), "upper": float(hi[-1]),
                    "unit": "bp (+ = higher Treasury yields)"})
    warnings = [f"intervention in month {iv.month} is after the {n}-month horizon and left out"
                for iv in scn.interventions if iv.month > n]
    out = pd.concat(rows, ignore_index=True)
    out.attrs.update(units=dict(UNITS), level=level, n_sims=n_sims, seed=seed, months=n,
                     first_period=str(paths.index[0]),
                     scenario={"name": scn.name, "title": scn.title, "description": scn.description,
                               "source": scn.source,
                               "interventions": [iv.__dict__ for iv in scn.interventions]},
                     summary=summary,
                     warnings=warnings, impact_rates_bp_per_usd_bn=impact_rates(), citations=citations(),
                     share=share, share_se=share_se, holdings0_usd_bn=holdings0_usd_bn, lt_share=lt_share,
                     duration=duration)
    return out


def wide(df: "pd.DataFrame", variables: list[str], investor: str = "") -> "pd.DataFrame":
    """Some variables of a :func:`run` result side by side, one row per month (values only, no bands)."""
    sub = df[df["variable"].isin(variables) & (df["investor"] == investor)]
    out = sub.pivot_table(index=["month", "period"], columns="variable", values="value", sort=True).reset_index()
    out.columns.name = None
    return out[["month", "period"] + [v for v in variables if v in out.columns]]
