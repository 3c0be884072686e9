"""The HTML pages (``/``, ``/flows``, ...): one route per page of ``ustflow.web.pages.PAGES``."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ustflow.store import Store
from ustflow.web import pages
from ustflow.web.respond import HTML, Result, respond

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _page_view(page: pages.Page):
    async def view(request: Request) -> Response:
        def fn(s: Store) -> Result:
            return Result(pages.render(page, request.query_params, s).encode(), HTML)
        return await respond(request, fn)
    view.__name__ = f"page_{page.id}"
    return view


for _page in pages.PAGES.values():
    router.add_api_route(_page.path, _page_view(_page), methods=["GET"], name=f"page_{_page.id}")
