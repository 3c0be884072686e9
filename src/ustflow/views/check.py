"""Check an article's numbers against the store: the Python API behind ``ustflow check``.

    from ustflow.views.check import check_text
    rows = check_text(open("story.txt").read())          # list of dicts, one per claim
    df = claims_frame(rows)                               # the same as a DataFrame

Each result has the keys ``text, claim, subject, quantity, unit, period, verdict, official_value,
official_unit, series, explanation`` (verdict: supported / contradicted / unverifiable), then details:
the measure, the period actually matched, the vintage of the official value, the FX conversion used
for dollar figures of yen flows, the tolerance, flags (``unit_trap``, ``revised``,
``possible_revision``, ``far_from_official``, ``weak_class``: a contradiction of a class more often wrong than
right on unseen articles, set aside as unverifiable, ``ustflow.check.weak_class``) and ``track_record``: how often a
verdict of the same class was right on blind articles (``ustflow.check.track_record``). See ``ustflow.check`` for
the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ustflow import api
from ustflow.check.results import KEYS, SOURCES_NOTE, summary
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NotFoundError
from ustflow.store import Store, as_store

if TYPE_CHECKING:
    import pandas as pd


class StoreData:
    """The ``ustflow.check.results.DataSource`` over a store: cached reads through ``ustflow.api``.

    ``as_of`` makes every read return what was known on that date (the store's vintages).
    """

    def __init__(self, store: Store | str | Path | None = None, as_of=None):
        self.store = as_store(store)
        self.as_of = as_of
        self._series: dict = {}
        self._known: dict = {}
        self._vint: dict = {}
        self._hold = None
        self._meta = None
        self._breaks = None
        self._changes: dict = {}

    def _exists(self, id: str) -> bool:
        return id in self._series_sources()

    def _series_sources(self) -> dict:
        if self._meta is None:
            from ustflow.store import series_sources

            with self.store.read() as con:  # two columns of the series table, no DataFrame
                self._meta = series_sources(con)
        return self._meta

    def source_of(self, id: str) -> str | None:
        return self._series_sources().get(id)

    def breaks(self, id: str):
        """Old-series values at TIC's series breaks for ``id`` (index: the break months; NaN where the
        file prints no old value, as at December 2011), or None for other series."""
        if not id.startswith("tic.holdings."):
            return None
        if self._breaks is None:
            from ustflow.views.holdings import series_breaks

            self._breaks = series_breaks(as_of=self.as_of, store=self.store)
        slug = id.removeprefix("tic.holdings.")
        if self._breaks.empty:
            return None
        col = self._breaks[slug] if slug in self._breaks.columns else None
        if col is None:
            import pandas as pd

            col = pd.Series(float("nan"), index=self._breaks.index)
        return col

    def changes(self, id: str, months: int = 1):
        """Changes over ``months`` months, like for like across TIC's series breaks (NaN where a
        window crosses a break with no old-series value); plain differences for other series."""
        key = (id, months)
        if key not in self._changes:
            s = self.series(id)
            if s is None:
                self._changes[key] = None
            else:
                from ustflow.analytics.holdings import like_for_like_change

                old = self.breaks(id)
                if old is not None:
                    self._changes[key] = like_for_like_change(s, old, months)
                else:
                    self._changes[key] = (s - s.shift(months)).dropna()
        return self._changes[key]

    def series(self, id: str):
        if id not in self._series:
            if self._exists(id):
                self._series[id] = api.series(id, as_of=self.as_of, store=self.store)
            else:  # summed from series the store holds (Form S's long-term total)
                from ustflow.check.tic_flows import derived_series

                self._series[id] = derived_series(self, id)
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
               as_of=None, max_bytes: int | None = None) -> list[dict]:
    """Every quantitative claim in ``text`` (plain text or HTML) judged against the store.

    ``date``: the article's publication date, for periods without a year, relative periods ("last
    month") and claims without a period (judged on the latest data published that day); default:
    the date the article states or implies (the result says how it was found). ``as_of``: judge
    against what the store knew on that date instead of the latest data. ``max_bytes``: the size
    limit (default 1 MB, or ``USTFLOW_CHECK_MAX_BYTES``). Pass a ``StoreData`` as ``store`` to reuse
    its cached reads across many checks (a dashboard checking article after article).
    """
    from ustflow import cache
    from ustflow.check import check_article
    from ustflow.check.text import check_text_input
    from ustflow.check.track_record import with_track_record

    check_text_input(text, limit=max_bytes)

    ref = _as_date(date) if date is not None else None
    if isinstance(store, StoreData):
        if as_of is not None and str(as_of) != str(store.as_of):
            raise InvalidArgument("as_of differs from the StoreData's own as_of")
        return with_track_record(check_article(text, store, date=ref, limit=max_bytes))
    # the verdicts depend on the text, the dates and the store's data only (no clock): kept per store
    # version, so checking an article again (another --format) costs a file read
    s = as_store(store)
    key = (_digest(text), str(ref), str(as_of) if as_of is not None else None, max_bytes)
    return with_track_record(cache.memo("check.article", s, key,
                                        lambda: check_article(text, StoreData(s, as_of=as_of), date=ref,
                                                              limit=max_bytes)))


def publication_date(text: str, store: "Store | str | Path | None" = None):
    """The date ``text`` states or implies (``ustflow.check.results.PubDate``: date, how it was found),
    kept per store version like ``check_text``'s verdicts (finding it loads the claim grammar)."""
    from ustflow import cache

    def find():
        from ustflow.check import prepare

        return prepare(text)[1]
    return cache.memo("check.publication_date", as_store(store), _digest(text), find)


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_article(path: str | Path, max_bytes: int | None = None) -> str:
    """The text of an article file; a clear error for a missing, oversized or binary file."""
    from ustflow.check.text import decode_article, max_bytes as default_limit

    p = Path(path)
    limit = default_limit() if max_bytes is None else max_bytes
    try:
        size = p.stat().st_size
        if size > limit:  # refuse before reading a huge file
            raise InvalidArgument(f"{p} is {size:,} bytes, over the {limit:,}-byte limit for an article "
                               f"(set USTFLOW_CHECK_MAX_BYTES or --max-bytes to allow more)")
        raw = p.read_bytes()
    except OSError as e:
        raise NotFoundError(f"cannot read {p}: {e.strerror or e}") from None
    return decode_article(raw, str(p), limit)


