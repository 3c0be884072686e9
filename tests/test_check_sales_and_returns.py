"""`ustflow check` on three wordings of market stories: "an all-time high" said of a net sale is the largest sale
(the high of what the sentence describes), a percent called a return or put on a currency-hedged basis is not a
yield the official curves show, and a yield "on 30-year JGBs" is of the tenor named with the market it is for.
Invented sentences; the values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _record_sale(store) -> tuple[pd.Period, float]:
    s = series("mof.monthly.lt_debt.life_insurers.net", store).dropna()
    p = next(p for p in s.index[24:] if s[p] < 0 and s[p] == s[s.index <= p].min())
    return p, float(s[p])


@pytest.mark.parametrize("wording", [
    "Life insurers offloaded a net {fig} of overseas debt in {month}, an all-time high, finance ministry data showed.",
    "Japanese life insurers sold a net {fig} of foreign bonds in {month}, a record high, MoF data showed.",
    "In {month}, life insurers dumped a net {fig} of foreign debt, the highest on record.",
])
def test_a_high_said_of_a_net_sale_is_the_largest_sale(data, loaded_store, wording):
    p, v = _record_sale(loaded_store)
    fig = f"{abs(v) / 10000:.2f} trillion yen" if abs(v) >= 10000 else f"{abs(v) / 10:.1f} billion yen"
    text = wording.format(fig=fig, month=p.strftime("%B"))
    recs = check_text(text, date=(p + 1).strftime("%Y-%m-12"), store=data)
    q = next(r for r in recs if r["claim"] in ("an all-time high", "a record high", "the highest on record"))
    assert q["verdict"] == "supported", q["explanation"]
    assert "largest net sale" in q["explanation"]


@pytest.mark.parametrize("text, claim", [
    ("On a three-month yen-hedged basis, 10-year Treasuries offered a negative return of about minus 1.5% on Wednesday.",
     "1.5%"),
    ("For dollar-based buyers, hedged returns of 0.8% on 10-year JGBs compare poorly.", "0.8%"),
    ("Once hedging costs are taken into account, US 10-year notes yield just 0.2% for Japanese investors.", "0.2%"),
])
def test_a_return_or_a_hedged_figure_is_not_a_yield(data, text, claim):
    rec = by_claim(check_text(text, date="2022-12-09", store=data), claim)
    assert (rec["measure"], rec["verdict"]) == ("other", "unverifiable")
    assert "hedg" in rec["explanation"] or "return" in rec["explanation"]


@pytest.mark.parametrize("text, sid", [
    ("The 10-year Treasury yield was 3.4%, compared to a yield of {v}% on 30-year Japanese government bonds.", "jgb.30y"),
    ("While 10-year Treasuries paid 3.4%, investors got {v}% on the 20-year JGB.", "jgb.20y"),
    ("Ten-year JGBs yielded 0.3%, against {v}% for the benchmark 30-year Treasury bond.", "fred.dgs30"),
])
def test_the_tenor_named_with_the_market_after_the_figure(data, loaded_store, text, sid):
    s = series(sid, loaded_store).dropna()
    v = float(s[s.index <= pd.Timestamp("2022-12-07")].iloc[-1])
    recs = check_text(text.format(v=f"{v:.2f}") + " That was on December 7, 2022.", date="2022-12-09", store=data)
    rec = by_claim(recs, f"{v:.2f}%")
    assert rec["measure"] == "yield_level"
    assert sid.split(".")[1].replace("dgs", "").rstrip("y") in rec["explanation"].replace("DGS", "dgs")
