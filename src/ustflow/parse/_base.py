"""What every parser returns.

A parser is a plain function ``parse(raw: bytes, name: str) -> Parsed``: ``raw`` is the file's
bytes exactly as the publisher served them, ``name`` is the file name used in error messages.
Parsers know nothing of HTTP, the store or the registry.

Period conventions (column ``period``, pandas datetime64, no time zone):
- daily ('D'): the day;
- weekly ('W'): the week's LAST day (MoF weeks run Sunday..Saturday, so a Saturday);
  the week's first day is ``period - 6 days`` (shown as ``period_start``);
- monthly ('M'): the first day of the month (shown as ``YYYY-MM``);
- quarterly ('Q') / annual ('A'): the first day of the quarter / year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

SERIES_COLUMNS = ["id", "title", "unit", "frequency", "country", "sector", "notes"]
OBS_COLUMNS = ["series_id", "period", "value"]
EVENT_COLUMNS = ["date_start", "date_end", "kind", "title", "amount", "unit", "detail", "source_ref"]


@dataclass
class Parsed:
    """Result of parsing one official file.

    series: one row per series, columns SERIES_COLUMNS (country/sector/notes may be None).
    observations: long format, columns OBS_COLUMNS; ``value`` float64 (NaN is dropped by the loader:
        a suppressed or missing cell is simply not an observation). Optional column ``line``: the
        1-based line each value was read from, so ``ustflow.validate`` can name it in an error; with
        it, for a zip archive (the BoJ flat files), optional column ``member``: the file inside the
        archive that ``line`` counts in (errors then name ``bp_m_en.zip/bp_m_en.csv, line 1258``).
    release_date: the publisher's release/revision date when the file states one (mfhhis01's
        revision footer, MoF's "Final Update"), else None.
    events: optional dated events (FX interventions, user events), columns EVENT_COLUMNS.
    meta: anything worth recording about this file (basis breaks, stale flags, coverage notes).
    """

    series: pd.DataFrame
    observations: pd.DataFrame
    release_date: date | None = None
    events: pd.DataFrame | None = None
    meta: dict = field(default_factory=dict)

    def validate(self, name: str) -> "Parsed":
        """Cheap structural checks every parser's output must pass."""
        from ustflow.errors import ParseError

        missing = [c for c in SERIES_COLUMNS if c not in self.series.columns]
        if missing:
            raise ParseError(name, None, f"series columns {SERIES_COLUMNS}", f"missing {missing}")
        missing = [c for c in OBS_COLUMNS if c not in self.observations.columns]
        if missing:
            raise ParseError(name, None, f"observation columns {OBS_COLUMNS}", f"missing {missing}")
        if self.observations.empty and (self.events is None or self.events.empty):
            raise ParseError(name, None, "at least one observation", "no data rows")
        ids = self.observations["series_id"]
        described = set(self.series["id"])
        if (isinstance(ids.dtype, pd.CategoricalDtype) and set(ids.cat.categories) <= described
                and not (ids.cat.codes < 0).any()):
            unknown: set = set()  # every category is described, so every value is (no scan of a million rows)
        else:
            unknown = set(ids.unique()) - described
        if unknown:
            raise ParseError(name, None, "every observation's series to be described",
                             f"undescribed series {sorted(unknown)[:3]}")
        if _strictly_sorted(self.observations):
            return self  # sorted by (series, period) with no repeat: no duplicates, checked in O(n)
        dup = self.observations.duplicated(["series_id", "period"])
        if dup.any():
            row = self.observations[dup].iloc[0]
            raise ParseError(name, None, "one value per series and period",
                             f"duplicate {row['series_id']} {row['period']}")
        return self


def _strictly_sorted(obs: pd.DataFrame) -> bool:
    """True when a categorical ``series_id`` and ``period`` increase strictly, in that order.

    Big wide-to-long parsers (Form S, the BoJ flat files) emit rows in this order, and this test is
    a few vectorised comparisons where ``duplicated`` hashes every row. Anything else returns False
    and gets the full check.
    """

    ids = obs["series_id"]
    if len(obs) < 2 or not isinstance(ids.dtype, pd.CategoricalDtype):
        return False
    period = obs["period"]
    if period.dtype.kind != "M" or period.isna().any():
        return False
    code = ids.cat.codes.to_numpy()
    if (code < 0).any():
        return False
    t = period.to_numpy().view("int64")
    same = code[1:] == code[:-1]
    return bool(((code[1:] > code[:-1]) | (same & (t[1:] > t[:-1]))).all())


def empty_series() -> pd.DataFrame:
    return pd.DataFrame(columns=SERIES_COLUMNS)


from ustflow.vocab import slug  # noqa: E402,F401  (parsers import it from here; it lives with the ids it makes)
