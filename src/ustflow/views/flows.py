"""Japan's net purchases of foreign securities (MoF), in yen and dollars, with ranks since 2005.

The Python API behind ``ustflow flows`` and ``ustflow episodes``; the report, alerts and the
article checker call these functions directly::

    from ustflow.views import flows as fl
    df = fl.flows("lt_debt", freq="week", window=2)              # every 2-week window since 2005
    fl.window_rank("2025-04-12", window=2)["rank_sell"]            # 4: 4th largest 2-week net sale
    fl.episodes(side="sell", window=4, top=10)                     # largest non-overlapping sales
    fl.same_season("2025-04", freq="month")                        # April of every year

Data: MoF International Transactions in Securities (weekly ``week.csv``: all investors; monthly
``montha1.csv``, and ``monthb2/3/4.csv`` by investor type), in 100 million yen, + = net purchase of
foreign securities by Japanese residents. Dollars: FRED DEXJPUS (noon buying rates in New York,
JPY per USD) averaged over each period; the mirror holds DEXJPUS only from 2018-01, so earlier
dollar values are NaN (no rate is invented) and dollar ranks compare only windows from 2018.

January 2014 break: MoF moved investment fund shares (including open-end contractual funds) from
long-term debt to equity. Flows either side of the break are on different bases; each row's
``basis`` says which. ``consistent_basis=True`` ranks equity + long-term debt together instead
(MoF's "subtotal"), which the reclassification does not affect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ustflow import api
from ustflow.cache import per_store_version
from ustflow.dates import checked, parse_date
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError
from ustflow.views.fx import FX_SOURCE, USDJPY, usdjpy

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

INSTRUMENTS = ("lt_debt", "equity", "st_debt", "long_term", "total")
INSTRUMENT_LABELS = {
    "lt_debt": "foreign long-term debt securities",
    "equity": "foreign equity and investment fund shares",
    "st_debt": "foreign short-term debt securities",
    "long_term": "foreign equity, fund shares and long-term debt (consistent across the 2014 break)",
    "total": "all foreign securities (equity, long- and short-term debt)",
}
FREQS = {"week": "W", "weekly": "W", "w": "W", "month": "M", "monthly": "M", "m": "M"}
BREAK = "2014-01-01"  # first day on MoF's post-2014 classification
SOURCE = "Ministry of Finance Japan, International Transactions in Securities"
UNITS = {"net_jpy_100mn": "JPY 100mn (+ = net purchase by Japanese residents)",
         "window_jpy_100mn": "JPY 100mn, sum over the window",
         "usdjpy": "JPY per USD, average of the period's daily rates",
         "net_usd_bn": "USD bn at the period's average USD/JPY",
         "window_usd_bn": "USD bn, sum of the window's periods each at its own average rate",
         "streak_total_jpy_100mn": "JPY 100mn", "percentile": "percent of windows <= this one",
         "zscore": "standard deviations from the mean window"}


def _freq(freq: str) -> str:
    try:
        return FREQS[freq.lower()]
    except KeyError:
        raise InvalidArgument(f"unknown frequency {freq!r}; use week or month") from None


def investors() -> dict[str, str]:
    """Investor types of the monthly by-investor tables: slug -> MoF's label."""
    from ustflow.vocab import MOF_SECTORS as SECTORS

    return dict(SECTORS)


def series_ids(instrument: str = "lt_debt", investor: str = "all", freq: str = "week",
               consistent_basis: bool = False) -> list[str]:
    """The store series that make up one flow (summed when more than one)."""
    f = _freq(freq)
    if instrument not in INSTRUMENTS:
        raise InvalidArgument(f"unknown instrument {instrument!r}; use one of {', '.join(INSTRUMENTS)}")
    if investor not in investors():
        raise InvalidArgument(f"unknown investor type {investor!r}; use one of {', '.join(investors())}")
    if consistent_basis and instrument in ("lt_debt", "equity"):
        instrument = "long_term"
    if f == "W" and investor != "all":
        # no such series (a well-formed request for data that does not exist: 404, not 422)
        raise NotFoundError(f"no weekly series for investor type {investor!r}: MoF publishes investor types "
                            "monthly only: use --freq month with --investor")
    parts = {"long_term": ["equity", "lt_debt"], "total": ["equity", "lt_debt", "st_debt"]}.get(
        instrument, [instrument])
    if investor == "all":
        prefix = "mof.weekly.assets" if f == "W" else "mof.monthly.assets"
        return [f"{prefix}.{p}.net" for p in parts]
    return [f"mof.monthly.{p}.{investor}.net" for p in parts]


