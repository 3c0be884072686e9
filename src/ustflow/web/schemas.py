"""What the dashboard API accepts and returns, as declared in ``/openapi.json``.

The declarations are the contract a client (or schemathesis, see tests/test_schemathesis.py) can
rely on, so they say exactly what the server does:

- a parameter the schema allows is served (200, or 404 when the store has no such series, country
  or data), and one it forbids is refused with 422 *by the same declaration* (FastAPI validates
  the pattern, bounds or enum before any handler runs);
- every status the server can answer is listed, with its media type (JSON, CSV, or the plain
  text of the security layer), and the JSON bodies have response models.

Dates: ``DATE`` matches exactly the calendar dates (YYYY-MM-DD, leap days included) and months
(YYYY-MM) from 1900 through 2199, the range ``ustflow.dates`` accepts (which also takes a one-digit
month or day and spaces around: the schema is the narrower, so nothing it allows is refused later). ``[0-9]``
rather than ``\\d``: pydantic's Rust regex and Python's ``re`` both treat ``\\d`` as any Unicode
digit ("١٩٩٠" would pass the pattern and fail the date parser).
"""

from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

# the patterns live beside what reads them: dates in ustflow.dates, chart parameters in ustflow.charts.base
from ustflow.charts.base import SLUG, list_pattern  # noqa: F401 (re-exported for the routes)
from ustflow.dates import DATE, MONTH  # noqa: F401 (re-exported for the routes)

SERIES_ID = "^[a-z0-9][a-z0-9_.-]{0,199}$"
# Text without the control characters ``check.text.check_text_input`` refuses (binary, not an article).
# A lookahead, not a negated class: schemathesis cannot generate from a negated class (pydantic's Rust
# regex has no lookahead, so the model checks it with ``check_text_input`` itself).
TEXT = r"^(?![\s\S]*[\x00-\x08\x0b\x0e-\x1f\x7f])"

# Request size limits (enforced by ``security.SecurityMiddleware`` before any handler runs).
# POST /api/check takes 200,000 characters of text: every body the schema allows must fit, and the
# longest is 200,000 characters outside the BMP each JSON-escaped as a surrogate pair ("\ud83d\ude00",
# 12 bytes), plus the two dates: 2,400,000 bytes and change.
MAX_BODY_BYTES = 2_500_000
MAX_QUERY_BYTES = 4096  # the longest legitimate query (a chart with every filter set) is ~300 bytes
MAX_HEADER_BYTES = 16_384  # all request headers together (uvicorn's httptools parser sets no limit)


# ------------------------------------------------------------------ response bodies
class Error(BaseModel):
    """An error: a message, or FastAPI's list of parameter errors."""

    detail: Union[str, list[dict[str, Any]]]


class Health(BaseModel):
    status: str


class Endpoint(BaseModel):
    method: str
    path: str
    summary: str
    parameters: list[str]
    formats: list[str]


class ApiIndex(BaseModel):
    """``GET /api``: the endpoints of the JSON API (the full description is ``/openapi.json``)."""

    title: str
    description: str
    openapi: str
    endpoints: list[Endpoint]
    notes: list[str]


class Point(BaseModel):
    period: str = Field(..., description="YYYY-MM (monthly) or YYYY-MM-DD (daily; weekly: the Saturday)")
    value: Optional[float] = Field(..., description="In the series' unit; null where the source has no value")


class SeriesOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: Optional[str]
    unit: Optional[str]
    frequency: Optional[str]
    source: Optional[str]
    notes: Optional[str]
    as_of: Optional[str]
    count: int
    units: dict[str, Optional[str]]
    rows: list[Point]


class Table(BaseModel):
    """A table (one dict per row) with its title, units per column, source and as-of date."""

    model_config = ConfigDict(extra="allow")

    title: Optional[str]
    source: Optional[Union[str, list[str], dict[str, Any]]]
    rows: list[dict[str, Any]]


class ChartMeta(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str
    unit: str
    source: str
    series: list[str]
    newest: Optional[str]
    as_of: Optional[str]
    notes: str
    params: dict[str, Any]


class ChartOut(BaseModel):
    meta: ChartMeta
    spec: dict[str, Any] = Field(..., description="Vega-Lite spec with its datasets inline")


class ChartParamInfo(BaseModel):
    name: str
    kind: str
    default: Any
    help: str
    choices: list[str]
    min: Optional[float]
    max: Optional[float]


class ChartInfo(BaseModel):
    id: str
    title: str
    page: str
    params: list[ChartParamInfo]


class ChartList(BaseModel):
    charts: list[ChartInfo]


# ------------------------------------------------------------------ declared responses
_TEXT = {"text/plain": {"schema": {"type": "string"}}}
_SECURITY = {
    401: {"description": "A token is required (server bound to a non-loopback address)", "content": _TEXT},
    414: {"description": f"Query string longer than {MAX_QUERY_BYTES} bytes", "content": _TEXT},
    421: {"description": "Host header is not 127.0.0.1/localhost (loopback server)", "content": _TEXT},
    431: {"description": f"Request headers larger than {MAX_HEADER_BYTES:,} bytes", "content": _TEXT},
}
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "Unknown series or country, or no data for the request"},
    422: {"model": Error, "description": "A parameter is malformed, out of range or unknown to this endpoint"},
    503: {"model": Error, "description": "No store yet (run `ustflow update`)"},
    **_SECURITY,
}
_CSV = {"text/csv": {"schema": {"type": "string"}}}
NOT_MODIFIED = {304: {"description": "Not modified (the request's If-None-Match is the current ETag)"}}


def data(model: type[BaseModel] | None = None, *, csv: bool = True, cached: bool = True) -> dict:
    """``responses=`` for a data endpoint: 200 as JSON (``model``) and, with ``csv``, as CSV; its errors."""
    ok: dict[str, Any] = {"description": "JSON, or CSV with `format=csv` (units and source in # comments)"
                          if csv else "JSON"}
    if model is not None:
        ok["model"] = model
    if csv:
        ok["content"] = _CSV
    return {200: ok, **(NOT_MODIFIED if cached else {}), **ERRORS}


def plain(model: type[BaseModel]) -> dict:
    """``responses=`` for an endpoint that never reads the store (only the security layer can refuse it)."""
    return {200: {"model": model}, **_SECURITY}


def check_responses(model: type[BaseModel]) -> dict:
    """``responses=`` for POST /api/check: the body can also be malformed (400) or too large (413)."""
    out = data(model, cached=False)
    out[400] = {"model": Error, "description": "The body is not valid JSON"}
    out[413] = {"description": f"Body larger than {MAX_BODY_BYTES:,} bytes", "content": _TEXT}
    return out
