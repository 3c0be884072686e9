"""Results computed from the store, kept per store version: the second ``ustflow decompose`` costs a file read.

Every write to the store builds a new file and swaps it in (``ustflow.store``), so the file's identity
(inode, modification time, size) names a version of the data exactly. A result computed from the
store is a function of that version, the arguments and the code, and is kept under
``<store home>/cache/`` (a pickle per result; older versions' files are removed when a new one is
written) and in memory for the life of the process (a web server asks again and again).

    from ustflow import cache

    @cache.per_store_version
    def decompose(country, start=None, end=None, as_of=None, store=None, duration=None): ...

    # or around any computation, with an explicit key:
    models = cache.memo("scenario-models", store, (spec, train_end, as_of), lambda: fit_models(...))

Rules for what may be cached: the result must depend only on the store, the arguments (compared by
``repr``) and ustflow's code (its files' identities are part of the key). A result that also depends
on the clock passes ``extra=`` (e.g. ``extra=lambda: date.today()``); one that reads another file
(a scenario TOML given by path) must put that file's identity in ``extra`` too. Callers get their own
copy (unpickled from bytes), so mutating a result never changes the cache.

``USTFLOW_NO_CACHE=1`` turns it off (to measure the computation itself).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import os
import pickle
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

T = TypeVar("T")

_MEM: OrderedDict[str, bytes] = OrderedDict()
_MEM_MAX = 256
_MEM_BYTES = 64 * 2**20
_LOCK = threading.Lock()
_CODE: str | None = None


def enabled() -> bool:
    return os.environ.get("USTFLOW_NO_CACHE", "") in ("", "0")


def store_version(store: Any) -> tuple[int, int, int] | None:
    """(inode, mtime_ns, size) of the store file; None when there is no store."""
    try:
        st = os.stat(store.path)
    except (FileNotFoundError, AttributeError):
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def code_version() -> str:
    """A fingerprint of ustflow's own files (name, mtime, size): an edited module invalidates the cache."""
    global _CODE
    if _CODE is None:
        root = Path(__file__).resolve().parent
        h = hashlib.sha1()
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".toml", ".json", ".csv", ".html", ".js") and "__pycache__" not in p.parts:
                st = p.stat()
                h.update(f"{p.relative_to(root)}:{st.st_mtime_ns}:{st.st_size};".encode())
        _CODE = h.hexdigest()[:16]
    return _CODE


def _remember(key: str, blob: bytes) -> None:
    """Keep ``blob`` in memory: the newest 256 results, within 64 MB (a server reads many series)."""
    with _LOCK:
        _MEM[key] = blob
        _MEM.move_to_end(key)
        total = sum(len(b) for b in _MEM.values())
        while len(_MEM) > 1 and (len(_MEM) > _MEM_MAX or total > _MEM_BYTES):
            total -= len(_MEM.popitem(last=False)[1])


