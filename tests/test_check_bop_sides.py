"""`ustflow check` on the two sides of a balance-of-payments line (session 36, ``bop_sides``): the receipts (credit, 受取)
and payments (debit, 支払) the travel stories give beside the travel balance, and the passenger lines of air and sea
transport (航空輸送のうち旅客, 海上輸送の旅客, 航空旅客輸送), in real stories' sentences (batches 26 and 29, development):
a side word governs the figures of its own clause after it (a change told before the level too), or the figure right
before it ("1億円の受け取りに対して"); the line is the one named before the side word, else the balance of the sentence
before. A figure in a clause of concession its item opens ("航空旅客輸送が…赤字に転換したものの、") leaves the balance
after it to the item before (``bop_asides.in_cause``).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, judged_bop
from ustflow.views.check import check_text

# travelvision, January 2017 (batch 29): the sides carried from the travel balance of the sentence before
CHOSA = ("財務省によると、2017年1月の旅行収支は1513億円の黒字で、黒字幅を前年から264億円拡大した。受取額が429億円増の3175億円だった"
         "のに対し、支払額は165億円増の1662億円。\n\n"
         "旅客や貨物の航空輸送と海上輸送、建設や金融などを含めた「サービス収支」は2357億円の赤字となり、赤字幅を前年から469億円拡大。"
         "航空輸送のうち旅客は、受取額277億円に対して支払額が671億円となり394億円の赤字に。")
# travelvision, October 2016 (batch 29): a side named after its figure
OCT2016 = ("財務省によると、2016年10月の旅行収支は前年比13.8%増となる1138億円の黒字となった。\n\n"
           "旅客や貨物の航空輸送と海上輸送、そして建設や金融などを含めた「サービス収支」は1719億円の赤字ながら前年からは2114億円の改善。\n\n"
           "海上輸送のうち旅客は1億円の受け取りに対して支払いが6億円で、差し引き5億円の赤字となったが前年とはほぼ同水準であった。")
# travelvoice, fiscal 2014 (batch 29): the line named before its side ("旅行の受取"), and sides in brackets
TRAVELVOICE = ("財務省が2015年5月13日に発表した2014年度中の国際収支状況(速報)で、旅行の受取(インバウンド)2兆2344億円に対し、支払"
               "(アウトバウンド)が2兆245億円となった。\n\n"
               "旅行収支は前年度5304億円の赤字(受取1兆5807億円、支払2兆1111億円)から7403億円増。航空輸送の旅客は受取が2214億円、"
               "支払が9650億円。")
# Travel Journal, fiscal 2023 (batch 26): the sides by who receives and pays, a percent change of a side; a concession
TJNET = ("財務省と日本銀行がまとめた23年度の国際収支状況(速報)によると、旅行収支は4兆2295億円の黒字だった。黒字幅は前年度から3兆660億円"
         "も拡大した。外国人旅行者からの受取は6兆2478億円(前年度比200.8%増)、日本人海外旅行者による支払は2兆183億円(120.1%増)"
         "だった。\n\n"
         "サービス収支全体では2兆4504億円の赤字。ただし、航空旅客輸送が前年度の黒字から613億円の赤字に転換したものの、旅行収支が"
         "大幅な黒字を計上したことなどにより、赤字幅は2兆9398億円縮小した。")


@pytest.mark.parametrize("text,date,claim,verdict,code,first,last", [
    (CHOSA, "2017-03-09", "3175億円", "contradicted", "bpbp6jynsc2", "2017-01", "2017-01"),
    (CHOSA, "2017-03-09", "1662億円", "contradicted", "bpbp6jynsd2", "2017-01", "2017-01"),
    (CHOSA, "2017-03-09", "277億円", "supported", "bpbp6jynsc121", "2017-01", "2017-01"),
    (CHOSA, "2017-03-09", "671億円", "contradicted", "bpbp6jynsd121", "2017-01", "2017-01"),
    (CHOSA, "2017-03-09", "394億円", "contradicted", "bpbp6jynsn121", "2017-01", "2017-01"),
    (OCT2016, "2016-12-08", "1億円", "supported", "bpbp6jynsc111", "2016-10", "2016-10"),
    (OCT2016, "2016-12-08", "6億円", "supported", "bpbp6jynsd111", "2016-10", "2016-10"),
    (TRAVELVOICE, "2015-05-13", "2兆2344億円", "contradicted", "bpbp6jynsc2", "2014-04", "2015-03"),
    (TRAVELVOICE, "2015-05-13", "2兆245億円", "contradicted", "bpbp6jynsd2", "2014-04", "2015-03"),
    (TRAVELVOICE, "2015-05-13", "1兆5807億円", "supported", "bpbp6jynsc2", "2013-04", "2014-03"),
    (TRAVELVOICE, "2015-05-13", "2兆1111億円", "supported", "bpbp6jynsd2", "2013-04", "2014-03"),
    (TRAVELVOICE, "2015-05-13", "2214億円", "supported", "bpbp6jynsc121", "2014-04", "2015-03"),
    (TJNET, "2024-05-20", "6兆2478億円", "contradicted", "bpbp6jynsc2", "2023-04", "2024-03"),
    (TJNET, "2024-05-20", "2兆183億円", "contradicted", "bpbp6jynsd2", "2023-04", "2024-03"),
])
def test_a_side_of_a_line_is_judged_on_its_credit_or_debit(data, loaded_store, text, date, claim, verdict, code, first,
                                                           last):
    period = first if first == last else f"{first}..{last}"
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, period),
               bop_span(loaded_store, code, first, last), measure="bop")


def test_a_side_told_with_its_change_is_judged_as_a_change(data, loaded_store):
    rec = judged_bop(check_text(CHOSA, date="2017-03-09", store=data), "429億円",
                     ("contradicted", "bpbp6jynsc2", "2016-01..2017-01"),
                     bop_span(loaded_store, "bpbp6jynsc2", "2017-01", "2017-01") -
                     bop_span(loaded_store, "bpbp6jynsc2", "2016-01", "2016-01"), measure="bop_change")
    assert "receipts (credit)" in rec["explanation"]


def test_a_percent_change_of_a_side(data, loaded_store):
    now = bop_span(loaded_store, "bpbp6jynsc2", "2023-04", "2024-03")
    before = bop_span(loaded_store, "bpbp6jynsc2", "2022-04", "2023-03")
    judged_bop(check_text(TJNET, date="2024-05-20", store=data), "200.8%",
               ("contradicted", "bpbp6jynsc2", "2022-04..2023-03 to 2023-04..2024-03"), 100 * (now - before) / before,
               measure="bop_pct")


def test_a_balance_after_a_concession_is_not_the_concessions_item(data, loaded_store):
    # the services' deficit narrowed, not the air passenger line's (named in the concession before it)
    rec = judged_bop(check_text(TJNET, date="2024-05-20", store=data), "2兆9398億円",
                     ("contradicted", "bpbp6jynsn", "2022-04..2024-03"),
                     abs(bop_span(loaded_store, "bpbp6jynsn", "2023-04", "2024-03")) -  # (the deficit's size)
                     abs(bop_span(loaded_store, "bpbp6jynsn", "2022-04", "2023-03")), measure="bop_change")
    assert "services balance" in rec["explanation"]


def test_a_balance_figure_beside_the_sides_is_the_lines_balance(data, loaded_store):
    # "1億円の受け取りに対して支払いが6億円で、差し引き5億円の赤字": the balance, not a side
    judged_bop(check_text(OCT2016, date="2016-12-08", store=data), "5億円",
               ("supported", "bpbp6jynsn111", "2016-10"), bop_span(loaded_store, "bpbp6jynsn111", "2016-10", "2016-10"),
               measure="bop")
