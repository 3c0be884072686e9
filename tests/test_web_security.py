"""The dashboard is not a way into the machine: real `ustflow serve` processes, raw HTTP on 127.0.0.1.

- no path traversal (static files, series ids; raw request targets, so no client normalises them);
- security headers on every response the app gives, errors included; a CSP with no outside source;
- a token for non-loopback binds, checked end to end (bound to 0.0.0.0, reached through 127.0.0.1);
- request size limits (413 for a large body, declared or chunked; 414 for a long query);
- read-only: other methods get 405, and the store is byte-for-byte the same after everything here;
- every parameter validated: the date pattern against the calendar, SQL-looking and hostile values,
  every country's charts, random page filters: never a 5xx.
"""

from __future__ import annotations

import json
import os
import re
import select
import socket
import subprocess
from contextlib import contextmanager
from datetime import date, timedelta
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.helpers import USTFLOW, free_port, run_cli, snapshot, wait_until_serving
from tests.reliability import record

TOKEN = "tok-" + "7f3a9c1e5b2d4f60" * 2
SECRET_MARKERS = (b"root:x:0:0", b"[build-system]", b"def create_app", b"DUCK")  # /etc/passwd, repo, source, store



def _start(home, args: list[str], env: dict | None = None) -> tuple[subprocess.Popen, int]:
    port = free_port()
    e = dict(os.environ, USTFLOW_HOME=str(home))
    e.pop("USTFLOW_TOKEN", None)  # only the token this test means
    e.update(env or {})
    proc = subprocess.Popen(USTFLOW + ["serve", "--port", str(port)] + args, env=e,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc, port


def _wait(proc: subprocess.Popen, port: int, headers: dict | None = None) -> None:
    wait_until_serving(f"http://127.0.0.1:{port}/health", proc, headers)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def servers(loaded_home):
    """A loopback server (no token) and a 0.0.0.0 server (token from USTFLOW_TOKEN), on the loaded store."""
    before = snapshot(loaded_home / "store.duckdb")
    local = _start(loaded_home, [])
    public = _start(loaded_home, ["--host", "0.0.0.0"], env={"USTFLOW_TOKEN": TOKEN})
    try:
        _wait(*local)
        _wait(*public, headers={"Authorization": f"Bearer {TOKEN}"})
        yield {"local": local[1], "public": public[1]}
    finally:
        _stop(local[0])
        _stop(public[0])
    # read-only: nothing any request of this module did changed the store
    assert snapshot(loaded_home / "store.duckdb") == before


class Raw:
    """One response to a raw HTTP/1.1 request (the request target is sent exactly as given)."""

    def __init__(self, port: int, target: str, method: str = "GET", headers: dict | None = None,
                 body: bytes = b""):
        hs = {"Host": f"127.0.0.1:{port}", "Connection": "close", **(headers or {})}
        if body and "Content-Length" not in hs and "Transfer-Encoding" not in hs:
            hs["Content-Length"] = str(len(body))
        head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hs.items()) + "\r\n"
        data = b""
        # a guard against a hang, not a speed test: the check of a 180 kB article takes ~20 s of CPU, and on a busy
        # 2-core machine (CI with other jobs) it took over 120 s once (session 23), so the guard is 15 minutes
        with socket.create_connection(("127.0.0.1", port), timeout=900) as s:
            s.sendall(head.encode("latin-1"))
            sent = 0
            while sent < len(body):  # stop sending once the server has answered (a 413 comes early)
                readable, _writable, _ = select.select([s], [s], [], 20)
                if readable:
                    break
                try:
                    sent += s.send(body[sent:sent + 65536])
                except (BrokenPipeError, ConnectionResetError):
                    break
            try:
                while chunk := s.recv(65536):
                    data += chunk
            except ConnectionResetError:  # the server closed with our unread upload in its buffer
                pass
        top, _, self.body = data.partition(b"\r\n\r\n")
        lines = top.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1])
        self.headers: dict[str, str] = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            self.headers[k.strip().lower()] = v.strip()


@contextmanager
def _client(app, **kw):
    """A TestClient on ``app`` that closes the app's store connection afterwards."""
    from fastapi.testclient import TestClient

    try:
        with TestClient(app, base_url="http://127.0.0.1", **kw) as c:
            yield c
    finally:
        app.state.gate.close()


