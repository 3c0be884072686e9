"""Minimal, independent readers of the raw official files, for labelling the claims corpus.

Deliberately NOT ustflow's parsers: the corpus is the measure the checker is judged by, so its
labels must not share code (or bugs) with the thing under test. Each reader is the smallest thing
that reads its file right; see README.md for the conventions (units, weeks, series breaks).

Every value is returned in the publisher's own unit:
- MoF International Transactions in Securities: 100 million yen (JPY 100mn), + = net purchase.
- TIC Major Foreign Holders: USD bn, end of month. SLT Table 3: USD mn.
- FRED: percent (yields) or JPY per USD (DEXJPUS). MoF JGB yields: percent.
- Interventions (curated, extra/): JPY bn as published.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("USTFLOW_SHARED_DATA", REPO.parent / "shared" / "data"))
MIRROR = DATA / "mirror"
VINTAGES = DATA / "vintages"

_MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1)}


def _num(s: str) -> float | None:
    s = s.strip().replace(",", "")
    if s in ("", "-", "n.a.", "*"):
        return None
    return float(s)


def country_key(name: str) -> str:
    """'"China, Mainland"', 'Korea, South ', 'United Kingdom 2/' -> 'china, mainland', ... ."""
    name = name.strip().strip('"')
    name = re.sub(r"\s+\d+/\s*$", "", name)
    return re.sub(r"\s+", " ", name).strip().lower()


# ---------------------------------------------------------------- TIC Major Foreign Holders

@functools.lru_cache(maxsize=None)
def tic_history(path: str = str(MIRROR / "mfhhis01.txt")) -> tuple[dict, dict]:
    """mfhhis01: ({(country, 'YYYY-MM'): value}, {(country, 'YYYY-MM'): old-series value}).

    At a benchmark month the table prints the month twice: the new series first, the old series
    ("shown for comparison only") second. The first goes to the levels, the second to ``old``, so
    a change into the benchmark month can be taken like for like (old series on both sides).
    """
    levels: dict = {}
    old: dict = {}
    months: list[str] | None = None
    with open(path, encoding="latin-1") as fh:
        lines = fh.read().splitlines()
    pending_names: list[str] | None = None
    for line in lines:
        cells = line.split("\t")
        head = cells[0].strip()
        if head == "" and any(c.strip() in _MONTHS for c in cells[1:]):
            pending_names = [c.strip() for c in cells[1:] if c.strip()]
            continue
        if head == "Country" and pending_names:
            years = [c.strip() for c in cells[1:] if c.strip()]
            months = [f"{y}-{_MONTHS[m]:02d}" for m, y in zip(pending_names, years)]
            pending_names = None
            continue
        if months is None or head == "" or head.startswith("---"):
            continue
        if re.match(r"^\d+/", head) or head.startswith('"') and re.match(r'^"\d+/', head):
            months = None  # footnotes
            continue
        key = country_key(cells[0])
        vals = [_num(c) for c in cells[1:1 + len(months)]]
        seen = set()
        for m, v in zip(months, vals):
            if v is None:
                continue
            if m in seen:
                old[(key, m)] = v
            else:
                levels[(key, m)] = v
                seen.add(m)
    return levels, old


@functools.lru_cache(maxsize=None)
def tic_table5() -> dict:
    """slt_table5: {(country, 'YYYY-MM'): USD bn} for the latest 13 months."""
    out = {}
    months = None
    with open(MIRROR / "slt_table5.txt", encoding="latin-1") as fh:
        for line in fh.read().splitlines():
            cells = [c for c in line.split("\t")]
            if cells[0].strip() == "Country":
                months = [c.strip() for c in cells[1:] if c.strip()]
                continue
            if months and cells[0].strip():
                for m, c in zip(months, cells[1:]):
                    v = _num(c) if c.strip() else None
                    if v is not None:
                        out[(country_key(cells[0]), m)] = v
            elif months and not cells[0].strip():
                months = None
    return out


_TIC_ALIASES = {"china": "china, mainland", "total": "grand total", "uk": "united kingdom",
                "all countries": "grand total"}


def tic_level(country: str, month: str, vintage: str | None = None, series: str = "new") -> float | None:
    """Holdings (USD bn) at the end of ``month``; ``series='old'`` for the comparison column."""
    key = _TIC_ALIASES.get(country.lower(), country.lower())
    if vintage:
        levels, old = tic_history(str(VINTAGES / f"mfhhis01_{vintage}.txt"))
    else:
        levels, old = tic_history()
    if series == "old":
        return old.get((key, month))
    v = levels.get((key, month))
    if v is None and not vintage:
        v = tic_table5().get((key, month))
        if v is None and key == "grand total":
            v = tic_table5().get(("grand total", month))
    return v


def tic_is_break(country: str, month: str) -> bool:
    key = _TIC_ALIASES.get(country.lower(), country.lower())
    return (key, month) in tic_history()[1]


def tic_series(country: str) -> pd.Series:
    """Every month's holdings (new series), history then Table 5, as a month-indexed Series."""
    key = _TIC_ALIASES.get(country.lower(), country.lower())
    d = {m: v for (c, m), v in tic_history()[0].items() if c == key}
    for (c, m), v in tic_table5().items():
        if c == key and m not in d:
            d[m] = v
    return pd.Series(d).sort_index()


