"""`ustflow check ARTICLE`: the numbers in a news article, claim by claim, against the official data."""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from ustflow.cli._options import date_option


class CheckFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    html = "html"


def register(app: typer.Typer) -> None:
    app.command("check")(check)


def check(
    article: str = typer.Argument(..., help="The article: a text or HTML file, or - for standard input."),
    date: Optional[str] = date_option("--date", "The article's date (YYYY-MM-DD), for periods without "
                                       "a year and claims without a period; default: the date the article states."),
    as_of: Optional[str] = date_option("--as-of", "Judge against what the store knew on this date."),
    fmt: CheckFormat = typer.Option(CheckFormat.table, "--format", help="table, csv, json (a list of claims) or html "
                                    "(a standalone page)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1, help="Refuse articles larger than this "
                                            "(default 1,000,000 bytes, or USTFLOW_CHECK_MAX_BYTES)."),
) -> None:
    """Extract the checkable claims of an article and judge each one: supported, contradicted or
    unverifiable, with the official value, series, period, vintage, conversion and tolerance.

    Periods are resolved against the publication date (--date, else the article's dateline or the
    date it implies, which the output names); a claim with no period is judged on the latest data
    published that day."""
    import json
    import sys

    import ustflow
    from ustflow.cli._output import console, emit

    if article == "-":
        rep = ustflow.check_report(sys.stdin.buffer.read(), date=date, as_of=as_of, max_bytes=max_bytes,
                                   name="standard input")
    else:
        rep = ustflow.check_report(article, date=date, as_of=as_of, max_bytes=max_bytes)
    if fmt is CheckFormat.json:
        sys.stdout.write(json.dumps(rep.results, indent=1, default=str, ensure_ascii=False) + "\n")
        return
    if fmt is CheckFormat.html:
        sys.stdout.write(rep.html() + "\n")
        return
    if fmt is CheckFormat.csv:
        emit(rep.frame(), "csv", title=rep.title, caption=rep.caption)
        return
    if not rep.results:
        console().print("No quantitative claims about holdings, flows, yields or exchange rates found"
                        + (f": {rep.language_note}." if rep.language_note else "."))
        return
    # at 80 columns a claim's period goes under the claim and the official period under the value
    emit(rep.table(), "table", title=rep.title, caption=rep.caption, optional=["explanation", "series"],
         stack={"verdict": ["track record"], "claim": ["period"], "official": ["official period"]})
