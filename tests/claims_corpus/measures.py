"""Official values for a claim's ``official`` spec, computed from the raw files via ``official.py``.

A spec is a TOML inline table; ``src`` says which file, the rest which row/column and period:

    {src="mof_week", item="assets.lt_debt.net", period="2025-03-30..2025-04-05"}   weeks (sum if several)
    {src="mof_month", item="assets.lt_debt.net", period="2023-06"}                  montha1 (sum if a range)
    {src="mof_month", file="b3", sector="banks", period="2023-04"}                  monthb2/3/4, net
    {src="tic", country="Japan", period="2016-10"}                                  level, USD bn
    {src="tic", country="Japan", period="2016-10", from="2016-09"}                  change (like for like)
    {src="tic", ..., from=..., pct=true}                                             percent change
    {src="tic", country="Japan", plus=["China", "United Kingdom"], period=..., from=...}  holders together
    {src="tic", country="Japan", plus="China", share_of="Grand Total", period=...}   share of a row, percent
    {src=..., ..., from=..., ratio=true}          any source: the period's value as a multiple of from's (倍, -fold)
    {src="slt3", country="Japan", field="for_treas_net", period="2025-03"}          SLT Table 3, USD mn -> bn
    {src="slt3", file="3d", country="Turkey", field="for_treas_pos", period="2018-06"}  Table 3D history
        (slt3d_globl.csv, to 2023-01: holders below the Major Foreign Holders' threshold); from / pct as for tic
    {src="slt1", country="Grand Total", field="for_lt_treas_net", period="2025-11"}  SLT Table 1, USD mn -> bn
    {src="tic_s", country="Grand Total", field="treasury_net", period="2018-02"}    Form S (s1_globl), USD mn -> bn
        fields: treasury_net [1]-[7], lt_domestic_net, foreign_secs_net, lt_net, or a raw column
    {src="fred", code="WMTSECL1", period="2015-07-22", from="2015-07-15"}           Fed custody, USD mn -> bn
    {src="fred", code="DGS10", period="2025-04-04"}    {src="jgb", tenor="10", period="2015-05-28"}
    {src="intervention", period="2024-04-26..2024-05-29"}                            sum of operations, JPY bn

Column numbers in the ``series`` descriptions are 0-based, as in shared/data/provenance/mof_its.md.
``derive`` turns the value into what a rank / streak / "since" claim is about (see ``derived``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from tests.claims_corpus import official as O

ITEM_TEXT = {"equity": "Equity and investment fund shares", "lt_debt": "Long-term debt securities",
             "st_debt": "Short-term debt securities", "subtotal": "Subtotal (equity + long-term debt)",
             "total": "Total"}
SIDE_TEXT = {"assets": "Portfolio Investment Assets (residents in foreign securities)",
             "liabilities": "Portfolio Investment Liabilities (non-residents in Japanese securities)"}
B_FILE = {"b2": "equity", "b3": "lt_debt", "b4": "st_debt"}


@dataclass
class Official:
    value: float | str | None
    unit: str
    period: str
    source_file: str
    series: str            # file + row/column, independent of ustflow
    ustflow_series: str
    detail: dict = field(default_factory=dict)


# ------------------------------------------------------------------ periods

def week_range(period: str) -> tuple[date, date]:
    """'2025-03-30..2025-04-05' or one day -> the Sunday..Saturday weeks it spans."""
    a, _, b = period.partition("..")
    start = O.week_of(date.fromisoformat(a))[0]
    end = O.week_of(date.fromisoformat(b or a))[1]
    return start, end


def month_list(period: str) -> list[str]:
    a, _, b = period.partition("..")
    b = b or a
    a, b = (a + "-01" if len(a) == 4 else a), (b + "-12" if len(b) == 4 else b)  # a calendar year
    out, (y, m) = [], map(int, a.split("-"))
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def prev_month(m: str) -> str:
    y, mo = map(int, m.split("-"))
    return f"{y - 1}-12" if mo == 1 else f"{y}-{mo - 1:02d}"


# ------------------------------------------------------------------ one value

def _from_to(spec) -> tuple[dict, dict]:
    """A spec with ``from`` (another period): the specs of its two ends, the ``from`` period's and its own."""
    base = {k: v for k, v in spec.items() if k not in ("from", "pct")}
    return base | {"period": spec["from"]}, base


