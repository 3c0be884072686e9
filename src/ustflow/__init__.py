"""ustflow: who buys and sells US Treasuries (above all Japan), from official data.

Everything the command line does, Python can do with the same words: each ``ustflow COMMAND`` is one
call to a function listed here, with the options as keyword arguments (``ustflow flows --window 4
--rank`` is ``ustflow.window_rank(window=4)``). ``print(ustflow.__all__)`` lists them, and
docs/python-api.md says which command each one backs.

    import ustflow
    ustflow.update(mirror="../shared/data/mirror")
    jp = ustflow.series("tic.holdings.japan", start="2020-01")     # pandas Series, jp.attrs["unit"] == "USD bn"
    ustflow.flows(freq="month", window=3, currency="usd")          # MoF net purchases, JPY 100mn and USD bn
    ustflow.holders(top=10)                                        # TIC Major Foreign Holders
    ustflow.check_text("Japan sold $17.5 billion of foreign bonds ...", date="2025-04-10")

Every function takes ``store=`` (a ``Store``, a folder, or None for ``$USTFLOW_HOME``) and most take
``as_of=`` (what was known on that date). Errors are ``ustflow.UstflowError`` subclasses: catch
``NotFoundError`` (also a ``LookupError``), ``InvalidArgument`` (also a ``ValueError``), ``NoDataError``...

Names are imported on first use (PEP 562), so ``import ustflow`` and ``ustflow --help`` load neither
pandas nor DuckDB.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

# public name -> "module:attribute". A name must not be the name of a submodule of ustflow (``import
# ustflow.check`` would replace the function by the module), hence check_text, write_report, chart.
_API: dict[str, str] = {
    # the store and the data in it (ustflow.api)
    "Store": "ustflow.store:Store",
    "update": "ustflow.api:update",
    "import_file": "ustflow.api:import_file",
    "loads": "ustflow.api:loads",
    "forget": "ustflow.api:forget",
    "sources": "ustflow.api:sources",
    "series": "ustflow.api:series",
    "frame": "ustflow.api:frame",
    "vintages": "ustflow.api:vintages",
    "search": "ustflow.api:search",
    "events": "ustflow.api:events",
    "brief": "ustflow.api:brief",
    # Japanese residents' flows (MoF)
    "net_purchases": "ustflow.views.flows:net_purchases",
    "flows": "ustflow.views.flows:flows",
    "window_rank": "ustflow.views.flows:window_rank",
    "same_season": "ustflow.views.flows:same_season",
    "episodes": "ustflow.views.flows:episodes",
    "treasury_share": "ustflow.views.flows:treasury_share",
    # foreign holdings of Treasuries (TIC)
    "holders": "ustflow.views.holdings:holders",
    "holdings": "ustflow.views.holdings:history",
    "holdings_peak": "ustflow.views.holdings:peak",
    "holdings_changes": "ustflow.views.holdings:changes",
    "decompose": "ustflow.views.holdings:decompose",
    # drivers: hedged yields, yield impact, weekly explanations, liquidity
    "hedged_yields": "ustflow.views.drivers:hedged_yields",
    "hedge_sign_changes": "ustflow.views.drivers:hedge_sign_changes",
    "hedge_monthly_summary": "ustflow.analytics.hedge:monthly_summary",
    "impact": "ustflow.views.drivers:impact",
    "explain": "ustflow.views.drivers:explain",
    "liquidity": "ustflow.views.drivers:liquidity",
    # risk of a holder
    "risk_report": "ustflow.views.risk:risk_report",
    "risk_scenarios": "ustflow.views.risk:scenarios",
    # scenarios of flows and holdings
    "list_scenarios": "ustflow.views.scenario:list_scenarios",
    "scenario_model": "ustflow.views.scenario:scenario_model",
    "run_scenario": "ustflow.views.scenario:run_scenario",
    "scenario_paths_wide": "ustflow.views.scenario:paths_wide",
    # the official sector, Japan's balance of payments and the Flow of Funds (Fed H.4.1, BoJ)
    "custody": "ustflow.views.custody:weekly",
    "custody_falls": "ustflow.views.custody:falls",
    "custody_vs_tic": "ustflow.views.custody:versus_tic",
    "custody_month_end": "ustflow.views.custody:month_end",
    "custody_summary": "ustflow.views.custody:summary",
    "reconcile": "ustflow.views.japan:reconcile",
    "bop_us_sovereign": "ustflow.views.japan:bop_us_sovereign",
    "bop_sectors": "ustflow.views.japan:bop_sectors",
    "bop_treasury_share": "ustflow.views.japan:bop_treasury_share",
    "sectors": "ustflow.views.sectors:sectors",
    "sector_history": "ustflow.views.sectors:sector",
    # several series on one calendar, to CSV, Excel or Parquet
    "export": "ustflow.views.export:export",
    # nowcast of the next TIC releases
    "nowcast": "ustflow.views.nowcast:nowcast",
    "nowcast_backtest": "ustflow.views.nowcast:nowcast_backtest",
    "nowcast_track": "ustflow.views.nowcast:nowcast_track",
    # checking an article's claims
    "check_text": "ustflow.views.check:check_text",
    "check_file": "ustflow.views.check:check_file",
    "check_report": "ustflow.views.check:check_report",
    # charts and the HTML report
    "chart": "ustflow.charts:build",
    "chart_definitions": "ustflow.charts:definitions",
    "save_chart": "ustflow.charts.render:save",
    "write_report": "ustflow.report:write_report",
    "serve": "ustflow.web:serve",
    # release calendar, watching and alerts
    "release_calendar": "ustflow.calendar:calendar_table",
    "load_rules": "ustflow.alerts:load_rules",
    "replay_alerts": "ustflow.alerts:replay",
    "run_alerts": "ustflow.alerts:run",
    "fired_alerts": "ustflow.alerts:fired",
    "watch_releases": "ustflow.watch:watch_releases",
}

_ERRORS = ["UstflowError", "InvalidArgument", "ChartParamError", "NotFoundError", "NoDataError", "FetchError",
           "DeliveryError", "ParseError", "StaleSourceError", "StoreError"]

__all__ = [*_API, *_ERRORS, "__version__"]

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time __getattr__ imports on first use
    from ustflow.alerts import fired as fired_alerts, load_rules, replay as replay_alerts, run as run_alerts
    from ustflow.analytics.hedge import monthly_summary as hedge_monthly_summary
    from ustflow.api import (
        brief,
        events,
        forget,
        frame,
        import_file,
        loads,
        search,
        series,
        sources,
        update,
        vintages,
    )
    from ustflow.calendar import calendar_table as release_calendar
    from ustflow.charts import build as chart, definitions as chart_definitions
    from ustflow.charts.render import save as save_chart
    from ustflow.report import write_report
    from ustflow.store import Store
    from ustflow.views.check import check_file, check_report, check_text
    from ustflow.views.custody import (
        falls as custody_falls,
        month_end as custody_month_end,
        summary as custody_summary,
        versus_tic as custody_vs_tic,
        weekly as custody,
    )
    from ustflow.views.drivers import explain, hedge_sign_changes, hedged_yields, impact, liquidity
    from ustflow.views.export import export
    from ustflow.views.flows import episodes, flows, net_purchases, same_season, treasury_share, window_rank
    from ustflow.views.holdings import (
        changes as holdings_changes,
        decompose,
        history as holdings,
        holders,
        peak as holdings_peak,
    )
    from ustflow.views.japan import bop_sectors, bop_treasury_share, bop_us_sovereign, reconcile
    from ustflow.views.nowcast import nowcast, nowcast_backtest, nowcast_track
    from ustflow.views.risk import risk_report, scenarios as risk_scenarios
    from ustflow.views.scenario import (
        list_scenarios,
        paths_wide as scenario_paths_wide,
        run_scenario,
        scenario_model,
    )
    from ustflow.views.sectors import sector as sector_history, sectors
    from ustflow.watch import watch_releases
    from ustflow.web import serve


def __getattr__(name: str) -> Any:
    target = _API.get(name)
    if target is None:
        raise AttributeError(f"module 'ustflow' has no attribute {name!r}")
    module, attr = target.split(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
