"""A year named as the one a figure ranks after ("2007年に次ぐ10年ぶりの高い水準", "07年に次ぐ過去2番目の高水準", "2007年に次いで
2番目の大きさ") is the record's (a base, ``period_grammar._JA_BASE``), not the period of the figures beside it, which keep
the story's year. A real article from the claims corpus (development batch 17); the values asserted are the store's
(BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.views.check import check_text

# nhk-5ch-2018-02-08-ja-2017-current-account-ten-year-high (batch 17)
NHK = ("財務省が発表した去年1年間の経常収支は21兆8742億円の黒字で、黒字の額は前の年を1兆5321億円上回り、3年連続で増加しました。"
       "21兆円を超える黒字は、いわゆるリーマンショックが起きたあとでは最大で、2007年に次ぐ10年ぶりの高い水準になりました。\n\n"
       "内訳を見ますと、輸出から輸入を差し引いた貿易収支は4兆9308億円の黒字で、前の年より5943億円縮小しました。")


def test_the_year_ranked_above_is_not_the_figures(data):
    res = check_text(NHK, date="2018-02-08", store=data)
    assert _got(res, "21兆円") == ("supported", 227779.2, "2017-01..2017-12"), res
    rec = [r for r in res if r["claim"] == "2007年に次ぐ10年ぶりの高い水準"][0]  # (quoted with its year: ja_record_quotes)
    assert (rec["verdict"], round(rec["official_value"], 1)) == ("supported", 227779.2), rec
    assert _got(res, "5943億円") == ("contradicted", -6062.4, "2016-01..2017-12"), res  # 2017's change, not 2007's
