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
import math
import os
import sys
from enum import Enum
from typing import Any, Sequence

from ustflow.numbers import without_float_noise


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


# ------------------------------------------------------------------ numbers and periods
# decimals by unit, matched on a column's name suffix (or the unit given for a column such as "value")
NUMBER_FORMATS: list[tuple[str, int]] = [
    ("jpy_100mn_per_pp", 0), ("jpy_100mn", 0), ("jpy_tn", 2), ("jpy_bn", 1), ("usd_bn", 1), ("usd_mn", 0),
    ("share_pct", 1), ("fx_pct", 1), ("_pct", 2), ("pct", 2), ("_bp", 1), ("bp", 1), ("usdjpy", 2),
    ("zscore", 2), ("percentile", 1), ("r2", 2), ("corr", 2), ("_years", 1), ("duration", 2),
]
UNIT_DECIMALS = {"usd bn": 1, "usd mn": 0, "jpy 100mn": 0, "jpy bn": 1, "jpy tn": 2, "percent": 2, "%": 2,
                 "jpy per usd": 2, "bp": 1, "basis points": 1, "percentage points": 2, "index": 2}


def unit_decimals(column: str, unit: str | None = None) -> int | None:
    """Decimals for a column by the unit in its name's suffix, else the unit given; None when unknown."""
    name = column.lower()
    for suffix, d in NUMBER_FORMATS:
        if name.endswith(suffix):
            return d
    if unit:
        u = unit.lower().split("(")[0].strip()
        for k, d in UNIT_DECIMALS.items():
            if u.startswith(k):
                return d
    return None


def _needed(v: float) -> int:
    """Decimals ``v`` needs, at most 3 (4 below 1)."""
    top = 4 if abs(v) < 1 else 3
    s = f"{v:.{top}f}".rstrip("0")
    return len(s.split(".")[1]) if "." in s else 0


def number(v: float, decimals: int, *, sign: bool = False) -> str:
    return f"{v:+,.{decimals}f}" if sign else f"{v:,.{decimals}f}"


def period(v: Any) -> str:
    """YYYY-MM for a month, YYYY-MM-DD for a day or week (the week's last day), YYYY-MM-DD HH:MM for a time."""
    freq = getattr(v, "freqstr", None)
    if freq is not None and hasattr(v, "end_time"):  # a pandas Period
        if freq.startswith("M"):
            return v.strftime("%Y-%m")
        if freq.startswith(("Q", "Y", "A")):
            return str(v)
        return v.end_time.strftime("%Y-%m-%d")
    if hasattr(v, "hour") and hasattr(v, "strftime"):  # datetime / Timestamp
        return v.strftime("%Y-%m-%d %H:%M") if (v.hour or v.minute) else v.strftime("%Y-%m-%d")
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def _is_missing(v: Any) -> bool:
    if v is None or type(v).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return bool(v != v)  # NaN, NaT, pd.NA
    except (TypeError, ValueError):
        return False


def _is_number(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    return type(v).__module__ == "numpy" and getattr(v, "dtype", None) is not None and v.dtype.kind in "iuf"


def _is_integer(v: Any) -> bool:
    return isinstance(v, int) or (getattr(v, "dtype", None) is not None and v.dtype.kind in "iu")


def _column_cells(values: Sequence[Any], column: str, unit: str | None) -> tuple[list[str], bool]:
    """Display strings of one column and whether it is numeric (right-aligned)."""
    present = [v for v in values if not _is_missing(v)]
    if present and all(_is_number(v) for v in present):
        if all(_is_integer(v) for v in present):
            d = 0
        else:
            d = unit_decimals(column, unit)
            if d is None:
                d = max((_needed(float(v)) for v in present if math.isfinite(float(v))), default=0)
        return ["" if _is_missing(v) else number(float(v), d) if math.isfinite(float(v)) else str(v)
                for v in values], True
    return ["" if _is_missing(v) else period(v) if not isinstance(v, str) else v for v in values], False


_WORDS = {"usd": "USD", "jpy": "JPY", "pct": "%", "zscore": "z-score", "usdjpy": "USD/JPY", "ust": "UST", "jgb": "JGB",
          "oos": "out-of-sample", "fx": "FX", "var": "VaR", "es": "ES", "ci90": "90% CI", "sd": "sd", "mof": "MoF",
          "tic": "TIC", "slt": "SLT", "yoy": "y/y", "bp": "bp", "r2": "R2"}


def header(column: Any) -> str:
    """A column name as words: ``holdings_usd_bn`` -> ``holdings USD bn``, ``share_pct`` -> ``share %``."""
    return " ".join(_WORDS.get(w, w) for w in str(column).split("_") if w)


_UNIT_SUFFIXES = ("USD bn", "USD mn", "JPY 100mn", "JPY bn", "JPY tn")


def headers(columns: Sequence[Any], title: str = "") -> list[str]:
    """Column headers; a unit the title already states is left out of them when no two become the same
    (``[USD bn]`` in the title: ``holdings_usd_bn`` -> ``holdings``)."""
    heads = [header(c) for c in columns]
    stated = [u for u in _UNIT_SUFFIXES if u in title]
    short = [next((h[: -len(u)].rstrip() for u in stated if h.endswith(" " + u)), h) for h in heads]
    return short if len(set(short)) == len(short) and all(short) else heads


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
           cols: int | None = None, title: str = "", optional: Sequence[str] = ()) -> tuple[str, list[str]]:
    """(the table as text, the columns left out). ``df_or_rows``: a DataFrame, or rows (sequences) with
    ``columns``. ``units`` maps a column to its unit, for its number format; ``title`` (printed above by
    the caller) states units the headers then leave out; ``optional``: columns to leave out first when
    the table is too wide (else the right-most go)."""
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
        c, num = _column_cells(values, name, units.get(name))
        cells.append(c)
        numeric.append(num)
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
