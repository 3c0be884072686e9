"""`ustflow check` on more words for a holder's place among TIC's foreign holders (issue 13, session 14): a place
written with a number sign ("#1 single US creditor"), one main holder ("the main holder"), "the first foreign holders
of", "the biggest foreign holdings", "top the charts", and in Japanese "最も多かった国は日本", "一位となった",
"トップは維持". Invented sentences; each place is checked against the TIC table of the month, and the phrases that
must not read as a place (a group, a record, a rank of moves) are checked too."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, phrase, rank, who", [
    ("Japan, #1 single US creditor, trimmed its holdings in March to $1.08 trillion.", "2024-05-16",
     "#1 single US creditor", 1, "Japan"),
    ("China, the #2 foreign holder, cut its holdings to $767 billion in March.", "2024-05-16", "#2 foreign holder", 2,
     "China"),
    ("China remains the main holder of US bonds.", "2018-07-17", "the main holder", 1, "China"),
    ("Japan remained the principal foreign creditor of the United States in March.", "2024-05-16",
     "the principal foreign creditor", 1, "Japan"),
    ("On December 31, Chinese investors, the first foreign holders of U.S. government debt, had $1.15 trillion.",
     "2012-02-29", "the first foreign holders", 1, "China"),
    ("Japan's stash of Treasuries jumped to $1.18 trillion, the biggest foreign holdings in March.", "2024-05-16",
     "the biggest foreign holdings", 1, "Japan"),
    ("China continued to top the charts with holdings of $1.17 trillion.", "2017-10-01", "top the charts", 1, "China"),
    ("2月の米国債保有額が最も多かった国は依然として日本で、中国は2位だった。", "2023-04-20", "最も多かった国", 1, "Japan"),
    ("米国債の保有額が最も多い国は中国で、1兆1700億ドルだった。", "2017-10-01", "最も多い国", 1, "China"),
    ("日本の保有額は1兆1319億ドルで、中国を抜き一位となった。", "2016-12-16", "一位", 1, "Japan"),
    ("日本は保有額を減らしたが引き続きトップは維持していた。", "2021-04-18", "トップ", 1, "Japan"),
])
def test_a_place_among_holders(data, text, date, phrase, rank, who):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["measure"] == "rank"
    assert who in rec["explanation"].split(" ranks ")[0]
    assert rec["official_value"] == rank
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("text, date, phrase", [
    # a group, not one place
    ("The main holders of Treasuries, Japan and China, both cut their holdings in March.", "2024-05-16", "main holders"),
    # the earliest to act, not the first place
    ("Japan was the first foreign holder to sell Treasuries in March.", "2024-05-16", "the first foreign holder"),
    # a record of the holdings over time, not a place among holders
    ("Foreign holdings rose to $7.9 trillion, the biggest foreign holdings since 2010.", "2024-05-16",
     "the biggest foreign holdings"),
    # a rank of moves, not of holdings
    ("2月の減少額が最も多かった国は英国で、253億ドル減った。", "2023-04-20", "最も多かった国"),
])
def test_not_a_place_among_holders(data, text, date, phrase):
    recs = check_text(text, date=date, store=data)
    assert not [r for r in recs if r["measure"] == "rank" and phrase in r["claim"]]
