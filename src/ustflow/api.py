"""The Python API. The CLI is a thin layer over these functions, with the same words.

    import ustflow
    ustflow.update(mirror="../shared/data/mirror")
    jp = ustflow.series("tic.holdings.japan", start="2020-01")
    jp.attrs["unit"]        # 'USD bn'
    ustflow.series("tic.holdings.united_kingdom", as_of="2026-04-01")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ustflow.dates import check as check_dates
from ustflow.errors import NotFoundError
from ustflow.store import Store, as_store

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.update_report import UpdateReport




def period_index(periods, frequency: str):
    """Monthly -> PeriodIndex('M'); weekly -> PeriodIndex('W-<day>') named by the weekday the weeks end on
    (MoF weeks end on Saturday: 'W-SAT'; the Fed's H.4.1 custody levels are Wednesdays: 'W-WED'); else dates."""
    import pandas as pd

    if frequency == "M":
        return pd.PeriodIndex(pd.DatetimeIndex(periods), freq="M", name="period")
    if frequency == "W":
        days = pd.DatetimeIndex(periods)
        anchor = days[0].strftime("%a").upper() if len(days) else "SAT"
        return pd.PeriodIndex(days, freq=f"W-{anchor}", name="week")
    if frequency == "Q":
        return pd.PeriodIndex(pd.DatetimeIndex(periods), freq="Q", name="period")
    return pd.DatetimeIndex(periods, name="date")


def series(id: str, start=None, end=None, as_of=None, *, store: Store | str | None = None,
           strict: bool | None = None) -> "pd.Series":
    """One series as a pandas Series with a period index; ``.attrs`` has unit, title, source, frequency.

    ``as_of`` returns what was known on that date (see ``ustflow.store`` for how vintages are dated);
    ``.attrs['vintage_kind']`` then says whether that is "archived vintages" or "latest values,
    backdated (pseudo real time)" (``attrs['vintage_note']`` says why). ``strict=True`` uses archived
    vintages only (default: ``--strict`` / ``USTFLOW_STRICT_VINTAGES=1``).
    """
    check_dates(start=start, end=end, as_of=as_of)
    s = as_store(store)
    return _memo("api.series", s, (id, start, end, as_of, strict), lambda: _series(id, start, end, as_of, s, strict))


def _memo(name: str, store: Store, key: tuple, compute):
    """A read kept in memory for the life of the process, per store version: the report and the
    dashboard ask for the same series many times (the report read 96 series 165 times)."""
    from ustflow import cache

    return cache.memo(name, store, key, compute, disk=False)


def _series(id: str, start, end, as_of, s: Store, strict: bool | None) -> "pd.Series":
    import pandas as pd

    from ustflow import store as st

    with s.read() as con:
        meta = st.series_meta(con, [id])
        if meta.empty:
            raise NotFoundError(_Unknown(s, [id]))
        df = st.read_observations(con, [id], start=start, end=end, as_of=as_of, strict=strict)
    m = meta.iloc[0]
    out = pd.Series(df["value"].to_numpy(), index=period_index(df["period"], m["frequency"]), name=id, dtype="float64")
    used = list(dict.fromkeys(df["source_id"]))  # a stitched series can come from several files
    out.attrs.update(unit=m["unit"], title=m["title"], source=", ".join(used) or m["source_id"],
                     frequency=m["frequency"],
                     country=m["country"], sector=m["sector"], notes=m["notes"],
                     as_of=str(as_of) if as_of is not None else None)
    if as_of is not None:
        k = df.attrs.get("vintage_kinds", {}).get(id, {"kind": st.ARCHIVED, "note": "no value known then"})
        out.attrs.update(vintage_kind=k["kind"], vintage_note=k.get("note", ""))
    return out


def suggest(text: str, ids: Sequence[str], n: int = 5) -> list[str]:
    """Series ids a person who typed ``text`` probably meant: ids with ``text`` as a whole part
    (``japan`` -> ``tic.holdings.japan``, shortest first), then close spellings of the id or of its
    last part (``tic.holdings.japn`` -> ``tic.holdings.japan``), then ids containing ``text``."""
    import difflib

    t = text.strip().lower()
    if not t:
        return []
    parts = {i: i.split(".") for i in ids}
    whole = sorted((i for i in ids if t in parts[i]), key=lambda i: (len(i), i))
    close = difflib.get_close_matches(t, ids, n=n, cutoff=0.8)
    last = t.split(".")[-1]
    prefix = t.rsplit(".", 1)[0] + "." if "." in t else ""
    by_last: dict[str, list[str]] = {}
    for i in ids:
        if i.startswith(prefix):
            by_last.setdefault(parts[i][-1], []).append(i)
    near = [i for w in difflib.get_close_matches(last, list(by_last), n=n, cutoff=0.75) for i in sorted(by_last[w])]
    inside = sorted((i for i in ids if t in i), key=lambda i: (len(i), i))
    return list(dict.fromkeys(whole + close + near + inside))[:n]


class _Unknown:
    """The message for unknown series ids, with the ids each may have meant, written when it is read.

    Finding close spellings among ~30,000 ids costs 0.1-0.4 s, and views that try a series which
    may not exist (a Flow of Funds sector without a reconciliation series) catch the error and go
    on: they never read the message, so they never pay for it (it cost the report 12 s)."""

    def __init__(self, store: Store, ids: Sequence[str]):
        self.store, self.ids = store, list(ids)
        self.text: str | None = None

    def __str__(self) -> str:
        if self.text is None:
            from ustflow import store as st

            with self.store.read() as con:
                known = st.series_meta(con)["id"].tolist()
            self.text = "; ".join(
                f"unknown series {i!r}" + (f"; did you mean: {', '.join(hint)}" if (hint := suggest(i, known)) else
                                           "; list them with `ustflow series --search TEXT`") for i in self.ids)
        return self.text or ""

    def __reduce__(self):  # pickled (a process pool, the cache) as the text it reads as
        return (str, (str(self),))


def frame(ids: Sequence[str], start=None, end=None, as_of=None, *, store: Store | str | None = None,
          strict: bool | None = None) -> "pd.DataFrame":
    """Several series side by side (same frequency expected); ``.attrs['units']`` maps id -> unit and,
    with ``as_of``, ``.attrs['vintage_kinds']`` id -> kind (see :func:`series`)."""
    check_dates(start=start, end=end, as_of=as_of)
    s = as_store(store)
    ids = list(ids)
    return _memo("api.frame", s, (ids, start, end, as_of, strict), lambda: _frame(ids, start, end, as_of, s, strict))


def _frame(ids: list[str], start, end, as_of, s: Store, strict: bool | None) -> "pd.DataFrame":
    from ustflow import store as st

    with s.read() as con:
        meta = st.series_meta(con, ids).set_index("id")
        missing = [i for i in ids if i not in meta.index]
        if missing:
            raise NotFoundError(_Unknown(s, missing))
        df = st.read_observations(con, ids, start=start, end=end, as_of=as_of, strict=strict)
    wide = df.pivot(index="period", columns="series_id", values="value").reindex(columns=list(ids))
    freqs = set(meta.loc[list(ids), "frequency"])
    if len(freqs) == 1:
        wide.index = period_index(wide.index, freqs.pop())
    wide.columns.name = None
    wide.attrs["units"] = meta["unit"].to_dict()
    if as_of is not None:
        wide.attrs["vintage_kinds"] = {i: k["kind"] for i, k in df.attrs.get("vintage_kinds", {}).items()}
    return wide


def vintages(id: str, start=None, end=None, *, store: Store | str | None = None) -> "pd.DataFrame":
    """Every value ever stored for a series: period, value, vintage, source, known_from."""
    from ustflow import store as st

    check_dates(start=start, end=end)
    with as_store(store).read() as con:
        df = st.read_observations(con, [id], start=start, end=end, all_vintages=True)
    return df.drop(columns=["series_id"])


def search(text: str | None = None, *, store: Store | str | None = None) -> "pd.DataFrame":
    """The stored series whose id, title, country or sector contains ``text`` (all when None): id, title,
    unit, frequency, source, first and last period."""
    from ustflow import store as st

    def find() -> "pd.DataFrame":
        with s.read() as con:
            return st.search_series(con, text)
    s = as_store(store)
    return _memo("api.search", s, (text,), find)


def events(kind: str | None = None, as_of=None, *, store: Store | str | None = None) -> "pd.DataFrame":
    """Dated events (FX interventions, ...) of one ``kind`` or all, as known at ``as_of``."""
    from ustflow import store as st

    check_dates(as_of=as_of)
    with as_store(store).read() as con:
        return st.read_events(con, kind=kind, as_of=as_of)


def update(mirror: str | Path | None = None, only=None, *, store: Store | str | None = None,
           **kwargs) -> "UpdateReport":
    """Fetch and load every source (or ``only``); see ``ustflow.load.update``."""
    from ustflow import load

    return load.update(mirror=mirror, only=only, store=as_store(store), **kwargs)


def import_file(path: str | Path, source: str | None = None, *, store: Store | str | None = None) -> "UpdateReport":
    """Load one archived download as the vintage it is (the date the file states, else the one in its
    name); ``source`` is guessed from the file name when omitted. See ``ustflow.load.import_file``."""
    from ustflow import load

    return load.import_file(path, source, store=as_store(store))


def loads(source: str | None = None, *, forgotten: bool = False, store: Store | str | None = None) -> "pd.DataFrame":
    """Every load (one loaded file): load_id, source, file, vintage, rows held, when; see ``ustflow.store.loads``."""
    from ustflow import store as st

    with as_store(store).read() as con:
        return st.loads(con, source=source, forgotten=forgotten)


def forget(load_id: int, *, store: Store | str | None = None):
    """Remove one load and the values only it said, atomically; see ``ustflow.store.Writer.forget``."""
    from ustflow import load

    return load.forget(load_id, store=as_store(store))


def sources(today: date | None = None, *, require_fresh: bool = False, as_of=None,
            store: Store | str | None = None) -> "pd.DataFrame":
    """Per source: status (live / stale / legacy / failed / not loaded), last fetch, release date, newest period, rows.

    ``as_of``: the sources as known on that date (newest period then), judged stale as of that date.

    ``require_fresh``: raise ``StaleSourceError`` (its ``sources`` lists them) when a loaded live source is
    older than its release calendar allows, for a cron job that must notice a publisher that stopped.
    """
    from ustflow import status as src
    from ustflow.errors import StaleSourceError

    check_dates(as_of=as_of)
    df = src.sources_table(as_store(store), today=today, as_of=as_of)
    if require_fresh:
        stale = df[df["stale"] & ~df["status"].str.startswith(("legacy", "discontinued"))]
        if len(stale):
            from ustflow.formats import period_label

            newest = ", ".join(f"{r.source} ({period_label(r.newest_period, r.frequency)})" for r in stale.itertuples())
            raise StaleSourceError(f"{len(stale)} source(s) older than their release cadence allows: {newest}; "
                                   "run `ustflow update`", sources=tuple(stale["source"]))
    return df


def brief(as_of=None, *, store: Store | str | None = None) -> dict:
    """The one-screen summary as a dict (see ``ustflow.briefing``)."""
    from ustflow import briefing as b

    check_dates(as_of=as_of)
    return b.brief(as_store(store), as_of=as_of)