def _change(a: float | None, b: float | None, pct: bool = False) -> float | None:
    """From ``a`` to ``b``: the difference, or with ``pct`` the percent change on ``a``, to 4 places; None where
    either is missing (or ``a`` is 0, for a percent)."""
    if a is None or b is None or (pct and a == 0):
        return None
    return round((b - a) / abs(a) * 100, 4) if pct else round(b - a, 4)


def _usd_change(read, spec) -> Official:
    """A TIC spec (USD bn) with ``from``: the change between its two ends as ``read`` gives them (``pct``: percent)."""
    a, b = (read(x) for x in _from_to(spec))
    v = _change(a.value, b.value, spec.get("pct"))
    return Official(v, "percent" if spec.get("pct") else "USD bn", f"{spec['from']}..{spec['period']}",
                    b.source_file, f"{b.series}; change from {spec['from']}", b.ustflow_series)


def _mof_week(spec) -> Official:
    if "from" in spec:  # percent change from another week ("a 60% week-over-week plunge")
        a, b = (_mof_week(x) for x in _from_to(spec))
        v = _change(a.value, b.value, pct=True)
        return Official(v, "percent", f"{a.period.split('..')[0]}..{b.period.split('..')[1]}", b.source_file,
                        f"{b.series}; percent change from {a.period}", b.ustflow_series,
                        {"from_value": a.value, "to_value": b.value})
    items = _items(spec)
    start, end = week_range(spec["period"])
    w = O.mof_weekly()
    rows = w[(w["start"] >= pd.Timestamp(start)) & (w.index <= pd.Timestamp(end))]
    if rows.empty:
        return Official(None, "JPY 100mn", f"{start}..{end}", "mirror/week.csv", "no data", "")
    label = f"{start}..{end}"
    cols = " + ".join(f"col {O.WEEK_COLUMNS.index(i) + 1} ({SIDE_TEXT[i.split('.')[0]].split(' (')[0]} / "
                      f"{ITEM_TEXT[i.split('.')[1]]} / {i.split('.')[2]})" for i in items)
    series = f"mirror/week.csv, rows {rows['start'].iloc[0].date()}~{rows.index[-1].date()} ({len(rows)} week(s)), {cols}"
    return Official(float(rows[items].sum().sum()), "JPY 100mn", label, "mirror/week.csv", series,
                    " + ".join(f"mof.weekly.{i}" for i in items), {"weeks": len(rows)})


def _items(spec) -> list[str]:
    it = spec["item"]
    return list(it) if isinstance(it, list) else [it]


def _mof_month(spec) -> Official:
    """montha1 (``item``) or monthb2/3/4 (``file`` + ``sector``; a list of sectors is summed); a range sums
    months. With ``from`` (another period, e.g. the year before): the change between the two sums, and with
    ``pct = true`` the percent change ("net purchases fell 94.6% on the year")."""
    if "from" in spec:
        a, b = (_mof_month(x) for x in _from_to(spec))
        v = _change(a.value, b.value, spec.get("pct"))
        return Official(v, "percent" if spec.get("pct") else "JPY 100mn", f"{a.period} -> {b.period}", b.source_file,
                        f"{b.series}; change from {a.period}", b.ustflow_series, b.detail)
    if isinstance(spec.get("file"), list):  # all instruments: monthb2 + b3 + b4 (equity, long- and short-term debt)
        parts = [_mof_month(spec | {"file": f}) for f in spec["file"]]
        v = None if any(x.value is None for x in parts) else float(sum(float(x.value or 0) for x in parts))
        return Official(v, "JPY 100mn", parts[0].period, " + ".join(x.source_file for x in parts),
                        " + ".join(x.series for x in parts), " + ".join(x.ustflow_series for x in parts), parts[0].detail)
    if spec.get("file") and isinstance(spec["sector"], list):
        parts = [_mof_month(spec | {"sector": s}) for s in spec["sector"]]
        v = None if any(x.value is None for x in parts) else float(sum(float(x.value or 0) for x in parts))
        return Official(v, "JPY 100mn", parts[0].period, parts[0].source_file,
                        " + ".join(x.series for x in parts), " + ".join(x.ustflow_series for x in parts), parts[0].detail)
    if spec.get("row") in ("CY", "FY"):  # MoF's own annual row ("2016CY"), not the sum of the rounded months
        return _mof_annual(spec)
    months = month_list(spec["period"])
    label = months[0] if len(months) == 1 else f"{months[0]}..{months[-1]}"
    if spec.get("file"):
        f, sector, meas = spec["file"], spec["sector"], spec.get("item", "net")
        df = O.mof_monthly_by_investor(f)
        col = f"{sector}.{meas}"
        vals = df.reindex(months)[col]
        series = (f"mirror/month{f}.csv, rows {label}, col {3 + 3 * O.SECTORS.index(sector) + 2}: "
                  f"{ITEM_TEXT[B_FILE[f]]}, investor '{sector}', {meas}")
        sid = f"mof.monthly.{B_FILE[f]}.{sector}.{meas}"
        src = f"mirror/month{f}.csv"
    else:
        items = _items(spec)
        df = O.mof_monthly_a1()
        vals = df.reindex(months)[items].sum(axis=1, min_count=len(items))
        cols = list(df.columns)
        series = "mirror/montha1.csv, rows " + label + ", " + " + ".join(
            f"col {3 + cols.index(i)} ({SIDE_TEXT.get(i.split('.')[0], i.split('.')[0]).split(' (')[0]} / {i})"
            for i in items)
        sid = " + ".join(f"mof.monthly.{i}" for i in items)
        src = "mirror/montha1.csv"
    value = None if vals.isna().any() else float(vals.sum())
    return Official(value, "JPY 100mn", label, src, series, sid, {"months": len(months)})


