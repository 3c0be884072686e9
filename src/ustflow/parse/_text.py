"""What every parser needs from the text of a download: decoding, CSV rows with their line numbers,
cells as dates and numbers, and observations in long format. A new source copies from here.

Everything raises ``ParseError(file, line, expected, found)`` with the 1-based line, so a bad cell is
reported where a person can find it. Two decoders, for two kinds of publisher file:

- ``read_text``: strict, for CSV downloads (FRED, MoF, JGB, the curated tables): a wrong encoding or
  a cut multi-byte character is an error, and line breaks come back as ``\n``.
- ``decode_text``: for the TIC text tables, which are ASCII but sometimes carry one Windows-1252
  character in a footnote: that must not stop a load.

Both refuse an empty file and an HTML page (an error or portal page served with status 200) first;
the test for HTML is ``ustflow.archive.looks_like_html``, the one ``fetch`` applies to a download.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Sequence
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from ustflow.archive import looks_like_html
from ustflow.errors import ParseError
from ustflow.parse._base import OBS_COLUMNS, SERIES_COLUMNS, Parsed

__all__ = ["MISSING", "looks_like_html", "ymd_dates", "long_observations", "read_text", "decode_text", "require_line_end", "read_rows", "first_row",
           "iso_dates", "numbers", "require_increasing", "guarded", "expect_text", "month_start",
           "month_index", "yyyymm_str", "make_series", "make_obs", "parse_number"]

MISSING = frozenset({"", "."})
_DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_NUMBER = re.compile(r"^-?\d[\d,]*(\.\d+)?$|^-?\.\d+$")


# --- decoding ---------------------------------------------------------------------------------

def read_text(raw: bytes, name: str, *, encoding: str, what: str) -> str:
    """Decode a download, refusing the commonest wrong payloads: nothing, and an HTML error page.

    ``what`` says what line 1 should have been; it ends up in the error message. Line breaks come back
    as ``\n`` whatever the publisher used (CRLF, or a lone CR), so that a line number means the same
    to every reader of the text (the csv module would otherwise count a lone CR as a line of its own).
    """
    if not raw.strip():
        raise ParseError(name, 1, what, "an empty file")
    if looks_like_html(raw):
        first = raw.lstrip().split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        raise ParseError(name, 1, what, f"an HTML page, not CSV (an error page?): {first}")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        if e.end >= len(raw) and "incomplete" in e.reason:
            raise ParseError(name, line, "a complete file (it ends inside a multi-byte character: "
                             "truncated download?)", repr(raw[e.start:e.end])) from e
        raise ParseError(name, line, f"{encoding} text", f"undecodable bytes {raw[e.start:e.end]!r}") from e
    text = text.replace("\r\n", "\n")
    return text.replace("\r", "\n") if "\r" in text else text


def decode_text(raw: bytes, name: str) -> str:
    """The file as text; refuses empty files and HTML error/portal pages up front."""
    if not isinstance(raw, (bytes, bytearray)):
        raise ParseError(name, None, "the file's bytes", f"{type(raw).__name__}")
    if not raw.strip():
        raise ParseError(name, None, "a TIC text table", "an empty file")
    if looks_like_html(bytes(raw[:1024])):
        raise ParseError(name, 1, "a TIC text table", "an HTML page (error or portal page), not data")
    try:
        return bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        # Treasury files are ASCII; a stray Windows-1252 character in a footnote must not kill the load.
        return bytes(raw).decode("cp1252", errors="replace")


def require_line_end(text: str, name: str) -> None:
    """Refuse a file whose last line has no line break: the download stopped mid-row."""
    if not text.endswith("\n"):
        last = text.rsplit("\n", 1)[-1]
        raise ParseError(name, text.count("\n") + 1, "the last line to end with a line break (a file "
                         "cut mid-line is refused as truncated)", last)


def expect_text(lines: list[str], needle: str, name: str, what: str) -> None:
    """The title lines must state ``needle`` (e.g. the unit); guards against unit/layout changes."""
    joined = " ".join(" ".join(line.replace('"', "").split()) for line in lines).lower()
    if needle.lower() not in joined:
        first = next((ln.strip() for ln in lines if ln.strip()), "")
        raise ParseError(name, 1, f"{what} ({needle!r}) in the title lines", first)


def guarded(expected: str) -> Callable:
    """Turn any unexpected failure inside a parser into a ParseError naming the file."""

    def deco(fn: Callable[..., Parsed]) -> Callable[..., Parsed]:
        @functools.wraps(fn)
        def wrapper(raw: bytes, name: str, *args, **kwargs) -> Parsed:
            try:
                return fn(raw, name, *args, **kwargs)
            except ParseError:
                raise
            except (ValueError, IndexError, KeyError, TypeError, AttributeError, OverflowError,
                    UnicodeDecodeError, csv.Error) as e:
                raise ParseError(name, None, expected, f"{type(e).__name__}: {e}") from e

        return wrapper

    return deco


# --- CSV rows with their line numbers ---------------------------------------------------------

def read_rows(text: str, name: str, width: int | None = None) -> tuple[list[list[str]], Sequence[int]]:
    """CSV rows and the 1-based line each starts on (a quoted cell may span lines).

    Empty lines are dropped. With ``width``, every row must have exactly that many cells.
    """
    rows: list[list[str]] | None = None
    if '"' not in text and not _has_empty_line(text):
        # The common case (FRED, JGB): one row per line, so the line number is the row number.
        try:
            rows = list(csv.reader(io.StringIO(text)))
            lines: Sequence[int] = range(1, len(rows) + 1)
        except csv.Error:
            rows = None  # read again below, to learn the line
    if rows is None:
        rows, lines = _read_rows_tracking_lines(text, name)
    if not rows:
        raise ParseError(name, 1, "a CSV header", "only empty lines")
    if width is not None:
        bad = [i for i, r in enumerate(rows) if len(r) != width]
        if bad:
            i = bad[0]
            hint = " (truncated file?)" if i == len(rows) - 1 else ""
            raw_line = text.split("\n", lines[i])[lines[i] - 1]
            raise ParseError(name, lines[i], f"{width} comma-separated cells per row{hint}",
                             f"{len(rows[i])} cells: {raw_line}")
    return rows, lines


def first_row(text: str) -> list[str]:
    """The header cells (line 1), to learn a file's width before reading all its rows."""
    return next(csv.reader([text.split("\n", 1)[0]]), [])


