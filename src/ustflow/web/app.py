"""The dashboard: a read-only FastAPI app with pages, a JSON API (see ``/openapi.json``) and CSV downloads.

    from ustflow.web.app import create_app
    app = create_app(store="~/.ustflow")          # then: uvicorn.run(app, host="127.0.0.1", port=8000)

The routes live in ``ustflow.web.routes`` (one ``APIRouter`` module per area) and answer through
one helper, ``ustflow.web.respond.respond``: every read goes through the app's ``StoreGate`` (see
``storegate``: safe while ``ustflow update`` swaps the store) and every response is cached per
store version. Nothing here writes anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from fastapi import APIRouter, FastAPI

from ustflow.store import Store
from ustflow.web.security import SecurityMiddleware, is_loopback
from ustflow.web.storegate import ResponseCache, StoreGate

DESCRIPTION = ("Read-only access to the ustflow store: series with their units and vintages, charts (Vega-Lite "
               "specs with data inline), MoF flows, the TIC holders table. Every data endpoint takes `format=csv` "
               "for a CSV download and `as_of=YYYY-MM-DD` for what was known on that date.")


class Dashboard(FastAPI):
    """FastAPI with the security layer outermost: around Starlette's error handler too (``add_middleware``
    would sit inside it), so the token and size checks come first and even a 500 carries the headers."""

    def __init__(self, *, token: str | None, loopback_only: bool, **kwargs):
        self._security = {"token": token, "loopback_only": loopback_only}
        super().__init__(**kwargs)

    def build_middleware_stack(self):
        return SecurityMiddleware(super().build_middleware_stack(), **self._security)


def create_app(store: Store | str | Path | None = None, *, token: str | None = None,
               host: str = "127.0.0.1", warm: bool = True, routers: Sequence[APIRouter] | None = None) -> FastAPI:
    """The dashboard app for ``store`` (default ``$USTFLOW_HOME``). ``token``: required from every
    request when set (and ``serve`` sets it for any non-loopback ``host``). ``routers``: serve only
    these (default: every router of ``ustflow.web.routes``), e.g. to test one route alone."""
    from fastapi.exceptions import RequestValidationError

    from ustflow.store import as_store, share_readers
    from ustflow.web import routes
    from ustflow.web.respond import validation_error

    app = Dashboard(token=token, loopback_only=is_loopback(host), title="ustflow dashboard API",
                    description=DESCRIPTION, version="1", docs_url=None, redoc_url=None,
                    exception_handlers={RequestValidationError: validation_error})
    share_readers(False)  # request threads and the gate's own pin: every read opens its own cursor (Store.read)
    app.state.gate = StoreGate(as_store(store))
    app.state.cache = ResponseCache()
    for router in routes.ROUTERS if routers is None else routers:
        app.include_router(router)
    if warm:  # the Vega bundle takes seconds to build: start now, so the first page does not wait
        routes.static.warm()
    return app
