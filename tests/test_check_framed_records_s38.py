"""A superlative framed by the periods it ranks, with no window (session 38, family A1/N of records): "the highest
figure for May", "the second largest for August", "the largest ever for August" (the same month of each year); "the
largest for the half fiscal year", "the second highest for any fiscal half-year period", "the smallest first-half
deficit", "der höchste Betrag bezogen auf die erste Hälfte eines Jahres" (halves; the same half of each year when the
words name it: "first-half", "on a first-half basis", 上半期としては); a record over the data among those periods, the
place its ordinal says (``qualifiers.RECORD_RX``'s framed, ``bop_records.as_released``). A record whose words rank
halves read on a month or a span that ends a half is that half's (``bop_halves.named_half``). Corpus sentences (batches
20-31) and invented ones in other words."""

from __future__ import annotations

from datetime import date

import pytest

from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers
from ustflow.views.check import check_text

#: the lead that makes a text a balance-of-payments story
_LEAD = "Japan's current account surplus widened, the Finance Ministry said in its balance of payments report. "


def _quals(s: str) -> list:
    return [(q.phrase, q.extreme, q.n) for _, q in find_qualifiers(s, Resolver(date(2025, 11, 11)))]


@pytest.mark.parametrize("s, phrase, extreme, n", [
    # corpus (kyodo-japantoday 2025-07-08, jiji-adnkronos 2025-10-08, japantimes 2014-11-11, kyodo-japantoday
    # 2025-11-11, nikkei-newsonjapan 2017-11-09, kyodo-japantimes 2012-11-09)
    ("marking the highest figure for May", "the highest figure for May", "max", 1),
    ("The primary income surplus, however, was the second largest for August, only after the year-before result",
     "the second largest for August", "max", 2),
    ("to ¥9.149 trillion, the largest for the half fiscal year", "the largest for the half fiscal year", "max", 1),
    ("a larger travel surplus of 3.31 trillion yen, the second highest for any fiscal half-year period",
     "the second highest for any fiscal half-year period", "max", 2),
    ("saw a deficit of 576.4 billion yen, marking the smallest first-half deficit", "the smallest first-half deficit",
     "min", 1),
    ("the biggest amount seen in any half-year period", "the biggest amount seen in any half-year period", "max", 1),
    # invented, other words
    ("the services deficit was the narrowest for an October", "the narrowest for an October", "min", 1),
    ("its third-largest surplus on a first-half basis", "its third-largest surplus on a first-half basis", "max", 3),
    ("the lowest level for a six-month period", "the lowest level for a six-month period", "min", 1),
])
def test_a_framed_superlative_is_a_record_among_those_periods(s, phrase, extreme, n):
    assert (phrase, extreme, n) in _quals(s), _quals(s)


@pytest.mark.parametrize("s", [
    "the income stood at the highest figure in January",  # "in January": the figure's own month, not a frame
    "the highest for May 2020",  # a month with its year is a period, not the same month of each year
])
def test_not_a_frame(s):
    assert not any("for May" in p or "in January" in p for p, _, _ in _quals(s)), _quals(s)


def test_narrowest_since_is_an_extreme():
    """'narrowest' is a superlative like 'smallest' (xinhua 2022-09-08: "the narrowest surplus for the month since
    1985")."""
    got = _quals("The reading marked the narrowest surplus for the month since 1985 when comparable data became available")
    assert ("the narrowest surplus for the month since 1985", "min", 1) in got, got


def test_the_highest_figure_for_may_ranks_the_mays(data):
    recs = check_text(_LEAD + "The services trade balance swung back to a 201.1 billion yen surplus in May, marking the "
                      "highest figure for May.", date="2025-07-08", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and got[0]["verdict"] == "supported" and got[0]["official_period"] == "2025-05", got


def test_the_second_largest_for_august(data):
    recs = check_text(_LEAD + "The primary income surplus came to 4.22 trillion yen in August, the second largest for August.",
                      date="2025-10-08", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and got[0]["verdict"] == "supported" and "rank 2 of" in got[0]["explanation"], got


def test_ever_for_a_month_is_among_that_month(data):
    """kyodo-japantoday 2023-10-10: "the largest ever for August" of the travel surplus, a record among the Augusts
    (it was read among all months and called contradicted)."""
    recs = check_text(_LEAD + "The travel surplus rose to 241.1 billion yen in August, the largest ever for August.",
                      date="2023-10-10", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and got[0]["verdict"] == "supported", got


def test_any_fiscal_half_ranks_both_fiscal_halves(data):
    recs = check_text(_LEAD + "The travel surplus was 3.31 trillion yen in April-September, the second highest for any "
                      "fiscal half-year period.", date="2025-11-11", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and got[0]["verdict"] == "supported" and "rank 2 of" in got[0]["explanation"], got


def test_a_first_half_record_ranks_the_first_halves(data):
    """dpa-tagesspiegel 2002-08-12: 7.5 trillion yen in January-June 2002 is below a second half (2000's) but the
    highest of the first halves."""
    recs = check_text("Tokio (dpa). Der Leistungsbilanzüberschuss Japans ist in der ersten Hälfte des laufenden Jahres "
                      "deutlich gestiegen. Der Überschuss stieg um 51,9 Prozent auf rund 7,9 Billionen Yen. Das ist der "
                      "höchste Betrag bezogen auf die erste Hälfte eines Jahres.", date="2002-08-12", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and got[0]["verdict"] == "supported" and "2000-06" in got[0]["explanation"], got


def test_a_fiscal_half_record_read_on_its_last_month_is_the_half(data):
    """mynavi 2015-11-10: "2015年度上半期、旅行収支は過去最大の黒字" read on September 2015 alone is the fiscal half's."""
    recs = check_text("財務省が発表した国際収支状況によると、2015年度上半期、旅行収支は過去最大の黒字となった。", date="2015-11-10", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got and got[0]["verdict"] == "supported", got
    assert got[0]["official_value"] > 5000, got  # the half's sum (6,073.7), not September's


def test_a_half_record_on_a_month_that_ends_no_half_is_not_ranked(data):
    """Must not fire: words that rank halves read on a month that ends none (August) stay unranked."""
    recs = check_text(_LEAD + "The travel surplus was 150 billion yen in August 2015, its largest for any half-year period.",
                      date="2015-10-08", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert all(r["verdict"] == "unverifiable" for r in got), got


def test_a_japanese_half_record_of_a_deficit(data):
    """yomiuri-biglobe 2019-11-11: "上半期としては赤字幅が最小" (a deficit's size framed by the half, no 過去) is read as
    a record among the halves (``qualifiers_ja.JA_FRAME_RECORD_RX``, 赤字 as 黒字)."""
    from ustflow.check.qualifiers_ja import JA_FRAME_RECORD_RX

    assert JA_FRAME_RECORD_RX.search("上半期としては赤字幅が最小となった")
    assert JA_FRAME_RECORD_RX.search("上半期としては黒字額が最大となった")
