"""`ustflow check` on balance-of-payments figures whose item is told elsewhere (session 24), in real release stories'
sentences; each was declined as "no official series covers" or "could not be matched" before:

- a figure converted in brackets before its surplus: "The 613 billion yen (HK$46 billion) surplus" (scmp, 9 Apr 2014);
- a run of surpluses said of the balance alone ("黒字は42カ月連続だが") is the run of the balance told just before it
  (sankeibiz, 9 Feb 2018; nikkei, 10 May 2013);
- "The balance" after a sentence on exports and imports is their balance, the goods balance; "the balance of trade in
  services" is the services balance (kyodo, 9 Feb 2011);
- a surplus after a sentence naming only exports is the balance named before that sentence (nhkworld, 10 May 2024);
- "the tourism surplus" is the travel balance, and a count of tourists no yen figure (sggp, 10 May 2024);
- "輸入が原油高の影響で8.0%増": the imports are the subject, oil prices the cause (sankeibiz, 15 May 2019);
- a change in brackets after "黒字額が" is the balance's, whatever item a later clause names (nhk blogos, 19 May 2019);
- "2020年1年間の経常収支": the year 2020 (nhk, 8 Feb 2021).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import as_read, bop_span, by_claim
from ustflow.views.check import check_text


def _level(recs, claim):
    rec = by_claim(recs, claim)
    return rec["verdict"], rec["series"], rec["official_value"]


def test_a_figure_converted_in_brackets_before_its_surplus(data, loaded_store):
    text = ("Japan's current account rebounded into surplus in February from a record deficit the previous month as income "
            "from overseas investments outweighed deficits in trade and services.\n\n"
            "The 613 billion yen (HK$46 billion) surplus was the first in five months, the Ministry of Finance reported "
            "yesterday.")
    recs = check_text(text, date="2014-04-09", store=data)
    assert _level(recs, "613 billion yen") == ("contradicted", "boj.bop.bpbp6jyncb",
                                                pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2014-02", "2014-02")))
    first = by_claim(recs, "the first in five months")
    assert (first["verdict"], first["series"], first["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", "2014-02")


@pytest.mark.parametrize("text,date,claim,month", [
    ("同時に発表した17年12月の経常収支は7972億円の黒字だった。黒字は42カ月連続だが、黒字額は前年同月比28.5%減少した。",
     "2018-02-09", "42カ月連続", "2017-12"),
    ("同時に発表した13年3月の経常収支は1兆2512億円の黒字。黒字は2カ月連続だが、前年同月より4.3%減った。",
     "2013-05-10", "2カ月連続", "2013-03"),
])
def test_a_run_of_the_balance_alone_is_the_balance_told_before(data, text, date, claim, month):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jyncb", month), rec
    assert rec["official_value"] == int(claim.split("カ月")[0])


_KYODO = ("In December alone, Japan's current account surplus expanded 30.5 percent from a year earlier to ¥1.19 trillion, "
          "the first rise in two months.\n\n"
          "Exports grew 14 percent to ¥5.85 trillion, the 13th straight monthly expansion, while imports gained 12.8 "
          "percent to ¥5.08 trillion for the 12th consecutive monthly rise. The balance achieved a ¥768.8 billion surplus, "
          "up 23.2 percent for the first increase in three months.\n\n"
          "The nation's balance of trade in services also improved.\n\n"
          "In 2010, the deficit in the balance, which covers such transactions as the payment of travel and transport "
          "costs, shrank to ¥1.48 trillion, its lowest level ever.")


def test_the_balance_of_exports_and_imports_and_of_trade_in_services(data, loaded_store):
    recs = check_text(_KYODO, date="2011-02-09", store=data)
    goods = bop_span(loaded_store, "bpbp6jyntb", "2010-12", "2010-12")
    assert _level(recs, "¥768.8 billion") == ("contradicted", "boj.bop.bpbp6jyntb", pytest.approx(goods))
    pct = by_claim(recs, "23.2 percent")
    before = bop_span(loaded_store, "bpbp6jyntb", "2009-12", "2009-12")
    assert (pct["verdict"], pct["series"]) == ("contradicted", "boj.bop.bpbp6jyntb"), pct
    assert pct["official_value"] == pytest.approx(100 * (goods - before) / abs(before))
    assert _level(recs, "¥1.48 trillion") == ("contradicted", "boj.bop.bpbp6jynsn",
                                               pytest.approx(bop_span(loaded_store, "bpbp6jynsn", "2010-01", "2010-12")))


def test_a_surplus_after_a_sentence_on_exports_alone(data, loaded_store):
    text = ("Japan logged its largest current account surplus on record in fiscal 2023. Exports of automobiles helped "
            "push the number higher.\n\n"
            "Finance Ministry officials say the surplus stood at more than 25.3 trillion yen, or over 162 billion dollars.")
    recs = check_text(text, date="2024-05-10", store=data)
    fy = pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2023-04", "2024-03"))
    assert _level(recs, "more than 25.3 trillion yen") == ("supported", "boj.bop.bpbp6jyncb", fy)
    assert _level(recs, "over 162 billion dollars") == ("supported", "boj.bop.bpbp6jyncb", fy)


def test_the_tourism_surplus_is_the_travel_balance(data, loaded_store):
    text = ("Japan logged a record current account surplus in fiscal 2023.\n\n"
            "The country’s tourism surplus tripled to a record high of 4.23 trillion yen in March, marking the first time "
            "the number of foreign tourists topped 3 million a month.")
    recs = check_text(text, date="2024-05-10", store=data)
    # read as the travel balance of March and contradicted. From batch 22's blind verdicts (session 29) to batch 23's, a
    # plain contradiction of a balance-of-payments amount whose holder comes from an earlier sentence (Japan, here) was a
    # weak class, set aside as unverifiable; since batch 24's joined (session 31) it is 1 right of 6 (gain 1, loss 1, no
    # true claim), no longer weak, so the contradiction stands
    rec = by_claim(recs, "4.23 trillion yen")
    assert (as_read(rec), rec["series"], rec["official_value"]) == (
        "contradicted", "boj.bop.bpbp6jynsn2", pytest.approx(bop_span(loaded_store, "bpbp6jynsn2", "2024-03", "2024-03")))
    assert rec["verdict"] == "contradicted" and "weak_class" not in rec["flags"], rec
    tourists = by_claim(recs, "topped 3 million")
    assert (tourists["verdict"], tourists["series"]) == ("unverifiable", None), tourists


def test_imports_the_subject_of_a_cause_they_are_not_in(data, loaded_store):
    text = ("財務省が14日発表した2018年度の国際収支(速報)によると、海外とのモノやサービス、投資の取引状況を示す経常収支は前年度比12.4%減の"
            "19兆4144億円の黒字となった。\n\n"
            "貿易黒字は4年連続。輸入が原油高の影響で8.0%増の79兆6103億円となったのに対し、輸出も80兆3171億円で2.6%増えたが、伸び率は"
            "前年度の10.6%から縮小。")
    recs = check_text(text, date="2019-05-15", store=data)
    fy = bop_span(loaded_store, "bpbp6jynim", "2018-04", "2019-03")
    assert _level(recs, "79兆6103億円") == ("contradicted", "boj.bop.bpbp6jynim", pytest.approx(fy))
    pct = by_claim(recs, "8.0%")
    fy0 = bop_span(loaded_store, "bpbp6jynim", "2017-04", "2018-03")
    assert (pct["verdict"], pct["series"]) == ("supported", "boj.bop.bpbp6jynim"), pct
    assert pct["official_value"] == pytest.approx(100 * (fy - fy0) / abs(fy0))


def test_a_bracketed_change_of_the_balance_alone(data, loaded_store):
    text = ("さて14日の財務省の発表によれば、昨年度1年間の日本の経常収支は、19兆4144億円の黒字でした。\n\n"
            "黒字額が5年ぶり減少(前年度より2兆7605億円減少)した理由は、エネルギー価格の高止まりで輸入額が伸びた一方、輸出が伸び悩んだことで、"
            "貿易収支の黒字額が7068億円と、前の年度に比べて3兆8000億円を超える大幅な減少になったためです。")
    recs = check_text(text, date="2019-05-19", store=data)
    change = by_claim(recs, "2兆7605億円")
    now, before = (bop_span(loaded_store, "bpbp6jyncb", a, b) for a, b in (("2018-04", "2019-03"), ("2017-04", "2018-03")))
    assert (change["verdict"], change["series"]) == ("contradicted", "boj.bop.bpbp6jyncb"), change
    assert change["official_value"] == pytest.approx(now - before)
    first = by_claim(recs, "5年ぶり")
    assert (first["verdict"], first["series"]) == ("supported", "boj.bop.bpbp6jyncb"), first


def test_a_year_said_whole(data, loaded_store):
    text = "また2020年1年間の経常収支は17兆6976億円の黒字でしたが、外国人旅行者の大幅減少などを背景に、黒字額は2年ぶりに前の年を下回りました。"
    rec = by_claim(check_text(text, date="2021-02-08", store=data), "17兆6976億円")
    assert (rec["verdict"], rec["series"]) == ("contradicted", "boj.bop.bpbp6jyncb"), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2020-01", "2020-12"))