def _mof_annual(spec) -> Official:
    """``row = "CY"`` (period "2016": January-December) or ``"FY"`` (period "2016": April 2016 - March 2017): the
    annual row the MoF file prints itself."""
    f, key = spec.get("file", "a1"), f"{spec['period']}{spec['row']}"
    df = O.mof_annual(f)
    cols = [f"{spec['sector']}.{spec.get('item', 'net')}"] if spec.get("file") else _items(spec)
    v = None if key not in df.index or df.loc[key, cols].isna().any() else float(df.loc[key, cols].sum())
    y = int(spec["period"])
    label = f"{y}-01..{y}-12" if spec["row"] == "CY" else f"{y}-04..{y + 1}-03"
    sid = (f"mof.monthly.{B_FILE[f]}.{spec['sector']}.{spec.get('item', 'net')}" if spec.get("file")
           else " + ".join(f"mof.monthly.{i}" for i in cols))
    return Official(v, "JPY 100mn", label, f"mirror/month{f}.csv",
                    f"mirror/month{f}.csv, row {key} (the file's own annual total), " + ", ".join(cols), sid,
                    {"months": 12})


def tic_slug(country: str) -> str:
    import re

    key = O._TIC_ALIASES.get(country.lower(), country.lower())
    return re.sub(r"[^a-z0-9]+", "_", key).strip("_")


def _plus(spec) -> list[str]:
    """The other holders named with ``country`` (``plus = "China"`` or a list: "Japan, China and the UK together")."""
    p = spec.get("plus", [])
    return [p] if isinstance(p, str) else list(p)


def _tic_group(spec) -> Official:
    """``plus`` with ``from`` (the change of holders together: the sum of each one's like-for-like change; ``pct`` on
    the sum of their starting levels) or ``share_of`` (the holders' level as a percent of another row's, e.g.
    share_of = "Grand Total": "Japan's share of foreign holdings")."""
    holders = [spec["country"]] + _plus(spec)
    base = {k: v for k, v in spec.items() if k not in ("plus", "share_of", "pct")}
    parts = [_tic(base | {"country": h}) for h in holders]
    v = None if any(x.value is None for x in parts) else round(sum(x.value for x in parts), 4)
    names = " + ".join(f"'{h}'" for h in holders)
    if spec.get("share_of"):
        if "from" in spec:
            raise ValueError("tic share_of: a share of one month only (no from)")
        tot = _tic(base | {"country": spec["share_of"]})
        v = None if v is None or not tot.value else round(100 * v / tot.value, 4)
        return Official(v, "percent", spec["period"], parts[0].source_file,
                        f"{parts[0].source_file}, rows {names} over '{spec['share_of']}', column {spec['period']} (percent)",
                        parts[0].ustflow_series)
    detail = {}
    if spec.get("pct") and v is not None:
        starts = [O.tic_level(h, spec["from"], spec.get("vintage")) for h in holders]
        v = None if any(x is None for x in starts) else round(100 * v / sum(starts), 4)
    if any(x.detail.get("reason") for x in parts):
        detail["reason"] = next(x.detail["reason"] for x in parts if x.detail.get("reason"))
    return Official(v, "percent" if spec.get("pct") else "USD bn", f"{spec['from']}..{spec['period']}",
                    parts[0].source_file, f"{parts[0].source_file}, rows {names}, columns {spec['from']} and "
                    f"{spec['period']} (changes summed, like for like)", parts[0].ustflow_series, detail)


