"""Several series on one calendar, for a spreadsheet or a notebook: ``ustflow export ID... --freq M``.

Every row is one period of the target frequency, named by its end (``period_end``) and by its label
(``2025-04``, ``2025Q2``, ``2025``; a week or a day by its date). Each series is brought to that
frequency by what it measures, and says so:

- a **stock** (holdings, positions, amounts outstanding, custody levels): the level at the period's
  end, i.e. the value of the last source period in it (blank when that one is not held);
- a **flow** (net purchases, acquisitions, sales, valuation changes, balance-of-payments items,
  interventions): the sum of the source periods ending in the target period, blank unless all of
  them are held (no partial months); a daily flow (MoF's interventions) lists only the days with an
  operation, so the days it does not list count as zero;
- a **rate or price** (percent, percentage points, an index, JPY per USD): the mean of the source
  periods in the target period, blank unless all of them are held (daily series: unless the data
  reach within four days of both ends of the period, which allows for weekends and holidays).

A source period belongs to the target period that holds its last day (a week ending Saturday
2025-05-03 is in May; Japan's fiscal year April 2025 - March 2026 is in 2026). A series coarser than
the target (a quarterly series exported monthly) is shown at the period holding its end (March,
June, ...), never interpolated. The kind is decided from the unit, then from the words of the id and
title (``kind``); a series whose kind cannot be told is exported only at its own frequency.

    df = ustflow.export(["tic.holdings.japan", "mof.weekly.assets.lt_debt.net", "fred.dgs10"], freq="M",
                        start="2024-01", out="japan.xlsx")
    df.attrs["series"]["fred.dgs10"]["conversion"]   # 'mean of the daily values in each month'

Files: CSV (``#`` lines state each series' title, unit, source and conversion; read with
``pandas.read_csv(path, comment="#")``), Excel (sheets ``data``, ``series`` and ``about``; needs
openpyxl, which comes with ``pip install 'ustflow[export]'`` and is imported only here) and Parquet
(written by DuckDB; each series' unit, source, files, vintage and conversion in the file's key-value
metadata, under its id and under ``ustflow``; ``pandas.read_parquet`` restores them as ``.attrs``).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ustflow import api
from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NoDataError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

# target frequency -> (pandas period frequency, name of one period, adjective)
FREQS = {"D": ("D", "day", "daily"), "W": ("W-SAT", "week", "weekly (weeks ending Saturday)"),
         "M": ("M", "month", "monthly"), "Q": ("Q-DEC", "quarter", "quarterly"), "A": ("Y-DEC", "year", "annual")}
_ALIASES = {"Y": "A", "DAY": "D", "DAILY": "D", "WEEK": "W", "WEEKLY": "W", "MONTH": "M", "MONTHLY": "M",
            "QUARTER": "Q", "QUARTERLY": "Q", "YEAR": "A", "ANNUAL": "A"}
FORMATS = ("csv", "xlsx", "parquet")
RULES = {"stock": "end-of-period level", "flow": "sum", "rate": "mean"}
_SOURCE_NAMES = {"D": "daily values", "W": "weeks", "M": "months", "Q": "quarters", "A": "years"}
_DAY_SLACK = 4  # days a daily series may miss at either end of a period (a weekend and a holiday)

_RATE_UNITS = ("percent", "percentage points", "index", "bp", "basis points")
_STOCK_WORDS = re.compile(r"holdings|\bheld\b|outstanding|_pos\b|\bpositions?\b|\blevels?\b")
_FLOW_WORDS = re.compile(r"purchases|\bsales\b|acquisition|disposition|_net\b|/net\b|net assets|valuation change|"
                         r"_valchg\b|intervention|transactions|\bcredit\b|\bdebit\b|balance\b|\bexecution\b|"
                         r"\bflows?\b(?! of funds)")


def freq_code(freq: str) -> str:
    """``M``, ``month``, ``monthly`` -> ``M`` (D, W, M, Q, A); ``InvalidArgument`` for anything else."""
    f = str(freq).strip().upper()
    f = _ALIASES.get(f, f)
    if f not in FREQS:
        raise InvalidArgument(f"unknown frequency {freq!r}; use one of D, W, M, Q, A (day, week ending Saturday, "
                              "month, quarter, year)")
    return f


def kind(series_id: str, title: str, unit: str) -> tuple[str, str]:
    """(``stock`` | ``flow`` | ``rate`` | ``unknown``, why): what a series measures, from its unit, then its words."""
    u = (unit or "").lower()
    if u.startswith(_RATE_UNITS) or " per " in u:
        return "rate", f"a rate or price ({unit})"
    text = f"{series_id} {title}".lower()
    if text.rstrip().endswith("/stock"):  # the Flow of Funds names its tables Stock, Flow, Reconciliation
        return "stock", "a Flow of Funds stock"
    if text.rstrip().endswith(("/flow", "/reconciliation")):
        return "flow", "a Flow of Funds flow or reconciliation"
    if "external assets and liabilities of banks" in text:  # BoJ does not say whether these are flows or stocks
        return "unknown", "the BoP's table of banks' external assets and liabilities (flow or stock not stated)"
    if series_id.startswith(("boj.bop.", "boj.regbp.")):
        return "flow", "a balance-of-payments item (transactions in the period)"
    if m := _STOCK_WORDS.search(text):
        return "stock", f"an amount held ('{m.group(0).strip('_/ ')}')"
    if m := _FLOW_WORDS.search(text):
        return "flow", f"an amount in the period ('{m.group(0).strip('_/ ')}')"
    return "unknown", "neither a rate by its unit nor a stock or flow by its name"


def _as_periods(s: "pd.Series", frequency: str) -> "pd.PeriodIndex":
    """The series' own periods: days for daily data, fiscal years (dated by their first day) as years."""
    import pandas as pd

    idx = s.index
    if isinstance(idx, pd.PeriodIndex):
        return idx
    if frequency == "A" and len(idx):  # dated by the first day: a year ending the day before a year later
        ends = idx + pd.DateOffset(years=1) - pd.Timedelta(days=1)
        month = ends[0].strftime("%b").upper()
        return pd.PeriodIndex(ends, freq=f"Y-{month}")
    return pd.PeriodIndex(pd.DatetimeIndex(idx), freq="D")


