"""``ustflow nowcast``: what the next TIC releases will show, with 80% intervals and a real-time backtest.

One call to ``ustflow.nowcast``; the rest is presentation.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from ustflow.cli._options import as_of_option
from ustflow.cli._output import Format, emit


class Show(str, Enum):
    all = "all"
    estimates = "estimates"
    backtest = "backtest"
    inputs = "inputs"
    track = "track"


def register(app: typer.Typer) -> None:
    app.command("nowcast")(nowcast)


def nowcast(
    country: str = typer.Option("japan", "--country", "-c",
                                help="japan | china_mainland | all (all foreign holders: TIC Grand Total) | official "
                                     "(foreign official holders) | any country of the Major Foreign Holders table."),
    as_of: Optional[str] = as_of_option("What was known at the end of this day (YYYY-MM-DD): inputs cut to their "
                                        "release dates. Default: now, with everything the store holds."),
    show: Show = typer.Option(Show.all, "--show", help="all | estimates | backtest | inputs | track (csv: "
                              "estimates unless another table is named; json: everything)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Estimates, with 80% intervals, of TIC holdings of US Treasuries for every month after the last
    published one (USD bn, market value), from yields, Fed custody, Japan's interventions, BoP and MoF
    flows as released by the date; the real-time backtest since 2015 against 'no change'; the track record."""
    import ustflow

    nc = ustflow.nowcast(country=country, as_of=as_of)
    if fmt is Format.json:
        import json

        typer.echo(json.dumps(nc.to_dict(), indent=1, default=str))
        return
    if fmt is Format.csv:
        table = {Show.backtest: nc.backtest, Show.inputs: nc.inputs,
                 Show.track: nc.track}.get(show, nc.estimates)
        caption = nc.measure if show in (Show.backtest, Show.inputs, Show.track) else f"{nc.measure}. {nc.verdict}"
        emit(table, fmt, title=_title(nc, show), caption=caption)
        return
    lp = nc.last_published
    typer.echo(f"{nc.name}: TIC holdings of US Treasuries, last published {lp['month']} = {lp['value_usd_bn']:,.1f} "
               f"USD bn (TIC release of {lp['released']}); nowcast as of {nc.origin}")
    if show in (Show.all, Show.estimates):
        est = nc.estimates.rename(columns=ESTIMATE_COLUMNS)[list(ESTIMATE_COLUMNS.values())]
        emit(est, fmt, title=_title(nc, Show.estimates), units=dict.fromkeys(list(est.columns)[3:], "USD bn"),
             caption="low/high: 80% interval; change = valuation + flows + drift (flows: the inputs' terms)")
        rest = nc.estimates[nc.estimates["status"] == "estimate"]
        emit(rest[["month", "spec", "inputs", "interval_basis"]], fmt,
             title=f"{nc.name}: what each estimate rests on (inputs, values in USD bn, release dates)")
        if show is Show.estimates and fmt is Format.table:  # the estimates never without their track record
            typer.echo(nc.verdict)
    if show in (Show.all, Show.backtest):
        # USD bn to one decimal like every table; skill and coverage (fractions) to two
        units = {**dict.fromkeys(["MAE", "naive MAE", "bias", "width"], "USD bn"),
                 **dict.fromkeys(["skill", "coverage"], "index")}
        emit(nc.backtest.rename(columns=BACKTEST_COLUMNS)[list(BACKTEST_COLUMNS.values())], fmt,
             title=_title(nc, Show.backtest), units=units,
             caption="skill = 1 - MAE / naive MAE (naive: no change from the last published month); coverage: "
                     "share of 80% intervals holding the published value")
        typer.echo(nc.verdict)
    if show in (Show.all, Show.inputs):
        _show_inputs(nc, fmt)
    if show in (Show.all, Show.track):
        t = nc.track
        s = (t.attrs.get("summary") or {}) if t is not None else {}
        if t is not None and len(t):
            tt = t.assign(recorded=t["recorded_at"].str[:10]).rename(columns=TRACK_COLUMNS)
            emit(tt[list(TRACK_COLUMNS.values())].head(24), fmt, title=_title(nc, Show.track),
                 caption=_track_caption(s))
        elif show is Show.track:
            typer.echo("No live nowcasts recorded yet (they are recorded when `ustflow nowcast` runs without --as-of).")
    if show is Show.all:
        for n in nc.notes:
            typer.echo(f"- {n}")


