"""Every source ustflow knows: where it is published, which parser reads it, how often it changes.

One row per official download (the ids are those of ``shared/data/MANIFEST.csv``). Parsers are named
by dotted path and imported only when used, so ``ustflow --help`` stays fast.

Fields worth a word:
- ``priority``: when two live files carry the same series and period with the same vintage date
  (``mfhhis01`` and ``slt_table5`` overlap for 9 months), the higher priority wins. Legacy files
  write their own series ids (``tic.mfh_legacy.*``) so they can never be preferred.
- ``lag_days``: how long after a period ends the publisher usually releases it. Used only to date
  the first value we hold of a period when we never saw its original release (see ``store``).
- ``cadence_days``: the longest gap between two releases; a source whose newest period is older than
  ``cadence_days + lag_days`` (plus a grace) is flagged stale.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterable

TIC = "https://ticdata.treasury.gov/resource-center/data-chart-center/tic/Documents/"
MOF_ITS = "https://www.mof.go.jp/policy/international_policy/reference/itn_transactions_in_securities/"
FRED = "https://fred.stlouisfed.org/graph/fredgraph.csv?id="


@dataclass(frozen=True)
class Source:
    id: str
    file: str  # file name in a mirror folder (as the publisher names it)
    url: str  # official URL ("" for a file that has none)
    parser: str  # "module:function" under ustflow.parse
    publisher: str
    title: str
    unit: str
    frequency: str  # of its newest series: D, W, M
    lag_days: int
    cadence_days: int
    priority: int = 0
    status: str = "live"  # live | legacy | discontinued | non-official
    terms: str = "US government work: public domain"
    parser_kwargs: tuple = ()
    mirror_dir: str = ""  # sub-folder of the shared data folder for files not in mirror/ ('extra')

    def parse_function(self) -> Callable:
        module, func = self.parser.split(":")
        fn = getattr(importlib.import_module(f"ustflow.parse.{module}"), func)
        if self.parser_kwargs:
            import functools

            return functools.partial(fn, **dict(self.parser_kwargs))
        return fn

    @property
    def is_live(self) -> bool:
        return self.status == "live"


MOF_TERMS = "Government of Japan Standard Terms of Use (ver. 2.0): free reuse with attribution (source: Ministry of Finance Japan)"

# A data table: one entry per official file, alike in shape on purpose (`duplicates` sees the rows as copies).
_SOURCES: list[Source] = [
    Source("tic_mfh_history", "mfhhis01.txt", TIC + "mfhhis01.txt", "tic_mfh:parse_mfhhis01",
           "US Treasury (TIC)", "Major Foreign Holders of Treasury Securities, history from 2000", "USD bn", "M",
           lag_days=50, cadence_days=366, priority=1),
    Source("tic_mfh_current", "slt_table5.txt", TIC + "slt_table5.txt", "tic_mfh:parse_slt_table5",
           "US Treasury (TIC)", "Major Foreign Holders of Treasury Securities (SLT Table 5, latest 13 months)",
           "USD bn", "M", lag_days=50, cadence_days=31, priority=2),
    Source("tic_mfh_legacy", "mfh.txt", TIC + "mfh.txt", "tic_mfh:parse_mfh_legacy",
           "US Treasury (TIC)", "Major Foreign Holders, legacy address (frozen since 2023)", "USD bn", "M",
           lag_days=50, cadence_days=31, status="legacy"),
    Source("tic_slt_table3", "slt_table3.txt", TIC + "slt_table3.txt", "tic_slt:parse_slt_table3",
           "US Treasury (TIC)", "SLT Table 3: Treasury holdings, net purchases and valuation change by country",
           "USD mn", "M", lag_days=50, cadence_days=31),
    Source("tic_slt_table1", "slt_table1.txt", TIC + "slt_table1.txt", "tic_slt:parse_slt_table1",
           "US Treasury (TIC)", "SLT Table 1: long-term US securities held by foreign residents", "USD mn", "M",
           lag_days=50, cadence_days=31),
    Source("tic_slt3d_legacy", "slt3d_globl.csv", TIC + "slt3d_globl.csv", "tic_slt:parse_slt3d",
           "US Treasury (TIC)", "Legacy SLT Table 3D, Treasury holdings by country (to 2023-01)", "USD mn", "M",
           lag_days=50, cadence_days=31, status="discontinued"),
    Source("tic_form_s", "s1_globl.txt", TIC + "s1_globl.txt", "tic_slt:parse_form_s",
           "US Treasury (TIC)", "Form S gross purchases and sales by country (to 2023-01)", "USD mn", "M",
           lag_days=50, cadence_days=31, status="discontinued"),
    Source("mof_its_weekly", "week.csv", MOF_ITS + "week.csv", "mof_its:parse_week",
           "Ministry of Finance Japan", "International Transactions in Securities, weekly", "JPY 100mn", "W",
           lag_days=5, cadence_days=7, terms=MOF_TERMS),
    Source("mof_its_monthly", "montha1.csv", MOF_ITS + "montha1.csv", "mof_its:parse_montha1",
           "Ministry of Finance Japan", "International Transactions in Securities, monthly", "JPY 100mn", "M",
           lag_days=12, cadence_days=31, terms=MOF_TERMS),
    Source("mof_its_investor_equity", "monthb2.csv", MOF_ITS + "monthb2.csv", "mof_its:parse_monthb2",
           "Ministry of Finance Japan", "Residents' foreign equity and fund shares by investor type", "JPY 100mn",
           "M", lag_days=12, cadence_days=31, terms=MOF_TERMS),
    Source("mof_its_investor_ltdebt", "monthb3.csv", MOF_ITS + "monthb3.csv", "mof_its:parse_monthb3",
           "Ministry of Finance Japan", "Residents' foreign long-term debt by investor type", "JPY 100mn", "M",
           lag_days=12, cadence_days=31, terms=MOF_TERMS),
    Source("mof_its_investor_stdebt", "monthb4.csv", MOF_ITS + "monthb4.csv", "mof_its:parse_monthb4",
           "Ministry of Finance Japan", "Residents' foreign short-term debt by investor type", "JPY 100mn", "M",
           lag_days=12, cadence_days=31, terms=MOF_TERMS),
    Source("mof_jgb_curve", "jgbcm_all.csv", "https://www.mof.go.jp/jgbs/reference/interest_rate/data/jgbcm_all.csv",
           "mof_jgb:parse_jgbcm", "Ministry of Finance Japan", "JGB constant-maturity yields, 1y to 40y", "percent",
           "D", lag_days=1, cadence_days=35, terms=MOF_TERMS),
]

# FRED: (code, cadence in days). Daily series are allowed a week of silence before they look stale.
_FRED_UNITS = {"T10Y2Y": "percentage points", "DTWEXBGS": "index, Jan 2006 = 100", "DEXJPUS": "JPY per USD"}
for _code, _cad in [("DGS2", 7), ("DGS10", 7), ("DGS30", 7), ("T10Y2Y", 7), ("EFFR", 7), ("SOFR", 7),
                    ("FEDFUNDS", 62), ("DFEDTARU", 7), ("DFEDTARL", 7), ("IORB", 7), ("DTWEXBGS", 14),
                    ("DEXJPUS", 14)]:
    _SOURCES.append(Source(
        f"fred_{_code.lower()}", f"{_code}.csv", FRED + _code, "fred:parse_fred",
        "FRED (Federal Reserve Bank of St. Louis)", f"FRED series {_code}",
        _FRED_UNITS.get(_code, "percent"), "M" if _code == "FEDFUNDS" else "D", lag_days=1, cadence_days=_cad,
        terms="FRED: underlying data from the Federal Reserve Board / FRBNY, public domain; cite FRED",
        parser_kwargs=(("code", _code),)))

# 3-month rates for hedge costs (ustflow.analytics.hedge). Ids as in MANIFEST.csv; the OECD series
# reach FRED about a month after the month ends.
for _id, _code, _freq, _lag, _cad, _unit in [
        ("fred_dtb3", "DTB3", "D", 1, 7, "percent (discount basis)"),
        ("fred_tb3ms", "TB3MS", "M", 3, 62, "percent (discount basis)"),
        ("fred_ir3tib_jp", "IR3TIB01JPM156N", "M", 45, 62, "percent"),
        ("fred_ir3tib_us", "IR3TIB01USM156N", "M", 45, 62, "percent")]:
    _SOURCES.append(Source(
        _id, f"{_code}.csv", FRED + _code, "fred:parse_fred", "FRED (Federal Reserve Bank of St. Louis)",
        f"FRED series {_code}", _unit, _freq, lag_days=_lag, cadence_days=_cad,
        terms=("FRED: OECD Main Economic Indicators, OECD copyright, reprinted with permission; cite OECD"
               if _code.startswith("IR3TIB") else
               "FRED: underlying data from the Federal Reserve Board (H.15), public domain; cite FRED"),
        parser_kwargs=(("code", _code),)))

# Issue 15: Fed custody, Japan's balance of payments and flow of funds (BoJ flat files), TIC annual
# surveys. Lags from the files held: BoP 2026-04 out 2026-06-08, regional BoP 2025Q4 out 2026-05-13,
# flow of funds 2026Q1 out 2026-06-25, the June 2025 survey out (final) 2026-04-30.
BOJ = "https://www.stat-search.boj.or.jp/info/"
BOJ_TERMS = "Bank of Japan website terms of use: free reuse with source attribution (source: Bank of Japan)"
_SOURCES += [
    Source("fred_wmtsecl1", "WMTSECL1.csv", FRED + "WMTSECL1", "fred:parse_fred",
           "FRED (Federal Reserve Bank of St. Louis); Federal Reserve Board H.4.1",
           "Treasuries held in custody for foreign official and international accounts (H.4.1, Wednesday)",
           "USD mn", "W", lag_days=1, cadence_days=7,
           terms="FRED: underlying data from the Federal Reserve Board (H.4.1), public domain; cite FRED",
           parser_kwargs=(("code", "WMTSECL1"),)),
    Source("boj_bop_monthly", "bp_m_en.zip", BOJ + "bp_m_en.zip", "boj:parse_bop_monthly",
           "Bank of Japan / Ministry of Finance", "Japan's balance of payments (BPM6), monthly, every series",
           "JPY 100mn", "M", lag_days=40, cadence_days=31, terms=BOJ_TERMS),
    Source("boj_bop_regional_quarterly", "regbp_q_en.zip", BOJ + "regbp_q_en.zip", "boj:parse_regional_bop",
           "Bank of Japan / Ministry of Finance", "Japan's regional balance of payments by counterpart, quarterly",
           "JPY 100mn", "Q", lag_days=135, cadence_days=92, terms=BOJ_TERMS),
    Source("boj_flow_of_funds", "fof2_en.zip", BOJ + "fof2_en.zip", "boj:parse_flow_of_funds",
           "Bank of Japan", "Flow of Funds accounts by sector, quarterly and fiscal-year", "JPY 100mn", "Q",
           lag_days=90, cadence_days=92, terms=BOJ_TERMS),
    Source("tic_shl_history", "shlhistdat.txt", TIC + "shlhistdat.txt", "tic_shl:parse_shlhistdat",
           "US Treasury (TIC)", "Annual surveys of foreign holdings of US securities by country and type",
           "USD mn", "M", lag_days=305, cadence_days=366),
]

_SOURCES += [
    Source("mof_fx_intervention_curated", "intervention_operations_curated.csv",
           "https://www.mof.go.jp/policy/international_policy/reference/feio/foreign_exchange_intervention_operations.csv",
           "events:parse_interventions", "Ministry of Finance Japan (curated)",
           "Japan's FX intervention operations (official figures as quoted, curated layout)", "JPY bn", "D",
           lag_days=35, cadence_days=10_000, terms=MOF_TERMS, mirror_dir="extra", status="curated"),
    Source("market_btc_usd", "btc_usd_yahoo_daily.csv", "", "market:parse_btc_yahoo",
           "Yahoo Finance (NON-OFFICIAL)", "BTC-USD daily close (stand-in for FRED CBBTCUSD)", "USD per BTC", "D",
           lag_days=1, cadence_days=10_000, mirror_dir="extra", status="non-official",
           terms="Non-official market data, for context only"),
]

SOURCES: dict[str, Source] = {s.id: s for s in _SOURCES}


def get(source_id: str) -> Source:
    from ustflow.errors import NotFoundError

    try:
        return SOURCES[source_id]
    except KeyError:
        raise NotFoundError(
            f"unknown source {source_id!r}; known sources: {', '.join(SOURCES)}") from None


def for_file(file_name: str) -> Source | None:
    """The source whose download has this file name (ignoring a vintage suffix: _2026-03-18, _2026-03)."""
    import re

    stem = re.sub(r"_(vintage_)?\d{4}-\d{2}(-\d{2})?(_\d{4}-\d{2}(-\d{2})?)?(?=\.[A-Za-z0-9]+$)", "", file_name)
    for s in _SOURCES:
        if s.file == stem:
            return s
    return None


def select_sources(only: str | Iterable[str] | None) -> list[Source]:
    """Sources by id or by the start of their ids (comma-separated): ``tic``, ``mof_its``, ``fred_dgs`` (DGS2,
    DGS10, DGS30), ``boj``; None means every source. A name no id starts with raises ``NotFoundError`` naming
    the closest ids."""
    from ustflow.errors import NotFoundError

    if only is None:
        return list(SOURCES.values())
    names = [only] if isinstance(only, str) else list(only)
    picked: list[Source] = []
    for name in names:
        for part in name.split(","):
            part = part.strip().lower()
            if not part:
                continue
            match = [s for s in SOURCES.values() if s.id.startswith(part)]
            if not match:
                import difflib

                close = difflib.get_close_matches(part, list(SOURCES), n=5, cutoff=0.5)
                groups = sorted({s.id.split("_")[0] for s in SOURCES.values()})
                raise NotFoundError(
                    f"no source id starts with {part!r}"
                    + (f"; did you mean: {', '.join(close)}" if close else "")
                    + f". --only takes ids or the start of ids ({', '.join(groups)}, mof_its, fred_dgs, ...); "
                    "`ustflow sources` lists every id")
            picked += [m for m in match if m not in picked]
    return picked
