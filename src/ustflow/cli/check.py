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

    from ustflow.check.render import table_frame, to_html
    from ustflow.cli._output import emit
    from ustflow.errors import NotFoundError
    from ustflow.views.check import SOURCES_NOTE, check_text, publication_date, read_article, summary

    if article == "-":
        from ustflow.check.text import decode_article

        text = decode_article(sys.stdin.buffer.read(), "standard input", max_bytes)
        name = "standard input"
    else:
        from pathlib import Path

        if not Path(article).is_file():
            raise NotFoundError(f"no such file: {article} (give a text or HTML file, or - for standard input)")
        text = read_article(article, max_bytes)
        name = article
    results = check_text(text, date=date, as_of=as_of, max_bytes=max_bytes)
    own = publication_date(text)
    used = f"{date} (--date)" if date else (f"{own.date} ({own.how})" if own else None)
    counts = summary(results)
    if fmt is CheckFormat.json:
        sys.stdout.write(json.dumps(results, indent=1, default=str, ensure_ascii=False) + "\n")
        return
    if fmt is CheckFormat.html:
        sys.stdout.write(to_html(results, title=f"Article check: {name}", article_date=used) + "\n")
        return
    title = (f"Claims in {name} checked against official data: {counts['supported']} supported, "
             f"{counts['contradicted']} contradicted, {counts['unverifiable']} unverifiable"
             + (f"; publication date {used}" if used else "; no publication date: claims without a period are "
                                                          "unverifiable (pass --date)"))
    caption = (f"Official values in each series' own unit (MoF: JPY 100mn = ¥100 million, + = net purchase; "
               f"TIC holdings USD bn; SLT USD mn; yields percent). Sources: {SOURCES_NOTE}.")
    df = table_frame(results)
    if fmt is CheckFormat.csv:
        import pandas as pd

        full = pd.DataFrame(results)
        for col in ("flags", "conversion"):
            if col in full:
                full[col] = full[col].map(lambda v: json.dumps(v) if v else "")
        emit(full, "csv", title=title, caption=caption)
        return
    if not results:
        from ustflow.cli._output import console

        console().print("No quantitative claims about holdings, flows, yields or exchange rates found.")
        return
    # at 80 columns a claim's period goes under the claim and the official period under the value
    emit(df, "table", title=title, caption=caption, optional=["explanation", "series"],
         stack={"claim": ["period"], "official": ["official period"]})
