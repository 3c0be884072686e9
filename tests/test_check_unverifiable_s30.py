"""`ustflow check` on checkable figures it set aside as unverifiable (session 30), in real sentences of development
articles:

- a balance-of-payments percent change many times today's, in a sentence that names no base of its own, of a release
  story that names one base for its changes, the year before ("経常収支の黒字額は前年同月比4・8%減の3兆7758億円だった。
  … 輸出は0・4%減の8兆3596億円で4カ月連続の減少", Kyodo, 8 Oct 2025; "投資収益などを含む所得収支の黒字は、同30.3%減の
  8465億円だった", AFPBB, 8 Dec 2009; "旅行収支の黒字は13.8%増の1138億円となった", SankeiBiz, 9 Dec 2016; "primary
  income went up 1.4 percent to 3.44 trillion yen" after "up 0.6 percent from the previous year", NNN, 10 May 2024):
  the base is the story's (``bop_far.story_base``), and the level stated with it fits today's, so the gap is the
  change's revision and the figure is judged (contradicted), not set aside as another measure (``far_from_official``);
- not a partner's part of the item ("北米向けの輸出額が12・6%減少", livedoor, 8 Aug 2025), nor a bracket's figure
  ("縮小幅は前月(同18.2%減)に比べて大幅に縮小した", Bloomberg, 8 Feb 2010: the month before's), nor one set against another
  item's ("輸入は8兆4279億円で、減少率は輸出を大幅に上回る10.2%だった", Kyodo, 10 Jul 2023), nor one whose item is named only
  after it ("In September alone, the surplus fell 68.7 percent to ¥503.6 billion as exports of such products as vehicles
  slowed", Kyodo, 9 Nov 2012), nor in a story that also names seasonally adjusted figures or a change from the month
  before.

Official values are the store's own (``boj.bop``, today's BPM6 series).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_series, by_claim
from ustflow.check.bop import MONTH_BACK
from ustflow.check.bop_far import story_base
from ustflow.views.check import check_text

KYODO = ("財務省が8日発表した8月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額は前年同月比"
         "4・8%減の3兆7758億円だった。黒字は7カ月連続。海外子会社からの配当金が減少したことで前年実績を下回った。\n\n"
         "輸出から輸入を差し引いた貿易収支は1059億円の黒字だった。前月は1894億円の赤字で2カ月ぶりに黒字転換した。\n\n"
         "輸出は0・4%減の8兆3596億円で4カ月連続の減少。輸入は6・0%減の8兆2537億円と5カ月連続で減った。")
AFPBB = ("【12月8日 AFP】財務省が8日に発表した10月の国際収支速報によると、モノやサービスの海外との取引状況を示す経常収支の黒字は、"
         "前年同月比42.7%増の1兆4000億円となった。輸出額から輸入額を差し引いた貿易収支の黒字額は9490億円と、エネルギー価格の"
         "低下を背景に、前年同月の約7倍に増えた。\n\n"
         "輸出額は前年同月比24.6%減の4兆9700億円、輸入額は同37.7%減の4兆200億円となった。投資収益などを含む所得収支の黒字は、"
         "同30.3%減の8465億円だった。")
SANKEIBIZ = ("財務省が8日発表した10月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額は前年同月比"
             "22.7%増の1兆7199億円だった。黒字額が前年を上回るのは5カ月連続。\n\n"
             "訪日外国人観光客の伸びが続き、旅行者のお金の出入りを示す旅行収支の黒字は13.8%増の1138億円となった。")
NNN = ("TOKYO, May 10 (NNN-NHK) – Japan logged a record current account surplus of 25.34 trillion yen (about 163 billion "
       "U.S. dollars), in fiscal year 2023, said a government report, today.\n\n"
       "The report also said that, the primary income, or returns on overseas investments, totalled 35.53 trillion yen, up "
       "0.6 percent from the previous year, partly because of a weak yen.\n\n"
       "In Mar alone, Japan's current account surplus grew 44.0 percent to 3.40 trillion yen, after primary income went up "
       "1.4 percent to 3.44 trillion yen and the trade balance swung back to a 491.0 billion yen surplus.")


def _yoy(store, code: str, month: str) -> float:
    import pandas as pd

    s, p = bop_series(store, code), pd.Period(month, "M")
    return 100 * (float(s[p]) - float(s[p - 12])) / abs(float(s[p - 12]))


@pytest.mark.parametrize("text, date, claim, code, month", [
    (KYODO, "2025-10-08", "0・4%", "bpbp6jynex", "2025-08"),
    (AFPBB, "2009-12-08", "30.3%", "bpbp6jynpin", "2009-10"),
    (SANKEIBIZ, "2016-12-09", "13.8%", "bpbp6jynsn2", "2016-10"),
    (NNN, "2024-05-10", "1.4 percent", "bpbp6jynpin", "2024-03"),
])
def test_a_percent_change_on_the_story_s_base_is_judged(data, loaded_store, text, date, claim, code, month):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["series"]) == ("contradicted", f"boj.bop.{code}"), rec
    assert rec["official_period"].endswith(f"to {month}"), rec
    assert rec["official_value"] == pytest.approx(_yoy(loaded_store, code, month)), rec
    assert "far_from_official" not in rec["flags"], rec


LIVEDOOR_LIKE = ("財務省が8日発表した6月の国際収支速報によると、経常収支の黒字額は前年同月比で減少した。"
                 "北米向けの輸出額が12・6%減少しており")


def _claim(text: str, figure: str):
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    return next(c for c in extract(split_sentences(text)) if c.amount is not None and c.amount.text == figure)


def test_the_story_s_base_is_not_a_partner_s_part_nor_another_basis():
    assert story_base(_claim(KYODO, "0・4%"), KYODO, MONTH_BACK)
    assert not story_base(_claim(LIVEDOOR_LIKE, "12・6%"), LIVEDOOR_LIKE, MONTH_BACK)  # exports to one region
    monthly = KYODO + "\n\n季節調整済みの経常黒字は前月比3.1%減った。"
    assert not story_base(_claim(monthly, "0・4%"), monthly, MONTH_BACK)  # the story names another basis
    plain = "輸出は0・4%減の8兆3596億円で4カ月連続の減少。"
    assert not story_base(_claim(plain, "0・4%"), plain, MONTH_BACK)  # no base anywhere
    bracket = KYODO + "\n\n縮小幅は前月(同18.2%減)に比べて大幅に縮小した。"
    assert not story_base(_claim(bracket, "18.2%"), bracket, MONTH_BACK)  # the month before's, in brackets
    against = KYODO + "\n\n輸入は8兆4279億円で、減少率は輸出を大幅に上回る10.2%だった。"
    assert not story_base(_claim(against, "10.2%"), against, MONTH_BACK)  # set against the exports' rate


SEPTEMBER_ALONE = ("Japan's current account surplus was at a record-low ¥2.721 trillion in the first six months of "
                   "fiscal 2012, plunging 41.3 percent from the year before, the Finance Ministry announced Thursday.\n\n"
                   "In September alone, the surplus fell 68.7 percent to ¥503.6 billion as exports of such products as "
                   "vehicles slowed and the services trade deficit expanded, the ministry reported.")
IMPORTS_RATE = ("財務省が10日発表した5月の国際収支速報によると、経常収支は、前年同月の2.4倍となる1兆8624億円の黒字だった。\n\n"
                "輸出は、最大貿易相手国である中国の経済が振るわないことなどから2.8%減の7兆2412億円だった。輸入は8兆4279億円で、"
                "減少率は輸出を大幅に上回る10.2%だった。")


@pytest.mark.parametrize("text, date, claim", [
    (SEPTEMBER_ALONE, "2012-11-09", "68.7 percent"),  # the item named only after it
    (IMPORTS_RATE, "2023-07-10", "10.2%"),  # set against the exports' rate
])
def test_a_percent_change_the_reading_guessed_stays_set_aside(data, text, date, claim):
    flags = by_claim(check_text(text, date=date, store=data), claim)["flags"]
    assert "far_from_official" in flags, flags
