"""A balance-of-payments balance back across a round line for the first time in a while, counted on its own grain:

    年度累計の黒字額が20兆円台に乗せたのは07年度以来9年ぶり       (fiscal years at or above ¥20 trillion)
    07年度の24兆3376億円以来9年ぶりに20兆円台に回復                  (the same, the line named after the look-back)

The line is the host figure's own ("20兆円台": at least ¥20 trillion, ``numbers``' ``at_least``; "1兆円を突破", "above";
"1兆円割れ", "below"); what crosses it is the host's balance over its span, ranked among the same spans as the release
ranks them (``bop_records.record_values``: a fiscal year among fiscal years), not every twelve-month window ("20兆円台"
in fiscal 2016 is not undone by calendar 2016's 21 trillion). A first with no line keeps the other readings
(``bop_records.first_since``: a first surplus, a first rise).
"""

from __future__ import annotations

from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context

#: JPY 100 mn, the BoP series' unit, per yen of a figure's value
_PER_YEN = 1e-8


def line_first(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """"20兆円台に乗せたのは9年ぶり": the host's balance on the line's side for the first time where the words say,
    among the same spans; None when the host names no line or is no yen balance."""
    from ustflow.check import bop_records as R
    from ustflow.check.sign_runs import first_on_side, period_label

    host = c.host
    a = host.amount if host is not None else None
    if a is None or a.qualifier not in ("above", "at_least", "below") or a.currency != "JPY" or \
            fig.unit != "JPY 100mn" or fig.agg not in ("sum", "level"):
        return None
    x = a.value * _PER_YEN
    unit = R.span_unit(fig.periods) if fig.agg == "sum" else ""
    vals = R.record_values(ctx, fig, unit)
    if fig.end not in vals.index:
        return unverifiable(f"no {unit.replace('_', ' ') or 'month'} of {fig.series} ends at {period_label(fig.end, unit)}",
                            series=fig.series)
    d = -1 if a.qualifier == "below" else 1
    sig = vals - x + (1e-9 if a.qualifier == "at_least" else 0.0)  # (at least: the line itself is on its side)
    side = {"above": "above", "at_least": "at or above", "below": "below"}[a.qualifier]
    ok, expl = first_on_side(c.qualifier, sig, fig.end, d, f"a balance {side} {x:,.0f} {fig.unit}", unit)
    base = {"series": fig.series, "period": period_label(fig.end, unit), "official_value": float(vals[fig.end])}
    if ok is None:
        return unverifiable(f"'{c.qualifier.phrase}': {expl}", **base)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, **base)
