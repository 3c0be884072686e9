"""``ustflow japan`` / ``ustflow reconcile --country japan`` and ``ustflow sectors``: what Japanese
investors did in US Treasuries and foreign bonds, from MoF, Japan's balance of payments, TIC and the
BoJ Flow of Funds. A thin layer over ``ustflow.views.japan`` and ``ustflow.views.sectors``.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from ustflow.cli._options import as_of_option, date_option, quarter_option
from ustflow.cli._output import Format, emit
from ustflow.cli.holdings import display_frame  # periods as text, nullable ranks as blanks


class Show(str, Enum):
    all = "all"
    monthly = "monthly"
    cumulative = "cumulative"
    rolling = "rolling"
    sectors = "sectors"
    us_sovereign = "us-sovereign"


def register(app: typer.Typer) -> None:
    app.command("japan")(japan)
    app.command("reconcile")(reconcile)
    app.command("sectors")(sectors)


def japan(
    start: Optional[str] = date_option("--start", "First month (default: the first with a USD/JPY rate).", month=True),
    end: Optional[str] = date_option("--end", "Last month.", month=True),
    currency: str = typer.Option("usd", "--currency", help="usd (USD bn) or jpy (JPY 100mn): one currency for all."),
    window: int = typer.Option(12, "--window", min=3, help="Months in the rolling correlations."),
    show: Show = typer.Option(Show.all, "--show", help="monthly | cumulative | rolling | sectors (BoP by investor "
                              "sector) | us-sovereign (BoP acquisitions/dispositions) | all (table format only)."),
    as_of: Optional[str] = as_of_option(),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Did Japan sell Treasuries? MoF, Japan's balance of payments (US sovereign bonds) and TIC Japan,
    monthly in one currency, with rolling correlations, cumulative sums and a plain reading."""
    import ustflow

    table = ustflow.reconcile("japan", start=start, end=end, currency=currency, window=window, as_of=as_of)
    _print(table, start, end, currency, show, as_of, fmt)


