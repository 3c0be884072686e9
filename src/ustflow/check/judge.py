"""Judge claims against the official series: supported, contradicted or unverifiable, with reasons.

Reads data only through a ``DataSource`` (see ``ustflow.views.check`` for the store-backed one), so
these rules can be tested and reused without a store.

Tolerance. A stated number is taken to be rounded to its last digit ("¥4.46 trillion" = 4.455..4.465
trillion), with a floor of 0.1% of the claim; "about"/"around" widen it to 5%; "more than", "nearly",
"peaked above" compare one way. A dollar figure for a yen flow (MoF publishes yen) is checked at the
period's average FRED USD/JPY rate with 3% more room, because wire stories convert at the day's rate.

Unit traps. When a figure fails but matches at 10x, 100x or 1000x, the claim is contradicted and
flagged ``unit_trap``: MoF's unit is 100 million yen, so "629" in the file is ¥62.9 billion, and a
story printing "¥629 billion" has read the file's units as billions.

Revisions. When a figure fails against the latest value but matches a value an earlier vintage held
for the same period, the verdict is ``supported`` with the flag ``revised`` and both values in the
explanation: the article was right when written. When no vintage matches but the series is one its
publisher revises (MoF weekly, TIC), a small difference is ``contradicted`` with a revision note,
since the store may not hold the first print (the mirror keeps only the latest ``week.csv``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from ustflow.check.extract import Claim
from ustflow.check.lexicon import SECTOR_LABELS

if TYPE_CHECKING:
    import pandas as pd

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"
FX_ID = "fred.dexjpus"
SCALE_OF_UNIT = {"JPY 100mn": 1e8, "USD bn": 1e9, "USD mn": 1e6, "JPY bn": 1e9}
REVISED_SOURCES = ("mof.", "tic.")


class DataSource(Protocol):
    def series(self, id: str) -> "pd.Series | None": ...
    def known_at(self, id: str, when: date) -> "pd.Series | None": ...
    def vintages(self, id: str) -> "pd.DataFrame": ...
    def holdings(self) -> "pd.DataFrame": ...


@dataclass
class Judgement:
    verdict: str
    explanation: str
    series: str | None = None
    official_value: float | None = None
    official_unit: str | None = None
    period: str | None = None
    vintage: str | None = None
    conversion: dict | None = None
    tolerance: str | None = None
    flags: list[str] = field(default_factory=list)
    claimed_value: float | None = None  # the claim in the official unit, signed


def unverifiable(why: str, **kw) -> Judgement:
    return Judgement(UNVERIFIABLE, why, **kw)


# ----------------------------------------------------------------- comparing numbers
def tolerance(c: Claim, scale: float, fx: bool = False) -> float:
    """Allowed absolute difference, in the official unit (``scale`` = size of one official unit)."""
    a = c.amount
    claimed = abs(a.value) / scale
    rel = 0.05 if a.qualifier == "approx" else 0.001
    tol = max(a.precision / scale, rel * claimed)
    if fx:
        tol += 0.03 * claimed
    return tol


def matches(claimed: float, official: float, qualifier: str, tol: float) -> bool:
    """``claimed`` and ``official`` are magnitudes in the same unit."""
    if qualifier in ("exact", "approx"):
        return abs(official - claimed) <= tol + 1e-9
    if qualifier == "above":
        return official > claimed - 1e-9
    if qualifier == "below":
        return official < claimed + 1e-9
    if qualifier == "at_least":
        return official >= claimed - tol
    if qualifier == "at_most":
        return official <= claimed + tol
    if qualifier == "just_below":
        return 0.9 * claimed - tol <= official <= claimed + tol
    if qualifier == "just_above":
        return claimed - tol <= official <= 1.1 * claimed + tol
    return False


def qualifier_words(q: str) -> str:
    return {"exact": "", "approx": "about ", "above": "more than ", "below": "less than ", "at_least": "at least ",
            "at_most": "at most ", "just_below": "just under ", "just_above": "just over "}[q]


def unit_trap(claimed: float, official: float, tol: float) -> float | None:
    """The factor by which the claim is off, if it matches at 10x/100x/1000x (either way)."""
    if official == 0:
        return None
    for f in (10, 100, 1000, 0.1, 0.01, 0.001):
        if abs(official - claimed / f) <= max(tol / f, 0.005 * abs(official)):
            return f
    return None


def fmt_money(value_in_units: float, currency: str) -> str:
    """¥4.46 trillion, $1,209.9 billion, ¥62.9 billion: how an editor would write the figure."""
    sym = "¥" if currency == "JPY" else "$"
    v = abs(value_in_units)
    sign = "-" if value_in_units < 0 else ""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= scale:
            x = v / scale
            return f"{sign}{sym}{x:,.4g} {word}" if x < 1000 else f"{sign}{sym}{x:,.1f} {word}"
    return f"{sign}{sym}{v:,.0f}"


def fmt_num(v: float) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    if abs(v) >= 100:
        return f"{v:,.1f}".rstrip("0").rstrip(".")
    return f"{v:,.3f}".rstrip("0").rstrip(".")


# ----------------------------------------------------------------- windows on a series
def window_values(s: "pd.Series", start: date, end: date) -> "pd.Series":
    """The observations of ``s`` inside [start, end]: weeks by their Saturday, months by their first day."""
    import pandas as pd

    idx = s.index
    if isinstance(idx, pd.PeriodIndex) and not idx.freqstr.startswith("W") and (end - start).days < 27:
        # a day or a week named for a monthly series: the month that contains it
        return s[(idx.start_time <= pd.Timestamp(end)) & (idx.end_time >= pd.Timestamp(start))]
    if isinstance(idx, pd.PeriodIndex):
        key = idx.end_time.normalize() if idx.freqstr.startswith("W") else idx.start_time
    else:
        key = idx
    mask = (key >= pd.Timestamp(start)) & (key <= pd.Timestamp(end))
    return s[mask]


def label(idx_value) -> str:
    """'2025-03-30..2025-04-05' for a week, '2025-10' for a month, '2025-04-11' for a day."""
    import pandas as pd

    if isinstance(idx_value, pd.Period):
        if idx_value.freqstr.startswith("W"):
            return f"{idx_value.start_time:%Y-%m-%d}..{idx_value.end_time:%Y-%m-%d}"
        return str(idx_value)
    return pd.Timestamp(idx_value).strftime("%Y-%m-%d")


def span_label(sel: "pd.Series") -> str:
    if len(sel) == 1:
        return label(sel.index[0])
    a, b = label(sel.index[0]), label(sel.index[-1])
    return f"{a.split('..')[0]}..{b.split('..')[-1]}"


def fx_rate(data: DataSource, sel: "pd.Series") -> tuple[float, str] | None:
    """Average FRED USD/JPY over the periods of ``sel`` (weeks or months), and the dates used."""
    import pandas as pd

    fx = data.series(FX_ID)
    if fx is None or fx.empty:
        return None
    idx = sel.index
    if isinstance(idx, pd.PeriodIndex):
        start, end = idx[0].start_time.normalize(), idx[-1].end_time.normalize()
    else:
        start, end = pd.Timestamp(idx[0]), pd.Timestamp(idx[-1])
    win = fx[(fx.index >= start) & (fx.index <= end)].dropna()
    if win.empty:
        return None
    return float(win.mean()), f"{win.index[0]:%Y-%m-%d}..{win.index[-1]:%Y-%m-%d}"


def latest_vintage(data: DataSource, sid: str, periods) -> str | None:
    """The vintage date of the latest value held for these periods (the newest of them)."""
    import pandas as pd

    try:
        v = data.vintages(sid)
    except Exception:  # noqa: BLE001 - a missing vintage never blocks a verdict
        return None
    if v is None or v.empty:
        return None
    keys = set()
    for p in periods:
        keys.add(pd.Timestamp(p.start_time if isinstance(p, pd.Period) else p).normalize())
    got = v[pd.to_datetime(v["period"]).isin(keys)]
    if got.empty:
        return None
    return pd.Timestamp(got["vintage"].max()).strftime("%Y-%m-%d")


def earlier_vintage_match(data: DataSource, sid: str, period, claimed: float, c: Claim, tol: float):
    """(value, vintage) of an earlier vintage of this single period that matches the claim."""
    import pandas as pd

    try:
        v = data.vintages(sid)
    except Exception:  # noqa: BLE001
        return None
    if v is None or v.empty:
        return None
    key = pd.Timestamp(period.start_time if isinstance(period, pd.Period) else period).normalize()
    rows = v[pd.to_datetime(v["period"]) == key].sort_values("vintage")
    if len(rows) < 2:
        return None
    latest = float(rows.iloc[-1]["value"])
    for r in rows.iloc[:-1].itertuples():
        if r.value != latest and matches(abs(claimed), abs(r.value), c.amount.qualifier, tol) and \
                (claimed == 0 or r.value * claimed >= 0):
            # the revision: the first later vintage that holds the latest value
            later = rows[(rows["vintage"] > r.vintage) & (rows["value"] == latest)]
            return float(r.value), pd.Timestamp(r.vintage).strftime("%Y-%m-%d"), latest, \
                pd.Timestamp(later["vintage"].min()).strftime("%Y-%m-%d")
    return None


def default_windows(c: Claim, data: DataSource, sid: str, ref: date | None) -> tuple[list[tuple[date, date]], str]:
    """Windows to check when the article names no period: the latest period known at ``ref``, else all."""
    import pandas as pd

    if ref is not None:
        s = data.known_at(sid, ref)
        if s is not None and not s.empty:
            p = s.index[-1]
            if isinstance(p, pd.Period):
                w = (p.start_time.date(), p.end_time.date())
            else:
                w = (p.date(), p.date())
            return [w], f"no period stated: the latest period known on {ref} ({label(p)})"
    s = data.series(sid)
    if s is None or s.empty:
        return [], ""
    out = []
    for p in s.index:
        out.append((p.start_time.date(), p.end_time.date()) if isinstance(p, pd.Period) else (p.date(), p.date()))
    return out, "no period stated and no article date: every period searched"


def subject_label(c: Claim) -> str:
    sj = c.subject
    if sj is None:
        return ""
    if sj.kind == "sector":
        return SECTOR_LABELS.get(sj.slug, sj.text)
    if sj.kind == "japan":
        measure = c.parent.measure if c.measure == "superlative" and c.parent is not None else c.measure
        tic = c.instrument is not None and c.instrument[0] == "tic"
        return "Japanese investors (all sectors)" if measure == "flow" and not tic else "Japan"
    if sj.kind == "foreign_investors":
        return "non-residents (foreign investors)"
    if sj.kind == "foreign_total":
        return "all foreign holders"
    if sj.kind == "foreign_official":
        return "foreign official holders"
    if sj.kind == "institution":
        return sj.text
    return country_name(sj.slug)


_NAMES = {"china_mainland": "China (mainland)", "korea_south": "South Korea", "united_kingdom": "United Kingdom",
          "united_arab_emirates": "United Arab Emirates", "hong_kong": "Hong Kong", "saudi_arabia": "Saudi Arabia"}


def country_name(slug: str) -> str:
    return _NAMES.get(slug, slug.replace("_", " ").title())


def window_shift_months(win: tuple[date, date], k: int) -> tuple[date, date]:
    from ustflow.check.periods import add_months, month_window

    y, m = add_months(win[0].year, win[0].month, k)
    return month_window(y, m)


def days_around(d: date, n: int = 3) -> tuple[date, date]:
    return d - timedelta(days=n), d + timedelta(days=n)
