"""Getting the official files: from the publishers over HTTP, or from a mirror folder.

HTTP (httpx): a User-Agent naming the project; connect/read timeouts; bounded retries with
exponential backoff on 5xx, 429 and timeouts (never on 4xx); conditional requests (If-None-Match,
If-Modified-Since) so an unchanged file costs a 304 and no parse; a size cap; a check that the body
is not an HTML error page. A host that cannot be reached at all (DNS or refused connection) is
marked down for the rest of the run, so a machine without network fails in seconds, not minutes.

Mirror: a flat folder named as the publisher names the files (``../shared/data/mirror``). Files that
are not official downloads (the curated interventions table, BTC) live in ``extra/`` beside it in the
shared data folder; they are looked for in the mirror folder itself, in its ``extra/`` sub-folder and
in an ``extra/`` folder beside it. A mirror copied without them is still a complete mirror of the
official files: those sources are skipped ("not in this mirror"), not failed. An official file
missing from a mirror folder is a failure.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

from ustflow.archive import RawFile, looks_like_html
from ustflow.config import USER_AGENT
from ustflow.errors import FetchError
from ustflow.registry import Source

MAX_BYTES = 50 * 1024 * 1024


@dataclass
class FetchPolicy:
    timeout: float = 20.0
    connect_timeout: float = 5.0
    retries: int = 3
    backoff: float = 0.5  # seconds, doubled each retry
    max_bytes: int = MAX_BYTES
    down_hosts: set = field(default_factory=set)


@dataclass
class FetchOutcome:
    status: str  # "new" | "not_modified" | "absent" (a non-official file a mirror need not have)
    raw: RawFile | None = None
    note: str = ""
    http_status: int | None = None
    attempts: int = 1


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def fetch_http(source: Source, *, url: str | None = None, etag: str | None = None,
               last_modified: str | None = None, policy: FetchPolicy | None = None,
               client=None) -> FetchOutcome:
    """Download one source; raises FetchError with the URL and what went wrong."""
    import httpx

    policy = policy or FetchPolicy()
    url = url or source.url
    if not url:
        raise FetchError(f"{source.id}: no official URL (not an official download); load it with --mirror or import",
                         url=None)
    host = urlparse(url).netloc
    if host in policy.down_hosts:
        raise FetchError(f"{source.id}: {host} unreachable earlier in this run; skipped", url=url)
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    if own:
        client = httpx.Client(timeout=httpx.Timeout(policy.timeout, connect=policy.connect_timeout),
                              follow_redirects=True, max_redirects=5)
    delay = policy.backoff
    last_error = ""
    try:
        for attempt in range(1, policy.retries + 2):
            try:
                with client.stream("GET", url, headers=headers) as resp:
                    if resp.status_code == 304:
                        return FetchOutcome("not_modified", http_status=304, attempts=attempt)
                    if resp.status_code >= 500 or resp.status_code == 429:
                        last_error = f"HTTP {resp.status_code}"
                        raise _Retry()
                    if resp.status_code >= 400:
                        raise FetchError(f"{source.id}: HTTP {resp.status_code} from {url}", url=url,
                                         status=resp.status_code)
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                        raise FetchError(f"{source.id}: {url} is {int(declared):,} bytes, over the "
                                         f"{policy.max_bytes:,}-byte cap", url=url, status=resp.status_code)
                    chunks, size = [], 0
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > policy.max_bytes:
                            raise FetchError(f"{source.id}: {url} exceeds the {policy.max_bytes:,}-byte cap",
                                             url=url, status=resp.status_code)
                        chunks.append(chunk)
                    content = b"".join(chunks)
                    if looks_like_html(content):
                        raise FetchError(f"{source.id}: {url} returned an HTML page, not the data file "
                                         f"(HTTP {resp.status_code}; the publisher may have moved it)",
                                         url=url, status=resp.status_code)
                    return FetchOutcome("new", RawFile(
                        source.id, source.file, content, str(resp.url), _utcnow(),
                        etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"),
                        origin="http"), http_status=resp.status_code, attempts=attempt)
            except _Retry:
                pass
            except (httpx.ConnectError, httpx.ProxyError, httpx.UnsupportedProtocol) as e:
                policy.down_hosts.add(host)
                raise FetchError(f"{source.id}: cannot connect to {host} ({e}). No network? "
                                 f"Load from a mirror folder instead: ustflow update --mirror DIR", url=url) from e
            except httpx.TooManyRedirects as e:
                raise FetchError(f"{source.id}: too many redirects from {url}", url=url) from e
            except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError) as e:
                last_error = f"{type(e).__name__}: {e}"
            if attempt <= policy.retries:
                time.sleep(delay)
                delay *= 2
        raise FetchError(f"{source.id}: gave up on {url} after {policy.retries + 1} attempts ({last_error})",
                         url=url)
    finally:
        if own:
            client.close()


class _Retry(Exception):
    pass


def mirror_candidates(source: Source, mirror: Path) -> list[Path]:
    """Where a source's file may be in a mirror folder, in the order they are tried."""
    candidates = [mirror / source.file]
    if source.mirror_dir:
        candidates += [mirror / source.mirror_dir / source.file, mirror.parent / source.mirror_dir / source.file]
    return candidates


def mirror_file(source: Source, mirror: Path) -> Path | None:
    """The source's file in a mirror folder; None for a non-official file the mirror does not have."""
    candidates = mirror_candidates(source, mirror)
    for c in candidates:
        if c.is_file():
            return c
    if source.mirror_dir:
        return None
    raise FetchError(f"{source.id}: {source.file} not found in mirror folder {mirror}")


def fetch_mirror(source: Source, mirror: Path) -> FetchOutcome:
    path = mirror_file(source, Path(mirror))
    if path is None:
        tried = ", ".join(str(c) for c in mirror_candidates(source, Path(mirror)))
        return FetchOutcome("absent", note=f"not in this mirror ({source.file} is not an official download; "
                                           f"looked in {tried})")
    # an empty file is kept as a download; the parser reports it
    return FetchOutcome("new", RawFile(source.id, source.file, path.read_bytes(), path.resolve().as_uri(),
                                       _utcnow(), origin="mirror"))
