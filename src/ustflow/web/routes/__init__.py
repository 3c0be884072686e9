"""The dashboard's routes, one ``APIRouter`` module per area; ``create_app`` includes ``ROUTERS`` in order.

To add a page or an endpoint: write a module here with ``router = APIRouter(...)`` whose views call
``ustflow.web.respond.respond(request, fn)`` (store access, caching, ETag, error status, CSV), and
list it below. A router can be served alone for a test: ``create_app(store, routers=[series.router])``.
"""

from __future__ import annotations

from ustflow.web.routes import charts, check, meta, nowcast, official, pages, scenario, series, static, tables

# Order matters only where paths overlap: charts declares /api/charts/{id} after its known ids.
ROUTERS = [meta.router, static.router, series.router, charts.router, tables.router, official.router,
           scenario.router, nowcast.router, check.router, pages.router]
