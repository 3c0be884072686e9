"""A bracketed restatement printed in the wrong unit: "1.81 trillion yen (17.96 billion yen)", "14兆2613億円(約1533兆
5000万ドル)".

A figure in brackets after an amount restates it, usually in the other currency. The pair itself says what rate it
implies, whatever the official files hold, and a yen-dollar rate has lived within ``PLAUSIBLE`` yen per dollar for
decades. So:

- both figures in yen, the bracket 70 to 165 times smaller: the bracket is the dollar conversion printed as yen;
- yen and dollars whose implied rate is absurd (0.0093 yen per dollar) but lands in ``PLAUSIBLE`` at a power of ten
  (10^3: billion for trillion; 10^4: 兆 for 億; 10^8: 億 dropped): the bracket's scale slipped, by that power.

Either way the bracketed figure is wrong as printed: ``contradicted``, flagged ``unit_trap``, naming the slip. Only
for a bracket of three or more significant digits (a coarse "(about $20 billion)" says too little), and only when
the figure was not already supported. When the article states its own rate ("($1 = 77.3 yen)"), the corrected rate
must be within 3% of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ustflow.check.claims import Claim
from ustflow.check.compare import significant_digits
from ustflow.check.results import CONTRADICTED, SUPPORTED, Judgement

#: yen per dollar a conversion may plausibly use (the yen's range since the 1990s: 75.7 in 2011 to 161.9 in 2024)
PLAUSIBLE = (70.0, 165.0)
#: the powers of ten a unit word slips by: a decimal place or two, billion/trillion, one Japanese unit, 億 dropped
SLIPS = (10.0, 100.0, 1000.0, 1e4, 1e8)


def _host(c: Claim, claims: list[Claim]) -> Claim | None:
    if c.host is not None and c.host.amount is not None:
        return c.host
    before = [o for o in claims if o.sentence is c.sentence and o.amount is not None and o.amount.kind == "money"
              and not o.amount.parenthetical and o.amount.span[1] <= c.amount.span[0]]
    return before[-1] if before else None


#: what may follow a bracketed restatement inside its brackets: nothing, or the rate it was converted at
#: ("(¥113.6 trillion at 110.1 yen to the dollar)"); "(¥25.0 billion a year earlier)", "($1.72 billion in March
#: 2023)" restate no figure: another quantity, another period
_BRACKET_END = re.compile(r"\s*(?:[,、;]?\s*(?:at|@|1ドル|1\s*dollar|\$1\b|US\$1\b)[^)）]*)?[)）]", re.I)
#: after ", or $8.1 billion" / "equivalent to": the sentence's clause ends there
_OR_END = re.compile(r"\s*(?:[,.;:。、]|$)")
#: yuan per dollar (6.1 in 2014 to 8.3 before 2005): "¥7.23 trillion ($1.012 trillion)" in a Chinese story is yuan
_YUAN = (6.0, 8.5)


def _restates(c: Claim, h: Claim) -> bool:
    """``c`` holds nothing but the restated figure: its bracket closes right after it (or after a rate), or the
    ", or $Y" clause ends there."""
    s, a = c.sentence.text, c.amount
    between = s[h.amount.span[1]:a.span[0]]
    after = s[a.span[1]:]
    return bool(_BRACKET_END.match(after) if re.search(r"[(（]", between) else _OR_END.match(after))


def _fits(rate: float, own: float | None) -> bool:
    return abs(rate / own - 1) <= 0.03 if own else PLAUSIBLE[0] <= rate <= PLAUSIBLE[1]


def bracket_slip(c: Claim, j: Judgement, claims: list[Claim], own_rate: float | None = None,
                 judge: Callable[[Claim], Judgement] | None = None) -> Judgement | None:
    """``j`` made a contradicted unit slip when ``c`` is a bracketed restatement in the wrong unit (module
    docstring), else None. ``judge``: judges the restated figure, for the official value and period when ``j`` has
    none (a dollar bracket with no rate to convert it)."""
    a = c.amount
    if j.verdict == SUPPORTED or a is None or a.kind != "money" or not a.parenthetical or not a.value \
            or a.currency not in ("JPY", "USD") or significant_digits(abs(a.value), a.precision) < 3:
        return None
    h = _host(c, claims)
    if h is None or not h.amount.value or h.amount.currency not in ("JPY", "USD"):
        return None
    m = h.amount
    if not _restates(c, h):
        return None
    if m.currency == a.currency == "JPY":
        rate = abs(m.value / a.value)
        if not _fits(rate, own_rate):
            return None
        why = (f"unit error: the bracketed {a.text} restates {m.text} at {rate:,.1f} yen per dollar, so it is the dollar "
               f"conversion printed as yen; as printed it is 1/{rate:,.0f} of the figure it restates")
    elif m.currency != a.currency:
        rate = abs(m.value / a.value) if m.currency == "JPY" else abs(a.value / m.value)
        yen = m if m.currency == "JPY" else a
        if _fits(rate, own_rate) or (_YUAN[0] <= rate <= _YUAN[1] and re.search(r"[¥￥]", yen.text)):
            return None
        slip = next((f for f in SLIPS for r in (rate * f, rate / f) if _fits(r, own_rate)), None)
        if slip is None:
            return None
        fixed = rate * slip if _fits(rate * slip, own_rate) else rate / slip
        why = (f"unit error: the bracketed {a.text} restates {m.text} at {rate:,.4g} yen per dollar, no rate at all; "
               f"off by a factor of {slip:,.0f} it would be {fixed:,.1f} yen per dollar: the unit of the bracket "
               f"slipped by 10^{len(str(int(slip))) - 1}")
    else:
        return None
    k = j
    if j.official_value is None and judge is not None:  # no rate to convert the bracket: what the figure it restates is
        k = judge(h)
        why += f"; the figure it restates, as read: {k.explanation}" if k.official_value is not None else ""
        k = k if k.official_value is not None else j
    return Judgement(CONTRADICTED, why, series=k.series, official_value=k.official_value,
                     official_unit=k.official_unit, period=k.period, vintage=k.vintage, conversion=j.conversion,
                     tolerance=j.tolerance, flags=[f for f in j.flags if f not in ("far_from_official", "unit_trap")] + ["unit_trap"],
                     claimed_value=j.claimed_value)
