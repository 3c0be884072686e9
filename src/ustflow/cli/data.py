"""Data commands: update, import, loads, forget, sources, series, show, brief."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, console, emit, err_console, say


def register(app: typer.Typer) -> None:
    app.command("update")(update)
    app.command("import")(import_)
    app.command("loads")(loads)
    app.command("forget")(forget)
    app.command("sources")(sources)
    app.command("series")(series)
    app.command("show")(show)
    app.command("brief")(brief)


def _problem_lines(report) -> list[str]:
    """The failures in as few lines as say what happened: an unreachable network is one line (the first
    failure's message and how many sources it stopped), every other failure one line each."""
    import re

    hosts: dict[str, str] = {}
    cause, offline, other = "", [], []
    for r in report.failed:
        m = re.search(r"cannot connect to (\S+) \((.*?)\)\. No network\?", r.message)
        if m or "unreachable earlier in this run; skipped" in r.message:
            offline.append(r.source_id)
            if m:
                hosts.setdefault(m.group(1), m.group(2))
                cause = cause or r.message
        else:
            other.append(r.message if r.message.startswith(r.source_id) else f"{r.source_id}: {r.message}")
    lines = []
    if len(offline) == 1 or (offline and not cause):
        lines += [next(r.message for r in report.failed if r.source_id == offline[0])] + (
            [f"{s}: skipped (host unreachable)" for s in offline[1:]] if not cause else [])
    elif offline:
        first = cause.split(". No network?")[0]
        also = sorted(h for h in hosts if h not in first)
        lines.append(f"{first}{' (also ' + ', '.join(also) + ')' if also else ''}: {len(offline)} sources not "
                     "updated. No network? Load from a mirror folder instead: ustflow update --mirror DIR")
    return lines + other


def _report(report, fmt: Format, quiet: bool = False) -> None:
    import json
    import sys

    if fmt is Format.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=1) + "\n")
    elif fmt is Format.csv:
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["source", "outcome", "new_values", "revisions", "vintage", "newest_period", "message"])
        for r in report.results:
            w.writerow([r.source_id, r.outcome, r.rows_added, r.revisions, r.vintage or "", r.newest_period or "",
                        r.message])
    elif quiet:  # only problems: the notes (a store rebuilt, sources skipped) and the failures below
        for note in report.notes:
            say(note, "yellow", err=True)
    else:
        # no pandas, so a no-op update stays fast
        from ustflow.cli._output import render

        say(report.summary(), "bold")
        for note in report.notes:
            say(note, "yellow")
        if all(r.outcome in ("failed", "skipped") for r in report.results):
            rows = []  # nothing reached: the error line below says why, a table of failures would not
        else:
            from ustflow.formats import period_label
            from ustflow.registry import SOURCES

            rows = [(r.source_id, r.outcome, r.rows_added, (r.vintage or "")[:16],
                     period_label(r.newest_period, getattr(SOURCES.get(r.source_id), "frequency", None)) or "",
                     "" if r.outcome == "failed" else r.message) for r in report.results]
        if rows:
            sys.stdout.write(render(rows, columns=["source", "outcome", "new_values", "vintage", "newest_period",
                                                   "message"], optional=["vintage"])[0] + "\n")
    if not quiet:
        for r in report.results:
            for big in r.large_revisions[:10]:
                say(f"revision {big['series']} {big['period']}: {big['old']:g} -> {big['new']:g}", "yellow", err=True)
    if not report.ok:
        for line in _problem_lines(report):
            say(f"error: {line}", "red", err=True)
        raise typer.Exit(1)