@checked
def check_file(path: str | Path, date: date | str | None = None, store: Store | str | Path | None = None,
               as_of=None, max_bytes: int | None = None) -> list[dict]:
    """``check_text`` on a file (UTF-8 text or HTML)."""
    return check_text(read_article(path, max_bytes), date=date, store=store, as_of=as_of, max_bytes=max_bytes)


def claims_frame(results: list[dict]) -> "pd.DataFrame":
    """The results as a DataFrame (one row per claim); ``attrs`` name the sources and verdict counts."""
    import pandas as pd

    df = pd.DataFrame(results, columns=KEYS + [k for k in (results[0] if results else {}) if k not in KEYS])
    df.attrs["sources"] = SOURCES_NOTE
    df.attrs["counts"] = summary(results)
    return df


def _as_date(d) -> date:
    from ustflow.dates import parse_date

    return parse_date(d, "date")


@dataclass
class ArticleCheck:
    """One article checked: the claims (``results``, dicts as ``check_text`` returns), where they came
    from (``name``), the publication date used and how it was found (``date_used``), and the views a
    reader wants: ``title``, ``caption``, ``table()`` (the columns a reader scans), ``frame()`` (every
    field, one row per claim) and ``html()`` (a standalone page)."""

    name: str
    results: list[dict]
    date_used: str | None
    date_note: str = ""  # why no date was found, when none was ("the dateline 'July 16' names no year, ...")
    language_note: str = ""  # the article's language, when the checker does not read it (``check.language``)

    @property
    def counts(self) -> dict[str, int]:
        return summary(self.results)

    @property
    def title(self) -> str:
        c = self.counts
        return (f"Claims in {self.name} checked against official data: {c['supported']} supported, "
                f"{c['contradicted']} contradicted, {c['unverifiable']} unverifiable"
                + (f"; publication date {self.date_used}" if self.date_used else
                   f"; no publication date{f' ({self.date_note})' if self.date_note else ''}: claims without a "
                   f"period are unverifiable (pass --date)")
                + (f"; {self.language_note}" if self.language_note else ""))

    @property
    def caption(self) -> str:
        from ustflow.check.track_record import note

        return (f"Official values in each series' own unit (MoF: JPY 100mn = ¥100 million, + = net purchase; "
                f"TIC holdings USD bn; SLT USD mn; yields percent). Sources: {SOURCES_NOTE}. {note()}")

    def table(self) -> "pd.DataFrame":
        from ustflow.check.render import table_frame

        return table_frame(self.results)

    def frame(self) -> "pd.DataFrame":
        """Every field of every claim; nested fields (flags, conversion) as JSON text, for CSV."""
        import json

        import pandas as pd

        full = pd.DataFrame(self.results)
        for col in ("flags", "conversion"):
            if col in full:
                full[col] = full[col].map(lambda v: json.dumps(v) if v else "")
        return full

    def html(self) -> str:
        from ustflow.check.render import to_html

        return to_html(self.results, title=f"Article check: {self.name}", article_date=self.date_used,
                       language_note=self.language_note)


@checked
def check_report(article: str | Path | bytes, date: date | str | None = None,
                 store: Store | str | Path | None = None, as_of=None, max_bytes: int | None = None,
                 name: str | None = None) -> ArticleCheck:
    """Check an article given as a file path (text or HTML) or as its raw bytes (``name`` says what
    they were, e.g. "standard input"): ``check_text`` plus the publication date used and the views
    ``ustflow check`` prints (:class:`ArticleCheck`)."""
    if isinstance(article, bytes):
        from ustflow.check.text import decode_article

        label = name or "the article"
        text = decode_article(article, label, max_bytes)
    else:
        p = Path(article)
        if not p.is_file():
            raise NotFoundError(f"no such file: {article} (give a text or HTML file, or - for standard input)")
        label = name or str(article)
        text = read_article(p, max_bytes)
    from ustflow.check.language import notice

    results = check_text(text, date=date, store=store, as_of=as_of, max_bytes=max_bytes)
    note = ""
    if date is not None:
        used: str | None = f"{date} (--date)"
    else:
        own = publication_date(text, store=store)
        used = f"{own.date} ({own.how})" if own else None
        note = own.how if not own else ""
    return ArticleCheck(label, results, used, note, notice(text))
