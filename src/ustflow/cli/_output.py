"""Table / CSV / JSON output shared by every command. Every table states its unit in its title.

Tables (``--format table``) are drawn here, without rich, and fit the terminal (80 columns when
the output is not a terminal):

- numbers: one format per unit (``NUMBER_FORMATS``: USD bn with 1 decimal, JPY 100mn with none,
  yields in percent with 2, ...), thousands separated, right-aligned; a column without a known
  unit gets one number of decimals for all its rows;
- periods: ``YYYY-MM`` for months, ``YYYY-MM-DD`` for days and weeks (a week by its last day);
- headers: words, not snake_case (``holdings_usd_bn`` -> ``holdings USD bn``);
- too wide: long texts fold at spaces, headers wrap; then a view's ``stack`` puts columns under
  another one (a claim's period under the claim: ``claim / period``) and texts fold narrower (to
  ~10 characters) before any column the view needs is left out; then the ``optional`` and the
  right-most columns are left out with a note saying which (``--format csv`` or ``json`` gives
  them all). Ids (series ids, sources, codes: cells without spaces) are never split.

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


def _parts(cell: str) -> list[str]:
    """The lines of a cell: one, or one per column stacked in it."""
    return cell.split("\n")


def _fit(heads: list[str], cols: list[list[str]], numeric: list[bool], names: list[str], avail: int,
         optional: Sequence[str] = (), fold: int = 20) -> tuple[list[int], list[int]]:
    """Widths of the columns shown and the indexes of those shown, within ``avail`` characters; free
    text folds to no fewer than ``fold`` characters (or its longest word)."""
    natural, least = [], []
    for h, cells, num, name in zip(heads, cols, numeric, names):
        longest = max((len(p) for c in cells for p in _parts(c)), default=0)
        head_word = max((len(w) for w in h.split()), default=0)
        natural.append(max(longest, len(h)))
        if num or _unsplittable(cells, name):
            least.append(max(longest, head_word))
        else:  # free text folds at spaces, to its longest word or ``fold`` characters
            words = max((len(w) for c in cells for w in c.split()), default=0)
            least.append(max(head_word, min(longest, max(fold, words))))
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


def _stacked(names: list[str], heads: list[str], cells: list[list[str]], numeric: list[bool],
             stack: dict[str, Sequence[str]]) -> tuple[list[str], list[str], list[list[str]], list[bool]]:
    """The columns with each of ``stack``'s guests under its host: one column ``host / guest`` whose
    cells hold the host's value, then each guest's on a line of its own (empty ones left out)."""
    guests = {g: h for h, gs in stack.items() if h in names for g in gs if g in names and g != h}
    out: tuple[list, list, list, list] = ([], [], [], [])
    for i, name in enumerate(names):
        if name in guests:
            continue
        mine = [names.index(g) for g in stack.get(name, ()) if g in guests]
        head = " / ".join([heads[i], *(heads[j] for j in mine)])
        col = ["\n".join(p for p in [cells[i][r], *(cells[j][r] for j in mine)] if p)
               for r in range(len(cells[i]))]
        for lst, v in zip(out, (name, head, col, numeric[i] and all(numeric[j] for j in mine))):
            lst.append(v)
    return out


def _layout(names: list[str], heads: list[str], cells: list[list[str]], numeric: list[bool], avail: int,
            optional: Sequence[str], stack: dict[str, Sequence[str]] | None):
    """The first way the table fits without leaving out a column that is not ``optional``: as it is,
    stacked, with texts folded narrower, both; else the one that leaves out the fewest columns.
    Returns (names, heads, cells, numeric, widths, shown) of the columns as laid out."""
    plans = [(False, 20), (True, 20), (False, 10), (True, 10)] if stack else [(False, 20), (False, 10)]
    best = None
    for stacked, fold in plans:
        cols = _stacked(names, heads, cells, numeric, stack or {}) if stacked else (names, heads, cells, numeric)
        widths, shown = _fit(cols[1], cols[2], cols[3], cols[0], avail, optional, fold)
        left_out = [cols[0][i] for i in range(len(cols[0])) if i not in shown]
        if not [n for n in left_out if n not in optional]:
            return (*cols, widths, shown)
        if best is None or len(left_out) < best[0]:
            best = (len(left_out), (*cols, widths, shown))
    assert best is not None
    return best[1]


def _without_attrs(df):
    """The same frame (no copy of the data) without ``.attrs``: a view's attrs (models, notes) are
    deep-copied by pandas each time a column is taken out (5 ms a column for the scenario table)."""
    import pandas as pd

    return pd.DataFrame(df, copy=False)


def render(df_or_rows, *, columns: Sequence[str] | None = None, units: dict | None = None,
           cols: int | None = None, title: str = "", optional: Sequence[str] = (),
           right: Sequence[str] = (), stack: dict[str, Sequence[str]] | None = None) -> tuple[str, list[str]]:
    """(the table as text, the columns left out). ``df_or_rows``: a DataFrame, or rows (sequences) with
    ``columns``. ``units`` maps a column to its unit, for its number format; ``title`` (printed above by
    the caller) states units the headers then leave out; ``optional``: columns to leave out first when
    the table is too wide (else the right-most go); ``right``: text columns to right-align (numbers
    formatted by the caller); ``stack``: host column -> columns to show under it when the table is too
    wide otherwise (``{"claim": ["period"]}``)."""
    if columns is None:
        plain = _without_attrs(df_or_rows)  # pandas deep-copies .attrs into every column taken out
        names = [str(c) for c in plain.columns]
        data = [plain.iloc[:, j].tolist() for j in range(plain.shape[1])]
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
    all_names = names
    names, heads, cells, numeric, widths, shown = _layout(names, headers(names, title), cells, numeric,
                                                         cols or width(), optional, stack)
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
        folded = [[ln for p in _parts(cells[i][r]) for ln in (
            _lines(p, w) if not numeric[i] and len(p) > w and not _unsplittable([p], names[i]) else [p])]
            for i, w in zip(shown, widths)]
        for k in range(max(len(f) for f in folded)):
            parts = []
            for (i, w), f in zip(zip(shown, widths), folded):
                t = f[k] if k < len(f) else ""
                parts.append(t.rjust(w) if numeric[i] else t.ljust(w))
            out.append("│ " + " │ ".join(parts) + " │")
    out.append("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")
    kept = {n for i, n in enumerate(names) if i in shown}
    kept |= {g for h in kept for g in (stack or {}).get(h, ()) if g not in names}  # stacked under a host shown
    return "\n".join(out), [n for n in all_names if n not in kept]


def emit(df, fmt: Format | str, *, title: str = "", caption: str = "", meta: dict | None = None,
         units: dict | None = None, optional: Sequence[str] = (),
         stack: dict[str, Sequence[str]] | None = None, right: Sequence[str] = ()) -> None:
    """Print a DataFrame. ``title`` (table, CSV comment) and ``meta`` (json) carry units and sources;
    ``units`` (else ``meta['units']``/``df.attrs['units']``) maps columns to units for their number format;
    ``optional``: the columns a too-narrow table leaves out first; ``stack``: host -> columns shown under
    it when the table is too wide otherwise; ``right``: text columns to right-align (see ``render``)."""
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
    text, dropped = render(df, units=units, title=title, optional=optional, stack=stack, right=right)
    if title:
        say(title, "bold")
    sys.stdout.write(text + "\n")
    notes = [caption] if caption else []
    if dropped:
        notes.append(f"Not shown at {width()} columns: {', '.join(header(d) for d in dropped)} "
                     "(--format csv or json gives every column; or widen the terminal).")
    for n in notes:
        say(n, "dim")
