"""Non-official market data: BTC-USD daily close from a Yahoo Finance download.

FRED's Coinbase series (CBBTCUSD) was not available as a file, so ``extra/btc_usd_yahoo_daily.csv``
(Yahoo Finance BTC-USD OHLCV, see shared/data/provenance/market.md) stands in for it, for context only.
It is marked NON-OFFICIAL in the series notes so no chart or table can pass it off as an official
statistic. Only the close is kept (``market.btc_usd``, USD per BTC); Yahoo's close is the 00:00 UTC
day boundary, unlike Coinbase's, so values differ from CBBTCUSD.

Quirks: header ``Date,Open,High,Low,Close,Volume`` (an ``Adj Close`` column, present in some Yahoo
downloads, is accepted and ignored); floats at full binary precision (``63801.57421875``); a 7-day
calendar; Yahoo writes ``null`` for a missing price. A file whose last line lacks its line break is
refused as truncated (see ``fred.py``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import SERIES_COLUMNS, Parsed
from ustflow.parse._text import (
    first_row,
    iso_dates,
    numbers,
    read_rows,
    read_text,
    require_increasing,
    require_line_end,
)

SERIES_ID = "market.btc_usd"
_MISSING = frozenset({"", "null", "."})


def parse_btc_yahoo(raw: bytes, name: str) -> Parsed:
    """Parse a Yahoo Finance BTC-USD daily CSV into ``market.btc_usd`` (the close)."""
    expected = "a Yahoo Finance header 'Date,Open,High,Low,Close,Volume'"
    text = read_text(raw, name, encoding="utf-8-sig", what=expected)
    require_line_end(text, name)
    header = [c.strip() for c in first_row(text)]
    if header[:1] != ["Date"] or "Close" not in header:
        raise ParseError(name, 1, expected, text.split("\n", 1)[0])
    rows, lines = read_rows(text, name, width=len(header))
    body, body_lines = rows[1:], lines[1:]
    if not body:
        raise ParseError(name, lines[0] + 1, "at least one dated row after the header", "end of file")
    dates = iso_dates([r[0] for r in body], body_lines, name)
    require_increasing(dates, body_lines, name)
    close = header.index("Close")
    values = numbers([r[close] for r in body], body_lines, name, missing=_MISSING)
    keep = ~np.isnan(values)
    obs = pd.DataFrame({"series_id": SERIES_ID, "period": dates[keep], "value": values[keep],
                        "line": np.asarray(body_lines, dtype=np.int32)[keep]})
    series = pd.DataFrame([{
        "id": SERIES_ID, "title": "Bitcoin price, daily close (Yahoo Finance BTC-USD)",
        "unit": "USD per BTC", "frequency": "D", "country": None, "sector": None,
        "notes": "NON-OFFICIAL: Yahoo Finance download, stand-in for FRED CBBTCUSD (Coinbase close, which "
                 "differs by exchange and close time). Every calendar day. For context only.",
    }], columns=SERIES_COLUMNS)
    meta = {"non_official": True, "rows": len(body), "missing": int((~keep).sum())}
    return Parsed(series, obs, None, None, meta).validate(name)
