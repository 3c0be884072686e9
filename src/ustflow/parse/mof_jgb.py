"""Japan Ministry of Finance: JGB constant-maturity yields, all history (``jgbcm_all.csv``).

Series ``jgb.1y`` .. ``jgb.10y``, ``jgb.15y``, ``jgb.20y``, ``jgb.25y``, ``jgb.30y``, ``jgb.40y``: daily,
percent (compound yield), business days from 1974-09-24. The all-history file stops at the end of the
previous month; the current month is published separately (``jgbcm.csv``, same layout).

Publisher quirks (shared/data/provenance/mof_jgb.md):

- CP932; line 1 is a title (``国債金利情報,...,(単位 : %)``), line 2 the header ``基準日,1年,...,40年``.
  The header is compared exactly: a new or moved tenor column is a ParseError, not a shifted series.
- Dates are in Japanese era notation: ``S`` Showa (year + 1925), ``H`` Heisei (+1988), ``R`` Reiwa
  (+2018), e.g. ``S64.1.6`` = 1989-01-06, ``H1.1.9`` = 1989-01-09, ``H31.4.26`` then ``R1.5.7``.
  An unknown era letter, a date that does not exist (``H5.2.30``) or one outside its era (``S65.1.1``,
  ``H31.5.7``, ``R1.4.30``) is a ParseError with the line number.
- ``-`` marks a tenor not yet issued or not computed (10y before 1986-07, 40y before 2007-11, gaps in
  15y/20y): not an observation. An empty cell is not a marker MoF uses and is refused.
- ~13k rows x 15 tenors: the file is read by pandas' C reader; era dates are converted with array
  arithmetic (no per-row Python). Only when something is wrong is the file scanned line by line to
  name the bad line.
- Truncation: a file whose last line lacks its line break is refused (a cut ``3.79`` from ``3.792``
  would still read as a number); a cut on a line boundary cannot be told from an older file and
  parses as the complete rows it holds.
"""

from __future__ import annotations

import csv
import io
import re

import numpy as np
import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import SERIES_COLUMNS, Parsed
from ustflow.parse._text import long_observations, read_text, require_line_end, ymd_dates

TENORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40]
_HEADER = "基準日," + ",".join(f"{t}年" for t in TENORS)
_TITLE = "国債金利情報"

# era letter -> (offset added to the era year, first day, last day)
ERAS: dict[str, tuple[int, str, str]] = {
    "S": (1925, "1926-12-25", "1989-01-07"),
    "H": (1988, "1989-01-08", "2019-04-30"),
    "R": (2018, "2019-05-01", "9999-12-31"),
}
_ERA_DATE_RE = re.compile(r"^([A-Z])(\d{1,2})\.(\d{1,2})\.(\d{1,2})$")
_FIRST_DATA_LINE = 3


def parse_jgbcm(raw: bytes, name: str) -> Parsed:
    """Parse jgbcm_all.csv (or the current-month jgbcm.csv) into ``jgb.<n>y`` daily yields."""
    text = read_text(raw, name, encoding="cp932", what=f"the JGB yield CSV ('{_TITLE}', then '{_HEADER}')")
    require_line_end(text, name)
    parts = text.split("\n", 2)
    if len(parts) < 3 or not parts[0].startswith(_TITLE):
        raise ParseError(name, 1, f"the title '{_TITLE},...'", parts[0])
    if parts[1].replace(" ", "") != _HEADER:
        raise ParseError(name, 2, f"the header '{_HEADER}'", parts[1])
    body = parts[2]
    n_lines = body.count("\n")
    if n_lines == 0:
        raise ParseError(name, _FIRST_DATA_LINE, "at least one dated row", "end of file")
    if body.count(",") != len(TENORS) * n_lines:
        _raise_on_cell_count(body, name)

    try:
        df = pd.read_csv(io.StringIO(body), header=None, names=range(len(TENORS) + 1),
                         dtype={0: str} | dict.fromkeys(range(1, len(TENORS) + 1), np.float64),
                         na_values=["-"], keep_default_na=False, skip_blank_lines=False,
                         quoting=csv.QUOTE_NONE)
    except (ValueError, pd.errors.ParserError) as e:
        _raise_on_bad_value(body, name)
        raise ParseError(name, _FIRST_DATA_LINE, "rows of a date and 15 yields", str(e)) from e
    dates = _era_dates(df[0].tolist(), name)

    values = df.iloc[:, 1:].to_numpy(dtype=np.float64)
    ids = [f"jgb.{t}y" for t in TENORS]
    obs = long_observations(ids, dates, values, _FIRST_DATA_LINE + np.arange(len(dates)))
    series = pd.DataFrame([{
        "id": sid, "title": f"JGB {t}-year constant-maturity yield", "unit": "percent", "frequency": "D",
        "country": "Japan", "sector": None,
        "notes": "MoF 国債金利情報 (JGB interest rates), compound yield at constant maturity, business days. "
                 "'-' (tenor not available) is not an observation."
                 + {10: " Starts 1986-07-05.", 25: " Starts 2004-03-22.", 30: " Starts 1999-09-02.",
                    40: " Starts 2007-11-06."}.get(t, ""),
    } for t, sid in zip(TENORS, ids)], columns=SERIES_COLUMNS)
    meta = {"first_date": str(dates[0]), "last_date": str(dates[-1]), "rows": len(dates),
            "first_value": {sid: str(dates[np.flatnonzero(~np.isnan(values[:, j]))[0]])
                            for j, sid in enumerate(ids) if (~np.isnan(values[:, j])).any()}}
    return Parsed(series, obs, None, None, meta).validate(name)


