"""`ustflow check` on another holder's level named in comparison (issue 13, session 16): "the UK's stake rising to
$779 billion, edging past China's $765 billion", "Japan's holdings rose to $1.13 trillion, well ahead of China's
$765 billion": the move ("rising", "rose") is the subject's; the level compared with is that holder's level in the
same month, judged as a level with no move of its own. Invented sentences; values computed from the loaded store."""

from __future__ import annotations

import pandas as pd

from tests.helpers import claim_containing, month_name, released, series


def _month_falling(store, slug: str, other: str, start: str) -> pd.Period:
    """A month from ``start`` in which ``slug``'s holdings fell while ``other``'s rose."""
    a = series(f"tic.holdings.{slug}", store).diff()
    b = series(f"tic.holdings.{other}", store).diff()
    return next(p for p in a.index if p >= pd.Period(start, "M") and a[p] < 0 and b.get(p, 0) > 0)


def test_a_level_compared_with_has_no_move_of_its_own(data, loaded_store):
    from ustflow.views.check import check_text

    for slug, name, other, oname, start in (("china_mainland", "China", "united_kingdom", "the UK", "2024-01"),
                                            ("china_mainland", "China", "japan", "Japan", "2022-01"),
                                            ("japan", "Japan", "china_mainland", "China", "2016-01")):
        p = _month_falling(loaded_store, slug, other, start)
        lvl = float(series(f"tic.holdings.{slug}", loaded_store)[p])
        mine = float(series(f"tic.holdings.{other}", loaded_store)[p])
        fig = f"${lvl:,.1f} billion"
        for text in (f"As of {month_name(p)}, {oname}'s holdings of Treasuries rose to ${mine:,.1f} billion, edging past "
                     f"{name}'s {fig}.",
                     f"In {month_name(p)}, {oname}'s holdings of Treasuries climbed to ${mine:,.1f} billion, compared with "
                     f"{name}'s {fig}."):
            rec = claim_containing(check_text(text, date=released(p), store=data), fig)
            assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_the_subjects_own_level_keeps_its_move(data, loaded_store):
    from ustflow.views.check import check_text

    p = _month_falling(loaded_store, "china_mainland", "japan", "2022-01")
    lvl = float(series("tic.holdings.china_mainland", loaded_store)[p])
    text = f"In {month_name(p)}, China's holdings of Treasuries rose to ${lvl:,.1f} billion."
    rec = claim_containing(check_text(text, date=released(p), store=data), f"${lvl:,.1f} billion")
    # it fell that month: since 98969e56 (session 38) the level stays supported, the move told against it
    assert rec["verdict"] == "supported" and "not as 'rose' says" in rec["explanation"], (text, rec["explanation"])
