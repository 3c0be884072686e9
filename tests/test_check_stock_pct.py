"""`ustflow check` on a percent move said of a holder's stock in a TIC story whose own words decide no measure
(``check.back_moves.stock_pct``, session 22): "its holdings were 5.91 percent higher", "残高を減らし", "the amount
was down 3%", "with $877.9 billion, marking a 1.52 percent increase". Real articles' sentences (development batches
7, 9, 14, 15, 16, 17, 18); the values expected are computed here from the loaded TIC table."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, claim_containing, holding
from ustflow.views.check import check_text


def _pct(data, slug: str, start: str, end: str) -> float:
    return (holding(data, slug, end) / holding(data, slug, start) - 1) * 100


@pytest.mark.parametrize("text, date, figure, slug, start, end", [
    # the amount of the headline's holdings, down on the month and up 3% on the year (arabnews, batch 15)
    ("The holding of US Treasury securities by the Kingdom of Saudi Arabia reached $127.3 billion in May 2021, the new "
     "data obtained from the US government shows, Arab News informed.\n\nCompared to the previous month the amount was "
     "down 3% but it was up 3% from May 2020.", "2021-07-21", "3%", "saudi_arabia", "2020-05", "2021-05"),
    # its money in US debt, from the end of the year before (arabnews, batch 15)
    ("RIYADH: Saudi Arabia’s holdings of US Treasuries fell to the lowest level in about four years in October.\n\n"
     "The Kingdom’s stocks of US government debt fell by $8 billion, the most in a year, to $116.5 billion, the lowest "
     "level in four years, according to US Treasury Department data.\n\nDuring the first 10 months of 2021, the Kingdom "
     "has decreased its investments in the US debt instruments by about 15 percent, compared with the end of 2020.",
     "2021-12-17", "about 15 percent", "saudi_arabia", "2020-12", "2021-10"),
    # a holder's balance cut within a month, in Japanese (yada7215, batch 16)
    ("米財務省から、2015年3月末時点での海外保有分の米国債残高が発表され、6兆1759億ドルとなりました。\n\n今回、ベルギーが一か月で"
     "26.8%も残高を減らし、中国が日本から首位を奪い返したのは、意図的な名義の移し替えがあったのかもしれません。", "2015-05-16",
     "26.8%", "belgium", "2015-02", "2015-03"),
    # the topic said before the clause: "サウジの保有残高は、前月比で3.1%(40億ドル)減少" (arabnews-jp, batch 14)
    ("リヤド:米財務省が発表した最新データによると、サウジアラビアの米国債保有残高は、8月末に2020年5月以来の低水準となる1241億ドルだった。\n"
     "8月のサウジの保有残高は、前月比で3.1%(40億ドル)減少した。",
     "2021-10-18", "3.1%", "saudi_arabia", "2021-07", "2021-08"),
])
def test_a_percent_move_of_the_stock_is_the_holdings_move(data, text, date, figure, slug, start, end):
    rec = [r for r in check_text(text, date=date, store=data) if figure in r["claim"]][-1]  # (the last "3%")
    assert rec["measure"] == "holdings_pct"
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == pytest.approx(_pct(data, slug, start, end), abs=1e-6)


def test_a_holder_told_with_its_level_and_a_percent_move(data):
    # "The UK ranked second with $877.9 billion, marking a 1.52 percent increase compared with September" (gdn, batch
    # 7): the UK's holdings from September to October, 1.50 percent, called wrong to the hundredth it states
    text = ("Saudi Arabia increased its holdings of US Treasury securities to $134.4 billion in October, maintaining its "
            "position among the world’s largest foreign holders, official data showed.\n\nThe UK ranked second with $877.9bn, marking a 1.52pc increase compared "
            "with September.")
    rec = claim_containing(check_text(text, date="2025-12-17", store=data), "1.52pc")
    assert rec["measure"] == "holdings_pct"
    assert rec["official_value"] == pytest.approx(_pct(data, "united_kingdom", "2025-09", "2025-10"), abs=1e-6)
    assert as_read(rec) == "contradicted"


@pytest.mark.parametrize("text, date, figure", [
    # (not endtimeheadlines' "dumped $47.8 billion in paper—equal to about 3.6% of its Treasury holdings as of
    # November": the dump restated as a share of the level before it is the move in percent, as its label reads it;
    # test_check_holdings_pcts_s31)
    # a yield, in a story of holdings (bitcoinleef, batch 15)
    ("Another new BRICS member, the United Arab Emirates, has lowered its treasury holdings by $300 million, from $65.2 "
     "billion in June to $64.9 billion in July.\n\nThe 10-year yield peaked at 4.85 percent on Friday while the 30-year "
     "yield surpassed 5 percent after a better-than-expected employment report.", "2023-10-09", "4.85 percent"),
])
def test_no_holdings_move_where_the_percent_is_not_one(data, text, date, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["measure"] != "holdings_pct"
