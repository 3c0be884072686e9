"""Evaluate rules on the store (read through ``ustflow.api``) into alerts with their messages.

An ``Alert`` is one finding of one rule: a period, a value with its unit, its rank or context, the
series and source it came from and the vintage of the data. Its ``key`` (rule | period | vintage)
is what the alert state remembers, so each alert fires once per rule, period and vintage. For
events (interventions) the key uses the event's own identity (dates and amount) instead of the
file's vintage, so re-downloading an unchanged list does not re-announce old interventions.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ustflow import api, registry
from ustflow.alerts.rules import Rule, RuleSet, as_ruleset
from ustflow.dates import checked
from ustflow.errors import NotFoundError, UstflowError

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

    from ustflow.store import Store


@dataclass
class Alert:
    key: str
    rule: str
    type: str
    title: str
    series: str
    period: str  # ISO date of the stored period (weekly: the Saturday; monthly: the 1st)
    period_label: str
    value: float
    unit: str
    rank: int | None
    out_of: int | None
    context: str
    message: str
    source: str
    vintage: str
    known_from: str | None

    @property
    def id(self) -> str:
        return hashlib.sha256(self.key.encode()).hexdigest()[:20]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["id"] = self.id
        return d


# ----------------------------------------------------------------------------- formatting
def period_label(ts, frequency: str) -> str:
    import pandas as pd

    ts = pd.Timestamp(ts)
    if frequency == "W":
        return f"week {ts - pd.Timedelta(days=6):%Y-%m-%d}..{ts:%Y-%m-%d}"
    if frequency == "M":
        return f"{ts:%Y-%m}"
    if frequency == "Q":
        return f"{ts.year}Q{ts.quarter}"
    return f"{ts:%Y-%m-%d}"


# unit prefix (the first that starts the unit applies), format of the value, and the familiar scale it is
# also shown in: (symbol, divisor, name, decimals), or None
_AMOUNT_FORMATS: tuple[tuple[str, str, tuple[str, int, str, int] | None], ...] = (
    ("JPY 100mn", ",.0f", ("¥", 10_000, "tn", 2)),
    ("USD mn", ",.0f", ("$", 1000, "bn", 1)),
    ("USD bn", ",.1f", None),
    ("JPY bn", ",.0f", ("¥", 1000, "tn", 2)),
    ("percentage points", ".2f", None),
    ("percent", ".3f", None),
)


def amount(v: float, unit: str, signed: bool = True) -> str:
    """A value with its unit, plus a familiar scale (JPY 100mn -> trillion yen; USD mn -> bn)."""
    sg = "+" if signed else ""
    for prefix, spec, scale in _AMOUNT_FORMATS:
        if unit.startswith(prefix):
            text = f"{v:{sg}{spec}} {prefix}"
            if scale is None:
                return text
            symbol, divisor, name, decimals = scale
            sign = "-" if v < 0 else sg
            return f"{text} ({sign}{symbol}{abs(v / divisor):,.{decimals}f} {name})"
    return f"{v:{sg},.4g} {unit}"


def _ts(x) -> str | None:
    import pandas as pd

    if x is None or (not isinstance(x, str) and pd.isna(x)):
        return None
    return pd.Timestamp(x).isoformat(sep=" ")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ----------------------------------------------------------------------------- reading
def observations(series_id: str, store) -> tuple["pd.DataFrame", dict]:
    """Current values of a series with their vintage and first-public date, indexed by period date.

    The value for each period is the one of its newest vintage (as ``ustflow.series`` returns).
    """
    s = api.series(series_id, store=store)  # validates the id (with suggestions) and gives the metadata
    v = api.vintages(series_id, store=store)
    cur = v.sort_values(["period", "vintage"]).groupby("period").tail(1).set_index("period")
    cur = cur[["value", "vintage", "known_from", "source_id"]].sort_index()
    return cur, dict(s.attrs)


def _source_text(attrs: dict, series_id: str) -> str:
    try:
        pub = registry.get(attrs.get("source") or "").publisher
    except UstflowError:
        pub = attrs.get("source") or ""
    return f"{pub}: {attrs.get('title') or series_id} [{series_id}]"


# ----------------------------------------------------------------------------- per rule type
def _threshold(rule: Rule, store) -> list[Alert]:
    from ustflow.alerts import detect

    p = rule.params
    obs, attrs = observations(p["series"], store)
    hits = detect.threshold_hits(obs, above=p.get("above"), below=p.get("below"))
    unit, freq, sid = attrs["unit"], attrs["frequency"], p["series"]
    first = period_label(obs.index.min(), freq) if len(obs) else ""
    out = []
    for h in hits.itertuples():
        low = h.side == "low"
        lim = p["below"] if low else p["above"]
        ctx = (f"{'below' if low else 'above'} {amount(lim, unit)}; {_ordinal(h.rank)} "
               f"{'lowest' if low else 'highest'} of {h.out_of:,} values since {first}")
        out.append(_alert(rule, sid, h.period, freq, h.value, unit, h.rank, h.out_of, ctx, attrs, h.vintage,
                          h.known_from, f"{sid} {period_label(h.period, freq)}: {amount(h.value, unit)}"))
    return out


def _window_rank(rule: Rule, store) -> list[Alert]:
    from ustflow.alerts import detect

    p = rule.params
    obs, attrs = observations(p["series"], store)
    unit, freq, sid = attrs["unit"], attrs["frequency"], p["series"]
    hits = detect.window_rank_hits(obs, freq, window=p["window"], top=p["top"], side=p["side"], since=p["since"],
                                   min_windows=p["min_windows"])
    word = {"W": "week", "M": "month", "D": "day"}.get(freq, "period")
    what = "net sale (outflow)" if p["side"] == "sell" else "net purchase (inflow)"
    since = str(p["since"])[:10]
    out = []
    for h in hits.itertuples():
        span = f"{period_label(h.first, freq).split('..')[0].replace('week ', '')}..{period_label(h.period, freq).split('..')[-1].replace('week ', '')}"
        ctx = (f"{_ordinal(h.rank)} largest {p['window']}-{word} {what} of {h.out_of:,} {p['window']}-{word} "
               f"windows since {since} (ranked as of the window's end)")
        head = f"{sid} {p['window']}-{word} sum {span}: {amount(h.value, unit)}"
        out.append(_alert(rule, sid, h.period, freq, h.value, unit, int(h.rank), int(h.out_of), ctx, attrs,
                          h.vintage, h.known_from, head, label=span))
    return out


def _change(rule: Rule, store) -> list[Alert]:
    from ustflow.alerts import detect

    p = rule.params
    obs, attrs = observations(p["series"], store)
    unit, freq, sid = attrs["unit"], attrs["frequency"], p["series"]
    old = None
    if sid.startswith("tic.holdings."):  # like for like across TIC's series breaks
        from ustflow.analytics.holdings import unknown_at_breaks
        from ustflow.views.holdings import series_breaks

        brk = series_breaks(store=store)
        slug = sid.removeprefix("tic.holdings.")
        old = brk[slug] if slug in brk.columns else unknown_at_breaks(brk)
        old.index = old.index.to_timestamp()
    hits = detect.change_hits(obs, freq, periods=p["periods"], above=p.get("above"), below=p.get("below"), old=old)
    word = {"W": "week", "M": "month", "D": "observation"}.get(freq, "period")
    span = f"{p['periods']} {word}{'s' if p['periods'] > 1 else ''}"
    out = []
    for h in hits.itertuples():
        low = h.side == "low"
        lim = p["below"] if low else p["above"]
        ctx = (f"level {amount(h.level, unit, signed=False)} from {amount(h.previous, unit, signed=False)}; change "
               f"{'below' if low else 'above'} {amount(lim, unit)}; {_ordinal(h.rank)} "
               f"{'largest fall' if low else 'largest rise'} over {span} of {h.out_of:,}")
        head = f"{sid} {period_label(h.period, freq)}: {amount(h.value, unit)} over {span}"
        out.append(_alert(rule, sid, h.period, freq, h.value, unit, int(h.rank), int(h.out_of), ctx, attrs,
                          h.vintage, h.known_from, head))
    return out


def _revision(rule: Rule, store) -> list[Alert]:
    from ustflow.alerts import detect

    p = rule.params
    sid = p["series"]
    s = api.series(sid, store=store)
    attrs = dict(s.attrs)
    unit, freq = attrs["unit"], attrs["frequency"]
    hits = detect.revision_hits(api.vintages(sid, store=store), min_abs=p["min_abs"], min_share=p["min_share"])
    out = []
    for h in hits.itertuples():
        ctx = (f"revised from {amount(h.previous, unit, signed=False)} to {amount(h.value, unit, signed=False)} "
               f"({h.share:.1%}); previous vintage {_ts(h.previous_vintage)}, source {h.source_id}")
        head = f"{sid} {period_label(h.period, freq)} revised by {amount(h.change, unit)}"
        out.append(_alert(rule, sid, h.period, freq, h.change, unit, None, None, ctx, attrs, h.vintage,
                          h.known_from, head))
    return out


def _event(rule: Rule, store) -> list[Alert]:
    import pandas as pd

    kind = rule.params["kind"]
    ev = api.events(kind=kind, store=store)
    out = []
    for e in ev.itertuples():
        start, end = pd.Timestamp(e.date_start), pd.Timestamp(e.date_end) if not pd.isna(e.date_end) else None
        span = f"{start:%Y-%m-%d}" + (f"..{end:%Y-%m-%d}" if end is not None and end != start else "")
        unit = e.unit or ""
        val = float(e.amount) if not pd.isna(e.amount) else float("nan")
        ctx = "; ".join(str(x) for x in (e.detail, e.source_ref) if isinstance(x, str) and x)
        msg = (f"{rule.describe()}: {e.title or kind} {span}: {amount(val, unit, signed=False)}"
               + (f" ({ctx})" if ctx else "") + f". Source: {e.source_id}, list vintage {_ts(e.vintage)}.")
        key = f"{rule.id}|{start:%Y-%m-%d}|event:{span}:{val:.6g}"
        out.append(Alert(key, rule.id, rule.type, rule.describe(), f"events:{kind}", f"{start:%Y-%m-%d}", span,
                         val, unit, None, None, ctx, msg, str(e.source_id), _ts(e.vintage) or "", _ts(start)))
    return out


def hedged_pickup_table(store, tenor: int = 10, basis: float = 0.0, rates: str = "3m") -> "pd.DataFrame":
    """Daily hedged pickup of the UST over the JGB of ``tenor`` years (``ustflow.views.drivers.hedged_yields``,
    3-month rates or the overnight proxy), with ``vintage``/``known_from`` per date: the newest among
    the inputs' values used that day."""
    import pandas as pd

    from ustflow.analytics import hedge
    from ustflow.views.drivers import hedged_yields

    if tenor not in hedge.UST_TENORS:
        raise NotFoundError(f"hedged pickup: no UST {tenor}y series; tenors: {sorted(hedge.UST_TENORS)}")
    ids = {"ust": hedge.UST_TENORS[tenor], "jgb": hedge.JGB_TENORS[tenor]}
    ids |= ({"sofr": "fred.sofr", "effr": "fred.effr", "jpy": hedge.JGB_TENORS[1]} if rates == "overnight" else
            {"usd": "fred.dtb3", "usd_m": "fred.tb3ms", "jpy": "fred.ir3tib01jpm156n"})
    obs = {k: observations(sid, store)[0] for k, sid in ids.items()}
    t = hedged_yields(tenor, basis, rates=rates, compare=False, store=store)
    for col in ("vintage", "known_from"):
        parts = [o[col].astype("datetime64[ns]").reindex(o.index.union(t.index)).ffill().reindex(t.index)
                 for o in obs.values()]
        t[col] = pd.concat(parts, axis=1).max(axis=1)
    t.attrs["inputs"] = ids
    return t