@checked
def net_purchases(instrument: str = "lt_debt", investor: str = "all", freq: str = "week",
                  consistent_basis: bool = False, *, as_of=None,
                  store: "Store | str | None" = None) -> "pd.Series":
    """Net purchases in JPY 100mn (+ = net purchase), the whole history, on a complete period index."""
    import pandas as pd

    ids = series_ids(instrument, investor, freq, consistent_basis)
    parts = [api.series(i, as_of=as_of, store=store) for i in ids]
    s = parts[0] if len(parts) == 1 else pd.concat(parts, axis=1).sum(axis=1, min_count=len(parts))
    s = s.dropna()
    if s.empty:
        raise NoDataError(f"no data for {', '.join(ids)}" + (f" as of {as_of}" if as_of else ""))
    full = pd.period_range(s.index[0], s.index[-1], freq=s.index.freq)
    s = s.reindex(full)  # a missing period stays NaN so no window silently spans it
    s.index.name = "period"
    s.name = "net_jpy_100mn"
    s.attrs.update(unit="JPY 100mn", series=ids, source=SOURCE)
    return s


@checked
def _basis(index, instrument: str, consistent: bool) -> list[str]:
    import pandas as pd

    if instrument in ("st_debt", "long_term", "total") or consistent:
        return ["consistent (not affected by the 2014 fund reclassification)"] * len(index)
    brk = pd.Timestamp(BREAK)
    return ["pre-2014: investment funds in long-term debt" if p.end_time < brk
            else "2014-: investment funds in equity" for p in index]


def _check_currency(currency: str) -> str:
    if currency not in ("jpy", "usd"):
        raise InvalidArgument(f"unknown currency {currency!r}; use jpy or usd")
    return currency


@checked
@per_store_version
def flows(instrument: str = "lt_debt", investor: str = "all", freq: str = "week", window: int = 1,
          currency: str = "jpy", consistent_basis: bool = False, start=None, end=None, as_of=None,
          store: "Store | str | None" = None) -> "pd.DataFrame":
    """Net purchases per period and over rolling windows, in yen and dollars, with rank and streak.

    One row per period (index: ``period``, a weekly W-SAT or monthly PeriodIndex); the window
    columns hold the sum of the ``window`` periods ending there. Columns: ``period_start``,
    ``period_end``, ``net_jpy_100mn``, ``usdjpy`` (the rate used), ``net_usd_bn``,
    ``window_jpy_100mn``, ``window_usd_bn``, ``streak`` (+3 = 3rd straight period of net buying,
    -3 of selling), ``streak_total_jpy_100mn``, ``rank_sell``, ``rank_buy``, ``percentile``,
    ``zscore``, ``n_windows`` (ranks in ``currency`` against EVERY complete window since 2005 as
    known at ``as_of``, whatever ``start``/``end`` show), ``basis`` (the 2014 break).
    """
    import pandas as pd

    from ustflow.analytics import flows as fa

    currency = _check_currency(currency)
    if window < 1:
        raise InvalidArgument(f"window must be at least 1 period, got {window}")
    s = net_purchases(instrument, investor, freq, consistent_basis, as_of=as_of, store=store)
    if consistent_basis and instrument in ("lt_debt", "equity"):
        instrument = "long_term"
    fx = usdjpy(s.index, as_of=as_of, store=store)
    usd = fa.to_usd_bn(s, fx)
    df = pd.DataFrame(index=s.index)
    df["period_start"] = [p.start_time.date() for p in s.index]
    df["period_end"] = [p.end_time.date() for p in s.index]
    df["net_jpy_100mn"] = s
    df["usdjpy"] = fx
    df["net_usd_bn"] = usd
    df["window_jpy_100mn"] = fa.rolling_sum(s, window)
    df["window_usd_bn"] = fa.rolling_sum(usd, window)
    st = fa.streaks(s)
    df["streak"] = st["streak"]
    df["streak_total_jpy_100mn"] = st["streak_total"]
    ranks = fa.window_ranks(df["window_jpy_100mn" if currency == "jpy" else "window_usd_bn"])
    df = df.join(ranks)
    df["basis"] = _basis(s.index, instrument, consistent_basis)
    with_fx = df["usdjpy"].dropna()
    df.attrs.update(
        units=dict(UNITS), unit="JPY 100mn" if currency == "jpy" else "USD bn", currency=currency,
        instrument=instrument, investor=investor, freq=_freq(freq), window=window,
        consistent_basis=consistent_basis, series=s.attrs["series"], source=SOURCE, fx_source=FX_SOURCE,
        as_of=str(as_of) if as_of is not None else None,
        title=_title(instrument, investor, freq, window),
        usd_coverage=(f"{_label(with_fx.index[0])} .. {_label(with_fx.index[-1])}" if len(with_fx) else "none"),
        rank_note=(f"ranked in {currency.upper()} among all {int(ranks['n_windows'].iloc[0])} complete "
                   f"{window}-{_unit_word(freq)} windows from {_label(s.index[0])} to {_label(s.index[-1])}"
                   + (" (dollar ranks: only windows with a USD/JPY rate, FRED DEXJPUS from 2018-01)"
                      if currency == "usd" else "")),
        usd_note=(f"dollar values are blank before {_label(with_fx.index[0])} (no rate is invented): the FRED "
                  "DEXJPUS held starts then" if len(with_fx) else "no USD/JPY rate held: no dollar values"),
        basis_note=("Jan 2014: MoF moved investment fund shares from long-term debt to equity; the consistent "
                    "basis (--consistent-basis; in Python consistent_basis=True) adds equity and long-term debt "
                    "to compare across it"),
    )
    return _clip(df, start, end)


