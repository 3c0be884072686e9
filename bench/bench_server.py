"""Dashboard server: /api/series/tic.holdings.japan against the trivial /health, wrk at 32 connections.

One `ustflow serve` process (uvicorn, one worker) on 127.0.0.1 over a store loaded from the mirror;
Debian's wrk (installed here if missing) drives it with 2 threads and 32 connections for 5 s after
a warm-up, three times each, interleaved; medians are reported. The latency distribution's 99th percentile comes from wrk's --latency report.
Target: the series endpoint at >= half the health endpoint's requests/s, and p99 < 50 ms.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import time
import urllib.request

CONNECTIONS = 32
DURATION_S = 5
REPEAT = 3  # medians of 3 runs: the machine is shared, single runs are noisy


def _ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    wrk = shutil.which("wrk")
    if not wrk:
        raise RuntimeError("wrk is not installed and apt-get could not install it")
    return wrk


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def wrk_run(wrk: str, url: str, duration: int = DURATION_S) -> dict:
    out = subprocess.run([wrk, "-t2", f"-c{CONNECTIONS}", f"-d{duration}s", "--latency", url],
                         check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p99_ms": _ms(*p99.groups()), "non_2xx": int(errors.group(1)) if errors else 0,
            "socket_errors": sock.group(1) if sock else "", "raw": out}


def run(ctx) -> list[dict]:
    wrk = _ensure_wrk()
    home = ctx.scratch / "server-home"
    env = dict(os.environ, USTFLOW_HOME=str(home))
    subprocess.run([ctx.python, "-m", "ustflow", "update", "--mirror", str(ctx.mirror), "--quiet"], env=env,
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([ctx.python, "-m", "ustflow", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        series = base + "/api/series/tic.holdings.japan"
        with urllib.request.urlopen(series, timeout=30) as r:  # first read fills the cache
            assert r.status == 200
        wrk_run(wrk, base + "/health", 2)  # warm-up
        runs: dict[str, list[dict]] = {"health": [], "series": []}
        for _ in range(REPEAT):
            runs["health"].append(wrk_run(wrk, base + "/health"))
            runs["series"].append(wrk_run(wrk, series))
        health = {k: statistics.median(r[k] for r in runs["health"]) for k in ("rps", "p99_ms", "non_2xx")}
        ser = {k: statistics.median(r[k] for r in runs["series"]) for k in ("rps", "p99_ms", "non_2xx")}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    ratio = ser["rps"] / health["rps"]
    return [
        {"name": "`/health` (trivial, baseline), requests/s at 32 connections", "value": health["rps"], "unit": "req/s"},
        {"name": "`/health` p99 latency", "value": health["p99_ms"], "unit": "ms"},
        {"name": "`/api/series/tic.holdings.japan`, requests/s at 32 connections", "value": ser["rps"], "unit": "req/s",
         "baseline": health["rps"], "target": ">= 0.5 x /health", "ok": ratio >= 0.5 and ser["non_2xx"] == 0},
        {"name": "`/api/series/tic.holdings.japan` p99 latency", "value": ser["p99_ms"], "unit": "ms",
         "baseline": health["p99_ms"], "target": "< 50 ms", "ok": ser["p99_ms"] < 50},
        {"name": "series / health throughput ratio", "value": ratio, "unit": "x", "target": ">= 0.5", "ok": ratio >= 0.5},
    ]
