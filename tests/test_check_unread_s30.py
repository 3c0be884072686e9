"""Figures `ustflow check` used not to read at all (session 30, "not extracted"), in real sentences of development
articles.

Multiples of a level of a period before, in the shapes the multiples reader missed (``multiples``): after 前年比 ("前年比
5.5倍"), before "=" and an amount in a headline ("3.4倍=2.2兆円"), after a level told with its amount in parentheses
("(4兆5447億円)の2.5倍"), closing a headline ("一服で2.4倍"); in English a fall by a multiple ("decreased almost nine
times", "three times reduced") and a multiple "higher than" a period ("3.4 times higher than in January of last year").
All are reported ``unverifiable`` (a ratio of two levels), as the multiples read before are (batches 19-22).
"""

from __future__ import annotations

import pytest

from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, fig, n, qualifier", [
    # bloomberg-jp-2010-02-08 (batch 20): a headline
    ("12月の経常黒字額は前年比5.5倍-輸出は回復基調", "2010-02-08", "5.5倍", 5.5, "exact"),
    # jiji-diamondrm-2023-10-10 (batch 20): a headline
    ("8月経常黒字、3.4倍=2.2兆円、貿易赤字縮小―財務省", "2023-10-10", "3.4倍", 3.4, "exact"),
    # kyodo-nordot-2023-07-10 (batch 20): a headline
    ("5月の経常黒字1.8兆円 資源価格高騰が一服で2.4倍", "2023-07-10", "2.4倍", 2.4, "exact"),
    # businessinsider-melakarnets-2025-01-20 (batch 22)
    ("2023年通年の買い越し幅(4兆5447億円)の2.5倍で、政府・与党が推進する「資産運用立国」の実現に向けた施策の効果が明確に表れた形だ"
     "【図表1】。", "2025-01-20", "2.5倍", 2.5, "exact"),
    # balthazarkorab-2021-04-15 (batch 19)
    ("At the same time, the share of long-term bonds decreased almost nine times: from 2.7 billion to 306 million, the "
     "share of short-term bonds was $ 5.45 billion ($ 3.4 billion in January).", "2021-04-15", "almost nine times", 9.0,
     "just_below"),
    # mobsearch-2020-06-16 (batch 22)
    ("In March, Russia is in fact three times reduced those investments, which was the first such significant decline "
     "in investment in US treasuries in recent months.", "2020-06-16", "three times", 3.0, "exact"),
    # sputnik-urdupoint-2023-03-08 (batch 21)
    ("This the first deficit in three months that is also 3.4 times higher than in January of last year, the NHK "
     "broadcaster said, citing ministry data.", "2023-03-08", "3.4 times", 3.4, "exact"),
    # kyodo-japantoday-2025-11-11 (batch 22)
    ("In September alone, the country had a current account surplus of 4.48 trillion yen, nearly three times higher "
     "than the year before.", "2025-11-11", "nearly three times", 3.0, "just_below"),
])
def test_a_multiple_in_the_shapes_missed_is_reported_unverifiable(data, text, date, fig, n, qualifier):
    got = [a for a in find_amounts(text) if a.kind == "ratio" and a.multiplier]
    assert [(a.text, a.number, a.qualifier) for a in got] == [(fig, n, qualifier)]
    recs = [r for r in check_text(text, date=date, store=data) if r["claim"] == fig]
    assert recs and all(r["verdict"] == "unverifiable" and "multiple" in r["explanation"] for r in recs), recs
    assert all(r["official_value"] is None for r in recs)


@pytest.mark.parametrize("text", [
    "中国の保有額は日本の約2倍だった。", "中国は日本の2倍", "利回りは2倍速で動いた。",
    "China's holdings are three times higher than Britain's.", "The Fed cut rates three times last year.",
    "Holdings fell three times in 2019.",
])
def test_a_multiple_of_another_thing_or_a_count_is_still_not_read(text):
    assert not [a for a in find_amounts(text) if a.kind == "ratio" and a.multiplier]
