"""A real HTTP server on 127.0.0.1 that serves a mirror folder the way the publishers do.

- ETag (sha256 of the body) and Last-Modified on every 200; If-None-Match / If-Modified-Since -> 304.
  Last-Modified is when the server started (as if the publisher had just released every file), or
  when ``set_file`` changed the file: never a mirror file's mtime, which depends on the checkout.
- Faults scripted per file name: ``server.script("week.csv", [503, 200])`` answers 503 once, then
  normally. A fault is an int status, or one of the names in ``FAULTS`` (used by reliability tests).
- ``server.requests`` records (path, status, request headers) for assertions. A request is recorded
  before the first byte of its response is sent (in ``send_response``), so a client that has its
  response can rely on the request being in the list: reading it afterwards never races the server.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import defaultdict, deque
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.helpers import serve_in_thread

FAULTS = {"refuse", "slow", "truncate", "wrong_length", "html200", "redirect_loop", "huge", "latin1"}


class _Handler(BaseHTTPRequestHandler):
    server: "MirrorServer._Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        owner = self.server.owner
        name = self.path.split("?")[0].lstrip("/")
        if "?id=" in self.path:  # FRED style: /graph/fredgraph.csv?id=DGS10
            name = self.path.split("?id=")[1].split("&")[0] + ".csv"
        name = name.rsplit("/", 1)[-1]
        fault = owner._next_fault(name)
        headers = dict(self.headers.items())
        self._recorded = (name, headers)
        body = owner.body(name)
        if isinstance(fault, int):
            self._send(fault, b"<html><body>error</body></html>", ctype="text/html")
        elif fault == "slow":  # no answer until slow_seconds have passed or the server is closing
            if not owner.closing.wait(owner.slow_seconds):
                self._send(200, body or b"")
        elif fault == "html200":
            self._send(200, b"<!DOCTYPE html><html><body>Service temporarily unavailable</body></html>",
                       ctype="text/html")
        elif fault == "truncate":
            data = body or b""
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 3])
            self.wfile.flush()
            self.close_connection = True
        elif fault == "wrong_length":
            data = body or b""
            self.send_response(200)
            self.send_header("Content-Length", str(len(data) + 1000))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
            self.close_connection = True
        elif fault == "redirect_loop":
            self.send_response(302)
            self.send_header("Location", self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif fault == "huge":
            self.send_response(200)
            self.send_header("Content-Length", str(owner.huge_bytes))
            self.end_headers()
            chunk = b"x" * 65536
            sent = 0
            try:
                while sent < owner.huge_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
        elif fault == "latin1":
            self._send(200, (body or b"").decode("cp932", errors="replace").encode("utf-16"))
        elif body is None:
            self._send(404, b"<html><body>404 Not Found</body></html>", ctype="text/html")
        else:
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            lastmod = formatdate(owner.mtime(name), usegmt=True)
            if headers.get("If-None-Match") == etag or (
                    "If-None-Match" not in headers and headers.get("If-Modified-Since") == lastmod):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
            else:
                self._send(200, body, extra={"ETag": etag, "Last-Modified": lastmod})

    def send_response(self, code, message=None):
        name, headers = getattr(self, "_recorded", (self.path, {}))  # send_error before do_GET
        self.server.owner.requests.append((name, code, headers))  # before the client can see the response
        super().send_response(code, message)

    def _send(self, status: int, body: bytes, ctype: str = "text/plain", extra: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class MirrorServer:
    """Serve ``folders`` (searched in order) on 127.0.0.1 at a free port; use as a context manager."""

    class _Server(ThreadingHTTPServer):
        daemon_threads = True
        allow_reuse_address = True

    def __init__(self, *folders: Path, overrides: dict[str, bytes] | None = None):
        self.folders = [Path(f) for f in folders]
        self.overrides: dict[str, bytes] = dict(overrides or {})
        self.faults: dict[str, deque] = defaultdict(deque)
        self.requests: list[tuple[str, int, dict]] = []
        self.slow_seconds = 3.0
        self.huge_bytes = 80 * 1024 * 1024
        self._mtimes: dict[str, float] = {}
        self.closing = threading.Event()  # set on exit: a "slow" answer still pending is dropped
        self.started = float(int(time.time()))
        self._httpd = self._Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def url(self, name: str) -> str:
        return self.base + name

    def set_file(self, name: str, content: bytes) -> None:
        self.overrides[name] = content
        self._mtimes[name] = time.time()

    def body(self, name: str) -> bytes | None:
        if name in self.overrides:
            return self.overrides[name]
        for f in self.folders:
            p = f / name
            if p.is_file():
                return p.read_bytes()
        return None

    def set_mtime(self, name: str, when: float) -> None:
        """Serve ``name`` with this Last-Modified (seconds since the epoch), as a cache might."""
        self._mtimes[name] = when

    def mtime(self, name: str) -> float:
        return self._mtimes.get(name, self.started)

    def script(self, name: str, faults: list) -> None:
        self.faults[name].extend(faults)

    def _next_fault(self, name: str):
        q = self.faults.get(name)
        return q.popleft() if q else None

    def __enter__(self) -> "MirrorServer":
        serve_in_thread(self._httpd)
        return self

    def __exit__(self, *exc) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()
