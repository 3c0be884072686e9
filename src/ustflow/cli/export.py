"""``ustflow export``: several series on one calendar, to CSV, Excel or Parquet (``ustflow.export``)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import emit, err_console


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    ids: List[str] = typer.Argument(..., help="Series ids, e.g. tic.holdings.japan fred.dgs10 (see `ustflow series`)."),
    freq: str = typer.Option("M", "--freq", help="Rows: D (days), W (weeks ending Saturday), M, Q or A (years)."),
    start: Optional[str] = date_option("--start", "First period (YYYY-MM-DD or YYYY-MM)."),
    end: Optional[str] = date_option("--end", "Last period."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Optional[str] = typer.Option(None, "--format", metavar="csv|xlsx|parquet",
                                      help="File format (default: from --out's extension, else csv)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write; without it, CSV on standard output."),
) -> None:
    """Several series side by side, one row per period end (--freq M): stocks at the period's end,
    flows summed, rates averaged, each series' conversion, unit and source stated in the file."""
    import pandas as pd

    import ustflow

    df = ustflow.export(ids, freq=freq, start=start, end=end, as_of=as_of, out=out if out is not None else "-",
                        format=fmt)
    if out is None:
        return
    a = df.attrs
    rows = [{"series": sid, "unit": m["unit"], "kind": m["kind"], "conversion": m["conversion"],
             "first": m["first"], "last": m["last"]} for sid, m in a["series"].items()]
    labels = [str(p) for p in df.index]
    emit(pd.DataFrame(rows), "table", optional=["first", "last"],
         title=f"Wrote {out}: {len(df.columns)} series x {len(df)} rows, {a['frequency']}, {labels[0]}..{labels[-1]}"
               + (f", as known on {as_of}" if as_of else ""))
    blank = [sid for sid, m in a["series"].items() if not m["values"]]
    if blank:
        err_console().print(f"[yellow]no values in range:[/] {', '.join(blank)}")
