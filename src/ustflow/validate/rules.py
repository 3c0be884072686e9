"""The validation rules: what each checks, where it applies, and why (RELIABILITY.md lists them)."""

from __future__ import annotations

from dataclasses import dataclass

from ustflow.errors import ParseError


@dataclass(frozen=True)
class Rule:
    id: str
    applies_to: str
    check: str
    reason: str


RULES: list[Rule] = [
    Rule("unit_and_frequency", "every file",
         "every series has a unit and a frequency in D, W, M, Q, A",
         "a number without its unit is the classic finance error (MoF's 100 million yen read as billions)"),
    Rule("plausible_range", "series in percent, percentage points, JPY per USD, index, USD per BTC",
         "values inside the range the unit allows (a yield between -2 and 25 percent, USD/JPY 50-400)",
         "one impossible value usually means the layout moved under the parser"),
    Rule("holdings_not_negative", "holdings (positions) of every TIC file",
         "no negative holdings", "a stock cannot be negative; a sign means a flow column was read as a level"),
    Rule("future_period", "every file",
         "no period after the file's stated release date (or, when it states none, the time it was fetched: "
         "a Last-Modified header proves nothing) plus one period of its frequency",
         "a date in the future is a typo or a column read as the wrong year; stored, it makes the source "
         "look current forever and `brief` reports it as the latest figure"),
    Rule("header_text", "TIC tables (mfhhis01, slt_table5, mfh.txt, SLT tables, Form S); the other parsers "
                        "refuse a header or notes line among their data rows themselves",
         "no header or footnote text ('Country', a year, '2/ ...', 'Notes:') as the name of a data row",
         "a repeated header row read as a country made 'Country' the largest holder ($2,025bn = the year)"),
    Rule("known_country", "TIC tables",
         "every country is one TIC lists (data/tic_entities.csv, built from every TIC file ustflow reads); "
         "in mfhhis01, slt_table5 and mfh.txt a new name is accepted when the file's own Grand Total "
         "accounts for it (the rows add up with it and not without it); SLT tables name countries by "
         "code, so there a new code is refused until it is added to the list",
         "an invented or shifted row would otherwise enter every ranking and share"),
    Rule("tic_totals", "mfhhis01, slt_table5, mfh.txt; SLT Tables 1 and 3",
         "MFH: the country rows (with All Other) add up to the Grand Total in every month, within the "
         "rounding of the rows printed (0.05 bn per row); SLT: All Countries + International and "
         "Regional Organizations = Grand Total and Foreign Official + Non-Official = Grand Total, for "
         "every field and month (within 2 mn)",
         "a changed, invented or decimal-shifted row (Japan 12,099 instead of 1,209.9) breaks the sum"),
    Rule("official_within_total", "mfhhis01, slt_table5, mfh.txt, SLT Tables 1 and 3",
         "'Of which: foreign official' is not above the Grand Total, and its bills plus bonds & notes "
         "add up to it (MFH, within rounding)",
         "official holdings are part of the total; above it, a row or column was shifted"),
    Rule("mof_net", "MoF week.csv, montha1.csv, monthb2/3/4.csv",
         "Acquisition - Disposition = Net in every row and block, within rounding (5 x JPY 100mn: MoF "
         "rounds each figure, and the investor aggregates sum rounded parts)",
         "a changed cell, or swapped Acquisition / Net columns, would be stored as a plausible flow"),
    Rule("boj_net", "BoJ balance of payments (bp_m_en.zip), the 590 portfolio-investment series with "
                    "Acquisition, Disposition and Net",
         "Net = Acquisition - Disposition for assets (Disposition - Acquisition for liabilities) in every "
         "month, within 0.5 x JPY 100mn (the file holds it to 1e-8)",
         "a changed cell or a shifted column would be stored as a plausible purchase or sale of US bonds"),
    Rule("revision_factor", "every file of a source the store already holds",
         "no value moves by a factor of 5 or more (a decimal shift is 10) against the source's previous "
         "vintage, unless the change is small next to the file's typical value (half the median absolute "
         "value of its series in the same unit: a small holder's benchmark revision or a flow near zero "
         "may move by a large factor)",
         "a lost decimal point or a unit change in a new release would silently replace the published "
         "history"),
]

RULE_IDS = {r.id for r in RULES}


def fail(rule: str, name: str, line: int | None, expected: str, found: str) -> None:
    """Raise the ParseError of a broken rule: file, line, what the rule expects, what was found."""
    assert rule in RULE_IDS, rule
    raise ParseError(name, line, f"{expected} (rule {rule})", found)


def line_of(obs, mask) -> int | None:
    """The line of the first observation selected by ``mask`` (None when the parser gives no lines)."""
    if "line" not in obs.columns or not mask.any():
        return None
    return int(obs.loc[mask, "line"].iloc[0])


def located(name: str, obs, mask) -> tuple[str, int | None]:
    """(file, line) of the first observation selected by ``mask``: for an archive whose parser keeps
    the ``member`` each value came from (the BoJ zips), the file is ``archive/member``, as in the
    parser's own errors (``bp_m_en.zip/bp_m_en.csv, line 1258``)."""
    line = line_of(obs, mask)
    if line is None or "member" not in obs.columns:
        return name, line
    return f"{name}/{obs.loc[mask, 'member'].iloc[0]}", line


def id_parts(series_ids, sep: str = ".", maxsplit: int = -1, rsplit: bool = False):
    """Split series ids into parts without a string operation per row: (codes, parts of each distinct id).

    ``parts[codes]`` gives each row's parts; a million observations share a few thousand ids.
    """
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(series_ids, sort=False)
    split = [(str(u).rsplit(sep, maxsplit) if rsplit else str(u).split(sep, maxsplit)) for u in uniques]
    return np.asarray(codes), split
