"""Update: fetch -> archive -> parse -> store, one source at a time, failures isolated.

A source that fails (network, HTTP status, HTML instead of data, a layout its parser does not
know) is reported with the file, line and what was expected; it adds nothing to the store, and the
other sources still load. All successful sources are written in one store swap (see ``store``).
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable, Iterable

from ustflow import archive, registry
from ustflow.archive import RawFile
from ustflow.errors import FetchError, InvalidArgument, NotFoundError, ParseError, UstflowError
from ustflow.fetch import FetchPolicy, fetch_http, fetch_mirror
from ustflow.registry import Source
from ustflow.store import Store


@dataclass
class SourceResult:
    source_id: str
    outcome: str  # loaded | unchanged | not_modified | failed | skipped
    rows_added: int = 0
    message: str = ""
    vintage: str | None = None
    release_date: str | None = None
    newest_period: str | None = None
    file: str | None = None
    seconds: float = 0.0
    revisions: int = 0  # values that changed from the previous vintage
    large_revisions: list = field(default_factory=list)  # those moving by more than REVISION_SHARE


@dataclass
class UpdateReport:
    results: list[SourceResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.results if r.outcome == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def rows_added(self) -> int:
        return sum(r.rows_added for r in self.results)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "rows_added": self.rows_added, "seconds": round(self.seconds, 3),
                "results": [asdict(r) for r in self.results]}


def select_sources(only: str | Iterable[str] | None) -> list[Source]:
    """Source ids, or prefixes such as ``tic``, ``mof``, ``fred``; None means every source."""
    if only is None:
        return list(registry.SOURCES.values())
    names = [only] if isinstance(only, str) else list(only)
    picked: list[Source] = []
    for name in names:
        for part in name.split(","):
            part = part.strip()
            if not part:
                continue
            match = [s for s in registry.SOURCES.values() if s.id == part or s.id.startswith(part + "_")]
            if not match:
                raise NotFoundError(f"unknown source {part!r}; known: {', '.join(registry.SOURCES)}")
            picked += [m for m in match if m not in picked]
    return picked


# ------------------------------------------------------------------ fetch state (etag etc.)
def _load_state(store: Store) -> dict:
    p = store.state_path
    try:
        return json.loads(p.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _save_state(store: Store, state: dict) -> None:
    p = store.state_path
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(tmp, p)


def vintage_of(raw: RawFile, release_date) -> datetime:
    """The publisher's release date if the file states one, else what the download tells us."""
    if release_date is not None:
        return datetime(release_date.year, release_date.month, release_date.day)
    if raw.vintage_hint:
        return datetime.fromisoformat(raw.vintage_hint)
    if raw.last_modified:
        try:
            return parsedate_to_datetime(raw.last_modified).replace(tzinfo=None)
        except (TypeError, ValueError):
            pass
    return raw.fetched_at


def _parse(source: Source, raw: RawFile):
    name = raw.file_name
    try:
        from ustflow import validate

        return validate.check(source.parse_function()(raw.content, name), name)
    except UstflowError:
        raise
    except Exception as e:  # a parser bug must not take the other sources down
        raise ParseError(name, None, f"a parsable {source.file}", f"{type(e).__name__}: {e}") from e


def _parse_job(source_id: str, raw: RawFile):
    """Runs in a worker process: returns the Parsed result, or the UstflowError it raised."""
    try:
        return _parse(registry.get(source_id), raw)
    except UstflowError as e:
        return e


REVISION_SHARE = 0.05  # a revision moving a published value by more than 5% is reported as an event

PARALLEL_MIN_BYTES = 2_000_000  # below this, worker start-up costs more than it saves


def _parsed_stream(raws: list[tuple[Source, RawFile]]):
    """Yield (source, raw, Parsed | UstflowError) as parses finish; big batches use both cores.

    Workers are forked (pandas already imported, nothing else open) before the store is opened.
    """
    total = sum(len(r.content) for _, r in raws)
    workers = min(2, os.cpu_count() or 1)
    if workers < 2 or total < PARALLEL_MIN_BYTES or len(raws) < 3:
        for source, raw in raws:
            try:
                yield source, raw, _parse(source, raw)
            except UstflowError as e:
                yield source, raw, e
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    import pandas  # noqa: F401  - imported once here, inherited by the forked workers

    order = sorted(raws, key=lambda sr: -len(sr[1].content))
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {pool.submit(_parse_job, s.id, r): (s, r) for s, r in order}
        for fut in as_completed(futures):
            source, raw = futures[fut]
            try:
                yield source, raw, fut.result()
            except Exception as e:  # noqa: BLE001 - a worker died: report it for this source
                yield source, raw, ParseError(raw.file_name, None, "a parsable file", f"worker failed: {e}")


