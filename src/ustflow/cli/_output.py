"""Table / CSV / JSON output shared by every command. Every table states its unit in its title.

Tables (``--format table``) are drawn here, without rich, and fit the terminal (80 columns when
the output is not a terminal):

- numbers: one format per unit (``NUMBER_FORMATS``: USD bn with 1 decimal, JPY 100mn with none,
  yields in percent with 2, ...), thousands separated, right-aligned; a column without a known
  unit gets one number of decimals for all its rows;
- periods: ``YYYY-MM`` for months, ``YYYY-MM-DD`` for days and weeks (a week by its last day);
- headers: words, not snake_case (``holdings_usd_bn`` -> ``holdings USD bn``);
- too wide: long texts fold at spaces, headers wrap, and if that is not enough the right-most
  columns are left out with a note saying which (``--format csv`` or ``json`` gives them all).
  Ids (series ids, sources, codes: cells without spaces) are never split.

CSV and JSON keep the machine names and every column; CSV floats are rounded to 12 significant
digits, so no ``3.5854999999999997``.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Sequence

from ustflow.formats import (  # noqa: F401 - the formatting rules, shared with the dashboard and report
    NUMBER_FORMATS,
    UNIT_DECIMALS,
    column_cells,
    header,
    headers,
    is_missing,
    number,
    period,
    unit_decimals,
    without_float_noise,
)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


# ------------------------------------------------------------------ terminal
def width() -> int:
    """The terminal's width; 80 when the output is not a terminal (``COLUMNS`` overrides)."""
    cols = os.environ.get("COLUMNS", "")
    if cols.isdigit() and int(cols) >= 40:
        return int(cols)
    if sys.stdout.isatty():
        import shutil

        return max(40, shutil.get_terminal_size((80, 24)).columns)
    return 80


def _styled(text: str, style: str | None) -> str:
    if not style or not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return text
    code = {"bold": "1", "dim": "2", "yellow": "33", "red": "31", "green": "32"}.get(style, "")
    return f"\x1b[{code}m{text}\x1b[0m" if code else text


def wrap(text: str, cols: int | None = None) -> list[str]:
    """``text`` in lines of at most ``cols`` characters, broken at spaces (a longer word keeps its line)."""
    import textwrap

    return textwrap.wrap(text, cols or width(), break_long_words=False, break_on_hyphens=False) or [""]


def say(text: str = "", style: str | None = None, *, err: bool = False) -> None:
    """Print a line of prose, wrapped to the terminal (``style``: bold, dim, yellow, red, green)."""
    out = sys.stderr if err else sys.stdout
    lines = [ln for para in text.split("\n") for ln in wrap(para)]
    out.write("\n".join(_styled(ln, style) for ln in lines) + "\n")


def console():
    """A rich console for the few outputs that still use rich markup (slower: prefer ``say``)."""
    from rich.console import Console

    return Console()


def err_console():
    from rich.console import Console

    return Console(stderr=True)


# ------------------------------------------------------------------ the table
def _unsplittable(cells: list[str], column: str) -> bool:
    """Ids, sources and codes: one word per cell, copied whole from the terminal."""
    return column in ("id", "series", "source", "source_id") or all(" " not in c for c in cells)


