"""What rank, record, streak and "since" claims are about, from the same raw series.

``official.derive`` in a claim's spec (with the spec's ``src`` / item / country / period):

    rank           rank of the period's value in the window [window_from, period]; order max|min
                   (``month_of_year = m`` ranks among that calendar month only: "the highest for January")
    last_beyond    the latest earlier period whose value is at or beyond this one (order max|min):
                   what "the largest since X" / "lowest since X" names
    streak         consecutive periods ending at ``period`` with the same sign (on="change" for levels)
    gap_same_sign  periods back to the previous one with the same sign ("first net purchase in 3 weeks")
    streak_beyond  the latest earlier run of the same sign at least as long as the run ending at ``period`` ("the
                   longest selling streak since January 2010", "過去最長"): judged with check = "since"
    country_rank   the country's rank among TIC countries (aggregates excluded) in the month
    last_rank      the latest earlier month in which the country had ``rank`` (default 1), given it did
                   not hold it the month before ("first time since")

``rolling = n`` sums n consecutive periods first (four-week totals). ``on = "change"`` uses
period-on-period changes (holdings), like for like at TIC benchmark months; ``on = "yoy"`` each
month's change on the same month a year earlier ("down from a year earlier for the fourth month"); with ``annual = "half"``
(calendar halves, '2001-H1') or ``"fiscal_half"`` (April-September = 'YYYY-H1') each half's on the same half a year
earlier ("down for the fifth half in a row"), with ``period`` a half's label. TIC Table 3D positions
(``src = "slt3"``, ``file = "3d"``) and SLT Table 1 fields (``src = "slt1"``) give a monthly series too (USD bn), for
streaks and "since". Interventions (``src = "intervention"``, ``operation = "buy_jpy_sell_usd"`` for yen-buying) give the
single-day operations of the curated file (complete from 31 October 2011), for the rank of a day.
"""

from __future__ import annotations

import functools

import pandas as pd

from tests.claims_corpus import official as O
from tests.claims_corpus.measures import Official, _items, month_list, value, week_range

AGGREGATES = {"grand total", "all other", "of which:", "for. official", "treasury bills", "t-bonds & notes",
              "oil exporters", "carib bnkng ctrs", "caribbean banking centers", "total", "of which: foreign official",
              "of which: foreign official treasury bills", "of which: foreign official t-bonds & notes",
              "belgium-luxembourg", "asian financial centers"}


