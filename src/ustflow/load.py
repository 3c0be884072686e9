"""Update: fetch -> archive -> parse -> validate -> store, one source at a time, failures isolated.

A source that fails (network, HTTP status, HTML instead of data, a layout its parser does not
know, a file ``validate`` rejects) is reported with the file, line and what was expected; it adds
nothing to the store, and the other sources still load. All successful sources are written in one
store swap (see ``store``).

Several updates (cron, ``watch``, a manual ``update``, ``import``) may run at once on one home: one
writes at a time (``store.lock``), and what is new is decided again under the lock, so a file that
another update loaded while this one fetched or waited is reported as such ("loaded by another
update") and not loaded twice. Every report says whether it waited and for whom. The files are parsed (in
worker processes for a big batch) by ``parse_pool``; what an update reports is in ``update_report``.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import ExitStack
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ustflow import archive, registry
from ustflow.archive import RawFile
from ustflow.atomic import atomic_write_json
from ustflow.errors import FetchError, InvalidArgument, NotFoundError, ParseError, StoreError, UstflowError
from ustflow.fetch import FetchPolicy, fetch_http, fetch_mirror
from ustflow.file_vintage import vintage_from_name, vintage_of
from ustflow.handover import collector_paused
from ustflow.parse_pool import Download, parsed_stream
from ustflow.registry import Source, select_sources
from ustflow.store import FileLoad, Store, Writer
from ustflow.update_report import LOADED_BY_OTHER, SourceResult, UpdateReport

if TYPE_CHECKING:
    import httpx


# ------------------------------------------------------------------ fetch state (etag etc.)
def _load_state(store: Store) -> dict:
    try:
        return json.loads(store.state_path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _save_state(store: Store, state: dict, touched: Iterable[str]) -> None:
    """Merge this run's entries into the state file; another update may have written others meanwhile."""
    from ustflow.store.lock import exclusive

    p = store.state_path
    with exclusive(p.with_name(p.name + ".lock")):
        merged = _load_state(store)
        merged.update({sid: state[sid] for sid in touched if sid in state})
        atomic_write_json(p, merged)


def _newest(parsed):
    """The file's newest period (a Timestamp), or None."""
    newest = None if parsed.observations.empty else parsed.observations["period"].max()
    return newest if hasattr(newest, "date") else None


REVISION_SHARE = 0.05  # a revision moving a published value by more than 5% is reported as an event

EARLY_COMMIT_BYTES = 500_000  # the batch of a full load is committed once every file this big is in,
# if the workers are still parsing then (see ``_Load.commit_batch``)


def _forgotten_note(load_id: int, when: datetime) -> str:
    return (f"the file of load {load_id}, forgotten on {when:%Y-%m-%d}: not loaded again "
            "(`ustflow import FILE` loads it on purpose)")


def _record(res: SourceResult, item: FileLoad, basis: str) -> None:
    res.rows_added, res.outcome, res.load_id, res.file = item.rows_added, "loaded", item.load_id, item.raw.file_name
    res.vintage, res.vintage_basis = item.vintage.isoformat(sep=" "), basis
    parsed = item.parsed
    res.release_date = parsed.release_date.isoformat() if parsed.release_date else None
    per = parsed.observations["period"].max() if not parsed.observations.empty else None
    res.newest_period = str(per.date()) if per is not None and hasattr(per, "date") else None
    res.message = f"{item.rows_added:,} new values (load {item.load_id})"
    revisions = item.revisions
    if revisions is not None and not revisions.empty:
        res.revisions = len(revisions)
        share = (revisions["new_value"] - revisions["old_value"]).abs() / revisions["old_value"].abs()
        big = revisions[share > REVISION_SHARE]
        res.large_revisions = [{"series": r.series_id, "period": str(r.period)[:10], "old": r.old_value,
                                "new": r.new_value} for r in big.head(50).itertuples()]
        res.message += f", {res.revisions:,} revised ({len(big):,} by more than {REVISION_SHARE:.0%})"