def _convert(s: "pd.Series", frequency: str, target: str, rule: str, start=None, end=None,
             last_listed=None) -> tuple["pd.Series", str]:
    """``s`` on the target periods by ``rule`` (last/sum/mean), with blanks where a period is not whole."""
    import pandas as pd

    pfreq, one, _ = FREQS[target]
    src = _as_periods(s, frequency)
    values = pd.Series(s.to_numpy(dtype="float64"), index=src).dropna()
    if values.empty:
        return pd.Series(dtype="float64"), ""
    to = values.index.end_time.to_period(pfreq)
    if src.freqstr == pd.PeriodIndex([], freq=pfreq).freqstr:
        return pd.Series(values.to_numpy(), index=to), "as published"
    # every source period that ends in the target periods spanned, held or not
    first, last = to.min(), to.max()
    full = pd.period_range(first.start_time, last.end_time, freq=src.freq)
    full = full[(full.end_time >= first.start_time) & (full.end_time <= last.end_time)]
    expected = pd.Series(1, index=full.end_time.to_period(pfreq)).groupby(level=0).size()
    grouped = pd.Series(values.to_numpy(), index=to).groupby(level=0)
    if expected.max() <= 1:  # the source is as coarse as the target or coarser: shown where it ends
        noun = _SOURCE_NAMES.get(frequency, "periods")
        return grouped.last(), f"as published: {noun} shown at the {one} holding their last day (not interpolated)"
    daily = src.freqstr == "D"
    noun = _SOURCE_NAMES.get(frequency, "source periods")
    if rule == "last":
        out = grouped.last()
        if daily:  # a level at the period's end: the last day held, within a few days of it
            last_day = pd.Series(values.index.end_time, index=to).groupby(level=0).max()
            ok = (out.index.end_time - last_day.reindex(out.index)) <= pd.Timedelta(days=_DAY_SLACK + 1)
        else:  # the last source period of the target period must be held
            last_src = pd.Series(full.end_time, index=full.end_time.to_period(pfreq)).groupby(level=0).max()
            held = pd.Series(values.index.end_time, index=to).groupby(level=0).max()
            ok = held.reindex(out.index) == last_src.reindex(out.index)
        return out[ok.to_numpy()], f"last of the {noun} in each {one} (the level at its end)"
    if daily and rule == "sum":  # a list of the days with an amount (MoF's interventions): a day not listed is
        # zero, from the start asked (else the first day listed) to the period of the last day listed
        begin = first if start is None else min(first, pd.Period(start, pfreq))
        if end is not None and last_listed is not None:  # up to the end asked, within what the file covers
            last = max(last, min(pd.Period(end, pfreq), pd.Period(last_listed, pfreq)))
        out = grouped.sum().reindex(pd.period_range(begin, last, freq=pfreq), fill_value=0.0)
        return out, f"sum of the days listed in each {one} (a day not listed counts as zero)"
    out = grouped.sum() if rule == "sum" else grouped.mean()
    if daily:
        days = pd.Series(values.index.start_time, index=to).groupby(level=0)
        slack = pd.Timedelta(days=_DAY_SLACK)
        first_day, last_day = days.min().reindex(out.index), days.max().reindex(out.index)
        ok = ((first_day - out.index.start_time) <= slack) & ((out.index.end_time - last_day)
                                                              <= slack + pd.Timedelta(days=1))
    else:
        ok = grouped.size().reindex(out.index) == expected.reindex(out.index)
    what = "sum" if rule == "sum" else "mean"
    where = "ending " if frequency in ("W", "A") else ""
    return out[ok.to_numpy()], f"{what} of the {noun} {where}in each {one}" + ("" if daily else " (all of them held)")