def _era_dates(cells: list[str], name: str) -> np.ndarray:
    """Era dates (``H28.7.27``) -> datetime64[D], strictly increasing, each inside its era."""
    # "H28.7.27" -> "1988,28,7,27": the era letter becomes its year offset, so pandas' C reader can do
    # the splitting; anything that is not exactly letter + three numbers fails and is located below.
    joined = "\n".join(cells).replace(".", ",")
    for letter, (offset, _, _) in ERAS.items():
        joined = joined.replace(letter, f"{offset},")
    try:
        ymd = pd.read_csv(io.StringIO(joined), header=None, names=["base", "y", "m", "d"], dtype=np.int64,
                          keep_default_na=False, skip_blank_lines=False, quoting=csv.QUOTE_NONE).to_numpy()
        ok = ymd.shape == (len(cells), 4)
    except (ValueError, pd.errors.ParserError):
        ok = False
    if not ok:
        for i, cell in enumerate(cells):
            m = _ERA_DATE_RE.match(cell)
            if not m or m[1] not in ERAS:
                raise ParseError(name, _FIRST_DATA_LINE + i, "an era date like H28.7.27 with era S "
                                 "(Showa), H (Heisei) or R (Reiwa)", cell)
        raise ParseError(name, _FIRST_DATA_LINE, "era dates like H28.7.27", "an unreadable date column")
    base, ey, m, d = ymd.T
    dates = ymd_dates(base + ey, m, d)
    inside = ey >= 1
    for offset, first, last in ERAS.values():
        era = base == offset
        inside &= ~era | ((dates >= np.datetime64(first)) & (dates <= np.datetime64(last)))
    bad = np.flatnonzero(np.isnat(dates) | ~inside)
    if len(bad):
        i = int(bad[0])
        raise ParseError(name, _FIRST_DATA_LINE + i, "a date that exists within its era (Showa to "
                         "1989-01-07, Heisei 1989-01-08..2019-04-30, Reiwa from 2019-05-01)", cells[i])
    back = np.flatnonzero(np.diff(dates.astype(np.int64)) <= 0)
    if len(back):
        i = int(back[0]) + 1
        raise ParseError(name, _FIRST_DATA_LINE + i, f"a date after {dates[i - 1]}", f"{cells[i]} = {dates[i]}")
    return dates


def _raise_on_cell_count(body: str, name: str) -> None:
    for i, line in enumerate(body.split("\n")[:-1]):
        if line.count(",") != len(TENORS):
            hint = " (truncated file?)" if i == body.count("\n") - 1 else ""
            raise ParseError(name, _FIRST_DATA_LINE + i, f"{len(TENORS) + 1} comma-separated cells: a date "
                             f"and {len(TENORS)} yields{hint}", line)


def _raise_on_bad_value(body: str, name: str) -> None:
    for i, line in enumerate(body.split("\n")[:-1]):
        for j, cell in enumerate(line.split(",")[1:], 1):
            try:
                float(cell)
            except ValueError:
                if cell != "-":
                    raise ParseError(name, _FIRST_DATA_LINE + i, f"a yield or '-' for {TENORS[j - 1]}y",
                                     cell) from None