def _has_empty_line(text: str) -> bool:
    return text.startswith("\n") or "\n\n" in text


def _read_rows_tracking_lines(text: str, name: str) -> tuple[list[list[str]], list[int]]:
    reader = csv.reader(io.StringIO(text))
    rows: list[list[str]] = []
    lines: list[int] = []
    prev = 0
    try:
        for row in reader:
            if row:
                rows.append(row)
                lines.append(prev + 1)
            prev = reader.line_num
    except csv.Error as e:
        raise ParseError(name, prev + 1, "well-formed CSV", str(e)) from e
    return rows, lines


# --- cells: dates and numbers -----------------------------------------------------------------

def iso_dates(cells: list[str], lines: Sequence[int], name: str) -> pd.DatetimeIndex:
    """``YYYY-MM-DD`` strings to dates; the first bad one is reported with its line."""
    s = pd.Series(cells, dtype="str")
    dates = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    failed = dates.isna().to_numpy()
    if failed.any():  # tolerate surrounding blanks, then report what is still unreadable
        dates[failed] = pd.to_datetime(s[failed].str.strip(), format="%Y-%m-%d", errors="coerce")
    # pandas reads "-2021-03-04" as a year before Christ: no file of ours goes outside these years.
    bad = np.flatnonzero((dates.isna() | (dates.dt.year < 1800) | (dates.dt.year > 2199)).to_numpy())
    if len(bad):
        i = int(bad[0])
        raise ParseError(name, lines[i], "a date YYYY-MM-DD", cells[i])
    return pd.DatetimeIndex(dates)


def numbers(cells: list[str], lines: Sequence[int], name: str, *, missing: frozenset[str] = MISSING,
            ) -> np.ndarray:
    """Decimal strings to float64; ``missing`` tokens become NaN, anything else unreadable is an error."""
    s = pd.Series(cells, dtype="str")
    values = pd.to_numeric(s, errors="coerce").to_numpy(dtype="float64")
    nan = np.flatnonzero(np.isnan(values))
    if len(nan):
        unreadable = ~s.iloc[nan].str.strip().isin(missing).to_numpy()
        if unreadable.any():
            i = int(nan[unreadable][0])
            markers = "', '".join(sorted(missing))
            what = f"a number or a missing-value marker ('{markers}')" if missing else "a number"
            raise ParseError(name, lines[i], what, cells[i])
    return values


