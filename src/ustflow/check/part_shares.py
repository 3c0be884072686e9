"""A part's share of its holder's Treasuries, told right after the part (issue 13, session 13):

    Saudi Arabia's investments were distributed among long-term bonds worth $100.39 billion, or 87% of the total, and
    short-term bonds worth $15.35 billion, accounting for 13%.

The percentage restates the part figure before it (``holdings_terms``: the long- or short-term part, SLT Table 3) as a
share of the holder's whole, not the holder's share of all foreign holdings, which it was judged as (1.6% against a true
13%). Only a percentage tied to the part figure by "or", "accounting for", "making up", "representing", "equal to" or
"i.e." right after it.
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.holdings_terms import part_kind, term_id, term_series
from ustflow.check.results import CONTRADICTED, SUPPORTED, Judgement, unverifiable
from ustflow.check.rulekit import Context, NoPeriod, claim_windows, holder_slug, subject_label

#: another whole named after the percentage: "or 1.3% of all foreign holdings", "of the total held by foreigners"
_OTHER_WHOLE = re.compile(r"\s*of\s+(?:(?:all|total|the\s+total|overall)\b[^.;,]{0,30}?\b(?:foreign|overseas|non-resident|"
                          r"abroad|world)|(?:the\s+)?(?:foreign|overseas|world|global|non-resident)\b)", re.I)


def part_share(c: Claim, ctx: Context) -> Judgement | None:
    """The part's share of the holder's Treasuries in the claim's month, or None when ``c`` is no part's share."""
    kind = part_kind(c)
    slug = holder_slug(c)
    if kind is None or slug is None:
        return None
    if _OTHER_WHOLE.match(c.sentence.text, c.span[1]):
        return unverifiable(f"a {'long' if kind == 'lt' else 'short'}-term part's share of all foreign holdings: "
                            f"the part is not in the Major Foreign Holders table", series=term_id(slug, kind))
    part = term_series(ctx.data, term_id(slug, kind))
    whole = ctx.data.series(f"tic.holdings.{slug}")
    if part is None or whole is None:
        return unverifiable(f"the {'long' if kind == 'lt' else 'short'}-term part of {subject_label(c)}'s Treasuries is "
                            f"not in the store", series=term_id(slug, kind))
    sh = (100 * part / whole).dropna()
    try:
        wins, note = claim_windows(c, sh, f"tic.holdings.{slug}", ctx)
    except NoPeriod as e:
        return unverifiable(str(e) or "no period stated and no publication date", series=term_id(slug, kind))
    sel = W.select(sh, *wins[0]) if wins else sh.iloc[:0]
    if sel.empty:
        return unverifiable(f"no SLT Table 3 part for that period ({note})", series=term_id(slug, kind))
    p = sel.index[-1]
    v = float(sh[p])
    tol = max(c.amount.precision, 0.5 if c.amount.qualifier != "approx" else 1.5)
    ok = abs(c.amount.number - v) <= tol
    j = Judgement(SUPPORTED if ok else CONTRADICTED,
                  f"{subject_label(c)}'s {'long' if kind == 'lt' else 'short'}-term Treasuries (SLT Table 3): "
                  f"{float(part[p]):,.3f} of {float(whole[p]):,.1f} USD bn = {v:.1f}% in {W.label(p)}",
                  series=term_id(slug, kind), official_value=round(v, 2), official_unit="percent of the holder's Treasuries",
                  period=W.label(p), tolerance=f"±{tol:g} percentage points", claimed_value=c.amount.number)
    return j.note(note)
