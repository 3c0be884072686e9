"""`ustflow check` on a Japanese 'since' said of a balance's side (issue 13, session 36): "黒字はコロナ前の2019年5月以来です",
"黒字は1962年以来だ" (the side as the topic, the since said alone), "2021年度上期以来の黒字となった" (the side after it; a fiscal
half as the start): the first surplus (deficit) since that date, on the balance of the sentence's figure. Real articles'
sentences (tests/claims_corpus, development batches 19, 20, 21); the months are the store's own (BoJ ``boj.bop``)."""

from __future__ import annotations

from datetime import date

from tests.helpers import claim_containing
from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers_ja import japanese_qualifiers
from ustflow.views.check import check_text

# tbs-2023-12-08-ja-october-2023-current-account-record-october (batch 20)
TBS = ("財務省が発表したことし10月の国際収支によりますと、海外との貿易や投資で日本がどれだけ稼いだかを示す経常収支は、前の年の同じ月に"
       "比べて2兆7318億円増え、2兆5828億円の黒字でした。\n\nまた、輸送や旅行などのサービス収支は3438億円の黒字で、黒字はコロナ前の"
       "2019年5月以来です。")
# asahi-2016-02-08-ja-2015-current-account-travel-first-surplus-since-1962 (batch 19)
ASAHI = ("財務省が8日発表した2015年の国際収支(速報)によると、訪日外国人による日本での消費が増え、旅行収支が1兆0902億円の黒字となった。"
         "黒字は1962年以来だ。")
# bizmatome-2025-11-10-ja-first-half-fy2025-current-account-record (batch 21)
BIZ = "商品貿易収支は、前年の2.36兆円の赤字から49.4億円の黒字に改善し、2021年度上期以来の黒字となった"


def _quals(s: str, ref: date):
    out: list = []
    japanese_qualifiers(s, lambda span: True, out, Resolver(ref))
    return [q for _, q in out if q.kind == "first_since"]


def test_the_side_as_the_topic_reads_a_first_since():
    q, = _quals("黒字はコロナ前の2019年5月以来です", date(2023, 12, 8))
    assert (q.since, q.since_grain, q.direction) == (date(2019, 5, 1), "month", 1)
    q, = _quals("赤字は1962年以来だ", date(2016, 2, 8))
    assert (q.since, q.since_grain, q.direction) == (date(1962, 1, 1), "year", -1)


def test_a_fiscal_half_as_the_start():
    q, = _quals(BIZ, date(2025, 11, 10))
    assert (q.since, q.since_grain, q.direction) == (date(2021, 4, 1), "months:6", 1)
    q, = _quals("2019年度下期以来の赤字となった", date(2025, 11, 10))
    assert (q.since, q.since_grain, q.direction) == (date(2019, 10, 1), "months:6", -1)


def test_a_size_or_level_after_since_is_no_first():
    assert _quals("2021年度上期以来の黒字幅となった", date(2025, 11, 10)) == []
    assert _quals("2010年以来の黒字水準となった", date(2025, 11, 10)) == []


def test_the_first_surplus_since_is_judged_on_the_balance(data):
    rec = claim_containing(check_text(TBS, date="2023-12-08", store=data), "2019年5月以来")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert "a surplus in 2023-10" in rec["explanation"] and "last in 2019-05" in rec["explanation"]


def test_a_start_before_the_data_is_unverifiable(data):
    rec = claim_containing(check_text(ASAHI, date="2016-02-08", store=data), "1962年以来")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "data begin" in rec["explanation"]
