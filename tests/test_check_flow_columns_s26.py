"""`ustflow check` on which MoF column a Japanese flow figure is (session 26), in real stories' sentences:

- "売却額は17兆5255億円で、7月5日~11日の13兆6299億円を上回り", "一方の取得額も16兆8952億円と、2014年11月2日~8日の12兆
  9906億円を上回り": a period's figure given as the base the sentence's figure is compared with is the same column
  (gross sales, gross purchases) in that period (J-CAST, 3 Sep 2015);
- "買い越しは8カ月連続だが、金額は10月の3兆5026億円に比べて大きく減少した": the base of a net purchase is the net
  purchase of the month it names (Nikkei via ameblo, 12 Dec 2005);
- "日本の財務省が木曜日に発表した速報値によると、純購入額は1兆4,100億円": 純購入額 is the net purchase, not the gross
  column 購入額; and "日本の財務省" is the data's source, not Japanese investors (bitcap, 18 Dec 2025).

Expected values are the store's own (``mof``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import judged, series
from ustflow.check.subjects import find_subjects
from ustflow.views.check import check_text

JCAST = ("財務省が2015年9月3日に発表した対外及び対内証券売買契約などの状況(週間・指定報告機関ベース)によると、8月23日~29日の"
         "海外投資家による日本株への投資は3週連続の売り越しだった。売り越し額は6303億円。\n\n"
         "中国景気の減速懸念を背景に株式相場が乱高下するなか、海外投資家の売買は活発。売却額は17兆5255億円で、7月5日~11日の"
         "13兆6299億円を上回り、2005年に統計を開始して以来、過去最大。一方の取得額も16兆8952億円と、2014年11月2日~8日の"
         "12兆9906億円を上回り最大となった。")

AMEBLO = ("財務省が12日発表した11月の対内・対外証券投資(指定報告機関ベース)によると、外国人投資家は日本株を差し引きで1兆6424億円"
          "買い越した。\n\n"
          "一方、国内投資家は海外債券(中長期)を4332億円買い越した。買い越しは8カ月連続だが、金額は10月の3兆5026億円に比べて"
          "大きく減少した。")

BITCAP = ("日銀の利上げと金利上昇を受け、海外からの資金は8カ月ぶりのペースで日本国債に流入し、1週間で1兆4000億円の買い越しとなった。"
          "\n\n利回り上昇が海外からの需要を呼び、海外投資家は先週、過去8カ月で最大の日本国債を購入した。 日本の財務省が木曜日に発表"
          "した速報値によると、純購入額は1兆4,100億円(約91億ドル)となり、4月11日までの週以来の高水準に達した。")


def _at(s, period: str) -> float:
    return float(s[[p for p in s.index if str(p) == period or
                    f"{p.start_time.date()}..{p.end_time.date()}" == period][0]])


@pytest.mark.parametrize("claim,column,period", [
    ("13兆6299億円", "disp", "2015-07-05..2015-07-11"),
    ("12兆9906億円", "acq", "2014-11-02..2014-11-08"),
])
def test_a_base_compared_with_is_the_same_gross_column(data, loaded_store, claim, column, period):
    sid = f"mof.weekly.liabilities.equity.{column}"
    judged(check_text(JCAST, date="2015-09-03", store=data), claim, ("supported", "flow", sid, period),
           _at(series(sid, loaded_store), period))


def test_the_base_of_a_net_purchase_is_that_months_net_purchase(data, loaded_store):
    sid = "mof.monthly.assets.lt_debt.net"
    judged(check_text(AMEBLO, date="2005-12-12", store=data), "3兆5026億円", ("supported", "flow", sid, "2005-10"),
           _at(series(sid, loaded_store), "2005-10"))


def test_a_net_purchase_amount_is_net_and_the_ministry_no_investor(data, loaded_store):
    assert [m for m in find_subjects("日本の財務省が木曜日に発表した速報値によると") if m.kind == "japan"] == []
    sid, week = "mof.weekly.liabilities.lt_debt.net", "2025-12-07..2025-12-13"
    judged(check_text(BITCAP, date="2025-12-18", store=data), "1兆4,100億円", ("supported", "flow", sid, week),
           _at(series(sid, loaded_store), week))
