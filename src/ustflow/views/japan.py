"""Japan and US Treasuries in the official data: MoF, Japan's balance of payments and TIC, reconciled.

The Python API behind ``ustflow japan`` (and ``ustflow.reconcile(country="japan")``)::

    from ustflow.views import japan as jv
    t = jv.reconcile(start="2023-02")     # monthly flows, USD bn: MoF, BoP (US sovereign), TIC
    t.attrs["reading"]                    # one paragraph: what the official data can and cannot say
    t.attrs["summary"]["correlations"]    # full-sample monthly correlations of the pairs
    t.attrs["rolling"], t.attrs["cumulative"]   # DataFrames: 12-month rolling correlations, cumulative sums
    jv.bop_sectors(start="2025-01")      # BoP net purchases of foreign LT debt by Japanese sector
    jv.bop_us_sovereign()                 # BPPI6D3NAUS with acquisitions and dispositions (JPY 100mn)

Series (ids in the store): MoF ``mof.monthly.assets.lt_debt.net``; BoP ``boj.bop.bppi6d3naus`` (US
sovereign LT, with ``...paus`` acquisitions and ``...raus`` dispositions), ``boj.bop.bppi6d1naus``,
``boj.bop.bppi6d3n9us``, ``boj.bop.bppi6d3n5a`` (all foreign LT debt) and the sector lines
``boj.bop.bppi6d3n7*``; TIC ``tic.slt.japan.lt_treasury_net`` / ``..._valchg`` (from 2023-02),
``tic.forms.japan.treasury_net`` (before), ``tic.holdings.japan``; USD/JPY ``fred.dexjpus``.
See ``ustflow.analytics.reconcile`` for what each measures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.cache import per_store_version
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

BOP = {"bop_lt_debt": "boj.bop.bppi6d3n5a", "bop_us_sovereign_lt": "boj.bop.bppi6d3naus",
       "bop_us_sovereign": "boj.bop.bppi6d1naus", "bop_us_lt_debt": "boj.bop.bppi6d3n9us"}
MOF = "mof.monthly.assets.lt_debt.net"
TIC_SLT_NET, TIC_SLT_VAL = "tic.slt.japan.lt_treasury_net", "tic.slt.japan.lt_treasury_valchg"
TIC_FORM_S = "tic.forms.japan.treasury_net"
US_SOVEREIGN = {"net": "boj.bop.bppi6d3naus", "acquisition": "boj.bop.bppi6d3paus",
                "disposition": "boj.bop.bppi6d3raus"}
SECTORS = {  # BoP long-term debt securities (all issuers) by Japanese investor sector
    "central_bank": "71", "deposit_taking": "72", "banks_banking_accounts": "721",
    "trust_banks_banking_accounts": "722", "general_government": "73", "other_financial": "74",
    "banks_trust_accounts": "741", "trust_banks_trust_accounts": "742", "financial_instruments_firms": "743",
    "life_insurers": "744", "non_life_insurers": "745", "investment_trusts": "746",
    "nonfinancial_households": "75",
}
SOURCES = ("Bank of Japan / Ministry of Finance, Balance of Payments (bp_m_en); Ministry of Finance Japan, "
           "International Transactions in Securities (montha1); US Treasury TIC SLT Table 3, Form S and Major "
           "Foreign Holders; FRED DEXJPUS (monthly average)")
COUNTRIES = ("japan",)


def _series(sid: str, as_of, store) -> "pd.Series":
    try:
        return api.series(sid, as_of=as_of, store=store)
    except NotFoundError:
        raise NoDataError(f"{sid} is not in the store: run `ustflow update` (source of the Japan reconciliation)") from None


def _months(df: "pd.DataFrame", start, end) -> "pd.DataFrame":
    import pandas as pd

    if start is not None:
        df = df[df.index >= pd.Period(str(start)[:7], "M")]
    if end is not None:
        df = df[df.index <= pd.Period(str(end)[:7], "M")]
    return df


def _currency(currency: str) -> str:
    if currency not in ("usd", "jpy"):
        raise InvalidArgument(f"unknown currency {currency!r}; use usd or jpy")
    return currency


def _fx(index, as_of, store) -> "pd.Series":
    from ustflow.views.fx import usdjpy

    return usdjpy(index, as_of=as_of, store=store)


@checked
@per_store_version  # the report's chart and its table ask for the same reconciliation
def reconcile(country: str = "japan", start=None, end=None, currency: str = "usd", window: int = 12, as_of=None,
              store: "Store | str | None" = None) -> "pd.DataFrame":
    """Monthly MoF, BoP and TIC flows for Japan in one currency, with correlations and a reading.

    ``start`` defaults to the first month with a USD/JPY rate (2018-01 on the mirror's DEXJPUS), the
    first month all three can be put in one currency. Columns: ``usdjpy`` and the flows of
    ``ustflow.analytics.reconcile.LABELS`` (USD bn, or JPY 100mn with ``currency='jpy'``), and
    ``tic_basis``. ``attrs``: ``summary``, ``reading``, ``rolling`` (``window``-month correlations),
    ``cumulative``, ``labels``, ``unit``, ``source``.
    """
    import pandas as pd

    from ustflow.analytics import reconcile as rc
    from ustflow.views import holdings as hv

    if str(country).strip().lower() not in COUNTRIES:
        raise InvalidArgument(f"reconciliation is available for {', '.join(COUNTRIES)} only (its balance of "
                              f"payments splits purchases by issuer country); got {country!r}")
    currency = _currency(currency)
    if window < 3:
        raise InvalidArgument(f"window must be at least 3 months, got {window}")
    jpy = pd.DataFrame({"mof_lt_debt": _series(MOF, as_of, store),
                        **{k: _series(v, as_of, store) for k, v in BOP.items()}})
    if jpy["bop_us_sovereign_lt"].dropna().empty:
        raise NoDataError("no balance-of-payments month with US sovereign bonds (boj.bop.bppi6d3naus, from 2014-01)"
                          + (f" known on {as_of}" if as_of is not None else ": run `ustflow update`"))
    brk = pd.Period(rc.SLT_START, "M")
    slt, form_s = _series(TIC_SLT_NET, as_of, store), _series(TIC_FORM_S, as_of, store)
    net = pd.concat([form_s[form_s.index < brk], slt[slt.index >= brk]]) / 1000
    changes = hv.changes("japan", as_of=as_of, store=store)["change_usd_bn"]
    usd = pd.DataFrame({"tic_lt_treasury_net": net, "tic_lt_treasury_valuation": _series(TIC_SLT_VAL, as_of, store) / 1000,
                        "tic_holdings_change": changes})
    basis = pd.Series(["SLT Table 3" if p >= brk else "Form S (bonds & notes)" for p in net.index], index=net.index)
    idx = pd.period_range(min(jpy.index.min(), usd.index.min()), max(jpy.index.max(), usd.index.max()), freq="M")
    fx = _fx(idx, as_of, store)
    table = rc.monthly_table(jpy.reindex(idx), usd.reindex(idx), fx, currency, basis)
    if start is None and fx.notna().any():
        start = str(fx.first_valid_index())
    last = table[["bop_us_sovereign_lt", "tic_lt_treasury_net", "mof_lt_debt"]].dropna(how="all").index.max()
    table = _months(table[table.index <= last], start, end)
    if table.empty:
        raise NoDataError(f"no month between {start} and {end} with Japan's flows")
    full = rc.monthly_table(jpy.reindex(idx), usd.reindex(idx), fx, currency)["bop_us_sovereign_lt"]
    summary = rc.summary(table, bop_history=full[full.index <= table.index.max()])
    table.attrs.update(
        unit=table.attrs.get("unit"), currency=currency, labels=dict(rc.LABELS), source=SOURCES,
        summary=summary, reading=rc.reading(summary), rolling=rc.rolling_correlations(table, window),
        cumulative=rc.cumulative(table), window=window, as_of=None if as_of is None else str(as_of),
        title=f"Japan and US Treasuries: MoF, balance of payments and TIC, monthly [{table.attrs.get('unit')}; "
              "+ = net purchase]",
        note="MoF = all foreign long-term bonds; BoP by issuer country (US sovereign = Treasuries, agencies, local "
             "governments); TIC by custody location (Japan), Form S before 2023-02, SLT Table 3 after")
    return table


@checked
def bop_sectors(start=None, end=None, currency: str = "jpy", as_of=None,
                store: "Store | str | None" = None) -> "pd.DataFrame":
    """BoP net purchases of foreign long-term debt securities (ALL issuers: the BoP has no US split by
    sector) by Japanese investor sector, monthly, JPY 100mn (or USD bn)."""
    import pandas as pd

    currency = _currency(currency)
    df = pd.DataFrame({k: _series(f"boj.bop.bppi6d3n{code}", as_of, store) for k, code in SECTORS.items()})
    df["total"] = _series(BOP["bop_lt_debt"], as_of, store)
    df = _months(df.dropna(how="all"), start, end)
    if df.empty:
        raise NoDataError("no BoP sector month in that range")
    unit = "JPY 100mn"
    if currency == "usd":
        df = df.div(_fx(df.index, as_of, store), axis=0) / 10
        unit = "USD bn"
    df.index.name = "month"
    df.attrs.update(unit=unit, source="Bank of Japan / Ministry of Finance, Balance of Payments (bp_m_en), "
                    "portfolio investment assets, long-term debt securities by sector (BPPI6D3N7*)",
                    title=f"Japanese investors' net purchases of foreign long-term bonds (all issuers) by sector, "
                          f"balance of payments [{unit}; + = net purchase]",
                    note="sector detail is for all foreign long-term bonds; the BoP does not split US bonds by sector")
    return df


@checked
def bop_us_sovereign(start=None, end=None, as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """Japanese residents' acquisitions, dispositions and net purchases of US sovereign long-term bonds
    (BoP, JPY 100mn, net = acquisition - disposition), with the rank of each net sale since 2014."""
    import pandas as pd

    df = pd.DataFrame({k: _series(v, as_of, store) for k, v in US_SOVEREIGN.items()}).dropna(how="all")
    ranks = df["net"].rank(method="min")
    df["rank_sale"] = ranks.where(df["net"] < 0).astype("Int64")
    df["months"] = int(df["net"].notna().sum())
    df = _months(df, start, end)
    if df.empty:
        raise NoDataError("no BoP month in that range")
    df.index.name = "month"
    df.attrs.update(unit="JPY 100mn", series=dict(US_SOVEREIGN),
                    source="Bank of Japan / Ministry of Finance, Balance of Payments (bp_m_en): BPPI6D3NAUS/PAUS/RAUS",
                    title="Japanese residents' portfolio investment in US sovereign long-term bonds (BoP) "
                          "[JPY 100mn; net = acquisition - disposition, negative = net sale]")
    return df


#: a total under JPY 50bn (500 x 100mn) in absolute value: a ratio to it means nothing
NEAR_ZERO_JPY_100MN = 500.0


def share_of_net(part: "pd.Series", total: "pd.Series") -> tuple["pd.Series", "pd.Series"]:
    """``part / total`` where it is a share (0 to 1: both net flows the same way, the part no bigger), else blank
    with the reason: a ratio of two net flows of opposite sign, or a part bigger than the total, is no share.

    "US sold 38,352 while all foreign bonds were sold 6,427" (2017) gives 5.97 as a ratio: the US sale was
    not 597% of anything; the reading says others were bought on net instead.
    """
    import numpy as np
    import pandas as pd

    ratio = part / total
    ok = (total.abs() >= NEAR_ZERO_JPY_100MN) & (ratio >= 0) & (ratio <= 1)
    reading = np.select(
        [total.abs() < NEAR_ZERO_JPY_100MN, (part > 0) & (total < 0), (part < 0) & (total > 0),
         (part > 0) & (ratio > 1), (part < 0) & (ratio > 1)],
        ["total near zero: no share", "US bought while foreign bonds were sold on net",
         "US sold while foreign bonds were bought on net", "US bought more than the total: other bonds sold on net",
         "US sold more than the total: other bonds bought on net"], default="")
    return ratio.where(ok), pd.Series(reading, index=part.index)


@checked
def bop_treasury_share(start=None, end=None, as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """The share of Japanese residents' net purchases of foreign long-term bonds that went into US
    sovereign bonds, measured by the BoP (no estimate needed since 2014-01): monthly JPY 100mn.

    Columns ``bop_us_sovereign_lt_jpy_100mn``, ``bop_lt_debt_jpy_100mn``, ``share`` (monthly; blank
    where it is no share: the total near zero, under 500 = JPY 50bn, or the two net flows of opposite sign,
    or the US part bigger than the total; see :func:`share_of_net`), ``reading`` (why it is blank). ``attrs``:
    ``cumulative_share`` over the rows, ``by_year`` (DataFrame of yearly sums and shares), ``first``,
    ``last``.
    """
    import pandas as pd

    df = pd.DataFrame({"bop_us_sovereign_lt_jpy_100mn": _series(BOP["bop_us_sovereign_lt"], as_of, store),
                       "bop_lt_debt_jpy_100mn": _series(BOP["bop_lt_debt"], as_of, store)}).dropna()
    df = _months(df, start, end)
    if df.empty:
        raise NoDataError("no BoP month with US sovereign detail in that range (it starts in 2014-01)")
    df["share"], df["reading"] = share_of_net(df["bop_us_sovereign_lt_jpy_100mn"], df["bop_lt_debt_jpy_100mn"])
    years = df.groupby(df.index.year)[["bop_us_sovereign_lt_jpy_100mn", "bop_lt_debt_jpy_100mn"]].sum()
    years["share"], years["reading"] = share_of_net(years.iloc[:, 0], years.iloc[:, 1])
    years["months"] = df.groupby(df.index.year).size()
    years.index.name = "year"
    df.index.name = "month"
    cum, _ = share_of_net(pd.Series([df.iloc[:, 0].sum()]), pd.Series([df.iloc[:, 1].sum()]))
    df.attrs.update(unit="JPY 100mn; share as a fraction", first=str(df.index[0]), last=str(df.index[-1]),
                    cumulative_share=None if pd.isna(cum.iloc[0]) else float(cum.iloc[0]),
                    by_year=years, source="Bank of Japan / Ministry of Finance, Balance of Payments: BPPI6D3NAUS / BPPI6D3N5A",
                    note="measured, not estimated: Japanese residents' net purchases of US sovereign long-term bonds "
                         "(Treasuries, agencies, local governments) over their net purchases of all foreign long-term "
                         "debt securities")
    return df
