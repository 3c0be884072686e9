"""Flow commands: flows (net purchases, windows, ranks, seasons) and episodes (largest sales/purchases).

Each command is one call to the public API (``ustflow.flows``, ``ustflow.window_rank``,
``ustflow.same_season``, ``ustflow.episodes``) with the options as keyword arguments; what is left
here is presentation. ``ustflow`` is imported inside the commands so ``ustflow --help`` stays fast.
"""

from __future__ import annotations

from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, emit


def register(app: typer.Typer) -> None:
    app.command("flows")(flows)
    app.command("episodes")(episodes)


INSTRUMENT_HELP = "lt_debt | equity | st_debt | long_term (equity + LT debt) | total"
INVESTOR_HELP = ("all | banks | life_insurers | trust_accounts (pension proxy) | investment_trusts | nonlife_insurers | "
                 "trust_banks | financial_instruments_firms | public | central_bank | general_government | "
                 "deposit_taking | other_sectors | other_financial | others | ... (monthly only)")


def _periods(df) -> "object":
    """Display columns for the period: start/end dates for weeks, YYYY-MM for months."""
    out = df.reset_index()
    out["period"] = out["period"].astype(str)
    for c in ("period_start", "period_end"):
        if c in out.columns:
            out[c] = out[c].astype(str)
    return out


def _fmt_num(v: float | None, digits: int = 0) -> str:
    return "n/a" if v is None or v != v else f"{v:+,.{digits}f}"


def _rank_sentence(r: dict, freq_word: str) -> str:
    side = "net sale" if r["side"] == "sell" else "net purchase"
    rank = r["rank_sell"] if r["side"] == "sell" else r["rank_buy"]
    usd = "" if r["value_usd_bn"] is None else f" (about {_fmt_num(r['value_usd_bn'], 1)} USD bn)"
    since = f"largest since the window ending {r['largest_since']}" if r["largest_since"] else "the largest on record"
    return (f"{r['window']}-{freq_word} window {r['window_start']}..{r['window_end']}: "
            f"{_fmt_num(r['value_jpy_100mn'])} JPY 100mn{usd}; rank {rank} as a {side} among {r['n_windows']:,} "
            f"windows ({r['currency'].upper()}), percentile {r['percentile']:.1f}, z-score {r['zscore']:+.2f}; {since}; "
            f"streak {r['streak']:+d}")


