"""ustflow: who buys and sells US Treasuries (above all Japan), from official data.

The public API (mirrors the ``ustflow`` command line):

- ``update(mirror=None, only=None)``, ``import_file(path, source=None)``
- ``series(id, start=, end=, as_of=)`` -> pandas Series with unit in ``.attrs``
- ``frame(ids, ...)``, ``vintages(id)``, ``search(text)``, ``events(kind)``
- ``sources()``, ``brief()``
- ``loads()``, ``forget(load_id)``

Heavy libraries (pandas, DuckDB) load on first use, so importing ustflow is cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

from ustflow.errors import (
    ChartParamError,
    DeliveryError,
    FetchError,
    InvalidArgument,
    NoDataError,
    NotFoundError,
    ParseError,
    StaleSourceError,
    StoreError,
    UstflowError,
)

_API = {"series", "frame", "vintages", "search", "events", "update", "import_file", "sources", "brief", "loads",
        "forget"}
_ERRORS = {"UstflowError", "InvalidArgument", "ChartParamError", "NotFoundError", "NoDataError", "FetchError",
           "DeliveryError", "ParseError", "StaleSourceError", "StoreError"}

__all__ = sorted(_API | _ERRORS)


def __getattr__(name: str):
    if name in _API:
        from ustflow import api

        return getattr(api, name)
    raise AttributeError(f"module 'ustflow' has no attribute {name!r}")
