"""What the checker produces: verdicts, the figure a rule resolved, and the data it reads.

Plain dataclasses and constants with no imports from the rest of ``ustflow.check``, so every module
can use them without a cycle:

- ``Judgement``: one verdict with the official value, series, period, vintage, conversion,
  tolerance, flags and a one-line explanation;
- ``Figure``: what a rule matched a claim to (series, periods, value, how it was aggregated), which
  qualifiers ("the largest since 2005", "a third straight week") are then judged on;
- ``DataSource``: the read-only data interface (``ustflow.views.check.StoreData`` implements it
  over a store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import pandas as pd

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"
#: flags of a contradiction that is not plain: a revision may explain it, a unit slip, TIC's old basis (the gates
#: that set a plain contradiction aside leave these alone)
NOT_PLAIN = frozenset({"possible_revision", "unit_trap", "first_print_old_basis"})
FX_ID = "fred.dexjpus"  # USD/JPY (FRED H.10, noon in New York), for dollar figures of yen flows
VERDICTS = (SUPPORTED, CONTRADICTED, UNVERIFIABLE)

#: The keys every result has (issue 7's JSON contract), then the details.
KEYS = ["text", "claim", "subject", "quantity", "unit", "period", "verdict", "official_value", "official_unit",
        "series", "explanation"]

SOURCES_NOTE = ("US Treasury TIC (Major Foreign Holders, SLT Table 3, Form S), Ministry of Finance Japan "
                "(International Transactions in Securities, JGB yields, FX interventions), FRED (UST yields, DEXJPUS)")

#: The longest article checked by default (bytes of UTF-8); ``USTFLOW_CHECK_MAX_BYTES`` changes it.
MAX_BYTES = 1_000_000


class DataSource(Protocol):
    """Read-only access to the official series (see ``ustflow.views.check.StoreData``)."""

    def series(self, id: str) -> "pd.Series | None": ...
    def vintages(self, id: str) -> "pd.DataFrame | None": ...
    def holdings(self) -> "pd.DataFrame": ...
    def source_of(self, id: str) -> str | None: ...
    def breaks(self, id: str) -> "pd.Series | None": ...
    def changes(self, id: str, months: int = 1) -> "pd.Series | None": ...


@dataclass
class Figure:
    """The official number a claim was matched to, for qualifiers to compare with history.

    ``agg``: ``level`` (a value at one period), ``change`` (end minus the period before, like-for-like
    across series breaks), ``sum`` (a total over ``n`` consecutive periods), ``pct`` (a percent change).
    ``periods`` are the series' index labels the figure covers (last one = the figure's period).
    """

    series: str
    periods: list
    value: float
    unit: str
    agg: str = "level"
    n: int = 1
    label: str = ""  # what the figure is, for explanations ("Japan's holdings", "net purchases")
    calendar: str = ""  # a sum over a calendar unit ("year", "quarter", "fiscal_year", "mof_report"): compared with those

    @property
    def end(self):
        return self.periods[-1]


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
    figure: Figure | None = None  # what qualifiers of this claim are judged on
    extra: dict[str, Any] = field(default_factory=dict)

    def note(self, text: str) -> "Judgement":
        """Append ``[text]`` (how a period or subject was resolved) to the explanation."""
        if text:
            self.explanation += f" [{text}]"
        return self


def figure_of(hosts: dict[int, Judgement], claim: object | None) -> Figure | None:
    """The figure ``claim`` was judged on (``hosts``: the judgements of an article's figures, by ``id`` of the claim),
    or None (not judged, or matched to no series)."""
    j = hosts.get(id(claim)) if claim is not None else None
    return j.figure if j is not None else None


def unverifiable(why: str, **kw) -> Judgement:
    return Judgement(UNVERIFIABLE, why, **kw)


def set_aside(j: Judgement, why: str, flags: list[str], **kw) -> Judgement:
    """``j`` made ``unverifiable`` for ``why``, keeping what it compared (series, official value and unit,
    period, vintage, the claim in the official unit): a second look that doubts the reading, not the data."""
    return unverifiable(why, series=j.series, official_value=j.official_value, official_unit=j.official_unit,
                        period=j.period, vintage=j.vintage, flags=flags, claimed_value=j.claimed_value, **kw)


def not_judged(j: Judgement, why: str, flag: str, *, keep_figure: bool = True, drop: tuple[str, ...] = ()) -> Judgement:
    """A confidence gate's ``set_aside`` (``confidence_gate``, ``run_gate``, ``span_gate``): "not judged: <why>. As
    read, <j's explanation>", ``j``'s flags (but ``drop``) and ``flag``, its tolerance; ``keep_figure``: the figure
    read stays on the result, so a qualifier on it is still judged on the series read."""
    out = set_aside(j, f"not judged: {why}. As read, {j.explanation}", [*(f for f in j.flags if f not in drop), flag],
                    tolerance=j.tolerance)
    if keep_figure:
        out.figure = j.figure
    return out


@dataclass(frozen=True)
class PubDate:
    """The date an article is judged at, and how it was found (``--date``, a dateline, ...)."""

    date: date | None
    how: str = ""

    def __bool__(self) -> bool:
        return self.date is not None


def summary(results: list[dict]) -> dict:
    """Verdict counts: {'supported': n, 'contradicted': n, 'unverifiable': n}."""
    out = dict.fromkeys(VERDICTS, 0)
    for r in results:
        out[r["verdict"]] = out.get(r["verdict"], 0) + 1
    return out
