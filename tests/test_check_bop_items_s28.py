"""`ustflow check` on balance-of-payments figures the checker used to decline (session 28), in real release stories'
sentences (batches 19-21, development):

- the items by the words release stories paraphrase them with: "the balance of goods traded", "The services sector,
  including ..., posted a deficit", "the income of Japanese companies from overseas activities", "the income from
  foreign tourism", 観光業による黒字, "its largest account deficit" (the account of no other name after a record word,
  which also makes the story one about the balance of payments);
- a country named in a clause of cause after the figure ("was also caused by a downtime at Japanese enterprises in
  China", "when Japanese firms curbed China-bound shipments") leaves the figure Japan's;
- the balance named by its period alone ("The fiscal 2024 surplus topped the previous record of ¥26.17 trillion, set in
  fiscal 2023"), and 黒字額は after an item named with 黒字 right after it (経常収支黒字が);
- a first print far from today's value for a period the release on the story's date printed: the month before the
  latest ("from a surplus of JPY 33.4 billion in December"), the same month a year before (前年同月は1,543億円の赤字), and
  a dollar restatement in brackets of the released month's yen balance ("229.0 billion yen ($1.59 billion)"): the
  balances are revised since by more than their own size, so the gap is the revision, contradicted (not set aside);
- an item's sign or the size of its balance in Japanese words with no figure (``bop_words``): "貿易収支が黒字に転化",
  "貿易収支が赤字になった", "サービス収支は1899億円の赤字で、赤字幅が拡大した", "…輸出が増えたことで赤字幅は縮小しました" (the
  item of the sentence), "サービス収支の黒字転換で前年対比で黒字幅が拡大した" (not the item of the cause: the sentence
  before's); a sign right after a run ("2カ月ぶりに黒字転換") is the run's;
- a figure of the balance named two sentences before, with only what moved it between ("貿易収支は5536億円の黒字だった。
  中国向けの…輸出が伸びた。ただ、前年同月と比べると18.9%減少した"), a basis that is no topic (前年同月比は5,811億円の増加で),
  and a year-before level in brackets after an item's figure ("1151億円の赤字(前年同月は308億円の黒字)"); "exports to JPY
  6,822.7 billion" names no partner.

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, bop_span_pct, judged_bop
from ustflow.views.check import check_text

JAPANTIMES = ("Japan logged a record low first-half current account surplus of ¥2.024 trillion in the April-September "
              "period, as the soaring trade deficit outweighed expansion of income from foreign investment, government "
              "data showed Tuesday.\n\n"
              "But the balance of goods traded marked a deficit of ¥4.397 trillion, reducing the country’s current "
              "account surplus — one of the widest gauges of international trade for a nation.\n\n"
              "The services sector, including passenger transportation and cargo shipping, posted a deficit of ¥1.815 "
              "trillion.")
SPUTNIK = ("MOSCOW (UrduPoint News / Sputnik - 08th March, 2023) Japan's finance ministry has logged its largest account "
           "deficit of 1.8 trillion Yen ($14 billion) for one month since 1985 due to rising energy prices and declining "
           "exports to China during the Lunar New Year holiday, Japanese media reported on Wednesday.\n\n"
           "This the first deficit in three months that is also 3.4 times higher than in January of last year, the NHK "
           "broadcaster said, citing ministry data. The foreign trade deficit, which totaled 3.18 trillion yen, was also "
           "caused by a downtime at Japanese enterprises in China due to the holiday, officials were cited as saying.\n\n"
           "Meanwhile, the income of Japanese companies from overseas activities stood at the highest figure in January "
           "and amounted to 2.3 trillion yen, the report said, adding that the income from foreign tourism after the "
           "lifting of COVID-19 restrictions reached 177 billion yen.")
CRI = ("日本財務省が11日に発表した2016年度の国際収支速報によりますと、日本の2016年度(3月末まで)の経常黒字は、前年度比13.1%増の"
       "20兆2000億円に達したことが分かりました。\n"
       "また、サービス貿易の面では、2016年度に日本を訪れた外国人の数は前の年に比べると大幅な増加を見せており、観光業による黒字は"
       "1兆3000億円に達しているということです。")
IMIDAS = ("財務省発表の2008年度の国際収支(速報)は、7年ぶりに経常収支黒字が減少となった。黒字額は12兆2291億円で、前年度比50.2%の"
          "大幅減で、この減少幅は1985年以降最大のもの。")
KYODO_FY2024 = ("For the year ended March, Japan posted a current account surplus of ¥30.38 trillion ($208 billion), the "
                "highest since comparable data began in 1985, according to the preliminary balance of payments report.\n\n"
                "The fiscal 2024 surplus topped the previous record of ¥26.17 trillion, set in fiscal 2023.")
KYODO_FEB2023 = ("Japan's current account surplus in February shrank 2.3 percent from a year earlier to 2.20 trillion yen due "
                 "to inflated imports on a weak yen, the Finance Ministry said Monday.\n\n"
                 "Among key components of the current account, the country reported a goods trade deficit of 604.1 billion "
                 "yen.\n\n"
                 "The trade deficit was smaller than the massive 3.18 trillion yen deficit seen in January when Japanese "
                 "firms curbed China-bound shipments due to the Lunar New Year holidays.")


# A year-before level in brackets after an item's figure is of that item; "exports to JPY 6,822.7 billion" names no partner.
BRACKETS = ("財務省が10日発表した5月の国際収支速報によると、経常収支は前年同月比5・9%減の1兆6539億円の黒字だった。\n\n"
            "輸出から輸入を差し引いた貿易収支の赤字が主な要因。原油など資源価格の持ち直しで輸入額が増えたため、1151億円の赤字(前年"
            "同月は308億円の黒字)だった。")
EXPORTS_TO = ("According the Balance of Payments (Preliminary) released today (8 March 2023) released by the Japanese Ministry "
              "of Finance, Japan's current account turned to a deficit of JPY 1,976.6 billion in January 2023.\n\n"
              "On an annualized basis, Japan's imports grew by 22.3% to JPY 10,004.5 billion in December, significantly "
              "surpassing a 3.4% rise in exports to JPY 6,822.7 billion.")


@pytest.mark.parametrize("text,date,claim,verdict,code,first,last", [
    (JAPANTIMES, "2014-11-11", "¥4.397 trillion", "contradicted", "bpbp6jyntb", "2014-04", "2014-09"),
    (JAPANTIMES, "2014-11-11", "¥1.815 trillion", "contradicted", "bpbp6jynsn", "2014-04", "2014-09"),
    (SPUTNIK, "2023-03-08", "1.8 trillion Yen", "contradicted", "bpbp6jyncb", "2023-01", "2023-01"),
    (SPUTNIK, "2023-03-08", "3.18 trillion yen", "contradicted", "bpbp6jyntb", "2023-01", "2023-01"),
    (SPUTNIK, "2023-03-08", "2.3 trillion yen", "contradicted", "bpbp6jynpin", "2023-01", "2023-01"),
    (SPUTNIK, "2023-03-08", "177 billion yen", "contradicted", "bpbp6jynsn2", "2023-01", "2023-01"),
    (IMIDAS, "2009-08-31", "12兆2291億円", "contradicted", "bpbp6jyncb", "2008-04", "2009-03"),
    (KYODO_FY2024, "2025-05-12", "¥26.17 trillion", "contradicted", "bpbp6jyncb", "2023-04", "2024-03"),
    (KYODO_FEB2023, "2023-04-10", "3.18 trillion yen", "contradicted", "bpbp6jyntb", "2023-01", "2023-01"),
    pytest.param(CRI, "2017-05-17", "1兆3000億円", "supported", "bpbp6jynsn2", "2016-04", "2017-03",
                 id="tourism_named_for_the_travel_balance"),
    pytest.param(BRACKETS, "2017-07-10", "308億円", "contradicted", "bpbp6jyntb", "2016-05", "2016-05",
                 id="a_year_before_level_in_brackets_is_of_the_figures_item"),
    pytest.param(EXPORTS_TO, "2023-03-08", "JPY 6,822.7 billion", "contradicted", "bpbp6jynex", "2022-12", "2022-12",
                 id="dollar_figures_an_export_rose_to_are_no_partner"),
])
def test_an_item_named_in_a_release_storys_own_words_is_judged(data, loaded_store, text, date, claim, verdict, code,
                                                               first, last):
    period = first if first == last else f"{first}..{last}"
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, period),
               bop_span(loaded_store, code, first, last), measure="bop")


BS = ("According the Balance of Payments (Preliminary) released today (8 March 2023) released by the Japanese Ministry of "
      "Finance, Japan's current account turned to a deficit of JPY 1,976.6 billion in January 2023 from a surplus of JPY "
      "33.4 billion in December.")
MYNAVI = ("財務省は8日、2014年10月の国際収支状況(速報)を発表した。それによると、海外とのモノやサービスの取引状況などを示す経常収支は"
          "8,334億円の黒字となった。黒字は4カ月連続。前年同月は1,543億円の赤字だった。")
KYODO_JULY2022 = ("Japan's current account surplus dropped 86.6 percent from a year earlier to 229.0 billion yen ($1.59 "
                  "billion) in July, marking the smallest surplus for the month since 1985 as a weaker yen and higher oil "
                  "prices boosted the cost of imports, the Finance Ministry said Thursday.")


@pytest.mark.parametrize("text,date,claim,month", [
    (BS, "2023-03-08", "JPY 33.4 billion", "2022-12"),  # the month before the released one
    (MYNAVI, "2014-12-08", "1,543億円", "2013-10"),  # the same month a year before
    (KYODO_JULY2022, "2022-09-08", "$1.59 billion", "2022-07"),  # the released month's balance in dollars
])
def test_a_far_first_print_the_release_printed_is_contradicted(data, loaded_store, text, date, claim, month):
    rec = judged_bop(check_text(text, date=date, store=data), claim, ("contradicted", "bpbp6jyncb", month),
                     bop_span(loaded_store, "bpbp6jyncb", month, month), measure="bop")
    assert "far_from_official" not in rec["flags"] and "more often another measure" not in rec["explanation"], rec


# An item's sign or the size of its balance told in Japanese words, with no figure of its own (``bop_words``).
REUTERS_2019 = ("財務省が9日発表した国際収支状況速報によると、10月の経常収支は1兆8168億円の黒字となった。経常収支の黒字幅は前年同月に比べて"
                "5005億円増えた。輸入の大幅減で貿易収支が黒字に転化したことが経常黒字の押し上げにつながった。")
NIKKEI_2008 = ("財務省が15日発表した8月の国際収支速報によると、モノやサービス、投資などを含めた海外との総合的な取引状況を示す経常収支は"
               "9888億円の黒字となった。6カ月連続で減少し、前年同月に比べ52.5%減と約半分に縮小した。資源高の影響で輸入額が拡大した"
               "一方、輸出額はほぼ横ばいで、差し引きである貿易収支が赤字になったのが響いた。")
KOBE = ("財務省が8日発表した8月の国際収支速報によると、経常収支は3兆7758億円の黒字だった。\n\n"
        "サービス収支は1899億円の赤字で、赤字幅が拡大した。")
KHB = ("財務省によりますと、海外との総合的な取引を示す経常収支の10月の速報値は2兆4569億円の黒字でした。21カ月連続の黒字です。\n"
       "貿易収支は1557億円の赤字でしたが、半導体装置などの輸出が増えたことで赤字幅は縮小しました。")
REUTERS_2020 = ("財務省が8日発表した国際収支状況速報によると、5月の経常収支は1兆1768億円の黒字となった。経常収支は、第1次所得収支が"
                "黒字幅を縮小したことなどを受け、前年同月に比べて黒字額を縮小した。")
FXMONSTER = ("財務省が10日発表した国際収支状況速報によると、2019年12月の経常収支は5240億円の黒字となった。サービス収支の黒字転換で"
             "前年対比で黒字幅が拡大した。")


@pytest.mark.parametrize("text,date,claim,verdict,code,month", [
    (REUTERS_2019, "2019-12-09", "貿易収支が黒字に転化", "supported", "bpbp6jyntb", "2019-10"),
    # (a surplus in today's BPM6 file: the BPM5 first print was a deficit)
    (NIKKEI_2008, "2008-10-15", "貿易収支が赤字になった", "contradicted", "bpbp6jyntb", "2008-08"),
    (FXMONSTER, "2020-02-10", "黒字転換", "contradicted", "bpbp6jynsn", "2019-12"),  # the item in the cause: services
])
def test_an_items_sign_in_words_is_judged_on_its_level(data, loaded_store, text, date, claim, verdict, code, month):
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, month),
               bop_span(loaded_store, code, month, month), measure="bop_word")


@pytest.mark.parametrize("text,date,claim,verdict,code,month", [
    (KOBE, "2025-10-08", "赤字幅が拡大", "supported", "bpbp6jynsn", "2025-08"),  # the item named before in its sentence
    (KHB, "2024-12-09", "赤字幅は縮小", "supported", "bpbp6jyntb", "2024-10"),
    # the current account's own words after the primary income's move ("第1次所得収支が黒字幅を縮小したことなどを受け")
    (REUTERS_2020, "2020-07-08", "黒字額を縮小", "supported", "bpbp6jyncb", "2020-05"),
    # the balance the sentence before is about, not the services named in the cause ("サービス収支の黒字転換で")
    (FXMONSTER, "2020-02-10", "黒字幅が拡大", "supported", "bpbp6jyncb", "2019-12"),
])
def test_the_size_of_a_balance_in_words_is_judged_against_a_year_before(data, loaded_store, text, date, claim, verdict,
                                                                        code, month):
    before = str(pd.Period(month, "M") - 12)
    change = bop_span(loaded_store, code, month, month) - bop_span(loaded_store, code, before, before)
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, f"{before} to {month}"), change,
               measure="bop_word")


def test_a_sign_after_a_run_is_left_to_the_run(data):
    text = ("財務省が8日発表した8月の国際収支速報によると、経常収支は3兆7758億円の黒字だった。\n\n"
            "輸出から輸入を差し引いた貿易収支は1059億円の黒字だった。前月は1894億円の赤字で2カ月ぶりに黒字転換した。")
    got = check_text(text, date="2025-10-08", store=data)
    assert not [r for r in got if r["measure"] == "bop_word"], got


# A balance named two sentences before with only what moved it between, and a basis (前年同月比は) that is no topic.
MYNAVI_2010 = ("財務省は8日、2月の国際収支状況(速報)を発表した。\n\n"
               "貿易収支は7,780億円の黒字。輸出、輸入ともに増加したが、輸出の増加幅が輸入の増加幅を上回った。前年同月比は5,811億円の"
               "増加で、黒字額は約4倍に増えた。")
JCAST_2017 = ("財務省が2017年6月8日に発表した4月の国際収支状況(速報)によると、「経常収支」は1兆9519億円の黒字だった。\n\n"
              "内訳をみると、輸出から輸入を差し引いた貿易収支は5536億円の黒字だった。中国向けの半導体製造装置や鉄鋼の輸出が伸びた。"
              "ただ、前年同月と比べると18.9%減少した。")


def test_a_change_of_the_balance_named_before_what_moved_it(data, loaded_store):
    change = bop_span(loaded_store, "bpbp6jyntb", "2010-02", "2010-02") - bop_span(loaded_store, "bpbp6jyntb", "2009-02",
                                                                                  "2009-02")
    judged_bop(check_text(MYNAVI_2010, date="2010-04-08", store=data), "5,811億円",
               ("contradicted", "bpbp6jyntb", "2009-02..2010-02"), change, measure="bop_change")
    pct = bop_span_pct(loaded_store, "bpbp6jyntb", ("2017-04", "2017-04"), ("2016-04", "2016-04"))
    judged_bop(check_text(JCAST_2017, date="2017-06-08", store=data), "18.9%",
               ("contradicted", "bpbp6jyntb", "2016-04 to 2017-04"), pct, measure="bop_pct")