# Dec 2011 is a break with no overlap column (bonds and notes from Form SLT from then on): no
# like-for-like change into it can be computed from the table.
NO_OVERLAP_BREAKS = ("2011-12",)


def _next_month(m: str) -> str:
    y, mo = map(int, m.split("-"))
    return f"{y + 1}-01" if mo == 12 else f"{y}-{mo + 1:02d}"


def tic_change(country: str, month: str, prev: str, vintage: str | None = None) -> float | None:
    """Like-for-like change from ``prev`` to ``month``: the sum of the monthly changes, each one into
    a benchmark month taken on the old series (the comparison column). None across Dec 2011."""
    total, m = 0.0, prev
    while m < month:
        nxt = _next_month(m)
        if nxt in NO_OVERLAP_BREAKS:
            return None
        end = tic_level(country, nxt, series="old") if (not vintage and tic_is_break(country, nxt)) else None
        end = end if end is not None else tic_level(country, nxt, vintage)
        start = tic_level(country, m, vintage)
        if end is None or start is None:
            return None
        total += end - start
        m = nxt
    return round(total, 4)


@functools.lru_cache(maxsize=None)
def slt_table3() -> pd.DataFrame:
    """slt_table3: USD mn, one row per country and month (machine column names)."""
    return _slt_table("slt_table3.txt")


@functools.lru_cache(maxsize=None)
def slt_table1() -> pd.DataFrame:
    """slt_table1 (Table 1, U.S. long-term securities held by foreign residents): USD mn, one row per country and
    month, 2020-01..; holdings (``*_pos``), net U.S. sales to foreigners (``*_net``: positive = the foreign position
    rose, i.e. net foreign purchases; from 2023-02, the SLT basis that replaced Form S) and valuation changes
    (``*_valchg``) for total LT (``for_lt_total_*``), Treasuries (``for_lt_treas_*``), agency bonds (``for_lt_agcy_*``),
    corporate and other bonds (``for_lt_corp_*``) and equity (``for_lt_eqty_*``)."""
    return _slt_table("slt_table1.txt")


def _slt_table(name: str) -> pd.DataFrame:
    with open(MIRROR / name, encoding="latin-1") as fh:
        return parse_slt_table(fh.read().splitlines())


def parse_slt_table(lines) -> pd.DataFrame:
    """Rows of an SLT table file (tab-separated; the header line that starts 'country' gives machine names)."""
    rows = []
    cols = None
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if cells and cells[0] == "country":
            cols = cells
            continue
        if cols and len(cells) >= len(cols) and re.match(r"^\d{4}-\d{2}$", cells[2] or ""):
            rows.append(cells[:len(cols)])
    df = pd.DataFrame(rows, columns=cols)
    for c in cols[3:]:
        df[c] = df[c].map(_num)
    df["key"] = df["country"].map(country_key)
    return df


def parse_slt3d(lines) -> pd.DataFrame:
    """Rows of slt3d_globl.csv (TABLE 3D, 1977-2023-01, USD mn, thousands commas, quoted): country,
    country_code, date, for_treas_pos, for_lt_treas_pos, for_st_treas_pos, under slt_table3's names."""
    rows = []
    for cells in csv.reader(lines):
        if len(cells) >= 6 and re.match(r"^\d{4}-\d{2}$", cells[2].strip()):
            rows.append([cells[0].strip(), cells[1].strip(), cells[2].strip()] + [_num(c) for c in cells[3:6]])
    df = pd.DataFrame(rows, columns=["country", "country_code", "date", "for_treas_pos", "for_lt_treas_pos",
                                     "for_st_treas_pos"])
    df["key"] = df["country"].map(country_key)
    return df


