"""Drivers and consequences: ``hedge``, ``impact``, ``explain``, ``liquidity``: each a call to the public API
(``ustflow.hedged_yields``, ``impact``, ``explain``, ``liquidity``) with keyword arguments."""

from __future__ import annotations

from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, console, emit  # emit escapes titles: "[percent]" is a unit, not markup


def register(app: typer.Typer) -> None:
    app.command("hedge")(hedge)
    app.command("impact")(impact)
    app.command("explain")(explain)
    app.command("liquidity")(liquidity)


def _json(payload: dict) -> None:
    import json
    import sys

    sys.stdout.write(json.dumps(payload, indent=1, default=str) + "\n")


def _records(df) -> list:
    import json

    return json.loads(df.to_json(orient="records", date_format="iso", double_precision=10))


def _dated(df, index_name: str = "date"):
    """A DataFrame with its date/period index as a first string column (for printing)."""
    out = df.reset_index()
    first = out.columns[0]
    out[first] = out[first].astype(str).str.slice(0, 10)
    return out.rename(columns={first: index_name})


# --------------------------------------------------------------------------------------- hedge
def hedge(
    tenor: float = typer.Option(10, "--tenor", help="Maturity in years; 2, 10, 30 are FRED series, others between 2 and 30 are interpolated."),
    basis: str = typer.Option("0", "--basis", help="USD/JPY cross-currency basis as quoted, percentage points (a quoted -0.30 makes hedging 0.30 dearer), or a CSV file date,basis or date,forward_points (3-month forward minus spot, yen)."),
    rates: str = typer.Option("3m", "--rates", help="3m (3-month USD and JPY rates: what a rolling 3-month hedge costs) or overnight (the proxy SOFR/EFFR - JGB 1y)."),
    usd_3m: str = typer.Option("bill", "--usd-3m", help="USD 3-month rate: bill (T-bill DTB3/TB3MS as a money-market yield, daily) or interbank (OECD, monthly)."),
    start: Optional[str] = date_option("--start", "First date (YYYY-MM-DD); default 2022-01-01 for tables, all history for sign changes."),
    end: Optional[str] = date_option("--end"),
    view: str = typer.Option("monthly", "--view", help="monthly (averages), daily, or changes (sign changes only)."),
    min_run: int = typer.Option(20, "--min-run", help="A sign change counts when the new sign lasts this many business days."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Hedged vs unhedged Treasury yield for a yen investor, pickup over the JGB, and sign changes.

    hedged = UST - ((USD 3m - JPY 3m) - basis) (covered interest parity with the quoted basis);
    pickup = hedged - JGB of the same tenor. --rates overnight: SOFR (EFFR before 2018-04) - JGB 1y.
    """
    import pandas as pd
    from rich.markup import escape

    import ustflow
    from ustflow.errors import InvalidArgument, NoDataError

    if view not in ("monthly", "daily", "changes"):
        raise InvalidArgument(f"--view must be monthly, daily or changes, not {view!r}")
    full = ustflow.hedged_yields(tenor=tenor, basis=basis, end=end, as_of=as_of, rates=rates, usd_3m=usd_3m)
    changes = ustflow.hedge_sign_changes(table=full, min_run=min_run)
    if start:
        changes = changes[changes["date"] >= pd.Timestamp(start)]
    table = full[full.index >= pd.Timestamp(start or "2022-01-01")]
    if table.empty:
        raise NoDataError(f"no hedged-yield data from {start} to {end or 'the end'}")
    a = full.attrs
    unit_note = "percent per year"
    src = (f"rates: {a['rates_label']}; UST {a['ust_series']}, JGB {a['jgb_series']}, USD {a['usd_short_series']}, "
           f"JPY {a['jpy_short_series']}; basis {a['basis']}")
    title = f"{tenor:g}-year Treasury hedged into yen vs {tenor:g}-year JGB [{unit_note}]"
    changes_out = changes.assign(date=changes["date"].dt.strftime("%Y-%m-%d"),
                                 previous_date=changes["previous_date"].dt.strftime("%Y-%m-%d"))
    if view == "daily":
        rows = _dated(table)
        main_title = title + ", daily"
    elif view == "monthly":
        rows = _dated(ustflow.hedge_monthly_summary(table), "month")
        main_title = title + ", monthly averages"
    else:
        rows = changes_out
        main_title = f"Sign changes of the hedged {tenor:g}y yield and hedged pickup (new sign lasting >= {min_run} days) [percent]"
    meta = {"title": main_title, "units": a["units"], "formula": a["formula"], "sources": a["sources"],
            "series": src, "rates": a["rates"], "rates_label": a["rates_label"], "warnings": a["warnings"],
            "as_of": as_of, "min_run_days": min_run}
    if fmt is Format.json:
        last = full.iloc[-1]
        _json({**meta, "latest": {"date": full.index[-1].date().isoformat(),
                                  **{k: (v if isinstance(v, str) else float(v)) for k, v in last.items()}},
               "sign_changes": _records(changes_out), "rows": _records(rows)})
        return
    if fmt is Format.csv:
        emit(rows, fmt, title=f"{main_title}; {a['formula']}", caption=f"sources: {src}; {a['sources']}")
        return
    c = console()
    _print_latest(c, title, full)
    if view != "changes":
        emit(rows, fmt, title=main_title)
    emit(changes_out, fmt, title=f"Sign changes (new sign lasting >= {min_run} business days) [percent]")
    c.print(f"[dim]{escape(a['formula'] + '. Sources: ' + src + '. ' + a['sources'])}.[/]")


def _print_latest(c, title: str, full) -> None:
    """The latest day's hedge arithmetic, the overnight proxy beside it, warnings and the break-even yen move."""
    import pandas as pd
    from rich.markup import escape

    a, last = full.attrs, full.iloc[-1]
    c.print(f"[bold]{escape(title)}[/]")
    c.print(f"Latest {full.index[-1].date()} ({escape(a['rates_label'])}): UST {last['ust_yield_pct']:.2f}, JGB "
            f"{last['jgb_yield_pct']:.2f}, hedge cost {last['hedge_cost_pct']:.2f} ({last['usd_short_source']} "
            f"{last['usd_short_pct']:.2f} - {last['jpy_short_source']} {last['jpy_short_pct']:.2f} - basis "
            f"{last['basis_pct']:+.2f}) -> hedged {last['hedged_yield_pct']:+.2f}; hedged pickup over JGB "
            f"{last['hedged_pickup_pct']:+.2f}, unhedged pickup {last['unhedged_pickup_pct']:+.2f}")
    if pd.notna(last.get("overnight_hedged_yield_pct")):
        c.print(f"Overnight proxy (SOFR/EFFR - JGB 1y) the same day: hedge cost {last['overnight_hedge_cost_pct']:.2f} "
                f"-> hedged {last['overnight_hedged_yield_pct']:+.2f}; the 3-month hedge costs "
                f"{last['hedge_cost_pct'] - last['overnight_hedge_cost_pct']:+.2f} more (the 3-month/overnight spread)")
    for w in a["warnings"]:
        c.print(f"[yellow]Warning:[/] {escape(w)}")
    if pd.notna(last.get("usdjpy")):
        c.print(f"The unhedged pickup is wiped out if USD/JPY falls {last['breakeven_yen_move_pct']:.1f}% within a year "
                f"({last['usdjpy']:.2f} -> {last['breakeven_usdjpy']:.2f}).")


# -------------------------------------------------------------------------------------- impact
def impact(
    sell: float = typer.Option(100.0, "--sell", help="Amount of Treasuries sold, USD bn."),
    months: int = typer.Option(1, "--months", help="Spread evenly over this many months."),
    level: float = typer.Option(0.95, "--level", help="Confidence level of our own estimate's interval."),
    marketable_debt: Optional[float] = typer.Option(None, "--marketable-debt", help="Marketable Treasury debt outstanding now, USD bn, to scale the published estimates (default: the latest figure of the curated MSPD table)."),
    as_of: Optional[str] = date_option("--as-of"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Yield impact of selling Treasuries: published estimates scaled to the size of the sale and of today's
    market, and our own regressions on both samples (none of them causal)."""
    import pandas as pd

    import ustflow

    r = ustflow.impact(sell_usd_bn=sell, months=months, level=level, as_of=as_of, market_now_usd_bn=marketable_debt)
    lit, own = r["literature"], r["own"]
    lo, hi = r["literature_range_bp"]
    head = f"Selling USD {sell:,.0f}bn of Treasuries over {months} month(s): yield rise in bp (positive = yields up)"
    own_cols = ["label", "estimate_bp", "ci_low_bp", "ci_high_bp", "slope_bp_per_usd_bn", "se", "p_value",
                "r_squared", "n", "first", "last", "lags", "reading", "oos_mae_bp", "naive_mae_bp",
                "oos_coverage_pct"]
    own_show = own[[c for c in own_cols if c in own.columns]]
    if fmt is Format.json:
        _json({"title": head, "sell_usd_bn": sell, "months": months, "literature_range_bp": [lo, hi],
               "market_now": r["market_now"], "literature": _records(lit), "own_estimates": _records(own),
               "neither_causal": r["neither_causal"], "warning": r["warning"], **r["meta"]})
        return
    if fmt is Format.csv:
        both = pd.concat([lit.assign(kind="literature"),
                          own.rename(columns={"estimate_bp": "central_bp", "ci_low_bp": "low_bp",
                                              "ci_high_bp": "high_bp"}).assign(kind="own regression")],
                         ignore_index=True)
        emit(both, fmt, title=head, caption=f"{r['warning']} Sources: {r['meta']['sources']}")
        return
    lit_show = pd.DataFrame({
        "estimate": lit["estimate"],
        "tenor": lit["tenor"], "horizon": lit["horizon"],
        "published": [f"{a:g}-{b:g} bp" if a != b else f"{a:g} bp" for a, b in zip(lit["published_low_bp"], lit["published_high_bp"])],
        "per": [f"USD {p:,.0f}bn" if pd.notna(p) else "n/a" for p in lit["published_per_usd_bn"]],
        "per dollar": [f"{a:.1f}-{b:.1f}" if a == a else "n/a" for a, b in zip(lit["linear_low_bp"], lit["linear_high_bp"])],
        "market then/now": lit["market_factor"].round(3),
        "scaled low": lit["low_bp"], "scaled high": lit["high_bp"], "rests on": lit["rests_on"]})
    c = console()
    c.print(f"[bold]{head}[/]")
    emit(lit_show, fmt, title=("Published estimates, scaled to the amount and to the market: x (marketable debt then / "
                               f"now; now = {r['market_now']}) (bp)"))
    slo, shi = r["literature_range_short_bp"]
    plo, phi = r["literature_range_persistent_bp"]
    c.print(f"Literature range: [bold]{lo:.0f} to {hi:.0f} bp[/]: short run (a flow within a month) {slo:.0f} to {shi:.0f} bp; "
            f"persistent (long-run and stock effects) {plo:.0f} to {phi:.0f} bp.")
    for i, cit in enumerate(lit["citation"], 1):
        c.print(f"[dim]{i}. {cit}. {lit['url'].iloc[i - 1]}[/]")
    own_title = (f"Our regressions: month-end change of the 10y yield (bp) on foreign net purchases (USD bn), OLS with "
                 f"Newey-West errors; {level:.0%} CI; implied change for this sale (no sample is the headline)")
    emit(own_show, fmt, title=own_title)
    for row in own.itertuples():
        if pd.notna(getattr(row, "estimate_bp", float("nan"))):
            c.print(f"{row.label}, {row.first}..{row.last} (n = {int(row.n)}): {row.estimate_bp:+.1f} bp, {level:.0%} CI "
                    f"{row.ci_low_bp:+.1f} to {row.ci_high_bp:+.1f} bp, R-squared {row.r_squared:.3f}; {row.reading}; "
                    f"{row.out_of_sample}.")
    c.print(f"[yellow]{r['neither_causal']}[/]")
    c.print(f"[yellow]Warning:[/] {r['warning']}")
    c.print(f"[dim]Sources: {r['meta']['sources']}.[/]")


# ------------------------------------------------------------------------------------- explain
def explain(
    week_ending: Optional[str] = date_option("--week-ending", "A MoF week (Sunday..Saturday) named by its Saturday, e.g. 2025-04-12."),
    start: Optional[str] = date_option("--start"),
    end: Optional[str] = date_option("--end"),
    as_of: Optional[str] = date_option("--as-of"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Evidence for a selling episode: which known drivers moved in the window (evidence, not a verdict)."""
    import ustflow

    df = ustflow.explain(start=start, end=end, week_ending=week_ending, as_of=as_of)
    s, e = df.attrs["window"]
    title = f"Drivers in the window {s}..{e} (units per row; percentile vs the driver's own history)"
    if fmt is Format.json:
        _json({"title": title, "window": [s, e], "note": df.attrs["note"], "sources": df.attrs["sources"],
               "as_of": as_of, "rows": _records(df)})
        return
    if fmt is Format.table:  # each driver's value in its own unit's format, and "notable" as a word
        from ustflow.formats import in_own_units

        df = df.assign(value=in_own_units(df["value"], df["unit"]),
                       notable=["yes" if n is True or n == 1 else "" for n in df["notable"]])
    emit(df, fmt, title=title, caption=df.attrs["note"] + " Sources: " + df.attrs["sources"], right=["value"])


# ----------------------------------------------------------------------------------- liquidity
def liquidity(
    window: int = typer.Option(60, "--window", help="Rolling window, in common business days."),
    start: Optional[str] = date_option("--start"),
    end: Optional[str] = date_option("--end"),
    daily: bool = typer.Option(False, "--daily", help="Every day (default: the last day of each month)."),
    as_of: Optional[str] = date_option("--as-of"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Rolling correlation of BTC-USD (NON-OFFICIAL, Yahoo) returns with USD/JPY returns and 10y yield changes."""
    import ustflow

    df = ustflow.liquidity(window=window, start=start, end=end, as_of=as_of)
    fs = df.attrs["full_sample"]
    rows = df if daily else df.groupby(df.index.to_period("M")).tail(1)
    rows = _dated(rows)
    title = (f"{window}-day rolling correlation of BTC-USD daily log returns with USD/JPY log returns and 10y "
             f"yield changes (bp) [correlation, -1..1]")
    caption = (f"Whole sample {fs.get('first')}..{fs.get('last')} (n={fs['n_obs']}): BTC vs USD/JPY "
               f"{fs['corr_btc_usdjpy']:+.3f}, BTC vs 10y {fs['corr_btc_ust10y']:+.3f}. {df.attrs['note']}. "
               f"Co-movement, not evidence of a channel. Sources: {df.attrs['sources']}")
    if fmt is Format.json:
        _json({"title": title, "window": window, "full_sample": fs, "note": df.attrs["note"],
               "sources": df.attrs["sources"], "as_of": as_of, "rows": _records(rows)})
        return
    emit(rows, fmt, title=title, caption=caption)
