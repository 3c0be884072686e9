"""What a balance-of-payments run or first (``bop_records``) does not count, said as its reason: a move whose words name
the other side than its balance's in its period, a run of a change's size or of beating forecasts."""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.results import Figure, Judgement, unverifiable
from ustflow.check.sign_runs import period_label

#: a run or first of beating (missing) forecasts, not of the balance's moves: "市場予想を上回るのは3カ月連続", "beat
#: forecasts for the third straight month"
VS_FORECAST = re.compile(r"(?:予想|予測|見通し|見込み)(?:値)?を(?:上回|下回)|\b(?:beat|beating|topped|exceeded|missed|"
                         r"(?:came|coming)\s+in\s+(?:above|below))\s+(?:market\s+|economists'\s+|analysts'\s+)?"
                         r"(?:forecasts?|expectations?|estimates?)\b", re.I)

#: the side a move's words name: "赤字額が…上回るのは", "黒字幅が縮小するのは", "the deficit widened"
_SIDE_NAMED = re.compile(r"(?P<up>黒字|\bsurplus(?:es)?\b)|(?P<down>赤字|\bdeficits?\b)", re.I)


def side_mismatch(c: Claim, kind: str, vals, end_p, fig: Figure, near: str) -> Judgement | None:
    """A run or first of a move whose words name one side (赤字額の増加, "the deficit widened") read on a balance on the
    other side in its period: the balance is not the one the words are about (an item named in another sentence, the
    current account read for a trade deficit), so not counted (``unverifiable``)."""
    if kind != "change" or end_p not in vals.index:
        return None
    sides = {1 if m.group("up") else -1 for m in _SIDE_NAMED.finditer(near)}
    v = float(vals[end_p])
    if len(sides) != 1 or v == 0 or (1 if v > 0 else -1) in sides:
        return None
    return unverifiable(f"'{c.qualifier.phrase}' counts the moves of a {'surplus' if v < 0 else 'deficit'}, but "
                        f"{fig.series} is {'in deficit' if v < 0 else 'in surplus'} in {period_label(end_p, '')}: not the "
                        f"balance the words are about", series=fig.series)


def of_change(c: Claim, fig: Figure, near: str) -> Judgement:
    """A run of a change's size, or of beating forecasts, read near it (``near``): not counted."""
    if VS_FORECAST.search(near):
        return unverifiable(f"'{c.qualifier.phrase}' counts periods that beat (or missed) forecasts, which the store "
                            f"does not hold", series=fig.series)
    return unverifiable(f"'{c.qualifier.phrase}' counts changes of the size of a change (a fall that narrowed, a rise "
                        f"that grew), which the checker does not count", series=fig.series)

