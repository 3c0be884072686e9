"""Records of balance-of-payments items: one two items share ("Both exports and imports logged record highs",
"輸出は自動車、輸入は原油や石炭が伸び、いずれも過去最大を更新した": a claim on each item's figure, ``bop_shared``), and a
place on record ("過去2番目の赤字幅", "過去2番目の黒字額", "過去3位を記録": ``qualifiers_ja.JA_NTH_RX``). Real sentences
from the claims corpus (development batches 14, 15, 17, 19); the values asserted are the store's (BoJ ``boj.bop``, JPY
100 mn)."""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text

# jiji-japannews-2022-08-08-first-half-surplus-narrows (batch 14)
HALF = ("TOKYO (Jiji Press) — Japan’s current account surplus in January-June narrowed 63.1% from a year before to "
        "¥3,505.7 billion, the Ministry of Finance said Monday.\n\nExports rose 18.2% to ¥46,407.9 billion, led by brisk "
        "shipments of steel products and electronic components. Imports shot up 40.8% to ¥52,076.7 billion reflecting "
        "higher prices of crude oil and coal.\n\nBoth exports and imports were the highest since comparable data became "
        "available in 1996.")
# kyodo-nordot-2023-05-11-ja-fy2022-current-account-54-percent (batch 19)
NORDOT = ("財務省が11日発表した2022年度の国際収支速報は、経常収支の黒字額が前年度比54.2%減の9兆2256億円だった。\n\n"
          "経常収支の内訳となる貿易収支は18兆602億円の赤字。輸出が99兆6207億円で16.3%増えた一方、輸入は35.0%増の117兆6809億円"
          "となり、輸出の伸びを上回った。輸出は自動車、輸入は原油や石炭が伸び、いずれも過去最大を更新した。")
# fnn-2022-03-08-ja-january-2022-second-largest-deficit (batch 15)
FNN = ("財務省が発表した1月の国際収支では、海外とのモノや、サービスの取引状況などを示す「経常収支」は1兆1887億円の赤字"
       "だった。\n2カ月連続の赤字で、2014年1月以来の過去2番目の赤字幅になる。")
# nhk-blogos-2019-05-19-ja-fy2018-current-account (batch 17)
NHK = ("さて14日の財務省の発表によれば、昨年度1年間の日本の経常収支は、19兆4144億円の黒字でした。\n\n一方、海外との利子や配当の"
       "やり取りを示す「第一次所得収支」は、日本企業が海外の子会社から受け取る配当が増えたことなどから、21兆652億円の黒字と"
       "過去2番目の黒字額になりました。")


def _all(res: list[dict], claim: str) -> list[tuple]:
    return [(r["verdict"], round(r["official_value"], 1), r["official_period"]) for r in res if r["claim"] == claim]


def test_both_exports_and_imports_each_a_record(data):
    res = check_text(HALF, date="2022-08-08", store=data)
    assert _all(res, "the highest since comparable data became available in 1996") == [
        ("supported", 520445.1, "2022-06"), ("supported", 464842.1, "2022-06")], res  # imports' (as read), exports'


def test_japanese_records_said_of_both_items(data):
    res = check_text(NORDOT, date="2023-05-11", store=data)
    assert _all(res, "過去最大") == [("supported", 1176614.8, "FY2022 (2022-04..2023-03)"),
                                    ("supported", 997898.3, "FY2022 (2022-04..2023-03)")], res  # imports', exports'


def test_second_largest_deficit_on_record(data):
    rec = by_claim(check_text(FNN, date="2022-03-08", store=data), "過去2番目の赤字幅")
    assert (rec["verdict"], round(rec["official_value"], 1), rec["official_period"]) == ("supported", -6603.1, "2022-01"), rec


def test_second_largest_surplus_that_was_the_largest(data):
    rec = by_claim(check_text(NHK, date="2019-05-19", store=data), "過去2番目の黒字額")
    assert (rec["verdict"], round(rec["official_value"], 1)) == ("contradicted", 217703.7), rec  # rank 1 in FY2018
    assert rec["official_period"].startswith("FY2018"), rec


def test_a_place_after_the_year_it_follows_leaves_the_year_out():
    from ustflow.check.qualifiers_ja import JA_NTH_RX

    m = JA_NTH_RX.search("比較可能な1985年以降で2007年に次いで2番目の大きさ")
    assert m is not None and m.group(0) == "2番目の大きさ", m
    assert JA_NTH_RX.search("輸入額は過去3位を記録した").group(0) == "過去3位を記録"
    assert JA_NTH_RX.search("日本に次いで2番目に多い") is None  # a holder's place (japanese_ranks), not a record