def _tic(spec) -> Official:
    if spec.get("share_of") or ("plus" in spec and "from" in spec):
        return _tic_group(spec)
    c, m, vintage = spec["country"], spec["period"], spec.get("vintage")
    src = f"vintages/mfhhis01_{vintage}.txt" if vintage else "mirror/mfhhis01.txt"
    if not vintage and m > "2025-12":
        src = "mirror/slt_table5.txt"
    sid = f"tic.holdings.{tic_slug(c)}"
    if "from" in spec:
        ch = O.tic_change(c, m, spec["from"], vintage)
        lfl = O.tic_is_break(c, m) and not vintage
        detail = {"like_for_like": lfl, "end_old_series": O.tic_level(c, m, series="old")} if lfl else {}
        if ch is None and any(spec["from"] < b <= m for b in O.NO_OVERLAP_BREAKS):
            detail["reason"] = ("series break without an overlap column (Dec 2011: bonds and notes from Form SLT): "
                                "no like-for-like change can be computed from the table")
        if ch is not None and spec.get("pct"):
            start = O.tic_level(c, spec["from"], vintage)
            ch = round(100 * ch / start, 4)
        unit = "percent" if spec.get("pct") else "USD bn"
        series = (f"{src}, row '{c}', columns {spec['from']} and {m}"
                  + (" (benchmark month: old-series column used, like for like)" if lfl else ""))
        return Official(ch, unit, f"{spec['from']}..{m}", src, series, sid, detail)
    if spec.get("series") == "old":  # a benchmark month's old-series column ("shown for comparison only")
        v = O.tic_level(c, m, series="old")
        return Official(v, "USD bn", m, src, f"{src}, row '{c}', column {m} (old-series column)", sid)
    if spec.get("break_gap"):  # new series minus old series at a benchmark month (what the revision added)
        new, old = O.tic_level(c, m), O.tic_level(c, m, series="old")
        v = None if new is None or old is None else round(new - old, 4)
        return Official(v, "USD bn", m, src, f"{src}, row '{c}', column {m}: new series minus old-series column", sid)
    v = O.tic_level(c, m, vintage)
    if "minus" in spec:  # the gap between two holders
        w = O.tic_level(spec["minus"], m, vintage)
        v = None if v is None or w is None else round(v - w, 4)
        return Official(v, "USD bn", m, src, f"{src}, rows '{c}' minus '{spec['minus']}', column {m}", sid)
    if "plus" in spec:  # holders named together ("China and Hong Kong combined"; a list for more than two)
        ws = [O.tic_level(h, m, vintage) for h in _plus(spec)]
        v = None if v is None or any(w is None for w in ws) else round(v + sum(ws), 4)
        return Official(v, "USD bn", m, src, f"{src}, rows '{c}' plus {', '.join(repr(h) for h in _plus(spec))}, "
                        f"column {m}", sid)
    return Official(v, "USD bn", m, src, f"{src}, row '{c}', column {m}", sid)


def _slt3(spec) -> Official:
    if spec.get("file") == "3d":
        return _slt3d(spec)
    if "from" in spec:  # a change (or percent change) between two month-end positions
        return _usd_change(_slt3, spec)
    df = O.slt_table3()
    key = O.country_key(O._TIC_ALIASES.get(spec["country"].lower(), spec["country"]))
    rows = df[(df["key"] == key) & df["date"].isin(month_list(spec["period"]))]
    v = None if rows.empty or rows[spec["field"]].isna().any() else float(rows[spec["field"]].sum()) / 1000
    field_id = {"for_treas_net": "treasury_net", "for_treas_pos": "treasury_pos",
                "for_lt_treas_net": "lt_treasury_net"}.get(spec["field"], spec["field"])
    return Official(v, "USD bn", spec["period"], "mirror/slt_table3.txt",
                    f"mirror/slt_table3.txt, country '{spec['country']}', {spec['field']} (USD mn / 1000)",
                    f"tic.slt.{tic_slug(spec['country'])}.{field_id}")


