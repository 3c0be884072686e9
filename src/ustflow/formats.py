"""How ustflow writes numbers, periods and column names, for people (CLI tables, dashboard, report) and CSV.

- one number format per unit (``NUMBER_FORMATS``, matched on a column name's suffix, or ``UNIT_DECIMALS``
  for a unit given apart): USD bn with 1 decimal, JPY 100mn with none, yields in percent with 2, ...;
- periods: ``YYYY-MM`` for months, ``YYYY-MM-DD`` for days and weeks (a week by its last day);
- column names in words (``holdings_usd_bn`` -> ``holdings USD bn``);
- CSV floats rounded to 12 significant digits (no ``3.5854999999999997``).
"""

from __future__ import annotations

import math
from typing import Any, Sequence

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
    if name.startswith("corr_"):  # corr_btc_usdjpy is a correlation, not a USD/JPY rate
        return 2
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


def period_label(value: Any, frequency: str | None) -> Any:
    """A period stored as its first day (``2025-10-01``) named the way the publisher names it: ``2025Q4`` for a
    quarter, ``2026-04`` for a month, ``2026`` for a year; days and weeks (by their last day) as they are."""
    if not isinstance(value, str) or len(value) < 10 or value[4] != "-":
        return value
    f = (frequency or "").upper()[:1]
    if f == "M":
        return value[:7]
    if f == "Q":
        return f"{value[:4]}Q{(int(value[5:7]) - 1) // 3 + 1}"
    if f in ("A", "Y"):
        return value[:4]
    return value


def in_own_units(values: Sequence[Any], units: Sequence[Any], default: int = 2) -> list[str]:
    """One column holding several units (alerts, drivers): each value with its own unit's decimals, not the
    most any row needs (``-44,579`` JPY 100mn next to ``-0.03`` percentage points, not ``-44,579.0000``)."""
    out = []
    for v, u in zip(values, units):
        d = unit_decimals("value", u if isinstance(u, str) else None)
        out.append("" if is_missing(v) else number(float(v), default if d is None else d))
    return out


def is_missing(v: Any) -> bool:
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


def column_cells(values: Sequence[Any], column: str, unit: str | None) -> tuple[list[str], bool]:
    """Display strings of one column and whether it is numeric (right-aligned)."""
    present = [v for v in values if not is_missing(v)]
    if present and all(_is_number(v) for v in present):
        if all(_is_integer(v) for v in present):
            d = 0
        else:
            d = unit_decimals(column, unit)
            if d is None:
                d = max((_needed(float(v)) for v in present if math.isfinite(float(v))), default=0)
        return ["" if is_missing(v) else number(float(v), d) if math.isfinite(float(v)) else str(v)
                for v in values], True
    return ["" if is_missing(v) else period(v) if not isinstance(v, str) else v for v in values], False


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


def without_float_noise(df):
    """Floats rounded to 12 significant digits, so CSV says 3.5855 where arithmetic left 3.5854999999999997
    (and still 866.0, not 866: the column stays a float column)."""
    floats = [c for c in df.columns if df[c].dtype.kind == "f"]
    if not floats:
        return df
    out = df.copy()
    for c in floats:
        out[c] = [v if v != v or v in (float("inf"), float("-inf")) else float(f"{v:.12g}") for v in out[c].tolist()]
        out[c] = out[c].astype("float64")
    return out
