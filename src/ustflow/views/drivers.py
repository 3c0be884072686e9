"""Drivers and consequences: hedged yields, yield impact of a sale, evidence for an episode, BTC link.

The Python API behind ``ustflow hedge``, ``impact``, ``explain`` and ``liquidity`` (and the report's
charts). Every function reads the store through ``ustflow.api`` (``store=``, ``as_of=``), calls the
pure analytics in ``ustflow.analytics.{hedge,impact,explain,liquidity}`` and returns DataFrames (or
a dict of them) whose ``attrs`` state units, sources and the as-of date.

Data choices (see the analytics modules for the methods):
- UST yields: FRED constant maturities ``fred.dgs2/dgs10/dgs30``; other tenors between 2 and 30 years
  are linearly interpolated between them (flagged in ``attrs['ust_series']``); outside, an error.
- JGB yields: MoF constant maturities ``jgb.<n>y`` (to 2026-06-30 in the mirror), interpolated likewise.
- Short rates: 3-month by default (T-bill DTB3/TB3MS as a money-market yield, or OECD US interbank;
  OECD Japan 3-month interbank); the overnight proxy (SOFR from 2018-04-03, EFFR before; ``jgb.1y``)
  as an option, labelled.
- USD/JPY: ``fred.dexjpus`` (from 2018-01 only in this mirror).
- Daily series are aligned on the UST dates, each forward-filled over at most 3 missing dates.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Union

from ustflow import api
from ustflow.cache import per_store_version
from ustflow.dates import FIRST_YEAR, checked
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError, UstflowError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

StoreLike = Union["Store", str, Path, None]
BasisLike = Union[float, int, str, Path, "pd.Series"]

SOURCES_HEDGE = ("FRED (H.15 constant-maturity Treasury yields and 3-month bills DTB3/TB3MS, SOFR, EFFR, H.10 "
                 "USD/JPY; OECD Main Economic Indicators 3-month interbank rates for Japan and the US); Ministry "
                 "of Finance Japan (JGB constant-maturity yields)")
FFILL_LIMIT = 3


# ------------------------------------------------------------------------------------- loading
def _daily(ids: list[str], start=None, end=None, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    import pandas as pd

    df = api.frame(ids, start=start, end=end, as_of=as_of, store=store)
    df.index = pd.DatetimeIndex(df.index, name="date")
    return df


def _curve(kind: str, tenor: float, start=None, end=None, as_of=None, store: StoreLike = None) -> tuple["pd.Series", str]:
    """A yield at ``tenor`` years from the UST (FRED) or JGB (MoF) curve, interpolated when needed."""
    from ustflow.analytics import hedge as h

    table = h.UST_TENORS if kind == "ust" else h.JGB_TENORS
    name = "UST" if kind == "ust" else "JGB"
    if tenor in table:
        s = _daily([table[tenor]], start, end, as_of, store)[table[tenor]]
        return s.dropna(), table[tenor]
    lo = [t for t in table if t < tenor]
    hi = [t for t in table if t > tenor]
    if not lo or not hi:
        raise NotFoundError(f"no {name} yield for a {tenor:g}-year tenor: the store has {name} tenors "
                           f"{min(table)}..{max(table)} years ({', '.join(str(t) for t in sorted(table))}); "
                           f"tenors in between are interpolated, outside them we do not extrapolate")
    a, b = max(lo), min(hi)
    df = _daily([table[a], table[b]], start, end, as_of, store).rename(columns={table[a]: float(a), table[b]: float(b)})
    return h.interpolate_tenor(df, float(tenor)).dropna(), f"interpolated {tenor:g}y from {table[a]} and {table[b]}"


def load_basis(basis: BasisLike) -> "float | pd.Series":
    """A basis from a number, a Series or a CSV file, in the market's quoting convention.

    The basis is the USD/JPY cross-currency basis in percentage points as dealers quote it: a quoted
    -0.30 makes the hedge 0.30 pp dearer (see :mod:`ustflow.analytics.hedge`). The CSV has a header
    and two columns: a date (YYYY-MM-DD) and either ``basis`` (percentage points, e.g.
    ``2024-01-02,-0.35``) or ``forward_points`` (the 3-month outright forward minus spot, in yen, e.g.
    ``2024-01-02,-1.95``; the hedge cost is then read from the forward itself). A value holds from
    its date until the next one. Returns a float, or a Series named ``basis_pct`` or ``forward_points_jpy``.
    """
    import pandas as pd

    if isinstance(basis, pd.Series):
        return basis.astype("float64")
    if isinstance(basis, (int, float)):
        return float(basis)
    text = str(basis)
    try:
        return float(text)
    except ValueError:
        pass
    path = Path(text)
    if not path.is_file():
        raise InvalidArgument(
            f"basis {text!r} is neither a number nor a CSV file"
            + (f": no file at {path}" if path.suffix.lower() == ".csv" or "/" in text else "")
            + " (give the quoted 3-month basis in percent, e.g. -0.30, or a CSV with columns date,basis or "
            "date,forward_points)")
    try:
        df = pd.read_csv(path)
    except Exception as e:  # pandas raises several kinds for a bad file
        raise InvalidArgument(f"cannot read basis CSV {path}: {e}") from e
    if df.shape[1] < 2 or df.empty:
        raise InvalidArgument(f"basis CSV {path} needs two columns: date, basis (percentage points) "
                           f"or date, forward_points (yen)")
    kind = str(df.columns[1]).strip().lower()
    if kind not in ("basis", "forward_points"):
        raise InvalidArgument(f"basis CSV {path}: the second column must be named 'basis' (percentage points, "
                           f"quoted convention) or 'forward_points' (3-month forward minus spot, yen), not {kind!r}")
    for i, (d, v) in enumerate(zip(df.iloc[:, 0], df.iloc[:, 1]), start=2):
        try:
            pd.to_datetime(str(d), format="%Y-%m-%d")
            float(v)
        except (ValueError, TypeError):
            raise InvalidArgument(f"basis CSV {path}, line {i}: expected YYYY-MM-DD,<number>, found {d},{v}") from None
    idx = pd.to_datetime(df.iloc[:, 0].astype(str), format="%Y-%m-%d")
    name = "basis_pct" if kind == "basis" else "forward_points_jpy"
    return pd.Series(pd.to_numeric(df.iloc[:, 1]).to_numpy(dtype="float64"), index=pd.DatetimeIndex(idx),
                     name=name).sort_index()


RATES = ("3m", "overnight")
USD_3M = ("bill", "interbank")
BASIS_ZERO_WARNING = ("basis 0: the USD/JPY cross-currency basis has been negative in most years since 2008 "
                      "(dollars dear), which makes hedging dearer than the rate differential; pass the quoted "
                      "3-month basis (e.g. --basis -0.30) or a CSV of dates and basis or forward points")


def _before(start, offset) -> str | None:
    """``start`` moved back by ``offset`` (history for forward-fills), never before the first date a
    read may name: start=1900-01 is valid, 1899-12-22 is not."""
    import pandas as pd

    if not start:
        return None
    return max(pd.Timestamp(start) - offset, pd.Timestamp(FIRST_YEAR, 1, 1)).strftime("%Y-%m-%d")


def _short_rates(rates: str, usd_3m: str, dates: "pd.DatetimeIndex", start, end, as_of,
                 store: StoreLike) -> tuple["pd.DataFrame", dict]:
    """USD and JPY short rates on ``dates``: (frame of usd_short_pct/_source, jpy_short_pct/_source;
    series descriptions)."""
    import pandas as pd

    from ustflow.analytics import hedge as h

    if rates == "overnight":
        d = _daily(["fred.sofr", "fred.effr", "jgb.1y"], start, end, as_of, store)
        usd = h.usd_short_rate(d["fred.sofr"], d["fred.effr"])
        out = pd.DataFrame({"usd_short_pct": usd["rate_pct"], "usd_short_source": usd["source"]})
        jpy = d["jgb.1y"].dropna()
        out = out.join(pd.DataFrame({"jpy_short_pct": jpy, "jpy_short_source": "JGB 1y"}), how="outer")
        return out, {"usd": "overnight proxy: fred.sofr from 2018-04-03, fred.effr before",
                     "jpy": "overnight proxy: jgb.1y (MoF)"}
    first = _before(start, pd.DateOffset(months=2))
    if usd_3m == "bill":
        daily = _daily(["fred.dtb3"], first, end, as_of, store)["fred.dtb3"].dropna()
        monthly = api.series("fred.tb3ms", start=first, end=end, as_of=as_of, store=store).dropna()
        usd = pd.DataFrame({"usd_short_pct": h.discount_to_money_market(daily), "usd_short_source": "DTB3"})
        last = daily.index.max() if len(daily) else pd.Timestamp.min
        later = dates[dates > last]
        if len(later):
            m = h.monthly_on_days(h.discount_to_money_market(monthly), later)
            m = m[m["value"].notna()]
            usd = pd.concat([usd, pd.DataFrame({"usd_short_pct": m["value"], "usd_short_source": [
                f"TB3MS {x}" + (" carried" if c else "") for x, c in zip(m["month"], m["carried"])]},
                index=m.index)])
        desc = ("3-month T-bill, money-market yield (fred.dtb3 daily; fred.tb3ms monthly after DTB3 ends), "
                "converted from the bank-discount quote")
    else:
        m = h.monthly_on_days(api.series("fred.ir3tib01usm156n", start=first, end=end, as_of=as_of, store=store),
                              dates)
        usd = pd.DataFrame({"usd_short_pct": m["value"], "usd_short_source": [
            f"OECD US 3m {x}" + (" carried" if c else "") for x, c in zip(m["month"], m["carried"])]}, index=dates)
        desc = "US 3-month interbank rate (OECD MEI, fred.ir3tib01usm156n), monthly average on each day"
    j = h.monthly_on_days(api.series("fred.ir3tib01jpm156n", start=first, end=end, as_of=as_of, store=store), dates)
    jpy = pd.DataFrame({"jpy_short_pct": j["value"], "jpy_short_source": [
        f"OECD JP 3m {x}" + (" carried" if c else "") for x, c in zip(j["month"], j["carried"])]}, index=dates)
    out = usd.join(jpy, how="outer")
    return out, {"usd": desc, "jpy": "Japan 3-month interbank rate (OECD MEI, fred.ir3tib01jpm156n), "
                                     "monthly average on each day of its month"}


def _rate_warnings(table: "pd.DataFrame", *, zero_basis: bool) -> list[str]:
    """What a reader of the hedge table must know: a zero basis, a monthly stand-in, a carried value."""
    warnings = [BASIS_ZERO_WARNING] if zero_basis else []
    for col, what in (("usd_short_source", "USD"), ("jpy_short_source", "JPY")):
        src = table[col].dropna().astype(str)
        tb = src[src.str.startswith("TB3MS")]
        if len(tb):
            warnings.append(f"USD 3m from {tb.index[0].date()}: TB3MS monthly average (DTB3 ends before)")
        carried = src[src.str.endswith("carried")]
        if len(carried):
            warnings.append(f"{what} 3m from {carried.index[0].date()}: the last published monthly average carried "
                            f"forward (at most 31 days past its month): {carried.iloc[0].removesuffix(' carried')}")
    return warnings


@checked
@per_store_version
def hedged_yields(tenor: float = 10, basis: BasisLike = 0.0, start=None, end=None, as_of=None,
                  store: StoreLike = None, *, rates: str = "3m", usd_3m: str = "bill",
                  compare: bool = True) -> "pd.DataFrame":
    """Daily hedged and unhedged UST yields for a yen investor, and their pickups over the JGB of the same tenor.

    ``rates``: "3m" (default; 3-month USD and JPY rates, what a rolling 3-month FX hedge costs) or
    "overnight" (the proxy SOFR/EFFR - JGB 1y). ``usd_3m``: "bill" (T-bill, daily) or "interbank"
    (OECD, monthly). ``basis``: the quoted cross-currency basis (a quoted -0.30 makes the hedge
    dearer), a dated Series, or a CSV (see :func:`load_basis`). With ``compare`` and 3-month rates,
    the overnight proxy's ``overnight_hedge_cost_pct`` and ``overnight_hedged_yield_pct`` are added.

    Returns a DataFrame indexed by date (UST observation dates) with the columns of
    :func:`ustflow.analytics.hedge.hedged_table` (all percent per year): ``ust_yield_pct``,
    ``jgb_yield_pct``, ``usd_short_pct``, ``usd_short_source``, ``jpy_short_pct``, ``jpy_short_source``,
    ``basis_pct``, ``hedge_cost_pct``, ``hedged_yield_pct``, ``hedged_pickup_pct``,
    ``unhedged_pickup_pct``, ``breakeven_yen_move_pct``, ``usdjpy``, ``breakeven_usdjpy``.
    ``attrs``: units, sources, series used, tenor, rates, basis description, warnings, as_of, formula.
    """
    import pandas as pd

    from ustflow.analytics import hedge as h

    if tenor <= 0:
        raise InvalidArgument(f"tenor must be positive (years), got {tenor}")
    if rates not in RATES:
        raise InvalidArgument(f"rates must be one of {', '.join(RATES)}, not {rates!r}")
    if usd_3m not in USD_3M:
        raise InvalidArgument(f"the USD 3-month rate must be one of {', '.join(USD_3M)}, not {usd_3m!r}")
    b = load_basis(basis)
    # A little history before ``start`` so forward-fills at the first date have something to carry.
    pre = _before(start, pd.Timedelta(days=10))
    ust, ust_id = _curve("ust", tenor, pre, end, as_of, store)
    jgb, jgb_id = _curve("jgb", tenor, pre, end, as_of, store)
    fx = _daily(["fred.dexjpus"], pre, end, as_of, store)["fred.dexjpus"]
    short, desc = _short_rates(rates, usd_3m, ust.index, pre, end, as_of, store)
    usd, jpy = short["usd_short_pct"].dropna(), short["jpy_short_pct"].dropna()
    fwd = isinstance(b, pd.Series) and b.name == "forward_points_jpy"
    table = h.hedged_table(ust, jgb, usd, jpy, 0.0 if fwd else b, fx, ffill_limit=FFILL_LIMIT)
    if fwd:  # the forward gives the cost; the basis it implies is what is left after the rates
        pts = b.reindex(table.index.union(b.index)).ffill().reindex(table.index)
        implied = (table["usd_short_pct"] - table["jpy_short_pct"]) - h.cost_from_forward_points(pts, table["usdjpy"])
        table = h.hedged_table(ust, jgb, usd, jpy, implied.dropna(), fx, ffill_limit=FFILL_LIMIT)
        table = table[table.index >= b.index.min()]
    for col in ("usd_short_source", "jpy_short_source"):
        src = short[col].dropna()
        table.insert(table.columns.get_loc(col.replace("_source", "_pct")) + 1, col,
                     src.reindex(table.index.union(src.index)).ffill(limit=FFILL_LIMIT).reindex(table.index))
    if rates == "3m" and compare:
        try:
            on = hedged_yields(tenor, 0.0 if fwd else b, start, end, as_of, store, rates="overnight", compare=False)
        except (NotFoundError, NoDataError):  # a store without SOFR/EFFR or the JGB 1y: no comparison
            on = None
        if on is not None:
            table["overnight_hedge_cost_pct"] = on["hedge_cost_pct"].reindex(table.index)
            table["overnight_hedged_yield_pct"] = on["hedged_yield_pct"].reindex(table.index)
    if start:
        table = table[table.index >= pd.Timestamp(start)]
    if table.empty:
        raise NoDataError(f"no dates with a {tenor:g}y UST yield, a JGB yield and both {rates} rates "
                           f"between {start or 'the start'} and {end or 'the end'}")
    units = dict(table.attrs.get("units", {}))
    units.update(usd_short_source="text", jpy_short_source="text")
    units.update({c: "percent per year" for c in table.columns if c.startswith("overnight_")})
    warnings = _rate_warnings(table, zero_basis=not fwd and isinstance(b, float) and b == 0.0)
    label = "3-month rates" if rates == "3m" else "OVERNIGHT PROXY (SOFR/EFFR - JGB 1y), not a 3-month hedge"
    table.attrs.update(
        units=units, tenor_years=tenor, ust_series=ust_id, jgb_series=jgb_id, rates=rates, rates_label=label,
        usd_short_series=desc["usd"], jpy_short_series=desc["jpy"],
        usdjpy_series="fred.dexjpus (from 2018-01 in this mirror)", warnings=warnings,
        basis=("3-month forward points (CSV): cost from the forward, implied basis in basis_pct" if fwd else
               f"constant {b:+.2f} pp (quoted convention: negative = dearer hedge)" if isinstance(b, float)
               else f"dated series, {len(b)} values (quoted convention: negative = dearer hedge)"),
        formula="hedged = UST - ((USD rate - JPY rate) - basis); pickup = hedged - JGB (covered interest parity "
                "with the quoted cross-currency basis)",
        sources=SOURCES_HEDGE, as_of=str(as_of) if as_of else None)
    return table


@checked
@per_store_version
def hedge_sign_changes(tenor: float = 10, basis: BasisLike = 0.0, start=None, end=None, *, min_run: int = 20,
                       as_of=None, store: StoreLike = None, table: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """Dates where the hedged yield and the hedged pickup change sign, for signs lasting ``min_run`` days.

    Returns rows with ``measure`` ('hedged_yield_pct' / 'hedged_pickup_pct'), ``date``, ``from_sign``,
    ``to_sign``, ``value`` (percent, on that date), ``previous_date``, ``run_length`` (business days).
    Pass ``table`` (from :func:`hedged_yields`) to avoid reading the store twice.
    """
    import pandas as pd

    from ustflow.analytics import hedge as h

    t = table if table is not None else hedged_yields(tenor, basis, start, end, as_of, store)
    parts = []
    for col in ("hedged_yield_pct", "hedged_pickup_pct"):
        sc = h.sign_changes(t[col], min_run=min_run)
        sc.insert(0, "measure", col)
        parts.append(sc)
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    out.attrs.update(t.attrs)
    out.attrs["min_run"] = min_run
    return out


@checked
def usdjpy_with_interventions(start=None, end=None, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    """Daily USD/JPY (JPY per USD) with MoF intervention amounts (JPY bn, + = yen bought) on their dates.

    For the dashboard's "USD/JPY with interventions" chart. Columns ``usdjpy``, ``intervention_jpy_bn``
    (NaN on days without an operation; a monthly total with no daily split is placed on its first day
    and described in ``intervention_note``). USD/JPY starts 2018-01 in this mirror.
    """
    import pandas as pd

    fx = _daily(["fred.dexjpus"], start, end, as_of, store)["fred.dexjpus"].dropna()
    ev = api.events(kind="fx_intervention", as_of=as_of, store=store)
    out = pd.DataFrame({"usdjpy": fx})
    out["intervention_jpy_bn"] = float("nan")
    out["intervention_note"] = ""
    for r in ev.itertuples():
        d0, d1 = pd.Timestamp(r.date_start), pd.Timestamp(r.date_end)
        if (start and d1 < pd.Timestamp(start)) or (end and d0 > pd.Timestamp(end)):
            continue
        sign = -1.0 if "sold yen" in str(r.title) else 1.0
        if d0 not in out.index:
            out.loc[d0, "usdjpy"] = float("nan")
        prev = out.at[d0, "intervention_jpy_bn"]
        out.at[d0, "intervention_jpy_bn"] = (0.0 if pd.isna(prev) else prev) + sign * float(r.amount)
        if d1 != d0:
            out.at[d0, "intervention_note"] = f"total for {d0.date()}..{d1.date()}, daily split not published"
    out = out.sort_index()
    out.index.name = "date"
    out.attrs.update(units={"usdjpy": "JPY per USD", "intervention_jpy_bn": "JPY bn (+ = yen bought, USD sold)"},
                     sources="FRED DEXJPUS (H.10); Ministry of Finance Japan FX intervention operations (curated)",
                     as_of=str(as_of) if as_of else None)
    return out


# ------------------------------------------------------------------------------------- impact
OWN_REGRESSIONS = (
    # (label, series, unit divisor to USD bn, start, note)
    ("SLT, all foreign holders, total Treasuries", "tic.slt.grand_total.treasury_net", 1000.0, None,
     "TIC SLT Table 3 net US sales to foreigners (market value), 2023-02 onwards"),
    ("SLT, foreign official, total Treasuries", "tic.slt.foreign_official.treasury_net", 1000.0, None,
     "TIC SLT Table 3, foreign official institutions only"),
    ("Form S, all foreign, Treasury bonds & notes (2000-01..2023-01)", "tic.forms.grand_total.treasury_net", 1000.0,
     "2000-01", "legacy Form S transactions basis (discontinued 2023-01): a separate sample, never spliced with SLT"),
)


NEITHER_CAUSAL = ("Neither sample supports a causal number: both are correlations of monthly foreign net purchases "
                  "with yield changes, and flows and yields respond to the same news (foreign buyers add when "
                  "yields rise). The samples are shown side by side; none is picked as the answer.")


def _reading(reg: dict) -> str:
    """Plain words on one regression: significance and sign against the literature (buying lowers yields)."""
    words = []
    if reg["ci_low"] <= 0 <= reg["ci_high"]:
        words.append(f"{reg['level']:.0%} CI includes zero")
    if reg["slope_bp_per_usd_bn"] > 0:
        words.append("sign opposite to the literature (net buying went with higher yields)")
    return "; ".join(words) or "significant, sign as in the literature (still not causal)"


@checked
@per_store_version
def impact(sell_usd_bn: float = 100.0, months: int = 1, *, level: float = 0.95, as_of=None,
           store: StoreLike = None, market_now_usd_bn: float | None = None) -> dict:
    """Yield impact of selling ``sell_usd_bn`` of Treasuries over ``months``: literature range and our estimate.

    Returns a dict:
    - ``literature``: DataFrame from :func:`ustflow.analytics.impact.scale_literature` (citation,
      published numbers, what they rest on, scaled low/high bp);
    - ``literature_range_bp``: (low, high) across the scaled estimates, and the same for the short-run
      (``literature_range_short_bp``) and persistent (``literature_range_persistent_bp``) ones;
    - ``own``: DataFrame, one row per regression (SLT all foreigners 2023-02 onwards; SLT official;
      Form S 2000-2023, a separate basis), none of them a headline, with slope (bp per USD bn), HAC
      s.e., CI, R-squared, n, sample, ``reading`` (CI includes zero? sign against the literature?)
      and the implied yield change for this sale with its CI;
    - ``warning``: the not-causal warning; ``neither_causal``: the statement that no sample gives a
      causal number; ``market_now``: the marketable debt used to scale the literature;
      ``meta``: units, sources, as_of.
    Positive bp = yields rise. ``market_now_usd_bn`` overrides the latest curated marketable debt.
    """
    from ustflow.analytics import impact as im

    if sell_usd_bn <= 0:
        raise InvalidArgument(f"the amount to sell must be positive (USD bn), got {sell_usd_bn}")
    if months < 1:
        raise InvalidArgument(f"months must be >= 1, got {months}")
    try:
        lit = im.scale_literature(sell_usd_bn, months, market_now_usd_bn=market_now_usd_bn)
    except ValueError as e:
        raise InvalidArgument(str(e)) from None
    y10 = _daily(["fred.dgs10"], as_of=as_of, store=store)["fred.dgs10"]
    dy = im.month_end_changes_bp(y10)
    rows = []
    import pandas as pd

    for label, sid, div, start, note in OWN_REGRESSIONS:
        flows = api.series(sid, start=start, as_of=as_of, store=store) / div
        try:
            reg = im.flow_regression(dy, flows, level=level, label=label)
        except ValueError as e:
            rows.append({"label": label, "series": sid, "note": f"{note}; skipped: {e}"})
            continue
        app = im.apply_regression(reg, sell_usd_bn, months)
        oos = im.flow_regression_oos(dy, flows, level=level)
        rows.append({"label": label, "series": sid, **{k: v for k, v in reg.items() if k != "warning"},
                     **app, "reading": _reading(reg), "out_of_sample": oos["text"], "note": note,
                     "oos_n": oos["n"], "oos_mae_bp": oos.get("mae_bp"), "naive_mae_bp": oos.get("mae_mean_bp"),
                     "oos_coverage_pct": oos.get("coverage_pct"), "oos_beats_naive": oos.get("beats_naive")})
    own = pd.DataFrame(rows)
    own.attrs["units"] = {"slope_bp_per_usd_bn": "bp of 10y yield per USD 1bn of net purchases",
                          "estimate_bp": "bp (10y yield change associated with the sale)"}
    return {"sell_usd_bn": sell_usd_bn, "months": months, "literature": lit,
            "literature_range_bp": im.literature_range(lit),
            "literature_range_short_bp": im.literature_range(lit, "short"),
            "literature_range_persistent_bp": im.literature_range(lit, "persistent"), "own": own, "warning": im.NOT_CAUSAL,
            "neither_causal": NEITHER_CAUSAL + "".join(
                f" {r['label']} ({r['first']}..{r['last']}): {r['reading']}." for r in rows if "reading" in r),
            "market_now": lit.attrs["market_now"],
            "meta": {"units": "bp of yield (positive = yields rise); flows in USD bn",
                     "dependent": "month-end to month-end change of fred.dgs10 (bp)",
                     "sources": "FRED DGS10; US Treasury TIC SLT Table 3 and Form S (s1_globl); marketable debt: "
                                "US Treasury Monthly Statement of the Public Debt (curated figures, see literature)",
                     "ci_level": level, "as_of": str(as_of) if as_of else None}}


# ------------------------------------------------------------------------------------ explain
EXPLAIN_FLOWS = {
    "MoF weekly: residents' net purchases of foreign long-term debt": "mof.weekly.assets.lt_debt.net",
    "MoF weekly: residents' net purchases of foreign equity & fund shares": "mof.weekly.assets.equity.net",
}
EXPLAIN_MARKETS = {
    "USD/JPY (JPY per USD)": ("fred.dexjpus", "pct"),
    "UST 10y yield": ("fred.dgs10", "bp"),
    "UST 2y yield": ("fred.dgs2", "bp"),
    "JGB 10y yield": ("jgb.10y", "bp"),
}


@checked
def window_of(start=None, end=None, week_ending=None) -> tuple["pd.Timestamp", "pd.Timestamp"]:
    """The window asked: ``week_ending`` (a Saturday, or any day of that Sunday..Saturday week) or start/end."""
    import pandas as pd

    if week_ending is not None:
        if start or end:
            raise InvalidArgument("give either --week-ending or --start/--end, not both")
        p = pd.Period(pd.Timestamp(week_ending), freq="W-SAT")
        return p.start_time.normalize(), p.end_time.normalize()
    if not start or not end:
        raise InvalidArgument("give a window: --week-ending DATE, or --start DATE and --end DATE")
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    if e < s:
        raise InvalidArgument(f"the window ends ({e.date()}) before it starts ({s.date()})")
    return s, e


@checked
@per_store_version
def explain(start=None, end=None, *, week_ending=None, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    """Evidence for a window: which known drivers moved, and how unusually (evidence, not a verdict).

    Returns the table of :func:`ustflow.analytics.explain.evidence_table` (``driver``, ``measure``,
    ``value``, ``unit``, ``context``, ``percentile``, ``notable``, ``source``); ``attrs`` carry the
    window, the note that this is evidence and not a verdict, sources and as_of.
    """
    from ustflow.analytics import explain as ex

    s, e = window_of(start, end, week_ending)
    flows = {}
    for label, sid in EXPLAIN_FLOWS.items():
        flows[label] = api.series(sid, as_of=as_of, store=store)
    daily = _daily([sid for sid, _ in EXPLAIN_MARKETS.values()], as_of=as_of, store=store)
    markets = {label: (daily[sid].dropna(), kind, sid) for label, (sid, kind) in EXPLAIN_MARKETS.items()}
    try:
        pickup = hedged_yields(10, 0.0, as_of=as_of, store=store, compare=False)["hedged_pickup_pct"]
    except UstflowError:
        pickup = None
    events = api.events(kind="fx_intervention", as_of=as_of, store=store)
    out = ex.evidence_table(s, e, flows=flows, markets=markets, events=events, hedged_pickup=pickup)
    out.attrs.update(sources="MoF ITS weekly; FRED; MoF JGB curve; MoF FX interventions (curated)",
                     as_of=str(as_of) if as_of else None)
    return out


# ---------------------------------------------------------------------------------- liquidity
@checked
@per_store_version
def liquidity(window: int = 60, start=None, end=None, *, as_of=None, store: StoreLike = None) -> "pd.DataFrame":
    """Rolling correlation of BTC-USD (NON-OFFICIAL, Yahoo) daily returns with USD/JPY and the UST 10y.

    Returns a DataFrame indexed by date with ``corr_btc_usdjpy``, ``corr_btc_ust10y``, ``n_obs``;
    ``attrs['full_sample']`` has the whole-sample correlations, ``attrs['note']`` the non-official label.
    The common sample starts in 2018 (USD/JPY in this mirror) and ends with the BTC file (2026-06-05).
    """
    import pandas as pd

    from ustflow.analytics import liquidity as lq

    df = _daily(["market.btc_usd", "fred.dexjpus", "fred.dgs10"], start, end, as_of, store)
    ch = lq.daily_changes(df["market.btc_usd"].dropna(), df["fred.dexjpus"].dropna(), df["fred.dgs10"].dropna())
    if len(ch) < window:
        raise NoDataError(f"only {len(ch)} common dates of BTC, USD/JPY and the 10y yield; need at least {window}")
    out = lq.rolling_correlation(ch, window)
    out.index = pd.DatetimeIndex(out.index, name="date")
    out.attrs.update(full_sample=lq.full_sample_correlation(ch), window=window, note=lq.NON_OFFICIAL,
                     sources="market.btc_usd (Yahoo Finance, NON-OFFICIAL); FRED DEXJPUS, DGS10",
                     as_of=str(as_of) if as_of else None)
    return out