#: SLT Table 1 fields (USD mn): holdings ``_pos``, net foreign purchases ``_net`` (from 2023-02), valuation ``_valchg``
SLT1_FIELDS = [f"for_lt_{kind}_{what}" for kind in ("total", "treas", "agcy", "corp", "eqty")
               for what in ("pos", "net", "valchg")]


def _slt1(spec) -> Official:
    """{src="slt1", country="Grand Total", field="for_lt_treas_net", period="2025-11"}: SLT Table 1
    (slt_table1.txt), U.S. long-term securities held by foreign residents, USD mn -> bn. ``*_net`` is net U.S. sales
    to foreigners (= net foreign purchases; positive = the foreign position rose), the TIC release's flows of U.S.
    securities since Form S ended (2023-02 on: earlier months are n.a. in the file and Form S (tic_s) has them on its
    own basis); a month range sums the months; ``from`` gives the change between two positions (``pct`` in percent).
    The release's 'net long-term securities transactions' (with U.S. residents' purchases of foreign securities) is
    not in this table: it is not computed here."""
    field = spec.get("field", "")
    if field not in SLT1_FIELDS:
        raise ValueError(f"slt1: unknown field {field!r} (one of {', '.join(SLT1_FIELDS)})")
    if "from" in spec:  # positions, or one month's flow against another's ("比10月激增近53%")
        return _usd_change(_slt1, spec)
    df = O.slt_table1()
    key = O.country_key(O._TIC_ALIASES.get(spec["country"].lower(), spec["country"]))
    months = month_list(spec["period"])
    rows = df[(df["key"] == key) & df["date"].isin(months)]
    v = (None if len(rows) != len(months) or rows[field].isna().any()
         else round(float(rows[field].sum()) / 1000, 4))
    label = months[0] if len(months) == 1 else f"{months[0]}..{months[-1]}"
    return Official(v, "USD bn", label, "mirror/slt_table1.txt",
                    f"mirror/slt_table1.txt, country '{spec['country']}' {label}, {field} (USD mn / 1000)",
                    f"tic.slt1.{tic_slug(spec['country'])}.{field.removeprefix('for_lt_')}")


def _slt3d(spec) -> Official:
    """{src="slt3", file="3d", country=..., field="for_treas_pos", period=...}: slt3d_globl.csv (to 2023-01)."""
    df = O.slt_table3d()
    key = O.country_key(O._TIC_ALIASES.get(spec["country"].lower(), spec["country"]))

    def level(month: str) -> float | None:
        rows = df[(df["key"] == key) & (df["date"] == month)]
        return None if rows.empty or rows[spec["field"]].isna().any() else float(rows[spec["field"]].sum()) / 1000

    period, v = spec["period"], level(spec["period"])
    if "from" in spec:  # a change (or percent change) between two month-end positions
        a = level(spec["from"])
        period = f"{spec['from']}..{spec['period']}"
        v = _change(a, v, spec.get("pct"))
    field_id = {"for_treas_pos": "treasury_pos", "for_lt_treas_pos": "lt_treasury_pos",
                "for_st_treas_pos": "st_treasury_pos"}.get(spec["field"], spec["field"])
    return Official(v, "percent" if spec.get("pct") else "USD bn", period, "mirror/slt3d_globl.csv",
                    f"mirror/slt3d_globl.csv, country '{spec['country']}', {spec['field']} (USD mn / 1000)",
                    f"tic.slt.{tic_slug(spec['country'])}.{field_id}")


def _daily(s: pd.Series, period: str):
    d = pd.Timestamp(period)
    return float(s.loc[d]) if d in s.index else None


#: FRED series held in USD mn (levels): read in USD bn, differences too
FRED_USD_MN = {"WMTSECL1": "Fed H.4.1 memo: marketable Treasuries held in custody for foreign official and "
                          "international accounts (Wednesday level)"}


