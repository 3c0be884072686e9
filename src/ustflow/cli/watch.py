"""Release calendar, watch mode and alerts: ``calendar``, ``watch``, ``alerts test|run|fired``.

A thin layer over ``ustflow.calendar``, ``ustflow.watch`` and ``ustflow.alerts``; everything heavy
is imported inside the commands. ``--now`` (or ``USTFLOW_NOW``) fixes the clock for replays/tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ustflow.cli._options import date_option
from ustflow.cli._output import Format, emit

alerts_app = typer.Typer(help="Alert rules (TOML): replay over history, run on the store, list what fired.",
                         no_args_is_help=True, rich_markup_mode=None)

NOW_HELP = "Pretend it is this instant (ISO, e.g. 2026-05-01T00:00Z; a date = noon UTC). Default: now."


def register(app: typer.Typer) -> None:
    app.command("calendar")(calendar_cmd)
    app.command("watch")(watch_cmd)
    app.add_typer(alerts_app, name="alerts")


def calendar_cmd(
    next_: int = typer.Option(1, "--next", "-n", min=1, help="Releases to list per source group."),
    tz: Optional[str] = typer.Option(None, "--tz", help="Show times in this IANA zone (e.g. Europe/London, UTC); "
                                                       "default: each publisher's own zone."),
    source: Optional[str] = typer.Option(None, "--source", help="Source ids or prefixes (mof, tic, fred), comma-separated."),
    now: Optional[str] = typer.Option(None, "--now", envvar="USTFLOW_NOW", help=NOW_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """The next expected releases of each source, in the publisher's time zone (or --tz)."""
    import ustflow

    df = ustflow.release_calendar(now=now, n=next_, sources=[source] if source else None, tz=tz)
    when = df.attrs["now"]
    cols = ["release", "weekday", "group", "period", "sources"] + (["publisher_time"] if tz else [])
    title = (f"Next releases after {when:%Y-%m-%d %H:%M %Z} (times in {tz or 'each publisher’s zone'}; "
             f"period = newest period each release carries)")
    meta = {"now": when.isoformat(), "tz": tz, "sources_note": "official publishers' release practice; see ustflow.calendar"}
    emit(df[cols] if fmt is Format.table else df, fmt, title=title, meta=meta)


