"""Raw archive: every download kept by content hash, so any number can be traced to its bytes.

Layout: ``<store folder>/raw/<sha256[:2]>/<sha256>`` plus ``<sha256>.json`` with the URL, the file
name, the fetch time and HTTP validators. Writing is atomic (temp file + rename), and a hash that is
already archived is not written again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ustflow.atomic import atomic_write


@dataclass
class RawFile:
    source_id: str
    file_name: str
    content: bytes
    url: str
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    origin: str = "http"  # http | mirror | import
    vintage_hint: str | None = None  # a date from an archived file's name (import)
    vintage_basis: str | None = None  # how that date was read (e.g. "month in the file name ...")

    @property
    def sha256(self) -> str:
        """The content's hash, computed once per content (an update asks for it about ten times a file)."""
        content = self.content
        held = self.__dict__.get("_sha256")
        if held is None or held[0] is not content:  # recomputed if ``content`` is replaced
            held = (content, hashlib.sha256(content).hexdigest())
            self.__dict__["_sha256"] = held
        return held[1]


def looks_like_html(content: bytes) -> bool:
    """An HTML (or XML) page where a data file was expected: what publishers serve, with status 200,
    for a moved file, a portal or a maintenance notice. ``fetch`` refuses such a download and every
    parser refuses such a file (``ustflow.parse._text``); none of the official files starts with ``<``."""
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body")) or b"<html" in head


def _atomic_write(path: Path, data: bytes) -> None:
    # No fsync: the archive is a cache of what the publishers serve, and the store (fsynced) is the record.
    atomic_write(path, data)


def archive(raw: RawFile, root: Path) -> Path:
    sha = raw.sha256
    path = root / sha[:2] / sha
    if not path.exists():
        _atomic_write(path, raw.content)
        meta = {k: v for k, v in asdict(raw).items() if k != "content"}
        meta["fetched_at"] = raw.fetched_at.isoformat()
        meta["sha256"] = sha
        meta["bytes"] = len(raw.content)
        _atomic_write(path.with_suffix(".json"), json.dumps(meta, indent=1).encode())
    return path


def read(sha: str, root: Path) -> bytes:
    return (root / sha[:2] / sha).read_bytes()
