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
#: ``ustflow.parse._countries.CUSTODIAL_CENTRES`` minus Hong Kong and Singapore, whose figures are
#: dominated by their own official holders (HKMA, MAS/GIC) rather than custody for others.
def default_centres() -> frozenset[str]:
    from ustflow.parse._countries import CUSTODIAL_CENTRES

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
    from ustflow.parse._countries import normalize_country

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
    close = sorted(a for a in avail if a[:3] == slug[:3])[:8]
    raise ValueError(f"unknown country {name!r}" + (f"; did you mean: {', '.join(close)}" if close else ""))


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


def group_sum(wide: "pd.DataFrame", members: Iterable[str]) -> "pd.Series":
    """Sum of the member columns present each month (NaN where none is listed).

    TIC's list of major holders changes over the years (Bermuda is listed from 2012, Caribbean
    Banking Centers to 2011), so a group's total can step when a member enters or leaves the list.
    """
    cols = [c for c in members if c in wide.columns]
    return wide[cols].sum(axis=1, min_count=1)


def group_change(wide: "pd.DataFrame", members: Iterable[str], lag: int = 1) -> "pd.Series":
    """Like-for-like change of a group over ``lag`` months: only members listed at both ends count.

    This keeps a member joining or leaving TIC's list (Table 5 lists only 20 countries from 2026)
    from posing as a change in holdings.
    """
    cols = [c for c in members if c in wide.columns]
    d = wide[cols] - wide[cols].shift(lag)
    return d.sum(axis=1, min_count=1)


def holders_table(wide: "pd.DataFrame", month, total: "pd.Series", names: dict[str, str] | None = None,
                  memo: Iterable[str] = (), top: int | None = None) -> "pd.DataFrame":
    """The Major Foreign Holders table for one month, with context.

    ``wide``: USD bn by country column; ``total``: the foreign grand total (USD bn) for the shares;
    ``memo``: columns shown after the ranked rows without a rank (they overlap ranked rows).
    Columns: ``rank``, ``id``, ``country``, ``holdings_usd_bn``, ``share_pct`` (of the foreign
    total), ``change_1m_usd_bn``, ``change_12m_usd_bn``, ``peak_usd_bn`` and ``peak_month`` (highest
    month-end up to this month), ``change_since_peak_usd_bn``, ``memo``.
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
    prev, yago = month - 1, month - 12
    recs = []
    for i, c in enumerate(order):
        s = wide[c]
        pk, pk_at = peak(s, month)
        v = float(row[c])
        recs.append({
            "rank": i + 1 if c not in memo else pd.NA, "id": c, "country": names.get(c, c),
            "holdings_usd_bn": v, "share_pct": 100 * v / tot if tot == tot else float("nan"),
            "change_1m_usd_bn": v - s.get(prev, float("nan")) if prev in s.index else float("nan"),
            "change_12m_usd_bn": v - s.get(yago, float("nan")) if yago in s.index else float("nan"),
            "peak_usd_bn": pk, "peak_month": str(pk_at) if pk_at is not None else None,
            "change_since_peak_usd_bn": v - pk, "memo": c in memo,
        })
    out = pd.DataFrame(recs)
    if not out.empty:
        out["rank"] = out["rank"].astype("Int64")
    return out


def history(s: "pd.Series", total: "pd.Series", ranks: "pd.Series | None" = None) -> "pd.DataFrame":
    """One holder's month-end holdings with changes, share of the foreign total and peak so far.

    Columns: ``holdings_usd_bn``, ``change_1m_usd_bn``, ``change_12m_usd_bn``, ``share_pct``,
    ``peak_to_date_usd_bn``, ``peak_month``, ``change_since_peak_usd_bn``, and ``rank`` (among the
    countries listed that month) when ``ranks`` is given.
    """
    import pandas as pd

    v = s.dropna()
    full = pd.period_range(v.index[0], v.index[-1], freq="M") if len(v) else v.index
    v = v.reindex(full)
    pk = peaks_to_date(v)
    out = pd.DataFrame(index=full)
    out.index.name = "period"
    out["holdings_usd_bn"] = v
    out["change_1m_usd_bn"] = v - v.shift(1)
    out["change_12m_usd_bn"] = v - v.shift(12)
    out["share_pct"] = 100 * v / total.reindex(full)
    out["peak_to_date_usd_bn"] = pk["peak"]
    out["peak_month"] = [str(p) if p is not None and p == p else None for p in pk["peak_period"]]
    out["change_since_peak_usd_bn"] = v - pk["peak"]
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
