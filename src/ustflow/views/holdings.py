"""Who holds US Treasuries: the holders table, any country's history, peaks, custodial views, and
how much of a change in holdings was selling and how much was prices.

The Python API behind ``ustflow holders``, ``holdings`` and ``decompose``::

    from ustflow.views import holdings as hv
    hv.holders("2025-12").head(3)             # Japan first at 1185.5 USD bn
    hv.peak("china")                          # {'peak_usd_bn': 1316.7, 'peak_month': '2013-11', ...}
    hv.history("japan", start="2024-01")      # month-end holdings with changes, share, peak so far
    hv.decompose("japan", start="2023-02")    # change = net purchases + valuation + other

Holdings: US Treasury TIC "Major Foreign Holders of Treasury Securities" (``mfhhis01`` from
2000-03 and SLT Table 5 for the latest 13 months), USD bn at end of month, by country of
*custody*, not of ownership. The decomposition uses SLT Table 3 (USD mn) and, before 2023-02, Form S
and the legacy Table 3D (see ``ustflow.analytics.decompose``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.cache import per_store_version
from ustflow.dates import checked, parse_month
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError, UstflowError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

SOURCE = "US Treasury TIC, Major Foreign Holders of Treasury Securities (mfhhis01 + SLT Table 5)"
DECOMP_SOURCE = ("US Treasury TIC: SLT Table 3 (holdings, net purchases, valuation change, from 2023-02), "
                 "legacy SLT Table 3D and Form S (before); FRED DGS2/DGS10/DGS30 for the valuation estimate")
UNIT = "USD bn"
VIEWS = ("reported", "custodial")


def _between(df: "pd.DataFrame", start=None, end=None) -> "pd.DataFrame":
    """Rows of a monthly (PeriodIndex) frame from ``start`` to ``end`` (YYYY-MM), both included."""
    import pandas as pd

    if start is not None:
        df = df[df.index >= pd.Period(start, "M")]
    if end is not None:
        df = df[df.index <= pd.Period(end, "M")]
    return df


def _tidy(df: "pd.DataFrame", digits: int = 4) -> "pd.DataFrame":
    """Round float columns: the inputs have one decimal (USD bn), so this only drops float noise
    such as 20.100000000000136 from differences; it never changes a published digit."""
    cols = [c for c in df.columns if df[c].dtype == "float64"]
    return df.round(dict.fromkeys(cols, digits))


def _as_of_attr(as_of) -> str | None:
    return str(as_of) if as_of is not None else None


def _ids(prefix: str, store) -> "pd.DataFrame":
    df = api.search(prefix, store=store)
    return df[df["id"].str.startswith(prefix)]


def _holdings(as_of=None, store=None) -> tuple["pd.DataFrame", dict[str, str], "pd.DataFrame"]:
    """(countries wide USD bn, slug -> display name, aggregates wide USD bn) of tic.holdings.*."""
    from ustflow.vocab import AGGREGATES, COUNTRY_GROUPS

    meta = _ids("tic.holdings.", store)
    if meta.empty:
        raise NoDataError("no TIC holdings in the store: run `ustflow update` first")
    slugs = meta["id"].str.removeprefix("tic.holdings.")
    names = dict(zip(slugs, meta["title"].str.split(": holdings").str[0]))
    wide = api.frame(list(meta["id"]), as_of=as_of, store=store)
    wide.columns = [c.removeprefix("tic.holdings.") for c in wide.columns]
    countries = [c for c in wide.columns if c not in AGGREGATES or c in COUNTRY_GROUPS]
    aggs = [c for c in wide.columns if c in AGGREGATES and c not in COUNTRY_GROUPS]
    return wide[countries], names, wide[aggs]


@checked
def series_breaks(as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """mfhhis01's series breaks: old-series values (USD bn) at each break month, one column per holder.

    Index: the break months (2000-03, 2002-06 .. 2011-06 with an overlap column, 2011-12 without);
    columns: holder slugs (``japan``, ``grand_total``, ...); NaN where no old value is printed.
    ``attrs['notes']``: the footnote and series numbers per break. Empty when no mfhhis01 is loaded.
    See :func:`ustflow.analytics.holdings.like_for_like_change`.
    """
    from ustflow import store as st
    from ustflow.analytics import holdings as ha
    from ustflow.store import Store

    s = store if isinstance(store, Store) else Store(store)
    with s.read() as con:
        meta = st.read_file_meta(con, "tic_mfh_history", as_of=as_of)
    out = ha.series_breaks_frame((meta or {}).get("series_breaks") or [])
    out.attrs.update(unit=UNIT, source="US Treasury TIC, mfhhis01.txt (footnotes 6/ to 17/)")
    return out


def _with_group_old(old: "pd.DataFrame", groups: dict[str, list[str]]) -> "pd.DataFrame":
    """Old-series values of member sums (NaN at a break unless every member has one)."""
    old = old.copy()
    for name, members in groups.items():
        cols = [c for c in members if c in old.columns]
        old[name] = old[cols].sum(axis=1, min_count=len(members)) if len(cols) == len(members) else float("nan")
    return old


@checked
@per_store_version
def changes(country: str, months: int = 1, start=None, end=None, as_of=None,
            store: "Store | str | None" = None) -> "pd.DataFrame":
    """Like-for-like changes of one holder's Treasury holdings (USD bn), for claims such as "fell $X".

    ``country``: a name ('Japan', 'UK'), a slug or a ``tic.holdings.<slug>`` id. Columns:
    ``holdings_usd_bn`` (as published), ``change_usd_bn`` (over ``months``, like for like across
    TIC's series breaks: :func:`ustflow.analytics.holdings.like_for_like_change`),
    ``change_published_usd_bn`` (plain difference of the published levels), ``series_break``
    (a break month inside the window) and ``note``. UK 2008-06: -216.1 published, +7.9 like for like.
    """
    import pandas as pd

    from ustflow.analytics import holdings as ha

    if months < 1:
        raise InvalidArgument(f"months must be >= 1, got {months}")
    wide, names, aggs = _holdings(as_of, store)
    slug = resolve(str(country).removeprefix("tic.holdings."), list(wide.columns) + list(aggs.columns))
    old = series_breaks(as_of, store)
    lev = (wide[slug] if slug in wide.columns else aggs[slug]).dropna()
    o = old[slug] if slug in old.columns else ha.unknown_at_breaks(old)
    full = pd.period_range(lev.index[0], lev.index[-1], freq="M", name="period")
    v = lev.reindex(full)
    out = pd.DataFrame({"holdings_usd_bn": v, "change_usd_bn": ha.like_for_like_change(v, o, months),
                        "change_published_usd_bn": v - v.shift(months)})
    brk = pd.Series(full.isin(old.index), index=full).astype(int)
    out["series_break"] = brk.rolling(months, min_periods=1).max().astype(bool)
    notes = old.attrs.get("notes", {})
    out["note"] = ["" if not b else "; ".join(
        f"series break {q} ({notes.get(str(q), '')})" for q in old.index if p - months < q <= p)
        for p, b in zip(full, out["series_break"])]
    out = _tidy(_between(out.dropna(subset=["holdings_usd_bn"]), start, end))
    out.attrs.update(unit=UNIT, units={c: UNIT for c in out.columns if c.endswith("_usd_bn")}, id=slug,
                     country=names.get(slug, slug), months=months, source=SOURCE, as_of=_as_of_attr(as_of),
                     title=f"{names.get(slug, slug)}: {months}-month change in US Treasury holdings, like for "
                           f"like across TIC series breaks [USD bn]")
    return out


def _month(month, index: "pd.PeriodIndex", total: "pd.Series"):
    import pandas as pd

    t = total.dropna()
    if t.empty:  # e.g. an as-of date before the first release
        raise NoDataError("no Major Foreign Holders table known at this as-of date")
    if month is None:
        return t.index[-1]
    p = pd.Period(parse_month(month), "M")
    if p not in t.index:
        raise NoDataError(f"no Major Foreign Holders table for {p}; the data run {t.index[0]} .. {t.index[-1]}")
    return p


@checked
@per_store_version
def holders(month=None, top: int | None = None, view: str = "reported", as_of=None,
            store: "Store | str | None" = None, centres=None) -> "pd.DataFrame":
    """The Major Foreign Holders table for ``month`` (default: the latest), largest first.

    Columns: ``rank``, ``id``, ``country``, ``holdings_usd_bn``, ``share_pct`` (of the foreign
    grand total), ``change_1m_usd_bn``, ``change_12m_usd_bn``, ``peak_usd_bn``/``peak_month`` (the
    highest month-end up to ``month``), ``change_since_peak_usd_bn``, ``memo``.

    ``view="custodial"`` groups the custodial centres (United Kingdom, Belgium, Luxembourg,
    Ireland, Switzerland, Cayman Islands, Bermuda and the like; ``centres`` overrides the list)
    into one ranked row (its changes count only members listed at both ends, like for like), and
    adds an unranked memo row for China with Belgium (Euroclear) added.
    ``top`` keeps the largest N ranked rows (memo rows are always shown).
    """
    from ustflow.analytics import holdings as ha

    if view not in VIEWS:
        raise InvalidArgument(f"unknown view {view!r}; use {' or '.join(VIEWS)}")
    if top is not None and top < 1:
        raise InvalidArgument("top must be at least 1")
    wide, names, aggs = _holdings(as_of, store)
    total = aggs["grand_total"]
    p = _month(month, wide.index, total)
    old = series_breaks(as_of, store)
    memo: list[str] = []
    members: list[str] = []
    note = ""
    if view == "custodial":
        centre_set = frozenset(centres) if centres is not None else ha.default_centres()
        all_members = sorted(c for c in centre_set if c in wide.columns)
        # constant composition: the centres listed this month, over their whole common history
        group, members = ha.constant_composition(wide, all_members, p)
        dropped = [c for c in all_members if c not in members and wide[c].loc[p - 12:p].notna().any()]
        members_wide = wide[members]
        china_b = wide["china_mainland"] + wide["belgium"]
        wide = wide.drop(columns=all_members).assign(**{ha.CUSTODIAL_GROUP: group, ha.CHINA_WITH_BELGIUM: china_b})
        old = _with_group_old(old, {ha.CUSTODIAL_GROUP: members, ha.CHINA_WITH_BELGIUM: ["china_mainland", "belgium"]})
        names = dict(names)
        names[ha.CUSTODIAL_GROUP] = "Custodial centres (" + ", ".join(names.get(c, c) for c in members) + ")"
        names[ha.CHINA_WITH_BELGIUM] = "China, Mainland + Belgium (Euroclear)"
        memo = [ha.CHINA_WITH_BELGIUM]
        first = group.dropna().index.min()
        note = (f"; custodial centres on constant composition: the {len(members)} centres listed in {p}, summed "
                f"over {first}..{p}, so the peak compares the same holders")
        if dropped:
            note += (f"; {', '.join(names.get(c, c) for c in dropped)} listed in the past year but not in {p} "
                     f"(TIC's list changed): left out of every month")
    out = ha.holders_table(wide, p, total, names, memo=memo, top=top, old=old)
    if view == "custodial":
        row = out["id"] == ha.CUSTODIAL_GROUP
        for k in (1, 12):
            out.loc[row, f"change_{k}m_usd_bn"] = ha.group_like_for_like_change(members_wide, members, old, k).get(
                p, float("nan"))
    out = _tidy(out)
    tot = float(total[p])
    listed_sum = float(out.loc[~out["memo"], "holdings_usd_bn"].sum()) if top is None else None
    out.attrs.update(
        unit=UNIT, units={c: UNIT for c in out.columns if c.endswith("_usd_bn")} | {"share_pct": "percent of foreign total"},
        month=str(p), view=view, grand_total_usd_bn=tot,
        official_usd_bn=float(aggs["foreign_official"].get(p, float("nan"))),
        listed_sum_usd_bn=listed_sum, source=SOURCE, as_of=_as_of_attr(as_of),
        centres=members if view == "custodial" else None,
        title=f"Major foreign holders of US Treasuries, {p} [USD bn; share of foreign total %]"
              + (" (custodial centres grouped)" if view == "custodial" else ""),
        note=("by country of custody, not of ownership (TIC FAQ 7); peaks are the highest month-end up to this "
              "month; changes are like for like across TIC's series breaks (benchmark months)" + note),
    )
    return out


@checked
def countries(as_of=None, store: "Store | str | None" = None) -> dict[str, str]:
    """Every country (and country group) in the Major Foreign Holders data: slug -> name."""
    wide, names, _ = _holdings(as_of, store)
    return {c: names.get(c, c) for c in wide.columns}


def resolve(country: str, available) -> str:
    """A user's country name as a slug (see ``analytics.holdings.resolve_country``), or UstflowError."""
    from ustflow.analytics.holdings import resolve_country

    try:
        return resolve_country(country, available)
    except ValueError as e:
        raise NotFoundError(str(e)) from None


def _series_for(slug: str, wide, aggs, old) -> tuple["pd.Series", "pd.Series | None", str]:
    """(levels, old-series values at the breaks, composition note) of a holder or a group."""
    from ustflow.analytics import holdings as ha

    if slug == ha.CUSTODIAL_GROUP:
        last = wide.dropna(how="all").index.max()
        s, members = ha.constant_composition(wide, sorted(ha.default_centres()), last)
        g = _with_group_old(old, {"g": members})["g"]
        return s, g, (f"constant composition: the {len(members)} centres listed in {last} "
                      f"({', '.join(members)}), from {s.dropna().index.min()}")
    if slug == ha.CHINA_WITH_BELGIUM:
        return wide["china_mainland"] + wide["belgium"], _with_group_old(
            old, {"g": ["china_mainland", "belgium"]})["g"], ""
    if slug == ha.PRIVATE:
        o = old["grand_total"] - old["foreign_official"] if {"grand_total", "foreign_official"} <= set(old.columns) \
            else ha.unknown_at_breaks(old)
        return aggs["grand_total"] - aggs["foreign_official"], o, ""
    o = old[slug] if slug in old.columns else ha.unknown_at_breaks(old)
    return (wide[slug] if slug in wide.columns else aggs[slug]), o, ""


@checked
@per_store_version
def history(country: str, start=None, end=None, as_of=None,
            store: "Store | str | None" = None) -> "pd.DataFrame":
    """One holder's month-end holdings (USD bn) with changes on the month and year, share of the
    foreign total, the peak so far and the change since, and its rank among the listed countries.

    ``country`` is a name ('Japan', 'china', 'UK'), a slug, or 'custodial' (the grouped custodial
    centres, on the composition of the latest month), 'china+belgium', 'official' or 'private'
    (grand total minus official). Levels are as published; changes and the change since the peak
    are like for like across TIC's series breaks (``series_break`` marks the break months).
    """
    from ustflow.analytics import holdings as ha

    wide, names, aggs = _holdings(as_of, store)
    slug = resolve(country, list(wide.columns) + list(aggs.columns))
    s, o, composition = _series_for(slug, wide, aggs, series_breaks(as_of, store))
    ranks = ha.rank_frame(wide)[slug] if slug in wide.columns else None
    out = ha.history(s, aggs["grand_total"], ranks, old=o)
    out = _between(out, start, end)
    out = _tidy(out)
    name = {ha.CUSTODIAL_GROUP: "Custodial centres (grouped)", ha.CHINA_WITH_BELGIUM: "China, Mainland + Belgium",
            ha.PRIVATE: "Private (grand total minus foreign official)"}.get(slug, names.get(slug, slug))
    out.attrs.update(unit=UNIT, units={c: UNIT for c in out.columns if c.endswith("_usd_bn")}
                     | {"share_pct": "percent of foreign total"}, country=name, id=slug, source=SOURCE,
                     as_of=_as_of_attr(as_of), composition=composition or None,
                     note="changes like for like across TIC's series breaks (series_break marks them)",
                     title=f"{name}: holdings of US Treasuries, end of month [USD bn]")
    return out


@checked
@per_store_version
def peak(country: str, as_of=None, store: "Store | str | None" = None) -> dict:
    """A holder's all-time peak: ``peak_usd_bn``, ``peak_month``, the latest value and the change since."""
    h = history(country, as_of=as_of, store=store)
    last = h.iloc[-1]
    return {"country": h.attrs["country"], "id": h.attrs["id"], "peak_usd_bn": float(last["peak_to_date_usd_bn"]),
            "peak_month": last["peak_month"], "latest_month": str(h.index[-1]),
            "latest_usd_bn": float(last["holdings_usd_bn"]),
            "change_since_peak_usd_bn": float(last["change_since_peak_usd_bn"]), "unit": UNIT, "source": SOURCE,
            "as_of": _as_of_attr(as_of)}


@checked
def official_private(start=None, end=None, as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """Foreign official vs private holdings (USD bn), official bills and bonds/notes, official share."""
    from ustflow.analytics import holdings as ha

    _, _, aggs = _holdings(as_of, store)
    out = ha.official_private(aggs["grand_total"], aggs["foreign_official"], aggs.get("foreign_official_bills"),
                              aggs.get("foreign_official_bonds_notes"))
    out = _between(out, start, end)
    out = _tidy(out)
    out.attrs.update(unit=UNIT, units={c: UNIT for c in out.columns if c.endswith("_usd_bn")}
                     | {"official_share_pct": "percent of foreign total"}, source=SOURCE, as_of=_as_of_attr(as_of),
                     title="Foreign official vs private holdings of US Treasuries [USD bn]",
                     note="private = grand total - foreign official; includes official holdings custodied privately")
    return out


@checked
def custodial(start=None, end=None, as_of=None, store: "Store | str | None" = None, centres=None) -> "pd.DataFrame":
    """The two custodial views over time (USD bn): China, Belgium and China + Belgium; the custodial
    centres grouped, both as listed each month and on constant composition (the centres listed in
    the latest month), how many are listed, where the list changes, and the group's share."""
    import pandas as pd

    from ustflow.analytics import holdings as ha

    wide, names, aggs = _holdings(as_of, store)
    old = series_breaks(as_of, store)
    members = sorted(c for c in (centres if centres is not None else ha.default_centres()) if c in wide.columns)
    last = wide.dropna(how="all").index.max()
    constant, kept = ha.constant_composition(wide, members, last)
    out = pd.DataFrame({"china_mainland_usd_bn": wide["china_mainland"], "belgium_usd_bn": wide["belgium"]})
    out["china_with_belgium_usd_bn"] = out["china_mainland_usd_bn"] + out["belgium_usd_bn"]
    out["custodial_centres_usd_bn"] = ha.group_sum(wide, members)
    out["custodial_centres_constant_usd_bn"] = constant
    out["custodial_centres_change_1m_usd_bn"] = ha.group_like_for_like_change(wide, members, old, 1)
    listed = wide[members].notna()
    out["centres_listed"] = listed.sum(axis=1)
    changed = listed.ne(listed.shift(1)) & listed.shift(1).notna()
    changed.iloc[0] = False
    out["list_change"] = [", ".join(("+" if listed.at[p, c] else "-") + names.get(c, c) for c in members
                                    if changed.at[p, c]) for p in listed.index]
    out["custodial_share_pct"] = 100 * out["custodial_centres_usd_bn"] / aggs["grand_total"]
    out.index.name = "period"
    out = _between(out, start, end)
    out = _tidy(out)
    out.attrs.update(unit=UNIT, units={c: UNIT for c in out.columns if c.endswith("_usd_bn")}
                     | {"custodial_share_pct": "percent of foreign total"}, source=SOURCE, as_of=_as_of_attr(as_of),
                     centres=members, centre_names=[names.get(c, c) for c in members],
                     constant_members=kept, constant_month=str(last),
                     title="Custodial views of US Treasury holdings [USD bn]",
                     note=("custodial_centres_usd_bn sums the centres TIC lists each month and steps where the list "
                           "changes (list_change: + added, - dropped); custodial_centres_constant_usd_bn holds the "
                           f"centres listed in {last} fixed; the change column counts only centres listed in both "
                           "months, like for like across series breaks"))
    return out


# ------------------------------------------------------------------------- decomposition
def _opt(id: str, as_of, store) -> "pd.Series":
    import pandas as pd

    try:
        return api.series(id, as_of=as_of, store=store)
    except UstflowError:
        return pd.Series(dtype="float64", index=pd.PeriodIndex([], freq="M"))


def _long_term_position(pos: "pd.Series", lt: "pd.Series") -> tuple["pd.Series", "pd.Series", float | None]:
    """(long-term position, where it was assumed, the assumed long-term share) on ``pos``'s months.

    Where no table splits long- from short-term (before Table 3D's 2011-09, and its 2011-10/11 gap)
    the long-term position is the total times an assumed long-term share: the mean of Table 3D's
    first year before it starts, the last known share inside a gap.
    """
    share = (lt.reindex(pos.index) / pos).where(lambda x: x.notna())
    known = share.dropna()
    lt_share = float(known.head(12).mean()) if len(known) else None
    filled = share.ffill().fillna(lt_share) if lt_share is not None else share
    lt_full = lt.reindex(pos.index).where(lambda x: x.notna(), pos * filled)
    return lt_full, lt.reindex(pos.index).isna() & lt_full.notna(), lt_share


def _other_summary(out: "pd.DataFrame") -> tuple[dict, dict]:
    """How large ``other`` is over the reported months, and over the estimated ones.

    Before 2023-02 'other' also absorbs Form S's different basis (transactions attributed to the
    counterparty's country, not the holder's), so it is much larger: say so with numbers.
    """
    rep = out[out["valuation_basis"].str.startswith("reported")]
    other = {"months": len(rep), "mean_abs_usd_bn": float(rep["other_usd_bn"].abs().mean()) if len(rep) else None,
             "max_abs_usd_bn": float(rep["other_usd_bn"].abs().max()) if len(rep) else None,
             "mean_abs_change_usd_bn": float(rep["change_usd_bn"].abs().mean()) if len(rep) else None}
    est = out[out["valuation_basis"].str.startswith("estimated") & out["other_usd_bn"].notna()]
    other_est = {"months": len(est), "mean_abs_usd_bn": float(est["other_usd_bn"].abs().mean()) if len(est) else None,
                 "mean_abs_change_usd_bn": float(est["change_usd_bn"].abs().mean()) if len(est) else None}
    return other, other_est


@checked
@per_store_version
def decompose(country: str, start=None, end=None, as_of=None, store: "Store | str | None" = None,
              duration: float | None = None) -> "pd.DataFrame":
    """Change in a country's Treasury holdings = net purchases + valuation change + other, per month.

    USD bn; index ``period``. From 2023-02 the three parts are SLT Table 3's (``valuation_basis`` =
    reported); before, valuation is estimated from Treasury yield changes with a duration ``D``
    (fitted on the reported months unless ``duration`` is given) and net purchases come from Form S
    bonds & notes plus the change in bills (``net_basis``). Columns: ``holdings_usd_bn``,
    ``change_usd_bn``, ``net_purchases_usd_bn``, ``net_lt_usd_bn``, ``net_st_usd_bn``,
    ``valuation_usd_bn``, ``other_usd_bn``, ``valuation_estimate_usd_bn``, ``lt_position_prev_usd_bn``,
    ``yield_change_pp``, ``valuation_basis``, ``net_basis``, ``position_source``.

    ``attrs['validation']``: the estimator against the reported valuation (USD bn): ``duration``,
    ``mae``, ``mae_loo`` (leave-one-out, the error to expect before 2023), ``mae_default`` (D = 5),
    ``mae_zero`` (no valuation at all), ``bias``/``bias_cum`` (mean and summed error, estimate minus
    reported; ``_loo`` out of sample; ``bias_cum_zero`` for no valuation at all), ``reported_cum``,
    ``estimate_cum``, ``corr``, ``months``; ``attrs['other']``: mean and largest
    absolute ``other`` over the reported months; ``attrs['other_estimated']``: the same before 2023-02,
    where ``other`` also holds the difference between Form S's transactions basis and holdings.
    """
    import pandas as pd

    from ustflow.analytics import decompose as dc, holdings as ha

    avail = set()
    for pre in ("tic.slt.", "tic.slt3d.", "tic.holdings."):
        ids = _ids(pre, store)["id"]
        avail |= set(ids.str.split(".").str[2])
    slug = resolve(country, avail)
    t3 = {k: _opt(f"tic.slt.{slug}.{k}", as_of, store) for k in
          ("treasury_pos", "treasury_net", "lt_treasury_pos", "lt_treasury_valchg", "st_treasury_pos")}
    d3 = {k: _opt(f"tic.slt3d.{slug}.{k}", as_of, store) for k in ("treasury_pos", "lt_treasury_pos", "st_treasury_pos")}
    mfh = _opt(f"tic.holdings.{slug}", as_of, store) * 1000
    breaks = series_breaks(as_of, store)
    mfh_old = (breaks[slug] if slug in breaks.columns else ha.unknown_at_breaks(breaks)) * 1000
    form_s = _opt(f"tic.forms.{slug}.treasury_net", as_of, store)
    position = dc.splice_positions([("SLT Table 3", t3["treasury_pos"]), ("SLT Table 3D (legacy)", d3["treasury_pos"]),
                                    ("Major Foreign Holders (USD bn x 1000)", mfh, mfh_old)])
    if position["change"].dropna().empty:
        raise NotFoundError(f"no Treasury holdings for {country!r} in TIC Table 3, Table 3D or Major Foreign Holders")
    lt = pd.concat([t3["lt_treasury_pos"], d3["lt_treasury_pos"][~d3["lt_treasury_pos"].index.isin(t3["lt_treasury_pos"].index)]]).sort_index()
    st = pd.concat([t3["st_treasury_pos"], d3["st_treasury_pos"][~d3["st_treasury_pos"].index.isin(t3["st_treasury_pos"].index)]]).sort_index()
    lt_full, lt_assumed, lt_share = _long_term_position(position["position"], lt)
    dy = dc.yield_change({k: api.series(f"fred.{k}", as_of=as_of, store=store) for k in ("dgs2", "dgs10", "dgs30")})
    lt_prev = lt_full.shift(1)
    val_rep = t3["lt_treasury_valchg"]
    validation = dc.validate(val_rep, lt_prev, dy)
    if duration is None:
        duration, _ = dc.calibrate_duration(val_rep, lt_prev, dy)
    out = dc.decompose(position, lt_position=lt_full, st_position=st, slt_net=t3["treasury_net"],
                       slt_valuation=val_rep, form_s_net=form_s, dy_pp=dy, duration=duration)
    # the estimate uses last month's long-term position: flag it where that was assumed
    assumed = lt_assumed.shift(1, fill_value=False).reindex(out.index).fillna(False).to_numpy(dtype=bool) \
        & out["valuation_basis"].str.startswith("estimated").to_numpy()
    out.loc[assumed, "valuation_basis"] += "; long-term share of holdings assumed"
    out = _tidy(out, 6)  # Table 3 is in USD mn: 3 decimals of USD bn are exact, 6 keep the estimates
    other, other_est = _other_summary(out)
    out = _between(out, start, end)
    names = countries(as_of, store) if slug in _ids("tic.holdings.", store)["id"].str[13:].tolist() else {}
    out.attrs.update(
        unit=UNIT, units=dict(dc.UNITS), country=names.get(slug, slug), id=slug, duration=float(duration),
        lt_share_assumed=lt_share,
        validation={k: (v / 1000 if k.startswith(("mae", "bias")) or k.endswith("_cum") or k == "mean_abs_reported"
                        else v) if v is not None else None for k, v in validation.items()},
        other=other, other_estimated=other_est, source=DECOMP_SOURCE, as_of=_as_of_attr(as_of), method=dc.METHOD,
        reference="Bertaut, C. C. and Tryon, R. W. (2007), Monthly Estimates of U.S. Cross-Border Securities "
                  "Positions, Federal Reserve Board IFDP 910",
        title=f"{names.get(slug, slug)}: change in US Treasury holdings = net purchases + valuation + other [USD bn]",
    )
    return out