def parse_number(cell: str, name: str, line: int) -> float | None:
    """A holdings cell: '1200', '1,316.7', '' (no data) or '*' (less than $50 million) -> None."""
    text = cell.strip().strip('"')
    if text in ("", "*", "n.a.", "n.a"):
        return None
    if not _NUMBER.match(text):
        raise ParseError(name, line, "a number", cell)
    return float(text.replace(",", "") if "," in text else text)


def require_increasing(dates: pd.DatetimeIndex, lines: list[int], name: str) -> None:
    """Dates must be strictly increasing: a repeat or a step back means a damaged or spliced file."""
    if len(dates) < 2:
        return
    step = np.diff(dates.asi8)
    bad = np.flatnonzero(step <= 0)
    if len(bad):
        i = int(bad[0]) + 1
        raise ParseError(name, lines[i], f"a date after {dates[i - 1]:%Y-%m-%d}", f"{dates[i]:%Y-%m-%d}")


# --- months as YYYYMM integers, series and observations in long format ---------------------

def month_start(year: int, month: int) -> int:
    """A month as the integer YYYYMM (cheap to hash); ``month_index`` turns arrays into datetimes."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} out of range")
    return year * 100 + month


def month_index(yyyymm: Iterable[int] | np.ndarray) -> np.ndarray:
    """YYYYMM integers -> datetime64[ns] first days of month, vectorised."""
    arr = np.asarray(yyyymm, dtype=np.int64)
    months = (arr // 100 - 1970) * 12 + (arr % 100 - 1)
    return months.astype("datetime64[M]").astype("datetime64[ns]")


def yyyymm_str(yyyymm: int) -> str:
    return f"{yyyymm // 100:04d}-{yyyymm % 100:02d}"


def make_series(rows: list[dict]) -> pd.DataFrame:
    """Series table; object dtype keeps None (not NaN) for missing country / sector."""
    return pd.DataFrame(rows, columns=SERIES_COLUMNS, dtype=object)


def make_obs(series_ids, periods, values, lines=None) -> pd.DataFrame:
    """Observations in long format from parallel sequences (periods as YYYYMM ints), sorted.

    ``lines``: the 1-based line each value was read from (the ``line`` column, used by
    ``ustflow.validate`` to name the line of a value it rejects)."""
    obs = pd.DataFrame({
        "series_id": np.asarray(series_ids, dtype=object),
        "period": month_index(periods),
        "value": np.asarray(values, dtype="float64"),
    }, columns=OBS_COLUMNS)
    if lines is not None:
        obs["line"] = np.asarray(lines, dtype=np.int32)
    return obs.sort_values(["series_id", "period"], kind="stable", ignore_index=True)


def ymd_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """datetime64[D] from integer year, month, day arrays; NaT where no such date exists (2.30, 13.1)."""
    y, m, d = (np.asarray(a, dtype=np.int64) for a in (y, m, d))
    mm = np.clip(m, 1, 12)
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    ok = (m == mm) & (d >= 1) & (d <= _DAYS_IN_MONTH[mm - 1] + ((mm == 2) & leap))
    out = ((y - 1970) * 12 + mm - 1).astype("datetime64[M]").astype("datetime64[D]") + (np.clip(d, 1, 31) - 1)
    out[~ok] = np.datetime64("NaT")
    return out


def long_observations(ids: list[str], periods: pd.DatetimeIndex | np.ndarray, values: np.ndarray,
                      lines=None) -> pd.DataFrame:
    """A periods x series table of values (one column per id) -> OBS_COLUMNS rows, NaN cells dropped.

    ``lines``: the 1-based line of each period's row (adds the ``line`` column, see ``make_obs``)."""
    n, k = values.shape
    flat = values.T.ravel()  # series after series, matching np.repeat(ids, n)
    keep = ~np.isnan(flat)
    obs = pd.DataFrame({"series_id": np.repeat(np.array(ids, dtype=object), n)[keep],
                        "period": np.tile(np.asarray(periods, dtype="datetime64[us]"), k)[keep],
                        "value": flat[keep]}, columns=OBS_COLUMNS)
    if lines is not None:
        obs["line"] = np.tile(np.asarray(lines, dtype=np.int32), k)[keep]
    return obs
