"""A market level printed to more digits than its official series publishes.

FRED publishes H.15 Treasury yields and the H.10 yen rate to hundredths (4.41%, 156.21 yen); MoF's JGB
curve to thousandths. "The yield was 2.112% on Thursday", "a low of ¥160.245 per dollar" quote a traded
note's yield or a dealer's rate at some hour to thousandths: a close of 2.11 covers 2.105..2.115, so it
can neither confirm the third digit nor refute it (the benchmark note is not H.15's constant-maturity
point either). Such a figure within the series' own rounding of the close is ``unverifiable``, not
supported; one beyond it is left to the usual comparison (the intraday room, else contradicted).
A yield printed to thousandths is compared to them, with no half-basis-point floor (0.125% against a JGB
close of 0.129% is no match).
"""

from __future__ import annotations

import math


def claim_decimals(precision: float) -> int:
    """Decimals a printed figure states, from its precision (half its last digit): 0.0005 -> 3."""
    if precision <= 0:
        return 0
    return max(0, round(-math.log10(2 * precision)))


def published_decimals(s, most: int = 4) -> int:
    """Decimals a series is published to: the fewest that hold every recent value (2 for FRED, 3 for MoF's JGBs)."""
    vals = [float(v) for v in s.dropna().iloc[-500:]]
    for k in range(most + 1):
        if all(abs(v - round(v, k)) < 1e-9 for v in vals):
            return k
    return most


def least_tolerance(precision: float, fx: bool) -> float:
    """Half a basis point for a yield printed to hundredths or coarser; none for one to thousandths (its own digit
    decides), nor for USD/JPY (``markets.market``)."""
    return 0.0 if fx or claim_decimals(precision) >= 3 else 0.005


def finer_than_published(precision: float, claimed: float, value: float, s) -> str:
    """Why a figure printed finer than its series and within the series' rounding of ``value`` is unverifiable;
    "" when it is not finer, or is beyond that rounding."""
    pub, dec = published_decimals(s), claim_decimals(precision)
    if dec <= pub or abs(claimed - value) > 0.5 * 10 ** -pub + precision:
        return ""
    return (f"the figure is printed to {dec} decimals and the official series to {pub}: its close {value:.{pub}f} "
            f"cannot confirm or refute the last digit (a traded quote at some hour, not the published close)")
