"""Dashboard pages: which charts, filters and tables each page shows, and how it is rendered.

A page is server-rendered HTML (brief, tables, the filter form filled from the query string); its
charts are fetched by ``static/app.js`` from ``/api/charts/{id}`` with the filters that apply to
each, and redrawn when a filter changes (the URL follows, so a filtered view can be shared).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ustflow.errors import InvalidArgument, UstflowError

if TYPE_CHECKING:
    from ustflow.store import Store

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # date | select | multi | number
    options: tuple | Callable | None = None  # (value, label) pairs, or fn(store, as_of) -> pairs
    lo: float | None = None
    hi: float | None = None
    default: Any = None
    step: str = "1"  # a number field's step ("any" for decimals)
    placeholder: str = ""


@dataclass(frozen=True)
class Figure:
    chart: str
    params: tuple[str, ...] = ()  # the filters that apply to this chart


@dataclass(frozen=True)
class Page:
    id: str
    path: str
    title: str
    intro: str
    fields: tuple[Field, ...]
    figures: tuple[Figure, ...]
    tables: tuple[str, ...] = ()
    brief: bool = False
    check: bool = False


def _countries(store, as_of) -> list[tuple[str, str]]:
    from ustflow.charts._data import _holding_ids

    return sorted(_holding_ids(store).items(), key=lambda kv: kv[1])


def _investor_options(store, as_of) -> list[tuple[str, str]]:
    from ustflow.charts.catalog import INVESTOR_GROUPS

    return list(INVESTOR_GROUPS)


def _presets(store, as_of) -> list[tuple[str, str]]:
    from ustflow.views.scenario import list_scenarios

    df = list_scenarios()
    return [(n, f"{n}: {t}") for n, t in zip(df["name"], df["title"])]


_INVESTOR_SLUGS = ("banks", "trust_banks", "trust_accounts", "life_insurers", "investment_trusts",
                   "financial_instruments_firms")

AS_OF = Field("as_of", "As known on", "date")
RISK_INPUTS = ("holdings", "duration", "hedge_ratio")  # the portfolio of the risk page (default: Japan's)
START, END = Field("start", "From", "date"), Field("end", "To", "date")
INSTRUMENT = Field("instrument", "Instrument", "select", (("lt_debt", "Long-term debt"), ("equity", "Equity & fund shares"),
                                                        ("st_debt", "Short-term debt")), default="lt_debt")
TENOR = Field("tenor", "Tenor", "select", (("10", "10 years"), ("2", "2 years"), ("30", "30 years")), default="10")

PAGES: dict[str, Page] = {p.id: p for p in [
    Page("overview", "/", "Overview", "Japan's Treasury holdings, the latest MoF weekly flows, the yen and the largest "
         "holders, as of the newest data (or the date you pick).",
         (AS_OF,), (Figure("holdings"), Figure("weekly_flows"), Figure("usdjpy"), Figure("holders")), brief=True),
    Page("flows", "/flows", "Flows", "Japanese residents' net purchases of foreign securities (MoF, 100 million yen; "
         "+ = net purchase): weekly with the largest windows highlighted, and monthly by investor type.",
         (AS_OF, START, END, INSTRUMENT, Field("window", "Window (weeks)", "number", lo=1, hi=52, default=4),
          Field("top", "Highlighted per side", "number", lo=0, hi=10, default=3),
          Field("investors", "Investor types", "multi", _investor_options, default=tuple(_INVESTOR_SLUGS))),
         (Figure("weekly_flows", ("start", "end", "instrument", "window", "top")),
          Figure("investor_flows", ("start", "end", "instrument", "investors"))), tables=("flows",)),
    Page("holdings", "/holdings", "Holdings", "Foreign holdings of US Treasuries (TIC, USD bn, by custodian country), "
         "the largest holders, and whether a change was selling or prices.",
         (AS_OF, START, END, Field("countries", "Countries", "multi", _countries,
                                   default=("japan", "china_mainland", "united_kingdom")),
          Field("country", "Decompose", "select", _countries, default="japan"),
          Field("n", "Holders shown", "number", lo=3, hi=40, default=15)),
         (Figure("holdings", ("start", "end", "countries")), Figure("valuation", ("country",)),
          Figure("holders", ("n",))), tables=("holders",)),
    Page("drivers", "/drivers", "Drivers", "Yields and the yen: Treasury yields hedged into yen against JGBs, the "
         "rate spread beside USD/JPY, and Japan's FX interventions.",
         (AS_OF, START, END, TENOR),
         (Figure("hedged_yields", ("start", "end", "tenor")), Figure("spread_usdjpy", ("start", "end", "tenor")),
          Figure("usdjpy", ("start", "end")))),
    Page("risk", "/risk", "Risk", "Japan's Treasury holdings under stress scenarios, one-week value at risk, and where "
         "each market gauge stands against its own history.",
         (AS_OF, Field("holdings", "Holdings (USD bn)", "number", lo=1, hi=50_000, step="any",
                       placeholder="Japan's, TIC"),
          Field("duration", "Duration (years)", "number", lo=0.1, hi=30, step="any", placeholder="fitted"),
          Field("hedge_ratio", "Hedge ratio (0 to 1)", "number", lo=0, hi=1, step="any", default=0),
          Field("years", "Gauge lookback (years)", "number", lo=1, hi=20, default=5)),
         (Figure("risk", RISK_INPUTS), Figure("gauges", ("years",))), tables=("risk", "var", "gauges")),
    Page("scenario", "/scenario", "Scenario", "What a preset scenario for rates and the yen would mean, month by "
         "month: Japanese investors' foreign bond buying by type, Japan's implied US Treasury holdings, the yield "
         "impact and the input paths, each with a 90% band from 500 simulations (the CLI's `ustflow scenario run` "
         "uses 2,000). The model is fitted on the newest data; read its fit and out-of-sample errors below before "
         "trusting a path.",
         (Field("preset", "Preset", "select", _presets, default="status-quo"),
          Field("months", "Months", "number", lo=1, hi=36, default=12),
          Field("seed", "Seed", "number", lo=0, hi=999_999, default=0),
          Field("unit", "Flow unit", "select", (("jpy_100mn", "JPY 100mn"), ("usd_bn", "USD bn")),
                default="jpy_100mn")),
         (Figure("scenario_flows", ("preset", "months", "seed", "unit")),
          Figure("scenario_holdings", ("preset", "months", "seed")),
          Figure("scenario_impact", ("preset", "months", "seed")),
          Figure("scenario_inputs", ("preset", "months", "seed"))), tables=("scenario_model",)),
    Page("custody", "/custody", "Custody", "What foreign central banks did this week: Treasuries the New York Fed "
         "holds in custody for foreign official and international accounts (H.4.1, Wednesday level, USD bn at FACE "
         "value), the largest falls since 2007 with their ranks, and the monthly comparison with TIC's foreign "
         "official holdings (market value, and held at other custodians too).",
         (AS_OF, START, END, Field("top", "Falls marked", "number", lo=0, hi=20, default=5)),
         (Figure("custody", ("start", "end", "top")), Figure("custody_tic", ("start", "end"))),
         tables=("custody_weeks", "custody_falls")),
    Page("japan", "/japan", "Japan", "Did Japan sell Treasuries? Japan's balance of payments (US sovereign bonds, by "
         "issuer), MoF's flows (all foreign bonds) and TIC (holders in Japan, by custody) in USD bn, with the "
         "reading the numbers support; and Japanese sectors' foreign securities from the BoJ Flow of Funds.",
         (AS_OF, Field("start", "From", "date", default="2023-02"), END),
         (Figure("japan_flows", ("start", "end")), Figure("japan_cumulative", ("start", "end")), Figure("sectors")),
         tables=("japan", "bop_us_sovereign", "sectors")),
    Page("nowcast", "/nowcast", "Nowcast", "What the next TIC releases will show: an estimate with an 80% interval "
         "for every month after the last published one (USD bn, market value), from Treasury yields, the Fed's "
         "custody holdings, Japan's interventions and Japanese flows as released by the date, with the real-time "
         "backtest since 2015 against 'no change'. TIC counts holdings by custodian country.",
         (AS_OF, Field("country", "Holder", "select", (("japan", "Japan"), ("china_mainland", "China, Mainland"),
                                                       ("all", "All foreign holders"), ("official", "Foreign official")),
                       default="japan"),
          Field("horizon", "Backtest horizon (months)", "number", lo=1, hi=2, default=1)),
         (Figure("nowcast", ("country",)), Figure("nowcast_backtest", ("country", "horizon"))),
         tables=("nowcast", "nowcast_basis", "nowcast_backtest", "nowcast_inputs", "nowcast_track")),
    Page("check", "/check", "Check an article", "Paste an article (text or HTML): every figure it quotes about "
         "Treasury holdings, Japanese flows, yields or the yen is judged against the official data. Nothing is "
         "stored.", (), (), check=True),
]}


def env():
    from ustflow.report import html

    return html.env(TEMPLATES)


def _int(q: dict, name: str, default: int, lo: int, hi: int) -> int:
    """A whole-number filter from the query string, within the bounds the chart API uses for it."""
    v = q.get(name)
    if not v:
        return default
    if not (v.isascii() and v.isdigit() and lo <= int(v) <= hi):
        raise InvalidArgument(f"{name}: expected a whole number from {lo} to {hi}, got {v[:20]!r}")
    return int(v)


def _table(name: str, store: "Store", q: dict, as_of) -> dict:
    """A server-rendered table with its CSV link."""
    from urllib.parse import urlencode

    from ustflow import charts

    base = {"as_of": as_of} if as_of else {}
    from ustflow.web import official_tables

    if name in official_tables.PAGE_TABLES:
        return official_tables.page_table(name, store, q, as_of)
    if name == "holders":
        from ustflow.views import holdings as vh

        n = _int(q, "n", 15, 3, 40)
        df = vh.holders(None, top=n, as_of=as_of, store=store)
        return {"id": name, "title": df.attrs.get("title", "Holders"), "caption": df.attrs.get("note", ""),
                "df": df.drop(columns=["id", "memo"]), "units": df.attrs.get("units", {}), "digits": {"share_pct": 1},
                "csv": "/api/holders?" + urlencode(dict(base, top=n, format="csv"))}
    if name == "flows":
        from ustflow.views import flows as vf

        window = _int(q, "window", 4, 1, 52)
        instrument = q.get("instrument") or "lt_debt"
        df = vf.flows(instrument, freq="week", window=window, as_of=as_of, store=store).tail(12).iloc[::-1]
        out = df.reset_index()[["period_start", "period_end", "net_jpy_100mn", "net_usd_bn", "window_jpy_100mn",
                                "rank_sell", "rank_buy", "streak"]]
        out = out.rename(columns={"window_jpy_100mn": f"sum_{window}w_jpy_100mn"})
        for c in ("period_start", "period_end"):
            out[c] = out[c].astype(str)
        return {"id": name, "title": f"Latest 12 weeks: {df.attrs.get('title', '')}", "caption": df.attrs.get("rank_note", ""),
                "df": out, "units": {"net_jpy_100mn": "JPY 100mn", "net_usd_bn": "USD bn",
                                     f"sum_{window}w_jpy_100mn": "JPY 100mn"},
                "digits": {"net_usd_bn": 2, "rank_sell": 0, "rank_buy": 0, "streak": 0},
                "csv": "/api/flows?" + urlencode(dict(base, instrument=instrument, window=window, format="csv"))}
    if name in ("risk", "var", "gauges"):
        given = {k: q[k] for k in (("years",) if name == "gauges" else RISK_INPUTS) if q.get(k)}
        chart = charts.build("risk" if name in ("risk", "var") else "gauges", store=store, as_of=as_of, **given)
        t = chart.table
        if name == "var":
            t = t.attrs["var"]
            return {"id": name, "title": "Value at risk, one week", "caption": f"{t.attrs.get('method', '')}. {t.attrs.get('backtest_text', '')}",
                    "df": t, "units": t.attrs.get("units", {}), "digits": {"level": 3}, "csv": None}
        cap = chart.notes if name == "risk" else "Percentile = share of the lookback's values at or below the latest."
        return {"id": name, "title": chart.title, "caption": cap, "df": t.drop(columns=["lookback_years"], errors="ignore"),
                "units": t.attrs.get("units", {}), "digits": {"value": 2, "change": 2, "percentile": 0, "fx_pct": 1},
                "csv": f"/api/charts/{chart.id}?" + urlencode(dict(base, format="csv", **given))}
    if name == "scenario_model":
        from ustflow.views.scenario_page import model_fit

        df = model_fit(store=store)  # the model scenarios use: fitted on the newest data (no as-of on this page)
        a = df.attrs
        cap = (f"{a['method']}. Fitted through {a['train_end']}, tested on the months after it. The warnings column "
               "states where each investor's model is weak. " + " ".join(a.get("caveats", [])))
        df = df.drop(columns=["first", "last", "oos_first", "oos_last"])  # room for the warnings column
        return {"id": name, "title": a["title"], "caption": cap, "df": df, "units": a["units"],
                "digits": {"r2": 2, "oos_r2": 2, "n": 0, "oos_n": 0, "resid_sd_jpy_100mn": 0,
                           "pickup_effect_jpy_100mn_per_pp": 0, "oos_rmse_jpy_100mn": 0,
                           "oos_rmse_benchmark_jpy_100mn": 0, "oos_bias_jpy_100mn": 0}, "csv": None}
    if name.startswith("nowcast"):
        from ustflow.web.nowcast_page import table

        return table(name, store, q, as_of)
    raise KeyError(name)


def render(page: Page, query, store: "Store") -> str:
    """The page's HTML for the request's query string (filters are validated by the chart API)."""
    from ustflow import api
    from ustflow.charts import ChartParamError, param_date
    from ustflow.report import html

    q = {k: query.get(k) for k in query.keys() if k != "token"}
    errors = []
    as_of = None
    try:
        as_of = param_date("as_of", q["as_of"]) if q.get("as_of") else None
    except ChartParamError as e:
        errors.append(str(e))
    fields = []
    for f in page.fields:
        opts = f.options(store, as_of) if callable(f.options) else f.options
        if f.kind == "multi":
            value = query.getlist(f.name) if hasattr(query, "getlist") else []
            value = [v for x in value for v in x.split(",") if v] or list(f.default or ())
        else:
            value = q.get(f.name) or ("" if f.default is None else str(f.default))
        fields.append({"f": f, "options": opts or (), "value": value})
    tables = []
    for name in page.tables:
        try:
            tables.append(_table(name, store, q, as_of))
        except (UstflowError, ValueError) as e:
            errors.append(f"{name}: {e}")
    brief = api.brief(as_of=as_of, store=store) if page.brief else None
    return env().get_template("page.html").render(
        page=page, pages=PAGES.values(), fields=fields, tables=tables, brief=brief, errors=errors, as_of=as_of,
        stale=html.stale_summary(store, as_of), figures=page.figures)