def reconcile(
    country: str = typer.Option(..., "--country", "-c", help="japan (the only country whose balance of payments "
                                "splits purchases by issuer in the data held)."),
    start: Optional[str] = date_option("--start", "First month.", month=True),
    end: Optional[str] = date_option("--end", "Last month.", month=True),
    currency: str = typer.Option("usd", "--currency", help="usd or jpy."),
    window: int = typer.Option(12, "--window", min=3, help="Months in the rolling correlations."),
    show: Show = typer.Option(Show.all, "--show", help="As for `ustflow japan`."),
    as_of: Optional[str] = as_of_option(),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Reconcile one country's official flows into US Treasuries (same as `ustflow japan`)."""
    import ustflow

    table = ustflow.reconcile(country, start=start, end=end, currency=currency, window=window, as_of=as_of)
    _print(table, start, end, currency, show, as_of, fmt)


def _print(t, start, end, currency, show, as_of, fmt) -> None:
    import ustflow

    if fmt is not Format.table and show is Show.all:
        show = Show.monthly
    if show in (Show.all, Show.monthly, Show.cumulative, Show.rolling):
        unit = t.attrs["unit"]
        meta = {"title": t.attrs["title"], "unit": unit, "source": t.attrs["source"], "note": t.attrs["note"],
                "labels": t.attrs["labels"], "summary": t.attrs["summary"], "reading": t.attrs["reading"],
                "as_of": t.attrs["as_of"]}
        if fmt is Format.table:
            typer.echo(t.attrs["reading"] + "\n")
        # the flows in the table's one unit (USD bn to 1 decimal, JPY 100mn to none), USD/JPY as a rate
        flows = {c: unit for c in t.columns if c != "usdjpy"}
        if show in (Show.all, Show.monthly):
            emit(display_frame(t.round(3)), fmt, title=t.attrs["title"],
                 caption=f"{t.attrs['note']}; sources: {t.attrs['source']}", meta=meta, units=flows)
        if show in (Show.all, Show.cumulative):
            emit(display_frame(t.attrs["cumulative"].round(3)), fmt,
                 title=f"Cumulative sums from {t.attrs['summary']['first']} [{unit}]", meta=meta, units=flows)
        if show in (Show.all, Show.rolling):
            c = t.attrs["summary"]["correlations"]
            cap = "; ".join(f"{k}: {v['correlation']:.2f} over {v['months']} months" for k, v in c.items()
                            if v["correlation"] is not None)
            rolling = t.attrs["rolling"].round(3).dropna(how="all")
            if rolling.empty and fmt is Format.table:
                s = t.attrs["summary"]
                typer.echo(f"No {t.attrs['window']}-month rolling correlation fits in {s['first']}..{s['last']}: start "
                           f"earlier or lower --window. Full sample: {cap or 'too few months'}")
            else:
                emit(display_frame(rolling), fmt, title=f"{t.attrs['window']}-month rolling correlations of monthly flows",
                     caption=f"full sample: {cap}", meta=meta)
    if show in (Show.all, Show.us_sovereign):
        df = ustflow.bop_us_sovereign(start=start or ("2025-01" if show is Show.all else None), end=end, as_of=as_of)
        emit(display_frame(df.round(1)), fmt, title=df.attrs["title"], caption=f"source: {df.attrs['source']}",
             meta={"title": df.attrs["title"], "unit": df.attrs["unit"], "series": df.attrs["series"]})
    if show in (Show.all, Show.sectors):
        df = ustflow.bop_sectors(start=start or ("2025-01" if show is Show.all else None), end=end,
                            currency="jpy" if show is Show.sectors and currency == "jpy" else currency, as_of=as_of)
        emit(display_frame(df.round(1)), fmt, title=df.attrs["title"], caption=f"{df.attrs['note']}; source: {df.attrs['source']}",
             meta={"title": df.attrs["title"], "unit": df.attrs["unit"], "note": df.attrs["note"]})


def sectors(
    sector: Optional[str] = typer.Option(None, "--sector", "-s", help="One sector by name, key or BoJ code "
                                         "('life', 'agriculture', '124', 'households'); default: the table of sectors."),
    quarter: Optional[str] = quarter_option("--quarter", "The quarter of the table (YYYYQn); default: newest."),
    start: Optional[str] = quarter_option("--start", "First quarter of --sector (YYYYQn or a date)."),
    end: Optional[str] = quarter_option("--end", "Last quarter of --sector (YYYYQn or a date)."),
    all_sectors: bool = typer.Option(False, "--all", help="Every sector and sub-sector the Flow of Funds has."),
    as_of: Optional[str] = as_of_option(),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Japanese sectors' holdings of foreign securities from the BoJ Flow of Funds (quarterly levels,
    flows and valuation, JPY 100mn), to put "life insurers hold X" or "a sector cut foreign bonds" in context."""
    import ustflow

    if sector:
        df = ustflow.sector_history(sector, start=start, end=end, as_of=as_of)
        if fmt is Format.table:
            typer.echo(df.attrs["text"])
        emit(display_frame(df.round(1)), fmt, title=df.attrs["title"], caption=f"{df.attrs['note']}; source: {df.attrs['source']}",
             meta={k: df.attrs[k] for k in ("title", "unit", "source", "note", "text", "series", "code")})
        return
    df = ustflow.sectors(quarter=quarter, which="all" if all_sectors else "main", as_of=as_of)
    out = df.drop(columns=["key"]) if fmt is Format.table else df
    for c in ("rank_sale",):
        out[c] = out[c].astype("object").where(out[c].notna(), None)
    emit(out.round(1), fmt, title=df.attrs["title"], caption=f"{df.attrs['note']}; source: {df.attrs['source']}",
         meta={k: df.attrs[k] for k in ("title", "unit", "source", "note", "quarter")})