class _Load:
    """One write: the parsed files that pass the checks made under the lock, into the store.

    Files of sources the store has never held (a first load) go in together in one transaction
    (or two, when the big files are in while small ones are still being parsed: see ``commit_batch``);
    the others one transaction each, diffed against what their source said before. Either way a
    file that cannot be stored adds nothing, and the others still load.
    """

    def __init__(self, w: Writer, results: dict[str, SourceResult]):
        self.w, self.results = w, results
        self.batch: list[tuple[FileLoad, str]] = []  # fresh sources, inserted as they arrive
        self.later: list[tuple[FileLoad, str]] = []  # sources the store holds: diffed one by one
        self.batch_failed = False
        self.queued = 0  # files queued to be stored (in the batch or for ``ingest``)
        w.begin_batch()

    def admit(self, d: Download, parsed) -> None:
        """Decide under the lock whether this file is new, then queue it."""
        w, res, src = self.w, self.results[d.source.id], d.source.id
        if w.is_loaded(d.raw.sha256, src):
            res.outcome, res.message = "unchanged", LOADED_BY_OTHER
            return
        gone = w.forgotten(d.raw.sha256, src)
        if gone and d.raw.origin != "import":
            res.outcome, res.message = "skipped", _forgotten_note(gone["load_id"], gone["forgotten_at"])
            return
        vintage, basis = vintage_of(d.raw, parsed.release_date, _newest(parsed))
        if w.vintage_taken(src, vintage, d.raw.sha256):
            # same stated release date, different bytes: the later download is a later vintage. Fetch
            # times have whole seconds: two downloads in one second are one second apart.
            vintage, basis = max(d.raw.fetched_at, vintage), "fetch time (another file holds the stated date)"
            while w.vintage_taken(src, vintage, d.raw.sha256):
                vintage += timedelta(seconds=1)
        item = FileLoad(d.source, d.raw, parsed, vintage)
        self.queued += 1
        if w.has_files(src) or self.batch_failed:
            self.later.append((item, basis))
            return
        t0 = time.perf_counter()
        try:
            w.add_to_batch(item)
            self.batch.append((item, basis))
        except Exception:
            w.abort_batch()
            self.batch_failed = True
            self.later += self.batch + [(item, basis)]
            self.batch = []
        res.seconds += time.perf_counter() - t0

    def commit_batch(self, *, more: bool = False) -> None:
        """Commit the batch (if it fails, its files load one by one); ``more``: open another for the
        files still being parsed. Committed while the updating process waits for the workers' last small
        files, the commit (the 30,000 series descriptions, the last row group) is off the critical path;
        while parsed files wait to be stored, or once all are parsed (it is the slower side), the batch
        is committed once, at the end: a second batch only adds a commit (~0.07 s of CPU)."""
        if self.batch_failed:
            return
        try:
            if not self.batch:
                raise LookupError("an empty batch")  # nothing to commit: rolled back below
            self.w.commit_batch()
            for item, basis in self.batch:
                _record(self.results[item.source.id], item, basis)
        except Exception:
            self.w.abort_batch()
            self.later, self.batch_failed = self.batch + self.later, bool(self.batch)
        self.batch = []
        if more and not self.batch_failed:
            self.w.begin_batch()

    def finish(self) -> None:
        from ustflow import validate

        self.commit_batch()
        for item, basis in self.later:
            res = self.results[item.source.id]
            t0 = time.perf_counter()
            try:
                self.w.ingest(item, check_revisions=validate.check_revisions)
                _record(res, item, basis)
            except ParseError as e:  # a rule of ``validate`` rejected the file: nothing of it was kept
                res.outcome, res.message = "failed", str(e)
            except Exception as e:
                res.outcome, res.message = "failed", f"{item.raw.file_name}: could not store: {e}"
            res.seconds += time.perf_counter() - t0


def load_raws(downloads: list[Download], store: Store, results: dict[str, SourceResult],
              progress: Callable[[str], None] | None = None, *, report: UpdateReport | None = None) -> None:
    """Under the store's lock: keep what is still new, parse it, archive every file, store it.

    Fills ``results`` (and the wait and notes of ``report``). Deciding what is new under the lock,
    before parsing, means an update that waited for another one parses nothing the other loaded.
    Each file is archived before it is parsed (by the parse worker), so before anything is stored.
    """
    if not downloads:
        return
    pending = list(downloads)

    def archive_all() -> None:
        while pending:
            archive.archive(pending.pop().raw, store.raw_dir)

    try:
        with store.locked() as wait:
            if report is not None:
                report.waited = wait.describe()
            known = store.known_files()
            fresh = []
            for d in downloads:
                key, res = (d.raw.sha256, d.source.id), results[d.source.id]
                if key in known:
                    res.outcome, res.message = "unchanged", LOADED_BY_OTHER
                elif key in known.forgotten and d.raw.origin != "import":
                    res.outcome, res.message = "skipped", _forgotten_note(*known.forgotten[key])
                else:
                    fresh.append(d)
            _parse_and_store(fresh, store, wait, results, progress, report)
    except StoreError as e:  # the write as a whole was refused (e.g. an invariant): nothing was stored
        for r in results.values():
            if r.outcome == "loaded":
                r.outcome, r.rows_added, r.message = "failed", 0, f"not stored: {e}"
        if report is not None:
            report.notes.append(str(e))
    finally:
        archive_all()  # every file: those not parsed (another update loaded them, or the write failed first) are
        #              archived here; for those a parse worker archived, archive() finds the file and does nothing