def _fred_usd(spec) -> Official:
    """WMTSECL1 (USD mn, Wednesdays) -> USD bn; ``from`` gives the change between two Wednesdays."""
    code = spec["code"]
    s = O.fred(code) / 1000
    src = f"mirror/{code}.csv"
    if "from" in spec:
        a, b = _daily(s, spec["from"]), _daily(s, spec["period"])
        v = None if a is None or b is None else round(b - a, 4)
        detail = {"from_value": a, "to_value": b}
        if spec.get("pct") and v is not None:
            v = round(100 * v / a, 4)
        return Official(v, "percent" if spec.get("pct") else "USD bn", f"{spec['from']}..{spec['period']}", src,
                        f"{src}, rows {spec['from']} and {spec['period']} (USD mn / 1000, difference); "
                        f"{FRED_USD_MN[code]}", f"fred.{code.lower()}", detail)
    return Official(_daily(s, spec["period"]), "USD bn", spec["period"], src,
                    f"{src}, row {spec['period']} (USD mn / 1000); {FRED_USD_MN[code]}", f"fred.{code.lower()}")


def _tic_s(spec) -> Official:
    """TIC Form S (s1_globl.txt, 1977-01..2023-01): a country's net foreign purchases (USD mn -> USD bn);
    a month range sums the months. A change between periods ('from', 'pct', 'minus') is not computed here: asked for,
    it is an error, never the period's own value in its place (a "reduced purchases" claim labelled on the level)."""
    if asked := sorted(set(spec) & {"from", "pct", "minus"}):
        raise ValueError(f"tic_s (Form S net purchases) does not compute {', '.join(asked)}: a change between periods of "
                         f"Form S is not implemented; label the claim by hand (unverifiable = \"...\", with a note) "
                         f"or add the change to measures._tic_s")
    country, field = spec.get("country", "Grand Total"), spec.get("field", "treasury_net")
    months = month_list(spec["period"])
    vals = [O.form_s_value(country, m, field) for m in months]
    v = None if any(x is None for x in vals) else round(sum(vals) / 1000, 4)
    how = {"treasury_net": "[1] - [7]", "lt_domestic_net": "[1]+[2]+[3]+[4] - ([7]+[8]+[9]+[10])",
           "foreign_secs_net": "[5]+[6] - ([11]+[12])", "lt_net": "[1]..[6] - [7]..[12]"}.get(field, field)
    sid = {"treasury_net": f"tic.forms.{tic_slug(country)}.treasury_net"}.get(field, f"tic.forms.{tic_slug(country)}.{field}")
    label = months[0] if len(months) == 1 else f"{months[0]}..{months[-1]}"
    return Official(v, "USD bn", label, "mirror/s1_globl.txt",
                    f"mirror/s1_globl.txt, row '{country}' {label}, {how} (USD mn / 1000)", sid, {"field": field})


def _fred(spec) -> Official:
    s = O.fred(spec["code"])
    code = spec["code"]
    if code in FRED_USD_MN:
        return _fred_usd(spec)
    if "from" in spec and (spec.get("pct") or spec.get("yen")):
        # a percent move between two days: of the series ('pct'), or with yen = true of the yen's own value (USD per
        # JPY: from 131.81 to 140.92 yen per dollar the yen fell 6.5%), on DEXJPUS's noon fixings
        a, b = _daily(s, spec["from"]), _daily(s, spec["period"])
        if spec.get("yen") and code != "DEXJPUS":
            raise ValueError("fred: yen = true is for DEXJPUS (JPY per USD)")
        v = None if not a or not b else round(((a / b) if spec.get("yen") else (b / a)) * 100 - 100, 4)
        how = "the yen's value, USD per JPY" if spec.get("yen") else "percent change"
        return Official(v, "percent", f"{spec['from']}..{spec['period']}", f"mirror/{code}.csv",
                        f"mirror/{code}.csv, rows {spec['from']} and {spec['period']} ({how})", f"fred.{code.lower()}")
    if "from" in spec:
        a, b = _daily(s, spec["from"]), _daily(s, spec["period"])
        v = None if a is None or b is None else round((b - a) * 100, 4)
        return Official(v, "bp", f"{spec['from']}..{spec['period']}", f"mirror/{code}.csv",
                        f"mirror/{code}.csv, rows {spec['from']} and {spec['period']} (difference x 100)",
                        f"fred.{code.lower()}")
    unit = "JPY per USD" if code == "DEXJPUS" else "percent"
    return Official(_daily(s, spec["period"]), unit, spec["period"], f"mirror/{code}.csv",
                    f"mirror/{code}.csv, row {spec['period']}", f"fred.{code.lower()}")


