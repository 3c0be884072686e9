"""How many times Japan intervened: a count of operation days, told beside an intervention total.

    7月に2日連続で為替介入実施                         (two days in a row)
    この期間の介入は2日間だった                         (two days of intervention)
    they spent ¥9,188.1 billion on three rounds of yen-buying dollar-selling interventions

The curated table lists one row per operation day, so the count is the number of operation days in the claim's
period (the period stated in the sentence, else the one of the intervention figure before it: ``claims.family``
carries it). "N日連続" is the longest run of consecutive days. A reporter may also count an episode (days no more
than a week apart) as one round ("two rounds" for September and October 2022's three days), so a count that fits the
episodes fits too. A count that fits neither is not called wrong: it is ``unverifiable``, naming the days (how a
reporter counts rounds, days or operations is not for the table to say). A period before the table (October 2011)
cannot be counted.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ustflow.check.claims import Claim
from ustflow.check.periods import NUMBERS
from ustflow.check.qualifiers_ja import ja_number
from ustflow.check.results import SUPPORTED, Judgement, unverifiable

#: the marker ``classify`` reads (``Claim.notes``)
INTERVENTION_DAYS = "intervention_days"
#: (not "12回" read as 2, not "3回目" (an ordinal), not a count in a clause before the intervention's: "円は2日連続で
#: 下落し、介入への警戒感が強まった")
_JA = re.compile(r"(?<![\d.,０-９])(?P<n>[2-9]|[二三四五])(?:日(?P<run>連続)|日間|回(?!目))(?=[^。、]{0,14}?介入)|"
                 r"介入(?:は|が|を)(?:計|合計)?(?P<n2>[2-9]|[二三四五])(?:日(?P<run2>連続)|日間|回(?!目))")
_EN = re.compile(r"\b(?P<n>two|three|four|five|six|[2-9]) (?:separate |straight |consecutive )?"
                 r"(?P<w>rounds|days|occasions|operations|times)\b(?= of [^.;]{0,50}?\binterventions?\b)|"
                 r"\bintervened (?:on )?(?P<n2>two|three|four|five|six|[2-9]) (?:separate |straight |consecutive )?"
                 r"(?:days|occasions|times)\b", re.I)


def count_claims(sent, fill) -> list[Claim]:
    """The counts of intervention days in sentence ``sent`` (module docstring); ``fill`` attaches the sentence's
    period (``claim_fill.fill_claim`` with the sentence's subjects and periods)."""
    s, out = sent.text, []
    for rx in (_JA, _EN) if "介入" in s else (_EN,):
        for m in rx.finditer(s):
            n = m.group("n") or m.group("n2")
            c = Claim(sent, "count", (m.start() if m.group("n") or rx is _EN else m.start("n2"), m.end()))
            fill(c)
            c.rank = NUMBERS.get(n.lower()) or ja_number(n)  # "three", "三", "3"
            consecutive = bool(m.groupdict().get("run") or m.groupdict().get("run2")) or \
                re.search(r"straight|consecutive", m.group(0), re.I) is not None
            c.notes.append(INTERVENTION_DAYS + (":run" if consecutive else ""))
            out.append(c)
    return out


def _longest_run(days) -> int:
    best = run = 1
    for a, b in zip(days, days[1:]):
        run = run + 1 if (b - a) == timedelta(days=1) else 1
        best = max(best, run)
    return best if days else 0


def _episodes(days) -> int:
    return sum(1 for a, b in zip([None, *days], days) if a is None or (b - a).days > 7)


def intervention_days(c: Claim, ctx) -> Judgement:
    """The count of operation days in the claim's period against the curated table (module docstring)."""
    sid = "mof.fx_intervention.amount"
    s = ctx.data.series(sid)
    if s is None or s.empty:
        return unverifiable("no FX intervention data in the store")
    p = c.period
    if p is None or p.is_latest or not p.windows:
        return unverifiable("a count of intervention days with no period to count them in", series=sid)
    lo, hi = min(w[0] for w in p.windows), max(w[1] for w in p.windows)
    if str(lo) < f"{s.index[0]:%Y-%m-%d}":
        return unverifiable(f"the curated intervention table begins {s.index[0]:%Y-%m-%d}: it cannot count the "
                            f"operations of {lo}..{hi}", series=sid)
    days = sorted({d.date() for w in p.windows for d, v in s[(s.index >= str(w[0])) & (s.index <= str(w[1]))].items()
                   if float(v) != 0})
    listed = ", ".join(f"{d:%Y-%m-%d}" for d in days) or "none"
    run = any(n.endswith(":run") for n in c.notes)
    got = _longest_run(days) if run else len(days)
    what = "consecutive operation days" if run else "operation days"
    if c.rank in (got, None if run else _episodes(days)):
        how = what if c.rank == got else "episodes (days no more than a week apart)"
        return Judgement(SUPPORTED, f"MoF interventions: {c.rank} {how} in {lo}..{hi} ({listed})", series=sid,
                         official_value=float(c.rank), official_unit="count", period=f"{lo}..{hi}",
                         claimed_value=float(c.rank))
    return unverifiable(f"the curated table holds {got} {what} in {lo}..{hi} ({listed}), not {c.rank}; how the article "
                        f"counts rounds or days is not stated, so the count is not judged", series=sid)
