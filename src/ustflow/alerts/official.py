"""Alert rules on the official-sector and Japan series:

- ``level_fall_rank``: a fall of a level series over ``periods`` periods that ranks in the ``top``
  falls since the series began, point in time (default: foreign official custody at the New York
  Fed, ``fred.wmtsecl1``, one week). The k-period change of a level is the sum of its k one-period
  changes, so the ranking is ``detect.window_rank_hits`` on the differences: "the 5th largest weekly
  fall since July 2007" means as of that week, counted among the changes known then.
- ``net_sale``: a month in which a net-purchase series is a net sale larger than ``min_abs`` (default:
  Japanese residents' net purchases of US sovereign long-term bonds in the balance of payments,
  ``boj.bop.bppi6d3naus``, JPY 100mn), with its point-in-time rank among all the sales so far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ustflow.alerts.evaluate import Alert
    from ustflow.alerts.rules import Rule

# the rule types' keys are declared with the others in ustflow.alerts.rules.RULE_TYPES

def _fall_rank(rule: "Rule", store) -> list["Alert"]:
    from ustflow.alerts import detect
    from ustflow.alerts.evaluate import _alert, _ordinal, amount, observations, period_label

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


def _net_sale(rule: "Rule", store) -> list["Alert"]:
    from ustflow.alerts import detect
    from ustflow.alerts.evaluate import _alert, _ordinal, amount, observations, period_label

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


EVALUATORS = {"level_fall_rank": _fall_rank, "net_sale": _net_sale}
