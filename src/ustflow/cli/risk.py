"""``ustflow risk``: shocks, replays, Monte Carlo VaR, real return, concentration and selling cost for a holder."""

from __future__ import annotations

from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import (
    Format,
    console,
    emit,  # escapes titles: "[percent]" is a unit, not markup
)


def register(app: typer.Typer) -> None:
    app.command("risk")(risk)


def parse_bp(text: str) -> float:
    """'100bp' -> 100; '-50' -> -50 (bp); '1%' or '1pp' -> 100 (percentage points)."""
    from ustflow.errors import InvalidArgument

    t = text.strip().lower().replace(" ", "")
    try:
        if t.endswith("bp"):
            return float(t[:-2])
        if t.endswith("pp") or t.endswith("%"):
            return float(t.rstrip("%").removesuffix("pp")) * 100.0
        return float(t)
    except ValueError:
        raise InvalidArgument(f"cannot read a rate shock from {text!r}: use e.g. 100bp, -50bp or 1%") from None


def parse_pct(text: str) -> float:
    """'-10%' -> -10 (percent change of USD/JPY); '-10' -> -10."""
    from ustflow.errors import InvalidArgument

    try:
        return float(text.strip().rstrip("%"))
    except ValueError:
        raise InvalidArgument(f"cannot read an FX shock from {text!r}: use e.g. -10% (USD/JPY change)") from None


def _floats(text: str) -> list[float]:
    from ustflow.errors import InvalidArgument

    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise InvalidArgument(f"expected comma-separated numbers, got {text!r}") from None


