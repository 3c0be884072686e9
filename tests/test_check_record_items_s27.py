"""`ustflow check` on Japanese balance-of-payments records whose own clause names the balance (session 27), in real
sentences of development release stories: the record is that balance's, not the figure it was first hosted on when
that figure is told in another sentence or is no BoP figure (``bop_topic.ja_record_own``):

- "旅行などのサービス収支は452億円の赤字で、…。9月の訪日外国人旅行者数が同46.7%増の161万2,300人と大きく伸びたのに対して、
  …だったため、旅行収支が1996年以降、9月として過去最大となった": the travel balance's September, not the count of visitors
  (zaikei, 10 Nov 2015);
- "旅行や輸送などのサービス収支は615億円の黒字だった。…。旅行収支が11月としては1996年以降以降で過去最大の黒字額になった":
  the travel balance, not the services balance told before (zuu, 12 Jan 2016).

Expected values are the store's own (``boj.bop``, JPY 100 mn; travel: bpbp6jynsn2).
"""

from __future__ import annotations

from tests.helpers import bop_span, judged_bop
from ustflow.views.check import check_text

_TRAVEL = "bpbp6jynsn2"


def test_a_record_of_the_balance_named_not_of_a_count_of_visitors(data, loaded_store):
    text = ("財務省が10日発表した9月の国際収支状況(速報)によると、経常収支は1兆4684億円の黒字となった。\n\n"
            "旅行などのサービス収支は452億円の赤字で、赤字幅が同1,555億円縮小した。9月の訪日外国人旅行者数が同46.7%増の"
            "161万2,300人と大きく伸びたのに対して、出国日本人数は同0.3%増の152万6,000人と微増だったため、旅行収支が1996年以降、"
            "9月として過去最大となった。")
    judged_bop(check_text(text, date="2015-11-10", store=data), "1996年以降、9月として過去最大となった", ("supported", _TRAVEL, "2015-09"),
               bop_span(loaded_store, _TRAVEL, "2015-09", "2015-09"))


def test_a_record_of_the_balance_named_not_of_the_one_told_before(data, loaded_store):
    text = ("財務省が12日発表した11月の国際収支統計によると、経常収支は1兆1435億円の黒字だった。\n\n"
            "旅行や輸送などのサービス収支は615億円の黒字だった。前年同月は赤字だったが黒字転化した。旅行収支が11月としては1996年以降"
            "以降で過去最大の黒字額になった。")
    judged_bop(check_text(text, date="2016-01-12", store=data), "過去最大", ("supported", _TRAVEL, "2015-11"),
               bop_span(loaded_store, _TRAVEL, "2015-11", "2015-11"))