def _label(p) -> str:
    """A period as people write it: '2025-04' for a month, 'week ending 2025-04-12' for a week."""
    return str(p) if p.freqstr.startswith("M") else f"the week ending {p.end_time.date().isoformat()}"


def _unit_word(freq: str) -> str:
    return "week" if _freq(freq) == "W" else "month"


def _title(instrument: str, investor: str, freq: str, window: int) -> str:
    who = "Japanese residents" if investor == "all" else investors()[investor]
    w = f", {window}-{_unit_word(freq)} sums" if window > 1 else ""
    return f"{who}: net purchases of {INSTRUMENT_LABELS[instrument]} ({_unit_word(freq)}ly{w})"


def _clip(df: "pd.DataFrame", start, end) -> "pd.DataFrame":
    import pandas as pd

    attrs = dict(df.attrs)
    if start is not None:
        df = df[df["period_end"] >= pd.Timestamp(start).date()]
    if end is not None:
        df = df[df["period_start"] <= pd.Timestamp(end).date()]
    df.attrs.update(attrs)
    return df


def _locate(index: "pd.PeriodIndex", at) -> Any:
    """The period of ``index`` containing the date ``at`` (a week's Saturday, a month 'YYYY-MM')."""
    import pandas as pd

    if isinstance(at, pd.Period):
        at = at.end_time
    p = pd.Timestamp(parse_date(at, "at")).to_period(index.freq)
    if p not in index:
        raise NoDataError(f"{at} is outside the data: {_label(index[0])} to {_label(index[-1])}")
    return p