@functools.lru_cache(maxsize=None)
def slt_table3d() -> pd.DataFrame:
    """slt3d_globl.csv: Table 3D holdings by country (USD mn), the history before slt_table3 (2020 on)."""
    with open(MIRROR / "slt3d_globl.csv", encoding="latin-1") as fh:
        return parse_slt3d(fh.read().splitlines())


# ---------------------------------------------------------------- MoF securities transactions

_ITEMS = ["equity.acq", "equity.disp", "equity.net", "lt_debt.acq", "lt_debt.disp", "lt_debt.net",
          "subtotal.net", "st_debt.acq", "st_debt.disp", "st_debt.net", "total.net"]
WEEK_COLUMNS = [f"assets.{i}" for i in _ITEMS] + [f"liabilities.{i}" for i in _ITEMS]


def _read_cp932_rows(name: str) -> list[list[str]]:
    raw = (MIRROR / name).read_bytes().decode("cp932")
    return list(csv.reader(io.StringIO(raw)))


def _week_dates(label: str) -> tuple[date, date]:
    """'2005．1．2～ 1．8' / '2025．12．28～2026．1．3' -> (Sunday, Saturday)."""
    label = label.replace("．", ".").replace(" ", "").replace("\u3000", "")
    left, right = label.split("～")
    y, m, d = (int(x) for x in left.split("."))
    parts = [int(x) for x in right.split(".")]
    if len(parts) == 3:
        ey, em, ed = parts
    else:
        em, ed = parts
        ey = y + (1 if em < m else 0)
    return date(y, m, d), date(ey, em, ed)


@functools.lru_cache(maxsize=None)
def mof_weekly() -> pd.DataFrame:
    """week.csv: one row per week (index: the Saturday that ends it), columns WEEK_COLUMNS."""
    rows = []
    for cells in _read_cp932_rows("week.csv"):
        if not cells or "～" not in cells[0]:
            continue
        start, end = _week_dates(cells[0])
        vals = [_num(c) for c in cells[1:23]]
        rows.append([pd.Timestamp(start), pd.Timestamp(end)] + vals)
    df = pd.DataFrame(rows, columns=["start", "end"] + WEEK_COLUMNS).set_index("end")
    return df


def week_of(day: date) -> tuple[date, date]:
    """The MoF week (Sunday..Saturday) containing ``day``."""
    start = day - timedelta(days=(day.weekday() + 1) % 7)
    return start, start + timedelta(days=6)


_JP_MONTH = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
             "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def _monthly_rows(name: str):
    """Yield ('YYYY-MM', cells) for the month rows of a MoF monthly file (year only on January)."""
    year = None
    for cells in _read_cp932_rows(name):
        if len(cells) < 4:
            continue
        y = cells[0].strip()
        if re.match(r"^\d{4}$", y):
            year = int(y)
        m = cells[2].strip()
        if m in _JP_MONTH and year is not None:
            if not any(c.strip() for c in cells[3:]):
                continue
            yield f"{year}-{_JP_MONTH[m]:02d}", cells


def _annual_rows(name: str):
    """Yield ('2016CY' | '2016FY', cells) for the calendar- and fiscal-year rows a MoF monthly file prints
    ("2016年(1月～12月） 2016CY"): MoF's own annual totals, which can differ by a unit or two from the sum of
    the rounded months."""
    for cells in _read_cp932_rows(name):
        m = re.search(r"(\d{4})(CY|FY)\s*$", cells[0].strip()) if cells else None
        if m and len(cells) >= 4:
            yield m.group(1) + m.group(2), cells


