"""The parse workers' plumbing: results handed over through memory, not a pipe; memory; the collector.

A ``ProcessPoolExecutor`` sends a worker's return value pickled through a pipe: for the 80 MB of
arrays of a full load, the updating process's result thread reads them in chunks into freshly
allocated buffers, then unpickles them by copying each array once more (about 0.3 s of CPU in the
process that is the load's critical path, most of it the kernel zeroing new pages). Instead a worker
writes its result's arrays (pickle protocol 5, out of band) into a file in a folder on tmpfs
(``/dev/shm``) and sends only the small rest of the pickle; the updating process maps the file and
the arrays are rebuilt on the mapped pages, with no copy (``ACCESS_COPY``: private, so writable).
The file is unlinked once mapped; its memory goes when the last array on it does.

The folder is made by the updating process before it forks the workers and removed when the parse
ends (``shipping``), so a killed worker or a failed update leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from typing import Iterator, NamedTuple

_ALIGN = 64  # each array starts on a cache line (numpy reads misaligned arrays more slowly)


class Shipped(NamedTuple):
    """A result in a file: the pickle without its arrays, and where each array is in the file."""

    path: str
    head: bytes
    spans: list[tuple[int, int]]  # (offset, bytes) of each out-of-band buffer, in pickling order


@contextmanager
def shipping() -> Iterator[str]:
    """A private folder for the results of one parse (on tmpfs where there is one), removed at the end."""
    shm = "/dev/shm"
    where = shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None
    folder = tempfile.mkdtemp(prefix="ustflow-parse-", dir=where)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as(values, dtype: str):
    return values.view(dtype)


def _pickler(fh, buffers: list):
    """A protocol 5 pickler whose arrays all go out of band: numpy pickles dates and times in band
    (their unit is metadata), so those travel as their int64 view, viewed back on arrival."""
    import pickle

    import numpy as np

    class Pickler(pickle.Pickler):
        def reducer_override(self, obj):
            if type(obj) is np.ndarray and obj.dtype.kind in "mM":
                return _as, (obj.view("i8"), obj.dtype.str)
            return NotImplemented

    return Pickler(fh, protocol=5, buffer_callback=buffers.append)


def ship(obj: object, folder: str) -> Shipped:
    """In a worker: write ``obj``'s arrays to a new file in ``folder``; return what the pipe carries."""
    import io
    import pickle

    buffers: list[pickle.PickleBuffer] = []
    out = io.BytesIO()
    _pickler(out, buffers).dump(obj)
    head = out.getvalue()
    fd, path = tempfile.mkstemp(dir=folder)
    spans: list[tuple[int, int]] = []
    offset = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            for b in buffers:
                raw = b.raw()
                pad = -offset % _ALIGN
                if pad:
                    fh.write(b"\0" * pad)
                    offset += pad
                fh.write(raw)
                spans.append((offset, raw.nbytes))
                offset += raw.nbytes
    except BaseException:
        os.unlink(path)  # e.g. a small /dev/shm (a container's 64 MB) is full: the caller sends it by the pipe
        raise
    return Shipped(path, head, spans)


def unship(s: Shipped) -> object:
    """In the updating process: the object, its arrays on the mapped file (which is unlinked)."""
    import mmap
    import pickle

    try:
        with open(s.path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            view = memoryview(mmap.mmap(fh.fileno(), size, access=mmap.ACCESS_COPY) if size else bytearray())
    finally:
        os.unlink(s.path)
    return pickle.loads(s.head, buffers=[view[o:o + n] for o, n in s.spans])


def worker_init() -> None:
    """A parse worker keeps the memory it frees for the next file (glibc only; else nothing).

    Parsing allocates and frees arrays of tens of MB file after file; by default glibc maps each one
    afresh and unmaps it when freed, and the kernel zeroes every page again: a third of the workers'
    system time on a full load. A worker lives for one update, so holding on to the memory is harmless.
    """
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-1, 2**31 - 1)  # M_TRIM_THRESHOLD: do not give freed memory back
        libc.mallopt(-3, 32 * 2**20)  # M_MMAP_THRESHOLD: the largest allowed; bigger blocks are still mapped
    except (OSError, AttributeError):
        pass


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection during an update (then as before): a load allocates millions of objects
    (pandas' import, unpickled tables, DuckDB results) and collects no cycle worth the ~0.08 s of CPU the
    collector spends traversing them; the forked workers inherit the pause. Where updates overlap in
    one process (threads), the first to pause is the one that resumes."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