@checked
@per_store_version
def window_rank(at=None, window: int = 1, instrument: str = "lt_debt", investor: str = "all",
                freq: str = "week", currency: str = "jpy", consistent_basis: bool = False,
                as_of=None, store: "Store | str | None" = None) -> dict:
    """How the window ending at ``at`` (default: the latest) ranks among all windows since 2005.

    Returns a dict: ``period``, ``window_start``, ``window_end``, ``value_jpy_100mn``,
    ``value_usd_bn``, ``usdjpy_first``/``usdjpy_last`` (rates of its first and last period),
    ``rank_sell``/``rank_buy`` (1 + windows strictly more extreme, ranked in ``currency``),
    ``percentile``, ``zscore``, ``n_windows``, ``largest_since`` (end of the most recent earlier
    window at least as extreme on the window's side, None = largest on record), ``streak``,
    ``unit``, ``rank_note``, ``source``.
    """
    from ustflow.analytics.flows import largest_since

    df = flows(instrument, investor, freq, window, currency, consistent_basis, as_of=as_of, store=store)
    col = "window_jpy_100mn" if currency == "jpy" else "window_usd_bn"
    valid = df[df[col].notna()]
    if valid.empty:
        raise NoDataError(f"no complete {window}-period window in {currency.upper()}")
    p = valid.index[-1] if at is None else _locate(df.index, at)
    row = df.loc[p]
    if row[col] != row[col]:  # NaN
        raise NoDataError(f"no complete {currency.upper()} window ends at {p} "
                           + ("(no USD/JPY rate before 2018-01)" if currency == "usd" else ""))
    side = "sell" if row[col] < 0 else "buy"
    first = df.index[df.index.get_loc(p) - window + 1]
    since = largest_since(df[col], p, side)
    return {
        "period": str(p), "window": window, "window_start": first.start_time.date().isoformat(),
        "window_end": p.end_time.date().isoformat(), "value_jpy_100mn": float(row["window_jpy_100mn"]),
        "value_usd_bn": None if row["window_usd_bn"] != row["window_usd_bn"] else float(row["window_usd_bn"]),
        "usdjpy_first": _num(df.at[first, "usdjpy"]), "usdjpy_last": _num(row["usdjpy"]),
        "side": side, "rank_sell": int(row["rank_sell"]), "rank_buy": int(row["rank_buy"]),
        "percentile": float(row["percentile"]), "zscore": float(row["zscore"]),
        "n_windows": int(row["n_windows"]), "currency": currency,
        "largest_since": None if since is None else since.end_time.date().isoformat(),
        "streak": int(row["streak"]), "unit": df.attrs["unit"], "rank_note": df.attrs["rank_note"],
        "basis": row["basis"], "series": df.attrs["series"], "source": SOURCE,
        "as_of": df.attrs["as_of"],
    }


def _num(v) -> float | None:
    return None if v is None or v != v else float(v)


