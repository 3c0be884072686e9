"""`ustflow check` on balance-of-payments figures whose sentence names their item only indirectly (session 27), in real
release stories' sentences (all of batch 20, read as 'a figure of a measure it did not recognise' before):

- "前年同月比は2,323億円(18.2%)の減少": a rate in brackets right after a change in yen is that change's rate, of the item the
  change is of (mynavi, 9 Aug 2010);
- "第1次所得収支は2兆8949億円の黒字。前年に海運業の業績が好調だった反動で20.3%減となった": a clause of cause (…反動で, …ため、)
  with a subject of its own is no topic of the figure, which goes on about the balance before (jiji, 12 Jan 2024);
  "…貿易収支の赤字が主な要因。…輸入額が増えたため、1151億円の赤字" (sankei, 10 Jul 2017);
- "黒字額は去年同月比55%余減", "輸入が7.5%急減した": a move word after 余 (more than) or with 急 (steeply) is still the
  figure's move (NHK, 8 Jun 2022; tradingeconomics, 8 Jul 2025);
- "輸入はサウジアラビアからの原粗油の価格が下落するなどし、15・3%減の6兆2859億円", "輸出額は、中国による過剰生産で…15.7%減":
  a country named as where goods come from, or as the doer, after the item the sentence is about leaves the figure
  Japan's (sankei, 9 Dec 2019; sankeibiz, 9 Sep 2016);
- "輸出額は5兆2,477億円で前年同月比1,044億円の減少" in a story that cites the customs' trade statistics only after it (…。
  また、同省関税局がまとめた2月分貿易統計によると): the BoP's exports (mynavi, 10 Apr 2012);
- "一次所得収支の黒字は…4,255.5億円に減少し、二次所得収支の赤字は…497.9億円に拡大": primary and secondary income named
  without 第 (tradingeconomics, 8 Jul 2025);
- "貿易・サービス収支は7441億円の赤字だったが、…輸入が減少したことなどから赤字幅は前年同月比で1379億円縮小した": imports in a
  clause of cause are not the figure's item (oped, 8 Jul 2014);
- "原油安による輸入額減少で差し引き5兆7654億円の貿易黒字を確保した": a figure called a 貿易黒字 is the goods balance, not
  imports (reuters, 11 May 2017);
- "Primary income stood at 18.38 trillion yen, up 3.9 percent from a year earlier, as higher overseas yields and a
  weaker yen boosted the total": a yield named in another clause does not make the income's change a yield (kyodo,
  9 Nov 2023).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_span_pct, by_claim, judged
from ustflow.views.check import check_text

MYNAVI = ("財務省は9日、6月の国際収支状況(速報)を発表した。貿易収支/サービス収支/所得収支/経常移転収支の4項目から構成される"
          "「経常収支」は1兆471億円の黒字。前年同月比は2,323億円(18.2%)の減少。経常黒字の減少は2カ月連続となる。")
JIJI = ("財務省が12日発表した2023年11月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は"
        "1兆9256億円の黒字だった。\n\n配当金や利子の収支を示す第1次所得収支は2兆8949億円の黒字。前年に海運業の業績が好調だった"
        "反動で20.3%減となったが、11月としては前年に次ぐ過去2番目の水準だった。")
SANKEI_2017 = ("財務省が10日発表した5月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支は前年同月比5・9%減の"
               "1兆6539億円の黒字だった。\n\n輸出から輸入を差し引いた貿易収支の赤字が主な要因。原油など資源価格の持ち直しで輸入額が"
               "増えたため、1151億円の赤字(前年同月は308億円の黒字)だった。")
NHK = ("4月の経常収支 3か月連続の黒字も黒字額は去年同月比55%余減\n\n"
       "財務省が発表した国際収支統計によりますと、ことし4月の日本の経常収支は5011億円の黒字となりました。")
TRADINGECONOMICS = ("2025年5月、日本の経常収支黒字は、前年比2,949.5億円から3,436.4億円に増加し、市場予想の2,940億円の増加を上回りました。"
                    "一方、貨物収支の赤字は、輸出がわずか1.4%減少したのに対し、輸入が7.5%急減したことから、1,098.6億円から522.3億円に"
                    "急激に縮小しました。")
SANKEI_2019 = ("財務省が9日発表した10月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額は、前年同月比"
               "38・0%増の1兆8168億円だった。\n\n輸出は米国向けの自動車や航空機エンジン、タイ向けの鉄鋼が減り7・9%減の6兆5399億円。"
               "輸入はサウジアラビアからの原粗油の価格が下落するなどし、15・3%減の6兆2859億円だった。")
SANKEIBIZ = ("財務省が8日発表した7月の国際収支(速報)によると、海外とのモノやサービス、投資の取引状況を示す経常収支は1兆9382億円の"
             "黒字だった。\n\n輸出から輸入を差し引いた貿易収支は6139億円の黒字で、前年同月の赤字から黒字に転じた。輸出額は、中国による"
             "過剰生産で価格が低下している鉄鋼が振るわなかったことなどから、15.7%減と11カ月連続でマイナスとなった。")


def _year_on_year(store, code: str, month: str, year_before: str) -> float:
    return bop_span_pct(store, code, (month, month), (year_before, year_before))


@pytest.mark.parametrize("text,date,claim,code,month,before", [
    (MYNAVI, "2010-08-09", "18.2%", "BPBP6JYNCB", "2010-06", "2009-06"),
    (JIJI, "2024-01-12", "20.3%", "BPBP6JYNPIN", "2023-11", "2022-11"),
    (NHK, "2022-06-08", "55%", "BPBP6JYNCB", "2022-04", "2021-04"),
    (TRADINGECONOMICS, "2025-07-08", "7.5%", "BPBP6JYNIM", "2025-05", "2024-05"),
    (SANKEI_2019, "2019-12-09", "15・3%", "BPBP6JYNIM", "2019-10", "2018-10"),
    (SANKEIBIZ, "2016-09-09", "15.7%", "BPBP6JYNEX", "2016-07", "2015-07"),
])
def test_a_percent_change_of_an_item_named_indirectly(data, loaded_store, text, date, claim, code, month, before):
    judged(check_text(text, date=date, store=data), claim,
           ("contradicted", "bop_pct", f"boj.bop.{code.lower()}", f"{before} to {month}"),
           _year_on_year(loaded_store, code.lower(), month, before))


MYNAVI_2012 = ("財務省は9日、海外とのモノやサービスの取引や投資の状況などを示す2月の国際収支状況(速報)を発表した。それによると、2月の経常収支は"
               "1兆1,778億円で、1月の4,373億円の赤字から2カ月ぶりに黒字に転換した。\n\n"
               "輸出額は5兆2,477億円で前年同月比1,044億円の減少、輸入額は5兆1,456億円で同5,137億円の増加。\n\n"
               "また、同省関税局がまとめた2月分貿易統計によると、輸出では、対アジアが前年同月比6.6%減でうち対中国が同14.0%減となった。")
TRADINGECONOMICS_INCOME = ("2025年5月、日本の経常収支黒字は、前年比2,949.5億円から3,436.4億円に増加しました。同時に、一次所得収支の黒字は"
                           "4,372.5億円から4,255.5億円に減少し、二次所得収支の赤字は273.3億円から497.9億円に拡大しました。")
OPED = ("財務省は8日、5月の国際収支状況の速報を発表した。\n"
        "内訳を見ると、貿易・サービス収支は7441億円の赤字だったが、原油やスマートフォンなど通信機を中心に輸入が減少したことなどから"
        "赤字幅は前年同月比で1379億円縮小した。")
REUTERS_JP = ("財務省が11日発表した国際収支状況によると、2016年度の経常収支は20兆1990億円の黒字だった。"
              "貿易収支も堅調で、原油安による輸入額減少で差し引き5兆7654億円の貿易黒字を確保した。")
KYODO = ("Japan's current account surplus in the first half of fiscal 2023 tripled from a year earlier to a record 12.71 "
         "trillion yen ($84 billion), lifted by record-high foreign investment returns as falling energy import costs "
         "trimmed the trade deficit, government data showed Thursday.\n\n"
         "Primary income stood at 18.38 trillion yen, up 3.9 percent from a year earlier, as higher overseas yields and a "
         "weaker yen boosted the total.")


@pytest.mark.parametrize("text,date,claim,code,month", [
    (SANKEI_2017, "2017-07-10", "1151億円", "BPBP6JYNTB", "2017-05"),
    (SANKEI_2019, "2019-12-09", "6兆2859億円", "BPBP6JYNIM", "2019-10"),
    (MYNAVI_2012, "2012-04-10", "5兆2,477億円", "BPBP6JYNEX", "2012-02"),
    (MYNAVI_2012, "2012-04-10", "5兆1,456億円", "BPBP6JYNIM", "2012-02"),
    (TRADINGECONOMICS_INCOME, "2025-07-08", "4,255.5億円", "BPBP6JYNPIN", "2025-05"),
    (TRADINGECONOMICS_INCOME, "2025-07-08", "497.9億円", "BPBP6JYNSIN", "2025-05"),
])
def test_a_level_of_an_item_named_indirectly(data, loaded_store, text, date, claim, code, month):
    judged(check_text(text, date=date, store=data), claim, ("contradicted", "bop", f"boj.bop.{code.lower()}", month),
           bop_span(loaded_store, code.lower(), month, month))


def test_imports_in_a_clause_of_cause_are_not_the_figures_item(data, loaded_store):
    rec = by_claim(check_text(OPED, date="2014-07-08", store=data), "1379億円")
    assert (rec["verdict"], rec["measure"], rec["series"], rec["official_period"]) == \
        ("contradicted", "bop_change", "boj.bop.bpbp6jynts", "2013-05..2014-05"), rec
    change = bop_span(loaded_store, "bpbp6jynts", "2014-05", "2014-05") - bop_span(loaded_store, "bpbp6jynts", "2013-05", "2013-05")
    assert abs(rec["official_value"]) == pytest.approx(abs(change)), rec


def test_a_figure_called_a_trade_surplus_is_the_goods_balance(data, loaded_store):
    judged(check_text(REUTERS_JP, date="2017-05-11", store=data), "5兆7654億円",
           ("contradicted", "bop", "boj.bop.bpbp6jyntb", "2016-04..2017-03"),
           bop_span(loaded_store, "bpbp6jyntb", "2016-04", "2017-03"))


def test_a_yield_in_another_clause_leaves_the_income_change(data, loaded_store):
    judged(check_text(KYODO, date="2023-11-09", store=data), "3.9 percent",
           ("contradicted", "bop_pct", "boj.bop.bpbp6jynpin", "2022-04..2022-09 to 2023-04..2023-09"),
           bop_span_pct(loaded_store, "bpbp6jynpin", ("2023-04", "2023-09"), ("2022-04", "2022-09")))