def _record(res: SourceResult, raw: RawFile, parsed, vintage: datetime, added: int, revisions=None) -> None:
    res.rows_added = added
    res.outcome = "loaded"
    res.vintage = vintage.isoformat(sep=" ")
    res.release_date = parsed.release_date.isoformat() if parsed.release_date else None
    per = parsed.observations["period"].max() if not parsed.observations.empty else None
    res.newest_period = str(per.date()) if per is not None and hasattr(per, "date") else None
    res.message = f"{added:,} new values"
    if revisions is not None and not revisions.empty:
        res.revisions = len(revisions)
        share = (revisions["new_value"] - revisions["old_value"]).abs() / revisions["old_value"].abs()
        big = revisions[share > REVISION_SHARE]
        res.large_revisions = [{"series": r.series_id, "period": str(r.period)[:10], "old": r.old_value,
                                "new": r.new_value} for r in big.head(50).itertuples()]
        res.message += f", {res.revisions:,} revised ({len(big):,} by more than {REVISION_SHARE:.0%})"


def load_raws(raws: list[tuple[Source, RawFile]], store: Store, results: dict[str, SourceResult],
              progress: Callable[[str], None] | None = None) -> None:
    """Archive, parse and store new downloads; fills ``results``.

    Files of sources the store has never held (a first load) go in together in one transaction;
    the others one transaction each, diffed against what their source said before. Either way a
    file that cannot be stored adds nothing, and the others still load.
    """
    if not raws:
        return
    for source, raw in raws:
        archive.archive(raw, store.raw_dir)
    writer_cm = w = None
    batch: list = []  # fresh sources, inserted as they arrive, committed together
    later: list = []  # sources the store already holds: diffed, one transaction each
    batch_failed = False
    try:
        for source, raw, parsed in _parsed_stream(raws):
            if progress:
                progress(source.id)
            if isinstance(parsed, UstflowError):
                results[source.id].outcome, results[source.id].message = "failed", str(parsed)
                continue
            if w is None:  # opened only now: the parse workers were forked before any connection
                writer_cm = store.write()
                w = writer_cm.__enter__()
                w.begin_batch()
            vintage = vintage_of(raw, parsed.release_date)
            if w.vintage_taken(source.id, vintage, raw.sha256):
                # same stated release date, different bytes: the later download is a later vintage
                vintage = max(raw.fetched_at, vintage)
            item = (source, raw, parsed, vintage)
            if w.has_files(source.id) or batch_failed:
                later.append(item)
                continue
            t0 = time.perf_counter()
            try:
                w.add_to_batch(raw, parsed, source, vintage)
                batch.append(item)
            except Exception:  # noqa: BLE001 - roll the batch back; its files load one by one below
                w.abort_batch()
                batch_failed = True
                later += batch + [item]
                batch = []
            results[source.id].seconds += time.perf_counter() - t0
        if w is None:
            return
        if not batch_failed:
            try:
                added = w.commit_batch()
                for source, raw, parsed, vintage in batch:
                    _record(results[source.id], raw, parsed, vintage, added[source.id])
            except Exception:  # noqa: BLE001
                w.abort_batch()
                later = batch + later
        for source, raw, parsed, vintage in later:
            res = results[source.id]
            t0 = time.perf_counter()
            try:
                added = w.ingest(raw, parsed, source, vintage=vintage)
                _record(res, raw, parsed, vintage, added, w.last_revisions)
            except Exception as e:  # noqa: BLE001 - the transaction was rolled back; report it
                res.outcome, res.message = "failed", f"{raw.file_name}: could not store: {e}"
            res.seconds += time.perf_counter() - t0
    except BaseException as e:
        if writer_cm is not None:
            writer_cm.__exit__(type(e), e, e.__traceback__)
        raise
    else:
        if writer_cm is not None:
            writer_cm.__exit__(None, None, None)