def watch_cmd(
    once: bool = typer.Option(False, "--once", help="One tick and exit (for cron): fetch what is due, load, alert."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Alert rules (TOML). Default: $USTFLOW_HOME/alerts.toml if present."),
    only: Optional[str] = typer.Option(None, "--only", help="Source ids or prefixes to watch (default: every live source)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", envvar="USTFLOW_BASE_URL", help="An HTTP mirror serving the publishers' file names."),
    mirror: Optional[Path] = typer.Option(None, "--mirror", help="Read the files from this folder instead."),
    force: bool = typer.Option(False, "--force", help="Fetch every watched source now, due or not (ignores backoff)."),
    log_file: Optional[Path] = typer.Option(None, "--log-file", help="Append the JSON-lines log here (default: stderr)."),
    now: Optional[str] = typer.Option(None, "--now", envvar="USTFLOW_NOW", help=NOW_HELP + " (--once only)"),
    backoff: float = typer.Option(60.0, "--backoff", help="Seconds before the first retry of a release not yet out (doubled, capped at 30 min)."),
    fmt: Format = typer.Option(Format.table, "--format", help="Format of the --once summary."),
) -> None:
    """Wake at each expected release, retry with bounded backoff until the new period appears, load it,
    evaluate alerts. JSON logs on stderr (--once with a table: one line of problems; the log with --log-file);
    state in $USTFLOW_HOME/watch_state.json survives restarts.

    --once exits 0 when the tick ran (a source that failed to download is logged and retried at the
    next tick), 1 when the update itself could not run. The console channel prints to stdout: with
    --format json use the jsonl or webhook channels for machine-readable alerts."""
    import sys

    import ustflow

    quiet_log = once and fmt is Format.table  # a person reads the summary table: no JSON lines on the terminal
    res = ustflow.watch_releases(once=once, rules=rules, only=[only] if only else None, base_url=base_url,
                                 mirror=mirror, force=force, now=now, backoff=backoff, log_file=log_file,
                                 log_stream=None if (quiet_log or log_file) else sys.stderr)
    if res is None:  # the loop ended (SIGTERM, SIGINT)
        return
    _tick_summary(res, fmt, res.alerts is not None or rules is not None)
    if quiet_log:  # the log went to --log-file (or nowhere): stderr gets one line of problems
        _problems_line(res.log, log_file)
    if res.error:
        raise typer.Exit(1)


def _problems_line(records: list[dict], log_file) -> None:
    """One line on stderr for the warnings and errors of a tick (each source's is in the summary table)."""
    from collections import Counter

    from ustflow.cli._output import say

    bad = [r for r in records if r.get("level") in ("warning", "error")]
    if not bad:
        return
    kinds = ", ".join(f"{e} x{n}" for e, n in Counter(r["event"] for r in bad).most_common())
    first = next((r.get("message") or r.get("error") for r in bad if r.get("message") or r.get("error")), "")
    where = f"the JSON log is in {log_file}" if log_file else "the whole JSON log: --log-file FILE"
    say(f"{len(bad)} problem(s) in this tick ({kinds}); first: {first}; {where}", err=True)


def _tick_summary(res, fmt: Format, with_rules: bool) -> None:
    import pandas as pd

    rows = pd.DataFrame(res.sources, columns=["source", "outcome", "rows_added", "awaiting", "newest", "next_try",
                                              "message"])
    fired = res.alerts.fired if res.alerts is not None else []
    meta = res.to_dict()
    title = (f"watch --once at {res.at:%Y-%m-%d %H:%M %Z}: {len(res.due)} source(s) due, "
             f"{len(fired)} alert(s) fired" + ("" if with_rules else " (no rules file)"))
    if fmt is Format.json:
        emit(rows, fmt, title=title, meta=meta)
        return
    if fmt is Format.table:  # a month as 2026-04, a quarter as 2025Q4, a week by its Saturday
        from ustflow.formats import period_label
        from ustflow.registry import SOURCES

        for c in ("awaiting", "newest"):
            rows[c] = [period_label(str(v)[:10] if v is not None and v == v else v,
                                    getattr(SOURCES.get(sid), "frequency", None))
                       for v, sid in zip(rows[c], rows["source"])]
    emit(rows, fmt, title=title + ("; weekly periods by the week's Saturday" if fmt is Format.table else
                                   "; periods as stored (a period's first day; weekly = the week's Saturday)"))
    if fired and fmt is Format.table:
        emit(pd.DataFrame([{"rule": a.rule, "period": a.period_label, "value": a.value, "unit": a.unit,
                            "rank": a.rank, "series": a.series} for a in fired]), fmt, title="Alerts fired")


@alerts_app.command("test")
def alerts_test(
    rules: Path = typer.Argument(..., help="Rules file (TOML), e.g. examples/alerts.toml."),
    since: Optional[str] = date_option("--since", "Only alerts that would have fired on or after this date."),
    rule: Optional[str] = typer.Option(None, "--rule", help="Only this rule id."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Replay the rules over the whole history held: when each would have fired, with value, unit, rank."""
    import ustflow

    df = ustflow.replay_alerts(rules, since=since, rule=rule)
    units = sorted(set(df["unit"].dropna()))
    title = (f"{len(df)} alert(s) from {len(df.attrs['rules'])} rule(s) in {rules} over history "
             f"(would_fire = when the data became public; value in the unit column: {', '.join(units) or 'n/a'})")
    meta = {"rules": str(rules), "units": units, "method": "ustflow.alerts.detect (ranks are point in time)"}
    if fmt is Format.table:
        cols = ["rule", "would_fire", "period", "value", "unit", "rank", "of", "context"]
        if df["error"].notna().any():
            cols.append("error")
        from ustflow.formats import in_own_units

        shown = df[cols].assign(would_fire=df["would_fire"].astype(str).str[:10],
                                value=in_own_units(df["value"], df["unit"]),
                                context=df["context"].fillna("").str.slice(0, 90))
        emit(shown, fmt, title=title, right=["value"])
    else:
        emit(df, fmt, title=title, meta=meta)


@alerts_app.command("run")
def alerts_run(
    rules: Path = typer.Argument(..., help="Rules file (TOML)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Record new alerts in the state without sending them."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Evaluate the rules on the current store and send what is new (first run: arm, send nothing).

    Every channel is sent at once, each within its deadline (channel option `deadline`, 30 s); exits 1
    and says so when a delivery is still pending (the next run retries it with the same delivery id)."""
    import sys

    import pandas as pd

    import ustflow

    res = ustflow.run_alerts(rules, send=not dry_run, log=sys.stderr)
    df = pd.DataFrame([{"rule": a.rule, "period": a.period_label, "value": a.value, "unit": a.unit, "rank": a.rank,
                        "of": a.out_of, "series": a.series, "vintage": a.vintage} for a in res.fired],
                      columns=["rule", "period", "value", "unit", "rank", "of", "series", "vintage"])
    armed = ", ".join(f"{k} ({v} historical)" for k, v in res.armed.items())
    title = f"{len(df)} new alert(s)" + (f"; armed: {armed}" if armed else "") + \
        (f"; errors: {res.errors}" if res.errors else "")
    emit(df, fmt, title=title, meta=res.to_dict())
    if res.failed_deliveries:
        from ustflow.errors import DeliveryError

        shown = "; ".join(f"{f['rule']} -> {f['channel']}: {f['error']}" for f in res.failed_deliveries[:5])
        n = len(res.failed_deliveries)
        raise DeliveryError(f"{n} {'delivery' if n == 1 else 'deliveries'} still pending ({shown}); the next "
                            "`ustflow alerts run` retries them, with the same delivery id")
    if res.errors:
        raise typer.Exit(1)


@alerts_app.command("fired")
def alerts_fired(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Alerts already sent (from $USTFLOW_HOME/alerts_state.json), newest first, with each channel's result."""
    import ustflow

    df = ustflow.fired_alerts()
    df["channels"] = df["channels"].map(lambda d: ", ".join(f"{k}: {v}" for k, v in d.items()))
    emit(df, fmt, title=df.attrs["title"])