def _rounded(s: "pd.Series", unit: str, rule: str) -> "pd.Series":
    """Means carry two decimals more than the unit prints with (a mean of 4.21 and 4.22 is 4.215)."""
    from ustflow.formats import unit_decimals

    if rule != "mean":
        return s
    d = unit_decimals("value", unit)
    return s.round((d if d is not None else 2) + 2)


@checked
def export(ids: Sequence[str] | str, freq: str = "M", start=None, end=None, as_of=None, *,
           out: str | Path | None = None, format: str | None = None,
           store: "Store | str | None" = None) -> "pd.DataFrame":
    """Series side by side on one calendar (``freq``: D, W, M, Q, A), aligned on period ends.

    Returns a DataFrame indexed by the target periods (``period``) with one column per id, and
    ``.attrs``: ``freq``, ``as_of``, ``series`` (per id: title, unit, source, frequency, kind, rule,
    conversion, first, last, values) and ``notes``. With ``out``, also writes it (``format`` csv,
    xlsx or parquet, else from the file's extension; ``out="-"``: standard output). Each id is checked (``NotFoundError`` with the
    ids it may have meant); a series whose kind cannot be told raises ``InvalidArgument`` unless
    exported at its own frequency.
    """
    import pandas as pd

    ids = [ids] if isinstance(ids, str) else list(dict.fromkeys(ids))
    if not ids:
        raise InvalidArgument("export: give at least one series id (see `ustflow series --search TEXT`)")
    target = freq_code(freq)
    pfreq, one, adjective = FREQS[target]
    fmt = _format(None if str(out) == "-" else out, format)
    columns, meta = {}, {}
    files = _files(store, as_of)
    for sid in ids:
        s = api.series(sid, start=start, end=end, as_of=as_of, store=store)
        k, why = kind(sid, s.attrs.get("title") or "", s.attrs["unit"])
        own = s.attrs["frequency"]
        if k == "unknown" and own != target:
            raise InvalidArgument(f"{sid}: cannot tell whether it is a stock, a flow or a rate ({why}), so it "
                                  f"cannot be brought to {adjective} values; export it at its own frequency "
                                  f"(--freq {own})")
        rule = {"stock": "last", "flow": "sum", "rate": "mean"}.get(k, "last")
        last_listed = None
        if own == "D" and rule == "sum" and end is not None:  # the last day the file lists, past the end asked
            whole = api.series(sid, start=end, as_of=as_of, store=store)
            last_listed = whole.index.max() if len(whole) else None
        values, how = _convert(s, own, target, rule, start, end, last_listed)
        values = _within(_rounded(values, s.attrs["unit"], rule), start, end)
        columns[sid] = values
        meta[sid] = {"title": s.attrs.get("title"), "unit": s.attrs["unit"], "source": s.attrs.get("source"),
                     "frequency": own, "kind": k, "kind_reason": why,
                     "rule": "as published" if how.startswith("as published") else RULES[k],
                     "conversion": how or "no values in range",
                     "first": _label(values.index.min(), target) if len(values) else None,
                     "last": _label(values.index.max(), target) if len(values) else None,
                     "values": int(values.notna().sum()),
                     **_provenance(files, s.attrs.get("source") or "")}
        if as_of is not None:
            meta[sid]["vintage_kind"] = s.attrs.get("vintage_kind")
    held = [v for v in columns.values() if len(v)]
    if not held:
        raise NoDataError(f"no values for {', '.join(ids)} between {start or 'the first period'} and "
                          f"{end or 'the last'}" + (f" known on {as_of}" if as_of else ""))
    lo, hi = min(v.index.min() for v in held), max(v.index.max() for v in held)
    index = (pd.PeriodIndex(sorted(set().union(*(v.index for v in held))), freq=pfreq) if target == "D"
             else pd.period_range(lo, hi, freq=pfreq))
    df = pd.DataFrame({sid: v.reindex(index) for sid, v in columns.items()}, index=index)
    df.index.name = "period"
    df.attrs.update(freq=target, frequency=adjective, as_of=as_of, series=meta, notes=_notes(target, one))
    if out is not None:
        write(df, out, fmt)
    return df


