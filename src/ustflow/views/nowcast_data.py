"""The nowcast's inputs read from the store, each value with the instant it was released.

Release instants come from the release calendar (``ustflow.calendar``): TIC on about the 18th of
month M+2 (16:00 New York), H.15 yields the next US business day, H.4.1 custody the Thursday after
the Wednesday, Japan's BoP on the 6th Tokyo business day of M+2, MoF's monthly flows on the 6th of
M+1, FX interventions with MoF's monthly total (last Tokyo business day; a month's total is taken as
known at the end of the *next* month, since MoF's months end a few days before calendar month-end).

The values are the ones the store holds: today's revised figures unless an older vintage is held
and asked for (``as_of``). A backtest on them is "pseudo real time": real release dates, revised
values. See ``ustflow.views.nowcast`` for what that means for the scores.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from ustflow.errors import NoDataError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.nowcast import Panel
    from ustflow.store import Store

ALIASES = {"all": "grand_total", "official": "foreign_official", "japan": "japan", "china": "china_mainland",
           "china_mainland": "china_mainland"}
INTERVENTION_HOLDERS = ("japan", "grand_total", "foreign_official")
JAPAN_FLOWS = ("japan",)
YIELDS = ("fred.dgs2", "fred.dgs10", "fred.dgs30")
CUSTODY = "fred.wmtsecl1"
BOP = "boj.bop.bppi6d3naus"
MOF = "mof.monthly.assets.lt_debt.net"
RESERVES = "boj.bop.bpbp6jynfa4"
TRUST = "mof.monthly.lt_debt.trust_accounts.net"
MOF_WEEKLY = "mof.weekly.assets.lt_debt.net"
FX = "fred.dexjpus"

LABELS = {
    "custody": "Fed H.4.1 custody for foreign official accounts (FRED WMTSECL1), change to the month's last "
               "Wednesday, USD bn face value",
    "intervention": "Japan's FX interventions (MoF, curated), by value date, USD bn (- = dollars sold)",
    "bop": "Japan BoP: residents' net purchases of US sovereign long-term bonds (BPPI6D3NAUS), USD bn",
    "mof": "MoF: residents' net purchases of foreign long-term debt, all countries (montha1), USD bn",
    "reserves": "Japan BoP: change in reserve assets from transactions (BPBP6JYNFA4), USD bn",
    "trust": "MoF: trust accounts' (pension money) net purchases of foreign long-term debt (monthb3), USD bn",
    "mof_weekly": "MoF weekly: residents' net purchases of foreign long-term debt, weeks ending in the month "
                  "(week.csv), USD bn; measured only (the monthly figure is out before TIC)",
}
SOURCES = {"custody": "fred_wmtsecl1", "intervention": "mof_fx_intervention_curated", "bop": "boj_bop_monthly",
           "mof": "mof_its_monthly", "reserves": "boj_bop_monthly", "trust": "mof_its_investor_ltdebt",
           "mof_weekly": "mof_its_weekly"}


def holders(store: "Store") -> dict[str, str]:
    """Every TIC Major Foreign Holders series in the store: slug -> name (one metadata query)."""
    with store.read() as con:
        rows = con.execute("SELECT id, title FROM series WHERE id LIKE 'tic.holdings.%' ORDER BY id").fetchall()
    return {i.removeprefix("tic.holdings."): t.split(": holdings")[0] for i, t in rows}


def resolve_holder(country: str, store: "Store") -> tuple[str, str]:
    """(slug, display name) of a TIC Major Foreign Holders series: ``all`` = Grand Total (all foreign
    holders), ``official`` = Foreign Official, else a country as ``ustflow holdings`` takes it."""
    from ustflow.views import holdings as hv

    names = holders(store)
    if not names:
        raise NoDataError("no TIC holdings in the store: run `ustflow update` first")
    key = (country or "").strip().lower().replace(" ", "_").replace(",", "")
    slug = ALIASES.get(key) or hv.resolve(country, names)
    name = {"grand_total": "All foreign holders (TIC Grand Total)",
            "foreign_official": "Foreign official holders"}.get(slug, names.get(slug, slug))
    return slug, name


def _ns(dt) -> int:
    import pandas as pd

    return int(pd.Timestamp(dt).tz_convert("UTC").value)


def _release(source: str, days) -> np.ndarray:
    """Release instants (ns UTC) of periods dated ``days`` (dates) under ``source``'s schedule."""
    from ustflow import calendar as cal

    sched = cal.schedule_for(source)
    return np.array([_ns(sched.release_of(d)) for d in days], dtype=np.int64)


def _monthly_release(source: str, months) -> np.ndarray:
    return _release(source, [date(m.year, m.month, 1) for m in months])


