"""Holders' places among foreign holders (TIC Major Foreign Holders), one table for every rule that ranks.

Every month's row ranks the countries TIC lists by their holdings (1 = the largest); holders with equal holdings
share the better place (pandas ``method="min"``), as "tied for second" is said. Computed once per data source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.check.results import DataSource

_TABLES: WeakKeyDictionary = WeakKeyDictionary()


def holder_ranks(data: "DataSource") -> "pd.DataFrame":
    """Month x holder places (float, NaN where a holder has no figure) of ``data.holdings()``."""
    table = _TABLES.get(data)
    if table is None:
        table = data.holdings().dropna(how="all").rank(axis=1, ascending=False, method="min")
        _TABLES[data] = table
    return table