def _hedged_cross(rule: Rule, store) -> list[Alert]:
    from ustflow.alerts import detect

    p = rule.params
    t = hedged_pickup_table(store, int(p["tenor"]), float(p["basis"]), p.get("rates", "3m"))
    hits = detect.crossing_hits(t, "hedged_pickup_pct", direction=p["direction"], min_run=p["min_run"])
    ids = t.attrs["inputs"]
    src = (f"ustflow.views.drivers.hedged_yields ({t.attrs['rates_label']}) on {', '.join(ids.values())} "
           f"(FRED; OECD via FRED; MoF JGB curve), quoted basis {float(p['basis']):+.2f}")
    unit = "percentage points"
    out = []
    for h in hits.itertuples():
        row = t.loc[h.period]
        ctx = (f"crossed zero {h.from_sign} to {h.to_sign} (last {h.from_sign} on {h.previous_date:%Y-%m-%d}); "
               f"UST {p['tenor']}y {row.ust_yield_pct:.2f}% - hedge cost {row.hedge_cost_pct:.2f} pp "
               f"- JGB {p['tenor']}y {row.jgb_yield_pct:.2f}%; the new sign held {h.run_length} observations")
        head = f"Hedged {p['tenor']}y UST pickup over JGBs on {h.period:%Y-%m-%d}: {amount(h.value, unit)}"
        a = _alert(rule, f"hedged_pickup_{p['tenor']}y", h.period, "D", h.value, unit, None, None, ctx,
                   {"title": "hedged pickup", "source": ""}, h.vintage, h.known_from, head)
        a.source = src
        a.message = f"{head}; {ctx}. Source: {src}, data vintage {a.vintage}."
        out.append(a)
    return out