class _NothingToStore(Exception):
    """Every file failed or was loaded by another update: the write is discarded, the store left as it was."""


def _parse_and_store(downloads: list[Download], store: Store, wait, results: dict[str, SourceResult],
                     progress, report: UpdateReport | None) -> None:
    """The opening of the store's temp copy (DuckDB's import, the copy, the connection) runs while the
    workers parse the first files (they were forked before any connection), so the first result is
    inserted at once; a write that queued nothing is discarded."""
    if not downloads:
        return
    big = sum(len(d.raw.content) >= EARLY_COMMIT_BYTES for d in downloads)
    left, early = len(downloads), False
    parsing = [True]  # False once no worker parses any more: nothing left for an early commit to overlap
    futures: list = []  # the workers' (none when parsed here): done and not stored yet = results waiting
    load: _Load | None = None
    try:
        with ExitStack() as stack:
            def meanwhile() -> None:
                nonlocal load
                load = _Load(stack.enter_context(store.write(locked=wait)), results)

            for d, parsed in parsed_stream(downloads, meanwhile, lambda: parsing.clear(), store.raw_dir, futures):
                assert load is not None  # opened by meanwhile() before the first result
                left -= 1
                early = (len(d.raw.content) >= EARLY_COMMIT_BYTES and (big := big - 1) == 0) or early
                if progress:
                    progress(d.source.id)
                if isinstance(parsed, UstflowError):
                    results[d.source.id].outcome, results[d.source.id].message = "failed", str(parsed)
                else:
                    load.admit(d, parsed)
                # the big files are in and small ones still parsing: committed once none waits to be stored
                if early and left and parsing and sum(f.done() for f in futures) <= len(downloads) - left:
                    load.commit_batch(more=True)
                    early = False
            if load is not None:
                load.finish()
                if not load.queued:
                    raise _NothingToStore
    except _NothingToStore:
        return
    if report is not None and load is not None and load.w.set_aside:
        report.notes.append(load.w.set_aside)


def update(*, mirror: str | Path | None = None, only=None, store: Store | None = None,
           policy: FetchPolicy | None = None, progress: Callable[[str], None] | None = None,
           base_url: str | None = None, urls: dict[str, str] | None = None) -> UpdateReport:
    """Fetch every (or ``only``) source, load what changed; never raises for one source's failure.

    ``mirror``: a folder laid out like ``shared/data/mirror``. ``base_url``: an HTTP mirror serving
    the same file names (``<base_url>/week.csv``), e.g. a company's internal cache. Default: the
    official URLs. ``urls``: per-source URL overrides (source id -> URL), e.g. a moved file.
    """
    t_start = time.perf_counter()
    store = store or Store()
    sources = select_sources(only)
    report = UpdateReport()
    state = _load_state(store)
    results: dict[str, SourceResult] = {s.id: SourceResult(s.id, "skipped") for s in sources}
    with collector_paused():
        known = store.known_files()
        with _Fetcher(policy or FetchPolicy(), mirror, base_url or os.environ.get("USTFLOW_BASE_URL") or None,
                      urls or {}, known.sources) as fetcher:
            downloads = [d for s in sources if (d := fetcher.fetch(s, results[s.id], state, known)) is not None]
        load_raws(downloads, store, results, progress, report=report)
    for d in downloads:
        if results[d.source.id].outcome == "failed":
            st = state[d.source.id]
            st["last_status"], st["last_error"] = "failed", results[d.source.id].message
            # forget validators so the next run re-downloads the file that failed to load
            st.pop("etag", None)
            st.pop("last_modified", None)
    _save_state(store, state, [s.id for s in sources])
    report.results = list(results.values())
    report.seconds = time.perf_counter() - t_start
    return report


