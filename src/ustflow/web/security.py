"""Security for the dashboard: a token for non-loopback binds, host checking, security headers.

- Bound to loopback (the default), no token is needed, but the Host header must be a loopback name,
  so a web page elsewhere cannot reach the dashboard through DNS rebinding.
- Bound to any other address, a token is required (``--token`` or ``USTFLOW_TOKEN``) and every
  request must carry it: ``Authorization: Bearer TOKEN``, ``?token=TOKEN``, or the cookie set after
  a page was opened with ``?token=`` (so the page's own requests for scripts and data carry it).
- Every response gets a Content-Security-Policy with no outside source (scripts and data from the
  app only, no eval: Vega runs with its expression interpreter), no framing, no sniffing, no referrer.
- Request size is capped before any handler runs: headers over ``MAX_HEADER_BYTES`` get 431, a
  query string over ``MAX_QUERY_BYTES`` gets 414, a body over ``MAX_BODY_BYTES`` gets 413 (declared
  by Content-Length or counted while it streams in, so a chunked upload cannot get round it). The
  body is read here, at most the cap plus one chunk, and handed to the app afterwards.

Written as a plain ASGI middleware: Starlette's BaseHTTPMiddleware costs a task per request.
"""

from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import parse_qs

from ustflow.web.schemas import MAX_BODY_BYTES, MAX_HEADER_BYTES, MAX_QUERY_BYTES

COOKIE = "ustflow_token"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}


def is_loopback(host: str) -> bool:
    h = host.strip("[]")
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def _host_name(value: str) -> str:
    if value.startswith("["):
        return value.split("]")[0] + "]"
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class SecurityMiddleware:
    def __init__(self, app, *, token: str | None = None, loopback_only: bool = True,
                 max_body: int = MAX_BODY_BYTES, max_query: int = MAX_QUERY_BYTES,
                 max_headers: int = MAX_HEADER_BYTES):
        self.app = app
        self.token = token.encode() if token else None
        self.loopback_only = loopback_only
        self.max_body, self.max_query, self.max_headers = max_body, max_query, max_headers

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        if self.loopback_only:
            host = _host_name(headers.get(b"host", b"").decode("latin-1"))
            if host.lower() not in LOOPBACK_NAMES and not is_loopback(host):
                return await _plain(send, 421, b"misdirected request: this server answers only to 127.0.0.1/localhost")
        set_cookie = False
        if self.token is not None:
            given = self._given(scope, headers)
            if given is None or not hmac.compare_digest(given[0], self.token):
                return await _plain(send, 401, b"a token is required: Authorization: Bearer TOKEN or ?token=TOKEN",
                                    extra=[(b"www-authenticate", b'Bearer realm="ustflow"')])
            set_cookie = given[1] == "query"
        if sum(len(k) + len(v) for k, v in scope.get("headers") or []) > self.max_headers:
            return await _plain(send, 431, f"request headers larger than {self.max_headers:,} bytes".encode())
        if len(scope.get("query_string", b"")) > self.max_query:
            return await _plain(send, 414, f"query string longer than {self.max_query} bytes".encode())
        too_large = f"request body larger than {self.max_body:,} bytes".encode()
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _plain(send, 413 if length.isdigit() else 400,
                                too_large if length.isdigit() else b"bad Content-Length")
        if length is not None or b"transfer-encoding" in headers:
            body = await _read_body(receive, self.max_body)
            if body is None:
                return await _plain(send, 413, too_large)
            receive = _replay(body, receive)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                hs = list(message.get("headers") or [])
                hs.extend(HEADERS)
                if set_cookie:
                    hs.append((b"set-cookie", COOKIE.encode() + b"=" + self.token
                               + b"; Path=/; HttpOnly; SameSite=Strict"))
                message = dict(message, headers=hs)
            await send(message)

        return await self.app(scope, receive, send_with_headers)

    def _given(self, scope, headers) -> tuple[bytes, str] | None:
        auth = headers.get(b"authorization", b"")
        if auth[:7].lower() == b"bearer ":
            return auth[7:].strip(), "header"
        qs = scope.get("query_string", b"")
        if b"token=" in qs:
            vals = parse_qs(qs.decode("latin-1")).get("token")
            if vals:
                return vals[0].encode("latin-1"), "query"
        cookie = headers.get(b"cookie", b"")
        for part in cookie.split(b";"):
            k, _, v = part.strip().partition(b"=")
            if k == COOKIE.encode():
                return v, "cookie"
        return None


async def _read_body(receive, limit: int) -> bytes | None:
    """The whole request body, or None as soon as it passes ``limit`` bytes (or the client leaves)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive):
    """A ``receive`` that hands the app the body read already, then waits on the real one (disconnect)."""
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return replay


async def _plain(send, status: int, body: bytes, extra=None):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())] + HEADERS + list(extra or [])})
    await send({"type": "http.response.body", "body": body})
