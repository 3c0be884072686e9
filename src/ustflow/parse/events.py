"""Dated events to draw on charts: Japan's FX interventions, and a user's own events file.

``parse_interventions`` reads ``extra/intervention_operations_curated.csv``: official MoF intervention
figures as quoted by press and public documents, in a hand-compiled layout (NOT the layout of MoF's
own CSV; see shared/data/provenance/fx_intervention.md). Columns::

    date_start,date_end,operation,amount_jpy_bn,amount_precision,status,source_note,source_ref

It returns both

- ``events`` (kind ``fx_intervention``), one per row, amount unsigned in JPY bn as published, the
  direction in the title; and
- observations of the daily series ``mof.fx_intervention.amount`` (JPY bn) so interventions can be
  plotted with flows and yields. Sign: **+ = yen bought / US dollars sold** (``buy_jpy_sell_usd``,
  yen support, paid for out of the dollar reserves, i.e. potential Treasury sales), **- = yen sold /
  dollars bought** (``sell_jpy_buy_usd``, as in 2011). Each row is keyed by ``date_start``. A row
  whose dates span a period (MoF's monthly total, published before the daily split) is also keyed by
  its first day, so it shows the whole period's amount on that day; if daily rows inside its period
  are present too, the total is left out of the series (it would count them twice) and only kept as
  an event. The table is not a complete history: see the provenance note for known gaps.

``parse_events`` reads a user's events file (BOJ meetings, a bank's bond sale, ...): UTF-8 CSV with a
header line naming ``date`` and ``title`` and, optionally, any of the other columns, in any order::

    date,title,date_end,kind,amount,unit,detail,source_ref
    2024-07-31,BOJ raises policy rate to 0.25%,,boj_meeting,,,,https://www.boj.or.jp/
    2025-04-02,US reciprocal tariffs announced,2025-04-09,policy,,,,

- ``date`` and ``date_end`` are ISO ``YYYY-MM-DD``; ``date_end`` defaults to ``date`` and may not
  precede it;
- ``kind`` defaults to ``event``; ``amount`` is a number, and needs a ``unit`` (units are never guessed);
- blank lines and lines starting with ``#`` are ignored;
- the last line must end with a line break, as for every file ustflow reads (a file cut mid-line is
  refused rather than turned into a cut title or amount).

Any problem is a ParseError naming the file, the line and what was expected.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ustflow.errors import ParseError
from ustflow.parse._base import EVENT_COLUMNS, OBS_COLUMNS, SERIES_COLUMNS, Parsed
from ustflow.parse._text import first_row, iso_dates, numbers, read_rows, read_text, require_line_end

INTERVENTION_SERIES = "mof.fx_intervention.amount"
INTERVENTION_COLUMNS = ["date_start", "date_end", "operation", "amount_jpy_bn", "amount_precision", "status",
                        "source_note", "source_ref"]
# operation -> (sign in the series, what MoF did)
OPERATIONS: dict[str, tuple[int, str]] = {
    "buy_jpy_sell_usd": (1, "bought yen, sold USD"),
    "sell_jpy_buy_usd": (-1, "sold yen, bought USD"),
}
EVENT_FILE_COLUMNS = ["date", "title", "date_end", "kind", "amount", "unit", "detail", "source_ref"]


def parse_interventions(raw: bytes, name: str) -> Parsed:
    """The curated intervention table -> events plus the signed daily series (+ = yen bought)."""
    header, body, lines = _read_table(raw, name, required=INTERVENTION_COLUMNS, allowed=INTERVENTION_COLUMNS)
    col = {c: [r[header.index(c)].strip() for r in body] for c in INTERVENTION_COLUMNS}
    start = iso_dates(col["date_start"], lines, name)
    end = iso_dates(col["date_end"], lines, name)
    _require_ordered(start, end, lines, name)
    amount = numbers(col["amount_jpy_bn"], lines, name, missing=frozenset())
    bad = [i for i, op in enumerate(col["operation"]) if op not in OPERATIONS]
    if bad:
        raise ParseError(name, lines[bad[0]], f"an operation in {sorted(OPERATIONS)}", col["operation"][bad[0]])
    negative = np.flatnonzero(amount < 0)
    if len(negative):
        i = int(negative[0])
        raise ParseError(name, lines[i], "an unsigned amount (the direction is in 'operation')",
                         col["amount_jpy_bn"][i])

    is_total = np.asarray(end > start)
    titles = []
    for i, op in enumerate(col["operation"]):
        t = f"MoF FX intervention: {OPERATIONS[op][1]}"
        titles.append(t + (f" (total {start[i]:%Y-%m-%d}..{end[i]:%Y-%m-%d})" if is_total[i] else ""))
    events = pd.DataFrame({
        "date_start": start, "date_end": end, "kind": "fx_intervention", "title": titles,
        "amount": amount, "unit": "JPY bn",
        "detail": [f"operation={o}; precision={p}; status={s}; {n}".rstrip("; ")
                   for o, p, s, n in zip(col["operation"], col["amount_precision"], col["status"],
                                         col["source_note"])],
        "source_ref": col["source_ref"],
    }, columns=EVENT_COLUMNS)

    # A period total counts the daily rows inside it again: keep it out of the series if any are here.
    daily = start[~is_total]
    overlapped = [i for i in np.flatnonzero(is_total) if ((daily >= start[i]) & (daily <= end[i])).any()]
    in_series = np.ones(len(body), dtype=bool)
    in_series[overlapped] = False
    sign = np.array([OPERATIONS[op][0] for op in col["operation"]], dtype=np.float64)
    obs = pd.DataFrame({"series_id": INTERVENTION_SERIES, "period": start[in_series],
                        "value": (sign * amount)[in_series],
                        "line": np.asarray(lines, dtype=np.int32)[in_series]})
    dup = obs["period"].duplicated().to_numpy()
    if dup.any():
        i = int(np.flatnonzero(in_series)[np.flatnonzero(dup)[0]])
        raise ParseError(name, lines[i], "one intervention row per start date", col["date_start"][i])
    series = pd.DataFrame([{
        "id": INTERVENTION_SERIES, "title": "Japan FX intervention amount (MoF), + = yen bought / USD sold",
        "unit": "JPY bn", "frequency": "D", "country": "Japan", "sector": "government",
        "notes": "Official MoF amounts as quoted (curated table, not MoF's own file). Sign: + = yen bought, "
                 "US dollars sold (yen support); - = yen sold, dollars bought. Keyed by the operation day; "
                 "a period total (monthly figure before the daily split) is keyed by its first day. "
                 "Incomplete history: days without a row are not zero-intervention evidence.",
    }], columns=SERIES_COLUMNS)
    meta = {"rows": len(body), "period_totals": int(is_total.sum()),
            "period_totals_left_out_of_series": [f"{start[i]:%Y-%m-%d}..{end[i]:%Y-%m-%d}" for i in overlapped],
            "sign": "+ = yen bought / USD sold"}
    return Parsed(series, obs, None, events, meta).validate(name)


def parse_events(raw: bytes, name: str) -> Parsed:
    """A user's events CSV (``date,title[,date_end,kind,amount,unit,detail,source_ref]``) -> events."""
    header, body, lines = _read_table(raw, name, required=["date", "title"], allowed=EVENT_FILE_COLUMNS)

    def column(c: str) -> list[str]:
        if c not in header:
            return [""] * len(body)
        j = header.index(c)
        return [r[j].strip() for r in body]

    date_cells, end_cells, titles = column("date"), column("date_end"), column("title")
    start = iso_dates(date_cells, lines, name)
    end = iso_dates([e or d for e, d in zip(end_cells, date_cells)], lines, name)
    _require_ordered(start, end, lines, name)
    untitled = [i for i, t in enumerate(titles) if not t]
    if untitled:
        raise ParseError(name, lines[untitled[0]], "a title", ",".join(body[untitled[0]]))
    amount = numbers(column("amount"), lines, name, missing=frozenset({""}))
    units = column("unit")
    unitless = [i for i in np.flatnonzero(~np.isnan(amount)) if not units[i]]
    if unitless:
        raise ParseError(name, lines[unitless[0]], "a unit for the amount (units are never guessed)",
                         ",".join(body[unitless[0]]))
    events = pd.DataFrame({
        "date_start": start, "date_end": end, "kind": [k or "event" for k in column("kind")],
        "title": titles, "amount": amount, "unit": [u or None for u in units],
        "detail": [d or None for d in column("detail")],
        "source_ref": [s or None for s in column("source_ref")],
    }, columns=EVENT_COLUMNS)
    series = pd.DataFrame(columns=SERIES_COLUMNS)
    obs = pd.DataFrame({"series_id": pd.Series(dtype="str"), "period": pd.Series(dtype="datetime64[us]"),
                        "value": pd.Series(dtype="float64")}, columns=OBS_COLUMNS)
    return Parsed(series, obs, None, events, {"rows": len(body)}).validate(name)