def series_of(spec: dict) -> pd.Series:
    """The whole series behind ``spec``, indexed by canonical period labels, oldest first."""
    src = spec["src"]
    if src == "mof_week":
        w = O.mof_weekly()
        s = w[_items(spec)].sum(axis=1, min_count=1)
        s.index = [f"{a.date()}..{b.date()}" for a, b in zip(w["start"], w.index)]
    elif src == "mof_month" and isinstance(spec.get("file"), list):  # summed over instrument files
        s = sum(O.mof_monthly_by_investor(f)[f"{spec['sector']}.{spec.get('item', 'net')}"] for f in spec["file"])
    elif src == "mof_month" and spec.get("file"):
        s = O.mof_monthly_by_investor(spec["file"])[f"{spec['sector']}.{spec.get('item', 'net')}"]
    elif src == "mof_month":
        s = O.mof_monthly_a1()[_items(spec)].sum(axis=1, min_count=1)
    elif src == "tic":
        s = O.tic_series(spec["country"])
        if spec.get("on") == "change":
            prev = s.shift(1)
            ch = s - prev
            for m in s.index:  # like for like into a benchmark month
                if O.tic_is_break(spec["country"], m):
                    ch[m] = O.tic_level(spec["country"], m, series="old") - prev[m]
            s = ch
    elif src == "slt3" and spec.get("file") == "3d":  # Table 3D history: month-end positions, USD mn -> bn
        df = O.slt_table3d()
        key = O.country_key(O._TIC_ALIASES.get(spec["country"].lower(), spec["country"]))
        s = df[df["key"] == key].groupby("date")[spec["field"]].sum(min_count=1).sort_index() / 1000
        if spec.get("on") == "change":
            s = s.diff()
    elif src == "slt1":  # SLT Table 1: a field's monthly series (USD mn -> bn; net flows from 2023-02)
        df = O.slt_table1()
        key = O.country_key(O._TIC_ALIASES.get(spec["country"].lower(), spec["country"]))
        s = df[df["key"] == key].groupby("date")[spec["field"]].sum(min_count=1).sort_index().dropna() / 1000
        if spec.get("on") == "change":
            s = s.diff()
    elif src == "tic_s":
        df = O.form_s()
        months = sorted(df.loc[df["key"] == O.country_key(spec.get("country", "Grand Total")), "month"].unique())
        s = pd.Series({m: O.form_s_value(spec.get("country", "Grand Total"), m, spec.get("field", "treasury_net"))
                       for m in months}, dtype="float64")
    elif src == "fred" and spec["code"] in ("WMTSECL1",):
        s = O.fred(spec["code"]) / 1000
        if spec.get("on") == "change":
            s = s.diff()
        s.index = [str(d.date()) for d in s.index]
    elif src == "boj":
        periods, data = O.boj_flat()
        codes = spec["code"] if isinstance(spec["code"], list) else [spec["code"]]  # a list of codes is summed
        s = sum(pd.Series(data[c], index=periods, dtype="float64") for c in codes)
    elif src == "fred":
        s = O.fred(spec["code"]).copy()  # never relabel the cached series in place
        s.index = [str(d.date()) for d in s.index]
    elif src == "intervention":  # single-day operations (JPY bn), by day; `operation` = buy_jpy_sell_usd (yen-buying)
        df = O.interventions()  # or sell_jpy_buy_usd; rows spanning several days (a monthly total) are no day
        df = df[df["date_start"] == df["date_end"]]
        if spec.get("operation"):
            df = df[df["operation"] == spec["operation"]]
        s = df.groupby(df["date_start"].dt.strftime("%Y-%m-%d"))["amount_jpy_bn"].sum().sort_index()
    elif src == "jgb":
        s = O.jgb()[spec["tenor"]].dropna()
        s.index = [str(d.date()) for d in s.index]
    else:
        raise ValueError(f"no series for src {src!r}")
    s = s.dropna()
    if spec.get("annual") == "fiscal":  # Japanese fiscal years (April-March), labelled by the year they start in
        s = s.groupby([str(int(str(i)[:4]) - (int(str(i)[5:7]) < 4)) for i in s.index]).sum(min_count=12).dropna()
    elif spec.get("annual") == "half":  # calendar half-years ('2001-H1' = January-June), complete halves only
        s = s.groupby([f"{str(i)[:4]}-H{1 if int(str(i)[5:7]) <= 6 else 2}" for i in s.index]).sum(min_count=6).dropna()
    elif spec.get("annual") == "fiscal_half":  # Japanese fiscal halves ('2023-H1' = April-September 2023)
        s = s.groupby([f"{int(str(i)[:4]) - (int(str(i)[5:7]) < 4)}-H{1 if 4 <= int(str(i)[5:7]) <= 9 else 2}"
                       for i in s.index]).sum(min_count=6).dropna()
    elif spec.get("annual"):  # calendar-year totals of a monthly series (complete years only)
        s = s.groupby([str(i)[:4] for i in s.index]).sum(min_count=12).dropna()
    if src == "boj" and spec.get("on") == "change":  # "down for the fourth straight year": changes of the totals
        s = s.diff().dropna()
    if spec.get("on") == "yoy":  # "down from a year earlier for the fourth month": change on the same month a year before
        s = (s - s.reindex([f"{int(str(i)[:4]) - 1}{str(i)[4:]}" for i in s.index]).to_numpy()).dropna()
    if spec.get("rolling"):
        s = s.rolling(int(spec["rolling"])).sum().dropna()
    if spec.get("month_of_year") and spec.get("derive") in ("rank", "last_beyond"):  # "highest for the month"
        s = s[[str(i)[5:7] == f"{int(spec['month_of_year']):02d}" for i in s.index]]
    return s


