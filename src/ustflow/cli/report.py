"""Report commands: ``report`` (one self-contained HTML file) and ``chart`` (one chart as PNG/SVG)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, emit, err_console


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("chart")(chart)
    app.command("charts")(charts_list)


def report(
    out: Path = typer.Option(Path("ustflow-report.html"), "--out", "-o", help="The HTML file to write."),
    as_of: Optional[str] = date_option("--as-of", "Reproduce the report as known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format", help="How to print the summary of what was written."),
) -> None:
    """Write one self-contained HTML report (opens offline: the chart library is embedded)."""
    import pandas as pd

    import ustflow

    rep = ustflow.write_report(out, as_of=as_of)
    df = pd.DataFrame([{"chart": c.id, "title": c.title, "unit": c.unit, "data_to": c.newest or "",
                        "source": c.source} for c in rep.charts.values()])
    emit(df, fmt, title=f"Report written to {out} ({len(rep.charts)} charts"
                        + (f", as known on {rep.as_of}" if rep.as_of else "") + ")",
         meta={"out": str(out), "as_of": rep.as_of, "failures": rep.failures,
               "stale_sources": [s["source"] for s in rep.stale]})
    for cid, msg in rep.failures.items():
        err_console().print(f"[yellow]chart {cid} not drawn:[/] {msg}")


def chart(
    id: str = typer.Argument(..., help="A chart id (see `ustflow charts`) or any series id (tic.holdings.japan)."),
    out: Path = typer.Option(..., "--out", "-o", help="Image file to write: .png or .svg."),
    as_of: Optional[str] = date_option("--as-of", "As known on this date (YYYY-MM-DD)."),
    start: Optional[str] = date_option("--start", "First period shown (YYYY-MM or YYYY-MM-DD)."),
    end: Optional[str] = date_option("--end", "Last period shown."),
    param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="Chart parameter KEY=VALUE (repeatable), "
                                               "e.g. -p countries=japan,china_mainland -p window=2."),
    scale: float = typer.Option(2.0, "--scale", min=0.5, max=6.0, help="PNG pixel scale."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Draw one chart to a PNG or SVG file, without a browser."""
    import pandas as pd

    import ustflow
    from ustflow.errors import InvalidArgument

    params: dict[str, str] = {}
    for p in param or []:
        if "=" not in p:
            raise InvalidArgument(f"--param expects KEY=VALUE, got {p!r}")
        k, v = p.split("=", 1)
        params[k.strip()] = v.strip()
    c = ustflow.chart(id, as_of=as_of, start=start, end=end, **params)
    path = ustflow.save_chart(c, out, scale=scale)
    emit(pd.DataFrame([{"chart": c.id, "file": str(path), "unit": c.unit, "data_to": c.newest or "",
                        "source": c.source}]), fmt, title=f"{c.title} [{c.unit}]", meta=c.meta())


def charts_list(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """List the charts of the report and dashboard, with their parameters."""
    import pandas as pd

    import ustflow

    rows = [{"chart": d.id, "title": d.title, "page": d.page,
             "parameters": ", ".join(f"{p.name}={','.join(p.default) if isinstance(p.default, tuple) else p.default}"
                                     for p in d.all_params)} for d in ustflow.chart_definitions().values()]
    emit(pd.DataFrame(rows), fmt, title="Charts (`ustflow chart ID --out FILE.png`; any series id works too)")
