"""`ustflow check` on the words of a holder's place the readers missed until session 23: the leader of the list ("The
leader on the list of the major foreign holders ... is Japan", "Leader in the list for June remained China", "with
China ranking at the top", "China has been leading in this indicator"), "holdings are second only to Japan", the
first place among the holders abroad in Japanese ("依然として外国勢最大", "米国以外で最大だった", "最も多く保有する国となっている"),
the place after the holders named ("中国に次いで大きい日本", "日本とイギリスは中国に次ぐ米国債保有国": places 2 and 3 shared)
and a place within the first n ("上位2大債権国", "インドが10位以内"). Sentences of the articles of the
claims corpus (batches 9, 10, 14, 15, 17, 18), checked at their publication dates against TIC's table of holders."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, claim_containing
from ustflow.views.check import check_text

CASES = [
    # (text, publication date, the claim, the holder, the official place, the month)
    ("Leader in the list for June remained China: its investments in the US government debt are estimated at "
     "$ 1.18 trillion. In second place Japan – $ 1.03 trillion.", "2018-08-16", "Leader in the list",
     "China (mainland)", 1, "2018-06"),
    ("The leader on the list of the major foreign holders of US treasury securities for July is Japan, with the $1.13 "
     "trillion of investments.", "2019-09-18", "The leader on the list", "Japan", 1, "2019-07"),
    ("More than 5.7 trillion are owed to foreign creditors, with China ranking at the top (1.27 trillion USD), "
     "followed by Japan (1.1 trillion USD) and Brazil (250 billion USD).", "2013-10-14", "at the top",
     "China (mainland)", 1, "2013-07"),
    ("Then Russia was ranked tenth on the list of major holders of American government bonds. The country was at the "
     "13th position in October 2014.\n\nChina has been leading in this indicator for the last "
     "few years, though the country reduced its portfolio to $1.252 trillion in October against $1.266 trillion in "
     "September.", "2014-12-16", "leading in this indicator", "China (mainland)", 1, "2014-10"),
    ("China bought $9 billion of Treasuries in February to bring its total to $1.1 trillion, the highest since "
     "mid-2019. The country's holdings are second only to Japan, which holds almost $1.3 trillion.", "2021-04-21",
     "second", "China (mainland)", 2, "2021-02"),
    ("国別では日本の昨年末の保有残高が1兆1500億ドルで、依然として外国勢最大。", "2020-02-18", "最大", "Japan", 1, "2019-12"),
    ("日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり、前月同様、米国以外で最大だった。", "2017-05-16", "最大", "Japan",
     1, "2017-03"),
    ("【10月21日 CNS】米国財務省が17日に発表したデータによると、中国が今年8月時点で保有する米国債の規模は1兆2005億ドル(約135兆円)と"
     "され、前月比で345億ドル(約3兆8000億円)増加したことになり、中国は依然として米国の国債を最も多く保有する国となっている。",
     "2017-10-21", "最も多く保有する国", "China (mainland)", 1, "2017-08"),
    ("外国勢で米国債保有残高が中国に次いで大きい日本は1兆700億ドルと、12月の1兆400億ドルから拡大した。", "2019-03-15", "中国に次いで",
     "Japan", 2, "2019-01"),
]


@pytest.mark.parametrize("text, day, claim, holder, place, month", CASES)
def test_a_place_in_other_words(data, text, day, claim, holder, place, month):
    rec = claim_containing(check_text(text, date=day, store=data), claim)
    assert rec["measure"] == "rank" and rec["subject"] == holder, rec
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_value"] == place and rec["official_period"] == month, rec


GROUPS = [
    # (text, publication date, the claim, the verdict as read, the month, the worst place of the holders named)
    ("こうして、日本とイギリスは中国に次ぐ米国債保有国となっている。", "2010-05-18", "中国に次ぐ", "supported", "2010-03", 3),
    ("現在、日本と中国(大陸部)は米国債の上位2大債権国だ。", "2023-02-16", "上位2大", "supported", "2022-12", 2),
    ("また、インドが10位以内に顔を出してきた。", "2023-02-16", "10位以内", "supported", "2022-12", 10),
]


@pytest.mark.parametrize("text, day, claim, verdict, month, worst", GROUPS)
def test_a_place_shared_by_the_holders_named(data, text, day, claim, verdict, month, worst):
    rec = claim_containing(check_text(text, date=day, store=data), claim)
    assert rec["measure"] == "rank" and as_read(rec) == verdict, rec["explanation"]
    assert rec["official_value"] == worst and rec["official_period"] == month, rec


def test_a_list_heading_is_no_place(data):
    # "上位10か国の米国債保有額は下記の通り": the heading of the table that follows, no holder said to be in it
    got = check_text("上位10か国の米国債保有額は下記の通り", date="2023-02-16", store=data)
    assert not [r for r in got if r["measure"] == "rank"], got