def _alert(rule: Rule, sid: str, period, freq: str, value, unit: str, rank, out_of, ctx: str, attrs: dict,
           vintage, known_from, head: str, label: str | None = None) -> Alert:
    import pandas as pd

    per = pd.Timestamp(period)
    vint = _ts(vintage) or ""
    source = _source_text(attrs, sid)
    lab = label or period_label(per, freq)
    msg = f"{rule.describe()}: {head}; {ctx}. Source: {source}, period {lab}, vintage {vint}."
    return Alert(f"{rule.id}|{per:%Y-%m-%d}|{vint}", rule.id, rule.type, rule.describe(), sid,
                 f"{per:%Y-%m-%d}", lab, float(value), unit, None if rank is None else int(rank),
                 None if out_of is None else int(out_of), ctx, msg, source, vint, _ts(known_from))


def _fall_rank(rule: Rule, store) -> list[Alert]:
    """A fall of a level over ``periods`` among the ``top`` falls since the series began, point in
    time (default: foreign official custody at the New York Fed, ``fred.wmtsecl1``). The k-period
    change of a level is the sum of its k one-period changes, so the ranking is
    ``detect.window_rank_hits`` on the differences: "the 5th largest weekly fall since July 2007"
    means as of that week."""
    from ustflow.alerts import detect

    p = rule.params
    obs, attrs = observations(p["series"], store)
    unit, freq, sid = attrs["unit"], attrs["frequency"], p["series"]
    full = detect.complete(obs, freq)
    diff = full.assign(value=full["value"].diff()).iloc[1:]
    hits = detect.window_rank_hits(diff, freq, window=p["periods"], top=p["top"], side="sell",
                                   min_windows=p["min_windows"])
    word = {"W": "week", "M": "month", "D": "day"}.get(freq, "period")
    span = f"{p['periods']} {word}{'s' if p['periods'] > 1 else ''}"
    first = period_label(obs.index.min(), freq).split("..")[-1]
    out = []
    for h in hits.itertuples():
        level = float(full.loc[h.period, "value"])
        ctx = (f"{_ordinal(int(h.rank))} largest fall over {span} of {int(h.out_of):,} since {first.replace('week ', '')} "
               f"(ranked as of that {word}); level {amount(level, unit, signed=False)}")
        if sid == "fred.wmtsecl1":
            ctx += "; face value, Treasuries held at the New York Fed for foreign official accounts"
        head = f"{sid} change over {span} to {period_label(h.period, freq).split('..')[-1]}: {amount(h.value, unit)}"
        out.append(_alert(rule, sid, h.period, freq, h.value, unit, int(h.rank), int(h.out_of), ctx, attrs,
                          h.vintage, h.known_from, head))
    return out