def _half_months(spec: dict) -> dict:
    """A half-year label ('2001-H1') as the month range the value readers take (``annual = "half"``: calendar halves;
    ``"fiscal_half"``: April-September and October-March of the fiscal year); nothing for other specs."""
    kind, p = spec.get("annual"), str(spec.get("period", ""))
    if kind not in ("half", "fiscal_half") or len(p) != 7 or p[4:6] != "-H":
        return {}
    y, h = int(p[:4]), p[6]
    if kind == "half":
        return {"period": f"{y}-01..{y}-06" if h == "1" else f"{y}-07..{y}-12"}
    return {"period": f"{y}-04..{y}-09" if h == "1" else f"{y}-10..{y + 1}-03"}


def _period_key(spec: dict, s: pd.Series) -> str:
    p = spec["period"]
    if spec["src"] == "mof_week":
        start, end = week_range(p)
        return f"{O.week_of(end)[0]}..{end}"
    if spec["src"] == "mof_month" and ".." in p:
        return month_list(p)[-1]
    return p


def _cmp(order: str):
    return (lambda a, b: a >= b) if order == "max" else (lambda a, b: a <= b)


def derived(spec: dict) -> Official:
    off = _derived(spec)
    half = _half_months(spec)
    if half and off.period == spec["period"]:  # a half-year's label ('2001-H1') is reported as its months
        off.period = half["period"]
    return off