def _csp_sources(csp: str) -> dict[str, list[str]]:
    out = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def assert_security_headers(headers) -> None:
    h = {k.lower(): v for k, v in headers.items()}
    csp = _csp_sources(h["content-security-policy"])
    assert csp["default-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert csp["script-src"] == ["'self'"] and csp["connect-src"] == ["'self'"]
    for directive, sources in csp.items():  # nothing from anywhere else: no host, scheme or wildcard
        assert set(sources) <= {"'self'", "'none'", "'unsafe-inline'", "data:"}, (directive, sources)
        assert "'unsafe-inline'" not in sources or directive == "style-src", directive
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "no-referrer"


# ------------------------------------------------------------------ path traversal
TRAVERSALS = [
    "/static/../../etc/passwd", "/static/../../../../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%252e%252e%252fetc%252fpasswd", "/static/..%5c..%5c..%5cetc%5cpasswd", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/%2Fetc%2Fpasswd", "/static/..", "/static/%2e%2e", "/static/.",
    "/static/app.js/../../../pyproject.toml", "/static/..%2f..%2fapp.py", "/static/..%2fapp.py",
    "/static/..%2f..%2f..%2f..%2fpyproject.toml", "/static/app.js%00.css", "/static/%00",
    "//etc/passwd", "/..%2f..%2fetc%2fpasswd", "/../../etc/passwd", "/etc/passwd",
    "/api/series/..%2f..%2f..%2fetc%2fpasswd", "/api/series/../../etc/passwd", "/api/series/%2e%2e",
    "/api/series/tic.holdings.japan%00", "/api/series/..%5c..%5cstore.duckdb", "/api/series/....%2f%2fetc%2fpasswd",
    "/api/charts/..%2f..%2fetc%2fpasswd", "/api/charts/%2e%2e%2fhealth", "/store.duckdb", "/raw/", "/.git/config",
    "/static/../../../../../../../../proc/self/environ", "/static/..%2f..%2f..%2f..%2fproc%2fself%2fenviron",
]


def test_no_path_traversal(servers):
    port = servers["local"]
    ok = Raw(port, "/static/app.js")
    assert ok.status == 200 and b"fetch" in ok.body  # the control: the route does serve its own files
    outcomes = {}
    for target in TRAVERSALS:
        r = Raw(port, target)
        outcomes[target] = r.status
        assert r.status in (400, 404, 405, 422), (target, r.status, r.body[:200])
        for marker in SECRET_MARKERS + (os.environ.get("USER", "root").encode() + b"=",):
            assert marker not in r.body, (target, marker)
        if r.status != 400:  # 400: refused by the HTTP parser before the app saw it
            assert_security_headers(r.headers)
    # an absolute-form request target names a file too
    r = Raw(port, "http://127.0.0.1/etc/passwd")
    assert r.status == 404 and b"root:" not in r.body
    counts = ", ".join(f"{s}: {list(outcomes.values()).count(s)}" for s in sorted(set(outcomes.values())))
    record("server", check="path_traversal", requests=len(TRAVERSALS) + 2,
           outcome=f"all refused ({counts}; absolute-form target: 404), no file outside the app's static files served")


def test_static_route_serves_only_its_own_files(servers):
    """Every file of the package, asked for by name or by a relative path, is not served."""
    from pathlib import Path

    import ustflow

    pkg = Path(ustflow.__file__).parent
    served, n = set(), 0
    for f in sorted(pkg.rglob("*")):
        if not f.is_file() or "__pycache__" in f.parts:
            continue
        for target in (f"/static/{f.name}", "/static/" + "..%2f" * 2 + "%2f".join(f.relative_to(pkg).parts),
                       "/static/" + "%2e%2e%2f" * 2 + "%2f".join(f.relative_to(pkg).parts)):
            n += 1
            if Raw(servers["local"], target).status == 200:
                served.add(target)
    assert n > 150
    assert served == {"/static/app.js", "/static/ustflow-charts.js", "/static/ustflow.css"}


# ------------------------------------------------------------------ security headers
def test_security_headers_on_every_response(servers, loaded_store):
    from ustflow.web.app import create_app
    from ustflow.web.schemas import MAX_BODY_BYTES

    port = servers["local"]
    cases = [("GET", "/", 200), ("GET", "/flows", 200), ("GET", "/check", 200), ("GET", "/static/app.js", 200),
             ("GET", "/health", 200), ("GET", "/openapi.json", 200), ("GET", "/api/series/jgb.10y", 200),
             ("GET", "/api/series/jgb.10y?format=csv&start=2026-06", 200), ("GET", "/api/charts/holders", 200),
             ("GET", "/api/series/tic.holdings.atlantis", 404), ("GET", "/nowhere", 404),
             ("GET", "/api/series/x?start=2024-13", 422), ("GET", "/api/flows?colour=red", 422),
             ("DELETE", "/api/series/jgb.10y", 405), ("POST", "/health", 405), ("GET", "/api/check", 405),
             ("GET", "/api/series?search=" + "a" * 5000, 414), ("HEAD", "/health", 405), ("OPTIONS", "/", 405)]
    for method, target, status in cases:
        r = Raw(port, target, method)
        assert r.status == status, (method, target, r.status, r.body[:200])
        assert_security_headers(r.headers)
    r = Raw(port, "/api/check", "POST", {"Content-Type": "application/json"}, b"x" * (MAX_BODY_BYTES + 1))
    assert r.status == 413
    assert_security_headers(r.headers)
    etag = Raw(port, "/api/series/jgb.10y").headers["etag"]
    r = Raw(port, "/api/series/jgb.10y", headers={"If-None-Match": etag})
    assert r.status == 304
    assert_security_headers(r.headers)
    r = Raw(port, "/health", headers={"Host": "attacker.example"})  # DNS rebinding
    assert r.status == 421
    assert_security_headers(r.headers)
    # an unexpected exception (none is known: this route is added for the test) still gets them
    app = create_app(loaded_store, warm=False)

    @app.get("/boom")
    async def boom():
        raise RuntimeError("a bug")

    with _client(app, raise_server_exceptions=False) as c:
        r = c.get("/boom")
        assert r.status_code == 500 and "a bug" not in r.text  # no traceback either
        assert_security_headers(r.headers)
    record("server", check="security_headers", requests=len(cases) + 5,
           outcome="CSP (default-src 'none', no outside source, frame-ancestors 'none'), nosniff, "
                   "X-Frame-Options DENY, Referrer-Policy no-referrer on every status: 200, 304, 404, 405, 413, "
                   "414, 421, 422, and a 500 from a deliberately broken route")


# ------------------------------------------------------------------ token for non-loopback binds
@pytest.mark.parametrize("args,env", [
    (["--host", "0.0.0.0"], {}), (["--host", "::"], {}), (["--host", "192.0.2.1"], {}),
    (["--host", "0.0.0.0", "--token", "short"], {}), (["--host", "0.0.0.0"], {"USTFLOW_TOKEN": ""}),
])
def test_serve_refuses_a_public_bind_without_a_real_token(args, env, tmp_path):
    port = free_port()
    r = run_cli(["serve", "--port", port, *args], tmp_path, env={"USTFLOW_TOKEN": "", **env}, timeout=300)
    assert r.returncode == 2 and "token" in r.stderr.lower(), (r.returncode, r.stderr)
    with socket.socket() as s:  # and it never listened
        assert s.connect_ex(("127.0.0.1", port)) != 0


def test_token_is_required_end_to_end_on_a_public_bind(servers):
    port = servers["public"]
    paths = ["/health", "/", "/flows", "/static/app.js", "/openapi.json", "/api/series/tic.holdings.japan",
             "/api/charts/holders", "/api/brief", "/nowhere", "/static/../../etc/passwd"]
    for p in paths:
        for headers in ({}, {"Authorization": "Bearer wrong-token-0000000000000"}, {"Authorization": TOKEN},
                        {"Cookie": "ustflow_token=nope"}, {"Authorization": f"Basic {TOKEN}"}):
            r = Raw(port, p, headers=headers)
            assert r.status == 401, (p, headers, r.status)
            assert r.headers["www-authenticate"].startswith("Bearer") and b"token" in r.body
            assert b"Japan" not in r.body and b"<html" not in r.body  # nothing of the data leaks
            assert_security_headers(r.headers)
        r = Raw(port, p + "?token=wrong")
        assert r.status == 401
    r = Raw(port, "/api/check", "POST", {"Content-Type": "application/json"}, b'{"text": "Japan"}')
    assert r.status == 401
    # with the token: header, query (which sets an HttpOnly cookie), cookie; any Host (not loopback-bound)
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    assert Raw(port, "/api/series/tic.holdings.japan", headers=bearer).status == 200
    assert Raw(port, "/health", headers={**bearer, "Host": "dashboard.example:8000"}).status == 200
    r = Raw(port, f"/holdings?token={TOKEN}")
    assert r.status == 200 and b"<html" in r.body
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"ustflow_token={TOKEN}") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert Raw(port, "/static/app.js", headers={"Cookie": f"ustflow_token={TOKEN}"}).status == 200
    assert Raw(port, f"/api/series/jgb.10y?start=2026-06&token={TOKEN}").status == 200  # not an unknown parameter
    r = Raw(port, "/api/check", "POST", {**bearer, "Content-Type": "application/json"},
            b'{"text": "Japan held $1,209.9 billion of Treasuries in April 2026."}')
    assert r.status == 200 and b"supported" in r.body
    record("server", check="token", requests=len(paths) * 6 + 7,
           outcome="`serve --host 0.0.0.0/::/192.0.2.1` refused without a token of 16+ characters (exit 2, never "
                   "listened); bound to 0.0.0.0, every request without the token got 401 (no data in the body), "
                   "with it (Bearer, ?token= then HttpOnly SameSite cookie) 200")


