"""A misfire hunt over session 13's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, market wraps) stating TRUE facts computed from the store,
in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the session's rules
called contradicted (or judged on the wrong period) before the fix named in the test. The facts and the expected values
are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


def _bn(v: float, d: int = 1) -> str:
    return f"${abs(v):,.{d}f} billion"


# starting_points: "from a record $X in <month>" has a figure of its own ----------------------------------------------


@pytest.mark.parametrize("template", [
    "China's holdings were {now} in June, down from a record {peak} in {when}.",
    "China's holdings have fallen to {now} from a peak of {peak} in {when}.",
    "China's holdings have fallen to {now} from a record high {peak} set in {when}.",
])
def test_a_record_moved_from_with_its_own_figure_is_that_figures_record(data, tic, template):
    # must not fire: the superlative right before its own figure is that figure's (its month), not the month before
    # the figure named after it (starting_points judged "a record" on October 2013: contradicted)
    cn = tic("china_mainland")
    peak = cn.idxmax()
    text = template.format(now=_bn(cn[pd.Period("2025-06", "M")]), peak=_bn(cn[peak]), when=f"{peak:%B %Y}")
    res = check_text(text, date="2025-08-20", store=data)
    assert not [r for r in res if r["verdict"] == "contradicted"], [(r["claim"], r["official_period"]) for r in res]
    rec = by_claim(res, _bn(cn[peak]))
    assert (rec["official_period"], rec["verdict"]) == (str(peak), "supported"), rec