def update(*, mirror: str | Path | None = None, only=None, store: Store | None = None,
           policy: FetchPolicy | None = None, progress: Callable[[str], None] | None = None,
           base_url: str | None = None, urls: dict[str, str] | None = None) -> UpdateReport:
    """Fetch every (or ``only``) source, load what changed; never raises for one source's failure.

    ``mirror``: a folder laid out like ``shared/data/mirror``. ``base_url``: an HTTP mirror serving
    the same file names (``<base_url>/week.csv``), e.g. a company's internal cache. Default: the
    official URLs. ``urls``: per-source URL overrides (source id -> URL), e.g. a moved file.
    """
    t_start = time.perf_counter()
    base_url = base_url or os.environ.get("USTFLOW_BASE_URL") or None
    store = store or Store()
    sources = select_sources(only)
    policy = policy or FetchPolicy()
    state = _load_state(store)
    known = store.known_files()
    known_sources = {src for _, src in known}
    results: dict[str, SourceResult] = {s.id: SourceResult(s.id, "skipped") for s in sources}
    raws: list[tuple[Source, RawFile]] = []
    client = None
    try:
        for s in sources:
            res = results[s.id]
            st = state.get(s.id, {})
            t0 = time.perf_counter()
            try:
                if mirror is not None:
                    out = fetch_mirror(s, Path(mirror))
                else:
                    if not s.url and base_url is None and not (urls and s.id in urls):
                        res.outcome, res.message = "skipped", "not an official download: load it from a mirror"
                        continue
                    if client is None:
                        import httpx

                        client = httpx.Client(timeout=httpx.Timeout(policy.timeout, connect=policy.connect_timeout),
                                              follow_redirects=True, max_redirects=5)
                    if urls and s.id in urls:
                        url = urls[s.id]
                    else:
                        url = base_url.rstrip("/") + "/" + s.file if base_url else s.url
                    cond = s.id in known_sources and st.get("url") == url
                    out = fetch_http(s, url=url, etag=st.get("etag") if cond else None,
                                     last_modified=st.get("last_modified") if cond else None,
                                     policy=policy, client=client)
                st["last_fetch"] = datetime.utcnow().replace(microsecond=0).isoformat()
                if out.status == "not_modified":
                    res.outcome, res.message = "not_modified", "HTTP 304: unchanged since last fetch"
                    st["last_status"] = "not_modified"
                elif (out.raw.sha256, s.id) in known:
                    res.outcome, res.message = "unchanged", "same file as already loaded"
                    st["last_status"] = "unchanged"
                else:
                    raws.append((s, out.raw))
                    st["last_status"] = "fetched"
                if out.raw is not None:
                    st.update(url=out.raw.url, etag=out.raw.etag, last_modified=out.raw.last_modified,
                              sha256=out.raw.sha256)
                st.pop("last_error", None)
            except FetchError as e:
                res.outcome, res.message = "failed", str(e)
                st["last_status"], st["last_error"] = "failed", str(e)
                st["last_fetch"] = datetime.utcnow().replace(microsecond=0).isoformat()
            finally:
                res.seconds += time.perf_counter() - t0
                state[s.id] = st
        load_raws(raws, store, results, progress)
        for s, raw in raws:
            if results[s.id].outcome == "failed":
                state[s.id]["last_status"] = "failed"
                state[s.id]["last_error"] = results[s.id].message
                # forget validators so the next run re-downloads the file that failed to load
                state[s.id].pop("etag", None)
                state[s.id].pop("last_modified", None)
        _save_state(store, state)
    finally:
        if client is not None:
            client.close()
    return UpdateReport(list(results.values()), time.perf_counter() - t_start)


_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})(?:_(\d{4}-\d{2}-\d{2}))?\.[A-Za-z]+$")


def import_file(path: str | Path, source_id: str | None = None, *, store: Store | None = None) -> UpdateReport:
    """Load one archived download as the vintage it is (publisher's date in the file, else in its name)."""
    t_start = time.perf_counter()
    path = Path(path)
    if not path.is_file():
        raise NotFoundError(f"no such file: {path}")
    source = registry.get(source_id) if source_id else registry.for_file(path.name)
    if source is None:
        raise InvalidArgument(f"cannot tell which source {path.name} is: pass --source ID")
    m = _DATE_IN_NAME.search(path.name)
    hint = (m.group(2) or m.group(1)) if m else None
    raw = RawFile(source.id, path.name, path.read_bytes(), source.url or path.resolve().as_uri(),
                  datetime.utcnow().replace(microsecond=0), origin="import", vintage_hint=hint)
    store = store or Store()
    results = {source.id: SourceResult(source.id, "skipped", file=path.name)}
    if (raw.sha256, source.id) in store.known_files():
        results[source.id].outcome, results[source.id].message = "unchanged", "same file as already loaded"
    else:
        load_raws([(source, raw)], store, results)
    return UpdateReport(list(results.values()), time.perf_counter() - t_start)
