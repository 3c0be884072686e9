"""Table / CSV / JSON output shared by every command. Every table states its unit in its title."""

from __future__ import annotations

import json
import sys
from enum import Enum


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def console():
    from rich.console import Console

    return Console()


def err_console():
    from rich.console import Console

    return Console(stderr=True)


def _cell(v) -> str:
    import math

    if v is None:
        return ""
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        if abs(v) >= 100:
            return f"{v:,.0f}" if v.is_integer() else f"{v:,.1f}"
        return f"{v:,.3f}".rstrip("0").rstrip(".")
    return str(v)


def emit(df, fmt: Format | str, *, title: str = "", caption: str = "", meta: dict | None = None) -> None:
    """Print a DataFrame. ``title`` (table) and ``meta`` (json) carry units and sources."""
    import pandas as pd

    fmt = Format(fmt)
    if fmt is Format.csv:
        if title or caption:
            for line in filter(None, [title, caption]):
                sys.stdout.write(f"# {line}\n")
        df.to_csv(sys.stdout, index=False, lineterminator="\n")
        return
    if fmt is Format.json:
        records = json.loads(df.to_json(orient="records", date_format="iso", double_precision=10))
        payload = dict(meta or {})
        if title and "title" not in payload:
            payload["title"] = title
        payload["rows"] = records
        sys.stdout.write(json.dumps(payload, indent=1, default=str) + "\n")
        return
    from rich.table import Table

    # the title goes above the table, not inside it, so a narrow table does not fold its units
    from rich.markup import escape

    if title:  # escaped: "[percent]" is a unit here, not rich markup
        console().print(f"[bold]{escape(title)}[/]", highlight=False)
    t = Table(caption=escape(caption) if caption else None, caption_justify="left")
    cells = [[_cell(v) for v in row] for row in df.itertuples(index=False)]
    for j, c in enumerate(df.columns):
        numeric = pd.api.types.is_numeric_dtype(df[c])
        # never cut a number short: numbers and short texts (dates) keep their width, headers wrap at
        # the underscores, long texts fold rather than end in "…"
        need = max((len(r[j]) for r in cells), default=0)
        t.add_column(str(c).replace("_", " "), justify="right" if numeric else "left", overflow="fold",
                     min_width=need if (numeric or need <= 12) else None)
    for row in cells:
        t.add_row(*row)
    con = console()
    widths = [max([len(r[j]) for r in cells] + [min(len(str(c)), 10)]) for j in range(len(df.columns))]
    numeric = [pd.api.types.is_numeric_dtype(df[c]) for c in df.columns]
    # numbers and short texts need their full width; long texts can fold into ~30 characters
    need = sum((w if (num or w <= 12) else min(w, 30)) + 3 for w, num in zip(widths, numeric)) + 1
    if need > con.width:  # wider than the terminal: let the lines run on rather than drop columns
        from rich.console import Console

        con = Console(width=need)
    con.print(t)
