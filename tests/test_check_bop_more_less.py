"""`ustflow check` on a change of a balance of payments item told as "X more / less than", "exceeded by X", "X up"
after the figure (前年より6077億円少ない, 前の年を1兆5321億円上回り, 前年度より2兆3371億円多い, 前年同期に比べ5724億円上昇), as
a deficit that grew by X (1兆2049億円赤字が拡大), or in brackets after its rate (前年比13%(2兆8582億円)減): the change of the
balance from the base, not a level. Real articles' sentences (tests/claims_corpus, development batches 15, 17, 18,
19); expected values are the store's own (BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim
from ustflow.views.check import check_text

# sendaipodcast-2015-02-09-ja-2014-current-account-smallest (batch 19)
SENDAI = ("財務省が9日発表した2014年の国際収支速報によると、経常収支の黒字額は前年より6077億円少ない2兆6266億円となり、比較できる統計と"
          "なった1985年以降では最少の黒字額となった。\n\n2014年の経常収支の内訳は「貿易・サービス収支」が13兆4569億円の赤字。前年より"
          "1兆2049億円赤字が拡大した。")
# kantsuu-2019-02-08-ja-2018-primary-income-second-highest (batch 15)
KANTSUU = ("財務省が8日公表した国際収支(速報値)によると、2018年の貿易や投資による日本と外国のお金の出入りを示す「経常収支」の黒字は、"
           "前年比13%(2兆8582億円)減の19兆932億円だった。\n\n貿易収支の黒字は前年比76%(3兆7677億円)減の1兆1877億円。")
# nhk-5ch-2018-02-08-ja-2017-current-account-ten-year-high (batch 17)
NHK = ("財務省が発表した去年1年間の経常収支は21兆8742億円の黒字で、黒字の額は前の年を1兆5321億円上回り、3年連続で増加しました。")
# asahi-2017-05-11-ja-fy2016-current-account-third-highest (batch 18)
ASAHI = "財務省が11日発表した2016年度の国際収支(速報)によると、日本と海外のお金の出入りを示す経常収支は前年度より2兆3371億円多い20兆1990億円の黒字だった。"
# jcast-2016-10-11-ja-august-2016-current-account-26-months (batch 18)
JCAST = ("財務省が2016年10月11日に発表した8月の国際収支状況によると、海外との貿易や金融取引で稼いだ額を示す経常収支は2兆8億円で、"
         "前年同期に比べ黒字幅を3759億円拡大した。\n\n発表によると、輸出から輸入を差し引いた貿易収支は2432億円の黒字で、前年同期に比べ"
         "5724億円上昇。")


def _change(store, code: str, first: str, last: str, size: bool) -> float:
    """The item's balance over ``first``..``last`` less the same months' a year before (of a deficit: its size's)."""
    year = lambda m: f"{int(m[:4]) - 1}{m[4:]}"  # noqa: E731
    now, before = bop_span(store, code, first, last), bop_span(store, code, year(first), year(last))
    return abs(now) - abs(before) if size else now - before


@pytest.mark.parametrize("text,date,fig,code,first,last,size", [
    (SENDAI, "2015-02-09", "6077億円", "bpbp6jyncb", "2014-01", "2014-12", False),
    (SENDAI, "2015-02-09", "1兆2049億円", "bpbp6jynts", "2014-01", "2014-12", True),  # a deficit that grew
    (NHK, "2018-02-08", "1兆5321億円", "bpbp6jyncb", "2017-01", "2017-12", False),
    (ASAHI, "2017-05-11", "2兆3371億円", "bpbp6jyncb", "2016-04", "2017-03", False),
    (JCAST, "2016-10-11", "5724億円", "bpbp6jyntb", "2016-08", "2016-08", False),
    (KANTSUU, "2019-02-08", "2兆8582億円", "bpbp6jyncb", "2018-01", "2018-12", False),
    (KANTSUU, "2019-02-08", "3兆7677億円", "bpbp6jyntb", "2018-01", "2018-12", False),
])
def test_more_less_exceeded_and_up_are_changes_from_the_base(data, loaded_store, text, date, fig, code, first, last,
                                                               size):
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "contradicted"), rec["explanation"]
    assert rec["official_value"] == pytest.approx(_change(loaded_store, code, first, last, size)), rec["explanation"]