def _net_sale(rule: Rule, store) -> list[Alert]:
    """A period in which a net-purchase series is a net sale larger than ``min_abs`` (default: the
    BoP's ``boj.bop.bppi6d3naus``, JPY 100mn), ranked among the sales so far."""
    from ustflow.alerts import detect

    p = rule.params
    obs, attrs = observations(p["series"], store)
    unit, freq, sid = attrs["unit"], attrs["frequency"], p["series"]
    hits = detect.threshold_hits(obs, below=-abs(float(p["min_abs"])) if p["min_abs"] else -1e-9)
    first = period_label(obs.index.min(), freq)
    sales = obs["value"] < 0
    out = []
    for h in hits.itertuples():
        n_sales = int(sales.loc[: h.period].sum())
        ctx = (f"a net sale: {_ordinal(int(h.rank))} largest of {n_sales:,} sale months among {int(h.out_of):,} "
               f"months since {first}")
        if sid.startswith("boj.bop.bppi6d3"):
            ctx += "; Japanese residents' portfolio investment by issuer country (balance of payments)"
        head = f"{sid} {period_label(h.period, freq)}: {amount(h.value, unit)}"
        out.append(_alert(rule, sid, h.period, freq, h.value, unit, int(h.rank), int(h.out_of), ctx, attrs,
                          h.vintage, h.known_from, head))
    return out