def update(
    mirror: Optional[Path] = typer.Option(None, "--mirror", help="Read the files from this folder (laid out like shared/data/mirror) instead of the official URLs."),
    only: Optional[str] = typer.Option(None, "--only", help="Source ids, or the start of ids: every source whose id begins so (tic, mof_its, fred_dgs, boj, ...); comma-separated. `ustflow sources` lists the ids."),
    base_url: Optional[str] = typer.Option(None, "--base-url", envvar="USTFLOW_BASE_URL", help="An HTTP mirror serving the publishers' file names (<base-url>/week.csv)."),
    fmt: Format = typer.Option(Format.table, "--format"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only problems (failures, notes): for cron."),
) -> None:
    """Fetch every source (official URLs by default) and load what changed, as a new vintage."""
    import ustflow
    from ustflow.registry import select_sources

    n = len(select_sources(only))
    if quiet or fmt is not Format.table:
        report = ustflow.update(mirror=mirror, only=only, base_url=base_url)
    else:
        from rich.progress import Progress

        with Progress(console=err_console(), transient=True) as progress:
            task = progress.add_task("parsing and loading", total=n)
            report = ustflow.update(mirror=mirror, only=only, base_url=base_url,
                                progress=lambda sid: progress.update(task, advance=1, description=sid))
    _end(lambda: _report(report, fmt, quiet))


def _end(report) -> None:
    """Print the report and end the process at once: the store is written, closed and swapped in, and
    what is left of a load (the arrays of three million values, the parsed tables, DuckDB's and
    pandas' objects) would take the interpreter's teardown 0.1 s to free one by one. The output is
    flushed and the exit handlers run (``atexit``); only that teardown is skipped. In a test's
    CliRunner (not ``ustflow.cli.main``) the command returns as any other."""
    from ustflow import cli

    code = 0
    try:
        report()
    except typer.Exit as e:
        if not cli.STANDALONE:
            raise
        code = e.exit_code
    if cli.STANDALONE:
        import atexit
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        atexit._run_exitfuncs()
        os._exit(code)


def import_(
    file: Path = typer.Argument(..., help="An archived download, e.g. vintages/mfhhis01_2026-03-18.txt"),
    source: Optional[str] = typer.Option(None, "--source", help="Source id (guessed from the file name if omitted)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Load one archived download as the vintage it is (publisher's date in the file, else in its name:
    _YYYY-MM-DD, or _YYYY-MM dated the month's last day) and say which vintage was used."""
    import ustflow

    report = ustflow.import_file(file, source)
    if fmt is Format.table:
        for r in report.results:
            if r.vintage:
                err_console().print(f"{r.file or file.name}: vintage {r.vintage[:10]} ({r.vintage_basis})",
                                    highlight=False)
    _report(report, fmt)


def loads(
    source: Optional[str] = typer.Option(None, "--source", help="Only this source id."),
    forgotten: bool = typer.Option(False, "--forgotten", help="List the loads undone by `ustflow forget` instead."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Every load (one loaded file): id, source, file, vintage, values held, when it was loaded."""
    import ustflow

    df = ustflow.loads(source, forgotten=forgotten)
    for col in ("vintage", "release_date", "newest_period", "loaded_at", "forgotten_at"):
        if col in df.columns:
            df[col] = df[col].astype(str).replace({"NaT": "", "None": ""})
    if fmt is Format.table:
        from ustflow.formats import period_label
        from ustflow.registry import SOURCES

        df = df.assign(sha256=df["sha256"].str[:12])
        if "newest_period" in df.columns:  # a month as 2026-04, a quarter as 2025Q4 (held as their first day)
            df["newest_period"] = [period_label(p, getattr(SOURCES.get(s), "frequency", None))
                                   for p, s in zip(df["newest_period"], df["source"])]
        title = (f"{len(df)} forgotten loads" if forgotten else
                 f"{len(df)} loads (rows = values this load holds: only values that differ from the source's "
                 "previous vintage are stored); undo one with `ustflow forget ID`")
    else:
        title = "forgotten loads" if forgotten else "loads"
    emit(df, fmt, title=title)


def forget(
    load_id: int = typer.Argument(..., help="The load to undo (see `ustflow loads`)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Remove one load and the values only it said, atomically; the source's previous vintage is current again.

    The file stays in the raw archive; `ustflow update` will not load it again, `ustflow import` can."""
    import json
    import sys

    import ustflow

    f = ustflow.forget(load_id)
    if fmt is not Format.table:
        d = {"load_id": f.load_id, "source": f.source_id, "file": f.file_name, "sha256": f.sha256,
             "vintage": str(f.vintage), "rows_removed": f.rows_removed, "rows_kept": f.rows_kept,
             "kept_by": f.kept_by, "series_dropped": f.series_dropped}
        sys.stdout.write(json.dumps(d, indent=1) + "\n")
        return
    c = console()
    c.print(f"Forgot load {f.load_id} ({f.source_id}, {f.file_name}, vintage {f.vintage}): "
            f"{f.rows_removed:,} values removed", highlight=False)
    if f.rows_kept:
        c.print(f"{f.rows_kept:,} values it shared with the next vintage are kept (now in load {f.kept_by})",
                highlight=False)
    if f.series_dropped:
        c.print(f"{len(f.series_dropped)} series left with no value were dropped: "
                + ", ".join(f.series_dropped[:10]) + (" ..." if len(f.series_dropped) > 10 else ""), highlight=False)
    c.print(f"The file stays in the raw archive (raw/{f.sha256[:2]}/{f.sha256}); `ustflow update` will not load "
            "it again, `ustflow import` can.", highlight=False)


def sources(
    check: bool = typer.Option(False, "--check", help="Exit 1, naming them, when a live source is stale (for cron)."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Per source: status (ok, stale, legacy, failed), newest period, release date, last fetch, rows."""
    import ustflow
    from ustflow.formats import period_label

    df = ustflow.sources(require_fresh=check)
    cols = [c for c in ["source", "status", "newest_period", "release_date", "last_fetch", "expected_release",
                        "rows", "unit"] if c in df.columns]
    if fmt is Format.table:
        out = df[cols].copy()
        out["newest_period"] = [period_label(p, f) for p, f in zip(df["newest_period"], df["frequency"])]
        for c in ("last_fetch", "expected_release"):  # to the minute, in the time zone given
            out[c] = [v[:16].replace("T", " ") if isinstance(v, str) else v for v in out[c]]
        emit(out, fmt, title="Sources (stale = newest period older than the source's cadence allows)",
             optional=["unit", "expected_release", "last_fetch"])
    else:
        emit(df, fmt, title="Sources")


def series(
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Text to look for in id, title, country, sector."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """List the stored series with their unit, frequency and coverage."""
    import ustflow

    df = ustflow.search(search)
    df["first"] = df["first"].astype(str)
    df["last"] = df["last"].astype(str)
    if fmt is Format.table:  # a month as 2026-04, a quarter as 2025Q4 (held as their first day)
        from ustflow.formats import period_label

        for c in ("first", "last"):
            df[c] = [period_label(v, f) for v, f in zip(df[c], df["frequency"])]
    emit(df, fmt, title=f"{len(df)} series" + (f" matching {search!r}" if search else ""),
         optional=["source_id", "n", "frequency"])
    if df.empty and search:
        say(f"note: no series matches {search!r} in its id, title, country or sector; try one word "
            "(japan, custody, life)", "yellow", err=True)


def _period_str(idx, freq: str):
    if freq in ("M", "Q"):
        return [str(p) for p in idx]
    if freq == "W":
        return [p.end_time.strftime("%Y-%m-%d") for p in idx]
    return [d.strftime("%Y-%m-%d") for d in idx]


def show(
    id: str = typer.Argument(..., help="Series id, e.g. tic.holdings.japan (see `ustflow series`)."),
    start: Optional[str] = date_option("--start"),
    end: Optional[str] = date_option("--end"),
    as_of: Optional[str] = date_option("--as-of", "What was known on this date (YYYY-MM-DD)."),
    vintages: bool = typer.Option(False, "--vintages", help="Every stored value with its vintage."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Print one series (period,value), with its unit and source."""
    import pandas as pd

    import ustflow
    from ustflow import cache

    # kept per store version: showing a series again reads a small file, not the store (nor imports DuckDB)
    s = cache.memo("cli.show", ustflow.Store(), (id, start, end, as_of),
                   lambda: ustflow.series(id, start=start, end=end, as_of=as_of))
    unit, freq = s.attrs["unit"], s.attrs["frequency"]
    title = f"{id}: {s.attrs['title']} [{unit}] (source: {s.attrs['source']})"
    if as_of:
        title += f", as known on {as_of}"
    if vintages:
        v = ustflow.vintages(id, start=start, end=end)
        per = v["period"].dt.strftime("%Y-%m" if freq == "M" else "%Y-%m-%d")
        df = pd.DataFrame({"period": per, "value": v["value"], "vintage": v["vintage"],
                           "source": v["source_id"], "known_from": v["known_from"]})
        emit(df, fmt, title=title + ", all vintages", meta={"series": id, "unit": unit, "frequency": freq})
        return
    df = pd.DataFrame({"period": _period_str(s.index, freq), "value": s.to_numpy()})
    if s.empty:
        say(_nothing_shown(id, freq, start, end, as_of), "yellow", err=True)
    if freq == "W":
        df.insert(0, "period_start", [p.start_time.strftime("%Y-%m-%d") for p in s.index])
    emit(df, fmt, title=title, meta={"series": id, "unit": unit, "frequency": freq, "title": s.attrs["title"],
                                      "source": s.attrs["source"], "as_of": as_of})


def _nothing_shown(id: str, freq: str, start, end, as_of) -> str:
    """Why ``show`` printed no row, and what the series does hold (an empty table alone says neither)."""
    import ustflow

    asked = " ".join(filter(None, [f"from {start}" if start else "", f"to {end}" if end else "",
                                   f"known on {as_of}" if as_of else ""]))
    held = ustflow.series(id)
    if held.empty:
        return f"note: no values of {id} {asked}: the store holds none (run `ustflow update`)"
    first, last = (_period_str(held.index[[0, -1]], freq))
    msg = f"note: no values of {id} {asked}; it holds {first}..{last}"
    if as_of:
        known = ustflow.vintages(id)["known_from"].min()
        msg += f", the first of them known on {known:%Y-%m-%d}" if known is not None and known == known else ""
    return msg


def brief(
    as_of: Optional[str] = date_option("--as-of"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """One screen: Japan's holdings, the latest MoF weekly flows, top holders, yields and USD/JPY."""
    import json
    import sys

    import ustflow

    b = ustflow.brief(as_of=as_of)
    if fmt is not Format.table:
        sys.stdout.write(json.dumps(b, indent=1, default=str) + "\n")
        return
    render_brief(b)


def render_brief(b: dict) -> None:
    """The brief as text that fits the terminal: headline, weekly flows, top holders, markets, one stale line."""
    import sys

    from ustflow.cli._output import render, say

    say("ustflow brief" + (f" as of {b['as_of']}" if b.get("as_of") else ""), "bold")
    jp = b.get("japan_holdings")
    if jp:
        ch = lambda v: "n/a" if v is None else f"{v:+,.1f}"  # noqa: E731
        say(f"Japan's holdings of US Treasuries: {jp['value']:,.1f} {jp['unit']} in {jp['period']} "
            f"({ch(jp['change_1m'])} on the month, {ch(jp['change_12m'])} on the year); {jp['source']}, {jp['series']}")
    w = b.get("mof_weekly")
    if w:
        say(f"Japanese residents' net purchases of foreign securities, week {w['week_start']}..{w['week_end']} "
            f"[{w['unit']}]", "bold")
        rows = [(r["label"], f"{r['value']:+,.0f}", "  ".join(f"{v:+,.0f}" for v in r["last4"])) for r in w["rows"]]
        sys.stdout.write(render(rows, columns=["instrument", "net", "last 4 weeks"], right=["net", "last 4 weeks"])[0]
                         + "\n")
        say(w["source"], "dim")
    th = b.get("top_holders")
    if th:
        say(f"Top foreign holders of US Treasuries, {th['period']} [USD bn; share of foreign total %]", "bold")
        rows = [(r["rank"], r["country"], f"{r['value']:,.1f}",
                 "" if r["share_pct"] is None else f"{r['share_pct']:.1f}%") for r in th["rows"]]
        sys.stdout.write(render(rows, columns=["#", "country", "holdings", "share"],
                                right=["holdings", "share"])[0] + "\n")
        if th["grand_total"]:
            say(f"{th['source']}; grand total {th['grand_total']:,.1f} USD bn", "dim")
    if b.get("markets"):
        say("Yields and the yen", "bold")
        from ustflow.formats import unit_decimals

        rows = [(r["label"], r["date"], f"{r['value']:,.{unit_decimals('value', r['unit']) or 2}f}", r["unit"],
                 r["series"]) for r in b["markets"]]
        sys.stdout.write(render(rows, columns=["series", "date", "value", "unit", "id"], right=["value"])[0] + "\n")
    stale = b.get("stale_sources")
    if stale:
        say(f"{len(stale)} source{'s' if len(stale) != 1 else ''} older than their release cadence allows"
            + (f" on {b['as_of']}" if b.get("as_of") else "") + f"; newest data {b.get('newest_data') or 'none'}; "
            "run `ustflow update` (which ones: `ustflow sources`)", "yellow")