def _show_inputs(nc, fmt: Format) -> None:
    """The inputs table: how the valuation input tracks SLT Table 3, then each flow input's correlations."""
    val = nc.inputs[nc.inputs["input"] == "valuation"]
    if len(val):
        r = val.iloc[0]
        if r["corr_with_slt_valuation"] == r["corr_with_slt_valuation"]:
            vs = (f"correlation {r['corr_with_slt_valuation']:.3f} with SLT Table 3's reported valuation change "
                  f"since 2023-02 (sum {r['sum_since_2023_usd_bn']:+.1f} vs reported "
                  f"{r['tic_lt_net_sum_since_2023_usd_bn']:+.1f} USD bn)")
        else:
            # SLT Table 3 reports valuation changes from 2023-02 only: before that no check is possible
            vs = ("not checked against SLT Table 3's reported valuation change (" + (
                f"reported from 2023-02: none known on {nc.as_of}" if nc.as_of and str(nc.as_of) < "2023-04"
                else "none held for this holder; `ustflow update` loads SLT Table 3") + ")")
        typer.echo(f"Valuation input: {r['label']}; {vs}, {r['corr_with_change']:.3f} with the monthly change "
                   "since 2008.")
    flows = nc.inputs[nc.inputs["input"] != "valuation"]
    emit(flows.rename(columns=INPUT_COLUMNS)[list(INPUT_COLUMNS.values())], fmt,
         title=_title(nc, Show.inputs),
         caption="corr: correlation of the input with TIC's monthly change after valuation (since 2008 / since "
                 "2023-02), and with TIC's own net purchases (SLT Table 3, since 2023-02); sums since 2023-02; "
                 "chosen: share of backtest origins using the input. " +
                 "; ".join(f"{r.input}: {r.label}" for r in flows.itertuples()))


ESTIMATE_COLUMNS = {"status": "status", "month": "month", "horizon_months": "h", "estimate_usd_bn": "estimate",
                    "low_usd_bn": "low", "high_usd_bn": "high", "change_usd_bn": "change",
                    "valuation_usd_bn": "valuation", "flows_usd_bn": "flows", "drift_usd_bn": "drift"}
BACKTEST_COLUMNS = {"horizon_months": "h", "n": "n", "mae_usd_bn": "MAE", "naive_mae_usd_bn": "naive MAE",
                    "skill": "skill", "coverage": "coverage", "bias_usd_bn": "bias", "mean_width_usd_bn": "width",
                    "first": "first", "last": "last"}
INPUT_COLUMNS = {"input": "input", "months": "months", "corr_after_valuation": "corr",
                 "corr_after_valuation_since_2023": "corr 2023+", "corr_tic_net_since_2023": "vs TIC net",
                 "corr_tic_lt_net_since_2023": "vs TIC LT net", "sum_since_2023_usd_bn": "sum 2023+",
                 "tic_lt_net_sum_since_2023_usd_bn": "TIC LT net sum", "chosen_share": "chosen"}
TRACK_COLUMNS = {"recorded": "recorded", "month": "month", "horizon_months": "h", "estimate_usd_bn": "estimate",
                 "low_usd_bn": "low", "high_usd_bn": "high", "published_usd_bn": "published",
                 "error_usd_bn": "error", "naive_error_usd_bn": "naive error", "covered": "covered",
                 "status": "status"}


def _title(nc, show: Show) -> str:
    return {
        Show.backtest: f"{nc.name}: real-time backtest since 2015, by horizon in months [USD bn, market value]",
        Show.inputs: f"{nc.name}: how well each input tracks TIC, on the months known at the origin [USD bn]",
        Show.track: f"{nc.name}: track record of live nowcasts [USD bn, market value]",
    }.get(show, f"{nc.name}: nowcast of TIC holdings of US Treasuries [USD bn, market value, end of month]")


def _track_caption(s: dict) -> str:
    if not s.get("scored"):
        return f"{s.get('pending', 0)} pending: scored when TIC publishes the month (`ustflow update` or `import`)"
    cov = f"{s['coverage']:.0%}" if s.get("coverage") is not None else "n/a"
    return (f"{s['scored']} scored: MAE {s['mae_usd_bn']:.1f} vs naive {s['naive_mae_usd_bn']:.1f} USD bn, "
            f"intervals held {cov}; {s['pending']} pending")
