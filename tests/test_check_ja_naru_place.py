"""`ustflow check` on a Japanese place said with なった alone (issue 13, session 16): "保有額が1兆1056億ドルにのぼり最大の
米国債保有国になった", "引き続き最大の保有国となった" state the place held that month (the copula of a monthly release's
retelling), so a holder already at that place is supported; a verb of rising ("首位に浮上した") is still a change of place, and a
なった after a verb of overtaking ("中国を抜いて", "中国に代わって") or with 再び stays one. Invented sentences; the months
and ranks are computed here from the loaded TIC table."""

from __future__ import annotations

import pandas as pd

from tests.helpers import claim_containing, released


def _held(ranks, slug: str, rank: int, after: str) -> pd.Period:
    """A month after ``after`` in which ``slug`` holds ``rank`` and held it the month before too."""
    r = ranks[slug].dropna()
    r = r[r.index >= pd.Period(after, "M")]
    return next(p for i, p in enumerate(r.index) if i and r[p] == rank and r.iloc[i - 1] == rank)


def test_naru_alone_states_the_place_held(data, ranks):
    from ustflow.views.check import check_text

    for slug, ja, rank, place, after in (("japan", "日本", 1, "最大の米国債保有国", "2020-01"),
                                         ("china_mainland", "中国", 2, "2位の保有国", "2021-01"),
                                         ("japan", "日本", 1, "最大の保有国", "2023-01")):
        p = _held(ranks, slug, rank, after)
        when = f"{p.year}年{p.month}月"
        for text in (f"米財務省の報告書によると、{ja}は{when}、保有額が増え{place}になった。",
                     f"{when}、{ja}は引き続き{place}となった。"):
            rec = claim_containing(check_text(text, date=released(p), store=data), place)
            assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_a_verb_of_rising_is_still_a_change(data, ranks):
    from ustflow.views.check import check_text

    p = _held(ranks, "japan", 1, "2021-01")
    text = f"{p.year}年{p.month}月、日本は最大の保有国に浮上した。"
    rec = claim_containing(check_text(text, date=released(p), store=data), "最大の保有国")
    assert rec["verdict"] == "contradicted", (text, rec["explanation"])  # number one long before: no overtaking then
