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
        return f"{v:,.3f}".rstrip("0").rstrip(".") if abs(v) < 100 else f"{v:,.1f}"
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
    for c in df.columns:
        numeric = pd.api.types.is_numeric_dtype(df[c])
        # never cut a number short: fold instead of "…", and let headers wrap at the underscores
        t.add_column(str(c).replace("_", " "), justify="right" if numeric else "left", overflow="fold")
    for row in df.itertuples(index=False):
        t.add_row(*[_cell(v) for v in row])
    console().print(t)
