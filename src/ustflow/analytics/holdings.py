"""Holdings of US Treasuries by country: the holders table, peaks, official vs private, custodial views.

Pure functions on a wide monthly frame of TIC Major Foreign Holders figures (``PeriodIndex`` 'M',
one column per country slug, USD bn, end-of-month holdings). TIC attributes holdings to the
country where the securities are *held in custody*, not to their owner (TIC FAQ #7): Belgium's
figure is largely Euroclear's custody for others (often linked to China's reserve managers), and
the United Kingdom, Luxembourg, Ireland, Switzerland, the Cayman Islands and Bermuda hold for
investors everywhere. Hence the two custodial views built here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import pandas as pd

#: Custodial / financial centres grouped in the "custodial" view: the shared list of
#: ``ustflow.vocab.CUSTODIAL_CENTRES`` minus Hong Kong and Singapore, whose figures are
#: dominated by their own official holders (HKMA, MAS/GIC) rather than custody for others.
def default_centres() -> frozenset[str]:
    from ustflow.vocab import CUSTODIAL_CENTRES

    return frozenset(CUSTODIAL_CENTRES - {"hong_kong", "singapore"})


CUSTODIAL_GROUP = "custodial_centres"
CHINA_WITH_BELGIUM = "china_mainland_with_belgium"
PRIVATE = "private"

_ALIASES = {
    "china": "china_mainland", "prc": "china_mainland", "mainland china": "china_mainland",
    "uk": "united_kingdom", "britain": "united_kingdom", "great britain": "united_kingdom",
    "korea": "korea_south", "south korea": "korea_south", "uae": "united_arab_emirates",
    "cayman": "cayman_islands", "caymans": "cayman_islands", "saudi": "saudi_arabia",
    "official": "foreign_official", "total": "grand_total", "all": "grand_total",
    "custodial": CUSTODIAL_GROUP, "custodial centres": CUSTODIAL_GROUP, "custodial centers": CUSTODIAL_GROUP,
    "china+belgium": CHINA_WITH_BELGIUM, "china + belgium": CHINA_WITH_BELGIUM,
    "china with belgium": CHINA_WITH_BELGIUM, "china_with_belgium": CHINA_WITH_BELGIUM,
    "china_plus_belgium": CHINA_WITH_BELGIUM, "non-official": PRIVATE, "private": PRIVATE,
}


def resolve_country(name: str, available: Iterable[str]) -> str:
    """A user's country name as a slug among ``available``: 'Japan', 'china', 'UK', 'Korea, South',
    'cayman_islands' and the pseudo-countries 'custodial', 'china+belgium', 'official', 'private'.

    Raises ValueError with suggestions when nothing (or more than one thing) matches.
    """
    from ustflow.vocab import normalize_country

    avail = set(available)
    key = " ".join(name.strip().lower().split())
    if not key:
        raise ValueError("empty country name")
    if key in _ALIASES and (_ALIASES[key] in avail or _ALIASES[key] in (CUSTODIAL_GROUP, CHINA_WITH_BELGIUM, PRIVATE)):
        return _ALIASES[key]
    cands = [key.replace(" ", "_"), key]
    try:
        cands.append(normalize_country(name)[0])
    except ValueError:
        pass
    for c in cands:
        if c in avail:
            return c
    slug = key.replace(" ", "_").replace(",", "")
    hits = sorted(a for a in avail if slug in a)
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise ValueError(f"{name!r} is ambiguous: {', '.join(hits)}")
    import difflib

    close = difflib.get_close_matches(slug, sorted(avail), n=5, cutoff=0.6)
    close += sorted(a for a in avail if a[:3] == slug[:3] and a not in close)[:8 - len(close)]
    raise ValueError(f"unknown country {name!r}" + (f"; did you mean: {', '.join(close)}" if close else "")
                     + " (a name as TIC's Major Foreign Holders table gives it: japan, uk, china_mainland, ...; "
                     "`ustflow holders --top 50` lists them)")


def peak(s: "pd.Series", upto=None) -> tuple[float, object]:
    """(highest value, its period) of ``s`` up to and including ``upto`` (the first if tied)."""
    v = s.dropna()
    if upto is not None:
        v = v.loc[:upto]
    if v.empty:
        return float("nan"), None
    return float(v.max()), v.idxmax()


def peaks_to_date(s: "pd.Series") -> "pd.DataFrame":
    """Per period: the highest value so far and the period it was reached."""
    import pandas as pd

    v = s.dropna()
    running = v.cummax()
    # a new peak is strictly above everything before it, so a tie keeps the first date
    new_high = v.gt(running.shift(1, fill_value=float("-inf")))
    at = pd.Series([p if h else None for p, h in zip(v.index, new_high)], index=v.index, dtype="object").ffill()
    return pd.DataFrame({"peak": running, "peak_period": at}).reindex(s.index)


# ------------------------------------------------------------------------------ series breaks
# mfhhis01 prints each benchmark month twice: the new series (kept as the published level) and the
# old series "for comparison only" (footnotes 6/ to 16/); December 2011 is a break without an
# overlap (footnote 17/). A change that pairs the new value with last month's old-series value
# mixes two bases: the UK "fell" 216.1 bn in June 2008, like for like it rose 7.9. Every change
# of TIC holdings therefore uses like-for-like pairs: at a break month, the old-series value of
# that month against the month before; at a break without overlap, no change can be formed (NaN).


def series_breaks_frame(breaks: list[dict], prefix: str = "tic.holdings.") -> "pd.DataFrame":
    """mfhhis01's series breaks (the parser's ``meta['series_breaks']``) as a frame of old-series values.

    Index: the break months (PeriodIndex 'M', every break, including those without an overlap
    column); columns: series slugs (``prefix`` removed); values: the old series' value for that
    month, NaN where none is printed (a break without overlap, or a holder not in the old column).
    ``attrs['notes']``: period -> "footnote N/: series XII -> XIII (overlap|no overlap)".
    """
    import pandas as pd

    rows, notes = {}, {}
    for b in breaks:
        p = pd.Period(b["period"], "M")
        rows[p] = {k.removeprefix(prefix): float(v) for k, v in (b.get("old_values") or {}).items()
                   if k.startswith(prefix)}
        fn = f"footnote {b['footnote']}/: " if b.get("footnote") else ""
        notes[str(p)] = (f"{fn}series {b.get('old_series') or '?'} -> {b.get('new_series') or '?'} "
                         f"({'old series printed for comparison' if b.get('overlap') else 'no overlap published'})")
    idx = pd.PeriodIndex(sorted(rows), freq="M", name="period")
    out = pd.DataFrame([rows[p] for p in idx], index=idx, dtype="float64")
    out.attrs["notes"] = notes
    return out


def like_for_like_change(levels: "pd.Series", old: "pd.Series | None" = None, months: int = 1) -> "pd.Series":
    """Change of a TIC holdings series over ``months`` months, like for like across series breaks.

    ``levels``: published month-end levels (PeriodIndex 'M'); ``old``: the old-series values at the
    break months (a column of :func:`series_breaks_frame`; every break month must be in its index,
    NaN where no old value exists). The one-month change at a break month B is ``old[B] - levels[B-1]``
    (both on the old series); at other months ``levels[t] - levels[t-1]``. A change over several
    months is the sum of the one-month changes (chain-linked), so it is NaN when any month in the
    window has no like-for-like change (e.g. December 2011, or a gap). Without ``old`` this is the
    plain difference. The result is on the full month range of ``levels``.

    Example (mfhhis01): United Kingdom, published 2008-05 = 271.4 (old series) and 2008-06 = 55.3
    (new series; 279.3 on the old one): -216.1 as a plain difference, +7.9 like for like.
    """
    import pandas as pd

    if months < 1:
        raise ValueError(f"months must be >= 1, got {months}")
    v = levels.dropna()
    if v.empty:
        return pd.Series(dtype="float64", index=pd.PeriodIndex([], freq="M", name="period"))
    full = pd.period_range(v.index.min(), v.index.max(), freq="M", name="period")
    v = v.reindex(full).astype("float64")
    d = v - v.shift(1)
    if old is not None and len(old):
        at = old.index[old.index.isin(full)]
        d.loc[at] = old.reindex(at).to_numpy(dtype="float64") - v.shift(1).reindex(at).to_numpy()
    if months > 1:
        d = d.rolling(months, min_periods=months).sum()
    return d.rename(levels.name)


def published_minus_like_for_like(levels: "pd.Series", old: "pd.Series | None") -> "pd.Series":
    """At each break month, new-series level minus old-series level (NaN where no old value): what a
    plain difference wrongly books as a change."""
    import pandas as pd

    if old is None or not len(old):
        return pd.Series(dtype="float64", index=pd.PeriodIndex([], freq="M", name="period"))
    return (levels.reindex(old.index) - old).rename("break_effect")


def group_like_for_like_change(wide: "pd.DataFrame", members: Iterable[str], old: "pd.DataFrame | None" = None,
                               months: int = 1) -> "pd.Series":
    """Like-for-like change of a group: members listed at both ends, each across series breaks.

    A member joining or leaving TIC's list (Table 5 lists only 20 countries from 2026) does not pose
    as a change, and neither does a benchmark revision. NaN where a member listed at both ends has
    no like-for-like change (a break without overlap) or no member is listed at both ends.
    """
    import pandas as pd

    cols = [c for c in members if c in wide.columns]
    if not cols:
        return pd.Series(dtype="float64", index=wide.index)
    ch = pd.DataFrame({c: like_for_like_change(wide[c], old[c] if old is not None and c in old.columns
                                               else unknown_at_breaks(old), months).reindex(wide.index)
                       for c in cols})
    both = wide[cols].notna() & wide[cols].shift(months).notna()
    total = ch.where(both).sum(axis=1, min_count=1)
    unknown = (both & ch.isna()).any(axis=1)
    return total.mask(unknown)


def unknown_at_breaks(old: "pd.DataFrame | None") -> "pd.Series | None":
    """A member with no old value at any break: NaN at every break month (no like-for-like change)."""
    import pandas as pd

    if old is None:
        return None
    return pd.Series(float("nan"), index=old.index)


def constant_composition(wide: "pd.DataFrame", members: Iterable[str], at) -> tuple["pd.Series", list[str]]:
    """A group's level history on the members listed in month ``at``: (series, members).

    Months where any of those members is not listed are NaN, so the history (and its peak) never
    compares the group with a different set of holders.
    """
    cols = [c for c in members if c in wide.columns and wide[c].get(at) == wide[c].get(at)]
    if not cols:
        import pandas as pd

        return pd.Series(float("nan"), index=wide.index), []
    return wide[cols].sum(axis=1, min_count=len(cols)), cols


def group_sum(wide: "pd.DataFrame", members: Iterable[str]) -> "pd.Series":
    """Sum of the member columns present each month (NaN where none is listed).

    TIC's list of major holders changes over the years (Bermuda is listed from 2012, Caribbean
    Banking Centers to 2011), so a group's total can step when a member enters or leaves the list.
    """
    cols = [c for c in members if c in wide.columns]
    return wide[cols].sum(axis=1, min_count=1)


def change_since_peak(levels: "pd.Series", old: "pd.Series | None" = None) -> "pd.DataFrame":
    """Per month: the peak so far (published levels), its month, and the change since, like for like.

    The peak is the highest published month-end up to each month. The change since the peak takes
    out what series breaks in between added to the published levels (new minus old series at each
    break), so a benchmark revision never counts as a rise or fall; it is NaN when a break without
    an overlap (December 2011) lies between the peak and the month. Columns ``peak``,
    ``peak_period``, ``change_since_peak`` (like for like), ``change_since_peak_published``.
    """
    import numpy as np
    import pandas as pd

    pk = peaks_to_date(levels)
    v = levels.astype("float64")
    out = pk.copy()
    out["change_since_peak_published"] = v - pk["peak"]
    effect = pd.Series(0.0, index=v.index)
    unknown = pd.Series(0, index=v.index)
    if old is not None and len(old):
        eff = published_minus_like_for_like(v, old)
        eff = eff[eff.index.isin(v.index)]
        effect.loc[eff.index] = eff.fillna(0.0).to_numpy()
        unknown.loc[eff.index] = eff.isna().astype(int).to_numpy()
    cum_e, cum_u = effect.cumsum(), unknown.cumsum()
    at = pk["peak_period"]
    ok = at.notna().to_numpy()
    e_pk = np.full(len(v), np.nan)
    u_pk = np.full(len(v), -1)
    e_pk[ok] = cum_e.reindex(list(at[ok])).to_numpy()
    u_pk[ok] = cum_u.reindex(list(at[ok])).to_numpy()
    lfl = out["change_since_peak_published"] - (cum_e.to_numpy() - e_pk)
    out["change_since_peak"] = lfl.where(cum_u.to_numpy() == u_pk)
    return out


def holders_table(wide: "pd.DataFrame", month, total: "pd.Series", names: dict[str, str] | None = None,
                  memo: Iterable[str] = (), top: int | None = None, old: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """The Major Foreign Holders table for one month, with context.

    ``wide``: USD bn by country column; ``total``: the foreign grand total (USD bn) for the shares;
    ``memo``: columns shown after the ranked rows without a rank (they overlap ranked rows);
    ``old``: old-series values at the series breaks (:func:`series_breaks_frame`), so changes are
    like for like (:func:`like_for_like_change`).
    Columns: ``rank``, ``id``, ``country``, ``holdings_usd_bn``, ``share_pct`` (of the foreign
    total), ``change_1m_usd_bn``, ``change_12m_usd_bn`` (like for like), ``peak_usd_bn`` and
    ``peak_month`` (highest published month-end up to this month), ``change_since_peak_usd_bn``
    (like for like; NaN across a break without overlap), ``memo``.
    """
    import pandas as pd

    names = names or {}
    memo = list(memo)
    if month not in wide.index:
        raise KeyError(month)
    row = wide.loc[month].dropna()
    ranked = row.drop([m for m in memo if m in row.index]).sort_values(ascending=False, kind="stable")
    if top is not None:
        ranked = ranked.head(top)
    order = list(ranked.index) + [m for m in memo if m in row.index]
    tot = total.get(month, float("nan"))
    recs = []
    for i, c in enumerate(order):
        s = wide[c].loc[:month].dropna()
        o = old[c] if old is not None and c in old.columns else unknown_at_breaks(old)
        pk = change_since_peak(s.reindex(pd.period_range(s.index[0], month, freq="M")), o).dropna(subset=["peak"])
        v = float(row[c])
        last = pk.iloc[-1]
        recs.append({
            "rank": i + 1 if c not in memo else pd.NA, "id": c, "country": names.get(c, c),
            "holdings_usd_bn": v, "share_pct": 100 * v / tot if tot == tot else float("nan"),
            "change_1m_usd_bn": like_for_like_change(s, o, 1).get(month, float("nan")),
            "change_12m_usd_bn": like_for_like_change(s, o, 12).get(month, float("nan")),
            "peak_usd_bn": float(last["peak"]), "peak_month": str(last["peak_period"]),
            "change_since_peak_usd_bn": float(last["change_since_peak"]), "memo": c in memo,
        })
    out = pd.DataFrame(recs)
    if not out.empty:
        out["rank"] = out["rank"].astype("Int64")
    return out


def history(s: "pd.Series", total: "pd.Series", ranks: "pd.Series | None" = None,
            old: "pd.Series | None" = None) -> "pd.DataFrame":
    """One holder's month-end holdings with changes, share of the foreign total and peak so far.

    Columns: ``holdings_usd_bn`` (as published), ``change_1m_usd_bn``, ``change_12m_usd_bn`` (like
    for like across series breaks, see :func:`like_for_like_change`; ``old`` gives the old-series
    values), ``share_pct``, ``peak_to_date_usd_bn``, ``peak_month``, ``change_since_peak_usd_bn``
    (like for like), ``series_break`` (True in a break month), and ``rank`` (among the countries
    listed that month) when ``ranks`` is given.
    """
    import pandas as pd

    v = s.dropna()
    full = pd.period_range(v.index[0], v.index[-1], freq="M") if len(v) else v.index
    v = v.reindex(full)
    pk = change_since_peak(v, old)
    out = pd.DataFrame(index=full)
    out.index.name = "period"
    out["holdings_usd_bn"] = v
    out["change_1m_usd_bn"] = like_for_like_change(v, old, 1).reindex(full)
    out["change_12m_usd_bn"] = like_for_like_change(v, old, 12).reindex(full)
    out["share_pct"] = 100 * v / total.reindex(full)
    out["peak_to_date_usd_bn"] = pk["peak"]
    out["peak_month"] = [str(p) if p is not None and p == p else None for p in pk["peak_period"]]
    out["change_since_peak_usd_bn"] = pk["change_since_peak"]
    out["series_break"] = full.isin(old.index) if old is not None else False
    if ranks is not None:
        out["rank"] = ranks.reindex(full).astype("Int64")
    return out.dropna(subset=["holdings_usd_bn"])


def rank_frame(wide: "pd.DataFrame") -> "pd.DataFrame":
    """Each country's rank by holdings in each month (1 = largest; ties share the best rank)."""
    return wide.rank(axis=1, ascending=False, method="min")


def official_private(total: "pd.Series", official: "pd.Series", bills: "pd.Series | None" = None,
                     bonds_notes: "pd.Series | None" = None) -> "pd.DataFrame":
    """Foreign official vs private (= grand total - official) holdings, USD bn, and the official share.

    "Official" is foreign central banks and governments as TIC identifies them (custody at the New
    York Fed and elsewhere); "private" is the residual, which includes official holdings custodied
    through private institutions abroad, so it overstates truly private demand.
    """
    import pandas as pd

    out = pd.DataFrame({"grand_total_usd_bn": total, "official_usd_bn": official})
    out["private_usd_bn"] = out["grand_total_usd_bn"] - out["official_usd_bn"]
    if bills is not None:
        out["official_bills_usd_bn"] = bills
    if bonds_notes is not None:
        out["official_bonds_notes_usd_bn"] = bonds_notes
    out["official_share_pct"] = 100 * out["official_usd_bn"] / out["grand_total_usd_bn"]
    for c in ("grand_total_usd_bn", "official_usd_bn", "private_usd_bn"):
        out[c.replace("_usd_bn", "_change_12m_usd_bn")] = out[c] - out[c].shift(12)
    out.index.name = "period"
    return out.dropna(subset=["grand_total_usd_bn"])