@checked
@per_store_version
def same_season(at=None, window: int = 1, instrument: str = "lt_debt", investor: str = "all",
                freq: str = "month", currency: str = "jpy", consistent_basis: bool = False,
                as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """The window ending at ``at`` beside the same window of the year in every other year.

    Monthly: the same calendar month (``at="2025-04"`` compares every April: Japan's fiscal year
    starts in April). Weekly: the window ending nearest the same date each year. Columns: ``year``,
    ``window_start``, ``window_end``, ``value`` (in ``currency``), ``rank_sell``/``rank_buy`` among
    these, ``is_at``; attrs carry the mean and median of the other years.
    """
    from ustflow.analytics.flows import same_season as season

    df = flows(instrument, investor, freq, window, currency, consistent_basis, as_of=as_of, store=store)
    col = "window_jpy_100mn" if currency == "jpy" else "window_usd_bn"
    p = df[col].dropna().index[-1] if at is None else _locate(df.index, at)
    out = season(df[col], p)
    pos = {q: i for i, q in enumerate(df.index)}
    out.insert(1, "window_start", [df.index[pos[q] - window + 1].start_time.date() for q in out["period"]])
    out.insert(2, "window_end", [q.end_time.date() for q in out["period"]])
    out["period"] = out["period"].astype(str)
    others = out.loc[~out["is_at"], "value"]
    out.attrs.update(df.attrs)
    out.attrs.update(at=str(p), mean_other_years=float(others.mean()) if len(others) else None,
                     median_other_years=float(others.median()) if len(others) else None,
                     units={"value": df.attrs["unit"]})
    return out


@checked
def streak_runs(instrument: str = "lt_debt", investor: str = "all", freq: str = "week",
                consistent_basis: bool = False, as_of=None,
                store: "Store | str | None" = None) -> "pd.DataFrame":
    """Every buying or selling run (consecutive periods of one sign) with its length rank."""
    from ustflow.analytics.flows import streak_runs as runs

    s = net_purchases(instrument, investor, freq, consistent_basis, as_of=as_of, store=store)
    out = runs(s).rename(columns={"total": "total_jpy_100mn"})
    out["first_start"] = [p.start_time.date() for p in out["first"]]
    out["last_end"] = [p.end_time.date() for p in out["last"]]
    out.attrs.update(units={"total_jpy_100mn": "JPY 100mn"}, series=s.attrs["series"], source=SOURCE)
    return out


@checked
@per_store_version
def episodes(side: str = "sell", window: int = 4, top: int = 10, instrument: str = "lt_debt",
             investor: str = "all", freq: str = "week", currency: str = "jpy",
             consistent_basis: bool = False, as_of=None,
             store: "Store | str | None" = None) -> "pd.DataFrame":
    """The ``top`` largest non-overlapping selling (or buying) episodes of ``window`` periods.

    Each row: ``episode`` (1 = largest), ``window_start``/``window_end`` (dates), ``net_jpy_100mn``,
    ``net_usd_bn`` (NaN before 2018), ``rank_all`` (rank among all overlapping windows of that
    length in ``currency``) and market context over the same dates: ``usdjpy_start``/``usdjpy_end``
    and ``usdjpy_change`` (yen per dollar; + = weaker yen), ``ust10y_change_bp`` (FRED DGS10),
    ``jgb10y_change_bp`` (MoF JGB 10y), ``interventions`` (MoF FX operations that overlap the
    window) and ``intervention_jpy_bn`` (their total). Changes run from the last value before the
    window starts to the last value on or before its end.
    """
    import pandas as pd

    from ustflow.analytics import flows as fa

    if side not in ("sell", "buy"):
        raise InvalidArgument(f"side must be sell or buy, got {side!r}")
    if top < 1:
        raise InvalidArgument("top must be at least 1")
    df = flows(instrument, investor, freq, window, currency, consistent_basis, as_of=as_of, store=store)
    col = "window_jpy_100mn" if currency == "jpy" else "window_usd_bn"
    ep = fa.top_episodes(df[col], window, side, top)
    fx = api.series(USDJPY, as_of=as_of, store=store)
    ust = api.series("fred.dgs10", as_of=as_of, store=store)
    jgb = api.series("jgb.10y", as_of=as_of, store=store)
    ev = api.events(kind="fx_intervention", as_of=as_of, store=store)
    rows = []
    for r in ep.itertuples():
        start, end = r.first.start_time.normalize(), r.last.end_time.normalize()
        hit = ev[(pd.to_datetime(ev["date_start"]) <= end) & (pd.to_datetime(ev["date_end"]) >= start)] \
            if not ev.empty else ev
        fx_before = fx.loc[: start - pd.Timedelta(days=1)]
        fx_upto = fx.loc[:end]
        rows.append({
            "episode": r.episode, "window_start": start.date(), "window_end": end.date(),
            "net_jpy_100mn": float(df.at[r.last, "window_jpy_100mn"]),
            "net_usd_bn": float(df.at[r.last, "window_usd_bn"]),
            "rank_all": r.rank_all,
            "usdjpy_start": float(fx_before.iloc[-1]) if len(fx_before) else float("nan"),
            "usdjpy_end": float(fx_upto.iloc[-1]) if len(fx_upto) and len(fx_before) else float("nan"),
            "usdjpy_change": fa.change_over(fx, start, end),
            "ust10y_change_bp": 100 * fa.change_over(ust, start, end),
            "jgb10y_change_bp": 100 * fa.change_over(jgb, start, end),
            "interventions": "; ".join(f"{pd.Timestamp(e.date_start).date()} {e.amount:,.1f} {e.unit}"
                                       + (" (buy yen)" if "bought yen" in e.title else " (sell yen)")
                                       for e in hit.itertuples()),
            "intervention_jpy_bn": float(hit["amount"].sum()) if len(hit) else 0.0,
        })
    out = pd.DataFrame(rows, columns=["episode", "window_start", "window_end", "net_jpy_100mn", "net_usd_bn",
                                      "rank_all", "usdjpy_start", "usdjpy_end", "usdjpy_change",
                                      "ust10y_change_bp", "jgb10y_change_bp", "interventions",
                                      "intervention_jpy_bn"])
    # FRED yields have 2 decimals and JGB yields 3: rounding drops float noise only
    out = out.round({"usdjpy_change": 4, "ust10y_change_bp": 2, "jgb10y_change_bp": 2})
    out.attrs.update(df.attrs)
    out.attrs.update(
        side=side, top=top,
        title=f"Largest non-overlapping {window}-{_unit_word(freq)} net {'sales' if side == 'sell' else 'purchases'}"
              f" of {INSTRUMENT_LABELS[df.attrs['instrument']]}" + (
                  "" if investor == "all" else f" by {investors()[investor]}") + f", ranked in {currency.upper()}",
        units={"net_jpy_100mn": "JPY 100mn", "net_usd_bn": "USD bn at each period's average USD/JPY",
               "usdjpy_start": "JPY per USD", "usdjpy_end": "JPY per USD",
               "usdjpy_change": "JPY per USD (+ = weaker yen)",
               "ust10y_change_bp": "basis points (FRED DGS10)", "jgb10y_change_bp": "basis points (MoF JGB 10y)",
               "intervention_jpy_bn": "JPY bn (MoF FX intervention, curated list)"},
        context_sources="FRED DEXJPUS, FRED DGS10, MoF JGB constant-maturity 10y, MoF FX intervention operations",
    )
    return out


def _bop_share(index, as_of, store) -> "pd.DataFrame | None":
    """Japan's BoP US sovereign share for the months of ``index`` (None before 2014 or without the BoP)."""
    from ustflow.views.japan import bop_treasury_share

    if len(index) == 0:
        return None
    try:
        return bop_treasury_share(start=str(index[0]), end=str(index[-1]), as_of=as_of, store=store)
    except NotFoundError:  # no BoP loaded, or no month with its US detail in range
        return None


@checked
@per_store_version
def treasury_share(start=None, end=None, as_of=None, store: "Store | str | None" = None,
                   n_boot: int = 2000, block: int = 6, seed: int = 0) -> "pd.DataFrame":
    """How much of Japan's monthly MoF long-term debt flow is likely US Treasuries.

    Monthly table (index ``period``): ``mof_lt_debt_jpy_100mn``, ``usdjpy``, ``mof_lt_debt_usd_bn``,
    ``tic_treasury_net_usd_bn`` (TIC net purchases of long-term Treasuries by Japan: Form S bonds &
    notes to 2023-01, SLT Table 3 from 2023-02), ``tic_basis``. ``attrs['estimate']`` is the
    headline estimate (all months with a USD/JPY rate, both TIC bases pooled) and
    ``attrs['estimates']`` has it for ``pooled``, ``slt`` and ``form_s`` months separately: a dict
    with ``marginal_share`` (share of an extra MoF dollar that shows up as Treasuries), its
    ``marginal_share_se`` and ``marginal_share_ci90``, ``average_share`` and more (see
    ``ustflow.analytics.treasury_share.estimate_share`` for the method and caveats).
    """
    import pandas as pd

    from ustflow.analytics import treasury_share as ts

    mof = net_purchases("lt_debt", "all", "month", as_of=as_of, store=store)
    fx = usdjpy(mof.index, as_of=as_of, store=store)
    slt = api.series("tic.slt.japan.lt_treasury_net", as_of=as_of, store=store)
    form_s = api.series("tic.forms.japan.treasury_net", as_of=as_of, store=store)
    df = ts.monthly_table(mof, fx, form_s_usd_mn=form_s, slt_usd_mn=slt)
    if start is not None:
        df = df[df.index >= pd.Period(start, "M")]
    if end is not None:
        df = df[df.index <= pd.Period(end, "M")]
    bop = _bop_share(df.index, as_of, store)
    if bop is not None:  # measured since 2014 by Japan's balance of payments: no estimate needed there
        df = df.join(bop[["bop_us_sovereign_lt_jpy_100mn", "bop_lt_debt_jpy_100mn", "share"]]
                     .rename(columns={"share": "bop_us_sovereign_share"}))
    kw = dict(n_boot=n_boot, block=block, seed=seed)
    estimates = {"pooled": ts.estimate_share(df, **kw),
                 "slt": ts.estimate_share(df[df["tic_basis"] == ts.SLT_BASIS], **kw),
                 "form_s": ts.estimate_share(df[df["tic_basis"] == ts.FORM_S_BASIS], **kw)}
    units = dict(ts.UNITS)
    if bop is not None:
        units.update(bop_us_sovereign_lt_jpy_100mn="JPY 100mn (BoP: net purchases of US sovereign LT bonds)",
                     bop_lt_debt_jpy_100mn="JPY 100mn (BoP: net purchases of all foreign LT debt securities)",
                     bop_us_sovereign_share="fraction (BoP US sovereign / BoP all foreign LT debt)")
    df.attrs.update(
        bop_share=None if bop is None else {k: bop.attrs[k] for k in ("cumulative_share", "first", "last", "note",
                                                                      "source", "by_year")},
        units=units, estimate=estimates["pooled"], estimates=estimates, method=ts.METHOD,
        source=f"{SOURCE} (montha1, long-term debt); US Treasury TIC SLT Table 3 and Form S (Japan); {FX_SOURCE}",
        as_of=str(as_of) if as_of is not None else None,
        title="Japan: MoF net purchases of foreign long-term debt vs TIC net purchases of long-term US Treasuries")
    return df