def _derived(spec: dict) -> Official:
    kind = spec["derive"]
    if kind in ("country_rank", "last_rank", "rank_streak", "last_above"):
        return _country(spec)
    if kind in ("count_sign", "mean_sign"):
        return _count_sign(spec)
    if kind == "run_start":
        return _run_start(spec)
    base = value({k: v for k, v in spec.items() if k not in ("derive", "on", "rolling", "order", "window_from",
                                                            "window_to", "annual")} | _half_months(spec)) \
        if spec.get("on") != "change" else None
    s = series_of(spec)
    key = _period_key(spec, s)
    if key not in s.index:
        return Official(None, kind, key, "", f"{key} not in the series", "")
    v = s[key]
    order = spec.get("order", "max" if v >= 0 else "min")
    label = key
    if spec.get("rolling") and spec["src"] == "mof_week":  # the claim is about the whole window
        weeks = series_of({k: x for k, x in spec.items() if k != "rolling"}).index
        i = list(weeks).index(key)
        label = f"{weeks[i - int(spec['rolling']) + 1].split('..')[0]}..{key.split('..')[1]}"
    before = s[: s.index.get_loc(key)]
    src_file = base.source_file if base else ("mirror/mfhhis01.txt" if spec["src"] == "tic" else
                                              f"mirror/{spec['code']}.csv" if spec["src"] == "fred" else
                                              "mirror/bp_m_en.zip" if spec["src"] == "boj" else
                                              "mirror/slt3d_globl.csv" if spec["src"] == "slt3" else "")
    sid = base.ustflow_series if base else (f"fred.{spec['code'].lower()}" if spec["src"] == "fred" else
                                            f"bp_m_en:{spec['code']}" if spec["src"] == "boj" else "")
    if spec["src"] in ("tic", "slt3"):
        from tests.claims_corpus.measures import tic_slug
        sid = (f"tic.holdings.{tic_slug(spec['country'])}" if spec["src"] == "tic" else
               base.ustflow_series if base else f"tic.slt.{tic_slug(spec['country'])}.treasury_pos")
    desc = (base.series if base else f"{src_file}, row '{spec.get('country', '')}'" if spec["src"] == "tic" else
            f"{src_file}, series {spec.get('code')}" if spec["src"] == "boj" else f"{src_file} (USD mn / 1000)") + \
        (" (fiscal-year totals)" if spec.get("annual") == "fiscal" else "") + \
        (" (half-year totals)" if spec.get("annual") in ("half", "fiscal_half") else "") + \
        (" (period-on-period changes)" if spec.get("on") == "change" else "") + \
        (" (changes on the same month a year earlier)" if spec.get("on") == "yoy" else "") + \
        (f" ({spec['rolling']}-period rolling sums)" if spec.get("rolling") else "")
    detail = {"value": float(v), "order": order}
    if kind == "rank":
        window = s[s.index >= spec.get("window_from", s.index[0])]
        end = spec.get("window_to", key)  # a "peak" is judged up to the article, not only up to itself
        window = window[[i <= end for i in window.index]]
        beyond = _cmp(order)
        rank = int(sum(1 for x in window if beyond(x, v) and x != v)) + 1
        detail |= {"of": len(window), "window": f"{window.index[0]}..{window.index[-1]}"}
        return Official(rank, "rank", label, src_file, desc, sid, detail)
    if kind == "last_beyond":
        beyond = _cmp(order)
        hits = [i for i, x in before.items() if beyond(x, v)]
        last = hits[-1] if hits else "none (record)"
        detail |= {"last_value": float(before[last]) if hits else None, "first": s.index[0]}
        return Official(last, "period", label, src_file, desc, sid, detail)
    if kind == "streak_beyond":
        # 'the longest selling streak since January 2010', '過去最長となる8週連続': the latest earlier run of the same sign
        # at least as long as the run ending at ``period`` (its last period; 'next' the period after it), or none
        # (a record among the file's runs); judged with check = "since" as last_beyond is
        vals, idx = before.tolist() + [v], list(before.index) + [key]
        same = (lambda x: x > 0) if v > 0 else (lambda x: x < 0)
        start = len(vals) - 1
        while start > 0 and same(vals[start - 1]):
            start -= 1
        n, e = len(vals) - start, start - 1
        while e >= 0:
            if not same(vals[e]):
                e -= 1
                continue
            b = e
            while b > 0 and same(vals[b - 1]):
                b -= 1
            if e - b + 1 >= n:
                detail |= {"run": n, "last_run": e - b + 1, "next": idx[e + 1], "first": s.index[0]}
                return Official(idx[e], "period", label, src_file, desc, sid, detail)
            e = b - 1
        detail |= {"run": n, "last_run": None, "next": None, "first": s.index[0]}
        return Official("none (record)", "period", label, src_file, desc, sid, detail)
    if kind in ("streak", "gap_same_sign"):
        sign = 1 if v > 0 else -1
        if kind == "streak":
            n = 1
            for x in reversed(before.tolist()):
                if (x > 0 and sign > 0) or (x < 0 and sign < 0):
                    n += 1
                else:
                    break
            return Official(n, "count", key, src_file, desc, sid, detail)
        # the previous period with the same sign is kept too ('last', the period after it 'next'; 'first' where the
        # series begins): a 'first net purchase since March' (check = "since") is judged on it, as last_beyond is
        detail |= {"last": "none (first of its sign)", "next": None, "first": s.index[0]}
        n = 1
        for back, x in enumerate(reversed(before.tolist()), start=1):
            if (x > 0 and sign > 0) or (x < 0 and sign < 0):
                i = len(before) - back
                detail |= {"last": before.index[i], "last_value": float(x), "next": s.index[i + 1]}
                return Official(n, "count", key, src_file, desc, sid, detail)
            n += 1
        return Official(None, "count", key, src_file, desc, sid, detail)
    raise ValueError(f"unknown derive {kind!r}")


