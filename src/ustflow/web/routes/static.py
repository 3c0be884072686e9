"""``/static/{name}``: the dashboard's scripts and styles, and the Vega bundle built on first use."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

STATIC = Path(__file__).resolve().parents[1] / "static"
_JS, _CSS = "text/javascript; charset=utf-8", "text/css; charset=utf-8"
FILES = {"ustflow-charts.js": _JS, "app.js": _JS, "ustflow.css": _CSS}

router = APIRouter(include_in_schema=False)
_served: dict[str, tuple[bytes, str]] = {}
_lock = threading.Lock()


def _bundle() -> None:
    """Vega, Vega-Lite and vega-embed in one script (seconds to build: once per process)."""
    from ustflow.charts import render

    with _lock:
        if "vega.js" not in _served:
            _served["vega.js"] = (render.javascript_bundle().encode(), _JS)


def warm() -> None:
    """Start building the Vega bundle now, so the first page does not wait for it."""
    threading.Thread(target=_bundle, daemon=True).start()


def _file(name: str) -> tuple[bytes, str] | None:
    if name not in _served and name in FILES:
        _served[name] = ((STATIC / name).read_bytes(), FILES[name])
    return _served.get(name)


@router.get("/static/{name}")
async def static_file(name: str) -> Response:
    if name == "vega.js" and name not in _served:
        from starlette.concurrency import run_in_threadpool

        await run_in_threadpool(_bundle)
    found = _file(name)
    if found is None:
        return Response(b"not found", status_code=404, media_type="text/plain")
    body, media = found
    return Response(body, media_type=media, headers={"cache-control": "public, max-age=3600"})


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204)
