"""A misfire hunt over session 14's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, market wraps) stating TRUE facts computed from the store,
in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the checker called
contradicted (or judged on the wrong period) before the fix named in the test. The facts and the expected values
are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


def _bn(v: float, d: int = 1) -> str:
    return f"${abs(v):,.{d}f} billion"


# attach: "up $X from a year before at $Y" -- the level after the base is the one reached ------------------------------


@pytest.mark.parametrize("template", [
    "China held {cn} at the end of April. Japan's holdings were up {chg} from a year before at {now}.",
    "Japan's holdings, by contrast, rose {chg} from a year earlier at {now}.",
    "Japan's holdings rose {pct}% from a year earlier at {now} in April.",
])
def test_a_level_after_a_changes_base_is_the_level_reached(data, tic, template):
    # must not fire: "at $Y" after "up $X from a year before" is April's level (it was judged on April 2025)
    jp, cn = tic("japan"), tic("china_mainland")
    e = pd.Period("2026-04", "M")
    text = template.format(cn=_bn(cn[e]), chg=_bn(jp[e] - jp[e - 12]), now=_bn(jp[e]),
                           pct=f"{(jp[e] / jp[e - 12] - 1) * 100:.1f}")
    rec = by_claim(check_text(text, date="2026-06-19", store=data), _bn(jp[e]))
    assert (rec["official_period"], rec["verdict"]) == ("2026-04", "supported"), rec


def test_a_level_after_a_bare_base_is_the_bases(data, tic):
    # must still read: "down from a year earlier at $Y" names the level a year before (no change figure before it)
    cn = tic("china_mainland")
    e = pd.Period("2026-04", "M")
    text = f"China held {_bn(cn[e])} at the end of April, down from a year earlier at {_bn(cn[e - 12])}."
    rec = by_claim(check_text(text, date="2026-06-19", store=data), _bn(cn[e - 12]))
    assert (rec["official_period"], rec["verdict"]) == ("2025-04", "supported"), rec