def _jgb(spec) -> Official:
    df = O.jgb()
    t = spec["tenor"]
    if "from" in spec:
        a, b = _daily(df[t].dropna(), spec["from"]), _daily(df[t].dropna(), spec["period"])
        v = None if a is None or b is None else round((b - a) * 100, 4)
        return Official(v, "bp", f"{spec['from']}..{spec['period']}", "mirror/jgbcm_all.csv",
                        f"mirror/jgbcm_all.csv, rows {spec['from']} and {spec['period']}, column {t}年 (difference x 100)",
                        f"jgb.{t}y")
    v = _daily(df[t].dropna(), spec["period"])
    return Official(v, "percent", spec["period"], "mirror/jgbcm_all.csv",
                    f"mirror/jgbcm_all.csv, row {spec['period']} (era date), column {t}年", f"jgb.{t}y")


def _intervention(spec) -> Official:
    df = O.interventions()
    if spec.get("operation"):  # yen-buying (buy_jpy_sell_usd) or yen-selling (sell_jpy_buy_usd) only
        df = df[df["operation"] == spec["operation"]]
    a, _, b = spec["period"].partition("..")
    b = b or a
    rows = df[(df["date_start"] >= pd.Timestamp(a)) & (df["date_end"] <= pd.Timestamp(b))]
    v = float(rows["amount_jpy_bn"].sum()) if not rows.empty else None
    # the same sum may be named by the days of the operations themselves
    first, last = (str(rows["date_start"].min().date()), str(rows["date_end"].max().date())) if len(rows) else (None, None)
    ops = None if first is None else first if first == last else f"{first}..{last}"
    alt = [ops] if ops and ops != spec["period"] else []
    return Official(v, "JPY bn", spec["period"], "extra/intervention_operations_curated.csv",
                    f"extra/intervention_operations_curated.csv, rows dated {a}..{b} ({len(rows)} operation(s)), "
                    "amount_jpy_bn summed", "mof.fx_intervention.amount", {"periods_ok": sorted(alt)} if alt else {})


def _boj(spec) -> Official:
    """BoJ/MoF balance of payments flat file (bp_m_en.zip), 100 million yen; a range sums months, a list of codes
    sums series (long-term + short-term debt securities for "bonds").
    With ``from`` and ``pct = true``: the percent change from that period ("up 40.5% from a year earlier");
    with ``from`` alone: the difference from it ("down 3.6 trillion yen from the previous fiscal year")."""
    if spec.get("from") and not spec.get("pct"):
        a, b = (_boj({k: v for k, v in spec.items() if k != "from"} | {"period": p})
                for p in (spec["from"], spec["period"]))
        v = None if a.value is None or b.value is None else round(b.value - a.value, 4)
        label = f"{month_list(spec['from'])[0]}..{month_list(spec['period'])[-1]}"
        return Official(v, "JPY 100mn", label, b.source_file, f"{b.series}; change from {spec['from']}",
                        b.ustflow_series)
    if spec.get("pct"):
        a, b = (_boj({k: v for k, v in spec.items() if k not in ("from", "pct")} | {"period": p})
                for p in (spec["from"], spec["period"]))
        v = None if a.value in (None, 0) or b.value is None else round((b.value - a.value) / abs(a.value) * 100, 4)
        return Official(v, "percent", f"{spec['from']}..{spec['period']}", b.source_file,
                        f"{b.series}; percent change from {spec['from']}", b.ustflow_series)
    months = month_list(spec["period"])
    codes = spec["code"] if isinstance(spec["code"], list) else [spec["code"]]  # a list of codes is summed
    vals = [O.boj_value(c, m) for c in codes for m in months]  # ("bonds" = long-term + short-term debt)
    v = None if any(x is None for x in vals) else round(sum(vals), 4)
    return Official(v, "JPY 100mn", spec["period"], "mirror/bp_m_en.zip",
                    f"mirror/bp_m_en.zip (bp_m_en.csv), series {' + '.join(codes)}, column(s) {spec['period']}",
                    f"bp_m_en:{'+'.join(codes)}")


SOURCES = {"mof_week": _mof_week, "mof_month": _mof_month, "tic": _tic, "tic_s": _tic_s, "slt3": _slt3, "slt1": _slt1, "fred": _fred,
           "jgb": _jgb, "intervention": _intervention, "boj": _boj}


