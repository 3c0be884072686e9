"""``ustflow custody``: foreign official custody holdings at the New York Fed (H.4.1), weekly.

A thin layer over ``ustflow.views.custody``.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from ustflow.cli._options import as_of_option, date_option
from ustflow.cli._output import Format, emit


class Show(str, Enum):
    all = "all"
    weeks = "weeks"
    falls = "falls"
    tic = "tic"


def register(app: typer.Typer) -> None:
    app.command("custody")(custody)


def custody(
    show: Show = typer.Option(Show.all, "--show", help="weeks | falls (largest 1- and 4-week falls) | tic (monthly, "
                              "vs TIC foreign official) | all (table format only; csv/json default to weeks)."),
    weeks: int = typer.Option(8, "--weeks", min=1, help="How many recent weeks to list (--show weeks)."),
    window: Optional[int] = typer.Option(None, "--window", min=1, help="Falls over this many weeks only "
                                         "(default: 1 and 4)."),
    top: int = typer.Option(10, "--top", min=1, help="How many falls to list."),
    start: Optional[str] = date_option("--start", "First week or month (YYYY-MM[-DD])."),
    end: Optional[str] = date_option("--end", "Last week or month (YYYY-MM[-DD])."),
    as_of: Optional[str] = as_of_option(),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Foreign official custody holdings of Treasuries at the New York Fed (H.4.1, weekly, face value):
    changes, largest weekly and 4-week falls since 2007 with ranks, and the monthly comparison with TIC."""
    import ustflow

    if fmt is not Format.table and show is Show.all:
        show = Show.weeks
    if show in (Show.all, Show.weeks):
        if fmt is Format.table:
            typer.echo(ustflow.custody_summary(as_of=as_of)["text"])
        df = ustflow.custody(weeks=None if (start or end) and weeks == 8 else weeks, start=start, end=end, as_of=as_of)
        emit(df, fmt, title=df.attrs["title"], caption=f"{df.attrs['note']}; source: {df.attrs['source']}",
             meta=_meta(df))
    if show in (Show.all, Show.falls):
        for w in ([window] if window else [1, 4]):
            df = ustflow.custody_falls(weeks=w, top=top, as_of=as_of)
            emit(df, fmt, title=df.attrs["title"], caption=f"source: {df.attrs['source']}", meta=_meta(df))
    if show in (Show.all, Show.tic):
        df = ustflow.custody_vs_tic(start=start or ("2024-01" if show is Show.all else None), end=end, as_of=as_of)
        a, b = df.attrs["agreement"]["all"], df.attrs["agreement"]["last_36_months"]
        caption = (f"monthly changes: correlation {a['correlation']:.2f} over {a['months']} months "
                   f"({a['first']}..{a['last']}), {b['correlation']:.2f} over the last {b['months']}; same sign in "
                   f"{a['same_sign_pct']:.0f}% of months; {df.attrs['note']}; sources: {df.attrs['source']}")
        emit(df, fmt, title=df.attrs["title"], caption=caption, meta=_meta(df, "agreement"))


def _meta(df, *keys) -> dict:
    meta = {k: df.attrs[k] for k in ("title", "unit", "source", "note", "as_of", "weeks", *keys) if k in df.attrs}
    return meta
