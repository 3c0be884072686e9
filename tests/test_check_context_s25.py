"""`ustflow check` on figures whose measure the story tells, not their own words (session 25): a country's holdings of
"US securities" in a story of Treasury holders (its Treasuries), "the account surplus" (the current account's), the
typo 計上収支 (経常収支), "That's a ... decrease" after a balance, a holder's dollar figure (with its yen) in a
sentence that names its holdings, in a story about Treasuries whose figures are none of them read otherwise, the
holder the sentence before opens on, "dived" / "sagged" as falls, and a Japanese headline with no kana.
Sentences from real articles; expected values from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def test_a_countrys_holdings_of_us_securities_are_its_treasuries(data):
    # rt-sott-2019-11-19: TIC's table of holders counts Treasuries; "US securities" is the story's loose name for them
    r = check_text("Russia's holdings of US securities as of September stood at $10.75 billion, recent data from the US "
                   "Treasury Department shows. China has also been cutting its holdings of US debt in previous months "
                   "and even lost its crown of top foreign holder of US Treasury notes in June.",
                   date="2019-11-19", store=data)
    rec = by_claim(r, "$10.75 billion")
    assert rec["measure"] == "holdings_level"
    assert rec["series"] == "tic.holdings_ext.russia"  # SLT Table 3D: Russia had left the table of major holders
    assert rec["official_value"] == pytest.approx(10.073)
    assert rec["official_period"] == "2019-09"
    assert rec["verdict"] == "contradicted"  # 10.1 held, not 10.75


def test_the_largest_holder_of_us_securities_held_its_treasuries(data, loaded_store):
    # liebenfels-2015-06-16
    v = series("tic.holdings.japan", loaded_store)["2015-04"]
    r = check_text("The amount of US government bonds held by Russia reduced by more than 40 percent in one year, according "
                   "to figures released by the US Treasury on Monday. China continues to be the largest foreign holder of "
                   "US treasuries, with $1.26 trillion in holdings.\n\n"
                   "Japan, after briefly surpassing China in March as the largest foreign holder of US securities for the "
                   "first time since 2008, held $1.22 trillion in April, $11.2 billion less than in March.",
                   date="2015-06-16", store=data)
    rec = by_claim(r, "$1.22 trillion")
    assert rec["official_value"] == pytest.approx(v)
    assert rec["official_period"] == "2015-04"
    assert rec["verdict"] == "supported"


def test_us_securities_kept_for_central_banks_stay_the_feds_custody(data):
    # reuters-2012-10-25: the Fed's custody holdings, no holder's Treasuries in TIC's table
    r = check_text("The Fed said its holdings of U.S. securities kept for overseas central banks fell $7.9 billion in the "
                   "week ended Oct. 24, to stand at $3.6 trillion. Holdings of Treasuries fell.",
                   date="2012-10-25", store=data)
    assert by_claim(r, "$7.9 billion")["verdict"] == "unverifiable"


def test_the_account_surplus_is_the_current_accounts(data, loaded_store):
    # jiji-yomiuri-2023-05-12 (a headline): "Account Surplus", the current account's
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    fy22, fy21 = s["2022-04":"2023-03"].sum(), s["2021-04":"2022-03"].sum()
    r = check_text("Japan's Account Surplus Down 54% in FY22\n\nTOKYO (Jiji Press) — Japan's current account surplus in "
                   "fiscal 2022, which ended in March, dropped 54.2% from the previous year to ¥9.2256 trillion.",
                   date="2023-05-12", store=data)
    rec = by_claim(r, "54%")
    assert rec["official_value"] == pytest.approx((fy22 / fy21 - 1) * 100)
    assert rec["official_period"] == "2021-04..2022-03 to 2022-04..2023-03"
    assert rec["verdict"] == "supported"


def test_thats_a_decrease_is_the_balance_named_before(data, loaded_store):
    # ntv-en-2014-05-12: "That's" refers back to the account surplus of the sentence before
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    fy13, fy12 = s["2013-04":"2014-03"].sum(), s["2012-04":"2013-03"].sum()
    r = check_text("Japan posts record low current account surplus\n\n"
                   "Japan has posted its lowest current account surplus on record.\n\n"
                   "Japan's government says the nation's account surplus for fiscal 2013 was about eight-billion dollars.\n\n"
                   "That's a roughly 80-percent decrease from 2012.\n\n"
                   "Earnings from foreign investments topped 16 trillion yen, a record, and car exports were up.",
                   date="2014-05-12", store=data)
    rec = by_claim(r, "roughly 80-percent")
    assert rec["measure"] == "bop_pct"
    assert rec["official_value"] == pytest.approx((fy13 / fy12 - 1) * 100)


def test_keijo_shushi_typed_as_keijo_of_booking(data, loaded_store):
    # datazoo-2025-02-10: 計上収支, a typo of 経常収支 (the same reading)
    v = series("boj.bop.bpbp6jyncb", loaded_store)["2024-01":"2024-12"].sum()
    r = check_text("財務省が発表した国際収支統計によると、去年1年間の日本の計上収支は29兆2615億円の黒字で、比較ができる1985年以降では"
                   "黒字幅が過去最大となった。", date="2025-02-10", store=data)
    rec = by_claim(r, "29兆2615億円")
    assert rec["official_value"] == pytest.approx(v)
    assert rec["official_period"] == "2024-01..2024-12"
    assert rec["verdict"] == "contradicted"  # 29兆2774億円 since revised


def test_a_holders_figure_in_a_sentence_on_its_holdings_in_a_treasury_story(data, loaded_store):
    # nikkei-antena-2018-07-19: the only figures of the story; the yen in brackets is the dollars converted
    v = series("tic.holdings.russia", loaded_store)["2018-05"]
    r = check_text("ロシア、米国債を大量売却!\n\nロシアが米国債を大量に売却している。2カ月続けて保有額を大幅に減らし、5月末時点で"
                   "149億ドル(約1兆6800億円)と3月から約8割減った。", date="2018-07-19", store=data)
    rec = by_claim(r, "149億ドル")
    assert rec["measure"] == "holdings_level"
    assert rec["official_value"] == pytest.approx(v)
    assert rec["official_period"] == "2018-05"
    assert rec["verdict"] == "supported"
    yen = by_claim(r, "約1兆6800億円")
    assert yen["verdict"] == "supported"
    assert yen["official_period"] == "2018-05"


def test_a_lede_opens_on_its_holder_the_next_paragraph_goes_on_about(data, loaded_store):
    # arabnews-2021-04-21: "OPEC's third-biggest producer" is the UAE of the lede, not China (named after "than")
    s = series("tic.holdings.united_arab_emirates", loaded_store)
    r = check_text("RIYADH: The UAE bought more US treasuries than China in February, breaking with other top oil "
                   "exporters in the Arabian Gulf that cut back on their exposure to one of the world's safest assets, "
                   "Bloomberg reported.\n\nOPEC's third-biggest producer raised its stockpile by almost 50 percent to "
                   "$50.6 billion at the end of February, an increase of nearly $17 billion.", date="2021-04-21", store=data)
    rec = by_claim(r, "$50.6 billion")
    assert rec["subject"] == "United Arab Emirates"
    assert rec["official_value"] == pytest.approx(s["2021-02"])
    assert rec["verdict"] == "supported"
    pct = by_claim(r, "almost 50 percent")
    assert pct["official_value"] == pytest.approx((s["2021-02"] / s["2021-01"] - 1) * 100)
    assert pct["official_period"] == "2021-01 to 2021-02"
    assert pct["verdict"] == "supported"


def test_the_holder_whose_holdings_the_sentence_before_names(data, loaded_store):
    # stateofthenation-2026-01: China's holdings, not Taiwan (named as the object of another clause)
    s = series("tic.holdings.china_mainland", loaded_store)
    r = check_text("China's dramatic reduction in U.S. Treasury holdings is real and strategically significant, but "
                   "interpretations linking it directly to imminent military action against Taiwan are exaggerated and "
                   "unsupported by evidence. The verified decline to approximately $775 billion (October 2024)—a 41% drop "
                   "from the 2013 peak—reflects multiple factors.\n\nAccording to the U.S. Treasury's Treasury "
                   "International Capital (TIC) report released December 2024, China held approximately $775 billion in "
                   "U.S. Treasury securities as of October 2024.", date="2026-01-01", store=data)
    rec = by_claim(r, "approximately $775 billion")
    assert rec["subject"] == "China (mainland)"
    assert rec["official_value"] == pytest.approx(s["2024-10"])
    assert rec["official_period"] == "2024-10"


def test_two_holders_side_by_side_are_no_subject_to_carry(data):
    # "China and Japan ..." names two subjects: a figure after it with no holder is not given either
    r = check_text("China and Japan cut their holdings of Treasuries in May. The decline of $20.1 billion was the largest "
                   "this year.", date="2024-07-18", store=data)
    assert by_claim(r, "$20.1 billion")["subject"] == ""


def test_a_deficit_that_dived_is_a_move_of_the_balance(data, loaded_store):
    # nnn-namnews-2024-05-10: "dived" (as "sagged", "nosedived") is a fall
    s = series("boj.bop.bpbp6jyntb", loaded_store)
    fy23, fy22 = s["2023-04":"2024-03"].sum(), s["2022-04":"2023-03"].sum()
    r = check_text("TOKYO, May 10 (NNN-NHK) – Japan logged a record current account surplus of 25.34 trillion yen (about "
                   "163 billion U.S. dollars), in fiscal year 2023, said a government report, today.\n\nDuring the fiscal "
                   "year ended Mar, 2024, the country’s trade deficit dived nearly 80 percent to 35.73 trillion yen, after "
                   "imports fell 10.3 percent to 105.44 trillion yen.", date="2024-05-10", store=data)
    rec = by_claim(r, "nearly 80 percent")
    assert rec["measure"] == "bop_pct"
    assert rec["official_value"] == pytest.approx((fy23 / fy22 - 1) * 100)
    assert rec["official_period"] == "2022-04..2023-03 to 2023-04..2024-03"


def test_a_headlines_percent_with_no_kana_goes_on_about_the_balance_before(data, loaded_store):
    # kyodo-kijiis-2019-11-11: "19年度上半期、3.3%減" under "経常黒字10兆3382億円"
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    h1, h0 = s["2019-04":"2019-09"].sum(), s["2018-04":"2018-09"].sum()
    r = check_text("経常黒字10兆3382億円\n\n19年度上半期、3.3%減\n\n財務省が11日発表した2019年度上半期(4~9月)の国際収支速報によると、"
                   "海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額は、前年同期比3.3%減の10兆3382億円だった。",
                   date="2019-11-11", store=data)
    rec = by_claim(r, "3.3%")  # (the headline's, the first)
    assert rec["measure"] == "bop_pct"
    assert rec["official_value"] == pytest.approx((h1 / h0 - 1) * 100)
    assert rec["official_period"] == "2018-04..2018-09 to 2019-04..2019-09"
    assert rec["verdict"] == "contradicted"  # -8.9% since revised


def test_a_change_restated_before_the_balance_it_is_in(data, loaded_store):
    # kyodo-japantimes-2021-08-10: "The year-on-year rise of 50.3%, or ¥3.5 trillion, in the current account surplus"
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    h1, h0 = s["2021-01":"2021-06"].sum(), s["2020-01":"2020-06"].sum()
    r = check_text("Japan's current account surplus in the first half of 2021 rose 50.3% from a year earlier.\n\nThe "
                   "year-on-year rise of 50.3%, or ¥3.5 trillion, in the current account surplus for the six-month period "
                   "was the sharpest increase on a value basis since a ¥4.8 trillion jump in the second half of 2015, the "
                   "ministry said.", date="2021-08-10", store=data)
    rec = by_claim(r, "¥3.5 trillion")
    assert rec["measure"] == "bop_change"
    assert rec["official_value"] == pytest.approx(h1 - h0)
    assert rec["verdict"] == "contradicted"  # 5.6 trillion yen since revised