def _read_table(raw: bytes, name: str, *, required: list[str], allowed: list[str],
                ) -> tuple[list[str], list[list[str]], list[int]]:
    """Header (lower-cased names) and the data rows with their lines; ``#`` lines are comments."""
    expected = f"a CSV header naming {', '.join(required)}" + (
        f" (optional: {', '.join(c for c in allowed if c not in required)})" if allowed != required else "")
    text = read_text(raw, name, encoding="utf-8-sig", what=expected)
    require_line_end(text, name)
    header = [c.strip().lower() for c in first_row(text)]
    shown = text.split("\n", 1)[0]
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in allowed]
    if missing or unknown or len(set(header)) != len(header):
        raise ParseError(name, 1, expected, shown)
    rows, lines = read_rows(text, name)
    keep = [i for i in range(1, len(rows)) if not rows[i][0].lstrip().startswith("#")]
    body, body_lines = [rows[i] for i in keep], [lines[i] for i in keep]
    short = [i for i, r in enumerate(body) if len(r) != len(header)]
    if short:
        i = short[0]
        raise ParseError(name, body_lines[i], f"{len(header)} comma-separated cells, as in the header",
                         f"{len(body[i])} cells: {','.join(body[i])}")
    if not body:
        raise ParseError(name, lines[0] + 1, "at least one row after the header", "end of file")
    return header, body, body_lines


def _require_ordered(start: pd.DatetimeIndex, end: pd.DatetimeIndex, lines: list[int], name: str) -> None:
    back = np.flatnonzero(np.asarray(end < start))
    if len(back):
        i = int(back[0])
        raise ParseError(name, lines[i], f"an end date on or after {start[i]:%Y-%m-%d}", f"{end[i]:%Y-%m-%d}")
