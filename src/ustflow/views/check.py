"""Check an article's numbers against the store: the Python API behind ``ustflow check``.

    from ustflow.views.check import check_text
    rows = check_text(open("story.txt").read())          # list of dicts, one per claim
    df = claims_frame(rows)                               # the same as a DataFrame

Each result has the keys ``text, claim, subject, quantity, unit, period, verdict, official_value,
official_unit, series, explanation`` (verdict: supported / contradicted / unverifiable), then details:
the measure, the period actually matched, the vintage of the official value, the FX conversion used
for dollar figures of yen flows, the tolerance, and flags (``unit_trap``, ``revised``,
``possible_revision``). See ``ustflow.check`` for the rules.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ustflow import api
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NotFoundError
from ustflow.store import Store, as_store

if TYPE_CHECKING:
    import pandas as pd

SOURCES_NOTE = ("US Treasury TIC (Major Foreign Holders, SLT Table 3, Form S), Ministry of Finance Japan "
                "(International Transactions in Securities, JGB yields, FX interventions), FRED (UST yields, DEXJPUS)")


class StoreData:
    """The ``ustflow.check.judge.DataSource`` over a store: cached reads through ``ustflow.api``.

    ``as_of`` makes every read return what was known on that date (the store's vintages).
    """

    def __init__(self, store: Store | str | Path | None = None, as_of=None):
        self.store = as_store(store)
        self.as_of = as_of
        self._series: dict = {}
        self._known: dict = {}
        self._vint: dict = {}
        self._hold = None
        self._ids: set[str] | None = None

    def _exists(self, id: str) -> bool:
        if self._ids is None:
            from ustflow.store import series_meta

            with self.store.read() as con:  # the series table only: cheaper than api.search's counts
                self._ids = set(series_meta(con)["id"])
        return id in self._ids

    def series(self, id: str):
        if id not in self._series:
            self._series[id] = api.series(id, as_of=self.as_of, store=self.store) if self._exists(id) else None
        return self._series[id]

    def known_at(self, id: str, when: date):
        key = (id, str(when))
        if key not in self._known:
            if not self._exists(id):
                self._known[key] = None
            else:
                limit = min(str(when), str(self.as_of)) if self.as_of else when
                self._known[key] = api.series(id, as_of=limit, store=self.store)
        return self._known[key]

    def vintages(self, id: str):
        if id not in self._vint:
            v = api.vintages(id, store=self.store) if self._exists(id) else None
            if v is not None and self.as_of is not None:
                import pandas as pd

                v = v[v["known_from"] < pd.Timestamp(self.as_of) + pd.Timedelta(days=1)]
            self._vint[id] = v
        return self._vint[id]

    def holdings(self):
        """Countries' TIC holdings side by side (USD bn), aggregates and groups excluded."""
        if self._hold is None:
            from ustflow.vocab import AGGREGATES

            ids = sorted(i for i in api.search("tic.holdings.", store=self.store)["id"]
                         if i.startswith("tic.holdings.") and i.removeprefix("tic.holdings.") not in AGGREGATES
                         and i != "tic.holdings.belgium_luxembourg")
            wide = api.frame(ids, as_of=self.as_of, store=self.store)
            wide.columns = [c.removeprefix("tic.holdings.") for c in wide.columns]
            self._hold = wide
        return self._hold


@checked
def check_text(text: str, date: date | str | None = None, store: "Store | StoreData | str | Path | None" = None,
               as_of=None) -> list[dict]:
    """Every quantitative claim in ``text`` (plain text or HTML) judged against the store.

    ``date``: the article's date, used for periods without a year and claims without a period
    (otherwise the date the article states, else every period is searched). ``as_of``: judge against
    what the store knew on that date instead of the latest data. Pass a ``StoreData`` as ``store``
    to reuse its cached reads across many checks (a dashboard checking article after article).
    """
    from ustflow.check import check_article

    ref = _as_date(date) if date is not None else None
    if isinstance(store, StoreData):
        if as_of is not None and str(as_of) != str(store.as_of):
            raise InvalidArgument("as_of differs from the StoreData's own as_of")
        data = store
    else:
        data = StoreData(store, as_of=as_of)
    return check_article(text, data, date=ref)


@checked
def check_file(path: str | Path, date: date | str | None = None, store: Store | str | Path | None = None,
               as_of=None) -> list[dict]:
    """``check_text`` on a file (UTF-8 text or HTML)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise NotFoundError(f"cannot read {p}: {e.strerror or e}") from None
    return check_text(text, date=date, store=store, as_of=as_of)


def claims_frame(results: list[dict]) -> "pd.DataFrame":
    """The results as a DataFrame (one row per claim); ``attrs`` name the sources and verdict counts."""
    import pandas as pd

    from ustflow.check import KEYS

    df = pd.DataFrame(results, columns=KEYS + [k for k in (results[0] if results else {}) if k not in KEYS])
    df.attrs["sources"] = SOURCES_NOTE
    df.attrs["counts"] = summary(results)
    return df


def summary(results: list[dict]) -> dict:
    """Verdict counts: {'supported': n, 'contradicted': n, 'unverifiable': n}."""
    out = {"supported": 0, "contradicted": 0, "unverifiable": 0}
    for r in results:
        out[r["verdict"]] = out.get(r["verdict"], 0) + 1
    return out


def _as_date(d) -> date:
    from ustflow.dates import parse_date

    return parse_date(d, "date")