# ------------------------------------------------------------------ request size limits
def test_request_size_limits(servers):
    from ustflow.web.schemas import MAX_BODY_BYTES, MAX_QUERY_BYTES

    port = servers["local"]
    json_ct = {"Content-Type": "application/json"}
    big = b'{"text": "' + b"a" * MAX_BODY_BYTES + b'"}'
    r = Raw(port, "/api/check", "POST", json_ct, big)
    assert r.status == 413 and b"larger than" in r.body
    # no Content-Length: the body streams in chunks and is cut off once it passes the cap
    piece = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
    chunked = piece * (MAX_BODY_BYTES // 65536 + 2) + b"0\r\n\r\n"
    r = Raw(port, "/api/check", "POST", {**json_ct, "Transfer-Encoding": "chunked"}, chunked)
    assert r.status == 413
    # a lying Content-Length larger than the cap is refused before a byte of the body is read
    r = Raw(port, "/api/check", "POST", {**json_ct, "Content-Length": str(10**12)}, b"")
    assert r.status == 413
    # under the byte cap but over the model's 200,000 characters: the model refuses it
    r = Raw(port, "/api/check", "POST", json_ct, b'{"text": "' + b"a" * 200_001 + b'"}')
    assert r.status == 422
    # the longest text the model allows, written the longest way JSON can (escaped surrogate pairs): served
    longest = json.dumps({"text": "\U0001F600" * 200_000, "date": "2026-05-01", "as_of": "2026-05-01"}).encode()
    assert MAX_BODY_BYTES - 100_000 < len(longest) <= MAX_BODY_BYTES
    r = Raw(port, "/api/check", "POST", json_ct, longest)
    assert r.status == 200, (r.status, r.body[:200])
    r = Raw(port, "/api/check", "POST", json_ct, b'{"text": "Japan ' + b"a " * 90_000 + b'"}')
    assert r.status == 200
    r = Raw(port, "/api/series?search=" + "a" * (MAX_QUERY_BYTES + 1))
    assert r.status == 414
    assert Raw(port, "/api/series?search=" + "a" * 100).status == 200
    r = Raw(port, "/health", "GET", {"X-Big": "b" * 20_000})
    assert r.status == 431
    assert Raw(port, "/health", "GET", {"X-Fine": "b" * 8_000}).status == 200
    record("server", check="size_limits", requests=10,
           outcome=f"body over {MAX_BODY_BYTES:,} bytes: 413 (declared, chunked, or a Content-Length of 10^12); "
                   f"query over {MAX_QUERY_BYTES:,} bytes: 414; headers over 16,384 bytes: 431; "
                   "text over 200,000 characters: 422")


# ------------------------------------------------------------------ read-only
def test_read_only_every_other_method_is_405(servers, loaded_store):
    from ustflow.web.app import create_app

    with _client(create_app(loaded_store, warm=False)) as c:
        doc = c.get("/openapi.json").json()
    gets = [re.sub(r"\{[^}]+\}", "jgb.10y", p) for p, ops in doc["paths"].items() if "get" in ops]
    gets += ["/", "/flows", "/holdings", "/drivers", "/risk", "/check", "/static/app.js"]
    n = 0
    for path in gets:
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            r = Raw(servers["local"], path, method, {"Content-Type": "application/json"}, b"{}")
            assert r.status == 405, (method, path, r.status)
            assert "GET" in r.headers["allow"]
            n += 1
    for method in ("GET", "PUT", "DELETE", "PATCH"):
        r = Raw(servers["local"], "/api/check", method)
        assert r.status == 405 and r.headers["allow"] == "POST"
        n += 1
    record("server", check="read_only", requests=n,
           outcome="POST/PUT/DELETE/PATCH on every read endpoint and page, and GET/PUT/DELETE/PATCH on "
                   "/api/check: 405 with Allow; store snapshot identical after the whole module")


# ------------------------------------------------------------------ parameter validation
def test_date_pattern_is_exactly_the_calendar_1900_2199():
    """Brute force: the OpenAPI date pattern accepts a string iff it is a real date (or month) in range."""
    from ustflow.charts import ChartParamError, param_date
    from ustflow.web.schemas import DATE, MONTH

    # fullmatch: JSON Schema's `$` is the end of the string; Python's also matches before a final newline
    pat, month = re.compile(DATE).fullmatch, re.compile(MONTH).fullmatch
    d, n = date(1899, 12, 1), 0
    while d <= date(2200, 1, 31):  # every real day: accepted iff 1900..2199, and the parser agrees
        s = d.isoformat()
        assert bool(pat(s)) == (1900 <= d.year <= 2199), s
        if pat(s):
            assert param_date("x", s) == s
        d += timedelta(days=1)
        n += 1
    for y in (1899, 1900, 1904, 2000, 2023, 2024, 2100, 2199, 2200):
        for m in range(0, 14):
            ym = f"{y}-{m:02d}"
            assert bool(pat(ym)) == bool(month(ym)) == (1 <= m <= 12 and 1900 <= y <= 2199), ym
            for day in range(0, 33):
                s = f"{ym}-{day:02d}"
                try:
                    real = bool(date(y, m, day)) and 1900 <= y <= 2199
                except ValueError:
                    real = False
                assert bool(pat(s)) == real, s
                if not real:  # the parser (ustflow.dates) agrees
                    with pytest.raises(ChartParamError, match=r"^x: '[0-9-]+' (is not a date|is outside the years 1900 to 2199)"):
                        param_date("x", s)
                n += 1
    for bad in ("2024-1-01", "2024-01-1", " 2024-01", "2024-01 ", "2024/01/01", "١٩٩٠-01", "2024-01-01T00:00",
                "20240101", "2024-01\n", "+2024-01"):
        assert not pat(bad), bad
    assert n > 110_000


HOSTILE = ["' OR 1=1 --", "'; DROP TABLE series; --", "%", "_", "\\", "\x00", "../../etc/passwd",
           "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}", "japan\r\nSet-Cookie: a=b", "1e309", "NaN", "-1",
           "99999999999999999999", "é" * 50]


def test_hostile_values_are_refused_or_served_never_a_server_error(servers):
    port = servers["local"]
    c = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    statuses = []
    for v in HOSTILE:
        for path, name in [("/api/series", "search"), ("/api/series/jgb.10y", "start"), ("/api/flows", "window"),
                           ("/api/flows", "investor"), ("/api/holders", "top"), ("/api/events", "kind"),
                           ("/api/charts/holdings", "countries"), ("/api/charts/valuation", "country"),
                           ("/api/charts/weekly_flows", "top"), ("/api/charts/gauges", "years"), ("/flows", "window"),
                           ("/holdings", "n")]:
            r = c.get(path, params={name: v})
            statuses.append(r.status_code)
            assert r.status_code in (200, 404, 414, 422), (path, name, v, r.status_code, r.text[:200])
            # reflected only inside JSON (with nosniff, never rendered) or escaped in a page
            ctype = r.headers["content-type"]
            assert ctype.startswith("application/json") or "<script>alert" not in r.text, (path, name, ctype)
            assert "a=b" not in r.headers.get("set-cookie", "")  # no header injection
        r = c.get("/api/series/" + quote(v, safe=""))
        assert r.status_code in (404, 422), (v, r.status_code)
        statuses.append(r.status_code)
    # a search is a bound parameter, not SQL: the injection attempt finds nothing and drops nothing
    body = c.get("/api/series", params={"search": "'; DROP TABLE series; --"}).json()
    assert body["rows"] == [] and c.get("/api/series/jgb.10y").status_code == 200
    record("server", check="hostile_values", requests=len(statuses) + 2,
           outcome="SQL, traversal, script, template, CRLF and numeric-overflow values in every parameter: "
                   + ", ".join(f"{s}: {statuses.count(s)}" for s in sorted(set(statuses))) + "; no 5xx")


def test_every_country_charts_without_a_server_error(loaded_store):
    """Schemathesis rarely hits a real slug: every TIC holdings series through the holdings chart, and
    aggregates, custodial centres and series without SLT data through the valuation chart."""
    import ustflow
    from ustflow.vocab import AGGREGATES, CUSTODIAL_CENTRES
    from ustflow.web.app import create_app

    ids = set(ustflow.search("tic.", store=loaded_store)["id"])
    slugs = sorted({i.split(".")[2] for i in ids if i.startswith("tic.holdings.")})
    assert {"japan", "china_mainland", "grand_total", "all_other"} <= set(slugs)
    no_slt = {c for c in slugs if f"tic.slt.{c}.treasury_pos" not in ids}
    # valuation costs ~0.4 s a chart: two of each kind (aggregate, custodial centre, no SLT data) and Japan
    valuation = ["japan"] + [c for group in (AGGREGATES, CUSTODIAL_CENTRES, no_slt)
                             for c in sorted(set(group) & set(slugs) - {"japan"})[:2]]
    seen = {}
    with _client(create_app(loaded_store, warm=False)) as c:
        requests = [("/api/charts/holdings", {"countries": s}) for s in slugs]
        requests += [("/api/charts/valuation", {"country": s}) for s in valuation]
        for path, params in requests:
            r = c.get(path, params=params)
            assert r.status_code in (200, 404), (path, params, r.status_code, r.text[:300])
            assert r.status_code == 200 or "no " in r.json()["detail"]
            seen[(path, r.status_code)] = seen.get((path, r.status_code), 0) + 1
        jp = c.get("/api/charts/valuation", params={"country": "japan"})
        assert jp.status_code == 200 and jp.json()["meta"]["unit"] == "USD bn"
    assert seen[("/api/charts/holdings", 200)] == len(slugs)  # every stored holdings series charts


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.sampled_from(["/", "/flows", "/holdings", "/drivers", "/risk", "/check"]),
       params=st.dictionaries(st.sampled_from(["as_of", "start", "end", "window", "top", "n", "years", "instrument",
                                               "tenor", "countries", "country", "investors", "events", "x"]),
                              st.one_of(st.text(max_size=12), st.integers(-10**6, 10**6).map(str),
                                        st.dates().map(str), st.sampled_from(["japan", "lt_debt", "10", "2025-13"])),
                              max_size=5))
def test_pages_survive_any_filters(page_client, page, params):
    r = page_client.get(page, params=params)
    assert r.status_code == 200, (page, params, r.status_code, r.text[:300])
    assert "<script>alert" not in r.text


@pytest.fixture(scope="module")
def page_client(loaded_store):
    from ustflow.web.app import create_app

    with _client(create_app(loaded_store, warm=False)) as c:
        yield c