def risk(
    holdings: Optional[float] = typer.Option(None, "--holdings", help="Market value in USD bn (default: Japan's latest TIC holdings)."),
    duration: Optional[float] = typer.Option(None, "--duration", help="Modified duration, years (default: Japan's holdings' fitted duration, about 4.4, printed with its fit)."),
    convexity: float = typer.Option(0.5, "--convexity", help="Convexity, market-screen convention (years^2/100): 0.5 = 50."),
    hedge_ratio: float = typer.Option(0.0, "--hedge-ratio", help="Share of the dollar value hedged into the base currency, 0..1."),
    base: str = typer.Option("JPY", "--base", help="Base currency of the holder: JPY or USD."),
    usdjpy: Optional[float] = typer.Option(None, "--usdjpy", help="Spot JPY per USD (default: latest fred.dexjpus)."),
    scenario: Optional[str] = typer.Option(None, "--scenario", help="One named scenario (see --list-scenarios); default all."),
    shock_rates: Optional[str] = typer.Option(None, "--shock-rates", help="Custom parallel shock, e.g. 100bp."),
    shock_fx: Optional[str] = typer.Option(None, "--shock-fx", help="Custom USD/JPY change, e.g. -10% (stronger yen)."),
    var: float = typer.Option(0.99, "--var", help="VaR/ES confidence level (0.95 and 0.995 are shown too)."),
    paths: int = typer.Option(1_000_000, "--paths", help="Monte Carlo paths."),
    horizon: int = typer.Option(1, "--horizon-weeks", help="VaR horizon in weeks."),
    keep_drift: bool = typer.Option(False, "--keep-drift", help="Keep the sample's mean weekly changes in the VaR bootstrap (default: removed, so a long horizon does not extrapolate 2018-2026's yen drift)."),
    seed: int = typer.Option(0, "--seed", help="Random seed (same seed, same numbers)."),
    inflation: str = typer.Option("3,2.5,2,2,2", "--inflation", help="Inflation path, percent per year, one value per year."),
    sell: float = typer.Option(100.0, "--sell", help="Amount to sell for the selling-cost estimate, USD bn."),
    sell_days: int = typer.Option(20, "--sell-days", help="Trading days over which to sell."),
    volume: float = typer.Option(900.0, "--volume", help="Market daily volume, USD bn (assumption for the impact model)."),
    permanent: Optional[float] = typer.Option(None, "--permanent-bp", help="Permanent yield impact, bp per USD 100bn sold (default: Beltran et al. 2013's long-run 20 bp scaled to today's market size, about 6)."),
    section: Optional[str] = typer.Option(None, "--section", help="Only one of: stress, var, real, concentration, selling."),
    list_scenarios: bool = typer.Option(False, "--list-scenarios", help="List the named scenarios and their shocks."),
    as_of: Optional[str] = date_option("--as-of"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Risk for a holder of Treasuries (Japan by default): P&L in USD and JPY under rate/curve/FX shocks and
    historical replays, bootstrap VaR/ES, real return, concentration of foreign holders, cost of selling."""
    from types import SimpleNamespace

    import ustflow

    if list_scenarios:
        sc = ustflow.risk_scenarios(as_of=as_of)
        emit(sc, fmt, title="Named scenarios [bp at 2y/10y/30y; fx_pct = % change of USD/JPY]",
             meta={"units": sc.attrs["units"], "sources": sc.attrs["sources"]})
        return
    rep = ustflow.risk_report(
        holdings_usd_bn=holdings, duration=duration, convexity=convexity, hedge_ratio=hedge_ratio,
        base_currency=base, usdjpy=usdjpy, sections=section, scenario=scenario,
        shock_rates_bp=parse_bp(shock_rates) if shock_rates else None,
        shock_fx_pct=parse_pct(shock_fx) if shock_fx else None, var_levels=(0.95, var, 0.995), paths=paths,
        horizon_weeks=horizon, seed=seed, keep_drift=keep_drift, inflation_path_pct=_floats(inflation),
        sell_usd_bn=sell, sell_days=sell_days, daily_volume_usd_bn=volume, permanent_bp_per_100bn=permanent,
        as_of=as_of)
    p = SimpleNamespace(**rep["portfolio"])
    names = {"real_return": "real", "selling_cost": "selling"}  # the CLI's section names
    out = {names.get(k, k): v for k, v in rep.items() if k not in ("portfolio", "meta")}
    sources = rep["meta"]["sources"]
    port = (f"{p.label}; duration used {p.duration:.2f}, convexity {p.convexity:g} (= {100 * p.convexity:g} yrs^2), "
            f"hedge ratio {p.hedge_ratio:g}, base {p.base_currency}, USD/JPY {p.usdjpy:.2f}")
    if fmt is Format.json:
        _print_json(rep["portfolio"], out, sources, as_of)
        return
    c = console()
    if fmt is Format.table:
        c.rule("[bold]ustflow risk")
        from rich.markup import escape

        c.print(f"Holder: {escape(port)}")
    for k, v in out.items():
        _print_section(k, v, fmt, p, port, sources)
    if fmt is Format.table:
        c.print(f"[dim]Units: USD bn and JPY bn; positive P&L = gain. Sources: {sources}.[/]")


def _print_json(portfolio: dict, out: dict, sources: str, as_of) -> None:
    import json
    import sys

    payload = {"portfolio": portfolio, "units": "USD bn, JPY bn, bp; positive P&L = gain; VaR/ES = loss",
               "sources": sources, "as_of": as_of}
    for k, v in out.items():
        if k == "concentration":
            payload[k] = {**{x: y for x, y in v.items() if x not in ("latest", "history")},
                          "latest": json.loads(v["latest"].to_json(orient="records"))}
        elif k == "selling":
            payload[k] = v
        else:
            payload[k] = {"attrs": {a: b for a, b in v.attrs.items() if a not in ("portfolio",)},
                          "rows": json.loads(v.to_json(orient="records", double_precision=10))}
    sys.stdout.write(json.dumps(payload, indent=1, default=str) + "\n")


def _print_section(k: str, v, fmt: Format, p, port: str, sources: str) -> None:
    """One section of the report as a table (or CSV), its title stating the units."""
    if k == "stress":
        cols = ["scenario", "window", "d2y_bp", "d10y_bp", "d30y_bp", "fx_pct", "dy_bp", "rates_pnl_usd_bn",
                "convexity_usd_bn", "fx_pnl_jpy_bn", "pnl_jpy_bn", "pnl_usd_bn"]
        emit(v[cols], fmt, title=("Stress P&L [shocks in bp and % of USD/JPY; rates_pnl_usd_bn = value change in USD bn "
                                  "(incl. convexity_usd_bn); pnl_jpy_bn = total in JPY bn; pnl_usd_bn = that total "
                                  "at the new USD/JPY]"),
             caption=f"Holder: {port}. Sources: {sources}")
    elif k == "var":
        a = v.attrs
        emit(v, fmt, title=(f"Monte Carlo VaR and expected shortfall, {a['horizon_weeks']}-week horizon, "
                            f"{a['paths']:,} paths, seed {a['seed']} [USD bn and JPY bn, loss]"),
             caption=(f"{a['method']}; {a['weeks']} weeks {a['first_week']}..{a['last_week']} "
                      f"(USD/JPY starts 2018-01 in this mirror). {a['backtest_text']}"))
    elif k == "real":
        a = v.attrs
        emit(v, fmt, title=(f"Real return holding to horizon at {a['nominal_yield_pct']:.2f}% nominal "
                            f"(UST yield at duration {p.duration:.2f}, {a['yield_date']}) [percent; USD bn]"),
             caption=a["note"])
    elif k == "concentration":
        emit(v["latest"], fmt, title=(f"Largest foreign holders, {v['period']} [USD bn; % of foreign total "
                                      f"{v['grand_total_usd_bn']:,.1f} USD bn]"),
             caption=(f"Herfindahl index {v['hhi_listed']:.0f} points over {v['n_listed']} listed holders "
                      f"(at most {v['hhi_upper']:.0f} with the unlisted rest). {v['meta']['note']}."))
    elif k == "selling":
        import pandas as pd

        keys = ["amount_usd_bn", "days", "daily_sale_usd_bn", "participation_pct", "temporary_impact_usd_bn",
                "spread_cost_usd_bn", "permanent_on_sold_usd_bn", "execution_cost_usd_bn", "yield_rise_bp",
                "permanent_on_rest_usd_bn", "total_with_rest_usd_bn", "timing_risk_sd_usd_bn", "sigma_daily_pct"]
        df = pd.DataFrame({"measure": keys, "value": [float(v[x]) for x in keys]})
        emit(df, fmt, title=f"Cost of selling USD {v['amount_usd_bn']:,.0f}bn over {v['days']} days [USD bn unless named]",
             caption=f"Model: {v['model']}. Volatility: {v['vol_source']}.")
