"""Risk: Monte Carlo VaR/ES for a million bootstrap paths (in-process, real weekly changes from the mirror)."""

from __future__ import annotations

import statistics
import time


def _median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(ctx) -> list[dict]:
    import ustflow
    from ustflow.analytics import risk as rk
    from ustflow.store import Store
    from ustflow.views import risk as rv

    # Only the FRED files are needed: 2y/10y/30y yields and USD/JPY.
    store = Store(ctx.scratch / "risk-home")
    report = ustflow.update(mirror=ctx.mirror, only="fred", store=store)
    if not report.ok:
        raise RuntimeError(f"could not load FRED from {ctx.mirror}: {[r.message for r in report.failed]}")
    curve, fx = rv._curve_and_fx(start="2018-01-01", store=store)
    changes = rk.weekly_changes(curve, fx)
    p = rk.Portfolio(holdings_usd_bn=1100.0, duration=6.0, convexity=0.5, hedge_ratio=0.5, usdjpy=150.0)
    n = 1_000_000

    def one_week():
        pnl = rk.monte_carlo_pnl(p, changes, paths=n, horizon_weeks=1, seed=1)
        rk.var_es(pnl, 0.99)

    def four_weeks():
        pnl = rk.monte_carlo_pnl(p, changes, paths=n, horizon_weeks=4, seed=1)
        rk.var_es(pnl, 0.99)

    t1 = _median_time(one_week)
    t4 = _median_time(four_weeks)
    tv = _median_time(lambda: rv.monte_carlo_var(p, paths=n, store=store), repeat=3)
    return [
        {"name": f"bootstrap P&L + VaR/ES, {n:,} paths, 1-week horizon ({len(changes)} weeks resampled)",
         "value": t1, "unit": "s", "target": "about 1 s", "ok": t1 <= 1.0},
        {"name": f"bootstrap P&L + VaR/ES, {n:,} paths, 4-week horizon", "value": t4, "unit": "s",
         "target": "about 1 s", "ok": t4 <= 1.5},
        {"name": "`views.risk.monte_carlo_var` (store read, USD and JPY, 3 levels)", "value": tv, "unit": "s",
         "baseline": t1, "baseline_unit": "s"},
    ]