@functools.lru_cache(maxsize=None)
def mof_annual(file: str) -> pd.DataFrame:
    """The annual rows of montha1 (``file = "a1"``) or monthb2/3/4, indexed '2016CY' / '2016FY', with the same
    columns as the month frames."""
    if file == "a1":
        data = {k: [_num(c) for c in cells[3:27]] for k, cells in _annual_rows("montha1.csv")}
        return pd.DataFrame.from_dict(data, orient="index", columns=WEEK_COLUMNS + ["net_flows.subtotal",
                                                                                   "net_flows.total"])
    data = {k: [_num(c) for c in cells[3:3 + 3 * len(SECTORS)]] for k, cells in _annual_rows(f"month{file}.csv")}
    return pd.DataFrame.from_dict(data, orient="index", columns=[f"{s}.{k}" for s in SECTORS for k in ("acq", "disp", "net")])


@functools.lru_cache(maxsize=None)
def mof_monthly_a1() -> pd.DataFrame:
    """montha1.csv: month-indexed, columns WEEK_COLUMNS plus net_flows.subtotal / net_flows.total."""
    data = {}
    for month, cells in _monthly_rows("montha1.csv"):
        vals = [_num(c) for c in cells[3:27]]
        data[month] = vals
    cols = WEEK_COLUMNS + ["net_flows.subtotal", "net_flows.total"]
    return pd.DataFrame.from_dict(data, orient="index", columns=cols).sort_index()


SECTORS = ["all", "public", "central_bank", "general_government", "deposit_taking", "banks", "trust_banks",
           "other_sectors", "other_financial", "trust_accounts", "banks_trust_accounts",
           "trust_banks_trust_accounts", "financial_instruments_firms", "life_insurers", "nonlife_insurers",
           "investment_trusts", "others"]


@functools.lru_cache(maxsize=None)
def mof_monthly_by_investor(file: str) -> pd.DataFrame:
    """monthb2/3/4.csv ('b2' equity, 'b3' long-term debt, 'b4' short-term debt): columns '<sector>.<acq|disp|net>'."""
    data = {}
    for month, cells in _monthly_rows(f"month{file}.csv"):
        vals = [_num(c) for c in cells[3:3 + 3 * len(SECTORS)]]
        data[month] = vals
    cols = [f"{s}.{k}" for s in SECTORS for k in ("acq", "disp", "net")]
    return pd.DataFrame.from_dict(data, orient="index", columns=cols).sort_index()


# ---------------------------------------------------------------- markets

@functools.lru_cache(maxsize=None)
def fred(code: str, vintage: str | None = None) -> pd.Series:
    path = VINTAGES / vintage if vintage else MIRROR / f"{code}.csv"
    df = pd.read_csv(path)
    s = pd.to_numeric(df.iloc[:, 1], errors="coerce")
    s.index = pd.to_datetime(df.iloc[:, 0])
    return s.dropna()


_ERA = {"S": 1925, "H": 1988, "R": 2018}


@functools.lru_cache(maxsize=None)
def jgb() -> pd.DataFrame:
    """jgbcm_all.csv: daily JGB yields (percent) by tenor ('1'..'40'), Japanese era dates converted."""
    rows = _read_cp932_rows("jgbcm_all.csv")
    header = rows[1]
    tenors = [h.replace("年", "") for h in header[1:]]
    data = {}
    for cells in rows[2:]:
        m = re.match(r"^([SHR])(\d+)\.(\d+)\.(\d+)$", cells[0].strip())
        if not m:
            continue
        d = date(_ERA[m.group(1)] + int(m.group(2)), int(m.group(3)), int(m.group(4)))
        data[pd.Timestamp(d)] = [_num(c) for c in cells[1:1 + len(tenors)]]
    return pd.DataFrame.from_dict(data, orient="index", columns=tenors).sort_index()


@functools.lru_cache(maxsize=None)
def interventions() -> pd.DataFrame:
    df = pd.read_csv(DATA / "extra" / "intervention_operations_curated.csv")
    df["date_start"] = pd.to_datetime(df["date_start"])
    df["date_end"] = pd.to_datetime(df["date_end"])
    return df


def boj_flat(name: str = "bp_m_en.zip") -> tuple[list[str], dict]:
    """A BoJ flat file (zip of one CSV): (periods 'YYYY-MM', {series code: [values]}), 100 million yen."""
    return _boj_flat(name)  # one cache entry per file, however the name is passed