@functools.lru_cache(maxsize=None)  # read-only by its callers; a streak asks for the same months again and again
def country_ranks(month: str) -> pd.Series:
    levels = {c: v for (c, m), v in O.tic_history()[0].items() if m == month}
    if not levels:
        levels = {c: v for (c, m), v in O.tic_table5().items() if m == month}
    s = pd.Series({c: v for c, v in levels.items()
                   if c not in AGGREGATES and not c.startswith("of which") and not c.startswith("for.")
                   and c not in ("treasury bills", "t-bonds & notes")})
    return s.rank(ascending=False, method="min").astype(int)


def _country(spec: dict) -> Official:
    from tests.claims_corpus.measures import tic_slug

    key = O._TIC_ALIASES.get(spec["country"].lower(), spec["country"].lower())
    m = spec["period"]
    sid = f"tic.holdings.{tic_slug(spec['country'])}"
    desc = f"mirror/mfhhis01.txt (+ slt_table5.txt), all country rows, column {m}, ranked"
    r = country_ranks(m)
    if spec["derive"] == "country_rank" and spec.get("from"):
        return _change_rank(spec, key, r, sid)
    if spec["derive"] == "country_rank":
        return Official(int(r.get(key, 0)) or None, "rank", m, "mirror/mfhhis01.txt", desc, sid,
                        {"of": len(r), "ahead": r[r < r.get(key, 0)].index.tolist()})
    want = int(spec.get("rank", 1))
    months = sorted({mm for (_, mm) in O.tic_history()[0]} | {mm for (_, mm) in O.tic_table5()})
    i = months.index(m)
    if spec["derive"] == "rank_streak":  # consecutive months up to ``period`` holding ``rank``
        n = 0
        for j in range(i, -1, -1):
            if country_ranks(months[j]).get(key) != want:
                break
            n += 1
        return Official(n, "count", m, "mirror/mfhhis01.txt", desc, sid, {"rank": want})
    if spec["derive"] == "last_above":  # the latest earlier month in which ``country`` held more than ``other``
        a, b = O.tic_series(spec["country"]), O.tic_series(spec["other"])
        both = [mm for mm in months[:i] if mm in a.index and mm in b.index and a[mm] > b[mm]]
        last = both[-1] if both else "none in the data"
        nxt = months[months.index(last) + 1] if both else None
        return Official(last, "period", m, "mirror/mfhhis01.txt",
                        f"mirror/mfhhis01.txt, rows '{spec['country']}' and '{spec['other']}', months before {m}", sid,
                        {"next": nxt})
    prev = country_ranks(months[i - 1]).get(key)
    if prev == want:
        return Official(months[i - 1], "period", m, "mirror/mfhhis01.txt", desc, sid,
                        {"note": "held that rank the month before too", "months_between": 1})
    for j in range(i - 1, -1, -1):
        if country_ranks(months[j]).get(key) == want:
            return Official(months[j], "period", m, "mirror/mfhhis01.txt", desc, sid, {"months_between": i - j})
    return Official("none in the data", "period", m, "mirror/mfhhis01.txt", desc, sid, {})


def _change_rank(spec: dict, key: str, r: pd.Series, sid: str) -> Official:
    """``derive = "country_rank"`` with ``from``: the holder's rank by its change from ``from`` to ``period`` (like
    for like at benchmark months; ``pct = true``: by percent change) among the TIC countries of ``period`` that have
    both months (aggregates excluded), order max (largest rise first) or min (largest fall first; the default when
    the holder's own change is a fall): "Brazil's was the largest percent cut among the holders"."""
    m, f = spec["period"], spec["from"]
    changes = {}
    for c in r.index:
        ch = O.tic_change(c, m, f)
        start = O.tic_level(c, f)
        if ch is None or start in (None, 0):
            continue
        changes[c] = round(100 * ch / start, 4) if spec.get("pct") else ch
    if key not in changes:
        return Official(None, "rank", f"{f}..{m}", "mirror/mfhhis01.txt", "no change for the holder", sid,
                        {"reason": f"no like-for-like change {f} -> {m} for {spec['country']}"})
    own = changes[key]
    order = spec.get("order", "max" if own >= 0 else "min")
    ahead = sorted((c for c, x in changes.items() if (x > own if order == "max" else x < own)),
                   key=lambda c: -changes[c] if order == "max" else changes[c])
    what = "percent changes" if spec.get("pct") else "changes"
    return Official(len(ahead) + 1, "rank", f"{f}..{m}", "mirror/mfhhis01.txt",
                    f"mirror/mfhhis01.txt (+ slt_table5.txt), all country rows, {what} {f} -> {m} (like for like), "
                    f"ranked ({order})", sid,
                    {"of": len(changes), "value": own, "order": order, "ahead": {c: changes[c] for c in ahead[:10]}})


