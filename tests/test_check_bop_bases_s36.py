"""`ustflow check` on balance-of-payments figures compared with the month before (session 36, from batch 29): the
release compares its seasonally adjusted figures so, and a story that does not say which series it prints is read on
the adjusted one first when its sentence compares with the month before ("compared with a month earlier", "month on
month", 前月比) or names the month right before the figure's as the change's base ("In December 2017, ... decreased 221
billion yen to 1,480 billion yen over November 2017"); a percent change from the month before that neither series
supports is judged on the one nearer the figure; a balance that "halved" fell by half (the word's own sign). Sentences
from the corpus; values are the store's own (JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim, judged_bop
from ustflow.views.check import check_text


def _pct(store, code: str, now: str, before: str) -> float:
    a, b = bop_span(store, code, now, now), bop_span(store, code, before, before)
    return 100 * (a - b) / abs(b)


def test_a_month_named_after_over_is_the_changes_base(data, loaded_store):
    # novascotia-2018-02-08 (Daily Stats, batch 29): December 2017 against November 2017, adjusted
    text = "In December 2017, Japan's current account decreased 221 billion yen to 1,480 billion yen over November 2017."
    got = check_text(text, date="2018-02-08", store=data)
    change = bop_span(loaded_store, "bpbp6jyacbx12", "2017-12", "2017-12") - \
        bop_span(loaded_store, "bpbp6jyacbx12", "2017-11", "2017-11")
    judged_bop(got, "221 billion yen", ("contradicted", "bpbp6jyacbx12", "2017-11..2017-12"), change, "bop_change")
    judged_bop(got, "1,480 billion yen", ("contradicted", "bpbp6jyacbx12", "2017-12"),
               bop_span(loaded_store, "bpbp6jyacbx12", "2017-12", "2017-12"), "bop")


def test_over_a_month_with_no_other_month_is_still_the_period():
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    # (TIC: "did not change over May" is May's change; with the sentence's own later month, November is the base)
    r = Resolver(date(2019, 7, 20))
    assert [p.role for p in r.find("Russia's investments in US treasury securities did not change over May 2019.")] == [""]
    found = Resolver(date(2018, 2, 8)).find("In December 2017, Japan's net trade (goods and services) decreased by 209 "
                                            "billion yen over November 2017, resulting in a decreased surplus of 207 "
                                            "billion yen.")
    assert [(p.label, p.role) for p in found] == [("In December 2017", ""), ("November 2017", "from")], found


@pytest.mark.parametrize(("claim", "code"), [("5.1%", "bpbp6jyaexx12"), ("2.4%", "bpbp6jyaimx12")])
def test_a_percent_change_compared_with_a_month_earlier(data, loaded_store, claim, code):
    # dukascopy-2015-01-13 (batch 29): the story names both bases; this sentence the month before
    text = ("Exports rose 5.1% in November compared with a month earlier, while imports climbed by 2.4% over the same "
            "period, resulting in the goods trade balance in a narrower deficit of 665.6 billion yen, compared with the "
            "previous deficit of 816.9 billion yen.")
    got = check_text("Japan's current account surplus shrank in November. " + text, date="2015-01-13", store=data)
    rec = by_claim(got, claim)
    assert (rec["series"], rec["official_period"]) == (f"boj.bop.{code}", "2014-10 to 2014-11"), rec
    assert rec["official_value"] == pytest.approx(_pct(loaded_store, code, "2014-11", "2014-10")), rec


def test_the_nearer_series_when_neither_supports(data, loaded_store):
    # xinhua-chinagate-2015-11-10 (batch 24): Xinhua's "from a month earlier" is the unadjusted series' (8.6%; adjusted
    # -0.6%)
    text = ("Japan logged a current account surplus for the 15th straight month in September. In the goods and services "
            "component, a 37.1 billion yen surplus was booked in the recording month, breaking a three-month run of "
            "deficits, the ministry added, while highlighting that exports had grown 8.8 percent from a month earlier.")
    rec = by_claim(check_text(text, date="2015-11-10", store=data), "8.8 percent")
    assert (rec["verdict"], rec["series"]) == ("contradicted", "boj.bop.bpbp6jynex"), rec
    assert rec["official_value"] == pytest.approx(_pct(loaded_store, "bpbp6jynex", "2015-09", "2015-08")), rec


@pytest.mark.parametrize(("text", "date", "claim", "code", "now", "before"), [
    # kyodo-japantoday-2022-11-09 (batch 24), jiji-manilashimbun-2018-05-10 (batch 22)
    ("Japan's current account surplus in the first six months of fiscal 2022 more than halved from a year earlier to "
     "4.85 trillion yen, weighed down by a massive trade deficit.", "2022-11-09", "more than halved", "bpbp6jyncb",
     ("2022-04", "2022-09"), ("2021-04", "2021-09")),
    ("Japan's current account surplus halved in the year to March, a record year-on-year fall on higher fuel costs.",
     "2012-05-10", "halved", "bpbp6jyncb", ("2011-04", "2012-03"), ("2010-04", "2011-03")),
])
def test_a_balance_halved_is_a_fall_of_half(data, loaded_store, text, date, claim, code, now, before):
    # "halved" carries its own sign (-50%): the fall the word says is not turned into a rise (a true claim was called
    # contradicted, "the size matches but the direction is wrong")
    rec = by_claim(check_text(text, date=date, store=data), claim)
    want = 100 * (bop_span(loaded_store, code, *now) - bop_span(loaded_store, code, *before)) / \
        abs(bop_span(loaded_store, code, *before))
    assert (rec["verdict"], rec["measure"]) == ("supported", "bop_pct"), rec
    assert rec["official_value"] == pytest.approx(want), rec


def test_the_month_before_is_the_base_of_the_percent_it_follows_only(data, loaded_store):
    # efe-internationalpress-2018-02-08 (batch 28, Spanish): 28.5% from December 2016, 40.8% from November 2017
    text = ("Japón registró en diciembre un superávit por cuenta corriente de 797.200 millones de yenes. Diciembre fue el "
            "cuadragésimo segundo mes consecutivo de saldo positivo para el país asiático, aunque la cifra es un 28,5 % "
            "inferior al superávit corriente registrado en el mismo mes de 2016 y un 40,8 % menor al que obtuvo un mes antes.")
    got = check_text(text, date="2018-02-08", store=data)
    for claim, before in (("28,5 %", "2016-12"), ("40,8 %", "2017-11")):
        rec = next(r for r in got if r["claim"].startswith(claim))
        assert (rec["series"], rec["official_period"]) == ("boj.bop.bpbp6jyncb", f"{before} to 2017-12"), rec
        assert rec["official_value"] == pytest.approx(_pct(loaded_store, "bpbp6jyncb", "2017-12", before)), rec


@pytest.mark.parametrize(("text", "date", "claim", "code", "month"), [
    # kyodo-japantimes-2019-06-10 (batch 23): the singular "Service trade" before its aside
    ("Japan's current account surplus fell in April. Service trade, which includes cargo shipping and passenger "
     "transportation, registered a deficit of ¥312.7 billion, down from ¥442.3 billion the previous year.", "2019-06-10",
     "¥312.7 billion", "bpbp6jynsn", "2019-04"),
    # reuters-kitco-2023-03-08 (batch 29): the aside after the item's noun, opened by "another"
    ("Japan logged its largest current account deficit ever in January. But the primary income balance, another element "
     "of the current account, rose 350 billion yen from a year earlier to a 2.29 trillion yen surplus in January, driven "
     "by interest received from its investment in foreign securities.", "2023-03-08", "2.29 trillion yen", "bpbp6jynpin",
     "2023-01"),
])
def test_the_item_named_before_an_aside_is_the_figures(data, loaded_store, text, date, claim, code, month):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["series"], rec["official_period"]) == (f"boj.bop.{code}", month), rec
    assert rec["official_value"] == pytest.approx(bop_span(loaded_store, code, month, month)), rec