EVALUATORS = {"threshold": _threshold, "window_rank": _window_rank, "change": _change,
              "revision": _revision, "new_event": _event, "hedged_pickup_cross": _hedged_cross,
              "level_fall_rank": _fall_rank, "net_sale": _net_sale}


def evaluate_rule(rule: Rule, store: "Store | str | None" = None) -> list[Alert]:
    """Every alert the rule finds in the whole history held now (no state, nothing sent)."""
    return EVALUATORS[rule.type](rule, store)


@checked
def replay(rules: "RuleSet | str | Path", store: "Store | str | None" = None, since=None, *,
           rule: str | None = None) -> "pd.DataFrame":
    """When each rule would have fired over history: one row per alert, ordered by when it became
    known (``known_from``); a rule that cannot be evaluated gives one row with its ``error``.

    ``rules``: a :class:`RuleSet` or the path of a rules file; ``rule``: only that rule id.
    ``attrs['rules']`` lists the rule ids replayed, ``attrs['path']`` the file.
    """
    import pandas as pd

    rules = as_ruleset(rules, rule)
    rows = []
    for r in rules.rules:
        try:
            alerts = evaluate_rule(r, store)
        except UstflowError as e:
            rows.append({"rule": r.id, "type": r.type, "error": str(e)})
            continue
        for a in alerts:
            rows.append({"rule": a.rule, "type": a.type, "would_fire": a.known_from, "period": a.period_label,
                         "series": a.series, "value": a.value, "unit": a.unit, "rank": a.rank, "of": a.out_of,
                         "vintage": a.vintage, "context": a.context, "message": a.message, "error": None})
    cols = ["rule", "type", "would_fire", "period", "series", "value", "unit", "rank", "of", "vintage", "context",
            "message", "error"]
    df = pd.DataFrame(rows, columns=cols)
    if since is not None and not df.empty:
        df = df[df["error"].notna() | (pd.to_datetime(df["would_fire"], format="ISO8601") >= pd.Timestamp(since))]
    df = df.sort_values(["would_fire", "rule"], na_position="first", kind="stable").reset_index(drop=True)
    df["rank"] = df["rank"].astype("Int64")
    df["of"] = df["of"].astype("Int64")
    df.attrs.update(rules=[r.id for r in rules.rules], path=rules.path)
    return df