def _ratio(spec: dict) -> Official:
    """``ratio = true`` with ``from``: the period's value as a multiple of the ``from`` period's ("5.5倍", "2.6-fold",
    "eight times"), for any source; unit 'ratio'. None where either is missing or the base is 0."""
    if "from" not in spec or spec.get("pct"):
        raise ValueError("ratio = true needs from = <the base period> (and no pct)")
    base = {k: v for k, v in spec.items() if k not in ("from", "ratio")}
    a, b = value(base | {"period": spec["from"]}), value(base)
    v = None if a.value is None or b.value is None or a.value == 0 else round(b.value / a.value, 4)
    return Official(v, "ratio", f"{a.period} -> {b.period}", b.source_file,
                    f"{b.series} as a multiple of {spec['from']} ({a.value} -> {b.value})", b.ustflow_series)


def _annual_period(p: str, kind) -> str:
    """A year or half-year label as the months it sums, the way ``derived.series_of`` groups them: with
    ``annual = "fiscal"`` '2016' is April 2016 - March 2017 (Japanese fiscal years, labelled by the year they start
    in); ``"half"`` '2001-H1' is January-June; ``"fiscal_half"`` '2023-H2' is October 2023 - March 2024. A range of
    labels ('2014..2016') runs from the first's first month to the last's last; anything else is left as it is."""
    if kind not in ("fiscal", "half", "fiscal_half") or not isinstance(p, str):
        return p
    a, _, b = p.partition("..")
    b = b or a

    def months(x):
        if kind == "fiscal" and re.fullmatch(r"\d{4}", x):
            return f"{x}-04", f"{int(x) + 1}-03"
        if kind in ("half", "fiscal_half") and re.fullmatch(r"\d{4}-H[12]", x):
            y, h = int(x[:4]), x[6]
            if kind == "half":
                return (f"{y}-01", f"{y}-06") if h == "1" else (f"{y}-07", f"{y}-12")
            return (f"{y}-04", f"{y}-09") if h == "1" else (f"{y}-10", f"{y + 1}-03")
        return None
    ma, mb = months(a), months(b)
    if ma is None or mb is None:
        return p
    return f"{ma[0]}..{mb[1]}"


def value(spec: dict) -> Official:
    if spec["src"] not in SOURCES:
        raise ValueError(f"unknown official src {spec['src']!r}")
    if spec.get("annual") in ("fiscal", "half", "fiscal_half") and spec.get("row") not in ("CY", "FY"):
        # a plain value of a fiscal year or a half-year: the same months a derive over ``annual`` sums (April-March
        # for "fiscal"), not the calendar year a bare '2016' would otherwise read as
        spec = spec | {k: _annual_period(spec[k], spec["annual"]) for k in ("period", "from") if k in spec}
    if spec.get("ratio"):
        return _ratio(spec)
    if isinstance(spec.get("share_of"), dict):
        return _share_of(spec)
    return SOURCES[spec["src"]](spec)


def _share_of(spec: dict) -> Official:
    """``share_of = {...}`` (a table of keys, any source): the spec's value as a percent of the value the same spec
    gives with those keys replaced: one holder's long-term Treasuries in its own total (``src = "slt3"``,
    ``field = "for_lt_treas_pos"``, ``share_of = {field = "for_treas_pos"}``), one balance-of-payments line in another
    (``src = "boj"``, ``code = "BPBP6JYNPIN"``, ``share_of = {code = "BPBP6JYNCB"}``). (A string ``share_of`` is the TIC
    row of ``src = "tic"``.) None where either is missing or the whole is 0."""
    if "from" in spec or spec.get("pct"):
        raise ValueError("share_of = {...}: a share of one period (no from / pct)")
    part_spec = {k: v for k, v in spec.items() if k != "share_of"}
    part, whole = value(part_spec), value(part_spec | spec["share_of"])
    v = None if part.value is None or whole.value in (None, 0) else round(part.value / whole.value * 100, 4)
    over = ", ".join(f"{k} = {x}" for k, x in spec["share_of"].items())
    return Official(v, "percent", part.period, part.source_file,
                    f"{part.series} as a percent of the same with {over} ({part.value} / {whole.value})",
                    part.ustflow_series, {"part": part.value, "whole": whole.value})
