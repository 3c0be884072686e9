"""Holdings commands: holders (the table), holdings (one country), decompose, treasury-share.

Each command is one call to the public API (``ustflow.holders``, ``holdings``, ``decompose``,
``treasury_share``) with keyword arguments; the rest is presentation.
"""

from __future__ import annotations

from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, emit


def register(app: typer.Typer) -> None:
    app.command("holders")(holders)
    app.command("holdings")(holdings)
    app.command("decompose")(decompose)
    app.command("treasury-share")(treasury_share)


def _fmt(v, digits: int = 1) -> str:
    return "n/a" if v is None or v != v else f"{v:,.{digits}f}"


def _signed(v, digits: int = 1) -> str:
    return "n/a" if v is None or v != v else f"{v:+,.{digits}f}"


def _drift_note(v: dict) -> str:
    """Say so when the estimate's summed error exceeds that of assuming no valuation at all."""
    if v.get("bias_cum_loo") is None or v.get("bias_cum_zero") is None:
        return ""
    if abs(v["bias_cum_loo"]) > abs(v["bias_cum_zero"]):
        return (f" -- summed over these months the estimate drifts further from the reported total than assuming "
                f"no valuation at all would ({_signed(v['bias_cum_zero'])}): month by month it beats that naive "
                f"benchmark, in the cumulative it does not")
    return ""


def display_frame(df):
    """Periods as strings and nullable ranks as blanks, so every format prints them plainly."""
    out = df.reset_index() if df.index.name else df.copy()
    for c in out.columns:
        if str(out[c].dtype).startswith("period") or c == "period":
            out[c] = out[c].astype(str)
        elif str(out[c].dtype) == "Int64":
            out[c] = out[c].astype("object").where(out[c].notna(), None)
    return out


def _meta(df, title: str, keys=()) -> dict:
    meta = {k: df.attrs[k] for k in ("unit", "units", "source", "as_of", "note", "method", "reference", *keys)
            if k in df.attrs}
    meta["title"] = title
    return meta