def _write(folder: Path, name: str, tag: str, key: str, blob: bytes) -> None:
    """Atomically write the pickle; drop this name's files of other versions. Never fails the caller."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}.*.pickle"):
            rest = old.name[len(name) + 1:].split(".")  # [tag, key, "pickle"]; names have dots (charts.build)
            if len(rest) == 3 and rest[0] != tag:
                old.unlink(missing_ok=True)
        tmp = folder / f".{name}.{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(blob)
        os.replace(tmp, folder / f"{name}.{tag}.{key}.pickle")
    except OSError:  # a read-only home: compute every time
        pass


def memo(name: str, store: Any, key: Any, compute: Callable[[], T], *, disk: bool = True) -> T:
    """``compute()``, or its result for the same ``name``, ``key``, store version and code, kept before.

    As-of reads depend on ``--strict`` too (part of the key), and say which kind of vintage each
    series used: those records are kept with the result and replayed on a hit, so a cached answer
    reports its vintages exactly as a computed one (``ustflow.store.reader.LEDGER``)."""
    from ustflow.store import reading
    from ustflow.store.reader import LEDGER, STRICT, as_of_ledger

    version = store_version(store)
    if version is None or not enabled():
        with reading():
            return compute()
    key = (key, STRICT.get())
    outer = LEDGER.get()

    def replay(entries: list) -> None:
        if outer is not None:
            outer.extend(entries)

    def run() -> tuple:
        with as_of_ledger() as entries, reading():  # one DuckDB connection for all its reads
            value = compute()
        return value, list(entries)

    # in memory only, the code cannot change under the process: no need to fingerprint it (0.05 s)
    tag = hashlib.sha1(repr((version, code_version() if disk else None)).encode()).hexdigest()[:12]
    k = hashlib.sha1(repr(key).encode()).hexdigest()[:20]
    mem_key = f"{store.path}:{name}.{tag}.{k}"
    blob = _MEM.get(mem_key)
    folder = Path(store.path).parent / "cache"
    path = folder / f"{name}.{tag}.{k}.pickle"
    if blob is None and disk:
        blob = _read(path)
    _MISS = object()

    def hit(blob: bytes | None) -> Any:
        if blob is None:
            return _MISS
        try:
            value, entries = pickle.loads(blob)
        except Exception:  # a file from another Python or pandas: recompute
            return _MISS
        _remember(mem_key, blob)
        replay(entries)
        return value

    if (value := hit(blob)) is not _MISS:
        return value
    with _once_across_processes(folder, f"{name}.{k}") if disk else contextlib.nullcontext():
        if disk and (value := hit(_read(path))) is not _MISS:  # computed by another process meanwhile
            return value
        value, entries = run()
        replay(entries)
        try:
            blob = pickle.dumps((value, entries), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # not picklable: nothing kept
            return value
        _remember(mem_key, blob)
        if disk:
            _write(folder, name, tag, k, blob)
        return value


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


_COMPUTING: "contextvars.ContextVar[bool]" = contextvars.ContextVar("ustflow_cache_computing", default=False)


@contextlib.contextmanager
def _once_across_processes(folder: Path, what: str) -> Iterator[None]:
    """Compute ``what`` under a lock shared by every process using this cache folder: a second process
    asking for the same result meanwhile (two pytest workers, a report command beside a server) waits
    and reads the first one's file instead of computing it again.

    Only a thread's outermost computation locks (results computed inside it are under its lock), so
    a process never waits for a second lock while holding one: no deadlock. The key's hash picks one
    of 256 lock files in ``cache/locks/``; a read-only home computes without a lock."""
    if _COMPUTING.get():
        yield
        return
    import fcntl

    try:
        (folder / "locks").mkdir(parents=True, exist_ok=True)
        fh = open(folder / "locks" / f"{hashlib.sha1(what.encode()).hexdigest()[:2]}.lock", "a")
    except OSError:
        fh = None
    token = _COMPUTING.set(True)
    try:
        if fh is not None:
            fcntl.flock(fh, fcntl.LOCK_EX)  # released when the file closes, also if the process dies
        yield
    finally:
        _COMPUTING.reset(token)
        if fh is not None:
            fh.close()


def _identity(v: Any) -> Any:
    """An argument for the key: its repr, and a file's identity too when it names one (a basis CSV)."""
    if isinstance(v, (str, Path)) and len(str(v)) < 4096:
        try:
            st = os.stat(v)
            return (repr(v), st.st_mtime_ns, st.st_size)
        except (OSError, ValueError):
            pass
    return repr(v)


def per_store_version(fn: Callable[..., T] | None = None, *, name: str | None = None,
                      extra: Callable[[Any], Any] | None = None) -> Any:
    """Decorator: cache ``fn``'s result per store version and arguments (``fn`` takes ``store=``).

    ``extra(store)``: more of the key (e.g. ``today_and_state``, for results judged as of now)."""
    def wrap(f: Callable[..., T]) -> Callable[..., T]:
        import inspect

        sig = inspect.signature(f)
        label = name or f"{f.__module__.removeprefix('ustflow.')}.{f.__qualname__}"

        @functools.wraps(f)
        def wrapper(*args: Any, **kwargs: Any) -> T:
            from ustflow.store import as_store

            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            given = dict(bound.arguments)
            store = as_store(given.pop("store", None))
            bound.arguments["store"] = store
            key = (sorted((k, _identity(v)) for k, v in given.items()), extra(store) if extra else None)
            return memo(label, store, key, lambda: f(*bound.args, **bound.kwargs))
        wrapper.uncached = f  # type: ignore[attr-defined]
        return wrapper
    return wrap(fn) if fn is not None else wrap


def today_and_state(store: Any) -> tuple:
    """``extra=`` for results judged against the clock and the last fetch: the hour, the fetch state file."""
    from datetime import datetime

    try:
        st = os.stat(store.state_path)
        state = (st.st_mtime_ns, st.st_size)
    except (OSError, AttributeError):
        state = None
    return (datetime.now().strftime("%Y-%m-%d %H"), state)
