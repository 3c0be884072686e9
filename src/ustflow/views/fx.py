"""USD/JPY as the views use it: the average of FRED's daily DEXJPUS over each week or month.

One place for the conversion of yen flows into dollars, shared by the MoF flows and the Japan
reconciliation (both say which rate they used with ``FX_SOURCE``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

USDJPY = "fred.dexjpus"
FX_SOURCE = "FRED DEXJPUS (JPY per USD, noon buying rate in New York), period average"


def usdjpy(index: "pd.PeriodIndex", *, as_of=None, store: "Store | str | None" = None) -> "pd.Series":
    """Average USD/JPY (JPY per USD, FRED DEXJPUS) over each period of ``index``; NaN without data."""
    from ustflow.analytics.flows import period_average

    return period_average(api.series(USDJPY, as_of=as_of, store=store), index).rename("usdjpy")
