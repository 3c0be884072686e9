"""`ustflow check` on an economists' forecast of a balance-of-payments figure told in the shapes the poll words beside
the figure did not cover (``bop_items.polled``): a bare "expectations for", a gap "expected by economists", a forecast in
brackets right after 事前予測 or 予測調査での中央値, and a forecast framing the clause before its figures
("事前予想では、経常収支が…"). The forecast is no official figure (unverifiable); the outcome told beside it is still
judged. Real sentences from the claims corpus (afp-straitstimes 2013-03-08, rttnews 2020-03-09, financialvillage
2013-02-07, reuters-melakarnets 2024-02-08, reuters-jp 2017-05-11)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

FORECAST = "a plan, forecast or possibility, not a figure official data report"


@pytest.mark.parametrize("text, date, forecast", [
    ("Japan's current account fell into deficit in January. But the deficit was much smaller than a 626-billion-yen gap "
     "expected by economists.", "2013-03-08", "626-billion-yen"),
    ("Japan's current account surplus came in at 612.3 billion yen in January. That was shy of expectations for 623.5 "
     "billion yen and up from 524.0 billion yen in December.", "2020-03-09", "623.5 billion yen"),
    ("財務省が発表した12月の国際収支について、事前予想では、経常収支が-1411億円の赤字、貿易収支が5603億円の赤字となっている。",
     "2013-02-07", "-1411億円"),
    ("財務省が発表した12月の国際収支について、事前予想では、経常収支が-1411億円の赤字、貿易収支が5603億円の赤字となっている。",
     "2013-02-07", "5603億円"),
    ("財務省が発表した23年12月の国際収支速報によると、経常収支は7443億円の黒字だった。ロイターの事前予測(1兆0189億円程度の黒字)",
     "2024-02-08", "1兆0189億円"),
    ("3月の経常収支は2兆9800億円の黒字で、予測調査での中央値(2兆6432億円の黒字)を上回った。", "2017-05-11", "2兆6432億円"),
])
def test_a_forecast_in_these_shapes_is_no_official_figure(data, text, date, forecast):
    rec = by_claim(check_text(text, date=date, store=data), forecast)
    assert (rec["verdict"], rec["explanation"]) == ("unverifiable", FORECAST), rec


def test_the_outcome_beside_a_bare_expectation_is_still_judged(data):
    recs = check_text("Japan's current account surplus came in at 612.3 billion yen in January. That was shy of "
                      "expectations for 623.5 billion yen and up from 524.0 billion yen in December.",
                      date="2020-03-09", store=data)
    for fig in ("612.3 billion yen", "524.0 billion yen"):
        rec = by_claim(recs, fig)
        assert rec["verdict"] != "unverifiable" and rec["series"].startswith("boj.bop."), rec


def test_the_outcome_after_a_forecast_frame_is_judged(data):
    """"予想では…だったが、実際は…": the figure after the outcome's words is the outcome's, not the forecast's."""
    recs = check_text("12月の経常収支について、市場予想では1411億円の赤字だったが、実際は2641億円の赤字だった。",
                      date="2013-02-07", store=data)
    assert by_claim(recs, "1411億円")["verdict"] == "unverifiable"
    rec = by_claim(recs, "2641億円")
    assert rec["verdict"] != "unverifiable" and rec["series"] == "boj.bop.bpbp6jyncb", rec