def _within(values: "pd.Series", start, end) -> "pd.Series":
    """Only the target periods that overlap ``start``..``end``: a month's level read with ``--end`` in its
    first days is shown at the period holding the month's end, which may lie past ``--end`` (dropped)."""
    import pandas as pd

    from ustflow.dates import parse_date

    keep = pd.Series(True, index=values.index)
    if len(values) and end is not None:
        keep &= values.index.start_time <= pd.Timestamp(parse_date(end, "end"))
    if len(values) and start is not None:
        keep &= values.index.end_time >= pd.Timestamp(parse_date(start, "start"))
    return values[keep.to_numpy()]


def _files(store: "Store | str | None", as_of) -> "pd.DataFrame":
    """The newest loaded file of each source (known by ``as_of`` when given): its name and vintage."""
    from datetime import datetime, timedelta

    import pandas as pd

    from ustflow import store as st
    from ustflow.dates import parse_date

    with st.as_store(store).read() as con:
        loads = st.loads(con).sort_values(["vintage", "load_id"])
    newest = loads.groupby("source").last()
    if as_of is None:
        return newest
    # a date means the end of that day, as in every as-of read; a source with no file known by then
    # gives values backdated from its oldest file (the series' vintage_kind says so)
    cut = pd.Timestamp(datetime.combine(parse_date(as_of, "as_of"), datetime.min.time()) + timedelta(days=1))
    known = loads[loads["vintage"] < cut].groupby("source").last()
    oldest = loads.groupby("source").first()
    return pd.concat([known, oldest[~oldest.index.isin(known.index)]])


def _provenance(files: "pd.DataFrame", sources: str) -> dict[str, str]:
    """``files``: the files the values were read from; ``vintage``: when the newest of them was published
    or fetched (YYYY-MM-DD), the version of the data a reader can ask the publisher for."""
    used = [s.strip() for s in sources.split(",") if s.strip() in files.index]
    if not used:
        return {"files": "", "vintage": ""}
    rows = files.loc[used]
    return {"files": ", ".join(dict.fromkeys(rows["file"])), "vintage": f"{rows['vintage'].max():%Y-%m-%d}"}