def holders(
    month: Optional[str] = date_option("--month", "YYYY-MM; default the latest month.", month=True),
    top: Optional[int] = typer.Option(None, "--top", min=1, help="Only the N largest."),
    view: str = typer.Option("reported", "--view", help="reported | custodial (custodial centres grouped, China + Belgium memo)"),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """The Major Foreign Holders table: rank, holdings, share of the foreign total, changes, peak and change since peak."""
    import ustflow

    df = ustflow.holders(month=month, top=top, view=view, as_of=as_of)
    out = display_frame(df)
    if fmt is Format.table:
        out = out.drop(columns=["id", "memo"])
    title = df.attrs["title"]
    caption = (f"foreign grand total {_fmt(df.attrs['grand_total_usd_bn'])} USD bn, of which foreign official "
               f"{_fmt(df.attrs['official_usd_bn'])}; {df.attrs['note']}; source: {df.attrs['source']}")
    emit(out, fmt, title=title, caption=caption,
         meta=_meta(df, title, ("month", "view", "grand_total_usd_bn", "official_usd_bn", "centres")))


def holdings(
    country: str = typer.Option(..., "--country", "-c", help="Japan, china, UK, ... or custodial, china+belgium, official, private."),
    start: Optional[str] = date_option("--start", "YYYY-MM"),
    end: Optional[str] = date_option("--end", "YYYY-MM"),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """One holder's month-end Treasury holdings with changes, share of the foreign total, peak so far and rank."""
    import ustflow

    df = ustflow.holdings(country, start=start, end=end, as_of=as_of)
    pk = ustflow.holdings_peak(country, as_of=as_of)
    title = df.attrs["title"]
    caption = (f"all-time peak {_fmt(pk['peak_usd_bn'])} USD bn in {pk['peak_month']}; latest "
               f"{_fmt(pk['latest_usd_bn'])} in {pk['latest_month']} ({pk['change_since_peak_usd_bn']:+,.1f} since the peak); "
               f"share_pct = percent of the foreign grand total; source: {df.attrs['source']}")
    meta = _meta(df, title, ("country", "id"))
    meta["peak"] = pk
    emit(display_frame(df), fmt, title=title, caption=caption, meta=meta)


def decompose(
    country: str = typer.Option(..., "--country", "-c", help="Japan, china, UK, ..."),
    start: Optional[str] = date_option("--start", "YYYY-MM"),
    end: Optional[str] = date_option("--end", "YYYY-MM"),
    duration: Optional[float] = typer.Option(None, "--duration", help="Override the fitted duration (years) of the pre-2023 valuation estimate."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Change in holdings = net purchases + valuation change + other (SLT reported from 2023-02, estimated before)."""
    import ustflow

    df = ustflow.decompose(country, start=start, end=end, as_of=as_of, duration=duration)
    v, o = df.attrs["validation"], df.attrs["other"]
    out = display_frame(df)
    if fmt is Format.table:
        out = out[["period", "holdings_usd_bn", "change_usd_bn", "net_purchases_usd_bn", "valuation_usd_bn",
                   "other_usd_bn", "valuation_estimate_usd_bn", "valuation_basis", "net_basis"]]
    title = df.attrs["title"]
    caption = (f"valuation estimate (duration {df.attrs['duration']:.2f} y x change in mean UST 2y/10y/30y yield x "
               f"previous LT position) vs SLT's reported valuation over {v['months']} months: mean absolute error "
               f"{_fmt(v['mae'], 2)} USD bn ({_fmt(v['mae_loo'], 2)} leave-one-out; {_fmt(v['mae_zero'], 2)} if "
               f"valuation were ignored), correlation {_fmt(v['corr'], 3)}; cumulative bias {_signed(v['bias_cum'])} "
               f"USD bn over the {v['months']} months ({_signed(v['bias_cum_loo'])} leave-one-out; estimate "
               f"{_signed(v['estimate_cum'])} vs reported {_signed(v['reported_cum'])}; mean bias "
               f"{_signed(v['bias'], 2)} a month){_drift_note(v)}; 'other' in reported months: mean "
               f"|other| {_fmt(o['mean_abs_usd_bn'], 2)}, max {_fmt(o['max_abs_usd_bn'], 2)} USD bn (mean |change| "
               f"{_fmt(o['mean_abs_change_usd_bn'], 2)}); in estimated months mean |other| "
               f"{_fmt(df.attrs['other_estimated']['mean_abs_usd_bn'], 2)} (Form S basis differs); "
               f"method: {df.attrs['reference']}; source: {df.attrs['source']}")
    emit(out, fmt, title=title, caption=caption,
         meta=_meta(df, title, ("country", "id", "duration", "validation", "other", "other_estimated",
                                 "lt_share_assumed")))


def treasury_share(
    start: Optional[str] = date_option("--start", "YYYY-MM"),
    end: Optional[str] = date_option("--end", "YYYY-MM"),
    monthly: bool = typer.Option(False, "--monthly", help="Show the monthly flows instead of the estimates."),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """How much of Japan's MoF foreign long-term debt flow is likely US Treasuries (estimate with its uncertainty)."""
    import pandas as pd

    import ustflow

    df = ustflow.treasury_share(start=start, end=end, as_of=as_of)
    meta = {"units": df.attrs["units"], "method": df.attrs["method"], "source": df.attrs["source"],
            "as_of": df.attrs["as_of"], "estimates": df.attrs["estimates"]}
    if df.attrs.get("bop_share"):
        meta["bop_share"] = {k: v for k, v in df.attrs["bop_share"].items() if k != "by_year"}
    if monthly:
        out = display_frame(df)
        title = df.attrs["title"] + " [USD bn; MoF also in JPY 100mn]"
        emit(out, fmt, title=title, caption=f"method: {df.attrs['method']}; source: {df.attrs['source']}",
             meta=meta | {"title": title})
        return
    bop = df.attrs.get("bop_share")
    if bop is not None and fmt is Format.table:  # csv/json: in the metadata and the --monthly columns
        years = bop["by_year"].reset_index()
        years["year"] = years["year"].astype(str)  # a label, not a number: 2014, never "2,014"
        title = (f"Measured by Japan's balance of payments: US sovereign long-term bonds in Japanese net purchases of "
                 f"foreign long-term bonds, {bop['first']}..{bop['last']}: "
                 f"{'no share (the net flows go opposite ways)' if bop['cumulative_share'] is None else format(bop['cumulative_share'], '.0%')} "
                 "[JPY 100mn; share as a fraction]")
        emit(years, fmt, title=title, caption=(f"{bop['note']}; no share is given where the two net flows "
                                                f"go opposite ways or the US part exceeds the total (the reading says "
                                                f"which); source: {bop['source']}"),
             meta={"title": title, "bop_share": {k: v for k, v in bop.items() if k != "by_year"}})
    rows = []
    labels = {"pooled": "all months (both TIC bases)", "slt": "SLT basis (2023-02..)", "form_s": "Form S basis (..2023-01)"}
    for k, e in df.attrs["estimates"].items():
        ci = e["marginal_share_ci90"] or [None, None]
        aci = e["average_share_ci90"] or [None, None]
        rows.append({"sample": labels[k], "months": f"{e['first']}..{e['last']}", "n_quarters": e["n_quarters"],
                     "marginal_share": e["marginal_share"], "se": e["marginal_share_se"],
                     "ci90_low": ci[0], "ci90_high": ci[1], "average_share": e["average_share"],
                     "avg_ci90_low": aci[0], "avg_ci90_high": aci[1], "monthly_corr": e["monthly_corr"],
                     "cum_mof_usd_bn": e["cum_mof_usd_bn"], "cum_tic_usd_bn": e["cum_tic_usd_bn"]})
    title = ("Share of Japan's MoF foreign long-term debt flows that shows up as US Treasuries in TIC "
             "[shares as fractions; flows in USD bn]")
    emit(pd.DataFrame(rows), fmt, title=title, caption=f"method: {df.attrs['method']}; source: {df.attrs['source']}",
         meta=meta | {"title": title})
