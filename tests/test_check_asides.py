"""`ustflow check` on relative clauses and appositions ("Japan, which overtook China in 2019, ...", "China, whose
holdings peaked in 2013, ...") and on "among the largest holders" (issue 13, session 5): what an aside says is
about itself; the main clause's figures keep their own holder and period. Invented sentences; values from the
loaded TIC table."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def tic(loaded_store):
    jp = series("tic.holdings.japan", loaded_store).dropna()
    cn = series("tic.holdings.china_mainland", loaded_store).dropna()
    return jp, cn, min(jp.index[-1], cn.index[-1])


def _pub(p) -> str:
    return str((p + 2).end_time.date())


def _bn(v: float) -> str:
    return f"${v:,.1f} billion"


def test_a_period_inside_an_aside_stays_there(data, tic):
    # "in 2016" belongs to the relative clause; China's figure is of the main clause's month
    jp, cn, p = tic
    text = (f"Japan, which regained the top spot from China in 2016, lifted its holdings to {_bn(jp[p])} in "
            f"{p.strftime('%B %Y')}, while China trimmed its pile to {_bn(cn[p])}.")
    r = check_text(text, date=_pub(p), store=data)
    for v in (jp[p], cn[p]):
        rec = by_claim(r, _bn(v))
        assert (rec["official_period"], rec["verdict"]) == (str(p), "supported")


def test_a_qualifier_inside_an_aside_is_judged_on_its_own(data, tic):
    # "whose holdings peaked in 2013" is about 2013, not the figure of the main clause
    _, cn, p = tic
    peak = cn.idxmax()
    text = (f"China, whose holdings peaked in {peak.year}, held {_bn(cn[p])} in {p.strftime('%B %Y')}, "
            f"compared with Japan's {_bn(tic[0][p])}.")
    r = check_text(text, date=_pub(p), store=data)
    rec = by_claim(r, "peaked")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(peak))
    for v in (cn[p], tic[0][p]):
        rec = by_claim(r, _bn(v))
        assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", str(p), "supported")


def test_among_the_largest_holders_is_a_top_ten_rank(data, loaded_store, tic):
    *_, p = tic
    row = {k: series(f"tic.holdings.{k}", loaded_store).dropna() for k in ("belgium", "japan")}
    text = (f"Belgium, which is among the biggest holders, held {_bn(row['belgium'][p])} of Treasuries in "
            f"{p.strftime('%B %Y')}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "the biggest holders")
    assert rec["official_value"] > 1  # not the largest ...
    assert rec["verdict"] == ("supported" if rec["official_value"] <= 10 else "contradicted")  # ... but one of them


def test_a_base_after_the_end_is_no_change_not_a_crash(data):
    # "fell $X in January from April": the base is later than the end; said plainly, not a failure of the checker
    r = check_text("China's holdings fell $11.5 billion in January 2026 from April 2026.", date="2026-06-18", store=data)
    rec = by_claim(r, "$11.5 billion")
    assert rec["verdict"] == "unverifiable"
    assert "checker failed" not in rec["explanation"]
