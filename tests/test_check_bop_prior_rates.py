"""`ustflow check` on a BoP move's rate of the year before, told as the base the move came down from (session 24):
"Exports rose 2.6 percent ..., but the increase was down from 10.6 percent the previous year" (kyodo, 14 May 2019),
"輸出も80兆3171億円で2.6%増えたが、伸び率は前年度の10.6%から縮小" (sankeibiz, 15 May 2019): the same item's change a year
earlier (fiscal 2017 on fiscal 2016), declined before as no series. Expected values are the store's own (``boj.bop``).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span_pct, by_claim
from ustflow.views.check import check_text


def _fy_pct(store, code: str, fy: int) -> float:
    """The item's percent change over Japan's fiscal year ``fy`` (April to March) from the one before."""
    return bop_span_pct(store, code, (f"{fy}-04", f"{fy + 1}-03"), (f"{fy - 1}-04", f"{fy}-03"))


@pytest.mark.parametrize("text,date,claim", [
    ("Japan's current account surplus in fiscal 2018 shrank for the first time in five years.\n\n"
     "Exports rose 2.6 percent to ¥80.32 trillion last fiscal year, but the increase was down from 10.6 percent the "
     "previous year on falling exports to China.", "2019-05-14", "10.6 percent"),
    ("財務省が14日発表した2018年度の国際収支(速報)によると、海外とのモノやサービス、投資の取引状況を示す経常収支は前年度比12.4%減の"
     "19兆4144億円の黒字となった。\n\n"
     "貿易黒字は4年連続。輸入が原油高の影響で8.0%増の79兆6103億円となったのに対し、輸出も80兆3171億円で2.6%増えたが、伸び率は"
     "前年度の10.6%から縮小。", "2019-05-15", "10.6%"),
])
def test_a_rate_the_year_before_the_move_came_down_from(data, loaded_store, text, date, claim):
    recs = check_text(text, date=date, store=data)
    rate = by_claim(recs, claim)
    assert (rate["verdict"], rate["series"]) == ("supported", "boj.bop.bpbp6jynex"), rate
    assert rate["official_value"] == pytest.approx(_fy_pct(loaded_store, "bpbp6jynex", 2017)), rate
    move = by_claim(recs, "2.6 percent" if claim.endswith("percent") else "2.6%")
    assert move["official_value"] == pytest.approx(_fy_pct(loaded_store, "bpbp6jynex", 2018)), move