def _read(store: "Store", ids: list[str], as_of=None, strict: bool | None = None) -> dict[str, "pd.Series"]:
    """Series by id in one store connection (missing ids: empty), indexed like ``ustflow.series``; with
    ``as_of``, each series' ``attrs['vintage_kind']`` says how it was read (``ustflow.store.reader``)."""
    import pandas as pd

    from ustflow import api, store as st

    with store.read() as con:
        meta = st.series_meta(con, ids).set_index("id")
        obs = st.read_observations(con, [i for i in ids if i in meta.index], as_of=as_of, strict=strict)
    kinds = obs.attrs.get("vintage_kinds", {})
    out = {}
    for i in ids:
        if i not in meta.index:
            out[i] = pd.Series(dtype="float64")
            continue
        d = obs[obs["series_id"] == i]
        out[i] = pd.Series(d["value"].to_numpy(), index=api.period_index(d["period"], meta.loc[i, "frequency"]),
                           dtype="float64", name=i)
        if i in kinds:
            out[i].attrs["vintage_kind"] = kinds[i]
    return out


def _onto(months: "pd.PeriodIndex", s: "pd.Series", rel: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Values and release instants of a monthly series on the panel's month grid."""
    from ustflow.analytics.nowcast import NEVER

    vals = s.reindex(months).to_numpy(dtype="float64")
    r = np.full(len(months), NEVER, dtype=np.int64)
    if rel is not None and len(s):
        pos = months.get_indexer(s.index)
        ok = pos >= 0
        r[pos[ok]] = rel[ok]
    r[np.isnan(vals)] = NEVER
    return vals, r


def panel(country: str, as_of=None, store: "Store | str | None" = None) -> "Panel":
    """The nowcast panel of one holder (see ``ustflow.analytics.nowcast.Panel``), read as of ``as_of``."""
    import pandas as pd

    from ustflow.analytics import holdings as ha, nowcast as nc, nowcast_inputs as ni
    from ustflow.store import as_store
    from ustflow.views import holdings as hv

    s = as_store(store)
    slug, name = resolve_holder(country, s)
    lt_ids = [f"tic.{t}.{slug}.{k}" for t in ("slt3d", "slt") for k in ("lt_treasury_pos", "treasury_pos")]
    ids = [f"tic.holdings.{slug}", f"tic.slt.{slug}.lt_treasury_valchg", f"tic.slt.{slug}.treasury_net",
           f"tic.slt.{slug}.lt_treasury_net", *lt_ids, *YIELDS, CUSTODY, FX,
           "tic.holdings.foreign_official_bonds_notes", "tic.holdings.foreign_official"]
    if slug in JAPAN_FLOWS:
        ids += [BOP, MOF, RESERVES, TRUST, MOF_WEEKLY]
    data = _read(s, ids, as_of)
    level = data[f"tic.holdings.{slug}"].dropna()
    if level.empty:
        raise NoDataError(f"no TIC holdings of {name} in the store (as of {as_of or 'now'}): run `ustflow update`")
    breaks = hv.series_breaks(as_of, s)
    old = breaks[slug] if slug in breaks.columns else ha.unknown_at_breaks(breaks)
    change = ha.like_for_like_change(level, old)
    dy, dy_on = ni.month_end_yields({k: data[k] for k in YIELDS})
    last = max([level.index.max()] + ([dy.index.max()] if len(dy) else []))
    months = pd.period_range(level.index.min(), last, freq="M")
    tic_rel = _monthly_release("tic_mfh_current", months)
    lvl, lvl_rel = _onto(months, level, tic_rel[months.get_indexer(level.index)])
    chg = change.reindex(months).to_numpy(dtype="float64")
    share, share_rel = _onto(months, _lt_share(data, slug), None)
    share_rel = np.where(np.isnan(share), nc.NEVER, tic_rel)
    val = data[f"tic.slt.{slug}.lt_treasury_valchg"] / 1000.0
    v, v_rel = _onto(months, val, _monthly_release("tic_slt_table3", val.index))
    d, d_rel = _onto(months, dy, _release("fred_dgs10", [t.date() for t in dy_on]) if len(dy) else None)
    p = nc.Panel(slug, name, months, lvl, lvl_rel, chg, share, share_rel, d, d_rel, v, v_rel)
    p.slt_net = (data[f"tic.slt.{slug}.treasury_net"] / 1000.0).reindex(months).to_numpy(dtype="float64")
    p.slt_lt_net = (data[f"tic.slt.{slug}.lt_treasury_net"] / 1000.0).reindex(months).to_numpy(dtype="float64")
    _add_inputs(p, data, slug, as_of, s)
    return p


def tic_as_of(p: "Panel", as_of, store: "Store", strict: bool | None = None) -> tuple["Panel", dict]:
    """(``p`` with the TIC level and its change read as of ``as_of``, how that read was made).

    The level is the store's as-of read: archived vintages (where the store holds the file current
    then, e.g. mfhhis01 before a revision) or the latest values backdated to their usual release
    (``ustflow.store.reader``; ``strict``: archived vintages only). The other inputs keep today's
    values and are cut to their release dates by the nowcast (pseudo real time).
    """
    import copy

    from ustflow.analytics import holdings as ha
    from ustflow.store.reader import STRICT
    from ustflow.views import holdings as hv

    strict = STRICT.get() if strict is None else strict
    read = _read(store, [f"tic.holdings.{p.slug}"], as_of, strict)[f"tic.holdings.{p.slug}"]
    kind = read.attrs.get("vintage_kind", {})
    level = read.dropna()
    if level.empty:
        raise NoDataError(f"no TIC holdings of {p.name} were known on {as_of}"
                          + (" in the vintages the store archived (--strict)" if strict else ""))
    level = level[level.index <= p.months[-1]]
    breaks = hv.series_breaks(as_of, store)
    old = breaks[p.slug] if p.slug in breaks.columns else ha.unknown_at_breaks(breaks)
    q = copy.copy(p)
    tic_rel = _monthly_release("tic_mfh_current", level.index)
    q.level, q.level_rel = _onto(p.months, level, tic_rel)
    q.change = ha.like_for_like_change(level, old).reindex(p.months).to_numpy(dtype="float64")
    return q, kind


def _lt_share(data: dict, slug: str) -> "pd.Series":
    """Long-term share of the holdings: SLT Table 3 where it exists, the legacy Table 3D before; for
    foreign official holders also Major Foreign Holders' bonds & notes over the total."""
    import pandas as pd

    parts = []
    for t in ("slt3d", "slt"):
        lt, tot = data[f"tic.{t}.{slug}.lt_treasury_pos"], data[f"tic.{t}.{slug}.treasury_pos"]
        if len(lt) and len(tot):
            parts.append((lt / tot).dropna())
    if slug == "foreign_official":
        bn, tot = data["tic.holdings.foreign_official_bonds_notes"], data["tic.holdings.foreign_official"]
        parts.insert(0, (bn / tot).dropna())
    if not parts:
        return pd.Series(dtype="float64", index=pd.PeriodIndex([], freq="M"))
    s = pd.concat(parts)
    return s[~s.index.duplicated(keep="last")].sort_index()


def _add_inputs(p: "Panel", data: dict, slug: str, as_of, store: "Store") -> None:
    """Attach the flow inputs this holder has candidates for (see ``SOURCES``), each with releases."""
    import pandas as pd

    from ustflow import api
    from ustflow.analytics import nowcast_inputs as ni

    months = p.months
    fx = ni.monthly_fx(data[FX]) if len(data[FX]) else pd.Series(dtype="float64")
    if len(data[CUSTODY].dropna()):
        c, on = ni.custody_month_end(data[CUSTODY])
        _attach(p, "custody", *_onto(months, c, _release("fred_wmtsecl1", [t.date() for t in on])))
    if slug in INTERVENTION_HOLDERS:
        ev = api.events("fx_intervention", as_of=as_of, store=store)
        if len(ev):
            iv, _ = ni.interventions_monthly(ev, fx)
            first = pd.Period(pd.Timestamp(ev["date_start"].min()), "M")
            full = pd.period_range(first, months[-1], freq="M")
            iv = iv.reindex(full, fill_value=0.0)
            # a month's total is confirmed when MoF publishes the next month's (last Tokyo business day)
            rel = _monthly_release("mof_fx_intervention_curated", [m + 1 for m in full])
            _attach(p, "intervention", *_onto(months, iv, rel))
    if slug in JAPAN_FLOWS:
        if len(fx):
            p.fx_assumed_before = str(fx.dropna().index.min())
        for key, sid, src in (("bop", BOP, "boj_bop_monthly"), ("mof", MOF, "mof_its_monthly"),
                              ("reserves", RESERVES, "boj_bop_monthly"), ("trust", TRUST, "mof_its_investor_ltdebt")):
            if len(data[sid].dropna()):
                usd, _ = ni.to_usd_bn(data[sid].dropna(), fx)
                _attach(p, key, *_onto(months, usd, _monthly_release(src, usd.index)))
        if len(data[MOF_WEEKLY].dropna()):
            jpy, last_week = ni.weeks_by_month(data[MOF_WEEKLY])
            usd, _ = ni.to_usd_bn(jpy, fx)
            _attach(p, "mof_weekly", *_onto(months, usd, _release("mof_its_weekly", [d.date() for d in last_week])))


def _attach(p: "Panel", key: str, values: np.ndarray, released: np.ndarray) -> None:
    p.inputs[key] = values
    p.inputs_rel[key] = released
    p.labels[key] = LABELS[key]