@functools.lru_cache(maxsize=None)
def _boj_flat(name: str) -> tuple[list[str], dict]:
    import zipfile

    with zipfile.ZipFile(MIRROR / name) as z:
        raw = z.read(z.namelist()[0]).decode("latin-1")
    rows = list(csv.reader(io.StringIO(raw)))
    periods = [f"{p[:4]}-{p[4:]}" for p in rows[0][4:]]
    data = {r[0]: [_num(v) if v not in ("NA",) else None for v in r[4:]] for r in rows[1:] if r}
    return periods, data


def boj_value(code: str, month: str, name: str = "bp_m_en.zip") -> float | None:
    periods, data = boj_flat(name)
    if code not in data or month not in periods:
        return None
    return data[code][periods.index(month)]


# ---------------------------------------------------------------- TIC Form S (s1_globl.txt)

FORM_S_COLUMNS = ["purch_treasury", "purch_agency", "purch_corp_bonds", "purch_us_stocks", "purch_for_bonds",
                  "purch_for_stocks", "sales_treasury", "sales_agency", "sales_corp_bonds", "sales_us_stocks",
                  "sales_for_bonds", "sales_for_stocks"]


@functools.lru_cache(maxsize=None)
def form_s() -> pd.DataFrame:
    """s1_globl.txt (Form S, 1977-01..2023-01): one row per country and month, USD mn, columns
    FORM_S_COLUMNS ([1]..[12]: gross purchases by foreigners from US residents, then gross sales)."""
    rows = []
    with open(MIRROR / "s1_globl.txt", encoding="latin-1") as fh:
        for line in fh.read().splitlines():
            cells = line.split("\t")
            if len(cells) < 15 or not re.match(r"^\d{4}-\d{2}$", cells[2].strip()):
                continue
            rows.append([country_key(cells[0]), cells[2].strip()] + [_num(c.strip('"')) for c in cells[3:15]])
    return pd.DataFrame(rows, columns=["key", "month"] + FORM_S_COLUMNS)


#: derived Form S measures (USD mn): net foreign purchases = gross purchases - gross sales
FORM_S_NET = {
    "treasury_net": (["purch_treasury"], ["sales_treasury"]),
    "agency_net": (["purch_agency"], ["sales_agency"]),
    "corp_bonds_net": (["purch_corp_bonds"], ["sales_corp_bonds"]),
    "us_stocks_net": (["purch_us_stocks"], ["sales_us_stocks"]),
    # net foreign purchases of long-term US securities (Treasuries, agencies, corporate bonds, stocks)
    "lt_domestic_net": (["purch_treasury", "purch_agency", "purch_corp_bonds", "purch_us_stocks"],
                        ["sales_treasury", "sales_agency", "sales_corp_bonds", "sales_us_stocks"]),
    # foreigners' net purchases of foreign securities from US residents (= US residents' net sales)
    "foreign_secs_net": (["purch_for_bonds", "purch_for_stocks"], ["sales_for_bonds", "sales_for_stocks"]),
}


@functools.lru_cache(maxsize=None)
def _form_s_cells() -> tuple[dict, "object"]:
    """({(country key, month): row number}, the FORM_S_COLUMNS cells as one float array): a Form S
    cell is a dict look-up, not a scan of the 41,000 rows (the labels ask for ~5,000 cells)."""
    df = form_s()
    rows: dict = {}
    for i, k in enumerate(zip(df["key"], df["month"])):
        rows.setdefault(k, i)  # the first row of a country and month, as a filter's first match
    return rows, df[FORM_S_COLUMNS].to_numpy()


def form_s_value(country: str, month: str, field: str) -> float | None:
    """One Form S cell or derived net (USD mn) for ``country`` ('Grand Total' for all) in ``month``."""
    index, cells = _form_s_cells()
    i = index.get((country_key(country), month))
    if i is None:
        return None
    row = dict(zip(FORM_S_COLUMNS, cells[i]))
    if field in FORM_S_COLUMNS:
        return row[field]
    if field == "lt_net":  # net long-term securities transactions: domestic net + foreign-securities net
        a, b = form_s_value(country, month, "lt_domestic_net"), form_s_value(country, month, "foreign_secs_net")
        return None if a is None or b is None else a + b
    plus, minus = FORM_S_NET[field]
    vals = [row[c] for c in plus + minus]
    if any(v is None or pd.isna(v) for v in vals):
        return None
    return float(sum(row[c] for c in plus) - sum(row[c] for c in minus))