def _fit(heads: list[str], cols: list[list[str]], numeric: list[bool], names: list[str], avail: int,
         optional: Sequence[str] = ()) -> tuple[list[int], list[int]]:
    """Widths of the columns shown and the indexes of those shown, within ``avail`` characters."""
    natural, least = [], []
    for h, cells, num, name in zip(heads, cols, numeric, names):
        longest = max((len(c) for c in cells), default=0)
        head_word = max((len(w) for w in h.split()), default=0)
        natural.append(max(longest, len(h)))
        if num or _unsplittable(cells, name):
            least.append(max(longest, head_word))
        else:  # free text folds at spaces, to its longest word or ~24 characters
            words = max((len(w) for c in cells for w in c.split()), default=0)
            least.append(max(head_word, min(longest, max(20, words))))
    shown = list(range(len(heads)))

    def total(ws: list[int]) -> int:
        return sum(ws) + 3 * len(ws) + 1

    # the optional columns go first (in the order given), then the right-most: views put the essentials left
    first = [names.index(c) for c in optional if c in names]
    while len(shown) > 1 and total([least[i] for i in shown]) > avail:
        shown.remove(first.pop(0) if first else shown[-1])
    widths = [natural[i] for i in shown]
    over = total(widths) - avail
    # shrink the columns with the most room above their least width first (headers wrap, texts fold)
    while over > 0:
        room = [(widths[k] - least[i], k) for k, i in enumerate(shown)]
        slack, k = max(room)
        if slack <= 0:
            break
        cut = min(slack, over, max(1, slack // 2))
        widths[k] -= cut
        over -= cut
    return widths, shown


def _lines(text: str, w: int) -> list[str]:
    return wrap(text, w) if len(text) > w else [text]


def render(df_or_rows, *, columns: Sequence[str] | None = None, units: dict | None = None,
           cols: int | None = None, title: str = "", optional: Sequence[str] = (),
           right: Sequence[str] = ()) -> tuple[str, list[str]]:
    """(the table as text, the columns left out). ``df_or_rows``: a DataFrame, or rows (sequences) with
    ``columns``. ``units`` maps a column to its unit, for its number format; ``title`` (printed above by
    the caller) states units the headers then leave out; ``optional``: columns to leave out first when
    the table is too wide (else the right-most go); ``right``: text columns to right-align (numbers
    formatted by the caller)."""
    if columns is None:
        names = [str(c) for c in df_or_rows.columns]
        data = [df_or_rows[c].tolist() for c in df_or_rows.columns]
    else:
        names = list(columns)
        rows = list(df_or_rows)
        data = [[r[j] for r in rows] for j in range(len(names))]
    units = units or {}
    cells, numeric = [], []
    for name, values in zip(names, data):
        c, num = column_cells(values, name, units.get(name))
        cells.append(c)
        numeric.append(num or name in right)
    heads = headers(names, title)
    widths, shown = _fit(heads, cells, numeric, names, cols or width(), optional)
    n_rows = len(cells[0]) if cells else 0
    out = ["┏" + "┳".join("━" * (w + 2) for w in widths) + "┓"]
    head_lines = [_lines(heads[i], w) for i, w in zip(shown, widths)]
    height = max((len(h) for h in head_lines), default=0)
    for k in range(height):
        parts = []
        for (i, w), h in zip(zip(shown, widths), head_lines):
            pad = height - len(h)  # headers sit at the bottom of their cell, aligned like their column
            t = h[k - pad] if k >= pad else ""
            parts.append(t.rjust(w) if numeric[i] else t.ljust(w))
        out.append("┃ " + " ┃ ".join(parts) + " ┃")
    out.append("┡" + "╇".join("━" * (w + 2) for w in widths) + "┩")
    for r in range(n_rows):
        folded = [_lines(cells[i][r], w) if not numeric[i] and len(cells[i][r]) > w
                  and not _unsplittable([cells[i][r]], names[i]) else [cells[i][r]] for i, w in zip(shown, widths)]
        for k in range(max(len(f) for f in folded)):
            parts = []
            for (i, w), f in zip(zip(shown, widths), folded):
                t = f[k] if k < len(f) else ""
                parts.append(t.rjust(w) if numeric[i] else t.ljust(w))
            out.append("│ " + " │ ".join(parts) + " │")
    out.append("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")
    dropped = [names[i] for i in range(len(names)) if i not in shown]
    return "\n".join(out), dropped


def emit(df, fmt: Format | str, *, title: str = "", caption: str = "", meta: dict | None = None,
         units: dict | None = None, optional: Sequence[str] = ()) -> None:
    """Print a DataFrame. ``title`` (table, CSV comment) and ``meta`` (json) carry units and sources;
    ``units`` (else ``meta['units']``/``df.attrs['units']``) maps columns to units for their number format;
    ``optional``: the columns a too-narrow table leaves out first."""
    fmt = Format(fmt)
    if fmt is Format.csv:
        for line in filter(None, [title, caption]):
            sys.stdout.write(f"# {line}\n")
        without_float_noise(df).to_csv(sys.stdout, index=False, lineterminator="\n")
        return
    if fmt is Format.json:
        records = json.loads(df.to_json(orient="records", date_format="iso", double_precision=10,
                                        default_handler=str))
        payload = dict(meta or {})
        if title and "title" not in payload:
            payload["title"] = title
        payload["rows"] = records
        sys.stdout.write(json.dumps(payload, indent=1, default=str) + "\n")
        return
    if units is None:
        u = (meta or {}).get("units") or getattr(df, "attrs", {}).get("units")
        units = u if isinstance(u, dict) else {}
    text, dropped = render(df, units=units, title=title, optional=optional)
    if title:
        say(title, "bold")
    sys.stdout.write(text + "\n")
    notes = [caption] if caption else []
    if dropped:
        notes.append(f"Not shown at {width()} columns: {', '.join(header(d) for d in dropped)} "
                     "(--format csv or json gives every column; or widen the terminal).")
    for n in notes:
        say(n, "dim")