class _Fetcher:
    """Fetches each source from a mirror folder, an HTTP mirror or the official URL (one client)."""

    def __init__(self, policy: FetchPolicy, mirror, base_url: str | None, urls: dict[str, str],
                 known_sources: set[str]):
        self.policy, self.mirror, self.base_url, self.urls = policy, mirror, base_url, urls
        self.known_sources = known_sources
        self.client: "httpx.Client | None" = None

    def __enter__(self) -> "_Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()

    def _http(self, s: Source, st: dict):
        import httpx

        if self.client is None:
            p = self.policy
            self.client = httpx.Client(timeout=httpx.Timeout(p.timeout, connect=p.connect_timeout),
                                       follow_redirects=True, max_redirects=5)
        url = self.urls.get(s.id) or (self.base_url.rstrip("/") + "/" + s.file if self.base_url else s.url)
        cond = s.id in self.known_sources and st.get("url") == url
        return fetch_http(s, url=url, etag=st.get("etag") if cond else None,
                          last_modified=st.get("last_modified") if cond else None, policy=self.policy,
                          client=self.client)

    def fetch(self, s: Source, res: SourceResult, state: dict, known) -> Download | None:
        """The source's file if it is new; else records why not in ``res`` (and the fetch in ``state``)."""
        st = state.setdefault(s.id, {})
        t0 = time.perf_counter()
        try:
            if self.mirror is not None:
                out = fetch_mirror(s, Path(self.mirror))
            elif not s.url and self.base_url is None and s.id not in self.urls:
                res.outcome, res.message = "skipped", "not an official download: load it from a mirror"
                return None
            else:
                out = self._http(s, st)
            st["last_fetch"] = datetime.utcnow().replace(microsecond=0).isoformat()
            st.pop("last_error", None)
            if out.status == "absent":
                res.outcome, res.message = "skipped", out.note
                st["last_status"] = "absent"
                return None
            if out.raw is not None:
                st.update(url=out.raw.url, etag=out.raw.etag, last_modified=out.raw.last_modified,
                          sha256=out.raw.sha256)
            raw = out.raw  # None only for a 304
            if out.status == "not_modified" or raw is None:
                res.outcome, res.message = "not_modified", "HTTP 304: unchanged since last fetch"
                st["last_status"] = "not_modified"
            elif (raw.sha256, s.id) in known:
                res.outcome, res.message = "unchanged", "same file as already loaded"
                st["last_status"] = "unchanged"
            elif (raw.sha256, s.id) in known.forgotten:
                lid, when = known.forgotten[(raw.sha256, s.id)]
                res.outcome, res.message = "skipped", _forgotten_note(lid, when)
                st["last_status"] = "forgotten"
            else:
                st["last_status"] = "fetched"
                return Download(s, raw)
        except FetchError as e:
            res.outcome, res.message = "failed", str(e)
            st["last_status"], st["last_error"] = "failed", str(e)
            st["last_fetch"] = datetime.utcnow().replace(microsecond=0).isoformat()
        finally:
            res.seconds += time.perf_counter() - t0
        return None


def forget(load_id: int, *, store: Store | None = None):
    """Undo one load (see ``ustflow.store.Writer.forget``); returns what was removed (``Forgotten``)."""
    store = store or Store()
    if not store.exists():
        raise StoreError(f"no store at {store.path}: nothing to forget")
    with store.write(command="forget") as w:
        return w.forget(load_id)


# ------------------------------------------------------------------ import one archived file
def import_file(path: str | Path, source_id: str | None = None, *, store: Store | None = None) -> UpdateReport:
    """Load one archived download as the vintage it is: the publisher's date in the file, else in its name.

    The result says which vintage was used and why (``SourceResult.vintage`` and ``vintage_basis``).
    """
    t_start = time.perf_counter()
    path = Path(path)
    if not path.is_file():
        raise NotFoundError(f"no such file: {path}")
    source = registry.get(source_id) if source_id else registry.for_file(path.name)
    if source is None:
        raise InvalidArgument(f"cannot tell which source {path.name} is: pass --source ID")
    hint, basis = vintage_from_name(path.name)
    raw = RawFile(source.id, path.name, path.read_bytes(), source.url or path.resolve().as_uri(),
                  datetime.utcnow().replace(microsecond=0), origin="import", vintage_hint=hint, vintage_basis=basis)
    store = store or Store()
    report = UpdateReport()
    results = {source.id: SourceResult(source.id, "skipped", file=path.name)}
    if (raw.sha256, source.id) in store.known_files():
        results[source.id].outcome, results[source.id].message = "unchanged", "same file as already loaded"
    else:
        load_raws([Download(source, raw)], store, results, report=report)
    report.results = list(results.values())
    report.seconds = time.perf_counter() - t_start
    return report
