"""Scenarios: ``scenario list``, ``scenario model``, ``scenario run`` (a thin layer over ustflow.views.scenario)."""

from __future__ import annotations

from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, console, emit

scenario_app = typer.Typer(
    help="Scenarios: how Japanese investors would reallocate between JGBs and Treasuries, and the effect on "
         "Treasury holdings and yields (presets or your own TOML file; format in docs/scenarios.md).",
    no_args_is_help=True, rich_markup_mode=None)

INVESTOR_ORDER = ["all", "banks", "life_insurers", "trust_accounts", "investment_trusts"]


def register(app: typer.Typer) -> None:
    app.add_typer(scenario_app, name="scenario")


def _json(payload: dict) -> None:
    import json
    import sys

    sys.stdout.write(json.dumps(payload, indent=1, default=str) + "\n")


def _records(df) -> list:
    import json

    return json.loads(df.to_json(orient="records", date_format="iso", double_precision=10))


def _note(text: str) -> None:
    from rich.markup import escape

    console().print(f"[dim]{escape(text)}[/]", highlight=False)


@scenario_app.command("list")
def list_cmd(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """The preset scenarios shipped with ustflow (run one with `ustflow scenario run NAME`)."""
    import ustflow

    df = ustflow.list_scenarios()
    emit(df, fmt, title="Scenario presets (paths in percent, JPY per USD; interventions in JPY bn)",
         meta={"source": df.attrs["source"], "format": "docs/scenarios.md"})


@scenario_app.command("model")
def model_cmd(
    train_end: str = date_option("--train-end", "Last month of the evaluation fit; later months are predicted out of sample.", default="2024-12", month=True),
    spec: str = typer.Option("full", "--spec", help="full (with the USD/JPY change) or no_fx (from 2014-02 without it)."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """The flow-response model by investor type: coefficients (HAC), fit, and out-of-sample errors.

    MoF monthly net purchases of foreign long-term debt (JPY 100mn) on the hedged and unhedged 10y
    pickups over JGBs, the % change of USD/JPY, last month's flow and an April dummy.
    """

    import ustflow

    r = ustflow.scenario_model(as_of=as_of, spec=spec, train_end=train_end)
    coef, fit, rob, meta = r["coefficients"], r["fit"], r["robustness"], r["meta"]
    title = (f"Flow-response model ({meta['spec']}): MoF net purchases of foreign long-term debt by investor type "
             f"[JPY 100mn per month], estimated {fit['first'].iloc[0]}..{fit['last'].iloc[0]}")
    if fmt is Format.json:
        _json({"title": title, **meta, "coefficients": _records(coef), "fit": _records(fit),
               "robustness": _records(rob), "caveats": r["caveats"]})
        return
    if fmt is Format.csv:
        # one flat table: a coefficient row per investor and term with that investor's fit beside it
        flat = coef.merge(fit.drop(columns=["label"]), on="investor", how="left")
        emit(flat, fmt, title=title + "; coef units in the unit column, errors in JPY 100mn",
             caption=f"sources: {meta['sources']}")
        return
    c = console()
    from rich.markup import escape

    c.print(f"[bold]{escape(title)}[/]", highlight=False)
    _note(meta["method"])
    emit(coef[["investor", "term", "coef", "se_hac", "t", "p_value", "coef_through_train_end"]], fmt,
         title="Coefficients (fit on every month; HAC s.e.) [const, april: JPY 100mn; pickups: JPY 100mn per pp; "
               "USD/JPY: JPY 100mn per 1% rise; lag: per JPY 100mn]")
    cols = ["investor", "n", "r2", "resid_sd_jpy_100mn", "oos_n", "oos_rmse_jpy_100mn",
            "oos_rmse_benchmark_jpy_100mn", "oos_r2", "oos_bias_jpy_100mn", "oos_rmse_dynamic_jpy_100mn"]
    first, last = fit["oos_first"].iloc[0], fit["oos_last"].iloc[0]
    predicted = f"predicted {first}..{last}" if first else f"no month after {meta['train_end']} to predict yet"
    emit(fit[cols], fmt, title=f"Fit and out-of-sample test (fitted through {meta['train_end']}, {predicted}) "
                               f"[JPY 100mn; benchmark = training mean]")
    emit(fit[["investor", "weak"]], fmt, title="Where the model is weak")
    emit(rob.round(3), fmt, title="Robustness: without the USD/JPY change, from 2014-02 [pickup coefs in JPY 100mn per pp]")
    for line in r["caveats"]:
        _note("- " + line)
    _note(f"Sources: {meta['sources']}.")


@scenario_app.command("run")
def run_cmd(
    scenario: str = typer.Argument(..., help="A preset name (see `ustflow scenario list`) or a TOML file."),
    months: Optional[int] = typer.Option(None, "--months", help="Horizon in months (default: the scenario's own, 12 for the presets)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the simulations (same seed, same bands)."),
    sims: int = typer.Option(2000, "--sims", help="Simulations for the bands."),
    level: float = typer.Option(0.9, "--level", help="Coverage of the bands (0.9 = 5th to 95th percentile)."),
    as_of: Optional[str] = date_option("--as-of", "Start from what was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Run a scenario: monthly flows by investor type (yen and dollars), Japan's Treasuries, yield impact, with bands."""
    import pandas as pd

    import ustflow

    df = ustflow.run_scenario(scenario, months=months, seed=seed, as_of=as_of, n_sims=sims, level=level)
    a = df.attrs
    band = f"{a['level']:.0%} band"
    title = (f"{a['title']}, {a['first_period']} + {a['months']} months [flows JPY 100mn and USD bn; "
             f"Treasuries USD bn; yields percent; impact bp; {band}]")
    meta = {k: a[k] for k in ("scenario", "months", "first_period", "level", "n_sims", "seed", "units",
                              "assumptions", "holdings_month", "share_estimate", "lt_share", "duration", "summary",
                              "model", "backtest", "explanations", "calibration", "bridge", "warnings", "citations",
                              "impact_rates_bp_per_usd_bn", "method", "sources", "as_of") if k in a}
    if fmt is Format.json:
        _json({"title": title, **meta, "rows": _records(df)})
        return
    if fmt is Format.csv:
        emit(df, fmt, title=title, caption=f"sources: {a['sources']}")
        return
    c = console()
    from rich.markup import escape

    c.print(f"[bold]{escape(title)}[/]", highlight=False)
    if a["scenario"]["description"]:
        _note(a["scenario"]["description"])
    starts = pd.DataFrame(a["assumptions"])
    emit(starts, fmt, title="Start levels (latest known values) [percent; usdjpy in JPY per USD]")
    inputs = ustflow.scenario_paths_wide(df, ["usd_short_pct", "jpy_short_pct", "ust_10y_pct", "jgb_10y_pct", "usdjpy",
                                              "hedged_pickup_pct", "unhedged_pickup_pct"])
    emit(inputs, fmt, title="Inputs by month [percent; usdjpy in JPY per USD; month 0 = start]")
    flows = df[df["variable"] == "net_jpy_100mn"]
    wide = flows.pivot_table(index=["month", "period"], columns="investor", values="value").reset_index()
    allb = flows[flows["investor"] == "all"].set_index("month")
    wide["all_lower"] = wide["month"].map(allb["lower"])
    wide["all_upper"] = wide["month"].map(allb["upper"])
    order = ["month", "period"] + [i for i in INVESTOR_ORDER if i in wide.columns] + ["all_lower", "all_upper"]
    emit(wide[order].round(0), fmt, title=f"Net purchases of foreign long-term debt by investor type "
                                          f"[JPY 100mn per month; + = buying; month 0 = last observed; all: {band}]")
    tre = ustflow.scenario_paths_wide(df, ["private_treasury_net_usd_bn", "official_treasury_net_usd_bn", "valuation_usd_bn",
                             "holdings_usd_bn", "yield_impact_short_run_bp", "yield_impact_persistent_bp"])
    hb = df[df["variable"] == "holdings_usd_bn"].set_index("month")
    tre.insert(tre.columns.get_loc("holdings_usd_bn") + 1, "holdings_lower", tre["month"].map(hb["lower"]))
    tre.insert(tre.columns.get_loc("holdings_usd_bn") + 2, "holdings_upper", tre["month"].map(hb["upper"]))
    allusd = df[(df["variable"] == "net_usd_bn") & (df["investor"] == "all")].set_index("month")["value"]
    tre.insert(2, "all_net_usd_bn", tre["month"].map(allusd))
    emit(tre.round(2), fmt, title=f"Japan and US Treasuries [USD bn per month; holdings USD bn end of month with {band}; "
                                  f"yield impact bp, + = higher yields, middle of the literature range]")
    summary = pd.DataFrame(a["summary"]).drop(columns=["investor"])
    emit(summary.round(1), fmt, title=f"Over the horizon [{band}]")
    share = a["share_estimate"]
    _note(f"Treasury share of the all-investor flow: {share['marginal_share']:.2f} (s.e. "
          f"{share['marginal_share_se']:.2f}, {share['first']}..{share['last']}); holdings from TIC "
          f"{a['holdings_month']}, long-term share {a['lt_share']:.2f}, duration {a['duration']:.1f} years.")
    lo_s, hi_s = a["impact_rates_bp_per_usd_bn"]["short"]
    lo_p, hi_p = a["impact_rates_bp_per_usd_bn"]["persistent"]
    _note(f"Yield impact per USD 1bn of net sales: short run {lo_s:.2f}-{hi_s:.2f} bp, persistent {lo_p:.3f}-{hi_p:.2f} bp; "
          "from " + "; ".join(sorted({x['estimate'] for x in a["citations"]})) + " (full citations in --format json).")
    c.print(escape(a["backtest"]["text"]), highlight=False)
    skill = ", ".join(f"{inv} {'beats' if m['beats_naive'] else 'does NOT beat'} the training mean (OOS R2 "
                      f"{m['oos_r2']:+.2f})" for inv, m in a["model"]["investors"].items() if m["oos_r2"] is not None)
    if skill:
        c.print(escape(f"Flow model out of sample, one month ahead: {skill}."), highlight=False)
    for e in a.get("explanations", []):
        _note(e)
    for w in a["warnings"]:
        _note("! " + w)
    _note(f"Method: {a['method']}. Sources: {a['sources']}.")