def _count_sign(spec: dict) -> Official:
    """How many periods in ``period`` (optionally only calendar month ``month_of_year``) have the sign
    ``sign``, or their mean: "sold foreign bonds in April on 13 occasions in 18 years, average 2.8 tn"."""
    s = series_of(spec)
    if spec["src"] == "mof_week":  # weeks that lie within the period
        a, b = week_range(spec["period"])
        s = s[[str(a) <= i.split("..")[0] and i.split("..")[1] <= str(b) for i in s.index]]
    elif len(s) and all(len(str(i)) == 10 for i in s.index):  # a dated series (FRED weekly, JGB daily): the dates
        a, _, b = spec["period"].partition("..")  # in the span, its ends given as days, months or years
        b = b or a
        lo = a + "-01-01" if len(a) == 4 else a + "-01" if len(a) == 7 else a
        hi = (b + "-12-31" if len(b) == 4 else str((pd.Timestamp(b + "-01") + pd.offsets.MonthEnd(0)).date())
              if len(b) == 7 else b)
        s = s[[lo <= str(i) <= hi for i in s.index]]
    else:
        months = set(month_list(spec["period"]))
        s = s[[i in months for i in s.index]]
    if spec.get("month_of_year"):
        s = s[[int(i[5:7]) == int(spec["month_of_year"]) for i in s.index]]
    hit = s[s < 0] if spec.get("sign", -1) < 0 else s[s > 0]
    base = value({k: v for k, v in spec.items() if k not in ("derive", "month_of_year", "sign")} | {"period": s.index[0]})
    desc = base.series.replace(f"rows {s.index[0]}", f"rows {spec['period']}").replace(
        f"{s.index[0].split('..')[0]}~{s.index[0].split('..')[-1]} (1 week(s))", spec["period"]) + ((
        f" (month {int(spec['month_of_year']):02d} only)" if spec.get("month_of_year") else ""))
    detail = {"of": len(s), "periods": list(hit.index)}
    if spec["derive"] == "count_sign":
        return Official(len(hit), "count", spec["period"], base.source_file, desc, base.ustflow_series, detail)
    return Official(float(hit.mean()) if len(hit) else None, "JPY 100mn", spec["period"], base.source_file, desc,
                    base.ustflow_series, detail)


def _run_start(spec: dict) -> Official:
    """The first period of the run, ending at ``period``, in which the series stays below (or above)
    ``threshold``: "below $1 trillion since April 2022"."""
    s = series_of(spec)
    key = _period_key(spec, s)
    thr, below = float(spec["threshold"]), spec.get("side", "below") == "below"
    ok = (lambda x: x < thr) if below else (lambda x: x > thr)
    upto = s[: s.index.get_loc(key) + 1]
    start = None
    for i, x in reversed(list(upto.items())):
        if not ok(x):
            break
        start = i
    base = value({k: v for k, v in spec.items() if k not in ("derive", "threshold", "side")})
    return Official(start or "not in such a run", "period", key, base.source_file,
                    base.series + f" (run {'below' if below else 'above'} {thr:g})", base.ustflow_series,
                    {"threshold": thr})