def _notes(target: str, one: str) -> list[str]:
    return [f"One row per {one}, named by its last day (period_end) and its label (period).",
            "Stocks: the level at the period's end; flows: the sum over the period; rates and prices: the mean "
            "over the period (each series' conversion says which it got).",
            "A period a flow or rate does not cover whole is blank (no partial sums or means); a source period "
            f"belongs to the {one} that holds its last day; coarser series are shown at the {one} holding "
            "their period's end, never interpolated.",
            "Values are as published by each source, in its unit (no currency conversion)."]


def _label(p: Any, target: str) -> str:
    from ustflow.formats import period

    return period(p) if target != "A" else str(p.year)


def _format(out: str | Path | None, format: str | None) -> str:
    if format is not None:
        fmt = str(format).lower().lstrip(".")
    elif out is not None and Path(str(out)).suffix:
        fmt = Path(str(out)).suffix.lower().lstrip(".")
    else:
        fmt = "csv"
    if fmt not in FORMATS:
        raise InvalidArgument(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt


def table(df: "pd.DataFrame") -> "pd.DataFrame":
    """The export as a flat table: ``period_end`` (a date), ``period`` (its label), then the series."""
    import pandas as pd

    target = df.attrs.get("freq", "M")
    flat = df.reset_index(drop=True)
    flat.insert(0, "period", [_label(p, target) for p in df.index])
    flat.insert(0, "period_end", pd.DatetimeIndex(df.index.end_time.normalize()).date)
    return flat


def series_table(df: "pd.DataFrame") -> "pd.DataFrame":
    """One row per series: id, title, unit, source, its own frequency, kind, conversion, first, last, values."""
    import pandas as pd

    cols = ["title", "unit", "source", "files", "vintage", "frequency", "kind", "conversion", "first", "last",
            "values"] + (["vintage_kind"] if df.attrs.get("as_of") else [])  # archived, or latest backdated
    rows = [{"id": sid, **{c: m.get(c) for c in cols}} for sid, m in df.attrs["series"].items()]
    return pd.DataFrame(rows, columns=["id", *cols])


def header_lines(df: "pd.DataFrame") -> list[str]:
    """The CSV's ``#`` block: what the rows are, then one line per series (unit, source, conversion)."""
    from ustflow import __version__

    a = df.attrs
    head = (f"ustflow {__version__} export: {len(df.columns)} series, {a['frequency']}, rows by period end"
            + (f", as known on {a['as_of']}" if a.get("as_of") else "")
            + f"; generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
    lines = [head]
    for sid, m in a["series"].items():
        known = f"; as known on {a['as_of']}: {m.get('vintage_kind')}" if a.get("as_of") else ""
        lines.append(f"{sid}: {m['title']} [{m['unit']}] (source: {m['source']}; files: {m['files']}; "
                     f"vintage: {m['vintage']}{known}); {m['kind']}, "
                     f"{_FREQ_WORDS.get(m['frequency'], m['frequency'])}: {m['conversion']}")
    return lines + a["notes"]


_FREQ_WORDS = {"D": "daily", "W": "weekly", "M": "monthly", "Q": "quarterly", "A": "annual"}


def write(df: "pd.DataFrame", out: str | Path, format: str | None = None) -> Path | None:
    """Write an export (``export(...)``'s frame) as CSV, Excel or Parquet, atomically; ``out="-"``:
    standard output (Excel and Parquet only into a pipe or a file, never onto a terminal)."""
    import sys

    from ustflow.atomic import atomic_write

    fmt = _format(None if str(out) == "-" else out, format)
    if str(out) == "-" and fmt == "csv":
        sys.stdout.write(csv_text(df))
        return None
    if str(out) == "-" and sys.stdout.isatty():
        raise InvalidArgument(f"{fmt} is a binary file: write it to a file with --out FILE.{fmt}")
    data = {"csv": _csv_bytes, "xlsx": _xlsx_bytes, "parquet": _parquet_bytes}[fmt](df)
    if str(out) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return None
    return atomic_write(out, data)


def csv_text(df: "pd.DataFrame") -> str:
    from ustflow.formats import without_float_noise

    body = without_float_noise(table(df)).to_csv(index=False, lineterminator="\n")
    return "".join(f"# {line}\n" for line in header_lines(df)) + body


def _csv_bytes(df: "pd.DataFrame") -> bytes:
    return csv_text(df).encode("utf-8")


def _engine(module: str, fmt: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InvalidArgument(f"{fmt} export needs {module}: pip install 'ustflow[export]' "
                              "(or export as csv)") from None


def _xlsx_bytes(df: "pd.DataFrame") -> bytes:
    """Sheets ``data`` (dates as dates, one number format per unit, header frozen), ``series``, ``about``."""
    import io

    import pandas as pd

    _engine("openpyxl", "xlsx")
    from ustflow.formats import unit_decimals

    flat = table(df)
    flat["period_end"] = pd.to_datetime(flat["period_end"])
    about = pd.DataFrame({"about": header_lines(df)[:1] + df.attrs["notes"]
                          + ["Read it back with pandas.read_excel(path, sheet_name=None)."]})
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        flat.to_excel(xw, sheet_name="data", index=False)
        series_table(df).to_excel(xw, sheet_name="series", index=False)
        about.to_excel(xw, sheet_name="about", index=False)
        sheet = xw.sheets["data"]
        sheet.freeze_panes = "C2"
        for row in sheet.iter_rows(min_row=2, min_col=1, max_col=1):
            row[0].number_format = "yyyy-mm-dd"
        sheet.column_dimensions["A"].width = 12
        for j, sid in enumerate(df.columns, start=3):
            d = unit_decimals("value", df.attrs["series"][sid]["unit"])
            fmt = "#,##0" + ("." + "0" * (d + (2 if df.attrs["series"][sid]["rule"] == "mean" else 0))
                             if d else "")
            letter = sheet.cell(row=1, column=j).column_letter
            sheet.column_dimensions[letter].width = max(12, min(40, len(sid) + 2))
            for row in sheet.iter_rows(min_row=2, min_col=j, max_col=j):
                row[0].number_format = fmt
        for name, widths in (("series", [34, 60, 12, 22, 22, 11, 10, 8, 50, 11, 11, 8, 40]), ("about", [120])):
            for k, w in enumerate(widths, start=1):
                xw.sheets[name].column_dimensions[xw.sheets[name].cell(row=1, column=k).column_letter].width = w
    return buf.getvalue()


def _parquet_bytes(df: "pd.DataFrame") -> bytes:
    """Written by DuckDB (no pyarrow: installed, it would make pandas import it in every command). The
    file's key-value metadata holds ``ustflow`` (the whole description: each series' unit, source,
    files, vintage, conversion; the notes), one key per series id with its own description, and
    ``PANDAS_ATTRS`` (the same description), which ``pandas.read_parquet`` restores as ``.attrs``."""
    import tempfile

    import duckdb
    import pandas as pd

    flat = table(df)
    flat["period_end"] = pd.to_datetime(flat["period_end"])
    about = {"freq": df.attrs["freq"], "frequency": df.attrs["frequency"], "as_of": df.attrs.get("as_of"),
             "series": df.attrs["series"], "notes": df.attrs["notes"], "header": header_lines(df)[0]}
    kv = {"ustflow": about, "PANDAS_ATTRS": about,
          **{sid: {k: m.get(k) for k in ("title", "unit", "source", "files", "vintage", "frequency", "kind",
                                          "conversion")} for sid, m in df.attrs["series"].items()}}

    def literal(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    pairs = ", ".join(f"{literal(k)}: {literal(json.dumps(v, default=str))}" for k, v in kv.items())
    columns = ", ".join(['period_end::DATE AS period_end', 'period::VARCHAR AS period']
                        + [f'"{sid}"::DOUBLE AS "{sid}"' for sid in df.columns])
    with tempfile.TemporaryDirectory(prefix="ustflow-export-") as tmp:
        path = Path(tmp) / "export.parquet"
        con = duckdb.connect()
        try:
            con.register("flat", flat)
            con.execute(f"COPY (SELECT {columns} FROM flat) TO {literal(str(path))} "
                        f"(FORMAT parquet, KV_METADATA {{{pairs}}})")
        finally:
            con.close()
        return path.read_bytes()

