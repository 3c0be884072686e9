"""`ustflow check` on balance-of-payments figures whose period, run or referent was misread (session 24), in real
release stories' sentences; each was declined before:

- "2016年(1~12月)": the year 2016, its months glossed in brackets (kantsuu, 8 Feb 2017), and "過去最大だった07年に次ぐ":
  the record is 2007's, not the figure's;
- "In fiscal 2013 through March 31 this year": the fiscal year, not this year to date (kyodo, 12 May 2014);
- "5年9カ月連続": a run of 69 months (kyodo, 13 May 2020);
- "It logged a ¥25.0 billion surplus" after a sentence naming the services balance in deficit and the travel surplus:
  the travel balance, the one balance named on the figure's side (kyodo, 8 Mar 2021);
- "the primary balance, reflecting returns on investments made overseas": primary income, by its gloss (xinhua, 12 Aug
  2020).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_span_pct, by_claim
from ustflow.views.check import check_text

_KANTSUU = ("財務省が8日に発表した2016年(1~12月)の国際収支(速報)によると、貿易や投資による日本と海外のお金の出入りを示す経常収支は、"
            "前年より25・8%(4兆2370億円)多い20兆6496億円の黒字だった。黒字幅は2年連続で拡大し、過去最大だった07年に次ぐ過去2番目の"
            "高水準となった。")


def test_a_year_with_its_months_in_brackets(data, loaded_store):
    recs = check_text(_KANTSUU, date="2017-02-08", store=data)
    level = by_claim(recs, "20兆6496億円")
    assert (level["verdict"], level["series"]) == ("contradicted", "boj.bop.bpbp6jyncb"), level
    assert level["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2016-01", "2016-12"))
    pct = by_claim(recs, "25・8%")
    assert (pct["verdict"], pct["series"]) == ("contradicted", "boj.bop.bpbp6jyncb"), pct
    assert pct["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jyncb", ("2016-01", "2016-12"),
                                                       ("2015-01", "2015-12")))
    run = by_claim(recs, "2年連続")
    assert (run["verdict"], run["official_value"], run["official_period"]) == ("supported", 2, "2016"), run


def test_a_record_said_of_the_year_named_after_it(data, loaded_store):
    recs = check_text(_KANTSUU, date="2017-02-08", store=data)
    record = by_claim(recs, "過去最大")
    assert (record["verdict"], record["series"], record["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", "2007")
    assert record["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2007-01", "2007-12"))
    second = by_claim(recs, "07年に次ぐ過去2番目の高水準")
    assert (second["verdict"], second["official_period"]) == ("supported", "2016"), second


def test_a_fiscal_year_through_march(data, loaded_store):
    text = ("Japan's current account surplus in fiscal 2013 was the smallest since comparable data became available in "
            "fiscal 1985.\n\n"
            "In fiscal 2013 through March 31 this year, exports climbed 12.2 percent to ¥69.8 trillion on the back of the "
            "yen's depreciation, but imports surged 19.6 percent to ¥80.6 trillion.")
    recs = check_text(text, date="2014-05-12", store=data)
    for claim, code in (("¥69.8 trillion", "bpbp6jynex"), ("¥80.6 trillion", "bpbp6jynim")):
        rec = by_claim(recs, claim)
        assert (rec["verdict"], rec["series"]) == ("contradicted", f"boj.bop.{code}"), rec
        assert rec["official_value"] == pytest.approx(bop_span(loaded_store, code, "2013-04", "2014-03"))
    pct = by_claim(recs, "12.2 percent")
    assert pct["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jynex", ("2013-04", "2014-03"),
                                                       ("2012-04", "2013-03")))


def test_a_run_in_years_and_months(data):
    text = ("財務省が13日発表した3月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額は、前年同月比32・1%減の"
            "1兆9710億円となり、5年9カ月連続で黒字を維持した。")
    rec = by_claim(check_text(text, date="2020-05-13", store=data), "5年9カ月連続")
    assert (rec["verdict"], rec["series"], rec["official_value"], rec["official_period"]) == \
        ("supported", "boj.bop.bpbp6jyncb", 69, "2020-03"), rec


def test_it_is_the_balance_named_on_the_figures_side(data, loaded_store):
    text = ("Japan's current account surplus for January dropped from a year earlier for the first decline in five months, "
            "as the travel surplus continued to plunge amid the novel coronavirus pandemic, government data showed Monday."
            "\n\n"
            "The services trade balance logged a deficit of ¥480.9 billion, more than tripling from the previous year's "
            "deficit of ¥142.2 billion, as the travel surplus continued to see a significant fall due to strict travel "
            "restrictions by countries attempting to contain the virus spread.\n\n"
            "It logged a ¥25.0 billion surplus in January, down 91.6% from ¥296.2 billion a year earlier.")
    recs = check_text(text, date="2021-03-08", store=data)
    jan, jan0 = (bop_span(loaded_store, "bpbp6jynsn2", m, m) for m in ("2021-01", "2020-01"))
    level = by_claim(recs, "¥25.0 billion")
    assert (level["verdict"], level["series"], level["official_value"]) == \
        ("contradicted", "boj.bop.bpbp6jynsn2", pytest.approx(jan)), level
    base = by_claim(recs, "¥296.2 billion")
    assert (base["verdict"], base["series"], base["official_value"]) == \
        ("supported", "boj.bop.bpbp6jynsn2", pytest.approx(jan0)), base
    pct = by_claim(recs, "91.6%")
    assert (pct["verdict"], pct["series"]) == ("contradicted", "boj.bop.bpbp6jynsn2"), pct
    assert pct["official_value"] == pytest.approx(100 * (jan - jan0) / abs(jan0))


def test_the_primary_balance_glossed_as_investment_returns(data, loaded_store):
    text = ("Japan's current account surplus dropped to a more than five-year low in the first half of 2020.\n\n"
            "During the first six months of 2020, the primary balance, reflecting returns on investments made overseas, "
            "booked a surplus of 10.43 trillion yen (98.05 billion U.S. dollars), down 4.0 percent from a year earlier.")
    recs = check_text(text, date="2020-08-12", store=data)
    rec = by_claim(recs, "10.43 trillion yen")
    assert (rec["verdict"], rec["series"]) == ("contradicted", "boj.bop.bpbp6jynpin"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynpin", "2020-01", "2020-06"))
    pct = by_claim(recs, "4.0 percent")
    assert pct["official_value"] == pytest.approx(bop_span_pct(loaded_store, "bpbp6jynpin", ("2020-01", "2020-06"),
                                                       ("2019-01", "2019-06")))