def flows(
    instrument: str = typer.Option("lt_debt", "--instrument", "-i", help=INSTRUMENT_HELP),
    investor: str = typer.Option("all", "--investor", help=INVESTOR_HELP),
    freq: str = typer.Option("week", "--freq", help="week | month"),
    window: int = typer.Option(1, "--window", "-w", min=1, help="Sum over this many periods."),
    currency: str = typer.Option("jpy", "--currency", help="jpy | usd: the currency ranks are computed in."),
    rank: bool = typer.Option(False, "--rank", help="Add rank, percentile and z-score among all windows since 2005."),
    season: bool = typer.Option(False, "--season", help="Compare the window at --at with the same time of year in every year."),
    at: Optional[str] = date_option("--at", "The week/month (YYYY-MM-DD or YYYY-MM) the rows end at, and the window --rank/--season judge; default the latest."),
    consistent_basis: bool = typer.Option(False, "--consistent-basis", help="Use equity + LT debt (unaffected by the Jan-2014 fund reclassification)."),
    start: Optional[str] = date_option("--start"),
    end: Optional[str] = date_option("--end"),
    last: Optional[int] = typer.Option(None, "--last", min=0, help="Show only the last N periods, ending at --at "
                                       "when given (0 = all; default: 13 in a table, all in CSV and JSON)."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Japanese residents' net purchases of foreign securities (MoF), in yen and dollars, with windows, streaks and ranks."""
    import ustflow

    same = {"window": window, "instrument": instrument, "investor": investor, "freq": freq, "currency": currency,
            "consistent_basis": consistent_basis, "as_of": as_of}
    if season:
        df = ustflow.same_season(at=at, **same)
        out = df.copy()
        for c in ("window_start", "window_end"):
            out[c] = out[c].astype(str)
        unit = df.attrs["unit"]
        title = (f"{df.attrs['title']}: the window ending {df.attrs['at']} and the same time of year since 2005 "
                 f"[{unit}{' (+ = net purchase)' if unit.startswith('JPY') else ''}]")
        caption = (f"mean of other years {_fmt_num(df.attrs['mean_other_years'])}, median "
                   f"{_fmt_num(df.attrs['median_other_years'])} {unit}; source: {df.attrs['source']}"
                   + (f"; {df.attrs['usd_note']}" if currency == "usd" else ""))
        emit(out, fmt, title=title, caption=caption, meta=_meta(df, title))
        return
    df = ustflow.flows(start=start, end=end, **same)
    summary = ustflow.window_rank(at=at, **same) if rank else None
    word = "week" if df.attrs["freq"] == "W" else "month"
    if at:
        df = _ending_at(df, at)
    if last is None:
        last = 13 if fmt is Format.table else 0  # a script gets every row unless it asks for fewer
    if last:
        df = df.tail(last)
    out = _periods(df)
    cols = ["period_start", "period_end"] if word == "week" else ["period"]
    cols += ["net_jpy_100mn", "usdjpy", "net_usd_bn"]
    if window > 1:
        cols += ["window_jpy_100mn", "window_usd_bn"]
    cols += ["streak"]
    if rank:
        cols += ["rank_sell", "rank_buy", "percentile", "zscore"]
    if fmt is not Format.table:
        cols += ["basis"]
    out = out[cols].round({"usdjpy": 4, "net_usd_bn": 4, "window_usd_bn": 4, "percentile": 3, "zscore": 3})
    title = f"{df.attrs['title']} [JPY 100mn, + = net purchase; USD bn at the {word}'s average USD/JPY]"
    caption = "; ".join(filter(None, [
        _rank_sentence(summary, word) if summary else "",
        df.attrs["rank_note"] if rank else "",
        f"USD/JPY: {df.attrs['fx_source']}; {df.attrs['usd_note']}",
        df.attrs["basis_note"] if instrument in ("lt_debt", "equity") and not consistent_basis else "",
        f"source: {df.attrs['source']} ({', '.join(df.attrs['series'])})",
    ]))
    meta = _meta(df, title)
    if summary:
        meta["rank"] = summary
    emit(out, fmt, title=title, caption=caption, meta=meta,
         optional=["usdjpy", "period_start", "net_usd_bn", "window_usd_bn", "streak", "rank_buy"])


def _ending_at(df, at: str):
    """The rows up to the period (week or month) containing the date ``at``."""
    import pandas as pd

    from ustflow.dates import parse_date
    from ustflow.errors import NoDataError

    p = pd.Period(parse_date(at, "at"), freq=df.index.freq)
    kept = df[df.index <= p]
    if kept.empty:
        raise NoDataError(f"--at {at}: the flows start later, in {df.index[0]}" if len(df) else f"--at {at}: no flows")
    return kept


def _meta(df, title: str) -> dict:
    keep = ("units", "unit", "currency", "instrument", "investor", "freq", "window", "consistent_basis", "series",
            "source", "fx_source", "usd_coverage", "rank_note", "usd_note", "basis_note", "as_of", "at",
            "mean_other_years", "median_other_years", "side", "top", "context_sources")
    meta = {k: df.attrs[k] for k in keep if k in df.attrs}
    meta["title"] = title
    return meta


def episodes(
    side: str = typer.Option("sell", "--side", help="sell | buy"),
    window: int = typer.Option(4, "--window", "-w", min=1, help="Episode length in periods."),
    top: int = typer.Option(10, "--top", min=1, help="How many episodes."),
    instrument: str = typer.Option("lt_debt", "--instrument", "-i", help=INSTRUMENT_HELP),
    investor: str = typer.Option("all", "--investor", help=INVESTOR_HELP),
    freq: str = typer.Option("week", "--freq", help="week | month"),
    currency: str = typer.Option("jpy", "--currency", help="jpy | usd: the currency episodes are ranked in."),
    consistent_basis: bool = typer.Option(False, "--consistent-basis", help="Use equity + LT debt (unaffected by the 2014 break)."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """The largest non-overlapping selling or buying episodes since 2005, with USD/JPY, UST 10y, JGB 10y and interventions."""
    import ustflow

    df = ustflow.episodes(side=side, window=window, top=top, instrument=instrument, investor=investor, freq=freq,
                          currency=currency, consistent_basis=consistent_basis, as_of=as_of)
    out = df.copy()
    for c in ("window_start", "window_end"):
        out[c] = out[c].astype(str)
    if fmt is Format.table:
        out = out.drop(columns=["usdjpy_start", "usdjpy_end"])
    title = (f"{df.attrs['title']} [JPY 100mn; USD bn at each period's average USD/JPY; USD/JPY change in yen "
             f"(+ = weaker yen); yields in bp]")
    caption = (f"rank_all: {df.attrs['rank_note']}, overlapping windows included; context: {df.attrs['context_sources']}; "
               f"{df.attrs['usd_note']}; source: {df.attrs['source']}")
    emit(out, fmt, title=title, caption=caption, meta=_meta(df, title))
