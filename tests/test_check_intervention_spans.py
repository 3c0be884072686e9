"""`ustflow check` on interventions named by their spans and purposes: a two-digit year before a span of months
("22年9~10月"), the day's amount right after 介入額 ("22年10月21日の介入額5兆6202億円"), yen spent "to slow the
yen's fall" with no intervention word in the sentence, the spans that follow a sentence on the amount of
intervention ("8月30日から9月28日は2兆8382億円"), and a dollar conversion at the article's own rate in its several
wordings ("(Exchange rate: $1 = 153.13 yen)"). Invented sentences; the amounts are MoF's (the curated table)."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, by_claim
from ustflow.check.article import article_fx_rate
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, claim, day", [
    ("22年9~10月には3回の円買い介入を実施し、計9.2兆円を投じた。", "9.2兆円", "2024-06-01"),
    ("政府・日銀は24年4-5月に円買い介入を行い、合計9兆7885億円を投じた。", "9兆7885億円", "2024-07-01"),
    ("11年10~11月の為替介入の総額は9兆916億円だった。", "9兆916億円", "2012-02-01"),
])
def test_a_two_digit_year_before_a_span_of_months(data, text, claim, day):
    rec = by_claim(check_text(text, date=day, store=data), claim)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


@pytest.mark.parametrize("text, claim", [
    ("過去最大となった22年10月21日の介入額5兆6202億円に迫る規模だった。", "5兆6202億円"),
    ("2022年9月22日の介入額2兆8382億円を上回った。", "2兆8382億円"),
    ("24年7月11日の介入金額3兆1678億円は市場の予想より大きかった。", "3兆1678億円"),
])
def test_the_amount_right_after_the_intervention_word(data, text, claim):
    rec = by_claim(check_text(text, date="2024-11-08", store=data), claim)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


@pytest.mark.parametrize("text, claim", [
    ("Japan spent a record 9.79 trillion yen between April and May in an effort to slow the rapid fall of the yen.",
     "9.79 trillion yen"),
    ("Tokyo used 9.8 trillion yen over April and May to prop up the battered yen, official data showed.",
     "9.8 trillion yen"),
    ("Authorities deployed about ¥9.8 trillion in late April and early May in a bid to stem the yen's slide.",
     "about ¥9.8 trillion"),
])
def test_yen_spent_to_defend_the_yen_is_intervention(data, text, claim):
    rec = by_claim(check_text(text, date="2024-05-31", store=data), claim)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


def test_spent_on_securities_is_not_intervention(data):
    text = "Life insurers spent 1.2 trillion yen on foreign bonds in April to slow the rise in their hedging costs."
    rec = by_claim(check_text(text, date="2024-05-31", store=data), "1.2 trillion yen")
    assert rec["measure"] != "intervention"


def test_the_spans_after_a_sentence_on_the_amount_of_intervention(data):
    text = ("財務省は10月28日から11月28日までの外国為替平衡操作額(介入額)がゼロだったと発表した。\n\n"
            "8月30日から9月28日は2兆8382億円、9月29日から10月27日は6兆3499億円だった。")
    recs = check_text(text, date="2022-11-30", store=data)
    for claim in ("2兆8382億円", "6兆3499億円"):
        rec = by_claim(recs, claim)
        assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]
    wrong = text.replace("6兆3499億円", "4兆3499億円")
    assert as_read(by_claim(check_text(wrong, date="2022-11-30", store=data), "4兆3499億円")) == "contradicted"


@pytest.mark.parametrize("text, rate", [
    ("(Exchange rate: $1 = 153.13 yen)", 153.13), ("($1 = 77.325 Japanese Yen)", 77.325), ("(US$1 = ¥147.2)", 147.2),
    ("(1 dollar = 150.1 yen)", 150.1), ("(150.5 yen = $1)", 150.5), ("($1 = 7.1 yuan)", None), ("($1 = 150)", None),
])
def test_the_article_s_own_rate_in_several_wordings(text, rate):
    assert article_fx_rate(f"Some story. {text}") == rate


def test_a_dollar_conversion_at_the_article_s_own_rate(data):
    text = ("Japan allocated 3.168 trillion yen (about $20.7 billion) for currency intervention on July 11, "
            "data from the Ministry of Finance showed on Friday.\n\n(Exchange rate: $1 = 153.13 yen)")
    rec = by_claim(check_text(text, date="2024-11-08", store=data), "about $20.7 billion")
    assert rec["verdict"] == "supported" and "article's own rate" in rec["explanation"]
    off = text.replace("about $20.7 billion", "about $24.7 billion")
    assert as_read(by_claim(check_text(off, date="2024-11-08", store=data), "about $24.7 billion")) == "contradicted"


@pytest.mark.parametrize("text, claim, verdict", [
    ("財務省は10月28日から11月28日までの外国為替平衡操作額(介入額)がゼロだったと発表した。", "ゼロ", "supported"),
    ("財務省が発表した6月27日から7月29日までの介入実績は0円だった。", "0円", "supported"),
    ("財務省は8月30日から9月28日までの介入額がゼロだったと発表した。", "ゼロ", "contradicted"),
])
def test_no_intervention_in_a_period(data, text, claim, verdict):
    rec = by_claim(check_text(text, date="2022-11-30", store=data), claim)
    assert (rec["measure"], as_read(rec)) == ("intervention", verdict), rec["explanation"]


def test_zero_interest_rates_are_no_intervention(data):
    recs = check_text("日銀はゼロ金利政策を続け、為替介入は見送った。", date="2022-11-30", store=data)
    assert all(r["measure"] != "intervention" for r in recs)


@pytest.mark.parametrize("text, claim, verdict", [
    ("Japan spent 0 yen on currency intervention in the month to November 28, Ministry of Finance data showed.",
     "0 yen", "supported"),
    ("The finance ministry said it spent zero yen intervening in the currency market between October 28 and "
     "November 28.", "zero yen", "supported"),
    ("Japan spent zero yen on yen-buying intervention between August 30 and September 28.", "zero yen", "contradicted"),
])
def test_no_intervention_in_english(data, text, claim, verdict):
    rec = by_claim(check_text(text, date="2022-11-30", store=data), claim)
    assert (rec["measure"], as_read(rec)) == ("intervention", verdict), rec["explanation"]


def test_no_yen_of_something_else(data):
    recs = check_text("The shop sold no yen coins, and the yen fell against the dollar.", date="2022-11-30", store=data)
    assert all(r["measure"] != "intervention" for r in recs)


@pytest.mark.parametrize("text, claim", [
    ("財務省は10月28日から11月28日までの介入額がゼロだったと発表した。8月30日から9月28日は2兆8382億円、9月29日から10月27日は"
     "6兆3499億円だった。政府・日銀は2カ月間で合計9兆1881億円の円買い介入を行った。", "9兆1881億円"),
    ("Japan spent 2.8382 trillion yen on intervention from August 30 to September 28 and 6.3499 trillion yen from "
     "September 29 to October 27. Over the two months it spent a total of 9.19 trillion yen to prop up the yen.",
     "9.19 trillion yen"),
    ("Japan spent 2.8382 trillion yen on intervention from August 30 to September 28 and 6.3499 trillion yen from "
     "September 29 to October 27. In both periods together the intervention came to a total of 9.19 trillion yen.",
     "9.19 trillion yen"),
])
def test_a_total_over_the_spans_of_the_sentence_before(data, text, claim):
    rec = by_claim(check_text(text, date="2022-11-30", store=data), claim)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]
